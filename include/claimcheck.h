/* claimcheck.h - the public interface of libclaimcheck.
 *
 * claimcheck reads English text and reports the sentences where a claim about a
 * regenerative-medicine treatment is stronger than the evidence given for it.
 * This header is the reference documentation of the library.
 *
 * The life of a scan:
 *
 *     cck_lexicon *lex = cck_lexicon_new();
 *     cck_lexicon_load_defaults(lex, &err);          // the embedded lexicons
 *     cck_engine *engine = NULL;
 *     cck_engine_new(lex, NULL, &engine, &err);       // compile once, immutable
 *     cck_lexicon_free(lex);
 *     cck_scanner *scanner = cck_scanner_new(engine); // one per thread
 *     cck_scan_callbacks callbacks = {on_finding, NULL, user_data};
 *     cck_scanner_scan(scanner, text, len, &callbacks, &profile);
 *     cck_scanner_free(scanner);
 *     cck_engine_free(engine);
 *
 * Conventions: inputs are (const char *buf, size_t len) and are not kept after the
 * call; every _new has one _free, and _free(NULL) does nothing; pointers handed to a
 * callback are valid for that call only; functions that can fail return a cck_status
 * (0 on success, negative on failure) and fill a caller-owned cck_error where there is
 * a place to name. The library never prints, exits or aborts.
 */
#ifndef CLAIMCHECK_H
#define CLAIMCHECK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CCK_VERSION_STRING "0.1.0"
#define CCK_VERSION_MAJOR 0
#define CCK_VERSION_MINOR 1
#define CCK_VERSION_PATCH 0

/* ---------------------------------------------------------------------------------
 * Status codes and errors
 * ------------------------------------------------------------------------------- */

typedef enum cck_status {
    CCK_OK = 0,
    CCK_ENOMEM = -1,  /* an allocation failed; nothing was leaked */
    CCK_EINVAL = -2,  /* a bad argument (NULL where a pointer is needed, bad option) */
    CCK_EIO = -3,     /* a file could not be opened, read or listed */
    CCK_EUTF8 = -4,   /* the input is not valid UTF-8 (it was repaired; see the callback) */
    CCK_ESYNTAX = -5, /* a lexicon or JSON line is malformed; the cck_error says where */
    CCK_ELIMIT = -6,  /* a size, depth or regex match limit was reached */
    CCK_ESTOP = -7,   /* a callback returned non-zero and the work stopped */
    CCK_ESUPPRESS = -8 /* only in scan diagnostics: a "claimcheck: ignore" directive is
                          malformed, names an unknown rule, gives no reason, or silenced
                          nothing (see "Suppressing a reviewed finding" below) */
} cck_status;

/* A short English description of a status ("out of memory"), never NULL. */
const char *cck_status_string(int status);

/* Filled by functions that can name where an error is. Lines and columns are
 * 1-based (0 when unknown); columns count Unicode code points, as in cck_span (a byte
 * order mark opening the text is not a column). */
typedef struct cck_error {
    int status;            /* the cck_status that was returned */
    char path[512];        /* file or lexicon name, "" when none */
    size_t line;           /* 1-based, 0 when unknown */
    size_t column;         /* 1-based code point column, 0 when unknown */
    size_t byte_offset;    /* offset into the buffer the error is about */
    char message[512];     /* one line, no trailing newline */
} cck_error;

/* ---------------------------------------------------------------------------------
 * Lexicons: the editable word lists, loaded and checked before compiling
 *
 * The file format is documented in lexicons/README.md. In short, one entry per line:
 *
 *     # comment
 *     CATEGORY  LEVEL  PHRASE [=> SUGGESTION]
 *     claim/prevention  4  prevent{~,ion,ive}  => may lower the risk of
 *     negation/pre      -  no ... evidence
 *     evidence          4  /\bn\s*=\s*[0-9]+/
 *
 * A lexicon being built is mutable; it is compiled into an immutable cck_engine.
 * ------------------------------------------------------------------------------- */

typedef struct cck_lexicon cck_lexicon;

cck_lexicon *cck_lexicon_new(void);
void cck_lexicon_free(cck_lexicon *lexicon);

/* Adds the lexicons embedded in the library. */
int cck_lexicon_load_defaults(cck_lexicon *lexicon, cck_error *error);

/* Adds the entries of one lexicon file held in memory; name is used in errors. */
int cck_lexicon_load_buffer(cck_lexicon *lexicon, const char *name, const char *buf,
                            size_t len, cck_error *error);

