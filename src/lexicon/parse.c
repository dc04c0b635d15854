/* parse.c - reads lexicon files (CATEGORY LEVEL PHRASE [=> SUGGESTION]) into entries,
 * checks every line with file:line:col errors, and loads defaults, files and folders.
 * The format is documented in lexicons/README.md. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lexicon/embedded.h"
#include "lexicon/lexicon_private.h"

/* ---- categories ----------------------------------------------------------------- */

typedef struct category_def {
    const char *name;
    uint8_t cls;
    uint8_t sub;
    uint8_t cue_kind;
    uint8_t needs_level;
} category_def;

static const category_def categories[] = {
    {"topic", CCK_CLASS_TOPIC, 0, CCK_CUE_TOPIC, 0},
    {"claim/prevention", CCK_CLASS_CLAIM, CCK_CATEGORY_PREVENTION, CCK_CUE_CLAIM, 1},
    {"claim/cure", CCK_CLASS_CLAIM, CCK_CATEGORY_CURE, CCK_CUE_CLAIM, 1},
    {"claim/regeneration", CCK_CLASS_CLAIM, CCK_CATEGORY_REGENERATION, CCK_CUE_CLAIM, 1},
    {"claim/certainty", CCK_CLASS_CLAIM, CCK_CATEGORY_CERTAINTY, CCK_CUE_CLAIM, 1},
    {"claim/hype", CCK_CLASS_CLAIM, CCK_CATEGORY_HYPE, CCK_CUE_CLAIM, 1},
    {"claim/safety", CCK_CLASS_CLAIM, CCK_CATEGORY_SAFETY, CCK_CUE_CLAIM, 1},
    {"claim/regulatory", CCK_CLASS_CLAIM, CCK_CATEGORY_REGULATORY, CCK_CUE_CLAIM, 1},
    {"claim/surgery", CCK_CLASS_CLAIM, CCK_CATEGORY_SURGERY, CCK_CUE_CLAIM, 1},
    {"claim/extrapolation", CCK_CLASS_CLAIM, CCK_CATEGORY_EXTRAPOLATION, CCK_CUE_CLAIM, 1},
    {"claim/anecdote", CCK_CLASS_CLAIM, CCK_CATEGORY_ANECDOTE, CCK_CUE_CLAIM, 1},
    {"association", CCK_CLASS_ASSOCIATION, 0, CCK_CUE_CLAIM, 1},
    {"modal", CCK_CLASS_MODAL, 0, CCK_CUE_HEDGE, 1},
    {"booster", CCK_CLASS_BOOSTER, 0, CCK_CUE_BOOSTER, 1},
    {"hedge", CCK_CLASS_HEDGE, 0, CCK_CUE_HEDGE, 0},
    {"negation/pre", CCK_CLASS_NEGATION_PRE, 0, CCK_CUE_NEGATION, 0},
    {"negation/post", CCK_CLASS_NEGATION_POST, 0, CCK_CUE_NEGATION, 0},
    {"negation/pseudo", CCK_CLASS_NEGATION_PSEUDO, 0, CCK_CUE_NEGATION, 0},
    {"negation/end", CCK_CLASS_NEGATION_END, 0, CCK_CUE_NEGATION, 0},
    {"evidence", CCK_CLASS_EVIDENCE, CCK_EVIDENCE_GENERAL, CCK_CUE_EVIDENCE, 1},
    {"evidence/anecdote", CCK_CLASS_EVIDENCE, CCK_EVIDENCE_ANECDOTE, CCK_CUE_EVIDENCE, 1},
    {"evidence/lab", CCK_CLASS_EVIDENCE, CCK_EVIDENCE_LAB, CCK_CUE_EVIDENCE, 1},
    {"evidence/citation", CCK_CLASS_EVIDENCE, CCK_EVIDENCE_CITATION, CCK_CUE_EVIDENCE, 1},
    {"attribution", CCK_CLASS_ATTRIBUTION, 0, CCK_CUE_ATTRIBUTION, 0},
    {"condition", CCK_CLASS_CONDITION, 0, CCK_CUE_CONDITION, 0},
    {"profile/cost", CCK_CLASS_PROFILE, CCK_DISCUSSES_COST, CCK_CUE_PROFILE, 0},
    {"profile/harms", CCK_CLASS_PROFILE, CCK_DISCUSSES_HARMS, CCK_CUE_PROFILE, 0},
    {"profile/evidence", CCK_CLASS_PROFILE, CCK_DISCUSSES_EVIDENCE_QUALITY, CCK_CUE_PROFILE, 0},
    {"profile/alternatives", CCK_CLASS_PROFILE, CCK_DISCUSSES_ALTERNATIVES, CCK_CUE_PROFILE, 0},
    {"shield", CCK_CLASS_SHIELD, 0, CCK_CUE_PROFILE, 0},
    {"subject", CCK_CLASS_SUBJECT, 0, CCK_CUE_PROFILE, 0},
};

