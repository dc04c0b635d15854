/* test_prose.c - unit tests of the Markdown and HTML front ends: the real scanner runs
 * over their pieces and every finding must slice the ORIGINAL file to its trigger words,
 * at the right line and column, through emphasis, links, entities, escapes, multi-byte
 * characters and line ends; what is not prose (code, front matter, URLs, scripts,
 * navigation) raises nothing; deep and malformed documents neither crash nor crawl. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimcheck.h"
#include "input/prose.h"

/* ---- fixture ------------------------------------------------------------------------ */

#include "engine_fixture.h"
#include "occurrence.h"

/* ---- running a document through a front end and the scanner ------------------------- */

typedef enum doc_kind { MD, HTML } doc_kind;

#define MAX_FINDINGS 32
#define MAX_DIAGNOSTICS 8

typedef struct seen {
    size_t count;
    char rule[MAX_FINDINGS][64];
    cck_span trigger[MAX_FINDINGS];
    cck_span sentence[MAX_FINDINGS];
    size_t diagnostic_count;
    cck_error diagnostics[MAX_DIAGNOSTICS];
} seen;

static int on_finding(const cck_finding *f, void *user_data)
{
    seen *s = user_data;
    if (s->count < MAX_FINDINGS) {
        snprintf(s->rule[s->count], sizeof s->rule[0], "%s", f->rule ? f->rule->id : "");
        s->trigger[s->count] = f->trigger;
        s->sentence[s->count] = f->sentence;
    }
    s->count++;
    return 0;
}

static int on_diagnostic(const cck_error *diagnostic, void *user_data)
{
    seen *s = user_data;
    if (s->diagnostic_count < MAX_DIAGNOSTICS)
        s->diagnostics[s->diagnostic_count] = *diagnostic;
    s->diagnostic_count++;
    return 0;
}

static int split(doc_kind kind, const char *doc, size_t len, cck_piece_vec *pieces,
                 cck_error *error)
{
    return kind == MD ? cck_markdown_pieces(doc, len, pieces, error)
                      : cck_html_pieces(doc, len, pieces, error);
}

/* Every piece must lie inside the document, after the end of the one before; verbatim
 * ones must be its very bytes. */
static void check_pieces(const char *name, const char *doc, size_t len,
                         const cck_piece_vec *pieces)
{
    size_t end = 0;
    for (size_t i = 0; i < pieces->count; i++) {
        const cck_piece *p = &pieces->pieces[i];
        if (p->offset > len || p->original_length > len - p->offset)
            fail_msg("case %s: piece %zu [%zu, +%zu) is outside the %zu bytes", name, i,
                     p->offset, p->original_length, len);
        if (p->offset < end)
            fail_msg("case %s: piece %zu at %zu starts before the end of the one before (%zu)",
                     name, i, p->offset, end);
        end = p->offset + p->original_length;
        if (p->length == 0 || !p->text)
            fail_msg("case %s: piece %zu is empty", name, i);
        if (p->verbatim && (p->length != p->original_length || p->text != doc + p->offset))
            fail_msg("case %s: verbatim piece %zu is not the document's bytes", name, i);
    }
}

/* Splits and scans doc; the scan status is returned, the split must succeed. */
static int scan_doc(fixture *fx, const char *name, doc_kind kind, const char *doc, size_t len,
                    seen *s)
{
    memset(s, 0, sizeof *s);
    cck_piece_vec pieces;
    cck_piece_vec_init(&pieces);
    cck_error error;
    int status = split(kind, doc, len, &pieces, &error);
    if (status != CCK_OK) {
        cck_piece_vec_free(&pieces);
        fail_msg("case %s: the front end returned %d: %s", name, status, error.message);
    }
    check_pieces(name, doc, len, &pieces);
    cck_scan_callbacks callbacks = {on_finding, on_diagnostic, s};
    status = cck_scanner_scan_pieces(fx->scanner, doc, len, pieces.pieces, pieces.count,
                                     &callbacks, NULL);
    cck_piece_vec_free(&pieces);
    return status;
}


/* ---- table-driven position cases ------------------------------------------------------ */

/* One expected finding: its trigger is the nth occurrence of `trigger` in the document
 * (so its offset is checked against the original bytes), at line:column (code points). */
typedef struct want {
    const char *trigger;
    int nth;
    size_t line;
    size_t column;
    const char *sentence; /* the whole sentence span in the original; NULL: not checked */
} want;

#define MAX_WANTS 4

typedef struct position_case {
    const char *name;
    doc_kind kind;
    const char *doc;
    size_t count; /* findings expected, in order */
    want wants[MAX_WANTS];
} position_case;

static void print_findings(const char *doc, const seen *s)
{
    for (size_t k = 0; k < s->count && k < MAX_FINDINGS; k++)
        print_error("  finding %zu: %s \"%.*s\" at %zu:%zu (offset %zu)\n", k, s->rule[k],
                    (int)s->trigger[k].length, doc + s->trigger[k].offset, s->trigger[k].line,
                    s->trigger[k].column, s->trigger[k].offset);
}

static void check_positions(fixture *fx, const position_case *cases, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const position_case *c = &cases[i];
        seen s;
        size_t len = strlen(c->doc);
        int status = scan_doc(fx, c->name, c->kind, c->doc, len, &s);
        if (status != CCK_OK)
            fail_msg("case %s: scan returned %d", c->name, status);
        if (s.count != c->count) {
            print_findings(c->doc, &s);
            fail_msg("case %s: %zu findings, want %zu", c->name, s.count, c->count);
        }
        for (size_t k = 0; k < c->count; k++) {
            const want *w = &c->wants[k];
            size_t offset = nth_occurrence(c->doc, w->trigger, w->nth);
            const cck_span *t = &s.trigger[k];
            if (offset == SIZE_MAX)
                fail_msg("case %s: the test's trigger \"%s\" is not in the document", c->name,
                         w->trigger);
            if (t->offset != offset || t->length != strlen(w->trigger) ||
                t->line != w->line || t->column != w->column) {
                print_findings(c->doc, &s);
                fail_msg("case %s: finding %zu is \"%.*s\" at offset %zu, %zu:%zu; want \"%s\" "
                         "at offset %zu, %zu:%zu",
                         c->name, k, (int)t->length, c->doc + t->offset, t->offset, t->line,
                         t->column, w->trigger, offset, w->line, w->column);
            }
            if (t->end_line != t->line ||
                t->end_column != t->column + strlen(w->trigger)) /* ASCII triggers */
                fail_msg("case %s: finding %zu ends at %zu:%zu", c->name, k, t->end_line,
                         t->end_column);
            const cck_span *sentence = &s.sentence[k];
            if (w->sentence && (sentence->length != strlen(w->sentence) ||
                                memcmp(c->doc + sentence->offset, w->sentence,
                                       sentence->length) != 0))
                fail_msg("case %s: finding %zu's sentence is \"%.*s\", want \"%s\"", c->name,
                         k, (int)sentence->length, c->doc + sentence->offset, w->sentence);
        }
    }
}

