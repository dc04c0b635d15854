/* test_text.c - unit tests of the text module: UTF-8 checking and repair,
 * normalization, tokens (spans, kinds, normalized forms, flags) and sentences.
 * Table-driven: a failing case names itself. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "text/text.h"

/* ---- helpers ------------------------------------------------------------------- */

static const char kind_letters[] = "WNHMUEP"; /* indexed by cck_token_kind */

/* The normalized forms joined by '|' and the kinds as one letter each. */
static void describe_tokens(const cck_text *text, char *norms, size_t norms_size, char *kinds,
                            size_t kinds_size)
{
    size_t at = 0;
    norms[0] = '\0';
    for (size_t i = 0; i < text->token_count; i++) {
        int n = snprintf(norms + at, norms_size - at, "%s%.*s", i ? "|" : "",
                         (int)text->tokens[i].norm_len, cck_token_norm(text, i));
        if (n < 0 || (size_t)n >= norms_size - at)
            fail_msg("token description too long");
        at += (size_t)n;
    }
    size_t k;
    for (k = 0; k < text->token_count && k + 1 < kinds_size; k++)
        kinds[k] = kind_letters[text->tokens[k].kind];
    kinds[k] = '\0';
}

/* ---- UTF-8 --------------------------------------------------------------------- */

typedef struct bad_run {
    size_t offset;
    size_t length;
} bad_run;

typedef struct run_log {
    bad_run runs[8];
    size_t count;
} run_log;

static int log_run(size_t offset, size_t length, void *user_data)
{
    run_log *log = user_data;
    if (log->count < CCK_ARRAY_LEN(log->runs)) {
        log->runs[log->count].offset = offset;
        log->runs[log->count].length = length;
    }
    log->count++;
    return 0;
}

typedef struct utf8_case {
    const char *name;
    const char *bytes;
    size_t len;
    size_t bad_bytes; /* the return value */
    size_t run_count;
    bad_run runs[4];
} utf8_case;

#define BYTES(s) s, sizeof(s) - 1

static const utf8_case utf8_cases[] = {
    {"ascii", BYTES("stem cells"), 0, 0, {{0, 0}}},
    {"empty", BYTES(""), 0, 0, {{0, 0}}},
    {"valid 2/3/4-byte", BYTES("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80"), 0, 0, {{0, 0}}},
    {"highest code point U+10FFFF", BYTES("a\xF4\x8F\xBF\xBF"), 0, 0, {{0, 0}}},
    {"overlong 2-byte slash", BYTES("a\xC0\xAF" "b"), 2, 1, {{1, 2}}},
    {"overlong 2-byte C1", BYTES("\xC1\xBF"), 2, 1, {{0, 2}}},
    {"overlong 3-byte", BYTES("ab\xE0\x80\xAF" "c"), 3, 1, {{2, 3}}},
    {"overlong 4-byte", BYTES("\xF0\x80\x80\xAF" "x"), 4, 1, {{0, 4}}},
    {"surrogate D800", BYTES("x\xED\xA0\x80y"), 3, 1, {{1, 3}}},
    {"surrogate DFFF", BYTES("\xED\xBF\xBF"), 3, 1, {{0, 3}}},
    {"above U+10FFFF (F4 90)", BYTES("a\xF4\x90\x80\x80"), 4, 1, {{1, 4}}},
    {"F5 lead", BYTES("\xF5\x80\x80\x80z"), 4, 1, {{0, 4}}},
    {"truncated 3-byte at end", BYTES("stem\xE2\x80"), 2, 1, {{4, 2}}},
    {"truncated 4-byte at end", BYTES("ok\xF0\x9F\x98"), 3, 1, {{2, 3}}},
    {"truncated 2-byte before ascii", BYTES("\xC3" "a"), 1, 1, {{0, 1}}},
    {"stray continuation", BYTES("a\x80" "b"), 1, 1, {{1, 1}}},
    {"stray continuations run", BYTES("a\x80\xBF\x80" "b\xBF"), 4, 2, {{1, 3}, {5, 1}}},
    {"FE and FF", BYTES("\xFE" "a\xFF"), 2, 2, {{0, 1}, {2, 1}}},
    {"NUL is reported alone", BYTES("a\0b"), 1, 1, {{1, 1}}},
    {"NUL next to invalid byte", BYTES("\xFF\0"), 2, 2, {{0, 1}, {1, 1}}},
    {"invalid after long ascii", BYTES("abcdefghijklmnopq\x80"), 1, 1, {{17, 1}}},
};

static void test_text_utf8_check_reports_maximal_runs(void **state)
{
    (void)state;
    for (size_t c = 0; c < CCK_ARRAY_LEN(utf8_cases); c++) {
        const utf8_case *tc = &utf8_cases[c];
        run_log log = {0};
        size_t bad = cck_utf8_check(tc->bytes, tc->len, log_run, &log);
        if (bad != tc->bad_bytes)
            fail_msg("case '%s': %zu bad bytes, expected %zu", tc->name, bad, tc->bad_bytes);
        if (log.count != tc->run_count)
            fail_msg("case '%s': %zu runs, expected %zu", tc->name, log.count, tc->run_count);
        for (size_t r = 0; r < tc->run_count; r++)
            if (log.runs[r].offset != tc->runs[r].offset ||
                log.runs[r].length != tc->runs[r].length)
                fail_msg("case '%s': run %zu is (%zu,%zu), expected (%zu,%zu)", tc->name, r,
                         log.runs[r].offset, log.runs[r].length, tc->runs[r].offset,
                         tc->runs[r].length);
        /* Without a callback the count is the same. */
        if (cck_utf8_check(tc->bytes, tc->len, NULL, NULL) != tc->bad_bytes)
            fail_msg("case '%s': count differs without a callback", tc->name);
    }
}

/* The check skips plain ASCII 16 or 8 bytes at a time up to the first byte that is
 * not: every case, put at every offset inside ASCII text, must give the same runs,
 * moved by that offset. */
static void test_text_utf8_check_inside_ascii(void **state)
{
    (void)state;
    for (size_t c = 0; c < CCK_ARRAY_LEN(utf8_cases); c++) {
        const utf8_case *tc = &utf8_cases[c];
        for (size_t before = 0; before <= 40; before++) {
            char buf[128];
            size_t after = 40 - before + before % 5;
            memset(buf, 'a', before);
            memcpy(buf + before, tc->bytes, tc->len);
            memset(buf + before + tc->len, 'z', after);
            run_log log = {0};
            size_t bad = cck_utf8_check(buf, before + tc->len + after, log_run, &log);
            if (bad != tc->bad_bytes || log.count != tc->run_count)
                fail_msg("case '%s' at offset %zu: %zu bad bytes in %zu runs", tc->name, before,
                         bad, log.count);
            for (size_t r = 0; r < tc->run_count; r++)
                if (log.runs[r].offset != tc->runs[r].offset + before ||
                    log.runs[r].length != tc->runs[r].length)
                    fail_msg("case '%s' at offset %zu: run %zu is (%zu,%zu)", tc->name, before,
                             r, log.runs[r].offset, log.runs[r].length);
        }
    }
}

static int stop_at_first(size_t offset, size_t length, void *user_data)
{
    (void)offset;
    (void)length;
    (*(int *)user_data)++;
    return 1;
}

static void test_text_utf8_check_stops_when_asked(void **state)
{
    (void)state;
    int calls = 0;
    cck_utf8_check("\xFF" "a\xFF" "b\xFF", 5, stop_at_first, &calls);
    assert_int_equal(calls, 1);
}

static void test_text_utf8_repair_keeps_offsets(void **state)
{
    (void)state;
    const char in[] = "ok\xE2\x80 \xC3\xA9\0x\xF0\x9F\x98\x80\xFF";
    size_t len = sizeof in - 1;
    char out[sizeof in];
    memset(out, '?', sizeof out);
    cck_utf8_repair_copy(in, len, out);
    const char expected[] = "ok\x1A\x1A \xC3\xA9\x1Ax\xF0\x9F\x98\x80\x1A";
    assert_memory_equal(out, expected, len);
    assert_int_equal(out[len], '?'); /* not one byte more */
    cck_utf8_repair_copy(NULL, 0, out); /* nothing to do, no crash */
}

typedef struct decode_case {
    const char *name;
    const char *bytes;
    size_t len;
    size_t expect_len;
    int32_t expect_cp;
} decode_case;

static void test_text_utf8_decode(void **state)
{
    (void)state;
    static const decode_case cases[] = {
        {"ascii", BYTES("A"), 1, 'A'},
        {"e acute", BYTES("\xC3\xA9!"), 2, 0xE9},
        {"right single quote", BYTES("\xE2\x80\x99"), 3, 0x2019},
        {"emoji", BYTES("\xF0\x9F\x98\x80"), 4, 0x1F600},
        {"overlong", BYTES("\xC0\xAF"), 1, -1},
        {"surrogate", BYTES("\xED\xA0\x80"), 1, -1},
        {"truncated", BYTES("\xE2\x80"), 1, -1},
        {"stray continuation", BYTES("\x80"), 1, -1},
        {"above U+10FFFF", BYTES("\xF4\x90\x80\x80"), 1, -1},
    };
    for (size_t c = 0; c < CCK_ARRAY_LEN(cases); c++) {
        int32_t cp = 12345;
        size_t n = cck_utf8_decode(cases[c].bytes, cases[c].len, &cp);
        if (n != cases[c].expect_len || cp != cases[c].expect_cp)
            fail_msg("case '%s': got len %zu cp %ld, expected len %zu cp %ld", cases[c].name, n,
                     (long)cp, cases[c].expect_len, (long)cases[c].expect_cp);
    }
}

