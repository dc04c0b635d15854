/* fuzz_report.c - fuzz target for the output printers (compiler-style text and JSON
 * Lines) on the findings of a scanned record.
 *
 * Option byte: bits 0-1 the record kind (document, stream line, JSON record); bit 2
 * colour; bit 3 quiet; bit 4 all_topics; bits 5-6 the id: none, a string, an integer,
 * a real number. Second byte: bits 0-3 the length of a path taken from the input,
 * bit 7 "read from stdin". Third byte: bits 0-3 the length of the id's bytes, bit 7
 * the record failed with those bytes as its error message. The rest is the text.
 * Checks: the JSON Lines output is one line that jansson parses, with one finding
 * object per finding and the path, id and sentences decoding back to the input bytes;
 * the text output is valid UTF-8 in which no control character, C1 control or
 * bidirectional override of the input survives raw, one line per finding when quiet
 * and three or four otherwise. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "fuzz.h"
#include "report/report.h"

#define MAX_DIAGNOSTICS 10

typedef struct render {
    const cck_report_record *record;
    const cck_text_style *style;
    cck_buf jsonl;
    cck_buf text;
    size_t findings;
    size_t sentence_offsets[64];
    size_t sentence_lengths[64];
    cck_error diagnostics[MAX_DIAGNOSTICS];
    size_t diagnostic_count;
} render;

static size_t count_newlines(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += s[i] == '\n';
    return n;
}

/* Valid UTF-8 with no 0x1A, the byte the printers show as U+FFFD: such bytes must
 * come back unchanged from a JSON string. */
static int round_trips(const char *s, size_t len)
{
    return fuzz_utf8_is_valid(s, len) && !memchr(s, 0x1A, len);
}

static int on_finding(const cck_finding *finding, void *user_data)
{
    render *r = user_data;
    FUZZ_CHECK(cck_report_jsonl_finding(&r->jsonl, r->record, finding, r->findings) ==
               CCK_OK);
    cck_buf one;
    cck_buf_init(&one);
    FUZZ_CHECK(cck_report_text_finding(&one, r->record, finding, r->style) == CCK_OK);
    size_t lines = count_newlines(one.data, one.len);
    FUZZ_CHECK(one.len > 0 && one.data[one.len - 1] == '\n');
    if (r->style->quiet)
        FUZZ_CHECK(lines == 1);
    else
        FUZZ_CHECK(lines == (finding->suggestion && finding->suggestion[0] ? 4u : 3u) +
                                (r->record->id && r->record->id_length ? 1u : 0u));
    FUZZ_CHECK(cck_buf_append(&r->text, one.data, one.len) == CCK_OK);
    cck_buf_free(&one);
    if (r->findings < 64) {
        r->sentence_offsets[r->findings] = finding->sentence.offset;
        r->sentence_lengths[r->findings] = finding->sentence.length;
    }
    r->findings++;
    return 0;
}

static int on_diagnostic(const cck_error *diagnostic, void *user_data)
{
    render *r = user_data;
    if (r->diagnostic_count < MAX_DIAGNOSTICS)
        r->diagnostics[r->diagnostic_count++] = *diagnostic;
    return 0;
}

/* The text output: valid UTF-8, and nothing from the input that steers a terminal. */
static void check_text(const cck_buf *out, int color)
{
    const char *s = out->data ? out->data : "";
    FUZZ_CHECK(fuzz_utf8_is_valid(s, out->len));
    size_t at = 0;
    while (at < out->len) {
        uint32_t cp = 0;
        size_t n = fuzz_utf8_decode(s + at, out->len - at, &cp);
        FUZZ_CHECK(n > 0);
        if (cp == 0x1B)
            FUZZ_CHECK(color && at + 1 < out->len && s[at + 1] == '[');
        else if (cp < 0x20)
            FUZZ_CHECK(cp == '\n');
        FUZZ_CHECK(cp != 0x7F);
        FUZZ_CHECK(!(cp >= 0x80 && cp <= 0x9F));
        FUZZ_CHECK(!(cp >= 0x202A && cp <= 0x202E) && !(cp >= 0x2066 && cp <= 0x2069));
        at += n;
    }
}

