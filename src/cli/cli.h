/* cli.h - the claimcheck command's options, parsed from argv into a struct that is
 * passed to the code that runs (there is no global options struct). */
#ifndef CCK_CLI_H
#define CCK_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "claimcheck.h"
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
    CLI_INPUT_AUTO = 0, /* by extension: .jsonl/.ndjson are JSON Lines, the rest text */
    CLI_INPUT_TEXT,     /* each file (or stdin) is one document */
    CLI_INPUT_LINES,    /* each line is one record */
    CLI_INPUT_JSONL     /* each line is one JSON object */
} cli_input;

typedef enum cli_format { CLI_FORMAT_TEXT = 0, CLI_FORMAT_JSONL } cli_format;

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
    int no_default_lexicons;
    const char *lexicons_dir; /* --lexicons */
    const char *explain_rule; /* --explain */
    size_t max_record_bytes;  /* 0: no limit */
    const char **paths;       /* operands, owned (the strings belong to argv) */
    size_t path_count;
} cli_options;

/* Parses argv. Returns CCK_OK, or CCK_EINVAL with a one-line message in *message
 * (a usage error), or CCK_ENOMEM. */
int cli_options_parse(int argc, char **argv, cli_options *options, cck_buf *message);
void cli_options_free(cli_options *options);

/* Writes the --help text. */
void cli_print_help(FILE *stream);

#endif /* CCK_CLI_H */
