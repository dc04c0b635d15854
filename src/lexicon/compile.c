/* compile.c - turns a lexicon into an immutable engine: deep-copied entries, a word
 * table, a token trie over word ids (with gap edges) and the /pattern/ entries joined
 * into one JIT-compiled PCRE2 alternation that tells the entry by (*MARK). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/lexicon_private.h"

/* ---- /pattern/ checks ------------------------------------------------------------- */

/* Constructs that would change meaning once the pattern sits inside the combined
 * alternation: numbered recursion/subroutine calls and verbs that set a mark. */
static const char *const unsupported[] = {
    "(?R", "(?0", "(?1", "(?2", "(?3", "(?4", "(?5", "(?6", "(?7", "(?8", "(?9", "(?+",
    "(?-1", "(?-2", "(?-3", "(?-4", "(?-5", "(?-6", "(?-7", "(?-8", "(?-9", "(?&", "(?P>",
    "\\g<", "\\g'", "(*MARK", "(*:", "(*PRUNE:", "(*THEN:", "(*COMMIT:", "(*ACCEPT",
};

static int set_problem(cck_phrase_problem *problem, size_t column, const char *message)
{
    if (problem) {
        problem->column = column;
        snprintf(problem->message, sizeof problem->message, "%s", message);
    }
    return CCK_ESYNTAX;
}

int cck_pattern_check(const char *pattern, size_t len, cck_phrase_problem *problem)
{
    for (size_t i = 0; i < len; i++) {
        if (pattern[i] == '\\' && i + 1 < len && pattern[i + 1] != 'g') {
            i++;
            continue;
        }
        for (size_t k = 0; k < CCK_ARRAY_LEN(unsupported); k++) {
            size_t n = strlen(unsupported[k]);
            if (n <= len - i && memcmp(pattern + i, unsupported[k], n) == 0)
                return set_problem(problem, cck_utf8_count_chars(pattern, i),
                                   "recursion, subroutine calls, (*ACCEPT) and named verbs "
                                   "are not supported in lexicon patterns");
        }
    }
    /* compiled alone for an exact error offset, then as (?:pattern), exactly as in the
     * combined alternation (which catches an unterminated \Q or (?x) comment) */
    cck_buf wrapped;
    cck_buf_init(&wrapped);
    pcre2_code *code = NULL;
    int status = CCK_OK;
    if (cck_buf_puts(&wrapped, "(?:") || cck_buf_append(&wrapped, pattern, len) ||
        cck_buf_puts(&wrapped, ")")) {
        status = CCK_ENOMEM;
        goto fail;
    }
    for (int pass = 0; pass < 2; pass++) {
        int code_error = 0;
        PCRE2_SIZE offset = 0;
        PCRE2_SPTR text = pass ? (PCRE2_SPTR)wrapped.data : (PCRE2_SPTR)pattern;
        code = pcre2_compile(text, pass ? wrapped.len : len, CCK_PCRE2_COMPILE_OPTIONS,
                             &code_error, &offset, NULL);
        if (code && pass == 0) {
            pcre2_code_free(code);
            code = NULL;
            continue;
        }
        if (code)
            break;
        if (code_error == PCRE2_ERROR_HEAP_FAILED) {
            status = CCK_ENOMEM;
            goto fail;
        }
        PCRE2_UCHAR description[256];
        if (pcre2_get_error_message(code_error, description, sizeof description) < 0)
            snprintf((char *)description, sizeof description, "PCRE2 error %d", code_error);
        size_t at = pass ? (offset > 3 ? offset - 3 : 0) : offset;
        if (at > len)
            at = len;
        char message[400];
        if (pass)
            snprintf(message, sizeof message,
                     "bad /pattern/ once combined with the others: %s (an unterminated \\Q, "
                     "a (?x) # comment or a start-of-pattern option such as (*UTF)?)",
                     (const char *)description);
        else
            snprintf(message, sizeof message, "bad /pattern/: %s", (const char *)description);
        status = set_problem(problem, cck_utf8_count_chars(pattern, at), message);
        goto fail;
    }
    uint32_t backrefs = 0;
    pcre2_pattern_info(code, PCRE2_INFO_BACKREFMAX, &backrefs);
    if (backrefs)
        status = set_problem(problem, 0,
                             "back-references are not supported in lexicon patterns (group "
                             "numbers change when the patterns are combined)");
fail:
    pcre2_code_free(code);
    cck_buf_free(&wrapped);
    return status;
}

/* ---- building --------------------------------------------------------------------- */

typedef struct entry_pair {
    uint32_t node;
    uint32_t entry;
} entry_pair;

/* Temporary state while the trie is built. */
typedef struct builder {
    cck_matcher *m;
    cck_buf word_text;
    size_t word_cap;
    size_t node_cap;
    size_t edge_used;     /* edges in the matcher's edge map */
    entry_pair *pairs;
    size_t pair_count;
    size_t pair_cap;
    int32_t *id_words;    /* per cck_phrase_word id: its word id, or -1 when not known yet */
    size_t id_cap;
    uint32_t entry;       /* the entry being inserted */
} builder;