/* Adds the entries of one file. */
int cck_lexicon_load_file(cck_lexicon *lexicon, const char *path, cck_error *error);

/* Loads every *.lex file directly inside a folder (symbolic links followed, names
 * starting with '.' skipped), in sorted name order. All files are parsed before any
 * is taken: a file named like a source already loaded ("claims.lex", one of the
 * embedded files) replaces that source's entries; any other file adds to them. A
 * folder with no .lex file is an error (CCK_EIO), and so is any problem in any file
 * (the lexicon is then unchanged). */
int cck_lexicon_load_dir(cck_lexicon *lexicon, const char *dir, cck_error *error);

/* The number of entries loaded so far. */
size_t cck_lexicon_get_entry_count(const cck_lexicon *lexicon);

/* Checks a lexicon file without keeping it: every problem found is passed to the
 * callback (which may return non-zero to stop). Returns CCK_OK when the file is
 * clean, CCK_ESYNTAX when a problem was reported, CCK_EIO when it cannot be read. */
typedef int (*cck_error_fn)(const cck_error *error, void *user_data);
int cck_lexicon_check_file(const char *path, cck_error_fn on_error, void *user_data);
int cck_lexicon_check_buffer(const char *name, const char *buf, size_t len,
                             cck_error_fn on_error, void *user_data);

/* ---------------------------------------------------------------------------------
 * Engine: a compiled lexicon plus options, immutable, shared between threads
 * ------------------------------------------------------------------------------- */

typedef struct cck_options {
    int all_topics;          /* check claims on any topic, not only regenerative medicine */
    size_t max_record_bytes; /* larger inputs are refused with CCK_ELIMIT; 0: no limit */
    uint32_t regex_match_limit; /* PCRE2 match limit per pattern call; 0: default */
    uint32_t regex_depth_limit; /* PCRE2 depth limit; 0: default */
    size_t chunk_bytes;      /* a long record is analysed in pieces of about this size,
                                cut at blank lines (else sentence ends), so memory does
                                not grow with the record; 0: 512 KiB. Not only a memory
                                setting: a topic carried from the sentence before and
                                the evidence of a neighbouring sentence are not seen
                                across a cut made at a sentence end (a paragraph over
                                chunk_bytes), so a small value can change findings. */
} cck_options;

/* Fills an options struct with the defaults (NULL: nothing is done). */
void cck_options_init(cck_options *options);

typedef struct cck_engine cck_engine;

/* Compiles a lexicon. options may be NULL for the defaults. The lexicon may be freed
 * afterwards. On failure *engine is NULL and error says which entry failed. */
int cck_engine_new(const cck_lexicon *lexicon, const cck_options *options,
                   cck_engine **engine, cck_error *error);
void cck_engine_free(cck_engine *engine);

/* ---------------------------------------------------------------------------------
 * Rules: the categories of findings, with stable ids
 * ------------------------------------------------------------------------------- */

typedef enum cck_category {
    CCK_CATEGORY_PREVENTION = 0,   /* "prevents injuries" */
    CCK_CATEGORY_CURE,             /* "cures", "heals", "relieves pain" */
    CCK_CATEGORY_REGENERATION,     /* "regrows cartilage", "reverses arthritis" */
    CCK_CATEGORY_CERTAINTY,        /* "proven", "guaranteed", "100%" */
    CCK_CATEGORY_HYPE,             /* "miracle", "breakthrough" */
    CCK_CATEGORY_SAFETY,           /* "no side effects", "risk-free" */
    CCK_CATEGORY_REGULATORY,       /* "FDA approved" stem-cell products */
    CCK_CATEGORY_SURGERY,          /* "no need for knee replacement" */
    CCK_CATEGORY_EXTRAPOLATION,    /* animal or lab results stated as human benefit */
    CCK_CATEGORY_ANECDOTE,         /* "my patients", testimonials offered as proof */
    CCK_CATEGORY_COUNT
} cck_category;

typedef enum cck_severity {
    CCK_SEVERITY_NONE = 0,
    CCK_SEVERITY_INFO = 1,    /* a note: hedged, reported, questioned or conditional */
    CCK_SEVERITY_WARNING = 2, /* an unhedged claim that outruns its evidence */
    CCK_SEVERITY_ERROR = 3    /* a certainty or absolute claim with little or no evidence */
} cck_severity;

