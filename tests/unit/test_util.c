/* test_util.c - unit tests of the util module: buffers, growth, hashing, UTF-8
 * counting, line/column cursors, errors and status strings. */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "util/util.h"

static void test_util_buf_appends_and_terminates(void **state)
{
    (void)state;
    cck_buf b;
    cck_buf_init(&b);
    assert_int_equal(cck_buf_puts(&b, "stem"), CCK_OK);
    assert_int_equal(cck_buf_putc(&b, ' '), CCK_OK);
    assert_int_equal(cck_buf_printf(&b, "%s %d", "cells", 42), CCK_OK);
    assert_int_equal(cck_buf_append_size(&b, 0), CCK_OK);
    assert_int_equal(cck_buf_append_size(&b, 1200), CCK_OK);
    assert_string_equal(b.data, "stem cells 4201200");
    assert_int_equal(b.len, strlen("stem cells 4201200"));
    cck_buf_clear(&b);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.data, "");
    cck_buf_free(&b);
    cck_buf_free(NULL);
}

/* cck_buf_append writes in place while the bytes and the NUL fit, and grows the
 * buffer when they do not: every length around a full buffer, from every fill. */
static void test_util_buf_append_at_the_edge(void **state)
{
    (void)state;
    char want[64];
    for (size_t fill = 0; fill < 16; fill++) {
        for (size_t n = 0; n < 24; n++) {
            cck_buf b;
            cck_buf_init(&b);
            assert_int_equal(cck_buf_reserve(&b, 15), CCK_OK); /* room for 15 and the NUL */
            size_t cap = b.cap;
            memset(want, 'a', fill);
            memset(want + fill, 'b', n);
            want[fill + n] = '\0';
            assert_int_equal(cck_buf_append(&b, want, fill), CCK_OK);
            assert_int_equal(cck_buf_append(&b, want + fill, n), CCK_OK);
            assert_int_equal(b.len, fill + n);
            assert_true(b.len < b.cap); /* the NUL is inside */
            assert_string_equal(b.data, want);
            if (fill + n < cap)
                assert_int_equal(b.cap, cap); /* it fitted: not grown */
            cck_buf_free(&b);
        }
    }
    /* an empty append to a buffer never used gives a terminated empty buffer */
    cck_buf e;
    cck_buf_init(&e);
    assert_int_equal(cck_buf_append(&e, NULL, 0), CCK_OK);
    assert_non_null(e.data);
    assert_string_equal(e.data, "");
    cck_buf_free(&e);
}

/* cck_buf_append_int prints what "%d" prints, INT_MIN and INT_MAX included. */
static void test_util_buf_append_int_matches_printf(void **state)
{
    (void)state;
    const int values[] = {0, 1, -1, 7, -42, 1000000, INT_MAX, INT_MIN, INT_MIN + 1};
    for (size_t i = 0; i < CCK_ARRAY_LEN(values); i++) {
        cck_buf got, want;
        cck_buf_init(&got);
        cck_buf_init(&want);
        assert_int_equal(cck_buf_putc(&got, '['), CCK_OK);
        assert_int_equal(cck_buf_append_int(&got, values[i]), CCK_OK);
        assert_int_equal(cck_buf_printf(&want, "[%d", values[i]), CCK_OK);
        if (got.len != want.len || strcmp(got.data, want.data) != 0)
            fail_msg("value %d: got %s, want %s", values[i], got.data, want.data);
        cck_buf_free(&got);
        cck_buf_free(&want);
    }
}

/* cck_buf_append_size prints what "%zu" prints: every digit count, each side of a
 * power of ten (where the two-digit writer and the digit count could slip), and the
 * largest size_t. */
static void test_util_buf_append_size_matches_printf(void **state)
{
    (void)state;
    size_t values[96], count = 0;
    values[count++] = 0;
    for (size_t p = 1;; p *= 10) {
        values[count++] = p - 1;
        values[count++] = p;
        values[count++] = p + 1;
        values[count++] = p * 5 + 7; /* an odd digit count's middle */
        if (p > SIZE_MAX / 10)
            break;
    }
    values[count++] = SIZE_MAX;
    for (size_t i = 0; i < count; i++) {
        cck_buf got, want;
        cck_buf_init(&got);
        cck_buf_init(&want);
        assert_int_equal(cck_buf_putc(&got, '['), CCK_OK);
        assert_int_equal(cck_buf_append_size(&got, values[i]), CCK_OK);
        assert_int_equal(cck_buf_printf(&want, "[%zu", values[i]), CCK_OK);
        if (got.len != want.len || strcmp(got.data, want.data) != 0)
            fail_msg("value %zu: got %s, want %s", values[i], got.data, want.data);
        cck_buf_free(&got);
        cck_buf_free(&want);
    }
}

