/* parse.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_lexicon_parse(void);
int cck_stub_lexicon_parse(void) { return 0; }
