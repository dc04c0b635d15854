/* read.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_input_read(void);
int cck_stub_input_read(void) { return 0; }
