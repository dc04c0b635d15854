/* main.c - the claimcheck command: builds the engine, feeds it files, folders and
 * streams, prints each record's report whole, and turns what happened into the exit
 * status. The only code in the project that prints or exits. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "input/input.h"
#include "report/report.h"

#define STDIN_NAME "<stdin>"
#define OUTPUT_BUFFER ((size_t)1 << 16)
/* Problems shown per record: a binary-like input must not flood stderr or memory. */
#define MAX_DIAGNOSTICS 10

/* Everything one run needs, passed down explicitly. */
typedef struct run {
    const cli_options *options;
    cck_scanner *scanner;
    cck_text_style out_style; /* findings on stdout */
    cck_text_style err_style; /* problems on stderr */
    cck_report_totals totals;
    int had_error;   /* something went wrong: exit 2 */
    int failed;      /* a reported finding reached --fail-on: exit 1 */
    int stopped;     /* stdout is gone (broken pipe) or failing: read no more */
    int write_errno; /* errno of a failed write other than a broken pipe */
    cck_buf out;     /* the current record's output */
    cck_buf err;     /* the current record's messages for stderr */
    cck_buf text;    /* the current document's bytes */
    cck_error diagnostics[MAX_DIAGNOSTICS]; /* room for one record's diagnostics */
} run;

/* One record being scanned: what the callbacks need. */
typedef struct record_scan {
    run *run;
    const cck_report_record *record;
    size_t printed;           /* findings written for this record */
    cck_error *diagnostics;   /* the first problems that did not stop the scan */
    size_t diagnostic_count;  /* kept in diagnostics */
    size_t diagnostic_total;  /* seen */
    int out_of_memory;
} record_scan;

/* ---- writing -------------------------------------------------------------------- */

/* Sends the current record's messages to stderr and its output to stdout. */
static void emit(run *r)
{
    if (r->err.len) {
        fwrite(r->err.data, 1, r->err.len, stderr);
        fflush(stderr);
    }
    if (r->out.len && !r->stopped) {
        errno = 0;
        if (fwrite(r->out.data, 1, r->out.len, stdout) != r->out.len) {
            r->stopped = 1;
            if (errno != EPIPE)
                r->write_errno = errno ? errno : EIO;
        }
    }
    cck_buf_clear(&r->err);
    cck_buf_clear(&r->out);
}

/* "path:line:col: error: message" into the stderr buffer; the run will exit 2. */
static void problem(run *r, const char *path, size_t line, size_t column,
                    const char *message)
{
    r->had_error = 1;
    cck_report_text_problem(&r->err, path, line, column, "error", message, &r->err_style);
}

static void note(run *r, const char *path, const char *message)
{
    if (!r->options->quiet)
        cck_report_text_problem(&r->err, path, 0, 0, "note", message, &r->err_style);
}

/* An error with its place, as the library fills it. */
static void problem_from(run *r, const cck_error *error, const char *fallback_path)
{
    const char *path = error->path[0] ? error->path : fallback_path;
    const char *message = error->message[0] ? error->message
                                            : cck_status_string(error->status);
    problem(r, path ? path : "claimcheck", error->line, error->column, message);
}

/* ---- scanning one record ------------------------------------------------------------ */

static int on_finding(const cck_finding *finding, void *user_data)
{
    record_scan *scan = user_data;
    run *r = scan->run;
    if (finding->severity < r->options->min_severity)
        return 0;
    size_t severity = (size_t)finding->severity < 4 ? (size_t)finding->severity : 0;
    r->totals.findings[severity]++;
    if ((int)finding->severity >= r->options->fail_on)
        r->failed = 1;
    int status;
    if (r->options->format == CLI_FORMAT_JSONL)
        status = cck_report_jsonl_finding(&r->out, scan->record, finding, scan->printed);
    else
        status = cck_report_text_finding(&r->out, scan->record, finding, &r->out_style);
    scan->printed++;
    if (status != CCK_OK) {
        scan->out_of_memory = 1;
        return 1;
    }
    return 0;
}

static int on_diagnostic(const cck_error *diagnostic, void *user_data)
{
    record_scan *scan = user_data;
    run *r = scan->run;
    const cck_report_record *record = scan->record;
    if (scan->diagnostic_total++ >= MAX_DIAGNOSTICS)
        return 0;
    scan->diagnostics[scan->diagnostic_count++] = *diagnostic;
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
    if (record->kind == CCK_REPORT_JSON) {
        char text[640];
        snprintf(text, sizeof text, "%s (byte %zu of the record's text)", message,
                 diagnostic->byte_offset);
        problem(r, record->path, line, column, text);
    } else {
        problem(r, record->path, line, column, message);
    }
    return 0;
}

