/* sentence_analysis.c - turns the lexicon matches of one sentence into cues with
 * scopes (NegEx-style negation, conditions, quotation, attribution) and works out the
 * claim level, the evidence level and the category of the sentence's main claim. */
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"

#define NEGATION_WINDOW 8   /* words a short negation trigger reaches */
#define MODAL_WINDOW 5      /* words between a modal and the claim it governs */
#define ATTRIBUTION_TAIL 5  /* ", the clinic says.": words after a closing attribution */
#define ATTRIBUTION_EVIDENCE_WINDOW 5
#define HEDGES_KEPT 8        /* hedges of a sentence weighed clause by clause */

void cck_cue_vec_free(cck_cue_vec *vec)
{
    if (!vec)
        return;
    cck_free(vec->items);
    vec->items = NULL;
    vec->count = vec->cap = 0;
}

static int cue_order(const void *a, const void *b)
{
    const cck_work_cue *x = a, *y = b;
    if (x->first_token != y->first_token)
        return x->first_token < y->first_token ? -1 : 1;
    uint32_t lx = x->last_token - x->first_token, ly = y->last_token - y->first_token;
    if (lx != ly)
        return lx > ly ? -1 : 1;
    return x->start < y->start ? -1 : (x->start > y->start);
}

/* Most sentences have a handful of cues: an insertion sort (stable, like glibc's merge
 * sort behind qsort) orders them without qsort's per-call cost. */
#define CUE_INSERTION_SORT_MAX 16

static void sort_cues(cck_work_cue *cv, size_t n)
{
    if (n > CUE_INSERTION_SORT_MAX) {
        qsort(cv, n, sizeof *cv, cue_order);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        if (cue_order(&cv[i - 1], &cv[i]) <= 0)
            continue; /* the usual case: already in place, without copying the cue */
        cck_work_cue item = cv[i];
        size_t j = i;
        while (j > 0 && cue_order(&cv[j - 1], &item) > 0) {
            cv[j] = cv[j - 1];
            j--;
        }
        cv[j] = item;
    }
}

static int is_word_token(const cck_token *t)
{
    return t->kind == CCK_TOKEN_WORD || t->kind == CCK_TOKEN_NUMBER ||
           t->kind == CCK_TOKEN_HASHTAG;
}

/* Punctuation that ends a clause for every scope. */
static int is_clause_break(const cck_text *text, size_t i)
{
    const cck_token *t = &text->tokens[i];
    if (t->kind != CCK_TOKEN_PUNCT || t->norm_len != 1)
        return 0;
    char c = cck_token_norm(text, i)[0];
    return c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '!' || c == '?';
}

static int is_emoji(const cck_text *text, size_t i)
{
    return text->tokens[i].kind == CCK_TOKEN_EMOJI;
}

/* A comma inside a list ("diagnose, treat, cure or prevent") does not end a scope:
 * the word after it is followed by another comma or a conjunction. */
static int comma_continues_list(const cck_text *text, size_t comma, size_t end)
{
    size_t word = comma + 1;
    if (word >= end || text->tokens[word].kind != CCK_TOKEN_WORD || word + 1 >= end)
        return 0;
    size_t next = word + 1;
    if (text->tokens[next].kind == CCK_TOKEN_PUNCT)
        return cck_token_norm(text, next)[0] == ',';
    return norm_is(text, next, "or") || norm_is(text, next, "and") || norm_is(text, next, "nor");
}

static int is_quote_mark(const cck_text *text, size_t i)
{
    const cck_token *t = &text->tokens[i];
    return t->kind == CCK_TOKEN_PUNCT && t->norm_len == 1 && cck_token_norm(text, i)[0] == '"';
}

/* Single quote marks (' and the curly ones, which normalize to it) are also
 * apostrophes ("patients' knees", "'90s"), so they are read as quotation marks only
 * in pairs: an opening one has white space (or the sentence start) before it and a
 * word right after it; a closing one follows without a space and has white space,
 * punctuation or the sentence end after it. */
static int is_single_quote(const cck_text *text, size_t i)
{
    const cck_token *t = &text->tokens[i];
    return t->kind == CCK_TOKEN_PUNCT && t->norm_len == 1 && cck_token_norm(text, i)[0] == '\'';
}

static int opens_single_quote(const cck_text *text, size_t i, size_t first, size_t end)
{
    if (!is_single_quote(text, i) || i + 1 >= end)
        return 0;
    const cck_token *next = &text->tokens[i + 1];
    int space_before = i == first || (text->tokens[i].flags & CCK_TOKEN_SPACE_BEFORE) ||
                       is_quote_mark(text, i - 1);
    /* an elision is an apostrophe, not a quote: "'90s", "'em", "rock 'n' roll" */
    static const char *const elisions[] = {"em", "n", "til", "tis", "twas", "cause", "bout",
                                           "round", "cos", "coz", "s"};
    return space_before && !(next->flags & CCK_TOKEN_SPACE_BEFORE) &&
           next->kind == CCK_TOKEN_WORD &&
           !cck_token_in(text, i + 1, elisions, CCK_ARRAY_LEN(elisions));
}

static int closes_single_quote(const cck_text *text, size_t i, size_t first, size_t end)
{
    if (!is_single_quote(text, i) || i == first ||
        (text->tokens[i].flags & CCK_TOKEN_SPACE_BEFORE))
        return 0;
    return i + 1 >= end || (text->tokens[i + 1].flags & CCK_TOKEN_SPACE_BEFORE) ||
           text->tokens[i + 1].kind == CCK_TOKEN_PUNCT;
}

/* Whether a token of [first, end) may be a quote mark, double or single: its normalized
 * form holds '"' or '\''. The tokens' normalized forms lie back to back in text->norm,
 * so two memchr calls over the sentence's bytes answer for all of them; without either
 * byte no cue is quoted (cues start unquoted), and the token by token pass is skipped. */
static int may_hold_quote(const cck_text *text, size_t first, size_t end)
{
    if (first >= end)
        return 0;
    const cck_token *last = &text->tokens[end - 1];
    const char *from = cck_token_norm(text, first);
    size_t len = last->norm + last->norm_len - text->tokens[first].norm;
    return memchr(from, '"', len) || memchr(from, '\'', len);
}

/* The last closing single quote of the sentence [first, end), or `first` when there
 * is none: an opening quote pairs only with a closing one after it, and one backward
 * scan answers that for every opener in the sentence, instead of a forward scan from
 * each. */
static size_t last_single_close(const cck_text *text, size_t first, size_t end)
{
    for (size_t i = end; i-- > first;)
        if (closes_single_quote(text, i, first, end))
            return i;
    return first;
}

static int cls_of(const cck_work_cue *c) { return c->entry->cls; }

/* The first cue that starts at or after `token`. The cues are sorted by their first
 * token (sort_cues), so a binary search finds it: scope checks run for every pair of
 * cues and every token between them, and a linear search here made a sentence with
 * hundreds of cues take seconds under sanitizers. */
static size_t first_cue_from(const cck_work_cue *cues, size_t count, size_t token)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cues[mid].first_token < token)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Whether a cue of evidence at level 3 or more (a trial, a review, a sample size)
 * starts in tokens [from, to). */
static int cites_evidence_in(const cck_work_cue *cues, size_t count, size_t from, size_t to)
{
    for (size_t k = first_cue_from(cues, count, from); k < count && cues[k].first_token < to;
         k++)
        if (!cues[k].dropped && cls_of(&cues[k]) == CCK_CLASS_EVIDENCE &&
            cues[k].entry->level >= 3)
            return 1;
    return 0;
}

int cck_class_starts_at(const cck_work_cue *cues, size_t count, size_t token, int cls)
{
    for (size_t k = first_cue_from(cues, count, token);
         k < count && cues[k].first_token == token; k++)
        if (!cues[k].dropped && cls_of(&cues[k]) == cls)
            return 1;
    return 0;
}

int cck_class_ends_at(const cck_work_cue *cues, size_t count, size_t token, int cls)
{
    for (size_t k = 0; k < count && cues[k].first_token <= token; k++)
        if (!cues[k].dropped && cues[k].last_token == token && cls_of(&cues[k]) == cls)
            return 1;
    return 0;
}

/* Does a cue that ends negation scopes start at `token`? */
static int is_scope_end_cue(const cck_work_cue *cues, size_t count, size_t token)
{
    return cck_class_starts_at(cues, count, token, CCK_CLASS_NEGATION_END);
}

/* Whether a claim, booster, negation, hedge or condition cue starts at `token` (a
 * topic or evidence word may sit in an aside: "in any well-run trial I know of", and
 * so may a word that would carry lab work over to people: "whatever your GP's
 * leaflet implies"). */
static int cue_starts_at(const cck_text *text, const cck_work_cue *cues, size_t count,
                         size_t token)
{
    for (size_t k = first_cue_from(cues, count, token);
         k < count && cues[k].first_token == token; k++) {
        int cls = cls_of(&cues[k]);
        /* a connective ("so", "which means") starts a clause of its own */
        int bridge = cck_is_bridge_cue(&cues[k]) &&
                     !cck_is_connective_bridge(text, cues[k].first_token);
        if (!cues[k].dropped && cls != CCK_CLASS_TOPIC && cck_is_reported(cues[k].entry) &&
            cls != CCK_CLASS_PROFILE && cls != CCK_CLASS_EVIDENCE && !bridge)
            return 1;
    }
    return 0;
}

/* A comma or a dash with space around it ("well-run" holds a hyphen, not a dash). */
static int is_separator(const cck_text *text, size_t i)
{
    if (!cck_is_comma_or_dash(text, i))
        return 0;
    if (cck_token_norm(text, i)[0] == ',')
        return 1;
    return (i == 0 || text->tokens[i].start != text->tokens[i - 1].end) &&
           (i + 1 >= text->token_count || text->tokens[i + 1].start != text->tokens[i].end);
}

#define ASIDE_MAX_WORDS 12

/* A word that starts a new clause after an aside. */
static int is_clause_joiner(const cck_text *text, size_t i)
{
    static const char *const joiners[] = {"and",   "so",    "then", "until", "because",
                                          "since", "or",    "when", "while", "therefore",
                                          "thus",  "after", "once", "as",    "whereas"};
    return text->tokens[i].kind == CCK_TOKEN_WORD &&
           cck_token_in(text, i, joiners, CCK_ARRAY_LEN(joiners));
}

/* Whether a word opening a new clause stands between tokens `from` and `to` (both
 * excluded). */
static int joiner_between(const cck_text *text, const cck_work_cue *cues, size_t count,
                          size_t from, size_t to)
{
    /* not "and" or "or", which join the nouns of a subject: "No amniotic or
     * umbilical product" */
    static const char *const joiners[] = {"so",    "then",  "until",   "because", "since",
                                          "when",  "while", "therefore", "thus",  "after",
                                          "once",  "as",    "whereas", "that",    "which",
                                          "who"};
    /* "and" or "or" before a new subject does: "No waiting lists at our clinic and our
     * stem cells cure arthritis" */
    static const char *const and_or[] = {"and", "or"};
    static const char *const subjects[] = {"our", "the", "my", "their", "his", "her", "its",
                                           "we",  "they", "it", "you",  "i",   "your", "this",
                                           "these", "those", "a", "an"};
    for (size_t i = from + 1; i < to; i++) {
        if (cck_token_in(text, i, joiners, CCK_ARRAY_LEN(joiners)))
            return 1;
        if (cck_token_in(text, i, and_or, CCK_ARRAY_LEN(and_or)) && i + 1 < to &&
            (cck_token_in(text, i + 1, subjects, CCK_ARRAY_LEN(subjects)) ||
             cck_class_starts_at(cues, count, i + 1, CCK_CLASS_TOPIC)))
            return 1;
    }
    return 0;
}

/* The comma closing an aside that opens at the comma `open`, right after a negation
 * and at most one word ("has not, in any trial I know of, reversed"; "no injection,
 * stem cell or otherwise, is going to"), before `target`; 0 when there is none. An
 * aside is short, holds no cue of its own (but may name the topic) and does not open
 * with a negation ("no pain, no swelling, ..." is a list). */
static size_t aside_end(const cck_text *text, const cck_work_cue *cues, size_t count,
                        size_t open, size_t target)
{
    int words = 0;
    /* "No injection, not even PRP, heals tendons overnight": the aside names what the
     * negation takes in, treatment and all */
    int not_even = open + 2 < target && norm_is(text, open + 1, "not") &&
                   norm_is(text, open + 2, "even");
    for (size_t j = open + 1; j < target; j++) {
        if (is_clause_break(text, j))
            return 0;
        if (is_separator(text, j))
            return words > 0 ? j : 0;
        if (!is_word_token(&text->tokens[j]))
            continue;
        if (++words > ASIDE_MAX_WORDS || (!not_even && cue_starts_at(text, cues, count, j)))
            return 0;
        if (!not_even && words == 1 && (norm_is(text, j, "no") || norm_is(text, j, "not")))
            return 0;
    }
    return 0;
}

/* The separator closing an aside that opens at the separator `open` right after a
 * modal and speaks only of the doubt: "might — and I stress might — regrow", "may, but
 * we don't yet know for how long, relieve", "could — and we hope they will — reverse";
 * 0 when there is none. Its cues are modals, hedges and negations, one at least; a
 * "will" in it needs a weaker modal or a hedge first ("we hope they will"), for "might
 * — and in fact will — regrow" asserts, and a report needs a negation first ("yet we
 * can't promise it"). Any other cue (a claim, a booster, evidence) makes it a clause
 * of its own, as in aside_end. */
static size_t hedging_aside_end(const cck_text *text, const cck_work_cue *cues, size_t count,
                                size_t open, size_t target)
{
    int words = 0, doubt = 0;
    for (size_t j = open + 1; j < target; j++) {
        if (is_clause_break(text, j))
            return 0;
        if (is_separator(text, j))
            return words > 0 && doubt ? j : 0;
        if (!is_word_token(&text->tokens[j]))
            continue;
        if (++words > ASIDE_MAX_WORDS)
            return 0;
        for (size_t k = first_cue_from(cues, count, j); k < count && cues[k].first_token == j;
             k++) {
            const cck_work_cue *c = &cues[k];
            int cls = cls_of(c);
            if (c->dropped || cls == CCK_CLASS_TOPIC)
                continue;
            if (cls == CCK_CLASS_MODAL && c->entry->level >= 4) {
                if (!doubt)
                    return 0;
            } else if (cls == CCK_CLASS_MODAL || cls == CCK_CLASS_HEDGE ||
                       cls == CCK_CLASS_NEGATION_PRE || cls == CCK_CLASS_NEGATION_POST) {
                doubt = 1;
            } else if (cls != CCK_CLASS_NEGATION_END &&
                       !(cls == CCK_CLASS_ATTRIBUTION && doubt)) {
                /* a report denied is doubt too: "we can't promise it" */
                return 0;
            }
        }
    }
    return 0;
}

