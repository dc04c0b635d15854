/* compile.c - STUB until the lexicon module lands: an engine with no entries. */
#include "lexicon/lexicon.h"

int cck_engine_new(const cck_lexicon *lexicon, const cck_options *options, cck_engine **engine, cck_error *error)
{
    (void)lexicon; (void)error;
    cck_engine *e = cck_calloc(1, sizeof *e);
    if (!e) return CCK_ENOMEM;
    if (options) e->options = *options; else cck_options_init(&e->options);
    *engine = e;
    return CCK_OK;
}
void cck_engine_free(cck_engine *engine) { cck_free(engine); }
