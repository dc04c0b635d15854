/* suppress.c - "claimcheck: ignore RULE reason" directives: reading them, reporting the
 * faulty ones, working out the paragraph each one covers, and dropping the findings
 * they silence. The rules are documented in claimcheck.h ("Suppressing a reviewed
 * finding"); the scanner calls in only from its entry points. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "analyze/suppress.h"

#define PREFIX "claimcheck:"
#define PREFIX_LEN (sizeof PREFIX - 1)
#define VERB "ignore"
#define VERB_LEN (sizeof VERB - 1)
#define QUOTE_MAX 60 /* bytes of the user's text quoted in a message */

static int is_blank(char c) { return c == ' ' || c == '\t'; }

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int quote_len(size_t len) { return (int)(len < QUOTE_MAX ? len : QUOTE_MAX); }

int cck_suppress_text_may_have(const char *buf, size_t len)
{
    /* a colon is rarer in prose than a 'c': find one, then look at the word before it */
    size_t at = PREFIX_LEN - 1;
    while (at < len) {
        const char *colon = memchr(buf + at, ':', len - at);
        if (!colon)
            return 0;
        size_t k = (size_t)(colon - buf);
        if (memcmp(buf + k - (PREFIX_LEN - 1), PREFIX, PREFIX_LEN - 1) == 0)
            return 1;
        at = k + 1;
    }
    return 0;
}

/* ---- reporting ------------------------------------------------------------------- */

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int report(cck_suppress *s, size_t offset, const char *fmt, ...)
{
    if (!s->user || !s->user->on_diagnostic)
        return CCK_OK;
    cck_error diag;
    cck_error_clear(&diag);
    diag.status = CCK_ESUPPRESS;
    diag.byte_offset = offset;
    cck_line_cursor_seek(&s->cursor, offset, &diag.line, &diag.column);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(diag.message, sizeof diag.message, fmt, ap);
    va_end(ap);
    return s->user->on_diagnostic(&diag, s->user->user_data) ? CCK_ESTOP : CCK_OK;
}

/* The ids of the rules in a mask, joined by commas. */
static const char *rule_list(uint32_t rules, char *out, size_t cap)
{
    size_t used = 0;
    out[0] = '\0';
    for (int c = 0; c < CCK_CATEGORY_COUNT; c++) {
        if (!(rules & (1u << c)))
            continue;
        const cck_rule *rule = cck_rule_get((cck_category)c);
        int n = snprintf(out + used, cap - used, "%s%s", used ? "," : "", rule->id);
        if (n < 0 || (size_t)n >= cap - used)
            break;
        used += (size_t)n;
    }
    return out;
}

/* ---- reading one directive ------------------------------------------------------- */

/* Where the text of a directive lies in the original. */
typedef struct place {
    size_t offset;
    int verbatim; /* else every byte stands at offset */
} place;

static size_t where(place at, size_t i) { return at.verbatim ? at.offset + i : at.offset; }

/* Reads d[0..len), which starts with "claimcheck:". Sets *rules to the rules it
 * silences, or to 0 when it is faulty (and then reports why). Returns CCK_OK or
 * CCK_ESTOP. */
