/* options.c - parsing the command line into a cli_options struct (GNU-style long
 * options with "--name value" or "--name=value", clustered short options, "--"), and
 * the --help text. */
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"

enum option_id {
    OPT_INPUT,
    OPT_FORMAT,
    OPT_FIELD,
    OPT_ID_FIELD,
    OPT_FAIL_ON,
    OPT_MIN_SEVERITY,
    OPT_ALL_TOPICS,
    OPT_LEXICONS,
    OPT_NO_DEFAULT_LEXICONS,
    OPT_CHECK_LEXICONS,
    OPT_EXPLAIN,
    OPT_LIST_RULES,
    OPT_COLOR,
    OPT_QUIET,
    OPT_SUMMARY,
    OPT_MAX_RECORD_BYTES,
    OPT_JOBS,
    OPT_INCLUDE,
    OPT_EXCLUDE,
    OPT_HIDDEN,
    OPT_NO_IGNORE,
    OPT_FOLLOW,
    OPT_NO_PROGRESS,
    OPT_PASSTHROUGH,
    OPT_TITLE,
    OPT_LABEL,
    OPT_HELP,
    OPT_VERSION
};

typedef struct option_spec {
    const char *name;
    char short_name; /* 0 when none */
    int takes_value;
    enum option_id id;
} option_spec;

static const option_spec specs[] = {
    {"input", 'i', 1, OPT_INPUT},
    {"format", 'f', 1, OPT_FORMAT},
    {"field", 0, 1, OPT_FIELD},
    {"id-field", 0, 1, OPT_ID_FIELD},
    {"fail-on", 0, 1, OPT_FAIL_ON},
    {"min-severity", 0, 1, OPT_MIN_SEVERITY},
    {"all-topics", 0, 0, OPT_ALL_TOPICS},
    {"lexicons", 0, 1, OPT_LEXICONS},
    {"no-default-lexicons", 0, 0, OPT_NO_DEFAULT_LEXICONS},
    {"check-lexicons", 0, 0, OPT_CHECK_LEXICONS},
    {"explain", 0, 1, OPT_EXPLAIN},
    {"list-rules", 0, 0, OPT_LIST_RULES},
    {"color", 0, 1, OPT_COLOR},
    {"colour", 0, 1, OPT_COLOR},
    {"quiet", 'q', 0, OPT_QUIET},
    {"summary", 0, 0, OPT_SUMMARY},
    {"max-record-bytes", 0, 1, OPT_MAX_RECORD_BYTES},
    {"jobs", 'j', 1, OPT_JOBS},
    {"include", 0, 1, OPT_INCLUDE},
    {"exclude", 0, 1, OPT_EXCLUDE},
    {"hidden", 0, 0, OPT_HIDDEN},
    {"no-ignore", 0, 0, OPT_NO_IGNORE},
    {"follow", 'L', 0, OPT_FOLLOW},
    {"no-progress", 0, 0, OPT_NO_PROGRESS},
    {"passthrough", 0, 0, OPT_PASSTHROUGH},
    {"title", 0, 1, OPT_TITLE},
    {"label", 0, 1, OPT_LABEL},
    {"help", 'h', 0, OPT_HELP},
    {"version", 'V', 0, OPT_VERSION},
};

