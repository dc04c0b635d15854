/* phrase.c - expands a lexicon phrase into the word sequences the trie matches:
 * {a,b} alternatives, word~ inflections, `...` gaps, normalization and hyphen splits.
 * Used by the parser (to check) and the compiler (to build), so both agree. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "lexicon/lexicon_private.h"

#define MAX_FORMS 16 /* inflected forms of one word~ (deduplicated) */

typedef struct brace_group {
    size_t open;  /* offset of '{' */
    size_t close; /* offset of '}' */
    size_t alt_count;
    size_t first_cut; /* its '{', commas and '}' are cuts[first_cut .. + alt_count] */
    size_t first_piece; /* its alternatives are pieces[first_piece .. + alt_count] */
} brace_group;

/* A stretch of the phrase that is the same in every variant it is part of: the text
 * between groups, or one alternative of a group. Its words are found once per phrase,
 * pwords[first_word, first_word + word_count); a piece that does not start (end) with
 * a blank glues its first (last) word to the text before (after) it. */
typedef struct piece {
    size_t start;
    size_t end;
    size_t first_word;
    size_t word_count;
    int glued_start;
    int glued_end;
} piece;

/* A word of a piece, phrase[start, end), and its infos index once the expander has
 * met it (SIZE_MAX before): later variants take it without hashing the text again. */
typedef struct piece_word {
    size_t start;
    size_t end;
    size_t info;
} piece_word;

/* One trie word of a form: forms[off, off + len). */
typedef struct form_part {
    size_t off;
    size_t len;
} form_part;

/* One form of a word: its normalized text in forms, and the trie words it splits into
 * at its hyphens ("risk-free" is two), parts[first_part, first_part + part_count). */
typedef struct word_form {
    size_t off;
    size_t len;
    size_t first_part;
    size_t part_count;
} word_form;

/* A distinct word as written in a phrase: a gap, or a word with its forms. Each is
 * checked, normalized and inflected once per expander: most words recur in every
 * brace variant ("{a,b,c} d e~" has d and e~ in all three) and in many phrases, and
 * doing that again each time was most of the start-up's expansion work. Only words
 * that passed the checks are kept (the checks read nothing but the word), so a
 * problem is still reported at the first variant that has it. */
typedef struct word_info {
    uint32_t hash;     /* cck_hash_bytes of its text as written */
    size_t key;        /* that text: keys[key, key + key_len) */
    size_t key_len;
    int is_gap;
    size_t first_form; /* its forms: form[first_form, first_form + form_count) */
    size_t form_count;
} word_info;

/* The state of an expansion. What the words met so far left (forms to table) is kept
 * from one phrase to the next, and so are the buffers. */
typedef struct cck_phrase_expander {
    const char *phrase;
    size_t len;
    brace_group *groups;
    size_t group_count;
    size_t group_cap;
    size_t *cuts;        /* offsets of the braces and the commas between them */
    size_t cut_count;
    size_t cut_cap;
    size_t *choice;      /* per group: the alternative taken */
    size_t choice_cap;
    piece *pieces;       /* the text before the first group, then per group its
                            alternatives and the text after it */
    size_t piece_count;
    size_t piece_cap;
    piece_word *pwords;
    size_t pword_count;
    size_t pword_cap;
    size_t *glue;        /* the pwords of a word glued across pieces, in order */
    size_t glue_count;
    size_t glue_cap;
    cck_buf variant;     /* the text of a glued word */
    cck_buf scratch;     /* for classify */
    cck_buf forms;       /* text of every form of every word met so far */
    word_form *form;
    size_t form_total;
    size_t form_cap;
    form_part *parts;    /* every form's trie words; a part's index is its id */
    size_t part_total;
    size_t part_cap;
    cck_buf keys;        /* the text of every word met so far, as written */
    word_info *infos;
    size_t info_count;
    size_t info_cap;
    uint32_t *table;     /* open addressing over infos: index + 1, or 0 when empty */
    size_t table_mask;
    size_t total;        /* forms emitted so far */
    cck_phrase_fn fn;
    void *user_data;
    cck_phrase_problem *problem;
    size_t word_count;   /* words of the current variant */
    size_t first_start;  /* phrase offset of its first word, SIZE_MAX before one */
    size_t last_start;   /* and of its last word */
    size_t word_of[CCK_PHRASE_MAX_WORDS]; /* per word: its infos index */
} expansion;

