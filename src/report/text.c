/* text.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_report_text(void);
int cck_stub_report_text(void) { return 0; }
