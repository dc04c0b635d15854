/* test_formats.c - unit tests of the whole-run printers (formats.h): CSV, HTML and URI
 * escaping tables, the finding list's deep copies surviving the scanner's reuse of its
 * buffers, the JSON document, SARIF log and CSV rows read back (jansson, and a small
 * RFC 4180 reader), the summary's ranking, and the HTML report's structure. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdalign.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "report/formats.h"

/* ---- helpers -------------------------------------------------------------------- */

static const cck_rule *rule_of(cck_category category)
{
    const cck_rule *rule = cck_rule_get(category);
    assert_non_null(rule);
    return rule;
}

/* A finding whose trigger is the first `word` in text, in sentence [0, len). */
static cck_finding finding_on(const char *text, const char *word, cck_category category,
                              cck_severity severity)
{
    cck_finding f;
    memset(&f, 0, sizeof f);
    const char *at = strstr(text, word);
    assert_non_null(at);
    f.rule = rule_of(category);
    f.severity = severity;
    f.claim_level = 4;
    f.trigger.offset = (size_t)(at - text);
    f.trigger.length = strlen(word);
    f.trigger.line = 1;
    f.trigger.column = f.trigger.offset + 1;
    f.trigger.end_line = 1;
    f.trigger.end_column = f.trigger.column + f.trigger.length;
    f.sentence.offset = 0;
    f.sentence.length = strlen(text);
    f.sentence.line = f.sentence.column = f.sentence.end_line = 1;
    f.sentence.end_column = strlen(text) + 1;
    f.message = "an unhedged claim";
    f.explanation = "found a claim; no hedge, no evidence";
    f.suggestion = "may help";
    return f;
}

static json_t *parse_json(const cck_buf *out, const char *what)
{
    json_error_t error;
    json_t *root = json_loadb(out->data ? out->data : "", out->len, 0, &error);
    if (!root)
        fail_msg("%s: not JSON: %s at line %d column %d\n%s", what, error.text, error.line,
                 error.column, out->data ? out->data : "");
    return root;
}

static json_t *get_path(json_t *value, const char *path)
{
    /* "a.b.0.c": object members and array indexes. */
    char part[64];
    while (value && *path) {
        size_t n = strcspn(path, ".");
        assert_true(n < sizeof part);
        memcpy(part, path, n);
        part[n] = '\0';
        path += n + (path[n] == '.');
        if (json_is_array(value)) {
            char *end;
            unsigned long index = strtoul(part, &end, 10);
            value = *end ? NULL : json_array_get(value, index);
        } else {
            value = json_object_get(value, part);
        }
    }
    return value;
}

static void want_string(json_t *root, const char *path, const char *want)
{
    json_t *value = get_path(root, path);
    if (!json_is_string(value))
        fail_msg("%s: not a string", path);
    if (strcmp(json_string_value(value), want) != 0)
        fail_msg("%s: got '%s', want '%s'", path, json_string_value(value), want);
}

static void want_integer(json_t *root, const char *path, long long want)
{
    json_t *value = get_path(root, path);
    if (!json_is_integer(value))
        fail_msg("%s: not an integer", path);
    if (json_integer_value(value) != want)
        fail_msg("%s: got %lld, want %lld", path, (long long)json_integer_value(value), want);
}

/* ---- engine fixture --------------------------------------------------------------- */

#include "engine_fixture.h"

/* What a scan leaves for a printer: the copied findings, the profile, and the JSON of
 * each finding as it was inside the callback (to compare the copies with). */
typedef struct collected {
    cck_finding_list list;
    cck_profile profile;
    cck_report_record record;
    cck_buf snapshot;
    const char *original_messages[64];
    size_t seen;
} collected;

static int collect_finding(const cck_finding *finding, void *user_data)
{
    collected *c = user_data;
    if (c->seen < CCK_ARRAY_LEN(c->original_messages))
        c->original_messages[c->seen] = finding->message;
    cck_report_jsonl_finding(&c->snapshot, &c->record, finding, c->seen);
    c->seen++;
    return cck_finding_list_append(&c->list, finding) != CCK_OK;
}

static void scan_into(fixture *fx, collected *c, const char *path, const char *text)
{
    memset(c, 0, sizeof *c);
    cck_finding_list_init(&c->list);
    cck_buf_init(&c->snapshot);
    c->record.kind = CCK_REPORT_DOCUMENT;
    c->record.path = path;
    c->record.text = text;
    c->record.length = strlen(text);
    cck_scan_callbacks callbacks = {collect_finding, NULL, c};
    int status = cck_scanner_scan(fx->scanner, text, strlen(text), &callbacks, &c->profile);
    if (status != CCK_OK)
        fail_msg("scan of %s: %s", path, cck_status_string(status));
}

static void collected_free(collected *c)
{
    cck_finding_list_free(&c->list);
    cck_buf_free(&c->snapshot);
}

static cck_report_entry entry_of(const collected *c)
{
    cck_report_entry entry = {&c->record, c->list.items, c->list.count, &c->profile, NULL, 0,
                              NULL};
    return entry;
}

static const char overhyped[] =
    "Our stem cell therapy is a breakthrough. Stem cells regenerate cartilage. "
    "The procedure is 100% safe, with no side effects. PRP injections cure arthritis, "
    "guaranteed.";
static const char careful[] =
    "Early studies suggest that PRP may ease knee pain for some patients, but the "
    "evidence is limited and injections cost $800.";
static const char other[] =
    "Exosome facials reverse aging and heal skin. My patients love them! Umbilical cord "
    "cells prevent injuries in athletes. Stem cells are proven to cure everything.";

/* ---- CSV escaping ----------------------------------------------------------------- */

static void test_formats_csv_escape_table(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        const char *in;
        size_t len; /* 0: strlen */
        unsigned flags;
        const char *want;
    } cases[] = {
        {"plain", "stem cells", 0, 0, "stem cells"},
        {"empty", "", 0, 0, ""},
        {"comma", "PRP, exosomes", 0, 0, "\"PRP, exosomes\""},
        {"quote", "the \"miracle\" shot", 0, 0, "\"the \"\"miracle\"\" shot\""},
        {"only a quote", "\"", 0, 0, "\"\"\"\""},
        {"newline", "line one\nline two", 0, 0, "\"line one\nline two\""},
        {"carriage return", "a\rb", 0, 0, "\"a\rb\""},
        {"crlf", "a\r\nb", 0, 0, "\"a\r\nb\""},
        {"leading space", " cures", 0, 0, "\" cures\""},
        {"trailing space", "cures ", 0, 0, "\"cures \""},
        {"tab inside", "a\tb", 0, 0, "a\tb"},
        {"semicolon stays", "a;b", 0, 0, "a;b"},
        {"utf-8 kept", "gu\xc3\xa9rit \xf0\x9f\x92\x89", 0, 0, "gu\xc3\xa9rit \xf0\x9f\x92\x89"},
        {"invalid byte", "a\xff" "b", 0, 0, "a\xef\xbf\xbd" "b"},
        {"truncated sequence", "a\xe2\x82", 0, 0, "a\xef\xbf\xbd"},
        {"nul", "a\0b", 3, 0, "a\xef\xbf\xbd" "b"},
        {"replacement byte", "a\x1a" "b", 0, 0, "a\xef\xbf\xbd" "b"},
        {"formula not guarded", "=1+1", 0, 0, "=1+1"},
        {"formula guarded", "=HYPERLINK(\"x\")", 0, CCK_ESCAPE_CSV_FORMULA,
         "\"'=HYPERLINK(\"\"x\"\")\""},
        {"plus guarded", "+1", 0, CCK_ESCAPE_CSV_FORMULA, "'+1"},
        {"minus guarded", "-2", 0, CCK_ESCAPE_CSV_FORMULA, "'-2"},
        {"mention guarded", "@drsmith cures", 0, CCK_ESCAPE_CSV_FORMULA, "'@drsmith cures"},
        {"tab start guarded", "\t=1", 0, CCK_ESCAPE_CSV_FORMULA, "'\t=1"},
        {"ordinary text unguarded", "cures", 0, CCK_ESCAPE_CSV_FORMULA, "cures"},
        {"formula inside is fine", "a=b", 0, CCK_ESCAPE_CSV_FORMULA, "a=b"},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        cck_buf out;
        cck_buf_init(&out);
        size_t len = cases[i].len ? cases[i].len : strlen(cases[i].in);
        assert_int_equal(cck_escape_csv(&out, cases[i].in, len, cases[i].flags), CCK_OK);
        const char *got = out.data ? out.data : "";
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("case %s: got [%s], want [%s]", cases[i].name, got, cases[i].want);
        cck_buf_free(&out);
    }
}

