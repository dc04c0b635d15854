/* records.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_input_records(void);
int cck_stub_input_records(void) { return 0; }
