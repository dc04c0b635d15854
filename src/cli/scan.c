/* scan.c - one job of a run: a file, standard input or a batch of stream records is
 * read and scanned, and its whole report (stdout bytes, stderr bytes, counts) is
 * rendered into the job's output for the writer. Workers run this in parallel, each
 * with its own scanner and scratch; nothing here writes to a stream. */
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "analyze/analyze.h"
#include "analyze/suppress.h"
#include "input/prose.h"

/* Buffers grown past this by one huge input are given back after it. */
#define KEEP_BYTES ((size_t)4 << 20)

/* A plain-text document bigger than this is read in blocks of this size and fed to
 * the scanner, instead of being held whole. */
#define FEED_BYTES ((size_t)256 << 10)

/* ---- jobs and workers ----------------------------------------------------------------- */

cli_job *cli_job_new(cli_job_kind kind, const char *path)
{
    cli_job *job = cck_calloc(1, sizeof *job);
    if (!job)
        return NULL;
    job->kind = kind;
    job->path = cck_strndup(path, strlen(path));
    if (!job->path) {
        cck_free(job);
        return NULL;
    }
    cck_buf_init(&job->lines);
    cck_buf_init(&job->names);
    cck_buf_init(&job->output.out);
    cck_buf_init(&job->output.err);
    cck_buf_init(&job->output.summary_names);
    cck_buf_init(&job->output.kept);
    cck_finding_list_init(&job->output.findings);
    return job;
}

void cli_job_free(cli_job *job)
{
    if (!job)
        return;
    cck_free(job->path);
    cck_buf_free(&job->lines);
    cck_free(job->refs);
    cck_buf_free(&job->names);
    cck_free(job->files);
    cck_buf_free(&job->output.out);
    cck_buf_free(&job->output.err);
    cck_free(job->output.summary);
    cck_buf_free(&job->output.summary_names);
    cck_free(job->output.entries);
    cck_buf_free(&job->output.kept);
    cck_finding_list_free(&job->output.findings);
    cck_free(job->output.diagnostics);
    cck_free(job);
}

int cli_job_add_ref(cli_job *job, size_t offset, size_t len, size_t number, int too_long)
{
    void *items = job->refs;
    if (cck_grow(&items, &job->cap, job->count + 1, sizeof *job->refs) != CCK_OK)
        return CCK_ENOMEM;
    job->refs = items;
    cli_line_ref *ref = &job->refs[job->count++];
    ref->offset = offset;
    ref->length = len;
    ref->number = number;
    ref->too_long = too_long;
    return CCK_OK;
}

int cli_job_add_file(cli_job *job, const char *path, int walked)
{
    void *items = job->files;
    if (cck_grow(&items, &job->file_cap, job->file_count + 1, sizeof *job->files) != CCK_OK)
        return CCK_ENOMEM;
    job->files = items;
    size_t offset = job->names.len;
    if (cck_buf_append(&job->names, path, strlen(path) + 1) != CCK_OK)
        return CCK_ENOMEM;
    job->files[job->file_count].offset = offset;
    job->files[job->file_count].walked = walked;
    job->file_count++;
    return CCK_OK;
}

int cli_job_add_line(cli_job *job, const char *text, size_t len, size_t number,
                     int too_long)
{
    size_t offset = job->lines.len;
    if (cck_buf_append(&job->lines, text, len) != CCK_OK)
        return CCK_ENOMEM;
    return cli_job_add_ref(job, offset, len, number, too_long);
}

int cli_worker_init(cli_worker *worker, const cli_options *options, const cck_engine *engine,
                    const cck_text_style *out_style, const cck_text_style *err_style)
{
    memset(worker, 0, sizeof *worker);
    worker->options = options;
    worker->out_style = out_style;
    worker->err_style = err_style;
    cck_buf_init(&worker->text);
    cck_buf_init(&worker->member);
    worker->scanner = cck_scanner_new(engine);
    /* JSON Lines prints no line or column but the trigger's, and copies the message
     * and the explanation escaped (on_finding) */
    if (worker->scanner && options->format == CLI_FORMAT_JSONL)
        cck_scanner_set_lean(worker->scanner,
                             CCK_SCAN_TRIGGER_POSITIONS_ONLY | CCK_SCAN_JSON_TEXTS);
    return worker->scanner ? CCK_OK : CCK_ENOMEM;
}

void cli_worker_free(cli_worker *worker)
{
    if (!worker)
        return;
    cck_scanner_free(worker->scanner);
    cck_record_parser_free(worker->parser);
    cck_buf_free(&worker->text);
    cck_buf_free(&worker->member);
    memset(worker, 0, sizeof *worker);
}

/* ---- messages ----------------------------------------------------------------------- */

void cli_output_problem(cli_output *output, const char *path, size_t line, size_t column,
                        const char *message, const cck_text_style *style)
{
    output->had_error = 1;
    cck_report_text_problem(&output->err, path, line, column, "error", message, style);
}