static const position_case markdown_cases[] = {
    {"md emphasis inside a claim", MD, "PRP *prevents* injuries in athletes.\n", 1,
     {{"prevents", 0, 1, 6, "PRP *prevents* injuries in athletes."}}},
    {"md strong and underscores", MD, "Our __stem cells__ **heal** torn tendons.\n", 1,
     {{"heal", 0, 1, 22, "Our __stem cells__ **heal** torn tendons."}}},
    {"md nested lists", MD,
     "- Knee care\n"
     "  - Stem cells heal torn tendons.\n"
     "    1. PRP **prevents** injuries.\n"
     "       - Exosomes regrow cartilage.\n",
     3,
     {{"heal", 0, 2, 16, "Stem cells heal torn tendons."},
      {"prevents", 0, 3, 14, "PRP **prevents** injuries."},
      {"regrow", 0, 4, 19, "Exosomes regrow cartilage."}}},
    {"md link text is prose, its URL and title are not", MD,
     "Read [how stem cells heal tendons](http://clinic.example/stem-cells-heal \"stem "
     "cells heal\") today.\n",
     1, {{"heal", 0, 1, 22, NULL}}},
    {"md reference link", MD, "[Stem cells heal tendons][1], says the clinic.\n\n"
                              "[1]: http://clinic.example/heal\n",
     1, {{"heal", 0, 1, 13, NULL}}},
    {"md entities before the trigger", MD,
     "Smith&rsquo;s clinic &amp; O&#8217;Neil&#x2019;s: stem cells heal tendons.\n", 1,
     {{"heal", 0, 1, 62,
       "Smith&rsquo;s clinic &amp; O&#8217;Neil&#x2019;s: stem cells heal tendons."}}},
    {"md multi-byte characters before the trigger", MD,
     "Caf\xC3\xA9 \xE2\x80\x9C\xC3\x89lan\xE2\x80\x9D \xF0\x9F\xA7\xAC: stem cells heal "
     "tendons.\n",
     1, {{"heal", 0, 1, 27, NULL}}},
    {"md backslash escapes", MD, "Stem cells \\*really\\* heal tendons \\& joints.\n", 1,
     {{"heal", 0, 1, 23, "Stem cells \\*really\\* heal tendons \\& joints."}}},
    {"md heading is its own sentence", MD, "# Stem cells heal tendons\nThe clinic is open.\n",
     1, {{"heal", 0, 1, 14, "Stem cells heal tendons"}}},
    {"md setext heading", MD, "Stem cells heal tendons\n=======================\n\nOpen daily.\n",
     1, {{"heal", 0, 1, 12, "Stem cells heal tendons"}}},
    {"md soft line break inside a sentence", MD, "Stem cells\nheal tendons.\n", 1,
     {{"heal", 0, 2, 1, "Stem cells\nheal tendons."}}},
    {"md CRLF line ends", MD, "Intro.\r\n\r\nStem cells\r\nheal tendons.\r\n", 1,
     {{"heal", 0, 4, 1, "Stem cells\r\nheal tendons."}}},
    {"md block quote with lazy continuation", MD, "> Stem cells\nheal tendons.\n", 1,
     {{"heal", 0, 2, 1, NULL}}},
    {"md block quote continued", MD, "> Our clinic says stem cells\n>    heal tendons.\n", 1,
     {{"heal", 0, 2, 6, NULL}}},
    {"md tab after list marker", MD, "-\tPRP prevents injuries.\n", 1,
     {{"prevents", 0, 1, 7, NULL}}},
    {"md text after a code span", MD, "Run `npm heal` and stem cells heal tendons.\n", 1,
     {{"heal", 1, 1, 31, NULL}}},
    {"md text after an image", MD, "![heal](x.png \"heal\") Stem cells heal tendons.\n", 1,
     {{"heal", 2, 1, 34, NULL}}},
    {"md text after an autolink", MD, "<http://heal.example> Stem cells heal tendons.\n", 1,
     {{"heal", 1, 1, 34, NULL}}},
    {"md HTML block at the top level is read as HTML", MD,
     "Intro.\n\n<div>\n<p>PRP &amp; stem cells heal tendons.</p>\n</div>\n", 1,
     {{"heal", 0, 4, 25, "PRP &amp; stem cells heal tendons."}}},
    {"md GFM table row is a paragraph", MD,
     "| Treatment | Claim |\n|---|---|\n| PRP | prevents injuries |\n", 1,
     {{"prevents", 0, 3, 9, NULL}}},
    {"md after front matter", MD, "---\ntitle: Stem cells heal tendons\n---\nPRP prevents injuries.\n",
     1, {{"prevents", 0, 4, 5, NULL}}},
    /* a byte order mark opening the file is not a column (its bytes still count) */
    {"md BOM", MD, "\xEF\xBB\xBFPRP prevents injuries.\n", 1, {{"prevents", 0, 1, 5, NULL}}},
    {"md BOM before front matter", MD,
     "\xEF\xBB\xBF---\ntitle: x\n---\nPRP prevents injuries.\n", 1, {{"prevents", 0, 4, 5, NULL}}},
};