static const category_def *find_category(const char *s, size_t n)
{
    for (size_t i = 0; i < CCK_ARRAY_LEN(categories); i++)
        if (strlen(categories[i].name) == n && memcmp(categories[i].name, s, n) == 0)
            return &categories[i];
    return NULL;
}

/* Levenshtein distance between s[0..n) and t, on bytes (names are ASCII). */
static size_t edit_distance(const char *s, size_t n, const char *t)
{
    size_t m = strlen(t);
    size_t row[64];
    if (n >= 40 || m >= CCK_ARRAY_LEN(row))
        return SIZE_MAX;
    for (size_t j = 0; j <= m; j++)
        row[j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t up = row[j];
            size_t best = diagonal + (cck_ascii_lower((unsigned char)s[i - 1]) !=
                                      (unsigned char)t[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diagonal = up;
        }
    }
    return row[m];
}

/* Whether category `name` is "family" or "family/...", s[0..family) in any case. */
static int same_family(const char *name, const char *s, size_t family)
{
    for (size_t i = 0; i < family; i++)
        if (name[i] == '\0' || (unsigned char)name[i] != cck_ascii_lower((unsigned char)s[i]))
            return 0;
    return name[family] == '\0' || name[family] == '/';
}

/* "unknown category 'x'; did you mean ..." naming the names a typo or two away, else
 * those of the same family ("claim/..."), else all of them. */
static void describe_unknown_category(cck_buf *out, const char *s, size_t n)
{
    cck_buf_printf(out, "unknown category '%.*s'", (int)(n > 60 ? 60 : n), s);
    size_t family = 0;
    while (family < n && s[family] != '/')
        family++;
    size_t shown = 0;
    /* first names a typo away, then names that share the first three letters after
     * the '/' ("claim/prevent", "claim/curing"), then the whole family */
    for (int pass = 0; pass < 3 && shown == 0; pass++) {
        for (size_t i = 0; i < CCK_ARRAY_LEN(categories); i++) {
            const char *name = categories[i].name;
            size_t common = 0;
            while (common < n && name[common] && name[common] == s[common])
                common++;
            int close = pass == 0   ? edit_distance(s, n, name) <= 2
                        : pass == 1 ? family < n && common >= family + 4
                                    : family < n && same_family(name, s, family);
            if (close) {
                cck_buf_printf(out, "%s'%s'", shown ? ", " : "; did you mean ", name);
                shown++;
            }
        }
    }
    if (shown) {
        cck_buf_puts(out, "?");
        return;
    }
    cck_buf_puts(out, "; known categories:");
    for (size_t i = 0; i < CCK_ARRAY_LEN(categories); i++)
        cck_buf_printf(out, " %s", categories[i].name);
}

/* ---- entries and lexicons ------------------------------------------------------- */

static void entry_clear(cck_entry *entry)
{
    cck_free(entry->phrase);
    cck_free(entry->suggestion);
    cck_free(entry->source);
    memset(entry, 0, sizeof *entry);
}

cck_lexicon *cck_lexicon_new(void) { return cck_calloc(1, sizeof(cck_lexicon)); }

void cck_lexicon_free(cck_lexicon *lexicon)
{
    if (!lexicon)
        return;
    for (size_t i = 0; i < lexicon->count; i++)
        entry_clear(&lexicon->entries[i]);
    cck_free(lexicon->entries);
    cck_free(lexicon);
}

size_t cck_lexicon_get_entry_count(const cck_lexicon *lexicon)
{
    return lexicon ? lexicon->count : 0;
}

const char *cck_lexicon_base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* Moves every entry of from to the end of to (from is left empty). */
static int lexicon_take(cck_lexicon *to, cck_lexicon *from)
{
    if (from->count > SIZE_MAX - to->count)
        return CCK_ENOMEM;
    void *items = to->entries;
    if (cck_grow(&items, &to->cap, to->count + from->count, sizeof *to->entries))
        return CCK_ENOMEM;
    to->entries = items;
    if (from->count)
        memcpy(to->entries + to->count, from->entries, from->count * sizeof *from->entries);
    to->count += from->count;
    from->count = 0;
    return CCK_OK;
}

/* Removes the entries whose source file has this base name. */
static void lexicon_remove_source(cck_lexicon *lexicon, const char *base_name)
{
    size_t kept = 0;
    for (size_t i = 0; i < lexicon->count; i++) {
        cck_entry *entry = &lexicon->entries[i];
        if (strcmp(cck_lexicon_base_name(entry->source), base_name) == 0)
            entry_clear(entry);
        else
            lexicon->entries[kept++] = *entry;
    }
    lexicon->count = kept;
}

/* ---- parsing -------------------------------------------------------------------- */

/* Where parsed entries and problems go. */
typedef struct parse_sink {
    cck_lexicon *lexicon; /* entries are appended here; NULL to only check */
    cck_error_fn on_error;
    void *user_data;
    size_t problems;
    int stopped;
    int trusted; /* the embedded lexicons: phrases are not expanded to check them here,
                  * since compiling expands each one again (and reports the same
                  * problems, by file and line); a unit test loads and compiles them */
} parse_sink;

/* The first byte of line[0..len) that is not valid UTF-8 (or is NUL), or len. */
static size_t first_invalid_utf8(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        if (c >= 0x01 && c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        uint32_t min;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2; min = 0x80; cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3; min = 0x800; cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4; min = 0x10000; cp = c & 0x07u;
        } else {
            return i;
        }
        if (n > len - i)
            return i;
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n;
    }
    return len;
}