void cli_print_help(FILE *stream)
{
    fputs(
        "Usage: claimcheck [OPTIONS] [PATH...]\n"
        "\n"
        "Reports the places where claims about regenerative medicine (stem cells, PRP,\n"
        "exosomes, ...) are stronger than the evidence given for them. PATHs are files\n"
        "or folders; with no PATH, or with '-', standard input is read.\n"
        "\n"
        "Input:\n"
        "  -i, --input MODE        auto (default), text, lines, jsonl, markdown or\n"
        "                          html. auto reads *.jsonl and *.ndjson files as\n"
        "                          JSON Lines, *.md and *.markdown as Markdown,\n"
        "                          *.html and *.htm as HTML, everything else (and\n"
        "                          stdin) as text; lines makes every line one record\n"
        "                          (one post per line); jsonl reads one JSON object\n"
        "                          per line. Markdown and HTML: only the prose is\n"
        "                          checked (not code, URLs, scripts, navigation), and\n"
        "                          positions point into the file as it is.\n"
        "      --field NAME        JSON Lines: the field holding the text\n"
        "                          (default: text, then full_text)\n"
        "      --id-field NAME     JSON Lines: the field echoed as the record's id\n"
        "                          (default: id_str, then id). Both need --input\n"
        "                          jsonl, or a *.jsonl PATH or --label with auto\n"
        "      --label NAME        the name standard input is reported under (in\n"
        "                          place of <stdin>); with --input auto its extension\n"
        "                          picks how stdin is read: an editor can pipe a\n"
        "                          buffer as `claimcheck --label draft.md -`\n"
        "      --max-record-bytes N\n"
        "                          refuse files and records (lines) larger than N\n"
        "                          bytes; K, M and G suffixes; 0 for no limit\n"
        "                          (default 64M)\n"
        "\n"
        , stream);
    fputs(
        "Folders (walked recursively, in sorted order at each level):\n"
        "      --include GLOB      read only files matching GLOB (repeatable); replaces\n"
        "                          the default choice of prose files (*.txt, *.text,\n"
        "                          *.md, *.markdown, *.html, *.htm, *.jsonl, *.ndjson)\n"
        "      --exclude GLOB      skip files and folders matching GLOB (repeatable;\n"
        "                          wins over --include). A GLOB without '/' matches\n"
        "                          the base name, one with '/' the path relative to\n"
        "                          the folder given (a leading './' is read as '/');\n"
        "                          '**' spans folders; a final '/' matches folders\n"
        "                          only. A folder that yields no file to read gets a\n"
        "                          note: on stderr that says why\n"
        "      --hidden            also read entries whose name starts with '.'\n"
        "      --no-ignore         do not honour .gitignore files\n"
        "  -L, --follow            follow symbolic links (loops are noted and skipped)\n"
        "  -j, --jobs N            scan with N threads (default: the number of\n"
        "                          processors; 1: one thread). Output is in the same\n"
        "                          order whatever N\n"
        "      --no-progress       no progress bar (it is shown on stderr only when\n"
        "                          stderr is a terminal, TERM is not dumb, CI is unset\n"
        "                          and the run takes more than half a second)\n"
        "\n"
        , stream);
    fputs(
        "What to report:\n"
        "      --min-severity LEVEL  report findings of LEVEL and above: info (default),\n"
        "                          warning or error\n"
        "      --fail-on LEVEL     exit 1 when a reported finding is at LEVEL or above:\n"
        "                          info, warning (default), error or never\n"
        "      --all-topics        check strong claims on any topic, not only\n"
        "                          regenerative medicine\n"
        "      --lexicons DIR      load the *.lex files of DIR after the built-in\n"
        "                          lexicons: a file named like a built-in one replaces\n"
        "                          it, other files add to them (repeatable: folders\n"
        "                          load in the order given)\n"
        "      --no-default-lexicons\n"
        "                          do not load the built-in lexicons (use with\n"
        "                          --lexicons)\n"
        "\n"
        , stream);
    fputs(
        "Output:\n"
        "  -f, --format FORMAT     text (default): path:line:col: severity: message\n"
        "                          [rule], the sentence with the words underlined and a\n"
        "                          suggested rewrite; jsonl: one JSON object per file or\n"
        "                          record (the fields are listed in the README);\n"
        "                          json: one document for the run (schema\n"
        "                          claimcheck/1: the jsonl objects and the run's totals);\n"
        "                          sarif: SARIF 2.1.0 for code-scanning tools; csv: one\n"
        "                          row per finding (RFC 4180); html: one self-contained\n"
        "                          page with the findings highlighted in the text\n"
        "      --title TEXT        with --format html: the page's title\n"
        "      --passthrough       with --input jsonl (or files all named *.jsonl):\n"
        "                          print each input object with a \"claimcheck\"\n"
        "                          member added (implies --format jsonl)\n"
        "      --color WHEN        auto (default: on a terminal, unless NO_COLOR is\n"
        "                          set or TERM is dumb), always or never (also\n"
        "                          --colour)\n"
        "  -q, --quiet             text: only the diagnostic lines, no summary line;\n"
        "                          with --summary, no diagnostic lines either, only\n"
        "                          the table and totals; any format: no note: lines\n"
        "                          on stderr\n"
        "      --summary           after the report, a table of the files (or records)\n"
        "                          ranked by errors, warnings and claims per 1,000\n"
        "                          words (the worst 20), the run's totals (with the\n"
        "                          inputs not read), and for a single document its\n"
        "                          profile: claims per 1,000 words, share hedged,\n"
        "                          share with evidence, strongest claim, and whether\n"
        "                          it discusses cost, harms, evidence quality and\n"
        "                          alternatives. On stdout with --format text, on\n"
        "                          stderr with every other format\n"
        "Output is flushed after each batch of records when the input is not a regular\n"
        "file (a pipe or a terminal), so `tail -f posts | claimcheck -i lines` answers\n"
        "each line as it comes; otherwise it is written in large blocks.\n"
        "\n"
        , stream);
    fputs(
        "Other actions:\n"
        "      --check-lexicons PATH...\n"
        "                          check lexicon files (or folders of *.lex files) and\n"
        "                          print every problem as file:line:col: error: ...\n"
        "      --list-rules        list the rules (finding categories)\n"
        "      --explain RULE      describe a rule: what it finds and how to fix it\n"
        "  -h, --help              show this help\n"
        "  -V, --version           show the version\n"
        "\n"
        , stream);
    fputs(
        "Examples:\n"
        "  claimcheck draft.txt                       review a draft\n"
        "  claimcheck --min-severity warning docs/    scan a folder, skip notes\n"
        "  claimcheck -f html draft.md > review.html  a page to read the findings in\n"
        "  claimcheck -j4 --summary -q archive/       only the worst 20 files of a\n"
        "                                             folder, and its totals\n"
        "  claimcheck -f sarif site/ > cc.sarif       for a code-scanning system\n"
        "  claimcheck --exclude drafts/ --include '*.md' site/\n"
        "                                             only Markdown, not drafts/\n"
        "  claimcheck -i lines -f jsonl < posts.txt   one JSON object per post\n"
        "  jq -c '{id, text}' tweets.json \\\n"
        "    | claimcheck -i jsonl -f jsonl --fail-on never \\\n"
        "    | jq -r 'select(.findings != []) | .id'    ids of posts with findings\n"
        "  parallel --pipe -k -N 1000 claimcheck -j1 -i jsonl -f jsonl < tweets.jsonl\n"
        "                                             split a stream over processes\n"
        "\n"
        , stream);
    fputs(
        "Exit status:\n"
        "  0  nothing at or above --fail-on was reported\n"
        "  1  a finding at or above --fail-on was reported (a faulty or unused\n"
        "     \"claimcheck: ignore RULE reason\" comment counts as a warning)\n"
        "  2  an error: bad usage, an unreadable, binary or too large file, invalid\n"
        "     UTF-8, a malformed JSON line, a bad lexicon, or output that could not be\n"
        "     written\n"
        "Errors are reported on stderr and do not stop the run. If the reader of the\n"
        "output goes away (a broken pipe), claimcheck stops quietly with the status\n"
        "earned so far.\n"
        "\n"
        "See also: man claimcheck; lexicons/README.md for the lexicon file format.\n",
        stream);
}

