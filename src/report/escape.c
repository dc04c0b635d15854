/* escape.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_report_escape(void);
int cck_stub_report_escape(void) { return 0; }
