/* engine_fixture.h - a cmocka group fixture shared by unit tests: one engine compiled
 * from the default lexicons and one scanner, made in group_setup, freed in
 * group_teardown. Include after cmocka.h and claimcheck.h. */
#ifndef CCK_TEST_ENGINE_FIXTURE_H
#define CCK_TEST_ENGINE_FIXTURE_H

#include <string.h>

typedef struct fixture {
    cck_engine *engine;
    cck_scanner *scanner;
} fixture;

static int group_teardown(void **state)
{
    fixture *fx = *state;
    if (!fx)
        return 0;
    cck_scanner_free(fx->scanner);
    cck_engine_free(fx->engine);
    test_free(fx);
    *state = NULL;
    return 0;
}

static int group_setup(void **state)
{
    fixture *fx = test_calloc(1, sizeof *fx);
    if (!fx)
        return -1;
    *state = fx;
    cck_error error;
    memset(&error, 0, sizeof error);
    cck_lexicon *lexicon = cck_lexicon_new();
    int status = lexicon ? cck_lexicon_load_defaults(lexicon, &error) : CCK_ENOMEM;
    if (status == CCK_OK)
        status = cck_engine_new(lexicon, NULL, &fx->engine, &error);
    cck_lexicon_free(lexicon);
    if (status != CCK_OK)
        print_error("engine: %s:%zu:%zu: %s\n", error.path, error.line, error.column,
                    error.message[0] ? error.message : cck_status_string(status));
    if (fx->engine)
        fx->scanner = cck_scanner_new(fx->engine);
    if (!fx->scanner) {
        group_teardown(state);
        return -1;
    }
    return 0;
}

#endif /* CCK_TEST_ENGINE_FIXTURE_H */
