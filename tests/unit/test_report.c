/* test_report.c - unit tests of the report module: escaping for JSON and terminals,
 * the text printer's underline, the JSON Lines printer's fields (checked by parsing
 * the output with jansson) and the summary line. Findings are built by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "report/report.h"

static const cck_rule cure_rule = {CCK_CATEGORY_CURE, "cure-claim", "cure",
                                   "a treatment is said to cure", "Longer text.",
                                   CCK_SEVERITY_WARNING};

/* ---- JSON escaping -------------------------------------------------------------- */

static char *escape_json(const char *s, size_t len)
{
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_escape_json(&out, s, len), CCK_OK);
    return out.data;
}

static const struct json_case {
    const char *name;
    const char *in;
    size_t len; /* 0: strlen */
    const char *want;
} json_cases[] = {
    {"plain", "abc", 0, "\"abc\""},
    {"empty", "", 0, "\"\""},
    {"quote and backslash", "say \"hi\" \\o/", 0, "\"say \\\"hi\\\" \\\\o/\""},
    {"short escapes", "\b\f\n\r\t", 0, "\"\\b\\f\\n\\r\\t\""},
    {"nul", "a\0b", 3, "\"a\\u0000b\""},
    {"escape char", "\x1b[31m", 0, "\"\\u001B[31m\""},
    {"del", "\x7f", 0, "\"\\u007F\""},
    {"replacement byte", "a\x1a" "b", 0, "\"a\\ufffdb\""},
    {"valid two-byte", "caf\xc3\xa9", 0, "\"caf\xc3\xa9\""},
    {"valid four-byte", "\xf0\x9f\x92\x89", 0, "\"\xf0\x9f\x92\x89\""},
    {"real U+FFFD kept", "\xef\xbf\xbd", 0, "\"\xef\xbf\xbd\""},
    {"line separator", "\xe2\x80\xa8", 0, "\"\\u2028\""},
    {"c1 control", "\xc2\x85", 0, "\"\\u0085\""},
    {"stray continuation", "a\x80z", 0, "\"a\\ufffdz\""},
    {"lone lead at end", "a\xc3", 0, "\"a\\ufffd\""},
    {"truncated three-byte", "\xe2\x82z", 0, "\"\\ufffdz\""},
    {"overlong", "\xc0\xaf", 0, "\"\\ufffd\\ufffd\""},
    {"surrogate", "\xed\xa0\x80", 0, "\"\\ufffd\\ufffd\\ufffd\""},
    {"above U+10FFFF", "\xf4\x90\x80\x80", 0, "\"\\ufffd\\ufffd\\ufffd\\ufffd\""},
    {"truncated four-byte", "\xf0\x9f\x92", 0, "\"\\ufffd\""},
    {"byte ff", "\xff", 0, "\"\\ufffd\""},
    {"mixed run", "\xc3\xa9\"\xc3\xbc\xe2\x80\xa8x\xc2\x85\xf0\x9f\x92\x89\x80",
     0, "\"\xc3\xa9\\\"\xc3\xbc\\u2028x\\u0085\xf0\x9f\x92\x89\\ufffd\""},
};

static void test_report_json_escape_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < CCK_ARRAY_LEN(json_cases); i++) {
        size_t len = json_cases[i].len ? json_cases[i].len : strlen(json_cases[i].in);
        char *got = escape_json(json_cases[i].in, len);
        if (strcmp(got, json_cases[i].want) != 0)
            fail_msg("case %s: got %s, want %s", json_cases[i].name, got, json_cases[i].want);
        json_error_t error;
        json_t *value = json_loads(got, JSON_DECODE_ANY | JSON_ALLOW_NUL, &error);
        if (!value || !json_is_string(value))
            fail_msg("case %s: jansson cannot read %s: %s", json_cases[i].name, got, error.text);
        json_decref(value);
        cck_free(got);
    }
}

/* Checks json_cases[i] put between `before` bytes of 'a' and `after` bytes of 'b': it
 * must come out as it does alone, with the padding around it. */
static void check_json_case_padded(size_t i, size_t before, size_t after)
{
    size_t len = json_cases[i].len ? json_cases[i].len : strlen(json_cases[i].in);
    const char *want = json_cases[i].want;
    size_t want_len = strlen(want);
    char in[128], expected[256];
    assert_true(before + len + after <= sizeof in && before + want_len + after < sizeof expected);
    memset(in, 'a', before);
    memcpy(in + before, json_cases[i].in, len);
    memset(in + before + len, 'b', after);
    expected[0] = '"';
    memset(expected + 1, 'a', before);
    memcpy(expected + 1 + before, want + 1, want_len - 2); /* without its quotes */
    memset(expected + 1 + before + want_len - 2, 'b', after);
    expected[before + want_len - 1 + after] = '"';
    expected[before + want_len + after] = '\0';
    char *got = escape_json(in, before + len + after);
    if (strcmp(got, expected) != 0)
        fail_msg("case %s with %zu bytes before and %zu after: got %s, want %s",
                 json_cases[i].name, before, after, got, expected);
    cck_free(got);
}

/* The escaper copies plain ASCII 16 or 8 bytes at a time and takes long strings in
 * blocks: each table case, put at every offset inside plain text, must come out as it
 * does alone, with the padding around it. */
static void test_report_json_escape_in_long_text(void **state)
{
    (void)state;
    for (size_t i = 0; i < CCK_ARRAY_LEN(json_cases); i++)
        for (size_t before = 0; before <= 40; before++)
            check_json_case_padded(i, before, 40 - before + before % 7);
}

/* The end of a string is copied by a load that ends at its end and overlaps what came
 * before (16, 8 or 4 bytes): in short strings too, every case at every offset, with
 * every length of plain text after it, comes out as it does alone. */
