/* fuzz_lexicon.c - fuzz target for the lexicon parser and compiler.
 *
 * Option byte: bit 0 all_topics; bit 1 tight PCRE2 limits (match 2000, depth 40) so
 * that the limit path is taken; bits 4-5 both set: load the embedded lexicons first
 * (the fuzzed file then extends them); bit 6 scans the lexicon's own text with the
 * compiled engine (its phrases then match), else a fixed claim-rich text. The rest of
 * the input is one lexicon file.
 * Checks: checking and loading agree (same verdict, same first error); errors name
 * the file with a line inside it; a failed load adds nothing; a compiled engine scans
 * without error other than invalid UTF-8 or a regex limit, within the time libFuzzer
 * allows (-timeout): the PCRE2 limits must keep any pattern bounded.
 *
 * Speed. An input without the embedded lexicons runs in about 3.5 ms in the libFuzzer
 * build (ASan, UBSan, coverage and comparison tracing); one with them in about 100 ms,
 * nearly all of it expanding their phrases twice (checked while loading, expanded again
 * while compiling), in code instrumented for comparison tracing. PCRE2 (its JIT
 * included) takes under 1 %. A third of the corpus loads them, so they took about 94 %
 * of the time. Loading them once per process would need a way to copy a lexicon, and
 * the compile must see the fuzzed file's entries anyway, so the target is left as it is:
 * fuzz.sh runs it with -entropic_scale_per_exec_time=1, which gives slower inputs less
 * of the mutation time (down to 1/30). Every input still runs the same code and checks,
 * and the embedded-lexicon path is still mutated, only less often; over 90 s from the
 * same 300 inputs this took 146 executions a second instead of 29 and reached 1734
 * coverage edges instead of 1707. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "util/util.h"

#define NAME "fuzz.lex"

static const char claim_text[] =
    "Our stem cell therapy is proven to regrow cartilage and cures arthritis with no "
    "side effects. A small study (n = 12) in mice suggests PRP may help. The clinic "
    "claims it is FDA approved! Is it a miracle? If it worked, you would not need knee "
    "replacement.";

typedef struct first_problem {
    cck_error error;
    size_t count;
} first_problem;

static int on_problem(const cck_error *error, void *user_data)
{
    first_problem *first = user_data;
    if (first->count++ == 0)
        first->error = *error;
    FUZZ_CHECK(error->message[0] != '\0');
    FUZZ_CHECK(strcmp(error->path, NAME) == 0);
    return 0;
}

static size_t count_lines(const char *s, size_t len)
{
    size_t lines = 1;
    for (size_t i = 0; i < len; i++)
        lines += s[i] == '\n';
    return lines;
}

static int on_finding(const cck_finding *finding, void *user_data)
{
    size_t len = *(const size_t *)user_data;
    FUZZ_CHECK(finding->rule != NULL);
    FUZZ_CHECK(finding->trigger.offset + finding->trigger.length <= len);
    FUZZ_CHECK(finding->sentence.offset + finding->sentence.length <= len);
    for (size_t i = 0; i < finding->cue_count; i++)
        FUZZ_CHECK(finding->cues[i].span.offset + finding->cues[i].span.length <= len);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size};
    unsigned options = fuzz_take_byte(&in);
    char *file = fuzz_copy(in.data, in.size);
    size_t len = in.size;

    first_problem checked = {0};
    int check_status = cck_lexicon_check_buffer(NAME, file, len, on_problem, &checked);
    FUZZ_CHECK(check_status == CCK_OK || check_status == CCK_ESYNTAX);
    FUZZ_CHECK((check_status == CCK_ESYNTAX) == (checked.count > 0));

    cck_lexicon *lexicon = cck_lexicon_new();
    FUZZ_CHECK(lexicon != NULL);
    cck_error error;
    cck_error_clear(&error);
    if ((options & 0x30) == 0x30)
        FUZZ_CHECK(cck_lexicon_load_defaults(lexicon, &error) == CCK_OK);
    size_t before = cck_lexicon_get_entry_count(lexicon);
    int status = cck_lexicon_load_buffer(lexicon, NAME, file, len, &error);
    FUZZ_CHECK(status == check_status);
    if (status != CCK_OK) {
        FUZZ_CHECK(cck_lexicon_get_entry_count(lexicon) == before);
        FUZZ_CHECK(error.status == status);
        FUZZ_CHECK(strcmp(error.path, NAME) == 0);
        FUZZ_CHECK(error.line >= 1 && error.line <= count_lines(file, len));
        FUZZ_CHECK(error.line == checked.error.line);
        FUZZ_CHECK(error.column == checked.error.column);
        FUZZ_CHECK(strcmp(error.message, checked.error.message) == 0);
    }

    cck_options engine_options;
    cck_options_init(&engine_options);
    engine_options.all_topics = options & 1;
    if (options & 2) {
        engine_options.regex_match_limit = 2000;
        engine_options.regex_depth_limit = 40;
    }
    cck_engine *engine = (cck_engine *)&error; /* must be set to NULL on failure */
    cck_error_clear(&error);
    status = cck_engine_new(lexicon, &engine_options, &engine, &error);
    cck_lexicon_free(lexicon);
    if (status != CCK_OK) {
        FUZZ_CHECK(engine == NULL);
        FUZZ_CHECK(status == CCK_ESYNTAX || status == CCK_ELIMIT);
        FUZZ_CHECK(error.message[0] != '\0');
        free(file);
        return 0;
    }
    FUZZ_CHECK(engine != NULL);
    cck_scanner *scanner = cck_scanner_new(engine);
    FUZZ_CHECK(scanner != NULL);
    const char *text = (options & 0x40) ? file : claim_text;
    size_t text_len = (options & 0x40) ? len : sizeof claim_text - 1;
    cck_scan_callbacks callbacks = {on_finding, NULL, &text_len};
    status = cck_scanner_scan(scanner, text, text_len, &callbacks, NULL);
    FUZZ_CHECK(status == CCK_OK || status == CCK_EUTF8 || status == CCK_ELIMIT);
    cck_scanner_free(scanner);
    cck_engine_free(engine);
    free(file);
    return 0;
}
