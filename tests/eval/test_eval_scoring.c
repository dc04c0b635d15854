/* test_eval_scoring.c - unit tests of the accuracy evaluation's scoring (scoring.c) and
 * corpus reading (corpus.c), on hand-made gold and predicted arrays. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "claimcheck.h"
#include "corpus.h"
#include "scoring.h"

#define EPS 1e-9

/* cmocka's assert_float_equal works in float; the metrics are doubles. */
#define assert_near(got, want) check_near((got), (want), __LINE__)

static void check_near(double got, double want, int line)
{
    double diff = got > want ? got - want : want - got;
    if (diff > EPS)
        fail_msg("line %d: got %.12f, want %.12f", line, got, want);
}

static eval_prediction prediction(int severity, int category, size_t offset, size_t length)
{
    eval_prediction p;
    p.severity = severity;
    p.category = category;
    p.offset = offset;
    p.length = length;
    return p;
}

enum { PREV = 0, CURE = 1, REGEN = 2, CERT = 3, ANEC = 9, NONE = EVAL_CATEGORY_NONE };
enum { INFO = 1, WARN = 2, ERR = 3 };

/* ---- binary counts ---- */

static void test_eval_scoring_binary_counts(void **state)
{
    eval_counts c;
    (void)state;
    memset(&c, 0, sizeof c);
    /* 3 TP, 1 FP, 2 FN, 4 TN */
    static const int pairs[][2] = {{1, 1}, {1, 1}, {1, 1}, {0, 1}, {1, 0},
                                   {1, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}};
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        eval_counts_add(&c, pairs[i][0], pairs[i][1]);
    assert_int_equal(c.tp, 3);
    assert_int_equal(c.fp, 1);
    assert_int_equal(c.fn, 2);
    assert_int_equal(c.tn, 4);
    assert_near(eval_precision(&c), 0.75);
    assert_near(eval_recall(&c), 0.6);
    assert_near(eval_f1(&c), 2 * 0.75 * 0.6 / (0.75 + 0.6));
    assert_near(eval_accuracy(&c), 0.7);
}

static void test_eval_scoring_binary_empty_is_zero(void **state)
{
    eval_counts c = {0, 0, 5, 5}; /* nothing predicted: the stub analyzer */
    (void)state;
    assert_near(eval_precision(&c), 0.0);
    assert_near(eval_recall(&c), 0.0);
    assert_near(eval_f1(&c), 0.0);
    assert_near(eval_accuracy(&c), 0.5);
    assert_near(eval_ratio(3, 0), 0.0);
}

/* ---- most severe finding and sentence results ---- */

static void test_eval_scoring_most_severe_earliest_on_ties(void **state)
{
    eval_prediction p[4];
    (void)state;
    p[0] = prediction(INFO, CURE, 0, 10);
    p[1] = prediction(WARN, PREV, 0, 10);
    p[2] = prediction(WARN, CURE, 0, 10);
    p[3] = prediction(INFO, REGEN, 0, 10);
    assert_int_equal(eval_most_severe(p, 4), 1);
    assert_int_equal(eval_most_severe(p, 1), 0);
    assert_int_equal(eval_most_severe(p, 0), 0);
}

typedef struct sentence_case {
    const char *name;
    int gold_finding, gold_category;
    eval_prediction predictions[3];
    size_t count;
    int predicted_finding, predicted_category, binary_correct, correct;
} sentence_case;