static void check_string_member(json_t *object, const char *key, const char *want,
                                size_t want_len)
{
    json_t *value = json_object_get(object, key);
    FUZZ_CHECK(json_is_string(value));
    if (round_trips(want, want_len)) {
        FUZZ_CHECK(json_string_length(value) == want_len);
        FUZZ_CHECK(memcmp(json_string_value(value), want, want_len) == 0);
    }
}

static void check_jsonl(const render *r, const cck_report_record *record,
                        const char *error_message, int scanned)
{
    const char *s = r->jsonl.data;
    FUZZ_CHECK(s != NULL && r->jsonl.len > 0);
    FUZZ_CHECK(s[r->jsonl.len - 1] == '\n');
    FUZZ_CHECK(count_newlines(s, r->jsonl.len) == 1);
    FUZZ_CHECK(fuzz_utf8_is_valid(s, r->jsonl.len));
    json_error_t jerr;
    json_t *root = json_loadb(s, r->jsonl.len, JSON_ALLOW_NUL, &jerr);
    if (!root) {
        fprintf(stderr, "JSON Lines output does not parse: %s (column %d)\n%.*s", jerr.text,
                jerr.column, (int)(r->jsonl.len < 2000 ? r->jsonl.len : 2000), s);
        FUZZ_CHECK(root != NULL);
    }
    FUZZ_CHECK(json_is_object(root));
    json_t *findings = json_object_get(root, "findings");
    FUZZ_CHECK(json_is_array(findings) && json_array_size(findings) == r->findings);
    if (record->kind == CCK_REPORT_DOCUMENT || !record->path_is_stdin)
        check_string_member(root, "path", record->path, strlen(record->path));
    if (record->kind != CCK_REPORT_DOCUMENT)
        FUZZ_CHECK(json_integer_value(json_object_get(root, "record")) ==
                   (json_int_t)record->record);
    if (record->id && record->id_is_number)
        FUZZ_CHECK(json_is_number(json_object_get(root, "id")));
    else if (record->id)
        check_string_member(root, "id", record->id, record->id_length);
    if (error_message)
        check_string_member(root, "error", error_message, strlen(error_message));
    FUZZ_CHECK((json_object_get(root, "profile") != NULL) == scanned);
    for (size_t i = 0; i < json_array_size(findings) && i < 64; i++) {
        json_t *f = json_array_get(findings, i);
        FUZZ_CHECK(json_is_object(f));
        size_t offset = r->sentence_offsets[i], length = r->sentence_lengths[i];
        FUZZ_CHECK(offset + length <= record->length);
        check_string_member(f, "sentence", record->text + offset, length);
        FUZZ_CHECK(json_is_array(json_object_get(f, "cues")));
    }
    json_t *diagnostics = json_object_get(root, "diagnostics");
    FUZZ_CHECK(diagnostics == NULL || json_array_size(diagnostics) == r->diagnostic_count);
    json_decref(root);
}

