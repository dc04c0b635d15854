/* main.c - the claimcheck command: parses the options, builds the engine, runs the
 * action (a scan is run.c's job; the other actions are here) and turns what happened
 * into the exit status. src/cli is the only code in the project that prints or exits. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "input/input.h"
#include "report/report.h"

/* stdout is written in blocks this large (unless the input is interactive). */
#define OUTPUT_BUFFER ((size_t)1 << 18)

/* What the actions other than a scan need: messages for stderr, written at once. */
typedef struct run {
    const cli_options *options;
    cck_text_style err_style;
    int had_error;   /* exit 2 */
    int stopped;     /* stdout is gone or failed (and was reported) */
    int write_errno; /* errno of a failed write other than a broken pipe */
    cck_buf err;
} run;

static void emit(run *r)
{
    if (r->err.len) {
        fwrite(r->err.data, 1, r->err.len, stderr);
        fflush(stderr);
    }
    cck_buf_clear(&r->err);
}

/* "path:line:col: error: message" into the stderr buffer; the run will exit 2. */
static void problem(run *r, const char *path, size_t line, size_t column,
                    const char *message)
{
    r->had_error = 1;
    cck_report_text_problem(&r->err, path, line, column, "error", message, &r->err_style);
}

/* An error with its place, as the library fills it. */
static void problem_from(run *r, const cck_error *error, const char *fallback_path)
{
    const char *path = error->path[0] ? error->path : fallback_path;
    const char *message = error->message[0] ? error->message
                                            : cck_status_string(error->status);
    problem(r, path ? path : "claimcheck", error->line, error->column, message);
}

static int has_suffix(const char *path, const char *suffix)
{
    size_t len = strlen(path), n = strlen(suffix);
    return len >= n && strcmp(path + len - n, suffix) == 0;
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
    printf("\nSeverity grows with the gap between the claim and the evidence given for it:\n"
           "a certainty claim (level 5) backed by no more than lab or animal work is an\n"
           "error, and a warning with human studies short of a systematic review; a plain\n"
           "claim (level 4) without a controlled trial is a warning; a weaker claim is a\n"
           "warning or info. A hedged claim is info at most, and so is a claim that is\n"
           "asked, conditional or reported. The default severity above is the rule's own,\n"
           "as --list-rules shows it.\n");
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
        /* the files cck_lexicon_load_dir reads: *.lex directly inside, links followed */
        cck_walk_options walk_options = {.no_recursion = 1, .follow = 1};
        cck_walk *walk = cck_walk_new(path, &walk_options);
        if (!walk) {
            problem(r, path, 0, 0, cck_status_string(CCK_ENOMEM));
            emit(r);
            break;
        }
        const char *file = NULL;
        cck_error error;
        int got;
        size_t in_folder = 0;
        while ((got = cck_walk_next(walk, &file, &error)) != 0) {
            if (got < 0) {
                check.problems++;
                problem(r, file ? file : path, 0, 0, error.message);
                emit(r);
            } else if (got == 1 && has_suffix(file, ".lex")) {
                in_folder++;
                check_lexicon_file(&check, file);
            }
        }
        cck_walk_free(walk);
        files += in_folder;
        if (in_folder == 0) { /* as --lexicons would refuse it */
            check.problems++;
            problem(r, path, 0, 0, "no .lex files in this folder (lexicon files end in .lex)");
            emit(r);
        }
    }
    if (check.problems || r->had_error) {
        r->had_error = 1;
        if (!r->options->quiet)
            fprintf(stderr, "claimcheck: %zu lexicon file%s checked, %zu problem%s\n", files,
                    files == 1 ? "" : "s", check.problems, check.problems == 1 ? "" : "s");
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
    for (size_t i = 0; i < r->options->lexicons_count; i++) {
        const char *dir = r->options->lexicons_dirs[i];
        if ((status = cck_lexicon_load_dir(lexicon, dir, &error)) != CCK_OK) {
            problem_from(r, &error, dir);
            emit(r);
            if (status == CCK_ESYNTAX)
                fprintf(stderr, "claimcheck: nothing was scanned; 'claimcheck "
                                "--check-lexicons %s' lists every problem\n", dir);
            else if (status == CCK_EIO)
                fprintf(stderr, "claimcheck: nothing was scanned; --lexicons takes a folder "
                                "that holds .lex files (see lexicons/README.md)\n");
            goto fail;
        }
    }
    if (cck_lexicon_get_entry_count(lexicon) == 0) {
        status = CCK_EINVAL;
        problem(r, "claimcheck", 0, 0,
                "the lexicons hold no entries, so there is nothing to look for: add entries "
                "to the .lex files, or leave out --no-default-lexicons");
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

/* The number of processors, for the default -j. */
static size_t processor_count(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        return 1;
    return (size_t)n < CLI_MAX_JOBS ? (size_t)n : CLI_MAX_JOBS;
}

static int scan_all(run *r, cli_options *options)
{
    cck_engine *engine = NULL;
    if (build_engine(r, &engine) != CCK_OK)
        return CLI_EXIT_ERROR;
    if (options->jobs == 0)
        options->jobs = processor_count();
    cck_text_style out_style = {.color = wants_color(options->color, STDOUT_FILENO),
                                .quiet = options->quiet};
    int status = cli_scan(options, engine, &out_style, &r->err_style, &r->stopped);
    cck_engine_free(engine);
    return status;
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
    r.err_style.color = wants_color(options.color, STDERR_FILENO);
    cck_buf_init(&r.err);

    int exit_status = CLI_EXIT_CLEAN;
    switch (options.action) {
    case CLI_HELP: cli_print_help(stdout); break;
    case CLI_VERSION: print_version(); break;
    case CLI_LIST_RULES: exit_status = list_rules(); break;
    case CLI_EXPLAIN: exit_status = explain_rule(options.explain_rule); break;
    case CLI_CHECK_LEXICONS: exit_status = check_lexicons(&r); break;
    case CLI_SCAN: exit_status = scan_all(&r, &options); break;
    }
    finish_output(&r);
    if (r.had_error)
        exit_status = CLI_EXIT_ERROR;

    cck_buf_free(&r.err);
    cli_options_free(&options);
    return exit_status;
}
