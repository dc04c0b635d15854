/* report_sample.c - drives a whole-run printer the way the command will: scans real
 * files with the default lexicons, keeps each file's findings in a cck_finding_list,
 * and writes one report. The format tests run it on the corpus and on fixtures.
 *
 *     report_sample FORMAT OUTPUT [--top N] [--title T] [--lines] [--jsonl-id] FILE...
 *
 * FORMAT is json, jsonl, sarif, csv, html or summary. --lines reads the files that
 * follow as one record per line (ids "line-N" with --jsonl-id, to exercise ids). A
 * path that cannot be read becomes an entry with an error, as in the command. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/formats.h"

#define MAX_DIAGNOSTICS 10

typedef enum format { JSON, JSONL, SARIF, CSV, HTML, SUMMARY } format;

typedef struct sample {
    format format;
    cck_scanner *scanner;
    cck_report_run run;
    cck_buf out;
    cck_finding_list list;
    cck_error diagnostics[MAX_DIAGNOSTICS];
    size_t diagnostic_count;
} sample;

static int on_finding(const cck_finding *finding, void *user_data)
{
    sample *s = user_data;
    return cck_finding_list_append(&s->list, finding) != CCK_OK;
}

static int on_diagnostic(const cck_error *diagnostic, void *user_data)
{
    sample *s = user_data;
    if (s->diagnostic_count < MAX_DIAGNOSTICS)
        s->diagnostics[s->diagnostic_count++] = *diagnostic;
    return 0;
}

static int print_entry(sample *s, const cck_report_entry *entry)
{
    switch (s->format) {
    case JSON: return cck_report_json_entry(&s->out, &s->run, entry);
    case SARIF: return cck_report_sarif_entry(&s->out, &s->run, entry);
    case CSV: return cck_report_csv_entry(&s->out, &s->run, entry);
    case HTML: return cck_report_html_entry(&s->out, &s->run, entry);
    case SUMMARY: return cck_report_summary_entry(&s->out, &s->run, entry);
    case JSONL: break;
    }
    const cck_report_record *record = entry->record;
    int status = cck_report_jsonl_begin(&s->out, record);
    size_t count = entry->finding_count;
    for (size_t i = 0; i < count; i++)
        status |= cck_report_jsonl_finding(&s->out, record, &entry->findings[i], i);
    status |= cck_report_jsonl_end(&s->out, record, entry->profile, entry->diagnostics,
                                   entry->diagnostic_count, entry->error);
    return status;
}

static int scan_and_print(sample *s, const cck_report_record *record)
{
    cck_finding_list_clear(&s->list);
    s->diagnostic_count = 0;
    cck_profile profile;
    memset(&profile, 0, sizeof profile);
    cck_scan_callbacks callbacks = {on_finding, on_diagnostic, s};
    int status = cck_scanner_scan(s->scanner, record->text, record->length, &callbacks,
                                  &profile);
    const char *error = NULL;
    if (status != CCK_OK && status != CCK_EUTF8)
        error = cck_status_string(status);
    cck_report_entry entry = {record, s->list.items, s->list.count, &profile, s->diagnostics,
                              s->diagnostic_count, error};
    return print_entry(s, &entry);
}

static char *read_file(const char *path, size_t *length)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    cck_buf buf;
    cck_buf_init(&buf);
    char chunk[65536];
    size_t n;
    int status = cck_buf_puts(&buf, "");
    while (status == CCK_OK && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        status = cck_buf_append(&buf, chunk, n);
    int failed = ferror(f) || status != CCK_OK;
    fclose(f);
    if (failed) {
        cck_buf_free(&buf);
        return NULL;
    }
    *length = buf.len;
    return buf.data;
}

static int do_file(sample *s, const char *path, int lines, int ids)
{
    size_t length = 0;
    char *text = read_file(path, &length);
    if (!text) {
        cck_report_record record = {.kind = CCK_REPORT_DOCUMENT, .path = path};
        cck_report_entry entry = {&record, NULL, 0, NULL, NULL, 0, "cannot open"};
        return print_entry(s, &entry);
    }
    int status = CCK_OK;
    if (!lines) {
        cck_report_record record = {.kind = CCK_REPORT_DOCUMENT, .path = path, .text = text,
                                    .length = length};
        status = scan_and_print(s, &record);
    } else {
        size_t number = 0;
        for (size_t at = 0; at < length && status == CCK_OK;) {
            const char *nl = memchr(text + at, '\n', length - at);
            size_t end = nl ? (size_t)(nl - text) : length;
            size_t line_end = end > at && text[end - 1] == '\r' ? end - 1 : end;
            number++;
            char id[32];
            snprintf(id, sizeof id, "line-%zu", number);
            cck_report_record record = {.kind = CCK_REPORT_LINE, .path = path,
                                        .record = number, .line = number,
                                        .id = ids ? id : NULL, .id_length = strlen(id),
                                        .text = text + at, .length = line_end - at};
            status = scan_and_print(s, &record);
            at = nl ? end + 1 : length;
        }
    }
    cck_free(text);
    return status;
}

static cck_engine *build_engine(void)
{
    cck_error error;
    memset(&error, 0, sizeof error);
    cck_lexicon *lexicon = cck_lexicon_new();
    cck_engine *engine = NULL;
    int status = lexicon ? cck_lexicon_load_defaults(lexicon, &error) : CCK_ENOMEM;
    if (status == CCK_OK)
        status = cck_engine_new(lexicon, NULL, &engine, &error);
    cck_lexicon_free(lexicon);
    if (status != CCK_OK)
        fprintf(stderr, "report_sample: %s\n", error.message);
    return engine;
}

int main(int argc, char **argv)
{
    static const char *const names[] = {"json", "jsonl", "sarif", "csv", "html", "summary"};
    if (argc < 4) {
        fprintf(stderr, "usage: report_sample FORMAT OUTPUT [--top N] [--title T] "
                        "[--lines] [--jsonl-id] FILE...\n");
        return 2;
    }
    sample s;
    memset(&s, 0, sizeof s);
    s.format = (format)-1;
    for (size_t i = 0; i < CCK_ARRAY_LEN(names); i++)
        if (strcmp(argv[1], names[i]) == 0)
            s.format = (format)i;
    if ((int)s.format < 0) {
        fprintf(stderr, "report_sample: unknown format %s\n", argv[1]);
        return 2;
    }
    cck_report_options options = {0, NULL};
    int first = 3;
    while (first + 1 < argc && (strcmp(argv[first], "--top") == 0 ||
                                strcmp(argv[first], "--title") == 0)) {
        if (strcmp(argv[first], "--top") == 0)
            options.top = (size_t)strtoul(argv[first + 1], NULL, 10);
        else
            options.title = argv[first + 1];
        first += 2;
    }
    cck_engine *engine = build_engine();
    s.scanner = engine ? cck_scanner_new(engine) : NULL;
    if (!s.scanner) {
        cck_engine_free(engine);
        return 2;
    }
    cck_report_run_init(&s.run, &options);
    cck_buf_init(&s.out);
    cck_finding_list_init(&s.list);
    FILE *out = fopen(argv[2], "wb");
    int status = out ? CCK_OK : CCK_EIO;
    switch (s.format) {
    case JSON: status |= cck_report_json_begin(&s.out, &s.run); break;
    case SARIF: status |= cck_report_sarif_begin(&s.out, &s.run); break;
    case CSV: status |= cck_report_csv_begin(&s.out, &s.run); break;
    case HTML: status |= cck_report_html_begin(&s.out, &s.run); break;
    case SUMMARY: status |= cck_report_summary_begin(&s.out, &s.run); break;
    case JSONL: break;
    }
    int lines = 0, ids = 0;
    for (int i = first; i < argc && status == CCK_OK; i++) {
        if (strcmp(argv[i], "--lines") == 0) {
            lines = 1;
            continue;
        }
        if (strcmp(argv[i], "--jsonl-id") == 0) {
            ids = 1;
            continue;
        }
        status |= do_file(&s, argv[i], lines, ids);
        /* Written whole per entry, as the command does. */
        if (out && s.out.len && fwrite(s.out.data, 1, s.out.len, out) != s.out.len)
            status = CCK_EIO;
        cck_buf_clear(&s.out);
    }
    switch (s.format) {
    case JSON: status |= cck_report_json_end(&s.out, &s.run); break;
    case SARIF: status |= cck_report_sarif_end(&s.out, &s.run); break;
    case CSV: status |= cck_report_csv_end(&s.out, &s.run); break;
    case HTML: status |= cck_report_html_end(&s.out, &s.run); break;
    case SUMMARY: status |= cck_report_summary_end(&s.out, &s.run); break;
    case JSONL: break;
    }
    if (out && s.out.len && fwrite(s.out.data, 1, s.out.len, out) != s.out.len)
        status = CCK_EIO;
    if (out && fclose(out) != 0)
        status = CCK_EIO;
    if (status != CCK_OK)
        fprintf(stderr, "report_sample: %s\n", cck_status_string(status));
    cck_buf_free(&s.out);
    cck_finding_list_free(&s.list);
    cck_report_run_free(&s.run);
    cck_scanner_free(s.scanner);
    cck_engine_free(engine);
    return status == CCK_OK ? 0 : 1;
}
