/* fuzz_common.c - helpers shared by the fuzz targets (see fuzz.h). Test code: it may
 * print and abort, which is how a broken invariant becomes a crash report. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

unsigned fuzz_take_byte(fuzz_input *in)
{
    if (in->size == 0)
        return 0;
    unsigned byte = in->data[0];
    in->data++;
    in->size--;
    return byte;
}

size_t fuzz_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len == 0)
        return 0;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    size_t need;
    uint32_t value;
    unsigned char lo = 0x80, hi = 0xBF; /* the allowed range of the second byte */
    if (u[0] >= 0xC2 && u[0] <= 0xDF) {
        need = 2;
        value = u[0] & 0x1Fu;
    } else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
        need = 3;
        value = u[0] & 0x0Fu;
        if (u[0] == 0xE0)
            lo = 0xA0; /* no overlongs */
        if (u[0] == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
        need = 4;
        value = u[0] & 0x07u;
        if (u[0] == 0xF0)
            lo = 0x90; /* no overlongs */
        if (u[0] == 0xF4)
            hi = 0x8F; /* nothing above U+10FFFF */
    } else {
        return 0;
    }
    if (len < need || u[1] < lo || u[1] > hi)
        return 0;
    for (size_t i = 1; i < need; i++) {
        if (u[i] < 0x80 || u[i] > 0xBF)
            return 0;
        value = (value << 6) | (u[i] & 0x3Fu);
    }
    *cp = value;
    return need;
}

int fuzz_utf8_is_valid(const char *s, size_t len)
{
    size_t at = 0;
    while (at < len) {
        uint32_t cp;
        size_t n = fuzz_utf8_decode(s + at, len - at, &cp);
        if (n == 0)
            return 0;
        at += n;
    }
    return 1;
}

static cck_engine *engines[2];

static void free_engines(void)
{
    for (size_t i = 0; i < 2; i++) {
        cck_engine_free(engines[i]);
        engines[i] = NULL;
    }
}

const cck_engine *fuzz_default_engine(int all_topics)
{
    size_t which = all_topics ? 1 : 0;
    if (engines[which])
        return engines[which];
    if (!engines[0] && !engines[1])
        atexit(free_engines);
    cck_error error;
    cck_lexicon *lexicon = cck_lexicon_new();
    FUZZ_CHECK(lexicon != NULL);
    FUZZ_CHECK(cck_lexicon_load_defaults(lexicon, &error) == CCK_OK);
    cck_options options;
    cck_options_init(&options);
    options.all_topics = all_topics;
    options.max_record_bytes = 0;
    FUZZ_CHECK(cck_engine_new(lexicon, &options, &engines[which], &error) == CCK_OK);
    cck_lexicon_free(lexicon);
    return engines[which];
}

char *fuzz_copy(const uint8_t *data, size_t size)
{
    char *copy = malloc(size ? size : 1);
    FUZZ_CHECK(copy != NULL);
    if (size)
        memcpy(copy, data, size);
    return copy;
}

void fuzz_fail(const char *what, const char *file, int line)
{
    fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    fflush(stderr);
    abort();
}