static int grow_word_slots(cck_matcher *m)
{
    size_t size = m->slots ? (m->slot_mask + 1) * 2 : 1024;
    if (size > SIZE_MAX / sizeof *m->slots)
        return CCK_ENOMEM;
    cck_word_slot *slots = cck_malloc(size * sizeof *slots);
    if (!slots)
        return CCK_ENOMEM;
    for (size_t i = 0; i < size; i++)
        slots[i] = (cck_word_slot){0, -1};
    for (size_t w = 0; w < m->word_count; w++) {
        uint32_t hash = cck_hash_bytes(m->word_text + m->words[w].offset, m->words[w].len);
        size_t at = hash & (size - 1);
        while (slots[at].id >= 0)
            at = (at + 1) & (size - 1);
        slots[at] = (cck_word_slot){hash, (int32_t)w};
    }
    cck_free(m->slots);
    m->slots = slots;
    m->slot_mask = size - 1;
    return CCK_OK;
}

/* The id of a word, added to the table when new (or -1 when out of memory). */
static int32_t intern_word(builder *b, const char *s, size_t n)
{
    cck_matcher *m = b->m;
    if ((m->word_count + 1) * 2 > m->slot_mask + 1 || !m->slots) {
        if (grow_word_slots(m))
            return -1;
    }
    uint32_t hash = cck_hash_bytes(s, n);
    size_t at = hash & m->slot_mask;
    while (m->slots[at].id >= 0) {
        const cck_word *word = &m->words[m->slots[at].id];
        if (m->slots[at].hash == hash && word->len == n &&
            memcmp(b->word_text.data + word->offset, s, n) == 0)
            return m->slots[at].id;
        at = (at + 1) & m->slot_mask;
    }
    if (m->word_count >= INT32_MAX || b->word_text.len > UINT32_MAX - n || n > UINT32_MAX)
        return -1;
    void *items = m->words;
    if (cck_grow(&items, &b->word_cap, m->word_count + 1, sizeof *m->words))
        return -1;
    m->words = items;
    uint32_t offset = (uint32_t)b->word_text.len;
    if (cck_buf_append(&b->word_text, s, n))
        return -1;
    m->word_text = b->word_text.data; /* may have moved */
    int32_t id = (int32_t)m->word_count++;
    m->words[id] = (cck_word){offset, (uint32_t)n, -1};
    m->slots[at] = (cck_word_slot){hash, id};
    return id;
}

static int64_t new_node(builder *b)
{
    cck_matcher *m = b->m;
    if (m->node_count >= INT32_MAX)
        return -1;
    void *items = m->nodes;
    if (cck_grow(&items, &b->node_cap, m->node_count + 1, sizeof *m->nodes))
        return -1;
    m->nodes = items;
    memset(&m->nodes[m->node_count], 0, sizeof *m->nodes);
    m->nodes[m->node_count].gap_child = -1;
    return (int64_t)m->node_count++;
}

static int grow_edge_map(cck_matcher *m)
{
    size_t size = m->edge_keys ? (m->edge_mask + 1) * 2 : 1024;
    unsigned shift = m->edge_keys ? m->edge_shift - 1 : 64 - 10;
    if (size > SIZE_MAX / sizeof(uint64_t))
        return CCK_ENOMEM;
    /* empty is 0: a large calloc comes from fresh zero pages, not a fill (the last
     * map, half a megabyte, cost a million instructions to set to another value) */
    uint64_t *keys = cck_calloc(size, sizeof *keys);
    uint32_t *values = cck_malloc(size * sizeof *values);
    if (!keys || !values) {
        cck_free(keys);
        cck_free(values);
        return CCK_ENOMEM;
    }
    if (m->edge_keys) {
        for (size_t i = 0; i <= m->edge_mask; i++) {
            if (m->edge_keys[i] == 0)
                continue;
            size_t at = cck_edge_slot(m->edge_keys[i], shift);
            while (keys[at] != 0)
                at = (at + 1) & (size - 1);
            keys[at] = m->edge_keys[i];
            values[at] = m->edge_children[i];
        }
    }
    cck_free(m->edge_keys);
    cck_free(m->edge_children);
    m->edge_keys = keys;
    m->edge_children = values;
    m->edge_mask = size - 1;
    m->edge_shift = shift;
    return CCK_OK;
}

/* The child of node on word, created when missing (-1 when out of memory). */
static int64_t child_on_word(builder *b, uint32_t node, int32_t word)
{
    cck_matcher *m = b->m;
    if (node == 0) {
        if (m->words[word].root_child >= 0)
            return m->words[word].root_child;
        int64_t child = new_node(b);
        if (child >= 0)
            m->words[word].root_child = (int32_t)child;
        return child;
    }
    if ((b->edge_used + 1) * 2 > m->edge_mask + 1 || !m->edge_keys) {
        if (grow_edge_map(m))
            return -1;
    }
    uint64_t key = ((uint64_t)node << 32) | (uint32_t)word;
    size_t at = cck_edge_slot(key, m->edge_shift);
    while (m->edge_keys[at] != 0) {
        if (m->edge_keys[at] == key)
            return m->edge_children[at];
        at = (at + 1) & m->edge_mask;
    }
    int64_t child = new_node(b);
    if (child < 0)
        return -1;
    m->edge_keys[at] = key;
    m->edge_children[at] = (uint32_t)child;
    m->nodes[node].edge_count++;
    b->edge_used++;
    return child;
}