static int usage_error(cck_buf *message, const char *fmt, const char *arg)
{
    cck_buf_clear(message);
    if (cck_buf_printf(message, fmt, arg) != CCK_OK)
        return CCK_ENOMEM;
    return CCK_EINVAL;
}

/* Parses "64M", "512K", "1G", "100000" (binary multiples) with overflow checks. */
static int parse_size(const char *text, size_t *value)
{
    size_t result = 0;
    const char *p = text;
    if (!cck_ascii_is_digit((unsigned char)*p))
        return CCK_EINVAL;
    for (; cck_ascii_is_digit((unsigned char)*p); p++) {
        size_t digit = (size_t)(*p - '0');
        if (result > (SIZE_MAX - digit) / 10)
            return CCK_ELIMIT;
        result = result * 10 + digit;
    }
    unsigned shift = 0;
    switch (*p) {
    case '\0': break;
    case 'k': case 'K': shift = 10; p++; break;
    case 'm': case 'M': shift = 20; p++; break;
    case 'g': case 'G': shift = 30; p++; break;
    default: return CCK_EINVAL;
    }
    if (*p != '\0')
        return CCK_EINVAL;
    if (shift && result > (SIZE_MAX >> shift))
        return CCK_ELIMIT;
    *value = result << shift;
    return CCK_OK;
}

/* The --input modes, in cli_input order. */
static const char *const input_names[] = {"auto", "text", "lines", "jsonl", "markdown", "html"};

