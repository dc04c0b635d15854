/* test_lexicon.c - unit tests of the lexicon module: the file format and its errors,
 * phrase expansion, phrase and pattern matching on tokenized text, loading folders
 * and defaults, regex limits and a large generated lexicon. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon/embedded.h"
#include "lexicon/lexicon_private.h"

/* ---- helpers ------------------------------------------------------------------------ */

#define MAX_PROBLEMS 16

typedef struct problems {
    size_t count;
    cck_error items[MAX_PROBLEMS];
} problems;

static int collect_problem(const cck_error *error, void *user_data)
{
    problems *p = user_data;
    if (p->count < MAX_PROBLEMS)
        p->items[p->count] = *error;
    p->count++;
    return 0;
}

static cck_engine *engine_from(const char *lexicon_text)
{
    cck_lexicon *lexicon = cck_lexicon_new();
    assert_non_null(lexicon);
    cck_error error;
    cck_error_clear(&error);
    int status = cck_lexicon_load_buffer(lexicon, "test.lex", lexicon_text,
                                         strlen(lexicon_text), &error);
    if (status != CCK_OK)
        print_error("%s:%zu:%zu: %s\n", error.path, error.line, error.column, error.message);
    assert_int_equal(status, CCK_OK);
    cck_engine *engine = NULL;
    status = cck_engine_new(lexicon, NULL, &engine, &error);
    cck_lexicon_free(lexicon);
    assert_int_equal(status, CCK_OK);
    assert_non_null(engine);
    return engine;
}

static void prepare_text(cck_text *text, const char *s)
{
    cck_text_init(text);
    assert_int_equal(cck_text_tokenize(text, s, strlen(s)), CCK_OK);
    assert_int_equal(cck_text_segment(text), CCK_OK);
}

/* Describes matches as "PHRASE=matched text" joined by " | ". */
static void describe(const cck_engine *engine, const cck_text *text, const cck_match_vec *vec,
                     cck_buf *out)
{
    cck_buf_clear(out);
    cck_buf_puts(out, "");
    for (size_t i = 0; i < vec->count; i++) {
        const cck_match *m = &vec->items[i];
        cck_buf_printf(out, "%s%s=%.*s", i ? " | " : "", engine->entries[m->entry].phrase,
                       (int)(m->end - m->start), text->buf + m->start);
    }
}

static const char *text_of(const cck_text *text, size_t token, cck_buf *out)
{
    cck_buf_clear(out);
    cck_buf_append(out, text->buf + text->tokens[token].start,
                   text->tokens[token].end - text->tokens[token].start);
    return out->data;
}

/* ---- the file format ---------------------------------------------------------------- */

typedef struct error_case {
    const char *name;
    const char *line;     /* written as line 2, after a good line */
    size_t column;
    const char *message;  /* a substring of the message */
} error_case;

static const error_case error_cases[] = {
    {"unknown category", "claim/prevent 4 stop", 1, "unknown category 'claim/prevent'"},
    {"unknown category names a close one", "claim/prevent 4 stop", 1,
     "did you mean 'claim/prevention'?"},
    {"a name sharing its start is close", "claim/curing 4 cures", 1,
     "did you mean 'claim/cure'?"},
    {"unknown category in upper case", "Topic - stem cell", 1, "did you mean 'topic'"},
    {"a typo names only the close category", "claim/cur 4 cures", 1,
     "did you mean 'claim/cure'?"},
    {"no close name: the family's categories", "claim/wonder 4 cures", 1,
     "did you mean 'claim/prevention', 'claim/cure'"},
    {"unknown category lists the known ones", "zzzzzz - x", 1, "known categories: topic"},
    {"unknown subcategory names its parent", "evidence/trial 4 rct", 1,
     "did you mean 'evidence', 'evidence/anecdote', 'evidence/lab', 'evidence/citation'?"},
    {"family in upper case", "Claim/foo 4 x", 1, "did you mean 'claim/prevention'"},
    {"bad level", "topic 7 stem cell", 7, "bad level '7'"},
    {"bad level word", "claim/cure high cures", 12, "bad level 'high'"},
    {"missing level for a claim", "claim/cure - cures", 12, "needs a level"},
    {"missing level for evidence", "evidence - randomized", 10, "needs a level"},
    {"missing level and phrase", "topic", 6, "missing LEVEL"},
    {"missing phrase", "topic -  # nothing", 10, "missing PHRASE"},
    {"gap first", "hedge - ... evidence", 9, "cannot start with a '...' gap"},
    {"gap last", "hedge - no ...", 12, "cannot end with a '...' gap"},
    {"unicode gap last", "hedge - no \xE2\x80\xA6", 12, "cannot end with"},
    {"gap first through a brace", "hedge - {...,x} y", 10, "cannot start"},
    {"unbalanced open brace", "topic - stem {cell,cells", 14, "unbalanced '{'"},
    {"unbalanced close brace", "topic - stem cell}", 18, "unbalanced '}'"},
    {"nested braces", "topic - {a,{b}}", 12, "nested braces"},
    {"too many brace variants", "topic - {a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}", 45,
     "too many variants"},
    {"too many inflected variants", "topic - cure~ heal~ fix~ mend~", 9, "too many variants"},
    {"bad regex column", "evidence 3 /ab)c/", 15, "bad /pattern/"},
    {"bad regex column after unicode", "evidence 3 /\xC3\xA9t\xC3\xA9)/", 16,
     "unmatched closing parenthesis"},
    {"unterminated regex", "evidence 3 /abc", 12, "unterminated /pattern/"},
    {"unterminated \\Q in a regex", "evidence 3 /a\\Qb/", 17, "bad /pattern/"},
    {"back-reference in a regex", "evidence 3 /(a)\\1/", 13, "back-references"},
    {"mark verb in a regex", "evidence 3 /a(*MARK:x)/", 14, "not supported"},
    {"invalid UTF-8", "topic - st\xFF" "em cell", 11, "invalid UTF-8"},
    {"truncated UTF-8", "topic - caf\xC3", 12, "invalid UTF-8"},
    {"punctuation in a word", "topic - stem! cell", 13, "punctuation '!'"},
    {"punctuation column counts code points", "topic - c\xC3\xA9llule; x", 16,
     "punctuation ';'"},
    {"leading hyphen", "topic - -free", 9, "punctuation '-'"},
    {"trailing apostrophe", "topic - patients'", 17, "punctuation '''"},
    {"dot between letters", "topic - e.g", 10, "punctuation '.'"},
    {"tilde inside a word", "topic - st~em", 11, "'~' is only allowed at the end"},
    /* make_forms classifies each code point once, as its predecessor's next: these catch
     * a class or a length carried over wrongly */
    {"curly apostrophe before a hyphen", "topic - a\xE2\x80\x99-b", 10,
     "punctuation '\xE2\x80\x99'"},
    {"hyphen after a curly apostrophe", "topic - a\xE2\x80\x99" "b--c", 12, "punctuation '-'"},
    {"percent then tilde then more", "topic - 5%~x", 11, "'~' is only allowed at the end"},
    /* plain ASCII words skip make_forms's check: these are plain but for a '~' */
    {"two final tildes", "topic - cure~~", 13, "'~' is only allowed at the end"},
    {"a lone tilde", "topic - stem ~", 14, "'~' is only allowed at the end"},
    {"a final tilde after an apostrophe", "topic - don'~", 12, "punctuation '''"},
    {"empty suggestion", "claim/cure 4 cures =>", 20, "empty SUGGESTION"},
    {"lone parenthesis", "claim/cure 4 cures => (", 23, "must end with ')'"},
    {"empty parentheses", "claim/cure 4 cures => ()", 23, "empty advice"},
    {"blank parentheses", "claim/cure 4 cures => ( \t)", 23, "empty advice"},
    {"unclosed advice", "claim/cure 4 cures => (x", 23, "must end with ')'"},
    {"a rewrite's gap words with no gap", "claim/cure 4 eases pain => may ease ... in some", 37,
     "has no gap"},
    {"empty alternatives", "topic - {,}", 9, "empty phrase"},
    /* phrase.c checks a word once per phrase and reuses it in later variants, and finds
     * a problem's column from the piece it is in: a problem in a later variant,
     * among words met before, is still found, where it is */
    {"problem in a later variant", "topic - {ok,fine} {fine,wor~d}", 28,
     "'~' is only allowed at the end"},
    {"problem in a later alternative", "topic - {a,bb} {c,d$d}", 20, "punctuation '$'"},
    {"problem after two groups", "topic - {a,bb}{c,dd} x$", 23, "punctuation '$'"},
    /* phrase.c splits each piece of a phrase (the text between groups, an alternative)
     * into words once, and lays a word glued across pieces out again only for a check:
     * its problem is found in the piece it is in */
    {"problem in a word glued across five pieces", "topic - ab{c,d}e{f,g!}h{i,j}", 21,
     "punctuation '!'"},
    {"problem after an empty alternative", "topic - {x,}{,...} y", 15, "punctuation '.'"},
    {"problem in the second piece of a glued word", "topic - cure {wor,ok}{~d,}", 23,
     "'~' is only allowed at the end"},
    {"problem in a glued word after unicode", "topic - caf\xC3\xA9{,s}{x,y\xC2\xA7}", 21,
     "punctuation '\xC2\xA7'"},
    {"a glued 33rd word",
     "topic - a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a b{,s}", 73,
     "more than 32 words"},
    {"a 33rd word after a glued one",
     "topic - a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a b{,s}{, c}", 79,
     "more than 32 words"},
    {"a 33rd word glued in every variant",
     "topic - a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a x{b,c}", 73,
     "more than 32 words"},
    {"gap first, glued", "topic - ..{.,x} y", 9, "cannot start with"},
    {"gap last, glued", "topic - y .{..,x}", 11, "cannot end with"},
    {"gap last through empty alternatives", "topic - y {...,x}{,}", 12, "cannot end with"},
    {"two gaps through glued pieces", "topic - z {a,b}{,...} {...,}y", 24, "punctuation '.'"},
};