void cli_output_note(cli_output *output, const cli_options *options, const char *path,
                     const char *message, const cck_text_style *style)
{
    if (!options->quiet)
        cck_report_text_problem(&output->err, path, 0, 0, "note", message, style);
}

/* ---- entries kept for a whole-run format ------------------------------------------- */

/* Appends bytes to the output's kept bytes; *offset is where they start. */
static int keep_bytes(cli_output *output, const char *bytes, size_t len, size_t *offset)
{
    *offset = output->kept.len;
    return len ? cck_buf_append(&output->kept, bytes, len) : CCK_OK;
}

/* Keeps what the writer needs to print a record: a copy of its id and text, the
 * profile (NULL: not scanned), copies of the diagnostics and the error; its findings
 * are findings[first..] of the output's list, already copied by on_finding. */
static int keep_entry(cli_output *output, const cck_report_record *record,
                      const cck_profile *profile, const cck_error *diagnostics,
                      size_t diagnostic_count, const char *error, size_t first)
{
    if (output->entry_count == output->entry_cap) {
        void *items = output->entries;
        if (cck_grow(&items, &output->entry_cap, output->entry_count + 1,
                     sizeof(cli_entry)) != CCK_OK)
            return CCK_ENOMEM;
        output->entries = items;
    }
    if (diagnostic_count) {
        void *items = output->diagnostics;
        if (cck_grow(&items, &output->diagnostic_cap,
                     output->diagnostic_count + diagnostic_count, sizeof(cck_error)) != CCK_OK)
            return CCK_ENOMEM;
        output->diagnostics = items;
    }
    cli_entry entry;
    memset(&entry, 0, sizeof entry);
    entry.record = *record;
    entry.record.id = NULL;
    entry.record.text = NULL;
    entry.error = CLI_NOT_KEPT;
    size_t kept = output->kept.len;
    int status = keep_bytes(output, record->id, record->id ? record->id_length : 0, &entry.id);
    /* Only a scanned record's text is shown: one that was not read or parsed has
     * nothing to highlight. */
    int has_text = profile && record->text;
    entry.text = CLI_NOT_KEPT;
    if (status == CCK_OK && has_text)
        status = keep_bytes(output, record->text, record->length, &entry.text);
    if (status == CCK_OK && error)
        status = keep_bytes(output, error, strlen(error) + 1, &entry.error);
    if (status != CCK_OK) {
        output->kept.len = kept;
        return status;
    }
    if (!record->id)
        entry.record.id_length = 0;
    if (!has_text)
        entry.record.length = 0;
    entry.finding = first;
    entry.finding_count = output->findings.count - first;
    entry.diagnostic = output->diagnostic_count;
    entry.diagnostic_count = diagnostic_count;
    if (diagnostic_count)
        memcpy(output->diagnostics + output->diagnostic_count, diagnostics,
               diagnostic_count * sizeof *diagnostics);
    output->diagnostic_count += diagnostic_count;
    if (profile) {
        entry.scanned = 1;
        entry.profile = *profile;
    }
    output->entries[output->entry_count++] = entry;
    return CCK_OK;
}

/* keep_entry, or when memory runs out, an error on stderr (the record is missing from
 * the report, and the exit status says so). */
static void keep_or_report(cli_output *output, const cck_report_record *record,
                           const cck_profile *profile, const cck_error *diagnostics,
                           size_t diagnostic_count, const char *error, size_t first,
                           const cck_text_style *style)
{
    if (keep_entry(output, record, profile, diagnostics, diagnostic_count, error, first) !=
        CCK_OK) {
        output->findings.count = first;
        cli_output_problem(output, record->path, record->line, 0,
                           "out of memory; this input is missing from the report", style);
    }
}

void cli_output_entry(const cli_output *output, size_t i, cck_report_record *record,
                      cck_report_entry *entry)
{
    const cli_entry *kept = &output->entries[i];
    const char *bytes = output->kept.data ? output->kept.data : "";
    *record = kept->record;
    record->id = kept->record.id_length ? bytes + kept->id : NULL;
    record->text = kept->text == CLI_NOT_KEPT ? NULL : bytes + kept->text;
    memset(entry, 0, sizeof *entry);
    entry->record = record;
    entry->findings = output->findings.items ? output->findings.items + kept->finding : NULL;
    entry->finding_count = kept->finding_count;
    entry->profile = kept->scanned ? &kept->profile : NULL;
    entry->diagnostics = kept->diagnostic_count ? output->diagnostics + kept->diagnostic : NULL;
    entry->diagnostic_count = kept->diagnostic_count;
    entry->error = kept->error == CLI_NOT_KEPT ? NULL : bytes + kept->error;
}

size_t cli_output_weight(const cli_output *output)
{
    return output->out.len + output->err.len + output->kept.len +
           output->entry_count * sizeof(cli_entry) + output->findings.bytes +
           output->diagnostic_count * sizeof(cck_error);
}