static int parse_choice(const char *value, const char *const *names, size_t count,
                        int *choice)
{
    for (size_t i = 0; i < count; i++) {
        if (strcmp(value, names[i]) == 0) {
            *choice = (int)i;
            return CCK_OK;
        }
    }
    return CCK_EINVAL;
}

/* Chooses what the run does. --list-rules, --explain and --check-lexicons each do
 * one thing: two of them together (or one twice) is a usage error, not a silent
 * choice of the last. (--help and --version win over everything: see below.) */
static void set_action(cli_options *options, cli_action action, const char *shown)
{
    cli_action had = options->action;
    const char *had_option = had == CLI_LIST_RULES       ? "--list-rules"
                             : had == CLI_CHECK_LEXICONS ? "--check-lexicons"
                             : had == CLI_EXPLAIN        ? "--explain"
                                                         : NULL;
    if (!had_option) {
        options->action = action;
        return;
    }
    /* the first conflict is kept until the whole line is read: --help and --version
     * still win */
    if (options->action_conflict[0])
        return;
    if (action == had)
        snprintf(options->action_conflict, sizeof options->action_conflict,
                 "%s is given twice: give it once", shown);
    else
        snprintf(options->action_conflict, sizeof options->action_conflict,
                 "%s cannot be used with %s: give one of them", shown, had_option);
}

/* "./drafts" (as a shell completes it) names the drafts folder at the top of the
 * folder walked, which the glob syntax writes "/drafts": the leading "./" (or "././")
 * gives way to that anchor. Stripped to "drafts", it would match at any depth. The
 * result points into pattern. */
static const char *anchor_glob(const char *pattern)
{
    const char *p = pattern;
    while (p[0] == '.' && p[1] == '/')
        p += 2;
    if (p != pattern && p[0] != '/')
        p--; /* the '/' of the last "./" */
    return p;
}

static const char *format_name(cli_format format)
{
    switch (format) {
    case CLI_FORMAT_TEXT: return "text";
    case CLI_FORMAT_JSONL: return "jsonl";
    case CLI_FORMAT_JSON: return "json";
    case CLI_FORMAT_SARIF: return "sarif";
    case CLI_FORMAT_CSV: return "csv";
    case CLI_FORMAT_HTML: return "html";
    }
    return "?";
}