/* The word id of an expanded word. The expander gives the words it makes an id, the
 * same each time a form comes back (in another variant or phrase): an id met before
 * gives the word found then, without hashing and comparing the text again. */
static int32_t word_of(builder *b, const cck_phrase_word *word)
{
    if (word->id >= b->id_cap) {
        size_t old = b->id_cap;
        void *items = b->id_words;
        if (cck_grow(&items, &b->id_cap, word->id + 1, sizeof *b->id_words))
            return -1;
        b->id_words = items;
        for (size_t i = old; i < b->id_cap; i++)
            b->id_words[i] = -1;
    }
    if (b->id_words[word->id] < 0)
        b->id_words[word->id] = intern_word(b, word->text, word->len);
    return b->id_words[word->id];
}

/* Inserts one expanded form of the current entry. */
static int insert_form(const cck_phrase_word *words, size_t count, void *user_data)
{
    builder *b = user_data;
    cck_matcher *m = b->m;
    uint32_t node = 0;
    for (size_t i = 0; i < count; i++) {
        int64_t next;
        if (!words[i].text) {
            next = m->nodes[node].gap_child;
            if (next < 0) {
                next = new_node(b);
                if (next >= 0)
                    m->nodes[node].gap_child = (int32_t)next;
            }
        } else {
            int32_t word = word_of(b, &words[i]);
            next = word < 0 ? -1 : child_on_word(b, node, word);
        }
        if (next < 0)
            return CCK_ENOMEM;
        node = (uint32_t)next;
    }
    void *items = b->pairs;
    if (cck_grow(&items, &b->pair_cap, b->pair_count + 1, sizeof *b->pairs))
        return CCK_ENOMEM;
    b->pairs = items;
    b->pairs[b->pair_count++] = (entry_pair){node, b->entry};
    return CCK_OK;
}

/* One stable counting sort: out receives in[0..count) ordered by key[in[i]], each key
 * below limit. counts has room for limit + 1. */
static void counting_pass(const uint32_t *key, uint32_t limit, const uint32_t *in,
                          uint32_t *out, size_t count, size_t *counts)
{
    memset(counts, 0, (limit + (size_t)1) * sizeof *counts);
    for (size_t i = 0; i < count; i++)
        counts[key[in[i]] + 1]++;
    for (size_t k = 1; k <= limit; k++)
        counts[k] += counts[k - 1];
    for (size_t i = 0; i < count; i++)
        out[counts[key[in[i]]]++] = in[i];
}

/* Room for count items of `size` bytes, not cleared: the sorts below write every item
 * before reading it, and clearing these arrays cost a million instructions. */
static void *uncleared_array(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    return cck_malloc(count * size);
}

/* Sorts count records of `size` bytes by (primary, secondary) key with two stable
 * counting sorts, the secondary key first. The records are the trie's entry pairs,
 * sorted at every start: qsort, a call per comparison, cost
 * five million instructions there, this a few hundred thousand. The order is the one
 * qsort gave, since no two records have the same two keys unless they are equal. */
static int sort_by_keys(void *records, size_t count, size_t size, const uint32_t *primary,
                        const uint32_t *secondary)
{
    uint32_t primary_limit = 0, secondary_limit = 0;
    for (size_t i = 0; i < count; i++) {
        if (primary[i] >= primary_limit)
            primary_limit = primary[i] + 1;
        if (secondary[i] >= secondary_limit)
            secondary_limit = secondary[i] + 1;
    }
    size_t limit = primary_limit > secondary_limit ? primary_limit : secondary_limit;
    uint32_t *order = uncleared_array(count, 2 * sizeof *order);
    size_t *counts = uncleared_array(limit + 1, sizeof *counts); /* counting_pass clears it */
    char *sorted = uncleared_array(count, size);
    int status = CCK_ENOMEM;
    if (order && counts && sorted) {
        uint32_t *by_secondary = order + count;
        for (size_t i = 0; i < count; i++)
            order[i] = (uint32_t)i;
        counting_pass(secondary, secondary_limit, order, by_secondary, count, counts);
        counting_pass(primary, primary_limit, by_secondary, order, count, counts);
        for (size_t i = 0; i < count; i++)
            memcpy(sorted + i * size, (const char *)records + (size_t)order[i] * size, size);
        memcpy(records, sorted, count * size);
        status = CCK_OK;
    }
    cck_free(order);
    cck_free(counts);
    cck_free(sorted);
    return status;
}