/* --summary: keeps what the writer needs to count a file or record and, when it was
 * scanned (profile non-NULL), to rank it; reported may be NULL when it has none. */
static int keep_summary(cli_output *output, const cck_report_record *record,
                        const cck_profile *profile, const cck_report_counts *reported,
                        int failed)
{
    if (output->summary_count == output->summary_cap) {
        void *items = output->summary;
        if (cck_grow(&items, &output->summary_cap, output->summary_count + 1,
                     sizeof(cli_summary_item)) != CCK_OK)
            return CCK_ENOMEM;
        output->summary = items;
    }
    size_t name = output->summary_names.len;
    if (cck_buf_append(&output->summary_names, record->path, strlen(record->path) + 1) != CCK_OK)
        return CCK_ENOMEM;
    size_t id = output->summary_names.len; /* a stream record's id, so a post can be found */
    if (record->id &&
        cck_buf_append(&output->summary_names, record->id, record->id_length) != CCK_OK)
        return CCK_ENOMEM;
    cli_summary_item *item = &output->summary[output->summary_count++];
    memset(item, 0, sizeof *item);
    item->name = name;
    item->id = id;
    item->id_length = record->id ? record->id_length : 0;
    item->has_id = record->id != NULL;
    item->kind = record->kind;
    item->record = record->record;
    item->line = record->line;
    item->failed = failed;
    if (profile) {
        item->scanned = 1;
        item->bytes = record->length;
        item->profile = *profile;
    }
    if (reported)
        item->reported = *reported;
    return CCK_OK;
}

/* A file or record that could not be read: the problem on stderr, and the entry that
 * says so in JSON Lines (into json: the output, or a passthrough member), a whole-run
 * format and --summary. */
static void fail_record(cli_output *output, const cli_options *options, cck_buf *json,
                        const cck_report_record *record, size_t column, const char *message,
                        const cck_text_style *style)
{
    cli_output_problem(output, record->path, record->line, column, message, style);
    output->totals.problems++;
    /* a record was counted when it was split off; a document that could not be read is
     * counted here, so the one-line summary names as many files as --summary and JSON */
    if (record->kind == CCK_REPORT_DOCUMENT)
        output->totals.documents++;
    if (CLI_FORMAT_IS_WHOLE_RUN(options->format)) {
        keep_or_report(output, record, NULL, NULL, 0, message, output->findings.count, style);
    } else if (options->format == CLI_FORMAT_JSONL) {
        cck_report_jsonl_begin(json, record);
        cck_report_jsonl_end(json, record, NULL, NULL, 0, message);
    }
    if (options->summary && keep_summary(output, record, NULL, NULL, 1) != CCK_OK)
        cli_output_problem(output, record->path, record->line, 0,
                           "out of memory; this input is missing from the summary", style);
}

void cli_output_failed(cli_output *output, const cli_options *options,
                       const cck_report_record *record, size_t column, const char *message,
                       const cck_text_style *style)
{
    fail_record(output, options, &output->out, record, column, message, style);
}

/* ---- scanning one record ------------------------------------------------------------ */

/* One record being scanned: what the callbacks need. */
typedef struct record_scan {
    cli_worker *worker;
    cli_output *output;
    cck_buf *json;            /* where the JSON object goes (out, or the member) */
    const cck_report_record *record;
    cck_report_record view;   /* a fed document: the record over the scanner's window */
    int fed;
    size_t first;             /* whole-run formats: its first finding in the list */
    size_t printed;           /* findings written for this record */
    cck_report_counts reported; /* of those, by severity and category (--summary) */
    size_t diagnostic_count;  /* kept in worker->diagnostics */
    size_t diagnostic_total;  /* seen */
    size_t hidden_errors;     /* of those not kept, the ones that are not warnings */
    size_t warnings;          /* diagnostics that are suppression warnings */
    int out_of_memory;
    int stopped;              /* the run is stopping: the scan was cut short */
    int charset_named;        /* a diagnostic named worker->charset */
} record_scan;

static int on_finding(const cck_finding *finding, void *user_data)
{
    record_scan *scan = user_data;
    const cli_options *options = scan->worker->options;
    cli_output *output = scan->output;
    if (finding->severity < options->min_severity)
        return 0;
    size_t severity = (size_t)finding->severity < 4 ? (size_t)finding->severity : 0;
    output->totals.findings[severity]++;
    cck_report_counts_add(&scan->reported, finding);
    if ((int)finding->severity >= options->fail_on)
        output->failed = 1;
    const cck_report_record *record = scan->record;
    if (scan->fed) {
        /* the printers read the finding's sentence from the bytes the scanner holds */
        scan->view = *scan->record;
        scan->view.text = cck_scanner_get_window(scan->worker->scanner, &scan->view.text_offset,
                                                 &scan->view.length);
        record = &scan->view;
    }
    int status;
    if (CLI_FORMAT_IS_WHOLE_RUN(options->format))
        status = cck_finding_list_append(&output->findings, finding);
    else if (options->format == CLI_FORMAT_JSONL)
        status = cck_report_jsonl_finding_escaped(scan->json, record, finding, scan->printed);
    else if (options->summary_only)
        status = CCK_OK; /* counted for the table and the exit status only */
    else
        status = cck_report_text_finding(&output->out, record, finding,
                                         scan->worker->out_style);
    scan->printed++;
    if (status != CCK_OK) {
        scan->out_of_memory = 1;
        return 1;
    }
    /* A long report is handed over as it grows, unless it is a passthrough member,
     * which must be whole before the object can be printed. */
    cli_worker *worker = scan->worker;
    if (worker->hand_over && output->out.len >= CLI_HAND_OVER_BYTES &&
        scan->json == &output->out && worker->current &&
        &worker->current->output == output &&
        worker->hand_over(worker->hand_over_data, worker->current) != 0) {
        scan->stopped = 1;
        return 1;
    }
    return 0;
}