/* ---- HTML escaping ---------------------------------------------------------------- */

static void test_formats_html_escape_table(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        const char *in;
        size_t len;
        const char *want;
    } cases[] = {
        {"plain", "stem cells", 0, "stem cells"},
        {"ampersand", "R&D", 0, "R&amp;D"},
        {"less than", "a<b", 0, "a&lt;b"},
        {"greater than", "a>b", 0, "a&gt;b"},
        {"double quote", "say \"x\"", 0, "say &quot;x&quot;"},
        {"single quote", "it's", 0, "it&#39;s"},
        {"script tag", "<script>alert(1)</script>", 0,
         "&lt;script&gt;alert(1)&lt;/script&gt;"},
        {"attribute breakout", "\"><img src=x onerror=alert(1)>", 0,
         "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
        {"single-quoted breakout", "' onmouseover='x", 0, "&#39; onmouseover=&#39;x"},
        {"entity stays text", "&lt;b&gt;", 0, "&amp;lt;b&amp;gt;"},
        {"comment opener", "<!-- x -->", 0, "&lt;!-- x --&gt;"},
        {"cdata", "<![CDATA[x]]>", 0, "&lt;![CDATA[x]]&gt;"},
        {"backtick kept", "`x`", 0, "`x`"},
        {"whitespace kept", "a\tb\nc\r\nd", 0, "a\tb\nc\r\nd"},
        {"nul", "a\0b", 3, "a\xef\xbf\xbd" "b"},
        {"escape control", "\x1b[31m", 0, "\xe2\x90\x9b[31m"},
        {"bell", "\x07", 0, "\xe2\x90\x87"},
        {"delete", "\x7f", 0, "\xe2\x90\xa1"},
        {"replacement byte", "\x1a", 0, "\xef\xbf\xbd"},
        {"c1 control", "\xc2\x85", 0, "\xef\xbf\xbd"},
        {"bidi override", "a\xe2\x80\xae" "b", 0, "a&lt;U+202E&gt;b"},
        {"bidi isolate", "\xe2\x81\xa6", 0, "&lt;U+2066&gt;"},
        {"invalid byte", "a\xff" "b", 0, "a\xef\xbf\xbd" "b"},
        {"overlong slash", "\xc0\xaf", 0, "\xef\xbf\xbd\xef\xbf\xbd"},
        {"surrogate", "\xed\xa0\x80", 0, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
        {"truncated at end", "x\xf0\x9f\x92", 0, "x\xef\xbf\xbd"},
        {"utf-8 kept", "caf\xc3\xa9 \xe5\xb9\xb9 \xf0\x9f\x92\x89", 0,
         "caf\xc3\xa9 \xe5\xb9\xb9 \xf0\x9f\x92\x89"},
        {"line separator kept", "\xe2\x80\xa8", 0, "\xe2\x80\xa8"},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        cck_buf out;
        cck_buf_init(&out);
        size_t len = cases[i].len ? cases[i].len : strlen(cases[i].in);
        assert_int_equal(cck_escape_html(&out, cases[i].in, len), CCK_OK);
        const char *got = out.data ? out.data : "";
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("case %s: got [%s], want [%s]", cases[i].name, got, cases[i].want);
        cck_buf_free(&out);
    }
}

/* No byte 0..255 in any position comes out as markup or a raw control character. */
static void test_formats_html_escape_every_byte(void **state)
{
    (void)state;
    for (unsigned c = 0; c < 256; c++) {
        char in[3] = {'a', (char)c, 'z'};
        cck_buf out;
        cck_buf_init(&out);
        assert_int_equal(cck_escape_html(&out, in, 3), CCK_OK);
        for (size_t i = 0; i < out.len; i++) {
            unsigned char o = (unsigned char)out.data[i];
            if (o == '<' || o == '>' || o == '"' || o == '\'')
                fail_msg("byte 0x%02x: markup character in [%s]", c, out.data);
            if (o == '&' && out.data[i + 1] != 'a' && out.data[i + 1] != 'l' &&
                out.data[i + 1] != 'g' && out.data[i + 1] != 'q' && out.data[i + 1] != '#')
                fail_msg("byte 0x%02x: bare ampersand in [%s]", c, out.data);
            if ((o < 0x20 && o != '\t' && o != '\n' && o != '\r') || o == 0x7F)
                fail_msg("byte 0x%02x: raw control character in output", c);
        }
        cck_buf_free(&out);
    }
}

/* ---- URI escaping ----------------------------------------------------------------- */

static void test_formats_uri_escape_table(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        const char *in;
        const char *want;
    } cases[] = {
        {"relative", "corpus/docs/news_story.txt", "corpus/docs/news_story.txt"},
        {"dot segments", "./a/../b.txt", "./a/../b.txt"},
        {"space", "my notes/draft 1.md", "my%20notes/draft%201.md"},
        {"reserved characters", "a#b?c%d&e+f:g", "a%23b%3Fc%25d%26e%2Bf%3Ag"},
        {"non-ascii", "caf\xc3\xa9.txt", "caf%C3%A9.txt"},
        {"stdin", "<stdin>", "%3Cstdin%3E"},
        {"absolute", "/tmp/x y.txt", "file:///tmp/x%20y.txt"},
        {"quote and backslash", "a\"b\\c", "a%22b%5Cc"},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        cck_buf out;
        cck_buf_init(&out);
        assert_int_equal(cck_escape_uri(&out, cases[i].in, strlen(cases[i].in)), CCK_OK);
        const char *got = out.data ? out.data : "";
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("case %s: got [%s], want [%s]", cases[i].name, got, cases[i].want);
        cck_buf_free(&out);
    }
}

/* ---- the finding list --------------------------------------------------------------- */

/* Findings copied in the callback still read the same after the scanner has scanned
 * other texts (and so reused or freed its buffers). */
