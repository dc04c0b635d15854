/* test_oom.c - out of memory along the library's main paths. For N = 1, 2, 3, ...
 * the Nth library allocation of an operation fails; the operation must then report
 * CCK_ENOMEM (or, where it can, go on unharmed), leave its objects usable, and leak
 * nothing; N grows until the operation runs through without reaching N.
 *
 * Leaks: every step frees everything it made, so the heap bytes in use must come back
 * to where they were before the step. They are counted by the allocator itself
 * (failalloc.c): glibc's count in an ordinary build (with its thread cache off),
 * ASan's in the sanitizer build, where LeakSanitizer also checks at exit. A leak fails
 * the test naming the operation and N. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "failalloc.h"
#include "input/input.h"
#include "lexicon/lexicon_private.h"
#include "report/report.h"

/* A claim-rich text: topics, claims of several categories, hedges, negation,
 * evidence, a question, invalid UTF-8 and a NUL byte (diagnostics), a long sentence. */
static const char claim_text[] =
    "Stem Cell Therapy for Knees\n\n"
    "Our stem cell therapy is the breakthrough that thousands have been waiting for. "
    "Our stem cells regenerate worn cartilage and cure arthritis for good, with no side "
    "effects. It is FDA approved and 100% safe! You can skip knee replacement.\n\n"
    "In a study on rats, cord-derived cells rebuilt cartilage, so they will heal your "
    "knee too. My patients say PRP healed their tendons \xE2\x80\x94 it is proven.\n"
    "A small trial (n = 24) suggests PRP may ease pain in some patients. There is no "
    "good evidence that exosomes reverse aging. Could stem cells prevent injuries? "
    "If it worked, you would not need surgery. Bad bytes: \xC0\xAF and \xFF here.\n"
    "- prevents arthritis\n- regrows hair\n";

/* What a scan reported, to compare a scan after a failure with the reference. */
typedef struct scan_result {
    int status;
    size_t findings;
    size_t diagnostics;
    uint64_t digest;
    cck_profile profile;
    /* printing into these when print is set */
    int print;
    int print_failed;
    cck_buf text;
    cck_buf jsonl;
} scan_result;

static void mix(scan_result *r, uint64_t value)
{
    r->digest = (r->digest ^ value) * 1099511628211u;
}

static int on_finding(const cck_finding *f, void *user_data)
{
    scan_result *r = user_data;
    mix(r, f->trigger.offset);
    mix(r, f->trigger.length);
    mix(r, (uint64_t)f->severity);
    mix(r, cck_hash_bytes(f->message, strlen(f->message)));
    if (f->suggestion)
        mix(r, cck_hash_bytes(f->suggestion, strlen(f->suggestion)));
    if (r->print) {
        cck_report_record record = {.kind = CCK_REPORT_DOCUMENT, .path = "oom.txt",
                                    .text = claim_text, .length = sizeof claim_text - 1};
        cck_text_style style = {0, 0};
        if (cck_report_text_finding(&r->text, &record, f, &style) != CCK_OK ||
            cck_report_jsonl_finding(&r->jsonl, &record, f, r->findings) != CCK_OK) {
            r->print_failed = 1;
            return 1;
        }
    }
    r->findings++;
    return 0;
}

static int on_diagnostic(const cck_error *d, void *user_data)
{
    scan_result *r = user_data;
    mix(r, d->byte_offset);
    r->diagnostics++;
    return 0;
}

static void result_init(scan_result *r, int print)
{
    memset(r, 0, sizeof *r);
    r->digest = 14695981039346656037u;
    r->print = print;
    cck_buf_init(&r->text);
    cck_buf_init(&r->jsonl);
}

static void result_free(scan_result *r)
{
    cck_buf_free(&r->text);
    cck_buf_free(&r->jsonl);
}

static int same_result(const scan_result *a, const scan_result *b)
{
    return a->status == b->status && a->findings == b->findings &&
           a->diagnostics == b->diagnostics && a->digest == b->digest &&
           memcmp(&a->profile, &b->profile, sizeof a->profile) == 0;
}

/* ---- the operations: each one builds what it needs, runs, and frees all ----------- */

/* One step of an operation: returns the status of the part that ran armed. */
typedef int (*oom_step)(unsigned long n, void *context);

