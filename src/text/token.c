/* token.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_text_token(void);
int cck_stub_text_token(void) { return 0; }