static int apply(cli_options *options, const option_spec *spec, const char *shown,
                 const char *value, cck_buf *message)
{
    /* In cli_format order. */
    static const char *const formats[] = {"text", "jsonl", "json", "sarif", "csv", "html"};
    static const char *const colors[] = {"auto", "always", "never"};
    static const char *const levels[] = {"never", "info", "warning", "error"};
    int choice = 0;
    switch (spec->id) {
    case OPT_INPUT:
        if (parse_choice(value, input_names, CCK_ARRAY_LEN(input_names), &choice) != CCK_OK)
            return usage_error(message,
                               "unknown --input mode '%s' (auto, text, lines, jsonl, markdown, html)", value);
        options->input = (cli_input)choice;
        return CCK_OK;
    case OPT_FORMAT:
        if (parse_choice(value, formats, CCK_ARRAY_LEN(formats), &choice) != CCK_OK)
            return usage_error(message, "unknown --format '%s' (text, jsonl, json, sarif, csv, html)", value);
        options->format = (cli_format)choice;
        options->format_given = 1;
        return CCK_OK;
    case OPT_COLOR:
        if (parse_choice(value, colors, CCK_ARRAY_LEN(colors), &choice) != CCK_OK)
            return usage_error(message, "unknown --color '%s' (auto, always, never)", value);
        options->color = (cli_color)choice;
        return CCK_OK;
    case OPT_FAIL_ON:
        if (parse_choice(value, levels, CCK_ARRAY_LEN(levels), &choice) != CCK_OK)
            return usage_error(message,
                               "unknown --fail-on level '%s' (info, warning, error, never)",
                               value);
        options->fail_on = choice == 0 ? CLI_FAIL_NEVER : choice;
        return CCK_OK;
    case OPT_MIN_SEVERITY:
        if (parse_choice(value, levels + 1, CCK_ARRAY_LEN(levels) - 1, &choice) != CCK_OK)
            return usage_error(message,
                               "unknown --min-severity level '%s' (info, warning, error)",
                               value);
        options->min_severity = (cck_severity)(choice + 1);
        return CCK_OK;
    case OPT_MAX_RECORD_BYTES:
        if (parse_size(value, &options->max_record_bytes) != CCK_OK)
            return usage_error(message,
                               "bad --max-record-bytes '%s' (a number of bytes, with an "
                               "optional K, M or G suffix)",
                               value);
        return CCK_OK;
    case OPT_JOBS:
        if (parse_size(value, &options->jobs) != CCK_OK || options->jobs > CLI_MAX_JOBS ||
            value[strspn(value, "0123456789")] != '\0')
            return usage_error(message, "bad --jobs '%s' (a number of threads, 0 to 256; 0: "
                                        "the number of processors)",
                               value);
        return CCK_OK;
    case OPT_INCLUDE:
    case OPT_EXCLUDE:
        if (value[0] == '\0')
            return usage_error(message, "%s needs a non-empty pattern", shown);
        value = anchor_glob(value);
        if (value[0] == '/' && value[1] == '\0')
            return usage_error(message, "%s needs a pattern after './'", shown);
        if (spec->id == OPT_INCLUDE)
            options->includes[options->include_count++] = value;
        else
            options->excludes[options->exclude_count++] = value;
        return CCK_OK;
    case OPT_HIDDEN: options->hidden = 1; return CCK_OK;
    case OPT_NO_IGNORE: options->no_ignore = 1; return CCK_OK;
    case OPT_FOLLOW: options->follow = 1; return CCK_OK;
    case OPT_NO_PROGRESS: options->no_progress = 1; return CCK_OK;
    case OPT_PASSTHROUGH: options->passthrough = 1; return CCK_OK;
    case OPT_FIELD:
    case OPT_ID_FIELD:
    case OPT_LEXICONS:
    case OPT_EXPLAIN:
    case OPT_TITLE:
    case OPT_LABEL:
        if (value[0] == '\0')
            return usage_error(message, "%s needs a non-empty value", shown);
        if (spec->id == OPT_FIELD)
            options->field = value;
        else if (spec->id == OPT_ID_FIELD)
            options->id_field = value;
        else if (spec->id == OPT_LEXICONS)
            options->lexicons_dirs[options->lexicons_count++] = value;
        else if (spec->id == OPT_TITLE)
            options->title = value;
        else if (spec->id == OPT_LABEL)
            options->label = value;
        else {
            options->explain_rule = value;
            set_action(options, CLI_EXPLAIN, shown);
        }
        return CCK_OK;
    case OPT_ALL_TOPICS: options->all_topics = 1; return CCK_OK;
    case OPT_NO_DEFAULT_LEXICONS: options->no_default_lexicons = 1; return CCK_OK;
    case OPT_CHECK_LEXICONS: set_action(options, CLI_CHECK_LEXICONS, shown); return CCK_OK;
    case OPT_LIST_RULES: set_action(options, CLI_LIST_RULES, shown); return CCK_OK;
    case OPT_QUIET: options->quiet = 1; return CCK_OK;
    case OPT_SUMMARY: options->summary = 1; return CCK_OK;
    case OPT_HELP: options->action = CLI_HELP; return CCK_OK;
    case OPT_VERSION: options->action = CLI_VERSION; return CCK_OK;
    }
    return CCK_EINVAL;
}

static const option_spec *find_long(const char *name, size_t len)
{
    for (size_t i = 0; i < CCK_ARRAY_LEN(specs); i++)
        if (strlen(specs[i].name) == len && memcmp(specs[i].name, name, len) == 0)
            return &specs[i];
    return NULL;
}

static const option_spec *find_short(char c)
{
    for (size_t i = 0; i < CCK_ARRAY_LEN(specs); i++)
        if (specs[i].short_name == c)
            return &specs[i];
    return NULL;
}

/* Whether the run reads only standard input (no PATH, or only '-'). */
static int reads_only_stdin(const cli_options *options)
{
    for (size_t i = 0; i < options->path_count; i++)
        if (strcmp(options->paths[i], "-") != 0)
            return 0;
    return 1;
}

/* Whether --input auto may read something named on the command line as JSON Lines:
 * a *.jsonl or *.ndjson file (stdin by its --label), or a folder, which may hold one.
 * A path that cannot be looked at may be either (reading it reports why). */
