/* fuzz_scan.c - fuzz target for the full analysis of one record.
 *
 * Option byte: bit 0 all_topics; bit 1 scans through cck_scanner_scan_pieces with the
 * pieces a tiny markup front end makes (tags <...> dropped, a <p> or a blank line
 * breaks the paragraph, &name; entities become one non-verbatim piece, the text of a
 * <!--...> comment a directive piece), else
 * cck_scanner_scan on the bytes as they are; bit 2 the finding callback stops the
 * scan at the finding named by the second byte; bit 3 the diagnostic callback stops
 * at the first diagnostic. Then a second byte, then the record.
 * Checks: the status is one the contract allows; every span lies inside the original
 * input, cues and trigger inside the reported bytes, findings in order; lines and
 * columns match an independent count when the input is valid UTF-8; the profile
 * agrees with the callbacks; scanning again gives the same findings. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "util/util.h"

#define MAX_PIECES 4096

typedef struct scan_log {
    const char *original;
    size_t len;
    int valid_utf8;
    int stop_finding; /* stop at this finding (1-based), 0 never */
    int stop_diagnostic;
    size_t findings;
    size_t diagnostics;
    size_t utf8_diagnostics; /* of those, about invalid UTF-8 */
    size_t last_sentence;
    uint64_t digest; /* of everything reported, to compare two scans */
} scan_log;

static void mix(scan_log *log, uint64_t value)
{
    log->digest = (log->digest ^ value) * 1099511628211u;
}

/* Line and column of offset counted here: lines by '\n', columns in code points; a
 * byte order mark opening the text is not a column (len is the text's length). */
static void line_col(const char *s, size_t len, size_t offset, size_t *line, size_t *column)
{
    *line = 1;
    *column = 1;
    size_t i = 0;
    if (len >= 3 && offset >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    for (; i < offset; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') {
            (*line)++;
            *column = 1;
        } else if ((c & 0xC0) != 0x80) {
            (*column)++;
        }
    }
}

static void check_span(const scan_log *log, const cck_span *span)
{
    FUZZ_CHECK(span->offset <= log->len);
    FUZZ_CHECK(span->length <= log->len - span->offset);
    FUZZ_CHECK(span->line >= 1 && span->column >= 1);
    FUZZ_CHECK(span->end_line > span->line ||
               (span->end_line == span->line && span->end_column >= span->column));
    if (log->valid_utf8) {
        size_t line, column;
        line_col(log->original, log->len, span->offset, &line, &column);
        FUZZ_CHECK(span->line == line && span->column == column);
        line_col(log->original, log->len, span->offset + span->length, &line, &column);
        FUZZ_CHECK(span->end_line == line && span->end_column == column);
    }
}

static int on_finding(const cck_finding *f, void *user_data)
{
    scan_log *log = user_data;
    log->findings++;
    FUZZ_CHECK(f->rule != NULL && f->rule->id != NULL);
    FUZZ_CHECK(f->rule == cck_rule_get(f->rule->category));
    FUZZ_CHECK(f->severity >= CCK_SEVERITY_INFO && f->severity <= CCK_SEVERITY_ERROR);
    FUZZ_CHECK(f->claim_level >= 0 && f->claim_level <= 5);
    FUZZ_CHECK(f->evidence_level >= 0 && f->evidence_level <= 5);
    FUZZ_CHECK(f->message != NULL && f->message[0] != '\0');
    FUZZ_CHECK(fuzz_utf8_is_valid(f->message, strlen(f->message)));
    if (f->explanation)
        FUZZ_CHECK(fuzz_utf8_is_valid(f->explanation, strlen(f->explanation)));
    if (f->suggestion)
        FUZZ_CHECK(fuzz_utf8_is_valid(f->suggestion, strlen(f->suggestion)));
    check_span(log, &f->trigger);
    check_span(log, &f->sentence);
    FUZZ_CHECK(f->trigger.offset >= f->sentence.offset);
    FUZZ_CHECK(f->trigger.offset + f->trigger.length <=
               f->sentence.offset + f->sentence.length);
    FUZZ_CHECK(f->sentence.offset >= log->last_sentence);
    log->last_sentence = f->sentence.offset;
    FUZZ_CHECK(f->cue_count == 0 || f->cues != NULL);
    for (size_t i = 0; i < f->cue_count; i++) {
        const cck_cue *cue = &f->cues[i];
        FUZZ_CHECK((int)cue->kind >= 0 && cue->kind < CCK_CUE_KIND_COUNT);
        FUZZ_CHECK(cue->category != NULL);
        FUZZ_CHECK(cue->level >= -1 && cue->level <= 5);
        check_span(log, &cue->span);
        mix(log, cue->span.offset);
    }
    mix(log, f->trigger.offset);
    mix(log, f->trigger.length);
    mix(log, (uint64_t)f->severity);
    mix(log, (uint64_t)f->rule->category);
    mix(log, cck_hash_bytes(f->message, strlen(f->message)));
    if (f->suggestion)
        mix(log, cck_hash_bytes(f->suggestion, strlen(f->suggestion)));
    return log->stop_finding && (size_t)log->stop_finding == log->findings;
}

static int on_diagnostic(const cck_error *d, void *user_data)
{
    scan_log *log = user_data;
    log->diagnostics++;
    log->utf8_diagnostics += d->status == CCK_EUTF8;
    FUZZ_CHECK(d->status == CCK_EUTF8 || d->status == CCK_ESUPPRESS);
    FUZZ_CHECK(d->byte_offset < log->len);
    FUZZ_CHECK(d->line >= 1 && d->column >= 1);
    FUZZ_CHECK(d->message[0] != '\0');
    mix(log, d->byte_offset);
    return log->stop_diagnostic;
}

