/* parse.c - STUB until the lexicon module lands: an empty lexicon. */
#include "lexicon/lexicon.h"

struct cck_lexicon { size_t count; };

cck_lexicon *cck_lexicon_new(void) { return cck_calloc(1, sizeof(cck_lexicon)); }
void cck_lexicon_free(cck_lexicon *lexicon) { cck_free(lexicon); }
int cck_lexicon_load_defaults(cck_lexicon *lexicon, cck_error *error) { (void)lexicon; (void)error; return CCK_OK; }
int cck_lexicon_load_buffer(cck_lexicon *lexicon, const char *name, const char *buf, size_t len, cck_error *error) { (void)lexicon; (void)name; (void)buf; (void)len; (void)error; return CCK_OK; }
int cck_lexicon_load_file(cck_lexicon *lexicon, const char *path, cck_error *error) { (void)lexicon; (void)path; (void)error; return CCK_OK; }
int cck_lexicon_load_dir(cck_lexicon *lexicon, const char *dir, cck_error *error) { (void)lexicon; (void)dir; (void)error; return CCK_OK; }
size_t cck_lexicon_get_entry_count(const cck_lexicon *lexicon) { return lexicon->count; }
int cck_lexicon_check_file(const char *path, cck_error_fn on_error, void *user_data) { (void)path; (void)on_error; (void)user_data; return CCK_OK; }
int cck_lexicon_check_buffer(const char *name, const char *buf, size_t len, cck_error_fn on_error, void *user_data) { (void)name; (void)buf; (void)len; (void)on_error; (void)user_data; return CCK_OK; }