static int may_read_json(const cli_options *options)
{
    if (options->path_count == 0)
        return cli_input_for(options, NULL) == CLI_INPUT_JSONL;
    for (size_t i = 0; i < options->path_count; i++) {
        const char *path = options->paths[i];
        int is_stdin = strcmp(path, "-") == 0;
        if (cli_input_for(options, is_stdin ? NULL : path) == CLI_INPUT_JSONL)
            return 1;
        struct stat st;
        if (!is_stdin && (stat(path, &st) != 0 || S_ISDIR(st.st_mode)))
            return 1;
    }
    return 0;
}

/* --field and --id-field name members of JSON objects: when nothing will be read as
 * JSON Lines they would be ignored and the objects scanned as text, so that the
 * findings in the field are mixed with the JSON around them, or lost. With --input
 * auto, a *.jsonl file named or in a folder is read as JSON Lines. */
static int check_json_fields(const cli_options *options, cck_buf *message)
{
    const char *shown = options->field ? "--field" : options->id_field ? "--id-field" : NULL;
    if (!shown || options->action != CLI_SCAN || options->input == CLI_INPUT_JSONL)
        return CCK_OK;
    char text[256];
    if (options->input != CLI_INPUT_AUTO)
        snprintf(text, sizeof text,
                 "%s names a field of JSON Lines input, but --input %s reads no JSON: add "
                 "--input jsonl, or leave out %s",
                 shown, input_names[options->input], shown);
    else if (may_read_json(options))
        return CCK_OK;
    else if (reads_only_stdin(options))
        snprintf(text, sizeof text,
                 "%s names a field of JSON Lines input, but standard input is read as text "
                 "unless --input jsonl is given: add --input jsonl, or leave out %s",
                 shown, shown);
    else
        snprintf(text, sizeof text,
                 "%s names a field of JSON Lines input, but no file named is read as JSON "
                 "Lines (only *.jsonl and *.ndjson are, with --input auto): add --input "
                 "jsonl, or leave out %s",
                 shown, shown);
    return usage_error(message, "%s", text);
}

static int add_path(cli_options *options, const char *path, size_t *cap)
{
    void *items = options->paths;
    if (cck_grow(&items, cap, options->path_count + 1, sizeof *options->paths) != CCK_OK)
        return CCK_ENOMEM;
    options->paths = items;
    options->paths[options->path_count++] = path;
    return CCK_OK;
}

