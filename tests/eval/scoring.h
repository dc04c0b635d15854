/* scoring.h - the metrics of the accuracy evaluation as pure functions over (gold,
 * predicted) arrays: binary counts, per-category counts, grouped accuracy, matching gold
 * quotes to predicted findings in a document, and claim-level agreement with kappa. */
#ifndef CCK_EVAL_SCORING_H
#define CCK_EVAL_SCORING_H

#include <stddef.h>

#include "corpus.h"

/* The severity from which a finding counts as a predicted positive (warning). */
enum { EVAL_POSITIVE_SEVERITY = 2 };

/* ---- Binary decisions ---- */

typedef struct eval_counts {
    size_t tp, fp, fn, tn;
} eval_counts;

void eval_counts_add(eval_counts *counts, int gold, int predicted);
/* num / den, or 0 when den is 0 (the printers show "-" for those). */
double eval_ratio(size_t num, size_t den);
double eval_precision(const eval_counts *counts);
double eval_recall(const eval_counts *counts);
/* 2PR/(P+R) = 2TP/(2TP+FP+FN); 0 when there is no true positive. */
double eval_f1(const eval_counts *counts);
double eval_accuracy(const eval_counts *counts);

/* ---- Predicted findings of one record ---- */

typedef struct eval_prediction {
    int severity;  /* cck_severity */
    int category;  /* 0..9 or EVAL_CATEGORY_OTHER */
    size_t offset; /* the sentence span, half-open [offset, offset+length) */
    size_t length;
} eval_prediction;

/* The index of the most severe prediction, the earliest on ties; count when empty. */
size_t eval_most_severe(const eval_prediction *predictions, size_t count);

/* ---- Sentences ---- */

typedef struct eval_sentence_result {
    int gold_finding;
    int gold_category;      /* EVAL_CATEGORY_NONE or 0..9 */
    int predicted_finding;  /* the most severe finding is >= warning */
    int predicted_category; /* of the most severe finding; EVAL_CATEGORY_NONE if none */
} eval_sentence_result;

/* Builds a result from the gold row and the record's predictions. */
eval_sentence_result eval_sentence_result_make(int gold_finding, int gold_category,
                                               const eval_prediction *predictions,
                                               size_t count);
/* 1 when the binary decision is right. */
int eval_sentence_binary_correct(const eval_sentence_result *result);
/* 1 when the binary decision is right and, for a true positive, the category too. */
int eval_sentence_correct(const eval_sentence_result *result);

typedef struct eval_category_counts {
    size_t support; /* gold findings of the category */
    size_t tp, fp, fn;
} eval_category_counts;

/* TP_c: gold finding c predicted positive as c; FP_c: predicted positive as c but not a
 * gold finding c; FN_c: gold finding c not predicted positive as c. */
void eval_score_categories(const eval_sentence_result *results, size_t count,
                           eval_category_counts by_category[EVAL_CATEGORY_COUNT]);
double eval_category_precision(const eval_category_counts *counts);
double eval_category_recall(const eval_category_counts *counts);
double eval_category_f1(const eval_category_counts *counts);

/* ---- Accuracy by a key (case, voice) ---- */

typedef struct eval_group {
    char *key; /* a copy, owned by the table */
    eval_counts counts;
} eval_group;

typedef struct eval_groups {
    eval_group *items;
    size_t count;
    size_t capacity;
} eval_groups;

/* Adds one binary decision under key. Returns 0, or -1 when out of memory. */
int eval_groups_add(eval_groups *groups, const char *key, int gold, int predicted);
/* Sorts by key (bytewise) so that the output does not depend on the row order. */
void eval_groups_sort(eval_groups *groups);
void eval_groups_free(eval_groups *groups);

/* ---- Documents ---- */

typedef struct eval_gold_quote {
    size_t offset; /* byte offset of the quote in the document */
    int finding;
    int category;
} eval_gold_quote;

typedef struct eval_doc_score {
    size_t gold;           /* gold finding quotes */
    size_t predicted;      /* predictions >= warning */
    size_t tp, fp, fn;
    size_t category_agree; /* matched pairs whose categories agree */
    size_t none_quotes;    /* gold 'none' rows */
    size_t none_flagged;   /* of those, inside a prediction >= warning */
} eval_doc_score;

/* Matches gold finding quotes to predictions >= warning whose sentence span contains the
 * quote's offset, one to one, greedily in gold order; among the candidates for a quote the
 * one of the same category wins, then the more severe, then the earlier. A prediction is
 * a false positive when its span contains no gold finding quote at all (a second finding
 * on a gold sentence is neither TP nor FP). gold_match (gold_count entries, may be NULL)
 * receives the matched prediction's index or pred_count; is_fp (pred_count entries, may be
 * NULL) receives 1 for a false positive. Returns 0, or -1 when out of memory. */
int eval_match_doc(const eval_gold_quote *gold, size_t gold_count,
                   const eval_prediction *pred, size_t pred_count, size_t *gold_match,
                   int *is_fp, eval_doc_score *score);

/* Per-category counts of a matched document (after eval_match_doc): a gold finding of
 * category c is support for c, and TP_c when its matched prediction has category c,
 * else FN_c (and a matched prediction of another category is FP for that category); an
 * unmatched gold finding is FN_c; a false-positive prediction is FP for its category.
 * Adds into cats. */
void eval_doc_categories(const eval_gold_quote *gold, size_t gold_count,
                         const eval_prediction *pred, size_t pred_count,
                         const size_t *gold_match, const int *is_fp,
                         eval_category_counts cats[EVAL_CATEGORY_COUNT]);

/* Adds one document's score into a total. */
void eval_doc_score_add(eval_doc_score *total, const eval_doc_score *part);
/* The binary counts of a doc score (tn stays 0). */
eval_counts eval_doc_score_counts(const eval_doc_score *score);

/* ---- Claim level agreement ---- */

enum { EVAL_LEVELS = 6, EVAL_COLLAPSED_LEVELS = 4 };

/* 0 -> 0 no relationship, 1 -> 1 correlational, 2 -> 2 conditional causal,
 * 3, 4, 5 -> 3 direct causal. Out-of-range levels are clamped first. */
int eval_level_collapse(int level);
const char *eval_collapsed_name(int collapsed);

typedef struct eval_agreement {
    size_t rows;
    size_t exact[EVAL_LEVELS][EVAL_LEVELS];                   /* [gold][predicted] */
    size_t collapsed[EVAL_COLLAPSED_LEVELS][EVAL_COLLAPSED_LEVELS];
} eval_agreement;

void eval_agreement_add(eval_agreement *agreement, int gold, int predicted);
double eval_agreement_exact(const eval_agreement *agreement);
double eval_agreement_collapsed(const eval_agreement *agreement);

/* Cohen's kappa of a k x k confusion matrix (row-major). Returns 0 and sets *kappa, or -1
 * when kappa is undefined (no rows, or chance agreement of 1: one class on both sides). */
int eval_kappa(const size_t *matrix, size_t k, double *kappa);

#endif