static void test_util_buf_printf_longer_than_stack(void **state)
{
    (void)state;
    char big[1000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    cck_buf b;
    cck_buf_init(&b);
    assert_int_equal(cck_buf_puts(&b, "<"), CCK_OK);
    assert_int_equal(cck_buf_printf(&b, "%s|%s", big, big), CCK_OK);
    assert_int_equal(b.len, 1 + 2 * (sizeof big - 1) + 1);
    assert_int_equal(b.data[0], '<');
    assert_int_equal(b.data[b.len - 1], 'x');
    assert_int_equal(b.data[sizeof big], '|');
    cck_buf_free(&b);
}

static void test_util_grow_checks_overflow(void **state)
{
    (void)state;
    void *items = NULL;
    size_t cap = 0;
    assert_int_equal(cck_grow(&items, &cap, 3, sizeof(int)), CCK_OK);
    assert_true(cap >= 3);
    size_t before = cap;
    assert_int_equal(cck_grow(&items, &cap, SIZE_MAX / 2, 16), CCK_ENOMEM);
    assert_int_equal(cap, before); /* unchanged on failure */
    cck_free(items);
}

/* The word hash reads only its own bytes (the buffers are allocated to the exact
 * length, so ASan and valgrind see any read past them), tells apart every prefix of a
 * string and every one-byte change at every position, for lengths across its 4- and
 * 8-byte steps. */
static void test_util_hash_bytes(void **state)
{
    (void)state;
    const char *text = "regeneratively-restored-cartilage";
    size_t full = strlen(text);
    uint32_t seen[64];
    for (size_t n = 0; n <= full; n++) {
        char *copy = malloc(n ? n : 1);
        assert_non_null(copy);
        memcpy(copy, text, n);
        uint32_t h = cck_hash_bytes(copy, n);
        assert_int_equal(h, cck_hash_bytes(text, n)); /* depends on the bytes only */
        for (size_t k = 0; k < n; k++)
            if (seen[k] == h)
                fail_msg("prefixes of %zu and %zu bytes hash alike", k, n);
        seen[n] = h;
        for (size_t at = 0; at < n; at++) {
            copy[at] ^= 0x01;
            if (cck_hash_bytes(copy, n) == h)
                fail_msg("flipping byte %zu of %zu leaves the hash", at, n);
            copy[at] ^= 0x01;
        }
        free(copy);
    }
    assert_int_not_equal(cck_hash_bytes("heal", 4), cck_hash_bytes("heals", 5));
    assert_int_not_equal(cck_hash_bytes("ab", 2), cck_hash_bytes("ba", 2));
}

/* cck_same_bytes (the word table's comparison) agrees with memcmp for every length
 * across its 1..3, 4..8, 9..16 and longer cases, with a difference at every position
 * and of every bit, including non-ASCII bytes; it reads only the n bytes (exact-size
 * buffers for ASan and valgrind). */
/* A word in any case against a lower-case one: the whole word, not a prefix of either. */
static void test_util_ascii_equals_lower(void **state)
{
    (void)state;
    assert_true(cck_ascii_equals_lower("Cure-Claim", 10, "cure-claim"));
    assert_true(cck_ascii_equals_lower("HYPE", 4, "hype"));
    assert_true(cck_ascii_equals_lower("", 0, ""));
    assert_false(cck_ascii_equals_lower("cure", 4, "cure-claim"));
    assert_false(cck_ascii_equals_lower("cure-claims", 11, "cure-claim"));
    assert_false(cck_ascii_equals_lower("cure-claim", 9, "cure-claim"));
    assert_false(cck_ascii_equals_lower("cure", 4, "curd"));
    assert_false(cck_ascii_equals_lower("\xC3\x89", 2, "\xC3\xA9")); /* ASCII only */
}

static void test_util_same_bytes(void **state)
{
    (void)state;
    const char *text = "r\xC3\xA9g\xC3\xA9n\xC3\xA9rer-cartilage-\xFF\x80tendon";
    size_t full = strlen(text);
    for (size_t n = 0; n <= full; n++) {
        char *a = malloc(n ? n : 1), *b = malloc(n ? n : 1);
        assert_non_null(a);
        assert_non_null(b);
        memcpy(a, text + (full - n), n);
        memcpy(b, a, n);
        assert_true(cck_same_bytes(a, b, n));
        for (size_t at = 0; at < n; at++)
            for (unsigned bit = 0; bit < 8; bit++) {
                b[at] = (char)((unsigned char)b[at] ^ (1u << bit));
                if (cck_same_bytes(a, b, n) != (memcmp(a, b, n) == 0))
                    fail_msg("%zu bytes, bit %u of byte %zu changed: not seen", n, bit, at);
                b[at] = (char)((unsigned char)b[at] ^ (1u << bit));
            }
        free(a);
        free(b);
    }
}

/* The byte-at-a-time FNV-1a that the HTML front end uses for tag names. */
static void test_util_fnv(void **state)
{
    (void)state;
    uint32_t h = CCK_FNV_INIT;
    assert_int_equal(h, 2166136261u);
    h = cck_fnv_step(h, 'a');
    assert_int_equal(h, 0xE40C292Cu); /* the published FNV-1a value of "a" */
}

typedef struct position_case {
    const char *name;
    const char *text;
    size_t offset;
    size_t line;
    size_t column;
} position_case;

static const position_case positions[] = {
    {"start", "abc", 0, 1, 1},
    {"middle of first line", "abc\ndef", 2, 1, 3},
    {"just after newline", "abc\ndef", 4, 2, 1},
    {"second line", "abc\ndef", 6, 2, 3},
    {"multi-byte before", "\xc3\xa9t\xc3\xa9 PRP", 6, 1, 5},
    {"emoji counts once", "\xf0\x9f\x92\x89 heals", 5, 1, 3},
    {"third line after CRLF", "a\r\nb\r\ncd", 7, 3, 2},
    {"end of text", "ab\n", 3, 2, 1},
    /* a byte order mark opening the text is not a column; anywhere else it is */
    {"after a byte order mark", "\xEF\xBB\xBF" "abc", 4, 1, 2},
    {"just after a byte order mark", "\xEF\xBB\xBF" "abc", 3, 1, 1},
    {"before a byte order mark", "\xEF\xBB\xBF" "abc", 0, 1, 1},
    {"line 2 after a byte order mark", "\xEF\xBB\xBF" "a\nbc", 6, 2, 2},
    {"a later U+FEFF is a character", "a\xEF\xBB\xBF" "bc", 5, 1, 4},
    {"U+FEFF opening line 2 is a character", "a\n\xEF\xBB\xBF" "bc", 6, 2, 3},
};

static void test_util_line_col_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < CCK_ARRAY_LEN(positions); i++) {
        const position_case *c = &positions[i];
        size_t line = 0, column = 0;
        cck_line_col(c->text, strlen(c->text), c->offset, &line, &column);
        if (line != c->line || column != c->column)
            fail_msg("case %s: got %zu:%zu, want %zu:%zu", c->name, line, column, c->line,
                     c->column);
    }
}

