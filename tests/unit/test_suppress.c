/* test_suppress.c - unit tests of "claimcheck: ignore RULE reason" directives in text,
 * Markdown and HTML: what they silence and where their scope ends, that other rules
 * still fire, that comments in code are not directives, that faulty directives are
 * reported at their line and column, that the directive line is not analysed, and that
 * the other findings keep their places and the profile does not count what was
 * silenced. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "claimcheck.h"
#include "input/prose.h"

#include "engine_fixture.h"
#include "occurrence.h"

typedef enum doc_kind { TEXT, MD, HTML } doc_kind;

#define MAX_SEEN 16

typedef struct seen {
    size_t count;
    char rule[MAX_SEEN][64];
    cck_span trigger[MAX_SEEN];
    size_t diagnostic_count;
    cck_error diagnostics[MAX_SEEN];
    int stop_on_diagnostic;
} seen;

static int on_finding(const cck_finding *f, void *user_data)
{
    seen *s = user_data;
    if (s->count < MAX_SEEN) {
        snprintf(s->rule[s->count], sizeof s->rule[0], "%s", f->rule ? f->rule->id : "");
        s->trigger[s->count] = f->trigger;
    }
    s->count++;
    return 0;
}

static int on_diagnostic(const cck_error *diagnostic, void *user_data)
{
    seen *s = user_data;
    if (s->diagnostic_count < MAX_SEEN)
        s->diagnostics[s->diagnostic_count] = *diagnostic;
    s->diagnostic_count++;
    return s->stop_on_diagnostic;
}

/* Scans doc as text, Markdown or HTML; returns the scan's status. callbacks NULL: the
 * seen callbacks. */
static int scan_doc(fixture *fx, doc_kind kind, const char *doc, const cck_scan_callbacks *cb,
                    seen *s, cck_profile *profile)
{
    cck_scan_callbacks mine = {on_finding, on_diagnostic, s};
    if (!cb)
        cb = &mine;
    size_t len = strlen(doc);
    if (kind == TEXT)
        return cck_scanner_scan(fx->scanner, doc, len, cb, profile);
    cck_piece_vec pieces;
    cck_piece_vec_init(&pieces);
    cck_error error;
    int status = kind == MD ? cck_markdown_pieces(doc, len, &pieces, &error)
                            : cck_html_pieces(doc, len, &pieces, &error);
    if (status == CCK_OK)
        status = cck_scanner_scan_pieces(fx->scanner, doc, len, pieces.pieces, pieces.count, cb,
                                         profile);
    cck_piece_vec_free(&pieces);
    return status;
}


typedef struct want_finding {
    const char *rule;
    const char *trigger; /* its nth occurrence in the document */
    int nth;
} want_finding;

typedef struct want_diagnostic {
    size_t line, column;
    const char *says; /* a part of the message */
} want_diagnostic;

typedef struct suppress_case {
    const char *name;
    doc_kind kind;
    const char *doc;
    want_finding findings[4]; /* in order; rule NULL ends */
    want_diagnostic diagnostics[4]; /* in order; says NULL ends */
} suppress_case;