/* ---- normalization --------------------------------------------------------------- */

typedef struct norm_case {
    const char *name;
    const char *input;
    const char *expected;
} norm_case;

static void test_text_normalize_forms(void **state)
{
    (void)state;
    static const norm_case cases[] = {
        {"ascii lowercased", "Stem CELLS", "stem cells"},
        {"full-width letters", "\xEF\xBC\xB3\xEF\xBC\xB4\xEF\xBC\xA5\xEF\xBC\xAD", "stem"},
        {"fi ligature", "\xEF\xAC\x81x", "fix"},
        {"curly apostrophe", "don\xE2\x80\x99t", "don't"},
        {"left single quote and prime", "\xE2\x80\x98x\xE2\x80\xB2", "'x'"},
        {"double quotes", "\xE2\x80\x9C" "a\xE2\x80\x9D \xE2\x80\x9E" "b\xC2\xAB\xC2\xBB",
         "\"a\" \"b\"\""},
        {"non-breaking hyphen", "non\xE2\x80\x91" "breaking", "non-breaking"},
        {"hyphen en em minus", "\xE2\x80\x90\xE2\x80\x92\xE2\x80\x93\xE2\x80\x94\xE2\x88\x92",
         "-----"},
        {"soft hyphen dropped", "regen\xC2\xAD" "erative", "regenerative"},
        {"german sharp s folds", "Stra\xC3\x9F" "e", "strasse"},
        {"cafe precomposed", "Caf\xC3\xA9", "caf\xC3\xA9"},
        {"cafe decomposed composes", "Cafe\xCC\x81", "caf\xC3\xA9"},
        {"cafe uppercase", "CAF\xC3\x89", "caf\xC3\xA9"},
        {"greek", "\xCE\x9C\xCE\xA3\xCE\x9A", "\xCE\xBC\xCF\x83\xCE\xBA"},
        {"cyrillic", "\xD0\xA1\xD0\xA2\xD0\x95\xD0\x9C", "\xD1\x81\xD1\x82\xD0\xB5\xD0\xBC"},
        {"ellipsis becomes three dots", "wait\xE2\x80\xA6", "wait..."},
        {"full-width exclamation", "\xEF\xBC\x81", "!"},
        {"empty", "", ""},
    };
    for (size_t c = 0; c < CCK_ARRAY_LEN(cases); c++) {
        cck_buf out;
        cck_buf_init(&out);
        if (cck_normalize_append(&out, cases[c].input, strlen(cases[c].input)) != CCK_OK)
            fail_msg("case '%s': normalize failed", cases[c].name);
        const char *got = out.data ? out.data : "";
        if (out.len != strlen(cases[c].expected) || strcmp(got, cases[c].expected) != 0) {
            print_error("case '%s': got \"%s\", expected \"%s\"\n", cases[c].name, got,
                        cases[c].expected);
            cck_buf_free(&out);
            fail_msg("case '%s' failed", cases[c].name);
        }
        cck_buf_free(&out);
    }
}

static void test_text_normalize_appends(void **state)
{
    (void)state;
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_buf_puts(&out, "x:"), CCK_OK);
    assert_int_equal(cck_normalize_append(&out, "A\xE2\x80\x99" "B", 5), CCK_OK);
    assert_string_equal(out.data, "x:a'b");
    /* A long non-ASCII run takes the heap path inside normalization (Ō is not one of
     * the characters of the fast path). */
    cck_buf_clear(&out);
    cck_buf long_in;
    cck_buf_init(&long_in);
    for (int i = 0; i < 500; i++)
        assert_int_equal(cck_buf_puts(&long_in, "\xC5\x8C"), CCK_OK);
    assert_int_equal(cck_normalize_append(&out, long_in.data, long_in.len), CCK_OK);
    assert_int_equal(out.len, 1000);
    assert_memory_equal(out.data, "\xC5\x8D\xC5\x8D", 4);
    cck_buf_free(&long_in);
    cck_buf_free(&out);
}

/* The fast path for common non-ASCII characters gives what utf8proc gives: every
 * character of U+00C0..U+00FF and U+2010..U+2027 (those of the fast path and their
 * neighbours, which are not), alone, in pairs and between ASCII letters, and next to
 * combining marks, ignorable characters and other scripts that must send the run to
 * utf8proc. */
static void test_text_normalize_fast_path_matches_utf8proc(void **state)
{
    (void)state;
    enum { MAX_UNITS = 128 };
    char units[MAX_UNITS][8];
    size_t count = 0;
    for (unsigned c = 0x80; c <= 0xBF; c++)
        snprintf(units[count++], sizeof units[0], "\xC3%c", (char)c);
    for (unsigned c = 0x90; c <= 0xA7; c++)
        snprintf(units[count++], sizeof units[0], "\xE2\x80%c", (char)c);
    static const char *const others[] = {
        "a", "Z", "'", "-", "1", ".", "\xCC\x81" /* combining acute */,
        "\xC2\xAD" /* soft hyphen */, "\xE2\x80\x8D" /* ZWJ */, "\xC2\xB5" /* micro */,
        "\xC5\x8C" /* Ō */, "\xEF\xAC\x81" /* ﬁ */, "\xE5\xB9\xB9" /* 幹 */,
        "\xE2\x88\x92" /* minus */};
    for (size_t i = 0; i < CCK_ARRAY_LEN(others); i++)
        snprintf(units[count++], sizeof units[0], "%s", others[i]);
    assert_true(count <= MAX_UNITS);
    cck_buf fast, slow;
    cck_buf_init(&fast);
    cck_buf_init(&slow);
    char input[64];
    size_t compared = 0;
    for (size_t a = 0; a < count; a++) {
        for (size_t b = 0; b <= count; b++) { /* b == count: a alone */
            const char *second = b < count ? units[b] : "";
            const char *forms[] = {"%s%s", "x%s%sy", "E%s %sQ"};
            for (size_t f = 0; f < CCK_ARRAY_LEN(forms); f++) {
                int n = snprintf(input, sizeof input, forms[f], units[a], second);
                assert_true(n > 0 && (size_t)n < sizeof input);
                cck_buf_clear(&fast);
                cck_buf_clear(&slow);
                assert_int_equal(cck_normalize_append(&fast, input, (size_t)n), CCK_OK);
                assert_int_equal(cck_normalize_append_unicode(&slow, input, (size_t)n), CCK_OK);
                if (fast.len != slow.len || memcmp(fast.data, slow.data, fast.len) != 0)
                    fail_msg("units %zu and %zu in form %zu: fast \"%s\", utf8proc \"%s\"", a,
                             b, f, fast.data, slow.data);
                compared++;
            }
        }
    }
    assert_true(compared > 10000);
    cck_buf_free(&fast);
    cck_buf_free(&slow);
}

static void test_text_codepoint_classes(void **state)
{
    (void)state;
    assert_true(cck_codepoint_is_word('a'));
    assert_true(cck_codepoint_is_word(0x03BC)); /* μ */
    assert_true(cck_codepoint_is_word(0x0301)); /* combining acute */
    assert_true(cck_codepoint_is_word('7'));
    assert_false(cck_codepoint_is_word('-'));
    assert_false(cck_codepoint_is_word(0x1F600));
    assert_true(cck_codepoint_is_emoji(0x1F600));
    assert_true(cck_codepoint_is_emoji(0x2764)); /* heavy black heart */
    assert_true(cck_codepoint_is_emoji(0x1F1FA)); /* regional indicator */
    assert_false(cck_codepoint_is_emoji('a'));
    assert_false(cck_codepoint_is_emoji(0x00B0)); /* degree sign */
    assert_true(cck_codepoint_is_upper('Q'));
    assert_true(cck_codepoint_is_upper(0x0416)); /* Ж */
    assert_false(cck_codepoint_is_upper(0x0436)); /* ж */
    assert_false(cck_codepoint_is_upper(-1));
    assert_int_equal(cck_codepoint_class(0x2011), CCK_CHAR_DASH);
    assert_int_equal(cck_codepoint_class(0x2019), CCK_CHAR_APOSTROPHE);
    assert_int_equal(cck_codepoint_class(0x00A0), CCK_CHAR_SPACE);
    assert_int_equal(cck_codepoint_class(0x00AD), CCK_CHAR_SOFT_HYPHEN);
    assert_int_equal(cck_codepoint_class(0x200D), CCK_CHAR_JOINER);
}

/* ---- tokens -------------------------------------------------------------------- */

typedef struct token_case {
    const char *name;
    const char *input;
    const char *norms; /* normalized forms joined by '|' */
    const char *kinds; /* W N H M U E P per token */
} token_case;

