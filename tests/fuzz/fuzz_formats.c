/* fuzz_formats.c - fuzz target for the whole-run printers (src/report/formats.h): the
 * JSON document, SARIF 2.1.0, CSV, the HTML report and the summary table.
 *
 * Option byte: bits 0-1 the record kind (document, stream line, JSON record); bit 2
 * all_topics; bit 3 the record failed (no scan, an error); bit 4 a fixed claim-rich
 * record is printed before it, else after it; bit 5 the record has an id (a stream
 * line or a JSON record), taken from the input; bit 6 that id is a JSON number. Second
 * byte: bits 0-3 the length of a path taken from the input, bits 4-7 the length of the
 * id taken after it. The rest is the record's text.
 * Checks: the JSON document and the SARIF log parse with jansson and hold one file
 * object per entry and one result per finding; the CSV is valid UTF-8 and RFC 4180
 * with 15 fields in every row and one row per finding; the HTML report is valid UTF-8
 * and has no element that the report itself never writes (the input's markup is
 * escaped); the summary is valid UTF-8 without control characters. */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "fuzz.h"
#include "report/formats.h"

#define MAX_DIAGNOSTICS 10
#define CSV_FIELDS 15

static const char fixed_text[] =
    "Our stem cell therapy cures arthritis with no side effects. It is FDA approved! "
    "A small study (n = 12) in mice suggests PRP may help tendons heal.";

typedef struct scanned {
    cck_finding_list list;
    cck_error diagnostics[MAX_DIAGNOSTICS];
    size_t diagnostic_count;
    cck_profile profile;
} scanned;

static int on_finding(const cck_finding *finding, void *user_data)
{
    scanned *s = user_data;
    FUZZ_CHECK(cck_finding_list_append(&s->list, finding) == CCK_OK);
    return 0;
}

static int on_diagnostic(const cck_error *diagnostic, void *user_data)
{
    scanned *s = user_data;
    if (s->diagnostic_count < MAX_DIAGNOSTICS)
        s->diagnostics[s->diagnostic_count++] = *diagnostic;
    return 0;
}

static void scan(const cck_report_record *record, int all_topics, scanned *s)
{
    cck_scanner *scanner = cck_scanner_new(fuzz_default_engine(all_topics));
    FUZZ_CHECK(scanner != NULL);
    cck_scan_callbacks callbacks = {on_finding, on_diagnostic, s};
    int status = cck_scanner_scan(scanner, record->text, record->length, &callbacks,
                                  &s->profile);
    FUZZ_CHECK(status == CCK_OK || status == CCK_EUTF8 || status == CCK_ELIMIT);
    cck_scanner_free(scanner);
}

typedef int (*begin_fn)(cck_buf *, cck_report_run *);
typedef int (*entry_fn)(cck_buf *, cck_report_run *, const cck_report_entry *);

static void print(cck_buf *out, begin_fn begin, entry_fn entry, begin_fn end,
                  const cck_report_entry *entries, size_t count)
{
    cck_report_run run;
    cck_report_run_init(&run, NULL);
    FUZZ_CHECK(begin(out, &run) == CCK_OK);
    for (size_t i = 0; i < count; i++)
        FUZZ_CHECK(entry(out, &run, &entries[i]) == CCK_OK);
    FUZZ_CHECK(end(out, &run) == CCK_OK);
    cck_report_run_free(&run);
    FUZZ_CHECK(fuzz_utf8_is_valid(out->data ? out->data : "", out->len));
}

static json_t *parse(const cck_buf *out)
{
    json_error_t jerr;
    json_t *root = json_loadb(out->data, out->len, JSON_ALLOW_NUL, &jerr);
    if (!root)
        fprintf(stderr, "does not parse: %s (line %d, column %d)\n", jerr.text, jerr.line,
                jerr.column);
    FUZZ_CHECK(root != NULL && json_is_object(root));
    return root;
}

/* RFC 4180: returns the number of rows, each checked to have CSV_FIELDS fields. */
static size_t check_csv(const char *s, size_t len)
{
    size_t rows = 0, fields = 1, at = 0;
    while (at < len) {
        if (s[at] == '"') {
            at++;
            for (;;) {
                FUZZ_CHECK(at < len); /* a quoted field is closed */
                if (s[at] == '"') {
                    if (at + 1 < len && s[at + 1] == '"') {
                        at += 2;
                        continue;
                    }
                    at++;
                    break;
                }
                at++;
            }
        } else {
            while (at < len && s[at] != ',' && s[at] != '\r' && s[at] != '\n') {
                FUZZ_CHECK(s[at] != '"');
                at++;
            }
        }
        FUZZ_CHECK(at < len); /* every row ends with CRLF */
        if (s[at] == ',') {
            fields++;
            at++;
            continue;
        }
        FUZZ_CHECK(s[at] == '\r' && at + 1 < len && s[at + 1] == '\n');
        FUZZ_CHECK(fields == CSV_FIELDS);
        rows++;
        fields = 1;
        at += 2;
    }
    return rows;
}

