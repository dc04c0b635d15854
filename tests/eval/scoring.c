/* scoring.c - the metrics of the accuracy evaluation: pure functions over gold and
 * predicted arrays, so that they can be tested without an analyzer. */
#include "scoring.h"

#include <stdlib.h>
#include <string.h>

void eval_counts_add(eval_counts *counts, int gold, int predicted)
{
    if (gold && predicted)
        counts->tp++;
    else if (!gold && predicted)
        counts->fp++;
    else if (gold)
        counts->fn++;
    else
        counts->tn++;
}

double eval_ratio(size_t num, size_t den)
{
    return den == 0 ? 0.0 : (double)num / (double)den;
}

double eval_precision(const eval_counts *counts)
{
    return eval_ratio(counts->tp, counts->tp + counts->fp);
}

double eval_recall(const eval_counts *counts)
{
    return eval_ratio(counts->tp, counts->tp + counts->fn);
}

double eval_f1(const eval_counts *counts)
{
    return eval_ratio(2 * counts->tp, 2 * counts->tp + counts->fp + counts->fn);
}

double eval_accuracy(const eval_counts *counts)
{
    return eval_ratio(counts->tp + counts->tn,
                      counts->tp + counts->tn + counts->fp + counts->fn);
}

size_t eval_most_severe(const eval_prediction *predictions, size_t count)
{
    size_t best = count;
    for (size_t i = 0; i < count; i++)
        if (best == count || predictions[i].severity > predictions[best].severity)
            best = i;
    return best;
}

eval_sentence_result eval_sentence_result_make(int gold_finding, int gold_category,
                                               const eval_prediction *predictions,
                                               size_t count)
{
    eval_sentence_result result;
    size_t best = eval_most_severe(predictions, count);
    result.gold_finding = gold_finding != 0;
    result.gold_category = gold_finding ? gold_category : EVAL_CATEGORY_NONE;
    result.predicted_finding =
        best < count && predictions[best].severity >= EVAL_POSITIVE_SEVERITY;
    result.predicted_category = best < count ? predictions[best].category : EVAL_CATEGORY_NONE;
    return result;
}

int eval_sentence_binary_correct(const eval_sentence_result *result)
{
    return result->gold_finding == result->predicted_finding;
}

int eval_sentence_correct(const eval_sentence_result *result)
{
    if (!eval_sentence_binary_correct(result))
        return 0;
    return !result->gold_finding || result->gold_category == result->predicted_category;
}

void eval_score_categories(const eval_sentence_result *results, size_t count,
                           eval_category_counts by_category[EVAL_CATEGORY_COUNT])
{
    memset(by_category, 0, EVAL_CATEGORY_COUNT * sizeof by_category[0]);
    for (size_t i = 0; i < count; i++) {
        const eval_sentence_result *r = &results[i];
        int gold = r->gold_finding ? r->gold_category : EVAL_CATEGORY_NONE;
        int predicted = r->predicted_finding ? r->predicted_category : EVAL_CATEGORY_NONE;
        if (gold >= 0 && gold < EVAL_CATEGORY_COUNT) {
            by_category[gold].support++;
            if (predicted == gold)
                by_category[gold].tp++;
            else
                by_category[gold].fn++;
        }
        if (predicted >= 0 && predicted < EVAL_CATEGORY_COUNT && predicted != gold)
            by_category[predicted].fp++;
    }
}

double eval_category_precision(const eval_category_counts *counts)
{
    return eval_ratio(counts->tp, counts->tp + counts->fp);
}

double eval_category_recall(const eval_category_counts *counts)
{
    return eval_ratio(counts->tp, counts->tp + counts->fn);
}

double eval_category_f1(const eval_category_counts *counts)
{
    return eval_ratio(2 * counts->tp, 2 * counts->tp + counts->fp + counts->fn);
}