static const token_case token_cases[] = {
    {"plain words", "Stem cells heal", "stem|cells|heal", "WWW"},
    {"apostrophes straight and curly", "don't Wharton\xE2\x80\x99s patients'",
     "don't|wharton's|patients|'", "WWWP"},
    {"hyphen splits words", "risk-free", "risk|free", "WW"},
    {"hyphen same as space", "risk free", "risk|free", "WW"},
    {"non-breaking hyphen splits", "non\xE2\x80\x91" "breaking", "non|breaking", "WW"},
    {"em dash inside word splits", "cells\xE2\x80\x94they", "cells|they", "WW"},
    {"spaced em dash is punct", "cells \xE2\x80\x94 they", "cells|-|they", "WPW"},
    {"spaced hyphen is punct", "cells - they", "cells|-|they", "WPW"},
    {"trailing hyphen is punct", "pre- and post-op", "pre|-|and|post|op", "WPWWW"},
    {"numbers", "120 3.5 1,200 100% 2nd", "120|3.5|1,200|100%|2nd", "NNNNN"},
    {"number then period", "in 2020.", "in|2020|.", "WNP"},
    {"comma that is no thousands group", "1,2", "1|,|2", "NPN"},
    {"number range", "10-20", "10|20", "NN"},
    {"covid-19", "COVID-19", "covid|19", "WN"},
    {"hashtag split at case", "#StemCellsHeal", "stem|cells|heal", "HHH"},
    {"hashtag lowercase stays", "#stemcells", "stemcells", "H"},
    {"hashtag acronym then word", "#PRPTherapy", "prp|therapy", "HH"},
    {"hashtag plural acronym", "#PRPs", "prps", "H"},
    /* a known acronym runs straight into a lowercase word; an unknown one gives its
     * last capital to the word, as before */
    {"hashtag known acronym then lowercase word", "#FDAcleared", "fda|cleared", "HH"},
    {"hashtag known acronym after a word", "#StemCellFDAapproved", "stem|cell|fda|approved",
     "HHHH"},
    {"hashtag known acronym then one lowercase letter", "#MSCs", "mscs", "H"},
    {"hashtag unknown acronym then lowercase", "#XYZcleared", "xy|zcleared", "HH"},
    {"hashtag known acronym inside a longer run", "#AFDAcleared", "afd|acleared", "HH"},
    /* runs of one class are taken in one go, but an acronym's pending cut stops a
     * lowercase run; capitals, digits and lowercase runs of every length */
    {"hashtag acronym cut inside a lowercase run", "#ABCDefghijkl", "abc|defghijkl", "HH"},
    {"hashtag two capitals then lowercase", "#ABcdef", "a|bcdef", "HH"},
    {"hashtag capital run to the end", "#stemCELLSNOW", "stem|cellsnow", "HH"},
    {"hashtag digit runs", "#abc123def4567X", "abc|123|def|4567|x", "HHHHH"},
    {"hashtag run then underscore", "#aaaa_BBBB_cc1", "aaaa|bbbb|cc|1", "HHHH"},
    {"hashtag run then a non-ascii letter", "#PRPTher\xC3\xA1pia", "prp|ther\xC3\xA1pia", "HH"},
    {"hashtag letters and digits", "#Covid19 #a_b", "covid|19|a|b", "HHHH"},
    {"hash before digit is punct", "#1 clinic", "#|1|clinic", "PNW"},
    {"sharp after word is punct", "C# code", "c|#|code", "WPW"},
    {"mention", "ask @Dr_Smith1 now", "ask|@dr_smith1|now", "WMW"},
    {"email is not a mention", "a@b.com", "a|@|b|.|com", "WPWPW"},
    {"url https", "see https://example.com/a?b=1.", "see|https://example.com/a?b=1|.", "WUP"},
    {"url www in parens", "(www.Example.org/x)", "(|www.Example.org/x|)", "PUP"},
    {"url keeps balanced paren", "https://w.org/A_(b)).", "https://w.org/A_(b)|)|.", "UPP"},
    {"bare http is a word", "http is", "http|is", "WW"},
    /* the dispatch sends h, w, H and W to the URL test and every other letter past it */
    {"url in capitals", "HTTPS://A.io/B Www.x.org", "HTTPS://A.io/B|Www.x.org", "UU"},
    /* the URL scan takes 16 bytes a step: what stops it inside a step, and brackets
     * after that stop, which are not the URL's */
    {"url bracket after its end in the same step", "http://a.b/c) ( zzzzzzzzzz",
     "http://a.b/c|)|(|zzzzzzzzzz", "UPPW"},
    {"url ends at a quote inside a step", "http://example.org/a\"b\" cccccccc",
     "http://example.org/a|\"|b|\"|cccccccc", "UPWPW"},
    {"url ends at a no-break space inside a step", "http://example.org/a\xC2\xA0" "bbbbbbbbbbbb",
     "http://example.org/a|bbbbbbbbbbbb", "UW"},
    {"url with a non-ascii letter inside a step", "http://example.org/caf\xC3\xA9/(x)) ok",
     "http://example.org/caf\xC3\xA9/(x)|)|ok", "UPW"},
    {"words that start like urls", "Hello world WWW hwww.x.org", "hello|world|www|hwww|.|x|.|org",
     "WWWWPWPW"},
    {"emoji single", "wow \xF0\x9F\x98\x80", "wow|\xF0\x9F\x98\x80", "WE"},
    {"emoji zwj family",
     "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7!",
     "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7|!", "EP"},
    {"emoji flag pair", "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7",
     "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8|\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7", "EE"},
    {"emoji skin tone", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",
     "E"},
    {"emoji vs16 dropped from norm", "\xE2\x9D\xA4\xEF\xB8\x8F", "\xE2\x9D\xA4", "E"},
    {"curly quotes are punct", "\xE2\x80\x9Cyes\xE2\x80\x9D", "\"|yes|\"", "PWP"},
    {"ellipsis char", "so\xE2\x80\xA6", "so|...", "WP"},
    {"ascii dots one token each", "so...", "so|.|.|.", "WPPP"},
    {"full-width word", "\xEF\xBC\xB3\xEF\xBC\xB4\xEF\xBC\xA5\xEF\xBC\xAD cells", "stem|cells",
     "WW"},
    {"ligature word", "\xEF\xAC\x81x", "fix", "W"},
    {"greek and cyrillic words", "\xCE\xB1\xCE\xB2 \xD0\xB4\xD0\xB0",
     "\xCE\xB1\xCE\xB2|\xD0\xB4\xD0\xB0", "WW"},
    {"replacement byte separates", "stem\x1A" "cells", "stem|cells", "WW"},
    {"unicode spaces separate", "stem\xC2\xA0" "cells\xE2\x80\x83ok", "stem|cells|ok", "WWW"},
    {"soft hyphen keeps word", "regen\xC2\xAD" "erative", "regenerative", "W"},
    {"only white space", " \t\r\n ", "", ""},
    {"empty", "", "", ""},
    /* class_at answers ASCII inline and decodes the rest out of line: a non-ASCII
     * letter or mark inside a hashtag or mention, and each one ending the text */
    {"hashtag with a non-ascii letter inside", "#Caf\xC3\xA9Latte", "caf\xC3\xA9|latte", "HH"},
    {"hashtag with a combining mark", "#Cafe\xCC\x81s", "caf\xC3\xA9s", "H"},
    {"hashtag ends the text", "go #Stem", "go|stem", "WH"},
    {"hashtag ends in a non-ascii letter", "#Caf\xC3\xA9", "caf\xC3\xA9", "H"},
    {"mention ends in a non-ascii letter", "@Jos\xC3\xA9", "@jos\xC3\xA9", "M"},
    {"apostrophe ends the text", "patients'", "patients|'", "WP"},
    {"hyphen ends the text", "risk-", "risk|-", "WP"},
    {"hyphen before a non-ascii letter", "risk-\xC3\xA9", "risk|\xC3\xA9", "WW"},
};

static void test_text_tokens_table(void **state)
{
    (void)state;
    cck_text text;
    cck_text_init(&text);
    for (size_t c = 0; c < CCK_ARRAY_LEN(token_cases); c++) {
        const token_case *tc = &token_cases[c];
        char norms[512], kinds[64];
        if (cck_text_tokenize(&text, tc->input, strlen(tc->input)) != CCK_OK)
            fail_msg("case '%s': tokenize failed", tc->name);
        describe_tokens(&text, norms, sizeof norms, kinds, sizeof kinds);
        if (strcmp(norms, tc->norms) != 0 || strcmp(kinds, tc->kinds) != 0) {
            print_error("case '%s':\n  got      %s [%s]\n  expected %s [%s]\n", tc->name, norms,
                        kinds, tc->norms, tc->kinds);
            cck_text_free(&text);
            fail_msg("case '%s' failed", tc->name);
        }
        /* The hash of a word, number or hashtag is the hash of its normalized form,
         * of any other token 0; no token is empty. */
        for (size_t i = 0; i < text.token_count; i++) {
            const cck_token *tok = &text.tokens[i];
            uint32_t hash = tok->kind <= CCK_TOKEN_HASHTAG
                                ? cck_hash_bytes(cck_token_norm(&text, i), tok->norm_len)
                                : 0;
            if (tok->hash != hash ||
                tok->word != -1 || tok->start >= tok->end || tok->end > strlen(tc->input))
                fail_msg("case '%s': token %zu has a bad hash, word or span", tc->name, i);
        }
    }
    cck_text_free(&text);
}

typedef struct span_case {
    const char *name;
    const char *input;
    const char *spans; /* the original bytes of each token, joined by '|' */
} span_case;