static void test_lexicon_parse_errors(void **state)
{
    (void)state;
    int failed = 0;
    for (size_t i = 0; i < CCK_ARRAY_LEN(error_cases); i++) {
        const error_case *c = &error_cases[i];
        char buf[512];
        snprintf(buf, sizeof buf, "topic - stem cell{,s}\n%s\n", c->line);
        problems p = {0};
        int status = cck_lexicon_check_buffer("case.lex", buf, strlen(buf), collect_problem, &p);
        const cck_error *e = &p.items[0];
        if (status != CCK_ESYNTAX || p.count != 1 || e->line != 2 || e->column != c->column ||
            !strstr(e->message, c->message) || strcmp(e->path, "case.lex") != 0 ||
            e->status != CCK_ESYNTAX) {
            print_error("case '%s': status %d, %zu problems, got %zu:%zu '%s'; want 2:%zu '%s'\n",
                        c->name, status, p.count, p.count ? e->line : 0,
                        p.count ? e->column : 0, p.count ? e->message : "", c->column,
                        c->message);
            failed++;
        }
    }
    assert_int_equal(failed, 0);
}

typedef struct good_case {
    const char *name;
    const char *line;
} good_case;

static const good_case good_cases[] = {
    {"comment", "   # a comment"},
    {"blank", " \t "},
    {"trailing comment", "topic - stem cell # the usual"},
    {"tab separated", "claim/cure\t5\tcure~\t=> may ease"},
    {"hash inside a regex", "evidence 3 /a #b/"},
    {"hash after =>", "claim/cure 4 heals => may help #1"},
    {"regex with => after", "evidence 4 /\\bn\\s*=\\s*[0-9]+/ => (n reported)"},
    {"slash inside a regex", "evidence 4 /doi: ?10\\.\\d{4,9}/\\S+/"},
    {"hyphen and apostrophe", "claim/safety 5 risk-free don\xE2\x80\x99t"},
    {"percent and decimals", "claim/certainty 5 100% 3.5 1,000"},
    {"every category", "profile/alternatives - physical therapy"},
    {"windows line end", "topic - prp\r"},
    {"a rewrite's gap words after a gap written as an ellipsis",
     "claim/cure 4 eases \xE2\x80\xA6 pain => may ease ... in some"},
};

static void test_lexicon_parse_accepts_good_lines(void **state)
{
    (void)state;
    int failed = 0;
    for (size_t i = 0; i < CCK_ARRAY_LEN(good_cases); i++) {
        problems p = {0};
        const char *line = good_cases[i].line;
        int status = cck_lexicon_check_buffer("good.lex", line, strlen(line), collect_problem, &p);
        if (status != CCK_OK || p.count) {
            print_error("case '%s': status %d, first problem col %zu '%s'\n", good_cases[i].name,
                        status, p.count ? p.items[0].column : 0,
                        p.count ? p.items[0].message : "");
            failed++;
        }
    }
    assert_int_equal(failed, 0);
}

static void test_lexicon_check_reports_every_problem(void **state)
{
    (void)state;
    const char *buf = "topic - stem cell\n"
                      "claim/cure x cures\n"
                      "# fine\n"
                      "hedge - ... maybe\n"
                      "nonsense - x\n"
                      "claim/cure 4 heal~ => may help\n"
                      "topic - a{b\n";
    problems p = {0};
    assert_int_equal(cck_lexicon_check_buffer("many.lex", buf, strlen(buf), collect_problem, &p),
                     CCK_ESYNTAX);
    assert_int_equal(p.count, 4);
    assert_int_equal(p.items[0].line, 2);
    assert_int_equal(p.items[1].line, 4);
    assert_int_equal(p.items[2].line, 5);
    assert_int_equal(p.items[3].line, 7);

    /* loading stops at the first problem and keeps nothing of the file */
    cck_lexicon *lexicon = cck_lexicon_new();
    cck_error error;
    assert_int_equal(cck_lexicon_load_buffer(lexicon, "many.lex", buf, strlen(buf), &error),
                     CCK_ESYNTAX);
    assert_int_equal(error.status, CCK_ESYNTAX);
    assert_string_equal(error.path, "many.lex");
    assert_int_equal(error.line, 2);
    assert_int_equal(error.column, 12);
    assert_int_equal(cck_lexicon_get_entry_count(lexicon), 0);
    cck_lexicon_free(lexicon);
}

static int stop_at_first(const cck_error *error, void *user_data)
{
    (void)error;
    (*(size_t *)user_data)++;
    return 1;
}

static void test_lexicon_check_stops_when_the_callback_asks(void **state)
{
    (void)state;
    const char *buf = "bad 1 x\nworse 2 y\n";
    size_t calls = 0;
    assert_int_equal(cck_lexicon_check_buffer("stop.lex", buf, strlen(buf), stop_at_first,
                                              &calls), CCK_ESYNTAX);
    assert_int_equal(calls, 1);
    assert_int_equal(cck_lexicon_check_buffer("empty.lex", "", 0, stop_at_first, &calls),
                     CCK_OK);
}

static void test_lexicon_entry_fields(void **state)
{
    (void)state;
    cck_engine *engine = engine_from("# header\n"
                                     "claim/prevention 4 prevent~ => may lower the risk of  \n"
                                     "negation/pre - no ... evidence\n"
                                     "evidence 4 /\\bn\\s*=\\s*[0-9]+/ # sample size\n"
                                     "profile/harms - side effect{,s}\n"
                                     "evidence/lab 2 in mice\n");
    assert_int_equal(engine->entry_count, 5);
    const cck_entry *e = engine->entries;
    assert_int_equal(e[0].cls, CCK_CLASS_CLAIM);
    assert_int_equal(e[0].sub, CCK_CATEGORY_PREVENTION);
    assert_int_equal(e[0].level, 4);
    assert_int_equal(e[0].cue_kind, CCK_CUE_CLAIM);
    assert_string_equal(e[0].category, "claim/prevention");
    assert_string_equal(e[0].phrase, "prevent~");
    assert_string_equal(e[0].suggestion, "may lower the risk of");
    assert_string_equal(e[0].source, "test.lex");
    assert_int_equal(e[0].line, 2);
    assert_int_equal(e[1].cls, CCK_CLASS_NEGATION_PRE);
    assert_int_equal(e[1].level, -1);
    assert_null(e[1].suggestion);
    assert_int_equal(e[2].is_pattern, 1);
    assert_string_equal(e[2].phrase, "/\\bn\\s*=\\s*[0-9]+/");
    assert_int_equal(e[2].cue_kind, CCK_CUE_EVIDENCE);
    assert_int_equal(e[3].cls, CCK_CLASS_PROFILE);
    assert_int_equal(e[3].sub, CCK_DISCUSSES_HARMS);
    assert_int_equal(e[4].sub, CCK_EVIDENCE_LAB);
    assert_int_equal(engine->options.regex_match_limit, 1000000);
    assert_int_equal(engine->options.regex_depth_limit, 10000);
    assert_true(cck_matcher_has_patterns(engine));
    cck_engine_free(engine);
}

/* ---- expansion ---------------------------------------------------------------------- */

static int collect_form(const cck_phrase_word *words, size_t count, void *user_data)
{
    cck_buf *out = user_data;
    cck_buf_putc(out, '[');
    for (size_t i = 0; i < count; i++) {
        if (i)
            cck_buf_putc(out, ' ');
        if (words[i].text)
            cck_buf_append(out, words[i].text, words[i].len);
        else
            cck_buf_puts(out, "...");
    }
    cck_buf_putc(out, ']');
    return 0;
}

typedef struct expansion_case {
    const char *name;
    const char *phrase;
    const char *forms[8]; /* each must be produced */
    const char *absent;   /* must not be produced, or NULL */
} expansion_case;

static const expansion_case expansion_cases[] = {
    {"cure~", "cure~", {"cure", "cures", "cured", "curing"}, "curring"},
    {"stop~", "stop~", {"stop", "stops", "stopped", "stopping"}, NULL},
    {"remedy~", "remedy~", {"remedy", "remedies", "remedied"}, NULL},
    {"heal~", "heal~", {"heal", "heals", "healed", "healing"}, "heall"},
    {"regenerate~", "regenerate~", {"regenerates", "regenerated", "regenerating"}, NULL},
    {"fix~", "fix~", {"fixes", "fixed", "fixing"}, "fixxed"},
    {"prevention family", "prevent{~,ion,ive}",
     {"prevent", "prevents", "prevented", "preventing", "prevention", "preventive"}, NULL},
    {"braces", "stem cell{,s}", {"stem cell", "stem cells"}, NULL},
    {"two braces", "{knee,hip} {pain,surgery}",
     {"knee pain", "knee surgery", "hip pain", "hip surgery"}, NULL},
    {"empty alternative", "{really ,}work", {"really work", "work"}, NULL},
    {"gap", "no ... evidence", {"no ... evidence"}, NULL},
    {"unicode gap", "no \xE2\x80\xA6 evidence", {"no ... evidence"}, NULL},
    {"hyphen splits", "risk-free", {"risk free"}, "risk-free"},
    {"hyphen with tilde", "fast-track~", {"fast tracked", "fast tracking"}, NULL},
    {"case folding", "FDA Approved", {"fda approved"}, NULL},
    {"curly apostrophe", "don\xE2\x80\x99t", {"don't"}, NULL},
    {"full-width letters", "\xEF\xBC\xB3\xEF\xBC\xB4\xEF\xBC\xA5\xEF\xBC\xAD", {"stem"}, NULL},
    {"numbers", "100% 1,000 3.5", {"100% 1,000 3.5"}, NULL},
    {"letters and digits with a tilde", "Covid19~ T4", {"covid19 t4", "covid19s t4"}, NULL},
    {"inflected second word", "{reduce,lower}~ ... risk", {"reduced ... risk", "lowering ... risk"},
     NULL},
    {"a word met again, with and without its tilde", "{heal,cure}~ heal~ heal",
     {"heal heal heal", "healed healing heal", "cured heals heal", "curing healed heal"},
     "heal heal heals"},
};

/* Every brace variant, exactly and in order (the first group turns fastest):
 * find_pieces takes each alternative from the cuts find_groups kept, so an
 * alternative off by one (a comma, a brace, an empty one) shows here. */