/* A JSON number as the record reader would print it: an integer or "%.17g". */
static size_t make_number(const uint8_t *bytes, size_t n, int real, char *out, size_t cap)
{
    uint64_t bits = 0;
    for (size_t i = 0; i < n; i++)
        bits = bits << 8 | bytes[i];
    int written;
    if (real) {
        double value = (double)(int64_t)bits / (double)((bits & 0xFFu) + 1u) * 1e-3;
        written = snprintf(out, cap, "%.17g", value);
    } else {
        written = snprintf(out, cap, "%lld", (long long)(int64_t)bits);
    }
    FUZZ_CHECK(written > 0 && (size_t)written < cap);
    return (size_t)written;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size};
    unsigned options = fuzz_take_byte(&in);
    unsigned path_byte = fuzz_take_byte(&in);
    unsigned id_byte = fuzz_take_byte(&in);

    char path[16];
    size_t path_len = path_byte & 15u;
    if (path_len > in.size)
        path_len = in.size;
    memcpy(path, in.data, path_len);
    path[path_len] = '\0'; /* the printers read it up to its first NUL */
    in.data += path_len;
    in.size -= path_len;

    size_t id_len = id_byte & 15u;
    if (id_len > in.size)
        id_len = in.size;
    char id[64];
    const uint8_t *id_bytes = in.data;
    in.data += id_len;
    in.size -= id_len;
    unsigned id_mode = (options >> 5) & 3u;
    char error_message[16];
    memcpy(error_message, id_bytes, id_len);
    error_message[id_len] = '\0';

    char *text = fuzz_copy(in.data, in.size);
    static const cck_record_kind kinds[4] = {CCK_REPORT_DOCUMENT, CCK_REPORT_LINE,
                                             CCK_REPORT_JSON, CCK_REPORT_DOCUMENT};
    cck_report_record record = {.kind = kinds[options & 3u],
                                .path = path,
                                .path_is_stdin = (path_byte & 0x80) != 0,
                                .record = 7,
                                .line = 7,
                                .text = text,
                                .length = in.size};
    if (record.kind == CCK_REPORT_DOCUMENT)
        record.record = 0;
    if (id_mode == 1) {
        memcpy(id, id_bytes, id_len);
        record.id = id;
        record.id_length = id_len;
    } else if (id_mode >= 2) {
        record.id_length = make_number(id_bytes, id_len < 8 ? id_len : 8, id_mode == 3, id,
                                       sizeof id);
        record.id = id;
        record.id_is_number = 1;
    }
    cck_text_style style = {(options & 4) != 0, (options & 8) != 0};

    render r;
    memset(&r, 0, sizeof r);
    r.record = &record;
    r.style = &style;
    cck_buf_init(&r.jsonl);
    cck_buf_init(&r.text);
    const char *failure = (id_byte & 0x80) ? error_message : NULL;
    int scanned = 0;
    FUZZ_CHECK(cck_report_jsonl_begin(&r.jsonl, &record) == CCK_OK);
    if (!failure) {
        cck_scanner *scanner = cck_scanner_new(fuzz_default_engine((options & 16) != 0));
        FUZZ_CHECK(scanner != NULL);
        cck_scan_callbacks callbacks = {on_finding, on_diagnostic, &r};
        cck_profile profile;
        int status = cck_scanner_scan(scanner, text, in.size, &callbacks, &profile);
        FUZZ_CHECK(status == CCK_OK || status == CCK_EUTF8 || status == CCK_ELIMIT);
        cck_scanner_free(scanner);
        FUZZ_CHECK(cck_report_jsonl_end(&r.jsonl, &record, &profile, r.diagnostics,
                                        r.diagnostic_count, NULL) == CCK_OK);
        scanned = 1;
    } else {
        FUZZ_CHECK(cck_report_jsonl_end(&r.jsonl, &record, NULL, NULL, 0, failure) == CCK_OK);
    }
    check_jsonl(&r, &record, failure, scanned);

    for (size_t i = 0; i < r.diagnostic_count; i++)
        FUZZ_CHECK(cck_report_text_problem(&r.text, path, r.diagnostics[i].line,
                                           r.diagnostics[i].column, "error",
                                           r.diagnostics[i].message, &style) == CCK_OK);
    if (failure)
        FUZZ_CHECK(cck_report_text_problem(&r.text, path, 7, 0, "error", failure, &style) ==
                   CCK_OK);
    cck_report_totals totals = {1, 0, {0, r.findings, 0, 0}, r.diagnostic_count, r.findings};
    FUZZ_CHECK(cck_report_text_summary(&r.text, &totals) == CCK_OK);
    check_text(&r.text, style.color);

    cck_buf_free(&r.jsonl);
    cck_buf_free(&r.text);
    free(text);
    return 0;
}
