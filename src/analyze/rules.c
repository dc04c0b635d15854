/* rules.c - STUB, to be written. */
#include "util/util.h"
int cck_stub_analyze_rules(void);
int cck_stub_analyze_rules(void) { return 0; }