static void test_report_json_escape_in_short_text(void **state)
{
    (void)state;
    for (size_t i = 0; i < CCK_ARRAY_LEN(json_cases); i++)
        for (size_t before = 0; before <= 20; before++)
            for (size_t after = 0; after <= 20; after++)
                check_json_case_padded(i, before, after);
}

/* A string of several blocks escapes as the concatenation of its characters escaped
 * one by one, wherever the block ends fall among multibyte and invalid sequences. */
static void test_report_json_escape_across_blocks(void **state)
{
    (void)state;
    /* each unit decodes on its own exactly as it does inside the string */
    static const char *const units[] = {"plain words ", "caf\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x92\x89",
                                        "\xff", "\xe2\x82z", "\"", "\n", "\xe2\x80\xa8", "\x80",
                                        "\xc2\x85", "\x1a", "\\"};
    for (size_t phase = 0; phase < 7; phase++) {
        cck_buf in, want;
        cck_buf_init(&in);
        cck_buf_init(&want);
        assert_int_equal(cck_buf_putc(&want, '"'), CCK_OK);
        for (size_t k = 0; in.len < 20000; k++) {
            const char *u = units[(k * 5 + phase) % CCK_ARRAY_LEN(units)];
            size_t n = strlen(u);
            assert_int_equal(cck_buf_append(&in, u, n), CCK_OK);
            char *one = escape_json(u, n);
            assert_int_equal(cck_buf_append(&want, one + 1, strlen(one) - 2), CCK_OK);
            cck_free(one);
        }
        assert_int_equal(cck_buf_putc(&want, '"'), CCK_OK);
        char *got = escape_json(in.data, in.len);
        if (strcmp(got, want.data) != 0) {
            size_t at = 0;
            while (got[at] == want.data[at])
                at++;
            fail_msg("phase %zu: differs at output byte %zu", phase, at);
        }
        cck_free(got);
        cck_buf_free(&in);
        cck_buf_free(&want);
    }
}

/* The block loops decide from a mask which bytes need care: every byte value, put at
 * each offset of a run of plain text long enough for the 16- and 8-byte steps, must
 * come out as it does alone (one byte, which goes through the table byte by byte):
 * controls up to 0x1F, space, DEL, '~' and the bytes around 0x80 are where such a
 * mask can be off by one. */
static void test_report_json_escape_every_byte_in_blocks(void **state)
{
    (void)state;
    for (unsigned c = 0; c < 256; c++) {
        char one = (char)c;
        char *alone = escape_json(&one, 1);
        size_t alone_len = strlen(alone) - 2; /* without its quotes */
        for (size_t before = 0; before <= 40; before++) {
            char in[64];
            char expected[128];
            size_t after = sizeof in - 1 - before;
            memset(in, 'a', before);
            in[before] = one;
            memset(in + before + 1, 'b', after);
            expected[0] = '"';
            memset(expected + 1, 'a', before);
            memcpy(expected + 1 + before, alone + 1, alone_len);
            memset(expected + 1 + before + alone_len, 'b', after);
            expected[1 + before + alone_len + after] = '"';
            expected[2 + before + alone_len + after] = '\0';
            char *got = escape_json(in, sizeof in);
            if (strcmp(got, expected) != 0)
                fail_msg("byte 0x%02x after %zu bytes: got %s, want %s", c, before, got,
                         expected);
            cck_free(got);
        }
        cck_free(alone);
    }
}

/* cck_escape_json_to takes plain text 32 bytes a step, escapes quotes and backslashes
 * in that loop, ends a string of 4 to 31 bytes (or the tail of a longer one) with two
 * loads that overlap, and leaves the rest to a general loop from where it stopped:
 * every byte value, at every offset of a string of every length from 1 to 72, after a
 * quote or not, must come out as it does alone. */
static void test_report_json_escape_every_length(void **state)
{
    (void)state;
    for (unsigned c = 0; c < 256; c++) {
        char one = (char)c;
        char *alone = escape_json(&one, 1);
        size_t alone_len = strlen(alone) - 2;
        for (size_t len = 1; len <= 72; len++) {
            for (size_t at = 0; at < len; at++) {
                char in[80];
                char expected[200];
                size_t n = 0;
                expected[n++] = '"';
                for (size_t k = 0; k < len; k++) {
                    /* a quote two bytes before the byte tried, when there is room */
                    int quote = k + 2 == at && len % 3 == 0;
                    in[k] = k == at ? one : quote ? '"' : (char)('a' + k % 26);
                    if (k == at) {
                        memcpy(expected + n, alone + 1, alone_len);
                        n += alone_len;
                    } else if (in[k] == '"') {
                        expected[n++] = '\\';
                        expected[n++] = '"';
                    } else {
                        expected[n++] = in[k];
                    }
                }
                expected[n++] = '"';
                expected[n] = '\0';
                /* on the heap, exactly as long, so that a sanitizer sees a load past it */
                char *exact = malloc(len);
                assert_non_null(exact);
                memcpy(exact, in, len);
                char *got = escape_json(exact, len);
                if (strcmp(got, expected) != 0)
                    fail_msg("byte 0x%02x at %zu of %zu: got %s, want %s", c, at, len, got,
                             expected);
                cck_free(got);
                free(exact);
            }
        }
        cck_free(alone);
    }
}

/* Every control character survives a round trip through jansson (0x1A, the
 * analysis' replacement byte, comes back as U+FFFD). */
static void test_report_json_escape_every_control(void **state)
{
    (void)state;
    for (unsigned c = 0; c < 0x20; c++) {
        char in[3] = {'<', (char)c, '>'};
        char *got = escape_json(in, 3);
        json_error_t error;
        json_t *value = json_loads(got, JSON_DECODE_ANY | JSON_ALLOW_NUL, &error);
        if (!value)
            fail_msg("control 0x%02x: %s does not parse: %s", c, got, error.text);
        const char *s = json_string_value(value);
        size_t len = json_string_length(value);
        if (c == 0x1A) {
            if (len != 5 || memcmp(s, "<\xef\xbf\xbd>", 5) != 0)
                fail_msg("control 0x1a: not read back as U+FFFD");
        } else if (len != 3 || memcmp(s, in, 3) != 0) {
            fail_msg("control 0x%02x: read back differently from %s", c, got);
        }
        for (const char *p = got; *p; p++)
            if ((unsigned char)*p < 0x20)
                fail_msg("control 0x%02x: raw control byte in %s", c, got);
        json_decref(value);
        cck_free(got);
    }
}

