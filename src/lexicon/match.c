/* match.c - the hot path: word ids for tokens (one hash probe each), phrase matches by
 * walking the token trie inside each sentence, and /pattern/ matches with PCRE2. */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lexicon/lexicon_private.h"

int cck_match_vec_push(cck_match_vec *vec, const cck_match *match)
{
    if (vec->count < vec->cap) { /* the common case, without a call into cck_grow */
        vec->items[vec->count++] = *match;
        return CCK_OK;
    }
    void *items = vec->items;
    if (vec->count == SIZE_MAX ||
        cck_grow(&items, &vec->cap, vec->count + 1, sizeof *vec->items))
        return CCK_ENOMEM;
    vec->items = items;
    vec->items[vec->count++] = *match;
    return CCK_OK;
}

void cck_match_vec_free(cck_match_vec *vec)
{
    if (!vec)
        return;
    cck_free(vec->items);
    vec->items = NULL;
    vec->count = 0;
    vec->cap = 0;
}

/* ---- phrases -------------------------------------------------------------------------- */

/* The word table, copied out of the matcher into locals once per record: the loop
 * that looks up every token stores each token's word, which the compiler cannot tell
 * apart from the matcher's fields, so it would load them again for every token. */
typedef struct word_table {
    const cck_word_slot *slots;
    size_t slot_mask;
    const cck_word *words;
    const char *word_text;
} word_table;

static inline int32_t lookup_word(const word_table *table, const char *s, size_t n,
                                  uint32_t hash)
{
    size_t at = hash & table->slot_mask;
    for (;;) {
        const cck_word_slot *slot = &table->slots[at];
        if (slot->id < 0)
            return -1;
        if (slot->hash == hash) {
            const cck_word *word = &table->words[slot->id];
            if (word->len == n && cck_same_bytes(table->word_text + word->offset, s, n))
                return slot->id;
        }
        at = (at + 1) & table->slot_mask;
    }
}

static int is_word_kind(const cck_token *token)
{
    return token->kind == CCK_TOKEN_WORD || token->kind == CCK_TOKEN_NUMBER ||
           token->kind == CCK_TOKEN_HASHTAG;
}

/* Whether token `at` (PUNCT, with a token on each side) is a '-' glued to a word on
 * both sides, as in "risk-free". */
static int glued_hyphen(const cck_text *text, size_t at)
{
    const cck_token *t = &text->tokens[at];
    return t->norm_len == 1 && text->norm.data[t->norm] == '-' &&
           !(t->flags & CCK_TOKEN_SPACE_BEFORE) &&
           !(text->tokens[at + 1].flags & CCK_TOKEN_SPACE_BEFORE) &&
           is_word_kind(&text->tokens[at - 1]) && is_word_kind(&text->tokens[at + 1]);
}

/* Skips the '-' of a hyphenated word ("risk-free") so that it reads like "risk free".
 * Called for every step of a walk: the test that rules out most tokens (not
 * punctuation) comes first and stays small enough to inline. */
static inline size_t skip_hyphen(const cck_text *text, const cck_token *tokens, size_t at,
                                 size_t end)
{
    if (at + 1 >= end || at == 0 || tokens[at].kind != CCK_TOKEN_PUNCT)
        return at;
    return glued_hyphen(text, at) ? at + 1 : at;
}

/* The trie and its edge map, copied out of the matcher into a local once per call,
 * as the word table is: the walks store matches and states between their steps,
 * and the compiler, unable to tell those stores from the matcher's fields, would
 * load the fields again at every step. */
typedef struct trie_view {
    const cck_trie_node *nodes;
    const uint32_t *node_entries;
    const uint64_t *edge_keys;
    const uint32_t *edge_children;
    size_t edge_mask;
    unsigned edge_shift;
} trie_view;

static inline trie_view view_of(const cck_matcher *m)
{
    trie_view view = {m->nodes,         m->node_entries, m->edge_keys,
                      m->edge_children, m->edge_mask,    m->edge_shift};
    return view;
}

/* The child of node `node` on word `word`, or -1. The node must have edges (the map
 * is then there). */
static inline int32_t find_edge(const trie_view *m, uint32_t node, int32_t word)
{
    uint64_t key = ((uint64_t)node << 32) | (uint32_t)word;
    size_t at = cck_edge_slot(key, m->edge_shift);
    for (;;) {
        uint64_t have = m->edge_keys[at];
        if (have == key)
            return (int32_t)m->edge_children[at];
        if (have == 0)
            return -1;
        at = (at + 1) & m->edge_mask;
    }
}

