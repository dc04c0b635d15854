/* util.c - growable buffers, string vectors and whole-file helpers for cck-bench.
 * This is a program, not the library: on allocation failure it says so and exits. */
#include "bench.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

void cck_bench_die(const char *what)
{
    fprintf(stderr, "cck-bench: %s\n", what);
    exit(2);
}

void *cck_bench_xrealloc(void *ptr, size_t size)
{
    void *grown = realloc(ptr, size ? size : 1);
    if (!grown)
        cck_bench_die("out of memory");
    return grown;
}

char *cck_bench_xstrndup(const char *s, size_t n)
{
    if (n == SIZE_MAX)
        cck_bench_die("string too long");
    char *copy = cck_bench_xrealloc(NULL, n + 1);
    memcpy(copy, s, n);
    copy[n] = '\0';
    return copy;
}

static void buf_reserve(cck_bench_buf *buf, size_t extra)
{
    if (extra > SIZE_MAX - buf->len - 1)
        cck_bench_die("buffer too large");
    size_t need = buf->len + extra + 1;
    if (need <= buf->cap)
        return;
    size_t cap = buf->cap ? buf->cap : 256;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    buf->data = cck_bench_xrealloc(buf->data, cap);
    buf->cap = cap;
}

void cck_bench_buf_putn(cck_bench_buf *buf, const char *s, size_t n)
{
    buf_reserve(buf, n);
    memcpy(buf->data + buf->len, s, n);
    buf->len += n;
    buf->data[buf->len] = '\0';
}

void cck_bench_buf_put(cck_bench_buf *buf, const char *s)
{
    cck_bench_buf_putn(buf, s, strlen(s));
}

void cck_bench_buf_putc(cck_bench_buf *buf, char c)
{
    cck_bench_buf_putn(buf, &c, 1);
}

void cck_bench_buf_free(cck_bench_buf *buf)
{
    free(buf->data);
    buf->data = NULL;
    buf->len = buf->cap = 0;
}

void cck_bench_strvec_push(cck_bench_strvec *vec, char *owned)
{
    if (vec->len == vec->cap) {
        size_t cap = vec->cap ? vec->cap * 2 : 64;
        if (cap > SIZE_MAX / sizeof(char *))
            cck_bench_die("vector too large");
        vec->items = cck_bench_xrealloc(vec->items, cap * sizeof(char *));
        vec->cap = cap;
    }
    vec->items[vec->len++] = owned;
}

void cck_bench_strvec_free(cck_bench_strvec *vec)
{
    for (size_t i = 0; i < vec->len; i++)
        free(vec->items[i]);
    free(vec->items);
    vec->items = NULL;
    vec->len = vec->cap = 0;
}

int cck_bench_file_read(const char *path, cck_bench_buf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        cck_bench_buf_putn(out, chunk, got);
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        errno = EIO;
        return -1;
    }
    if (!out->data)
        cck_bench_buf_putn(out, "", 0);
    return 0;
}

int cck_bench_file_write(const char *path, const char *data, size_t len)
{
    char tmp[4096];
    int n = snprintf(tmp, sizeof tmp, "%s.tmp", path);
    if (n < 0 || (size_t)n >= sizeof tmp) {
        errno = ENAMETOOLONG;
        return -1;
    }
    FILE *f = fopen(tmp, "wb");
    if (!f)
        return -1;
    int failed = len > 0 && fwrite(data, 1, len, f) != len;
    if (fclose(f) != 0)
        failed = 1;
    if (failed || rename(tmp, path) != 0) {
        remove(tmp);
        return -1;
    }
    return 0;
}

int cck_bench_mkdirs(const char *path)
{
    size_t len = strlen(path);
    if (len == 0)
        return 0;
    char *copy = cck_bench_xstrndup(path, len);
    int rc = 0;
    for (size_t i = 1; i <= len && rc == 0; i++) {
        if (copy[i] != '/' && copy[i] != '\0')
            continue;
        char saved = copy[i];
        copy[i] = '\0';
        struct stat st;
        if (stat(copy, &st) != 0) {
            if (mkdir(copy, 0777) != 0 && errno != EEXIST)
                rc = -1;
        } else if (!S_ISDIR(st.st_mode)) {
            errno = ENOTDIR;
            rc = -1;
        }
        copy[i] = saved;
    }
    free(copy);
    return rc;
}