static const suppress_case cases[] = {
    /* ---- text: a line of its own ---- */
    {"text: silences the next paragraph, not the one after",
     TEXT,
     "Stem cells cure arthritis.\n\n"
     "claimcheck: ignore cure-claim quoting the clinic to rebut it\n"
     "Stem cells cure arthritis. PRP heals tendons for good.\n\n"
     "Stem cells cure arthritis.\n",
     {{"cure-claim", "cure", 0}, {"cure-claim", "cure", 3}},
     {{0, 0, NULL}}},
    {"text: a byte order mark before the directive on line 1",
     TEXT,
     "\xEF\xBB\xBF" "claimcheck: ignore cure-claim quoting an ad\n"
     "Stem cells cure arthritis.\n",
     {{NULL, NULL, 0}},
     {{0, 0, NULL}}},
    {"text: other rules still fire",
     TEXT,
     "claimcheck: ignore cure-claim reviewed by the editor\n"
     "Stem cells cure arthritis. Stem cells regrow cartilage.\n",
     {{"regeneration-claim", "regrow", 0}},
     {{0, 0, NULL}}},
    /* one finding per sentence: when the directive silences it, the sentence's next
     * claim of a rule not named is still found */
    {"text: other rules still fire in the same sentence",
     TEXT,
     "claimcheck: ignore safety-absolute quoted from the clinic flyer to rebut it\n"
     "Our stem cell injections regrow cartilage and are 100% safe.\n",
     {{"regeneration-claim", "regrow", 0}},
     {{0, 0, NULL}}},
    {"text: a silenced booster leaves the claim it lifted",
     TEXT,
     "claimcheck: ignore certainty-booster reviewed\n"
     "Our proven stem cell treatment cures arthritis.\n",
     {{"cure-claim", "cures", 0}},
     {{0, 0, NULL}}},
    {"text: both rules of the sentence named",
     TEXT,
     "claimcheck: ignore cure-claim,certainty-booster the advert is quoted word for word\n"
     "Our proven stem cell treatment cures arthritis.\n",
     {{NULL, NULL, 0}},
     {{0, 0, NULL}}},
    /* a result scoped to mice is no claim about people under any rule */
    {"text: a silenced extrapolation does not bring up the mouse result",
     TEXT,
     "claimcheck: ignore extrapolation the mouse result is reported as such\n"
     "Exosomes regrew hair in mice with 100% certainty, and no one knows yet whether "
     "they help people.\n",
     {{NULL, NULL, 0}},
     {{0, 0, NULL}}},
    {"markdown: other rules still fire in the same sentence",
     MD,
     "<!-- claimcheck: ignore safety-absolute quoted from the flyer -->\n"
     "Our stem cell injections regrow cartilage and are 100% safe.\n",
     {{"regeneration-claim", "regrow", 0}},
     {{0, 0, NULL}}},
    {"text: category names and lists",
     TEXT,
     "  claimcheck: ignore cure,regeneration-claim both quoted from the ad\n"
     "Stem cells cure arthritis. Stem cells regrow cartilage.\n",
     {{NULL, NULL, 0}},
     {{0, 0, NULL}}},
    {"text: no reason is reported and silences nothing",
     TEXT,
     "Intro.\n\n  claimcheck: ignore cure-claim\nStem cells cure arthritis.\n",
     {{"cure-claim", "cure", 1}},
     {{3, 3, "suppression of cure-claim gives no reason; write why after the rule id, "
             "e.g. claimcheck: ignore cure-claim quoting the clinic to rebut it"}}},
    {"text: a comma alone at the end of the text is reported once, at the comma",
     TEXT,
     "Stem cells cure arthritis.\n\nclaimcheck: ignore ,",
     {{"cure-claim", "cure", 0}},
     {{3, 20, "empty rule name in \",\""}}},
    {"text: unknown rule and all",
     TEXT,
     "claimcheck: ignore cure-claim,curse,all typo\nStem cells cure arthritis.\n",
     {{"cure-claim", "cure", 1}},
     {{1, 31, "unknown rule \"curse\""}, {1, 37, "\"all\" cannot be suppressed"}}},
    {"text: the directive line is not prose",
     TEXT,
     "claimcheck: ignore regeneration-claim the clinic wrote that stem cells cure arthritis\n"
     "Stem cells regrow cartilage.\n",
     {{NULL, NULL, 0}},
     {{0, 0, NULL}}},
    {"text: the directive ends the paragraph before it",
     TEXT,
     "Stem cells are studied here.\nclaimcheck: ignore hype-word reviewed\nGreen tea heals colds.\n",
     {{NULL, NULL, 0}},
     {{2, 1, "suppression of hype-word silenced nothing"}}},
    {"text: a directive with nothing after it says so",
     TEXT,
     "Stem cells cure arthritis.\n\nclaimcheck: ignore cure-claim reviewed\n",
     {{"cure-claim", "cure", 0}},
     {{3, 1, "silenced nothing: no text follows it, and a directive covers only the "
             "paragraph after it in the same text"}}},
    {"text: positions after a directive are the file's",
     TEXT,
     "claimcheck: ignore hype-word reviewed\n\xC3\x89lite stem cells cure arthritis.\n",
     {{"cure-claim", "cure", 0}},
     {{1, 1, "silenced nothing"}}},
    {"text: claimcheck: inside a line is prose",
     TEXT,
     "The tool is called claimcheck: ignore it. Stem cells cure arthritis.\n",
     {{"cure-claim", "cure", 0}},
     {{0, 0, NULL}}},
    {"text: CRLF lines",
     TEXT,
     "claimcheck: ignore cure-claim rebutted below\r\nStem cells cure arthritis.\r\n\r\n"
     "Stem cells cure arthritis.\r\n",
     {{"cure-claim", "cure", 2}},
     {{0, 0, NULL}}},
    {"text: two directives for one paragraph",
     TEXT,
     "claimcheck: ignore cure-claim quoted\nclaimcheck: ignore regeneration a quoted ad\n"
     "Stem cells cure arthritis. Stem cells regrow cartilage.\n\nStem cells regrow cartilage.\n",
     {{"regeneration-claim", "regrow", 1}},
     {{0, 0, NULL}}},
    /* ---- Markdown: comments ---- */
    {"md: a comment block silences the next paragraph",
     MD,
     "# Claims\n\n<!-- claimcheck: ignore cure-claim quoting the clinic to rebut it -->\n"
     "The clinic says PRP heals tendons. Stem cells cure arthritis.\n\n"
     "Stem cells cure arthritis.\n",
     {{"cure-claim", "cure", 2}},
     {{0, 0, NULL}}},
    {"md: inside a paragraph: its sentence and the rest of the paragraph",
     MD,
     "Stem cells cure arthritis. Stem cells <!-- claimcheck: ignore cure-claim quoted --> "
     "cure gout. PRP heals tendons.\n\nStem cells cure arthritis.\n",
     {{"cure-claim", "cure", 0}, {"cure-claim", "cure", 3}},
     {{0, 0, NULL}}},
    {"md: comments in code are not directives",
     MD,
     "```\n<!-- claimcheck: ignore cure-claim in a fence -->\n```\n"
     "Stem cells cure arthritis. `<!-- claimcheck: ignore cure-claim in a span -->` "
     "PRP heals tendons.\n\n    <!-- claimcheck: ignore cure-claim indented code -->\n",
     {{"cure-claim", "cure", 1}, {"cure-claim", "heals", 0}},
     {{0, 0, NULL}}},
    {"md: no reason",
     MD,
     "Intro.\n\n<!-- claimcheck: ignore cure-claim -->\nStem cells cure arthritis.\n",
     {{"cure-claim", "cure", 1}},
     {{3, 6, "e.g. <!-- claimcheck: ignore cure-claim quoting the clinic to rebut it -->"}}},
    {"md: another verb",
     MD,
     "<!-- claimcheck: ignroe cure-claim typo -->\nStem cells cure arthritis.\n",
     {{"cure-claim", "cure", 1}},
     {{1, 18, "unknown claimcheck directive \"ignroe\""}}},
    {"md: other comments are not read",
     MD,
     "<!-- a note for the editor -->\nStem cells cure arthritis.\n",
     {{"cure-claim", "cure", 0}},
     {{0, 0, NULL}}},
    /* ---- HTML ---- */
    {"html: a comment between paragraphs",
     HTML,
     "<p>Stem cells cure arthritis.</p>\n<!-- claimcheck: ignore cure-claim rebutted -->\n"
     "<p>Stem cells cure arthritis.</p><p>Stem cells cure arthritis.</p>",
     {{"cure-claim", "cure", 0}, {"cure-claim", "cure", 3}},
     {{0, 0, NULL}}},
    {"html: comments in pre, script and head are not directives",
     HTML,
     "<html><head><!-- claimcheck: ignore cure-claim head --></head><body>"
     "<pre><!-- claimcheck: ignore cure-claim pre --></pre>"
     "<script>/* <!-- claimcheck: ignore cure-claim script --> */</script>"
     "<p>Stem cells cure arthritis.</p></body></html>",
     {{"cure-claim", "cure", 3}},
     {{0, 0, NULL}}},
    {"html: no reason",
     HTML,
     "<p>Intro.</p>\n<!--claimcheck: ignore cure-->\n<p>Stem cells cure arthritis.</p>",
     {{"cure-claim", "cure", 1}},
     {{2, 5, "suppression of cure-claim gives no reason"}}},
};