/* The cursor carries the column forward; every position must equal the one computed
 * from scratch, moving forward, across lines and after going back. */
static void test_util_line_cursor_agrees_with_scratch(void **state)
{
    (void)state;
    const char *text = "Stem cells \xe2\x80\x9cheal\xe2\x80\x9d tendons.\n"
                       "PRP prevents \xf0\x9f\x92\x89 injuries\n\nno evidence";
    size_t len = strlen(text);
    cck_line_cursor cursor;
    cck_line_cursor_init(&cursor, text, len);
    size_t offsets[] = {0, 3, 3, 11, 15, 30, 31, 40, 50, 52, 12, 2, len};
    for (size_t i = 0; i < CCK_ARRAY_LEN(offsets); i++) {
        size_t line, column, want_line, want_column;
        cck_line_cursor_seek(&cursor, offsets[i], &line, &column);
        cck_line_col(text, len, offsets[i], &want_line, &want_column);
        if (line != want_line || column != want_column)
            fail_msg("offset %zu (step %zu): cursor %zu:%zu, scratch %zu:%zu", offsets[i], i,
                     line, column, want_line, want_column);
    }
}

/* Backward moves along a line take a shortcut (counting back) and forward moves count
 * eight bytes at a time: thousands of pseudo-random seeks over long lines of mixed
 * one- to four-byte characters must all agree with the count from scratch. */
