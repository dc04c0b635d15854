/* match.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_lexicon_match(void);
int cck_stub_lexicon_match(void) { return 0; }