/* Whether the negation ending at token i has finished its clause: "did nothing", or a
 * verdict after what it disputes ("was misleading", a negation/post cue). */
static int finishes_clause(const cck_text *text, const cck_work_cue *cues, size_t count,
                           size_t i)
{
    static const char *const finished[] = {"nothing", "none"};
    if (cck_token_in(text, i, finished, CCK_ARRAY_LEN(finished)))
        return 1;
    for (size_t k = 0; k < count; k++)
        if (!cues[k].dropped && cues[k].last_token == i &&
            cls_of(&cues[k]) == CCK_CLASS_NEGATION_POST)
            return 1;
    return 0;
}

/* An emoji after "no" and a short noun phrase, before a new clause that opens with a
 * treatment's name or a pronoun, stands where a comma would: "no pain 🙌 PRP heals
 * tendons", "No more cortisone 🙌 it fixed my elbow". Inside one clause an emoji ends
 * nothing ("No stem cell 🧬 treatment has been proven", "PRP did not fully 😢 heal",
 * "No amount of PRP 💉 will regrow"), nor after other triggers. */
static int emoji_ends_no(const cck_text *text, const cck_work_cue *cues, size_t count,
                         size_t after, size_t i, int words)
{
    if (!is_emoji(text, i) || words < 1 || words > 3 ||
        !(norm_is(text, after, "no") || norm_is(text, after, "nothing")))
        return 0;
    for (size_t k = first_cue_from(cues, count, after + 1); k < count && cues[k].first_token < i;
         k++)
        if (!cues[k].dropped && cls_of(&cues[k]) == CCK_CLASS_TOPIC)
            return 0;
    size_t next = i + 1;
    while (next < text->token_count && is_emoji(text, next))
        next++;
    if (next >= text->token_count)
        return 0;
    static const char *const subjects[] = {"i", "it", "my", "we", "she", "he", "they", "our"};
    /* or a capital after the emoji, as a new sentence opens: "nothing foreign 🩸 Zero
     * chance of a reaction" */
    return cck_class_starts_at(cues, count, next, CCK_CLASS_TOPIC) ||
           cck_token_in(text, next, subjects, CCK_ARRAY_LEN(subjects)) ||
           (text->tokens[next].flags & CCK_TOKEN_CAPITALIZED);
}

/* Is the claim at token `target` inside the forward scope of the trigger ending at
 * token `after`? */
static int in_forward_scope(const cck_text *text, const cck_work_cue *cues, size_t count,
                            size_t after, size_t target, int window, int stop_at_comma)
{
    if (target <= after)
        return 0;
    int words = 0, aside_seen = 0, colon_list = 0;
    for (size_t i = after + 1; i < target; i++) {
        /* a discourse word set off by commas right after the trigger leaves the scope
         * open: "They do not, however, regrow cartilage", "There is no evidence,
         * however, that..." (not after a finished clause: "Cortisone did nothing,
         * however, the PRP healed my elbow") */
        if (i == after + 1 && i + 2 < target && is_separator(text, i) &&
            is_scope_end_cue(cues, count, i + 1) && is_separator(text, i + 2) &&
            !finishes_clause(text, cues, count, after)) {
            aside_seen = 1;
            i += 2;
            continue;
        }
        /* "NOT: an approved treatment" - a colon right after "not"; but "No:" answers,
         * as "No," does ("Should patients worry? No: stem cells are completely safe"),
         * and so does a clause that ends in its negation ("They aren't: MSCs from your
         * own fat cannot harm you") */
        int colon_after_trigger = i == after + 1 && text->tokens[i].kind == CCK_TOKEN_PUNCT &&
                                  cck_token_norm(text, i)[0] == ':' && norm_is(text, after, "not");
        if ((is_clause_break(text, i) && !colon_after_trigger) ||
            is_scope_end_cue(cues, count, i))
            return 0;
        /* what the colon introduces is a list, every item of it denied ("NOT: an
         * approved treatment, a proven cure, or risk-free") */
        if (colon_after_trigger) {
            colon_list = 1;
            continue;
        }
        if (colon_list)
            continue;
        if (emoji_ends_no(text, cues, count, after, i, words))
            return 0;
        if (stop_at_comma && cck_is_comma_or_dash(text, i) &&
            !(cck_token_norm(text, i)[0] == ',' && comma_continues_list(text, i, text->token_count))) {
            /* an aside opens right after "not" ("has not, in any trial, reversed") or
             * after "no" and its noun ("no injection, stem cell or otherwise, is"); a
             * bare "No," is an answer, not a negation held open */
            int opens = norm_is(text, after, "no") ? words == 1 : words == 0;
            int may_open = !aside_seen && opens && is_separator(text, i);
            size_t close = may_open ? aside_end(text, cues, count, i, target) : 0;
            /* after a modal, an aside may speak of the doubt in cues of its own; one
             * that ends on "does" asserts what the modal only allowed ("may, and in my
             * clinic does, heal tendons") */
            if (may_open && cck_class_ends_at(cues, count, after, CCK_CLASS_MODAL)) {
                static const char *const asserting[] = {"does", "do", "did"};
                if (close > i + 1 &&
                    cck_token_in(text, close - 1, asserting, CCK_ARRAY_LEN(asserting)))
                    return 0;
                if (!close)
                    close = hedging_aside_end(text, cues, count, i, target);
            }
            if (!close)
                return 0;
            aside_seen = 1; /* its words do not count against the window */
            i = close;
            continue;
        }
        /* after an aside the negated clause ends at the next conjunction: "could not
         * walk, at all, until stem cells cured her" */
        if (aside_seen && is_clause_joiner(text, i))
            return 0;
        if (is_word_token(&text->tokens[i]) && ++words > window)
            return 0;
    }
    return 1;
}

/* Is the claim ending at token `claim_last` inside the backward scope of a trigger
 * that starts at token `before`? */
static int in_backward_scope(const cck_text *text, const cck_work_cue *cues, size_t count,
                             size_t claim_last, size_t before)
{
    static const char *const joins[] = {"and", "but", "so", "yet", "while"};
    static const char *const subjects[] = {"the", "a",   "an",   "this", "that", "these",
                                           "those", "it", "they", "we",  "i",    "you",
                                           "he",  "she", "my",   "our",  "your", "their",
                                           "his", "her", "its"};
    if (claim_last >= before)
        return 0;
    for (size_t i = claim_last + 1; i < before; i++) {
        if (is_clause_break(text, i) || is_scope_end_cue(cues, count, i))
            return 0;
        /* a new clause with a subject of its own: "PRP heals tendons, and the critics'
         * worry is unfounded" (not a list's last item: "..., and regrows cartilage") */
        if (norm_is(text, i, ",") && i + 2 < before &&
            cck_token_in(text, i + 1, joins, CCK_ARRAY_LEN(joins)) &&
            cck_token_in(text, i + 2, subjects, CCK_ARRAY_LEN(subjects)))
            return 0;
    }
    return 1;
}

static int condition_reaches(const cck_text *text, const cck_work_cue *cues, size_t count,
                             size_t after, size_t target)
{
    if (target <= after)
        return 0;
    for (size_t i = after + 1; i < target; i++) {
        if (is_clause_break(text, i) || cck_is_comma_or_dash(text, i) || norm_is(text, i, "then"))
            return 0;
        (void)cues;
        (void)count;
    }
    return 1;
}

static int is_claim_cue(const cck_work_cue *c)
{
    return c->entry->cls == CCK_CLASS_CLAIM && c->entry->sub != CCK_CATEGORY_EXTRAPOLATION;
}

/* The first comma, dash or clause break after token `from`, or `end`: where the clause
 * that follows the comma at `from` ends. */
static size_t next_clause_end(const cck_text *text, size_t from, size_t end)
{
    for (size_t tok = from + 1; tok < end; tok++)
        if (is_clause_break(text, tok) || cck_is_comma_or_dash(text, tok))
            return tok;
    return end;
}

/* Whether the words from token `from` up to `comma` suppose that the treatment works:
 * a claim cue that names it or a verb of working ("PRP works", "it helps"), and no
 * negation ("If PRP doesn't work, stem cells will": what follows is the alternative). */
static int clause_supposes_it_works(const cck_text *text, const cck_work_cue *cues,
                                    size_t count, size_t from, size_t comma)
{
    static const char *const pronouns[] = {"it", "they", "this", "these", "that"};
    /* "works" and "helps" alone are no claim cues, but here they suppose one */
    static const char *const working[] = {"works", "work", "worked", "helps", "help",
                                          "takes", "take", "succeeds", "succeed"};
    int named = 0, claims = 0;
    for (size_t k = first_cue_from(cues, count, from); k < count && cues[k].first_token < comma;
         k++) {
        const cck_work_cue *q = &cues[k];
        if (q->dropped)
            continue;
        if (cls_of(q) == CCK_CLASS_NEGATION_PRE || cls_of(q) == CCK_CLASS_NEGATION_POST)
            return 0;
        if (cls_of(q) == CCK_CLASS_TOPIC)
            named = 1;
        else if (is_claim_cue(q) && !q->negated &&
                 (named || /* "PRP works": the claim holds the treatment's name */
                  cck_token_in(text, q->last_token, working, CCK_ARRAY_LEN(working))))
            claims = 1;
    }
    if (claims)
        return 1;
    int subject = 0;
    for (size_t i = from; i < comma; i++) {
        if (subject && cck_token_in(text, i, working, CCK_ARRAY_LEN(working)))
            return 1;
        subject |= cck_token_in(text, i, pronouns, CCK_ARRAY_LEN(pronouns)) ||
                   cck_class_starts_at(cues, count, i, CCK_CLASS_TOPIC);
    }
    return 0;
}

/* The end of the condition clause opened by the trigger t when that clause supposes the
 * treatment works ("If PRP works, you can avoid surgery", "Even if the shots help, ...")
 * or SIZE_MAX: its trigger supposes ("if", not "when"), and a claim of its own, not
 * negated, follows a treatment's name or a pronoun in it. Then the clause after the
 * comma depends on that supposition too. A condition about the reader ("If your knee
 * hurts, PRP heals it") supposes nothing about the treatment. */
static size_t supposes_it_works(const cck_text *text, const cck_work_cue *cues, size_t count,
                                const cck_work_cue *t, size_t end)
{
    static const char *const supposing[] = {"if", "assuming", "supposing", "suppose",
                                            "provided", "long"};
    int supposes = 0; /* a word of the trigger: "even if", "provided that", "as long as" */
    for (size_t i = t->first_token; i <= t->last_token && !supposes; i++)
        supposes = cck_token_in(text, i, supposing, CCK_ARRAY_LEN(supposing));
    if (!supposes)
        return SIZE_MAX;
    size_t comma = SIZE_MAX;
    for (size_t i = t->last_token + 1; i < end && comma == SIZE_MAX; i++) {
        if (is_clause_break(text, i))
            return SIZE_MAX;
        if (cck_is_comma_or_dash(text, i) || norm_is(text, i, "then"))
            comma = i;
    }
    if (comma == SIZE_MAX)
        return SIZE_MAX;
    return clause_supposes_it_works(text, cues, count, t->last_token + 1, comma) ? comma
                                                                                 : SIZE_MAX;
}

/* A bridge that links a result to its consequence ("so", "which means", "therefore",
 * "translates into") rather than naming people ("patients", "your"): the word at the
 * start of the bridge's match. */
int cck_is_connective_bridge(const cck_text *text, size_t token)
{
    static const char *const connectives[] = {
        "so",   "therefore", "hence", "thus",      "means",      "meaning",
        "which", "that",     "this",  "translates"};
    return cck_token_in(text, token, connectives, CCK_ARRAY_LEN(connectives));
}

static int is_connective_bridge(const cck_text *text, const cck_work_cue *c)
{
    return cck_is_connective_bridge(text, c->first_token);
}

/* Makes cue i, handed over to people by a connective, the sentence's primary claim:
 * an extrapolation at `level`, kept by the scanner only beside lab work. */
static void carry_over(cck_sentence_result *r, size_t i, int level)
{
    r->has_category = 1;
    r->carried_relation = 1;
    r->primary = i;
    r->category = CCK_CATEGORY_EXTRAPOLATION;
    r->category_level = level;
}

/* Whether "no" at token i opens a null result: "no difference", "no benefit", "no more
 * pain relief than saline". Not "no more swelling", a good outcome, nor one about harms
 * ("no significant side effects", "no difference in infection rates"), which says
 * nothing about whether the treatment works. */
static int null_after_no(const cck_text *text, size_t i, size_t end)
{
    static const char *const after_no[] = {"difference", "better",    "benefit",
                                           "effect",     "advantage", "improvement",
                                           "differences"};
    static const char *const qualifiers[] = {"significant", "serious", "major", "real"};
    static const char *const harms[] = {"side",       "adverse",   "complications",
                                        "complication", "safety",  "harms",
                                        "risk",       "risks",     "cost",
                                        "costs",      "infection", "infections"};
    size_t head = i + 1;
    if (norm_is(text, head, "more")) {
        for (size_t k = head + 1; k < end && k <= head + 6; k++)
            if (norm_is(text, k, "than"))
                return 1;
        return 0;
    }
    if (head + 1 < end && cck_token_in(text, head, qualifiers, CCK_ARRAY_LEN(qualifiers)))
        head++;
    if (cck_token_in(text, head, harms, CCK_ARRAY_LEN(harms)))
        return 0;
    if (!cck_token_in(text, head, after_no, CCK_ARRAY_LEN(after_no)) &&
        !(head > i + 1 && norm_is(text, head - 1, "significant")))
        return 0;
    return !(head + 2 < end && norm_is(text, head + 1, "in") &&
             cck_token_in(text, head + 2, harms, CCK_ARRAY_LEN(harms)));
}

/* The token where sentence s reports a null result ("found no difference", "no better
 * than saline", "failed to improve", "did not improve", "no significant benefit"), or
 * SIZE_MAX when it reports none. */