/* Scans a record's text and writes its report into the run's buffers. */
static void scan_record(run *r, const cck_report_record *record)
{
    record_scan scan = {.run = r, .record = record, .diagnostics = r->diagnostics};
    int jsonl = r->options->format == CLI_FORMAT_JSONL;
    if (jsonl && cck_report_jsonl_begin(&r->out, record) != CCK_OK)
        scan.out_of_memory = 1;
    cck_scan_callbacks callbacks = {on_finding, on_diagnostic, &scan};
    cck_profile profile;
    memset(&profile, 0, sizeof profile);
    int status = scan.out_of_memory
                     ? CCK_ENOMEM
                     : cck_scanner_scan(r->scanner, record->text, record->length, &callbacks,
                                        &profile);
    /* A scan that hit a limit still went through the rest of the record, so its
     * findings and profile are kept next to the error; running out of memory is the
     * only failure that leaves nothing to report. */
    const char *failure = NULL;
    int lost = scan.out_of_memory || status == CCK_ENOMEM;
    if (lost) {
        failure = cck_status_string(CCK_ENOMEM);
    } else if (status == CCK_EUTF8) {
        if (scan.diagnostic_count == 0)
            problem(r, record->path, record->line, 0, "invalid UTF-8");
    } else if (status == CCK_ELIMIT) {
        failure = "a size or regular-expression limit was reached; findings may be missing";
    } else if (status != CCK_OK) {
        failure = cck_status_string(status);
    }
    if (failure)
        problem(r, record->path, record->line, 0, failure);
    if (scan.diagnostic_total > scan.diagnostic_count) {
        char more[128];
        snprintf(more, sizeof more, "%zu more problems like these in this %s (not shown)",
                 scan.diagnostic_total - scan.diagnostic_count,
                 record->kind == CCK_REPORT_DOCUMENT ? "file" : "record");
        problem(r, record->path, record->line, 0, more);
    }
    if (failure || status == CCK_EUTF8 || scan.diagnostic_count)
        r->totals.problems++;
    if (jsonl)
        cck_report_jsonl_end(&r->out, record, lost ? NULL : &profile, scan.diagnostics,
                             scan.diagnostic_count, failure);
    emit(r);
}

/* A record or file that could not be read: the message on stderr and, in JSON Lines,
 * an object that says so, so there is still one output object per input record. */
static void failed_record(run *r, const cck_report_record *record, size_t column,
                          const char *message)
{
    problem(r, record->path, record->line, column, message);
    r->totals.problems++;
    if (r->options->format == CLI_FORMAT_JSONL) {
        cck_report_jsonl_begin(&r->out, record);
        cck_report_jsonl_end(&r->out, record, NULL, NULL, 0, message);
    }
    emit(r);
}

/* ---- documents and streams ------------------------------------------------------ */

static void scan_document(run *r, const char *path, int walked, FILE *stream)
{
    cck_report_record record = {.kind = CCK_REPORT_DOCUMENT, .path = path,
                                .path_is_stdin = stream != NULL};
    cck_error error;
    cck_error_clear(&error);
    int status = stream ? cck_input_read_stream(stream, path, r->options->max_record_bytes,
                                                &r->text, &error)
                        : cck_input_read_file(path, r->options->max_record_bytes, &r->text,
                                              &error);
    if (status != CCK_OK) {
        failed_record(r, &record, 0, error.message);
        return;
    }
    size_t nul = cck_input_find_binary(r->text.data ? r->text.data : "", r->text.len);
    if (nul != (size_t)-1) {
        char message[128];
        snprintf(message, sizeof message, "binary file (NUL byte at offset %zu), skipped",
                 nul);
        if (walked) {
            note(r, path, message);
            emit(r);
        } else {
            failed_record(r, &record, 0, message);
        }
        return;
    }
    r->totals.documents++;
    record.text = r->text.data ? r->text.data : "";
    record.length = r->text.len;
    scan_record(r, &record);
}