/* ---- terminal escaping ---------------------------------------------------------- */

static void test_report_text_escape_table(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        const char *in;
        size_t len;
        unsigned flags;
        const char *want;
    } cases[] = {
        {"plain", "stem cells", 0, 0, "stem cells"},
        {"escape sequence", "\x1b[2J", 0, 0, "^[[2J"},
        {"bell and del", "\x07\x7f", 0, 0, "^G^?"},
        {"nul", "a\0b", 3, 0, "a^@b"},
        {"newline kept visible", "a\nb", 0, 0, "a^Jb"},
        {"flatten newline", "a\nb", 0, CCK_ESCAPE_FLATTEN, "a b"},
        {"flatten run", "a \r\n\t b", 0, CCK_ESCAPE_FLATTEN, "a   b"},
        {"c1 control", "\xc2\x9b" "31m", 0, 0, "<U+009B>31m"},
        {"bidi override", "x\xe2\x80\xaey", 0, 0, "x<U+202E>y"},
        {"invalid byte", "a\xffz", 0, 0, "a\xef\xbf\xbdz"},
        {"replacement byte", "a\x1az", 0, 0, "a\xef\xbf\xbdz"},
        {"utf-8 kept", "gu\xc3\xa9rit \xe5\xb9\xb9", 0, 0, "gu\xc3\xa9rit \xe5\xb9\xb9"},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        cck_buf out;
        cck_buf_init(&out);
        size_t len = cases[i].len ? cases[i].len : strlen(cases[i].in);
        assert_int_equal(cck_escape_text(&out, cases[i].in, len, cases[i].flags), CCK_OK);
        const char *got = out.data ? out.data : "";
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("case %s: got '%s', want '%s'", cases[i].name, got, cases[i].want);
        cck_buf_free(&out);
    }
}

static void test_report_char_width(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        const char *s;
        size_t want;
    } cases[] = {
        {"ascii", "abc", 3},
        {"accented", "gu\xc3\xa9ri", 5},
        {"combining acute", "e\xcc\x81", 1},
        {"cjk", "\xe5\xb9\xb9\xe7\xb4\xb0\xe8\x83\x9e", 6},
        {"emoji", "\xf0\x9f\x92\x89", 2},
        {"full-width letter", "\xef\xbc\xa1", 2},
        {"zero-width space", "a\xe2\x80\x8b" "b", 2},
        /* woman, ZWJ, health worker (U+2695) with VS16: one picture */
        {"emoji joined by a zero-width joiner", "\xf0\x9f\x91\xa9\xe2\x80\x8d\xe2\x9a\x95\xef\xb8\x8f", 2},
        /* man, ZWJ, woman, ZWJ, girl: a family */
        {"three emoji joined", "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7", 2},
        {"thumbs up with a skin tone", "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", 2},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        size_t got = cck_report_text_width(cases[i].s, strlen(cases[i].s));
        if (got != cases[i].want)
            fail_msg("case %s: width %zu, want %zu", cases[i].name, got, cases[i].want);
    }
}

/* ---- the text printer ------------------------------------------------------------- */

/* A finding whose trigger is the first occurrence of `trigger` in text and whose
 * sentence is the whole text. */
static cck_finding finding_on(const char *text, const char *trigger)
{
    const char *at = strstr(text, trigger);
    assert_non_null(at);
    cck_finding f;
    memset(&f, 0, sizeof f);
    f.rule = &cure_rule;
    f.severity = CCK_SEVERITY_WARNING;
    f.claim_level = 4;
    f.evidence_level = 0;
    f.trigger.offset = (size_t)(at - text);
    f.trigger.length = strlen(trigger);
    cck_line_col(text, strlen(text), f.trigger.offset, &f.trigger.line, &f.trigger.column);
    cck_line_col(text, strlen(text), f.trigger.offset + f.trigger.length, &f.trigger.end_line,
                 &f.trigger.end_column);
    f.sentence.offset = 0;
    f.sentence.length = strlen(text);
    f.message = "cure claim with no evidence given";
    f.explanation = "found \"cures\"; no hedge, no evidence";
    f.suggestion = "may help";
    return f;
}

static cck_report_record document(const char *text)
{
    cck_report_record record = {.kind = CCK_REPORT_DOCUMENT, .path = "post.txt",
                                .text = text, .length = strlen(text)};
    return record;
}

/* The nth line (0-based) of s, copied. */
static char *nth_line(const char *s, size_t n)
{
    for (; n > 0; n--) {
        s = strchr(s, '\n');
        assert_non_null(s);
        s++;
    }
    const char *end = strchr(s, '\n');
    return cck_strndup(s, end ? (size_t)(end - s) : strlen(s));
}

