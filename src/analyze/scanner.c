/* scanner.c - STUB until the analyzer lands: scans find nothing. */
#include <string.h>
#include "lexicon/lexicon.h"

struct cck_scanner { const cck_engine *engine; };

void cck_options_init(cck_options *options)
{
    memset(options, 0, sizeof *options);
}
cck_scanner *cck_scanner_new(const cck_engine *engine)
{
    cck_scanner *s = cck_calloc(1, sizeof *s);
    if (s) s->engine = engine;
    return s;
}
void cck_scanner_free(cck_scanner *scanner) { cck_free(scanner); }
int cck_scanner_scan(cck_scanner *scanner, const char *buf, size_t len, const cck_scan_callbacks *callbacks, cck_profile *profile)
{
    (void)scanner; (void)buf; (void)callbacks;
    if (profile) { memset(profile, 0, sizeof *profile); profile->bytes = len; }
    return CCK_OK;
}
int cck_scanner_scan_pieces(cck_scanner *scanner, const char *original, size_t original_len, const cck_piece *pieces, size_t piece_count, const cck_scan_callbacks *callbacks, cck_profile *profile)
{
    (void)pieces; (void)piece_count;
    return cck_scanner_scan(scanner, original, original_len, callbacks, profile);
}
void cck_profile_add(cck_profile *total, const cck_profile *part) { total->bytes += part->bytes; }
