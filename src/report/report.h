/* report.h - printers: findings and records rendered into a cck_buf, one record at a
 * time, so a caller can write each record whole (later, from parallel workers under a
 * lock). Printers never analyse and never write to a stream themselves. Every string
 * taken from the input goes through one escaping function per format (escape.c). */
#ifndef CCK_REPORT_H
#define CCK_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "claimcheck.h"
#include "util/util.h"

/* ---- escaping (escape.c) -------------------------------------------------------- */

/* Decodes one UTF-8 character at s[0..len) (len >= 1): returns its byte length and
 * stores the code point, or CCK_REPORT_INVALID with the length of the maximal invalid
 * prefix (one U+FFFD each, as Unicode recommends) for bytes that are not UTF-8. */
#define CCK_REPORT_INVALID 0xFFFFFFFFu
size_t cck_report_decode(const char *s, size_t len, uint32_t *cp);

/* Appends s[0..len) as a quoted JSON string: quotes, backslash and every control
 * character escaped, U+2028/U+2029 escaped, invalid UTF-8 and the analysis'
 * replacement byte 0x1A written as \ufffd. The output is always valid UTF-8. */
int cck_escape_json(cck_buf *out, const char *s, size_t len);

/* The same escaping, without the quotes, written to dst, which must have room for
 * CCK_JSON_ROOM(len) bytes (no escape is longer than six bytes per input byte).
 * Returns the end of what was written. For printers that reserve once per object. */
#define CCK_JSON_ROOM(len) (6 * (len))
char *cck_escape_json_to(char *dst, const char *s, size_t len);
/* Whether s[0..len) is printable ASCII with no '"' or '\\': its JSON escape is itself. */
int cck_json_is_plain(const char *s, size_t len);

enum {
    /* Newlines, tabs and other white space controls become one space each, runs of
     * them one space in all (for showing a sentence on one line). */
    CCK_ESCAPE_FLATTEN = 1u << 0
};

/* Appends s[0..len) made safe for a terminal: control characters shown in caret form
 * (^[, ^?), C1 controls and bidirectional overrides as <U+XXXX>, invalid UTF-8 and the
 * replacement byte 0x1A as U+FFFD. Returns CCK_OK or CCK_ENOMEM. */
int cck_escape_text(cck_buf *out, const char *s, size_t len, unsigned flags);

/* Terminal columns taken by a code point: 0 for combining marks and zero-width
 * characters, 2 for East Asian wide characters and emoji, 1 otherwise. */
int cck_report_char_width(uint32_t cp);

/* Columns taken by the (valid UTF-8) string s[0..len) on a terminal. */
size_t cck_report_text_width(const char *s, size_t len);

/* ---- what a printer is told about the record ------------------------------------ */

typedef enum cck_record_kind {
    CCK_REPORT_DOCUMENT = 0, /* a whole file or stdin read as one text */
    CCK_REPORT_LINE,         /* one line of a stream (--input lines) */
    CCK_REPORT_JSON          /* one JSON object of a stream (--input jsonl) */
} cck_record_kind;

/* The record the findings belong to. Findings point into text[0..length). */
typedef struct cck_report_record {
    cck_record_kind kind;
    const char *path;     /* display name ("<stdin>" for standard input); never NULL */
    int path_is_stdin;    /* unnamed stdin (no --label): JSONL stream records carry no
                           * "path", SARIF describes it instead of a URI */
    size_t record;        /* 1-based record number of a stream; 0 for documents */
    size_t line;          /* 1-based line of the stream where the record starts */
    const char *id;       /* NULL when the record has none */
    size_t id_length;
    int id_is_number;
    const char *text;
    size_t length;
    size_t text_offset;   /* text holds the record's bytes from this offset on (a window
                             of a document fed in pieces); 0 when it holds them all */
} cck_report_record;

/* ---- compiler-style text (text.c) ----------------------------------------------- */

typedef struct cck_text_style {
    int color; /* ANSI colours: bold location, red error, yellow warning, cyan info */
    int quiet; /* only the diagnostic line: no sentence, underline or suggestion */
} cck_text_style;

/* Appends one finding:
 *
 *     path:line:col: severity: message [rule-id]
 *         the sentence, on one line, with control characters made visible
 *                      ^~~~~~~~
 *       suggestion: the calibrated rewrite
 *
 * Stream records show the stream line; a JSON record's location has no column
 * (positions inside its decoded text do not match the file's columns). */
int cck_report_text_finding(cck_buf *out, const cck_report_record *record,
                            const cck_finding *finding, const cck_text_style *style);

/* Appends a problem with the input in the same GNU form: "path:line:col: error: msg"
 * (line and column are left out when 0). The message is escaped for the terminal. */
int cck_report_text_problem(cck_buf *out, const char *path, size_t line, size_t column,
                            const char *severity, const char *message,
                            const cck_text_style *style);

/* Run totals for the one-line summary. */
typedef struct cck_report_totals {
    size_t documents;   /* files (and stdin) read as one text */
    size_t records;     /* stream records */
    size_t findings[4]; /* reported findings by cck_severity */
    size_t problems;    /* inputs or records that could not be read or scanned cleanly */
    size_t suppression_warnings; /* faulty "claimcheck: ignore" directives */
} cck_report_totals;

/* Appends "3 files, 12 findings (2 errors, 9 warnings, 1 info)\n", with
 * "; 1 input problem" when there were problems and "; 2 suppression warnings" when
 * directives were faulty. */
int cck_report_text_summary(cck_buf *out, const cck_report_totals *totals);

/* ---- JSON Lines (jsonl.c) ------------------------------------------------------- */

/* One object per record, written in three steps: begin, each finding (index counts
 * from 0 and decides the commas), end. end closes the object and the line; profile
 * is NULL for a record that was not scanned, error non-NULL for a record that failed,
 * and diagnostics lists the problems that did not stop the scan (invalid UTF-8, NUL
 * bytes: "severity":"error"; faulty suppression directives: "warning"). */
int cck_report_jsonl_begin(cck_buf *out, const cck_report_record *record);
int cck_report_jsonl_finding(cck_buf *out, const cck_report_record *record,
                             const cck_finding *finding, size_t index);
/* The same for a finding whose message and explanation came JSON-escaped from a
 * scanner set to CCK_SCAN_JSON_TEXTS (analyze.h): they are copied as they are. */
int cck_report_jsonl_finding_escaped(cck_buf *out, const cck_report_record *record,
                                     const cck_finding *finding, size_t index);
int cck_report_jsonl_end(cck_buf *out, const cck_report_record *record,
                         const cck_profile *profile, const cck_error *diagnostics,
                         size_t diagnostic_count, const char *error);

/* The name of finding flag bit `bit` (CCK_FINDING_HEDGED is bit 0: "hedged"), as JSON,
 * JSON Lines and SARIF print it; NULL past the last flag. */
const char *cck_report_flag_name(unsigned bit);

#endif /* CCK_REPORT_H */