static void test_lexicon_expansion_variants_exact(void **state)
{
    (void)state;
    static const struct {
        const char *phrase;
        const char *forms;
    } cases[] = {
        {"{a,bb,}x {c,,ddd} y{,z}",
         "[ax c y][bbx c y][x c y][ax y][bbx y][x y][ax ddd y][bbx ddd y][x ddd y]"
         "[ax c yz][bbx c yz][x c yz][ax yz][bbx yz][x yz][ax ddd yz][bbx ddd yz][x ddd yz]"},
        {"1,000 {x,y}", "[1,000 x][1,000 y]"},
        {"{\xC3\xA9t\xC3\xA9,hiver} {}cell", "[\xC3\xA9t\xC3\xA9 cell][hiver cell]"},
        {"{one}", "[one]"},
        /* a word met before in the phrase keeps its forms, split at its hyphens */
        {"{x,y}-z {z,x-z} z", "[x z z z][y z z z][x z x z z][y z x z z]"},
        {"{ab,a}b {abb,ab}", "[abb abb][ab abb][abb ab][ab ab]"},
        /* a word glued to an alternative is laid out in each variant; the same piece
         * word alone keeps the forms it has alone */
        {"x{,y} {p,q}", "[x p][xy p][x q][xy q]"},
        {"a{b,}{,c}d e", "[abd e][ad e][abcd e][acd e]"},
        {"{x, }y {a b,c}{d,e f} g",
         "[xy a bd g][y a bd g][xy cd g][y cd g][xy a be f g][y a be f g][xy ce f g]"
         "[y ce f g]"},
        {"\t{a,b}\t{c,\t}\t", "[a c][b c][a][b]"},
        {"keep{,s,ing} {it,} at bay", "[keep it at bay][keeps it at bay][keeping it at bay]"
         "[keep at bay][keeps at bay][keeping at bay]"},
    };
    cck_buf forms;
    cck_buf_init(&forms);
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        cck_buf_clear(&forms);
        cck_phrase_problem problem;
        int status = cck_phrase_expand(cases[i].phrase, strlen(cases[i].phrase), collect_form,
                                       &forms, &problem);
        if (status != CCK_OK)
            fail_msg("'%s': status %d: %s", cases[i].phrase, status, problem.message);
        if (strcmp(forms.data, cases[i].forms) != 0)
            fail_msg("'%s': %s, want %s", cases[i].phrase, forms.data, cases[i].forms);
    }
    cck_buf_free(&forms);
}

static void test_lexicon_expansions(void **state)
{
    (void)state;
    int failed = 0;
    cck_buf forms;
    cck_buf_init(&forms);
    char want[128];
    for (size_t i = 0; i < CCK_ARRAY_LEN(expansion_cases); i++) {
        const expansion_case *c = &expansion_cases[i];
        cck_buf_clear(&forms);
        cck_phrase_problem problem;
        int status = cck_phrase_expand(c->phrase, strlen(c->phrase), collect_form, &forms,
                                       &problem);
        if (status != CCK_OK) {
            print_error("case '%s': status %d: %s\n", c->name, status, problem.message);
            failed++;
            continue;
        }
        for (size_t f = 0; f < CCK_ARRAY_LEN(c->forms) && c->forms[f]; f++) {
            snprintf(want, sizeof want, "[%s]", c->forms[f]);
            if (!strstr(forms.data, want)) {
                print_error("case '%s': no form %s in %s\n", c->name, want, forms.data);
                failed++;
            }
        }
        if (c->absent) {
            snprintf(want, sizeof want, "[%s]", c->absent);
            if (strstr(forms.data, want)) {
                print_error("case '%s': unexpected form %s in %s\n", c->name, want, forms.data);
                failed++;
            }
        }
    }
    cck_buf_free(&forms);
    assert_int_equal(failed, 0);
}

/* What an expander emits, and a check that a word id always comes with one text. */
typedef struct id_forms {
    cck_buf forms;
    char text[512][32]; /* per id below 512: the text it came with, "" before */
    int mixed;          /* an id came with two texts */
} id_forms;

static int collect_with_ids(const cck_phrase_word *words, size_t count, void *user_data)
{
    id_forms *out = user_data;
    for (size_t i = 0; i < count; i++) {
        if (!words[i].text || words[i].id >= 512 || words[i].len >= 32)
            continue;
        char *have = out->text[words[i].id];
        if (!*have)
            memcpy(have, words[i].text, words[i].len);
        else if (strlen(have) != words[i].len || memcmp(have, words[i].text, words[i].len))
            out->mixed = 1;
    }
    return collect_form(words, count, &out->forms);
}

/* One expander for many phrases (as the compiler uses it) keeps the words it has met:
 * every phrase still gives what a fresh expansion gives, a problem is found where it
 * is among words met in earlier phrases, and a word id never stands for two texts
 * (the compiler takes the word of an id it has met without reading the text). */
static void test_lexicon_expander_reuses_words(void **state)
{
    (void)state;
    static const char *const phrases[] = {
        "stem cell{,s}", "{knee,hip} {pain,surgery}", "cure~ stem-cell{,s}", "risk-free cure~",
        "{cure,wor~d} cure~", "no ... cure~", "hip pain", "{ab,a}b {abb,ab} risk free",
        "stem cells~", "risk-free-ish {cure,cures}", "keep{,s,ing} {it,} at bay",
        "x{,y} {p,q} keep", "{x,}{,...} y", "cure {wor,ok}{~d,}", "{x,y}{,-z} keeps",
    };
    cck_phrase_expander *expander = cck_phrase_expander_new();
    assert_non_null(expander);
    id_forms *got = calloc(1, sizeof *got);
    assert_non_null(got);
    cck_buf want;
    cck_buf_init(&want);
    cck_buf_init(&got->forms);
    for (size_t i = 0; i < CCK_ARRAY_LEN(phrases); i++) {
        cck_buf_clear(&want);
        cck_buf_clear(&got->forms);
        cck_buf_puts(&want, "");
        cck_buf_puts(&got->forms, "");
        cck_phrase_problem want_problem = {0}, got_problem = {0};
        int want_status = cck_phrase_expand(phrases[i], strlen(phrases[i]), collect_form, &want,
                                            &want_problem);
        int got_status = cck_phrase_expander_run(expander, phrases[i], strlen(phrases[i]),
                                                 collect_with_ids, got, &got_problem);
        if (got_status != want_status || strcmp(got->forms.data, want.data) != 0 ||
            got_problem.column != want_problem.column ||
            strcmp(got_problem.message, want_problem.message) != 0)
            fail_msg("'%s': status %d, %s, column %zu; want %d, %s, column %zu", phrases[i],
                     got_status, got->forms.data, got_problem.column, want_status, want.data,
                     want_problem.column);
    }
    assert_false(got->mixed);
    cck_buf_free(&want);
    cck_buf_free(&got->forms);
    free(got);
    cck_phrase_expander_free(expander);
}

/* ---- phrase matching ---------------------------------------------------------------- */

typedef struct match_case {
    const char *name;
    const char *lexicon;
    const char *text;
    const char *expected; /* "PHRASE=matched text | ..." in match order, "" for none */
} match_case;

static const match_case match_cases[] = {
    {"multi-word phrase", "topic - stem cell{,s}\n", "Stem cells heal knees.",
     "stem cell{,s}=Stem cells"},
    {"inflection in text", "claim/cure 5 cure~\n", "It cured me and is curing others.",
     "cure~=cured | cure~=curing"},
    {"gap of three words", "negation/pre - no ... evidence\n",
     "There is no clear scientific evidence that it works.",
     "no ... evidence=no clear scientific evidence"},
    {"gap of zero words", "negation/pre - no ... evidence\n", "There is no evidence.",
     "no ... evidence=no evidence"},
    {"gap of five words is too long", "negation/pre - no ... evidence\n",
     "There is no a b c d e evidence.", ""},
    {"gap does not cross punctuation", "negation/pre - no ... evidence\n",
     "No, the evidence is strong.", ""},
    {"gap does not cross sentences", "negation/pre - no ... evidence\n",
     "We saw no change. Evidence is strong.", ""},
    {"gap skips a hyphenated word", "negation/pre - no ... evidence\n",
     "There is no well-designed evidence.", "no ... evidence=no well-designed evidence"},
    {"phrase does not cross sentences", "topic - stem cell\n", "It is a stem. Cell lines grow.",
     ""},
    {"hyphen in text, space in lexicon", "claim/safety 5 risk free\n", "A risk-free shot.",
     "risk free=risk-free"},
    {"space in text, hyphen in lexicon", "claim/safety 5 risk-free\n", "A risk free shot.",
     "risk-free=risk free"},
    {"non-breaking hyphen", "claim/safety 5 risk-free\n", "A risk\xE2\x80\x91" "free shot.",
     "risk-free=risk\xE2\x80\x91" "free"},
    {"spaced dash is not a hyphen", "claim/safety 5 risk free\n", "A risk - free shot.", ""},
    {"curly apostrophe", "negation/pre - don't\n", "I don\xE2\x80\x99t know.",
     "don't=don\xE2\x80\x99t"},
    {"straight apostrophe for a curly entry", "negation/pre - don\xE2\x80\x99t\n", "I don't know.",
     "don\xE2\x80\x99t=don't"},
    {"full-width text", "topic - stem cells\n",
     "\xEF\xBC\xB3\xEF\xBC\xB4\xEF\xBC\xA5\xEF\xBC\xAD cells work.",
     "stem cells=\xEF\xBC\xB3\xEF\xBC\xB4\xEF\xBC\xA5\xEF\xBC\xAD cells"},
    {"overlapping matches all emitted",
     "topic - stem cell\ntopic - cell therapy\ntopic - stem cell therapy\n",
     "Stem cell therapy works.",
     "stem cell therapy=Stem cell therapy | stem cell=Stem cell | cell therapy=cell therapy"},
    {"same phrase in two categories", "claim/cure 4 heal~\nclaim/regeneration 4 heal~\n",
     "It heals.", "heal~=heals | heal~=heals"},
    {"duplicate forms give one match", "topic - stem{, } cell{,}\n", "Stem cell.",
     "stem{, } cell{,}=Stem cell"},
    {"numbers and percent", "claim/certainty 5 100% effective\n", "It is 100% effective.",
     "100% effective=100% effective"},
    {"hashtag words", "topic - stem cells\n", "Wow #StemCells", "stem cells=StemCells"},
    {"not in lexicon", "topic - stem cells\n", "Nothing to see here.", ""},
    /* the walk takes its first node without the stack and sorts only when more than
     * one visit gave matches */
    {"first word could go on but does not", "topic - stem\ntopic - stem cell\n",
     "Stem lines.", "stem=Stem"},
    {"first word and a longer phrase from it", "topic - stem\ntopic - stem cell\n",
     "Stem cell lines.", "stem cell=Stem cell | stem=Stem"},
    {"phrase that could go on ends the text", "hedge - may\nhedge - may be\n", "It may",
     "may=may"},
    {"gap node reached twice", "negation/pre - no ... evidence\n", "No evidence evidence.",
     "no ... evidence=No evidence evidence | no ... evidence=No evidence"},
    /* find_phrases takes the first step of a walk from a word that ends no phrase and
     * opens no gap itself (test_lexicon_match_skips_glued_hyphen_tokens covers the
     * step over a hyphen token) */
    {"first step leads nowhere", "topic - stem cell therapy\n", "Stem lines, stem cell lines.",
     ""},
    {"first step, then the rest", "topic - stem cell therapy\ntopic - cell\n",
     "Stem cell therapy and stem cell.", "stem cell therapy=Stem cell therapy | cell=cell"
     " | cell=cell"},
    {"first step in a hyphenated word", "claim/safety 4 risk free\n", "It is risk-free, risk free.",
     "risk free=risk-free | risk free=risk free"},
    {"a first word with a gap walks as before", "negation/pre - not ... proven\n",
     "Not yet proven, not proven.",
     "not ... proven=Not yet proven | not ... proven=not proven"},
    {"first step at the end of the sentence", "topic - stem cell\n", "Cells and stem. Cell.", ""},
    {"first step, then a gap after it", "negation/pre - no clear ... evidence\n",
     "No clear scientific evidence.", "no clear ... evidence=No clear scientific evidence"},
    /* find_phrases also takes the steps after it, up to the node where the walk ends or
     * could branch (a gap, or entries with a way on) */
    {"the third step leads nowhere", "topic - stem cell therapy center\n",
     "Stem cell therapy works; stem cell therapy center.",
     "stem cell therapy center=stem cell therapy center"},
    {"entries on the way, then a longer phrase", "topic - stem\ntopic - stem cell therapy\n",
     "Stem cell lines, stem cell therapy.",
     "stem=Stem | stem cell therapy=stem cell therapy | stem=stem"},
    {"two entries where the steps end",
     "claim/cure 4 heal~ tendons\nclaim/regeneration 4 heal~ tendons\n", "PRP heals tendons.",
     "heal~ tendons=heals tendons | heal~ tendons=heals tendons"},
    {"steps, then a gap", "negation/pre - not yet ... proven\n", "Not yet clinically proven.",
     "not yet ... proven=Not yet clinically proven"},
};