static void test_formats_finding_list_survives_scanner_reuse(void **state)
{
    fixture *fx = *state;
    collected first;
    scan_into(fx, &first, "first.txt", overhyped);
    assert_true(first.list.count >= 3);
    assert_int_equal(first.list.count, first.seen);

    collected second, third;
    scan_into(fx, &second, "second.txt", other);
    scan_into(fx, &third, "third.txt", careful);
    assert_true(second.list.count >= 1);

    cck_buf again;
    cck_buf_init(&again);
    for (size_t i = 0; i < first.list.count; i++) {
        const cck_finding *f = &first.list.items[i];
        if (i < CCK_ARRAY_LEN(first.original_messages) && f->message)
            assert_ptr_not_equal(f->message, first.original_messages[i]);
        assert_int_equal(cck_report_jsonl_finding(&again, &first.record, f, i), CCK_OK);
    }
    if (again.len != first.snapshot.len || memcmp(again.data, first.snapshot.data, again.len))
        fail_msg("copies differ from the callback's findings:\n%s\n%s", first.snapshot.data,
                 again.data);
    cck_buf_free(&again);
    collected_free(&first);
    collected_free(&second);
    collected_free(&third);
}

/* Many findings with long strings span several blocks; clear keeps the memory and the
 * list is usable again; free(NULL) is harmless. */
static void test_formats_finding_list_blocks_and_clear(void **state)
{
    (void)state;
    char explanation[5000];
    memset(explanation, 'e', sizeof explanation - 1);
    explanation[sizeof explanation - 1] = '\0';
    const char *text = "Stem cells cure arthritis.";
    cck_cue cues[3] = {{CCK_CUE_TOPIC, "topic", -1, {0}},
                       {CCK_CUE_CLAIM, "claim/cure", 4, {0}},
                       {CCK_CUE_BOOSTER, "booster", 5, {0}}};
    cck_finding_list list;
    cck_finding_list_init(&list);
    assert_int_equal(list.bytes, 0);
    for (int round = 0; round < 2; round++) {
        size_t at_least = 0; /* the findings and copied bytes, before alignment */
        for (size_t i = 0; i < 40; i++) {
            cck_finding f = finding_on(text, "cure", CCK_CATEGORY_CURE, CCK_SEVERITY_WARNING);
            char message[32];
            snprintf(message, sizeof message, "finding %zu", i);
            f.message = message;
            f.explanation = explanation;
            f.suggestion = i % 2 ? NULL : "may ease";
            f.cues = cues;
            f.cue_count = i % 4;
            size_t before = list.bytes;
            assert_int_equal(cck_finding_list_append(&list, &f), CCK_OK);
            size_t copied = sizeof f + strlen(message) + 1 + sizeof explanation +
                            (f.suggestion ? strlen(f.suggestion) + 1 : 0) +
                            f.cue_count * sizeof(cck_cue);
            for (size_t k = 0; k < f.cue_count; k++)
                copied += strlen(cues[k].category) + 1;
            /* each copy is counted, rounded up to the blocks' alignment at most */
            assert_true(list.bytes - before >= copied);
            assert_true(list.bytes - before <= copied + (5 + f.cue_count) * alignof(max_align_t));
            at_least += copied;
        }
        assert_int_equal(list.count, 40);
        assert_true(list.bytes >= at_least);
        for (size_t i = 0; i < list.count; i++) {
            char message[32];
            snprintf(message, sizeof message, "finding %zu", i);
            assert_string_equal(list.items[i].message, message);
            assert_string_equal(list.items[i].explanation, explanation);
            assert_ptr_not_equal(list.items[i].explanation, explanation);
            if (i % 2)
                assert_null(list.items[i].suggestion);
            else
                assert_string_equal(list.items[i].suggestion, "may ease");
            assert_int_equal(list.items[i].cue_count, i % 4);
            for (size_t k = 0; k < list.items[i].cue_count; k++) {
                assert_string_equal(list.items[i].cues[k].category, cues[k].category);
                assert_ptr_not_equal(list.items[i].cues[k].category, cues[k].category);
                assert_int_equal(list.items[i].cues[k].level, cues[k].level);
            }
            if (list.items[i].cue_count == 0)
                assert_null(list.items[i].cues);
        }
        cck_finding_list_clear(&list);
        assert_int_equal(list.count, 0);
        assert_int_equal(list.bytes, 0);
    }
    cck_finding_list_free(&list);
    assert_null(list.items);
    cck_finding_list_free(NULL);
    assert_int_equal(cck_finding_list_append(&list, NULL), CCK_EINVAL);
    cck_finding_list_free(&list);
}

/* Thousands of findings whose strings are small, a quarter of a block, and larger than
 * a block, in an order that makes the list take fresh blocks, reuse blocks after a
 * clear, and give large strings blocks of their own: every copy keeps its bytes. */
static void fill_text(char *buf, size_t len, size_t seed)
{
    for (size_t k = 0; k < len; k++)
        buf[k] = (char)('a' + (seed + k * 7) % 26);
    buf[len] = '\0';
}

static void test_formats_finding_list_mixed_sizes(void **state)
{
    (void)state;
    static const size_t sizes[] = {0, 10, 300, 4000, 4097, 9000, 16385, 40000};
    enum { COUNT = 3000 };
    char *text = cck_malloc(40001);
    char *want = cck_malloc(40001);
    assert_non_null(text);
    assert_non_null(want);
    cck_finding_list list;
    cck_finding_list_init(&list);
    for (size_t round = 0; round < 3; round++) {
        for (size_t i = 0; i < COUNT; i++) {
            cck_finding f = finding_on("Stem cells cure arthritis.", "cure", CCK_CATEGORY_CURE,
                                       CCK_SEVERITY_WARNING);
            size_t len = i % 5 == 4 ? sizes[(i / 5 + round) % CCK_ARRAY_LEN(sizes)] : i % 50;
            fill_text(text, len, i + round);
            f.explanation = text;
            f.message = "m";
            assert_int_equal(cck_finding_list_append(&list, &f), CCK_OK);
        }
        assert_int_equal(list.count, COUNT);
        for (size_t i = 0; i < COUNT; i++) {
            size_t len = i % 5 == 4 ? sizes[(i / 5 + round) % CCK_ARRAY_LEN(sizes)] : i % 50;
            fill_text(want, len, i + round);
            if (strcmp(list.items[i].explanation, want) != 0)
                fail_msg("round %zu, finding %zu: the copy of %zu bytes changed", round, i, len);
            assert_string_equal(list.items[i].message, "m");
        }
        cck_finding_list_clear(&list);
    }
    cck_finding_list_free(&list);
    cck_free(text);
    cck_free(want);
}

/* ---- JSON document ---------------------------------------------------------------- */