static int sort_pairs(builder *b)
{
    size_t n = b->pair_count;
    uint32_t *keys = uncleared_array(n, 2 * sizeof *keys);
    if (!keys)
        return CCK_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        keys[i] = b->pairs[i].node;
        keys[n + i] = b->pairs[i].entry;
    }
    int status = sort_by_keys(b->pairs, n, sizeof *b->pairs, keys, keys + n);
    cck_free(keys);
    return status;
}

/* Freezes the pairs into the sorted entry arrays of the nodes (the edges stay in the
 * map they were built in). */
static int freeze_trie(builder *b)
{
    cck_matcher *m = b->m;
    if (b->pair_count && sort_pairs(b) != CCK_OK)
        return CCK_ENOMEM;
    m->node_entries = cck_calloc(b->pair_count ? b->pair_count : 1, sizeof *m->node_entries);
    if (!m->node_entries)
        return CCK_ENOMEM;
    size_t kept = 0;
    for (size_t i = 0; i < b->pair_count; i++) {
        const entry_pair *p = &b->pairs[i];
        if (i && p->node == b->pairs[i - 1].node && p->entry == b->pairs[i - 1].entry)
            continue; /* two forms of one entry that end on the same node */
        cck_trie_node *node = &m->nodes[p->node];
        if (node->entry_count == 0)
            node->first_entry = (uint32_t)kept;
        node->entry_count++;
        m->node_entries[kept++] = p->entry;
    }
    m->node_entry_count = kept;
    return CCK_OK;
}

static void builder_free(builder *b)
{
    cck_free(b->pairs);
    cck_free(b->id_words);
}

/* ---- patterns ----------------------------------------------------------------------- */

/* ---- which patterns need a digit ------------------------------------------------- */

/* The end of the escape at p[i] == '\\': the escapes whose syntax goes on past their
 * letter (\x35, \0dd, \12, \cX, \p{..}, \N{U+..}, \g{..}, \k<..>) are skipped whole, so
 * that their digits are not mistaken for literal ones. */
static size_t skip_escape(const char *p, size_t n, size_t i)
{
    if (i + 1 >= n)
        return n;
    char c = p[i + 1];
    size_t j = i + 2;
    /* only these take a braced argument; after any other escape a '{' is a quantifier
     * or a literal, read by the caller */
    int braced = c == 'x' || c == 'o' || c == 'N' || c == 'p' || c == 'P' || c == 'g' ||
                 c == 'k';
    if (j < n && braced && (p[j] == '{' || (c == 'k' && (p[j] == '<' || p[j] == '\'')))) {
        char close = p[j] == '{' ? '}' : p[j] == '<' ? '>' : '\'';
        while (j < n && p[j] != close)
            j++;
        return j < n ? j + 1 : n;
    }
    if (c == 'x') {
        for (int k = 0; k < 2 && j < n && cck_ascii_is_xdigit((unsigned char)p[j]); k++)
            j++;
    } else if (c >= '0' && c <= '9') {
        while (j < n && cck_ascii_is_digit((unsigned char)p[j]))
            j++;
    } else if (c == 'c' || c == 'p' || c == 'P' || c == 'g') {
        j += j < n; /* \cX, \pL, \g1 */
        while (c == 'g' && j < n && cck_ascii_is_digit((unsigned char)p[j]))
            j++;
    }
    return j;
}

/* The end of the class at p[i] == '[', and whether it matches only ASCII digits.
 * Sets *unsure when it cannot tell where the class ends. */
static size_t skip_class(const char *p, size_t n, size_t i, int *digits_only, int *unsure)
{
    size_t j = i + 1;
    int only = 1, any = 0;
    if (j < n && p[j] == '^') {
        only = 0;
        j++;
    }
    if (j < n && p[j] == ']') { /* a ']' first is a member */
        only = 0;
        j++;
    }
    while (j < n && p[j] != ']') {
        if (p[j] == '\\') {
            only = 0;
            j = skip_escape(p, n, j);
        } else if (p[j] == '[' && j + 1 < n && p[j + 1] == ':') {
            only = 0; /* [:alpha:]; a "[:" without its ":]" is read otherwise by PCRE2 */
            const char *end = j + 2 < n ? memchr(p + j + 2, ']', n - j - 2) : NULL;
            if (!end || end[-1] != ':' || end - 1 == p + j + 1) {
                *unsure = 1;
                return n;
            }
            j = (size_t)(end - p) + 1;
        } else {
            if (!cck_ascii_is_digit((unsigned char)p[j]) &&
                !(p[j] == '-' && any && j + 1 < n && cck_ascii_is_digit((unsigned char)p[j + 1])))
                only = 0;
            any = 1;
            j++;
        }
    }
    *digits_only = only && any;
    return j < n ? j + 1 : n;
}

/* After an atom at p[i]: skips its quantifier, if any, and says whether it lets the
 * atom match zero times. Sets *unsure on braces with blanks inside, which newer PCRE2
 * versions read as a quantifier ("{ 0}"). */