static void test_util_line_cursor_random_seeks(void **state)
{
    (void)state;
    static const char *const pieces[] = {"stem ", "c\xc3\xa9lls ", "\xe2\x80\x9cheal\xe2\x80\x9d ",
                                         "\xf0\x9f\x92\x89", ".\n", "\xff", "PRP prevents "};
    char text[4096];
    size_t len = 3;
    memcpy(text, "\xEF\xBB\xBF", 3); /* a byte order mark, which is not a column */
    uint32_t seed = 12345;
    while (len < sizeof text - 16) {
        seed = seed * 1103515245u + 12345u;
        const char *p = pieces[(seed >> 16) % CCK_ARRAY_LEN(pieces)];
        memcpy(text + len, p, strlen(p));
        len += strlen(p);
    }
    cck_line_cursor cursor;
    cck_line_cursor_init(&cursor, text, len);
    size_t at = 0;
    for (int step = 0; step < 5000; step++) {
        seed = seed * 1103515245u + 12345u;
        size_t move = (seed >> 16) % 200;
        /* mostly small moves either way, as the spans of one finding are */
        at = (seed & 1) && at >= move ? at - move : (at + move) % (len + 1);
        size_t line, column, want_line, want_column;
        cck_line_cursor_seek(&cursor, at, &line, &column);
        cck_line_col(text, len, at, &want_line, &want_column);
        if (line != want_line || column != want_column)
            fail_msg("offset %zu (step %d): cursor %zu:%zu, scratch %zu:%zu", at, step, line,
                     column, want_line, want_column);
    }
}

/* Moving back and forth across the end of an opening byte order mark, the cursor keeps
 * to columns that do not count it, also once the text before the cursor is let go of. */
static void test_util_line_cursor_byte_order_mark(void **state)
{
    (void)state;
    const char text[] = "\xEF\xBB\xBF\xC3\xA9tude: PRP heals.\nline two";
    size_t len = sizeof text - 1;
    cck_line_cursor cursor;
    cck_line_cursor_init(&cursor, text, len);
    /* offset, column; all on line 1 */
    static const size_t steps[][2] = {{12, 9}, {5, 2}, {4, 2}, {0, 1}, {3, 1}, {9, 6},
                                      {2, 2}, {5, 2}, {3, 1}, {20, 17}, {1, 2}, {12, 9}};
    for (size_t i = 0; i < CCK_ARRAY_LEN(steps); i++) {
        size_t line, column;
        cck_line_cursor_seek(&cursor, steps[i][0], &line, &column);
        if (line != 1 || column != steps[i][1])
            fail_msg("offset %zu (step %zu): %zu:%zu, want 1:%zu", steps[i][0], i, line,
                     column, steps[i][1]);
    }
    cck_line_cursor_slide(&cursor, text + 9, 9, len);
    size_t line, column;
    cck_line_cursor_seek(&cursor, 14, &line, &column);
    assert_int_equal(line, 1);
    assert_int_equal(column, 11);
    cck_line_cursor_seek(&cursor, 30, &line, &column);
    assert_int_equal(line, 2);
    assert_int_equal(column, 9);
}

/* A seek to where the cursor already is answers from the cursor without counting (a
 * finding's sentence starts where the cursor was just moved): each offset of a text
 * with a byte order mark, line breaks and multi-byte characters is sought from the
 * start, again in place, from halfway back and in place again; after a slide,
 * an offset before the window is taken as the window's start, which is where the
 * cursor is. */
static void test_util_line_cursor_same_offset(void **state)
{
    (void)state;
    const char text[] = "\xEF\xBB\xBF\xC3\xA9tude: PRP \xe2\x80\x9cheals\xe2\x80\x9d.\n"
                        "\nline \xf0\x9f\x92\x89 three\n";
    size_t len = sizeof text - 1;
    for (size_t at = 0; at <= len; at++) {
        size_t want_line, want_column;
        cck_line_col(text, len, at, &want_line, &want_column);
        cck_line_cursor cursor;
        cck_line_cursor_init(&cursor, text, len);
        for (int pass = 0; pass < 4; pass++) {
            size_t line = 0, column = 0;
            if (pass == 2)
                cck_line_cursor_seek(&cursor, at / 2, NULL, NULL);
            cck_line_cursor_seek(&cursor, at, &line, &column);
            if (line != want_line || column != want_column)
                fail_msg("offset %zu (pass %d): cursor %zu:%zu, scratch %zu:%zu", at, pass,
                         line, column, want_line, want_column);
        }
    }
    cck_line_cursor cursor;
    cck_line_cursor_init(&cursor, text, len);
    cck_line_cursor_slide(&cursor, text + 12, 12, len);
    size_t line, column, want_line, want_column;
    cck_line_col(text, len, 12, &want_line, &want_column);
    for (size_t at = 0; at <= 12; at += 4) {
        cck_line_cursor_seek(&cursor, at, &line, &column);
        assert_int_equal(line, want_line);
        assert_int_equal(column, want_column);
    }
}

