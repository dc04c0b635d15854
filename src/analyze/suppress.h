/* suppress.h - "claimcheck: ignore RULE reason" directives: finding them (directive lines
 * in text, directive pieces from the Markdown and HTML front ends), reporting the faulty
 * ones, and the finding callback that drops what a directive silences. The scanner only
 * calls in at its two entry points; see "Suppressing a reviewed finding" in claimcheck.h. */
#ifndef CCK_SUPPRESS_H
#define CCK_SUPPRESS_H

#include <stdint.h>

#include "claimcheck.h"
#include "util/util.h"

/* One directive that is in force. */
typedef struct cck_suppression {
    size_t at;        /* the directive's offset in the original */
    size_t from, to;  /* a finding whose sentence overlaps [from, to) is silenced */
    uint32_t rules;   /* 1u << category for each rule named */
    size_t silenced;  /* findings dropped so far */
    int alone;        /* no prose follows it in the text */
    size_t latest[CCK_CATEGORY_COUNT]; /* the last item up to this one naming each rule,
                                          SIZE_MAX when none */
} cck_suppression;

/* The directives of one scan and the callbacks that go around the caller's. */
typedef struct cck_suppress {
    const cck_scan_callbacks *user; /* may be NULL */
    cck_scan_callbacks wrapped;     /* hand these to the scan */
    cck_profile *profile;           /* hand this to the scan; never NULL */
    cck_profile local_profile;
    const char *original;
    size_t original_len;
    int comments;                   /* directives come from comments (for the examples) */
    cck_line_cursor cursor;
    cck_suppression *items;
    size_t count, cap;
    size_t next;                    /* the first item that may cover the next finding */
    size_t last_start;
    int silenced_last;              /* the last finding handed over was silenced */
} cck_suppress;

/* Whether buf[0..len) holds "claimcheck:" at all: text without it is scanned as if
 * this module did not exist. */
int cck_suppress_text_may_have(const char *buf, size_t len);

/* Readies s for a scan of original[0..len); profile may be NULL. */
void cck_suppress_init(cck_suppress *s, const char *original, size_t len,
                       const cck_scan_callbacks *user, cck_profile *profile);

/* Text: finds the directive lines of text (a copy of the original, same length),
 * turns each into spaces (keeping its line end, so it is a blank line: offsets do not
 * move and the paragraph before it ends), reports the faulty ones and records the
 * others. Returns CCK_OK, CCK_ENOMEM or CCK_ESTOP (the diagnostic callback said stop). */
int cck_suppress_read_text(cck_suppress *s, char *text, size_t len);

/* Pieces: reads the pieces with `directive` set; the scope of each is worked out
 * from the pieces after it. Same returns. */
int cck_suppress_read_pieces(cck_suppress *s, const cck_piece *pieces, size_t count);

/* After the scan, whose status was `status`: reports the directives that silenced
 * nothing (when the scan went through), frees s and returns the status to give. */
int cck_suppress_finish(cck_suppress *s, int status);

#endif /* CCK_SUPPRESS_H */