static int problem_at(expansion *x, size_t offset, const char *message)
{
    if (x->problem) {
        if (offset > x->len)
            offset = x->len;
        x->problem->column = cck_utf8_count_chars(x->phrase, offset);
        size_t n = strlen(message);
        if (n >= sizeof x->problem->message)
            n = sizeof x->problem->message - 1;
        memcpy(x->problem->message, message, n);
        x->problem->message[n] = '\0';
    }
    return CCK_ESYNTAX;
}

/* Appends value to the growable array *items of *count offsets or indexes. */
static int push_size(size_t **items, size_t *count, size_t *cap, size_t value)
{
    void *grown = *items;
    if (cck_grow(&grown, cap, *count + 1, sizeof **items))
        return CCK_ENOMEM;
    *items = grown;
    (*items)[(*count)++] = value;
    return CCK_OK;
}

static int add_cut(expansion *x, size_t offset)
{
    return push_size(&x->cuts, &x->cut_count, &x->cut_cap, offset);
}

/* Finds the brace groups and checks that they are balanced and not nested. The cuts
 * between alternatives are kept for find_pieces. */
static int find_groups(expansion *x)
{
    size_t open = SIZE_MAX;
    size_t alts = 0;
    size_t first_cut = 0;
    size_t product = 1;
    for (size_t i = 0; i < x->len; i++) {
        char c = x->phrase[i];
        if (c == '{') {
            if (open != SIZE_MAX)
                return problem_at(x, i, "nested braces are not allowed");
            open = i;
            alts = 1;
            first_cut = x->cut_count;
            if (add_cut(x, i))
                return CCK_ENOMEM;
        } else if (c == ',' && open != SIZE_MAX) {
            alts++;
            if (add_cut(x, i))
                return CCK_ENOMEM;
        } else if (c == '}') {
            if (open == SIZE_MAX)
                return problem_at(x, i, "unbalanced '}' (no '{' before it)");
            if (add_cut(x, i))
                return CCK_ENOMEM;
            void *items = x->groups;
            if (cck_grow(&items, &x->group_cap, x->group_count + 1, sizeof *x->groups))
                return CCK_ENOMEM;
            x->groups = items;
            x->groups[x->group_count++] = (brace_group){open, i, alts, first_cut, 0};
            product *= alts;
            if (product > CCK_PHRASE_MAX_VARIANTS)
                return problem_at(x, open,
                                  "too many variants: the braces expand to more than 256 forms");
            open = SIZE_MAX;
        }
    }
    if (open != SIZE_MAX)
        return problem_at(x, open, "unbalanced '{' (no '}' after it)");
    return CCK_OK;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Adds phrase[start, end) as the next piece, split into its words. */
static int add_piece(expansion *x, size_t start, size_t end)
{
    void *items = x->pieces;
    if (cck_grow(&items, &x->piece_cap, x->piece_count + 1, sizeof *x->pieces))
        return CCK_ENOMEM;
    x->pieces = items;
    const char *s = x->phrase;
    piece pc = {start, end, x->pword_count, 0, 0, 0};
    if (start < end) {
        pc.glued_start = !is_blank(s[start]);
        pc.glued_end = !is_blank(s[end - 1]);
    }
    size_t at = start;
    while (at < end) {
        while (at < end && is_blank(s[at]))
            at++;
        if (at == end)
            break;
        size_t word = at;
        while (at < end && !is_blank(s[at]))
            at++;
        items = x->pwords;
        if (cck_grow(&items, &x->pword_cap, x->pword_count + 1, sizeof *x->pwords))
            return CCK_ENOMEM;
        x->pwords = items;
        x->pwords[x->pword_count++] = (piece_word){word, at, SIZE_MAX};
        pc.word_count++;
    }
    x->pieces[x->piece_count++] = pc;
    return CCK_OK;
}

/* Splits the phrase into its pieces and their words, once: every variant is laid out
 * from them. Building each variant's text and splitting, hashing and looking up its
 * words again was two thirds of the start-up's expansion work, though only a word
 * glued to an alternative ("keep{,s}") can change from one variant to the next. */
static int find_pieces(expansion *x)
{
    x->piece_count = 0;
    x->pword_count = 0;
    size_t at = 0;
    for (size_t g = 0; g < x->group_count; g++) {
        brace_group *group = &x->groups[g];
        if (add_piece(x, at, group->open))
            return CCK_ENOMEM;
        group->first_piece = x->piece_count;
        const size_t *cut = &x->cuts[group->first_cut];
        for (size_t a = 0; a < group->alt_count; a++)
            if (add_piece(x, cut[a] + 1, cut[a + 1]))
                return CCK_ENOMEM;
        at = group->close + 1;
    }
    return add_piece(x, at, x->len);
}

/* The offset in the phrase of byte `at` of the word text v: v is the phrase itself,
 * or the glued word in x->variant, laid out from the pwords in x->glue. */
static size_t source_of(const expansion *x, const char *v, size_t at)
{
    if (v == x->phrase)
        return at;
    for (size_t i = 0; i < x->glue_count; i++) {
        const piece_word *w = &x->pwords[x->glue[i]];
        if (at < w->end - w->start)
            return w->start + at;
        at -= w->end - w->start;
    }
    return x->len;
}

static size_t decode(const char *s, size_t len, int32_t *cp)
{
    unsigned char c = (unsigned char)s[0];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n > len || c >= 0xF8 || (c >= 0x80 && c < 0xC0)) {
        *cp = -1;
        return 1;
    }
    int32_t value = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t i = 1; i < n; i++)
        value = (value << 6) | ((unsigned char)s[i] & 0x3F);
    *cp = value;
    return n;
}