typedef struct walk_state {
    uint32_t node;
    uint32_t next;    /* the token to read next */
    uint32_t last;    /* the last token read */
    uint32_t gap_at;  /* first gap: its first token, and how many it skipped */
    uint32_t gap_len;
    uint8_t has_gap;
} walk_state;

/* A gap skips words, and the apostrophe of a plural possessive ("runners' knees"). */
static int gap_can_skip(const cck_text *text, size_t at)
{
    const cck_token *t = &text->tokens[at];
    if (is_word_kind(t))
        return 1;
    return t->kind == CCK_TOKEN_PUNCT && t->norm_len == 1 && text->norm.data[t->norm] == '\'';
}

/* Enough for a 32-word phrase whose every gap branches five ways. */
#define WALK_STACK 512

/* Orders one start token's matches by decreasing length, then entry, without
 * duplicates (two forms of an entry can match the same tokens). */
static void sort_segment(cck_match_vec *out, size_t from)
{
    cck_match *items = out->items;
    for (size_t i = from + 1; i < out->count; i++) {
        cck_match item = items[i];
        size_t j = i;
        while (j > from && (items[j - 1].last_token < item.last_token ||
                            (items[j - 1].last_token == item.last_token &&
                             items[j - 1].entry > item.entry))) {
            items[j] = items[j - 1];
            j--;
        }
        items[j] = item;
    }
    size_t kept = from;
    for (size_t i = from; i < out->count; i++) {
        if (i > from && items[i].last_token == items[kept - 1].last_token &&
            items[i].entry == items[kept - 1].entry)
            continue;
        items[kept++] = items[i];
    }
    out->count = kept;
}

/* Appends a match: the room is usually there already. */
static inline int push_match(cck_match_vec *out, const cck_match *match)
{
    if (out->count < out->cap) {
        out->items[out->count++] = *match;
        return CCK_OK;
    }
    return cck_match_vec_push(out, match);
}

/* Every match starting at token `start` of a sentence whose tokens end at `end`, from
 * trie node `first`, reached by reading tokens up to `last` without a gap (the start
 * word's node: last = start). Most walks stop at that node, so it is taken without a
 * trip through the stack, and the sort is skipped when a single visit gave all the
 * matches: they then share their last token, and one node's entries are in order
 * without duplicates (freeze_trie). */
static int walk_from(const trie_view *m, const cck_text *text, size_t start, size_t end,
                     int32_t first, size_t last, cck_match_vec *out)
{
    const cck_token *tokens = text->tokens;
    walk_state stack[WALK_STACK];
    size_t depth = 0, from = out->count, visits = 0;
    walk_state state = {(uint32_t)first, (uint32_t)(last + 1), (uint32_t)last, 0, 0, 0};
    for (;;) {
        const cck_trie_node *node = &m->nodes[state.node];
        visits += node->entry_count != 0;
        for (uint32_t i = 0; i < node->entry_count; i++) {
            cck_match match = {m->node_entries[node->first_entry + i], (uint32_t)start,
                               state.last, tokens[start].start,
                               tokens[state.last].end, state.gap_at, state.gap_len,
                               state.has_gap};
            if (push_match(out, &match))
                return CCK_ENOMEM;
        }
        size_t at = skip_hyphen(text, tokens, state.next, end);
        if (node->edge_count && at < end && tokens[at].word >= 0 &&
            depth < WALK_STACK) {
            int32_t child = find_edge(m, state.node, tokens[at].word);
            if (child >= 0)
                stack[depth++] = (walk_state){(uint32_t)child, (uint32_t)(at + 1), (uint32_t)at,
                                              state.gap_at, state.gap_len, state.has_gap};
        }
        if (node->gap_child >= 0) {
            /* Most nodes after a gap only lead on (no entry, no gap of their own): the
             * state for each gap length would be popped just to look for the edge of
             * the token after the gap, which most tokens lack. Such a node's step is
             * taken here, and only the child it reaches goes on the stack, where the
             * state would have put it, so the walk visits the same nodes in the same
             * order. */
            const cck_trie_node *gap_node = &m->nodes[node->gap_child];
            int plain = gap_node->entry_count == 0 && gap_node->gap_child < 0;
            size_t skip_at = state.next;
            for (int skipped = 0; depth < WALK_STACK; skipped++) {
                walk_state next = {(uint32_t)node->gap_child, (uint32_t)skip_at, state.last,
                                   state.gap_at, state.gap_len, state.has_gap};
                if (!state.has_gap) {
                    next.has_gap = 1;
                    next.gap_at = state.next;
                    next.gap_len = (uint32_t)(skip_at - state.next);
                }
                size_t word_at = skip_hyphen(text, tokens, skip_at, end);
                if (!plain) {
                    stack[depth++] = next;
                } else if (gap_node->edge_count && word_at < end &&
                           tokens[word_at].word >= 0) {
                    int32_t child =
                        find_edge(m, (uint32_t)node->gap_child, tokens[word_at].word);
                    if (child >= 0) {
                        next.node = (uint32_t)child;
                        next.next = (uint32_t)(word_at + 1);
                        next.last = (uint32_t)word_at;
                        stack[depth++] = next;
                    }
                }
                if (skipped == CCK_PHRASE_GAP_MAX)
                    break;
                skip_at = word_at;
                if (skip_at >= end || !gap_can_skip(text, skip_at))
                    break;
                skip_at++;
            }
        }
        if (!depth)
            break;
        state = stack[--depth];
    }
    if (visits > 1)
        sort_segment(out, from);
    return CCK_OK;
}

