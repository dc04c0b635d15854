/* sentence.c - splits tokenized text into sentences: final punctuation (minus
 * abbreviations, initials and ellipses that run on), blank lines (paragraphs), bullet
 * items, heading lines and the end of the text. Works on tokens plus the white space
 * between them, so it is linear and never looks at a character twice. */
#include <string.h>

#include "text/text.h"

/* How an abbreviation followed by '.' behaves. */
enum {
    ABBR_NEVER,  /* never ends a sentence: Dr. Smith, e.g. this */
    ABBR_NUMBER, /* does not end one before a number: No. 5, p. 12 */
    ABBR_MAYBE,  /* ends one only before a capitalized word: ...etc. The next */
    ABBR_PLACE,  /* as MAYBE, but not before a name: the U.S. Food and Drug... */
    ABBR_TITLE   /* Ms. Lee never ends one; MS. (multiple sclerosis) and ms. may */
};

/* Lowercase, without the final period; multi-part ones keep their inner periods. A
 * locale-free table: the same on every machine. One table per key length, so that a
 * lookup (one for every word before a '.') compares a few keys, not all 72. */
#define ABBR_MAX_LEN 6 /* the longest key: longer words are looked up no further */
/* an array of negative size stops the build when a key is not as long as its table
 * says */
#define ABBR(n, key, kind) \
    {key, sizeof(key) - 1 + 0 * sizeof(char[sizeof(key) - 1 == n ? 1 : -1]), kind}
struct abbreviation {
    const char *key;
    size_t len;
    int kind;
};
static const struct abbreviation abbreviations_1[] = {
    ABBR(1, "v", ABBR_NEVER), ABBR(1, "p", ABBR_NUMBER),
};
static const struct abbreviation abbreviations_2[] = {
    ABBR(2, "mr", ABBR_NEVER), ABBR(2, "ms", ABBR_TITLE), ABBR(2, "dr", ABBR_NEVER),
    ABBR(2, "st", ABBR_NEVER), ABBR(2, "mt", ABBR_NEVER), ABBR(2, "lt", ABBR_NEVER),
    ABBR(2, "vs", ABBR_NEVER), ABBR(2, "cf", ABBR_NEVER), ABBR(2, "ca", ABBR_NEVER),
    ABBR(2, "no", ABBR_NUMBER), ABBR(2, "pp", ABBR_NUMBER), ABBR(2, "ch", ABBR_NUMBER),
    ABBR(2, "eq", ABBR_NUMBER), ABBR(2, "co", ABBR_MAYBE), ABBR(2, "jr", ABBR_MAYBE),
    ABBR(2, "sr", ABBR_MAYBE),
};
static const struct abbreviation abbreviations_3[] = {
    ABBR(3, "mrs", ABBR_NEVER), ABBR(3, "drs", ABBR_NEVER), ABBR(3, "rev", ABBR_NEVER),
    ABBR(3, "gen", ABBR_NEVER), ABBR(3, "col", ABBR_NEVER), ABBR(3, "sgt", ABBR_NEVER),
    ABBR(3, "hon", ABBR_NEVER), ABBR(3, "e.g", ABBR_NEVER), ABBR(3, "i.e", ABBR_NEVER),
    ABBR(3, "u.s", ABBR_PLACE), ABBR(3, "u.k", ABBR_PLACE), ABBR(3, "fig", ABBR_NEVER),
    ABBR(3, "viz", ABBR_NEVER), ABBR(3, "esp", ABBR_NEVER), ABBR(3, "min", ABBR_MAYBE),
    ABBR(3, "max", ABBR_MAYBE), ABBR(3, "avg", ABBR_NEVER), ABBR(3, "jan", ABBR_NEVER),
    ABBR(3, "feb", ABBR_NEVER), ABBR(3, "mar", ABBR_NEVER), ABBR(3, "apr", ABBR_NEVER),
    ABBR(3, "jun", ABBR_NEVER), ABBR(3, "jul", ABBR_NEVER), ABBR(3, "aug", ABBR_NEVER),
    ABBR(3, "sep", ABBR_NEVER), ABBR(3, "oct", ABBR_NEVER), ABBR(3, "nov", ABBR_NEVER),
    ABBR(3, "dec", ABBR_NEVER), ABBR(3, "nos", ABBR_NUMBER), ABBR(3, "vol", ABBR_NUMBER),
    ABBR(3, "ref", ABBR_NUMBER), ABBR(3, "sec", ABBR_NUMBER), ABBR(3, "etc", ABBR_MAYBE),
    ABBR(3, "inc", ABBR_MAYBE), ABBR(3, "ltd", ABBR_MAYBE), ABBR(3, "a.m", ABBR_MAYBE),
    ABBR(3, "p.m", ABBR_MAYBE), ABBR(3, "m.d", ABBR_MAYBE),
};
static const struct abbreviation abbreviations_4[] = {
    ABBR(4, "prof", ABBR_NEVER), ABBR(4, "capt", ABBR_NEVER), ABBR(4, "figs", ABBR_NEVER),
    ABBR(4, "dept", ABBR_NEVER), ABBR(4, "univ", ABBR_NEVER), ABBR(4, "incl", ABBR_NEVER),
    ABBR(4, "resp", ABBR_NEVER), ABBR(4, "sept", ABBR_NEVER), ABBR(4, "vols", ABBR_NUMBER),
    ABBR(4, "refs", ABBR_NUMBER), ABBR(4, "corp", ABBR_MAYBE), ABBR(4, "ph.d", ABBR_MAYBE),
    ABBR(4, "b.sc", ABBR_MAYBE),
};
static const struct abbreviation abbreviations_5[] = {
    ABBR(5, "u.s.a", ABBR_PLACE), ABBR(5, "et al", ABBR_NEVER),
};
static const struct abbreviation abbreviations_6[] = {
    ABBR(6, "approx", ABBR_NEVER),
};
#define ABBR_TABLE(n) {abbreviations_##n, CCK_ARRAY_LEN(abbreviations_##n)}
static const struct {
    const struct abbreviation *items;
    size_t count;
} abbreviations_by_len[ABBR_MAX_LEN + 1] = {
    {NULL, 0},
    ABBR_TABLE(1),
    ABBR_TABLE(2),
    ABBR_TABLE(3),
    ABBR_TABLE(4),
    ABBR_TABLE(5),
    ABBR_TABLE(6),
};