/* Runs each case's lexicon over its text and compares the matches, as `describe_fn`
 * writes them, with what the case expects; reports every case that differs. */
static void check_match_cases(const match_case *cases, size_t count,
                              void (*describe_fn)(const cck_engine *, const cck_text *,
                                                  const cck_match_vec *, cck_buf *))
{
    int failed = 0;
    cck_buf got;
    cck_buf_init(&got);
    for (size_t i = 0; i < count; i++) {
        const match_case *c = &cases[i];
        cck_engine *engine = engine_from(c->lexicon);
        cck_text text;
        prepare_text(&text, c->text);
        cck_match_vec vec = {0};
        assert_int_equal(cck_matcher_find_phrases(engine, &text, &vec), CCK_OK);
        describe_fn(engine, &text, &vec, &got);
        if (strcmp(got.data, c->expected) != 0) {
            print_error("case '%s': got \"%s\", want \"%s\"\n", c->name, got.data, c->expected);
            failed++;
        }
        cck_match_vec_free(&vec);
        cck_text_free(&text);
        cck_engine_free(engine);
    }
    cck_buf_free(&got);
    assert_int_equal(failed, 0);
}

static void test_lexicon_match_phrases(void **state)
{
    (void)state;
    check_match_cases(match_cases, CCK_ARRAY_LEN(match_cases), describe);
}

static void test_lexicon_match_token_ranges_and_word_ids(void **state)
{
    (void)state;
    cck_engine *engine = engine_from("topic - stem cell therapy\nhedge - may\n");
    cck_text text;
    prepare_text(&text, "PRP may help. Stem cell therapy is new.");
    cck_match_vec vec = {0};
    assert_int_equal(cck_matcher_find_phrases(engine, &text, &vec), CCK_OK);
    assert_int_equal(vec.count, 2);
    cck_buf word;
    cck_buf_init(&word);
    assert_string_equal(text_of(&text, vec.items[0].first_token, &word), "may");
    assert_int_equal(vec.items[0].first_token, vec.items[0].last_token);
    assert_string_equal(text_of(&text, vec.items[1].first_token, &word), "Stem");
    assert_string_equal(text_of(&text, vec.items[1].last_token, &word), "therapy");
    /* tokens in the lexicon have a word id, the others -1 */
    assert_true(text.tokens[vec.items[1].first_token].word >= 0);
    assert_int_equal(text.tokens[0].word, -1); /* PRP */
    cck_buf_free(&word);
    cck_match_vec_free(&vec);
    cck_text_free(&text);
    cck_engine_free(engine);
}

/* Appends one token to a hand-made text (its normalized form is its bytes). */
static void push_token(cck_text *text, size_t start, size_t end, int kind, unsigned flags)
{
    void *items = text->tokens;
    assert_int_equal(cck_grow(&items, &text->token_cap, text->token_count + 1,
                              sizeof *text->tokens), CCK_OK);
    text->tokens = items;
    cck_token *t = &text->tokens[text->token_count++];
    memset(t, 0, sizeof *t);
    t->start = start;
    t->end = end;
    t->norm = (uint32_t)text->norm.len;
    t->norm_len = (uint32_t)(end - start);
    cck_buf_append(&text->norm, text->buf + start, end - start);
    t->hash = cck_hash_bytes(text->buf + start, end - start);
    t->kind = (uint8_t)kind;
    t->flags = (uint8_t)flags;
}

/* A tokenizer may also give a hyphen its own token: the matcher skips one glued to
 * words on both sides, and nothing else. */
static void test_lexicon_match_skips_glued_hyphen_tokens(void **state)
{
    (void)state;
    cck_engine *engine = engine_from("claim/safety 5 risk free\nnegation/pre - no ... evidence\n"
                                     "negation/pre - no ... made evidence\n"
                                     "negation/pre - no ... made\n");
    const char *s = "risk-free - risk -free no well-made evidence";
    cck_text text;
    cck_text_init(&text);
    text.buf = s;
    text.len = strlen(s);
    push_token(&text, 0, 4, CCK_TOKEN_WORD, CCK_TOKEN_SPACE_BEFORE);    /* risk */
    push_token(&text, 4, 5, CCK_TOKEN_PUNCT, 0);                         /* - */
    push_token(&text, 5, 9, CCK_TOKEN_WORD, 0);                          /* free */
    push_token(&text, 10, 11, CCK_TOKEN_PUNCT, CCK_TOKEN_SPACE_BEFORE);  /* - */
    push_token(&text, 12, 16, CCK_TOKEN_WORD, CCK_TOKEN_SPACE_BEFORE);  /* risk */
    push_token(&text, 17, 18, CCK_TOKEN_PUNCT, CCK_TOKEN_SPACE_BEFORE);  /* - */
    push_token(&text, 18, 22, CCK_TOKEN_WORD, 0);                        /* free */
    push_token(&text, 23, 25, CCK_TOKEN_WORD, CCK_TOKEN_SPACE_BEFORE);  /* no */
    push_token(&text, 26, 30, CCK_TOKEN_WORD, CCK_TOKEN_SPACE_BEFORE);  /* well */
    push_token(&text, 30, 31, CCK_TOKEN_PUNCT, 0);                       /* - */
    push_token(&text, 31, 35, CCK_TOKEN_WORD, 0);                        /* made */
    push_token(&text, 36, 44, CCK_TOKEN_WORD, CCK_TOKEN_SPACE_BEFORE);  /* evidence */
    cck_match_vec vec = {0};
    assert_int_equal(cck_matcher_find_phrases(engine, &text, &vec), CCK_OK);
    cck_buf got;
    cck_buf_init(&got);
    describe(engine, &text, &vec, &got);
    /* the word after a gap may follow a glued hyphen too */
    assert_string_equal(got.data, "risk free=risk-free | no ... evidence=no well-made evidence"
                                  " | no ... made evidence=no well-made evidence"
                                  " | no ... made=no well-made");
    cck_buf_free(&got);
    cck_match_vec_free(&vec);
    cck_text_free(&text);
    cck_engine_free(engine);
}

/* "PHRASE first-last" and, with a gap, "gap AT+LEN" for each match, in match order. */
static void describe_gaps(const cck_engine *engine, const cck_text *text,
                          const cck_match_vec *vec, cck_buf *out)
{
    (void)text;
    cck_buf_clear(out);
    cck_buf_puts(out, "");
    for (size_t k = 0; k < vec->count; k++) {
        const cck_match *m = &vec->items[k];
        cck_buf_printf(out, "%s%s %u-%u", k ? " | " : "", engine->entries[m->entry].phrase,
                       m->first_token, m->last_token);
        if (m->has_gap)
            cck_buf_printf(out, " gap %u+%u", m->gap_at, m->gap_len);
    }
}

/* Where each match's gap sits: the walk takes the step after a gap at once for a node
 * that only leads on, and must give the tokens, the first gap and its length that the
 * state for that gap length would have given. "PHRASE first-last" and, with a gap,
 * "gap AT+LEN", in match order. */