int cck_matcher_find_phrases(const cck_engine *engine, cck_text *text, cck_match_vec *out)
{
    if (!engine || !text || !out)
        return CCK_EINVAL;
    const cck_matcher *m = engine->matcher;
    cck_token *tokens = text->tokens;
    const word_table table = {m->slots, m->slot_mask, m->words, m->word_text};
    const char *norm = text->norm.data;
    for (size_t i = 0, count = text->token_count; i < count; i++) {
        cck_token *token = &tokens[i];
        int32_t word = -1;
        if (token->kind <= CCK_TOKEN_HASHTAG)
            word = lookup_word(&table, norm + token->norm, token->norm_len, token->hash);
        token->word = word;
    }
    const cck_word *words = table.words;
    const trie_view view = view_of(m);
    size_t sentences = text->sentence_count ? text->sentence_count : 1;
    for (size_t s = 0; s < sentences; s++) {
        size_t first = 0;
        size_t end = text->token_count;
        if (text->sentence_count) {
            first = text->sentences[s].first_token;
            end = first + text->sentences[s].token_count;
        }
        for (size_t i = first; i < end; i++) {
            /* most words of the lexicon only go on a phrase, they do not start one */
            int32_t root_child;
            if (tokens[i].word < 0 || (root_child = words[tokens[i].word].root_child) < 0)
                continue;
            /* Most walks never branch: they read words without a gap and end at the
             * first node whose next token has no edge, its entries the only matches
             * (in order, without duplicates, freeze_trie). Those steps are taken here,
             * without the call and its stack; walk_from is left the walks that reach a
             * gap, or a node with entries and a way on, which may match more than once.
             * What walk_from would do after a step with nothing to match is the walk
             * from the edge's child. */
            const cck_trie_node *node = &view.nodes[root_child];
            size_t last = i;
            int walk = 1;
            while (node->gap_child < 0) {
                size_t at = skip_hyphen(text, tokens, last + 1, end);
                int32_t child = -1;
                if (node->edge_count && at < end && tokens[at].word >= 0)
                    child = find_edge(&view, (uint32_t)root_child, tokens[at].word);
                if (child < 0) {
                    for (uint32_t k = 0; k < node->entry_count; k++) {
                        cck_match match = {view.node_entries[node->first_entry + k], (uint32_t)i,
                                           (uint32_t)last, tokens[i].start, tokens[last].end,
                                           0, 0, 0};
                        if (push_match(out, &match))
                            return CCK_ENOMEM;
                    }
                    walk = 0;
                    break;
                }
                if (node->entry_count)
                    break;
                root_child = child;
                last = at;
                node = &view.nodes[child];
            }
            if (!walk)
                continue;
            int status = walk_from(&view, text, i, end, root_child, last, out);
            if (status)
                return status;
        }
    }
    return CCK_OK;
}

/* ---- patterns ------------------------------------------------------------------------- */

struct cck_match_scratch {
    pcre2_match_data *data;
    pcre2_match_context *context;
    pcre2_jit_stack *jit_stack;
    unsigned char *pad; /* a piece copied between defined bytes (padded_piece) */
    size_t pad_cap;
};