/* Words a wrapped line often stops on; a line ending in one is not a heading. */
static const struct continuer {
    const char *word;
    size_t len;
} line_continuers[] = {
    {"a", 1}, {"an", 2}, {"the", 3}, {"of", 2}, {"to", 2}, {"and", 3}, {"or", 2}, {"in", 2},
    {"for", 3}, {"with", 4}, {"by", 2}, {"that", 4}, {"from", 4}, {"on", 2}, {"at", 2},
    {"as", 2}, {"is", 2}, {"are", 3}, {"was", 3}, {"were", 4}, {"be", 2}, {"but", 3},
    {"than", 4}, {"into", 4}, {"this", 4}, {"these", 5}, {"their", 5}, {"its", 3},
    {"our", 3}, {"your", 4}, {"my", 2}, {"can", 3}, {"may", 3}, {"will", 4}, {"not", 3},
    {"no", 2},
};

/* Capitalized words that go on a name after "U.S." or "U.K." ("the U.S. Food and Drug
 * Administration", "the U.K. Biobank"): the period before them ends no sentence. */
static const char *const place_name_words[] = {
    "agency", "air", "army", "attorney", "biobank", "census", "centers", "coast",
    "congress", "constitution", "court", "customs", "department", "embassy", "federal",
    "food", "government", "health", "house", "marine", "medicines", "military",
    "national", "navy", "news", "olympic", "patent", "postal", "preventive", "president",
    "public", "secretary", "securities", "senate", "supreme", "surgeon", "trade",
};

enum { HEADING_MAX_CHARS = 70 };

static int norm_is(const cck_text *t, size_t i, const char *literal, size_t n)
{
    return t->tokens[i].norm_len == n && memcmp(cck_token_norm(t, i), literal, n) == 0;
}

/* Token i is the one-character punctuation c. */
static int punct_is(const cck_text *t, size_t i, char c)
{
    const cck_token *tok = &t->tokens[i];
    return tok->kind == CCK_TOKEN_PUNCT && tok->norm_len == 1 && t->norm.data[tok->norm] == c;
}

/* Token i starts exactly where token i - 1 ends. */
static int glued(const cck_text *t, size_t i)
{
    return i > 0 && t->tokens[i].start == t->tokens[i - 1].end;
}

/* Punctuation made only of . ! ? (also … → "...", ‼ → "!!" after NFKC). */
static int is_terminal(const cck_text *t, size_t i)
{
    const cck_token *tok = &t->tokens[i];
    if (tok->kind != CCK_TOKEN_PUNCT || tok->norm_len == 0)
        return 0;
    const char *s = cck_token_norm(t, i);
    for (size_t k = 0; k < tok->norm_len; k++)
        if (s[k] != '.' && s[k] != '!' && s[k] != '?')
            return 0;
    return 1;
}

