/* cli.h - the claimcheck command's options, parsed from argv into a struct that is
 * passed to the code that runs (there is no global options struct), and the pieces
 * of a run: jobs rendered by workers (scan.c), the producer, pool and writer
 * (run.c) and the progress bar (progress.c). */
#ifndef CCK_CLI_H
#define CCK_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "claimcheck.h"
#include "input/input.h"
#include "report/formats.h"
#include "report/report.h"
#include "util/util.h"

typedef enum cli_action {
    CLI_SCAN = 0,         /* check the paths (or stdin) */
    CLI_HELP,             /* -h, --help */
    CLI_VERSION,          /* -V, --version */
    CLI_LIST_RULES,       /* --list-rules */
    CLI_EXPLAIN,          /* --explain RULE */
    CLI_CHECK_LEXICONS    /* --check-lexicons PATH... */
} cli_action;

typedef enum cli_input {
    CLI_INPUT_AUTO = 0, /* by extension: .jsonl/.ndjson JSON Lines, .md/.markdown
                           Markdown, .html/.htm HTML, the rest text */
    CLI_INPUT_TEXT,     /* each file (or stdin) is one document */
    CLI_INPUT_LINES,    /* each line is one record */
    CLI_INPUT_JSONL,    /* each line is one JSON object */
    CLI_INPUT_MARKDOWN, /* each file (or stdin) is one CommonMark document */
    CLI_INPUT_HTML      /* each file (or stdin) is one HTML document */
} cli_input;

/* The formats after CLI_FORMAT_JSONL are whole-run documents (formats.h): their
 * printers keep state from one file to the next, so only the writer calls them. */
typedef enum cli_format {
    CLI_FORMAT_TEXT = 0,
    CLI_FORMAT_JSONL,
    CLI_FORMAT_JSON,
    CLI_FORMAT_SARIF,
    CLI_FORMAT_CSV,
    CLI_FORMAT_HTML
} cli_format;

#define CLI_FORMAT_IS_WHOLE_RUN(format) ((format) >= CLI_FORMAT_JSON)

typedef enum cli_color { CLI_COLOR_AUTO = 0, CLI_COLOR_ALWAYS, CLI_COLOR_NEVER } cli_color;

/* --fail-on never */
#define CLI_FAIL_NEVER 4

/* Exit statuses (also in --help, the man page and the README). */
enum {
    CLI_EXIT_CLEAN = 0,    /* nothing at or above --fail-on */
    CLI_EXIT_FINDINGS = 1, /* a reported finding at or above --fail-on */
    CLI_EXIT_ERROR = 2     /* usage error, unreadable input, bad lexicon, write error */
};

#define CLI_DEFAULT_MAX_RECORD_BYTES ((size_t)64 << 20)
/* -j: at most this many worker threads. */
#define CLI_MAX_JOBS 256

typedef struct cli_options {
    cli_action action;
    cli_input input;
    cli_format format;
    cli_color color;
    const char *field;        /* --field, NULL for the defaults */
    const char *id_field;     /* --id-field */
    int fail_on;              /* cck_severity 1..3, or CLI_FAIL_NEVER */
    cck_severity min_severity;
    int all_topics;
    int quiet;
    int summary;              /* --summary */
    int summary_only;         /* text with -q and --summary: no finding lines, only
                               * the summary table (set by cli_options_parse) */
    int no_default_lexicons;
    const char **lexicons_dirs; /* --lexicons DIR..., owned array of argv strings, in order */
    size_t lexicons_count;
    char action_conflict[160]; /* a second action option, as a usage error; "" none */
    const char *explain_rule; /* --explain */
    const char *title;        /* --title: the HTML report's title, NULL for the default */
    const char *label;        /* --label: standard input's name, NULL for "<stdin>" */
    size_t max_record_bytes;  /* 0: no limit */
    size_t jobs;              /* -j: worker threads; 0 until resolved to the cores */
    int format_given;         /* -f was on the command line */
    int hidden;               /* --hidden */
    int no_ignore;            /* --no-ignore */
    int follow;               /* --follow */
    int no_progress;          /* --no-progress */
    int passthrough;          /* --passthrough */
    const char **includes;    /* --include GLOB..., owned array of argv strings */
    size_t include_count;
    const char **excludes;    /* --exclude GLOB... */
    size_t exclude_count;
    const char **paths;       /* operands, owned (the strings belong to argv) */
    size_t path_count;
} cli_options;

/* Parses argv. Returns CCK_OK, or CCK_EINVAL with a one-line message in *message
 * (a usage error), or CCK_ENOMEM. */
int cli_options_parse(int argc, char **argv, cli_options *options, cck_buf *message);
void cli_options_free(cli_options *options);

/* Writes the --help text. */
void cli_print_help(FILE *stream);

/* ---- one piece of work and what it leaves for the writer (scan.c) ----------------- */

/* Problems shown per record: a binary-like input must not flood stderr or memory. */
#define CLI_MAX_DIAGNOSTICS 10