typedef struct oom_fixture {
    cck_lexicon *lexicon;   /* the defaults and extra_lexicon, for cck_engine_new */
    cck_engine *engine;     /* built unarmed, shared by the scanning steps */
    scan_result reference;  /* the unarmed scan */
    scan_result printed;    /* the unarmed scan with printing */
} oom_fixture;

static int step_lexicon_load_defaults(unsigned long n, void *context)
{
    (void)context;
    cck_error error;
    cck_error_clear(&error);
    failalloc_arm(n);
    cck_lexicon *lexicon = cck_lexicon_new();
    int status = lexicon ? cck_lexicon_load_defaults(lexicon, &error) : CCK_ENOMEM;
    failalloc_disarm();
    if (lexicon && status == CCK_ENOMEM)
        assert_int_equal(error.status, CCK_ENOMEM);
    if (lexicon && status == CCK_OK)
        assert_true(cck_lexicon_get_entry_count(lexicon) > 100);
    cck_lexicon_free(lexicon);
    return status;
}

static const char extra_lexicon[] =
    "# words and patterns of every kind\n"
    "claim/cure 5 cure{~,s,d} => may ease\n"
    "topic - {stem,mesenchymal} cell{,s}\n"
    "negation/pre - no ... evidence\n"
    "evidence 3 /\\bn\\s*=\\s*[0-9]+/\n"
    "evidence 4 /\\brandomi[sz]ed\\b/\n"
    "hedge 2 early studies suggest => early studies suggest\n";

static int step_lexicon_load_buffer(unsigned long n, void *context)
{
    (void)context;
    cck_lexicon *lexicon = cck_lexicon_new();
    assert_non_null(lexicon);
    cck_error error;
    cck_error_clear(&error);
    failalloc_arm(n);
    int status = cck_lexicon_load_buffer(lexicon, "extra.lex", extra_lexicon,
                                         sizeof extra_lexicon - 1, &error);
    failalloc_disarm();
    if (status == CCK_ENOMEM)
        assert_int_equal(cck_lexicon_get_entry_count(lexicon), 0);
    cck_lexicon_free(lexicon);
    return status;
}

static int step_engine_new(unsigned long n, void *context)
{
    oom_fixture *fixture = context;
    cck_error error;
    cck_engine *engine = NULL;
    cck_error_clear(&error);
    failalloc_arm(n);
    int status = cck_engine_new(fixture->lexicon, NULL, &engine, &error);
    failalloc_disarm();
    if (status != CCK_OK)
        assert_null(engine);
    else
        assert_non_null(engine);
    cck_engine_free(engine);
    return status;
}

static int step_scanner_new(unsigned long n, void *context)
{
    oom_fixture *fixture = context;
    failalloc_arm(n);
    cck_scanner *scanner = cck_scanner_new(fixture->engine);
    failalloc_disarm();
    int status = scanner ? CCK_OK : CCK_ENOMEM;
    cck_scanner_free(scanner);
    return status;
}

/* Scans claim_text (whole, or as pieces when pieces is set) with an armed allocator,
 * then again unarmed on the same scanner: the second scan must match the reference. */
static int scan_step(oom_fixture *fixture, unsigned long n, int pieces, int print)
{
    cck_scanner *scanner = cck_scanner_new(fixture->engine);
    assert_non_null(scanner);
    size_t len = sizeof claim_text - 1;
    /* Pieces: the text cut at every paragraph, each a verbatim piece. */
    cck_piece parts[16];
    size_t count = 0, at = 0;
    while (at < len && count < 16) {
        const char *end = strstr(claim_text + at, "\n\n");
        size_t stop = end ? (size_t)(end - claim_text) : len;
        parts[count] = (cck_piece){claim_text + at, stop - at, at, stop - at, 1, count > 0, 0};
        count++;
        at = end ? stop + 2 : len;
    }
    scan_result armed, again;
    result_init(&armed, print);
    result_init(&again, 0);
    cck_scan_callbacks callbacks = {on_finding, on_diagnostic, &armed};
    failalloc_arm(n);
    if (pieces)
        armed.status = cck_scanner_scan_pieces(scanner, claim_text, len, parts, count,
                                               &callbacks, &armed.profile);
    else
        armed.status = cck_scanner_scan(scanner, claim_text, len, &callbacks, &armed.profile);
    failalloc_disarm();
    int status = armed.status;
    if (armed.print_failed) {
        assert_int_equal(status, CCK_ESTOP);
        status = CCK_ENOMEM;
    } else if (!failalloc_fired()) {
        assert_true(same_result(&armed, print ? &fixture->printed : &fixture->reference));
        if (print) {
            assert_string_equal(armed.text.data, fixture->printed.text.data);
            assert_string_equal(armed.jsonl.data, fixture->printed.jsonl.data);
        }
    }
    /* The scanner is still usable after a failure. */
    callbacks.user_data = &again;
    if (pieces)
        again.status = cck_scanner_scan_pieces(scanner, claim_text, len, parts, count,
                                               &callbacks, &again.profile);
    else
        again.status = cck_scanner_scan(scanner, claim_text, len, &callbacks, &again.profile);
    assert_true(same_result(&again, &fixture->reference));
    result_free(&armed);
    result_free(&again);
    cck_scanner_free(scanner);
    /* The scan reports bad UTF-8 as CCK_EUTF8 when nothing worse happened. */
    return status == CCK_EUTF8 ? CCK_OK : status;
}