static void test_report_text_underline_alignment(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        const char *text;
        const char *trigger;
        const char *want_sentence; /* the excerpt line, indent included */
        const char *want_underline;
        const char *want_location;
    } cases[] = {
        {"ascii", "Stem cells cure arthritis.", "cure",
         "    Stem cells cure arthritis.",
         "               ^~~~", "post.txt:1:12: warning: "},
        {"accented before", "Les cellules gu\xc3\xa9rissent vite, cure garantie.", "cure",
         "    Les cellules gu\xc3\xa9rissent vite, cure garantie.",
         "                                  ^~~~", "post.txt:1:31: warning: "},
        {"accented trigger", "Ces cellules gu\xc3\xa9rissent tout.", "gu\xc3\xa9rissent",
         "    Ces cellules gu\xc3\xa9rissent tout.",
         "                 ^~~~~~~~~~", "post.txt:1:14: warning: "},
        {"cjk before", "\xe5\xb9\xb9\xe7\xb4\xb0\xe8\x83\x9e cures all.", "cures",
         "    \xe5\xb9\xb9\xe7\xb4\xb0\xe8\x83\x9e cures all.",
         "           ^~~~~", "post.txt:1:5: warning: "},
        {"emoji before", "\xf0\x9f\x92\x89 PRP cures knees", "cures",
         "    \xf0\x9f\x92\x89 PRP cures knees",
         "           ^~~~~", "post.txt:1:7: warning: "},
        {"second line", "Intro line.\nStem cells\ncure pain.", "cure",
         "    Intro line. Stem cells cure pain.",
         "                           ^~~~", "post.txt:3:1: warning: "},
        {"control before", "a\x1b[0m cures", "cures",
         "    a^[[0m cures",
         "           ^~~~~", "post.txt:1:7: warning: "},
        {"invalid byte before", "a\xff cures", "cures",
         "    a\xef\xbf\xbd cures",
         "       ^~~~~", "post.txt:1:4: warning: "},
    };
    cck_text_style style = {0, 0};
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        cck_finding f = finding_on(cases[i].text, cases[i].trigger);
        cck_report_record record = document(cases[i].text);
        cck_buf out;
        cck_buf_init(&out);
        assert_int_equal(cck_report_text_finding(&out, &record, &f, &style), CCK_OK);
        if (strncmp(out.data, cases[i].want_location, strlen(cases[i].want_location)) != 0)
            fail_msg("case %s: first line '%s', want it to start with '%s'", cases[i].name,
                     out.data, cases[i].want_location);
        if (!strstr(out.data, "cure claim with no evidence given [cure-claim]\n"))
            fail_msg("case %s: no message and rule id in '%s'", cases[i].name, out.data);
        char *sentence = nth_line(out.data, 1);
        char *underline = nth_line(out.data, 2);
        char *suggestion = nth_line(out.data, 3);
        if (strcmp(sentence, cases[i].want_sentence) != 0)
            fail_msg("case %s: excerpt '%s', want '%s'", cases[i].name, sentence,
                     cases[i].want_sentence);
        if (strcmp(underline, cases[i].want_underline) != 0)
            fail_msg("case %s: underline '%s', want '%s'", cases[i].name, underline,
                     cases[i].want_underline);
        assert_string_equal(suggestion, "  suggestion: may help");
        cck_free(sentence);
        cck_free(underline);
        cck_free(suggestion);
        cck_buf_free(&out);
    }
}

static void test_report_text_long_sentence_window(void **state)
{
    (void)state;
    cck_buf text;
    cck_buf_init(&text);
    for (int i = 0; i < 50; i++)
        assert_int_equal(cck_buf_puts(&text, "word "), CCK_OK);
    assert_int_equal(cck_buf_puts(&text, "cures"), CCK_OK);
    for (int i = 0; i < 50; i++)
        assert_int_equal(cck_buf_puts(&text, " more"), CCK_OK);
    cck_finding f = finding_on(text.data, "cures");
    cck_report_record record = document(text.data);
    cck_text_style style = {0, 0};
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_report_text_finding(&out, &record, &f, &style), CCK_OK);
    char *sentence = nth_line(out.data, 1);
    char *underline = nth_line(out.data, 2);
    /* 60 characters of context each side, an ellipsis at both ends. */
    assert_int_equal(strncmp(sentence, "    \xe2\x80\xa6", 7), 0);
    assert_int_equal(cck_report_text_width(sentence, strlen(sentence)), 4 + 1 + 60 + 5 + 60 + 1);
    assert_int_equal(strlen(underline), 4 + 1 + 60 + 5);
    assert_string_equal(underline + 4 + 61, "^~~~~");
    cck_free(sentence);
    cck_free(underline);
    cck_buf_free(&out);
    cck_buf_free(&text);
}

static void test_report_text_quiet_color_and_streams(void **state)
{
    (void)state;
    const char *text = "PRP cures tendons.";
    cck_finding f = finding_on(text, "cures");
    cck_report_record record = document(text);
    cck_buf out;
    cck_buf_init(&out);

    cck_text_style quiet = {0, 1};
    assert_int_equal(cck_report_text_finding(&out, &record, &f, &quiet), CCK_OK);
    assert_string_equal(out.data,
                        "post.txt:1:5: warning: cure claim with no evidence given [cure-claim]\n");

    cck_buf_clear(&out);
    cck_text_style color = {1, 1};
    assert_int_equal(cck_report_text_finding(&out, &record, &f, &color), CCK_OK);
    assert_non_null(strstr(out.data, "\033[1;33mwarning:"));

    /* A line record is placed on its stream line; a JSON record has no column. */
    cck_buf_clear(&out);
    record.kind = CCK_REPORT_LINE;
    record.line = 42;
    record.path = "<stdin>";
    assert_int_equal(cck_report_text_finding(&out, &record, &f, &quiet), CCK_OK);
    assert_int_equal(strncmp(out.data, "<stdin>:42:5: warning: ", 23), 0);
    cck_buf_clear(&out);
    record.kind = CCK_REPORT_JSON;
    assert_int_equal(cck_report_text_finding(&out, &record, &f, &quiet), CCK_OK);
    assert_int_equal(strncmp(out.data, "<stdin>:42: warning: ", 21), 0);

    /* A path with a newline in it cannot forge a second diagnostic. */
    cck_buf_clear(&out);
    record.kind = CCK_REPORT_DOCUMENT;
    record.path = "evil\nfake.txt:1:1: error: x";
    assert_int_equal(cck_report_text_finding(&out, &record, &f, &quiet), CCK_OK);
    assert_ptr_equal(strchr(out.data, '\n'), out.data + out.len - 1);
    assert_non_null(strstr(out.data, "evil^Jfake.txt"));
    cck_buf_free(&out);
}