static int is_closer(const cck_text *t, size_t i)
{
    return punct_is(t, i, '"') || punct_is(t, i, '\'') || punct_is(t, i, ')') ||
           punct_is(t, i, ']') || punct_is(t, i, '}');
}

/* A word that starts with a lowercase letter (caseless scripts count too). */
static int starts_lower(const cck_text *t, size_t i)
{
    const cck_token *tok = &t->tokens[i];
    return tok->kind == CCK_TOKEN_WORD && !(tok->flags & CCK_TOKEN_CAPITALIZED);
}

/* Line breaks in the white space after token i (a lone CR counts as one). */
static size_t newlines_after(const cck_text *t, size_t i)
{
    size_t from = t->tokens[i].end;
    size_t to = i + 1 < t->token_count ? t->tokens[i + 1].start : t->len;
    const char *s = t->buf;
    size_t count = 0;
    for (size_t k = from; k < to; k++)
        if (s[k] == '\n' || (s[k] == '\r' && (k + 1 == to || s[k + 1] != '\n')))
            count++;
    return count;
}

/* Whether token i is a word that usually goes on onto the next line ("in", "the"). */
static int ends_on_continuer(const cck_text *t, size_t i)
{
    if (t->tokens[i].kind != CCK_TOKEN_WORD)
        return 0;
    for (size_t k = 0; k < CCK_ARRAY_LEN(line_continuers); k++)
        if (norm_is(t, i, line_continuers[k].word, line_continuers[k].len))
            return 1;
    return 0;
}

/* Token i is a number of one to three digits. */
static int short_count(const cck_text *t, size_t i)
{
    const cck_token *tok = &t->tokens[i];
    if (tok->kind != CCK_TOKEN_NUMBER || tok->norm_len > 3)
        return 0;
    const char *s = cck_token_norm(t, i);
    for (size_t k = 0; k < tok->norm_len; k++)
        if (!cck_ascii_is_digit((unsigned char)s[k]))
            return 0;
    return 1;
}

/* Token i begins a line; is it a list marker (-, *, +, •, an emoji, 1. or 2), or a
 * thread's post counter, 16/ or 3/7) with the item's text after a space on the same
 * line? */
static int is_bullet(const cck_text *t, size_t i)
{
    const cck_token *tok = &t->tokens[i];
    size_t next = i + 1;
    if (tok->kind == CCK_TOKEN_NUMBER) {
        if (!short_count(t, i) || next >= t->token_count || !glued(t, next) ||
            !(punct_is(t, next, '.') || punct_is(t, next, ')') || punct_is(t, next, '/')))
            return 0;
        next++;
        if (punct_is(t, next - 1, '/')) {
            /* a fraction that a hard-wrapped line starts with goes on the sentence:
             * "Some trials suggest that in\n2/3 cases PRP relieves pain" */
            if (i > 0 && ends_on_continuer(t, i - 1))
                return 0;
            if (next < t->token_count && glued(t, next) && short_count(t, next))
                next++;
        }
    } else if (tok->kind == CCK_TOKEN_PUNCT) {
        if (!(norm_is(t, i, "-", 1) || norm_is(t, i, "*", 1) || norm_is(t, i, "+", 1) ||
              norm_is(t, i, "\xE2\x80\xA2", 3) /* • */ || norm_is(t, i, "\xE2\x80\xA3", 3) /* ‣ */ ||
              norm_is(t, i, "\xE2\x97\xA6", 3) /* ◦ */ || norm_is(t, i, "\xE2\x96\xAA", 3) /* ▪ */))
            return 0;
    } else if (tok->kind != CCK_TOKEN_EMOJI) {
        return 0;
    }
    return next < t->token_count && (t->tokens[next].flags & CCK_TOKEN_SPACE_BEFORE) &&
           newlines_after(t, next - 1) == 0;
}

static const struct abbreviation *find_abbreviation(const char *key, size_t len)
{
    if (len == 0 || len > ABBR_MAX_LEN)
        return NULL;
    const struct abbreviation *items = abbreviations_by_len[len].items;
    for (size_t k = 0; k < abbreviations_by_len[len].count; k++)
        if (items[k].key[0] == key[0] && cck_same_bytes(items[k].key, key, len))
            return &items[k];
    return NULL;
}

/* Token i is one of place_name_words. */
static int goes_on_name(const cck_text *t, size_t i)
{
    for (size_t k = 0; k < CCK_ARRAY_LEN(place_name_words); k++)
        if (norm_is(t, i, place_name_words[k], strlen(place_name_words[k])))
            return 1;
    return 0;
}

