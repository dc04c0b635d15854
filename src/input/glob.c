/* glob.c - the path patterns of folder walks: --include/--exclude globs and the common
 * subset of .gitignore rules. A pattern is compiled into tokens and matched by a set
 * of states stepped over the path's characters (no recursion, no backtracking), so
 * the cost is at most pattern length times path length whatever the pattern. */
#include <string.h>

#include "input/input.h"

/* Patterns longer than this many tokens are refused: matching keeps one byte of
 * state per token on the stack. */
#define MAX_TOKENS 1024

typedef enum token_kind {
    TOK_CHAR,       /* one given character */
    TOK_ANY,        /* ?: any character but '/' */
    TOK_CLASS,      /* [...]: a character in (or, negated, not in) ranges; never '/' */
    TOK_STAR,       /* *: any run of characters but '/' */
    TOK_ANYTHING,   /* a final "**" after '/': any run of characters, '/' included */
    TOK_DIRS_ENTRY, /* "**" + '/': zero or more folders; also skipped as a whole */
    TOK_DIRS_BODY   /* ...the inside of those folders, up to a '/' */
} token_kind;

typedef struct token {
    token_kind kind;
    int negated;        /* TOK_CLASS */
    uint32_t character; /* TOK_CHAR */
    size_t first_range; /* TOK_CLASS: its ranges in glob->ranges */
    size_t range_count;
} token;

typedef struct range {
    uint32_t low, high;
} range;

struct cck_glob {
    token *tokens;
    size_t count, cap;
    range *ranges;
    size_t range_count, range_cap;
    int anchored; /* the pattern has a '/': it matches the whole relative path */
    int dir_only; /* it ended with '/': it matches folders only */
};

/* Decodes one character at s[0..len) (len >= 1) into *cp and returns its length.
 * A byte that does not start valid UTF-8 stands for itself as 0xDC00 + byte, which
 * no real character equals, so raw bytes in a pattern match the same raw bytes. */
static size_t decode(const char *s, size_t len, uint32_t *cp)
{
    unsigned char c = (unsigned char)s[0];
    size_t n = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3
                        : c >= 0xF0 && c < 0xF5 ? 4 : 0;
    if (n == 1) {
        *cp = c;
        return 1;
    }
    if (n == 0 || n > len) {
        *cp = 0xDC00u + c;
        return 1;
    }
    uint32_t value = n == 2 ? (uint32_t)(c & 0x1F) : n == 3 ? (uint32_t)(c & 0x0F)
                                                            : (uint32_t)(c & 0x07);
    for (size_t i = 1; i < n; i++) {
        unsigned char next = (unsigned char)s[i];
        if ((next & 0xC0) != 0x80) {
            *cp = 0xDC00u + c;
            return 1;
        }
        value = (value << 6) | (uint32_t)(next & 0x3F);
    }
    static const uint32_t smallest[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < smallest[n] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        *cp = 0xDC00u + c;
        return 1;
    }
    *cp = value;
    return n;
}