static void test_lexicon_match_gap_spans(void **state)
{
    (void)state;
    static const match_case cases[] = {
        {"three words", "negation/pre - no ... evidence\n",
         "There is no clear scientific evidence.", "no ... evidence 2-5 gap 3+2"},
        {"no word", "negation/pre - no ... evidence\n", "There is no evidence.",
         "no ... evidence 2-3 gap 3+0"},
        {"two gaps: the first is kept", "negation/pre - not ... proven ... safe\n",
         "It is not yet proven to be safe.", "not ... proven ... safe 2-7 gap 3+1"},
        {"a hyphenated word after the gap", "claim/safety 5 no ... risk free\n",
         "There is no real risk-free way.", "no ... risk free 2-5 gap 3+1"},
        {"the gap skips a hyphenated word", "claim/safety 5 no ... way\n",
         "There is no risk-free way.", "no ... way 2-5 gap 3+2"},
        {"a word after the gap twice", "negation/pre - no ... evidence\n",
         "No good evidence evidence.", "no ... evidence 0-3 gap 1+2 | no ... evidence 0-2 gap 1+1"},
        {"a gap after a gap phrase's word", "hedge 2 may ... help ... pain\nhedge 2 may\n",
         "It may really help with pain.", "may ... help ... pain 1-5 gap 2+1 | may 1-1"},
        {"the gap reaches the end", "negation/pre - no ... evidence\n", "No real", ""},
    };
    check_match_cases(cases, CCK_ARRAY_LEN(cases), describe_gaps);
}

/* ---- pattern matching --------------------------------------------------------------- */

/* The /pattern/ matches in all of s, into text and vec, and described into got. */
static void find_all_patterns(const cck_engine *engine, const char *s, cck_text *text,
                              cck_match_vec *vec, cck_buf *got)
{
    prepare_text(text, s);
    cck_match_scratch *scratch = cck_match_scratch_new(engine);
    assert_non_null(scratch);
    assert_int_equal(cck_matcher_find_patterns(engine, scratch, text, 0, text->len, vec), CCK_OK);
    cck_match_scratch_free(scratch);
    cck_buf_init(got);
    describe(engine, text, vec, got);
}

static void test_lexicon_match_patterns(void **state)
{
    (void)state;
    cck_engine *engine = engine_from("evidence 4 /\\bn\\s*=\\s*[0-9]+/\n"
                                     "claim/certainty 5 /\\b100\\s?%/\n"
                                     "evidence 3 /\\b10\\.\\d{4,9}/[^\\s]+[^\\s.]/\n"
                                     "evidence 4 /\\bNCT\\d{8}\\b/\n");
    cck_text text;
    cck_match_vec vec = {0};
    cck_buf got;
    find_all_patterns(engine, "A trial (n = 120, NCT01234567) was 100% positive. "
                              "See doi:10.1000/xyz123.",
                      &text, &vec, &got);
    assert_string_equal(got.data, "/\\bn\\s*=\\s*[0-9]+/=n = 120"
                                  " | /\\bNCT\\d{8}\\b/=NCT01234567"
                                  " | /\\b100\\s?%/=100%"
                                  " | /\\b10\\.\\d{4,9}/[^\\s]+[^\\s.]/=10.1000/xyz123");
    /* token ranges: the tokens each match overlaps */
    cck_buf word;
    cck_buf_init(&word);
    assert_string_equal(text_of(&text, vec.items[0].first_token, &word), "n");
    assert_string_equal(text_of(&text, vec.items[0].last_token, &word), "120");
    assert_string_equal(text_of(&text, vec.items[2].first_token, &word), "100%");
    assert_int_equal(vec.items[2].first_token, vec.items[2].last_token);
    assert_string_equal(text_of(&text, vec.items[3].first_token, &word), "10.1000");
    /* a range that is only part of the text */
    cck_match_scratch *scratch = cck_match_scratch_new(engine);
    assert_non_null(scratch);
    vec.count = 0;
    size_t second = text.sentences[1].start;
    assert_int_equal(cck_matcher_find_patterns(engine, scratch, &text, second, text.len, &vec),
                     CCK_OK);
    assert_int_equal(vec.count, 1);
    assert_true(vec.items[0].start > second);
    cck_buf_free(&word);
    cck_buf_free(&got);
    cck_match_vec_free(&vec);
    cck_match_scratch_free(scratch);
    cck_text_free(&text);
    cck_engine_free(engine);
}

/* The digit prefilter: a sentence without an ASCII digit skips the patterns that all
 * need one. The reading must never say "needs a digit" of a pattern that can match
 * without one; saying "unsure" is always allowed. */
static void test_lexicon_pattern_needs_digit(void **state)
{
    (void)state;
    static const struct {
        const char *pattern;
        int needs;
    } cases[] = {
        {"\\bn\\s*=\\s*[0-9]+", 1},
        {"\\b95\\s*%\\s*ci\\b", 1},
        {"\\$\\s?[0-9]", 1},
        {"\\bnct[0-9]{8}\\b", 1},
        {"\\bpmid:?\\s*[0-9]{5,9}\\b", 1},
        {"\\b10\\.[0-9]{4,9}\\/[^\\s]+", 1},
        {"[1-9][0-9]*", 1},
        {"(a|b)7", 1},
        {"5+?", 1},
        {"5{1}", 1},
        {"\\s5", 1},
        {"\\d+", 0},          /* with UCP, \d is any Unicode digit */
        {"[0-9]?", 0},
        {"[0-9]*", 0},
        {"5??", 0},
        {"[0-9]{0,3}", 0},
        {"[0-9]{,3}", 0},
        {"5{0}", 0},
        {"a|5", 0},           /* a top-level alternative without one */
        {"(5)", 0},           /* inside a group: not looked at */
        {"[^0-9]", 0},
        {"[0-9a]", 0},
        {"[]0-9]", 0},
        {"[[:digit:]]", 0},
        {"\\x35", 0},         /* the digits of an escape are not literal */
        {"\\x{35}", 0},
        {"\\0", 0},
        {"\\p{N}", 0},
        {"\\cA", 0},
        {"\\Q5\\E", 0},
        {"(?x)a # 5", 0},     /* a comment in extended mode */
        {"(?ix)a # 5", 0},
        {"a{2}", 0},
        {"", 0},
        /* found in review: each can match text without a digit */
        {"[[:a]|x]5", 0},     /* "[:" without ":]" is no POSIX class: the '|' is top-level */
        {"[[:r]andomized|x]5", 0},
        {"\\w{|}5", 0},       /* '{' after \w is a literal, so the '|' is top-level */
        {"a5(?#x)?", 0},      /* the comment stands between the digit and its '?' */
        {"a5(?#)*", 0},
        {"a5\\E?", 0},        /* so does a lone \E */
        {"a5\\E{0}", 0},
        {"x5{ 0}", 0},        /* PCRE2 10.43 and later read "{ 0}" as a quantifier */
        {"[[:digit:]]5", 1},  /* a real POSIX class is read past */
        {"\\w{2}5", 1},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        const char *p = cases[i].pattern;
        int got = cck_pattern_needs_digit(p, strlen(p));
        if (got != cases[i].needs)
            fail_msg("/%s/: needs_digit %d, want %d", p, got, cases[i].needs);
    }
}

/* Patterns that need a digit are skipped on a sentence without one, but a pattern that
 * does not, combined in the same alternation, still runs there. */
static void test_lexicon_digit_prefilter_keeps_other_patterns(void **state)
{
    (void)state;
    cck_engine *engine = engine_from("evidence 3 /\\b[0-9]+\\s+patients\\b/\n"
                                     "claim/cure 5 /\\bcure[sd]?\\b/\n");
    cck_text text;
    cck_match_vec vec = {0};
    cck_buf got;
    find_all_patterns(engine, "It cures everything. We treated 40 patients and it cured them.",
                      &text, &vec, &got);
    assert_string_equal(got.data, "/\\bcure[sd]?\\b/=cures"
                                  " | /\\b[0-9]+\\s+patients\\b/=40 patients"
                                  " | /\\bcure[sd]?\\b/=cured");
    cck_buf_free(&got);
    cck_match_vec_free(&vec);
    cck_text_free(&text);
    cck_engine_free(engine);
}

/* Which patterns may be searched one at a time (cck_pattern_group.solo). */
static void test_lexicon_pattern_runs_alone(void **state)
{
    (void)state;
    static const struct {
        const char *pattern;
        int alone;
    } cases[] = {
        {"\\bn\\s*=\\s*[0-9]+", 1},
        {"\\$\\s?[0-9]", 1},
        {"(?=a)b|(?<=c)d", 1},
        {"a\\\\K", 1},     /* an escaped backslash, then K */
        {"a\\\\G", 1},
        {"a\\Kb", 0},      /* the match would start after where it was tried */
        {"\\Ga", 0},       /* depends on where the search started */
        {"a(*COMMIT)b", 0},
        {"a(*SKIP)b|c", 0},
        {"(*F)", 0},
        {"(*UTF)a", 0},
        {"a\\(*b", 1},     /* an escaped parenthesis is no verb */
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        const char *p = cases[i].pattern;
        int got = cck_pattern_runs_alone(p, strlen(p));
        if (got != cases[i].alone)
            fail_msg("/%s/: runs_alone %d, want %d", p, got, cases[i].alone);
    }
}

/* The patterns run one at a time find exactly what the combined alternation finds:
 * the leftmost match, the first pattern winning a tie, searching on after it, with
 * empty matches, lookaround, overlapping patterns and patterns skipped where the byte
 * they need is missing. The same lexicon plus a pattern
 * that never matches and keeps the group from running alone, (*F), gives the reference,
 * on many generated texts. */