static size_t null_result_at(const cck_text *text, const cck_sentence *s)
{
    static const char *const after_not[] = {"improve", "improved", "differ", "superior",
                                            "better", "outperform"};
    size_t end = s->first_token + s->token_count;
    for (size_t i = s->first_token; i + 1 < end; i++) {
        if (norm_is(text, i, "no") && null_after_no(text, i, end))
            return i;
        if ((norm_is(text, i, "not") || norm_is(text, i, "didn't") || norm_is(text, i, "failed")) &&
            cck_token_in(text, i + 1, after_not, CCK_ARRAY_LEN(after_not)))
            return i;
        if (norm_is(text, i, "failed") && norm_is(text, i + 1, "to") && i + 2 < end &&
            cck_token_in(text, i + 2, after_not, CCK_ARRAY_LEN(after_not)))
            return i;
    }
    return SIZE_MAX;
}

/* Whether the null result at token `null_at` answers the primary claim p of the same
 * sentence: a concession stands between them ("PRP heals tendons, although a randomized
 * trial found no difference"; "A trial found no benefit, yet our injections regrow
 * cartilage") or opens the sentence before the null result ("Although a trial found no
 * difference, PRP heals tendons"), and the claim's side cites no evidence of its own. A
 * null phrase beside a supported claim is about something else: the comparator, a dose,
 * a time point ("... better than steroid, though there was no difference at six weeks").
 * After the null result, a claim in the past tense is the same trial's other result
 * ("found no difference at six weeks, but by one year PRP had healed more tendons"). */
static int null_answers_claim(const cck_text *text, const cck_work_cue *cv, size_t n,
                              const cck_sentence *s, const cck_work_cue *p, size_t null_at,
                              int past_tense)
{
    static const char *const concessions[] = {"although", "though", "but", "yet", "however",
                                              "despite", "whereas"};
    static const char *const openers[] = {"although", "though", "despite"};
    int claim_first = p->first_token < null_at;
    if (!claim_first && past_tense)
        return 0;
    size_t lo = claim_first ? p->last_token + 1 : null_at + 1;
    size_t hi = claim_first ? null_at : p->first_token;
    size_t cut = SIZE_MAX;
    for (size_t k = lo; k < hi && cut == SIZE_MAX; k++)
        if (cck_token_in(text, k, concessions, CCK_ARRAY_LEN(concessions)))
            cut = k;
    if (cut == SIZE_MAX && !claim_first &&
        cck_token_in(text, s->first_token, openers, CCK_ARRAY_LEN(openers))) {
        /* the opening clause runs to its comma: the claim's side starts after it */
        for (size_t k = null_at + 1; k < hi && cut == SIZE_MAX; k++)
            if (norm_is(text, k, ","))
                cut = k;
    }
    if (cut == SIZE_MAX)
        return 0;
    return claim_first ? !cites_evidence_in(cv, n, s->first_token, cut)
                       : !cites_evidence_in(cv, n, cut, s->first_token + s->token_count);
}

/* Whether anything after token `from` (to `end`) plans, tests, hedges, negates or
 * supposes: a scope or evidence cue, or a word of research or waiting. */
static int guarded_after(const cck_text *text, const cck_work_cue *cues, size_t count,
                         size_t from, size_t end)
{
    static const char *const words[] = {"trial",   "trials",  "study",    "studies",
                                        "tested",  "testing", "research", "needed",
                                        "hope",    "hopes",   "plan",     "plans",
                                        "planned", "whether", "someday",  "eventually"};
    for (size_t k = first_cue_from(cues, count, from + 1); k < count; k++) {
        int cls = cls_of(&cues[k]);
        if (cues[k].dropped)
            continue;
        if (cls == CCK_CLASS_EVIDENCE || cls == CCK_CLASS_PROFILE || cls == CCK_CLASS_HEDGE ||
            cls == CCK_CLASS_NEGATION_PRE || cls == CCK_CLASS_NEGATION_POST ||
            cls == CCK_CLASS_CONDITION || cls == CCK_CLASS_ATTRIBUTION ||
            (cls == CCK_CLASS_MODAL && cues[k].entry->level <= 2))
            return 1;
    }
    for (size_t tok = from + 1; tok < end; tok++)
        if (cck_token_in(text, tok, words, CCK_ARRAY_LEN(words)))
            return 1;
    return 0;
}

/* Whether a cue of class cls covers token i. */
static int cue_covers(const cck_work_cue *cues, size_t count, size_t i, int cls, int sub)
{
    for (size_t k = 0; k < count && cues[k].first_token <= i; k++)
        if (!cues[k].dropped && cls_of(&cues[k]) == cls &&
            (sub < 0 || cues[k].entry->sub == sub) && cues[k].last_token >= i)
            return 1;
    return 0;
}

/* Words a noun phrase starts with: where a relative clause's noun phrase stops, going
 * back from its comma, and where a clause's subject opens. */
static int is_determiner(const cck_text *text, size_t i)
{
    static const char *const determiners[] = {"the", "a",   "an",  "this", "that", "our",
                                              "your", "their", "its", "his", "her", "my"};
    return cck_token_in(text, i, determiners, CCK_ARRAY_LEN(determiners));
}

/* Whether a clause at token `at` says ours is put to use as the cause of a gain named
 * before it: "Stitches heal faster when PRP is applied", "Fractures knit twice as fast
 * once BMAC is injected". The opener (not "even if"), then ours within three tokens,
 * then the verb of use within two more; and a comparison before it that says what ours
 * adds. Without one the clause only says when: "Ice relieves the soreness once PRP is
 * injected", "Antibiotics prevent infection when PRP is injected". */
static int applied_after(const cck_text *text, const cck_work_cue *cues, size_t count,
                         const cck_sentence *s, size_t at)
{
    static const char *const openers[] = {"when", "whenever", "once", "if"};
    static const char *const used[] = {"applied", "added", "used", "injected", "combined",
                                       "given", "sprayed"};
    static const char *const gains[] = {"faster", "quicker", "sooner", "better", "stronger",
                                        "fast", "twice", "more"};
    size_t end = s->first_token + s->token_count;
    if (!cck_token_in(text, at, openers, CCK_ARRAY_LEN(openers)) ||
        (at > s->first_token && norm_is(text, at - 1, "even")))
        return 0;
    int gain = 0;
    for (size_t k = s->first_token; k < at && !gain; k++)
        gain = cck_token_in(text, k, gains, CCK_ARRAY_LEN(gains));
    if (!gain)
        return 0;
    for (size_t k = first_cue_from(cues, count, at + 1);
         k < count && cues[k].first_token <= at + 3; k++) {
        if (cues[k].dropped || cls_of(&cues[k]) != CCK_CLASS_TOPIC)
            continue;
        for (size_t tok = cues[k].last_token + 1; tok < end && tok <= cues[k].last_token + 2;
             tok++) {
            if (norm_is(text, tok, "not") || norm_is(text, tok, "never"))
                break;
            if (cck_token_in(text, tok, used, CCK_ARRAY_LEN(used)))
                return 1;
        }
    }
    return 0;
}

/* How many tokens a subject's determiner and modifiers may take before its head. */
#define OTHER_NP_MAX 6

/* Whether a cue naming another treatment or thing ends at token k. */
static int other_ends_at(const cck_work_cue *cues, size_t count, size_t k)
{
    for (size_t i = 0; i < count && cues[i].first_token <= k; i++)
        if (!cues[i].dropped && cues[i].last_token == k && cck_names_other(cues[i].entry))
            return 1;
    return 0;
}

/* Whether the claim or booster cue c is made about another treatment that is the
 * subject of its clause: "Ice relieves the pain after a PRP shot", "Physio is the
 * surest bet for a sore tendon, not PRP". The clause runs back from the claim to a
 * clause break, a comma or dash, or a word that opens a new clause; another treatment
 * or thing (cck_names_other: "Ice", "Sutures") starts it, within its first three tokens,
 * and no treatment of ours is named in it. Claims about avoiding surgery name the surgery
 * themselves. */
static int other_subject(const cck_text *text, const cck_work_cue *cues, size_t count,
                         const cck_sentence *s, const cck_work_cue *c)
{
    static const char *const openers[] = {"so",      "then",  "because", "since",   "when",
                                          "while",   "therefore", "thus", "once",   "whereas",
                                          "but",     "until", "although", "though", "which",
                                          "that",    "who"};
    static const char *const relatives[] = {"which", "that", "who"};
    /* "and" or "or" before a new subject opens a clause; between nouns it joins the
     * subject ("Ice and elevation relieve the swelling") */
    static const char *const and_or[] = {"and", "or"};
    static const char *const subjects[] = {"our", "the", "my", "their", "his", "her", "its",
                                           "we",  "they", "it", "you",  "i",   "your", "this",
                                           "these", "those"};
    if (c->entry->sub == CCK_CATEGORY_SURGERY)
        return 0;
    /* most claims have no alternative before them in the sentence: one look at the
     * cues, before the clause is read word by word */
    int any = 0;
    for (size_t k = first_cue_from(cues, count, s->first_token);
         k < count && cues[k].first_token < c->first_token && !any; k++)
        any = !cues[k].dropped && cck_names_other(cues[k].entry);
    if (!any)
        return 0;
    /* the claim's own words name ours: "Ultrasound guidance is what makes PRP work" */
    for (size_t k = first_cue_from(cues, count, c->first_token);
         k < count && cues[k].first_token <= c->last_token; k++)
        if (cls_of(&cues[k]) == CCK_CLASS_TOPIC)
            return 0;
    size_t start = c->first_token;
    while (start > s->first_token) {
        size_t prev = start - 1;
        /* a relative clause of the other's own is part of its subject: "The centrifuge
         * that spins down your PRP is a revolutionary bit of engineering" */
        if (prev > s->first_token && cck_token_in(text, prev, relatives, CCK_ARRAY_LEN(relatives)) &&
            other_ends_at(cues, count, prev - 1)) {
            start = prev;
            continue;
        }
        if (is_clause_break(text, prev) || cck_is_comma_or_dash(text, prev) ||
            cck_token_in(text, prev, openers, CCK_ARRAY_LEN(openers)) ||
            (cck_token_in(text, prev, and_or, CCK_ARRAY_LEN(and_or)) &&
             (cck_token_in(text, start, subjects, CCK_ARRAY_LEN(subjects)) ||
              cck_class_starts_at(cues, count, start, CCK_CLASS_TOPIC))))
            break;
        start = prev;
    }
    if (start == c->first_token)
        return 0;
    /* a pronoun right after a comma takes the thing that closes the clause before it,
     * when that is another thing and not ours: "do not skip the frozen peas, they work
     * miracles" */
    if ((norm_is(text, start, "they") || norm_is(text, start, "it")) &&
        start > s->first_token + 1 && cck_is_comma_or_dash(text, start - 1)) {
        const cck_work_cue *last = NULL;
        for (size_t k = first_cue_from(cues, count, s->first_token);
             k < count && cues[k].first_token < start - 1; k++)
            if (!cues[k].dropped && cues[k].last_token < start - 1 &&
                (cls_of(&cues[k]) == CCK_CLASS_TOPIC || cck_names_other(cues[k].entry)))
                last = &cues[k];
        /* (not a phrase set before the clause: "Unlike surgery, they carry no risk") */
        static const char *const fronted[] = {"unlike", "like",   "instead", "compared",
                                              "besides", "beyond", "after",   "before",
                                              "with",    "without", "versus", "than"};
        size_t open = start - 1;
        while (open > s->first_token && !is_clause_break(text, open - 1) &&
               !cck_is_comma_or_dash(text, open - 1))
            open--;
        if (last && cls_of(last) != CCK_CLASS_TOPIC && last->last_token + 3 >= start - 1 &&
            !cck_token_in(text, open, fronted, CCK_ARRAY_LEN(fronted)))
            return 1;
    }
    static const char *const generic[] = {"alternative", "alternatives", "other"};
    /* ours named only as the time of the other ("Ice after PRP relieves the soreness")
     * or as what the other prepares ("The centrifuge we use to prepare your PRP is a
     * revolutionary piece of engineering") */
    static const char *const beside[] = {
        "after",   "before",    "following", "prepare",  "prepares",  "preparing",
        "spin",    "spins",     "process",   "processes", "concentrate", "concentrates",
        "at"};
    /* the other named within the clause's first three tokens, or later behind a
     * determiner and its modifiers: "A well-fitted brace protects the knee" */
    size_t reach = start + 3;
    if (is_determiner(text, start)) {
        static const char *const verbs[] = {"is", "are", "was", "were", "has", "have",
                                            "had", "will", "can", "does", "do", "did"};
        size_t k = start + 1;
        while (k < start + OTHER_NP_MAX && k < c->first_token &&
               (is_word_token(&text->tokens[k]) || norm_is(text, k, "-")) &&
               !cck_token_in(text, k, verbs, CCK_ARRAY_LEN(verbs)))
            k++;
        if (k + 1 > reach)
            reach = k + 1;
    }
    int other = 0;
    for (size_t k = first_cue_from(cues, count, start); k < count && cues[k].first_token <
                                                                   c->first_token; k++) {
        const cck_work_cue *q = &cues[k];
        /* a topic inside a claim's words is still ours ("makes PRP work every time"
         * for the booster after it) */
        if (q->dropped && !(cls_of(q) == CCK_CLASS_TOPIC &&
                            cue_covers(cues, count, q->first_token, CCK_CLASS_CLAIM, -1)))
            continue;
        if (cls_of(q) == CCK_CLASS_TOPIC) {
            /* (the word may stand up to three tokens before it: "spins down your PRP",
             * "the parking lot at our stem cell clinic") */
            int aside = 0;
            for (size_t back = 1; other && back <= 3 && q->first_token >= start + back; back++)
                if (cck_token_in(text, q->first_token - back, beside, CCK_ARRAY_LEN(beside)))
                    aside = 1;
            if (!aside)
                return 0;
            continue;
        }
        /* a treatment, not the word "alternative": "the only alternative that regrows
         * cartilage" is ours */
        if (cck_names_other(q->entry) && q->first_token < reach &&
            q->last_token < c->first_token &&
            !cck_token_in(text, q->first_token, generic, CCK_ARRAY_LEN(generic)))
            other = 1;
    }
    if (!other)
        return 0;
    /* the alternative only names the people: "Knee replacement patients heal faster
     * with PRP" */
    static const char *const people[] = {"patients", "patient", "people",  "candidates",
                                         "athletes", "runners", "clients", "sufferers"};
    for (size_t tok = start; tok < c->first_token; tok++)
        if (cck_token_in(text, tok, people, CCK_ARRAY_LEN(people)))
            return 0;
    /* a comparison that ends on our treatment, or the treatment added to the other,
     * is about ours: "Cortisone shots are far less effective at healing tendons than
     * PRP", "Recovery from surgery is twice as fast with PRP" */
    static const char *const joined[] = {"than", "like", "with", "thanks"};
    for (size_t tok = c->last_token + 1; tok < s->first_token + s->token_count; tok++) {
        if (is_clause_break(text, tok) || cck_is_comma_or_dash(text, tok))
            break;
        if (applied_after(text, cues, count, s, tok))
            return 0;
        if (!cck_token_in(text, tok, joined, CCK_ARRAY_LEN(joined)))
            continue;
        /* but not a comparison the other wins against all of ours: "better than any
         * stem cell injection" */
        if (tok + 1 < s->first_token + s->token_count &&
            (norm_is(text, tok + 1, "any") || norm_is(text, tok + 1, "every")))
            continue;
        for (size_t k = first_cue_from(cues, count, tok + 1);
             k < count && cues[k].first_token <= tok + 3; k++)
            if (!cues[k].dropped && cls_of(&cues[k]) == CCK_CLASS_TOPIC)
                return 0;
    }
    return 1;
}