/* Cuts the original into pieces as a markup front end would. */
static size_t make_pieces(const char *s, size_t len, cck_piece *pieces)
{
    size_t count = 0, at = 0;
    int pending_break = 0;
    while (at < len && count < MAX_PIECES) {
        if (s[at] == '<') {
            const char *close = memchr(s + at, '>', len - at);
            size_t end = close ? (size_t)(close - s) + 1 : len;
            if (end - at >= 2 && (s[at + 1] == 'p' || s[at + 1] == 'P'))
                pending_break = 1;
            if (end - at > 5 && memcmp(s + at, "<!--", 4) == 0) {
                /* a comment: its text is a directive piece (read when it starts with
                 * "claimcheck:", passed over otherwise) */
                cck_piece *p = &pieces[count++];
                memset(p, 0, sizeof *p);
                p->offset = at + 4;
                p->text = s + at + 4;
                p->length = p->original_length = end - at - 5;
                p->verbatim = 1;
                p->directive = 1;
            }
            at = end;
            continue;
        }
        cck_piece *p = &pieces[count];
        memset(p, 0, sizeof *p);
        p->offset = at;
        p->breaks = pending_break;
        pending_break = 0;
        const char *semi = s[at] == '&' ? memchr(s + at, ';', len - at < 10 ? len - at : 10)
                                        : NULL;
        if (semi) {
            /* An entity: its replacement text stands for all of its bytes. */
            p->text = (s[at + 1] == 'n') ? "\xC2\xA0" : "\xE2\x80\x99";
            p->length = strlen(p->text);
            p->original_length = (size_t)(semi - (s + at)) + 1;
            p->verbatim = 0;
            at += p->original_length;
        } else {
            size_t end = at;
            while (end < len && s[end] != '<' && (end == at || s[end] != '&'))
                end++;
            p->text = s + at;
            p->length = end - at;
            p->original_length = p->length;
            p->verbatim = 1;
            at = end;
        }
        count++;
    }
    return count;
}

static int scan_once(cck_scanner *scanner, int use_pieces, const char *text, size_t len,
                     const cck_piece *pieces, size_t piece_count, scan_log *log,
                     cck_profile *profile)
{
    log->findings = log->diagnostics = log->utf8_diagnostics = log->last_sentence = 0;
    log->digest = 14695981039346656037u;
    cck_scan_callbacks callbacks = {on_finding, on_diagnostic, log};
    if (use_pieces)
        return cck_scanner_scan_pieces(scanner, text, len, pieces, piece_count, &callbacks,
                                       profile);
    return cck_scanner_scan(scanner, text, len, &callbacks, profile);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size};
    unsigned options = fuzz_take_byte(&in);
    unsigned stop_at = fuzz_take_byte(&in);
    char *text = fuzz_copy(in.data, in.size);
    size_t len = in.size;
    int use_pieces = (options & 2) != 0;

    cck_piece *pieces = NULL;
    size_t piece_count = 0;
    if (use_pieces) {
        pieces = malloc(MAX_PIECES * sizeof *pieces);
        FUZZ_CHECK(pieces != NULL);
        piece_count = make_pieces(text, len, pieces);
    }
    cck_scanner *scanner = cck_scanner_new(fuzz_default_engine(options & 1));
    FUZZ_CHECK(scanner != NULL);
    scan_log log = {text, len, fuzz_utf8_is_valid(text, len), 0, 0, 0, 0, 0, 0, 0};
    log.stop_finding = (options & 4) ? (int)(stop_at % 8) + 1 : 0;
    log.stop_diagnostic = (options & 8) != 0;

    cck_profile profile;
    int status = scan_once(scanner, use_pieces, text, len, pieces, piece_count, &log,
                           &profile);
    FUZZ_CHECK(status == CCK_OK || status == CCK_EUTF8 || status == CCK_ELIMIT ||
               status == CCK_ESTOP);
    int stopped = status == CCK_ESTOP;
    FUZZ_CHECK(!stopped || log.stop_finding || log.stop_diagnostic);
    if (!stopped) {
        FUZZ_CHECK(profile.bytes == len);
        size_t reported = profile.findings[1] + profile.findings[2] + profile.findings[3];
        FUZZ_CHECK(reported == log.findings);
        FUZZ_CHECK(profile.claim_level >= 0 && profile.claim_level <= 5);
        FUZZ_CHECK(profile.evidence_level >= 0 && profile.evidence_level <= 5);
        FUZZ_CHECK(profile.hedged_claims <= profile.claims);
        FUZZ_CHECK(profile.sourced_claims <= profile.claims);
        if (status == CCK_EUTF8)
            FUZZ_CHECK(log.utf8_diagnostics > 0 && profile.invalid_utf8 > 0);
        if (!use_pieces && log.valid_utf8 && !memchr(text, '\0', len))
            FUZZ_CHECK(status != CCK_EUTF8 && log.utf8_diagnostics == 0);
    }

    /* The same record again, on the same scanner: the same report. */
    uint64_t digest = log.digest;
    size_t findings = log.findings, diagnostics = log.diagnostics;
    cck_profile again;
    int status2 = scan_once(scanner, use_pieces, text, len, pieces, piece_count, &log, &again);
    FUZZ_CHECK(status2 == status);
    FUZZ_CHECK(log.digest == digest && log.findings == findings &&
               log.diagnostics == diagnostics);
    if (!stopped)
        FUZZ_CHECK(memcmp(&profile, &again, sizeof profile) == 0);

    cck_scanner_free(scanner);
    free(pieces);
    free(text);
    return 0;
}