static int read_directive(cck_suppress *s, const char *d, size_t len, place at, uint32_t *rules)
{
    const char *open = s->comments ? "<!-- claimcheck: ignore " : "claimcheck: ignore ";
    const char *close = s->comments ? " -->" : "";
    *rules = 0;
    size_t i = PREFIX_LEN;
    while (i < len && is_space(d[i]))
        i++;
    size_t verb = i;
    while (i < len && !is_space(d[i]))
        i++;
    if (i == verb)
        return report(s, where(at, 0),
                      "\"claimcheck:\" with nothing after it; write %sRULE REASON%s, "
                      "e.g. %scure-claim quoting the clinic to rebut it%s",
                      open, close, open, close);
    if (i - verb != VERB_LEN || memcmp(d + verb, VERB, VERB_LEN) != 0)
        return report(s, where(at, verb),
                      "unknown claimcheck directive \"%.*s\"; the only one is "
                      "%sRULE REASON%s",
                      quote_len(i - verb), d + verb, open, close);
    while (i < len && is_space(d[i]))
        i++;
    size_t list = i;
    while (i < len && !is_space(d[i]))
        i++;
    size_t list_end = i;
    if (list == list_end)
        return report(s, where(at, 0),
                      "suppression names no rule; write the rule id and why, e.g. "
                      "%scure-claim quoting the clinic to rebut it%s (claimcheck "
                      "--list-rules shows the rule ids)",
                      open, close);
    uint32_t named = 0;
    int faulty = 0, prev_empty = 0;
    for (size_t k = list;;) {
        size_t e = k;
        while (e < list_end && d[e] != ',')
            e++;
        const cck_rule *rule = NULL;
        char name[64];
        if (e > k && e - k < sizeof name) {
            memcpy(name, d + k, e - k);
            name[e - k] = '\0';
            rule = cck_rule_find(name);
        }
        int st = CCK_OK;
        if (rule)
            named |= 1u << rule->category;
        else if (e - k == 3 && memcmp(d + k, "all", 3) == 0)
            st = report(s, where(at, k),
                        "\"all\" cannot be suppressed; name each rule the reviewed "
                        "sentence breaks (claimcheck --list-rules shows them)");
        else if (e == k && k == list_end && k > list && prev_empty)
            ; /* ",": the comma was reported once already */
        else if (e == k)
            /* after a trailing comma the empty name is at the end of the line: point at
             * the comma, inside the text */
            st = report(s, where(at, k == list_end && k > list ? k - 1 : k),
                        "empty rule name in \"%.*s\"; separate rule ids with single "
                        "commas and no spaces",
                        quote_len(list_end - list), d + list);
        else
            st = report(s, where(at, k),
                        "unknown rule \"%.*s\" in a suppression; claimcheck --list-rules "
                        "shows the rule ids",
                        quote_len(e - k), d + k);
        faulty |= !rule;
        prev_empty = e == k;
        if (st != CCK_OK)
            return st;
        if (e >= list_end)
            break;
        k = e + 1;
    }
    if (faulty)
        return CCK_OK;
    while (i < len && is_space(d[i]))
        i++;
    if (i == len) {
        char ids[256];
        rule_list(named, ids, sizeof ids);
        return report(s, where(at, 0),
                      "suppression of %s gives no reason; write why after the rule id, "
                      "e.g. %s%s quoting the clinic to rebut it%s",
                      ids, open, ids, close);
    }
    *rules = named;
    return CCK_OK;
}

static int add(cck_suppress *s, size_t at, size_t from, size_t to, uint32_t rules)
{
    if (s->count == s->cap) {
        void *items = s->items;
        if (cck_grow(&items, &s->cap, s->count + 1, sizeof(cck_suppression)) != CCK_OK)
            return CCK_ENOMEM;
        s->items = items;
    }
    cck_suppression *it = &s->items[s->count++];
    it->at = at;
    it->from = from;
    it->to = to;
    it->rules = rules;
    it->silenced = 0;
    it->alone = 0;
    return CCK_OK;
}

/* Fills in `latest`, so that a finding needs one binary search, however many
 * directives there are. */
static void link_rules(cck_suppress *s)
{
    for (size_t i = 0; i < s->count; i++) {
        cck_suppression *it = &s->items[i];
        for (int c = 0; c < CCK_CATEGORY_COUNT; c++)
            it->latest[c] = (it->rules & (1u << c)) ? i
                            : i > 0                  ? s->items[i - 1].latest[c]
                                                     : SIZE_MAX;
    }
}

/* ---- scopes ---------------------------------------------------------------------- */

/* One walk over the text after the first directive. A directive waits for the first
 * prose after it; from then on it waits for the end of that paragraph (a blank line,
 * or a piece with `breaks`), which ends its scope. Items [closed, prosed) have seen
 * their prose; items [prosed, passed) have not. */
typedef struct scope_walk {
    cck_suppress *s;
    size_t closed;
    size_t prosed;
    size_t passed;
    int in_space;      /* inside a run of white space */
    size_t newlines;   /* line ends in that run */
    size_t run_start;  /* where the run started */
} scope_walk;

static void scope_close(scope_walk *w, size_t at)
{
    for (size_t i = w->closed; i < w->prosed; i++)
        w->s->items[i].to = at;
    w->closed = w->prosed;
}