/* "info", "warning", "error" ("none" for CCK_SEVERITY_NONE). */
const char *cck_severity_name(cck_severity severity);
/* Parses a severity name; returns CCK_EINVAL for an unknown one. */
int cck_severity_parse(const char *name, cck_severity *severity);

typedef struct cck_rule {
    cck_category category;
    const char *id;          /* stable id, e.g. "prevention-claim" */
    const char *name;        /* short category name, e.g. "prevention" */
    const char *summary;     /* one line */
    const char *description; /* several paragraphs: what, why it matters, how to fix */
    cck_severity default_severity;
} cck_rule;

/* The rule of a category, or NULL for an out-of-range value. */
const cck_rule *cck_rule_get(cck_category category);
/* The rule with this id or category name, in any ASCII case ("cure-claim",
 * "CURE-CLAIM", "Cure"), or NULL. */
const cck_rule *cck_rule_find(const char *id_or_name);

/* ---------------------------------------------------------------------------------
 * Findings and profiles
 * ------------------------------------------------------------------------------- */

typedef enum cck_cue_kind {
    CCK_CUE_TOPIC = 0,   /* a regenerative-medicine intervention */
    CCK_CUE_CLAIM,       /* an efficacy, safety, regulatory... claim word */
    CCK_CUE_BOOSTER,     /* certainty: "proven", "definitely" */
    CCK_CUE_HEDGE,       /* calibration: "may", "early studies suggest" */
    CCK_CUE_NEGATION,    /* "no evidence that", "not", "won't" */
    CCK_CUE_EVIDENCE,    /* "randomized controlled trial", "n = 120", "in mice" */
    CCK_CUE_ATTRIBUTION, /* "the clinic claims", "critics say", quotation */
    CCK_CUE_QUESTION,    /* a question */
    CCK_CUE_CONDITION,   /* "if", "unless", "would" */
    CCK_CUE_PROFILE,     /* cost, harms, evidence quality, alternatives */
    CCK_CUE_KIND_COUNT
} cck_cue_kind;

/* "topic", "claim", "booster", "hedge", "negation", "evidence", "attribution",
 * "question", "condition", "profile". */
const char *cck_cue_kind_name(cck_cue_kind kind);

/* A position in the original input. Offsets are bytes, half-open [offset,
 * offset+length); lines and columns are 1-based, columns in Unicode code points,
 * end_column is the column just past the last character. A UTF-8 byte order mark
 * (EF BB BF) at the very start of the text scanned (the buffer given to
 * cck_scanner_scan, the original of cck_scanner_scan_pieces, the first bytes fed) is
 * not a column, as editors do not show it: in "\xEF\xBB\xBFStem cells cure" the
 * word "cure" is at 1:12, byte offset 14. Offsets still count its three bytes. A
 * U+FEFF anywhere else is a character like any other. */
typedef struct cck_span {
    size_t offset;
    size_t length;
    size_t line;
    size_t column;
    size_t end_line;
    size_t end_column;
} cck_span;

typedef struct cck_cue {
    cck_cue_kind kind;
    const char *category; /* the lexicon category, e.g. "claim/prevention" */
    int level;            /* the entry's level on its ladder, -1 when none */
    cck_span span;        /* where it is in the original input */
} cck_cue;

typedef struct cck_finding {
    const cck_rule *rule;
    cck_severity severity;
    int claim_level;          /* 0-5, the claim ladder of README.md: no claim ...
                                 certainty */
    int evidence_level;       /* 0-5: none ... systematic review */
    cck_span trigger;         /* the words that raised it */
    cck_span sentence;        /* the whole sentence */
    const char *message;      /* one line naming the problem */
    const char *explanation;  /* the cues found and the hedges/evidence missing */
    const char *suggestion;   /* the sentence rewritten in calibrated language, or
                                 advice when CCK_FINDING_ADVICE is set */
    const cck_cue *cues;      /* the cues of the sentence that raised it */
    size_t cue_count;
    unsigned flags;           /* CCK_FINDING_* */
} cck_finding;

enum {
    CCK_FINDING_HEDGED = 1u << 0,      /* the claim is hedged */
    CCK_FINDING_REPORTED = 1u << 1,    /* attributed to someone else or quoted */
    CCK_FINDING_QUESTION = 1u << 2,    /* asked, not asserted */
    CCK_FINDING_CONDITIONAL = 1u << 3, /* inside a condition or counterfactual */
    CCK_FINDING_CARRIED_TOPIC = 1u << 4, /* the topic came from an earlier sentence */
    CCK_FINDING_ADVICE = 1u << 5, /* the suggestion is advice, not a rewrite of the
                                    sentence (a claim not asserted, already hedged, or
                                    whose calibrated words do not fit in its place) */
    CCK_FINDING_MARKUP = 1u << 6  /* the sentence's source is not its text (Markdown or
                                     HTML markup, entities): a rewrite is the text
                                     rewritten, not a replacement for the source bytes */
};