static void test_eval_scoring_sentence_results(void **state)
{
    static const sentence_case cases[] = {
        {"no findings on a none row", 0, NONE, {{0}}, 0, 0, NONE, 1, 1},
        {"no findings on a finding row", 1, CURE, {{0}}, 0, 0, NONE, 0, 0},
        {"info only is negative", 0, NONE, {{INFO, CURE, 0, 5}}, 1, 0, CURE, 1, 1},
        {"info only misses a finding", 1, CURE, {{INFO, CURE, 0, 5}}, 1, 0, CURE, 0, 0},
        {"warning, right category", 1, CURE, {{WARN, CURE, 0, 5}}, 1, 1, CURE, 1, 1},
        {"warning, wrong category", 1, CURE, {{WARN, PREV, 0, 5}}, 1, 1, PREV, 1, 0},
        {"error beats an earlier warning", 1, CERT,
         {{WARN, CURE, 0, 5}, {ERR, CERT, 0, 5}}, 2, 1, CERT, 1, 1},
        {"warning on a none row", 0, NONE, {{WARN, CURE, 0, 5}}, 1, 1, CURE, 0, 0},
        {"a none row's category is ignored", 0, PREV, {{0}}, 0, 0, NONE, 1, 1},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const sentence_case *c = &cases[i];
        eval_sentence_result r =
            eval_sentence_result_make(c->gold_finding, c->gold_category, c->predictions, c->count);
        print_message("case: %s\n", c->name);
        assert_int_equal(r.predicted_finding, c->predicted_finding);
        assert_int_equal(r.predicted_category, c->predicted_category);
        assert_int_equal(eval_sentence_binary_correct(&r), c->binary_correct);
        assert_int_equal(eval_sentence_correct(&r), c->correct);
        if (!c->gold_finding)
            assert_int_equal(r.gold_category, NONE);
    }
}

static void test_eval_scoring_categories(void **state)
{
    /* gold_finding, gold_category, predicted_finding, predicted_category */
    static const eval_sentence_result results[] = {
        {1, CURE, 1, CURE},               /* TP cure */
        {1, CURE, 1, PREV},               /* FN cure, FP prevention */
        {1, CURE, 0, CURE},               /* info finding: FN cure only */
        {1, PREV, 0, NONE},               /* FN prevention */
        {0, NONE, 1, CURE},               /* FP cure */
        {0, NONE, 0, NONE},               /* nothing */
        {1, ANEC, 1, EVAL_CATEGORY_OTHER} /* FN anecdote; 'other' is in no row */
    };
    eval_category_counts k[EVAL_CATEGORY_COUNT];
    (void)state;
    eval_score_categories(results, sizeof results / sizeof results[0], k);
    assert_int_equal(k[CURE].support, 3);
    assert_int_equal(k[CURE].tp, 1);
    assert_int_equal(k[CURE].fp, 1);
    assert_int_equal(k[CURE].fn, 2);
    assert_int_equal(k[PREV].support, 1);
    assert_int_equal(k[PREV].tp, 0);
    assert_int_equal(k[PREV].fp, 1);
    assert_int_equal(k[PREV].fn, 1);
    assert_int_equal(k[ANEC].support, 1);
    assert_int_equal(k[ANEC].fn, 1);
    assert_int_equal(k[REGEN].support + k[REGEN].tp + k[REGEN].fp + k[REGEN].fn, 0);
    assert_near(eval_category_precision(&k[CURE]), 0.5);
    assert_near(eval_category_recall(&k[CURE]), 1.0 / 3.0);
    assert_near(eval_category_f1(&k[CURE]), 2.0 / 5.0);
    assert_near(eval_category_f1(&k[REGEN]), 0.0);
}

static void test_eval_scoring_groups_sorted(void **state)
{
    eval_groups g;
    (void)state;
    memset(&g, 0, sizeof g);
    assert_int_equal(eval_groups_add(&g, "plain", 1, 1), 0);
    assert_int_equal(eval_groups_add(&g, "negated", 0, 1), 0);
    assert_int_equal(eval_groups_add(&g, "plain", 1, 0), 0);
    assert_int_equal(eval_groups_add(&g, "hedged", 0, 0), 0);
    for (int i = 0; i < 40; i++) /* past the first growth */
        assert_int_equal(eval_groups_add(&g, i % 2 ? "zeta" : "alpha", 0, 0), 0);
    eval_groups_sort(&g);
    assert_int_equal(g.count, 5);
    assert_string_equal(g.items[0].key, "alpha");
    assert_string_equal(g.items[1].key, "hedged");
    assert_string_equal(g.items[2].key, "negated");
    assert_string_equal(g.items[3].key, "plain");
    assert_string_equal(g.items[4].key, "zeta");
    assert_int_equal(g.items[2].counts.fp, 1);
    assert_int_equal(g.items[3].counts.tp, 1);
    assert_int_equal(g.items[3].counts.fn, 1);
    assert_near(eval_accuracy(&g.items[3].counts), 0.5);
    eval_groups_free(&g);
    assert_null(g.items);
}