enum char_class { CH_WORD, CH_DIGIT, CH_APOS, CH_HYPHEN, CH_PERCENT, CH_DIGITSEP, CH_TILDE, CH_BAD };

/* Classifies one code point of a phrase word; non-ASCII punctuation is classified by
 * what it normalizes to (’ is an apostrophe, – a hyphen, ％ a percent sign). */
static int classify(const char *s, size_t n, int32_t cp, cck_buf *scratch)
{
    if (cp < 0)
        return CH_BAD;
    if (cp < 0x80) {
        unsigned char c = (unsigned char)cp;
        if (cck_ascii_is_digit(c))
            return CH_DIGIT;
        if (cck_ascii_is_alpha(c))
            return CH_WORD;
        switch (c) {
        case '\'': return CH_APOS;
        case '-': return CH_HYPHEN;
        case '%': return CH_PERCENT;
        case '.': case ',': return CH_DIGITSEP;
        case '~': return CH_TILDE;
        default: return CH_BAD;
        }
    }
    if (cck_codepoint_is_word(cp))
        return CH_WORD;
    cck_buf_clear(scratch);
    if (cck_normalize_append(scratch, s, n) != CCK_OK || scratch->len != 1)
        return CH_BAD;
    switch (scratch->data[0]) {
    case '\'': return CH_APOS;
    case '-': return CH_HYPHEN;
    case '%': return CH_PERCENT;
    default: return CH_BAD;
    }
}

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static int is_consonant(char c)
{
    return cck_ascii_is_alpha((unsigned char)c) && !is_vowel(c);
}

/* Adds stem[0..keep) + suffix as a form of the word whose forms start at form[first],
 * unless it is already there. */
static int add_form(expansion *x, size_t first, size_t stem, size_t keep, const char *suffix)
{
    size_t suffix_len = strlen(suffix);
    size_t n = keep + suffix_len;
    for (size_t f = first; f < x->form_total; f++) {
        const char *have = x->forms.data + x->form[f].off;
        if (x->form[f].len == n && memcmp(have, x->forms.data + stem, keep) == 0 &&
            memcmp(have + keep, suffix, suffix_len) == 0)
            return CCK_OK;
    }
    if (x->form_total - first == MAX_FORMS)
        return CCK_OK;
    void *items = x->form;
    if (cck_grow(&items, &x->form_cap, x->form_total + 1, sizeof *x->form))
        return CCK_ENOMEM;
    x->form = items;
    size_t off = stem;
    /* the stem itself, the first form of every word, is already the end of forms */
    if (suffix_len || stem + keep != x->forms.len) {
        off = x->forms.len;
        if (cck_buf_reserve(&x->forms, n))
            return CCK_ENOMEM;
        /* reserve may move the data: copy the stem from its offset */
        memmove(x->forms.data + off, x->forms.data + stem, keep);
        memcpy(x->forms.data + off + keep, suffix, suffix_len);
        x->forms.len += n;
        x->forms.data[x->forms.len] = '\0';
    }
    word_form form = {off, n, x->part_total, 0};
    size_t begin = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && x->forms.data[off + i] != '-')
            continue;
        if (i > begin) {
            items = x->parts;
            if (cck_grow(&items, &x->part_cap, x->part_total + 1, sizeof *x->parts))
                return CCK_ENOMEM;
            x->parts = items;
            x->parts[x->part_total++] = (form_part){off + begin, i - begin};
            form.part_count++;
        }
        begin = i + 1;
    }
    x->form[x->form_total++] = form;
    return CCK_OK;
}