static void test_util_utf8_count_chars(void **state)
{
    (void)state;
    assert_int_equal(cck_utf8_count_chars("abc", 3), 3);
    assert_int_equal(cck_utf8_count_chars("\xc3\xa9", 2), 1);
    assert_int_equal(cck_utf8_count_chars("\xe2\x80\x99s", 4), 2);
    assert_int_equal(cck_utf8_count_chars("\xff\xfe", 2), 2); /* invalid bytes count */
    assert_int_equal(cck_utf8_count_chars("", 0), 0);
    /* long enough for the eight-byte path, at every alignment and length */
    const char *mixed = "a\xc3\xa9\xe2\x80\x99" "b\xf0\x9f\x92\x89\x80\x80zq\xc3\xa9\xc3\xa9 end";
    size_t n = strlen(mixed);
    for (size_t from = 0; from < n; from++) {
        for (size_t len = 0; from + len <= n; len++) {
            size_t want = 0;
            for (size_t i = from; i < from + len; i++)
                want += ((unsigned char)mixed[i] & 0xC0) != 0x80;
            assert_int_equal(cck_utf8_count_chars(mixed + from, len), want);
        }
    }
    /* long runs for the sixteen-byte path, whose lanes are summed every 255 steps:
     * continuation bytes only (a lane that wrapped would lose 256), and text */
    size_t big = 3 * 255 * 16 + 40;
    char *buf = test_malloc(big);
    for (int kind = 0; kind < 2; kind++) {
        for (size_t i = 0; i < big; i++)
            buf[i] = kind == 0 ? '\x80' : mixed[i % n];
        for (size_t from = 0; from < 20; from += 3) {
            for (size_t len = big - from - 40; from + len <= big; len += 7) {
                size_t want = 0;
                for (size_t i = from; i < from + len; i++)
                    want += ((unsigned char)buf[i] & 0xC0) != 0x80;
                assert_int_equal(cck_utf8_count_chars(buf + from, len), want);
            }
        }
    }
    test_free(buf);
}

static void test_util_error_set_fills_fields(void **state)
{
    (void)state;
    cck_error e;
    cck_error_clear(&e);
    int st = cck_error_set(&e, CCK_ESYNTAX, "claims.lex", 3, 7, "unknown category '%s'", "x");
    assert_int_equal(st, CCK_ESYNTAX);
    assert_int_equal(e.status, CCK_ESYNTAX);
    assert_string_equal(e.path, "claims.lex");
    assert_int_equal(e.line, 3);
    assert_int_equal(e.column, 7);
    assert_string_equal(e.message, "unknown category 'x'");
    assert_int_equal(cck_error_set(NULL, CCK_EIO, NULL, 0, 0, "ignored"), CCK_EIO);
}

static void test_util_status_strings(void **state)
{
    (void)state;
    const int codes[] = {CCK_OK,     CCK_ENOMEM,  CCK_EINVAL, CCK_EIO,
                         CCK_EUTF8,  CCK_ESYNTAX, CCK_ELIMIT, CCK_ESTOP};
    for (size_t i = 0; i < CCK_ARRAY_LEN(codes); i++) {
        const char *s = cck_status_string(codes[i]);
        assert_non_null(s);
        assert_true(strlen(s) > 0);
        assert_string_not_equal(s, "unknown status");
    }
    assert_string_equal(cck_status_string(12345), "unknown status");
    assert_string_equal(cck_status_string(CCK_ENOMEM), "out of memory");
}

static void test_util_ascii_tables_are_locale_free(void **state)
{
    (void)state;
    assert_true(cck_ascii_is_alpha('q'));
    assert_false(cck_ascii_is_alpha(0xC3));
    assert_true(cck_ascii_is_digit('7'));
    assert_true(cck_ascii_is_space('\t'));
    assert_false(cck_ascii_is_space(0xA0));
    assert_int_equal(cck_ascii_lower('P'), 'p');
    assert_int_equal(cck_ascii_lower(0xC9), 0xC9);
}