/* Walks s[0..len), standing at offset (each byte of it when verbatim). */
static void scope_feed(scope_walk *w, const char *s, size_t len, size_t offset, int verbatim)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!is_space(c)) {
            w->in_space = 0;
            w->prosed = w->passed;
            continue;
        }
        if (!w->in_space) {
            w->in_space = 1;
            w->newlines = 0;
            w->run_start = verbatim ? offset + i : offset;
        }
        if (c == '\n' || (c == '\r' && (i + 1 == len || s[i + 1] != '\n')))
            if (++w->newlines == 2)
                scope_close(w, w->run_start);
    }
}

/* The scopes still open at the end run to the end of the input. */
static void scope_end(scope_walk *w)
{
    for (size_t i = w->prosed; i < w->passed; i++)
        w->s->items[i].alone = 1; /* no prose came after it */
    w->prosed = w->passed;
    scope_close(w, w->s->original_len);
}

/* ---- text ----------------------------------------------------------------------- */

/* Whether line[0..len) (white space before it taken off) is "claimcheck: ignore...". */
static int is_directive_line(const char *line, size_t len)
{
    if (len < PREFIX_LEN || memcmp(line, PREFIX, PREFIX_LEN) != 0)
        return 0;
    size_t i = PREFIX_LEN;
    while (i < len && is_blank(line[i]))
        i++;
    return len - i >= VERB_LEN && memcmp(line + i, VERB, VERB_LEN) == 0 &&
           (len - i == VERB_LEN || is_space(line[i + VERB_LEN]));
}

static size_t line_end(const char *text, size_t at, size_t len)
{
    while (at < len && text[at] != '\n' && text[at] != '\r')
        at++;
    return at;
}

static size_t next_line(const char *text, size_t end, size_t len)
{
    if (end >= len)
        return len;
    return end + 1 + (text[end] == '\r' && end + 1 < len && text[end + 1] == '\n');
}

int cck_suppress_read_text(cck_suppress *s, char *text, size_t len)
{
    s->comments = 0;
    size_t first = s->count;
    /* the directive lines: read, kept with their line end in `to`, and blanked */
    for (size_t line = 0; line < len;) {
        size_t end = line_end(text, line, len), k = line;
        /* a byte order mark opening the text is not part of its first line */
        if (line == 0 && end >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
            k = 3;
        while (k < end && is_blank(text[k]))
            k++;
        if (is_directive_line(text + k, end - k)) {
            uint32_t rules;
            int st = read_directive(s, text + k, end - k, (place){k, 1}, &rules);
            if (st != CCK_OK)
                return st;
            if (rules && add(s, k, line, end, rules) != CCK_OK)
                return CCK_ENOMEM;
            memset(text + line, ' ', end - line);
        }
        line = next_line(text, end, len);
    }
    /* their scopes, in one walk that steps over the directive lines */
    scope_walk w = {.s = s, .closed = first, .prosed = first, .passed = first};
    size_t at = first < s->count ? s->items[first].from : len;
    for (size_t i = first; i < s->count; i++) {
        cck_suppression *it = &s->items[i];
        size_t directive_end = it->to;
        scope_feed(&w, text + at, it->from - at, at, 1);
        w.passed = i + 1;
        at = directive_end;
    }
    while (at < len && w.closed < s->count) {
        size_t end = line_end(text, at, len);
        end = next_line(text, end, len);
        scope_feed(&w, text + at, end - at, at, 1);
        at = end;
    }
    scope_end(&w);
    link_rules(s);
    return CCK_OK;
}

/* ---- pieces --------------------------------------------------------------------- */

int cck_suppress_read_pieces(cck_suppress *s, const cck_piece *pieces, size_t count)
{
    s->comments = 1;
    size_t first = s->count;
    size_t first_piece = count;
    for (size_t i = 0; i < count; i++) {
        const cck_piece *p = &pieces[i];
        if (!p->directive)
            continue;
        size_t k = 0;
        while (k < p->length && is_space(p->text[k]))
            k++;
        if (p->length - k < PREFIX_LEN || memcmp(p->text + k, PREFIX, PREFIX_LEN) != 0)
            continue; /* some other comment: not ours */
        place at = {p->offset, p->verbatim};
        uint32_t rules;
        int st = read_directive(s, p->text + k, p->length - k, (place){where(at, k), p->verbatim},
                                &rules);
        if (st != CCK_OK)
            return st;
        /* `to` holds the piece's index until the walk below sets it */
        if (rules && add(s, where(at, k), where(at, k), i, rules) != CCK_OK)
            return CCK_ENOMEM;
        if (first_piece == count)
            first_piece = i;
    }
    scope_walk w = {.s = s, .closed = first, .prosed = first, .passed = first};
    for (size_t i = first_piece; i < count && w.closed < s->count; i++) {
        const cck_piece *p = &pieces[i];
        if (w.passed < s->count && s->items[w.passed].to == i) {
            w.passed++;
            continue;
        }
        if (p->directive)
            continue;
        if (p->breaks) {
            scope_close(&w, p->offset);
            w.in_space = 0;
        }
        scope_feed(&w, p->text, p->length, p->offset, p->verbatim);
    }
    scope_end(&w);
    link_rules(s);
    return CCK_OK;
}

/* ---- the callbacks around the caller's --------------------------------------------- */

static int on_finding(const cck_finding *f, void *user_data)
{
    cck_suppress *s = user_data;
    s->silenced_last = 0;
    size_t start = f->sentence.offset, end = start + f->sentence.length;
    /* Findings come in order, and scopes start and end in order: the scopes that may
     * hold the sentence are the items [next, first) with `first` the first that starts
     * after it; the last of those naming the rule decides. */
    if (start < s->last_start)
        s->next = 0;
    s->last_start = start;
    while (s->next < s->count && s->items[s->next].to <= start)
        s->next++;
    size_t lo = s->next, hi = s->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->items[mid].from < end)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t j = f->rule && lo > s->next ? s->items[lo - 1].latest[f->rule->category] : SIZE_MAX;
    if (j != SIZE_MAX && j >= s->next && s->items[j].to > start && s->items[j].from < end) {
        cck_suppression *it = &s->items[j];
        it->silenced++;
        s->silenced_last = 1;
        /* the scan counted it before handing it over */
        cck_profile *profile = s->profile;
        if ((unsigned)f->severity < 4 && profile->findings[f->severity])
            profile->findings[f->severity]--;
        if (f->severity >= CCK_SEVERITY_WARNING && profile->by_category[f->rule->category])
            profile->by_category[f->rule->category]--;
        return 0;
    }
    if (!s->user || !s->user->on_finding)
        return 0;
    return s->user->on_finding(f, s->user->user_data);
}