static void test_formats_json_document(void **state)
{
    fixture *fx = *state;
    collected a, b;
    scan_into(fx, &a, "a.txt", overhyped);
    scan_into(fx, &b, "b.txt", careful);
    cck_report_record failed = {.kind = CCK_REPORT_DOCUMENT, .path = "missing.txt"};
    cck_report_entry failed_entry = {&failed, NULL, 0, NULL, NULL, 0,
                                     "cannot open: No such file"};
    cck_report_record line = {.kind = CCK_REPORT_LINE, .path = "posts.txt", .record = 3,
                              .line = 3, .id = "p-3", .id_length = 3, .text = "hello",
                              .length = 5};
    cck_profile line_profile;
    memset(&line_profile, 0, sizeof line_profile);
    line_profile.words = 1;
    line_profile.bytes = 5;
    cck_report_entry line_entry = {&line, NULL, 0, &line_profile, NULL, 0, NULL};

    cck_report_run run;
    cck_report_run_init(&run, NULL);
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_report_json_begin(&out, &run), CCK_OK);
    cck_report_entry ea = entry_of(&a), eb = entry_of(&b);
    assert_int_equal(cck_report_json_entry(&out, &run, &ea), CCK_OK);
    assert_int_equal(cck_report_json_entry(&out, &run, &failed_entry), CCK_OK);
    assert_int_equal(cck_report_json_entry(&out, &run, &eb), CCK_OK);
    assert_int_equal(cck_report_json_entry(&out, &run, &line_entry), CCK_OK);
    assert_int_equal(cck_report_json_end(&out, &run), CCK_OK);
    json_t *root = parse_json(&out, "json document");

    want_string(root, "schema", "claimcheck/1");
    want_string(root, "tool.name", "claimcheck");
    want_string(root, "tool.version", CCK_VERSION_STRING);
    assert_int_equal(json_array_size(get_path(root, "files")), 4);
    want_string(root, "files.0.path", "a.txt");
    assert_int_equal(json_array_size(get_path(root, "files.0.findings")), a.list.count);
    want_string(root, "files.1.path", "missing.txt");
    want_string(root, "files.1.error", "cannot open: No such file");
    assert_null(get_path(root, "files.1.profile"));
    want_integer(root, "files.2.profile.claims", (long long)b.profile.claims);
    want_integer(root, "files.3.record", 3);
    want_string(root, "files.3.id", "p-3");

    /* Each file object is the JSON Lines object, byte for byte. */
    cck_buf jsonl;
    cck_buf_init(&jsonl);
    assert_int_equal(cck_report_jsonl_begin(&jsonl, &a.record), CCK_OK);
    for (size_t i = 0; i < a.list.count; i++)
        assert_int_equal(cck_report_jsonl_finding(&jsonl, &a.record, &a.list.items[i], i),
                         CCK_OK);
    assert_int_equal(cck_report_jsonl_end(&jsonl, &a.record, &a.profile, NULL, 0, NULL), CCK_OK);
    assert_true(jsonl.len > 0 && jsonl.data[jsonl.len - 1] == '\n');
    jsonl.data[--jsonl.len] = '\0';
    const char *at = strstr(out.data, jsonl.data);
    assert_non_null(at);
    assert_true(at > out.data && at[-1] == '\n');  /* one file object per line */
    assert_memory_equal(at + jsonl.len, ",\n", 2);
    cck_buf_free(&jsonl);

    size_t by_severity[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < a.list.count; i++)
        by_severity[a.list.items[i].severity]++;
    for (size_t i = 0; i < b.list.count; i++)
        by_severity[b.list.items[i].severity]++;
    want_integer(root, "summary.files", 3);
    want_integer(root, "summary.records", 1);
    want_integer(root, "summary.failed", 1);
    want_integer(root, "summary.problems", 1);
    want_integer(root, "summary.bytes",
                   (long long)(strlen(overhyped) + strlen(careful) + strlen("hello")));
    want_integer(root, "summary.findings_by_severity.error", (long long)by_severity[3]);
    want_integer(root, "summary.findings_by_severity.warning", (long long)by_severity[2]);
    want_integer(root, "summary.findings_by_severity.info", (long long)by_severity[1]);
    size_t claims = a.profile.claims + b.profile.claims;
    want_integer(root, "summary.claims", (long long)claims);
    json_t *share = get_path(root, "summary.hedged_share");
    assert_true(claims ? json_is_real(share) : json_is_null(share));
    if (claims) {
        double want = (double)(a.profile.hedged_claims + b.profile.hedged_claims) /
                      (double)claims;
        assert_true(json_real_value(share) > want - 0.0001 &&
                    json_real_value(share) < want + 0.0001);
    }
    assert_true(json_is_object(get_path(root, "summary.findings_by_category")));
    assert_int_equal(json_object_size(get_path(root, "summary.findings_by_category")),
                     CCK_CATEGORY_COUNT);
    want_integer(root, "summary.findings_by_category.certainty",
                   (long long)run.by_category[CCK_CATEGORY_CERTAINTY]);
    json_decref(root);
    cck_buf_free(&out);
    cck_report_run_free(&run);

    /* An empty run is a valid document too. */
    cck_report_run_init(&run, NULL);
    cck_buf_init(&out);
    assert_int_equal(cck_report_json_begin(&out, &run), CCK_OK);
    assert_int_equal(cck_report_json_end(&out, &run), CCK_OK);
    root = parse_json(&out, "empty json document");
    assert_int_equal(json_array_size(get_path(root, "files")), 0);
    assert_true(json_is_null(get_path(root, "summary.hedged_share")));
    assert_true(json_is_null(get_path(root, "summary.claims_per_1000_words")));
    json_decref(root);
    cck_buf_free(&out);
    cck_report_run_free(&run);
    collected_free(&a);
    collected_free(&b);
}

/* ---- CSV rows ----------------------------------------------------------------------- */

/* A small RFC 4180 reader: splits buf into rows of fields (quoted fields unquoted).
 * Records end with CRLF; a bare LF inside an unquoted field is an error. Returns the
 * number of rows, fills fields[row][col] (malloc'd) up to the given bounds. */
enum { MAX_ROWS = 64, MAX_COLS = 20 };

typedef struct csv_table {
    size_t rows;
    size_t cols[MAX_ROWS];
    char *fields[MAX_ROWS][MAX_COLS];
} csv_table;