static size_t skip_quantifier(const char *p, size_t n, size_t i, int *optional, int *unsure)
{
    *optional = 0;
    if (i >= n)
        return i;
    if (p[i] == '?' || p[i] == '*') {
        *optional = 1;
        i++;
    } else if (p[i] == '+') {
        i++;
    } else if (p[i] == '{') {
        /* {m}, {m,}, {m,n} and {,n}: any run of digits and a comma closed by '}' is
         * taken for a quantifier (should PCRE2 read it literally, a digit inside it is
         * only missed, which is safe) */
        for (size_t k = i + 1; k < n && p[k] != '}'; k++) {
            if (p[k] == ' ' || p[k] == '\t') {
                *unsure = 1;
                return n;
            }
            if (!cck_ascii_is_digit((unsigned char)p[k]) && p[k] != ',')
                break;
        }
        size_t j = i + 1, min = 0;
        int min_digits = 0;
        while (j < n && cck_ascii_is_digit((unsigned char)p[j])) {
            min = min > 1000 ? min : min * 10 + (size_t)(p[j] - '0');
            min_digits = 1;
            j++;
        }
        if (j < n && p[j] == ',')
            j++;
        while (j < n && cck_ascii_is_digit((unsigned char)p[j]))
            j++;
        if (j >= n || p[j] != '}')
            return i;
        *optional = !min_digits || min == 0;
        i = j + 1;
    } else {
        return i;
    }
    if (i < n && (p[i] == '+' || p[i] == '?'))
        i++; /* possessive or lazy */
    return i;
}

/* Whether every match of the pattern p[0..n) holds an ASCII digit: some atom at the top
 * level (outside every group, no top-level '|') is a literal digit or a class of digits
 * only, and is not optional. Conservative: anything it does not follow (\Q..\E, a lone
 * \E, (?#..) comments, the x option, a top-level alternation, a "[:" that is not a
 * POSIX class, blanks inside braces) gives 0. A sentence without a digit
 * then cannot match, and is not searched. */
int cck_pattern_needs_digit(const char *p, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        /* \Q..\E quotes, and a lone \E or a (?#..) comment may stand between an atom
         * and its quantifier, where this reading would not see them */
        if (p[i] == '\\' && (p[i + 1] == 'Q' || p[i + 1] == 'E'))
            return 0;
        if (p[i] == '(' && p[i + 1] == '?' && i + 2 < n && p[i + 2] == '#')
            return 0;
        if (p[i] == '(' && p[i + 1] == '?') {
            for (size_t j = i + 2; j < n && (cck_ascii_is_alpha((unsigned char)p[j]) ||
                                             p[j] == '-' || p[j] == '^');
                 j++)
                if (p[j] == 'x')
                    return 0;
        }
    }
    int needs = 0, depth = 0, unsure = 0;
    size_t i = 0;
    while (i < n) {
        char c = p[i];
        int digit_atom = 0;
        if (c == '\\') {
            i = skip_escape(p, n, i);
        } else if (c == '[') {
            i = skip_class(p, n, i, &digit_atom, &unsure);
        } else if (c == '(') {
            depth++;
            i++;
            continue;
        } else if (c == ')') {
            depth -= depth > 0;
            i++;
        } else if (c == '|') {
            if (depth == 0)
                return 0;
            i++;
            continue;
        } else {
            digit_atom = cck_ascii_is_digit((unsigned char)c);
            i++;
        }
        int optional;
        i = skip_quantifier(p, n, i, &optional, &unsure);
        if (digit_atom && depth == 0 && !optional)
            needs = 1;
    }
    return needs && !unsure;
}

int cck_pattern_runs_alone(const char *p, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        if (p[i] == '\\') {
            if (p[i + 1] == 'K' || p[i + 1] == 'G')
                return 0;
            i++; /* an escaped character is no verb */
        } else if (p[i] == '(' && p[i + 1] == '*') {
            return 0;
        }
    }
    return 1;
}

/* A byte every match of code holds, for a search that cheaply rules a text out: the
 * last or first code unit PCRE2 requires, when it is ASCII and no letter (a letter
 * may match in another case, and with PCRE2_UCP even a non-ASCII character); -1 when
 * there is none. */
static int required_byte(const pcre2_code *code)
{
    static const uint32_t type_of[] = {PCRE2_INFO_LASTCODETYPE, PCRE2_INFO_FIRSTCODETYPE};
    static const uint32_t unit_of[] = {PCRE2_INFO_LASTCODEUNIT, PCRE2_INFO_FIRSTCODEUNIT};
    for (size_t k = 0; k < 2; k++) {
        uint32_t type = 0, unit = 0;
        if (pcre2_pattern_info(code, type_of[k], &type) != 0 || type != 1 ||
            pcre2_pattern_info(code, unit_of[k], &unit) != 0)
            continue;
        if (unit < 0x80 && !cck_ascii_is_alpha((unsigned char)unit))
            return (int)unit;
    }
    return -1;
}

/* Compiles each pattern of a group on its own, as (?:pattern) like in the alternation,
 * when all of them may run alone; group->solo stays NULL otherwise, and the combined
 * pattern does all the work. Returns CCK_OK or CCK_ENOMEM. */