static void test_lexicon_solo_patterns_match_the_alternation(void **state)
{
    (void)state;
    static const char *const patterns = "evidence 3 /b\\s*=/\n"
                                        "evidence 3 /[ab]=?c=/\n"
                                        "evidence 3 /=a+/\n"
                                        "evidence 3 /ab/\n"
                                        "evidence 3 /b+c/\n"
                                        "evidence 3 /a\\w*/\n"
                                        "evidence 3 /\\bc/\n"
                                        "evidence 3 /x?/\n"
                                        "evidence 3 /(?<=a)b/\n"
                                        "evidence 3 /(?=cc)/\n"
                                        "evidence 3 /[^\\s]x\\b/\n";
    char with_never[1024];
    snprintf(with_never, sizeof with_never, "%sevidence 3 /(*F)/\n", patterns);
    cck_engine *solo = engine_from(patterns);
    cck_engine *combined = engine_from(with_never);
    assert_int_equal(solo->matcher->group_count, 1);
    assert_non_null(solo->matcher->groups[0].solo);
    assert_null(combined->matcher->groups[0].solo);
    /* the byte each pattern needs, where one is known: '=' for the first three */
    const cck_solo_pattern *alone = solo->matcher->groups[0].solo;
    assert_int_equal(alone[0].required, '=');
    assert_int_equal(alone[1].required, '=');
    assert_int_equal(alone[2].required, '=');
    assert_int_equal(alone[3].required, -1); /* a letter is no use: it has two cases */
    static const char alphabet[] = "abcx .=\xC3\xA9";
    uint64_t seed = 12345;
    int nonempty = 0;
    for (int round = 0; round < 400; round++) {
        char s[64];
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        size_t len = (size_t)(seed >> 59), n = 0; /* 0 to 31 pieces */
        for (size_t i = 0; i < len; i++) {
            seed = seed * 6364136223846793005u + 1442695040888963407u;
            size_t pick = (size_t)(seed >> 33) % 8;
            if (pick == 7) { /* é: two bytes */
                s[n++] = alphabet[7];
                s[n++] = alphabet[8];
            } else {
                s[n++] = alphabet[pick];
            }
        }
        s[n] = '\0';
        cck_text text_a, text_b;
        cck_match_vec vec_a = {0}, vec_b = {0};
        cck_buf got_a, got_b;
        find_all_patterns(solo, s, &text_a, &vec_a, &got_a);
        find_all_patterns(combined, s, &text_b, &vec_b, &got_b);
        if (strcmp(got_a.data, got_b.data) != 0)
            fail_msg("\"%s\":\n  alone:    %s\n  combined: %s", s, got_a.data, got_b.data);
        nonempty += vec_a.count > 0;
        cck_buf_free(&got_a);
        cck_buf_free(&got_b);
        cck_match_vec_free(&vec_a);
        cck_match_vec_free(&vec_b);
        cck_text_free(&text_a);
        cck_text_free(&text_b);
    }
    assert_true(nonempty > 200);
    /* a fixed case, spelled out: the empty matches of /x?/ (at the space and before the
     * second c) are not kept but move the search on, so /[^\s]x\b/ never gets "cx" */
    cck_text text;
    cck_match_vec vec = {0};
    cck_buf got;
    find_all_patterns(solo, "abbc ccx", &text, &vec, &got);
    assert_string_equal(got.data, "/ab/=ab | /b+c/=bc | /\\bc/=c | /x?/=x");
    cck_buf_free(&got);
    cck_match_vec_free(&vec);
    cck_text_free(&text);
    /* the byte a pattern needs can be the piece's last */
    find_all_patterns(solo, "cb=", &text, &vec, &got);
    assert_string_equal(got.data, "/\\bc/=c | /b\\s*=/=b=");
    cck_buf_free(&got);
    cck_match_vec_free(&vec);
    cck_text_free(&text);
    cck_engine_free(solo);
    cck_engine_free(combined);
}

static void test_lexicon_catastrophic_regex_hits_the_limit(void **state)
{
    (void)state;
    cck_engine *engine = engine_from("evidence 3 /(a+)+$/\nevidence 4 /\\bn\\s*=\\s*[0-9]+/\n");
    char s[256];
    memset(s, 'a', 60);
    snprintf(s + 60, sizeof s - 60, "b. Then n = 5 here.");
    cck_text text;
    prepare_text(&text, s);
    cck_match_scratch *scratch = cck_match_scratch_new(engine);
    cck_match_vec vec = {0};
    assert_int_equal(cck_matcher_find_patterns(engine, scratch, &text, 0, text.len, &vec),
                     CCK_ELIMIT);
    /* the next sentence was still searched */
    assert_int_equal(vec.count, 1);
    assert_int_equal(vec.items[0].entry, 1);
    cck_match_vec_free(&vec);
    cck_match_scratch_free(scratch);
    cck_text_free(&text);
    cck_engine_free(engine);
}

/* ---- loading ------------------------------------------------------------------------ */

static void write_file(const char *dir, const char *name, const char *content)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
}

static void remove_file(const char *dir, const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    unlink(path);
}

static int has_phrase(const cck_engine *engine, const char *phrase)
{
    for (size_t i = 0; i < engine->entry_count; i++)
        if (strcmp(engine->entries[i].phrase, phrase) == 0)
            return 1;
    return 0;
}

static void test_lexicon_load_dir_replaces_and_extends(void **state)
{
    (void)state;
    char dir[] = "/tmp/cck_lexicon_test_XXXXXX";
    assert_non_null(mkdtemp(dir));
    write_file(dir, "claims.lex", "claim/cure 4 mend~\n");
    write_file(dir, "extra.lex", "topic - exosome{,s}\n");
    write_file(dir, "notes.txt", "this is not a lexicon\n");

    cck_lexicon *lexicon = cck_lexicon_new();
    cck_error error;
    const char *claims = "claim/cure 5 cure~\nclaim/cure 4 heal~\n";
    const char *topics = "topic - stem cell{,s}\n";
    assert_int_equal(cck_lexicon_load_buffer(lexicon, "claims.lex", claims, strlen(claims),
                                             &error), CCK_OK);
    assert_int_equal(cck_lexicon_load_buffer(lexicon, "topics.lex", topics, strlen(topics),
                                             &error), CCK_OK);
    assert_int_equal(cck_lexicon_get_entry_count(lexicon), 3);
    assert_int_equal(cck_lexicon_load_dir(lexicon, dir, &error), CCK_OK);
    assert_int_equal(cck_lexicon_get_entry_count(lexicon), 3);
    cck_engine *engine = NULL;
    assert_int_equal(cck_engine_new(lexicon, NULL, &engine, &error), CCK_OK);
    assert_false(has_phrase(engine, "cure~")); /* claims.lex was replaced */
    assert_false(has_phrase(engine, "heal~"));
    assert_true(has_phrase(engine, "mend~"));
    assert_true(has_phrase(engine, "stem cell{,s}")); /* topics.lex was kept */
    assert_true(has_phrase(engine, "exosome{,s}"));   /* extra.lex extends */
    cck_engine_free(engine);

    /* a bad file: an error naming it, and the lexicon is unchanged */
    write_file(dir, "zbad.lex", "topic - ok\ntopic 9 x\n");
    assert_int_equal(cck_lexicon_load_dir(lexicon, dir, &error), CCK_ESYNTAX);
    assert_non_null(strstr(error.path, "zbad.lex"));
    assert_int_equal(error.line, 2);
    assert_int_equal(error.column, 7);
    assert_int_equal(cck_lexicon_get_entry_count(lexicon), 3);

    /* a folder that does not exist */
    assert_int_equal(cck_lexicon_load_dir(lexicon, "/nonexistent/cck", &error), CCK_EIO);
    assert_int_equal(cck_lexicon_load_file(lexicon, "/nonexistent/cck.lex", &error), CCK_EIO);
    problems p = {0};
    assert_int_equal(cck_lexicon_check_file("/nonexistent/cck.lex", collect_problem, &p),
                     CCK_EIO);
    assert_int_equal(p.count, 1);

    char path[512];
    snprintf(path, sizeof path, "%s/zbad.lex", dir);
    p.count = 0;
    assert_int_equal(cck_lexicon_check_file(path, collect_problem, &p), CCK_ESYNTAX);
    assert_int_equal(p.count, 1);

    cck_lexicon_free(lexicon);
    remove_file(dir, "claims.lex");
    remove_file(dir, "extra.lex");
    remove_file(dir, "notes.txt");
    remove_file(dir, "zbad.lex");
    rmdir(dir);
}

/* The trie built with the library is the trie the embedded lexicons build at run time,
 * array for array, and only an engine of exactly those entries borrows it. */
static void test_lexicon_trie_snapshot(void **state)
{
    (void)state;
    const cck_trie_snapshot *snap = cck_trie_snapshot_default();
    assert_non_null(snap);
    cck_lexicon *lexicon = cck_lexicon_new();
    assert_non_null(lexicon);
    assert_int_equal(cck_lexicon_load_defaults(lexicon, NULL), CCK_OK);
    cck_engine *borrowed = NULL, *built = NULL;
    assert_int_equal(cck_engine_new(lexicon, NULL, &borrowed, NULL), CCK_OK);
    assert_int_equal(cck_engine_new_with(lexicon, NULL, 0, &built, NULL), CCK_OK);
    const cck_matcher *a = borrowed->matcher, *b = built->matcher;
    assert_true(a->borrowed);
    assert_false(b->borrowed);
    assert_ptr_equal(a->nodes, snap->nodes);
    assert_true(cck_trie_snapshot_fits(snap, built->entries, built->entry_count));
    assert_false(cck_trie_snapshot_fits(snap, built->entries, built->entry_count - 1));
    assert_int_equal(a->word_count, b->word_count);
    assert_int_equal(a->slot_mask, b->slot_mask);
    assert_int_equal(a->node_count, b->node_count);
    assert_int_equal(a->edge_mask, b->edge_mask);
    assert_int_equal(a->edge_shift, b->edge_shift);
    assert_int_equal(a->node_entry_count, b->node_entry_count);
    assert_memory_equal(a->words, b->words, b->word_count * sizeof *b->words);
    assert_memory_equal(a->slots, b->slots, (b->slot_mask + 1) * sizeof *b->slots);
    assert_memory_equal(a->nodes, b->nodes, b->node_count * sizeof *b->nodes);
    assert_memory_equal(a->node_entries, b->node_entries,
                        b->node_entry_count * sizeof *b->node_entries);
    assert_memory_equal(a->edge_keys, b->edge_keys, (b->edge_mask + 1) * sizeof *b->edge_keys);
    for (size_t i = 0; i <= b->edge_mask; i++)
        if (b->edge_keys[i])
            assert_int_equal(a->edge_children[i], b->edge_children[i]);
    for (size_t i = 0; i < b->word_count; i++)
        assert_memory_equal(a->word_text + a->words[i].offset, b->word_text + b->words[i].offset,
                            b->words[i].len);
    cck_engine_free(borrowed);
    cck_engine_free(built);

    /* one entry more, and the engine builds its own */
    static const char extra[] = "claim/cure   4   knits bones overnight\n";
    assert_int_equal(cck_lexicon_load_buffer(lexicon, "extra.lex", extra, sizeof extra - 1, NULL),
                     CCK_OK);
    assert_int_equal(cck_engine_new(lexicon, NULL, &built, NULL), CCK_OK);
    assert_false(built->matcher->borrowed);
    cck_engine_free(built);
    cck_lexicon_free(lexicon);
}

