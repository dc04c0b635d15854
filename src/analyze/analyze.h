/* analyze.h - the scanner's private state and the per-sentence analysis it drives:
 * cues, their scopes (negation, condition, quotation), claim and evidence levels. */
#ifndef CCK_ANALYZE_H
#define CCK_ANALYZE_H

#include <string.h>

#include "lexicon/lexicon.h"
#include "text/text.h"

/* Whether token i is a possessive ("body's", "dad's"): a noun follows it. */
static inline int cck_token_is_possessive(const cck_text *text, size_t i)
{
    const char *w = cck_token_norm(text, i);
    size_t n = text->tokens[i].norm_len;
    return n > 2 && w[n - 2] == '\'' && w[n - 1] == 's';
}

/* Whether token i's normalized form is one of the words of list. */
static inline int cck_token_in(const cck_text *text, size_t i, const char *const *list,
                               size_t count)
{
    return cck_word_in(cck_token_norm(text, i), text->tokens[i].norm_len, list, count);
}

static inline int norm_is_n(const cck_text *text, size_t i, const char *word, size_t n)
{
    return text->tokens[i].norm_len == n && memcmp(cck_token_norm(text, i), word, n) == 0;
}

/* Whether token i's normalized form is the string literal `word` (a literal only: the
 * empty strings around it make anything else a compile error). Its length is known at
 * compile time, so the compiler settles the comparison with a load or two, without the
 * calls to strlen and memcmp that cost more than the test (145k calls on 2 MB). */
#define norm_is(text, i, word) norm_is_n(text, i, "" word "", sizeof("" word "") - 1)

/* Whether entry e names something other than our treatments that can be the subject of
 * a claim: another treatment (profile/alternatives: "ice", "physiotherapy") or a thing
 * used beside ours (subject: "sutures", "the centrifuge"). */
static inline int cck_names_other(const cck_entry *e)
{
    return (e->cls == CCK_CLASS_PROFILE && e->sub == CCK_DISCUSSES_ALTERNATIVES) ||
           e->cls == CCK_CLASS_SUBJECT;
}

/* Whether entry e is reported as a cue: shields and subjects only steer the analysis. */
static inline int cck_is_reported(const cck_entry *e)
{
    return e->cls != CCK_CLASS_SHIELD && e->cls != CCK_CLASS_SUBJECT;
}

/* One cue of a sentence after overlapping matches are resolved. */
typedef struct cck_work_cue {
    const cck_entry *entry;
    uint32_t first_token; /* inclusive token range */
    uint32_t last_token;
    size_t start;         /* byte span in the analysed text */
    size_t end;
    uint8_t dropped;      /* inside a longer match: not a cue of its own */
    uint8_t negated;      /* inside a negation scope */
    uint8_t conditional;  /* inside a condition's scope */
    uint8_t quoted;       /* inside quotation marks */
    int8_t level;         /* claim cues: level after modals and hedges */
    uint8_t has_gap;      /* the phrase's `...` gap: its first token and length */
    uint32_t gap_at;
    uint32_t gap_len;
} cck_work_cue;

typedef struct cck_cue_vec {
    cck_work_cue *items;
    size_t count;
    size_t cap;
} cck_cue_vec;

/* What the analysis of one sentence found. */
typedef struct cck_sentence_result {
    int topic;            /* names an intervention */
    int topic_denied;     /* ... and every one it names is negated ("with no stem cells
                           * involved", "not after the PRP shot") */
    int claimish;         /* has any claim, booster or relation cue */
    int claim_level;      /* strongest claim as asserted (0 when none, negated, asked...) */
    int stated_level;     /* strongest non-negated claim, before question/condition/report */
    int category_level;   /* strongest non-negated claim that has a finding category */
    int evidence;         /* strongest non-negated evidence in the sentence, 0-5 */
    int lab;              /* non-negated animal/lab evidence */
    int anecdote;         /* non-negated anecdote evidence */
    int bridge;           /* words carrying a result over to people */
    int hedged;           /* the primary claim is hedged */
    int reported;         /* attributed or quoted */
    int question;
    int conditional;
    int booster;          /* level of the strongest asserted booster, 0 when none */
    int past_tense;       /* the primary claim word is in the past tense */
    int has_category;
    int carried_relation; /* the primary cue is a relation word after a bridge (see below) */
    int null_result;      /* cites a study that found no difference or no benefit */
    int null_own;         /* ... and that study answers the primary claim (see scanner.c) */
    cck_category category;
    size_t primary;       /* index of the primary claim cue in the cue vector */
    size_t booster_cue;   /* index of the booster cue when booster > 0 */
    size_t hedges;
    size_t negations;
    size_t evidence_cues;
    unsigned discusses;   /* CCK_DISCUSSES_* */
} cck_sentence_result;