/* ---- documents ---- */

static void test_eval_scoring_doc_matching(void **state)
{
    /* Sentences at [0,40) [40,80) [80,120) [120,160). */
    eval_gold_quote gold[] = {
        {5, 1, CURE},   /* matched by p0 (cure) */
        {45, 1, PREV},  /* in sentence 2: p1 (info) does not count -> FN */
        {85, 1, CERT},  /* sentence 3 has a cure warning and a certainty error: the
                           certainty one matches (same category) */
        {130, 0, NONE}, /* a tricky negative, flagged by p4 */
    };
    eval_prediction pred[] = {
        prediction(WARN, CURE, 0, 40),  prediction(INFO, PREV, 40, 40),
        prediction(WARN, CURE, 80, 40), prediction(ERR, CERT, 80, 40),
        prediction(WARN, ANEC, 120, 40), prediction(WARN, CURE, 160, 40),
    };
    size_t match[4];
    int fp[6];
    eval_doc_score s;
    (void)state;
    assert_int_equal(eval_match_doc(gold, 4, pred, 6, match, fp, &s), 0);
    assert_int_equal(s.gold, 3);
    assert_int_equal(s.predicted, 5);
    assert_int_equal(s.tp, 2);
    assert_int_equal(s.fn, 1);
    /* p4 (on the none quote) and p5 (no quote) are false positives; p2 shares a gold
     * sentence with the match and is neither. */
    assert_int_equal(s.fp, 2);
    assert_int_equal(s.category_agree, 2);
    assert_int_equal(s.none_quotes, 1);
    assert_int_equal(s.none_flagged, 1);
    assert_int_equal(match[0], 0);
    assert_int_equal(match[1], 6);
    assert_int_equal(match[2], 3);
    assert_int_equal(match[3], 6);
    static const int expected_fp[] = {0, 0, 0, 0, 1, 1};
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(fp[i], expected_fp[i]);
}

static void test_eval_scoring_doc_one_to_one(void **state)
{
    /* Two gold quotes in one predicted span: one finding matches only one of them. */
    eval_gold_quote gold[] = {{2, 1, CURE}, {20, 1, CURE}};
    eval_prediction one[] = {prediction(WARN, CURE, 0, 40)};
    eval_prediction two[] = {prediction(WARN, CURE, 0, 40), prediction(WARN, PREV, 0, 40)};
    eval_doc_score s;
    size_t match[2];
    (void)state;
    assert_int_equal(eval_match_doc(gold, 2, one, 1, match, NULL, &s), 0);
    assert_int_equal(s.tp, 1);
    assert_int_equal(s.fn, 1);
    assert_int_equal(s.fp, 0);
    assert_int_equal(match[0], 0);
    assert_int_equal(match[1], 1);
    assert_int_equal(eval_match_doc(gold, 2, two, 2, NULL, NULL, &s), 0);
    assert_int_equal(s.tp, 2);
    assert_int_equal(s.fn, 0);
    assert_int_equal(s.category_agree, 1);
}

static void test_eval_scoring_doc_span_edges(void **state)
{
    /* Half-open spans: offset 10 is outside [0,10) and inside [10,20). */
    eval_gold_quote gold[] = {{10, 1, CURE}};
    eval_prediction before[] = {prediction(WARN, CURE, 0, 10)};
    eval_prediction at[] = {prediction(WARN, CURE, 10, 10)};
    eval_prediction empty[] = {prediction(WARN, CURE, 10, 0)};
    eval_doc_score s, total;
    (void)state;
    memset(&total, 0, sizeof total);
    assert_int_equal(eval_match_doc(gold, 1, before, 1, NULL, NULL, &s), 0);
    assert_int_equal(s.tp, 0);
    assert_int_equal(s.fp, 1);
    eval_doc_score_add(&total, &s);
    assert_int_equal(eval_match_doc(gold, 1, at, 1, NULL, NULL, &s), 0);
    assert_int_equal(s.tp, 1);
    eval_doc_score_add(&total, &s);
    assert_int_equal(eval_match_doc(gold, 1, empty, 1, NULL, NULL, &s), 0);
    assert_int_equal(s.tp, 0);
    eval_doc_score_add(&total, &s);
    assert_int_equal(eval_match_doc(gold, 1, NULL, 0, NULL, NULL, &s), 0);
    assert_int_equal(s.fn, 1);
    eval_doc_score_add(&total, &s);
    assert_int_equal(total.gold, 4);
    assert_int_equal(total.tp, 1);
    assert_int_equal(total.fn, 3);
    assert_int_equal(total.fp, 2);
    eval_counts c = eval_doc_score_counts(&total);
    assert_near(eval_precision(&c), 1.0 / 3.0);
    assert_near(eval_recall(&c), 0.25);
}