static int is_past_tense(const cck_text *text, size_t token)
{
    const char *w = cck_token_norm(text, token);
    size_t n = text->tokens[token].norm_len;
    if (n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd')
        return 1;
    return norm_is(text, token, "regrew") || norm_is(text, token, "rebuilt") ||
           norm_is(text, token, "grew") || norm_is(text, token, "sped") ||
           norm_is(text, token, "led");
}

/* Whether the claim starting at token `at` opens a relative clause about another
 * treatment: ", which regrows hair" after a noun phrase (back to its determiner, at
 * most a few words) whose head names an alternative ("the Lumen laser cap") and that
 * names no topic.
 * "We inject PRP into the tendon, which speeds healing" stays a claim about PRP. */
#define RELATIVE_NP_MAX 5
static int relative_clause_elsewhere(const cck_text *text, const cck_sentence *s,
                                     const cck_work_cue *cues, size_t count, size_t at)
{
    if (at < s->first_token + 3 || !norm_is(text, at - 1, "which"))
        return 0;
    const cck_token *comma = &text->tokens[at - 2];
    if (comma->kind != CCK_TOKEN_PUNCT || comma->norm_len != 1 ||
        cck_token_norm(text, at - 2)[0] != ',')
        return 0;
    /* the head noun, right before the comma, is the alternative ("the Lumen laser
     * cap", not "every laser comb session") */
    if (!cue_covers(cues, count, at - 3, CCK_CLASS_PROFILE, CCK_DISCUSSES_ALTERNATIVES) &&
        !cue_covers(cues, count, at - 3, CCK_CLASS_SUBJECT, -1))
        return 0;
    for (size_t k = at - 3, words = 0; words < RELATIVE_NP_MAX; k--, words++) {
        if (!is_word_token(&text->tokens[k]))
            break;
        if (cue_covers(cues, count, k, CCK_CLASS_TOPIC, -1))
            return 0;
        if (is_determiner(text, k) || k == s->first_token)
            break;
    }
    return 1;
}

/* Whether the testimonial cue c is the author's own voice, which a report in the same
 * sentence speaks through ("my patients all tell me", "in my experience"): it opens
 * on a first-person word and does not end on a possessive, which names whose the
 * speaker is ("my dad's cardiologist says"). "Patients I met said" and "happy
 * patients say" report other people. */
static int own_testimonial(const cck_text *text, const cck_work_cue *c)
{
    static const char *const first_person[] = {"my", "our", "i",  "we",  "i've", "we've",
                                               "i'm", "in", "me", "us", "mine"};
    if (norm_is(text, c->last_token, "mine")) /* "it healed mine" */
        return 1;
    if (!cck_token_in(text, c->first_token, first_person, CCK_ARRAY_LEN(first_person)))
        return 0;
    return !cck_token_is_possessive(text, c->last_token);
}

/* Whether the report at token `at` stands in a clause of its own that "so" opens after
 * the sentence's last claim, as what the author tells the reader to stop or likens
 * something to: "..., so stop calling my clinic a scam", "..., so it isn't some
 * back-alley thing like people on here keep saying". Not "..., or so the clinic says",
 * "..., so says the brochure", "..., so the sales rep told me", nor a report after a
 * comma that closes the whole sentence ("..., so book today, the ad says"). */
static int so_between(const cck_text *text, const cck_work_cue *cv, size_t n, size_t at)
{
    static const char *const urged[] = {"stop", "quit", "keep", "keeps", "kept"};
    size_t from = SIZE_MAX;
    for (size_t i = 0; i < n; i++)
        if (!cv[i].dropped && is_claim_cue(&cv[i]) &&
            cv[i].entry->sub != CCK_CATEGORY_EXTRAPOLATION && cv[i].last_token < at)
            from = cv[i].last_token + 1;
    if (from == SIZE_MAX || at == 0)
        return 0;
    size_t so = SIZE_MAX;
    for (size_t k = from; k < at; k++)
        if (norm_is(text, k, "so") && !norm_is(text, k - 1, "or") &&
            !norm_is(text, k - 1, "least"))
            so = k;
    if (so == SIZE_MAX)
        return 0;
    for (size_t k = so + 1; k < at; k++)
        if (cck_is_comma_or_dash(text, k) || is_clause_break(text, k))
            return 0;
    if (cck_token_in(text, at - 1, urged, CCK_ARRAY_LEN(urged)))
        return 1;
    for (size_t k = so + 1; k < at; k++)
        if (norm_is(text, k, "like") && at <= k + 5)
            return 1;
    return 0;
}

/* Whether the attribution c is a belief the author holds at a distance: "my clients
 * still believe", "our patients assume", "patients mistakenly believe". The author's
 * patients who simply "believe" it may be vouching for it. */
static int doubted_belief(const cck_text *text, const cck_work_cue *c)
{
    static const char *const doubt[] = {"still",   "wrongly", "mistakenly",
                                        "falsely", "assume",  "assumes"};
    for (size_t k = c->first_token; k <= c->last_token; k++)
        if (cck_token_in(text, k, doubt, CCK_ARRAY_LEN(doubt)))
            return 1;
    return 0;
}

/* Whether the testimonial cue c names a relative or friend who then speaks: an
 * attribution starts within four tokens after it ("my brother-in-law swears his shot
 * let him skip surgery", "my mom says"). Their claim is reported, not the author's
 * own; the author's patients telling the author ("my patients all tell me") stay the
 * author's testimony. */
static int relative_speaks(const cck_text *text, const cck_work_cue *cues, size_t count,
                           const cck_work_cue *c)
{
    static const char *const people[] = {
        "brother", "sister", "mom",    "mum",      "mother",   "dad",     "father",
        "wife",    "husband", "partner", "friend",  "cousin",   "uncle",   "aunt",
        "grandma", "grandpa", "son",    "daughter", "neighbor", "neighbour", "coworker",
        "boss"};
    if (!cck_token_in(text, c->last_token, people, CCK_ARRAY_LEN(people)))
        return 0;
    for (size_t k = first_cue_from(cues, count, c->last_token + 1);
         k < count && cues[k].first_token <= c->last_token + 4; k++)
        if (!cues[k].dropped && cls_of(&cues[k]) == CCK_CLASS_ATTRIBUTION)
            return 1;
    return 0;
}

/* Whether token k opens a subject of the author's own: a pronoun, a determiner ("...,
 * but the vials my clinic uses are registered with the FDA") or a topic. */
static int answer_subject(const cck_text *text, const cck_work_cue *cv, size_t n, size_t k)
{
    static const char *const openers[] = {"it",   "they", "these", "this", "those",
                                          "i",    "we",   "the",   "our",  "my"};
    return cck_token_in(text, k, openers, CCK_ARRAY_LEN(openers)) ||
           cck_class_starts_at(cv, n, k, CCK_CLASS_TOPIC);
}

/* Whether the clause from token `from` (right after a semicolon) shows the author
 * taking over within its first words: a first-person word or "later" ("what I do know
 * is ...", "three rounds of BMAC later I'm fifty-four"), not a report's list going on
 * ("; that the stem cells regrow cartilage", "; PRP, in his telling, heals any
 * tendon"). */
#define AUTHORS_TURN_REACH 10
static int authors_turn(const cck_text *text, size_t from, size_t end)
{
    static const char *const own[] = {"i",   "i'm", "i've", "i'd", "my",  "me",
                                      "we",  "we're", "we've", "our", "later"};
    if (from < end && norm_is(text, from, "that"))
        return 0;
    for (size_t k = from; k < end && k < from + AUTHORS_TURN_REACH; k++)
        if (cck_token_in(text, k, own, CCK_ARRAY_LEN(own)))
            return 1;
    return 0;
}

/* Whether the claim at `claim` stands in a clause of its own after every attribution
 * of the sentence: a semicolon, colon or dash lies between them, after the report is
 * judged ("Anyone who tells you otherwise is wrong: PRP heals tendons", "my surgeon told
 * me, and he was right - it healed mine"; a comma right after the judging word does
 * too) or before a contrast ("Critics say PRP does nothing; in fact it heals tendons").
 * "The clinic claims: PRP heals" and "The website claims two things: ..." still
 * report. */
static int own_clause_after_report(const cck_text *text, const cck_work_cue *cv, size_t n,
                                   const cck_work_cue *claim)
{
    size_t last = SIZE_MAX;
    for (size_t i = 0; i < n; i++)
        if (!cv[i].dropped && !cv[i].negated && cls_of(&cv[i]) == CCK_CLASS_ATTRIBUTION &&
            (last == SIZE_MAX || cv[i].last_token > last))
            last = cv[i].last_token;
    if (last == SIZE_MAX || claim->first_token <= last)
        return 0;
    /* the report judged before the break, either way ("... is wrong:", "... he was
     * right - it healed mine"), contradicted right after it ("; in fact ..."), or
     * already given its subject ("people argue about cortisone:", "nobody gets to argue
     * with this one:"): a colon after "says in interview" or "claims two things"
     * introduces the report itself */
    static const char *const judged[] = {
        "wrong",        "lying",       "mistaken",  "misinformed", "lies",     "nonsense",
        "kidding",      "right",       "true",      "correct",     "lie",      "untrue",
        "false",        "misleading",  "rubbish",   "myth",        "exaggeration",
        "exaggerated",  "overstates",  "overstated", "scam",      "hoax",     "fraud",
        "quackery"};
    /* a report the author waves away or sets against the claim: "Forget what your
     * insurer says about it: PRP works", "Never mind what the critics think, stem cells
     * ...", "Contrary to what critics say, ...", "Despite what skeptics claim, ..." */
    static const char *const dismiss[] = {"forget", "ignore", "mind", "disregard", "unlike",
                                          "despite"};
    int dismissed = 0; /* (the words looked at are the report's own, or just before it) */
    for (size_t k = last, back = 0; k > 1 && back < 6; k--, back++) {
        if (!norm_is(text, k - 1, "what"))
            continue;
        size_t w = k - 2;
        if (cck_token_in(text, w, dismiss, CCK_ARRAY_LEN(dismiss)) ||
            (w > 0 && norm_is(text, w, "to") && norm_is(text, w - 1, "contrary")) ||
            (w > 0 && norm_is(text, w, "of") &&
             (norm_is(text, w - 1, "spite") || norm_is(text, w - 1, "regardless")))) {
            dismissed = 1;
            break;
        }
    }
    int judge = 0;
    size_t subject_at = SIZE_MAX;
    for (size_t k = last + 1; k < claim->first_token; k++) {
        int dash = cck_is_dash(text, k);
        if (dismissed && (dash || norm_is(text, k, ",") || norm_is(text, k, ";") ||
                          norm_is(text, k, ":")))
            return 1;
        /* the author's answer to a report that has said its piece: "Skeptics say stem
         * cells are hype, but they regrow cartilage" (not "..., but only in some
         * patients", "..., but also that it prevents arthritis") */
        if (k > last + 2 && norm_is(text, k, "but") && norm_is(text, k - 1, ",") &&
            claim->first_token <= k + 8 && k + 1 < claim->first_token &&
            answer_subject(text, cv, n, k + 1))
            return 1;
        if (norm_is(text, k, ";") || norm_is(text, k, ":") || dash) {
            size_t n1 = k + 1;
            int contrast = n1 < claim->first_token &&
                           (norm_is(text, n1, "actually") || norm_is(text, n1, "but") ||
                            (norm_is(text, n1, "in") && n1 + 1 < claim->first_token &&
                             norm_is(text, n1 + 1, "fact")));
            /* the subject given just before the colon, not "argues about it in its
             * FAQ:" */
            int subject_given = subject_at != SIZE_MAX && k <= subject_at + 3;
            /* a report whose content ended before a semicolon without a claim of its
             * own: "I'm wary of anyone who says otherwise; what I do know is that ...",
             * "My surgeon said I'd need a new knee by fifty; three rounds of BMAC later
             * ..." */
            int said_its_piece = 0;
            /* ... or waved away before it: "The skeptics can sneer all they like;" */
            int waved = k >= 3 && norm_is(text, k - 3, "all") &&
                        (norm_is(text, k - 2, "they") || norm_is(text, k - 2, "you")) &&
                        (norm_is(text, k - 1, "like") || norm_is(text, k - 1, "want"));
            if (norm_is(text, k, ";") && k > last + 1 &&
                (waved || authors_turn(text, k + 1, claim->first_token))) {
                said_its_piece = 1;
                for (size_t i = 0; i < n; i++)
                    if (!cv[i].dropped && is_claim_cue(&cv[i]) &&
                        cv[i].entry->sub != CCK_CATEGORY_EXTRAPOLATION &&
                        cv[i].first_token > last && cv[i].last_token < k)
                        said_its_piece = 0;
            }
            return judge || contrast || subject_given || said_its_piece;
        }
        /* a comma right after the judgement breaks the clause as well: "whoever told
         * you PRP does nothing was wrong, it works" */
        if (k > last + 1 && norm_is(text, k, ",") &&
            cck_token_in(text, k - 1, judged, CCK_ARRAY_LEN(judged)))
            return 1;
        judge |= cck_token_in(text, k, judged, CCK_ARRAY_LEN(judged));
        if (norm_is(text, k, "about") || (k == last + 1 && norm_is(text, k, "with")))
            subject_at = k;
    }
    return 0;
}

/* Where the negation t ends: its last token, or for "Nothing, not even PRP, heals the
 * tendon" (or "(not even PRP)", "- not even PRP -") the mark that closes the aside,
 * which would otherwise end its scope. A "Nothing" that opens the sentence may take a
 * few words of its own before the aside ("Nothing we tried, from PRP to stem cells,
 * repaired her cartilage", "Nothing on the market, including PRP, regrows cartilage"),
 * and then the aside must say that it lists things: "Nothing we tried helped, then PRP
 * healed it, and ..." has no aside. */
#define ASIDE_MAX 8
#define NOTHING_OWN_WORDS 4
static size_t negation_end(const cck_text *text, const cck_sentence *s, const cck_work_cue *t)
{
    static const char *const own_openers[] = {"we", "i",  "you",  "they", "he",    "she",
                                              "my", "our", "on",  "in",   "that", "which",
                                              "else"};
    /* "not" also opens "not even PRP" and "not PRP, not stem cells" */
    static const char *const listing[] = {"from", "including", "even", "like", "neither",
                                          "whether", "not"};
    size_t at = t->last_token, end = s->first_token + s->token_count;
    if (!norm_is(text, at, "nothing"))
        return at;
    size_t mark = at + 1;
    if (t->first_token == s->first_token && mark < end &&
        cck_token_in(text, mark, own_openers, CCK_ARRAY_LEN(own_openers)))
        while (mark < end && mark <= at + NOTHING_OWN_WORDS && is_word_token(&text->tokens[mark]))
            mark++;
    if (mark + 3 >= end)
        return at;
    if (!cck_token_in(text, mark + 1, listing, CCK_ARRAY_LEN(listing)))
        return at;
    int comma = norm_is(text, mark, ","), paren = norm_is(text, mark, "(");
    int dash = cck_is_dash(text, mark);
    if (!comma && !paren && !dash)
        return at;
    for (size_t k = mark + 2; k < end && k <= mark + 3 + ASIDE_MAX; k++) {
        if ((comma && norm_is(text, k, ",")) || (paren && norm_is(text, k, ")")) ||
            (dash && cck_is_dash(text, k)))
            return k;
        if (is_clause_break(text, k))
            break;
    }
    return at;
}

/* Whether the negation t, ending at token t_end (negation_end), is "nothing" that a
 * comparison with our treatment makes a superlative: "Nothing heals a tendon like PRP
 * does", "Nothing regrows hair better than exosomes", "Nothing, not even cortisone, heals
 * a tendon like PRP", "Nothing else restores collagen the way our exosome facial does",
 * "nothing rebuilds a disc as well as our protocol" claim that ours does it best. The
 * comparison word is in the clause after t, and a topic follows it within three tokens. */
static int nothing_like_ours(const cck_text *text, const cck_work_cue *cv, size_t n,
                             const cck_sentence *s, const cck_work_cue *t, size_t t_end)
{
    /* "Nothing beats PRP", "nothing compares to our exosome facial" */
    static const char *const rivals[] = {"beats",    "beat",   "tops",     "rivals",
                                         "matches",  "match",  "compares", "compared",
                                         "outperforms", "outdoes", "touches"};
    if (!norm_is(text, t->first_token, "nothing"))
        return 0;
    size_t end = s->first_token + s->token_count;
    /* "Nothing but PRP healed it", "nothing except stem cells": ours did */
    if (t->last_token + 1 < end && (norm_is(text, t->last_token + 1, "but") ||
                                    norm_is(text, t->last_token + 1, "except")))
        return 1;
    for (size_t k = t_end + 1; k < end; k++) {
        if (is_clause_break(text, k) || cck_is_comma_or_dash(text, k))
            return 0;
        if (!norm_is(text, k, "like") && !norm_is(text, k, "than") && !norm_is(text, k, "as") &&
            !norm_is(text, k, "way") &&
            !cck_token_in(text, k, rivals, CCK_ARRAY_LEN(rivals)))
            continue;
        for (size_t q = first_cue_from(cv, n, k + 1); q < n && cv[q].first_token <= k + 3; q++)
            if (!cv[q].dropped && cls_of(&cv[q]) == CCK_CLASS_TOPIC)
                return 1;
    }
    return 0;
}

/* Where the scope of the negation t ("nothing", ending at token t_end) stops: at a
 * clause it does not deny, "Nothing helped until PRP healed the tear", "nothing
 * prepared me for how fast stem cells cured my back", which says the treatment did.
 * SIZE_MAX for other negations or when there is none. */
static size_t nothing_stop(const cck_text *text, const cck_sentence *s, const cck_work_cue *t,
                           size_t t_end)
{
    static const char *const stops[] = {"until", "till", "how"};
    if (!norm_is(text, t->first_token, "nothing"))
        return SIZE_MAX;
    size_t end = s->first_token + s->token_count;
    for (size_t k = t_end + 1; k < end; k++) {
        if (is_clause_break(text, k))
            break;
        if (cck_token_in(text, k, stops, CCK_ARRAY_LEN(stops)))
            return k;
    }
    return SIZE_MAX;
}

/* Whether the relative clause from token `from` (after "nobody" or "nothing") denies the
 * noun before it, within a few words: "nobody has proven", "nobody can replicate",
 * "nobody in the field believes". */
#define RELATIVE_DENIAL_REACH 6
static int relative_denies(const cck_text *text, size_t from, size_t end)
{
    static const char *const denials[] = {
        "proven",    "proved",     "shown",      "demonstrated", "demonstrate", "confirmed",
        "confirm",   "replicated", "replicate",  "believes",     "believe",     "believed",
        "found",     "find",       "seen",       "see",          "verified",    "verify",
        "got",       "gets",       "needed",     "needs",        "promised",    "delivered",
        "measured",  "reproduced", "reproduce",  "backed",       "supported",   "supports"};
    for (size_t k = from; k < end && k < from + RELATIVE_DENIAL_REACH; k++) {
        if (!is_word_token(&text->tokens[k]))
            return 0;
        if (cck_token_in(text, k, denials, CCK_ARRAY_LEN(denials)))
            return 1;
    }
    return 0;
}

/* Whether cue c stands inside a report: after the last attribution, in its clause. */
static int inside_report(const cck_text *text, const cck_work_cue *cv, size_t n,
                         const cck_work_cue *c)
{
    int after = 0;
    for (size_t i = 0; i < n; i++)
        if (!cv[i].dropped && !cv[i].negated && cls_of(&cv[i]) == CCK_CLASS_ATTRIBUTION &&
            cv[i].last_token < c->first_token)
            after = 1;
    return after && !own_clause_after_report(text, cv, n, c);
}

/* Whether tokens a and b (a < b) stand in clauses of their own: a semicolon between
 * them, or a comma and a conjunction that opens a clause with a subject of its own, a
 * pronoun or the treatment, perhaps after an aside word ("PRP may help some patients,
 * and it regrows cartilage in everyone"; "..., but stem cells permanently fix torn
 * ligaments"; "..., and honestly they regrow nerves"; "..., and whether they help is
 * still being studied"), not a list's next item ("may ease pain in some patients, and
 * regrow cartilage") nor what the hedge goes on to say ("..., but more research is
 * needed"). */
static int in_separate_clauses(const cck_text *text, const cck_work_cue *cues, size_t count,
                               size_t a, size_t b)
{
    static const char *const joins[] = {"and", "but", "yet", "while", "whereas"};
    static const char *const subjects[] = {"it",  "they", "we",  "i",    "you",   "he",
                                           "she", "our",  "my",  "your", "their", "his",
                                           "her", "its",  "whether"};
    static const char *const asides[] = {"honestly", "frankly", "actually", "really",
                                         "now",      "also",    "luckily",  "thankfully"};
    for (size_t i = a + 1; i < b; i++) {
        if (norm_is(text, i, ";"))
            return 1;
        if (!cck_is_comma_or_dash(text, i) || i + 2 >= b ||
            !cck_token_in(text, i + 1, joins, CCK_ARRAY_LEN(joins)))
            continue;
        /* an aside between two dashes ("It is possible — but we can't be sure — that
         * PRP heals") is not a clause of its own */
        if (cck_is_dash(text, i)) {
            int paired = 0;
            for (size_t k = i + 1; k < b && !paired; k++)
                paired = cck_is_dash(text, k);
            if (paired)
                continue;
        }
        size_t at = i + 2;
        if (at + 1 < b && cck_token_in(text, at, asides, CCK_ARRAY_LEN(asides)))
            at++;
        if (cck_token_in(text, at, subjects, CCK_ARRAY_LEN(subjects)) ||
            cck_class_starts_at(cues, count, at, CCK_CLASS_TOPIC))
            return 1;
    }
    return 0;
}

/* Whether a hedge of the sentence stands in the clause of the claim c, or in one its
 * clause is not set apart from: then it caps c. hedges holds the indexes into cv of the
 * first HEDGES_KEPT of the sentence's `count` hedges; past that many, every one caps. */
static int hedge_reaches(const cck_text *text, const cck_work_cue *cv, size_t n,
                         const size_t *hedges, size_t count, const cck_work_cue *c)
{
    if (count > HEDGES_KEPT)
        return 1;
    for (size_t k = 0; k < count; k++) {
        const cck_work_cue *h = &cv[hedges[k]];
        /* an aside of doubt right after the hedge leaves it the clause after: "It is
         * possible, but we can't be sure, that PRP heals partial tears" */
        size_t from = h->last_token;
        if (from + 1 < c->first_token && is_separator(text, from + 1)) {
            size_t close = hedging_aside_end(text, cv, n, from + 1, c->first_token);
            if (close)
                from = close;
        }
        int apart = h->last_token < c->first_token
                        ? in_separate_clauses(text, cv, n, from, c->first_token)
                        : in_separate_clauses(text, cv, n, c->last_token, h->first_token);
        if (!apart)
            return 1;
    }
    return 0;
}

/* Whether the hedge h stands inside a report and a claim or booster after it stands in
 * a clause of the author's own (own_clause_after_report). */
static int hedge_in_answered_report(const cck_text *text, const cck_work_cue *cv, size_t n,
                                    const cck_work_cue *h)
{
    if (!inside_report(text, cv, n, h))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!cv[i].dropped && (is_claim_cue(&cv[i]) || cls_of(&cv[i]) == CCK_CLASS_BOOSTER) &&
            cv[i].first_token > h->last_token &&
            own_clause_after_report(text, cv, n, &cv[i]))
            return 1;
    return 0;
}

