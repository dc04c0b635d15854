/* engine_fixture.h - a cmocka group fixture shared by unit tests: engines compiled from
 * the default lexicons, one with the default options and one with all_topics set, each
 * with a scanner, made in group_setup and freed in group_teardown. Include after
 * cmocka.h and claimcheck.h. */
#ifndef CCK_TEST_ENGINE_FIXTURE_H
#define CCK_TEST_ENGINE_FIXTURE_H

#include <string.h>

typedef struct fixture {
    cck_engine *engine; /* default options: regenerative-medicine topics only */
    cck_scanner *scanner;
    cck_engine *all_engine; /* all_topics set */
    cck_scanner *all_scanner;
} fixture;

static cck_engine *build_engine(int all_topics)
{
    cck_error error;
    memset(&error, 0, sizeof error);
    cck_lexicon *lexicon = cck_lexicon_new();
    int status = lexicon ? cck_lexicon_load_defaults(lexicon, &error) : CCK_ENOMEM;
    cck_engine *engine = NULL;
    if (status == CCK_OK) {
        cck_options options;
        cck_options_init(&options);
        options.all_topics = all_topics;
        status = cck_engine_new(lexicon, &options, &engine, &error);
    }
    cck_lexicon_free(lexicon);
    if (status != CCK_OK)
        print_error("engine: %s:%zu:%zu: %s\n", error.path, error.line, error.column,
                    error.message[0] ? error.message : cck_status_string(status));
    return engine;
}

static int group_teardown(void **state)
{
    fixture *fx = *state;
    if (!fx)
        return 0;
    cck_scanner_free(fx->scanner);
    cck_engine_free(fx->engine);
    cck_scanner_free(fx->all_scanner);
    cck_engine_free(fx->all_engine);
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
    fx->engine = build_engine(0);
    fx->all_engine = build_engine(1);
    if (fx->engine)
        fx->scanner = cck_scanner_new(fx->engine);
    if (fx->all_engine)
        fx->all_scanner = cck_scanner_new(fx->all_engine);
    if (!fx->scanner || !fx->all_scanner) {
        group_teardown(state);
        return -1;
    }
    return 0;
}

#endif /* CCK_TEST_ENGINE_FIXTURE_H */