static int on_diagnostic(const cck_error *diagnostic, void *user_data)
{
    record_scan *scan = user_data;
    const cck_report_record *record = scan->record;
    int suppression = diagnostic->status == CCK_ESUPPRESS;
    /* A faulty suppression is a problem of the text, not of the run: a warning that
     * fails the run the way a warning finding does (so --fail-on error lets it by, and
     * so does --min-severity error, which leaves warning findings unreported). It is
     * printed whatever the options. */
    const cli_options *options = scan->worker->options;
    if (suppression && CCK_SEVERITY_WARNING >= options->fail_on &&
        CCK_SEVERITY_WARNING >= options->min_severity)
        scan->output->failed = 1;
    scan->warnings += (size_t)suppression;
    cck_error *kept = scan->worker->diagnostics;
    if (scan->diagnostic_total++ >= CLI_MAX_DIAGNOSTICS) {
        /* Faulty directives are reported before the text is scanned, so they may fill
         * the list; an input problem then takes the place of the last warning kept,
         * so that the record's diagnostics show why the run fails. */
        size_t last = scan->diagnostic_count;
        while (!suppression && last > 0 && kept[last - 1].status != CCK_ESUPPRESS)
            last--;
        if (suppression || last == 0) {
            scan->hidden_errors += !suppression;
            return 0;
        }
        kept[last - 1] = *diagnostic;
    } else {
        kept[scan->diagnostic_count++] = *diagnostic;
    }
    /* Places are given in the file's terms: a line record adds its stream line; a
     * JSON record's text is not the file's text, so only the stream line is given. */
    size_t line = diagnostic->line, column = diagnostic->column;
    if (record->kind == CCK_REPORT_LINE) {
        line = record->line + (line ? line - 1 : 0);
    } else if (record->kind == CCK_REPORT_JSON) {
        line = record->line;
        column = 0;
    }
    const char *message = diagnostic->message[0] ? diagnostic->message
                                                 : cck_status_string(diagnostic->status);
    const cck_text_style *style = scan->worker->err_style;
    char text[640], hinted[400];
    cli_worker *worker = scan->worker;
    if (diagnostic->status == CCK_EUTF8 && worker->charset_len && !scan->charset_named) {
        /* an old page in windows-1252 or Latin-1 says so: the first invalid byte says
         * what to do about all of them (an HTML document's, never a JSON record's, so
         * the record's text below is never added to it) */
        int n = (int)worker->charset_len;
        snprintf(hinted, sizeof hinted,
                 "%.160s; the page declares charset %.*s, and claimcheck reads UTF-8: convert "
                 "it first (iconv -f %.*s -t UTF-8)",
                 message, n, worker->charset, n, worker->charset);
        message = hinted;
        scan->charset_named = 1;
    }
    if (record->kind == CCK_REPORT_JSON) {
        /* the offsets of a JSON record's diagnostics are into its decoded text, not
         * the file; a message that gives its own offset only needs to say so */
        if (strstr(message, "byte offset"))
            snprintf(text, sizeof text, "%s, in the record's text", message);
        else
            snprintf(text, sizeof text, "%s (byte %zu of the record's text)", message,
                     diagnostic->byte_offset);
        message = text;
    }
    if (suppression) {
        cck_report_text_problem(&scan->output->err, record->path, line, column, "warning",
                                message, style);
    } else {
        cli_output_problem(scan->output, record->path, line, column, message, style);
    }
    return 0;
}

/* Starts a record's report: the opening of its JSON Lines object. */
static void begin_record(record_scan *scan)
{
    if (scan->worker->options->format == CLI_FORMAT_JSONL &&
        cck_report_jsonl_begin(scan->json, scan->record) != CCK_OK)
        scan->out_of_memory = 1;
}

/* Ends a record's report once its scan returned `status`: problems, the summary
 * item and the rest of the JSON Lines object. */