static int is_blank(char c) { return c == ' ' || c == '\t'; }

/* Reports one problem at byte `offset` of the line; returns non-zero to stop. */
static int report(parse_sink *sink, const char *name, size_t line_no, const char *line,
                  size_t line_offset, size_t offset, int status, const char *message)
{
    cck_error error;
    cck_error_clear(&error);
    cck_error_set(&error, status, name, line_no, cck_utf8_count_chars(line, offset) + 1, "%s",
                  message);
    error.byte_offset = line_offset + offset;
    sink->problems++;
    if (sink->on_error && sink->on_error(&error, sink->user_data))
        sink->stopped = 1;
    return sink->stopped;
}

/* Finds the '/' closing a /pattern/ that starts at line[start]: the first unescaped
 * '/' followed only by blanks and then the end, "=>" or a '#' comment. */
static size_t find_pattern_end(const char *line, size_t len, size_t start)
{
    for (size_t i = start + 1; i < len; i++) {
        if (line[i] == '\\') {
            i++;
            continue;
        }
        if (line[i] != '/')
            continue;
        size_t j = i + 1;
        while (j < len && is_blank(line[j]))
            j++;
        if (j == len || line[j] == '#' || (j + 1 < len && line[j] == '=' && line[j + 1] == '>'))
            return i;
    }
    return SIZE_MAX;
}

/* The first "..." in s[0..n), or NULL; with `ellipsis`, a "\u2026" too (a phrase's gap
 * may be written either way; a suggestion's only as three dots). */
static const char *find_dots(const char *s, size_t n, int ellipsis)
{
    for (size_t i = 0; i + 3 <= n; i++)
        if ((s[i] == '.' && s[i + 1] == '.' && s[i + 2] == '.') ||
            (ellipsis && memcmp(s + i, "\xE2\x80\xA6", 3) == 0))
            return s + i;
    return NULL;
}