static int compile_solo(const cck_engine *engine, cck_pattern_group *group)
{
    const cck_matcher *m = engine->matcher;
    if (group->count > CCK_SOLO_MAX)
        return CCK_OK;
    for (size_t k = group->first; k < group->first + group->count; k++) {
        const char *phrase = engine->entries[m->pattern_entries[k]].phrase;
        if (!cck_pattern_runs_alone(phrase + 1, strlen(phrase) - 2))
            return CCK_OK;
    }
    cck_solo_pattern *solo = cck_calloc(group->count, sizeof *solo);
    if (!solo)
        return CCK_ENOMEM;
    cck_buf source;
    cck_buf_init(&source);
    int status = CCK_OK, usable = 1;
    for (size_t k = 0; k < group->count && status == CCK_OK && usable; k++) {
        const char *phrase = engine->entries[m->pattern_entries[group->first + k]].phrase;
        cck_buf_clear(&source);
        if (cck_buf_puts(&source, "(?:") ||
            cck_buf_append(&source, phrase + 1, strlen(phrase) - 2) ||
            cck_buf_puts(&source, ")")) {
            status = CCK_ENOMEM;
            break;
        }
        int code_error = 0;
        PCRE2_SIZE offset = 0;
        solo[k].code = pcre2_compile((PCRE2_SPTR)source.data, source.len,
                                     CCK_PCRE2_COMPILE_OPTIONS, &code_error, &offset, NULL);
        /* cck_pattern_check compiled it alone like this: only memory should fail */
        if (!solo[k].code && code_error == PCRE2_ERROR_HEAP_FAILED)
            status = CCK_ENOMEM;
        else if (!solo[k].code)
            usable = 0;
        else
            solo[k].jit = pcre2_jit_compile(solo[k].code, PCRE2_JIT_COMPLETE) == 0;
        if (solo[k].code)
            solo[k].required = required_byte(solo[k].code);
    }
    cck_buf_free(&source);
    if (status == CCK_OK && usable) {
        group->solo = solo;
        return CCK_OK;
    }
    for (size_t k = 0; k < group->count; k++)
        pcre2_code_free(solo[k].code);
    cck_free(solo);
    return status;
}

/* Compiles patterns [first, first + count) into one alternation. */
static int compile_group(const cck_engine *engine, cck_pattern_group *group, int *too_large,
                         cck_error *error)
{
    const cck_matcher *m = engine->matcher;
    cck_buf source;
    cck_buf_init(&source);
    int status = CCK_OK;
    *too_large = 0;
    group->needs_digit = 1;
    for (size_t k = group->first; k < group->first + group->count; k++) {
        const cck_entry *entry = &engine->entries[m->pattern_entries[k]];
        size_t n = strlen(entry->phrase);
        if (!cck_pattern_needs_digit(entry->phrase + 1, n - 2))
            group->needs_digit = 0;
        if (cck_buf_puts(&source, k > group->first ? "|(?:" : "(?:") ||
            cck_buf_append(&source, entry->phrase + 1, n - 2) ||
            cck_buf_printf(&source, ")(*MARK:%zu)", k)) {
            status = cck_error_set(error, CCK_ENOMEM, NULL, 0, 0, "out of memory");
            goto fail;
        }
    }
    int code_error = 0;
    PCRE2_SIZE offset = 0;
    group->code = pcre2_compile((PCRE2_SPTR)source.data, source.len,
                                CCK_PCRE2_COMPILE_OPTIONS | PCRE2_DUPNAMES, &code_error,
                                &offset, NULL);
    if (!group->code) {
        if (code_error == PCRE2_ERROR_PATTERN_TOO_LARGE && group->count > 1) {
            *too_large = 1;
            goto fail;
        }
        PCRE2_UCHAR text[256];
        if (pcre2_get_error_message(code_error, text, sizeof text) < 0)
            snprintf((char *)text, sizeof text, "PCRE2 error %d", code_error);
        const cck_entry *entry = &engine->entries[m->pattern_entries[group->first]];
        status = cck_error_set(error, code_error == PCRE2_ERROR_HEAP_FAILED ? CCK_ENOMEM
                                                                            : CCK_ESYNTAX,
                               entry->source, entry->line, 0,
                               "combining the /patterns/ failed: %s", (const char *)text);
        goto fail;
    }
    group->jit = pcre2_jit_compile(group->code, PCRE2_JIT_COMPLETE) == 0;
    if (compile_solo(engine, group) != CCK_OK) {
        pcre2_code_free(group->code);
        group->code = NULL;
        status = cck_error_set(error, CCK_ENOMEM, NULL, 0, 0, "out of memory");
    }
fail:
    cck_buf_free(&source);
    return status;
}

/* Joins every /pattern/ entry into as few combined patterns as PCRE2 accepts (one,
 * unless the compiled alternation would be too large). */