/* What a scan gave, for the message of a failing case. */
static void dump(const seen *s)
{
    for (size_t k = 0; k < s->count && k < MAX_SEEN; k++)
        print_message("  found %s at %zu:%zu\n", s->rule[k], s->trigger[k].line,
                      s->trigger[k].column);
    for (size_t k = 0; k < s->diagnostic_count && k < MAX_SEEN; k++)
        print_message("  said %zu:%zu: %s\n", s->diagnostics[k].line,
                      s->diagnostics[k].column, s->diagnostics[k].message);
}

static void check_case(fixture *fx, const suppress_case *c)
{
    seen s;
    memset(&s, 0, sizeof s);
    int status = scan_doc(fx, c->kind, c->doc, NULL, &s, NULL);
    if (status != CCK_OK)
        fail_msg("case %s: scan returned %d", c->name, status);
    size_t want = 0;
    while (want < 4 && c->findings[want].rule)
        want++;
    if (s.count != want)
        dump(&s);
    if (s.count != want)
        fail_msg("case %s: %zu findings, want %zu", c->name, s.count, want);
    for (size_t k = 0; k < want; k++) {
        const want_finding *w = &c->findings[k];
        size_t offset = nth_occurrence(c->doc, w->trigger, w->nth);
        if (strcmp(s.rule[k], w->rule) != 0 || s.trigger[k].offset != offset ||
            s.trigger[k].length != strlen(w->trigger)) {
            dump(&s);
            fail_msg("case %s: finding %zu is %s at offset %zu, want %s \"%s\" at %zu", c->name,
                     k, s.rule[k], s.trigger[k].offset, w->rule, w->trigger, offset);
        }
    }
    size_t want_diag = 0;
    while (want_diag < 4 && c->diagnostics[want_diag].says)
        want_diag++;
    if (s.diagnostic_count != want_diag)
        dump(&s);
    if (s.diagnostic_count != want_diag)
        fail_msg("case %s: %zu diagnostics, want %zu", c->name, s.diagnostic_count, want_diag);
    for (size_t k = 0; k < want_diag; k++) {
        const want_diagnostic *w = &c->diagnostics[k];
        const cck_error *d = &s.diagnostics[k];
        if (d->status != CCK_ESUPPRESS || d->line != w->line || d->column != w->column ||
            !strstr(d->message, w->says))
            fail_msg("case %s: diagnostic %zu is %d at %zu:%zu \"%s\", want %zu:%zu \"%s\"",
                     c->name, k, d->status, d->line, d->column, d->message, w->line,
                     w->column, w->says);
    }
}