/* The '.' at token `dot` follows a word glued to it; does it end the sentence, given
 * the token after (next, or token_count at the end)? */

static int period_ends(const cck_text *t, size_t dot, size_t next)
{
    size_t word = dot - 1;
    const cck_token *w = &t->tokens[word];
    if (w->kind != CCK_TOKEN_WORD)
        return 1;
    /* Gather "e.g", "u.s.a", "ph.d": short words joined by glued periods. */
    size_t first = word;
    while (first >= 2 && punct_is(t, first - 1, '.') && glued(t, first - 1) &&
           glued(t, first) && t->tokens[first - 2].kind == CCK_TOKEN_WORD &&
           t->tokens[first - 2].norm_len <= 4)
        first -= 2;
    /* The key is the words with their periods: the tokens' normalized forms lie back
     * to back (the periods' are "."), so it is already there, in one piece. */
    const char *key = cck_token_norm(t, first);
    size_t key_len = t->tokens[word].norm + t->tokens[word].norm_len - t->tokens[first].norm;
    if (key_len > 16)
        return 1;
    if (first == word && norm_is(t, word, "al", 2) && word > 0 && norm_is(t, word - 1, "et", 2)) {
        key = "et al";
        key_len = 5;
    }
    const struct abbreviation *abbr = find_abbreviation(key, key_len);
    int at_end = next >= t->token_count;
    if (abbr) {
        switch (abbr->kind) {
        case ABBR_NEVER:
            return 0;
        case ABBR_NUMBER:
            return at_end || t->tokens[next].kind != CCK_TOKEN_NUMBER;
        case ABBR_TITLE:
            if ((w->flags & (CCK_TOKEN_CAPITALIZED | CCK_TOKEN_ALL_CAPS)) ==
                CCK_TOKEN_CAPITALIZED)
                return 0;
            return at_end || (t->tokens[next].flags & CCK_TOKEN_CAPITALIZED);
        case ABBR_PLACE:
            if (at_end)
                return 1;
            /* an acronym (FDA, NIH) or the next word of a name goes on the name */
            return (t->tokens[next].flags & (CCK_TOKEN_CAPITALIZED | CCK_TOKEN_ALL_CAPS)) ==
                       CCK_TOKEN_CAPITALIZED &&
                   !goes_on_name(t, next);
        default:
            return at_end || (t->tokens[next].flags & CCK_TOKEN_CAPITALIZED);
        }
    }
    /* An initial (J. Smith) or a run of single letters (J.R.R.). */
    if (w->norm_len == 1 && (w->flags & CCK_TOKEN_CAPITALIZED) && !at_end)
        return 0;
    if (first < word) {
        int short_parts = 1;
        for (size_t k = first; k <= word; k += 2)
            short_parts &= t->tokens[k].norm_len <= 2;
        if (short_parts && !at_end)
            return 0;
    }
    return 1;
}

/* Token i is final punctuation. Finds the end of its run (?!, ..., closing quotes and
 * brackets), decides whether the sentence ends there and, when it does, takes emoji
 * that follow on the same line. Returns the last token taken. */
static size_t terminal_run(const cck_text *t, size_t i, int *ends, unsigned *flags)
{
    size_t n = t->token_count, j = i, dots = 0, marks = 0;
    unsigned run_flags = 0;
    while (j < n && is_terminal(t, j) && (j == i || glued(t, j))) {
        const cck_token *tok = &t->tokens[j];
        const char *s = cck_token_norm(t, j);
        for (size_t k = 0; k < tok->norm_len; k++) {
            if (s[k] == '.')
                dots++;
            else
                marks++;
            if (s[k] == '?')
                run_flags |= CCK_SENTENCE_QUESTION;
            else if (s[k] == '!')
                run_flags |= CCK_SENTENCE_EXCLAIM;
        }
        j++;
    }
    size_t last = j - 1;
    int closed = 0;
    while (j < n && glued(t, j) && is_closer(t, j)) {
        last = j++;
        closed = 1;
    }
    *ends = 0;
    *flags = 0;
    if (j < n && glued(t, j) && t->tokens[j].kind != CCK_TOKEN_EMOJI)
        return last; /* "3.x", "end.Next": no space after it */
    int at_end = j >= n;
    if (marks == 0 && dots == 1 && last == i && i > 0 && glued(t, i) && !period_ends(t, i, j))
        return last;
    if (!at_end && marks == 0 && dots >= 2 && starts_lower(t, j))
        return last; /* an ellipsis that runs on into the same sentence */
    if (!at_end && closed && starts_lower(t, j))
        return last; /* "Does it work?" she asked. */
    *ends = 1;
    *flags = run_flags;
    while (j < n && t->tokens[j].kind == CCK_TOKEN_EMOJI && newlines_after(t, j - 1) == 0)
        last = j++;
    return last;
}