static int add_entry(parse_sink *sink, const char *name, size_t line_no,
                     const category_def *category, int level, const char *phrase,
                     size_t phrase_len, int is_pattern, const char *suggestion,
                     size_t suggestion_len, int has_suggestion)
{
    cck_lexicon *lexicon = sink->lexicon;
    void *items = lexicon->entries;
    if (cck_grow(&items, &lexicon->cap, lexicon->count + 1, sizeof *lexicon->entries))
        return CCK_ENOMEM;
    lexicon->entries = items;
    cck_entry *entry = &lexicon->entries[lexicon->count];
    memset(entry, 0, sizeof *entry);
    entry->cls = category->cls;
    entry->sub = category->sub;
    entry->level = (int8_t)level;
    entry->cue_kind = category->cue_kind;
    entry->is_pattern = (uint8_t)is_pattern;
    entry->category = category->name;
    entry->line = line_no > UINT32_MAX ? UINT32_MAX : (uint32_t)line_no;
    entry->phrase = cck_strndup(phrase, phrase_len);
    entry->source = cck_strndup(name, strlen(name));
    if (has_suggestion)
        entry->suggestion = cck_strndup(suggestion, suggestion_len);
    if (!entry->phrase || !entry->source || (has_suggestion && !entry->suggestion)) {
        entry_clear(entry);
        return CCK_ENOMEM;
    }
    lexicon->count++;
    return CCK_OK;
}

/* Parses one line (without its newline). Returns CCK_OK (problems go to the sink),
 * or CCK_ENOMEM. */