/* ---- claim levels ---- */

static void test_eval_scoring_level_collapse(void **state)
{
    static const int expected[] = {0, 1, 2, 3, 3, 3};
    (void)state;
    for (int level = 0; level < 6; level++)
        assert_int_equal(eval_level_collapse(level), expected[level]);
    assert_int_equal(eval_level_collapse(-1), 0);
    assert_int_equal(eval_level_collapse(9), 3);
    assert_string_equal(eval_collapsed_name(3), "direct causal");
}

static void test_eval_scoring_agreement_and_kappa(void **state)
{
    eval_agreement a;
    double kappa = -5;
    /* gold, predicted */
    static const int pairs[][2] = {{0, 0}, {1, 1}, {2, 0}, {4, 5}, {3, 3}, {5, 5}, {1, 3}, {7, 4}};
    (void)state;
    memset(&a, 0, sizeof a);
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        eval_agreement_add(&a, pairs[i][0], pairs[i][1]);
    assert_int_equal(a.rows, 8);
    /* exact: (0,0) (1,1) (3,3) (5,5) = 4; 7 clamps to 5, so (5,4) is not exact */
    assert_near(eval_agreement_exact(&a), 0.5);
    /* collapsed: all but (2,0) and (1,3) agree */
    assert_near(eval_agreement_collapsed(&a), 0.75);
    assert_int_equal(a.collapsed[3][3], 4);
    assert_int_equal(a.collapsed[2][0], 1);
    assert_int_equal(a.collapsed[1][3], 1);

    /* A textbook 2x2 example: po = 0.7, pe = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = 0.4. */
    static const size_t m2[] = {20, 5, 10, 15};
    assert_int_equal(eval_kappa(m2, 2, &kappa), 0);
    assert_near(kappa, 0.4);
    /* Perfect agreement over two classes: 1. */
    static const size_t perfect[] = {3, 0, 0, 7};
    assert_int_equal(eval_kappa(perfect, 2, &kappa), 0);
    assert_near(kappa, 1.0);
    /* Undefined: no rows; one class on both sides (chance agreement 1). */
    static const size_t none[] = {0, 0, 0, 0};
    static const size_t one_class[] = {0, 0, 0, 9};
    assert_int_equal(eval_kappa(none, 2, &kappa), -1);
    assert_int_equal(eval_kappa(one_class, 2, &kappa), -1);
    /* The stub analyzer: everything predicted 0 while gold varies -> kappa 0. */
    static const size_t stub[] = {2, 0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0};
    assert_int_equal(eval_kappa(stub, 4, &kappa), 0);
    assert_near(kappa, 0.0);
}

/* ---- corpus reading ---- */

static void test_eval_scoring_names(void **state)
{
    (void)state;
    for (int c = 0; c < EVAL_CATEGORY_COUNT; c++)
        assert_int_equal(eval_category_parse(eval_category_name(c)), c);
    assert_int_equal(eval_category_parse("-"), EVAL_CATEGORY_NONE);
    assert_int_equal(eval_category_parse("Cure"), EVAL_CATEGORY_UNKNOWN);
    assert_int_equal(eval_category_parse(""), EVAL_CATEGORY_UNKNOWN);
    assert_string_equal(eval_category_name(EVAL_CATEGORY_OTHER), "other");
    /* The gold categories follow cck_category's order. */
    assert_int_equal(eval_category_parse("prevention"), CCK_CATEGORY_PREVENTION);
    assert_int_equal(eval_category_parse("surgery"), CCK_CATEGORY_SURGERY);
    assert_int_equal(eval_category_parse("anecdote"), CCK_CATEGORY_ANECDOTE);
    assert_int_equal(EVAL_CATEGORY_COUNT, CCK_CATEGORY_COUNT);
    for (size_t i = 0; i < EVAL_CASE_COUNT; i++)
        assert_true(eval_case_is_known(eval_case_name(i)));
    assert_true(eval_case_is_known("weak-evidence"));
    assert_false(eval_case_is_known("sarcasm"));
    assert_int_equal(eval_label_parse("finding"), 1);
    assert_int_equal(eval_label_parse("none"), 0);
    assert_int_equal(eval_label_parse("Finding"), -1);
    int level = -1;
    assert_int_equal(eval_level_parse("5", &level), 0);
    assert_int_equal(level, 5);
    assert_int_equal(eval_level_parse("6", &level), -1);
    assert_int_equal(eval_level_parse("05", &level), -1);
    assert_int_equal(eval_level_parse("", &level), -1);
    assert_int_equal(eval_level_parse("-1", &level), -1);
}