/* What a record says overall. */
enum {
    CCK_DISCUSSES_COST = 1u << 0,
    CCK_DISCUSSES_HARMS = 1u << 1,
    CCK_DISCUSSES_EVIDENCE_QUALITY = 1u << 2,
    CCK_DISCUSSES_ALTERNATIVES = 1u << 3
};

typedef struct cck_profile {
    size_t bytes;
    size_t words;
    size_t sentences;
    size_t claims;        /* sentences with a claim (level >= 1) on topic */
    size_t hedged_claims; /* of those, hedged */
    size_t sourced_claims;/* of those, with evidence in the sentence or the next */
    size_t hedges;        /* hedge cues */
    size_t negations;     /* negation cues */
    size_t evidence;      /* evidence cues */
    size_t topic_sentences;
    int claim_level;      /* strongest claim level, 0-5 */
    int evidence_level;   /* strongest evidence level, 0-5 */
    size_t findings[4];   /* by cck_severity */
    size_t by_category[CCK_CATEGORY_COUNT]; /* findings of severity >= warning */
    unsigned discusses;   /* CCK_DISCUSSES_* */
    size_t invalid_utf8;  /* bytes that were not valid UTF-8 (replaced) */
} cck_profile;

/* Adds one profile into another (for run totals). claim/evidence levels take the max.
 * Either one NULL: nothing is done. */
void cck_profile_add(cck_profile *total, const cck_profile *part);

/* ---------------------------------------------------------------------------------
 * Scanning
 * ------------------------------------------------------------------------------- */

typedef struct cck_scanner cck_scanner;

/* Per-thread scratch for one engine. Returns NULL when out of memory. The engine must
 * outlive the scanner. */
cck_scanner *cck_scanner_new(const cck_engine *engine);
void cck_scanner_free(cck_scanner *scanner);

/* Called once per finding, in order of position. Return 0 to go on, non-zero to stop
 * (the scan then returns CCK_ESTOP). */
typedef int (*cck_finding_fn)(const cck_finding *finding, void *user_data);

/* Called for problems in the input that did not stop the scan, such as invalid UTF-8
 * (status CCK_EUTF8) or a faulty suppression directive (status CCK_ESUPPRESS), with
 * byte_offset, line and column set. May be NULL. */
typedef int (*cck_diagnostic_fn)(const cck_error *diagnostic, void *user_data);

typedef struct cck_scan_callbacks {
    cck_finding_fn on_finding;       /* may be NULL */
    cck_diagnostic_fn on_diagnostic; /* may be NULL */
    void *user_data;
} cck_scan_callbacks;

/* Scans one record (a post, a file's text). Invalid UTF-8 is reported through
 * on_diagnostic and read as U+FFFD; the scan goes on and the result is CCK_EUTF8
 * when nothing worse happened. profile may be NULL. */
int cck_scanner_scan(cck_scanner *scanner, const char *buf, size_t len,
                     const cck_scan_callbacks *callbacks, cck_profile *profile);

/* A piece of the text to analyse, taken from the original input: used by the Markdown
 * and HTML front ends, where only some bytes are prose. text[0..length) is what is
 * analysed; it maps to original bytes [offset, offset+length) when verbatim is set,
 * otherwise (an entity, say) the whole piece maps to that original span. Pieces are
 * in order; `breaks` says a paragraph ends before this piece. A piece with `directive`
 * set is not prose but the text of a comment that starts "claimcheck:" (from
 * "claimcheck:" to the end of the comment, without the comment's closing delimiter):
 * it is read as a suppression directive (below) and never analysed; its `breaks` is not
 * read, and a directive piece whose text does not start with "claimcheck:" (after white
 * space) is passed over. */
typedef struct cck_piece {
    const char *text;
    size_t length;
    size_t offset;          /* in the original buffer */
    size_t original_length; /* bytes of the original this piece stands for */
    int verbatim;
    int breaks;
    int directive;          /* a "claimcheck:" comment, not prose */
} cck_piece;

/* Scans a document given as pieces of prose; findings and diagnostics point into
 * original[0..original_len), the file as it is on disk. */
