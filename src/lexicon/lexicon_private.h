/* lexicon_private.h - what parse.c, phrase.c, compile.c and match.c share inside the
 * lexicon module: the mutable lexicon, phrase expansion and /pattern/ checking. */
#ifndef CCK_LEXICON_PRIVATE_H
#define CCK_LEXICON_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include <pcre2.h>

#include "lexicon/lexicon.h"

/* A lexicon being built: entries own their phrase, suggestion and source strings. */
struct cck_lexicon {
    cck_entry *entries;
    size_t count;
    size_t cap;
};

#define CCK_PHRASE_MAX_VARIANTS 256 /* expanded forms of one entry */
#define CCK_PHRASE_MAX_WORDS 32     /* words and gaps in one expanded form */
#define CCK_PHRASE_GAP_MAX 4        /* a `...` skips 0 to this many word tokens */

/* One element of an expanded phrase: a normalized word (text, len), or a gap when
 * text is NULL. Words with the same id (made by one expander) have the same text. */
typedef struct cck_phrase_word {
    const char *text;
    size_t len;
    size_t id;
} cck_phrase_word;

/* Called once per expanded form; non-zero stops the expansion and is returned. */
typedef int (*cck_phrase_fn)(const cck_phrase_word *words, size_t count, void *user_data);

/* A problem in a phrase or pattern: column is a 0-based code point offset into it. */
typedef struct cck_phrase_problem {
    size_t column;
    char message[400];
} cck_phrase_problem;

/* Expands a (non-pattern) phrase: braces, `~` inflections, `...` gaps, normalization
 * and hyphen splitting. Returns CCK_OK, CCK_ENOMEM, CCK_ESYNTAX (problem filled) or
 * whatever the callback returned. fn may be NULL to only check. */
int cck_phrase_expand(const char *phrase, size_t len, cck_phrase_fn fn, void *user_data,
                      cck_phrase_problem *problem);

/* cck_phrase_expand for many phrases: an expander keeps every word it has checked,
 * normalized and inflected, with its forms, for the phrases after (the compiler
 * expands a whole lexicon with one), and numbers the words it makes (id). */
typedef struct cck_phrase_expander cck_phrase_expander;
cck_phrase_expander *cck_phrase_expander_new(void); /* NULL when out of memory */
void cck_phrase_expander_free(cck_phrase_expander *expander);
int cck_phrase_expander_run(cck_phrase_expander *expander, const char *phrase, size_t len,
                            cck_phrase_fn fn, void *user_data, cck_phrase_problem *problem);

/* Checks one /pattern/ body (without the slashes) by compiling it alone as it will
 * be compiled in the combined pattern. Returns CCK_OK, CCK_ENOMEM or CCK_ESYNTAX. */
int cck_pattern_check(const char *pattern, size_t len, cck_phrase_problem *problem);
/* 1 when every match of the pattern p[0..n) (without its slashes) must hold an ASCII
 * digit, as far as a simple reading of its top level can tell; 0 when not or unsure. */
int cck_pattern_needs_digit(const char *p, size_t n);
/* 1 when the pattern p[0..n) (without its slashes) finds in a piece of text, searched
 * on its own, exactly the matches it wins as one alternative of the combined pattern
 * (see cck_pattern_group.solo): no backtracking verb, which could end the whole
 * alternation from inside it, no \K, which moves a match's start away from where it
 * was tried, and no \G, which depends on where a search started. 0 when not or
 * unsure. */
int cck_pattern_runs_alone(const char *p, size_t n);

/* ---- the compiled matcher (built by compile.c, used by match.c) ---------------- */

typedef struct cck_word {
    uint32_t offset;    /* in word_text */
    uint32_t len;
    int32_t root_child; /* trie node reached from the root on this word, or -1 */
} cck_word;

typedef struct cck_word_slot {
    uint32_t hash; /* cck_hash_bytes of the word */
    int32_t id;    /* word id, -1 for an empty slot */
} cck_word_slot;

typedef struct cck_trie_node {
    uint32_t edge_count;  /* its edges on words, in the matcher's edge map */
    int32_t gap_child;    /* node after a `...` gap, or -1 */
    uint32_t first_entry; /* node_entries[first_entry, first_entry + entry_count) end here */
    uint32_t entry_count;
} cck_trie_node;

/* The first slot of an edge key (parent << 32 | word) in an edge map of 2^(64 - shift)
 * slots: the top bits of a multiplication by 2^64 / phi, which every bit of the key
 * reaches, two instructions on the walk's every step where a 64-bit mixer took five
 * and a mask. */
static inline size_t cck_edge_slot(uint64_t key, unsigned shift)
{
    return (size_t)((key * 0x9E3779B97F4A7C15u) >> shift);
}