static void test_eval_scoring_utf8_check(void **state)
{
    static const struct {
        const char *name;
        const char *bytes;
        size_t len;
        size_t bad;
    } cases[] = {
        {"ascii", "abc", 3, 3},
        {"two-byte", "caf\xc3\xa9", 5, 5},
        {"four-byte", "\xf0\x9f\x98\x80", 4, 4},
        {"truncated", "caf\xc3", 4, 3},
        {"bad continuation", "a\xc3(", 3, 1},
        {"overlong", "\xc0\xaf", 2, 0},
        {"overlong three", "\xe0\x80\xaf", 3, 0},
        {"surrogate", "x\xed\xa0\x80", 4, 1},
        {"above U+10FFFF", "\xf4\x90\x80\x80", 4, 0},
        {"lone continuation", "ab\x80", 3, 2},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        print_message("case: %s\n", cases[i].name);
        assert_int_equal(eval_utf8_check(cases[i].bytes, cases[i].len), cases[i].bad);
    }
}

static void test_eval_scoring_line_column(void **state)
{
    static const char text[] = "ab\nc\xc3\xa9x\n";
    size_t line = 0, column = 0;
    (void)state;
    eval_line_column(text, sizeof text - 1, 0, &line, &column);
    assert_int_equal(line, 1);
    assert_int_equal(column, 1);
    eval_line_column(text, sizeof text - 1, 3, &line, &column);
    assert_int_equal(line, 2);
    assert_int_equal(column, 1);
    eval_line_column(text, sizeof text - 1, 6, &line, &column); /* 'x' after 'é' */
    assert_int_equal(line, 2);
    assert_int_equal(column, 3);
}

static void test_eval_scoring_lines_and_fields(void **state)
{
    char buf[] = "a\tb\r\n\nc\td\te";
    char *cursor = buf, *end = buf + sizeof buf - 1, *line;
    char *fields[2];
    (void)state;
    line = eval_next_line(&cursor, end);
    assert_string_equal(line, "a\tb");
    assert_int_equal(eval_tsv_split(line, fields, 2), 2);
    assert_string_equal(fields[0], "a");
    assert_string_equal(fields[1], "b");
    line = eval_next_line(&cursor, end);
    assert_string_equal(line, "");
    assert_int_equal(eval_tsv_split(line, fields, 2), 1);
    line = eval_next_line(&cursor, end);
    assert_string_equal(line, "c\td\te");
    assert_int_equal(eval_tsv_split(line, fields, 2), 3); /* counts past max_fields */
    assert_string_equal(fields[0], "c");
    assert_null(eval_next_line(&cursor, end));
}

static void test_eval_scoring_find_count(void **state)
{
    static const char doc[] = "stem cells heal. stem cells heal fast.";
    size_t offset = 99;
    (void)state;
    assert_int_equal(eval_find_count(doc, sizeof doc - 1, "heal fast", 9, &offset), 1);
    assert_int_equal(offset, 28);
    assert_int_equal(eval_find_count(doc, sizeof doc - 1, "stem cells heal", 15, &offset), 2);
    assert_int_equal(offset, 0);
    assert_int_equal(eval_find_count(doc, sizeof doc - 1, "regrow", 6, &offset), 0);
    assert_int_equal(eval_find_count(doc, sizeof doc - 1, "", 0, &offset), 0);
    assert_int_equal(eval_find_count("ab", 2, "abc", 3, &offset), 0);
}