/* Resolves the matches of one sentence into cues and analyses them. matches holds the
 * sentence's phrase and pattern matches in any order; cues receives the cues. */
int cck_analyze_sentence(const cck_engine *engine, const cck_text *text, size_t sentence,
                         const cck_match *matches, size_t match_count, cck_cue_vec *cues,
                         cck_sentence_result *result);
/* The same, with the categories of `skip` (1u << category each) left out: no claim
 * of theirs becomes the primary one, and with certainty left out no booster lifts a
 * claim. For a sentence whose finding a directive silenced, so that another rule's
 * finding there is still raised. */
int cck_analyze_sentence_skipping(const cck_engine *engine, const cck_text *text,
                                  size_t sentence, const cck_match *matches,
                                  size_t match_count, cck_cue_vec *cues,
                                  cck_sentence_result *result, uint32_t skip);

/* Whether cue c is an extrapolation bridge ("so", "your", "patients"): a claim-class
 * entry that carries a lab result over to people rather than claiming by itself. */
static inline int cck_is_bridge_cue(const cck_work_cue *c)
{
    return c->entry->cls == CCK_CLASS_CLAIM && c->entry->sub == CCK_CATEGORY_EXTRAPOLATION;
}

/* Whether token i is a comma or a dash (a hyphen, or any of U+2010..U+2015, which
 * normalize to one). */
static inline int cck_is_comma_or_dash(const cck_text *text, size_t i)
{
    const cck_token *t = &text->tokens[i];
    if (t->kind != CCK_TOKEN_PUNCT || t->norm_len != 1)
        return 0;
    char c = cck_token_norm(text, i)[0];
    return c == ',' || c == '-';
}

/* Whether token i is a dash (every dash is normalized to '-'). */
static inline int cck_is_dash(const cck_text *text, size_t i)
{
    const cck_token *t = &text->tokens[i];
    return t->kind == CCK_TOKEN_PUNCT && t->norm_len == 1 && cck_token_norm(text, i)[0] == '-';
}

/* Whether a cue of class cls (CCK_CLASS_*) starts (ends) at `token`; cues are in text
 * order. */
int cck_class_starts_at(const cck_work_cue *cues, size_t count, size_t token, int cls);
int cck_class_ends_at(const cck_work_cue *cues, size_t count, size_t token, int cls);

/* Whether the extrapolation bridge whose match starts at `token` is a connective
 * ("so", "which means", "translates into") rather than people ("patients"). */
int cck_is_connective_bridge(const cck_text *text, size_t token);

void cck_cue_vec_free(cck_cue_vec *vec);

/* What a caller inside the project leaves unread of the findings a scanner hands
 * over, so that the scanner skips that work (the CLI's JSON Lines output sets both).
 * 0, the default of cck_scanner_new, gives every field as claimcheck.h promises. */
enum {
    /* only the trigger's line and columns are worked out: those of the sentence and
     * the cues are left 0 (their offsets and lengths are always given) */
    CCK_SCAN_TRIGGER_POSITIONS_ONLY = 1,
    /* the message and the explanation come JSON-escaped, each the inside of a JSON
     * string (the bytes cck_escape_json writes between its quotes), for a printer
     * that copies them (cck_report_jsonl_finding_escaped) */
    CCK_SCAN_JSON_TEXTS = 2
};
void cck_scanner_set_lean(cck_scanner *scanner, unsigned lean);

#endif /* CCK_ANALYZE_H */