static int parse_line(parse_sink *sink, const char *name, size_t line_no, const char *line,
                      size_t len, size_t line_offset)
{
    cck_buf message;
    cck_buf_init(&message);
    int status = CCK_OK;
    size_t problems = sink->problems;
    size_t bad = first_invalid_utf8((const unsigned char *)line, len);
    if (bad < len) {
        report(sink, name, line_no, line, line_offset, bad, CCK_ESYNTAX,
               line[bad] == '\0' ? "NUL byte in a lexicon file"
                                 : "invalid UTF-8 (lexicon files must be UTF-8)");
        goto done;
    }
    size_t at = 0;
    while (at < len && is_blank(line[at]))
        at++;
    if (at == len || line[at] == '#')
        goto done;

    size_t category_at = at;
    while (at < len && !is_blank(line[at]))
        at++;
    const category_def *category = find_category(line + category_at, at - category_at);
    if (!category) {
        describe_unknown_category(&message, line + category_at, at - category_at);
        if (!message.data) {
            status = CCK_ENOMEM;
            goto done;
        }
        if (report(sink, name, line_no, line, line_offset, category_at, CCK_ESYNTAX,
                   message.data))
            goto done;
    }
    while (at < len && is_blank(line[at]))
        at++;
    if (at == len || line[at] == '#') {
        report(sink, name, line_no, line, line_offset, at, CCK_ESYNTAX,
               "missing LEVEL and PHRASE (expected: CATEGORY LEVEL PHRASE [=> SUGGESTION])");
        goto done;
    }
    size_t level_at = at;
    while (at < len && !is_blank(line[at]))
        at++;
    int level = -2;
    if (at - level_at == 1 && line[level_at] == '-')
        level = -1;
    else if (at - level_at == 1 && line[level_at] >= '0' && line[level_at] <= '5')
        level = line[level_at] - '0';
    if (level == -2) {
        cck_buf_clear(&message);
        cck_buf_printf(&message, "bad level '%.*s': expected a digit 0-5 or '-'",
                       (int)((at - level_at) > 40 ? 40 : at - level_at), line + level_at);
        if (!message.data) {
            status = CCK_ENOMEM;
            goto done;
        }
        if (report(sink, name, line_no, line, line_offset, level_at, CCK_ESYNTAX, message.data))
            goto done;
    } else if (level == -1 && category && category->needs_level) {
        cck_buf_clear(&message);
        cck_buf_printf(&message, "category '%s' needs a level 0-5, not '-'", category->name);
        if (!message.data) {
            status = CCK_ENOMEM;
            goto done;
        }
        if (report(sink, name, line_no, line, line_offset, level_at, CCK_ESYNTAX, message.data))
            goto done;
    }
    while (at < len && is_blank(line[at]))
        at++;
    if (at == len || line[at] == '#' || (at + 1 < len && line[at] == '=' && line[at + 1] == '>')) {
        report(sink, name, line_no, line, line_offset, at, CCK_ESYNTAX, "missing PHRASE");
        goto done;
    }

    size_t phrase_at = at;
    size_t phrase_end;
    int is_pattern = line[at] == '/';
    if (is_pattern) {
        size_t close = find_pattern_end(line, len, at);
        if (close == SIZE_MAX) {
            report(sink, name, line_no, line, line_offset, at, CCK_ESYNTAX,
                   "unterminated /pattern/ (no closing '/' before the end, '=>' or ' #')");
            goto done;
        }
        phrase_end = close + 1;
        at = phrase_end;
    } else {
        while (at < len && !(line[at] == '=' && at + 1 < len && line[at + 1] == '>') &&
               !(line[at] == '#' && is_blank(line[at - 1])))
            at++;
        phrase_end = at;
        while (phrase_end > phrase_at && is_blank(line[phrase_end - 1]))
            phrase_end--;
    }
    while (at < len && is_blank(line[at]))
        at++;
    const char *suggestion = NULL;
    size_t suggestion_len = 0;
    int has_suggestion = at + 1 < len && line[at] == '=' && line[at + 1] == '>';
    if (has_suggestion) {
        size_t s = at + 2;
        size_t e = len;
        while (s < e && is_blank(line[s]))
            s++;
        while (e > s && is_blank(line[e - 1]))
            e--;
        if (s == e) {
            if (report(sink, name, line_no, line, line_offset, at, CCK_ESYNTAX,
                       "empty SUGGESTION after '=>'"))
                goto done;
        } else if (line[s] == '(') {
            /* "(advice)" is given as a sentence of advice: it needs its ')' and words */
            size_t in = s + 1, out = e;
            int closed = e - s >= 2 && line[e - 1] == ')';
            if (closed)
                out--;
            while (in < out && is_blank(line[in]))
                in++;
            while (out > in && is_blank(line[out - 1]))
                out--;
            const char *why = !closed  ? "advice in parentheses must end with ')'"
                              : in == out ? "empty advice: write it inside the parentheses, "
                                            "e.g. => (check the FDA status)"
                                          : NULL;
            if (why && report(sink, name, line_no, line, line_offset, s, CCK_ESYNTAX, why))
                goto done;
        }
        suggestion = line + s;
        suggestion_len = e - s;
        /* "..." in a rewrite stands for the words a gap skipped: without a gap it would
         * be printed as it is ("may ease ... in some patients") */
        const char *dots = s < e && line[s] != '(' ? find_dots(line + s, e - s, 0) : NULL;
        if (dots && !is_pattern && !find_dots(line + phrase_at, phrase_end - phrase_at, 1) &&
            report(sink, name, line_no, line, line_offset, (size_t)(dots - line), CCK_ESYNTAX,
                   "'...' in a SUGGESTION stands for the words the phrase's gap skips, and "
                   "this phrase has no gap: write the rewrite in full, or give advice in "
                   "parentheses"))
            goto done;
    }

    cck_phrase_problem problem;
    int checked;
    if (is_pattern) {
        if (phrase_end - phrase_at <= 2) {
            report(sink, name, line_no, line, line_offset, phrase_at, CCK_ESYNTAX,
                   "empty /pattern/");
            goto done;
        }
        checked = cck_pattern_check(line + phrase_at + 1, phrase_end - phrase_at - 2, &problem);
        problem.column += 1; /* the opening '/' */
    } else if (sink->trusted) {
        checked = CCK_OK;
    } else {
        checked = cck_phrase_expand(line + phrase_at, phrase_end - phrase_at, NULL, NULL,
                                    &problem);
    }
    if (checked == CCK_ENOMEM) {
        status = CCK_ENOMEM;
        goto done;
    }
    if (checked != CCK_OK) {
        /* problem.column counts code points from the phrase start: turn it into bytes */
        size_t offset = phrase_at;
        for (size_t c = 0; c < problem.column && offset < len; c++) {
            offset++;
            while (offset < len && ((unsigned char)line[offset] & 0xC0) == 0x80)
                offset++;
        }
        report(sink, name, line_no, line, line_offset, offset, CCK_ESYNTAX, problem.message);
        goto done;
    }
    if (sink->lexicon && sink->problems == problems)
        status = add_entry(sink, name, line_no, category, level, line + phrase_at,
                           phrase_end - phrase_at, is_pattern, suggestion, suggestion_len,
                           has_suggestion);
done:
    cck_buf_free(&message);
    return status;
}