typedef struct row_case {
    const char *name;
    const char *line; /* tabs as in the file */
    int ok;
    const char *message; /* a substring of the message when !ok */
} row_case;

static void test_eval_scoring_sentence_rows(void **state)
{
    static const row_case cases[] = {
        {"good finding", "s1\tfinding\tcure\t4\tclinic\tplain\tStem cells cure.", 1, NULL},
        {"good none", "s2\tnone\t-\t0\tjournalist\tnegated\tNo evidence.", 1, NULL},
        {"none with a category", "s3\tnone\tprevention\t0\tj\tnegated\tx", 1, NULL},
        {"six fields", "s1\tfinding\tcure\t4\tclinic\tStem cells cure.", 0,
         "6 tab-separated fields, expected 7"},
        {"eight fields", "s1\tfinding\tcure\t4\tclinic\tplain\ta\tb", 0, "8 tab-separated"},
        {"empty id", "\tfinding\tcure\t4\tclinic\tplain\tx", 0, "empty id"},
        {"bad label", "s1\tyes\tcure\t4\tclinic\tplain\tx", 0, "label is not"},
        {"bad category", "s1\tfinding\tmiracle\t4\tclinic\tplain\tx", 0,
         "unknown category 'miracle'"},
        {"finding without category", "s1\tfinding\t-\t4\tclinic\tplain\tx", 0,
         "needs a category"},
        {"bad level", "s1\tfinding\tcure\t6\tclinic\tplain\tx", 0, "claim_level is not 0-5"},
        {"empty voice", "s1\tfinding\tcure\t4\t\tplain\tx", 0, "empty voice"},
        {"bad case", "s1\tfinding\tcure\t4\tclinic\tPlain\tx", 0, "unknown case 'Plain'"},
        {"empty text", "s1\tfinding\tcure\t4\tclinic\tplain\t", 0, "empty text"},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char line[256], message[256] = "";
        char *fields[16];
        eval_sentence_row row;
        size_t n;
        print_message("case: %s\n", cases[i].name);
        snprintf(line, sizeof line, "%s", cases[i].line);
        n = eval_tsv_split(line, fields, 16);
        int status = eval_sentence_row_parse(fields, n, &row, message, sizeof message);
        assert_int_equal(status, cases[i].ok ? 0 : -1);
        if (!cases[i].ok)
            assert_non_null(strstr(message, cases[i].message));
    }
    {
        char line[] = "s1\tfinding\tcure\t4\tclinic\tplain\tStem cells cure.";
        char *fields[16], message[64];
        eval_sentence_row row;
        size_t n = eval_tsv_split(line, fields, 16);
        assert_int_equal(eval_sentence_row_parse(fields, n, &row, message, sizeof message), 0);
        assert_string_equal(row.id, "s1");
        assert_int_equal(row.finding, 1);
        assert_int_equal(row.category, CURE);
        assert_int_equal(row.claim_level, 4);
        assert_string_equal(row.voice, "clinic");
        assert_string_equal(row.case_name, "plain");
        assert_string_equal(row.text, "Stem cells cure.");
    }
}