static int step_scan(unsigned long n, void *context) { return scan_step(context, n, 0, 0); }
static int step_scan_pieces(unsigned long n, void *context) { return scan_step(context, n, 1, 0); }
static int step_scan_print(unsigned long n, void *context) { return scan_step(context, n, 0, 1); }

static const char jsonl_stream[] =
    "{\"id\":1,\"text\":\"Stem cells cure arthritis.\"}\n"
    "{\"id_str\":\"b2\",\"full_text\":\"PRP may ease pain (n = 40).\"}\n"
    "not json at all\n"
    "\n"
    "{\"id\":{\"x\":1},\"text\":\"bad id\"}\n"
    "{\"id\":2.5,\"text\":42}\n"
    "{\"id\":3,\"text\":\"Exosomes are 100% safe \\u00e9\"}\r\n"
    "{\"id\":4,\"text\":\"no newline at the end\"}";

/* Reads every record; returns CCK_ENOMEM when the reader could not be made or a
 * record could not be read, after checking the records before it. */
static int step_records(unsigned long n, void *context)
{
    (void)context;
    FILE *stream = fmemopen((void *)jsonl_stream, sizeof jsonl_stream - 1, "r");
    assert_non_null(stream);
    cck_record_options options = {.mode = CCK_RECORD_JSONL, .max_record_bytes = 64};
    int status = CCK_OK;
    failalloc_arm(n);
    cck_record_reader *reader = cck_record_reader_new(stream, &options);
    size_t records = 0;
    if (!reader) {
        status = CCK_ENOMEM;
    } else {
        cck_record record;
        cck_error error;
        int got;
        while ((got = cck_record_reader_next(reader, &record, &error)) == 1) {
            records++;
            assert_int_equal(record.number, records);
            assert_true((record.error != NULL) != (record.text != NULL));
        }
        if (got < 0) {
            assert_int_equal(got, CCK_ENOMEM);
            assert_int_equal(error.status, CCK_ENOMEM);
            status = CCK_ENOMEM;
        } else {
            assert_int_equal(records, 8);
        }
    }
    failalloc_disarm();
    cck_record_reader_free(reader);
    fclose(stream);
    return status;
}

/* ---- the loop ------------------------------------------------------------------------ */

/* Runs step for N = 1, 2, ... until it no longer reaches the Nth allocation. skip
 * lists values of N left out (known library bugs, named where the list is made). */
static void run_every_n(const char *name, oom_step step, void *context,
                        const unsigned long *skip, size_t skip_count)
{
    /* Warm up: libc makes some allocations of its own the first time (stdio, locale). */
    assert_int_equal(step(0, context), CCK_OK);
    /* CCK_OOM_STRIDE=s (the sanitizer build sets it; those builds are slow) tries every
     * N up to 64, then every s-th one. */
    const char *stride_env = getenv("CCK_OOM_STRIDE");
    unsigned long stride = stride_env ? strtoul(stride_env, NULL, 10) : 1;
    if (stride == 0)
        stride = 1;
    unsigned long n = 1, tried = 0;
    for (;; n += n < 64 ? 1 : stride) {
        int skipped = 0;
        for (size_t i = 0; i < skip_count; i++)
            skipped |= skip[i] == n;
        if (skipped)
            continue;
        size_t before = failalloc_heap_in_use();
        int status = step(n, context);
        size_t after = failalloc_heap_in_use();
        int fired = failalloc_fired();
        if (fired && status != CCK_ENOMEM)
            fail_msg("%s: allocation %lu failed but the status is %d (%s), not CCK_ENOMEM",
                     name, n, status, cck_status_string(status));
        if (!fired && status != CCK_OK)
            fail_msg("%s: with no failure (N = %lu) the status is %d", name, n, status);
        if (after != before)
            fail_msg("%s: allocation %lu failed and %zd bytes were leaked", name, n,
                     (ptrdiff_t)(after - before));
        tried++;
        if (!fired)
            break;
    }
    print_message("%s: %lu allocations; %lu of them failed in turn (stride %lu past 64), "
                  "no leak\n",
                  name, failalloc_calls(), tried - 1, stride);
}