static void test_lexicon_load_defaults(void **state)
{
    (void)state;
    cck_lexicon *lexicon = cck_lexicon_new();
    cck_error error;
    cck_error_clear(&error);
    int status = cck_lexicon_load_defaults(lexicon, &error);
    size_t count = cck_lexicon_get_entry_count(lexicon);
    cck_engine *engine = NULL;
    if (status == CCK_OK)
        status = cck_engine_new(lexicon, NULL, &engine, &error);
    if (status)
        print_error("%s:%zu:%zu: error: %s\n", error.path, error.line, error.column,
                    error.message);
    cck_lexicon_free(lexicon);
    cck_engine_free(engine);
    assert_int_equal(status, CCK_OK);
    assert_true(count > 0);
}

/* What the rewrite asked of a replacement's words on every finding, spelt out as it
 * was (the reference the precomputed traits must agree with). */
static unsigned replacement_traits_by_hand(const char *repl)
{
    unsigned traits = 0;
    size_t first = strcspn(repl, " ");
    if ((first == 3 && memcmp(repl, "may", 3) == 0) ||
        (first == 5 && memcmp(repl, "might", 5) == 0) ||
        (first == 3 && memcmp(repl, "can", 3) == 0) ||
        (first == 5 && memcmp(repl, "could", 5) == 0))
        traits |= CCK_REPL_MODAL_FIRST;
    if (strncmp(repl, "not ", 4) == 0)
        traits |= CCK_REPL_NOT;
    const char *tail = strrchr(repl, ' ');
    if (tail && strcmp(tail + 1, "patients") == 0 && strstr(repl, "help"))
        traits |= CCK_REPL_HELP_PATIENTS;
    const char *last = tail ? tail + 1 : repl;
    static const char *const prepositions[] = {"of", "with", "from", "for", "to", "against",
                                               "about"};
    for (size_t k = 0; k < CCK_ARRAY_LEN(prepositions); k++)
        if (strcmp(last, prepositions[k]) == 0)
            traits |= CCK_REPL_NEEDS_OBJECT;
    size_t n = strlen(repl);
    if (n >= 13 && strcmp(repl + n - 13, "patients with") == 0)
        traits |= CCK_REPL_PATIENTS_WITH;
    return traits;
}

/* The rewrite's questions about an entry's replacement are answered once, when the
 * engine is built: for near misses of each question and for every entry of the
 * built-in lexicons, the answers kept in the engine are the ones asked by hand. */
static void test_lexicon_replacement_traits(void **state)
{
    (void)state;
    static const struct {
        const char *repl;
        unsigned want;
    } cases[] = {
        {"may help", CCK_REPL_MODAL_FIRST},
        {"mayhelp", 0},
        {"maybe helps", 0},
        {"could", CCK_REPL_MODAL_FIRST},
        {"might ease symptoms of", CCK_REPL_MODAL_FIRST | CCK_REPL_NEEDS_OBJECT},
        {"can", CCK_REPL_MODAL_FIRST},
        {"not guaranteed", CCK_REPL_NOT},
        {"not", 0},
        {"nothing to", CCK_REPL_NEEDS_OBJECT},
        {"helped some patients", CCK_REPL_HELP_PATIENTS},
        {"patients", 0},
        {"helped some patients too", 0},
        {"eased pain in patients", 0},
        {"to", CCK_REPL_NEEDS_OBJECT},
        {"may protect against", CCK_REPL_MODAL_FIRST | CCK_REPL_NEEDS_OBJECT},
        {"may work for", CCK_REPL_MODAL_FIRST | CCK_REPL_NEEDS_OBJECT},
        {"may work fort", CCK_REPL_MODAL_FIRST},
        {"may help some patients with", CCK_REPL_MODAL_FIRST | CCK_REPL_NEEDS_OBJECT |
                                            CCK_REPL_PATIENTS_WITH},
        {"outpatients with", CCK_REPL_NEEDS_OBJECT | CCK_REPL_PATIENTS_WITH},
        {"patients within", 0},
        {"", 0},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        assert_int_equal(replacement_traits_by_hand(cases[i].repl), cases[i].want);
        if (cck_replacement_traits(cases[i].repl) != cases[i].want)
            fail_msg("\"%s\": traits 0x%x, want 0x%x", cases[i].repl,
                     cck_replacement_traits(cases[i].repl), cases[i].want);
    }
    assert_int_equal(cck_replacement_traits(NULL), 0);
    cck_lexicon *lexicon = cck_lexicon_new();
    assert_non_null(lexicon);
    assert_int_equal(cck_lexicon_load_defaults(lexicon, NULL), CCK_OK);
    cck_engine *engine = NULL;
    assert_int_equal(cck_engine_new(lexicon, NULL, &engine, NULL), CCK_OK);
    size_t with_traits = 0;
    for (size_t i = 0; i < engine->entry_count; i++) {
        const cck_entry *e = &engine->entries[i];
        unsigned want = e->suggestion ? replacement_traits_by_hand(e->suggestion) : 0;
        if (e->repl_traits != want)
            fail_msg("%s:%u: \"%s\": traits 0x%x, want 0x%x", e->source, (unsigned)e->line,
                     e->suggestion, (unsigned)e->repl_traits, want);
        with_traits += want != 0;
    }
    assert_true(with_traits > 0);
    cck_engine_free(engine);
    cck_lexicon_free(lexicon);
}

/* Every /pattern/ of the built-in lexicons needs a digit, so that the many sentences
 * without one skip PCRE2 altogether: one pattern the prefilter cannot read (a digit
 * only inside a group) made the scan of a post stream 20% slower. */
static void test_lexicon_default_patterns_need_digits(void **state)
{
    (void)state;
    cck_lexicon *lexicon = cck_lexicon_new();
    assert_non_null(lexicon);
    assert_int_equal(cck_lexicon_load_defaults(lexicon, NULL), CCK_OK);
    size_t patterns = 0;
    for (size_t i = 0; i < lexicon->count; i++) {
        const cck_entry *e = &lexicon->entries[i];
        if (!e->is_pattern)
            continue;
        patterns++;
        size_t n = strlen(e->phrase);
        if (!cck_pattern_needs_digit(e->phrase + 1, n - 2))
            fail_msg("%s: %s: the digit prefilter cannot read it; put a digit atom at its "
                     "top level", e->source, e->phrase);
    }
    assert_true(patterns > 0);
    cck_lexicon_free(lexicon);
}

typedef struct thread_job {
    const cck_engine *engine;
    const char *text;
    size_t phrases;
    size_t patterns;
    int status;
} thread_job;

static void *scan_in_thread(void *user_data)
{
    thread_job *job = user_data;
    cck_match_scratch *scratch = cck_match_scratch_new(job->engine);
    cck_text text;
    cck_text_init(&text);
    cck_match_vec vec = {0};
    job->status = scratch ? CCK_OK : CCK_ENOMEM;
    for (int round = 0; round < 200 && job->status == CCK_OK; round++) {
        job->status = cck_text_tokenize(&text, job->text, strlen(job->text));
        if (!job->status)
            job->status = cck_text_segment(&text);
        vec.count = 0;
        if (!job->status)
            job->status = cck_matcher_find_phrases(job->engine, &text, &vec);
        job->phrases = vec.count;
        vec.count = 0;
        if (!job->status)
            job->status = cck_matcher_find_patterns(job->engine, scratch, &text, 0, text.len,
                                                    &vec);
        job->patterns = vec.count;
    }
    cck_match_vec_free(&vec);
    cck_text_free(&text);
    cck_match_scratch_free(scratch);
    return NULL;
}

static int count_problem(const cck_error *error, void *user_data)
{
    print_error("%s:%zu:%zu: error: %s\n", error->path, error->line, error->column,
                error->message);
    ++*(size_t *)user_data;
    return 0;
}

/* Loading the embedded lexicons skips the phrase check that compiling repeats; the
 * full check, with its exact columns, must still pass on every embedded file. */
static void test_lexicon_embedded_files_pass_the_full_check(void **state)
{
    (void)state;
    size_t files = 0;
    for (const cck_embedded_lexicon *file = cck_embedded_lexicons; file->name; file++) {
        size_t found = 0;
        assert_int_equal(cck_lexicon_check_buffer(file->name, file->data, file->length,
                                                  count_problem, &found),
                         CCK_OK);
        assert_int_equal(found, 0);
        files++;
    }
    assert_true(files >= 5);
}

/* The trie's entries are put in order by two counting sorts (freeze_trie): each
 * node's entries must be one run, in node order, strictly increasing with the
 * duplicates gone. Its edges on words are in the edge map: each node's edge_count must
 * be the number of keys with it as parent, every key must be found by the probe from
 * its hash (no empty slot on the way, which would end find_edge's search), the map at
 * most half full, and every node but the root reached by exactly one edge, gap or root
 * word. Checked on the embedded lexicons and on a small shuffled one. */
static void check_trie_order(const cck_matcher *m)
{
    size_t next_entry = 0;
    for (size_t n = 0; n < m->node_count; n++) {
        const cck_trie_node *node = &m->nodes[n];
        if (node->entry_count) {
            assert_int_equal(node->first_entry, next_entry);
            for (uint32_t e = 1; e < node->entry_count; e++)
                assert_true(m->node_entries[node->first_entry + e - 1] <
                            m->node_entries[node->first_entry + e]);
            next_entry += node->entry_count;
        }
    }
    assert_int_equal(next_entry, m->node_entry_count);

    uint32_t *edges = calloc(m->node_count, sizeof *edges);
    uint32_t *parents = calloc(m->node_count, sizeof *parents);
    assert_non_null(edges);
    assert_non_null(parents);
    size_t used = 0;
    for (size_t at = 0; m->edge_keys && at <= m->edge_mask; at++) {
        uint64_t key = m->edge_keys[at];
        if (key == 0)
            continue;
        used++;
        uint32_t parent = (uint32_t)(key >> 32);
        assert_true(parent > 0 && parent < m->node_count);
        assert_true((int32_t)(uint32_t)key >= 0 && (size_t)(uint32_t)key < m->word_count);
        edges[parent]++;
        assert_true(m->edge_children[at] < m->node_count);
        parents[m->edge_children[at]]++;
        for (size_t k = cck_edge_slot(key, m->edge_shift); k != at; k = (k + 1) & m->edge_mask)
            assert_true(m->edge_keys[k] != 0);
    }
    assert_true(used * 2 <= (m->edge_keys ? m->edge_mask + 1 : 0));
    for (size_t w = 0; w < m->word_count; w++)
        if (m->words[w].root_child >= 0)
            parents[m->words[w].root_child]++;
    for (size_t n = 0; n < m->node_count; n++) {
        assert_int_equal(m->nodes[n].edge_count, edges[n]);
        if (m->nodes[n].gap_child >= 0)
            parents[m->nodes[n].gap_child]++;
    }
    for (size_t n = 1; n < m->node_count; n++)
        assert_int_equal(parents[n], 1);
    assert_int_equal(parents[0], 0);
    free(edges);
    free(parents);
}