cck_match_scratch *cck_match_scratch_new(const cck_engine *engine)
{
    if (!engine)
        return NULL;
    cck_match_scratch *scratch = cck_calloc(1, sizeof *scratch);
    if (!scratch)
        return NULL;
    scratch->data = pcre2_match_data_create(1, NULL);
    scratch->context = pcre2_match_context_create(NULL);
    if (!scratch->data || !scratch->context)
        goto fail;
    pcre2_set_match_limit(scratch->context, engine->options.regex_match_limit);
    pcre2_set_depth_limit(scratch->context, engine->options.regex_depth_limit);
    pcre2_set_heap_limit(scratch->context, CCK_REGEX_HEAP_LIMIT_KIB);
    if (engine->matcher && engine->matcher->group_count) {
        /* the JIT's own stack: 32 KiB growing to 1 MiB, per thread */
        scratch->jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
        if (scratch->jit_stack)
            pcre2_jit_stack_assign(scratch->context, NULL, scratch->jit_stack);
    }
    return scratch;
fail:
    cck_match_scratch_free(scratch);
    return NULL;
}

void cck_match_scratch_free(cck_match_scratch *scratch)
{
    if (!scratch)
        return;
    pcre2_match_data_free(scratch->data);
    pcre2_match_context_free(scratch->context);
    pcre2_jit_stack_free(scratch->jit_stack);
    cck_free(scratch->pad);
    cck_free(scratch);
}

int cck_matcher_has_patterns(const cck_engine *engine)
{
    return engine && engine->matcher && engine->matcher->group_count > 0;
}