static void csv_read(const char *buf, size_t len, csv_table *table)
{
    memset(table, 0, sizeof *table);
    size_t i = 0;
    while (i < len) {
        assert_true(table->rows < MAX_ROWS);
        size_t row = table->rows++;
        for (;;) {
            cck_buf field;
            cck_buf_init(&field);
            assert_int_equal(cck_buf_puts(&field, ""), CCK_OK);
            if (i < len && buf[i] == '"') {
                i++;
                for (;;) {
                    assert_true(i < len); /* an unterminated quoted field */
                    if (buf[i] == '"') {
                        if (i + 1 < len && buf[i + 1] == '"') {
                            cck_buf_putc(&field, '"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    cck_buf_putc(&field, buf[i++]);
                }
            } else {
                while (i < len && buf[i] != ',' && buf[i] != '\r') {
                    if (buf[i] == '\n' || buf[i] == '"')
                        fail_msg("row %zu: bare LF or quote in an unquoted field", row + 1);
                    cck_buf_putc(&field, buf[i++]);
                }
            }
            assert_true(table->cols[row] < MAX_COLS);
            table->fields[row][table->cols[row]++] = field.data;
            if (i < len && buf[i] == ',') {
                i++;
                continue;
            }
            if (i + 1 < len && buf[i] == '\r' && buf[i + 1] == '\n') {
                i += 2;
                break;
            }
            fail_msg("row %zu: a record must end with CRLF (at byte %zu)", row + 1, i);
        }
    }
}

static void csv_free(csv_table *table)
{
    for (size_t r = 0; r < table->rows; r++)
        for (size_t c = 0; c < table->cols[r]; c++)
            cck_free(table->fields[r][c]);
}

static void test_formats_csv_rows(void **state)
{
    (void)state;
    const char *text = "=cmd|' /C calc'!A0, and \"PRP\" cures knees,\nreally.";
    cck_finding f = finding_on(text, "cures", CCK_CATEGORY_CURE, CCK_SEVERITY_WARNING);
    f.suggestion = "-PRP may ease knee pain, for some";
    cck_finding g = finding_on(text, "really", CCK_CATEGORY_CERTAINTY, CCK_SEVERITY_ERROR);
    g.trigger.line = g.trigger.end_line = 2;
    g.suggestion = NULL;
    cck_finding_list list;
    cck_finding_list_init(&list);
    assert_int_equal(cck_finding_list_append(&list, &f), CCK_OK);
    assert_int_equal(cck_finding_list_append(&list, &g), CCK_OK);
    cck_report_record doc = {.kind = CCK_REPORT_DOCUMENT, .path = "drafts/a, b.txt",
                             .text = text, .length = strlen(text)};
    cck_report_record rec = {.kind = CCK_REPORT_JSON, .path = "posts.jsonl", .record = 12,
                             .line = 12, .id = "@x", .id_length = 2, .text = text,
                             .length = strlen(text)};
    cck_report_entry e1 = {&doc, list.items, list.count, NULL, NULL, 0, NULL};
    cck_report_entry e2 = {&rec, list.items, list.count, NULL, NULL, 0, NULL};
    cck_report_entry failed = {&doc, NULL, 0, NULL, NULL, 0, "unreadable"};

    cck_report_run run;
    cck_report_run_init(&run, NULL);
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_report_csv_begin(&out, &run), CCK_OK);
    assert_int_equal(cck_report_csv_entry(&out, &run, &e1), CCK_OK);
    assert_int_equal(cck_report_csv_entry(&out, &run, &failed), CCK_OK);
    assert_int_equal(cck_report_csv_entry(&out, &run, &e2), CCK_OK);
    assert_int_equal(cck_report_csv_end(&out, &run), CCK_OK);

    csv_table table;
    csv_read(out.data, out.len, &table);
    assert_int_equal(table.rows, 5); /* header + 2 + 0 + 2 */
    static const char *const header[] = {
        "path", "record", "id", "line", "column", "end_line", "end_column", "byte_offset",
        "byte_length", "severity", "rule", "category", "message", "sentence", "suggestion"};
    for (size_t r = 0; r < table.rows; r++)
        assert_int_equal(table.cols[r], CCK_ARRAY_LEN(header));
    for (size_t c = 0; c < CCK_ARRAY_LEN(header); c++)
        assert_string_equal(table.fields[0][c], header[c]);
    assert_string_equal(table.fields[1][0], "drafts/a, b.txt");
    assert_string_equal(table.fields[1][1], "");
    assert_string_equal(table.fields[1][2], "");
    char number[32];
    snprintf(number, sizeof number, "%zu", f.trigger.offset);
    assert_string_equal(table.fields[1][7], number);
    assert_string_equal(table.fields[1][8], "5");
    assert_string_equal(table.fields[1][9], "warning");
    assert_string_equal(table.fields[1][10], "cure-claim");
    assert_string_equal(table.fields[1][11], "cure");
    /* The sentence round-trips, but for the apostrophe that defuses its formula. */
    assert_true(table.fields[1][13][0] == '\'');
    assert_string_equal(table.fields[1][13] + 1, text);
    assert_string_equal(table.fields[1][14], "'-PRP may ease knee pain, for some");
    assert_string_equal(table.fields[2][9], "error");
    assert_string_equal(table.fields[2][3], "2");
    assert_string_equal(table.fields[2][14], "");
    assert_string_equal(table.fields[3][0], "posts.jsonl");
    assert_string_equal(table.fields[3][1], "12");
    assert_string_equal(table.fields[3][2], "'@x");
    csv_free(&table);
    assert_int_equal(run.documents, 2);
    assert_int_equal(run.records, 1);
    assert_int_equal(run.failed, 1);
    assert_int_equal(run.findings[CCK_SEVERITY_ERROR], 2);
    cck_buf_free(&out);
    cck_report_run_free(&run);
    cck_finding_list_free(&list);
}

/* ---- summary ranking ---------------------------------------------------------------- */

typedef struct ranked_case {
    const char *path;
    size_t errors, warnings, infos;
    size_t claims, words;
} ranked_case;

/* Runs the summary over hand-made entries and returns its text (caller frees). */
static char *summary_of(const ranked_case *cases, size_t count, size_t top)
{
    const char *text = "Stem cells cure arthritis.";
    cck_report_options options = {.top = top};
    cck_report_run run;
    cck_report_run_init(&run, &options);
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_report_summary_begin(&out, &run), CCK_OK);
    cck_finding_list list;
    cck_finding_list_init(&list);
    for (size_t i = 0; i < count; i++) {
        cck_finding_list_clear(&list);
        const size_t n[4] = {0, cases[i].infos, cases[i].warnings, cases[i].errors};
        for (int severity = 1; severity <= 3; severity++)
            for (size_t k = 0; k < n[severity]; k++) {
                cck_finding f = finding_on(text, "cure", CCK_CATEGORY_CURE,
                                           (cck_severity)severity);
                assert_int_equal(cck_finding_list_append(&list, &f), CCK_OK);
            }
        cck_profile profile;
        memset(&profile, 0, sizeof profile);
        profile.claims = cases[i].claims;
        profile.hedged_claims = cases[i].claims / 2;
        profile.words = cases[i].words;
        profile.bytes = strlen(text);
        cck_report_record record = {.kind = CCK_REPORT_DOCUMENT, .path = cases[i].path,
                                    .text = text, .length = strlen(text)};
        cck_report_entry entry = {&record, list.items, list.count, &profile, NULL, 0, NULL};
        assert_int_equal(cck_report_summary_entry(&out, &run, &entry), CCK_OK);
    }
    assert_int_equal(out.len, 0); /* entries write nothing */
    assert_int_equal(cck_report_summary_end(&out, &run), CCK_OK);
    cck_finding_list_free(&list);
    cck_report_run_free(&run);
    return out.data;
}

/* The order in which the named files appear in the ranked table. */
static void expect_order(const char *summary, const char *const *names, size_t count,
                         const char *name)
{
    const char *table = strstr(summary, "  file\n");
    if (!table)
        fail_msg("case %s: no table in\n%s", name, summary);
    const char *end = strstr(table, "\n\n");
    const char *previous = table;
    for (size_t i = 0; i < count; i++) {
        char needle[64];
        snprintf(needle, sizeof needle, "  %s\n", names[i]);
        const char *at = strstr(table, needle);
        if (!at || (end && at > end))
            fail_msg("case %s: %s is not in the table:\n%s", name, names[i], summary);
        if (at < previous)
            fail_msg("case %s: %s is out of order:\n%s", name, names[i], summary);
        previous = at;
    }
}

static void test_formats_summary_ranking(void **state)
{
    (void)state;
    /* errors first, then warnings, then claim density, then notes, then input order */
    static const ranked_case run_cases[] = {
        {"calm.txt", 0, 0, 1, 1, 1000},        /* density 1 */
        {"dense.txt", 0, 2, 0, 9, 1000},       /* 2 warnings, density 9 */
        {"sparse.txt", 0, 2, 0, 1, 1000},      /* 2 warnings, density 1 */
        {"worst.txt", 3, 0, 0, 1, 1000},       /* 3 errors */
        {"bad.txt", 1, 5, 0, 1, 1000},         /* 1 error, 5 warnings */
        {"tie-a.txt", 0, 1, 0, 2, 1000},
        {"tie-b.txt", 0, 1, 0, 2, 1000},       /* same as tie-a: input order */
        {"noted.txt", 0, 1, 2, 2, 1000},       /* more notes than tie-a */
        {"empty.txt", 0, 0, 0, 0, 0},
    };
    char *summary = summary_of(run_cases, CCK_ARRAY_LEN(run_cases), 0);
    static const char *const want[] = {"worst.txt", "bad.txt",   "dense.txt",
                                       "sparse.txt", "noted.txt", "tie-a.txt",
                                       "tie-b.txt", "calm.txt",  "empty.txt"};
    expect_order(summary, want, CCK_ARRAY_LEN(want), "full ranking");
    assert_non_null(strstr(summary, "Worst 9 of 9"));
    assert_non_null(strstr(summary, "findings: 19 (4 errors, 12 warnings, 3 info)"));
    assert_non_null(strstr(summary, "discuss: cost 0 of 9"));
    assert_null(strstr(summary, "Profile"));
    cck_free(summary);

    /* top 3: only the worst three are kept, in order, whatever order they came in */
    summary = summary_of(run_cases, CCK_ARRAY_LEN(run_cases), 3);
    expect_order(summary, want, 3, "top three");
    assert_non_null(strstr(summary, "Worst 3 of 9"));
    assert_null(strstr(summary, "sparse.txt"));
    assert_null(strstr(summary, "calm.txt"));
    cck_free(summary);

    /* one document: its profile as a checklist */
    static const ranked_case one[] = {{"news.txt", 0, 1, 0, 4, 800}};
    summary = summary_of(one, 1, 0);
    assert_non_null(strstr(summary, "Profile of news.txt:"));
    assert_non_null(strstr(summary, "claims per 1,000 words       5.0"));
    assert_non_null(strstr(summary, "share hedged                 50% (2 of 4)"));
    assert_non_null(strstr(summary, "discusses harms              no"));
    cck_free(summary);
}

/* The table's columns line up: every row is as long as the header up to the file. */
static void test_formats_summary_alignment(void **state)
{
    (void)state;
    static const ranked_case cases[] = {
        {"a.txt", 12, 105, 3, 1234, 99999},
        {"b.txt", 0, 1, 0, 1, 7},
        {"\x1b[31mred\xff.txt", 0, 0, 0, 0, 10},
    };
    char *summary = summary_of(cases, CCK_ARRAY_LEN(cases), 0);
    const char *line = strstr(summary, "  rank");
    assert_non_null(line);
    size_t header_to_file = (size_t)(strstr(line, "  file\n") - line);
    for (int row = 0; row < 3; row++) {
        line = strchr(line, '\n') + 1;
        const char *names[] = {"a.txt", "b.txt", "^[[31mred\xef\xbf\xbd.txt"};
        const char *at = strstr(line, names[row]);
        if (!at || (size_t)(at - line) != header_to_file + 2)
            fail_msg("row %d is not aligned:\n%s", row + 1, summary);
    }
    cck_free(summary);
}

/* ---- SARIF -------------------------------------------------------------------------- */

static void test_formats_sarif_log(void **state)
{
    (void)state;
    /* "Café 💉 PRP cures\nknees." : é is 2 bytes, 💉 4, so "cures" starts at byte 15,
     * code point 11; the sentence spans the line break. */
    const char *text = "Caf\xc3\xa9 \xf0\x9f\x92\x89 PRP cures\nknees.";
    cck_finding f = finding_on(text, "cures", CCK_CATEGORY_CURE, CCK_SEVERITY_WARNING);
    assert_int_equal(f.trigger.offset, 15);
    f.trigger.column = 12;
    f.trigger.end_column = 17;
    f.sentence.line = 1;
    f.sentence.column = 1;
    f.sentence.end_line = 2;
    f.sentence.end_column = 7;
    f.suggestion = "PRP may ease knee pain.";
    f.flags = CCK_FINDING_HEDGED;
    cck_finding g = finding_on(text, "knees", CCK_CATEGORY_EXTRAPOLATION, CCK_SEVERITY_INFO);
    g.suggestion = "Say what the evidence is."; /* advice: never a fix */
    g.flags = CCK_FINDING_ADVICE;
    cck_finding_list list;
    cck_finding_list_init(&list);
    assert_int_equal(cck_finding_list_append(&list, &f), CCK_OK);
    assert_int_equal(cck_finding_list_append(&list, &g), CCK_OK);
    cck_report_record doc = {.kind = CCK_REPORT_DOCUMENT, .path = "my drafts/caf\xc3\xa9.txt",
                             .text = text, .length = strlen(text)};
    cck_report_record line = {.kind = CCK_REPORT_LINE, .path = "<stdin>", .path_is_stdin = 1,
                              .record = 9, .line = 9, .id = "42", .id_length = 2,
                              .id_is_number = 1, .text = text, .length = strlen(text)};
    cck_report_record json = {.kind = CCK_REPORT_JSON, .path = "t.jsonl", .record = 3,
                              .line = 3, .text = text, .length = strlen(text)};
    cck_report_record missing = {.kind = CCK_REPORT_DOCUMENT, .path = "gone.txt"};
    cck_report_entry entries[] = {
        {&doc, list.items, list.count, NULL, NULL, 0, NULL},
        {&missing, NULL, 0, NULL, NULL, 0, "cannot open: no such file"},
        {&line, list.items, list.count, NULL, NULL, 0, NULL},
        {&json, list.items, list.count, NULL, NULL, 0, NULL},
    };
    cck_report_run run;
    cck_report_run_init(&run, NULL);
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_report_sarif_begin(&out, &run), CCK_OK);
    for (size_t i = 0; i < CCK_ARRAY_LEN(entries); i++)
        assert_int_equal(cck_report_sarif_entry(&out, &run, &entries[i]), CCK_OK);
    assert_int_equal(cck_report_sarif_end(&out, &run), CCK_OK);
    json_t *root = parse_json(&out, "sarif");

    assert_true(json_is_string(get_path(root, "$schema")));
    want_string(root, "version", "2.1.0");
    assert_int_equal(json_array_size(get_path(root, "runs")), 1);
    json_t *sarif_run = get_path(root, "runs.0");
    want_string(sarif_run, "columnKind", "unicodeCodePoints");
    want_string(sarif_run, "tool.driver.name", "claimcheck");
    want_string(sarif_run, "tool.driver.version", CCK_VERSION_STRING);
    json_t *rules = get_path(sarif_run, "tool.driver.rules");
    assert_int_equal(json_array_size(rules), CCK_CATEGORY_COUNT);
    for (size_t i = 0; i < CCK_CATEGORY_COUNT; i++) {
        json_t *rule = json_array_get(rules, i);
        const cck_rule *want = rule_of((cck_category)i);
        want_string(rule, "id", want->id);
        static const char *const texts[] = {"name", "shortDescription.text",
                                            "fullDescription.text", "help.text",
                                            "defaultConfiguration.level"};
        for (size_t k = 0; k < CCK_ARRAY_LEN(texts); k++)
            if (!json_is_string(get_path(rule, texts[k])))
                fail_msg("rule %s: no %s", want->id, texts[k]);
        if (strcmp(json_string_value(get_path(rule, "name")), want->id) == 0)
            fail_msg("rule %s: name equals id", want->id);
    }
    json_t *results = get_path(sarif_run, "results");
    assert_int_equal(json_array_size(results), 6);

    /* the document: exact positions, in code points and bytes */
    json_t *r0 = json_array_get(results, 0);
    want_string(r0, "ruleId", "cure-claim");
    want_integer(r0, "ruleIndex", CCK_CATEGORY_CURE);
    want_string(r0, "level", "warning");
    want_string(r0, "message.text", "An unhedged claim.");
    want_string(r0, "locations.0.physicalLocation.artifactLocation.uri",
                "my%20drafts/caf%C3%A9.txt");
    json_t *region = get_path(r0, "locations.0.physicalLocation.region");
    want_integer(region, "startLine", 1);
    want_integer(region, "startColumn", 12);
    want_integer(region, "endLine", 1);
    want_integer(region, "endColumn", 17);
    want_integer(region, "charOffset", 11);
    want_integer(region, "charLength", 5);
    want_integer(region, "byteOffset", 15);
    want_integer(region, "byteLength", 5);
    want_string(region, "snippet.text", "cures");
    json_t *context = get_path(r0, "locations.0.physicalLocation.contextRegion");
    want_integer(context, "charOffset", 0);
    want_integer(context, "charLength", 23);
    want_integer(context, "endLine", 2);
    want_string(context, "snippet.text", text);
    json_t *change = get_path(r0, "fixes.0.artifactChanges.0");
    want_string(change, "artifactLocation.uri", "my%20drafts/caf%C3%A9.txt");
    want_integer(change, "replacements.0.deletedRegion.charOffset", 0);
    want_integer(change, "replacements.0.deletedRegion.charLength", 23);
    want_string(change, "replacements.0.insertedContent.text", "PRP may ease knee pain.");
    want_string(r0, "properties.flags.0", "hedged");
    json_t *r1 = json_array_get(results, 1);
    want_string(r1, "level", "note");
    want_integer(r1, "locations.0.physicalLocation.region.charOffset", 17);
    assert_null(get_path(r1, "fixes"));
    want_string(r1, "properties.flags.0", "advice");

    /* a line of a stream: the stream's line, columns, no character offsets */
    json_t *r2 = json_array_get(results, 2);
    /* unnamed standard input is described, not given a URI (a file named "<stdin>") */
    assert_null(get_path(r2, "locations.0.physicalLocation.artifactLocation.uri"));
    want_string(r2, "locations.0.physicalLocation.artifactLocation.description.text",
                "standard input");
    region = get_path(r2, "locations.0.physicalLocation.region");
    want_integer(region, "startLine", 9);
    want_integer(region, "startColumn", 12);
    assert_null(get_path(region, "charOffset"));
    want_integer(r2, "properties.record", 9);
    want_integer(r2, "properties.id", 42);

    /* a JSON record: its line only, no fix (its text is not the file's) */
    json_t *r4 = json_array_get(results, 4);
    region = get_path(r4, "locations.0.physicalLocation.region");
    want_integer(region, "startLine", 3);
    assert_int_equal(json_object_size(region), 1);
    assert_null(get_path(r4, "fixes"));
    want_integer(r4, "properties.recordByteOffset", 15);

    /* the unreadable file */
    json_t *invocation = get_path(sarif_run, "invocations.0");
    assert_true(json_is_false(get_path(invocation, "executionSuccessful")));
    want_string(invocation, "toolExecutionNotifications.0.message.text",
                "Cannot open: no such file.");
    want_string(invocation,
                "toolExecutionNotifications.0.locations.0.physicalLocation.artifactLocation.uri",
                "gone.txt");
    json_decref(root);
    cck_buf_free(&out);
    cck_report_run_free(&run);

    /* an empty run is a valid log that ran successfully */
    cck_report_run_init(&run, NULL);
    cck_buf_init(&out);
    assert_int_equal(cck_report_sarif_begin(&out, &run), CCK_OK);
    assert_int_equal(cck_report_sarif_end(&out, &run), CCK_OK);
    root = parse_json(&out, "empty sarif");
    assert_int_equal(json_array_size(get_path(root, "runs.0.results")), 0);
    assert_true(json_is_true(get_path(root, "runs.0.invocations.0.executionSuccessful")));
    json_decref(root);
    cck_buf_free(&out);
    cck_report_run_free(&run);
    cck_finding_list_free(&list);
}