/* Parses a whole buffer line by line; every problem goes to the sink. */
static int parse_buffer(parse_sink *sink, const char *name, const char *buf, size_t len)
{
    size_t at = 0;
    size_t line_no = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        at = 3; /* a byte order mark */
    while (at < len && !sink->stopped) {
        const char *newline = memchr(buf + at, '\n', len - at);
        size_t end = newline ? (size_t)(newline - buf) : len;
        size_t line_len = end - at;
        if (line_len && buf[at + line_len - 1] == '\r')
            line_len--;
        line_no++;
        int status = parse_line(sink, name, line_no, buf + at, line_len, at);
        if (status)
            return status;
        at = end + 1;
    }
    return CCK_OK;
}

/* Keeps the first problem for a load_* call and stops there. */
static int keep_first(const cck_error *error, void *user_data)
{
    cck_error *first = user_data;
    if (first)
        *first = *error;
    return 1;
}

static int load_buffer(cck_lexicon *lexicon, const char *name, const char *buf, size_t len,
                       int trusted, cck_error *error)
{
    if (!lexicon || (!buf && len) || !name)
        return cck_error_set(error, CCK_EINVAL, name, 0, 0, "invalid argument");
    cck_lexicon staged = {NULL, 0, 0};
    cck_error first;
    cck_error_clear(&first);
    parse_sink sink = {&staged, keep_first, &first, 0, 0, trusted};
    int status = parse_buffer(&sink, name, buf ? buf : "", len);
    if (status == CCK_ENOMEM) {
        cck_error_set(error, CCK_ENOMEM, name, 0, 0, "out of memory");
        goto fail;
    }
    if (sink.problems) {
        status = CCK_ESYNTAX;
        if (error)
            *error = first;
        goto fail;
    }
    status = lexicon_take(lexicon, &staged);
    if (status) {
        cck_error_set(error, status, name, 0, 0, "out of memory");
        goto fail;
    }
fail:
    for (size_t i = 0; i < staged.count; i++)
        entry_clear(&staged.entries[i]);
    cck_free(staged.entries);
    return status;
}

int cck_lexicon_load_buffer(cck_lexicon *lexicon, const char *name, const char *buf,
                            size_t len, cck_error *error)
{
    return load_buffer(lexicon, name, buf, len, 0, error);
}

/* Reads a whole file into out. */
static int read_file(const char *path, cck_buf *out, cck_error *error)
{
    FILE *file = fopen(path, "rb");
    if (!file)
        return cck_error_set(error, CCK_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    int status = CCK_OK;
    char chunk[16384];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, file)) > 0) {
        if (cck_buf_append(out, chunk, n)) {
            status = cck_error_set(error, CCK_ENOMEM, path, 0, 0, "out of memory");
            goto fail;
        }
    }
    if (ferror(file))
        status = cck_error_set(error, CCK_EIO, path, 0, 0, "cannot read: %s", strerror(errno));
fail:
    fclose(file);
    return status;
}