/* Every element in the page is one the report writes itself. */
static void check_html(const char *s, size_t len)
{
    static const char *const allowed[] = {
        "a", "article", "aside", "b", "body", "details", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "head", "header", "html", "li",
        "line", "main", "mark", "meta", "ol", "p", "rect", "script", "section", "span",
        "style", "summary", "svg", "text", "title", "ul"};
    size_t scripts = 0;
    for (size_t at = 0; at + 1 < len; at++) {
        if (s[at] != '<')
            continue;
        size_t name = at + 1 + (s[at + 1] == '/');
        size_t end = name;
        while (end < len && ((s[end] >= 'a' && s[end] <= 'z') || (s[end] >= '0' && s[end] <= '9')))
            end++;
        if (end == name)
            continue; /* "<!DOCTYPE", "< " in the script */
        int known = 0;
        for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
            known |= strlen(allowed[i]) == end - name &&
                     memcmp(allowed[i], s + name, end - name) == 0;
        if (!known)
            fprintf(stderr, "unexpected element <%.*s>\n", (int)(end - name), s + name);
        FUZZ_CHECK(known);
        scripts += s[at + 1] != '/' && end - name == 6 && memcmp(s + name, "script", 6) == 0;
    }
    FUZZ_CHECK(scripts == 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size};
    unsigned options = fuzz_take_byte(&in);
    unsigned path_byte = fuzz_take_byte(&in);
    char path[16];
    size_t path_len = path_byte & 15u;
    if (path_len > in.size)
        path_len = in.size;
    memcpy(path, in.data, path_len);
    path[path_len] = '\0';
    in.data += path_len;
    in.size -= path_len;
    /* An id as the JSON Lines reader gives it: any bytes for a string, the text of an
     * integer for a number. */
    char id[16];
    size_t id_len = (options & 32) ? path_byte >> 4 : 0;
    if (id_len > in.size)
        id_len = in.size;
    memcpy(id, in.data, id_len);
    int id_is_number = (options & 64) != 0 && id_len > 0;
    for (size_t i = 0; id_is_number && i < id_len; i++)
        id[i] = (char)((i == 0 ? '1' : '0') + (unsigned char)id[i] % (i == 0 ? 9 : 10));
    id[id_len] = '\0';
    in.data += id_len;
    in.size -= id_len;
    char *text = fuzz_copy(in.data, in.size);

    static const cck_record_kind kinds[4] = {CCK_REPORT_DOCUMENT, CCK_REPORT_LINE,
                                             CCK_REPORT_JSON, CCK_REPORT_DOCUMENT};
    cck_report_record fuzzed = {.kind = kinds[options & 3u], .path = path, .record = 3,
                                .line = 3, .text = text, .length = in.size};
    if (fuzzed.kind != CCK_REPORT_DOCUMENT && (options & 32)) {
        fuzzed.id = id;
        fuzzed.id_length = id_len;
        fuzzed.id_is_number = id_is_number;
    }
    cck_report_record fixed = {.kind = CCK_REPORT_DOCUMENT, .path = "fixed.txt",
                               .text = fixed_text, .length = sizeof fixed_text - 1};
    int all_topics = (options & 4) != 0;
    int failed = (options & 8) != 0;
    scanned s[2];
    for (size_t i = 0; i < 2; i++) {
        memset(&s[i], 0, sizeof s[i]);
        cck_finding_list_init(&s[i].list);
    }
    scan(&fixed, 0, &s[0]);
    if (!failed)
        scan(&fuzzed, all_topics, &s[1]);

    cck_report_entry entries[2];
    cck_report_entry fixed_entry = {&fixed, s[0].list.items, s[0].list.count, &s[0].profile,
                                    s[0].diagnostics, s[0].diagnostic_count, NULL};
    cck_report_entry fuzzed_entry = {&fuzzed, s[1].list.items, s[1].list.count,
                                     failed ? NULL : &s[1].profile, s[1].diagnostics,
                                     s[1].diagnostic_count, failed ? path : NULL};
    int fixed_first = (options & 16) != 0;
    entries[fixed_first ? 0 : 1] = fixed_entry;
    entries[fixed_first ? 1 : 0] = fuzzed_entry;
    size_t findings = s[0].list.count + s[1].list.count;

    cck_buf out;
    cck_buf_init(&out);
    print(&out, cck_report_json_begin, cck_report_json_entry, cck_report_json_end, entries, 2);
    json_t *root = parse(&out);
    json_t *files = json_object_get(root, "files");
    FUZZ_CHECK(json_is_array(files) && json_array_size(files) == 2);
    for (size_t i = 0; i < 2; i++)
        FUZZ_CHECK(json_array_size(json_object_get(json_array_get(files, i), "findings")) ==
                   entries[i].finding_count);
    json_decref(root);

    cck_buf_clear(&out);
    print(&out, cck_report_sarif_begin, cck_report_sarif_entry, cck_report_sarif_end, entries,
          2);
    root = parse(&out);
    FUZZ_CHECK(strcmp(json_string_value(json_object_get(root, "version")), "2.1.0") == 0);
    json_t *run = json_array_get(json_object_get(root, "runs"), 0);
    FUZZ_CHECK(json_array_size(json_object_get(run, "results")) == findings);
    json_decref(root);

    cck_buf_clear(&out);
    print(&out, cck_report_csv_begin, cck_report_csv_entry, cck_report_csv_end, entries, 2);
    FUZZ_CHECK(check_csv(out.data ? out.data : "", out.len) == 1 + findings);

    cck_buf_clear(&out);
    print(&out, cck_report_html_begin, cck_report_html_entry, cck_report_html_end, entries, 2);
    check_html(out.data, out.len);

    cck_buf_clear(&out);
    print(&out, cck_report_summary_begin, cck_report_summary_entry, cck_report_summary_end,
          entries, 2);
    for (size_t i = 0; i < out.len; i++)
        FUZZ_CHECK((unsigned char)out.data[i] >= 0x20 || out.data[i] == '\n');

    cck_buf_free(&out);
    for (size_t i = 0; i < 2; i++)
        cck_finding_list_free(&s[i].list);
    free(text);
    return 0;
}
