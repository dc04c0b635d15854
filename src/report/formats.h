/* formats.h - the whole-run printers (JSON document, SARIF 2.1.0, CSV, HTML report,
 * summary table), the finding list that keeps a record's findings past the scanner's
 * callback, and the escaping those formats need. Like report.h, every printer writes
 * into a cck_buf and never to a stream; the caller writes each buffer out whole.
 *
 * How a caller drives a printer (X is json, sarif, csv, html or summary):
 *
 *     cck_report_run run;
 *     cck_report_run_init(&run, &options);          // options may be NULL
 *     cck_report_X_begin(&out, &run);               // write out
 *     for each file or stream record, in output order:
 *         cck_finding_list_clear(&list);
 *         scan, appending each reported finding: cck_finding_list_append(&list, f)
 *         cck_report_entry entry = {&record, list.items, list.count, &profile,
 *                                   diagnostics, diagnostic_count, error};
 *         cck_report_X_entry(&out, &run, &entry);   // write out; adds to run's totals
 *     cck_report_X_end(&out, &run);                 // write out
 *     cck_report_run_free(&run);
 *
 * The run keeps what the output needs from one entry to the next (separators, ids,
 * SARIF notifications, the ranked rows), so the _entry calls are made by one thread,
 * in output order: with parallel workers, by the writer, from the findings, profile
 * and text the worker kept for it. They cost time linear in the record's text and
 * findings, small next to the scan. Every function returns CCK_OK or CCK_ENOMEM.
 *
 * One cck_report_run serves one printer: two printers in one run (say JSON to a file
 * and the summary to stderr) each need their own, or the totals count twice. */
#ifndef CCK_REPORT_FORMATS_H
#define CCK_REPORT_FORMATS_H

#include <stddef.h>

#include "report/report.h"

/* ---- findings kept past the callback (findings.c) ------------------------------- */

/* A growable list of deep copies of findings: the message, explanation, suggestion,
 * cues and cue categories are copied into blocks the list owns, so they stay valid
 * after the scanner reuses its buffers. The rule pointer is kept as it is (rules are
 * the library's static table). Spans still point into the record's text, which the
 * caller keeps until the entry is printed. */
typedef struct cck_finding_list {
    cck_finding *items;
    size_t count;
    size_t cap;
    size_t bytes; /* what the copies take (a cck_finding each, and their strings and
                   * cues, aligned) since the last clear: for callers that budget memory */
    struct cck_finding_block *blocks; /* private: the copied strings and cues */
    struct cck_finding_block *current; /* private: where the next copy goes */
} cck_finding_list;

void cck_finding_list_init(cck_finding_list *list);
/* Appends a deep copy. Returns CCK_OK, or CCK_ENOMEM with the list as it was. */
int cck_finding_list_append(cck_finding_list *list, const cck_finding *finding);
/* Forgets the findings but keeps the memory for the next record. */
void cck_finding_list_clear(cck_finding_list *list);
/* Frees everything; the list is empty (and usable) afterwards. NULL is a no-op. */
void cck_finding_list_free(cck_finding_list *list);

/* ---- what a printer is given per file or record -------------------------------- */

/* The findings are a plain array, so one cck_finding_list can hold a whole batch of
 * records and each entry point at its slice (take the slices once the list is full:
 * appending may move its items). */
typedef struct cck_report_entry {
    const cck_report_record *record; /* never NULL; findings point into its text */
    const cck_finding *findings;     /* the reported findings, by position */
    size_t finding_count;
    const cck_profile *profile;      /* NULL when the record was not scanned */
    const cck_error *diagnostics;     /* problems that did not stop the scan */
    size_t diagnostic_count;
    const char *error;                /* why it could not be read or scanned, or NULL */
} cck_report_entry;

/* ---- the run: options and totals (summary.c) ------------------------------------ */

/* What the totals count of reported findings: by cck_severity and by the category of
 * the finding's rule. The printers count the findings they are given; a caller that
 * does not keep the findings counts each one with cck_report_counts_add and hands the
 * counts to cck_report_summary_entry_counts, so that both count the same way. */
typedef struct cck_report_counts {
    size_t by_severity[4];
    size_t by_category[CCK_CATEGORY_COUNT];
} cck_report_counts;