static void test_text_token_spans_point_at_original_bytes(void **state)
{
    (void)state;
    static const span_case cases[] = {
        {"multi-byte before", "\xC3\xA9t\xC3\xA9 \xE2\x80\x94 Stem", "\xC3\xA9t\xC3\xA9|\xE2\x80\x94|Stem"},
        {"curly apostrophe kept in span", "\xE2\x80\x9C" "Don\xE2\x80\x99t\xE2\x80\x9D",
         "\xE2\x80\x9C|Don\xE2\x80\x99t|\xE2\x80\x9D"},
        {"hashtag parts exclude hash", "go #StemCells", "go|Stem|Cells"},
        {"hyphen not in spans", "risk\xE2\x80\x91" "free", "risk|free"},
        {"full-width span is original", "\xEF\xBC\xB3\xEF\xBC\xB4 x", "\xEF\xBC\xB3\xEF\xBC\xB4|x"},
        {"emoji after text", "ok \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD.", "ok|\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD|."},
        {"url span", "at https://a.b/c, ok", "at|https://a.b/c|,|ok"},
    };
    cck_text text;
    cck_text_init(&text);
    for (size_t c = 0; c < CCK_ARRAY_LEN(cases); c++) {
        const char *in = cases[c].input;
        assert_int_equal(cck_text_tokenize(&text, in, strlen(in)), CCK_OK);
        char got[256];
        size_t at = 0;
        got[0] = '\0';
        for (size_t i = 0; i < text.token_count; i++) {
            const cck_token *tok = &text.tokens[i];
            int n = snprintf(got + at, sizeof got - at, "%s%.*s", i ? "|" : "",
                             (int)(tok->end - tok->start), in + tok->start);
            assert_true(n > 0 && (size_t)n < sizeof got - at);
            at += (size_t)n;
        }
        if (strcmp(got, cases[c].spans) != 0) {
            print_error("case '%s': spans %s, expected %s\n", cases[c].name, got, cases[c].spans);
            cck_text_free(&text);
            fail_msg("case '%s' failed", cases[c].name);
        }
    }
    cck_text_free(&text);
}

static void test_text_token_offsets_exact(void **state)
{
    (void)state;
    /* "é" is 2 bytes, "’" 3: offsets are bytes. */
    const char *in = "\xC3\xA9 don\xE2\x80\x99t #PRPWorks";
    cck_text text;
    cck_text_init(&text);
    assert_int_equal(cck_text_tokenize(&text, in, strlen(in)), CCK_OK);
    assert_int_equal(text.token_count, 4);
    assert_int_equal(text.tokens[0].start, 0);
    assert_int_equal(text.tokens[0].end, 2);
    assert_int_equal(text.tokens[1].start, 3);
    assert_int_equal(text.tokens[1].end, 10);
    assert_int_equal(text.tokens[2].start, 12); /* after '#' */
    assert_int_equal(text.tokens[2].end, 15);
    assert_int_equal(text.tokens[3].start, 15);
    assert_int_equal(text.tokens[3].end, 20);
    assert_int_equal(text.word_count, 4);
    cck_text_free(&text);
}

typedef struct flag_case {
    const char *name;
    const char *input;
    unsigned flags[6];
} flag_case;