static const position_case html_cases[] = {
    {"html BOM", HTML, "\xEF\xBB\xBF<p>PRP prevents injuries.</p>", 1,
     {{"prevents", 0, 1, 8, "PRP prevents injuries."}}},
    {"html emphasis inside a claim", HTML, "<p>PRP <em>prevents</em> injuries.</p>", 1,
     {{"prevents", 0, 1, 12, "PRP <em>prevents</em> injuries."}}},
    {"html entities before the trigger", HTML,
     "<p>Smith&rsquo;s clinic &amp; O&#8217;Neil&#146;s: stem cells heal tendons.</p>", 1,
     {{"heal", 0, 1, 63,
       "Smith&rsquo;s clinic &amp; O&#8217;Neil&#146;s: stem cells heal tendons."}}},
    {"html legacy entity without a semicolon", HTML,
     "<p>AT&T &amp PRP &copy 2024 prevents injuries.</p>", 1,
     {{"prevents", 0, 1, 29, NULL}}},
    {"html multi-byte characters before the trigger", HTML,
     "<p>Caf\xC3\xA9 \xE2\x80\x9C\xC3\x89lan\xE2\x80\x9D \xF0\x9F\xA7\xAC: stem cells heal "
     "tendons.</p>",
     1, {{"heal", 0, 1, 30, NULL}}},
    {"html link text is prose, its href is not", HTML,
     "<p><a href=\"http://clinic.example/stem-cells-heal\">Stem cells heal</a> tendons.</p>",
     1, {{"heal", 1, 1, 63, "Stem cells heal</a> tendons."}}},
    {"html title", HTML,
     "<html><head><title>Stem cells heal tendons</title></head><body><p>Hi.</p></body></html>",
     1, {{"heal", 0, 1, 31, "Stem cells heal tendons"}}},
    {"html table cell", HTML,
     "<table>\n<tr><th>Offer</th><td>Stem cells reverse arthritis</td></tr>\n</table>", 1,
     {{"reverse", 0, 2, 34, "Stem cells reverse arthritis"}}},
    {"html heading is its own sentence", HTML, "<h2>Stem cells heal tendons</h2>Visit us.", 1,
     {{"heal", 0, 1, 16, "Stem cells heal tendons"}}},
    {"html CRLF inside a paragraph", HTML, "<p>Stem cells\r\nheal tendons.</p>", 1,
     {{"heal", 0, 2, 1, "Stem cells\r\nheal tendons."}}},
    {"html stray end tag inside the text", HTML, "<p>Stem cells </span>heal tendons.</p>", 1,
     {{"heal", 0, 1, 22, "Stem cells </span>heal tendons."}}},
    {"html malformed markup is repaired", HTML,
     "<p>Stem cells <b>heal</p> tendons</i>\n<div>PRP prevents injuries", 2,
     {{"heal", 0, 1, 18, NULL}, {"prevents", 0, 2, 10, NULL}}},
    {"html nav, header, footer, aside, script, style skipped", HTML,
     "<html><head><style>p:after{content:'stem cells heal'}</style>"
     "<script>var s = 'stem cells heal';</script></head><body>"
     "<header>Stem cells heal</header><nav>Stem cells heal</nav>"
     "<div role=\"navigation\">Stem cells heal</div><aside>Stem cells heal</aside>"
     "<main><p>PRP prevents injuries.</p></main>"
     "<noscript>Stem cells heal</noscript><template>Stem cells heal</template>"
     "<div hidden>Stem cells heal</div><footer>Stem cells heal</footer></body></html>",
     1, {{"prevents", 0, 1, 263, NULL}}},
};

static void test_prose_markdown_positions(void **state)
{
    check_positions(*state, markdown_cases, CCK_ARRAY_LEN(markdown_cases));
}

static void test_prose_html_positions(void **state)
{
    check_positions(*state, html_cases, CCK_ARRAY_LEN(html_cases));
}

/* ---- what is not prose ---------------------------------------------------------------- */

typedef struct quiet_case {
    const char *name;
    doc_kind kind;
    const char *doc;
} quiet_case;

/* Each raises nothing, although the same words as plain text would. */
static const quiet_case quiet_cases[] = {
    {"md fenced code block", MD, "```\nStem cells heal tendons.\n```\n"},
    {"md tilde fence", MD, "~~~ text\nStem cells heal tendons.\n~~~\n"},
    {"md indented code block", MD, "Intro.\n\n    Stem cells heal tendons.\n"},
    {"md code span", MD, "Try `Stem cells heal tendons` in the shell.\n"},
    {"md link destination", MD, "See [our page](http://x.example/stem-cells-heal-tendons).\n"},
    {"md image", MD, "![Stem cells heal tendons](stem-cells-heal.png)\n"},
    {"md autolink", MD, "<http://stem-cells-heal-tendons.example>\n"},
    {"md YAML front matter", MD, "---\ntitle: Stem cells heal tendons\n---\nNothing here.\n"},
    {"md YAML front matter closed by dots", MD, "---\nsummary: Stem cells heal tendons\n...\n"},
    {"md TOML front matter", MD, "+++\ntitle = \"Stem cells heal tendons\"\n+++\nHi.\n"},
    {"md HTML comment block", MD, "<!-- Stem cells heal tendons. -->\n"},
    {"md inline HTML", MD, "Hello <span title=\"Stem cells heal tendons\">there</span>.\n"},
    {"md HTML block in a list", MD, "- <div>\n  Stem cells heal tendons.\n  </div>\n"},
    {"html pre and code", HTML, "<pre>Stem cells heal tendons.</pre><code>Stem cells heal</code>"},
    {"html comment", HTML, "<p>Hi <!-- Stem cells heal tendons. --> there.</p>"},
    {"html attributes", HTML, "<img alt=\"Stem cells heal tendons\"><p title=\"Stem cells heal\">x</p>"},
    {"html head other than the title", HTML,
     "<head><meta name=\"description\" content=\"Stem cells heal tendons\"></head><p>Hi.</p>"},
    {"html script in the body", HTML, "<p>Hi.</p><script>document.write('Stem cells heal tendons.')</script>"},
    {"html svg text", HTML, "<svg><text>Stem cells heal tendons</text></svg>"},
    {"html aria-hidden", HTML, "<div aria-hidden=\"true\">Stem cells heal tendons</div>"},
    {"html role banner", HTML, "<div role=\"main banner\">Stem cells heal tendons</div>"},
};

static void test_prose_skips_what_is_not_prose(void **state)
{
    fixture *fx = *state;
    for (size_t i = 0; i < CCK_ARRAY_LEN(quiet_cases); i++) {
        const quiet_case *c = &quiet_cases[i];
        seen s;
        if (scan_doc(fx, c->name, c->kind, c->doc, strlen(c->doc), &s) != CCK_OK)
            fail_msg("case %s: scan failed", c->name);
        if (s.count != 0) {
            print_findings(c->doc, &s);
            fail_msg("case %s: %zu findings, want none", c->name, s.count);
        }
    }
    /* the control: the words themselves do raise a finding */
    seen s;
    const char *control = "Stem cells heal tendons.";
    assert_int_equal(scan_doc(fx, "control", MD, control, strlen(control), &s), CCK_OK);
    assert_int_equal(s.count, 1);
}