/* One pattern of a group compiled on its own. */
typedef struct cck_solo_pattern {
    pcre2_code *code;
    int jit;
    /* An ASCII byte that is no letter and lies inside every match (PCRE2's first or
     * last required code unit), or -1: where it is missing, the pattern is not run. */
    int required;
} cck_solo_pattern;

/* Groups of at most this many patterns may also be run one pattern at a time. */
#define CCK_SOLO_MAX 16

/* One combined PCRE2 pattern over patterns [first, first + count) of the list. */
typedef struct cck_pattern_group {
    pcre2_code *code;
    int jit;      /* JIT-compiled: use pcre2_jit_match */
    int needs_digit; /* every pattern in it needs an ASCII digit (cck_pattern_needs_digit) */
    size_t first;
    size_t count;
    /* The same patterns compiled one by one (count items), or NULL. PCRE2 finds a
     * lone pattern's first character or literal quickly, but tries every alternative
     * of an alternation at nearly every position: on the default lexicons the nine
     * patterns alone cost about a quarter of the combined search. match.c rebuilds the
     * combined pattern's matches from theirs (run_group_solo). Set only when every
     * pattern passes cck_pattern_runs_alone. */
    cck_solo_pattern *solo;
} cck_pattern_group;

struct cck_matcher {
    char *strings;             /* the engine entries' strings, back to back */
    char *word_text;           /* normalized words, back to back */
    cck_word *words;
    size_t word_count;
    cck_word_slot *slots;      /* open addressing, power-of-two size */
    size_t slot_mask;
    cck_trie_node *nodes;      /* node 0 is the root */
    size_t node_count;
    /* The edges on words, open addressing with linear probing: keys (parent << 32 |
     * word), 0 when empty (the root's edges are not in it: root_child, so no key is 0),
     * and the child of each. A step of a walk is one probe, most often into an empty
     * slot or the edge itself, where a binary search over a node's sorted edges took
     * several rounds on the nodes with many. At most half full. */
    uint64_t *edge_keys;
    uint32_t *edge_children;
    size_t edge_mask;
    unsigned edge_shift;       /* 64 - log2(edge_mask + 1) */
    uint32_t *node_entries;
    size_t node_entry_count;
    uint32_t *pattern_entries; /* pattern k is entry pattern_entries[k] */
    size_t pattern_count;
    cck_pattern_group *groups; /* usually one; more when one would be too large */
    size_t group_count;
    int borrowed;              /* the word and trie arrays are a snapshot's, not owned */
};

/* The trie of the embedded lexicons, built when the library is (snapshot.c,
 * snapshot_gen.c), so that an engine of exactly those entries borrows it instead of
 * expanding every phrase again at each start. `phrases` holds what the trie was built
 * from, entry by entry: 'p' for a /pattern/ or 'w' for words, the phrase, a NUL. */
typedef struct cck_trie_snapshot {
    size_t entry_count;
    const char *phrases;
    const char *word_text;
    const cck_word *words;
    size_t word_count;
    const cck_word_slot *slots;
    size_t slot_mask;
    const cck_trie_node *nodes;
    size_t node_count;
    const uint64_t *edge_keys;
    const uint32_t *edge_children;
    size_t edge_mask;
    unsigned edge_shift;
    const uint32_t *node_entries;
    size_t node_entry_count;
} cck_trie_snapshot;

/* The snapshot compiled into the library (generated), or NULL (snapshot_none.c: the
 * generator's own build, and the fuzzing and out-of-memory copies of the library). */
const cck_trie_snapshot *cck_trie_snapshot_default(void);

/* Whether the snapshot was built from exactly these entries: the trie depends on
 * nothing else than each entry's phrase and whether it is a /pattern/, in order. */
int cck_trie_snapshot_fits(const cck_trie_snapshot *snap, const cck_entry *entries,
                           size_t count);

/* cck_engine_new, with `use_snapshot` 0 to build the trie even when a snapshot fits
 * (the generator, and the test that the snapshot equals a fresh build). */
int cck_engine_new_with(const cck_lexicon *lexicon, const cck_options *options,
                        int use_snapshot, cck_engine **engine, cck_error *error);

#define CCK_PCRE2_COMPILE_OPTIONS \
    (PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C)
#define CCK_REGEX_MATCH_LIMIT_DEFAULT 1000000u
#define CCK_REGEX_DEPTH_LIMIT_DEFAULT 10000u
#define CCK_REGEX_HEAP_LIMIT_KIB 16384u /* 16 MiB of backtracking memory per match */

/* The UTF-8 base name of a path (after the last '/'). */
const char *cck_lexicon_base_name(const char *path);

#endif /* CCK_LEXICON_PRIVATE_H */
