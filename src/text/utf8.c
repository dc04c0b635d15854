/* utf8.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_text_utf8(void);
int cck_stub_text_utf8(void) { return 0; }