/* ---- paragraph breaks ----------------------------------------------------------------- */

/* Pairs that differ only in a break between a topic sentence and a claim without a topic
 * of its own: with the break the topic does not carry over and nothing is raised. */
typedef struct break_case {
    const char *name;
    doc_kind kind;
    const char *joined; /* one paragraph: one finding */
    const char *broken; /* a break between: none */
} break_case;

static const break_case break_cases[] = {
    {"md pipe table rows after hard line breaks", MD,
     "| Notes |  \n| Stem cells are studied here. Green tea heals colds. |  \n",
     "| Notes |  \n|:---|  \n| Stem cells are studied here. |  \n| Green tea heals colds. |  \n"},
    {"md pipe table rows", MD,
     "| Notes |\n| Stem cells are studied here. Green tea heals colds. |\n",
     "| Notes |\n|:---|\n| Stem cells are studied here. |\n| Green tea heals colds. |\n"},
    {"md soft and hard line break", MD, "Stem cells are studied here.\nGreen tea heals colds.\n",
     "Stem cells are studied here.  \nGreen tea heals colds.\n"},
    {"md backslash hard break", MD, "Stem cells are studied here.\nGreen tea heals colds.\n",
     "Stem cells are studied here.\\\nGreen tea heals colds.\n"},
    {"md inline <br>", MD, "Stem cells are studied here. Green tea heals colds.\n",
     "Stem cells are studied here.<br>Green tea heals colds.\n"},
    {"md paragraphs", MD, "Stem cells are studied here.\nGreen tea heals colds.\n",
     "Stem cells are studied here.\n\nGreen tea heals colds.\n"},
    {"md list items", MD, "- Stem cells are studied here. Green tea heals colds.\n",
     "- Stem cells are studied here.\n- Green tea heals colds.\n"},
    {"html br", HTML, "<p>Stem cells are studied here. Green tea heals colds.</p>",
     "<p>Stem cells are studied here.<br>Green tea heals colds.</p>"},
    {"html inline elements do not break", HTML,
     "<p><span>Stem cells are studied here.</span> <b>Green</b> tea heals colds.</p>",
     "<p>Stem cells are studied here.</p><p>Green tea heals colds.</p>"},
    {"html table cells", HTML, "<table><tr><td>Stem cells are studied here. Green tea heals colds.</td></tr></table>",
     "<table><tr><td>Stem cells are studied here.</td><td>Green tea heals colds.</td></tr></table>"},
    {"html list items", HTML, "<ul><li>Stem cells are studied here. Green tea heals colds.</ul>",
     "<ul><li>Stem cells are studied here.<li>Green tea heals colds.</ul>"},
    {"html div and blockquote", HTML, "<div>Stem cells are studied here. Green tea heals colds.</div>",
     "<div>Stem cells are studied here.<blockquote>Green tea heals colds.</blockquote></div>"},
};

static void test_prose_blocks_break_sentences(void **state)
{
    fixture *fx = *state;
    for (size_t i = 0; i < CCK_ARRAY_LEN(break_cases); i++) {
        const break_case *c = &break_cases[i];
        seen s;
        if (scan_doc(fx, c->name, c->kind, c->joined, strlen(c->joined), &s) != CCK_OK ||
            s.count != 1)
            fail_msg("case %s: joined: %zu findings, want 1", c->name, s.count);
        if (scan_doc(fx, c->name, c->kind, c->broken, strlen(c->broken), &s) != CCK_OK ||
            s.count != 0) {
            print_findings(c->broken, &s);
            fail_msg("case %s: broken: %zu findings, want none", c->name, s.count);
        }
    }
}

/* ---- HTML blocks in Markdown ------------------------------------------------------------ */

/* An HTML block is read as HTML over exactly its own lines. cmark 0.30 reports a block
 * that ends on a closing line (-->, </script>) as ending on the line before: a one-line
 * comment on the first line read as "to the end of the file" and the paragraph after it
 * was analysed twice; a one-line comment further down was not read at all. */
typedef struct block_case {
    const char *name;
    const char *doc;
    size_t findings;
} block_case;

static const block_case block_cases[] = {
    {"one-line comment first", "<!-- note -->\n\nStem cells heal tendons.\n", 1},
    {"one-line comment first, no blank", "<!-- note -->\nStem cells heal tendons.\n", 1},
    {"one-line comment later", "Intro.\n\n<!-- note -->\nStem cells heal tendons.\n", 1},
    {"comment over lines", "<!--\nnote\n-->\nStem cells heal tendons.\n\nPRP heals knees.\n", 2},
    {"script block", "<script>\nvar x;\n</script>\nStem cells heal tendons.\n", 1},
    {"div block is prose", "<div>\nStem cells heal tendons.\n</div>\n\nPRP heals knees.\n", 2},
};

static void test_prose_markdown_html_block_lines(void **state)
{
    fixture *fx = *state;
    for (size_t i = 0; i < CCK_ARRAY_LEN(block_cases); i++) {
        const block_case *c = &block_cases[i];
        seen s;
        if (scan_doc(fx, c->name, MD, c->doc, strlen(c->doc), &s) != CCK_OK)
            fail_msg("case %s: scan failed", c->name);
        if (s.count != c->findings) {
            print_findings(c->doc, &s);
            fail_msg("case %s: %zu findings, want %zu", c->name, s.count, c->findings);
        }
    }
}

/* ---- pieces themselves ---------------------------------------------------------------- */

