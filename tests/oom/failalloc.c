/* failalloc.c - the countdown behind cck_test_alloc_should_fail, and the count of
 * heap bytes in use that the OOM test compares before and after each N: glibc's own
 * count (mallinfo2) in an ordinary build, the sanitizer allocator's in an ASan build
 * (see failalloc.h). */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "failalloc.h"

#if defined(__SANITIZE_ADDRESS__)
#define HAVE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HAVE_ASAN 1
#endif
#endif
#ifdef HAVE_ASAN
/* From the sanitizer runtime (clang's sanitizer/allocator_interface.h; gcc ships the
 * function in libasan but not that header). */
size_t __sanitizer_get_current_allocated_bytes(void);
#endif

int cck_test_alloc_should_fail(void);

static unsigned long calls;
static unsigned long fail_at;
static int fired;

int cck_test_alloc_should_fail(void)
{
    calls++;
    if (fail_at && calls == fail_at) {
        fired = 1;
        return 1;
    }
    return 0;
}

void failalloc_arm(unsigned long n)
{
    calls = 0;
    fail_at = n;
    fired = 0;
}

void failalloc_disarm(void) { fail_at = 0; }

unsigned long failalloc_calls(void) { return calls; }

int failalloc_fired(void) { return fired; }

/* glibc counts the chunks parked in its per-thread cache (tcache) as in use, so the
 * count is exact only with that cache off: GLIBC_TUNABLES=glibc.malloc.tcache_count=0
 * (ctest sets it). Without it, this check is off and says so once. */
size_t failalloc_heap_in_use(void)
{
#ifdef HAVE_ASAN
    return __sanitizer_get_current_allocated_bytes();
#else
    static int exact = -1;
    if (exact < 0) {
        const char *tunables = getenv("GLIBC_TUNABLES");
        exact = tunables && strstr(tunables, "glibc.malloc.tcache_count=0") != NULL;
        if (!exact)
            fprintf(stderr, "failalloc: GLIBC_TUNABLES=glibc.malloc.tcache_count=0 is not "
                            "set: the byte count leak check is off\n");
    }
    if (!exact)
        return 0;
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
#endif
}