/* The regular inflections of the normalized word at forms[stem, stem+n), whose forms
 * start at form[first]. Generating too many forms is harmless; a missing one is a bug. */
static int inflect(expansion *x, size_t first, size_t stem, size_t n)
{
    static const char *const plain[] = {"", "s", "es", "ed", "ing"};
    int status = CCK_OK;
    for (size_t i = 0; i < CCK_ARRAY_LEN(plain) && !status; i++)
        status = add_form(x, first, stem, n, plain[i]);
    if (status || n == 0)
        return status;
    const char *s = x->forms.data + stem;
    char last = s[n - 1];
    char before = n >= 2 ? s[n - 2] : '\0';
    if (last == 'e') {
        status = add_form(x, first, stem, n, "d");
        if (!status)
            status = add_form(x, first, stem, n - 1, "ing");
        if (!status)
            status = add_form(x, first, stem, n - 1, "ed");
        if (!status && before == 'i')
            status = add_form(x, first, stem, n - 2, "ying");
    }
    s = x->forms.data + stem;
    if (!status && last == 'y' && n >= 2 && is_consonant(before)) {
        status = add_form(x, first, stem, n - 1, "ies");
        if (!status)
            status = add_form(x, first, stem, n - 1, "ied");
    }
    s = x->forms.data + stem;
    if (!status && n >= 3 && is_consonant(last) && last != 'w' && last != 'x' &&
        last != 'y' && is_vowel(before) && is_consonant(s[n - 3])) {
        char doubled[4] = {last, 'e', 'd', '\0'};
        status = add_form(x, first, stem, n, doubled);
        if (!status) {
            char doubled_ing[5] = {last, 'i', 'n', 'g', '\0'};
            status = add_form(x, first, stem, n, doubled_ing);
        }
    }
    if (!status && last == 'c') {
        status = add_form(x, first, stem, n, "ked");
        if (!status)
            status = add_form(x, first, stem, n, "king");
    }
    return status;
}

static int is_gap_word(const char *s, size_t n)
{
    return (n == 3 && memcmp(s, "...", 3) == 0) || (n == 3 && memcmp(s, "\xE2\x80\xA6", 3) == 0);
}

/* Checks and normalizes the word v[start, end), not a gap, into new forms. */
static int make_forms(expansion *x, const char *v, size_t start, size_t end, cck_buf *scratch)
{
    int prev = CH_BAD; /* class of the previous code point; CH_BAD at the start */
    char message[300];
    /* Most words are ASCII letters and digits, perhaps with a final '~' after them:
     * the check below allows every character of those, so they skip it. */
    size_t plain_end = end - (end - start > 1 && v[end - 1] == '~');
    size_t plain = start;
    while (plain < plain_end && cck_ascii_is_alnum((unsigned char)v[plain]))
        plain++;
    int tilde = plain == plain_end && plain_end != end;
    size_t at = plain == plain_end ? end : start;
    /* Each code point is decoded and classified once, as the next one of its
     * predecessor: this loop runs over every word of every brace variant at start-up. */
    int32_t cp = -1;
    size_t n = 0;
    int cls = CH_BAD;
    if (at < end) {
        n = decode(v + at, end - at, &cp);
        cls = classify(v + at, n, cp, scratch);
    }
    while (at < end) {
        size_t next_at = at + n;
        int next = CH_BAD;
        int32_t next_cp = -1;
        size_t m = 0;
        if (next_at < end) {
            m = decode(v + next_at, end - next_at, &next_cp);
            next = classify(v + next_at, m, next_cp, scratch);
        }
        int prev_word = prev == CH_WORD || prev == CH_DIGIT;
        int next_word = next == CH_WORD || next == CH_DIGIT;
        int ok;
        switch (cls) {
        case CH_WORD: case CH_DIGIT: ok = 1; break;
        case CH_APOS: ok = prev_word && next == CH_WORD; break;
        case CH_HYPHEN: ok = prev_word && next_word; break;
        case CH_PERCENT: ok = prev == CH_DIGIT && (next_at == end || next == CH_TILDE); break;
        case CH_DIGITSEP: ok = prev == CH_DIGIT && next == CH_DIGIT; break;
        case CH_TILDE: ok = next_at == end && at > start; tilde = ok; break;
        default: ok = 0; break;
        }
        if (!ok) {
            if (cls == CH_TILDE)
                snprintf(message, sizeof message,
                         "'~' is only allowed at the end of a word (word~ adds inflections)");
            else if (cp < 0)
                snprintf(message, sizeof message, "invalid UTF-8 in a phrase word");
            else
                snprintf(message, sizeof message,
                         "punctuation '%.*s' is not allowed in a phrase word (letters, digits, "
                         "internal ' and -, a final %% after digits, . or , between digits; "
                         "use a /pattern/ for anything else)",
                         (int)n, v + at);
            return problem_at(x, source_of(x, v, at), message);
        }
        prev = cls;
        at = next_at;
        cls = next;
        cp = next_cp;
        n = m;
    }
    size_t text_end = tilde ? end - 1 : end;
    size_t stem = x->forms.len;
    if (cck_normalize_append(&x->forms, v + start, text_end - start))
        return CCK_ENOMEM;
    size_t stem_len = x->forms.len - stem;
    size_t first = x->form_total;
    return tilde ? inflect(x, first, stem, stem_len) : add_form(x, first, stem, stem_len, "");
}

