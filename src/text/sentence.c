/* sentence.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_text_sentence(void);
int cck_stub_text_sentence(void) { return 0; }