static int setup(void **state)
{
    oom_fixture *fixture = calloc(1, sizeof *fixture);
    assert_non_null(fixture);
    failalloc_arm(0);
    cck_error error;
    cck_lexicon *lexicon = cck_lexicon_new();
    assert_non_null(lexicon);
    assert_int_equal(cck_lexicon_load_defaults(lexicon, &error), CCK_OK);
    assert_int_equal(cck_engine_new(lexicon, NULL, &fixture->engine, &error), CCK_OK);
    assert_int_equal(cck_lexicon_load_buffer(lexicon, "extra.lex", extra_lexicon,
                                             sizeof extra_lexicon - 1, &error),
                     CCK_OK);
    fixture->lexicon = lexicon;
    cck_scanner *scanner = cck_scanner_new(fixture->engine);
    assert_non_null(scanner);
    scan_result *results[2] = {&fixture->reference, &fixture->printed};
    for (int print = 0; print < 2; print++) {
        scan_result *r = results[print];
        result_init(r, print);
        cck_scan_callbacks callbacks = {on_finding, on_diagnostic, r};
        r->status = cck_scanner_scan(scanner, claim_text, sizeof claim_text - 1, &callbacks,
                                     &r->profile);
        assert_int_equal(r->status, CCK_EUTF8);
        assert_true(r->findings >= 5); /* the text is claim-rich */
        assert_true(r->diagnostics >= 1);
    }
    cck_scanner_free(scanner);
    *state = fixture;
    return 0;
}

static int teardown(void **state)
{
    oom_fixture *fixture = *state;
    result_free(&fixture->reference);
    result_free(&fixture->printed);
    cck_engine_free(fixture->engine);
    cck_lexicon_free(fixture->lexicon);
    free(fixture);
    return 0;
}

static void test_oom_lexicon_load_defaults(void **state)
{
    run_every_n("cck_lexicon_load_defaults", step_lexicon_load_defaults, *state, NULL, 0);
}

static void test_oom_lexicon_load_buffer(void **state)
{
    run_every_n("cck_lexicon_load_buffer", step_lexicon_load_buffer, *state, NULL, 0);
}

static void test_oom_engine_new(void **state)
{
    /* this copy of the library links snapshot_none.c, so the engine builds its trie
     * and every allocation of that build is failed in turn */
    assert_null(cck_trie_snapshot_default());
    run_every_n("cck_engine_new", step_engine_new, *state, NULL, 0);
}

static void test_oom_scanner_new(void **state)
{
    run_every_n("cck_scanner_new", step_scanner_new, *state, NULL, 0);
}

static void test_oom_scan(void **state)
{
    run_every_n("cck_scanner_scan", step_scan, *state, NULL, 0);
}

static void test_oom_scan_pieces(void **state)
{
    run_every_n("cck_scanner_scan_pieces", step_scan_pieces, *state, NULL, 0);
}

static void test_oom_scan_and_print(void **state)
{
    run_every_n("scan with the text and JSON Lines printers", step_scan_print, *state, NULL,
                0);
}

static void test_oom_record_reader(void **state)
{
    run_every_n("cck_record_reader (JSON Lines)", step_records, *state, NULL, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_oom_lexicon_load_defaults),
        cmocka_unit_test(test_oom_lexicon_load_buffer),
        cmocka_unit_test(test_oom_engine_new),
        cmocka_unit_test(test_oom_scanner_new),
        cmocka_unit_test(test_oom_scan),
        cmocka_unit_test(test_oom_scan_pieces),
        cmocka_unit_test(test_oom_scan_and_print),
        cmocka_unit_test(test_oom_record_reader),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