/* How a claim ranks as the sentence's primary, lowest first: the author's own asserted
 * claim, then a conditional one, then one inside a report or a quotation ("The forum
 * insists exosomes definitely work, which is wrong: exosomes are a breakthrough that
 * rebuilds collagen" is about the author's breakthrough). */
static int claim_key(const cck_text *text, const cck_work_cue *cv, size_t n, int attribution,
                     const cck_work_cue *c)
{
    int elsewhere = c->quoted || (attribution && inside_report(text, cv, n, c));
    return 2 * elsewhere + c->conditional;
}

/* Whether cue c starts inside the negation t, after its first word and on a word that
 * is not the negation's own "no": the "proven to" of "are not proven to cure" and of
 * "has not been proven to heal" is what they deny, but the "no doubt" of "There is no
 * doubt" is the negation's own word, and it is a booster. */
static int starts_inside(const cck_text *text, const cck_work_cue *c, const cck_work_cue *t)
{
    static const char *const denials[] = {"no", "not", "never", "nothing", "none", "nobody"};
    return c->first_token > t->first_token && c->first_token <= t->last_token &&
           !cck_token_in(text, c->first_token, denials, CCK_ARRAY_LEN(denials));
}

/* Whether the topic cue c is named only to be set aside for something said before or
 * after it: ", not (the) PRP,", "rather than PRP", ", unlike PRP,", "instead of PRP"
 * after some other words of the sentence, or "Unlike PRP," opening it. A treatment set
 * aside is not what the sentence is about: "Physiotherapy, not PRP, is what healed my
 * tendon", "Surgery rather than stem cells is proven to repair a full tear" (but "Unlike
 * surgery, PRP heals tendons" names PRP as its subject, and "nothing heals better than
 * PRP" praises it). */
static int set_aside(const cck_text *text, const cck_sentence *s, const cck_work_cue *c)
{
    static const char *const determiners[] = {"the", "a", "an", "our", "your", "my", "their"};
    size_t k = c->first_token;
    if (k > s->first_token && cck_token_in(text, k - 1, determiners, CCK_ARRAY_LEN(determiners)))
        k--; /* "It was rest, not the stem cell injection, that fixed my back" */
    /* "Unlike PRP, cortisone relieves pain within hours" */
    if (k == s->first_token + 1 && norm_is(text, k - 1, "unlike"))
        return 1;
    if (k < s->first_token + 2)
        return 0;
    if (norm_is(text, k - 1, "unlike") || norm_is(text, k - 1, "not"))
        return norm_is(text, k - 2, ",");
    return (norm_is(text, k - 1, "than") && norm_is(text, k - 2, "rather")) ||
           (norm_is(text, k - 1, "of") && norm_is(text, k - 2, "instead"));
}

/* Whether token k opens a clause after ", and", ", but", ";" or ":". */
static int opens_clause_after_comma(const cck_text *text, const cck_sentence *s, size_t k)
{
    if (k < s->first_token + 2)
        return 0;
    if (norm_is(text, k - 1, ";") || norm_is(text, k - 1, ":"))
        return 1;
    return (norm_is(text, k - 1, "and") || norm_is(text, k - 1, "but")) &&
           norm_is(text, k - 2, ",");
}

/* Whether "I" or "we" at token k agree, closing the clause: "I agree", "we fully agree",
 * "I couldn't agree more" (not "I agree with the critics", "I don't agree"). */
static int agrees_at(const cck_text *text, size_t k, size_t end)
{
    static const char *const by[] = {"i", "we"};
    static const char *const adverbs[] = {"fully", "totally", "completely", "100%",
                                          "wholeheartedly", "absolutely", "entirely"};
    static const char *const cannot[] = {"couldn't", "cannot", "can't", "couldnt",
                                         "cant"};
    if (!cck_token_in(text, k, by, CCK_ARRAY_LEN(by)))
        return 0;
    size_t at = k + 1;
    int more = 0;
    if (at < end && cck_token_in(text, at, cannot, CCK_ARRAY_LEN(cannot))) {
        at++;
        more = 1;
    } else if (at < end && cck_token_in(text, at, adverbs, CCK_ARRAY_LEN(adverbs))) {
        at++;
    }
    if (at >= end || !norm_is(text, at, "agree"))
        return 0;
    at++;
    if (more) {
        if (at >= end || !norm_is(text, at, "more"))
            return 0;
        at++;
    }
    return at >= end || text->tokens[at].kind != CCK_TOKEN_WORD;
}

/* Whether the author endorses a reported claim later in the sentence, from token
 * `from` on: "that's (just) true", "it's true", "he was right", "they're right", "I
 * couldn't agree more" (agrees_at), as the end of a clause. A word in between ("that's
 * just not true"), a word after ("right to be sued") or a doubt before ("not sure that's
 * true") is not one. */