static void test_report_text_problem_and_summary(void **state)
{
    (void)state;
    cck_text_style style = {0, 0};
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_report_text_problem(&out, "a.txt", 3, 7, "error", "invalid UTF-8",
                                             &style),
                     CCK_OK);
    assert_int_equal(cck_report_text_problem(&out, "b.txt", 0, 0, "error", "cannot open",
                                             &style),
                     CCK_OK);
    assert_int_equal(cck_report_text_problem(&out, "c.jsonl", 4, 0, "error", "bad\nline",
                                             &style),
                     CCK_OK);
    assert_string_equal(out.data, "a.txt:3:7: error: invalid UTF-8\n"
                                  "b.txt: error: cannot open\n"
                                  "c.jsonl:4: error: bad line\n");

    static const struct {
        const char *name;
        cck_report_totals totals;
        const char *want;
    } cases[] = {
        {"nothing", {0, 0, {0, 0, 0, 0}, 0, 0}, "0 files, no findings\n"},
        {"one of each", {1, 0, {0, 1, 1, 1}, 0, 0},
         "1 file, 3 findings (1 error, 1 warning, 1 info)\n"},
        {"plural", {3, 0, {0, 1, 9, 2}, 0, 0}, "3 files, 12 findings (2 errors, 9 warnings, 1 info)\n"},
        {"records", {0, 120, {0, 0, 4, 0}, 2, 0},
         "120 records, 4 findings (4 warnings); 2 input problems\n"},
        {"files and records", {2, 5, {0, 0, 0, 0}, 1, 0},
         "2 files, 5 records, no findings; 1 input problem\n"},
        {"suppression warnings", {1, 0, {0, 0, 0, 0}, 0, 2},
         "1 file, no findings; 2 suppression warnings\n"},
        {"a problem and a warning", {2, 0, {0, 0, 0, 1}, 1, 1},
         "2 files, 1 finding (1 error); 1 input problem; 1 suppression warning\n"},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        cck_buf_clear(&out);
        assert_int_equal(cck_report_text_summary(&out, &cases[i].totals), CCK_OK);
        if (strcmp(out.data, cases[i].want) != 0)
            fail_msg("case %s: '%s', want '%s'", cases[i].name, out.data, cases[i].want);
    }
    cck_buf_free(&out);
}

/* ---- the JSON Lines printer --------------------------------------------------------- */

static json_t *parse_line(const cck_buf *out)
{
    assert_true(out->len > 0);
    assert_int_equal(out->data[out->len - 1], '\n');
    assert_null(memchr(out->data, '\n', out->len - 1)); /* exactly one line */
    json_error_t error;
    json_t *value = json_loadb(out->data, out->len, 0, &error);
    if (!value)
        fail_msg("output does not parse (%s): %s", error.text, out->data);
    assert_true(json_is_object(value));
    return value;
}

static void expect_type(json_t *object, const char *key, json_type type, const char *where)
{
    json_t *value = json_object_get(object, key);
    if (!value)
        fail_msg("%s: no \"%s\"", where, key);
    if (json_typeof(value) != type)
        fail_msg("%s: \"%s\" has type %d, want %d", where, key, (int)json_typeof(value),
                 (int)type);
}

/* The names the JSON Lines printer writes without escaping (cue kinds, severities,
 * finding flags) need none, and each comes out whole: one finding per severity, with
 * every flag and a cue of every kind (and out-of-range values, named "unknown" and
 * "none"), read back with jansson. The printer keeps its own measured copies of the
 * severity and cue kind names: each must read as cck_severity_name and
 * cck_cue_kind_name give it. */
static int needs_no_escaping(const char *name)
{
    cck_buf b;
    cck_buf_init(&b);
    assert_int_equal(cck_escape_json(&b, name, strlen(name)), CCK_OK);
    int plain = b.len == strlen(name) + 2 && memcmp(b.data + 1, name, strlen(name)) == 0;
    cck_buf_free(&b);
    return plain;
}

static void test_report_names_need_no_escaping(void **state)
{
    (void)state;
    const char *text = "The clinic says PRP cures knees.";
    cck_cue cues[CCK_CUE_KIND_COUNT + 1];
    for (int k = 0; k <= CCK_CUE_KIND_COUNT; k++) {
        const char *kind = cck_cue_kind_name((cck_cue_kind)k);
        if (!needs_no_escaping(kind))
            fail_msg("cue kind \"%s\" needs escaping", kind);
        cues[k] = (cck_cue){(cck_cue_kind)k, "topic", -1, {0}};
        cues[k].span.length = 3;
    }
    unsigned all_flags = 0;
    for (unsigned bit = 0; cck_report_flag_name(bit); bit++) {
        if (!needs_no_escaping(cck_report_flag_name(bit)))
            fail_msg("flag \"%s\" needs escaping", cck_report_flag_name(bit));
        all_flags |= 1u << bit;
    }
    for (int sev = 0; sev <= 4; sev++) {
        const char *name = cck_severity_name((cck_severity)sev);
        if (!needs_no_escaping(name))
            fail_msg("severity \"%s\" needs escaping", name);
        cck_finding f = finding_on(text, "cures");
        f.severity = (cck_severity)sev;
        f.flags = all_flags;
        f.cues = cues;
        f.cue_count = CCK_CUE_KIND_COUNT + 1;
        cck_report_record record = {.kind = CCK_REPORT_JSON, .path = "<stdin>",
                                    .path_is_stdin = 1, .record = 1, .line = 1,
                                    .text = text, .length = strlen(text)};
        cck_buf out;
        cck_buf_init(&out);
        assert_int_equal(cck_report_jsonl_begin(&out, &record), CCK_OK);
        assert_int_equal(cck_report_jsonl_finding(&out, &record, &f, 0), CCK_OK);
        assert_int_equal(cck_report_jsonl_end(&out, &record, NULL, NULL, 0, NULL), CCK_OK);
        json_t *root = parse_line(&out);
        json_t *finding = json_array_get(json_object_get(root, "findings"), 0);
        assert_string_equal(json_string_value(json_object_get(finding, "severity")), name);
        json_t *flags = json_object_get(finding, "flags");
        for (unsigned bit = 0; cck_report_flag_name(bit); bit++)
            assert_string_equal(json_string_value(json_array_get(flags, bit)),
                                cck_report_flag_name(bit));
        assert_int_equal(json_array_size(flags), __builtin_popcount(all_flags));
        json_t *got = json_object_get(finding, "cues");
        for (int k = 0; k <= CCK_CUE_KIND_COUNT; k++) {
            json_t *cue = json_array_get(got, (size_t)k);
            assert_string_equal(json_string_value(json_object_get(cue, "kind")),
                                cck_cue_kind_name((cck_cue_kind)k));
        }
        json_decref(root);
        cck_buf_free(&out);
    }
}

