/* STUB */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
static void test_analyze_stub(void **state) { (void)state; assert_true(1); }
int main(void) { const struct CMUnitTest tests[] = { cmocka_unit_test(test_analyze_stub) }; return cmocka_run_group_tests(tests, NULL, NULL); }