static void end_record(record_scan *scan, int status, const cck_profile *profile)
{
    cli_worker *worker = scan->worker;
    cli_output *output = scan->output;
    cck_buf *json = scan->json;
    const cck_report_record *record = scan->record;
    const cck_text_style *style = worker->err_style;
    int jsonl = worker->options->format == CLI_FORMAT_JSONL;
    /* A scan that hit a limit still went through the rest of the record, so its
     * findings and profile are kept next to the error; running out of memory is the
     * only failure that leaves nothing to report. */
    if (scan->stopped)
        return; /* nobody will read the rest */
    const char *failure = NULL;
    int lost = scan->out_of_memory || status == CCK_ENOMEM;
    if (lost) {
        failure = cck_status_string(CCK_ENOMEM);
    } else if (status == CCK_EUTF8) {
        if (scan->diagnostic_count == 0)
            cli_output_problem(output, record->path, record->line, 0, "invalid UTF-8", style);
    } else if (status == CCK_ELIMIT) {
        failure = "a size or regular-expression limit was reached; findings may be missing";
    } else if (status != CCK_OK) {
        failure = cck_status_string(status);
    }
    /* counted as the whole-run formats count it: lost, it has no profile or findings */
    if (worker->options->summary &&
        keep_summary(output, record, lost ? NULL : profile, lost ? NULL : &scan->reported,
                     failure != NULL) != CCK_OK &&
        !lost) {
        lost = 1;
        failure = cck_status_string(CCK_ENOMEM);
    }
    if (failure)
        cli_output_problem(output, record->path, record->line, 0, failure, style);
    if (scan->diagnostic_total > scan->diagnostic_count) {
        char more[128];
        size_t hidden = scan->diagnostic_total - scan->diagnostic_count;
        const char *where = record->kind == CCK_REPORT_DOCUMENT ? "file" : "record";
        if (scan->hidden_errors == 0 || scan->hidden_errors == hidden)
            snprintf(more, sizeof more, "%zu more problem%s like these in this %s (not shown)",
                     hidden, hidden == 1 ? "" : "s", where);
        else /* both kinds left out */
            snprintf(more, sizeof more,
                     "%zu more problems in this %s (not shown), %zu of them with the input",
                     hidden, where, scan->hidden_errors);
        if (scan->hidden_errors)
            cli_output_problem(output, record->path, record->line, 0, more, style);
        else /* only suppression warnings were left out: still only warnings */
            cck_report_text_problem(&output->err, record->path, record->line, 0, "warning",
                                    more, style);
    }
    /* the input was read cleanly when all its diagnostics are suppression warnings */
    if (failure || status == CCK_EUTF8 || scan->diagnostic_total > scan->warnings)
        output->totals.problems++;
    output->totals.suppression_warnings += scan->warnings;
    if (jsonl)
        cck_report_jsonl_end(json, record, lost ? NULL : profile, worker->diagnostics,
                             scan->diagnostic_count, failure);
    if (CLI_FORMAT_IS_WHOLE_RUN(worker->options->format)) {
        if (lost)
            output->findings.count = scan->first; /* (their bytes stay counted) */
        keep_or_report(output, record, lost ? NULL : profile, worker->diagnostics,
                       scan->diagnostic_count, failure, scan->first, style);
    }
}

/* A problem found in a JSON line before its text is scanned (at most two, so it is
 * always kept): one of the record's diagnostics, and printed at its place in the line. */
__attribute__((format(printf, 5, 6)))
static void line_problem(record_scan *scan, int status, size_t column, size_t byte_offset,
                         const char *fmt, ...)
{
    cck_error *d = &scan->worker->diagnostics[scan->diagnostic_count++];
    memset(d, 0, sizeof *d);
    d->status = status;
    d->column = column;
    d->byte_offset = byte_offset;
    va_list args;
    va_start(args, fmt);
    vsnprintf(d->message, sizeof d->message, fmt, args);
    va_end(args);
    scan->diagnostic_total++;
    cli_output_problem(scan->output, scan->record->path, scan->record->line, d->column,
                       d->message, scan->worker->err_style);
}

/* Scans a record's text and renders its report. In JSON Lines the object goes to
 * `json` (the output, or the passthrough member). A Markdown or HTML document comes
 * with its pieces of prose (NULL otherwise); positions are still in record->text.
 * line: a JSON line that was read with a problem (NULL otherwise): its invalid bytes,
 * read as U+FFFD before its text was taken, or an id field that holds no id; each is a
 * problem at its place in the line, and then the text is scanned. */