/* cck_json_is_plain says yes only for printable ASCII without '"' or '\\': a rule text
 * it passes is copied into a JSON explanation unescaped. */
static void test_report_json_is_plain(void **state)
{
    (void)state;
    assert_true(cck_json_is_plain("", 0));
    assert_true(cck_json_is_plain("cure-claim: a plain (ASCII) text; 100% ~{}[]", 44));
    static const char *const not_plain[] = {"a \"quoted\" word", "back\\slash", "tab\there",
                                            "new\nline", "del\x7f", "caf\xc3\xa9",
                                            "bad \xff byte", "\x1a"};
    for (size_t i = 0; i < CCK_ARRAY_LEN(not_plain); i++)
        if (cck_json_is_plain(not_plain[i], strlen(not_plain[i])))
            fail_msg("\"%s\" said to need no escaping", not_plain[i]);
    assert_false(cck_json_is_plain("ab\0", 3)); /* a NUL byte counts */
    assert_true(cck_json_is_plain("ab\"", 2));  /* only the bytes given count */
}

/* The escaped entry of the JSON Lines printer, given the message and explanation
 * JSON-escaped (as a scanner set to CCK_SCAN_JSON_TEXTS gives them), writes the same
 * bytes as the plain entry given them as they are. */
static void test_report_jsonl_escaped_texts(void **state)
{
    (void)state;
    const char *text = "The clinic says PRP \"cures\"\tknees.";
    cck_finding f = finding_on(text, "cures");
    f.message = "cure claim \"cures\"\twith a tab, caf\xc3\xa9, \xe2\x80\xa8 and \\";
    f.explanation = "cure-claim: \"cures\" \x01\x7f; bad \xff byte; \"can\"";
    cck_cue cue = {CCK_CUE_CLAIM, "claim/cure", 4, f.trigger};
    f.cues = &cue;
    f.cue_count = 1;
    cck_report_record record = {.kind = CCK_REPORT_JSON, .path = "<stdin>",
                                .path_is_stdin = 1, .record = 1, .line = 1,
                                .text = text, .length = strlen(text)};
    cck_buf want, got, message, explanation;
    cck_buf_init(&want);
    cck_buf_init(&got);
    cck_buf_init(&message);
    cck_buf_init(&explanation);
    assert_int_equal(cck_report_jsonl_finding(&want, &record, &f, 1), CCK_OK);
    /* the escaped texts, without their quotes */
    assert_int_equal(cck_escape_json(&message, f.message, strlen(f.message)), CCK_OK);
    assert_int_equal(cck_escape_json(&explanation, f.explanation, strlen(f.explanation)), CCK_OK);
    message.data[message.len - 1] = '\0';
    explanation.data[explanation.len - 1] = '\0';
    cck_finding escaped = f;
    escaped.message = message.data + 1;
    escaped.explanation = explanation.data + 1;
    assert_int_equal(cck_report_jsonl_finding_escaped(&got, &record, &escaped, 1), CCK_OK);
    assert_string_equal(got.data, want.data);
    cck_buf_free(&want);
    cck_buf_free(&got);
    cck_buf_free(&message);
    cck_buf_free(&explanation);
}

/* A record scanned without problems ends in one reservation (cck_report_jsonl_end's
 * common case): the findings closed, the profile with every topic it discusses, the
 * object closed and one newline, byte for byte. */
static void test_report_jsonl_end_of_a_clean_record(void **state)
{
    (void)state;
    cck_report_record record = {.kind = CCK_REPORT_LINE, .path = "<stdin>",
                                .path_is_stdin = 1, .record = 3, .line = 3,
                                .text = "x", .length = 1};
    cck_profile profile = {.bytes = 1234, .words = 12, .sentences = 2, .claim_level = 5,
                           .evidence_level = -1, .findings = {[CCK_SEVERITY_ERROR] = 10,
                                                              [CCK_SEVERITY_INFO] = 1},
                           .invalid_utf8 = 7,
                           .discusses = CCK_DISCUSSES_COST | CCK_DISCUSSES_HARMS |
                                        CCK_DISCUSSES_EVIDENCE_QUALITY |
                                        CCK_DISCUSSES_ALTERNATIVES};
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_report_jsonl_begin(&out, &record), CCK_OK);
    assert_int_equal(cck_report_jsonl_end(&out, &record, &profile, NULL, 0, NULL), CCK_OK);
    assert_string_equal(
        out.data,
        "{\"record\":3,\"findings\":[],\"profile\":{\"bytes\":1234,\"words\":12,"
        "\"sentences\":2,\"claims\":0,\"hedged_claims\":0,\"sourced_claims\":0,\"hedges\":0,"
        "\"negations\":0,\"evidence\":0,\"topic_sentences\":0,\"claim_level\":5,"
        "\"evidence_level\":-1,\"findings\":{\"error\":10,\"warning\":0,\"info\":1},"
        "\"discusses\":[\"cost\",\"harms\",\"evidence_quality\",\"alternatives\"],"
        "\"invalid_utf8\":7}}\n");
    /* not with an error (a limit reached: the profile is kept), nor diagnostics */
    cck_buf_clear(&out);
    assert_int_equal(cck_report_jsonl_end(&out, &record, &profile, NULL, 0, "a limit"), CCK_OK);
    assert_non_null(strstr(out.data, "\"invalid_utf8\":7},\"error\":\"a limit\"}\n"));
    cck_error diagnostic;
    cck_error_clear(&diagnostic);
    cck_error_set(&diagnostic, CCK_EUTF8, NULL, 1, 2, "bad byte");
    cck_buf_clear(&out);
    assert_int_equal(cck_report_jsonl_end(&out, &record, &profile, &diagnostic, 1, NULL), CCK_OK);
    assert_non_null(strstr(out.data, "\"invalid_utf8\":7},\"diagnostics\":[{"));
    cck_buf_free(&out);
}