static int endorsed_after(const cck_text *text, const cck_sentence *s, size_t from)
{
    static const char *const openers[] = {"that's", "thats", "it's",   "its",    "he",
                                          "she",    "they",  "they're", "theyre", "he's",
                                          "she's",  "i",     "we"};
    static const char *const linking[] = {"was", "were", "is", "are"};
    static const char *const adverbs[] = {"just", "actually", "absolutely", "totally",
                                          "completely", "so", "100%", "dead"};
    static const char *const verdicts[] = {"true", "right", "correct"};
    static const char *const doubts[] = {"sure", "if",   "whether", "not",   "doubt",
                                         "unless", "none", "any",   "little", "nothing"};
    static const char *const clause_openers[] = {"and", "so", "yes", "yep", "honestly",
                                                 "tbh", "which", "really"};
    static const char *const disputes[] = {"but",     "however", "though", "although",
                                           "yet",     "disagree", "disagrees", "nonsense",
                                           "wrong",   "false",   "myth",   "called",
                                           "disputes", "dispute", "debunked", "rubbish"};
    size_t end = s->first_token + s->token_count;
    for (size_t k = from; k < end; k++) {
        if (!cck_token_in(text, k, openers, CCK_ARRAY_LEN(openers)))
            continue;
        /* the verdict opens a clause of its own: not "none of that's true" */
        if (k > s->first_token && text->tokens[k - 1].kind == CCK_TOKEN_WORD &&
            !cck_token_in(text, k - 1, clause_openers, CCK_ARRAY_LEN(clause_openers)))
            continue;
        /* and agrees with the report, not with someone who disputes it: "but
         * dermatologists disagree, and they're right" */
        int disputed = 0;
        for (size_t b = from; b < k; b++)
            if (cck_token_in(text, b, disputes, CCK_ARRAY_LEN(disputes)))
                disputed = 1;
        if (disputed)
            continue;
        if (agrees_at(text, k, end))
            return 1;
        size_t at = k + 1;
        if (at < end && cck_token_in(text, at, linking, CCK_ARRAY_LEN(linking)))
            at++;
        if (at < end && cck_token_in(text, at, adverbs, CCK_ARRAY_LEN(adverbs)))
            at++;
        if (at >= end || !cck_token_in(text, at, verdicts, CCK_ARRAY_LEN(verdicts)))
            continue;
        /* the verdict closes its clause: not "they were right to be sued", "it's true
         * that many paid", "he's right there in the video" */
        if (at + 1 < end && text->tokens[at + 1].kind == CCK_TOKEN_WORD)
            continue;
        /* and is not doubted: "I'm not sure that's true", "if that's true" */
        int doubted = 0;
        for (size_t b = k; b > from && b + 3 > k; b--)
            if (cck_token_in(text, b - 1, doubts, CCK_ARRAY_LEN(doubts)))
                doubted = 1;
        if (!doubted)
            return 1;
    }
    return 0;
}

/* Whether a harm (a profile/harms cue, not negated) follows the booster b: what the
 * certainty word vouches for is a risk, not a benefit. */
static int booster_of_harms(const cck_work_cue *cues, size_t count, const cck_work_cue *b)
{
    for (size_t k = first_cue_from(cues, count, b->last_token + 1); k < count; k++)
        if (!cues[k].dropped && !cues[k].negated && cls_of(&cues[k]) == CCK_CLASS_PROFILE &&
            cues[k].entry->sub == CCK_DISCUSSES_HARMS)
            return 1;
    return 0;
}

/* Precedence of categories when a sentence makes several claims. */
static const cck_category precedence[] = {
    CCK_CATEGORY_SAFETY,       CCK_CATEGORY_REGULATORY, CCK_CATEGORY_CERTAINTY,
    CCK_CATEGORY_EXTRAPOLATION, CCK_CATEGORY_ANECDOTE,  CCK_CATEGORY_SURGERY,
    CCK_CATEGORY_CURE,          CCK_CATEGORY_REGENERATION, CCK_CATEGORY_PREVENTION,
    CCK_CATEGORY_HYPE};

static int rank_of(cck_category category)
{
    for (size_t i = 0; i < CCK_ARRAY_LEN(precedence); i++)
        if (precedence[i] == category)
            return (int)i;
    return (int)CCK_ARRAY_LEN(precedence);
}

/* Our treatment is named only after the claim, each time right after a negation that
 * denies it a part in it: "He walked again after his hip replacement, with no stem
 * cells involved", "went from limping to running after the surgery, not after the PRP
 * shot", "... and I never had PRP". A treatment named before the claim is its subject
 * ("Never underestimate PRP: it heals"), a booster's sentence keeps its subject ("There
 * is no doubt that injections relieve ..."), and a negation further back is about
 * something else ("there was no waiting list for the PRP"). */
static int topic_denied(const cck_text *text, const cck_sentence *s, const cck_work_cue *cv,
                        size_t n, const cck_work_cue *claim)
{
    if (!is_claim_cue(claim) && cls_of(claim) != CCK_CLASS_BOOSTER)
        return 0;
    int named = 0;
    size_t aside_last = 0;
    for (size_t i = 0; i < n; i++) {
        const cck_work_cue *t = &cv[i];
        if (t->dropped || cls_of(t) != CCK_CLASS_TOPIC)
            continue;
        /* or sets it aside for what was named before it (set_aside), with the names
         * that overlap it ("stem cell" and "cell injection") */
        if (set_aside(text, s, t) || (named && t->first_token <= aside_last)) {
            named = 1;
            if (t->last_token > aside_last)
                aside_last = t->last_token;
            continue;
        }
        if (!t->negated || t->first_token <= claim->last_token)
            return 0;
        /* the negation goes with the treatment itself: only a determiner, a
         * preposition or a verb of having it between ("with no stem cells", "not
         * after the PRP shot", "never had PRP"), not "never needed PRP again" */
        static const char *const between[] = {
            "the", "a", "an", "any", "his", "her", "my", "their", "our", "your", "after",
            "with", "from", "by", "using", "even", "had", "got", "tried", "received"};
        int denied = 0;
        for (size_t back = 1; back <= 3 && t->first_token >= back && !denied; back++) {
            size_t k = t->first_token - back;
            denied = norm_is(text, k, "no") || norm_is(text, k, "not") ||
                     norm_is(text, k, "never") || norm_is(text, k, "nor");
            if (!denied && !cck_token_in(text, k, between, CCK_ARRAY_LEN(between)))
                break;
        }
        if (!denied)
            return 0;
        named = 1;
    }
    return named;
}

/* Whether the clause after the comma at `comma` is unreal: a "would", "could" or
 * "might" within its first max_words words ("..., the MRI would show it"). */
static int unreal_after(const cck_text *text, size_t comma, size_t end, size_t max_words)
{
    static const char *const unreal[] = {"would", "could", "might", "wouldn't", "couldn't"};
    for (size_t tok = comma + 1, words = 0; tok < end && words < max_words; tok++) {
        if (is_clause_break(text, tok))
            break;
        if (cck_token_in(text, tok, unreal, CCK_ARRAY_LEN(unreal)))
            return 1;
        words += is_word_token(&text->tokens[tok]) ? 1u : 0u;
    }
    return 0;
}

/* Whether the words after a sentence-opening "Had" read as the subject of an inverted
 * condition ("Had the cells repaired...", "Had PRP been offered...", "Had stem cells
 * grown it..."), not as a diary's dropped "I" ("Had PRP in my elbow in March"): a
 * pronoun or determiner comes first, a past participle comes before the comma, or a
 * "would" soon after it. */
static int is_inverted_subject(const cck_text *text, size_t at, size_t comma, size_t end)
{
    static const char *const subjects[] = {"a",    "an",    "her",   "his",   "i",
                                           "it",   "its",   "my",    "our",   "she",
                                           "he",   "that",  "the",   "their", "these",
                                           "they", "this",  "those", "we",    "you",
                                           "your"};
    if (cck_token_in(text, at, subjects, CCK_ARRAY_LEN(subjects)))
        return 1;
    /* not "gone" or "got": "Had PRP in March and the pain is gone" */
    static const char *const participles[] = {"been",  "grown", "regrown", "shown",  "given",
                                              "made",  "taken", "known",   "kept",   "seen",
                                              "begun", "brought", "gotten", "rebuilt"};
    /* "Had stem cells injected in my knee": what someone had done, not a condition */
    static const char *const had_done[] = {"injected", "treated", "performed", "administered",
                                           "drawn",    "placed",  "infused",   "harvested"};
    /* the participle belongs to the subject's clause: "Had PRP in my elbow and it
     * healed my tendon, ..." is a diary again */
    static const char *const next_clause[] = {"and", "but", "it", "they", "so", "then"};
    for (size_t tok = at; tok < comma; tok++) {
        if (cck_token_in(text, tok, next_clause, CCK_ARRAY_LEN(next_clause)))
            break;
        if ((is_past_tense(text, tok) &&
             !cck_token_in(text, tok, had_done, CCK_ARRAY_LEN(had_done))) ||
            cck_token_in(text, tok, participles, CCK_ARRAY_LEN(participles)))
            return 1;
    }
    /* "Had stem cells grown..., the MRI would show it": the main clause is unreal */
    return unreal_after(text, comma, end, 6);
}

/* Whether a sentence-opening "Should" clause (up to `comma`) supposes that the treatment
 * works, or its evidence: "Should the trial confirm it", "Should PRP work as well in
 * people" - then the main clause is supposed with it. "Should the pain return" and
 * "Should PRP fail" suppose neither. */
static int should_supposes(const cck_text *text, const cck_work_cue *cv, size_t n,
                           size_t first, size_t comma)
{
    static const char *const evidence[] = {"trial",    "trials",   "results", "findings",
                                           "data",     "study",    "studies", "evidence",
                                           "research", "research's"};
    /* the reader's choice supposes nothing about the treatment: "Should you choose PRP,
     * you will never need surgery again" */
    static const char *const reader[] = {"you", "your", "anyone", "anybody"};
    if (first + 1 < comma && cck_token_in(text, first + 1, reader, CCK_ARRAY_LEN(reader)))
        return 0;
    for (size_t tok = first + 1; tok < comma; tok++)
        if (cck_token_in(text, tok, evidence, CCK_ARRAY_LEN(evidence)))
            return 1;
    /* "Should PRP work as well in people", not "Should PRP fail" */
    return clause_supposes_it_works(text, cv, n, first + 1, comma);
}

static int sentence_is_inverted_question(const cck_text *text, const cck_sentence *s)
{
    static const char *const auxiliaries[] = {"can", "could", "does", "do", "is", "are",
                                              "will", "would", "should", "did", "has",
                                              "have", "may", "might"};
    if (s->token_count < 3)
        return 0;
    size_t first = s->first_token;
    size_t last = s->first_token + s->token_count - 1;
    if (text->tokens[last].kind == CCK_TOKEN_PUNCT) {
        char c = cck_token_norm(text, last)[0];
        if (c == '.' || c == '!')
            return 0;
    }
    return cck_token_in(text, first, auxiliaries, CCK_ARRAY_LEN(auxiliaries));
}

int cck_analyze_sentence(const cck_engine *engine, const cck_text *text, size_t sentence,
                         const cck_match *matches, size_t match_count, cck_cue_vec *cues,
                         cck_sentence_result *r)
{
    return cck_analyze_sentence_skipping(engine, text, sentence, matches, match_count, cues,
                                         r, 0);
}