static int compile_patterns(cck_engine *engine, cck_error *error)
{
    cck_matcher *m = engine->matcher;
    for (size_t i = 0; i < engine->entry_count; i++)
        m->pattern_count += engine->entries[i].is_pattern;
    if (m->pattern_count == 0)
        return CCK_OK;
    m->pattern_entries = cck_calloc(m->pattern_count, sizeof *m->pattern_entries);
    /* at most one group per pattern */
    m->groups = cck_calloc(m->pattern_count, sizeof *m->groups);
    size_t *todo = cck_calloc(m->pattern_count * 2, sizeof *todo);
    int status = CCK_OK;
    if (!m->pattern_entries || !m->groups || !todo) {
        status = cck_error_set(error, CCK_ENOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    size_t k = 0;
    for (size_t i = 0; i < engine->entry_count; i++)
        if (engine->entries[i].is_pattern)
            m->pattern_entries[k++] = (uint32_t)i;
    /* ranges to compile, processed first to last; a too-large range splits in two */
    size_t todo_count = 0;
    todo[todo_count++] = m->pattern_count; /* pushed as (first, count) in reverse */
    todo[todo_count++] = 0;
    while (todo_count) {
        size_t first = todo[--todo_count];
        size_t count = todo[--todo_count];
        cck_pattern_group *group = &m->groups[m->group_count];
        *group = (cck_pattern_group){NULL, 0, 0, first, count, NULL};
        int too_large = 0;
        status = compile_group(engine, group, &too_large, error);
        if (status)
            goto fail;
        if (too_large) {
            size_t half = count / 2;
            todo[todo_count++] = count - half;
            todo[todo_count++] = first + half;
            todo[todo_count++] = half;
            todo[todo_count++] = first;
            continue;
        }
        m->group_count++;
    }
fail:
    cck_free(todo);
    return status;
}

/* ---- the engine ----------------------------------------------------------------------- */

unsigned cck_replacement_traits(const char *repl)
{
    if (!repl)
        return 0;
    unsigned traits = 0;
    static const char *const modals[] = {"may", "might", "can", "could"};
    if (cck_word_in(repl, strcspn(repl, " "), modals, CCK_ARRAY_LEN(modals)))
        traits |= CCK_REPL_MODAL_FIRST;
    if (strncmp(repl, "not ", 4) == 0)
        traits |= CCK_REPL_NOT;
    const char *tail = strrchr(repl, ' ');
    if (tail && strcmp(tail + 1, "patients") == 0 && strstr(repl, "help"))
        traits |= CCK_REPL_HELP_PATIENTS;
    static const char *const needs_object[] = {"of", "with", "from", "for", "to", "against",
                                               "about"};
    const char *last = tail ? tail + 1 : repl;
    if (cck_word_in(last, strlen(last), needs_object, CCK_ARRAY_LEN(needs_object)))
        traits |= CCK_REPL_NEEDS_OBJECT;
    static const char patients_with[] = "patients with";
    size_t rn = strlen(repl), pn = sizeof patients_with - 1;
    if (rn >= pn && strcmp(repl + rn - pn, patients_with) == 0)
        traits |= CCK_REPL_PATIENTS_WITH;
    return traits;
}

/* Copies the entries with all their strings in one block. */
static int copy_entries(cck_engine *engine, const cck_lexicon *lexicon)
{
    size_t total = 1;
    for (size_t i = 0; i < lexicon->count; i++) {
        const cck_entry *entry = &lexicon->entries[i];
        size_t n = strlen(entry->phrase) + 1 + strlen(entry->source) + 1 +
                   (entry->suggestion ? strlen(entry->suggestion) + 1 : 0);
        if (n > SIZE_MAX - total)
            return CCK_ENOMEM;
        total += n;
    }
    engine->entries = cck_calloc(lexicon->count ? lexicon->count : 1, sizeof *engine->entries);
    engine->matcher->strings = cck_malloc(total);
    if (!engine->entries || !engine->matcher->strings)
        return CCK_ENOMEM;
    char *at = engine->matcher->strings;
    for (size_t i = 0; i < lexicon->count; i++) {
        const cck_entry *from = &lexicon->entries[i];
        cck_entry *to = &engine->entries[i];
        *to = *from;
        const char *texts[3] = {from->phrase, from->source, from->suggestion};
        char **dest[3] = {&to->phrase, &to->source, &to->suggestion};
        for (size_t t = 0; t < 3; t++) {
            if (!texts[t])
                continue;
            size_t n = strlen(texts[t]) + 1;
            memcpy(at, texts[t], n);
            *dest[t] = at;
            at += n;
        }
        to->repl_traits = (uint8_t)cck_replacement_traits(to->suggestion);
    }
    engine->entry_count = lexicon->count;
    return CCK_OK;
}

static int build_trie(cck_engine *engine, cck_error *error)
{
    builder b;
    memset(&b, 0, sizeof b);
    b.m = engine->matcher;
    cck_buf_init(&b.word_text);
    int status = CCK_OK;
    /* one expander for all the entries: a word is checked and normalized once */
    cck_phrase_expander *expander = cck_phrase_expander_new();
    if (!expander || new_node(&b) < 0 || grow_word_slots(b.m)) {
        status = CCK_ENOMEM;
        goto fail;
    }
    for (size_t i = 0; i < engine->entry_count; i++) {
        const cck_entry *entry = &engine->entries[i];
        if (entry->is_pattern)
            continue;
        if (i > UINT32_MAX) {
            status = cck_error_set(error, CCK_ELIMIT, entry->source, entry->line, 0,
                                   "too many lexicon entries");
            goto fail;
        }
        b.entry = (uint32_t)i;
        cck_phrase_problem problem;
        status = cck_phrase_expander_run(expander, entry->phrase, strlen(entry->phrase),
                                         insert_form, &b, &problem);
        if (status == CCK_ESYNTAX) {
            cck_error_set(error, status, entry->source, entry->line, 0, "%s", problem.message);
            goto fail;
        }
        if (status)
            goto fail;
    }
    status = freeze_trie(&b);
fail:
    if (status == CCK_ENOMEM)
        cck_error_set(error, status, NULL, 0, 0, "out of memory");
    /* the word text belongs to the matcher from here on */
    b.m->word_text = b.word_text.data;
    builder_free(&b);
    cck_phrase_expander_free(expander);
    return status;
}

/* The options live in the engine, so they start here (the scanner reads them). */
void cck_options_init(cck_options *options)
{
    if (!options)
        return;
    memset(options, 0, sizeof *options);
    options->max_record_bytes = (size_t)64 << 20;
}

/* Points the matcher at the snapshot's arrays when it was built from these entries. */
static int borrow_snapshot(cck_engine *engine)
{
    const cck_trie_snapshot *snap = cck_trie_snapshot_default();
    if (!cck_trie_snapshot_fits(snap, engine->entries, engine->entry_count))
        return 0;
    cck_matcher *m = engine->matcher;
    /* read only from here on, like a trie this engine built */
    m->word_text = (char *)snap->word_text;
    m->words = (cck_word *)snap->words;
    m->word_count = snap->word_count;
    m->slots = (cck_word_slot *)snap->slots;
    m->slot_mask = snap->slot_mask;
    m->nodes = (cck_trie_node *)snap->nodes;
    m->node_count = snap->node_count;
    m->edge_keys = (uint64_t *)snap->edge_keys;
    m->edge_children = (uint32_t *)snap->edge_children;
    m->edge_mask = snap->edge_mask;
    m->edge_shift = snap->edge_shift;
    m->node_entries = (uint32_t *)snap->node_entries;
    m->node_entry_count = snap->node_entry_count;
    m->borrowed = 1;
    return 1;
}

int cck_engine_new(const cck_lexicon *lexicon, const cck_options *options, cck_engine **engine,
                   cck_error *error)
{
    return cck_engine_new_with(lexicon, options, 1, engine, error);
}

int cck_engine_new_with(const cck_lexicon *lexicon, const cck_options *options,
                        int use_snapshot, cck_engine **engine, cck_error *error)
{
    if (!engine)
        return cck_error_set(error, CCK_EINVAL, NULL, 0, 0, "invalid argument");
    *engine = NULL;
    if (!lexicon)
        return cck_error_set(error, CCK_EINVAL, NULL, 0, 0, "invalid argument");
    int status = CCK_ENOMEM;
    cck_engine *e = cck_calloc(1, sizeof *e);
    if (!e)
        goto fail;
    if (options)
        e->options = *options;
    else
        cck_options_init(&e->options);
    if (e->options.regex_match_limit == 0)
        e->options.regex_match_limit = CCK_REGEX_MATCH_LIMIT_DEFAULT;
    if (e->options.regex_depth_limit == 0)
        e->options.regex_depth_limit = CCK_REGEX_DEPTH_LIMIT_DEFAULT;
    e->matcher = cck_calloc(1, sizeof *e->matcher);
    if (!e->matcher)
        goto fail;
    status = copy_entries(e, lexicon);
    if (status)
        goto fail;
    if (!(use_snapshot && borrow_snapshot(e))) {
        status = build_trie(e, error);
        if (status)
            goto fail;
    }
    status = compile_patterns(e, error);
    if (status)
        goto fail;
    *engine = e;
    return CCK_OK;
fail:
    if (status == CCK_ENOMEM)
        cck_error_set(error, status, NULL, 0, 0, "out of memory");
    cck_engine_free(e);
    return status;
}

void cck_engine_free(cck_engine *engine)
{
    if (!engine)
        return;
    cck_matcher *m = engine->matcher;
    if (m) {
        for (size_t g = 0; g < m->group_count; g++) {
            pcre2_code_free(m->groups[g].code);
            for (size_t k = 0; m->groups[g].solo && k < m->groups[g].count; k++)
                pcre2_code_free(m->groups[g].solo[k].code);
            cck_free(m->groups[g].solo);
        }
        cck_free(m->groups);
        cck_free(m->pattern_entries);
        if (!m->borrowed) {
            cck_free(m->node_entries);
            cck_free(m->edge_keys);
            cck_free(m->edge_children);
            cck_free(m->nodes);
            cck_free(m->slots);
            cck_free(m->words);
            cck_free(m->word_text);
        }
        cck_free(m->strings);
        cck_free(m);
    }
    cck_free(engine->entries);
    cck_free(engine);
}