int cck_lexicon_load_file(cck_lexicon *lexicon, const char *path, cck_error *error)
{
    if (!lexicon || !path)
        return cck_error_set(error, CCK_EINVAL, path, 0, 0, "invalid argument");
    cck_buf data;
    cck_buf_init(&data);
    int status = read_file(path, &data, error);
    if (status == CCK_OK)
        status = cck_lexicon_load_buffer(lexicon, path, data.data, data.len, error);
    cck_buf_free(&data);
    return status;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.lex files of a folder (not hidden, regular files), sorted by name. */
static int list_lex_files(const char *dir, char ***names, size_t *count, cck_error *error)
{
    size_t cap = 0;
    *names = NULL;
    *count = 0;
    cck_buf path;
    cck_buf_init(&path);
    int status = CCK_OK;
    DIR *handle = opendir(dir);
    if (!handle)
        return cck_error_set(error, CCK_EIO, dir, 0, 0, "cannot open folder: %s",
                             strerror(errno));
    struct dirent *item;
    while ((item = readdir(handle)) != NULL) {
        size_t n = strlen(item->d_name);
        if (n <= 4 || item->d_name[0] == '.' || strcmp(item->d_name + n - 4, ".lex") != 0)
            continue;
        cck_buf_clear(&path);
        struct stat info;
        if (cck_buf_printf(&path, "%s/%s", dir, item->d_name) ||
            stat(path.data, &info) != 0 || !S_ISREG(info.st_mode))
            continue;
        void *items = *names;
        char *copy = cck_strndup(item->d_name, n);
        if (!copy || cck_grow(&items, &cap, *count + 1, sizeof **names)) {
            cck_free(copy);
            status = cck_error_set(error, CCK_ENOMEM, dir, 0, 0, "out of memory");
            goto fail;
        }
        *names = items;
        (*names)[(*count)++] = copy;
    }
    if (*count > 1)
        qsort(*names, *count, sizeof **names, compare_names);
fail:
    closedir(handle);
    cck_buf_free(&path);
    return status;
}

int cck_lexicon_load_dir(cck_lexicon *lexicon, const char *dir, cck_error *error)
{
    if (!lexicon || !dir)
        return cck_error_set(error, CCK_EINVAL, dir, 0, 0, "invalid argument");
    char **names = NULL;
    size_t count = 0;
    cck_lexicon staged = {NULL, 0, 0};
    cck_buf path;
    cck_buf_init(&path);
    int status = list_lex_files(dir, &names, &count, error);
    if (status)
        goto fail;
    if (count == 0) { /* a folder of nothing usable is a mistake, not an empty lexicon */
        status = cck_error_set(error, CCK_EIO, dir, 0, 0,
                               "no .lex files in this folder (lexicon files end in .lex)");
        goto fail;
    }
    for (size_t i = 0; i < count; i++) {
        cck_buf_clear(&path);
        if (cck_buf_printf(&path, "%s/%s", dir, names[i])) {
            status = cck_error_set(error, CCK_ENOMEM, dir, 0, 0, "out of memory");
            goto fail;
        }
        status = cck_lexicon_load_file(&staged, path.data, error);
        if (status)
            goto fail;
    }
    /* all files are good: a file named like a loaded source replaces it */
    for (size_t i = 0; i < count; i++)
        lexicon_remove_source(lexicon, names[i]);
    status = lexicon_take(lexicon, &staged);
    if (status)
        cck_error_set(error, status, dir, 0, 0, "out of memory");
fail:
    for (size_t i = 0; i < staged.count; i++)
        entry_clear(&staged.entries[i]);
    cck_free(staged.entries);
    for (size_t i = 0; i < count; i++)
        cck_free(names[i]);
    cck_free(names);
    cck_buf_free(&path);
    return status;
}

int cck_lexicon_load_defaults(cck_lexicon *lexicon, cck_error *error)
{
    if (!lexicon)
        return cck_error_set(error, CCK_EINVAL, NULL, 0, 0, "invalid argument");
    cck_lexicon staged = {NULL, 0, 0};
    int status = CCK_OK;
    for (const cck_embedded_lexicon *file = cck_embedded_lexicons; file->name; file++) {
        status = load_buffer(&staged, file->name, file->data, file->length, 1, error);
        if (status)
            goto fail;
    }
    status = lexicon_take(lexicon, &staged);
    if (status)
        cck_error_set(error, status, NULL, 0, 0, "out of memory");
fail:
    for (size_t i = 0; i < staged.count; i++)
        entry_clear(&staged.entries[i]);
    cck_free(staged.entries);
    return status;
}

int cck_lexicon_check_buffer(const char *name, const char *buf, size_t len,
                             cck_error_fn on_error, void *user_data)
{
    if ((!buf && len) || !name)
        return CCK_EINVAL;
    parse_sink sink = {NULL, on_error, user_data, 0, 0, 0};
    int status = parse_buffer(&sink, name, buf ? buf : "", len);
    if (status)
        return status;
    return sink.problems ? CCK_ESYNTAX : CCK_OK;
}

int cck_lexicon_check_file(const char *path, cck_error_fn on_error, void *user_data)
{
    if (!path)
        return CCK_EINVAL;
    cck_buf data;
    cck_buf_init(&data);
    cck_error error;
    cck_error_clear(&error);
    int status = read_file(path, &data, &error);
    if (status) {
        if (on_error)
            on_error(&error, user_data);
        goto fail;
    }
    status = cck_lexicon_check_buffer(path, data.data ? data.data : "", data.len, on_error,
                                      user_data);
fail:
    cck_buf_free(&data);
    return status;
}