/* A heading: a whole line of its own, short, with no final punctuation, not ending
 * on a word that usually continues onto the next line. */
static int heading_shape(const cck_text *t, size_t first, size_t last)
{
    const cck_token *end = &t->tokens[last];
    if (end->kind == CCK_TOKEN_PUNCT && !punct_is(t, last, ')') && !punct_is(t, last, '"'))
        return 0;
    size_t bytes = end->end - t->tokens[first].start;
    if (bytes >= HEADING_MAX_CHARS * 4 ||
        cck_utf8_count_chars(t->buf + t->tokens[first].start, bytes) >= HEADING_MAX_CHARS)
        return 0;
    return !ends_on_continuer(t, last);
}

/* What a heading may be followed by: a capitalized word, a number or a list item. */
static int heading_follower(const cck_text *t, size_t i)
{
    const cck_token *tok = &t->tokens[i];
    return (tok->flags & CCK_TOKEN_CAPITALIZED) || tok->kind == CCK_TOKEN_NUMBER ||
           is_bullet(t, i);
}

static int push_sentence(cck_text *t, size_t first, size_t last, uint32_t paragraph,
                         unsigned flags)
{
    if (t->sentence_count == t->sentence_cap) {
        void *items = t->sentences;
        if (cck_grow(&items, &t->sentence_cap, t->sentence_count + 1, sizeof *t->sentences) !=
            CCK_OK)
            return CCK_ENOMEM;
        t->sentences = items;
    }
    cck_sentence *s = &t->sentences[t->sentence_count++];
    s->start = t->tokens[first].start;
    /* a hashtag's first word starts after its '#', which the sentence keeps: "#PRP heals
     * tendons" is quoted and rewritten whole */
    if (t->tokens[first].kind == CCK_TOKEN_HASHTAG && s->start > 0 && t->buf[s->start - 1] == '#')
        s->start--;
    s->end = t->tokens[last].end;
    s->first_token = first;
    s->token_count = last - first + 1;
    s->paragraph = paragraph;
    s->flags = flags;
    return CCK_OK;
}

/* The first token from i on that may end a sentence or a line: most tokens are words
 * followed by nothing or one space, which change nothing. The tokenizer marks the
 * token after such a pair with PLAIN_BEFORE, so each step is one test of a flag. */
static size_t skip_plain(const cck_text *t, size_t i)
{
    const cck_token *tok = &t->tokens[i], *last = &t->tokens[t->token_count - 1];
    while (tok < last && (tok[1].flags & CCK_TOKEN_PLAIN_BEFORE))
        tok++;
    return (size_t)(tok - t->tokens);
}

int cck_text_segment(cck_text *text)
{
    text->sentence_count = 0;
    size_t n = text->token_count;
    if (n == 0)
        return CCK_OK;
    size_t start = 0, line_first = 0, i = 0;
    uint32_t paragraph = 0;
    int line_bullet = is_bullet(text, 0);
    unsigned flags = line_bullet ? CCK_SENTENCE_LIST_ITEM : 0;
    while (i < n) {
        i = skip_plain(text, i);
        size_t last = i;
        int ends = 0;
        unsigned end_flags = 0;
        /* The '.' of a "1." list marker ends nothing. */
        if (is_terminal(text, i) && !(line_bullet && i == line_first + 1))
            last = terminal_run(text, i, &ends, &end_flags);
        size_t breaks = newlines_after(text, last);
        int at_end = last + 1 == n, blank = breaks >= 2;
        if (!ends && !at_end && breaks > 0) {
            int heading = !line_bullet && start == line_first &&
                          heading_shape(text, line_first, last) &&
                          heading_follower(text, last + 1);
            if (heading)
                end_flags |= CCK_SENTENCE_HEADING;
            if (blank || heading || is_bullet(text, last + 1) ||
                (line_bullet && !starts_lower(text, last + 1)))
                ends = 1;
        }
        if (ends || at_end) {
            if (push_sentence(text, start, last, paragraph, flags | end_flags) != CCK_OK)
                return CCK_ENOMEM;
            start = last + 1;
            flags = 0;
            if (blank)
                paragraph++;
        }
        i = last + 1;
        if (breaks > 0 && i < n) {
            line_first = i;
            line_bullet = is_bullet(text, i);
            if (line_bullet && start == i)
                flags |= CCK_SENTENCE_LIST_ITEM;
        }
    }
    return CCK_OK;
}