void cck_report_counts_add(cck_report_counts *counts, const cck_finding *finding);

#define CCK_REPORT_DEFAULT_TOP 20

typedef struct cck_report_options {
    size_t top;        /* summary: how many files the table lists; 0: 20 */
    const char *title; /* html: the page title; NULL: "claimcheck report" */
} cck_report_options;

/* Totals over the entries printed so far; filled by the _entry functions. The fields
 * under "private" are the printers' own bookkeeping. */
typedef struct cck_report_run {
    cck_report_options options;
    size_t documents;   /* entries that are whole files (or stdin as one text) */
    size_t records;     /* entries that are records of a stream */
    size_t failed;      /* entries with an error */
    size_t problems;    /* entries with an error or diagnostics */
    size_t bytes;       /* bytes of text scanned */
    size_t findings[4]; /* reported findings by cck_severity */
    size_t by_category[CCK_CATEGORY_COUNT]; /* reported findings by category */
    size_t discusses[4]; /* scanned entries that discuss cost, harms, evidence
                          * quality, alternatives (bit i of CCK_DISCUSSES_*) */
    size_t scanned;     /* entries with a profile */
    cck_profile profile; /* the sum of the scanned entries' profiles */
    /* private */
    size_t entries;     /* entries printed */
    size_t clean_hidden; /* html: stream records without findings, counted, not shown */
    size_t results;     /* findings printed */
    cck_buf notes;      /* sarif: notifications kept for the end */
    size_t note_count;
    size_t notes_left_out_errors; /* of the notes past the limit, those at level error */
    struct cck_summary_row *rows; /* summary: the worst entries so far, ranked */
    size_t row_count;
    size_t row_cap;
} cck_report_run;

void cck_report_run_init(cck_report_run *run, const cck_report_options *options);
void cck_report_run_free(cck_report_run *run);
/* Adds an entry to the totals (the _entry functions call it; exposed for callers that
 * count entries they do not print). */
void cck_report_run_add(cck_report_run *run, const cck_report_entry *entry);

/* Claims per 1,000 words of a profile (0 when it has no words). */
double cck_report_claim_density(const cck_profile *profile);

/* Short names of the rungs of the two ladders (DESIGN.md), e.g. 4: "plain efficacy",
 * "controlled trials"; "unknown" out of range. */
const char *cck_report_claim_level_name(int level);
const char *cck_report_evidence_level_name(int level);

/* ---- escaping for the new formats (escape_more.c) ------------------------------- */

enum {
    /* CSV: a field that a spreadsheet would read as a formula (it starts with = + - @
     * or a tab or carriage return) gets a leading apostrophe (OWASP's advice for CSV
     * injection). Used for text taken from the input. */
    CCK_ESCAPE_CSV_FORMULA = 1u << 1
};

/* Appends s[0..len) as one RFC 4180 field: quoted (with quotes doubled) when it holds
 * a comma, quote, CR or LF, or starts or ends with a space; invalid UTF-8, NUL and
 * the analysis' replacement byte 0x1A become U+FFFD. Returns CCK_OK or CCK_ENOMEM. */
int cck_escape_csv(cck_buf *out, const char *s, size_t len, unsigned flags);

/* Appends s[0..len) as HTML text that is safe both between tags and inside a quoted
 * attribute value: & < > " ' become character references; invalid UTF-8, NUL and 0x1A
 * become U+FFFD; other C0 controls (but tab, LF, CR) and DEL are shown as their
 * control pictures (U+2400...); C1 controls as U+FFFD; bidirectional overrides as the
 * visible text "<U+202E>", as the terminal printer shows them. */
int cck_escape_html(cck_buf *out, const char *s, size_t len);

/* Appends a file path as a URI reference (RFC 3986): unreserved characters and "/"
 * stay, every other byte is percent-encoded; an absolute path becomes a file:// URI.
 * The result is ASCII and needs no further escaping inside a JSON string. */
int cck_escape_uri(cck_buf *out, const char *path, size_t len);

/* ---- the JSON document (json.c) ------------------------------------------------- */