static void scan_record(cli_worker *worker, cli_output *output, cck_buf *json,
                        const cck_report_record *record, const cck_piece_vec *prose,
                        const cck_record *line)
{
    record_scan scan = {.worker = worker, .output = output, .json = json, .record = record,
                        .first = output->findings.count};
    begin_record(&scan);
    const cck_record *bad_utf8 = line && line->invalid_utf8 ? line : NULL;
    if (line && line->id_problem)
        line_problem(&scan, CCK_EINVAL, line->id_problem_column, line->id_problem_byte, "%s",
                     line->id_problem);
    if (bad_utf8)
        line_problem(&scan, CCK_EUTF8, bad_utf8->invalid_utf8_column,
                     bad_utf8->invalid_utf8_byte,
                     "invalid UTF-8 in the JSON line (%zu byte%s from column %zu); read as "
                     "U+FFFD",
                     bad_utf8->invalid_utf8, bad_utf8->invalid_utf8 == 1 ? "" : "s",
                     bad_utf8->invalid_utf8_column);
    cck_scan_callbacks callbacks = {on_finding, on_diagnostic, &scan};
    cck_profile profile;
    memset(&profile, 0, sizeof profile);
    int status = scan.out_of_memory ? CCK_ENOMEM
                 : prose ? cck_scanner_scan_pieces(worker->scanner, record->text,
                                                   record->length, prose->pieces, prose->count,
                                                   &callbacks, &profile)
                         : cck_scanner_scan(worker->scanner, record->text, record->length,
                                            &callbacks, &profile);
    if (bad_utf8)
        profile.invalid_utf8 += bad_utf8->invalid_utf8;
    end_record(&scan, status, &profile);
}

/* ---- documents -------------------------------------------------------------------------- */

static void shrink(cck_buf *buf)
{
    if (buf->cap > KEEP_BYTES)
        cck_buf_free(buf);
}