static void test_prose_entity_pieces(void **state)
{
    (void)state;
    const char *html = "<p>O&#8217;Neil &amp; co&rsquo;s</p>";
    cck_piece_vec pieces;
    cck_piece_vec_init(&pieces);
    cck_error error;
    assert_int_equal(cck_html_pieces(html, strlen(html), &pieces, &error), CCK_OK);
    /* "O", "’" for &#8217;, "Neil ", "&" for &amp;, " co", "’" for &rsquo;, "s" */
    assert_int_equal(pieces.count, 7);
    const struct {
        const char *text;
        size_t offset, original_length;
        int verbatim;
    } expected[] = {{"O", 3, 1, 1},
                {"\xE2\x80\x99", 4, 7, 0},
                {"Neil ", 11, 5, 1},
                {"&", 16, 5, 0},
                {" co", 21, 3, 1},
                {"\xE2\x80\x99", 24, 7, 0},
                {"s", 31, 1, 1}};
    for (size_t i = 0; i < CCK_ARRAY_LEN(expected); i++) {
        const cck_piece *p = &pieces.pieces[i];
        if (p->length != strlen(expected[i].text) ||
            memcmp(p->text, expected[i].text, p->length) || p->offset != expected[i].offset ||
            p->original_length != expected[i].original_length ||
            p->verbatim != expected[i].verbatim)
            fail_msg("piece %zu: \"%.*s\" at %zu+%zu verbatim %d", i, (int)p->length, p->text,
                     p->offset, p->original_length, p->verbatim);
    }
    assert_int_equal(pieces.pieces[0].breaks, 1);
    for (size_t i = 1; i < pieces.count; i++)
        assert_int_equal(pieces.pieces[i].breaks, 0);

    /* The same in Markdown, where a backslash escape drops only the backslash. */
    const char *md = "O&#8217;Neil \\& co&rsquo;s";
    assert_int_equal(cck_markdown_pieces(md, strlen(md), &pieces, &error), CCK_OK);
    assert_int_equal(pieces.count, 6);
    assert_int_equal(pieces.pieces[2].offset, 8);   /* "Neil " */
    assert_int_equal(pieces.pieces[2].length, 5);
    assert_int_equal(pieces.pieces[3].offset, 14);  /* "& co": the backslash is not in it */
    assert_int_equal(pieces.pieces[3].length, 4);
    assert_int_equal(pieces.pieces[3].verbatim, 1);
    cck_piece_vec_free(&pieces);
    cck_piece_vec_free(&pieces); /* freeing twice, and NULL, is harmless */
    cck_piece_vec_free(NULL);
}

/* HTML5 moves text that stands in a table but outside its cells ("foster-parents" it)
 * to before the table. The pieces must still come in the order of the source, without
 * overlap, with the moved text starting a paragraph of its own and entities decoded
 * in the right piece; and findings must come in offset order. */
static void test_prose_foster_parented_order(void **state)
{
    fixture *fx = *state;
    static const struct {
        const char *html;
        const char *texts[6]; /* the pieces' texts in order, NULL-terminated */
        size_t moved;         /* the index of the first piece the parser moved */
    } cases[] = {
        {"e<table><td>-</td>N", {"e", "-", "N", NULL}, 2},
        {"<p>A.<table><tr><td>c &amp; d</td></tr>f &lt; g</table>h",
         {"A.", "c ", "&", " d", "f ", NULL}, 4},
    };
    cck_piece_vec pieces;
    cck_piece_vec_init(&pieces);
    cck_error error;
    for (size_t c = 0; c < CCK_ARRAY_LEN(cases); c++) {
        const char *html = cases[c].html;
        assert_int_equal(cck_html_pieces(html, strlen(html), &pieces, &error), CCK_OK);
        check_pieces(html, html, strlen(html), &pieces);
        size_t end = 0;
        for (size_t i = 0; i < pieces.count; i++) {
            const cck_piece *p = &pieces.pieces[i];
            if (p->offset < end)
                fail_msg("%s: piece %zu at %zu starts before the end of the one before (%zu)",
                         html, i, p->offset, end);
            end = p->offset + p->original_length;
            const char *expected = i < 6 ? cases[c].texts[i] : NULL;
            if (expected &&
                (p->length != strlen(expected) || memcmp(p->text, expected, p->length) != 0))
                fail_msg("%s: piece %zu is \"%.*s\", want \"%s\"", html, i, (int)p->length,
                         p->text, expected);
        }
        assert_true(pieces.pieces[cases[c].moved].breaks);
    }
    cck_piece_vec_free(&pieces);

    const char *doc = "<table><tr><td>Stem cells cure arthritis.</td></tr>"
                      "Stem cells cure arthritis.</table><p>Stem cells cure arthritis.</p>";
    seen s;
    assert_int_equal(scan_doc(fx, "foster", HTML, doc, strlen(doc), &s), CCK_OK);
    assert_int_equal(s.count, 3);
    for (size_t i = 0; i < 3; i++)
        assert_int_equal(s.trigger[i].offset, nth_occurrence(doc, "cure", (int)i));
}

/* cmark gives an HTML block closed on its own line ("<!D>") the end line 0 when a
 * paragraph follows at once; the block must still end before the paragraph, or the
 * paragraph's text is read twice, as HTML and as Markdown. */
static void test_prose_html_block_then_paragraph(void **state)
{
    (void)state;
    const char *md = "<!D>\nStem cells cure arthritis.";
    cck_piece_vec pieces;
    cck_piece_vec_init(&pieces);
    cck_error error;
    assert_int_equal(cck_markdown_pieces(md, strlen(md), &pieces, &error), CCK_OK);
    check_pieces(md, md, strlen(md), &pieces);
    assert_int_equal(pieces.count, 1);
    assert_int_equal(pieces.pieces[0].offset, 5);
    cck_piece_vec_free(&pieces);
}

/* Text cmark gives is looked for in the original from where the last text ended, and
 * must be found where it stands (cases found by the prose fuzzer, and one written from
 * them). A NUL byte, which cmark reads as U+FFFD, may start a text after emphasis
 * markers. cmark 0.30 says that a setext heading ends on the line after its underline,
 * which is the first line of the next block when one follows at once; looking into that
 * block for the heading's text (or for a link's closing bracket) put pieces out of order
 * and on top of each other. Each case lists the pieces it must give, in order (NULL
 * text: not checked; here the autolink's URL, which is read as text because the
 * reference definition cmark removed shifts what it says of the link). */
