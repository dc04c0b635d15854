/* options.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_cli_options(void);
int cck_stub_cli_options(void) { return 0; }