static void test_text_token_flags(void **state)
{
    (void)state;
    enum {
        C = CCK_TOKEN_CAPITALIZED,
        A = CCK_TOKEN_ALL_CAPS,
        S = CCK_TOKEN_SPACE_BEFORE,
        P = CCK_TOKEN_PLAIN_BEFORE
    };
    static const flag_case cases[] = {
        {"capitalized and all caps", "Stem PRP cells", {C | S, C | A | S | P, S | P}},
        {"one capital is not all caps", "I A", {C | S, C | S | P}},
        {"no space before punct and hyphen parts", "Risk-free.", {C | S, 0, P}},
        {"non-ascii capital", "\xC3\x89tude \xD0\x96\xD0\x96", {C | S, C | A | S | P}},
        {"hashtag parts", " #StemCELLS", {C | S, C | A | P}},
        {"mention has no capital flag", "@Bob", {S}},
        /* words of 16 bytes and more go through the tokenizer's 16-byte block loop */
        {"long all caps", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", {C | A | S}},
        {"lowercase just past a block", "ABCDEFGHIJKLMNOPq", {C | S}},
        {"lowercase inside a block", "ABCDEFGHIJKLMNOpQRSTUVWXYZABCDEFGH", {C | S}},
        {"one letter among digits", "X1234567890123456789", {C | S}},
        {"all caps on a block end at the end", "stem ABCDEFGHIJKLMNOP", {S, C | A | S | P}},
        {"all caps with digits across a block", "ABCDEFGHIJKLMNOPQ1", {C | A | S}},
        {"long all caps then an apostrophe", "STEMCELLTHERAPIES'S", {C | A | S}},
        {"long lowercase", "regenerativemedicine works", {S, S | P}},
    };
    cck_text text;
    cck_text_init(&text);
    for (size_t c = 0; c < CCK_ARRAY_LEN(cases); c++) {
        assert_int_equal(cck_text_tokenize(&text, cases[c].input, strlen(cases[c].input)), CCK_OK);
        for (size_t i = 0; i < text.token_count; i++)
            if (i >= 6 || text.tokens[i].flags != cases[c].flags[i])
                fail_msg("case '%s': token %zu flags %u, expected %u", cases[c].name, i,
                         (unsigned)text.tokens[i].flags, i < 6 ? cases[c].flags[i] : 0u);
    }
    cck_text_free(&text);
}

/* The tokenizer's ASCII word path (a 16-byte block loop, then flags from the first
 * bytes) against the definitions: random words of letters and digits, 1 to 40 bytes,
 * after 0 to 2 spaces and before a character that ends them or the end of the text,
 * or before a non-ASCII letter that sends them down the slow path. */
static void test_text_ascii_words_match_their_definition(void **state)
{
    (void)state;
    static const char alnum[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    /* what follows the word; the last two are letters that the word takes in */
    static const char *const after[] = {
        "", " ", ".", ",x", "\n", "'", "' s", "-", "- x", "#x", "@x", "\x1A", "\xE2\x80\x94",
        "\xE2\x80\x9C", "\xC3\xA9", "\xC3\x89"};
    enum { TAKEN = CCK_ARRAY_LEN(after) - 2 };
    uint32_t seed = 777;
    cck_text text;
    cck_text_init(&text);
    for (int round = 0; round < 20000; round++) {
        char buf[64], norm[64];
        size_t len = 0, pick;
        seed = seed * 1103515245u + 12345u;
        size_t lead = (seed >> 16) % 3, n = 1 + (seed >> 20) % 40;
        /* a third of the words have one case only, so that ALL_CAPS comes up */
        int only = (int)((seed >> 8) % 6);
        memset(buf, ' ', lead);
        len = lead;
        size_t letters = 0, uppers = 0;
        for (size_t k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            pick = (seed >> 16) % (k == 0 ? 52 : 62); /* a letter first */
            if (only == 0 && pick < 26)
                pick += 26;
            else if (only == 1 && pick >= 26 && pick < 52)
                pick -= 26;
            char c = alnum[pick];
            buf[len++] = c;
            norm[k] = (char)cck_ascii_lower((unsigned char)c);
            letters += pick < 52;
            uppers += pick >= 26 && pick < 52;
        }
        seed = seed * 1103515245u + 12345u;
        size_t a = (seed >> 16) % CCK_ARRAY_LEN(after), alen = strlen(after[a]);
        memcpy(buf + len, after[a], alen);
        len += alen;
        size_t norm_len = n, end = lead + n;
        if (a >= TAKEN) { /* é or É: the word takes it in, folded to é */
            memcpy(norm + n, "\xC3\xA9", 2);
            norm_len += 2;
            end += 2;
            letters++;
            uppers += a == TAKEN + 1;
        }
        unsigned flags = CCK_TOKEN_SPACE_BEFORE;
        if (buf[lead] >= 'A' && buf[lead] <= 'Z')
            flags |= CCK_TOKEN_CAPITALIZED;
        if (letters >= 2 && letters == uppers)
            flags |= CCK_TOKEN_ALL_CAPS;
        if (cck_text_tokenize(&text, buf, len) != CCK_OK || text.token_count == 0)
            fail_msg("round %d: tokenize failed", round);
        const cck_token *tok = &text.tokens[0];
        if (tok->kind != CCK_TOKEN_WORD || tok->start != lead || tok->end != end ||
            tok->norm_len != norm_len || memcmp(cck_token_norm(&text, 0), norm, norm_len) != 0 ||
            tok->hash != cck_hash_bytes(norm, norm_len) || tok->flags != flags ||
            text.norm.data[text.norm.len] != '\0')
            fail_msg("round %d: \"%.*s\" gave [%zu,%zu) \"%.*s\" flags %u, expected [%zu,%zu) "
                     "\"%.*s\" flags %u", round, (int)len, buf, tok->start, tok->end,
                     (int)tok->norm_len, cck_token_norm(&text, 0), (unsigned)tok->flags, lead,
                     end, (int)norm_len, norm, flags);
    }
    cck_text_free(&text);
}

/* The emitters write into the normalized forms without a room check: the tokenizer
 * keeps room for the rest of the text, and reserves again after a form that NFKC made
 * longer than its bytes (U+FDFA, 3 bytes, is 33; U+3300, 3 bytes, is 12). ASCII words
 * (the 16-byte block loop too) and punctuation then fill the rest. A fresh cck_text
 * each time, and many lengths, so that some text leaves the buffer just full after
 * its growth: ASan or valgrind see a write past it, and every form must be right. */
static void test_text_room_after_longer_forms(void **state)
{
    (void)state;
    static const char *const longer[] = {"\xEF\xB7\xBA ", "\xE3\x8C\x80 ", "#\xEF\xB7\xBA "};
    static const char tail[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh, x.y ijklmnopqrstuvwxyz0123 ";
    cck_buf expect;
    cck_buf_init(&expect);
    char buf[2048];
    for (size_t l = 0; l < CCK_ARRAY_LEN(longer); l++) {
        size_t n = strlen(longer[l]);
        for (size_t count = 1; count <= 48; count++) {
            for (size_t tail_len = 0; tail_len < 1200; tail_len += 7) {
                size_t len = 0;
                for (size_t k = 0; k < count; k++, len += n)
                    memcpy(buf + len, longer[l], n);
                for (size_t k = 0; k < tail_len; k++)
                    buf[len++] = tail[k % (sizeof tail - 1)];
                cck_text text;
                cck_text_init(&text);
                assert_int_equal(cck_text_tokenize(&text, buf, len), CCK_OK);
                assert_true(text.token_count >= count);
                for (size_t i = 0; i < text.token_count; i++) {
                    const cck_token *tok = &text.tokens[i];
                    cck_buf_clear(&expect);
                    assert_int_equal(cck_normalize_append(&expect, buf + tok->start,
                                                          tok->end - tok->start),
                                     CCK_OK);
                    if (tok->norm_len != expect.len ||
                        memcmp(cck_token_norm(&text, i), expect.data, expect.len) != 0)
                        fail_msg("%zu x '%s', tail %zu, token %zu: wrong form", count,
                                 longer[l], tail_len, i);
                }
                assert_true(text.norm.cap > text.norm.len);
                assert_int_equal(text.norm.data[text.norm.len], '\0');
                cck_text_free(&text);
            }
        }
    }
    cck_buf_free(&expect);
}

/* The tokenizer passes over one space after a token without its dispatch; a tab goes
 * through the dispatch. Both separate alike: each text tokenizes with its spaces
 * turned into tabs to the same tokens (spans, forms, kinds, flags but PLAIN_BEFORE,
 * which a tab never gives), and a word after a single space has SPACE_BEFORE. */
static void test_text_space_after_a_token(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Stem cells cure knees. PRP works , really ! #StemCells @bob http://x.io/a ok",
        "a  b   c - d -e f- 3.5 % 1,200 x\xE2\x80\x94y \xF0\x9F\x98\x80 \xC3\xA9t\xC3\xA9 end ",
        " lead  spaces\nnew line\r\nand  'quotes' \"too\" (brackets) [x] {y} don't",
        "trailing space after punct . , ; : ? ! \xE2\x80\x9Cq\xE2\x80\x9D #tag_two @ # - x",
    };
    cck_text spaced, tabbed;
    cck_text_init(&spaced);
    cck_text_init(&tabbed);
    for (size_t t = 0; t < CCK_ARRAY_LEN(texts); t++) {
        size_t len = strlen(texts[t]);
        char tabs[256];
        assert_true(len < sizeof tabs);
        for (size_t k = 0; k <= len; k++)
            tabs[k] = texts[t][k] == ' ' ? '\t' : texts[t][k];
        assert_int_equal(cck_text_tokenize(&spaced, texts[t], len), CCK_OK);
        assert_int_equal(cck_text_tokenize(&tabbed, tabs, len), CCK_OK);
        assert_int_equal(spaced.token_count, tabbed.token_count);
        assert_true(spaced.token_count > 10);
        for (size_t i = 0; i < spaced.token_count; i++) {
            const cck_token *a = &spaced.tokens[i], *b = &tabbed.tokens[i];
            if (a->start != b->start || a->end != b->end || a->kind != b->kind ||
                ((a->flags ^ b->flags) & ~CCK_TOKEN_PLAIN_BEFORE) || a->norm_len != b->norm_len ||
                memcmp(cck_token_norm(&spaced, i), cck_token_norm(&tabbed, i), a->norm_len))
                fail_msg("text %zu, token %zu: spaces and tabs tokenize differently", t, i);
            /* a word right after a single space */
            if (a->start > 1 && texts[t][a->start - 1] == ' ' && texts[t][a->start - 2] != ' ' &&
                a->kind == CCK_TOKEN_WORD && !(a->flags & CCK_TOKEN_SPACE_BEFORE))
                fail_msg("text %zu, token %zu: no SPACE_BEFORE after a space", t, i);
        }
    }
    cck_text_free(&spaced);
    cck_text_free(&tabbed);
}

static void test_text_word_count_and_reuse(void **state)
{
    (void)state;
    cck_text text;
    cck_text_init(&text);
    const char *first = "Stem cells, #PRPWorks @x https://a.b 3.5 \xF0\x9F\x98\x80!";
    assert_int_equal(cck_text_tokenize(&text, first, strlen(first)), CCK_OK);
    assert_int_equal(text.word_count, 5); /* stem cells prp works 3.5 */
    assert_int_equal(cck_text_segment(&text), CCK_OK);
    assert_int_equal(text.sentence_count, 1);
    assert_int_equal(cck_text_tokenize(&text, "ok", 2), CCK_OK);
    assert_int_equal(text.token_count, 1);
    assert_int_equal(text.sentence_count, 0); /* sentences of the old record are gone */
    assert_int_equal(text.word_count, 1);
    assert_memory_equal(cck_token_norm(&text, 0), "ok", 2);
    cck_text_reset(&text);
    assert_int_equal(text.token_count, 0);
    cck_text_free(&text);
    cck_text_free(&text); /* twice is harmless */
}

/* ---- sentences ----------------------------------------------------------------- */

typedef struct sentence_case {
    const char *name;
    const char *input;
    const char *sentences; /* the sentence spans joined by " || " */
    const char *flags;     /* per sentence: . none, Q question, E exclaim, H heading, L list */
    const char *paragraphs; /* per sentence: its paragraph number as a digit */
} sentence_case;

static const sentence_case sentence_cases[] = {
    {"two plain sentences", "Stem cells help. PRP heals.", "Stem cells help. || PRP heals.", "..",
     "00"},
    {"titles", "Dr. Smith and Mr. Jones met Prof. Lee.", "Dr. Smith and Mr. Jones met Prof. Lee.",
     ".", "0"},
    {"latin abbreviations", "Some injuries, e.g. tears, i.e. most, heal. Yes.",
     "Some injuries, e.g. tears, i.e. most, heal. || Yes.", "..", "00"},
    {"country abbreviations", "The U.S. FDA and the U.K. regulator agree.",
     "The U.S. FDA and the U.K. regulator agree.", ".", "0"},
    {"MS the disease ends one, Ms the title does not",
     "Stem cells cure MS. PRP is safe. Ms. Lee agrees.",
     "Stem cells cure MS. || PRP is safe. || Ms. Lee agrees.", "...", "000"},
    {"U.S. at the end of a sentence", "We offer it in the U.S. Stem cells heal.",
     "We offer it in the U.S. || Stem cells heal.", "..", "00"},
    {"U.S. before a name runs on",
     "The U.S. Food and Drug Administration and the U.K. Health agency agree.",
     "The U.S. Food and Drug Administration and the U.K. Health agency agree.", ".", "0"},
    {"min before a capital ends", "It takes 20 min. Stem cells heal. A 30 min. session.",
     "It takes 20 min. || Stem cells heal. || A 30 min. session.", "...", "000"},
    {"et al and fig", "Smith et al. Showed it in Fig. 2 and vs. placebo. Done.",
     "Smith et al. Showed it in Fig. 2 and vs. placebo. || Done.", "..", "00"},
    {"no and pp before numbers", "See No. 5 on pp. 12-14 approx. Then stop.",
     "See No. 5 on pp. 12-14 approx. Then stop.", ".", "0"},
    {"etc before capital ends", "Knees, hips etc. The rest.", "Knees, hips etc. || The rest.", "..",
     "00"},
    {"etc before lowercase runs on", "Knees, hips etc. are joints.",
     "Knees, hips etc. are joints.", ".", "0"},
    {"decimals", "It rose 3.5 points. Then fell.", "It rose 3.5 points. || Then fell.", "..",
     "00"},
    {"initials", "J. Smith wrote it. Good.", "J. Smith wrote it. || Good.", "..", "00"},
    {"ellipsis then lowercase runs on", "It works... sometimes. Maybe\xE2\x80\xA6 not.",
     "It works... sometimes. || Maybe\xE2\x80\xA6 not.", "..", "00"},
    {"ellipsis then capital ends", "Wait... Then it healed.", "Wait... || Then it healed.", "..",
     "00"},
    {"question flag", "Can stem cells prevent injuries? Nobody knows.",
     "Can stem cells prevent injuries? || Nobody knows.", "Q.", "00"},
    {"exclaim and mixed run", "Amazing!! Really?! Yes.", "Amazing!! || Really?! || Yes.", "E*.",
     "000"},
    {"quote after period", "He said \"it works.\" Then he left.",
     "He said \"it works.\" || Then he left.", "..", "00"},
    {"curly quote after question", "\xE2\x80\x9C" "Does it work?\xE2\x80\x9D She asked.",
     "\xE2\x80\x9C" "Does it work?\xE2\x80\x9D || She asked.", "Q.", "00"},
    {"quoted question inside sentence", "\"Does it work?\" she asked.",
     "\"Does it work?\" she asked.", ".", "0"},
    {"paren after period", "It healed (in mice.) Next one.",
     "It healed (in mice.) || Next one.", "..", "00"},
    {"tweet without final punctuation", "stem cells cured my knee \xF0\x9F\x99\x8C #PRP",
     "stem cells cured my knee \xF0\x9F\x99\x8C #PRP", ".", "0"},
    {"emoji after the end stays", "Cured! \xF0\x9F\x99\x8C\xF0\x9F\x99\x8C Next",
     "Cured! \xF0\x9F\x99\x8C\xF0\x9F\x99\x8C || Next", "E.", "00"},
    {"blank line is a paragraph", "First part\n\nsecond part.\n\n\nThird.",
     "First part || second part. || Third.", "...", "012"},
    {"hard wrapped prose", "Stem cells can help some patients\nwith knee pain, studies say.",
     "Stem cells can help some patients\nwith knee pain, studies say.", ".", "0"},
    {"bullets", "Benefits:\n- less pain\n* faster healing\n\xE2\x80\xA2 no surgery",
     "Benefits: || - less pain || * faster healing || \xE2\x80\xA2 no surgery", ".LLL", "0000"},
    {"numbered list", "Steps\n1. Inject PRP\n2) Rest a week", "Steps || 1. Inject PRP || 2) Rest a week",
     "HLL", "000"},
    {"bullet item wraps onto lowercase line", "- stem cells\n  regrow cartilage\n- no risk",
     "- stem cells\n  regrow cartilage || - no risk", "LL", "00"},
    {"heading line", "Why PRP Works\nPlatelets release growth factors.",
     "Why PRP Works || Platelets release growth factors.", "H.", "00"},
    {"heading before blank line", "Results\n\nIt healed.", "Results || It healed.", "H.", "01"},
    {"line ending on a function word is no heading", "Our clinic uses the\nRegenexx method.",
     "Our clinic uses the\nRegenexx method.", ".", "0"},
    {"long line is no heading",
     "This line is rather long and has no final punctuation but keeps on going\nAnd more.",
     "This line is rather long and has no final punctuation but keeps on going\nAnd more.", ".",
     "0"},
    {"thread counters", "pps to the med spa in my DMs: no, I will not promote your booster, however hard you ask \xF0\x9F\x98\x82\n16/ real talk it helped\n3/7 and no trial\n"
     "50/50 odds",
     "pps to the med spa in my DMs: no, I will not promote your booster, however hard you ask \xF0\x9F\x98\x82 || 16/ real talk it helped || 3/7 and no trial || 50/50 odds",
     ".LLL", "0000"},
    {"a fraction after a line that goes on is no counter",
     "Some trials suggest that in\n2/3 cases PRP relieves pain.",
     "Some trials suggest that in\n2/3 cases PRP relieves pain.", ".", "0"},
    {"a ratio inside a line is no counter", "Odds were 50/50 for PRP\nand it helped.",
     "Odds were 50/50 for PRP\nand it helped.", ".", "0"},
    {"minus number at line start is no bullet", "Temperature\n-5 degrees today.",
     "Temperature\n-5 degrees today.", ".", "0"},
    {"only white space", " \n\t \n ", "", "", ""},
    {"empty", "", "", "", ""},
    {"spaced around", "  Hello there.  \n", "Hello there.", ".", "0"},
    {"a sentence that opens with a hashtag keeps its #", "#PRP heals tendons. Wow. #StemCells work",
     "#PRP heals tendons. || Wow. || #StemCells work", "...", "000"},
};

static void test_text_sentences_table(void **state)
{
    (void)state;
    cck_text text;
    cck_text_init(&text);
    for (size_t c = 0; c < CCK_ARRAY_LEN(sentence_cases); c++) {
        const sentence_case *tc = &sentence_cases[c];
        size_t len = strlen(tc->input);
        if (cck_text_tokenize(&text, tc->input, len) != CCK_OK ||
            cck_text_segment(&text) != CCK_OK)
            fail_msg("case '%s': tokenize or segment failed", tc->name);
        char got[1024], flags[32], paragraphs[32];
        size_t at = 0, next_token = 0;
        got[0] = '\0';
        for (size_t s = 0; s < text.sentence_count; s++) {
            const cck_sentence *sent = &text.sentences[s];
            int n = snprintf(got + at, sizeof got - at, "%s%.*s", s ? " || " : "",
                             (int)(sent->end - sent->start), tc->input + sent->start);
            assert_true(n > 0 && (size_t)n < sizeof got - at);
            at += (size_t)n;
            unsigned f = sent->flags;
            char letter = '.';
            if ((f & CCK_SENTENCE_QUESTION) && (f & CCK_SENTENCE_EXCLAIM))
                letter = '*';
            else if (f & CCK_SENTENCE_QUESTION)
                letter = 'Q';
            else if (f & CCK_SENTENCE_EXCLAIM)
                letter = 'E';
            else if (f & CCK_SENTENCE_HEADING)
                letter = 'H';
            else if (f & CCK_SENTENCE_LIST_ITEM)
                letter = 'L';
            if (s < sizeof flags - 1) {
                flags[s] = letter;
                paragraphs[s] = (char)('0' + sent->paragraph % 10);
            }
            /* Every token is in exactly one sentence, in order; no empty sentence. */
            if (sent->first_token != next_token || sent->token_count == 0)
                fail_msg("case '%s': sentence %zu starts at token %zu, expected %zu",
                         tc->name, s, sent->first_token, next_token);
            next_token += sent->token_count;
            /* a hashtag's first word starts after the '#' the sentence opens with */
            const cck_token *first = &text.tokens[sent->first_token];
            size_t hash = first->kind == CCK_TOKEN_HASHTAG && first->start > 0 &&
                          tc->input[first->start - 1] == '#';
            if (sent->start != first->start - hash || sent->end != text.tokens[next_token - 1].end)
                fail_msg("case '%s': sentence %zu span is not its tokens' span", tc->name, s);
        }
        size_t shown = text.sentence_count < sizeof flags - 1 ? text.sentence_count : sizeof flags - 1;
        flags[shown] = '\0';
        paragraphs[shown] = '\0';
        if (next_token != text.token_count)
            fail_msg("case '%s': %zu of %zu tokens are in sentences", tc->name, next_token,
                     text.token_count);
        if (strcmp(got, tc->sentences) != 0 || strcmp(flags, tc->flags) != 0 ||
            strcmp(paragraphs, tc->paragraphs) != 0) {
            print_error("case '%s':\n  got      [%s] flags %s paragraphs %s\n"
                        "  expected [%s] flags %s paragraphs %s\n",
                        tc->name, got, flags, paragraphs, tc->sentences, tc->flags,
                        tc->paragraphs);
            cck_text_free(&text);
            fail_msg("case '%s' failed", tc->name);
        }
    }
    cck_text_free(&text);
}

typedef struct abbreviation_case {
    const char *abbreviation;
    const char *follower; /* what comes after it in a real sentence */
} abbreviation_case;

/* "We saw <abbreviation> <follower> here. Next one." must be two sentences, the
 * first ending at "here.", for every abbreviation the splitter knows. */
static void test_text_sentences_survive_abbreviations(void **state)
{
    (void)state;
    static const abbreviation_case cases[] = {
        {"Dr.", "Lee"},     {"Mr.", "Lee"},    {"Mrs.", "Lee"},   {"Ms.", "Lee"},
        {"Prof.", "Lee"},   {"St.", "Mary"},   {"vs.", "Placebo"}, {"etc.", "and"},
        {"e.g.", "PRP"},    {"i.e.", "PRP"},   {"U.S.", "FDA"},   {"U.K.", "Biobank"},
        {"et al.", "Found"}, {"Fig.", "3"},    {"No.", "5"},      {"approx.", "Twelve"},
        {"Inc.", "and"},    {"Ltd.", "and"},   {"Jr.", "and"},    {"Sr.", "and"},
        {"Dept.", "Of"},    {"Univ.", "Of"},   {"Vol.", "2"},     {"p.", "12"},
        {"pp.", "12"},      {"cf.", "Smith"},  {"a.m.", "and"},   {"p.m.", "and"},
        {"Jan.", "2020"},   {"Feb.", "2021"},  {"Sept.", "Was"},  {"J.", "Smith"},
        {"J.R.R.", "Tolkien"},
        /* the keys are kept in one table per length: one or more of every length */
        {"v.", "Smith"},    {"U.S.A.", "FDA"}, {"Ph.D.", "and"},  {"Capt.", "Lee"},
        {"Nos.", "5"},      {"Approx.", "Ten"},
    };
    cck_text text;
    cck_text_init(&text);
    for (size_t c = 0; c < CCK_ARRAY_LEN(cases); c++) {
        char input[128];
        int n = snprintf(input, sizeof input, "We saw %s %s here. Next one.",
                         cases[c].abbreviation, cases[c].follower);
        assert_true(n > 0 && (size_t)n < sizeof input);
        assert_int_equal(cck_text_tokenize(&text, input, (size_t)n), CCK_OK);
        assert_int_equal(cck_text_segment(&text), CCK_OK);
        const char *here = strstr(input, "here.");
        if (text.sentence_count != 2 || text.sentences[0].start != 0 ||
            text.sentences[0].end != (size_t)(here - input) + 5) {
            size_t count = text.sentence_count;
            cck_text_free(&text);
            fail_msg("case '%s': %zu sentences in \"%s\"", cases[c].abbreviation, count,
                     input);
        }
    }
    cck_text_free(&text);
}

/* ---- pathological input -------------------------------------------------------- */

static void test_text_huge_line_is_linear(void **state)
{
    (void)state;
    /* 10 MB on one line: words, hyphens, curly apostrophes, no sentence end. A
     * quadratic step would take minutes here. */
    static const char pattern[] = "stem-cell don\xE2\x80\x99t heal 3.5 #PrpWorks caf\xC3\xA9 ";
    size_t plen = sizeof pattern - 1, len = 10u * 1024u * 1024u;
    char *big = malloc(len);
    assert_non_null(big);
    for (size_t at = 0; at < len; at += plen)
        memcpy(big + at, pattern, len - at < plen ? len - at : plen);
    for (size_t k = len - plen; k < len; k++)
        big[k] = 'x'; /* end on whole characters */
    cck_text text;
    cck_text_init(&text);
    assert_int_equal(cck_utf8_check(big, len, NULL, NULL), 0);
    assert_int_equal(cck_text_tokenize(&text, big, len), CCK_OK);
    assert_true(text.token_count > len / 8);
    assert_int_equal(cck_text_segment(&text), CCK_OK);
    assert_int_equal(text.sentence_count, 1);
    assert_int_equal(text.sentences[0].token_count, text.token_count);
    /* One enormous hashtag and one enormous word are linear too. */
    big[0] = '#';
    for (size_t k = 1; k < len; k++)
        big[k] = (char)((k % 7) ? 'a' : 'B');
    assert_int_equal(cck_text_tokenize(&text, big, len), CCK_OK);
    assert_true(text.token_count > len / 8);
    memset(big, 'a', len);
    assert_int_equal(cck_text_tokenize(&text, big, len), CCK_OK);
    assert_int_equal(text.token_count, 1);
    assert_int_equal(text.tokens[0].end, len);
    cck_text_free(&text);
    free(big);
}

static void test_text_repaired_input_tokenizes(void **state)
{
    (void)state;
    const char bad[] = "stem\xFF" "cells\0heal \xED\xA0\x80ok";
    size_t len = sizeof bad - 1;
    char fixed[sizeof bad];
    cck_utf8_repair_copy(bad, len, fixed);
    assert_int_equal(cck_utf8_check(fixed, len, NULL, NULL), 0);
    cck_text text;
    cck_text_init(&text);
    assert_int_equal(cck_text_tokenize(&text, fixed, len), CCK_OK);
    char norms[128], kinds[16];
    describe_tokens(&text, norms, sizeof norms, kinds, sizeof kinds);
    assert_string_equal(norms, "stem|cells|heal|ok");
    assert_int_equal(text.tokens[3].start, 19);
    cck_text_free(&text);
}

/* The class counts of s[0..len) for the flags' definition: letters and uppercase
 * letters, and whether the first character is an uppercase letter. */
static void count_cases(const char *s, size_t len, size_t *letters, size_t *uppers, int *first_upper)
{
    *letters = *uppers = 0;
    *first_upper = 0;
    for (size_t k = 0; k < len;) {
        int32_t cp;
        size_t n = cck_utf8_decode(s + k, len - k, &cp);
        cck_char_class cls = cck_codepoint_class(cp);
        if (k == 0)
            *first_upper = cls == CCK_CHAR_UPPER;
        *letters += cls == CCK_CHAR_UPPER || cls == CCK_CHAR_LOWER;
        *uppers += cls == CCK_CHAR_UPPER;
        k += n;
    }
}

/* Every token against the definitions of its fields, on random texts of pieces that
 * take the tokenizer's shortcuts (ASCII words in registers, forms of up to 16 ASCII
 * bytes in one step, the common non-ASCII characters folded without utf8proc, hashtag
 * runs, hashes only for the kinds looked up, PLAIN_BEFORE from the main loop) put at
 * every offset around 16- and 32-byte boundaries and at the end of the text:
 *   - the form is cck_normalize_append of the span (URLs and emoji: the bytes,
 *     emoji without variation selectors);
 *   - the hash is that of the form for WORD, NUMBER and HASHTAG, else 0;
 *   - CAPITALIZED and ALL_CAPS follow the classes of the span's characters (none for
 *     URLs and emoji);
 *   - PLAIN_BEFORE is set exactly when the token before is not PUNCT and nothing or
 *     one ' ' lies between. */
static void test_text_tokens_match_their_definitions(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "stem", "Cells", "PRP", "ABCDEFGHIJKLMNOPQRST", "abcdefghijklmnopq", "x", "I",
        "don't", "Don\xE2\x80\x99t", "DON\xE2\x80\x99T", "caf\xC3\xA9", "CAF\xC3\x89",
        "\xC3\x89tude", "Stra\xC3\x9F" "e", "\xC3\x97", "na\xC3\xAFve", "\xD0\x96\xD0\x96",
        "STRA\xC3\x9F", "\xC3\x9F" "x", "\xC3\xA9t\xC3\xA9", "\xC3\x89T\xC3\x89", "\xC3\x9E\xC3\xBE",
        "#PRPTherapy", "#StemCELLS", "#abc123", "#a_B", "#Caf\xC3\xA9Latte", "#ABCDefgh",
        "@Bob", "@bob_2", "3.5", "1,200", "100%", "5mg", "2nd", "ABC1234567890123456",
        "https://x.io/a(b)", "www.Example.com.", "http://", "\xF0\x9F\x98\x80",
        /* URLs long enough for the 16-byte scan, brackets on both sides of its steps */
        " https://en.example.org/wiki/Stem_(cell)_therapy_(medicine)) ",
        " http://example.com/aaaaaaaaaaaa((bbbbbbbbbbbbbbbb)cc\xC3\xA9" "dd)).",
        " www.example.com/path/to/a/page\"quoted\" ", " www.example.com/path/to/page<b> ",
        "\xE2\x9D\xA4\xEF\xB8\x8F", "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8", ".", ",", "!", "?",
        "'", "\"", "(", ")", "-", "\xE2\x80\x94", "\xE2\x80\x9C", "\xE2\x80\xA6", "#", "@",
        "risk-free", "e.g.", " ", " ", " ", "  ", "\n", "\t", "\xC2\xAD", "\xCC\x81",
        "\xE2\x80\x8D", "\x1A", "\xEF\xB7\xBA", "A", "Z9", "\xE2\x80\xA2"};
    uint32_t seed = 4242;
    cck_text text;
    cck_buf expect;
    cck_text_init(&text);
    cck_buf_init(&expect);
    char buf[512];
    for (int round = 0; round < 6000; round++) {
        /* a run of 'a' first, 0..47 bytes long, so that what follows starts at every
         * offset around the 16- and 32-byte steps */
        size_t len = (size_t)round % 48;
        memset(buf, 'a', len);
        if (len)
            buf[len++] = ' ';
        seed = seed * 1103515245u + 12345u;
        size_t count = 1 + (seed >> 16) % 24;
        for (size_t k = 0; k < count && len < sizeof buf - 32; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *piece = pieces[(seed >> 16) % CCK_ARRAY_LEN(pieces)];
            size_t n = strlen(piece);
            memcpy(buf + len, piece, n);
            len += n;
        }
        if (cck_text_tokenize(&text, buf, len) != CCK_OK)
            fail_msg("round %d: tokenize failed", round);
        for (size_t i = 0; i < text.token_count; i++) {
            const cck_token *tok = &text.tokens[i];
            const char *src = buf + tok->start, *form = cck_token_norm(&text, i);
            size_t n = tok->end - tok->start;
            cck_buf_clear(&expect);
            if (tok->kind == CCK_TOKEN_URL) {
                assert_int_equal(cck_buf_append(&expect, src, n), CCK_OK);
            } else if (tok->kind == CCK_TOKEN_EMOJI) {
                for (size_t k = 0; k < n; k++) {
                    if (k + 2 < n && memcmp(src + k, "\xEF\xB8", 2) == 0 &&
                        (src[k + 2] == '\x8E' || src[k + 2] == '\x8F')) {
                        k += 2;
                        continue;
                    }
                    assert_int_equal(cck_buf_append(&expect, src + k, 1), CCK_OK);
                }
            } else {
                assert_int_equal(cck_normalize_append(&expect, src, n), CCK_OK);
            }
            uint32_t hash =
                tok->kind <= CCK_TOKEN_HASHTAG ? cck_hash_bytes(form, tok->norm_len) : 0;
            unsigned flags = 0;
            if (tok->kind != CCK_TOKEN_URL && tok->kind != CCK_TOKEN_EMOJI) {
                size_t letters, uppers;
                int first_upper;
                count_cases(src, n, &letters, &uppers, &first_upper);
                if (first_upper)
                    flags |= CCK_TOKEN_CAPITALIZED;
                if (letters >= 2 && letters == uppers)
                    flags |= CCK_TOKEN_ALL_CAPS;
            }
            if (i > 0) {
                const cck_token *prev = &text.tokens[i - 1];
                if (prev->kind != CCK_TOKEN_PUNCT &&
                    (tok->start == prev->end ||
                     (tok->start == prev->end + 1 && buf[prev->end] == ' ')))
                    flags |= CCK_TOKEN_PLAIN_BEFORE;
            }
            unsigned got = tok->flags & ~(unsigned)CCK_TOKEN_SPACE_BEFORE;
            if (tok->norm_len != expect.len || memcmp(form, expect.data, expect.len) != 0 ||
                tok->hash != hash || got != flags)
                fail_msg("round %d, token %zu \"%.*s\" (kind %d): form \"%.*s\" hash %u "
                         "flags %u, expected \"%.*s\" hash %u flags %u in \"%.*s\"",
                         round, i, (int)n, src, tok->kind, (int)tok->norm_len, form,
                         (unsigned)tok->hash, got, (int)expect.len, expect.data,
                         (unsigned)hash, flags, (int)len, buf);
        }
        if (text.norm.data[text.norm.len] != '\0')
            fail_msg("round %d: the forms are not terminated", round);
    }
    cck_buf_free(&expect);
    cck_text_free(&text);
}

/* Sentence splitting passes by tokens marked PLAIN_BEFORE: with the marks taken away
 * it looks at every token, and must find the same sentences (spans, tokens, flags,
 * paragraphs) on random texts full of sentence ends, abbreviations, lines, bullets. */
static void test_text_sentences_same_without_plain_marks(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "Stem cells", " work", ". ", "? ", "!", "\n", "\n\n", " e.g. ", "Dr. Lee", " U.S. FDA",
        " etc. and", "- item", "1. first", " #PRPWorks", " @bob", " 3.5", "...", " \xE2\x80\xA6",
        "\xE2\x80\x9DSo\xE2\x80\x9D", " \xF0\x9F\x98\x80", " (yes).", " J.R.R. Tolkien",
        " Ph.D. and", " a  b", "\t", " ok", "HEADING", " risk-free", " don\xE2\x80\x99t", "'q'"};
    uint32_t seed = 99;
    cck_text text, bare;
    cck_text_init(&text);
    cck_text_init(&bare);
    char buf[512];
    for (int round = 0; round < 3000; round++) {
        size_t len = 0;
        seed = seed * 1103515245u + 12345u;
        size_t count = 1 + (seed >> 16) % 30;
        for (size_t k = 0; k < count; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *piece = pieces[(seed >> 16) % CCK_ARRAY_LEN(pieces)];
            size_t n = strlen(piece);
            memcpy(buf + len, piece, n);
            len += n;
        }
        assert_int_equal(cck_text_tokenize(&text, buf, len), CCK_OK);
        assert_int_equal(cck_text_tokenize(&bare, buf, len), CCK_OK);
        for (size_t i = 0; i < bare.token_count; i++)
            bare.tokens[i].flags &= (uint8_t)~CCK_TOKEN_PLAIN_BEFORE;
        assert_int_equal(cck_text_segment(&text), CCK_OK);
        assert_int_equal(cck_text_segment(&bare), CCK_OK);
        int same = text.sentence_count == bare.sentence_count;
        for (size_t k = 0; same && k < text.sentence_count; k++) {
            const cck_sentence *a = &text.sentences[k], *b = &bare.sentences[k];
            same = a->start == b->start && a->end == b->end &&
                   a->first_token == b->first_token && a->token_count == b->token_count &&
                   a->paragraph == b->paragraph && a->flags == b->flags;
        }
        if (!same)
            fail_msg("round %d: %zu sentences with the marks, %zu without, in \"%.*s\"", round,
                     text.sentence_count, bare.sentence_count, (int)len, buf);
    }
    cck_text_free(&text);
    cck_text_free(&bare);
}

