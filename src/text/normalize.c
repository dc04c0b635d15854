/* normalize.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_text_normalize(void);
int cck_stub_text_normalize(void) { return 0; }