static int on_diagnostic(const cck_error *diagnostic, void *user_data)
{
    cck_suppress *s = user_data;
    if (!s->user || !s->user->on_diagnostic)
        return 0;
    return s->user->on_diagnostic(diagnostic, s->user->user_data);
}

void cck_suppress_init(cck_suppress *s, const char *original, size_t len,
                       const cck_scan_callbacks *user, cck_profile *profile)
{
    memset(s, 0, sizeof *s);
    s->user = user;
    s->original = original;
    s->original_len = len;
    s->profile = profile ? profile : &s->local_profile;
    s->wrapped.on_finding = on_finding;
    s->wrapped.on_diagnostic = on_diagnostic;
    s->wrapped.user_data = s;
    cck_line_cursor_init(&s->cursor, original, len);
}

int cck_suppress_finish(cck_suppress *s, int status)
{
    /* only a scan that went through the whole input can tell a directive did nothing */
    if (status == CCK_OK || status == CCK_EUTF8) {
        for (size_t i = 0; i < s->count; i++) {
            const cck_suppression *it = &s->items[i];
            if (it->silenced)
                continue;
            char ids[256];
            rule_list(it->rules, ids, sizeof ids);
            /* a directive with nothing after it: most often one alone on a line of
             * a stream, where every line is a text of its own */
            if (report(s, it->at,
                       it->alone ? "suppression of %s silenced nothing: no text follows it, "
                                   "and a directive covers only the paragraph after it in "
                                   "the same text (in a stream, each line or JSON object "
                                   "is a text of its own)"
                             : "suppression of %s silenced nothing: no such finding in the "
                               "paragraph after it; remove it, or put it just before the "
                               "paragraph it is for",
                       ids) != CCK_OK) {
                status = CCK_ESTOP;
                break;
            }
        }
    }
    cck_free(s->items);
    s->items = NULL;
    s->count = s->cap = 0;
    return status;
}
