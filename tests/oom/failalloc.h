/* failalloc.h - the allocation hook of the CCK_FAILING_ALLOC build of the library
 * (src/util/alloc.c calls cck_test_alloc_should_fail before every allocation) and a
 * count of the bytes the process holds, to see leaks without a sanitizer. */
#ifndef CCK_FAILALLOC_H
#define CCK_FAILALLOC_H

#include <stddef.h>

/* From now on, counts the library's allocations from 1 and makes the nth one fail
 * (only that one: the code must notice a single failure). 0 never fails. */
void failalloc_arm(unsigned long n);
/* Stops failing; the count goes on. */
void failalloc_disarm(void);
/* The library allocations made since failalloc_arm. */
unsigned long failalloc_calls(void);
/* Whether the armed failure happened. */
int failalloc_fired(void);

/* Bytes of heap in use now, counted by the allocator (every allocation of the
 * process, PCRE2's and jansson's included), or 0 when it cannot be told exactly. */
size_t failalloc_heap_in_use(void);

#endif /* CCK_FAILALLOC_H */