/* The first token whose end is after offset. */
static size_t token_after(const cck_text *text, size_t offset)
{
    size_t lo = 0;
    size_t hi = text->token_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (text->tokens[mid].end <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The number of tokens that start before offset. */
static size_t tokens_before(const cck_text *text, size_t offset)
{
    size_t lo = 0;
    size_t hi = text->token_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (text->tokens[mid].start < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int is_limit(int rc)
{
    return rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
           rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT;
}

/* Records pattern k's match [match_start, match_end) of the piece at `start`, with
 * the tokens it overlaps. */
static int push_pattern_match(const cck_matcher *m, const cck_text *text, size_t k,
                              size_t start, size_t match_start, size_t match_end,
                              cck_match_vec *out)
{
    size_t first = token_after(text, start + match_start);
    size_t count = tokens_before(text, start + match_end);
    size_t last = count ? count - 1 : 0;
    if (first >= text->token_count)
        first = last;
    if (last < first)
        last = first;
    cck_match match = {m->pattern_entries[k], (uint32_t)first, (uint32_t)last,
                       start + match_start, start + match_end, 0, 0, 0};
    return cck_match_vec_push(out, &match);
}

/* Where the next search starts after the match [match_start, match_end) of subject. */
static size_t after_match(PCRE2_SPTR subject, size_t length, size_t match_start,
                          size_t match_end)
{
    if (match_end > match_start)
        return match_end;
    /* an empty match: step over one character */
    size_t at = match_end + 1;
    while (at < length && (subject[at] & 0xC0) == 0x80)
        at++;
    return at;
}

/* Runs one combined pattern over buf[start, end) (matches never cross it). */
static int run_group(const cck_matcher *m, const cck_pattern_group *group,
                     cck_match_scratch *scratch, const cck_text *text, size_t start, size_t end,
                     cck_match_vec *out)
{
    PCRE2_SPTR subject = (PCRE2_SPTR)text->buf + start;
    size_t length = end - start;
    size_t at = 0;
    uint32_t checked = 0;
    while (at <= length) {
        int rc = group->jit ? pcre2_jit_match(group->code, subject, length, at, 0,
                                              scratch->data, scratch->context)
                            : pcre2_match(group->code, subject, length, at, checked,
                                          scratch->data, scratch->context);
        checked = PCRE2_NO_UTF_CHECK;
        if (rc == PCRE2_ERROR_NOMATCH)
            return CCK_OK;
        if (is_limit(rc))
            return CCK_ELIMIT;
        if (rc == PCRE2_ERROR_NOMEMORY)
            return CCK_ENOMEM;
        if (rc < 0)
            return CCK_EINVAL;
        PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(scratch->data);
        size_t match_start = ovector[0];
        size_t match_end = ovector[1];
        PCRE2_SPTR mark = pcre2_get_mark(scratch->data);
        if (match_end > match_start && mark) {
            size_t k = 0;
            int valid = *mark != 0;
            for (PCRE2_SPTR c = mark; *c && valid; c++) {
                valid = *c >= '0' && *c <= '9' && k <= SIZE_MAX / 10 - 1;
                k = k * 10 + (size_t)(*c - '0');
            }
            if (valid && k < m->pattern_count &&
                push_pattern_match(m, text, k, start, match_start, match_end, out))
                return CCK_ENOMEM;
        }
        at = after_match(subject, length, match_start, match_end);
    }
    return CCK_OK;
}

/* The leftmost match of solo pattern k in subject[at, length): 1 with its span, 0 when
 * there is none, or a PCRE2 error. */
static int solo_search(const cck_solo_pattern *solo, cck_match_scratch *scratch,
                       PCRE2_SPTR subject, size_t length, size_t at, uint32_t options,
                       size_t *match_start, size_t *match_end)
{
    /* a byte every match holds is not there: no match, without the call */
    if (solo->required >= 0 && !memchr(subject + at, solo->required, length - at))
        return 0;
    int rc = solo->jit ? pcre2_jit_match(solo->code, subject, length, at, 0, scratch->data,
                                         scratch->context)
                       : pcre2_match(solo->code, subject, length, at, options, scratch->data,
                                     scratch->context);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0)
        return rc;
    PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(scratch->data);
    *match_start = ovector[0];
    *match_end = ovector[1];
    return 1;
}

/* Bytes of defined padding on each side of a padded piece: more than the widest load
 * PCRE2's JIT makes when it scans for a pattern's first bytes. */
#define PIECE_PAD 64

/* buf[start, end) copied between PIECE_PAD zero bytes on each side. A solo pattern
 * with a known first byte is searched by the JIT with 16- or 32-byte loads that may
 * reach past the subject's ends (never across a page); those bytes belong to the
 * caller and may never have been written, which memcheck reports as a jump on
 * uninitialised values. The copy makes every byte it can reach defined. NULL when
 * memory runs out. */
static PCRE2_SPTR padded_piece(cck_match_scratch *scratch, const char *buf, size_t start,
                               size_t end)
{
    size_t length = end - start;
    if (length > SIZE_MAX - 2 * PIECE_PAD)
        return NULL;
    size_t need = length + 2 * PIECE_PAD;
    if (need > scratch->pad_cap) {
        unsigned char *pad = cck_malloc(need);
        if (!pad)
            return NULL;
        cck_free(scratch->pad);
        scratch->pad = pad;
        scratch->pad_cap = need;
        memset(pad, 0, PIECE_PAD);
    }
    memcpy(scratch->pad + PIECE_PAD, buf + start, length);
    memset(scratch->pad + PIECE_PAD + length, 0, PIECE_PAD);
    return scratch->pad + PIECE_PAD;
}

/* What run_group finds, from the group's patterns searched one at a time. At each
 * position the alternation tries its patterns in order and takes the first that
 * matches there, so its next match from `at` is the leftmost of the patterns' own next
 * matches, the first pattern winning a tie, with the same end. Each pattern's next
 * match is kept until the search passes its start: it is still the leftmost one from
 * there (no pattern here depends on where a search starts, cck_pattern_runs_alone).
 * Any error (a limit) discards what was found, and the combined pattern runs the piece
 * as before, so errors are those of the combined search. `subject` is the piece,
 * buf[start, end), as padded_piece copied it. */
static int run_group_solo(const cck_matcher *m, const cck_pattern_group *group,
                          cck_match_scratch *scratch, const cck_text *text, size_t start,
                          size_t end, PCRE2_SPTR subject, cck_match_vec *out)
{
    size_t length = end - start, from = out->count;
    size_t next_start[CCK_SOLO_MAX], next_end[CCK_SOLO_MAX];
    size_t count = group->count, at = 0;
    int rc = 0;
    for (size_t k = 0; k < count; k++) {
        rc = solo_search(&group->solo[k], scratch, subject, length, 0, 0, &next_start[k],
                         &next_end[k]);
        if (rc < 0)
            goto fallback;
        if (rc == 0)
            next_start[k] = SIZE_MAX; /* none from here on */
    }
    for (;;) {
        size_t win = SIZE_MAX, win_start = SIZE_MAX;
        for (size_t k = 0; k < count; k++) {
            if (next_start[k] < win_start) {
                win = k;
                win_start = next_start[k];
            }
        }
        if (win == SIZE_MAX)
            break;
        size_t win_end = next_end[win];
        if (win_end > win_start &&
            push_pattern_match(m, text, group->first + win, start, win_start, win_end, out))
            return CCK_ENOMEM;
        at = after_match(subject, length, win_start, win_end);
        if (at > length)
            break;
        for (size_t k = 0; k < count; k++) {
            if (next_start[k] == SIZE_MAX || next_start[k] >= at)
                continue;
            rc = solo_search(&group->solo[k], scratch, subject, length, at,
                             PCRE2_NO_UTF_CHECK, &next_start[k], &next_end[k]);
            if (rc < 0)
                goto fallback;
            if (rc == 0)
                next_start[k] = SIZE_MAX;
        }
    }
    return CCK_OK;
fallback:
    out->count = from;
    return run_group(m, group, scratch, text, start, end, out);
}

/* Orders out->items[from..] by start, then by decreasing end. */
static void sort_by_start(cck_match_vec *out, size_t from)
{
    cck_match *items = out->items;
    for (size_t i = from + 1; i < out->count; i++) {
        cck_match item = items[i];
        size_t j = i;
        while (j > from && (items[j - 1].start > item.start ||
                            (items[j - 1].start == item.start && items[j - 1].end < item.end))) {
            items[j] = items[j - 1];
            j--;
        }
        items[j] = item;
    }
}

/* Whether s[0..len) holds an ASCII digit. */
static int has_ascii_digit(const char *s, size_t len)
{
    size_t i = 0;
#ifdef __SSE2__
    for (; len - i >= 16; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        /* as signed bytes, '0'..'9' lie between '/' and ':'; bytes >= 0x80 are negative */
        __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('/')),
                                      _mm_cmplt_epi8(x, _mm_set1_epi8(':')));
        if (_mm_movemask_epi8(digit))
            return 1;
    }
#endif
    for (; i < len; i++)
        if (cck_ascii_is_digit((unsigned char)s[i]))
            return 1;
    return 0;
}

/* Runs every group over one piece (a sentence, or the range when no sentences). */
static int run_piece(const cck_matcher *m, cck_match_scratch *scratch, const cck_text *text,
                     size_t start, size_t end, cck_match_vec *out)
{
    int result = CCK_OK;
    size_t from = out->count;
    int digit = -1;           /* not looked for yet */
    PCRE2_SPTR padded = NULL; /* the piece between defined bytes, made once for all groups */
    for (size_t g = 0; g < m->group_count; g++) {
        if (m->groups[g].needs_digit) {
            if (digit < 0)
                digit = has_ascii_digit(text->buf + start, end - start);
            if (!digit)
                continue; /* none of its patterns can match here */
        }
        if (m->groups[g].solo && !padded &&
            !(padded = padded_piece(scratch, text->buf, start, end)))
            return CCK_ENOMEM;
        int status = m->groups[g].solo
                         ? run_group_solo(m, &m->groups[g], scratch, text, start, end, padded, out)
                         : run_group(m, &m->groups[g], scratch, text, start, end, out);
        if (status == CCK_ENOMEM || status == CCK_EINVAL)
            return status;
        if (status)
            result = status;
    }
    if (m->group_count > 1)
        sort_by_start(out, from);
    return result;
}

int cck_matcher_find_patterns(const cck_engine *engine, cck_match_scratch *scratch,
                              const cck_text *text, size_t start, size_t end,
                              cck_match_vec *out)
{
    if (!engine || !scratch || !text || !out || start > end || end > text->len)
        return CCK_EINVAL;
    const cck_matcher *m = engine->matcher;
    if (!m || m->group_count == 0 || start == end)
        return CCK_OK;
    int result = CCK_OK;
    if (text->sentence_count == 0)
        return run_piece(m, scratch, text, start, end, out);
    /* one sentence at a time: matches never cross a sentence, and a limit reached in
     * one sentence does not stop the others. Sentences are in order: start at the
     * first that ends after `start` and stop at the first that begins at `end`, so a
     * call per sentence costs that sentence, not the record. */
    size_t lo = 0, hi = text->sentence_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (text->sentences[mid].end <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t s = lo; s < text->sentence_count && text->sentences[s].start < end; s++) {
        const cck_sentence *sentence = &text->sentences[s];
        size_t piece_start = sentence->start > start ? sentence->start : start;
        size_t piece_end = sentence->end < end ? sentence->end : end;
        if (piece_start >= piece_end)
            continue;
        int status = run_piece(m, scratch, text, piece_start, piece_end, out);
        if (status == CCK_ENOMEM || status == CCK_EINVAL)
            return status;
        if (status)
            result = status;
    }
    return result;
}