/* Makes the table of words met so far twice as large (or its first 64 slots). */
static int grow_table(expansion *x)
{
    size_t size = x->table ? (x->table_mask + 1) * 2 : 64;
    uint32_t *table = cck_calloc(size, sizeof *table);
    if (!table)
        return CCK_ENOMEM;
    for (size_t i = 0; i < x->info_count; i++) {
        size_t at = x->infos[i].hash & (size - 1);
        while (table[at])
            at = (at + 1) & (size - 1);
        table[at] = (uint32_t)(i + 1);
    }
    cck_free(x->table);
    x->table = table;
    x->table_mask = size - 1;
    return CCK_OK;
}

/* The infos index of the word s[0..n) as written, or SIZE_MAX with *slot set to the
 * empty table slot where it goes. */
static size_t find_word(const expansion *x, const char *s, size_t n, uint32_t hash,
                        size_t *slot)
{
    size_t at = hash & x->table_mask;
    for (; x->table[at]; at = (at + 1) & x->table_mask) {
        const word_info *info = &x->infos[x->table[at] - 1];
        if (info->hash == hash && info->key_len == n &&
            cck_same_bytes(x->keys.data + info->key, s, n))
            return x->table[at] - 1;
    }
    *slot = at;
    return SIZE_MAX;
}

/* Checks and normalizes a word met for the first time, and records it in infos. */
static int new_word(expansion *x, const char *text, size_t start, size_t end, uint32_t hash,
                    cck_buf *scratch)
{
    const char *v = text + start;
    size_t n = end - start;
    word_info info = {hash, x->keys.len, n, is_gap_word(v, n), x->form_total, 1};
    if (!info.is_gap) {
        int status = make_forms(x, text, start, end, scratch);
        if (status)
            return status;
        info.form_count = x->form_total - info.first_form;
    }
    void *items = x->infos;
    if (cck_grow(&items, &x->info_cap, x->info_count + 1, sizeof *x->infos))
        return CCK_ENOMEM;
    x->infos = items;
    if (cck_buf_append(&x->keys, v, n))
        return CCK_ENOMEM;
    x->infos[x->info_count++] = info;
    return CCK_OK;
}

/* The infos index of the word text[start, end) in *found: a word the expander met
 * before was checked then, and its forms are reused. */
static int resolve_word(expansion *x, const char *text, size_t start, size_t end,
                        size_t *found)
{
    if ((!x->table || (x->info_count + 1) * 2 > x->table_mask + 1) && grow_table(x))
        return CCK_ENOMEM;
    const char *v = text + start;
    uint32_t hash = cck_hash_bytes(v, end - start);
    size_t slot = 0;
    size_t index = find_word(x, v, end - start, hash, &slot);
    if (index == SIZE_MAX) {
        int status = new_word(x, text, start, end, hash, &x->scratch);
        if (status)
            return status;
        index = x->info_count - 1;
        x->table[slot] = (uint32_t)x->info_count;
    }
    *found = index;
    return CCK_OK;
}