static void test_prose_markdown_text_found_in_place(void **state)
{
    (void)state;
    typedef struct expected_piece {
        size_t offset;
        size_t original_length;
        const char *text;
    } expected_piece;
    static const struct {
        const char *name;
        const char *doc;
        size_t len;
        size_t count;
        expected_piece pieces[6];
    } cases[] = {
        /* a pipe table: each row's cells joined by ", ", the delimiter row left out */
        {"pipe table", "| a | b |\n|---|:-:|\n| c | *d* |\n", 32, 6,
         {{2, 1, "a"}, {5, 0, ", "}, {6, 1, "b"}, {22, 1, "c"}, {25, 0, ", "}, {27, 1, "d"}}},
        /* emphasis inside a cell continues it; an escaped pipe is text of its cell */
        /* a row ended by a hard line break starts the next one afresh */
        {"pipe table hard breaks", "| a | b |  \n|---|---|  \n| c | d |\n", 34, 6,
         {{2, 1, "a"}, {5, 0, ", "}, {6, 1, "b"}, {26, 1, "c"}, {29, 0, ", "}, {30, 1, "d"}}},
        /* a cell that opens with an escaped pipe is still a cell of its own */
        {"pipe table cell opening with an entity pipe", "| a |\n|---|\n| b | &#124; c |\n",
         29, 5, {{2, 1, "a"}, {14, 1, "b"}, {17, 0, ", "}, {18, 6, "|"}, {24, 2, " c"}}},
        {"pipe table cell markup", "| a |\n|---|\n| *b* c \\| d |\n", 27, 5,
         {{2, 1, "a"}, {15, 1, "b"}, {17, 2, " c"}, {19, 0, " "}, {21, 3, "| d"}}},
        {"NUL after emphasis", "*x*\0 c", 6, 3,
         {{1, 1, "x"}, {3, 1, "\xEF\xBF\xBD"}, {4, 2, " c"}}},
        {"fuzz: NUL in a setext heading", "*\0*\xD5*&a;*\n-\n\xD5", 13, 4,
         {{1, 1, "\xEF\xBF\xBD"}, {3, 1, "\xD5"}, {5, 3, "&a;"}, {12, 1, "\xD5"}}},
        {"setext heading after a reference, then brackets",
         "[x]: /u\n<http://b>cures\n=\n[more]\n", 33, 3,
         {{0, 0, NULL}, {18, 5, "cures"}, {26, 6, "[more]"}}},
    };
    cck_piece_vec pieces;
    cck_piece_vec_init(&pieces);
    cck_error error;
    for (size_t c = 0; c < CCK_ARRAY_LEN(cases); c++) {
        const char *doc = cases[c].doc;
        size_t len = cases[c].len;
        assert_int_equal(cck_markdown_pieces(doc, len, &pieces, &error), CCK_OK);
        check_pieces(cases[c].name, doc, len, &pieces);
        if (pieces.count != cases[c].count)
            fail_msg("case %s: %zu pieces, want %zu", cases[c].name, pieces.count,
                     cases[c].count);
        for (size_t i = 0; i < pieces.count; i++) {
            const cck_piece *p = &pieces.pieces[i];
            const expected_piece *e = &cases[c].pieces[i];
            if (e->text &&
                (p->offset != e->offset || p->original_length != e->original_length ||
                 p->length != strlen(e->text) || memcmp(p->text, e->text, p->length) != 0))
                fail_msg("case %s: piece %zu is \"%.*s\" at [%zu, +%zu), want \"%s\" at "
                         "[%zu, +%zu)",
                         cases[c].name, i, (int)p->length, p->text, p->offset,
                         p->original_length, e->text, e->offset, e->original_length);
        }
    }
    cck_piece_vec_free(&pieces);
}

static void test_prose_empty_and_bad_arguments(void **state)
{
    (void)state;
    cck_piece_vec pieces;
    cck_piece_vec_init(&pieces);
    cck_error error;
    const char *empties[] = {"", "\n\n", "   ", "<!-- -->", "---\na: b\n---\n", "\xEF\xBB\xBF"};
    for (size_t i = 0; i < CCK_ARRAY_LEN(empties); i++) {
        size_t len = strlen(empties[i]);
        assert_int_equal(cck_markdown_pieces(empties[i], len, &pieces, &error), CCK_OK);
        for (size_t k = 0; k < pieces.count; k++) /* at most white space */
            for (size_t b = 0; b < pieces.pieces[k].length; b++)
                assert_true(strchr(" \n", pieces.pieces[k].text[b]) != NULL);
        assert_int_equal(cck_html_pieces(empties[i], len, &pieces, &error), CCK_OK);
    }
    assert_int_equal(cck_markdown_pieces(NULL, 0, &pieces, &error), CCK_OK);
    assert_int_equal(pieces.count, 0);
    assert_int_equal(cck_html_pieces(NULL, 0, &pieces, &error), CCK_OK);
    assert_int_equal(pieces.count, 0);
    assert_int_equal(cck_markdown_pieces(NULL, 3, &pieces, &error), CCK_EINVAL);
    assert_int_equal(error.status, CCK_EINVAL);
    assert_int_equal(cck_html_pieces("x", 1, NULL, &error), CCK_EINVAL);
    assert_int_equal(cck_html_pieces("x", 1, NULL, NULL), CCK_EINVAL);
    cck_piece_vec_free(&pieces);
}

/* Invalid UTF-8 stays verbatim, so the scanner reports it at its place in the file. */
static void test_prose_invalid_utf8_reported_in_place(void **state)
{
    fixture *fx = *state;
    const struct {
        const char *name;
        doc_kind kind;
        const char *doc;
        size_t bad_offset;
        size_t second; /* the next bad byte's offset, 0: none */
    } cases[] = {
        {"md", MD, "# Hi\n\nBad \xFF byte: PRP prevents injuries.\n", 10, 0},
        {"html", HTML, "<p>Bad \xFF\xFE bytes: PRP prevents injuries.</p>", 7, 0},
        {"html truncated sequence", HTML, "<p>Bad \xE2\x80 PRP prevents injuries.</p>", 7, 0},
        /* 0xEF alone, which gumbo's U+FFFD (EF BF BD) starts with: it was taken for
         * that byte, and the rest of the text node lost its places */
        {"html lone 0xEF", HTML, "<p>Na\xEFve: PRP prevents injuries.</p>", 5, 0},
        {"md lone 0xEF", MD, "Na\xEFve: PRP prevents injuries.\n", 2, 0},
        {"html latin-1 words", HTML, "<p>Caf\xE9 owners, na\xEFve: PRP prevents injuries.</p>", 6,
         18},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        seen s;
        const char *doc = cases[i].doc;
        int status = scan_doc(fx, cases[i].name, cases[i].kind, doc, strlen(doc), &s);
        if (status != CCK_EUTF8 || s.diagnostic_count == 0 ||
            s.diagnostics[0].byte_offset != cases[i].bad_offset)
            fail_msg("case %s: status %d, %zu diagnostics, first at %zu", cases[i].name, status,
                     s.diagnostic_count, s.diagnostic_count ? s.diagnostics[0].byte_offset : 0);
        if (cases[i].second &&
            (s.diagnostic_count < 2 || s.diagnostics[1].byte_offset != cases[i].second))
            fail_msg("case %s: %zu diagnostics, the second at %zu, want %zu", cases[i].name,
                     s.diagnostic_count, s.diagnostic_count > 1 ? s.diagnostics[1].byte_offset : 0,
                     cases[i].second);
        if (s.count != 1 || s.trigger[0].offset != nth_occurrence(doc, "prevents", 0))
            fail_msg("case %s: the finding moved", cases[i].name);
    }
}