/* One JSON document for the run, "schema": "claimcheck/1" (tests/json/ holds its JSON
 * Schema):
 *
 *     {"schema":"claimcheck/1","tool":{"name":"claimcheck","version":"0.1.0"},
 *      "files":[
 *     {...one object per file or record...},
 *     ...
 *     ],"summary":{...}}
 *
 * Each element of "files" is exactly the JSON Lines object of that file or record
 * (README, "JSON Lines format"), written by the JSON Lines printer, one per line. */
int cck_report_json_begin(cck_buf *out, cck_report_run *run);
int cck_report_json_entry(cck_buf *out, cck_report_run *run, const cck_report_entry *entry);
int cck_report_json_end(cck_buf *out, cck_report_run *run);

/* ---- SARIF 2.1.0 (sarif.c) ------------------------------------------------------ */

/* One SARIF log with one run: tool.driver with every rule (rule i is category i),
 * columnKind "unicodeCodePoints", one result per finding with its physical location
 * and the suggested rewrite as a fix, and the files that could not be read as tool
 * execution notifications. Positions in a whole file are exact (lines, columns and
 * charOffset/charLength in code points, byteOffset/byteLength in bytes); a record of
 * --input lines has its stream line and columns only; a JSON Lines record only its
 * stream line (its text is a decoded string, not bytes of the file). */
int cck_report_sarif_begin(cck_buf *out, cck_report_run *run);
int cck_report_sarif_entry(cck_buf *out, cck_report_run *run,
                           const cck_report_entry *entry);
int cck_report_sarif_end(cck_buf *out, cck_report_run *run);

/* ---- CSV (csv.c) ---------------------------------------------------------------- */

/* RFC 4180 with a header row and CRLF line ends, UTF-8 without a byte order mark:
 *
 *     path,record,id,line,column,end_line,end_column,byte_offset,byte_length,
 *     severity,rule,category,message,sentence,suggestion
 *
 * one row per reported finding (positions as in JSON: relative to the record's own
 * text; record is empty for whole files). Files that could not be read have no row.
 * end writes nothing; it is there for symmetry. */
int cck_report_csv_begin(cck_buf *out, cck_report_run *run);
int cck_report_csv_entry(cck_buf *out, cck_report_run *run, const cck_report_entry *entry);
int cck_report_csv_end(cck_buf *out, cck_report_run *run);

/* ---- summary (summary.c) -------------------------------------------------------- */

/* An aligned text report for people who scanned many files: the worst options.top
 * files or records (errors, then warnings, then claims per 1,000 words; ties in input
 * order) and the run's totals: files, records, bytes, findings by severity and
 * category, hedged and evidence shares; for a run of one document, its profile as a
 * health-news reviewer's checklist. Only the ranked rows are kept, so memory does not
 * grow with the number of records. begin and entry write nothing. */
int cck_report_summary_begin(cck_buf *out, cck_report_run *run);
int cck_report_summary_entry(cck_buf *out, cck_report_run *run,
                             const cck_report_entry *entry);
/* The same for a caller that kept only the counts of the reported findings, not the
 * findings (entry->findings is then ignored): the command line's --summary. */
int cck_report_summary_entry_counts(cck_buf *out, cck_report_run *run,
                                    const cck_report_entry *entry,
                                    const cck_report_counts *counts);
int cck_report_summary_end(cck_buf *out, cck_report_run *run);

/* ---- HTML report (html.c) ------------------------------------------------------- */

/* One self-contained page (inline CSS and script, no external requests, and a
 * Content-Security-Policy that allows nothing else): a section per file or record
 * with its text, each finding's trigger highlighted by severity and its sentence
 * shaded, the explanation and rewrite on hover and click, a side list of findings
 * that scrolls to each highlight, and the profile as a small SVG chart; the totals at
 * the end. Every byte of the input goes through cck_escape_html. Sections are d1, d2...
 * in entry order; highlights dN-mK and findings dN-fK, so a link ending in #d1-f3
 * opens the page with that finding selected. */
int cck_report_html_begin(cck_buf *out, cck_report_run *run);
int cck_report_html_entry(cck_buf *out, cck_report_run *run, const cck_report_entry *entry);
int cck_report_html_end(cck_buf *out, cck_report_run *run);

#endif /* CCK_REPORT_FORMATS_H */
