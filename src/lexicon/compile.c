/* compile.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_lexicon_compile(void);
int cck_stub_lexicon_compile(void) { return 0; }