/* What a job leaves for the writer: its bytes for stdout and stderr and its counts.
 * The writer prints them whole, in job order, and adds them up. */
/* What --summary keeps of one file or record until the writer counts (and, when it
 * was scanned, ranks) it: the same entries as the whole-run formats get. */
typedef struct cli_summary_item {
    size_t name;          /* offset of its display name in cli_output.summary_names */
    cck_record_kind kind;
    size_t record;        /* stream record number, 0 for documents */
    size_t line;
    size_t id;            /* offset of the record's id in summary_names, when has_id */
    size_t id_length;
    int has_id;
    size_t bytes;         /* bytes scanned (0 when not scanned) */
    int scanned;          /* profile is set */
    int failed;           /* not read, or not fully scanned (an error was printed) */
    cck_profile profile;
    cck_report_counts reported; /* reported findings, by severity and category */
} cli_summary_item;

/* A whole-run format: what the writer needs to print one file or record. The path
 * is borrowed from the job (it lives as long as the job); the id, text and error are
 * kept in cli_output.kept, the findings and diagnostics are slices of the output's
 * lists, so the record's pointers are set by the writer (cli_output_entry). */
typedef struct cli_entry {
    cck_report_record record;   /* id and text are NULL until cli_output_entry */
    size_t id;                  /* offset in kept (id_length bytes) */
    size_t text;                /* offset in kept (record.length bytes), or
                                 * CLI_NOT_KEPT when it was not scanned */
    size_t error;               /* offset in kept of a NUL-terminated message, or
                                 * CLI_NOT_KEPT */
    size_t finding;             /* first of finding_count in cli_output.findings */
    size_t finding_count;
    size_t diagnostic;          /* first of diagnostic_count in cli_output.diagnostics */
    size_t diagnostic_count;
    int scanned;                /* profile is set */
    cck_profile profile;
} cli_entry;

#define CLI_NOT_KEPT ((size_t)-1)

typedef struct cli_output {
    cck_buf out;
    cck_buf err;
    cli_summary_item *summary;   /* --summary: one per scanned record */
    size_t summary_count;
    size_t summary_cap;
    cck_buf summary_names;
    cli_entry *entries;          /* whole-run formats: one per file or record */
    size_t entry_count;
    size_t entry_cap;
    cck_buf kept;                /* the entries' ids, texts and errors */
    cck_finding_list findings;   /* the entries' findings (deep copies; findings.bytes
                                  * counts toward the job's weight) */
    cck_error *diagnostics;      /* the entries' diagnostics */
    size_t diagnostic_count;
    size_t diagnostic_cap;
    cck_report_totals totals;
    size_t input_bytes; /* bytes read (for the progress bar) */
    size_t files;       /* files read (for the progress bar) */
    int had_error;      /* exit 2 */
    int failed;         /* a reported finding reached --fail-on: exit 1 */
    int flush;          /* flush stdout once this is written (interactive input) */
} cli_output;

typedef enum cli_job_kind {
    CLI_JOB_FILE = 0, /* files, each read and scanned as one document */
    CLI_JOB_STDIN,    /* standard input read and scanned as one document */
    CLI_JOB_RECORDS,  /* a batch of lines of a stream, one record each */
    CLI_JOB_MESSAGE   /* only a message (a walk error, a note): already done */
} cli_job_kind;

/* A file of a FILE job: where its name is in the job's `names`. */
typedef struct cli_file_ref {
    size_t offset;
    int walked; /* found in a folder walk (a binary file is then a note) */
} cli_file_ref;

/* A line of a batch: where its bytes are in the job's `lines`. */
typedef struct cli_line_ref {
    size_t offset;
    size_t length;
    size_t number;
    int too_long;
} cli_line_ref;

typedef struct cli_job {
    cli_job_kind kind;
    char *path;          /* display name, owned ("<stdin>" for standard input) */
    cck_buf names;       /* FILE: the files' names, each ending with a NUL */
    cli_file_ref *files;
    size_t file_count;
    size_t file_cap;
    int is_stdin;        /* RECORDS: from standard input (no "path" in JSON Lines) */
    cck_record_mode mode;
    cck_buf lines;       /* RECORDS: the lines' bytes, end to end */
    cli_line_ref *refs;
    size_t count;
    size_t cap;
    size_t weight;       /* bytes it holds in the queue before it is done */
    size_t sequence;     /* its place in the queue (-j2 and more) */
    cli_output output;
} cli_job;

/* A record's output past this size is handed to the writer before the record is
 * done, when the writer is waiting for it (so a huge document's JSON does not have
 * to be held whole). */
#define CLI_HAND_OVER_BYTES ((size_t)1 << 20)

/* Called by a worker whose job's stdout bytes passed CLI_HAND_OVER_BYTES: it may
 * write them, or take them (leaving job->output.out empty), or leave them. Returns
 * non-zero when the run is stopping and the scan should end. */