int eval_groups_add(eval_groups *groups, const char *key, int gold, int predicted)
{
    size_t i;
    for (i = 0; i < groups->count; i++)
        if (strcmp(groups->items[i].key, key) == 0)
            break;
    if (i == groups->count) {
        if (groups->count == groups->capacity) {
            size_t capacity = groups->capacity ? groups->capacity * 2 : 16;
            if (capacity > (size_t)-1 / sizeof(eval_group))
                return -1;
            eval_group *items = realloc(groups->items, capacity * sizeof(eval_group));
            if (!items)
                return -1;
            groups->items = items;
            groups->capacity = capacity;
        }
        size_t key_len = strlen(key);
        char *copy = malloc(key_len + 1);
        if (!copy)
            return -1;
        memcpy(copy, key, key_len + 1);
        memset(&groups->items[i], 0, sizeof groups->items[i]);
        groups->items[i].key = copy;
        groups->count++;
    }
    eval_counts_add(&groups->items[i].counts, gold, predicted);
    return 0;
}

static int group_compare(const void *a, const void *b)
{
    const eval_group *ga = a, *gb = b;
    return strcmp(ga->key, gb->key);
}

void eval_groups_sort(eval_groups *groups)
{
    if (groups->count > 1)
        qsort(groups->items, groups->count, sizeof(eval_group), group_compare);
}

void eval_groups_free(eval_groups *groups)
{
    for (size_t i = 0; i < groups->count; i++)
        free(groups->items[i].key);
    free(groups->items);
    memset(groups, 0, sizeof *groups);
}

static int span_contains(const eval_prediction *p, size_t offset)
{
    return offset >= p->offset && offset - p->offset < p->length;
}

/* 1 when candidate a is a better match than b for a gold quote of this category. */
static int better_candidate(const eval_prediction *a, const eval_prediction *b,
                            int category)
{
    int a_same = a->category == category, b_same = b->category == category;
    if (a_same != b_same)
        return a_same;
    return a->severity > b->severity; /* the earlier wins a tie */
}

int eval_match_doc(const eval_gold_quote *gold, size_t gold_count,
                   const eval_prediction *pred, size_t pred_count, size_t *gold_match,
                   int *is_fp, eval_doc_score *score)
{
    memset(score, 0, sizeof *score);
    /* taken[p]: prediction p has matched a gold quote already. */
    unsigned char *taken = calloc(pred_count ? pred_count : 1, 1);
    if (!taken)
        return -1;
    for (size_t p = 0; p < pred_count; p++)
        if (pred[p].severity >= EVAL_POSITIVE_SEVERITY)
            score->predicted++;
    for (size_t g = 0; g < gold_count; g++) {
        size_t best = pred_count;
        if (gold_match)
            gold_match[g] = pred_count;
        if (!gold[g].finding) {
            score->none_quotes++;
            for (size_t p = 0; p < pred_count; p++)
                if (pred[p].severity >= EVAL_POSITIVE_SEVERITY &&
                    span_contains(&pred[p], gold[g].offset)) {
                    score->none_flagged++;
                    break;
                }
            continue;
        }
        score->gold++;
        for (size_t p = 0; p < pred_count; p++) {
            if (pred[p].severity < EVAL_POSITIVE_SEVERITY || taken[p] ||
                !span_contains(&pred[p], gold[g].offset))
                continue;
            if (best == pred_count || better_candidate(&pred[p], &pred[best], gold[g].category))
                best = p;
        }
        if (best == pred_count) {
            score->fn++;
            continue;
        }
        taken[best] = 1;
        score->tp++;
        if (pred[best].category == gold[g].category)
            score->category_agree++;
        if (gold_match)
            gold_match[g] = best;
    }
    for (size_t p = 0; p < pred_count; p++) {
        int fp = 0;
        if (pred[p].severity >= EVAL_POSITIVE_SEVERITY) {
            fp = 1;
            for (size_t g = 0; g < gold_count && fp; g++)
                if (gold[g].finding && span_contains(&pred[p], gold[g].offset))
                    fp = 0;
        }
        score->fp += (size_t)fp;
        if (is_fp)
            is_fp[p] = fp;
    }
    free(taken);
    return 0;
}

