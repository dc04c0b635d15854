/* alloc.c - the library's allocation functions and the geometric growth helper.
 * A build with CCK_FAILING_ALLOC routes every call through a counter that a test can
 * set so that the Nth allocation fails (see tests/unit/failalloc.h). */
#include <stdlib.h>
#include <string.h>

#include "util.h"

#ifdef CCK_FAILING_ALLOC
/* Defined by the test program: returns non-zero when this allocation must fail. */
int cck_test_alloc_should_fail(void);
#define SHOULD_FAIL() cck_test_alloc_should_fail()
#else
#define SHOULD_FAIL() 0
#endif

void *cck_malloc(size_t size)
{
    if (SHOULD_FAIL())
        return NULL;
    return malloc(size ? size : 1);
}

void *cck_calloc(size_t count, size_t size)
{
    if (SHOULD_FAIL())
        return NULL;
    if (count == 0 || size == 0)
        return calloc(1, 1);
    return calloc(count, size);
}

void *cck_realloc(void *ptr, size_t size)
{
    if (SHOULD_FAIL())
        return NULL;
    return realloc(ptr, size ? size : 1);
}

void cck_free(void *ptr) { free(ptr); }

char *cck_strndup(const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *copy = cck_malloc(len + 1);
    if (!copy)
        return NULL;
    if (len)
        memcpy(copy, s, len);
    copy[len] = '\0';
    return copy;
}

int cck_grow(void **items, size_t *cap, size_t need, size_t elem_size)
{
    if (need <= *cap)
        return CCK_OK;
    size_t new_cap = *cap ? *cap : 8;
    while (new_cap < need) {
        if (new_cap > SIZE_MAX / 2)
            return CCK_ENOMEM;
        new_cap *= 2;
    }
    if (elem_size && new_cap > SIZE_MAX / elem_size)
        return CCK_ENOMEM;
    void *grown = cck_realloc(*items, new_cap * elem_size);
    if (!grown)
        return CCK_ENOMEM;
    *items = grown;
    *cap = new_cap;
    return CCK_OK;
}