typedef int (*cli_hand_over_fn)(void *data, cli_job *job);

/* The scratch of one thread that renders jobs. The engine and options are shared
 * and read-only; everything else belongs to the thread. */
typedef struct cli_worker {
    const cli_options *options;
    const cck_text_style *out_style;
    const cck_text_style *err_style;
    cck_scanner *scanner;
    cck_record_parser *parser; /* NULL until a stream needs one */
    cck_record_mode parser_mode;
    cck_buf text;              /* a file's bytes */
    cck_buf member;            /* --passthrough: the "claimcheck" member */
    const char *charset;       /* the HTML page being scanned declares this encoding, */
    size_t charset_len;        /* which is not UTF-8 (0: none) */
    cck_error diagnostics[CLI_MAX_DIAGNOSTICS];
    cck_queue *queue;          /* -j2 and more: where the jobs come from */
    cli_job *current;          /* the job being run */
    cli_hand_over_fn hand_over; /* NULL: a job's output is always held whole */
    void *hand_over_data;
} cli_worker;

cli_job *cli_job_new(cli_job_kind kind, const char *path);
void cli_job_free(cli_job *job);
/* Adds a line to a RECORDS job: a copy of text[0..len), or (add_ref) bytes that are
 * already in job->lines at offset. */
int cli_job_add_line(cli_job *job, const char *text, size_t len, size_t number,
                     int too_long);
int cli_job_add_ref(cli_job *job, size_t offset, size_t len, size_t number, int too_long);
/* Adds a file to a FILE job. Small files travel together, so that a folder of many
 * small files does not cost a thread handoff per file. */
int cli_job_add_file(cli_job *job, const char *path, int walked);

int cli_worker_init(cli_worker *worker, const cli_options *options, const cck_engine *engine,
                    const cck_text_style *out_style, const cck_text_style *err_style);
void cli_worker_free(cli_worker *worker);

/* Reads and scans what the job names, rendering its output into job->output. */
void cli_job_run(cli_worker *worker, cli_job *job);

/* "path:line:col: error: message" into the output's stderr bytes; exit 2. */
void cli_output_problem(cli_output *output, const char *path, size_t line, size_t column,
                        const char *message, const cck_text_style *style);
/* "path: note: message" (not shown with -q). */
void cli_output_note(cli_output *output, const cli_options *options, const char *path,
                     const char *message, const cck_text_style *style);
/* How a file (or stdin, path NULL) is read: the --input mode, or with --input auto its
 * extension's (stdin's from its --label, text without one): .jsonl/.ndjson JSON Lines,
 * .md/.markdown Markdown, .html/.htm HTML (any case), anything else text. */
cli_input cli_input_for(const cli_options *options, const char *path);

/* A file or record that could not be read: the problem and, in JSON Lines, an
 * object that says so (in a whole-run format, an entry with its error). */
void cli_output_failed(cli_output *output, const cli_options *options,
                       const cck_report_record *record, size_t column, const char *message,
                       const cck_text_style *style);

/* Whole-run formats: the printer's view of entry i of the output (its record's id
 * and text pointed at the kept bytes). The output must not change while it is used. */
void cli_output_entry(const cli_output *output, size_t i, cck_report_record *record,
                      cck_report_entry *entry);
/* The bytes a finished job holds until it is written: its output, and with a
 * whole-run format the texts and findings kept for the writer. */
size_t cli_output_weight(const cli_output *output);

/* ---- the progress bar (progress.c) ------------------------------------------------ */

typedef struct cli_progress cli_progress;

/* A progress bar on stderr, or NULL when there should be none: --no-progress, stderr
 * not a terminal, TERM=dumb, or CI set in the environment. CLAIMCHECK_PROGRESS_TTY=1 (internal,
 * for the tests) makes any stderr count as a terminal. */
cli_progress *cli_progress_new(const cli_options *options);
void cli_progress_free(cli_progress *progress);
/* Producer: one more file found; the walk is over (the total is known). */
void cli_progress_found(cli_progress *progress, size_t files);
void cli_progress_walk_done(cli_progress *progress);
/* Writer: a job's output was written. */
void cli_progress_add(cli_progress *progress, const cli_output *output);
/* Writer: redraws the bar if it is due (after 0.5 s, then at most 10 times a second). */
void cli_progress_tick(cli_progress *progress);
/* Writer: erases the bar before something else is written to the terminal. */
void cli_progress_clear(cli_progress *progress);

/* ---- a scan run (run.c) ----------------------------------------------------------- */

/* Scans the paths of the options (or stdin) with options->jobs workers and writes
 * everything in order, then the summary. Returns the exit status; *stopped is set
 * when stdout went away or failed (a failure is already reported). */
int cli_scan(const cli_options *options, const cck_engine *engine,
             const cck_text_style *out_style, const cck_text_style *err_style,
             int *stopped);

#endif /* CCK_CLI_H */