void eval_doc_score_add(eval_doc_score *total, const eval_doc_score *part)
{
    total->gold += part->gold;
    total->predicted += part->predicted;
    total->tp += part->tp;
    total->fp += part->fp;
    total->fn += part->fn;
    total->category_agree += part->category_agree;
    total->none_quotes += part->none_quotes;
    total->none_flagged += part->none_flagged;
}

eval_counts eval_doc_score_counts(const eval_doc_score *score)
{
    eval_counts counts = {score->tp, score->fp, score->fn, 0};
    return counts;
}

int eval_level_collapse(int level)
{
    if (level <= 0)
        return 0;
    if (level >= 3)
        return 3;
    return level;
}

const char *eval_collapsed_name(int collapsed)
{
    static const char *const names[EVAL_COLLAPSED_LEVELS] = {
        "no relationship", "correlational", "conditional causal", "direct causal"};
    return collapsed >= 0 && collapsed < EVAL_COLLAPSED_LEVELS ? names[collapsed] : "?";
}

static int clamp_level(int level)
{
    return level < 0 ? 0 : level > EVAL_LEVELS - 1 ? EVAL_LEVELS - 1 : level;
}

void eval_agreement_add(eval_agreement *agreement, int gold, int predicted)
{
    gold = clamp_level(gold);
    predicted = clamp_level(predicted);
    agreement->rows++;
    agreement->exact[gold][predicted]++;
    agreement->collapsed[eval_level_collapse(gold)][eval_level_collapse(predicted)]++;
}

double eval_agreement_exact(const eval_agreement *agreement)
{
    size_t same = 0;
    for (size_t i = 0; i < EVAL_LEVELS; i++)
        same += agreement->exact[i][i];
    return eval_ratio(same, agreement->rows);
}

double eval_agreement_collapsed(const eval_agreement *agreement)
{
    size_t same = 0;
    for (size_t i = 0; i < EVAL_COLLAPSED_LEVELS; i++)
        same += agreement->collapsed[i][i];
    return eval_ratio(same, agreement->rows);
}

int eval_kappa(const size_t *matrix, size_t k, double *kappa)
{
    size_t total = 0, diagonal = 0;
    double chance = 0.0;
    for (size_t i = 0; i < k; i++)
        for (size_t j = 0; j < k; j++) {
            total += matrix[i * k + j];
            if (i == j)
                diagonal += matrix[i * k + j];
        }
    if (total == 0)
        return -1;
    for (size_t c = 0; c < k; c++) {
        size_t row = 0, column = 0;
        for (size_t j = 0; j < k; j++) {
            row += matrix[c * k + j];
            column += matrix[j * k + c];
        }
        chance += ((double)row / (double)total) * ((double)column / (double)total);
    }
    if (chance >= 1.0)
        return -1;
    *kappa = ((double)diagonal / (double)total - chance) / (1.0 - chance);
    return 0;
}

void eval_doc_categories(const eval_gold_quote *gold, size_t gold_count,
                         const eval_prediction *pred, size_t pred_count,
                         const size_t *gold_match, const int *is_fp,
                         eval_category_counts cats[EVAL_CATEGORY_COUNT])
{
    for (size_t g = 0; g < gold_count; g++) {
        if (!gold[g].finding || gold[g].category < 0 || gold[g].category >= EVAL_CATEGORY_COUNT)
            continue;
        eval_category_counts *k = &cats[gold[g].category];
        k->support++;
        size_t p = gold_match[g];
        if (p < pred_count && pred[p].category == gold[g].category) {
            k->tp++;
            continue;
        }
        k->fn++;
        if (p < pred_count && pred[p].category >= 0 && pred[p].category < EVAL_CATEGORY_COUNT)
            cats[pred[p].category].fp++;
    }
    for (size_t p = 0; p < pred_count; p++)
        if (is_fp[p] && pred[p].category >= 0 && pred[p].category < EVAL_CATEGORY_COUNT)
            cats[pred[p].category].fp++;
}