/* Adds a word that starts at phrase offset start to the current variant's words. */
static void push_word(expansion *x, size_t start, size_t info)
{
    if (x->first_start == SIZE_MAX)
        x->first_start = start;
    x->last_start = start;
    x->word_of[x->word_count++] = info;
}

/* Adds the piece word pw, whole, to the current variant's words. */
static int take_word(expansion *x, size_t pw)
{
    piece_word *w = &x->pwords[pw];
    if (x->word_count == CCK_PHRASE_MAX_WORDS)
        return problem_at(x, w->start, "the phrase has more than 32 words");
    if (w->info == SIZE_MAX) {
        int status = resolve_word(x, x->phrase, w->start, w->end, &w->info);
        if (status)
            return status;
    }
    push_word(x, w->start, w->info);
    return CCK_OK;
}

/* Adds the word made of the piece words in x->glue, if any, to the current variant's
 * words. A glued word is laid out and looked up in every variant that has it. */
static int finish_glue(expansion *x)
{
    if (x->glue_count == 0)
        return CCK_OK;
    if (x->glue_count == 1) {
        x->glue_count = 0;
        return take_word(x, x->glue[0]);
    }
    size_t start = x->pwords[x->glue[0]].start;
    if (x->word_count == CCK_PHRASE_MAX_WORDS)
        return problem_at(x, start, "the phrase has more than 32 words");
    cck_buf_clear(&x->variant);
    for (size_t i = 0; i < x->glue_count; i++) {
        const piece_word *w = &x->pwords[x->glue[i]];
        if (cck_buf_append(&x->variant, x->phrase + w->start, w->end - w->start))
            return CCK_ENOMEM;
    }
    size_t info = 0;
    int status = resolve_word(x, x->variant.data, 0, x->variant.len, &info);
    if (status)
        return status;
    push_word(x, start, info);
    x->glue_count = 0;
    return CCK_OK;
}

static int add_glue(expansion *x, size_t pw)
{
    return push_size(&x->glue, &x->glue_count, &x->glue_cap, pw);
}

/* Adds the words of a piece to the current variant's words. Its first word goes on
 * the glued word before it, if any; its last word stays open while it may go on. An
 * empty piece (an empty alternative) leaves an open word open. */
static int take_piece(expansion *x, const piece *pc)
{
    if (pc->start == pc->end)
        return CCK_OK;
    size_t k = 0;
    if (x->glue_count) {
        if (pc->glued_start) {
            if (add_glue(x, pc->first_word))
                return CCK_ENOMEM;
            k = 1;
            if (pc->word_count == 1 && pc->glued_end)
                return CCK_OK;
        }
        int status = finish_glue(x);
        if (status)
            return status;
    }
    for (; k < pc->word_count; k++) {
        if (k + 1 == pc->word_count && pc->glued_end)
            return add_glue(x, pc->first_word + k);
        int status = take_word(x, pc->first_word + k);
        if (status)
            return status;
    }
    return CCK_OK;
}

/* Emits every combination of the forms of the words of the current variant. */
static int emit_forms(expansion *x)
{
    const word_info *word[CCK_PHRASE_MAX_WORDS];
    size_t pick[CCK_PHRASE_MAX_WORDS]; /* the form taken of each word */
    size_t product = 1;
    for (size_t w = 0; w < x->word_count; w++) {
        word[w] = &x->infos[x->word_of[w]];
        pick[w] = 0;
    }
    for (size_t w = 0; w < x->word_count; w++) {
        product *= word[w]->form_count;
        if (product > CCK_PHRASE_MAX_VARIANTS)
            break;
    }
    x->total += product;
    if (product > CCK_PHRASE_MAX_VARIANTS || x->total > CCK_PHRASE_MAX_VARIANTS)
        return problem_at(x, 0, "too many variants: the phrase expands to more than 256 forms "
                                "(braces times word~ inflections)");
    cck_phrase_word parts[CCK_PHRASE_MAX_WORDS];
    for (;;) {
        size_t count = 0;
        for (size_t w = 0; w < x->word_count; w++) {
            if (word[w]->is_gap) {
                if (count == CCK_PHRASE_MAX_WORDS)
                    return problem_at(x, 0, "the phrase has more than 32 words");
                parts[count++] = (cck_phrase_word){NULL, 0, 0};
                continue;
            }
            const word_form *form = &x->form[word[w]->first_form + pick[w]];
            if (form->part_count > CCK_PHRASE_MAX_WORDS - count)
                return problem_at(x, 0, "the phrase has more than 32 words");
            for (size_t p = form->first_part; p < form->first_part + form->part_count; p++)
                parts[count++] = (cck_phrase_word){x->forms.data + x->parts[p].off,
                                                   x->parts[p].len, p};
        }
        if (count == 0)
            return problem_at(x, 0, "empty phrase");
        if (x->fn) {
            int status = x->fn(parts, count, x->user_data);
            if (status)
                return status;
        }
        size_t w = 0;
        while (w < x->word_count && ++pick[w] == word[w]->form_count)
            pick[w++] = 0;
        if (w == x->word_count)
            return CCK_OK;
    }
}