static void test_eval_scoring_causal_and_label_rows(void **state)
{
    static const row_case causal[] = {
        {"good", "c1\t2\tCoffee may help.", 1, NULL},
        {"two fields", "c1\tCoffee may help.", 0, "2 tab-separated fields, expected 3"},
        {"bad level", "c1\tx\tCoffee.", 0, "claim_level is not 0-5: 'x'"},
        {"empty text", "c1\t2\t", 0, "empty text"},
    };
    static const row_case labels[] = {
        {"good finding", "finding\tcure\tstem cells cure", 1, NULL},
        {"good none", "none\t-\tno evidence that", 1, NULL},
        {"finding without category", "finding\t-\tstem cells cure", 0, "needs a category"},
        {"empty quote", "finding\tcure\t", 0, "empty quote"},
        {"four fields", "finding\tcure\ta\tb", 0, "4 tab-separated fields, expected 3"},
    };
    (void)state;
    for (size_t i = 0; i < sizeof causal / sizeof causal[0]; i++) {
        char line[256], message[256] = "";
        char *fields[16];
        eval_causal_row row;
        print_message("causal case: %s\n", causal[i].name);
        snprintf(line, sizeof line, "%s", causal[i].line);
        size_t n = eval_tsv_split(line, fields, 16);
        assert_int_equal(eval_causal_row_parse(fields, n, &row, message, sizeof message),
                         causal[i].ok ? 0 : -1);
        if (!causal[i].ok)
            assert_non_null(strstr(message, causal[i].message));
        else
            assert_int_equal(row.claim_level, 2);
    }
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        char line[256], message[256] = "";
        char *fields[16];
        eval_label_row row;
        print_message("label case: %s\n", labels[i].name);
        snprintf(line, sizeof line, "%s", labels[i].line);
        size_t n = eval_tsv_split(line, fields, 16);
        assert_int_equal(eval_label_row_parse(fields, n, &row, message, sizeof message),
                         labels[i].ok ? 0 : -1);
        if (!labels[i].ok)
            assert_non_null(strstr(message, labels[i].message));
    }
}

/* Per-category document counts: a right match, a match of the wrong category, a missed
 * gold finding and a false positive. */
static void test_eval_scoring_doc_categories(void **state)
{
    (void)state;
    const eval_gold_quote gold[] = {
        {10, 1, 0},  /* prevention, matched by a prevention prediction: TP */
        {50, 1, 1},  /* cure, matched by a hype prediction: FN cure, FP hype */
        {90, 1, 2},  /* regeneration, not matched: FN */
        {130, 0, -1} /* a 'none' quote: not counted */
    };
    const eval_prediction pred[] = {
        {2, 0, 0, 20},   /* prevention over gold 0 */
        {2, 4, 40, 20},  /* hype over gold 1 */
        {3, 5, 200, 20}, /* safety, over no gold: a false positive */
    };
    size_t match[4];
    int fp[3];
    eval_doc_score score;
    memset(&score, 0, sizeof score);
    assert_int_equal(eval_match_doc(gold, 4, pred, 3, match, fp, &score), 0);
    eval_category_counts cats[EVAL_CATEGORY_COUNT];
    memset(cats, 0, sizeof cats);
    eval_doc_categories(gold, 4, pred, 3, match, fp, cats);
    assert_int_equal(cats[0].support, 1);
    assert_int_equal(cats[0].tp, 1);
    assert_int_equal(cats[0].fp + cats[0].fn, 0);
    assert_int_equal(cats[1].support, 1);
    assert_int_equal(cats[1].fn, 1);
    assert_int_equal(cats[1].tp, 0);
    assert_int_equal(cats[4].fp, 1);
    assert_int_equal(cats[2].support, 1);
    assert_int_equal(cats[2].fn, 1);
    assert_int_equal(cats[5].fp, 1);
    assert_int_equal(cats[5].support, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_eval_scoring_binary_counts),
        cmocka_unit_test(test_eval_scoring_binary_empty_is_zero),
        cmocka_unit_test(test_eval_scoring_most_severe_earliest_on_ties),
        cmocka_unit_test(test_eval_scoring_sentence_results),
        cmocka_unit_test(test_eval_scoring_categories),
        cmocka_unit_test(test_eval_scoring_groups_sorted),
        cmocka_unit_test(test_eval_scoring_doc_matching),
        cmocka_unit_test(test_eval_scoring_doc_one_to_one),
        cmocka_unit_test(test_eval_scoring_doc_span_edges),
        cmocka_unit_test(test_eval_scoring_level_collapse),
        cmocka_unit_test(test_eval_scoring_agreement_and_kappa),
        cmocka_unit_test(test_eval_scoring_names),
        cmocka_unit_test(test_eval_scoring_utf8_check),
        cmocka_unit_test(test_eval_scoring_line_column),
        cmocka_unit_test(test_eval_scoring_lines_and_fields),
        cmocka_unit_test(test_eval_scoring_find_count),
        cmocka_unit_test(test_eval_scoring_sentence_rows),
        cmocka_unit_test(test_eval_scoring_causal_and_label_rows),
        cmocka_unit_test(test_eval_scoring_doc_categories),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