int cli_options_parse(int argc, char **argv, cli_options *options, cck_buf *message)
{
    memset(options, 0, sizeof *options);
    options->fail_on = CCK_SEVERITY_WARNING;
    options->min_severity = CCK_SEVERITY_INFO;
    options->max_record_bytes = CLI_DEFAULT_MAX_RECORD_BYTES;
    size_t cap = 0;
    int operands_only = 0;
    /* Each --include or --exclude takes an argument, so argc bounds their number. */
    options->includes = cck_calloc((size_t)argc, sizeof *options->includes);
    options->excludes = cck_calloc((size_t)argc, sizeof *options->excludes);
    options->lexicons_dirs = cck_calloc((size_t)argc, sizeof *options->lexicons_dirs);
    if (!options->includes || !options->excludes || !options->lexicons_dirs) {
        cli_options_free(options);
        return CCK_ENOMEM;
    }
    int help = 0, version = 0;
    int status = CCK_OK;
    char shown[64];

    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (operands_only || arg[0] != '-' || strcmp(arg, "-") == 0) {
            if ((status = add_path(options, arg, &cap)) != CCK_OK)
                goto fail;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            operands_only = 1;
            continue;
        }
        if (arg[1] == '-') {
            const char *name = arg + 2;
            const char *eq = strchr(name, '=');
            size_t name_len = eq ? (size_t)(eq - name) : strlen(name);
            const option_spec *spec = find_long(name, name_len);
            if (!spec) {
                status = usage_error(message, "unknown option '%s'", arg);
                goto fail;
            }
            snprintf(shown, sizeof shown, "--%s", spec->name);
            const char *value = NULL;
            if (spec->takes_value) {
                if (eq)
                    value = eq + 1;
                else if (i + 1 < argc)
                    value = argv[++i];
                else {
                    status = usage_error(message, "option '%s' needs a value", shown);
                    goto fail;
                }
            } else if (eq) {
                status = usage_error(message, "option '%s' takes no value", shown);
                goto fail;
            }
            help |= spec->id == OPT_HELP;
            version |= spec->id == OPT_VERSION;
            if ((status = apply(options, spec, shown, value, message)) != CCK_OK)
                goto fail;
            continue;
        }
        for (size_t j = 1; arg[j] != '\0'; j++) {
            const option_spec *spec = find_short(arg[j]);
            if (!spec) {
                char unknown[3] = {'-', arg[j], '\0'};
                status = usage_error(message, "unknown option '%s'", unknown);
                goto fail;
            }
            snprintf(shown, sizeof shown, "-%c", spec->short_name);
            help |= spec->id == OPT_HELP;
            version |= spec->id == OPT_VERSION;
            if (!spec->takes_value) {
                if ((status = apply(options, spec, shown, NULL, message)) != CCK_OK)
                    goto fail;
                continue;
            }
            const char *value = arg + j + 1;
            if (*value == '\0') {
                if (i + 1 >= argc) {
                    status = usage_error(message, "option '%s' needs a value", shown);
                    goto fail;
                }
                value = argv[++i];
            }
            if ((status = apply(options, spec, shown, value, message)) != CCK_OK)
                goto fail;
            break;
        }
    }

    /* --help and --version win over everything else on the line. */
    if (help)
        options->action = CLI_HELP;
    else if (version)
        options->action = CLI_VERSION;
    else if (options->action_conflict[0]) {
        status = usage_error(message, "%s", options->action_conflict);
        goto fail;
    }
    if (options->action == CLI_CHECK_LEXICONS && options->path_count == 0) {
        status = usage_error(message, "%s", "--check-lexicons needs a lexicon file or folder");
        goto fail;
    }
    if (options->passthrough) {
        /* with --input auto, files that are all named .jsonl or .ndjson are JSON Lines */
        int all_jsonl = options->input == CLI_INPUT_AUTO && options->path_count > 0;
        for (size_t i = 0; all_jsonl && i < options->path_count; i++)
            all_jsonl = cli_input_for(options, options->paths[i]) == CLI_INPUT_JSONL;
        if (all_jsonl)
            options->input = CLI_INPUT_JSONL;
        if (options->input != CLI_INPUT_JSONL) {
            status = usage_error(message, "%s",
                                 "--passthrough needs --input jsonl (it adds a member to "
                                 "each JSON object)");
            goto fail;
        }
        if (options->format_given && options->format != CLI_FORMAT_JSONL) {
            status = usage_error(message,
                                 "--passthrough writes JSON Lines (the input objects with a "
                                 "member added): it cannot be used with --format %s; leave "
                                 "out --format, or leave out --passthrough",
                                 format_name(options->format));
            goto fail;
        }
        options->format = CLI_FORMAT_JSONL;
    }
    if ((status = check_json_fields(options, message)) != CCK_OK)
        goto fail;
    /* -q asks for the short form: a line per finding, or with --summary only the
     * table (a run over thousands of files is read from the table). */
    options->summary_only = options->quiet && options->summary &&
                            options->format == CLI_FORMAT_TEXT;
    if (options->title && options->format != CLI_FORMAT_HTML) {
        status = usage_error(message, "%s",
                             "--title names the HTML report: add --format html, or leave "
                             "out --title");
        goto fail;
    }
    if (options->action == CLI_LIST_RULES && options->path_count) {
        status = usage_error(message, "--list-rules takes no FILE ('%s'): leave out the "
                                      "paths, or leave out --list-rules",
                             options->paths[0]);
        goto fail;
    }
    if (options->action == CLI_EXPLAIN && options->path_count) {
        status = usage_error(message, "--explain takes one RULE and no FILE ('%s'): leave "
                                      "out the paths, or leave out --explain",
                             options->paths[0]);
        goto fail;
    }
    if (options->action == CLI_SCAN && options->no_default_lexicons &&
        options->lexicons_count == 0) {
        status = usage_error(message, "%s",
                             "--no-default-lexicons leaves nothing to look for: add "
                             "--lexicons DIR");
        goto fail;
    }
    return CCK_OK;

fail:
    cli_options_free(options);
    return status;
}

void cli_options_free(cli_options *options)
{
    if (!options)
        return;
    cck_free(options->paths);
    options->paths = NULL;
    options->path_count = 0;
    cck_free(options->includes);
    options->includes = NULL;
    options->include_count = 0;
    cck_free(options->excludes);
    options->excludes = NULL;
    options->exclude_count = 0;
    cck_free(options->lexicons_dirs);
    options->lexicons_dirs = NULL;
    options->lexicons_count = 0;
}