/* The encoding a page declares, for the message that asks for it to be converted. */
static void test_prose_html_declared_charset(void **state)
{
    (void)state;
    static const struct {
        const char *doc;
        const char *want; /* NULL: none, or UTF-8 */
    } cases[] = {
        {"<html><head><meta charset=\"windows-1252\"></head>", "windows-1252"},
        {"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; Charset=ISO-8859-1\">",
         "ISO-8859-1"},
        {"<meta charset='latin1'><p>x</p>", "latin1"},
        {"<meta charset = shift_jis >", "shift_jis"},
        {"<meta charset=\"utf-8\">", NULL},
        {"<meta charset=UTF8>", NULL},
        {"<p>Set the charset=windows-1252 in your editor.</p>", NULL}, /* not in a meta */
        {"<meta name=\"x\">charset=latin1", NULL},
        {"<p>no declaration</p>", NULL},
        {"", NULL},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        const char *name;
        size_t n = cck_html_declared_charset(cases[i].doc, strlen(cases[i].doc), &name);
        if (!cases[i].want ? n != 0
                           : n != strlen(cases[i].want) || memcmp(name, cases[i].want, n) != 0)
            fail_msg("%s: got \"%.*s\", want \"%s\"", cases[i].doc, (int)n, n ? name : "",
                     cases[i].want ? cases[i].want : "");
    }
    /* only the first 1,024 bytes are looked at, as browsers do */
    char late[1200];
    memset(late, ' ', sizeof late);
    memcpy(late + 1100, "<meta charset=latin1>", 21);
    const char *name;
    assert_int_equal(cck_html_declared_charset(late, sizeof late, &name), 0);
    memcpy(late, "<meta charset=latin1>", 21);
    assert_int_equal(cck_html_declared_charset(late, sizeof late, &name), 6);
}

/* A NUL byte is U+FFFD for cmark and dropped by gumbo; the words around it keep their
 * places. */
static void test_prose_nul_bytes(void **state)
{
    fixture *fx = *state;
    static const char md[] = "PRP\0 prevents injuries.\n";
    static const char html[] = "<p>PRP\0 prevents injuries.</p>";
    seen s;
    assert_int_equal(scan_doc(fx, "md NUL", MD, md, sizeof md - 1, &s), CCK_OK);
    assert_int_equal(s.count, 1);
    assert_int_equal(s.trigger[0].offset, 5);
    assert_int_equal(s.trigger[0].column, 6);
    assert_int_equal(scan_doc(fx, "html NUL", HTML, html, sizeof html - 1, &s), CCK_OK);
    assert_int_equal(s.count, 1);
    assert_int_equal(s.trigger[0].offset, 8);
    assert_int_equal(s.trigger[0].column, 9);
}

/* ---- deep and malformed documents ------------------------------------------------------- */

static char *repeat(const char *unit, size_t times, const char *tail)
{
    size_t n = strlen(unit), t = strlen(tail);
    char *doc = malloc(n * times + t + 1);
    assert_non_null(doc);
    for (size_t i = 0; i < times; i++)
        memcpy(doc + i * n, unit, n);
    memcpy(doc + n * times, tail, t + 1);
    return doc;
}

static void test_prose_deep_nesting(void **state)
{
    fixture *fx = *state;
    const struct {
        const char *name;
        doc_kind kind;
        const char *unit;
        size_t times;
    } cases[] = {
        {"md 10,000-deep list", MD, "- ", 10000},
        {"md 10,000-deep block quote", MD, "> ", 10000},
        {"md 10,000-deep ordered list", MD, "1. ", 10000},
        {"md 10,000 nested emphasis", MD, "*", 10000},
        {"md 10,000 open brackets", MD, "[", 10000},
        {"html 10,000-deep div", HTML, "<div>", 10000},
        {"html 5,000-deep list (10,000 elements)", HTML, "<ul><li>", 5000},
        {"html 10,000 nested spans", HTML, "<span>", 10000},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        char *doc = repeat(cases[i].unit, cases[i].times, "PRP prevents injuries.\n");
        seen s;
        size_t len = strlen(doc);
        int status = scan_doc(fx, cases[i].name, cases[i].kind, doc, len, &s);
        size_t offset = nth_occurrence(doc, "prevents", 0);
        free(doc);
        if (status != CCK_OK || s.count != 1 || s.trigger[0].offset != offset ||
            s.trigger[0].column != offset + 1)
            fail_msg("case %s: status %d, %zu findings", cases[i].name, status, s.count);
    }
    /* Deeper HTML is refused before gumbo spends quadratic time on it. */
    char *doc = repeat("<div>", CCK_PROSE_MAX_HTML_DEPTH + 1, "PRP prevents injuries.");
    cck_piece_vec pieces;
    cck_piece_vec_init(&pieces);
    cck_error error;
    assert_int_equal(cck_html_pieces(doc, strlen(doc), &pieces, &error), CCK_ELIMIT);
    assert_int_equal(pieces.count, 0);
    assert_non_null(strstr(error.message, "nested"));
    free(doc);
    /* ... but not long flat documents whose end tags are left out */
    static const struct {
        const char *head, *unit;
    } flat[] = {{"", "<p>para"},           {"<ul>", "<li>item"},
                {"<table>", "<tr><td>a<td>b"}, {"<dl>", "<dt>t<dd>d"},
                {"<select>", "<option>o"},  {"", "<h2>x"},
                {"", "<p><b>bold<p>again"}};
    for (size_t i = 0; i < CCK_ARRAY_LEN(flat); i++) {
        char *body = repeat(flat[i].unit, 2 * CCK_PROSE_MAX_HTML_DEPTH, "");
        size_t head = strlen(flat[i].head), body_len = strlen(body);
        char *whole = malloc(head + body_len + 1);
        assert_non_null(whole);
        memcpy(whole, flat[i].head, head);
        memcpy(whole + head, body, body_len + 1);
        free(body);
        int status = cck_html_pieces(whole, head + body_len, &pieces, &error);
        free(whole);
        if (status != CCK_OK)
            fail_msg("case flat %s%s: %d: %s", flat[i].head, flat[i].unit, status,
                     error.message);
    }
    /* and not a deep HTML block inside Markdown either */
    doc = repeat("<div>", CCK_PROSE_MAX_HTML_DEPTH + 1, "\n");
    assert_int_equal(cck_markdown_pieces(doc, strlen(doc), &pieces, &error), CCK_ELIMIT);
    free(doc);
    cck_piece_vec_free(&pieces);
}