/* ---- HTML ---------------------------------------------------------------------------- */

static size_t count_of(const char *haystack, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(haystack, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

static void test_formats_html_structure(void **state)
{
    (void)state;
    const char *text = "Intro. Stem cells <script>x()</script> cure & heal \xff arthritis. "
                       "Fine.";
    const char *sentence = strstr(text, "Stem");
    cck_finding f1 = finding_on(text, "cure", CCK_CATEGORY_CURE, CCK_SEVERITY_WARNING);
    cck_finding f2 = finding_on(text, "cure & heal", CCK_CATEGORY_CURE, CCK_SEVERITY_ERROR);
    cck_finding f3 = finding_on(text, "arthritis", CCK_CATEGORY_REGENERATION,
                                CCK_SEVERITY_INFO);
    cck_finding *all[] = {&f1, &f2, &f3};
    for (size_t i = 0; i < 3; i++) {
        all[i]->sentence.offset = (size_t)(sentence - text);
        all[i]->sentence.length = strlen(sentence) - strlen(" Fine.");
    }
    f2.message = "\"><img src=x onerror=alert(1)>";
    f3.suggestion = "<b>may</b> help";
    cck_finding_list list;
    cck_finding_list_init(&list);
    for (size_t i = 0; i < 3; i++)
        assert_int_equal(cck_finding_list_append(&list, all[i]), CCK_OK);
    cck_profile profile;
    memset(&profile, 0, sizeof profile);
    profile.words = 12;
    profile.claims = 2;
    profile.hedged_claims = 1;
    profile.discusses = CCK_DISCUSSES_HARMS;
    cck_report_record doc = {.kind = CCK_REPORT_DOCUMENT, .path = "drafts/a<b>&'.txt",
                             .text = text, .length = strlen(text)};
    cck_report_record gone = {.kind = CCK_REPORT_DOCUMENT, .path = "gone.txt"};
    cck_report_entry entries[] = {{&doc, list.items, list.count, &profile, NULL, 0, NULL},
                                  {&gone, NULL, 0, NULL, NULL, 0, "cannot open <it>"}};
    cck_report_options options = {0, "<title> & </title><script>"};
    cck_report_run run;
    cck_report_run_init(&run, &options);
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_report_html_begin(&out, &run), CCK_OK);
    for (size_t i = 0; i < CCK_ARRAY_LEN(entries); i++)
        assert_int_equal(cck_report_html_entry(&out, &run, &entries[i]), CCK_OK);
    assert_int_equal(cck_report_html_end(&out, &run), CCK_OK);
    const char *page = out.data;

    /* self-contained and locked down */
    assert_non_null(strstr(page, "<!DOCTYPE html>"));
    assert_non_null(strstr(page, "Content-Security-Policy\" content=\"default-src 'none'; "
                                 "style-src 'sha256-"));
    assert_null(strstr(page, "http://"));
    assert_null(strstr(page, "https://"));
    assert_null(strstr(page, "@import"));
    assert_null(strstr(page, " style=\""));
    /* the input and the title are text */
    assert_int_equal(count_of(page, "<script"), 1);
    assert_int_equal(count_of(page, "<title>&lt;"), 1); /* and the charts' SVG titles */
    assert_int_equal(count_of(page, "<title>"), count_of(page, "</title>"));
    assert_int_equal(count_of(page, "<img"), 0);
    assert_null(strstr(page, "<b>may"));
    assert_non_null(strstr(page, "<title>&lt;title&gt; &amp; &lt;/title&gt;&lt;script&gt;</title>"));
    assert_non_null(strstr(page, "&lt;script&gt;x()&lt;/script&gt;"));
    assert_non_null(strstr(page, "drafts/a&lt;b&gt;&amp;&#39;.txt"));
    assert_non_null(strstr(page, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert_non_null(strstr(page, "&lt;b&gt;may&lt;/b&gt; help"));
    assert_non_null(strstr(page, "</mark> \xef\xbf\xbd <mark"));
    assert_non_null(strstr(page, "Could not be read or scanned: cannot open &lt;it&gt;"));

    /* two highlights: the overlapping triggers merged (at the worst severity), then one */
    assert_int_equal(count_of(page, "<mark "), 2);
    assert_int_equal(count_of(page, "</mark>"), 2);
    assert_non_null(strstr(page, "<mark class=\"trig sev-error\" id=\"d1-m1\""));
    assert_non_null(strstr(page, "data-findings=\"d1-f1 d1-f2\""));
    assert_non_null(strstr(page, ">cure &amp; heal</mark>"));
    assert_non_null(strstr(page, "<mark class=\"trig sev-info\" id=\"d1-m2\""));
    assert_non_null(strstr(page, ">arthritis</mark>"));
    /* one shaded sentence holding both, and text outside it untouched */
    assert_int_equal(count_of(page, "<span class=\"sent "), 1);
    assert_non_null(strstr(page, "<article class=\"text\" lang=\"en\">Intro. <span class=\"sent "
                                 "sev-error\">Stem cells"));
    assert_non_null(strstr(page, "arthritis</mark>.</span> Fine.</article>"));
    /* three listed findings pointing at their marks */
    assert_int_equal(count_of(page, "<details class=\"finding"), 3);
    assert_non_null(strstr(page, "id=\"d1-f2\" data-mark=\"d1-m1\""));
    assert_non_null(strstr(page, "id=\"d1-f3\" data-mark=\"d1-m2\""));
    /* the profile and the failed file's section */
    assert_non_null(strstr(page, "<svg viewBox="));
    assert_non_null(strstr(page, "<li class=\"yes\">harms</li>"));
    assert_non_null(strstr(page, "<li class=\"no\">cost</li>"));
    assert_non_null(strstr(page, "<section class=\"doc\" id=\"d2\">"));
    assert_int_equal(count_of(page, "<section"), count_of(page, "</section>"));
    assert_non_null(strstr(page, "</html>\n"));
    cck_buf_free(&out);
    cck_report_run_free(&run);
    cck_finding_list_free(&list);
}

/* Triggers out of order, nested, repeated and past the end of the text still give
 * well-nested markup that shows every byte once. */
static void test_formats_html_odd_spans(void **state)
{
    (void)state;
    const char *text = "abc def ghi. jkl mno.";
    static const struct {
        size_t trigger, length, sentence, sentence_length;
    } spans[] = {
        {8, 3, 0, 12},   /* ghi */
        {4, 7, 0, 12},   /* def ghi: overlaps the first */
        {4, 3, 0, 12},   /* def: inside the second */
        {13, 3, 13, 8},  /* jkl */
        {13, 3, 13, 8},  /* jkl again */
        {17, 50, 13, 8}, /* past the end: clamped */
        {19, 0, 13, 8},  /* empty */
        {12, 0, 0, 12},  /* empty, at the very end of the first sentence */
    };
    cck_finding_list list;
    cck_finding_list_init(&list);
    for (size_t i = 0; i < CCK_ARRAY_LEN(spans); i++) {
        cck_finding f = finding_on(text, "abc", CCK_CATEGORY_HYPE, CCK_SEVERITY_WARNING);
        f.trigger.offset = spans[i].trigger;
        f.trigger.length = spans[i].length;
        f.sentence.offset = spans[i].sentence;
        f.sentence.length = spans[i].sentence_length;
        assert_int_equal(cck_finding_list_append(&list, &f), CCK_OK);
    }
    cck_report_record doc = {.kind = CCK_REPORT_DOCUMENT, .path = "odd.txt", .text = text,
                             .length = strlen(text)};
    cck_report_entry entry = {&doc, list.items, list.count, NULL, NULL, 0, NULL};
    cck_report_run run;
    cck_report_run_init(&run, NULL);
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_report_html_entry(&out, &run, &entry), CCK_OK);
    /* the text without its tags is the input */
    const char *article = strstr(out.data, "<article");
    const char *end = strstr(article, "</article>");
    assert_non_null(article);
    article = strchr(article, '>') + 1;
    char plain[64];
    size_t n = 0;
    int depth = 0, in_tag = 0;
    for (const char *p = article; p < end; p++) {
        if (*p == '<') {
            in_tag = 1;
            depth += p[1] == '/' ? -1 : 1;
            if (depth < 0)
                fail_msg("a closing tag without its opening tag in %s", out.data);
        } else if (*p == '>') {
            in_tag = 0;
        } else if (!in_tag) {
            assert_true(n + 1 < sizeof plain);
            plain[n++] = *p;
        }
    }
    plain[n] = '\0';
    assert_int_equal(depth, 0);
    assert_string_equal(plain, text);
    /* marks: "def ghi", an empty one, "jkl", "mno." (clamped; the empty one at 19
     * falls in it) */
    assert_int_equal(count_of(out.data, "<mark "), 4);
    assert_non_null(strstr(out.data, "data-findings=\"d1-f8\""));
    assert_non_null(strstr(out.data, ">def ghi</mark>"));
    assert_non_null(strstr(out.data, "data-findings=\"d1-f2 d1-f3 d1-f1\""));
    assert_non_null(strstr(out.data, "data-findings=\"d1-f4 d1-f5\""));
    assert_non_null(strstr(out.data, ">jkl</mark>"));
    assert_non_null(strstr(out.data, "data-findings=\"d1-f6 d1-f7\""));
    assert_non_null(strstr(out.data, ">mno.</mark>"));
    assert_int_equal(count_of(out.data, "<span class=\"sent "), 2);
    cck_buf_free(&out);
    cck_report_run_free(&run);
    cck_finding_list_free(&list);
}

/* ---- main ------------------------------------------------------------------------- */

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_formats_csv_escape_table),
        cmocka_unit_test(test_formats_html_escape_table),
        cmocka_unit_test(test_formats_html_escape_every_byte),
        cmocka_unit_test(test_formats_uri_escape_table),
        cmocka_unit_test(test_formats_finding_list_survives_scanner_reuse),
        cmocka_unit_test(test_formats_finding_list_blocks_and_clear),
        cmocka_unit_test(test_formats_finding_list_mixed_sizes),
        cmocka_unit_test(test_formats_json_document),
        cmocka_unit_test(test_formats_csv_rows),
        cmocka_unit_test(test_formats_summary_ranking),
        cmocka_unit_test(test_formats_summary_alignment),
        cmocka_unit_test(test_formats_sarif_log),
        cmocka_unit_test(test_formats_html_structure),
        cmocka_unit_test(test_formats_html_odd_spans),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