static void test_lexicon_trie_is_sorted(void **state)
{
    (void)state;
    cck_lexicon *lexicon = cck_lexicon_new();
    assert_non_null(lexicon);
    cck_error error;
    cck_error_clear(&error);
    for (const cck_embedded_lexicon *file = cck_embedded_lexicons; file->name; file++)
        assert_int_equal(cck_lexicon_load_buffer(lexicon, file->name, file->data, file->length,
                                                 &error),
                         CCK_OK);
    cck_engine *engine = NULL;
    assert_int_equal(cck_engine_new(lexicon, NULL, &engine, &error), CCK_OK);
    cck_lexicon_free(lexicon);
    assert_true(engine->matcher->edge_mask > 2000); /* a few thousand edges */
    check_trie_order(engine->matcher);
    cck_engine_free(engine);

    /* words interned in one order, edges made in another; two forms of one entry
     * ending on one node (cure, cure~) */
    engine = engine_from("topic - zeta beta\ntopic - alpha beta\nclaim/cure 4 {cure,cure~} all\n"
                         "topic - beta zeta\ntopic - beta alpha\ntopic - beta {gamma,alpha,zeta}\n"
                         "claim/cure 5 cure all\n");
    check_trie_order(engine->matcher);
    cck_engine_free(engine);
}

/* One node with hundreds of edges ("hub w0x" ... "hub w399x"), found by find_edge's
 * probe in the edge map, where colliding keys share runs of slots: every word after
 * "hub" must lead to its own entry, and words of the lexicon that are no edge of the
 * node (another node's word, the root's) to none. */
static void test_lexicon_match_many_edges(void **state)
{
    (void)state;
    cck_buf buf;
    cck_buf_init(&buf);
    for (size_t i = 0; i < 400; i++)
        cck_buf_printf(&buf, "topic - hub w%zux\n", i);
    cck_buf_puts(&buf, "topic - spoke w5x\ntopic - w7x w8x\n");
    cck_engine *engine = engine_from(buf.data);
    check_trie_order(engine->matcher);
    cck_buf text_buf;
    cck_buf_init(&text_buf);
    for (size_t i = 0; i < 400; i++)
        cck_buf_printf(&text_buf, "hub w%zux hub spoke hub hub w400x ", (i * 7) % 400);
    cck_text text;
    prepare_text(&text, text_buf.data);
    cck_match_vec vec = {0};
    assert_int_equal(cck_matcher_find_phrases(engine, &text, &vec), CCK_OK);
    assert_int_equal(vec.count, 400);
    for (size_t i = 0; i < vec.count; i++) {
        assert_int_equal(vec.items[i].entry, (i * 7) % 400);
        assert_int_equal(vec.items[i].last_token, vec.items[i].first_token + 1);
    }
    cck_match_vec_free(&vec);
    cck_text_free(&text);
    cck_buf_free(&text_buf);
    cck_engine_free(engine);
    cck_buf_free(&buf);
}

static void test_lexicon_engine_is_shared_by_threads(void **state)
{
    (void)state;
    cck_engine *engine = engine_from("topic - stem cell{,s}\nclaim/cure 5 cure~\n"
                                     "negation/pre - no ... evidence\n"
                                     "evidence 4 /\\bn\\s*=\\s*[0-9]+/\n");
    const char *texts[4] = {"Stem cells cure it (n = 12).", "No real evidence. n=3, n = 4.",
                            "Cured by stem cells, cures all.", "Nothing here."};
    const size_t phrases[4] = {2, 1, 3, 0};
    const size_t patterns[4] = {1, 2, 0, 0};
    pthread_t threads[4];
    thread_job jobs[4];
    for (size_t i = 0; i < 4; i++) {
        jobs[i] = (thread_job){engine, texts[i], 0, 0, 0};
        assert_int_equal(pthread_create(&threads[i], NULL, scan_in_thread, &jobs[i]), 0);
    }
    for (size_t i = 0; i < 4; i++) {
        pthread_join(threads[i], NULL);
        assert_int_equal(jobs[i].status, CCK_OK);
        assert_int_equal(jobs[i].phrases, phrases[i]);
        assert_int_equal(jobs[i].patterns, patterns[i]);
    }
    cck_engine_free(engine);
}

static void test_lexicon_free_null_and_bad_arguments(void **state)
{
    (void)state;
    cck_lexicon_free(NULL);
    cck_engine_free(NULL);
    cck_match_scratch_free(NULL);
    cck_match_vec_free(NULL);
    cck_engine *engine = (cck_engine *)1;
    cck_error error;
    assert_int_equal(cck_engine_new(NULL, NULL, &engine, &error), CCK_EINVAL);
    assert_null(engine);
    assert_int_equal(cck_lexicon_load_buffer(NULL, "x", "", 0, &error), CCK_EINVAL);
    assert_int_equal(cck_lexicon_get_entry_count(NULL), 0);

    /* options are copied; zero limits become the defaults */
    cck_lexicon *lexicon = cck_lexicon_new();
    cck_options options;
    cck_options_init(&options);
    options.regex_match_limit = 5000;
    assert_int_equal(cck_engine_new(lexicon, &options, &engine, &error), CCK_OK);
    assert_int_equal(engine->options.regex_match_limit, 5000);
    assert_int_equal(engine->options.regex_depth_limit, 10000);
    assert_false(cck_matcher_has_patterns(engine));
    cck_lexicon_free(lexicon);
    cck_engine_free(engine);
}

static void test_lexicon_large_generated_lexicon(void **state)
{
    (void)state;
    static const char *const cats[] = {"topic -", "claim/cure 4", "hedge 2", "evidence 3",
                                       "negation/pre -"};
    cck_buf buf;
    cck_buf_init(&buf);
    const size_t entries = 100000;
    for (size_t i = 0; i < entries; i++)
        cck_buf_printf(&buf, "%s w%zux {alpha,beta} ... g%zu%s\n", cats[i % 5], i, i % 977,
                       i % 3 ? "" : "~");
    cck_buf_puts(&buf, "evidence 4 /\\bn\\s*=\\s*[0-9]+/\n");
    cck_lexicon *lexicon = cck_lexicon_new();
    cck_error error;
    assert_int_equal(cck_lexicon_load_buffer(lexicon, "big.lex", buf.data, buf.len, &error),
                     CCK_OK);
    assert_int_equal(cck_lexicon_get_entry_count(lexicon), entries + 1);
    cck_engine *engine = NULL;
    assert_int_equal(cck_engine_new(lexicon, NULL, &engine, &error), CCK_OK);
    cck_lexicon_free(lexicon);

    cck_text text;
    prepare_text(&text, "so w99999x beta one two g345ed and w3x alpha g3ing.");
    cck_match_vec vec = {0};
    assert_int_equal(cck_matcher_find_phrases(engine, &text, &vec), CCK_OK);
    assert_int_equal(vec.count, 2);
    assert_int_equal(vec.items[0].entry, 99999);
    assert_int_equal(vec.items[1].entry, 3);
    cck_match_vec_free(&vec);
    cck_text_free(&text);
    cck_engine_free(engine);
    cck_buf_free(&buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_parse_errors),
        cmocka_unit_test(test_lexicon_parse_accepts_good_lines),
        cmocka_unit_test(test_lexicon_check_reports_every_problem),
        cmocka_unit_test(test_lexicon_check_stops_when_the_callback_asks),
        cmocka_unit_test(test_lexicon_entry_fields),
        cmocka_unit_test(test_lexicon_expansions),
        cmocka_unit_test(test_lexicon_expander_reuses_words),
        cmocka_unit_test(test_lexicon_expansion_variants_exact),
        cmocka_unit_test(test_lexicon_match_phrases),
        cmocka_unit_test(test_lexicon_match_token_ranges_and_word_ids),
        cmocka_unit_test(test_lexicon_match_skips_glued_hyphen_tokens),
        cmocka_unit_test(test_lexicon_match_gap_spans),
        cmocka_unit_test(test_lexicon_match_patterns),
        cmocka_unit_test(test_lexicon_pattern_needs_digit),
        cmocka_unit_test(test_lexicon_digit_prefilter_keeps_other_patterns),
        cmocka_unit_test(test_lexicon_pattern_runs_alone),
        cmocka_unit_test(test_lexicon_solo_patterns_match_the_alternation),
        cmocka_unit_test(test_lexicon_catastrophic_regex_hits_the_limit),
        cmocka_unit_test(test_lexicon_load_dir_replaces_and_extends),
        cmocka_unit_test(test_lexicon_load_defaults),
        cmocka_unit_test(test_lexicon_default_patterns_need_digits),
        cmocka_unit_test(test_lexicon_embedded_files_pass_the_full_check),
        cmocka_unit_test(test_lexicon_trie_is_sorted),
        cmocka_unit_test(test_lexicon_match_many_edges),
        cmocka_unit_test(test_lexicon_engine_is_shared_by_threads),
        cmocka_unit_test(test_lexicon_free_null_and_bad_arguments),
        cmocka_unit_test(test_lexicon_large_generated_lexicon),
        cmocka_unit_test(test_lexicon_replacement_traits),
        cmocka_unit_test(test_lexicon_trie_snapshot),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