/* Random soup of markup bytes: the front ends must never crash, and every piece must
 * stay inside the document (check_pieces). */
static void test_prose_random_markup(void **state)
{
    fixture *fx = *state;
    static const char *const atoms[] = {
        "<", ">", "</", "&", "&amp;", "&#", "&#x", ";", "\\", "*", "_", "`", "```", "[",
        "]", "(", ")", "!", "#", "-", "> ", "\n", "\r\n", "\r", " ", "\t", "<p>", "</p>",
        "<div>", "<b>", "</i>", "<!--", "-->", "<script>", "</script>", "<title>", "<br>",
        "stem cells", " heal ", "PRP", " prevents ", "\xC3\xA9", "\xFF", "\xE2\x80", "\0",
        "&rsquo;", "&notit;", "<http://x>", "![a](b)", "[a]: b\n", "---\n", "    ",
        "1. ", "- ", "<pre>\n", "<table><td>", "\"", "'", "=", "<a href=\"", "&#8217;"};
    uint32_t seed = 12345u;
    char doc[512];
    for (int round = 0; round < 3000; round++) {
        size_t len = 0;
        while (len < sizeof doc - 16) {
            seed = seed * 1103515245u + 12345u;
            uint32_t pick = (seed >> 16) % (uint32_t)CCK_ARRAY_LEN(atoms);
            const char *atom = atoms[pick];
            size_t n = atom[0] ? strlen(atom) : 1; /* "\0" is one NUL byte */
            if ((seed & 0x7) == 0 || len + n > sizeof doc - 16)
                break;
            memcpy(doc + len, atom, n);
            len += n;
        }
        char name[32];
        snprintf(name, sizeof name, "random round %d", round);
        seen s;
        int status = scan_doc(fx, name, round % 2 ? HTML : MD, doc, len, &s);
        if (status != CCK_OK && status != CCK_EUTF8)
            fail_msg("case %s: scan returned %d", name, status);
        for (size_t k = 0; k < s.count && k < MAX_FINDINGS; k++)
            if (s.trigger[k].offset + s.trigger[k].length > len)
                fail_msg("case %s: a finding lies outside the document", name);
    }
}

/* ---- fixtures: whole documents written for these tests ---------------------------------- */

static char *read_fixture(const char *name, size_t *len)
{
    const char *dir = getenv("CCK_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/unit/fixtures/prose/%s", dir ? dir : ".", name);
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    char *buf = malloc(1 << 16);
    assert_non_null(buf);
    *len = fread(buf, 1, (1 << 16) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

typedef struct fixture_case {
    const char *file;
    doc_kind kind;
    size_t count;
    want wants[8];
} fixture_case;

static const fixture_case fixture_cases[] = {
    {"clinic.md", MD, 6,
     {{"heals", 0, 7, 42, NULL},
      {"prevents", 0, 11, 7, NULL},
      {"regrow", 0, 12, 40, NULL},
      {"no side effects", 0, 13, 34, NULL},
      {"heal", 4, 20, 32, NULL},
      {"reverses", 0, 29, 38, NULL}}},
    {"clinic.html", HTML, 6,
     {{"heals", 0, 10, 52, NULL},
      {"prevents", 0, 14, 11, NULL},
      {"regrow", 0, 15, 48, NULL},
      {"no side effects", 1, 16, 74, NULL},
      {"heal", 5, 20, 45, NULL},
      {"reverses", 0, 24, 27, NULL}}},
};

static void test_prose_fixtures(void **state)
{
    fixture *fx = *state;
    for (size_t i = 0; i < CCK_ARRAY_LEN(fixture_cases); i++) {
        const fixture_case *c = &fixture_cases[i];
        size_t len;
        char *doc = read_fixture(c->file, &len);
        seen s;
        if (scan_doc(fx, c->file, c->kind, doc, len, &s) != CCK_OK)
            fail_msg("case %s: scan failed", c->file);
        if (s.count != c->count) {
            print_findings(doc, &s);
            fail_msg("case %s: %zu findings, want %zu", c->file, s.count, c->count);
        }
        for (size_t k = 0; k < c->count; k++) {
            const want *w = &c->wants[k];
            size_t offset = nth_occurrence(doc, w->trigger, w->nth);
            if (s.trigger[k].offset != offset || s.trigger[k].length != strlen(w->trigger) ||
                s.trigger[k].line != w->line || s.trigger[k].column != w->column) {
                print_findings(doc, &s);
                fail_msg("case %s: finding %zu is at %zu:%zu (offset %zu), want \"%s\" at "
                         "%zu:%zu (offset %zu)",
                         c->file, k, s.trigger[k].line, s.trigger[k].column,
                         s.trigger[k].offset, w->trigger, w->line, w->column, offset);
            }
        }
        free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prose_markdown_positions),
        cmocka_unit_test(test_prose_html_positions),
        cmocka_unit_test(test_prose_skips_what_is_not_prose),
        cmocka_unit_test(test_prose_blocks_break_sentences),
        cmocka_unit_test(test_prose_markdown_html_block_lines),
        cmocka_unit_test(test_prose_entity_pieces),
        cmocka_unit_test(test_prose_foster_parented_order),
        cmocka_unit_test(test_prose_html_block_then_paragraph),
        cmocka_unit_test(test_prose_markdown_text_found_in_place),
        cmocka_unit_test(test_prose_empty_and_bad_arguments),
        cmocka_unit_test(test_prose_invalid_utf8_reported_in_place),
        cmocka_unit_test(test_prose_html_declared_charset),
        cmocka_unit_test(test_prose_nul_bytes),
        cmocka_unit_test(test_prose_deep_nesting),
        cmocka_unit_test(test_prose_random_markup),
        cmocka_unit_test(test_prose_fixtures),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