static void test_report_jsonl_fields(void **state)
{
    (void)state;
    const char *text = "Intro.\nThe clinic says PRP \"cures\" knees \xff today.";
    cck_finding f = finding_on(text, "cures");
    f.sentence.offset = 7;
    f.sentence.length = strlen(text) - 7;
    f.flags = CCK_FINDING_REPORTED | CCK_FINDING_HEDGED;
    cck_cue cues[2] = {
        {CCK_CUE_TOPIC, "topic", -1, {0}},
        {CCK_CUE_CLAIM, "claim/cure", 4, {0}},
    };
    const char *prp = strstr(text, "PRP");
    cues[0].span.offset = (size_t)(prp - text);
    cues[0].span.length = 3;
    cues[1].span = f.trigger;
    f.cues = cues;
    f.cue_count = 2;
    cck_report_record record = {.kind = CCK_REPORT_JSON, .path = "<stdin>",
                                .path_is_stdin = 1, .record = 7, .line = 7,
                                .id = "1234567890123456789", .id_length = 19,
                                .id_is_number = 1, .text = text, .length = strlen(text)};
    cck_profile profile;
    memset(&profile, 0, sizeof profile);
    profile.sentences = 2;
    profile.words = 9;
    profile.claims = 1;
    profile.claim_level = 4;
    profile.findings[CCK_SEVERITY_WARNING] = 1;
    profile.discusses = CCK_DISCUSSES_COST | CCK_DISCUSSES_ALTERNATIVES;
    cck_error diagnostic;
    cck_error_set(&diagnostic, CCK_EUTF8, NULL, 2, 30, "invalid UTF-8 byte 0xff");
    diagnostic.byte_offset = 40;

    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_report_jsonl_begin(&out, &record), CCK_OK);
    assert_int_equal(cck_report_jsonl_finding(&out, &record, &f, 0), CCK_OK);
    assert_int_equal(cck_report_jsonl_finding(&out, &record, &f, 1), CCK_OK);
    assert_int_equal(cck_report_jsonl_end(&out, &record, &profile, &diagnostic, 1, NULL),
                     CCK_OK);
    json_t *root = parse_line(&out);

    assert_null(json_object_get(root, "path")); /* a stdin stream record */
    assert_int_equal(json_integer_value(json_object_get(root, "record")), 7);
    json_t *id = json_object_get(root, "id");
    assert_true(json_is_integer(id));
    assert_true(json_integer_value(id) == 1234567890123456789LL);
    assert_null(json_object_get(root, "error"));

    json_t *findings = json_object_get(root, "findings");
    assert_true(json_is_array(findings));
    assert_int_equal(json_array_size(findings), 2);
    json_t *finding = json_array_get(findings, 0);
    static const char *const strings[] = {"rule", "category", "severity", "message",
                                          "explanation", "suggestion", "sentence"};
    static const char *const numbers[] = {"line", "column", "end_line", "end_column",
                                          "byte_offset", "byte_length", "claim_level",
                                          "evidence_level"};
    for (size_t i = 0; i < CCK_ARRAY_LEN(strings); i++)
        expect_type(finding, strings[i], JSON_STRING, "finding");
    for (size_t i = 0; i < CCK_ARRAY_LEN(numbers); i++)
        expect_type(finding, numbers[i], JSON_INTEGER, "finding");
    expect_type(finding, "flags", JSON_ARRAY, "finding");
    expect_type(finding, "cues", JSON_ARRAY, "finding");
    assert_string_equal(json_string_value(json_object_get(finding, "rule")), "cure-claim");
    assert_string_equal(json_string_value(json_object_get(finding, "category")), "cure");
    assert_string_equal(json_string_value(json_object_get(finding, "severity")), "warning");
    assert_int_equal(json_integer_value(json_object_get(finding, "line")), 2);
    assert_int_equal(json_integer_value(json_object_get(finding, "column")), 22);
    assert_int_equal(json_integer_value(json_object_get(finding, "end_column")), 27);
    assert_int_equal(json_integer_value(json_object_get(finding, "byte_offset")),
                     f.trigger.offset);
    assert_int_equal(json_integer_value(json_object_get(finding, "byte_length")), 5);
    assert_string_equal(json_string_value(json_object_get(finding, "sentence")),
                        "The clinic says PRP \"cures\" knees \xef\xbf\xbd today.");
    json_t *flags = json_object_get(finding, "flags");
    assert_int_equal(json_array_size(flags), 2);
    assert_string_equal(json_string_value(json_array_get(flags, 0)), "hedged");
    assert_string_equal(json_string_value(json_array_get(flags, 1)), "reported");
    json_t *cue_list = json_object_get(finding, "cues");
    assert_int_equal(json_array_size(cue_list), 2);
    json_t *cue = json_array_get(cue_list, 1);
    static const char *const cue_strings[] = {"kind", "category", "text"};
    static const char *const cue_numbers[] = {"byte_offset", "byte_length"};
    for (size_t i = 0; i < CCK_ARRAY_LEN(cue_strings); i++)
        expect_type(cue, cue_strings[i], JSON_STRING, "cue");
    for (size_t i = 0; i < CCK_ARRAY_LEN(cue_numbers); i++)
        expect_type(cue, cue_numbers[i], JSON_INTEGER, "cue");
    assert_string_equal(json_string_value(json_object_get(cue, "text")), "cures");
    assert_string_equal(json_string_value(json_object_get(cue, "category")), "claim/cure");
    assert_string_equal(
        json_string_value(json_object_get(json_array_get(cue_list, 0), "text")), "PRP");

    json_t *p = json_object_get(root, "profile");
    assert_true(json_is_object(p));
    static const char *const profile_numbers[] = {"sentences", "words", "claims", "hedges",
                                                  "negations", "evidence", "claim_level",
                                                  "evidence_level"};
    for (size_t i = 0; i < CCK_ARRAY_LEN(profile_numbers); i++)
        expect_type(p, profile_numbers[i], JSON_INTEGER, "profile");
    assert_int_equal(json_integer_value(json_object_get(p, "claim_level")), 4);
    json_t *discusses = json_object_get(p, "discusses");
    assert_int_equal(json_array_size(discusses), 2);
    assert_string_equal(json_string_value(json_array_get(discusses, 1)), "alternatives");

    json_t *diagnostics = json_object_get(root, "diagnostics");
    assert_int_equal(json_array_size(diagnostics), 1);
    assert_int_equal(
        json_integer_value(json_object_get(json_array_get(diagnostics, 0), "byte_offset")), 40);
    json_decref(root);
    cck_buf_free(&out);
}