int cck_scanner_scan_pieces(cck_scanner *scanner, const char *original,
                            size_t original_len, const cck_piece *pieces,
                            size_t piece_count, const cck_scan_callbacks *callbacks,
                            cck_profile *profile);

/* ---------------------------------------------------------------------------------
 * Suppressing a reviewed finding
 *
 * A person who has reviewed a finding and decided it is right to keep the sentence
 * (a claim quoted in order to rebut it, say) silences it with a directive:
 *
 *     claimcheck: ignore RULE[,RULE...] REASON
 *
 * in a comment of a Markdown or HTML document (<!-- claimcheck: ignore cure-claim
 * quoting the clinic to rebut it -->; the Markdown and HTML front ends hand such
 * comments over as pieces with `directive` set, and comments inside code blocks, code
 * spans, <pre>, <code>, <script> and the other skipped elements do not count), or, in
 * text given to cck_scanner_scan, on a line of its own (spaces before it allowed). A
 * directive line is not analysed as prose and ends the paragraph before it.
 *
 * RULE is a rule id or a category name, as cck_rule_find takes them ("cure-claim" or
 * "cure"); several are joined by commas with no spaces. There is no "all": each
 * silenced rule is named. REASON is the rest of the comment or line and may not be
 * empty.
 *
 * Scope: a finding is silenced when its rule is named and its sentence ends after the
 * directive and starts before the end of the paragraph that follows the directive,
 * that is the paragraph holding the first prose after it. For pieces a paragraph ends
 * where a piece has `breaks` set (every Markdown and HTML block: a heading, a list item,
 * a table cell) or at a blank line inside a piece; in text, at a blank line (a
 * directive line is one). So a directive between two paragraphs covers the next one; a
 * directive inside a paragraph covers the sentence it sits in and the rest of that
 * paragraph. A silenced finding is not passed to on_finding and not counted in the
 * profile. A sentence gets one finding, for its strongest claim; when that one is
 * silenced, its strongest claim of a rule the directive does not name is found instead.
 *
 * Problems are passed to on_diagnostic with status CCK_ESUPPRESS, the line and column
 * of the directive (of the rule, for an unknown rule) and a message saying what to do:
 * a directive with no rule, an unknown rule or "all", no reason, a verb other than
 * "ignore" (in comments), and, once the scan is over, a directive that silenced
 * nothing. A directive with any of the first problems silences nothing. The scan's
 * status is not changed by them.
 * ------------------------------------------------------------------------------- */

/* A record too big to hold, such as a file read in blocks, is scanned in pieces:
 *
 *     cck_scanner_begin(scanner, &callbacks, &profile);
 *     while ((n = read(fd, block, sizeof block)) > 0)
 *         if (cck_scanner_feed(scanner, block, n) != CCK_OK) break;
 *     status = cck_scanner_finish(scanner);
 *
 * The findings, diagnostics, profile and status are those cck_scanner_scan gives for
 * the whole text, however it is cut into pieces (inside a UTF-8 sequence or a CRLF
 * too); spans are offsets into the whole text. Callbacks run during feed and finish.
 * The scanner keeps only the tail it has not analysed (about 2 x chunk_bytes), so
 * memory does not grow with the text. A feed that would take the text over
 * max_record_bytes returns CCK_ELIMIT and ends the scan early, as does an error or a
 * callback's stop (CCK_ESTOP): later feeds return that status, and so does finish.
 * Finish must be called after a successful begin; it fills the profile. While a scan
 * is being fed, cck_scanner_scan and cck_scanner_scan_pieces return CCK_EINVAL.
 * A fed scan does not read suppression directives (below): a directive's scope can
 * reach back before the text that has come, so scan text that holds "claimcheck:"
 * whole (the CLI does). */
int cck_scanner_begin(cck_scanner *scanner, const cck_scan_callbacks *callbacks,
                      cck_profile *profile);
int cck_scanner_feed(cck_scanner *scanner, const char *buf, size_t len);
int cck_scanner_finish(cck_scanner *scanner);

/* The bytes of the record the scanner holds: text[0..*length) are the record's bytes
 * from *offset on. Inside a callback of a fed scan they include every span of the
 * finding or diagnostic being reported; inside one of cck_scanner_scan they are the
 * whole record. The pointer is valid until the callback returns. */
const char *cck_scanner_get_window(const cck_scanner *scanner, size_t *offset,
                                   size_t *length);

#ifdef __cplusplus
}
#endif

#endif /* CLAIMCHECK_H */
