/* sentence_analysis.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_analyze_sentence_analysis(void);
int cck_stub_analyze_sentence_analysis(void) { return 0; }