static void scan_stream(run *r, FILE *stream, const char *path, int is_stdin,
                        cck_record_mode mode)
{
    cck_record_options options = {.mode = mode,
                                  .max_record_bytes = r->options->max_record_bytes,
                                  .field = r->options->field,
                                  .id_field = r->options->id_field};
    cck_record_reader *reader = cck_record_reader_new(stream, &options);
    if (!reader) {
        problem(r, path, 0, 0, cck_status_string(CCK_ENOMEM));
        emit(r);
        return;
    }
    cck_record record;
    cck_error error;
    int got;
    while (!r->stopped) {
        cck_error_clear(&error);
        got = cck_record_reader_next(reader, &record, &error);
        if (got < 0) {
            problem(r, path, error.line, 0, error.message);
            r->totals.problems++;
            emit(r);
            break;
        }
        if (got == 0)
            break;
        r->totals.records++;
        cck_report_record report = {
            .kind = mode == CCK_RECORD_JSONL ? CCK_REPORT_JSON : CCK_REPORT_LINE,
            .path = path,
            .path_is_stdin = is_stdin,
            .record = record.number,
            .line = record.line,
            .id = record.id,
            .id_length = record.id_length,
            .id_is_number = record.id_is_number,
            .text = record.text,
            .length = record.length};
        if (record.error)
            failed_record(r, &report, record.error_column, record.error);
        else
            scan_record(r, &report);
    }
    cck_record_reader_free(reader);
}

static int has_suffix(const char *path, const char *suffix)
{
    size_t len = strlen(path), n = strlen(suffix);
    return len >= n && strcmp(path + len - n, suffix) == 0;
}

static cli_input input_for(const run *r, const char *path)
{
    cli_input input = r->options->input;
    if (input != CLI_INPUT_AUTO)
        return input;
    if (has_suffix(path, ".jsonl") || has_suffix(path, ".ndjson"))
        return CLI_INPUT_JSONL;
    return CLI_INPUT_TEXT;
}

static void scan_file(run *r, const char *path, int walked)
{
    cli_input input = input_for(r, path);
    if (input == CLI_INPUT_TEXT) {
        scan_document(r, path, walked, NULL);
        return;
    }
    FILE *stream = fopen(path, "rb");
    struct stat st;
    if (!stream || fstat(fileno(stream), &st) != 0 || S_ISDIR(st.st_mode)) {
        cck_report_record record = {.kind = CCK_REPORT_DOCUMENT, .path = path};
        char message[600];
        if (stream)
            snprintf(message, sizeof message, "is a folder");
        else
            snprintf(message, sizeof message, "cannot open: %s", strerror(errno));
        failed_record(r, &record, 0, message);
        if (stream)
            fclose(stream);
        return;
    }
    scan_stream(r, stream, path,
                0, input == CLI_INPUT_JSONL ? CCK_RECORD_JSONL : CCK_RECORD_LINES);
    fclose(stream);
}

/* In a folder walk with --input auto, only files whose extension says they hold
 * prose are read (named files are always read, whatever their name). */