static void test_suppress_cases(void **state)
{
    fixture *fx = *state;
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++)
        check_case(fx, &cases[i]);
}

/* Without its directive line the same text gives the silenced finding, at the same
 * place as every other: the directive moves nothing. */
static void test_suppress_control(void **state)
{
    fixture *fx = *state;
    const char *with = "Stem cells cure arthritis.\n\n"
                       "claimcheck: ignore regeneration-claim quoted\n"
                       "Stem cells regrow cartilage. Stem cells cure arthritis.\n";
    const char *without = "Stem cells cure arthritis.\n\n"
                          "                                            \n"
                          "Stem cells regrow cartilage. Stem cells cure arthritis.\n";
    assert_int_equal(strlen(with), strlen(without));
    seen a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    assert_int_equal(scan_doc(fx, TEXT, with, NULL, &a, NULL), CCK_OK);
    assert_int_equal(scan_doc(fx, TEXT, without, NULL, &b, NULL), CCK_OK);
    assert_int_equal(a.count, 2);
    assert_int_equal(b.count, 3);
    assert_string_equal(b.rule[1], "regeneration-claim");
    assert_int_equal(a.trigger[0].offset, b.trigger[0].offset);
    assert_int_equal(a.trigger[1].offset, b.trigger[2].offset);
    assert_int_equal(a.trigger[1].line, 4);
    assert_int_equal(a.trigger[1].column, b.trigger[2].column);
}