/* The check against a reference made of cck_utf8_decode (which takes the long way
 * for every sequence): random bytes, mostly lead and continuation bytes at the edges
 * of their ranges, give the same runs. The check takes common two- and three-byte
 * sequences without the decoder; E0, ED, F0 and F4 leads, broken continuations and
 * sequences cut by the end of the text must still come out right. */
static void test_text_utf8_check_matches_the_decoder(void **state)
{
    (void)state;
    static const unsigned char bytes[] = {
        'a', ' ', 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3,
        0xDF, 0xE0, 0xE1, 0xE2, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
    uint32_t seed = 31337;
    char buf[96];
    for (int round = 0; round < 20000; round++) {
        seed = seed * 1103515245u + 12345u;
        size_t len = (seed >> 16) % sizeof buf;
        for (size_t k = 0; k < len; k++) {
            seed = seed * 1103515245u + 12345u;
            buf[k] = (char)bytes[(seed >> 16) % sizeof bytes];
        }
        run_log got = {0}, want = {0};
        size_t bad = cck_utf8_check(buf, len, log_run, &got), want_bad = 0;
        size_t run_start = 0, run_len = 0;
        for (size_t i = 0; i < len;) {
            int32_t cp;
            size_t n = cck_utf8_decode(buf + i, len - i, &cp);
            if (cp > 0) {
                if (run_len)
                    log_run(run_start, run_len, &want);
                run_len = 0;
            } else if (cp == 0) { /* NUL: a run of its own */
                if (run_len)
                    log_run(run_start, run_len, &want);
                run_len = 0;
                log_run(i, 1, &want);
                want_bad++;
            } else {
                if (run_len == 0)
                    run_start = i;
                run_len++;
                want_bad++;
            }
            i += n;
        }
        if (run_len)
            log_run(run_start, run_len, &want);
        int same = bad == want_bad && got.count == want.count;
        for (size_t r = 0; same && r < got.count && r < CCK_ARRAY_LEN(got.runs); r++)
            same = got.runs[r].offset == want.runs[r].offset &&
                   got.runs[r].length == want.runs[r].length;
        if (!same)
            fail_msg("round %d: %zu bad bytes in %zu runs, the decoder says %zu in %zu", round,
                     bad, got.count, want_bad, want.count);
    }
}

/* Random bytes drawn mostly from pieces that matter (quotes, dashes, marks, emoji
 * parts, bullets, newlines) and partly from anything: after repair, every token lies
 * inside the text in order and the sentences cover the tokens exactly. */
static void test_text_random_input_keeps_invariants(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "a", "Z", "7", ".", "?", "!", " ", "\n", "\n\n", "-", "#", "@", "'", "\"", ")",
        "http://", "www.", "e.g.", "Dr.", "1.", "\xE2\x80\x99", "\xE2\x80\x94",
        "\xE2\x80\x91", "\xCC\x81", "\xE2\x80\x8D", "\xEF\xB8\x8F", "\xF0\x9F\x98\x80",
        "\xF0\x9F\x87\xBA", "\xF0\x9F\x8F\xBD", "\xC2\xAD", "\xE2\x80\xA6", "\xE2\x80\xA2",
        "\xEF\xAC\x81", "\xC3\x9F", "\xFF", "\x80", "\xE2\x80", "%", "_", ","};
    uint32_t seed = 12345;
    cck_text text;
    cck_text_init(&text);
    char buf[600], fixed[600];
    for (int round = 0; round < 3000; round++) {
        size_t len = 0;
        seed = seed * 1103515245u + 12345u;
        size_t count = (seed >> 16) % 60;
        for (size_t k = 0; k < count; k++) {
            seed = seed * 1103515245u + 12345u;
            uint32_t pick = seed >> 16;
            if (pick % 10 == 0) {
                buf[len++] = (char)(pick >> 4);
                continue;
            }
            const char *piece = pieces[pick % CCK_ARRAY_LEN(pieces)];
            size_t n = strlen(piece);
            memcpy(buf + len, piece, n);
            len += n;
        }
        cck_utf8_repair_copy(buf, len, fixed);
        if (cck_utf8_check(fixed, len, NULL, NULL) != 0)
            fail_msg("round %d: repaired text is still invalid", round);
        if (cck_text_tokenize(&text, fixed, len) != CCK_OK || cck_text_segment(&text) != CCK_OK)
            fail_msg("round %d: tokenize or segment failed", round);
        size_t previous_end = 0, covered = 0;
        for (size_t i = 0; i < text.token_count; i++) {
            const cck_token *tok = &text.tokens[i];
            if (tok->start < previous_end || tok->end <= tok->start || tok->end > len ||
                tok->norm_len == 0)
                fail_msg("round %d: token %zu span [%zu,%zu) is out of order", round, i,
                         tok->start, tok->end);
            previous_end = tok->end;
        }
        for (size_t k = 0; k < text.sentence_count; k++) {
            if (text.sentences[k].first_token != covered || text.sentences[k].token_count == 0)
                fail_msg("round %d: sentence %zu does not follow on", round, k);
            covered += text.sentences[k].token_count;
        }
        if (covered != text.token_count)
            fail_msg("round %d: sentences cover %zu of %zu tokens", round, covered,
                     text.token_count);
    }
    cck_text_free(&text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_normalize_fast_path_matches_utf8proc),
        cmocka_unit_test(test_text_utf8_check_reports_maximal_runs),
        cmocka_unit_test(test_text_utf8_check_inside_ascii),
        cmocka_unit_test(test_text_utf8_check_stops_when_asked),
        cmocka_unit_test(test_text_utf8_repair_keeps_offsets),
        cmocka_unit_test(test_text_utf8_decode),
        cmocka_unit_test(test_text_normalize_forms),
        cmocka_unit_test(test_text_normalize_appends),
        cmocka_unit_test(test_text_codepoint_classes),
        cmocka_unit_test(test_text_tokens_table),
        cmocka_unit_test(test_text_token_spans_point_at_original_bytes),
        cmocka_unit_test(test_text_token_offsets_exact),
        cmocka_unit_test(test_text_token_flags),
        cmocka_unit_test(test_text_ascii_words_match_their_definition),
        cmocka_unit_test(test_text_room_after_longer_forms),
        cmocka_unit_test(test_text_space_after_a_token),
        cmocka_unit_test(test_text_word_count_and_reuse),
        cmocka_unit_test(test_text_sentences_table),
        cmocka_unit_test(test_text_sentences_survive_abbreviations),
        cmocka_unit_test(test_text_huge_line_is_linear),
        cmocka_unit_test(test_text_repaired_input_tokenizes),
        cmocka_unit_test(test_text_random_input_keeps_invariants),
        cmocka_unit_test(test_text_tokens_match_their_definitions),
        cmocka_unit_test(test_text_sentences_same_without_plain_marks),
        cmocka_unit_test(test_text_utf8_check_matches_the_decoder),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