static int is_prose_file(const char *path)
{
    static const char *const extensions[] = {".txt", ".text", ".md", ".markdown",
                                             ".html", ".htm", ".jsonl", ".ndjson"};
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return 0;
    for (size_t i = 0; i < CCK_ARRAY_LEN(extensions); i++) {
        const char *ext = extensions[i];
        size_t n = strlen(ext);
        if (strlen(dot) != n)
            continue;
        size_t j = 0;
        while (j < n && cck_ascii_lower((unsigned char)dot[j]) == (unsigned char)ext[j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

static void scan_folder(run *r, const char *root)
{
    cck_walk *walk = cck_walk_new(root);
    if (!walk) {
        problem(r, root, 0, 0, cck_status_string(CCK_ENOMEM));
        emit(r);
        return;
    }
    const char *path;
    cck_error error;
    int got;
    while (!r->stopped) {
        cck_error_clear(&error);
        got = cck_walk_next(walk, &path, &error);
        if (got == 0)
            break;
        if (got < 0) {
            problem_from(r, &error, root);
            r->totals.problems++;
            emit(r);
            continue;
        }
        if (r->options->input != CLI_INPUT_AUTO || is_prose_file(path))
            scan_file(r, path, 1);
    }
    cck_walk_free(walk);
}

static void scan_path(run *r, const char *path)
{
    if (strcmp(path, "-") == 0) {
        cli_input input = r->options->input;
        if (input == CLI_INPUT_AUTO || input == CLI_INPUT_TEXT)
            scan_document(r, STDIN_NAME, 0, stdin);
        else
            scan_stream(r, stdin, STDIN_NAME, 1,
                        input == CLI_INPUT_JSONL ? CCK_RECORD_JSONL : CCK_RECORD_LINES);
        return;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        scan_folder(r, path);
    else
        scan_file(r, path, 0);
}

/* ---- the other actions -------------------------------------------------------------- */

static void print_version(void)
{
    printf("claimcheck %s\n", CCK_VERSION_STRING);
}

static int list_rules(void)
{
    for (int i = 0; i < CCK_CATEGORY_COUNT; i++) {
        const cck_rule *rule = cck_rule_get((cck_category)i);
        if (!rule)
            continue;
        printf("%-24s %-8s %s\n", rule->id, cck_severity_name(rule->default_severity),
               rule->summary ? rule->summary : "");
    }
    return CLI_EXIT_CLEAN;
}

static int explain_rule(const char *name)
{
    const cck_rule *rule = cck_rule_find(name);
    if (!rule) {
        fprintf(stderr, "claimcheck: error: unknown rule '%s' (see --list-rules)\n", name);
        return CLI_EXIT_ERROR;
    }
    printf("%s (%s, default severity %s)\n", rule->id, rule->name ? rule->name : "",
           cck_severity_name(rule->default_severity));
    if (rule->summary)
        printf("%s\n", rule->summary);
    if (rule->description)
        printf("\n%s\n", rule->description);
    return CLI_EXIT_CLEAN;
}

typedef struct lexicon_check {
    run *run;
    size_t problems;
} lexicon_check;

static int on_lexicon_problem(const cck_error *error, void *user_data)
{
    lexicon_check *check = user_data;
    check->problems++;
    problem_from(check->run, error, NULL);
    emit(check->run);
    return 0;
}

static void check_lexicon_file(lexicon_check *check, const char *path)
{
    int status = cck_lexicon_check_file(path, on_lexicon_problem, check);
    if (status != CCK_OK && status != CCK_ESYNTAX) {
        check->problems++;
        problem(check->run, path, 0, 0, cck_status_string(status));
        emit(check->run);
    } else if (status == CCK_ESYNTAX) {
        check->run->had_error = 1;
    }
}

static int check_lexicons(run *r)
{
    lexicon_check check = {r, 0};
    size_t files = 0;
    for (size_t i = 0; i < r->options->path_count; i++) {
        const char *path = r->options->paths[i];
        struct stat st;
        if (stat(path, &st) != 0) {
            check.problems++;
            char message[600];
            snprintf(message, sizeof message, "cannot open: %s", strerror(errno));
            problem(r, path, 0, 0, message);
            emit(r);
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            files++;
            check_lexicon_file(&check, path);
            continue;
        }
        cck_walk *walk = cck_walk_new(path);
        if (!walk) {
            problem(r, path, 0, 0, cck_status_string(CCK_ENOMEM));
            emit(r);
            break;
        }
        cck_walk_set_recursive(walk, 0);
        const char *file;
        cck_error error;
        int got;
        while ((got = cck_walk_next(walk, &file, &error)) != 0) {
            if (got < 0) {
                check.problems++;
                problem_from(r, &error, path);
                emit(r);
            } else if (has_suffix(file, ".lex")) {
                files++;
                check_lexicon_file(&check, file);
            }
        }
        cck_walk_free(walk);
    }
    if (check.problems || r->had_error) {
        r->had_error = 1;
        if (!r->options->quiet)
            fprintf(stderr, "claimcheck: %zu lexicon file%s checked, %zu problem%s\n", files,
                    files == 1 ? "" : "s", check.problems, check.problems == 1 ? "" : "s");
        return CLI_EXIT_ERROR;
    }
    if (files == 0) {
        fprintf(stderr, "claimcheck: error: no .lex files found\n");
        return CLI_EXIT_ERROR;
    }
    if (!r->options->quiet)
        fprintf(stderr, "claimcheck: %zu lexicon file%s checked, no problems\n", files,
                files == 1 ? "" : "s");
    return CLI_EXIT_CLEAN;
}

/* ---- the run -------------------------------------------------------------------------- */

static int wants_color(cli_color color, int fd)
{
    if (color != CLI_COLOR_AUTO)
        return color == CLI_COLOR_ALWAYS;
    const char *no_color = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    if (no_color && no_color[0])
        return 0;
    if (term && strcmp(term, "dumb") == 0)
        return 0;
    return isatty(fd);
}

/* Builds the engine from the built-in lexicons and --lexicons. */
static int build_engine(run *r, cck_engine **engine)
{
    cck_error error;
    cck_error_clear(&error);
    cck_lexicon *lexicon = cck_lexicon_new();
    int status = CCK_ENOMEM;
    if (!lexicon) {
        problem(r, "claimcheck", 0, 0, cck_status_string(CCK_ENOMEM));
        goto fail;
    }
    if (!r->options->no_default_lexicons &&
        (status = cck_lexicon_load_defaults(lexicon, &error)) != CCK_OK) {
        problem_from(r, &error, "built-in lexicons");
        goto fail;
    }
    if (r->options->lexicons_dir &&
        (status = cck_lexicon_load_dir(lexicon, r->options->lexicons_dir, &error)) != CCK_OK) {
        problem_from(r, &error, r->options->lexicons_dir);
        goto fail;
    }
    cck_options options;
    cck_options_init(&options);
    options.all_topics = r->options->all_topics;
    options.max_record_bytes = r->options->max_record_bytes;
    if ((status = cck_engine_new(lexicon, &options, engine, &error)) != CCK_OK) {
        problem_from(r, &error, "lexicons");
        goto fail;
    }
    cck_lexicon_free(lexicon);
    return CCK_OK;

fail:
    cck_lexicon_free(lexicon);
    emit(r);
    return status;
}

static int scan_all(run *r)
{
    cck_engine *engine = NULL;
    if (build_engine(r, &engine) != CCK_OK)
        return CLI_EXIT_ERROR;
    r->scanner = cck_scanner_new(engine);
    if (!r->scanner) {
        cck_engine_free(engine);
        fprintf(stderr, "claimcheck: error: out of memory\n");
        return CLI_EXIT_ERROR;
    }
    if (r->options->path_count == 0)
        scan_path(r, "-");
    for (size_t i = 0; i < r->options->path_count && !r->stopped; i++)
        scan_path(r, r->options->paths[i]);
    cck_scanner_free(r->scanner);
    r->scanner = NULL;
    cck_engine_free(engine);

    /* Flush first, so that a reader that went away also silences the summary. */
    errno = 0;
    if (!r->stopped && fflush(stdout) != 0) {
        r->stopped = 1;
        if (errno != EPIPE)
            r->write_errno = errno ? errno : EIO;
    }
    if (r->options->format == CLI_FORMAT_TEXT && !r->options->quiet && !r->stopped) {
        cck_report_text_summary(&r->err, &r->totals);
        emit(r);
    }
    return CLI_EXIT_CLEAN;
}

/* Flushes stdout and reports a failed write; a broken pipe is not a failure. */
static void finish_output(run *r)
{
    if (!r->stopped) {
        errno = 0;
        if (fflush(stdout) != 0 || ferror(stdout)) {
            if (errno != EPIPE)
                r->write_errno = errno ? errno : EIO;
            r->stopped = 1;
        }
    }
    errno = 0;
    if (fclose(stdout) != 0 && !r->stopped && errno != EPIPE)
        r->write_errno = errno ? errno : EIO;
    if (r->write_errno) {
        fprintf(stderr, "claimcheck: error: cannot write the output: %s\n",
                strerror(r->write_errno));
        r->had_error = 1;
    }
}

int main(int argc, char **argv)
{
    /* A closed pipe shows up as EPIPE from a write, which ends the run quietly. */
    signal(SIGPIPE, SIG_IGN);
    setvbuf(stdout, NULL, _IOFBF, OUTPUT_BUFFER);

    cli_options options;
    cck_buf message;
    cck_buf_init(&message);
    int status = cli_options_parse(argc, argv, &options, &message);
    if (status != CCK_OK) {
        fprintf(stderr, "claimcheck: error: %s\nTry 'claimcheck --help' for more information.\n",
                status == CCK_EINVAL && message.data ? message.data : cck_status_string(status));
        cck_buf_free(&message);
        return CLI_EXIT_ERROR;
    }
    cck_buf_free(&message);

    run r;
    memset(&r, 0, sizeof r);
    r.options = &options;
    r.out_style.color = wants_color(options.color, STDOUT_FILENO);
    r.out_style.quiet = options.quiet;
    r.err_style.color = wants_color(options.color, STDERR_FILENO);
    cck_buf_init(&r.out);
    cck_buf_init(&r.err);
    cck_buf_init(&r.text);

    int exit_status = CLI_EXIT_CLEAN;
    switch (options.action) {
    case CLI_HELP: cli_print_help(stdout); break;
    case CLI_VERSION: print_version(); break;
    case CLI_LIST_RULES: exit_status = list_rules(); break;
    case CLI_EXPLAIN: exit_status = explain_rule(options.explain_rule); break;
    case CLI_CHECK_LEXICONS: exit_status = check_lexicons(&r); break;
    case CLI_SCAN: exit_status = scan_all(&r); break;
    }
    finish_output(&r);
    if (r.had_error)
        exit_status = CLI_EXIT_ERROR;
    else if (exit_status == CLI_EXIT_CLEAN && r.failed)
        exit_status = CLI_EXIT_FINDINGS;

    cck_buf_free(&r.out);
    cck_buf_free(&r.err);
    cck_buf_free(&r.text);
    cli_options_free(&options);
    return exit_status;
}
