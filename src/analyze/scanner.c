/* scanner.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_analyze_scanner(void);
int cck_stub_analyze_scanner(void) { return 0; }