/* A word set answers what cck_word_in answers for each of its lists: every word of
 * the lists, words on several lists (all their bits), and near misses (a prefix, one
 * letter more, another case, the empty word); a set with too many words is refused. */
static void test_util_word_set(void **state)
{
    (void)state;
    static const char *const a[] = {"is", "are", "for", "with", "isn't", "'s", "a"};
    static const char *const b[] = {"for", "mechanisms", "mechanism", "an"};
    static const char *const c[] = {"with", "a", "everybody", "", "x"};
    const cck_word_list lists[] = {{a, CCK_ARRAY_LEN(a), 1u << 0},
                                   {b, CCK_ARRAY_LEN(b), 1u << 3},
                                   {c, CCK_ARRAY_LEN(c), 1u << 7}};
    cck_word_set *set = test_malloc(sizeof *set);
    assert_int_equal(cck_word_set_init(set, lists, CCK_ARRAY_LEN(lists)), CCK_OK);
    static const char *const probes[] = {
        "is",  "are", "for", "with", "isn't", "'s", "a", "mechanisms", "mechanism", "an",
        "everybody", "x", "i", "ar", "fo", "wit", "withs", "isnt", "s", "mechanismss",
        "mechanis", "everybod", "everybodyy", "For", "WITH", "ab", "xx", "b", "y", "'"};
    for (size_t p = 0; p < CCK_ARRAY_LEN(probes); p++) {
        const char *w = probes[p];
        uint32_t want = 0;
        for (size_t l = 0; l < CCK_ARRAY_LEN(lists); l++)
            if (cck_word_in(w, strlen(w), lists[l].words, lists[l].count))
                want |= lists[l].bits;
        if (cck_word_set_bits(set, w, strlen(w)) != want)
            fail_msg("\"%s\": bits %u, not %u", w, cck_word_set_bits(set, w, strlen(w)), want);
    }
    assert_int_equal(cck_word_set_bits(set, "", 0), 0);
    assert_int_equal(cck_word_set_bits(set, "for", 3), (1u << 0) | (1u << 3));
    assert_int_equal(cck_word_set_bits(set, "forx", 3), (1u << 0) | (1u << 3));
    /* more words than 3/4 of the slots */
    size_t many = CCK_WORD_SET_SLOTS / 4 * 3 + 1;
    char *names = test_malloc(many * 8);
    const char **words = test_malloc(many * sizeof *words);
    for (size_t i = 0; i < many; i++) {
        snprintf(names + 8 * i, 8, "w%zu", i);
        words[i] = names + 8 * i;
    }
    cck_word_list all = {words, many, 1};
    assert_int_equal(cck_word_set_init(set, &all, 1), CCK_ELIMIT);
    all.count = many - 1;
    assert_int_equal(cck_word_set_init(set, &all, 1), CCK_OK);
    for (size_t i = 0; i < many; i++)
        assert_int_equal(cck_word_set_bits(set, words[i], strlen(words[i])), i < many - 1);
    test_free(words);
    test_free(names);
    test_free(set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_util_ascii_equals_lower),
        cmocka_unit_test(test_util_word_set),
        cmocka_unit_test(test_util_buf_appends_and_terminates),
        cmocka_unit_test(test_util_buf_append_at_the_edge),
        cmocka_unit_test(test_util_buf_append_int_matches_printf),
        cmocka_unit_test(test_util_buf_append_size_matches_printf),
        cmocka_unit_test(test_util_buf_printf_longer_than_stack),
        cmocka_unit_test(test_util_grow_checks_overflow),
        cmocka_unit_test(test_util_hash_bytes),
        cmocka_unit_test(test_util_same_bytes),
        cmocka_unit_test(test_util_fnv),
        cmocka_unit_test(test_util_line_col_table),
        cmocka_unit_test(test_util_line_cursor_agrees_with_scratch),
        cmocka_unit_test(test_util_line_cursor_random_seeks),
        cmocka_unit_test(test_util_line_cursor_byte_order_mark),
        cmocka_unit_test(test_util_line_cursor_same_offset),
        cmocka_unit_test(test_util_utf8_count_chars),
        cmocka_unit_test(test_util_error_set_fills_fields),
        cmocka_unit_test(test_util_status_strings),
        cmocka_unit_test(test_util_ascii_tables_are_locale_free),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