/* Whether path ends with suffix (lower case), ignoring ASCII case. */
static int ends_with(const char *path, const char *suffix)
{
    size_t len = strlen(path), n = strlen(suffix);
    if (len < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (cck_ascii_lower((unsigned char)path[len - n + i]) != (unsigned char)suffix[i])
            return 0;
    return 1;
}

cli_input cli_input_for(const cli_options *options, const char *path)
{
    if (options->input != CLI_INPUT_AUTO)
        return options->input;
    if (!path && !(path = options->label)) /* stdin, unless its label has a name */
        return CLI_INPUT_TEXT;
    if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson"))
        return CLI_INPUT_JSONL;
    if (ends_with(path, ".md") || ends_with(path, ".markdown"))
        return CLI_INPUT_MARKDOWN;
    if (ends_with(path, ".html") || ends_with(path, ".htm"))
        return CLI_INPUT_HTML;
    return CLI_INPUT_TEXT;
}

/* A binary file is skipped: a note when it was found by walking a folder, an error
 * when it was named. Returns whether buf[0..len) (the start of a file) is binary. */
static int skip_binary(cli_worker *worker, cli_output *output, const cck_report_record *record,
                       int walked, const char *buf, size_t len)
{
    size_t nul = cck_input_find_binary(buf ? buf : "", len);
    if (nul == (size_t)-1)
        return 0;
    char message[128];
    snprintf(message, sizeof message, "binary file (NUL byte at offset %zu), skipped", nul);
    if (walked)
        cli_output_note(output, worker->options, record->path, message, worker->err_style);
    else
        cli_output_failed(output, worker->options, record, 0, message, worker->err_style);
    return 1;
}

/* Fills block with up to FEED_BYTES of the file, fewer only at its end. Returns 0, or
 * an errno value. */
static int read_block(int fd, cck_buf *block)
{
    cck_buf_clear(block);
    if (cck_buf_reserve(block, FEED_BYTES) != CCK_OK)
        return ENOMEM;
    while (block->len < FEED_BYTES) {
        ssize_t got = read(fd, block->data + block->len, FEED_BYTES - block->len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return errno;
        if (got == 0)
            break;
        block->len += (size_t)got;
    }
    block->data[block->len] = '\0';
    return 0;
}

/* A regular file bigger than FEED_BYTES and within the limit (0: none). */
static int is_big_file(const struct stat *st, size_t limit)
{
    return S_ISREG(st->st_mode) && (uintmax_t)st->st_size > (uintmax_t)FEED_BYTES &&
           (limit == 0 || (uintmax_t)st->st_size <= (uintmax_t)limit);
}

/* Whether the file holds "claimcheck:" anywhere, so may hold a suppression directive,
 * which only a whole-text scan reads. Reads fd with pread (its offset does not move);
 * a read error counts as yes (the whole-file read then reports it). */
static int may_have_directive(int fd, cck_buf *block)
{
    const size_t overlap = 16; /* longer than "claimcheck:", so no block edge hides it */
    cck_buf_clear(block);
    if (cck_buf_reserve(block, FEED_BYTES) != CCK_OK)
        return 1;
    off_t at = 0;
    for (;;) {
        ssize_t got = pread(fd, block->data, FEED_BYTES, at);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return 1;
        if (cck_suppress_text_may_have(block->data, (size_t)got))
            return 1;
        if ((size_t)got < FEED_BYTES)
            return 0;
        at += (off_t)(FEED_BYTES - overlap);
    }
}

/* Scans a big plain-text file read in blocks and fed to the scanner, so that memory
 * does not grow with it: a regular file larger than FEED_BYTES, within the record
 * limit, with no "claimcheck:" in it (no suppression directive). Only for the text and
 * JSON Lines formats, whose printers need no more of the text than a finding's own
 * sentence. Returns 0, having done nothing, for any other document: the caller reads
 * it whole (and so reports a missing file or one over the limit as ever). */
static int feed_document(cli_worker *worker, cli_job *job, const char *path, int walked)
{
    const cli_options *options = worker->options;
    if (path == NULL || /* stdin is read whole: it cannot be read twice */
        (options->format != CLI_FORMAT_TEXT && options->format != CLI_FORMAT_JSONL) ||
        cli_input_for(options, path) != CLI_INPUT_TEXT)
        return 0;
    size_t limit = options->max_record_bytes;
    /* stat first: opening a FIFO would block, and take its writer's data */
    struct stat st;
    if (stat(path, &st) != 0 || !is_big_file(&st, limit))
        return 0;
    int fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    cck_buf *block = &worker->text;
    if (fstat(fd, &st) != 0 || !is_big_file(&st, limit) || may_have_directive(fd, block)) {
        close(fd);
        return 0;
    }
    cli_output *output = &job->output;
    cck_report_record record = {.kind = CCK_REPORT_DOCUMENT, .path = path};
    int read_error = read_block(fd, block);
    if (read_error) {
        char message[160];
        snprintf(message, sizeof message, "cannot read: %s", strerror(read_error));
        cli_output_failed(output, options, &record, 0, message, worker->err_style);
        close(fd);
        return 1;
    }
    output->files++;
    if (skip_binary(worker, output, &record, walked, block->data, block->len)) {
        close(fd);
        return 1;
    }
    output->totals.documents++;
    record_scan scan = {.worker = worker, .output = output, .json = &output->out,
                        .record = &record, .fed = 1, .first = output->findings.count};
    begin_record(&scan);
    cck_scan_callbacks callbacks = {on_finding, on_diagnostic, &scan};
    cck_profile profile;
    memset(&profile, 0, sizeof profile);
    int status = scan.out_of_memory ? CCK_ENOMEM
                                    : cck_scanner_begin(worker->scanner, &callbacks, &profile);
    if (status == CCK_OK) {
        while (block->len > 0) {
            if (cck_scanner_feed(worker->scanner, block->data, block->len) != CCK_OK)
                break; /* finish says why */
            if ((read_error = read_block(fd, block)) != 0)
                break;
        }
        status = cck_scanner_finish(worker->scanner);
    }
    close(fd);
    if (read_error && !scan.stopped) {
        char message[160];
        snprintf(message, sizeof message, "cannot read: %s", strerror(read_error));
        cli_output_problem(output, record.path, 0, 0, message, worker->err_style);
        if (status == CCK_OK || status == CCK_EUTF8)
            status = CCK_EIO;
    }
    output->input_bytes += profile.bytes;
    record.length = profile.bytes; /* for --summary */
    end_record(&scan, status, &profile);
    return 1;
}

/* Reads and scans one document: the file at path, or stdin when path is NULL. */
static void run_document(cli_worker *worker, cli_job *job, const char *path, int walked)
{
    if (feed_document(worker, job, path, walked))
        return;
    cli_output *output = &job->output;
    const cli_options *options = worker->options;
    const cck_text_style *style = worker->err_style;
    int is_stdin = path == NULL;
    if (is_stdin)
        path = job->path;
    cck_report_record record = {.kind = CCK_REPORT_DOCUMENT, .path = path,
                                .path_is_stdin = is_stdin && !options->label};
    cck_error error;
    cck_error_clear(&error);
    int status = is_stdin ? cck_input_read_stream(stdin, path, options->max_record_bytes,
                                                  &worker->text, &error)
                          : cck_input_read_file(path, options->max_record_bytes,
                                                &worker->text, &error);
    if (status != CCK_OK) {
        cli_output_failed(output, options, &record, 0, error.message, style);
        return;
    }
    output->files++;
    output->input_bytes += worker->text.len;
    if (skip_binary(worker, output, &record, walked, worker->text.data, worker->text.len)) {
        shrink(&worker->text);
        return;
    }
    record.text = worker->text.data ? worker->text.data : "";
    record.length = worker->text.len;
    cli_input kind = cli_input_for(options, is_stdin ? NULL : path);
    if (kind == CLI_INPUT_MARKDOWN || kind == CLI_INPUT_HTML) {
        cck_piece_vec prose;
        cck_piece_vec_init(&prose);
        status = kind == CLI_INPUT_MARKDOWN
                     ? cck_markdown_pieces(record.text, record.length, &prose, &error)
                     : cck_html_pieces(record.text, record.length, &prose, &error);
        if (status != CCK_OK) {
            cli_output_failed(output, options, &record, 0,
                              error.message[0] ? error.message : cck_status_string(status),
                              style);
        } else {
            output->totals.documents++;
            if (kind == CLI_INPUT_HTML)
                worker->charset_len = cck_html_declared_charset(record.text, record.length,
                                                                &worker->charset);
            scan_record(worker, output, &output->out, &record, &prose, NULL);
            worker->charset_len = 0;
        }
        cck_piece_vec_free(&prose);
        shrink(&worker->text);
        return;
    }
    output->totals.documents++;
    scan_record(worker, output, &output->out, &record, NULL, NULL);
    shrink(&worker->text);
}

/* ---- stream records ------------------------------------------------------------------- */

/* --passthrough: the input object with the "claimcheck" member, or for a line that is
 * not a JSON object, {"raw": the line, "claimcheck": ...}. */
static void pass_through(cli_worker *worker, cli_output *output, const char *line,
                         size_t len, int too_long)
{
    cck_buf *member = &worker->member;
    /* The member is the record's JSON Lines object, without its newline. */
    size_t member_len = member->len;
    if (member_len && member->data[member_len - 1] == '\n')
        member_len--;
    int status = cck_record_parser_passthrough(worker->parser, "claimcheck", member->data,
                                               member_len, &output->out);
    if (status == CCK_EINVAL) {
        status = cck_buf_putc(&output->out, '{');
        if (!too_long) {
            status |= cck_buf_puts(&output->out, "\"raw\":");
            status |= cck_escape_json(&output->out, line, len);
            status |= cck_buf_putc(&output->out, ',');
        }
        status |= cck_buf_puts(&output->out, "\"claimcheck\":");
        status |= cck_buf_append(&output->out, member->data, member_len);
        status |= cck_buf_puts(&output->out, "}\n");
    }
    if (status != CCK_OK)
        cli_output_problem(output, "claimcheck", 0, 0, cck_status_string(CCK_ENOMEM),
                           worker->err_style);
    shrink(member);
}

static void run_records(cli_worker *worker, cli_job *job)
{
    const cli_options *options = worker->options;
    cli_output *output = &job->output;
    const cck_text_style *style = worker->err_style;
    if (!worker->parser || worker->parser_mode != job->mode) {
        cck_record_parser_free(worker->parser);
        cck_record_options record_options = {.mode = job->mode,
                                             .max_record_bytes = options->max_record_bytes,
                                             .field = options->field,
                                             .id_field = options->id_field};
        worker->parser = cck_record_parser_new(&record_options);
        worker->parser_mode = job->mode;
        if (!worker->parser) {
            cli_output_problem(output, job->path, 0, 0, cck_status_string(CCK_ENOMEM), style);
            return;
        }
    }
    int passthrough = options->passthrough && job->mode == CCK_RECORD_JSONL;
    for (size_t i = 0; i < job->count; i++) {
        const cli_line_ref *ref = &job->refs[i];
        const char *line = job->lines.data ? job->lines.data + ref->offset : "";
        cck_record record;
        if (cck_record_parser_parse(worker->parser, line, ref->length, ref->too_long,
                                    ref->number, &record) != CCK_OK) {
            cli_output_problem(output, job->path, ref->number, 0,
                               cck_status_string(CCK_ENOMEM), style);
            continue;
        }
        output->totals.records++;
        output->input_bytes += ref->length + 1;
        cck_report_record report = {
            .kind = job->mode == CCK_RECORD_JSONL ? CCK_REPORT_JSON : CCK_REPORT_LINE,
            .path = job->path,
            .path_is_stdin = job->is_stdin,
            .record = record.number,
            .line = record.line,
            .id = record.id,
            .id_length = record.id_length,
            .id_is_number = record.id_is_number,
            .text = record.text,
            .length = record.length};
        cck_buf *json = passthrough ? &worker->member : &output->out;
        if (passthrough)
            cck_buf_clear(json);
        if (record.error) {
            const char *message = record.error;
            char both[600];
            if (record.invalid_utf8) {
                /* the object was read, but its bad bytes may be why a field is missing */
                snprintf(both, sizeof both, "%s (the line has invalid UTF-8 from column %zu, "
                         "read as U+FFFD)", record.error, record.invalid_utf8_column);
                message = both;
            }
            fail_record(output, options, json, &report, record.error_column, message, style);
        } else {
            scan_record(worker, output, json, &report, NULL,
                        record.invalid_utf8 || record.id_problem ? &record : NULL);
        }
        if (passthrough)
            pass_through(worker, output, line, ref->length, ref->too_long);
    }
}

void cli_job_run(cli_worker *worker, cli_job *job)
{
    worker->current = job;
    switch (job->kind) {
    case CLI_JOB_FILE:
        for (size_t i = 0; i < job->file_count; i++)
            run_document(worker, job, job->names.data + job->files[i].offset,
                         job->files[i].walked);
        break;
    case CLI_JOB_STDIN: run_document(worker, job, NULL, 0); break;
    case CLI_JOB_RECORDS: run_records(worker, job); break;
    case CLI_JOB_MESSAGE: break;
    }
    worker->current = NULL;
}