int cck_analyze_sentence_skipping(const cck_engine *engine, const cck_text *text,
                                  size_t sentence, const cck_match *matches,
                                  size_t match_count, cck_cue_vec *cues,
                                  cck_sentence_result *r, uint32_t skip)
{
    const cck_sentence *s = &text->sentences[sentence];
    memset(r, 0, sizeof *r);
    cues->count = 0;
    if (match_count > cues->cap) {
        void *items = cues->items;
        if (cck_grow(&items, &cues->cap, match_count, sizeof(cck_work_cue)) != CCK_OK)
            return CCK_ENOMEM;
        cues->items = items;
    }
    for (size_t i = 0; i < match_count; i++) {
        cck_work_cue *c = &cues->items[cues->count++];
        memset(c, 0, sizeof *c);
        c->entry = &engine->entries[matches[i].entry];
        c->first_token = matches[i].first_token;
        c->last_token = matches[i].last_token;
        c->start = matches[i].start;
        c->end = matches[i].end;
        c->level = c->entry->level;
        c->has_gap = matches[i].has_gap;
        c->gap_at = matches[i].gap_at;
        c->gap_len = matches[i].gap_len;
    }
    cck_work_cue *cv = cues->items;
    size_t n = cues->count;
    sort_cues(cv, n);

    /* A shield's words are not read as cues, not even by a longer match whose gap
     * swallows them: "end-stage liver disease" does not make "end ... disease". A
     * match that reads the whole shield before its gap ("our rabbit ... model") is
     * a phrase of its own and stays. */
    for (size_t i = 0; i < n; i++) {
        if (cv[i].dropped || cls_of(&cv[i]) != CCK_CLASS_SHIELD)
            continue;
        for (size_t j = 0; j < n; j++) {
            if (j == i || cls_of(&cv[j]) == CCK_CLASS_SHIELD || !cv[j].has_gap ||
                cv[j].first_token < cv[i].first_token || cv[j].first_token > cv[i].last_token)
                continue;
            if (cv[j].gap_at <= cv[i].last_token) /* the gap opens inside the shield */
                cv[j].dropped = 1;
        }
    }

    /* A match inside a longer match is not a cue of its own: "no side effects" is a
     * safety claim, not a negation of "side effects". Only a cue that starts no later
     * can hold cv[i], and the cues are in order of their first token, the longer first
     * (sort_cues): the ones before cv[i]. One of them holds it when it ends later, or
     * ends with it and starts earlier; so it is enough to know, of the cues before that
     * stay (a dropped cue hides nothing), the last token reached (reach) and the first
     * token of the first cue that reached it (reach_first), instead of comparing every
     * pair. */
    {
        int reached = 0;
        uint32_t reach = 0, reach_first = 0;
        for (size_t i = 0; i < n; i++) {
            if (!cv[i].dropped && reached &&
                (reach > cv[i].last_token ||
                 (reach == cv[i].last_token && reach_first < cv[i].first_token)))
                cv[i].dropped = 1;
            if (!cv[i].dropped && (!reached || cv[i].last_token > reach)) {
                reached = 1;
                reach = cv[i].last_token;
                reach_first = cv[i].first_token;
            }
        }
    }

    /* The same words matched twice in one role (class and category): a duplicate
     * entry, or a user's entry that restates a built-in one to give it another
     * suggestion. The entry loaded last wins, so that a --lexicons file overrides;
     * but a phrase read whole beats a gapped one whose gap is empty ("melts away"
     * against "melt ... away"), whose rewrite keeps the words after the gap. Cues
     * with the same first and last token are next to each other (sort_cues orders by
     * first token, then length): only that run is searched. */
    for (size_t i = 0, run = 0; i < n; i++) {
        if (cv[i].first_token != cv[run].first_token || cv[i].last_token != cv[run].last_token)
            run = i;
        for (size_t j = run; j < n && cv[j].first_token == cv[i].first_token &&
                             cv[j].last_token == cv[i].last_token && !cv[i].dropped;
             j++) {
            if (j == i || cv[j].dropped || cv[j].first_token != cv[i].first_token ||
                cv[j].last_token != cv[i].last_token || cv[j].entry->cls != cv[i].entry->cls ||
                cv[j].entry->sub != cv[i].entry->sub)
                continue;
            int i_gapped = cv[i].has_gap, j_gapped = cv[j].has_gap;
            if (i_gapped != j_gapped ? i_gapped : cv[j].entry > cv[i].entry)
                cv[i].dropped = 1;
        }
    }

    /* "The injections work." is a claim; "they work in shifts", "the shots work out
     * to $800", "treatments work differently" and "how PRP injections work" are not:
     * a bare "work" claims only at the end of its clause or before a word that praises
     * or places it ("works in days"), and not within four tokens after "how" or
     * "whether" ("how well it works" still claims). */
    static const char *const work_praise[] = {
        "for",       "great",  "well",    "really",     "so",          "fast",
        "better",    "best",   "like",    "every",      "100%",        "too",
        "again",     "immediately", "quickly", "amazingly", "incredibly", "beautifully",
        "brilliantly", "perfectly", "wonderfully", "absolutely", "first", "in",
        "on",        "within", "across",
        /* a second claim joined on: "always work and never cause side effects" */
        "and",
        /* a spoken tail: "this stuff WORKS y'all", "it works, trust me" */
        "y'all",     "yall",   "guys",    "folks",      "honestly",    "tbh",
        "lol",       "trust",  "period",  "bro"};
    /* "how well it works" asks how much, not whether */
    static const char *const how_words[] = {"how", "whether"};
    static const char *const how_much[] = {"well", "fast", "quickly", "much", "effectively"};
    for (size_t i = 0; i < n; i++) {
        size_t after = cv[i].last_token + 1;
        if (cv[i].dropped || !is_claim_cue(&cv[i]) ||
            !(norm_is(text, cv[i].last_token, "work") || norm_is(text, cv[i].last_token, "works")))
            continue;
        if (after < s->first_token + s->token_count &&
            text->tokens[after].kind == CCK_TOKEN_WORD &&
            !cck_token_in(text, after, work_praise, CCK_ARRAY_LEN(work_praise)))
            cv[i].dropped = 1;
        /* "understand how PRP injections work", "ask whether they work" */
        for (size_t k = cv[i].first_token, back = 0; k > s->first_token && back < 4;
             k--, back++)
            if (cck_token_in(text, k - 1, how_words, CCK_ARRAY_LEN(how_words)) &&
                !cck_token_in(text, k, how_much, CCK_ARRAY_LEN(how_much)))
                cv[i].dropped = 1;
    }

    /* "PRP heals nothing": an object that is nobody or nothing negates the claim. */
    static const char *const none_objects[] = {"nothing", "nobody", "noone"};
    static const char *const intensifiers[] = {"short", "less", "but", "else"};
    for (size_t i = 0; i < n; i++) {
        size_t obj = cv[i].last_token + 1, end_tok = s->first_token + s->token_count;
        if (cv[i].dropped || !is_claim_cue(&cv[i]) || obj >= end_tok ||
            !cck_token_in(text, obj, none_objects, CCK_ARRAY_LEN(none_objects)))
            continue;
        /* "nothing short of a miracle", "nothing less than the whole joint" */
        if (obj + 1 < end_tok &&
            cck_token_in(text, obj + 1, intensifiers, CCK_ARRAY_LEN(intensifiers)))
            continue;
        /* a noun whose relative clause "nobody" opens is no object: "the game changer
         * nobody in neurology wants to talk about", "the cure nothing beats"; unless the
         * clause denies it ("the cure nobody has proven", "a breakthrough nobody has
         * confirmed in people") */
        if (cv[i].first_token > s->first_token && is_determiner(text, cv[i].first_token - 1) &&
            obj + 1 < end_tok && is_word_token(&text->tokens[obj + 1]) &&
            !relative_denies(text, obj + 1, end_tok))
            continue;
        cv[i].negated = 1;
    }

    /* A sentence of tags alone ("... my knee. #healing #PRP") labels the post; it
     * asserts nothing. */
    {
        size_t end_tok = s->first_token + s->token_count, k = s->first_token;
        while (k < end_tok && text->tokens[k].kind != CCK_TOKEN_WORD &&
               text->tokens[k].kind != CCK_TOKEN_NUMBER)
            k++;
        for (size_t i = 0; i < n && k == end_tok; i++)
            if (is_claim_cue(&cv[i]) || cls_of(&cv[i]) == CCK_CLASS_BOOSTER)
                cv[i].dropped = 1;
    }

    /* A claim in a relative clause about something else is not a claim about the
     * treatment. */
    for (size_t i = 0; i < n; i++)
        if (!cv[i].dropped && is_claim_cue(&cv[i]) &&
            relative_clause_elsewhere(text, s, cv, n, cv[i].first_token))
            cv[i].dropped = 1;
    for (size_t i = 0; i < n; i++)
        if (!engine->options.all_topics && !cv[i].dropped &&
            (is_claim_cue(&cv[i]) || cls_of(&cv[i]) == CCK_CLASS_BOOSTER) &&
            other_subject(text, cv, n, s, &cv[i]))
            cv[i].dropped = 1;

    /* Scopes: negation (pre and post), condition, quotation. */
    for (size_t i = 0; i < n; i++) {
        cck_work_cue *t = &cv[i];
        if (t->dropped)
            continue;
        int cls = cls_of(t);
        if (cls == CCK_CLASS_NEGATION_PRE) {
            size_t t_end = negation_end(text, s, t);
            if (nothing_like_ours(text, cv, n, s, t, t_end))
                continue;
            int clause_long = t->entry->level == 5;
            int window = t->entry->level >= 0 && t->entry->level < 5 ? t->entry->level + 1
                                                                      : NEGATION_WINDOW;
            /* "No amniotic or umbilical product on the market has received FDA
             * approval": a "No" that opens the sentence negates its subject, so it
             * reaches the claim however long the subject is. Commas still stop it
             * ("No pain, no swelling, stem cells heal you"), and so does a new clause
             * ("No patient of ours has needed surgery since our PRP healed them").
             * Evidence words keep the short window: "No adverse events occurred in
             * our series of nine horses" still names an animal study. So does a "None
             * of" that opens it: "None of the cord-blood products sold at these clinics
             * has been FDA approved". A "no" that opens a later clause (", and no
             * honest clinic would guarantee that they will") does the same. */
            int subject_no = (t->first_token == s->first_token ||
                              opens_clause_after_comma(text, s, t->first_token)) &&
                             t->last_token == t->first_token &&
                             (norm_is(text, t->first_token, "no") ||
                              (norm_is(text, t->first_token, "none") &&
                               t->first_token + 1 < s->first_token + s->token_count &&
                               norm_is(text, t->first_token + 1, "of"))) &&
                             t->entry->level < 0;
            size_t stop = nothing_stop(text, s, t, t_end);
            for (size_t j = 0; j < n; j++) {
                if (j == i || cv[j].dropped || cv[j].first_token > stop)
                    continue;
                /* a "no" of a list's own ("No needles and no risk", "no surgery,
                 * no downtime and no risk", "No drugs and zero risk") denies its own
                 * noun, not the next one's */
                if (!clause_long && cv[j].first_token > t->last_token + 1 &&
                    (norm_is(text, cv[j].first_token, "no") ||
                     norm_is(text, cv[j].first_token, "zero")) &&
                    (norm_is(text, cv[j].first_token - 1, "and") ||
                     norm_is(text, cv[j].first_token - 1, "or") ||
                     norm_is(text, cv[j].first_token - 1, ",")))
                    continue;
                int reach = subject_no &&
                                    (is_claim_cue(&cv[j]) ||
                                     cls_of(&cv[j]) == CCK_CLASS_BOOSTER) &&
                                    !joiner_between(text, cv, n, t_end, cv[j].first_token)
                                ? 2 * NEGATION_WINDOW
                                : window;
                if (starts_inside(text, &cv[j], t) ||
                    in_forward_scope(text, cv, n, t_end, cv[j].first_token,
                                     clause_long ? 1 << 20 : reach, !clause_long))
                    cv[j].negated = 1;
            }
        } else if (cls == CCK_CLASS_NEGATION_POST) {
            /* back to the start of the clause ("...cures arthritis is unproven"), and
             * forward into what follows ("has not been shown to prevent ...") */
            for (size_t j = 0; j < n; j++)
                if (j != i && !cv[j].dropped &&
                    (starts_inside(text, &cv[j], t) ||
                     in_backward_scope(text, cv, n, cv[j].last_token, t->first_token) ||
                     in_forward_scope(text, cv, n, t->last_token, cv[j].first_token,
                                      NEGATION_WINDOW, 1)))
                    cv[j].negated = 1;
        } else if (cls == CCK_CLASS_CONDITION) {
            for (size_t j = 0; j < n; j++)
                if (j != i && !cv[j].dropped &&
                    condition_reaches(text, cv, n, t->last_token, cv[j].first_token))
                    cv[j].conditional = 1;
        }
    }
    size_t first = s->first_token, end = s->first_token + s->token_count;
    /* a fact-check's label before the claim it debunks: "Myth: stem cells cure
     * everything", "MYTH - PRP is 100% safe", "Myth #3: exosomes regrow hair" */
    static const char *const debunked[] = {"myth", "myths", "misconception", "fiction",
                                           "false"};
    /* (the label is followed by a mark or a number, so the words are compared only then:
     * this runs for every sentence analysed) */
    if (s->token_count > 2 && text->tokens[first + 1].kind != CCK_TOKEN_WORD &&
        cck_token_in(text, first, debunked, CCK_ARRAY_LEN(debunked))) {
        size_t label_end = first + 1;
        while (label_end < end && label_end <= first + 2 &&
               (text->tokens[label_end].kind == CCK_TOKEN_NUMBER ||
                text->tokens[label_end].kind == CCK_TOKEN_HASHTAG ||
                norm_is(text, label_end, "#")))
            label_end++;
        if (label_end < end && (norm_is(text, label_end, ":") || norm_is(text, label_end, "-")))
            for (size_t i = 0; i < n; i++)
                if (cv[i].first_token > label_end)
                    cv[i].negated = 1;
    }
    /* "Had the cells repaired the disc, ...", "Were they able to ...," and "Should the
     * phase III results hold up, ...": an inverted condition runs to the first comma.
     * (A sentence-opening "Should" that asks ends in '?' and is a question anyway.) */
    if (s->token_count > 2 && (norm_is(text, first, "had") || norm_is(text, first, "were") ||
                               norm_is(text, first, "should"))) {
        /* the first comma of the first clause: "Had the surgeon had his way I'd have a
         * new hip; instead, stem cells regrew my cartilage" has none */
        size_t comma = end;
        for (size_t tok = first + 1; tok < end && !is_clause_break(text, tok); tok++)
            if (text->tokens[tok].kind == CCK_TOKEN_PUNCT && cck_token_norm(text, tok)[0] == ',') {
                comma = tok;
                break;
            }
        if (comma < end && norm_is(text, first, "had") &&
            !is_inverted_subject(text, first + 1, comma, end))
            comma = end; /* a diary's "Had PRP in my elbow in March, ..." */
        /* after "Should", the main clause is supposed when it is unreal ("..., PRP would
         * become ...") or when the condition supposes the treatment or its evidence
         * ("Should the trial confirm it, BMAC regenerates cartilage"), but not in
         * "Should the pain return, stem cells regenerate the cartilage again" or "Should
         * you have any doubts, our PRP heals tendons" */
        if (comma < end && norm_is(text, first, "should") && !unreal_after(text, comma, end, 12) &&
            !should_supposes(text, cv, n, first, comma))
            comma = end;
        /* the clause after it is counterfactual too: "Had the stem cells repaired the
         * disc, her MRI would show restored disc height" */
        if (comma < end) {
            size_t stop = next_clause_end(text, comma, end);
            for (size_t i = 0; i < n; i++)
                if (cv[i].last_token < stop)
                    cv[i].conditional = 1;
        }
    }
    /* "If PRP works, you can avoid surgery": the clause after a condition that supposes
     * the treatment works is supposed with it, up to the next comma or the end of its
     * clause */
    for (size_t i = 0; i < n; i++) {
        if (cv[i].dropped || cls_of(&cv[i]) != CCK_CLASS_CONDITION)
            continue;
        size_t comma = supposes_it_works(text, cv, n, &cv[i], end);
        if (comma == SIZE_MAX)
            continue;
        size_t stop = next_clause_end(text, comma, end);
        for (size_t j = 0; j < n; j++)
            if (!cv[j].dropped && cv[j].first_token > comma && cv[j].first_token < stop)
                cv[j].conditional = 1;
    }
    if (may_hold_quote(text, first, end)) {
        /* A cue is quoted when an odd number of double quote marks, or an open pair
         * of single ones, lie between the sentence start and its first token (that
         * one counted). The cues are in token order (sort_cues), so the tokens are
         * read once, up to the last cue, and the cues are not looked at again for
         * every token. */
        /* the last closing single quote, looked for at the first opener only */
        size_t tok = first, last_close = SIZE_MAX;
        int inside = 0, inside_single = 0;
        for (size_t k = 0; k < n; k++) {
            size_t at = cv[k].first_token;
            if (at < first || at >= end)
                continue;
            for (; tok <= at; tok++) {
                if (is_quote_mark(text, tok)) {
                    inside = !inside;
                } else if (inside_single) {
                    inside_single = !closes_single_quote(text, tok, first, end);
                } else if (opens_single_quote(text, tok, first, end)) {
                    if (last_close == SIZE_MAX)
                        last_close = last_single_close(text, first, end);
                    inside_single = tok + 2 <= last_close;
                }
            }
            cv[k].quoted = (uint8_t)(inside || inside_single);
        }
    }

    /* Sentence-level context: hedges, attribution, evidence, topic, profile. */
    int attribution = 0, own_anecdote = 0, citation = 0, doubted = 0;
    /* the hedges that count, for hedge_reaches */
    size_t hedges[HEDGES_KEPT], hedge_count = 0;
    for (size_t i = 0; i < n; i++) {
        cck_work_cue *c = &cv[i];
        if (c->dropped)
            continue;
        switch (cls_of(c)) {
        case CCK_CLASS_TOPIC:
            r->topic = 1;
            break;
        case CCK_CLASS_HEDGE:
            r->hedges++;
            /* a hedge in a report answered by the author's own clause is the report's:
             * "Critics call it experimental, but PRP heals tendons" */
            if (!c->negated && !(attribution && hedge_in_answered_report(text, cv, n, c))) {
                if (hedge_count < HEDGES_KEPT)
                    hedges[hedge_count] = i;
                hedge_count++;
            }
            break;
        case CCK_CLASS_MODAL:
            if (c->entry->level <= 2)
                r->hedges++;
            break;
        case CCK_CLASS_NEGATION_PRE:
        case CCK_CLASS_NEGATION_POST:
            r->negations++;
            break;
        case CCK_CLASS_EVIDENCE:
            r->evidence_cues++;
            if (c->negated || c->conditional)
                break;
            if (c->entry->sub == CCK_EVIDENCE_CITATION) {
                /* weighed once the whole sentence is known (below) */
                if (c->entry->level > citation)
                    citation = c->entry->level;
                break;
            }
            if (c->entry->sub == CCK_EVIDENCE_LAB)
                r->lab = 1;
            else if (c->entry->sub == CCK_EVIDENCE_ANECDOTE) {
                r->anecdote = 1;
                /* the speaker ("my patients all tell me"), not what comes after the
                 * report ("the consultant told me it would fix my back"; "a colleague
                 * insists ...; I've seen too many failures"): the cues come in token
                 * order */
                if (own_testimonial(text, c) && !relative_speaks(text, cv, n, c) &&
                    !attribution)
                    own_anecdote = 1;
            }
            if (c->entry->level > r->evidence)
                r->evidence = c->entry->level;
            break;
        case CCK_CLASS_ATTRIBUTION: {
            /* "according to a randomized trial" cites evidence, it does not report. */
            if (c->negated || cites_evidence_in(cv, n, c->last_token + 1,
                                                c->last_token + 1 + ATTRIBUTION_EVIDENCE_WINDOW))
                break;
            /* "Autologous stem cells boast a side-effect profile of zero": a treatment
             * that boasts something has it; nobody is reported */
            if (c->first_token > s->first_token &&
                (norm_is(text, c->first_token, "boast") ||
                 norm_is(text, c->first_token, "boasts") ||
                 norm_is(text, c->first_token, "boasted")) &&
                cue_covers(cv, n, c->first_token - 1, CCK_CLASS_TOPIC, -1))
                break;
            /* It governs the claims after it ("the clinic claims that...") or closes
             * the sentence (", the clinic says."); "anyone who says otherwise is paid
             * by big pharma" reports nothing. */
            size_t words_after = 0;
            for (size_t tok = c->last_token + 1; tok < end; tok++)
                words_after += is_word_token(&text->tokens[tok]) ? 1u : 0u;
            int governs = 0;
            for (size_t j = 0; j < n; j++)
                if (!cv[j].dropped && cv[j].first_token > c->last_token &&
                    (is_claim_cue(&cv[j]) || cls_of(&cv[j]) == CCK_CLASS_BOOSTER ||
                     cls_of(&cv[j]) == CCK_CLASS_ASSOCIATION))
                    governs = 1;
            /* a closing report in a clause of its own after "so" reports that clause:
             * "the feds signed off on PRP years ago, so stop calling my clinic a scam";
             * "..., so it isn't some back-alley thing like people on here keep saying" */
            if (!governs && words_after <= ATTRIBUTION_TAIL &&
                so_between(text, cv, n, c->first_token))
                break;
            if (governs || words_after <= ATTRIBUTION_TAIL) {
                attribution = 1;
                doubted |= doubted_belief(text, c);
            }
            break;
        }
        case CCK_CLASS_PROFILE:
            r->discusses |= c->entry->sub;
            break;
        case CCK_CLASS_CLAIM:
            if (c->entry->sub == CCK_CATEGORY_EXTRAPOLATION) {
                if (!c->negated)
                    r->bridge = 1;
            } else {
                r->claimish = 1;
            }
            break;
        case CCK_CLASS_BOOSTER:
        case CCK_CLASS_ASSOCIATION:
            r->claimish = 1;
            break;
        default:
            break;
        }
    }
    /* A source of unknown design in a sentence that names animal or lab work is that
     * work's: "In rats, MSCs regrew cartilage (Kato et al., 2022)" reports a rat
     * study, not a human one. */
    if (!r->lab && citation > r->evidence)
        r->evidence = citation;
    /* The author's own patients are anecdote, not somebody else's report: "my
     * patients all tell me PRP healed them". A belief the author doubts stays a
     * report: "My clients still believe PRP cures arthritis, but ...". */
    if (own_anecdote && !doubted)
        attribution = 0;
    r->question = (s->flags & CCK_SENTENCE_QUESTION) || sentence_is_inverted_question(text, s);

    /* Claim levels: a modal right before a claim caps it; a sentence hedge caps every
     * claim at "hedged"; a booster lifts an asserted claim to certainty. */
    int best_rank = 1 << 20, best_key = 0, own_level = 0, quoted_level = 0;
    size_t best_booster_level = 0, own_booster_level = 0, own_booster_cue = 0;
    for (size_t i = 0; i < n; i++) {
        cck_work_cue *c = &cv[i];
        int cls = cls_of(c);
        if (c->dropped || c->negated)
            continue;
        if (cls == CCK_CLASS_BOOSTER) {
            if (skip & (1u << CCK_CATEGORY_CERTAINTY))
                continue;
            if ((size_t)c->entry->level > best_booster_level) {
                best_booster_level = (size_t)c->entry->level;
                r->booster_cue = i;
            }
            if (!c->quoted && (size_t)c->entry->level > own_booster_level) {
                own_booster_level = (size_t)c->entry->level;
                own_booster_cue = i;
            }
            continue;
        }
        if (!(is_claim_cue(c) || cls == CCK_CLASS_ASSOCIATION))
            continue;
        int level = c->entry->level;
        for (size_t j = 0; j < n; j++) {
            const cck_work_cue *m = &cv[j];
            if (m->dropped || cls_of(m) != CCK_CLASS_MODAL || m->last_token >= c->first_token)
                continue;
            /* a modal before "help" or "let" governs the verb of its object as well: "PRP
             * might help some people with early hip arthritis put off a replacement" */
            static const char *const enabling[] = {"help", "let", "allow", "enable"};
            int window = m->last_token + 1 < c->first_token &&
                                 cck_token_in(text, m->last_token + 1, enabling,
                                              CCK_ARRAY_LEN(enabling))
                             ? 2 * MODAL_WINDOW
                             : MODAL_WINDOW;
            if (in_forward_scope(text, cv, n, m->last_token, c->first_token, window, 1) &&
                m->entry->level < level)
                level = m->entry->level;
        }
        /* "was correlated with improved scores": the outcome of an association is
         * not a claim of its own. */
        for (size_t j = 0; j < n; j++) {
            const cck_work_cue *a = &cv[j];
            if (a->dropped || a->negated || cls_of(a) != CCK_CLASS_ASSOCIATION ||
                a->entry->level > 1 || a->last_token >= c->first_token)
                continue;
            if (in_forward_scope(text, cv, n, a->last_token, c->first_token, MODAL_WINDOW, 1))
                level = a->entry->level;
        }
        if (level > 2 && hedge_reaches(text, cv, n, hedges, hedge_count, c))
            level = 2;
        c->level = (int8_t)level;
        if (level > r->stated_level)
            r->stated_level = level;
        if (!is_claim_cue(c) || (skip & (1u << c->entry->sub)))
            continue;
        /* a quoted claim sets the level only while no unquoted one is there: "Despite
         * the clinic's \"100% safe\" slogan, a controlled trial found that PRP relieved
         * elbow pain" is a level-4 claim with its trial */
        if (c->quoted)
            quoted_level = level > quoted_level ? level : quoted_level;
        else
            own_level = level > own_level ? level : own_level;
        int rank = rank_of((cck_category)c->entry->sub);
        /* The primary claim: the author's own before a quoted or reported one ("“stem
         * cells gave me my life back” - yep, they really work"; claim_key), an asserted
         * one before one under a condition ("If you want to avoid surgery, PRP heals
         * tendons"), then the strongest, then the first in precedence. */
        const cck_work_cue *best = r->has_category ? &cv[r->primary] : NULL;
        int key = claim_key(text, cv, n, attribution, c);
        if (!best || key < best_key ||
            (key == best_key &&
             (level > best->level || (level == best->level && rank < best_rank)))) {
            r->has_category = 1;
            r->primary = i;
            r->category = (cck_category)c->entry->sub;
            best_rank = rank;
            best_key = key;
        }
    }
    if (r->has_category)
        r->category_level = cv[r->primary].quoted ? quoted_level : own_level;
    /* only the author's own booster lifts the author's own claim: 'The clinic calls it
     * "a guaranteed cure"; a randomized trial showed only that PRP reduced pain' */
    if (r->has_category && !cv[r->primary].quoted) {
        best_booster_level = own_booster_level;
        r->booster_cue = own_booster_cue;
    }
    /* nor does a booster inside a report lift the claim of the author's own clause
     * after it: "The clinic says it's all proven, which is wrong; at best PRP may ease
     * the pain" */
    if (r->has_category && attribution && best_booster_level > 0 &&
        own_clause_after_report(text, cv, n, &cv[r->primary]) &&
        inside_report(text, cv, n, &cv[r->booster_cue]))
        best_booster_level = 0;
    /* "reduced scarring in mice, so the therapy will help people with fibrosis": a
     * relation word of at least "can" strength, not in the past tense, after a
     * connective bridge ("so", "which means") has no category of its own, but carried
     * over from lab work it is an extrapolation. The scanner keeps it only where lab
     * work is named (emit_finding). A noun bridge does not do this: "in cultured
     * human cells, PRP increased collagen" reports the lab result. */
    if (!r->has_category && r->bridge && !(skip & (1u << CCK_CATEGORY_EXTRAPOLATION))) {
        size_t first_bridge = SIZE_MAX;
        for (size_t i = 0; i < n && first_bridge == SIZE_MAX; i++)
            if (!cv[i].dropped && !cv[i].negated && cck_is_bridge_cue(&cv[i]) &&
                is_connective_bridge(text, &cv[i]))
                first_bridge = cv[i].first_token;
        int guarded = first_bridge != SIZE_MAX &&
                      guarded_after(text, cv, n, first_bridge, s->first_token + s->token_count);
        for (size_t i = 0; i < n && first_bridge != SIZE_MAX && !guarded; i++) {
            const cck_work_cue *c = &cv[i];
            if (c->dropped || c->negated || c->conditional || c->quoted ||
                cls_of(c) != CCK_CLASS_ASSOCIATION || c->level < 3 ||
                c->first_token <= first_bridge || is_past_tense(text, c->first_token))
                continue;
            carry_over(r, i, c->level);
            break; /* the first relation word after the connective */
        }
        /* With no relation word at all, the people the connective hands the result to
         * are the claim: "filled the defect in rabbits, which means patients can now
         * have their knees resurfaced", "a result that translates into healthy years
         * for ageing people". Not when what follows plans, tests, hedges, negates or
         * supposes ("so a human trial is planned", "so patients may one day ..."). */
        if (!r->has_category && first_bridge != SIZE_MAX && !guarded) {
            for (size_t i = 0; i < n; i++) {
                const cck_work_cue *c = &cv[i];
                if (c->dropped || c->negated || c->conditional || c->quoted ||
                    !cck_is_bridge_cue(c) || c->first_token <= first_bridge ||
                    is_connective_bridge(text, c))
                    continue;
                carry_over(r, i, 4);
                break;
            }
        }
    }
    if (best_booster_level > 0) {
        int lifts = best_booster_level >= 5 || (r->has_category && r->category_level >= 3);
        /* a certainty word alone is a claim, but not one about harms: "Science shows
         * that stem cell injections carry a risk of infection" claims no benefit */
        if (lifts && !r->has_category && booster_of_harms(cv, n, &cv[r->booster_cue]))
            lifts = 0;
        if (lifts && !hedge_reaches(text, cv, n, hedges, hedge_count, &cv[r->booster_cue])) {
            /* "natural, which means they are guaranteed to help": the booster's
             * certainty, not a carried relation, is the claim */
            r->carried_relation = 0;
            r->booster = (int)best_booster_level;
            r->stated_level = 5;
            r->category_level = 5;
            if (!r->has_category) {
                r->has_category = 1;
                r->primary = r->booster_cue;
            }
            if (r->category != CCK_CATEGORY_SAFETY && r->category != CCK_CATEGORY_REGULATORY)
                r->category = CCK_CATEGORY_CERTAINTY;
        }
    }
    if (r->has_category) {
        const cck_work_cue *p = &cv[r->primary];
        r->hedged = p->level <= 2;
        r->conditional = p->conditional;
        r->reported = attribution || p->quoted;
        r->past_tense = is_past_tense(text, p->first_token);
        if (r->booster && cls_of(p) == CCK_CLASS_BOOSTER)
            r->reported = r->reported || p->quoted;
        /* "...my surgeon told me, and he was right": the author takes the claim on */
        if (r->reported && endorsed_after(text, s, p->last_token + 1))
            r->reported = 0;
        if (r->reported && !p->quoted && own_clause_after_report(text, cv, n, p))
            r->reported = 0;
    } else {
        /* Relation words only: conditions and quotes still apply to the ladder. */
        for (size_t i = 0; i < n; i++)
            if (!cv[i].dropped && !cv[i].negated && cls_of(&cv[i]) == CCK_CLASS_ASSOCIATION &&
                (cv[i].conditional || cv[i].quoted))
                r->conditional = 1;
        r->reported = attribution;
    }
    r->claim_level = r->stated_level;
    if (r->question || r->conditional || r->reported)
        r->claim_level = 0;
    size_t null_at = r->evidence >= 3 ? null_result_at(text, s) : SIZE_MAX;
    r->null_result = null_at != SIZE_MAX;
    r->null_own = r->null_result && r->has_category &&
                  null_answers_claim(text, cv, n, s, &cv[r->primary], null_at, r->past_tense);
    r->topic_denied = r->has_category && topic_denied(text, s, cv, n, &cv[r->primary]);
    return CCK_OK;
}
