/* jsonl.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_report_jsonl(void);
int cck_stub_report_jsonl(void) { return 0; }