static int add_token(cck_glob *glob, token_kind kind, uint32_t character)
{
    if (glob->count >= MAX_TOKENS)
        return CCK_ELIMIT;
    void *items = glob->tokens;
    if (cck_grow(&items, &glob->cap, glob->count + 1, sizeof *glob->tokens) != CCK_OK)
        return CCK_ENOMEM;
    glob->tokens = items;
    token *t = &glob->tokens[glob->count++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->character = character;
    return CCK_OK;
}

static int add_range(cck_glob *glob, uint32_t low, uint32_t high)
{
    void *items = glob->ranges;
    if (cck_grow(&items, &glob->range_cap, glob->range_count + 1, sizeof *glob->ranges) !=
        CCK_OK)
        return CCK_ENOMEM;
    glob->ranges = items;
    glob->ranges[glob->range_count].low = low;
    glob->ranges[glob->range_count].high = high;
    glob->range_count++;
    return CCK_OK;
}

/* Parses a bracket expression starting at p[i] == '['. Returns the index just past
 * its ']', or 0 when there is no closing ']' (then '[' is an ordinary character). */
static size_t parse_class(cck_glob *glob, const char *p, size_t len, size_t i, int *status)
{
    size_t j = i + 1;
    int negated = 0;
    if (j < len && (p[j] == '!' || p[j] == '^')) {
        negated = 1;
        j++;
    }
    /* Find the closing bracket first: a ']' right after '[' or '[!' is a member. */
    size_t end = j;
    if (end < len && p[end] == ']')
        end++;
    while (end < len && p[end] != ']') {
        if (p[end] == '\\' && end + 1 < len)
            end++;
        end++;
    }
    if (end >= len)
        return 0;
    size_t first = glob->range_count;
    while (j < end) {
        uint32_t low, high;
        if (p[j] == '\\' && j + 1 < end)
            j++;
        j += decode(p + j, end - j, &low);
        high = low;
        if (j + 1 < end && p[j] == '-') {
            size_t k = j + 1;
            if (p[k] == '\\' && k + 1 < end)
                k++;
            k += decode(p + k, end - k, &high);
            j = k;
        }
        if (high < low) /* an empty range such as z-a matches nothing */
            continue;
        if ((*status = add_range(glob, low, high)) != CCK_OK)
            return 0;
    }
    if ((*status = add_token(glob, TOK_CLASS, 0)) != CCK_OK)
        return 0;
    token *t = &glob->tokens[glob->count - 1];
    t->negated = negated;
    t->first_range = first;
    t->range_count = glob->range_count - first;
    return end + 1;
}

int cck_glob_new(const char *pattern, size_t len, cck_glob **out)
{
    *out = NULL;
    cck_glob *glob = cck_calloc(1, sizeof *glob);
    if (!glob)
        return CCK_ENOMEM;
    int status = CCK_OK;
    /* A final '/' (one or more) means "folders only". */
    while (len > 1 && pattern[len - 1] == '/' && (len < 2 || pattern[len - 2] != '\\')) {
        glob->dir_only = 1;
        len--;
    }
    if (memchr(pattern, '/', len)) {
        glob->anchored = 1;
        if (pattern[0] == '/') {
            pattern++;
            len--;
        }
    }
    if (len == 0) {
        status = CCK_EINVAL;
        goto fail;
    }
    size_t i = 0;
    while (i < len) {
        char c = pattern[i];
        if (c == '*') {
            size_t run = 0;
            while (i + run < len && pattern[i + run] == '*')
                run++;
            int at_start = i == 0 || pattern[i - 1] == '/';
            int at_end = i + run == len;
            int before_slash = i + run < len && pattern[i + run] == '/';
            if (run >= 2 && at_start && before_slash) {
                /* "**" followed by '/': zero or more folders, the '/' included. */
                if ((status = add_token(glob, TOK_DIRS_ENTRY, 0)) != CCK_OK ||
                    (status = add_token(glob, TOK_DIRS_BODY, 0)) != CCK_OK)
                    goto fail;
                i += run + 1;
            } else if (run >= 2 && at_start && at_end && glob->anchored) {
                if ((status = add_token(glob, TOK_ANYTHING, 0)) != CCK_OK)
                    goto fail;
                i += run;
            } else {
                /* Any other run of stars is one star. */
                if ((status = add_token(glob, TOK_STAR, 0)) != CCK_OK)
                    goto fail;
                i += run;
            }
            continue;
        }
        if (c == '?') {
            if ((status = add_token(glob, TOK_ANY, 0)) != CCK_OK)
                goto fail;
            i++;
            continue;
        }
        if (c == '[') {
            size_t next = parse_class(glob, pattern, len, i, &status);
            if (status != CCK_OK)
                goto fail;
            if (next) {
                i = next;
                continue;
            }
        }
        if (c == '\\' && i + 1 < len)
            i++;
        uint32_t cp;
        i += decode(pattern + i, len - i, &cp);
        if ((status = add_token(glob, TOK_CHAR, cp)) != CCK_OK)
            goto fail;
    }
    *out = glob;
    return CCK_OK;

fail:
    cck_glob_free(glob);
    return status;
}

void cck_glob_free(cck_glob *glob)
{
    if (!glob)
        return;
    cck_free(glob->tokens);
    cck_free(glob->ranges);
    cck_free(glob);
}

static int in_class(const cck_glob *glob, const token *t, uint32_t cp)
{
    int found = 0;
    for (size_t r = 0; r < t->range_count && !found; r++) {
        const range *rg = &glob->ranges[t->first_range + r];
        found = cp >= rg->low && cp <= rg->high;
    }
    return found != t->negated;
}

/* Adds the states reachable without reading a character. */
static void close_states(const cck_glob *glob, unsigned char *states)
{
    for (size_t i = 0; i < glob->count; i++) {
        if (!states[i])
            continue;
        token_kind kind = glob->tokens[i].kind;
        if (kind == TOK_STAR || kind == TOK_ANYTHING)
            states[i + 1] = 1;
        else if (kind == TOK_DIRS_ENTRY)
            states[i + 2] = 1;
    }
}

static int match_text(const cck_glob *glob, const char *text, size_t len)
{
    unsigned char now[MAX_TOKENS + 2], next[MAX_TOKENS + 2];
    size_t n = glob->count;
    memset(now, 0, n + 1);
    now[0] = 1;
    close_states(glob, now);
    size_t pos = 0;
    while (pos < len) {
        uint32_t cp;
        pos += decode(text + pos, len - pos, &cp);
        memset(next, 0, n + 1);
        int any = 0;
        for (size_t i = 0; i < n; i++) {
            if (!now[i])
                continue;
            const token *t = &glob->tokens[i];
            switch (t->kind) {
            case TOK_CHAR:
                if (cp == t->character)
                    next[i + 1] = 1, any = 1;
                break;
            case TOK_ANY:
                if (cp != '/')
                    next[i + 1] = 1, any = 1;
                break;
            case TOK_CLASS:
                if (cp != '/' && in_class(glob, t, cp))
                    next[i + 1] = 1, any = 1;
                break;
            case TOK_STAR:
                if (cp != '/')
                    next[i] = 1, any = 1;
                break;
            case TOK_ANYTHING:
                next[i] = 1, any = 1;
                break;
            case TOK_DIRS_ENTRY:
                /* The first character of a folder name (a '/' here would be an empty
                 * folder name, which paths do not have). */
                if (cp != '/')
                    next[i + 1] = 1, any = 1;
                break;
            case TOK_DIRS_BODY:
                next[i] = 1, any = 1;
                if (cp == '/')
                    next[i + 1] = 1;
                break;
            }
        }
        if (!any)
            return 0;
        close_states(glob, next);
        memcpy(now, next, n + 1);
    }
    return now[n];
}

int cck_glob_match(const cck_glob *glob, const char *path, size_t len, int is_dir)
{
    if (glob->dir_only && !is_dir)
        return 0;
    if (!glob->anchored) {
        /* No '/' in the pattern: it is matched against the last component. */
        const char *base = path;
        for (size_t i = len; i > 0; i--) {
            if (path[i - 1] == '/') {
                base = path + i;
                break;
            }
        }
        len -= (size_t)(base - path);
        path = base;
    }
    return match_text(glob, path, len);
}

/* ---- .gitignore rules ------------------------------------------------------------ */

typedef struct ignore_rule {
    cck_glob *glob;
    int negated; /* a '!' rule: matching paths are taken back in */
} ignore_rule;

struct cck_ignore {
    ignore_rule *rules;
    size_t count, cap;
};

cck_ignore *cck_ignore_new(void)
{
    return cck_calloc(1, sizeof(cck_ignore));
}

void cck_ignore_free(cck_ignore *ignore)
{
    if (!ignore)
        return;
    for (size_t i = 0; i < ignore->count; i++)
        cck_glob_free(ignore->rules[i].glob);
    cck_free(ignore->rules);
    cck_free(ignore);
}

size_t cck_ignore_get_rule_count(const cck_ignore *ignore)
{
    return ignore ? ignore->count : 0;
}

/* One line of a .gitignore file, without its line ending. */
static int add_line(cck_ignore *ignore, const char *line, size_t len)
{
    /* Trailing spaces are dropped unless the last one is escaped with '\'. */
    while (len > 0 && line[len - 1] == ' ' && !(len >= 2 && line[len - 2] == '\\'))
        len--;
    if (len == 0 || line[0] == '#')
        return CCK_OK;
    int negated = 0;
    if (line[0] == '!') {
        negated = 1;
        line++;
        len--;
    }
    if (len == 0 || (len == 1 && line[0] == '/'))
        return CCK_OK;
    cck_glob *glob = NULL;
    int status = cck_glob_new(line, len, &glob);
    if (status == CCK_EINVAL || status == CCK_ELIMIT)
        return CCK_OK; /* git skips patterns it cannot use; so do we */
    if (status != CCK_OK)
        return status;
    void *items = ignore->rules;
    if (cck_grow(&items, &ignore->cap, ignore->count + 1, sizeof *ignore->rules) != CCK_OK) {
        cck_glob_free(glob);
        return CCK_ENOMEM;
    }
    ignore->rules = items;
    ignore->rules[ignore->count].glob = glob;
    ignore->rules[ignore->count].negated = negated;
    ignore->count++;
    return CCK_OK;
}

int cck_ignore_add_buffer(cck_ignore *ignore, const char *buf, size_t len)
{
    size_t pos = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        pos = 3; /* a byte order mark */
    while (pos < len) {
        const char *nl = memchr(buf + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - buf) : len;
        size_t line_len = end - pos;
        if (line_len > 0 && buf[pos + line_len - 1] == '\r')
            line_len--;
        int status = add_line(ignore, buf + pos, line_len);
        if (status != CCK_OK)
            return status;
        pos = end + 1;
    }
    return CCK_OK;
}

int cck_ignore_match(const cck_ignore *ignore, const char *path, size_t len, int is_dir)
{
    /* The last rule that matches decides. */
    for (size_t i = ignore->count; i-- > 0;) {
        const ignore_rule *rule = &ignore->rules[i];
        if (cck_glob_match(rule->glob, path, len, is_dir))
            return rule->negated ? CCK_IGNORE_INCLUDE : CCK_IGNORE_EXCLUDE;
    }
    return CCK_IGNORE_NONE;
}
