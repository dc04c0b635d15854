/* lexicon.h - lexicon entries, the compiled engine and the matcher (internal).
 * The only module that includes pcre2.h. A lexicon file is parsed into entries; the
 * engine compiles every phrase into one word table plus a token trie, and every
 * /pattern/ into one JIT-compiled PCRE2 alternation. */
#ifndef CCK_LEXICON_H
#define CCK_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "claimcheck.h"
#include "text/text.h"
#include "util/util.h"

/* What an entry does in the analysis. The file's CATEGORY column names one of these
 * (the table in lexicons/README.md lists them all):
 *
 *   topic                      a regenerative-medicine intervention
 *   claim/prevention ... claim/hype   a claim; sub = cck_category; level = claim level
 *   association                "linked to": claim level 1
 *   modal                      may/might/could (2), can (3), will (4): caps the level
 *                              of a claim that follows within a few words
 *   booster                    certainty: raises the claim to its level (5)
 *   hedge                      sentence-level calibration: caps claims at its level
 *   negation/pre  negation/post  negation/pseudo  negation/end   (NegEx roles)
 *   evidence  evidence/anecdote  evidence/lab   level = evidence level
 *   evidence/citation          a source of unknown design ("et al", a DOI): its level
 *                              unless the sentence names animal or lab work
 *   attribution                the claim is someone else's ("the clinic claims")
 *   condition                  if, unless, would: a conditional claim
 *   profile/cost profile/harms profile/evidence profile/alternatives
 *   subject                    not a cue: another thing that can be a claim's subject
 *                              (sutures, the centrifuge), read only by the rules that
 *                              take a claim away from the treatment (analysis)
 *   shield                     not a cue: a phrase whose words must not be read as
 *                              cues ("rotator cuff repair" names a procedure)
 */
typedef enum cck_entry_class {
    CCK_CLASS_TOPIC = 0,
    CCK_CLASS_CLAIM,
    CCK_CLASS_ASSOCIATION,
    CCK_CLASS_MODAL,
    CCK_CLASS_BOOSTER,
    CCK_CLASS_HEDGE,
    CCK_CLASS_NEGATION_PRE,
    CCK_CLASS_NEGATION_POST,
    CCK_CLASS_NEGATION_PSEUDO,
    CCK_CLASS_NEGATION_END,
    CCK_CLASS_EVIDENCE,
    CCK_CLASS_ATTRIBUTION,
    CCK_CLASS_CONDITION,
    CCK_CLASS_PROFILE,
    CCK_CLASS_SHIELD,
    CCK_CLASS_SUBJECT,
    CCK_CLASS_COUNT
} cck_entry_class;

/* sub values for CCK_CLASS_EVIDENCE */
enum { CCK_EVIDENCE_GENERAL = 0, CCK_EVIDENCE_ANECDOTE, CCK_EVIDENCE_LAB, CCK_EVIDENCE_CITATION };

typedef struct cck_entry {
    uint8_t cls;           /* cck_entry_class */
    uint8_t sub;           /* cck_category for claims, CCK_EVIDENCE_* for evidence,
                              CCK_DISCUSSES_* bit for profile entries, else 0 */
    int8_t level;          /* 0-5, or -1 when the file says "-" */
    uint8_t cue_kind;      /* cck_cue_kind reported for it */
    uint8_t is_pattern;    /* a /regex/ entry */
    uint8_t repl_traits;   /* CCK_REPL_* of the suggestion, set in an engine's entries */
    const char *category;  /* canonical category name (static string) */
    char *phrase;          /* the phrase as written in the file */
    char *suggestion;      /* text after "=>", or NULL */
    char *source;          /* file name it came from */
    uint32_t line;         /* line in that file */
} cck_entry;

/* What the rewrite asks of an entry's replacement text for every finding it raises
 * (the scanner's rewrite_fits): worked out once, when an engine is compiled. */
enum {
    CCK_REPL_MODAL_FIRST = 1u << 0,    /* its first word is may, might, can or could */
    CCK_REPL_NOT = 1u << 1,            /* it starts with "not " */
    CCK_REPL_HELP_PATIENTS = 1u << 2,  /* its last word, after a space, is "patients" and
                                          "help" is in it ("helps some patients") */
    CCK_REPL_NEEDS_OBJECT = 1u << 3,   /* its last word is a preposition: of, with, from,
                                          for, to, against, about */
    CCK_REPL_PATIENTS_WITH = 1u << 4   /* it ends with "patients with" */
};
unsigned cck_replacement_traits(const char *replacement);

/* A place where an entry matched, never crossing a sentence boundary. */
typedef struct cck_match {
    uint32_t entry;        /* index into engine->entries */
    uint32_t first_token;  /* inclusive token range */
    uint32_t last_token;
    size_t start;          /* byte span [start, end) */
    size_t end;
    uint32_t gap_at;       /* where the phrase's first `...` gap sits: the first token
                              after the words before it */
    uint32_t gap_len;      /* tokens the gap skipped (possibly 0) */
    uint8_t has_gap;       /* the phrase has a gap */
} cck_match;

typedef struct cck_match_vec {
    cck_match *items;
    size_t count;
    size_t cap;
} cck_match_vec;

int cck_match_vec_push(cck_match_vec *vec, const cck_match *match);
void cck_match_vec_free(cck_match_vec *vec);

typedef struct cck_matcher cck_matcher; /* word table, trie, patterns: private */

struct cck_engine {
    cck_options options;
    cck_entry *entries;
    size_t entry_count;
    cck_matcher *matcher;
};

/* Per-thread matching scratch (PCRE2 match data and match context). */
typedef struct cck_match_scratch cck_match_scratch;
cck_match_scratch *cck_match_scratch_new(const cck_engine *engine);
void cck_match_scratch_free(cck_match_scratch *scratch);

/* Sets tokens[i].word for every token, then appends to out every phrase match inside
 * each sentence of text (all of them, overlapping ones included), ordered by first
 * token then by decreasing length. A `...` gap in a phrase skips 0 to 4 word tokens
 * (never punctuation). */
int cck_matcher_find_phrases(const cck_engine *engine, cck_text *text, cck_match_vec *out);

/* Runs the pattern entries over text->buf[start, end) and appends their matches, with
 * first/last token set to the tokens the match overlaps. Returns CCK_ELIMIT when a
 * pattern hits the PCRE2 match, depth or heap limit (the other matches are kept). */
int cck_matcher_find_patterns(const cck_engine *engine, cck_match_scratch *scratch,
                              const cck_text *text, size_t start, size_t end,
                              cck_match_vec *out);

/* Whether the engine has any pattern entries (to skip the call cheaply). */
int cck_matcher_has_patterns(const cck_engine *engine);

#endif /* CCK_LEXICON_H */