/* A silenced finding is not counted in the profile, with or without a finding
 * callback. */
static void test_suppress_profile(void **state)
{
    fixture *fx = *state;
    const char *doc = "Stem cells cure arthritis.\n\n"
                      "claimcheck: ignore cure-claim quoted\n"
                      "Stem cells cure arthritis. Stem cells regrow cartilage.\n";
    static const doc_kind kinds[] = {TEXT, MD};
    for (size_t k = 0; k < CCK_ARRAY_LEN(kinds); k++) {
        const char *md = "Stem cells cure arthritis.\n\n"
                         "<!-- claimcheck: ignore cure-claim quoted -->\n"
                         "Stem cells cure arthritis. Stem cells regrow cartilage.\n";
        const char *text = kinds[k] == TEXT ? doc : md;
        seen s;
        memset(&s, 0, sizeof s);
        cck_profile profile;
        assert_int_equal(scan_doc(fx, kinds[k], text, NULL, &s, &profile), CCK_OK);
        assert_int_equal(s.count, 2);
        size_t counted = 0;
        for (int sev = 0; sev < 4; sev++)
            counted += profile.findings[sev];
        assert_int_equal(counted, 2);
        assert_int_equal(profile.by_category[CCK_CATEGORY_CURE], 1);
        assert_int_equal(profile.by_category[CCK_CATEGORY_REGENERATION], 1);
        cck_scan_callbacks none = {NULL, NULL, NULL};
        cck_profile quiet;
        assert_int_equal(scan_doc(fx, kinds[k], text, &none, &s, &quiet), CCK_OK);
        assert_memory_equal(&quiet, &profile, sizeof profile);
    }
}

/* A diagnostic callback that says stop stops the scan. */
static void test_suppress_stop(void **state)
{
    fixture *fx = *state;
    seen s;
    memset(&s, 0, sizeof s);
    s.stop_on_diagnostic = 1;
    const char *doc = "claimcheck: ignore cure-claim\nStem cells cure arthritis.\n";
    assert_int_equal(scan_doc(fx, TEXT, doc, NULL, &s, NULL), CCK_ESTOP);
    assert_int_equal(s.diagnostic_count, 1);
    assert_int_equal(s.count, 0);
}

/* Pieces given by a caller: a directive piece is never analysed, a piece that is not
 * one ("claimcheck:" in prose) is. */
static void test_suppress_caller_pieces(void **state)
{
    fixture *fx = *state;
    const char *doc = "<x claimcheck: ignore cure-claim stem cells cure gout> Stem cells cure arthritis.";
    size_t at = (size_t)(strstr(doc, "Stem") - doc);
    size_t comment = (size_t)(strchr(doc, '>') - doc) - 3;
    cck_piece pieces[2] = {
        {doc + 3, comment, 3, comment, 1, 0, 1},
        {doc + at, strlen(doc) - at, at, strlen(doc) - at, 1, 1, 0},
    };
    seen s;
    memset(&s, 0, sizeof s);
    cck_scan_callbacks cb = {on_finding, on_diagnostic, &s};
    assert_int_equal(cck_scanner_scan_pieces(fx->scanner, doc, strlen(doc), pieces, 2, &cb, NULL),
                     CCK_OK);
    assert_int_equal(s.count, 0);
    assert_int_equal(s.diagnostic_count, 0);
    pieces[0].directive = 0;
    memset(&s, 0, sizeof s);
    assert_int_equal(cck_scanner_scan_pieces(fx->scanner, doc, strlen(doc), pieces, 2, &cb, NULL),
                     CCK_OK);
    assert_int_equal(s.count, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_suppress_cases),
        cmocka_unit_test(test_suppress_control),
        cmocka_unit_test(test_suppress_profile),
        cmocka_unit_test(test_suppress_stop),
        cmocka_unit_test(test_suppress_caller_pieces),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