/* Whether word w of the current variant is a `...` gap. */
static int is_gap(const expansion *x, size_t w)
{
    return x->infos[x->word_of[w]].is_gap;
}

/* Lays out the words of the brace variant chosen by x->choice and emits its forms. */
static int expand_variant(expansion *x)
{
    x->word_count = 0;
    x->glue_count = 0;
    x->first_start = SIZE_MAX;
    x->last_start = 0;
    int status = take_piece(x, &x->pieces[0]);
    for (size_t g = 0; g < x->group_count && !status; g++) {
        const brace_group *group = &x->groups[g];
        status = take_piece(x, &x->pieces[group->first_piece + x->choice[g]]);
        if (!status)
            status = take_piece(x, &x->pieces[group->first_piece + group->alt_count]);
    }
    if (!status)
        status = finish_glue(x);
    if (status)
        return status;
    if (x->word_count == 0)
        return problem_at(x, x->groups ? x->groups[0].open : 0,
                          "empty phrase (an alternative leaves no words)");
    if (is_gap(x, 0))
        return problem_at(x, x->first_start, "a phrase cannot start with a '...' gap");
    if (is_gap(x, x->word_count - 1))
        return problem_at(x, x->last_start, "a phrase cannot end with a '...' gap");
    for (size_t w = 1; w < x->word_count; w++)
        if (is_gap(x, w) && is_gap(x, w - 1))
            return problem_at(x, x->last_start, "two '...' gaps in a row");
    return emit_forms(x);
}

cck_phrase_expander *cck_phrase_expander_new(void)
{
    return cck_calloc(1, sizeof(cck_phrase_expander));
}

void cck_phrase_expander_free(cck_phrase_expander *x)
{
    if (!x)
        return;
    cck_free(x->groups);
    cck_free(x->cuts);
    cck_free(x->choice);
    cck_free(x->pieces);
    cck_free(x->pwords);
    cck_free(x->glue);
    cck_buf_free(&x->variant);
    cck_buf_free(&x->scratch);
    cck_buf_free(&x->forms);
    cck_free(x->form);
    cck_free(x->parts);
    cck_buf_free(&x->keys);
    cck_free(x->infos);
    cck_free(x->table);
    cck_free(x);
}

int cck_phrase_expander_run(cck_phrase_expander *x, const char *phrase, size_t len,
                            cck_phrase_fn fn, void *user_data, cck_phrase_problem *problem)
{
    x->phrase = phrase;
    x->len = len;
    x->fn = fn;
    x->user_data = user_data;
    x->problem = problem;
    x->group_count = 0;
    x->cut_count = 0;
    x->total = 0;
    x->word_count = 0;
    int status = find_groups(x);
    if (!status)
        status = find_pieces(x);
    if (status)
        return status;
    void *items = x->choice;
    if (cck_grow(&items, &x->choice_cap, x->group_count + 1, sizeof *x->choice))
        return CCK_ENOMEM;
    x->choice = items;
    memset(x->choice, 0, x->group_count * sizeof *x->choice);
    for (;;) {
        status = expand_variant(x);
        if (status)
            return status;
        size_t g = 0;
        while (g < x->group_count && ++x->choice[g] == x->groups[g].alt_count)
            x->choice[g++] = 0;
        if (g == x->group_count)
            return CCK_OK;
    }
}

int cck_phrase_expand(const char *phrase, size_t len, cck_phrase_fn fn, void *user_data,
                      cck_phrase_problem *problem)
{
    cck_phrase_expander *x = cck_phrase_expander_new();
    if (!x)
        return CCK_ENOMEM;
    int status = cck_phrase_expander_run(x, phrase, len, fn, user_data, problem);
    cck_phrase_expander_free(x);
    return status;
}