static void test_report_jsonl_record_shapes(void **state)
{
    (void)state;
    cck_profile profile;
    memset(&profile, 0, sizeof profile);
    cck_buf out;
    cck_buf_init(&out);

    /* A file: "path", no "record"; no findings still gives [] and a profile. */
    cck_report_record file = {.kind = CCK_REPORT_DOCUMENT, .path = "dir/\"odd\".txt",
                              .text = "", .length = 0};
    assert_int_equal(cck_report_jsonl_begin(&out, &file), CCK_OK);
    assert_int_equal(cck_report_jsonl_end(&out, &file, &profile, NULL, 0, NULL), CCK_OK);
    json_t *root = parse_line(&out);
    assert_string_equal(json_string_value(json_object_get(root, "path")), "dir/\"odd\".txt");
    assert_null(json_object_get(root, "record"));
    assert_int_equal(json_array_size(json_object_get(root, "findings")), 0);
    assert_true(json_is_object(json_object_get(root, "profile")));
    json_decref(root);

    /* A line of a named file: "path" and "record"; a string id stays a string. */
    cck_buf_clear(&out);
    cck_report_record line = {.kind = CCK_REPORT_LINE, .path = "posts.txt", .record = 3,
                              .line = 3, .id = "007", .id_length = 3, .text = "x",
                              .length = 1};
    assert_int_equal(cck_report_jsonl_begin(&out, &line), CCK_OK);
    assert_int_equal(cck_report_jsonl_end(&out, &line, &profile, NULL, 0, NULL), CCK_OK);
    root = parse_line(&out);
    assert_string_equal(json_string_value(json_object_get(root, "path")), "posts.txt");
    assert_int_equal(json_integer_value(json_object_get(root, "record")), 3);
    assert_string_equal(json_string_value(json_object_get(root, "id")), "007");
    json_decref(root);

    /* A failed record: "error", no profile. */
    cck_buf_clear(&out);
    cck_report_record bad = {.kind = CCK_REPORT_JSON, .path = "<stdin>", .path_is_stdin = 1,
                             .record = 2, .line = 2};
    assert_int_equal(cck_report_jsonl_begin(&out, &bad), CCK_OK);
    assert_int_equal(cck_report_jsonl_end(&out, &bad, NULL, NULL, 0,
                                          "malformed JSON: '}' expected near 'x\x01'"),
                     CCK_OK);
    root = parse_line(&out);
    assert_int_equal(json_integer_value(json_object_get(root, "record")), 2);
    assert_string_equal(json_string_value(json_object_get(root, "error")),
                        "malformed JSON: '}' expected near 'x\x01'");
    assert_null(json_object_get(root, "profile"));
    json_decref(root);
    cck_buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_report_json_escape_table),
        cmocka_unit_test(test_report_names_need_no_escaping),
        cmocka_unit_test(test_report_json_is_plain),
        cmocka_unit_test(test_report_jsonl_escaped_texts),
        cmocka_unit_test(test_report_jsonl_end_of_a_clean_record),
        cmocka_unit_test(test_report_json_escape_in_long_text),
        cmocka_unit_test(test_report_json_escape_in_short_text),
        cmocka_unit_test(test_report_json_escape_across_blocks),
        cmocka_unit_test(test_report_json_escape_every_control),
        cmocka_unit_test(test_report_json_escape_every_byte_in_blocks),
        cmocka_unit_test(test_report_json_escape_every_length),
        cmocka_unit_test(test_report_text_escape_table),
        cmocka_unit_test(test_report_char_width),
        cmocka_unit_test(test_report_text_underline_alignment),
        cmocka_unit_test(test_report_text_long_sentence_window),
        cmocka_unit_test(test_report_text_quiet_color_and_streams),
        cmocka_unit_test(test_report_text_problem_and_summary),
        cmocka_unit_test(test_report_jsonl_fields),
        cmocka_unit_test(test_report_jsonl_record_shapes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
