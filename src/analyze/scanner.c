/* scanner.c - the per-thread scanner: checks and repairs UTF-8, tokenizes, matches the
 * lexicon, carries the topic across sentences, weighs each claim against its evidence
 * and hands findings (with explanations and rewrites) and a profile to the caller. */
#include <string.h>

#include "analyze/analyze.h"
#include "analyze/suppress.h"
#include "report/report.h"

/* A long record is analysed in chunks, so that tokens and matches take memory in
 * proportion to a chunk, not to the record. A chunk of target size T ends at a blank
 * line between T/2 and 2T bytes, else at a sentence end, else at white space. */
#define DEFAULT_CHUNK_BYTES ((size_t)512 << 10)

/* Animal or lab work colours the claims of the next LAB_REACH sentences of its
 * paragraph ("In mice, MSCs regrew cartilage. Patients can now skip surgery."), not
 * every later one: a list of claims that mentions mice once is not all extrapolation. */
#define LAB_REACH 2
#define LAB_NONE 1000 /* no lab work yet in the paragraph */

/* Maps a span of the analysed text back to the original input (for pieces). */
typedef struct segment {
    size_t text_offset;
    size_t text_length;
    size_t original_offset;
    size_t original_length;
    int verbatim;
} segment;

/* What is kept for every sentence of a record between the passes. */
typedef struct sentence_note {
    uint32_t match_start;   /* phrase matches [match_start, match_end) */
    uint32_t match_end;
    uint32_t pattern_start; /* pattern matches */
    uint32_t pattern_end;
    int8_t evidence;        /* strongest evidence, -1 before analysis */
    uint8_t lab;
    uint8_t anecdote;
    uint8_t flags;
    uint32_t kept;          /* with NOTE_KEPT: its analysis is sc->kept[kept] */
} sentence_note;

/* What pass 2 found in a candidate sentence, kept for pass 3 so that the sentence is
 * analysed once: its result and its cues, [cue_start, cue_start + cue_count) of the pool. */
typedef struct kept_analysis {
    cck_sentence_result result;
    size_t cue_start;
    size_t cue_count;
} kept_analysis;

enum { NOTE_TOPIC = 1, NOTE_ON_TOPIC = 2, NOTE_CANDIDATE = 4, NOTE_PATTERNS = 8,
       NOTE_CLAIMISH = 16, NOTE_KEPT = 32, NOTE_CONNECTIVE = 64, NOTE_NULL_RESULT = 128 };

/* Where a study that found no difference or no benefit sits, if one is near a claim. */
enum { NULL_NONE, NULL_NEARBY, NULL_OWN };

struct cck_scanner {
    const cck_engine *engine;
    cck_suppress *suppress; /* the directives of the scan under way, or NULL */
    cck_match_scratch *match_scratch;
    cck_text text;
    cck_match_vec phrases;
    cck_match_vec patterns;
    cck_match_vec sentence_matches;
    cck_cue_vec cues;
    cck_cue_vec kept_cues;     /* the candidates' cues, in sentence order */
    kept_analysis *kept;       /* the candidates' results, in sentence order */
    size_t kept_count;
    size_t kept_cap;
    sentence_note *notes;
    size_t note_cap;
    char *repaired;
    size_t repaired_cap;
    cck_buf joined;
    segment *segments;
    size_t segment_count;
    size_t segment_cap;
    cck_cue *out_cues;
    size_t out_cue_cap;
    uint32_t *cue_next;        /* link_cue_classes: the next live cue of each one's class */
    size_t cue_next_cap;
    cck_buf message;
    cck_buf explanation;
    cck_buf suggestion;
    /* the lengths of the rules' strings that every finding's texts quote */
    size_t rule_id_len[CCK_CATEGORY_COUNT];
    size_t rule_name_len[CCK_CATEGORY_COUNT];
    size_t rule_summary_len[CCK_CATEGORY_COUNT];
    unsigned rule_escapes;     /* bit c: rule c's id, name or summary has a byte JSON
                                * escapes (none of the library's own has) */
    unsigned lean;             /* CCK_SCAN_* (analyze.h): what the caller leaves unread */
    cck_word_set fit_words;    /* the words of rewrite_fits' lists */
    /* the record being scanned: original holds its bytes [window, original_len) */
    const char *original;
    size_t original_len;
    size_t window;
    int mapped;
    size_t chunk_base;         /* where the chunk being analysed starts in the text */
    cck_line_cursor cursor;    /* positions of findings in the original */
    cck_line_cursor diag_cursor; /* positions of input problems */
    /* what one chunk hands to the next */
    int continues_paragraph;   /* the chunk starts inside the previous one's paragraph */
    int carry_topic_in_paragraph;
    int carry_topic_in_previous;
    int carry_since_lab; /* sentences since the paragraph last named lab work */
    int carry_prev_evidence;   /* the previous chunk's last sentence */
    int carry_prev_anecdote;
    int carry_prev_null;       /* it reported a study that found no difference */
    /* a scan fed in pieces (cck_scanner_begin/feed/finish) */
    int streaming;
    int stream_failed;         /* the status that ended it early, or CCK_OK */
    int stream_limited;        /* a regular-expression limit was reached */
    cck_buf stream;            /* the unfinished tail: bytes [window, window + len) */
    size_t stream_bad;         /* invalid UTF-8 bytes so far */
    cck_scan_callbacks stream_callbacks;
    int stream_has_callbacks;
    cck_profile *stream_profile;
    cck_profile stream_local;
};

static int fit_words_init(cck_word_set *set);

cck_scanner *cck_scanner_new(const cck_engine *engine)
{
    if (!engine)
        return NULL;
    cck_scanner *sc = cck_calloc(1, sizeof *sc);
    if (!sc)
        return NULL;
    sc->engine = engine;
    cck_text_init(&sc->text);
    cck_buf_init(&sc->joined);
    cck_buf_init(&sc->stream);
    cck_buf_init(&sc->message);
    cck_buf_init(&sc->explanation);
    cck_buf_init(&sc->suggestion);
    for (int c = 0; c < CCK_CATEGORY_COUNT; c++) {
        const cck_rule *rule = cck_rule_get((cck_category)c);
        sc->rule_id_len[c] = strlen(rule->id);
        sc->rule_name_len[c] = strlen(rule->name);
        sc->rule_summary_len[c] = strlen(rule->summary);
        if (!cck_json_is_plain(rule->id, sc->rule_id_len[c]) ||
            !cck_json_is_plain(rule->name, sc->rule_name_len[c]) ||
            !cck_json_is_plain(rule->summary, sc->rule_summary_len[c]))
            sc->rule_escapes |= 1u << c;
    }
    sc->match_scratch = cck_match_scratch_new(engine);
    if (!sc->match_scratch ||
        fit_words_init(&sc->fit_words) != CCK_OK) {
        cck_scanner_free(sc);
        return NULL;
    }
    return sc;
}

void cck_scanner_set_lean(cck_scanner *sc, unsigned lean)
{
    if (sc)
        sc->lean = lean;
}

void cck_scanner_free(cck_scanner *sc)
{
    if (!sc)
        return;
    cck_match_scratch_free(sc->match_scratch);
    cck_text_free(&sc->text);
    cck_match_vec_free(&sc->phrases);
    cck_match_vec_free(&sc->patterns);
    cck_match_vec_free(&sc->sentence_matches);
    cck_cue_vec_free(&sc->cues);
    cck_cue_vec_free(&sc->kept_cues);
    cck_free(sc->kept);
    cck_free(sc->notes);
    cck_free(sc->repaired);
    cck_buf_free(&sc->joined);
    cck_buf_free(&sc->stream);
    cck_free(sc->segments);
    cck_free(sc->out_cues);
    cck_free(sc->cue_next);
    cck_buf_free(&sc->message);
    cck_buf_free(&sc->explanation);
    cck_buf_free(&sc->suggestion);
    cck_free(sc);
}

void cck_profile_add(cck_profile *total, const cck_profile *part)
{
    if (!total || !part)
        return;
    total->bytes += part->bytes;
    total->words += part->words;
    total->sentences += part->sentences;
    total->claims += part->claims;
    total->hedged_claims += part->hedged_claims;
    total->sourced_claims += part->sourced_claims;
    total->hedges += part->hedges;
    total->negations += part->negations;
    total->evidence += part->evidence;
    total->topic_sentences += part->topic_sentences;
    if (part->claim_level > total->claim_level)
        total->claim_level = part->claim_level;
    if (part->evidence_level > total->evidence_level)
        total->evidence_level = part->evidence_level;
    for (size_t i = 0; i < 4; i++)
        total->findings[i] += part->findings[i];
    for (size_t i = 0; i < CCK_CATEGORY_COUNT; i++)
        total->by_category[i] += part->by_category[i];
    total->discusses |= part->discusses;
    total->invalid_utf8 += part->invalid_utf8;
}

/* ---- positions ------------------------------------------------------------------ */

static const segment *find_segment(const cck_scanner *sc, size_t offset)
{
    size_t lo = 0, hi = sc->segment_count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (sc->segments[mid].text_offset <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return &sc->segments[lo];
}

static size_t map_start(const cck_scanner *sc, size_t offset)
{
    if (!sc->mapped || sc->segment_count == 0)
        return offset;
    const segment *seg = find_segment(sc, offset);
    size_t into = offset - seg->text_offset;
    if (seg->verbatim)
        return seg->original_offset + (into < seg->original_length ? into : seg->original_length);
    return into == 0 ? seg->original_offset : seg->original_offset + seg->original_length;
}

static size_t map_end(const cck_scanner *sc, size_t end)
{
    if (!sc->mapped || sc->segment_count == 0 || end == 0)
        return end;
    const segment *seg = find_segment(sc, end - 1);
    size_t into = end - 1 - seg->text_offset;
    if (seg->verbatim)
        return seg->original_offset + (into < seg->original_length ? into + 1 : seg->original_length);
    return seg->original_offset + seg->original_length;
}

/* The offset and length in the original of text [start, end), and no line or column. */
static void span_offsets(const cck_scanner *sc, size_t start, size_t end, cck_span *span)
{
    size_t from = map_start(sc, sc->chunk_base + start);
    size_t to = map_end(sc, sc->chunk_base + end);
    if (to < from)
        to = from;
    *span = (cck_span){.offset = from, .length = to - from};
}

/* The span of text [start, end) in the original. When it lies inside `plain`, a span
 * on one line with a column for every byte (no newline, no UTF-8 continuation byte:
 * its columns as many as its bytes), its columns follow from its offsets and the
 * cursor is not moved; `plain` may be NULL. */
static void make_span_in(const cck_scanner *sc, cck_line_cursor *cursor, const cck_span *plain,
                         size_t start, size_t end, cck_span *span)
{
    span_offsets(sc, start, end, span);
    size_t from = span->offset, to = from + span->length;
    if (plain && from >= plain->offset && to <= plain->offset + plain->length) {
        span->line = span->end_line = plain->line;
        span->column = plain->column + (from - plain->offset);
        span->end_column = plain->column + (to - plain->offset);
        return;
    }
    cck_line_cursor_seek(cursor, from, &span->line, &span->column);
    cck_line_cursor_seek(cursor, to, &span->end_line, &span->end_column);
}

static void make_span(const cck_scanner *sc, cck_line_cursor *cursor, size_t start,
                      size_t end, cck_span *span)
{
    make_span_in(sc, cursor, NULL, start, end, span);
}

/* ---- UTF-8 ------------------------------------------------------------------------ */

typedef struct utf8_report {
    cck_scanner *sc;
    const cck_scan_callbacks *callbacks;
    size_t bad_bytes;
    int stopped;
} utf8_report;

static int on_bad_utf8(size_t offset, size_t length, void *user_data)
{
    utf8_report *rep = user_data;
    rep->bad_bytes += length;
    if (!rep->callbacks || !rep->callbacks->on_diagnostic)
        return 0;
    cck_error diag;
    cck_error_clear(&diag);
    size_t where = map_start(rep->sc, rep->sc->chunk_base + offset);
    cck_line_cursor_seek(&rep->sc->diag_cursor, where, &diag.line, &diag.column);
    diag.status = CCK_EUTF8;
    diag.byte_offset = where;
    const cck_scanner *sc = rep->sc;
    size_t at = where >= sc->window && where < sc->original_len ? where - sc->window : 0;
    unsigned char first = sc->original_len > sc->window ? (unsigned char)sc->original[at] : 0;
    if (first == 0)
        cck_error_set(&diag, CCK_EUTF8, NULL, diag.line, diag.column,
                      "NUL byte at byte offset %zu (read as U+FFFD)", where);
    else
        cck_error_set(&diag, CCK_EUTF8, NULL, diag.line, diag.column,
                      "invalid UTF-8 (%zu byte%s starting 0x%02X) at byte offset %zu; "
                      "read as U+FFFD",
                      length, length == 1 ? "" : "s", first, where);
    diag.byte_offset = where;
    if (rep->callbacks->on_diagnostic(&diag, rep->callbacks->user_data)) {
        rep->stopped = 1;
        return 1;
    }
    return 0;
}

/* ---- findings --------------------------------------------------------------------- */

/* The rungs of the two ladders, each with its level after it as the explanation
 * gives them ("a controlled trial (level 4 of 5)"): the name and its level always go
 * together there, so each pair is one piece whose length is known when compiling,
 * not a name measured, a number formatted and three more appends per finding. */
#define EVIDENCE_0 "no evidence"
#define EVIDENCE_1 "a testimonial or own experience"
#define EVIDENCE_2 "animal or lab work"
#define EVIDENCE_3 "a small or uncontrolled human study"
#define EVIDENCE_4 "a controlled trial"
#define EVIDENCE_5 "a systematic review or meta-analysis"
#define CLAIM_0 "no claim"
#define CLAIM_1 "an association"
#define CLAIM_2 "a hedged claim"
/* (with the quotes the explanation needs: as they are, or escaped for JSON) */
#define CLAIM_3_QUOTED(q) "an ability claim (" q "can" q ")"
#define CLAIM_3 CLAIM_3_QUOTED("\"")
#define CLAIM_4 "a plain efficacy claim"
#define CLAIM_5 "a certainty or absolute claim"

static const cck_str evidence_names[6] = {CCK_STR(EVIDENCE_0), CCK_STR(EVIDENCE_1),
                                          CCK_STR(EVIDENCE_2), CCK_STR(EVIDENCE_3),
                                          CCK_STR(EVIDENCE_4), CCK_STR(EVIDENCE_5)};
static const cck_str evidence_levels[6] = {
    CCK_STR(EVIDENCE_0 " (level 0 of 5)"), CCK_STR(EVIDENCE_1 " (level 1 of 5)"),
    CCK_STR(EVIDENCE_2 " (level 2 of 5)"), CCK_STR(EVIDENCE_3 " (level 3 of 5)"),
    CCK_STR(EVIDENCE_4 " (level 4 of 5)"), CCK_STR(EVIDENCE_5 " (level 5 of 5)")};
#define CLAIM_LEVELS(claim_3)                                                             \
    {CCK_STR(CLAIM_0 " (level 0 of 5)"), CCK_STR(CLAIM_1 " (level 1 of 5)"),             \
     CCK_STR(CLAIM_2 " (level 2 of 5)"), CCK_STR(claim_3 " (level 3 of 5)"),             \
     CCK_STR(CLAIM_4 " (level 4 of 5)"), CCK_STR(CLAIM_5 " (level 5 of 5)")}
static const cck_str claim_levels[6] = CLAIM_LEVELS(CLAIM_3);
/* the same escaped for JSON (CCK_SCAN_JSON_TEXTS) */
static const cck_str claim_levels_json[6] = CLAIM_LEVELS(CLAIM_3_QUOTED("\\\""));

/* The severity of a claim of level `claim` backed by evidence of level `evidence`. */
static cck_severity gap_severity(int claim, int evidence, int strong_category)
{
    if (claim >= 5)
        return evidence <= 2 ? CCK_SEVERITY_ERROR
                             : evidence <= 4 ? CCK_SEVERITY_WARNING : CCK_SEVERITY_NONE;
    if (claim == 4)
        return evidence <= 3 ? CCK_SEVERITY_WARNING : CCK_SEVERITY_NONE;
    if (claim == 3)
        return evidence <= 1 ? CCK_SEVERITY_WARNING
                             : evidence == 2 ? CCK_SEVERITY_INFO : CCK_SEVERITY_NONE;
    if (claim == 2 && strong_category && evidence <= 1)
        return CCK_SEVERITY_INFO;
    return CCK_SEVERITY_NONE;
}

static int append_quoted(cck_buf *b, const char *text, size_t len)
{
    int st = cck_buf_putc(b, '"');
    if (st == CCK_OK)
        st = cck_buf_append(b, text, len);
    if (st == CCK_OK)
        st = cck_buf_putc(b, '"');
    return st;
}

/* Appends s[0..len) JSON-escaped (the inside of a JSON string). */
static int put_json(cck_buf *b, const char *s, size_t len)
{
    if (len > SIZE_MAX / 8 || cck_buf_reserve(b, CCK_JSON_ROOM(len)) != CCK_OK)
        return CCK_ENOMEM;
    char *end = cck_escape_json_to(b->data + b->len, s, len);
    b->len = (size_t)(end - b->data);
    *end = '\0';
    return CCK_OK;
}

/* Writes text[0..len) quoted for CCK_SCAN_JSON_TEXTS at p, which has room for
 * CCK_JSON_ROOM(len) + 4 bytes: the quotes escaped, the text escaped. Returns the end. */
static char *write_quoted_json(char *p, const char *text, size_t len)
{
    memcpy(p, "\\\"", 2);
    p = cck_escape_json_to(p + 2, text, len);
    memcpy(p, "\\\"", 2);
    return p + 2;
}

/* append_quoted for CCK_SCAN_JSON_TEXTS. */
static int append_quoted_json(cck_buf *b, const char *text, size_t len)
{
    if (len > SIZE_MAX / 8 || cck_buf_reserve(b, CCK_JSON_ROOM(len) + 4) != CCK_OK)
        return CCK_ENOMEM;
    char *p = write_quoted_json(b->data + b->len, text, len);
    *p = '\0';
    b->len = (size_t)(p - b->data);
    return CCK_OK;
}

/* Appends two pieces: the texts of a finding are assembled from pieces whose lengths
 * are known (CCK_STR for a literal), without the cost of formatting them with printf,
 * of a variadic list, or of measuring a string: room for both is made once. */
static int put_pair(cck_buf *b, cck_str first, cck_str second)
{
    if (cck_buf_reserve(b, first.len + second.len) != CCK_OK)
        return CCK_ENOMEM;
    char *p = b->data + b->len;
    memcpy(p, first.s, first.len);
    memcpy(p + first.len, second.s, second.len);
    b->len += first.len + second.len;
    b->data[b->len] = '\0';
    return CCK_OK;
}

/* Which claim cues list_cues names: all of them, the words that make the claim, or
 * the bridges ("so", "your", "patients") that carry a lab result over to people. */
enum { CUES_ALL, CUES_NO_BRIDGES, CUES_BRIDGES };

/* The end of a class's chain of cues (link_cue_classes). */
#define CUE_NONE UINT32_MAX

/* Links the cues that are not dropped into one chain per class, in text order: head[cls]
 * is the first, sc->cue_next[i] the one after cue i. The explanation lists six classes:
 * one pass over the cues here, rather than one per list, and a class with no cue costs
 * no call. The same pass counts the cues a finding reports (*reported). */
static int link_cue_classes(cck_scanner *sc, uint32_t head[CCK_CLASS_COUNT], size_t *reported)
{
    const cck_cue_vec *cv = &sc->cues;
    if (cv->count > sc->cue_next_cap) {
        void *items = sc->cue_next;
        if (cv->count >= CUE_NONE ||
            cck_grow(&items, &sc->cue_next_cap, cv->count, sizeof(uint32_t)) != CCK_OK)
            return CCK_ENOMEM;
        sc->cue_next = items;
    }
    for (size_t c = 0; c < CCK_CLASS_COUNT; c++)
        head[c] = CUE_NONE;
    uint32_t *next = sc->cue_next;
    size_t count = 0;
    for (size_t i = cv->count; i-- > 0;) {
        const cck_work_cue *c = &cv->items[i];
        if (c->dropped)
            continue;
        unsigned cls = c->entry->cls;
        next[i] = head[cls];
        head[cls] = (uint32_t)i;
        count += (size_t)cck_is_reported(c->entry);
    }
    *reported = count;
    return CCK_OK;
}

/* Each listed cue is the label (or ", "), the quoted cue and perhaps " (negated)":
 * room for all of it is made once and the pieces written through a pointer, rather
 * than five appends that each check for room. `first` is the class's chain
 * (link_cue_classes), not CUE_NONE. Inline: at each list the label is a literal, so
 * that its copy needs no call. */
static inline int list_some_cues(cck_buf *b, const cck_scanner *sc, uint32_t first, int which,
                                 cck_str label)
{
    /* CCK_SCAN_JSON_TEXTS: the cue, which comes from the input, escaped, and the
     * quotes around it written escaped; the rest is plain template text */
    int json = (sc->lean & CCK_SCAN_JSON_TEXTS) != 0;
    /* held here: the bytes written through p could otherwise be any of them */
    const uint32_t *next = sc->cue_next;
    const cck_work_cue *cues = sc->cues.items;
    const char *text = sc->text.buf;
    int any = 0;
    for (uint32_t i = first; i != CUE_NONE; i = next[i]) {
        const cck_work_cue *c = &cues[i];
        if ((which == CUES_NO_BRIDGES && cck_is_bridge_cue(c)) ||
            (which == CUES_BRIDGES && !cck_is_bridge_cue(c)))
            continue;
        size_t len = c->end - c->start;
        /* the label or ", ", two quotes and " (negated)": under label.len + 16 */
        if (cck_buf_reserve(b, label.len + (json ? CCK_JSON_ROOM(len) + 2 : len) + 16) !=
            CCK_OK)
            return CCK_ENOMEM;
        char *p = b->data + b->len;
        if (any) {
            p[0] = ',';
            p[1] = ' ';
            p += 2;
        } else {
            memcpy(p, label.s, label.len);
            p += label.len;
        }
        if (json) {
            p = write_quoted_json(p, text + c->start, len);
        } else {
            *p++ = '"';
            memcpy(p, text + c->start, len);
            p += len;
            *p++ = '"';
        }
        if (c->negated) {
            memcpy(p, " (negated)", 10);
            p += 10;
        }
        *p = '\0';
        b->len = (size_t)(p - b->data);
        any = 1;
    }
    return any ? cck_buf_puts(b, ". ") : CCK_OK;
}

/* The cues of class cls that `which` names, listed after label (nothing when there are
 * none). */
static int list_cues(cck_buf *b, const cck_scanner *sc, const uint32_t head[CCK_CLASS_COUNT],
                     int cls, int which, cck_str label)
{
    return head[cls] == CUE_NONE ? CCK_OK : list_some_cues(b, sc, head[cls], which, label);
}

static int is_vowel_start(const char *text)
{
    char c = (char)cck_ascii_lower((unsigned char)text[0]);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* A one-word certainty booster or hype word between a determiner and its noun ("our
 * guaranteed exosome therapy", "this miracle stem cell shot"): the rewrite leaves it
 * out. An article must still agree with the word it then stands before. */
static int drops_in_place(const cck_scanner *sc, const cck_sentence *s, const cck_work_cue *c)
{
    const cck_text *text = &sc->text;
    size_t end = s->first_token + s->token_count;
    int hype = c->entry->cls == CCK_CLASS_CLAIM && c->entry->sub == CCK_CATEGORY_HYPE;
    if ((c->entry->cls != CCK_CLASS_BOOSTER && !hype) || c->first_token != c->last_token ||
        c->first_token == s->first_token || c->last_token + 1 >= end)
        return 0;
    size_t prev = c->first_token - 1, next = c->last_token + 1;
    if (text->tokens[next].kind != CCK_TOKEN_WORD)
        return 0;
    /* the word after it must go on the noun phrase: not "guaranteed and safe",
     * "guaranteed is", nor another cue ("guaranteed proven", "the guaranteed cure"),
     * which would be left standing */
    static const char *const not_before_noun[] = {
        "and", "or", "but", "nor", "is", "are", "was", "were", "be", "been", "to", "of",
        "for", "with", "in", "on", "at", "by", "from", "that", "which", "as", "than"};
    if (cck_token_in(text, next, not_before_noun, CCK_ARRAY_LEN(not_before_noun)))
        return 0;
    for (size_t k = 0; k < sc->cues.count; k++) {
        const cck_work_cue *o = &sc->cues.items[k];
        if (o != c && !o->dropped && o->first_token <= next && next <= o->last_token &&
            cck_is_reported(o->entry) && o->entry->cls != CCK_CLASS_TOPIC)
            return 0;
    }
    static const char *const determiners[] = {"the",   "our",   "your",  "my",    "their",
                                              "his",   "her",   "its",   "this",  "these",
                                              "those", "a",     "an"};
    if (!cck_token_in(text, prev, determiners, CCK_ARRAY_LEN(determiners)) &&
        !cck_token_is_possessive(text, prev))
        return 0;
    int is_a = norm_is(text, prev, "a"), is_an = norm_is(text, prev, "an");
    if (!is_a && !is_an)
        return 1;
    /* "an hour", "a unique": where the letter does not tell, keep the advice */
    const char *w = cck_token_norm(text, next);
    if (w[0] == 'h' || w[0] == 'u')
        return 0;
    return is_a != is_vowel_start(w);
}

/* A cue set off as a tag: a comma or a dash before it, and nothing but the end of the
 * sentence, punctuation or emoji after it ("PRP heals tendons — guaranteed!"). */
static int is_tag(const cck_text *text, const cck_sentence *s, const cck_work_cue *c)
{
    size_t end = s->first_token + s->token_count, next = c->last_token + 1;
    if (c->first_token == s->first_token || !cck_is_comma_or_dash(text, c->first_token - 1))
        return 0;
    return next >= end || text->tokens[next].kind == CCK_TOKEN_PUNCT ||
           text->tokens[next].kind == CCK_TOKEN_EMOJI;
}

/* Whether token i starts the name of a treatment: a topic ("stem cell", "PRP") or a
 * word for a product ("shot", "serum"). Only there is a hype word before it an
 * adjective: in "the breakthrough cardiology has waited for" it is the noun. */
static int before_treatment(const cck_scanner *sc, size_t i)
{
    static const char *const products[] = {
        "shot",  "shots",    "jab",      "jabs",     "injection", "injections", "serum",
        "cream", "facial",   "facials",  "drip",     "drips",     "infusion",   "infusions",
        "therapy", "therapies", "protocol", "procedure"};
    if (i >= sc->text.token_count)
        return 0;
    return cck_token_in(&sc->text, i, products, CCK_ARRAY_LEN(products)) ||
           cck_class_starts_at(sc->cues.items, sc->cues.count, i, CCK_CLASS_TOPIC);
}

/* The words rewrite_fits asks about, a bit for each list: the scanner holds them in a
 * cck_word_set (fit_words), so that each word around a trigger is looked up once. */
enum {
    FIT_BE, FIT_TO, FIT_FOR, FIT_NO_VERB_AFTER, FIT_CAUSATIVE, FIT_AUXILIARY, FIT_PERCEPTION,
    FIT_EMPHATIC, FIT_NOUN_BEFORE, FIT_ADVERB, FIT_LY_ADJECTIVE, FIT_PERSON, FIT_PEOPLE, FIT_WITH,
    FIT_SUBJECT, FIT_DEGREE, FIT_THAN, FIT_INTENSIFIER, FIT_PREVERB, FIT_ABSOLUTE
};
/* the bit of list FIT_name */
#define FIT(name) (1u << FIT_##name)
static const char *const fit_be[] = {"is",     "are",    "was", "were", "be",  "been",
                                     "being",  "isn't",  "aren't", "'s", "'re"};
static const char *const fit_to[] = {"to"};
static const char *const fit_for[] = {"for"};
static const char *const fit_no_verb_after[] = {
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "am",
    "a", "an", "the", "our", "your", "their", "my", "his", "its", "to", "of",
    "for", "with", "without", "by", "in", "on", "at", "from", "about", "no",
    "any", "every", "natural", "own", "not", "never", "does", "do", "did",
    "doesn't", "don't", "didn't", "won't", "can't", "isn't", "aren't", "doesnt",
    "dont", "didnt", "wont", "cant"};
/* a bare verb after "let you", "help" or "will absolutely" cannot take a modal of its
 * own ("let you may delay", "will absolutely may help") */
static const char *const fit_causatives[] = {"let",    "lets", "help",  "helps",
                                             "helped", "make", "makes", "made"};
static const char *const fit_auxiliaries[] = {"will",  "would", "can", "could", "should",
                                              "shall", "must",  "may", "might"};
/* "seen their joints heal": a verb of perception, its object, a bare verb */
static const char *const fit_perception[] = {"see",   "sees",    "saw",     "seen",
                                             "watch", "watched", "watching"};
/* an emphatic do and its adverb: "did actually repair my knee" */
static const char *const fit_emphatic[] = {"do", "does", "did"};
/* "a miracle cure for", "the cure is", "the repair process": a noun, not a verb */
/* ("of" too: a verb takes its object without it, so "a lasting repair of the joint
 * surface" is the noun) */
static const char *const fit_noun_before[] = {"for",       "is",        "are",
                                              "was",       "were",      "process",
                                              "processes", "mechanism", "mechanisms",
                                              "response",  "of"};
/* "heal again and again", "heals completely": an adverb is not an object, nor is the
 * preposition of "my knee healed after PRP" */
static const char *const fit_adverbs[] = {
    "again", "back",   "fast",   "faster", "itself", "forever", "for",   "up",
    "over",  "within", "in",     "on",     "by",     "and",     "or",    "but",
    "too",   "well",   "now",    "twice",  "after",  "with",    "without", "at",
    "during", "since", "from",   "to",     "like",   "as",      "so",    "when",
    "while", "before", "until",  "because", "thanks", "than"};
/* -ly adjectives that do take an object: "heals elderly knees" */
static const char *const fit_ly_adjectives[] = {"elderly", "early", "family", "only",
                                                "daily",   "belly", "holy"};
/* A person is not a condition: "cured her for good", "healed me", "cures everyone
 * with", "cure people of arthritis", "works for people too". People with a condition
 * can be ("may support healing of people with arthritis"), except after "...
 * patients with". */
static const char *const fit_persons[] = {"everyone", "everybody", "anyone", "anybody",
                                          "me",       "you",       "us",     "them", "him"};
static const char *const fit_peoples[] = {"people", "humans"};
static const char *const fit_with[] = {"with"};
/* a clause's own subject: "works every time I use it" is "whenever I use it", and so
 * is "every time patients follow the protocol" or "every time the knee flares" */
static const char *const fit_subjects[] = {
    "i",    "you",  "we",   "they",  "he",       "she",     "it",       "patients",
    "people", "someone", "somebody", "clients", "athletes", "a", "an", "the",
    "your", "my",   "our",  "their", "his",      "her"};
/* "more quickly", "less often than" */
static const char *const fit_degree[] = {"more", "less"};
static const char *const fit_than[] = {"than"};
/* Adverbs between a subject and its verb. A modal replacement leaves an intensifier
 * out ("PRP really heals tendons" -> "PRP may support healing of tendons") and puts
 * any other after its modal ("PRP also heals" -> "PRP may also support healing of");
 * after an auxiliary neither fits ("has already cured" is advice, like "has cured"). */
static const char *const fit_intensifiers[] = {
    "really",  "basically", "literally", "actually",    "truly",  "totally",
    "simply",  "just",      "genuinely", "honestly",    "seriously", "absolutely",
    "definitely", "certainly", "undoubtedly", "surely", "always"};
/* Adverbs of degree that a calibrated adjective does not take: "completely risk-free"
 * is not "completely low-risk but not risk-free". */
static const char *const fit_absolutes[] = {"completely", "totally",  "absolutely", "perfectly",
                                            "entirely",   "utterly",  "fully",      "wholly"};
static const char *const fit_preverbs[] = {
    "also",      "often",       "even",       "still",     "already",    "now",
    "usually",   "sometimes",   "finally",    "typically", "frequently",
    "regularly", "naturally",   "quickly",    "rapidly",   "gently",     "safely",
    "routinely", "consistently", "dramatically", "effectively", "successfully"};
#define FIT_LIST(words, list) {words, CCK_ARRAY_LEN(words), 1u << (list)}
static const cck_word_list fit_lists[] = {
    FIT_LIST(fit_be, FIT_BE),
    FIT_LIST(fit_to, FIT_TO),
    FIT_LIST(fit_for, FIT_FOR),
    FIT_LIST(fit_no_verb_after, FIT_NO_VERB_AFTER),
    FIT_LIST(fit_causatives, FIT_CAUSATIVE),
    FIT_LIST(fit_auxiliaries, FIT_AUXILIARY),
    FIT_LIST(fit_perception, FIT_PERCEPTION),
    FIT_LIST(fit_emphatic, FIT_EMPHATIC),
    FIT_LIST(fit_noun_before, FIT_NOUN_BEFORE),
    FIT_LIST(fit_adverbs, FIT_ADVERB),
    FIT_LIST(fit_ly_adjectives, FIT_LY_ADJECTIVE),
    FIT_LIST(fit_persons, FIT_PERSON),
    FIT_LIST(fit_peoples, FIT_PEOPLE),
    FIT_LIST(fit_with, FIT_WITH),
    FIT_LIST(fit_subjects, FIT_SUBJECT),
    FIT_LIST(fit_degree, FIT_DEGREE),
    FIT_LIST(fit_than, FIT_THAN),
    FIT_LIST(fit_intensifiers, FIT_INTENSIFIER),
    FIT_LIST(fit_preverbs, FIT_PREVERB),
    FIT_LIST(fit_absolutes, FIT_ABSOLUTE)};

static int fit_words_init(cck_word_set *set)
{
    return cck_word_set_init(set, fit_lists, CCK_ARRAY_LEN(fit_lists));
}

/* Whether w[0..n) ends in -ly after at least two letters: "quickly", "completely". */
static int ends_in_ly(const char *w, size_t n)
{
    return n > 3 && memcmp(w + n - 2, "ly", 2) == 0;
}

/* The modals a replacement's own "may" or "might" takes the place of: "can cure",
 * "will completely cure", "will absolutely fix" -> "may ...". */
static const char *const calibrated_modals[] = {"can", "will", "could", "may", "might", "would"};

/* The FIT_* lists token i is on. */
static unsigned fit_word(const cck_scanner *sc, size_t i)
{
    return cck_word_set_bits(&sc->fit_words, cck_token_norm(&sc->text, i),
                             sc->text.tokens[i].norm_len);
}

/* Whether the lexicon's replacement for the trigger reads as English in its place.
 * Most replacements are verb phrases made for a finite verb with a subject before it
 * and an object after it ("PRP cures arthritis" -> "PRP may ease symptoms of
 * arthritis"); put after an auxiliary, an article or a preposition ("has cured", "a
 * cure for", "guaranteed to heal"), in place of an -ing form, or with nothing after a
 * replacement that needs an object ("Stem cells heal."), they do not, and the finding
 * gives advice instead of a broken sentence. A parenthesis ("(check the FDA status)")
 * is advice by itself.
 * Returns 1 when it fits, 0 when it does not (advice), and 2 when the trigger is
 * left out of the rewrite instead (drops_in_place). */
static int also_rewritten(const cck_scanner *sc, const cck_sentence *s, const cck_work_cue *c);

static int rewrite_fits(const cck_scanner *sc, const cck_sentence *s, const cck_work_cue *trigger)
{
    const cck_text *text = &sc->text;
    const char *repl = trigger->entry->suggestion;
    if (!repl)
        return 1; /* the sentence is kept as it is, with a note on the evidence */
    int booster = trigger->entry->cls == CCK_CLASS_BOOSTER;
    int one_word_booster = booster && trigger->first_token == trigger->last_token;
    /* a certainty word set off as a tag ("rebuilds cartilage, 100%", "ends knee pain,
     * full stop"): the calibrated sentence leaves it out, with its comma */
    if (booster && is_tag(text, s, trigger))
        return 2;
    /* absolutes side by side: "completely and permanently reverse" is not "partly and
     * permanently may slow" */
    if (one_word_booster && (fit_word(sc, trigger->first_token) & FIT(ABSOLUTE)) &&
        trigger->last_token + 2 < s->first_token + s->token_count &&
        (norm_is(text, trigger->last_token + 1, "and") ||
         norm_is(text, trigger->last_token + 1, ",")) &&
        ends_in_ly(cck_token_norm(text, trigger->last_token + 2),
                   text->tokens[trigger->last_token + 2].norm_len))
        return 0;
    /* an absolute adverb right before a claim that is calibrated itself: "completely
     * cure arthritis" is "may ease symptoms of arthritis", not "partly cure" */
    if (one_word_booster && (fit_word(sc, trigger->first_token) & FIT(ABSOLUTE))) {
        for (size_t k = 0; k < sc->cues.count; k++) {
            const cck_work_cue *o = &sc->cues.items[k];
            if (o->first_token == trigger->last_token + 1 && o->entry->cls == CCK_CLASS_CLAIM &&
                also_rewritten(sc, s, o))
                return 2;
        }
    }
    if (repl[0] == '(')
        return 0;
    /* a hype noun used as an adjective: "This miracle stem cell shot" is not "This
     * experimental treatment stem cell shot" */
    if (trigger->entry->cls == CCK_CLASS_CLAIM && trigger->entry->sub == CCK_CATEGORY_HYPE &&
        before_treatment(sc, trigger->last_token + 1)) {
        /* an adjective takes its place ("a transformative, new therapy"), a noun does
         * not ("Breakthrough stem cell therapy" is not "Development stem cell
         * therapy"), nor after a degree ("the most revolutionary facial") */
        static const char *const adjectives[] = {"new", "newer", "promising", "notable"};
        if (drops_in_place(sc, s, trigger))
            return 2;
        if (!cck_word_in(repl, strlen(repl), adjectives, CCK_ARRAY_LEN(adjectives)) ||
            (trigger->first_token > s->first_token &&
             (norm_is(text, trigger->first_token - 1, "most") ||
              norm_is(text, trigger->first_token - 1, "more"))))
            return 0;
    }
    /* a hashtag is one word of its own: "#NoSurgery" is not rewritten word by word */
    for (size_t k = trigger->first_token; k <= trigger->last_token; k++)
        if (text->tokens[k].kind == CCK_TOKEN_HASHTAG)
            return 0;
    /* an adverb before its verb stands where a phrase does not: "Stem cells permanently
     * fix torn ligaments" is not "Stem cells for a while fix torn ligaments" (after the
     * verb's object it is: "fixes the knee for a while"; and before "that": "shows in
     * one study that") */
    if (one_word_booster && trigger->last_token + 1 < s->first_token + s->token_count &&
        text->tokens[trigger->last_token + 1].kind == CCK_TOKEN_WORD &&
        !norm_is(text, trigger->last_token + 1, "that") && strchr(repl, ' ') &&
        ends_in_ly(cck_token_norm(text, trigger->first_token),
                   text->tokens[trigger->first_token].norm_len))
        return 0;
    /* what the replacement's own words say was worked out when the engine was built
     * (cck_replacement_traits): a finding asks only about the sentence */
    unsigned traits = trigger->entry->repl_traits;
    int verb_phrase = (traits & CCK_REPL_MODAL_FIRST) != 0;
    size_t end = s->first_token + s->token_count;
    size_t next = trigger->last_token + 1;
    int next_is_word = next < end && text->tokens[next].kind == CCK_TOKEN_WORD;
    if (traits & CCK_REPL_NOT) {
        /* "not guaranteed" stands for a participle said of something ("results
         * guaranteed", "is guaranteed to"), not for "we guarantee" nor before its noun
         * ("a guaranteed protocol", "give guaranteed results") */
        const char *w = cck_token_norm(text, trigger->last_token);
        size_t n = text->tokens[trigger->last_token].norm_len;
        if (n < 3 || memcmp(w + n - 2, "ed", 2) != 0)
            return 0;
        int after_be = trigger->first_token > s->first_token &&
                       (fit_word(sc, trigger->first_token - 1) & FIT(BE));
        if (!after_be && next_is_word && !(fit_word(sc, next) & FIT(TO)))
            return drops_in_place(sc, s, trigger) ? 2 : 0;
    }
    /* "helps some patients" does not take the "for tendinitis" of "works every time"
     * ("cured some patients for good" is fine: only "help(s) some patients"), nor a
     * clause of its own ("works every time I use it") */
    if ((traits & CCK_REPL_HELP_PATIENTS) && next_is_word &&
        (fit_word(sc, next) & (FIT(FOR) | FIT(SUBJECT))))
        return 0;
    if (verb_phrase) {
        const cck_token *t = &text->tokens[trigger->first_token];
        const char *w = cck_token_norm(text, trigger->first_token);
        if (t->norm_len > 4 && memcmp(w + t->norm_len - 3, "ing", 3) == 0)
            return 0;
        /* an imperative has no subject for the modal: "Skip the knee replacement" is
         * not "May delay the knee replacement" ("Cures arthritis!" keeps its rewrite) */
        if (trigger->first_token == s->first_token && w[t->norm_len - 1] != 's')
            return 0;
        if (trigger->first_token > s->first_token) {
            size_t prev = trigger->first_token - 1;
            unsigned prev_word = fit_word(sc, prev);
            if (prev_word & FIT(NO_VERB_AFTER))
                return 0;
            /* "your body's natural repair process": after a possessive comes a noun */
            if (cck_token_is_possessive(text, prev))
                return 0;
            if (prev_word & FIT(CAUSATIVE))
                return 0;
            unsigned before_prev = prev > s->first_token ? fit_word(sc, prev - 1) : 0;
            if (text->tokens[prev].kind == CCK_TOKEN_WORD && (before_prev & FIT(EMPHATIC)))
                return 0;
            /* "will completely cure": the absolute goes and the replacement's modal
             * takes the place of "will" (put_replacement) */
            int modal_absolute = (prev_word & FIT(ABSOLUTE)) && prev > s->first_token &&
                                 cck_token_in(text, prev - 1, calibrated_modals,
                                              CCK_ARRAY_LEN(calibrated_modals));
            if ((before_prev & (FIT(CAUSATIVE) | FIT(AUXILIARY))) && !modal_absolute)
                return 0;
            /* a participle after "be" and an absolute: "will be fully restored" is not
             * "will be may improve" */
            if ((prev_word & FIT(ABSOLUTE)) && (before_prev & (FIT(NO_VERB_AFTER) | FIT(BE))))
                return 0;
            if ((prev_word & (FIT(INTENSIFIER) | FIT(PREVERB))) &&
                (before_prev & (FIT(NO_VERB_AFTER) | FIT(EMPHATIC))))
                return 0;
            for (size_t back = 1; back <= 3 && prev >= s->first_token + back; back++) {
                size_t k = prev - back;
                if (text->tokens[k].kind != CCK_TOKEN_WORD)
                    break;
                if (fit_word(sc, k) & FIT(PERCEPTION))
                    return 0;
            }
        }
        if (next < end && (fit_word(sc, next) & FIT(NOUN_BEFORE)))
            return 0;
        /* nor before a claim verb of its own: "Our stem cell cure regrows cartilage" */
        for (size_t k = 0; k < sc->cues.count && next < end; k++) {
            const cck_work_cue *o = &sc->cues.items[k];
            if (o != trigger && !o->dropped && o->first_token == next &&
                o->entry->cls == CCK_CLASS_CLAIM && o->entry->sub != CCK_CATEGORY_EXTRAPOLATION)
                return 0;
        }
    }
    /* a replacement ending in a preposition needs a word after the trigger */
    if (traits & CCK_REPL_NEEDS_OBJECT) {
        if (next >= end || (text->tokens[next].kind != CCK_TOKEN_WORD &&
                            text->tokens[next].kind != CCK_TOKEN_NUMBER &&
                            text->tokens[next].kind != CCK_TOKEN_HASHTAG))
            return 0;
        const char *w = cck_token_norm(text, next);
        size_t n = text->tokens[next].norm_len;
        unsigned next_word = fit_word(sc, next);
        int for_patients = (traits & CCK_REPL_PATIENTS_WITH) != 0;
        size_t after = next + 1;
        int after_word = after < end && text->tokens[after].kind == CCK_TOKEN_WORD;
        int person = (next_word & FIT(PERSON)) ||
                     /* "her" before a noun is a possessive ("cured her knee") */
                     (n == 3 && memcmp(w, "her", 3) == 0 &&
                      (!after_word || (fit_word(sc, after) & FIT(ADVERB)))) ||
                     ((next_word & FIT(PEOPLE)) &&
                      (for_patients || !after_word || !(fit_word(sc, after) & FIT(WITH))));
        /* a count of people is people too: "cures most patients", "cured 500 patients
         * last year" are not "may ease symptoms of most patients" */
        static const char *const counts[] = {"most",     "many",     "all",   "some",
                                             "countless", "thousands", "hundreds", "dozens",
                                             "several",  "both",     "nearly", "almost"};
        static const char *const folk[] = {"patients", "people",  "clients", "athletes",
                                           "children", "kids",    "adults",  "men",
                                           "women",    "humans",  "runners", "customers"};
        if (text->tokens[next].kind == CCK_TOKEN_NUMBER ||
            cck_token_in(text, next, counts, CCK_ARRAY_LEN(counts))) {
            size_t who = next + 1;
            if (who < end && (norm_is(text, who, "of") || norm_is(text, who, "all")))
                who++; /* "hundreds of patients", "nearly all patients" */
            if (who < end && cck_token_in(text, who, folk, CCK_ARRAY_LEN(folk)) &&
                !(who + 1 < end && norm_is(text, who + 1, "with")))
                return 0;
        }
        /* "healed more quickly", "heals less slowly than": a comparison, not an
         * object ("heals more tendons" has one) */
        if (after_word && (next_word & FIT(DEGREE)) &&
            (ends_in_ly(cck_token_norm(text, after), text->tokens[after].norm_len) ||
             (fit_word(sc, after) & FIT(THAN))))
            return 0;
        if ((next_word & FIT(ADVERB)) || person ||
            (ends_in_ly(w, n) && /* completely, permanently */
             !(next_word & FIT(LY_ADJECTIVE))))
            return 0;
    }
    return 1;
}

/* The length of the advice inside a replacement written in parentheses, "(say how
 * sure the evidence allows)": the text from repl + 1, without its ')'. */
static size_t advice_len(const char *repl)
{
    size_t n = strlen(repl);
    return n >= 2 && repl[n - 1] == ')' ? n - 2 : n - 1;
}

/* Advice for a trigger whose replacement does not fit the sentence. */
static int build_advice(const cck_scanner *sc, const cck_work_cue *trigger, int evidence,
                        cck_buf *g)
{
    const char *repl = trigger->entry->suggestion;
    int st;
    if (repl[0] == '(') { /* "(check the FDA status: ...)" */
        size_t inner = advice_len(repl);
        char c = repl[1];
        st = cck_buf_putc(g, c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c);
        if (st == CCK_OK)
            st = cck_buf_append(g, repl + 2, inner > 0 ? inner - 1 : 0);
        return st == CCK_OK ? cck_buf_putc(g, '.') : st;
    }
    st = cck_buf_puts(g, "Reword ");
    if (st == CCK_OK)
        st = append_quoted(g, sc->text.buf + trigger->start, trigger->end - trigger->start);
    if (st == CCK_OK)
        st = cck_buf_puts(g, " in calibrated language (such as ");
    if (st == CCK_OK)
        st = append_quoted(g, repl, strlen(repl));
    if (st == CCK_OK)
        st = cck_buf_puts(g, evidence >= 3 ? ") and cite the evidence."
                             : evidence == 2 ? ") and say it was shown only in animal or lab "
                                               "studies."
                                             : ") and say that the evidence is limited.");
    return st;
}

/* Appends the text from `from` up to the cue, then the cue's calibrated replacement: a
 * modal right before the cue gives way to the replacement's own ("can may delay"
 * becomes "may delay") and an article agrees with the new word. For a phrase with a
 * gap, `...` in the replacement stands for the skipped words; a replacement without
 * it takes the place of the words before the gap and the rest is kept. */
static int put_replacement(const cck_scanner *sc, size_t from, size_t from_token,
                           const cck_work_cue *cue, int drop, cck_buf *g)
{
    const cck_text *text = &sc->text;
    if (drop) { /* the text before it, without the space that led to it */
        size_t upto = cue->start;
        if (cue->first_token > from_token && cck_is_comma_or_dash(text, cue->first_token - 1))
            upto = text->tokens[cue->first_token - 1].start; /* and a tag's comma */
        int st = cck_buf_append(g, text->buf + from, upto - from);
        while (st == CCK_OK && g->len > 0 &&
               (g->data[g->len - 1] == ' ' || g->data[g->len - 1] == '\t'))
            g->data[--g->len] = '\0';
        return st;
    }
    const char *repl = cue->entry->suggestion;
    size_t cut = cue->start;
    /* after an absolute left out, the modal before it gives way to the replacement's
     * own: "will completely cure" -> "may ease symptoms of" (the text so far ends on
     * "will") */
    if (repl && (strncmp(repl, "may ", 4) == 0 || strncmp(repl, "might ", 6) == 0) &&
        cue->first_token == from_token && from_token >= 2 &&
        (fit_word(sc, from_token - 1) & FIT(ABSOLUTE))) {
        const cck_token *m = &text->tokens[from_token - 2];
        size_t n = m->end - m->start;
        if (cck_token_in(text, from_token - 2, calibrated_modals,
                         CCK_ARRAY_LEN(calibrated_modals)) &&
            g->len >= n &&
            memcmp(g->data + g->len - n, text->buf + m->start, n) == 0) {
            g->len -= n;
            while (g->len > 0 && g->data[g->len - 1] == ' ')
                g->len--;
            g->data[g->len] = '\0';
        }
    }
    const char *article = NULL;
    size_t article_start = 0, article_end = 0;
    size_t moved = SIZE_MAX; /* an adverb that goes after the replacement's modal */
    int space_after_cut = 0;
    if (repl && cue->first_token > from_token) {
        size_t prev = cue->first_token - 1;
        const char *w = cck_token_norm(text, prev);
        size_t n = text->tokens[prev].norm_len;
        int starts_with_modal = strncmp(repl, "may ", 4) == 0 || strncmp(repl, "might ", 6) == 0;
        if (starts_with_modal) { /* the modal, or the adverb, before the cue */
            if (cck_word_in(w, n, calibrated_modals, CCK_ARRAY_LEN(calibrated_modals))) {
                cut = text->tokens[prev].start;
            } else if (n > 3 && memcmp(w + n - 3, "'ll", 3) == 0) {
                /* "they'll fix yours" -> "they may help with yours": the contracted
                 * will goes, from its apostrophe (one character of one to four bytes) */
                size_t at = text->tokens[prev].end - 3;
                while (at > text->tokens[prev].start &&
                       ((unsigned char)text->buf[at] & 0xC0) == 0x80)
                    at--;
                cut = at;
                space_after_cut = 1;
            } else if (!(prev == from_token && g->len == 0)) { /* an opening adverb stays */
                unsigned adverb = fit_word(sc, prev);
                if (adverb & (FIT(INTENSIFIER) | FIT(PREVERB))) {
                    cut = text->tokens[prev].start;
                    /* and a modal before it: "will absolutely fix" -> "may help with" */
                    if (prev > from_token &&
                        cck_word_in(cck_token_norm(text, prev - 1),
                                    text->tokens[prev - 1].norm_len, calibrated_modals,
                                    CCK_ARRAY_LEN(calibrated_modals)))
                        cut = text->tokens[prev - 1].start;
                }
                if (adverb & FIT(PREVERB))
                    moved = prev;
            }
        } else if (repl[0] != '(' && (fit_word(sc, prev) & FIT(ABSOLUTE)) &&
                   !(prev == from_token && g->len == 0)) {
            cut = text->tokens[prev].start; /* "completely risk-free" -> "low-risk but ..." */
        }
        int upper = cck_ascii_is_upper((unsigned char)text->buf[text->tokens[prev].start]);
        int vowel = is_vowel_start(repl);
        if (cut == cue->start && n == 1 && w[0] == 'a' && vowel)
            article = upper ? "An" : "an";
        else if (cut == cue->start && n == 2 && w[0] == 'a' && w[1] == 'n' && !vowel)
            article = upper ? "A" : "a";
        if (article) {
            article_start = text->tokens[prev].start;
            article_end = text->tokens[prev].end;
        }
    }
    int st;
    if (article) {
        st = cck_buf_append(g, text->buf + from, article_start - from);
        if (st == CCK_OK)
            st = cck_buf_puts(g, article);
        if (st == CCK_OK)
            st = cck_buf_append(g, text->buf + article_end, cut - article_end);
    } else {
        st = cck_buf_append(g, text->buf + from, cut - from);
        if (st == CCK_OK && space_after_cut)
            st = cck_buf_putc(g, ' ');
    }
    if (st != CCK_OK)
        return st;
    if (!repl)
        return cck_buf_append(g, text->buf + cue->start, cue->end - cue->start);
    if (moved != SIZE_MAX) { /* "may" or "might", the adverb, then the rest */
        size_t modal = (size_t)(strchr(repl, ' ') - repl);
        st = cck_buf_append(g, repl, modal + 1);
        if (st == CCK_OK)
            st = cck_buf_append(g, text->buf + text->tokens[moved].start,
                                text->tokens[moved].end - text->tokens[moved].start);
        if (st != CCK_OK)
            return st;
        repl += modal;
    }
    /* a replacement that opens the sentence opens with its capital ("Science shows" ->
     * "Some studies suggest") */
    if (from_token == cue->first_token && cut == cue->start && g->len == 0 &&
        cck_ascii_is_upper((unsigned char)text->buf[cue->start]) && repl[0] >= 'a' &&
        repl[0] <= 'z') {
        st = cck_buf_putc(g, (char)(repl[0] - 'a' + 'A'));
        if (st != CCK_OK)
            return st;
        repl++;
    }
    if (!cue->has_gap || cue->gap_at <= cue->first_token)
        return cck_buf_puts(g, repl);
    /* the words before the gap end here; the skipped words and the rest follow */
    size_t before_end = text->tokens[cue->gap_at - 1].end;
    size_t gap_end = cue->gap_len ? text->tokens[cue->gap_at + cue->gap_len - 1].end
                                  : before_end;
    const char *dots = strstr(repl, "...");
    if (!dots) {
        st = cck_buf_puts(g, repl);
        if (st == CCK_OK)
            st = cck_buf_append(g, text->buf + before_end, cue->end - before_end);
        return st;
    }
    size_t prefix = (size_t)(dots - repl);
    while (prefix > 0 && repl[prefix - 1] == ' ')
        prefix--;
    const char *suffix = dots + 3;
    while (*suffix == ' ')
        suffix++;
    st = cck_buf_append(g, repl, prefix);
    if (st == CCK_OK)
        st = cck_buf_append(g, text->buf + before_end, gap_end - before_end);
    if (st == CCK_OK && *suffix)
        st = cck_buf_putc(g, ' ');
    if (st == CCK_OK)
        st = cck_buf_puts(g, suffix);
    return st;
}

/* Another strong word of the sentence that the rewrite also calibrates: an asserted
 * claim or certainty word with a replacement that fits ("Stem cells heal tendons and
 * prevent re-injury" loses both). */
static int also_rewritten(const cck_scanner *sc, const cck_sentence *s, const cck_work_cue *c)
{
    if (c->dropped || c->negated || c->conditional || c->quoted || !c->entry->suggestion)
        return 0;
    if (c->entry->cls != CCK_CLASS_CLAIM && c->entry->cls != CCK_CLASS_BOOSTER)
        return 0;
    if (c->entry->cls == CCK_CLASS_CLAIM && c->level < 3)
        return 0; /* hedged already */
    return rewrite_fits(sc, s, c);
}

/* The plural of a verb that often follows "every patient" ("leaves" -> "leave"), or
 * NULL: a word not listed may be a noun ("every patient series") or an adverb
 * ("always"), which must not change. */
static const char *plural_verb(const cck_text *text, size_t i)
{
    static const char *const verbs[][2] = {
        {"is", "are"},           {"was", "were"},         {"has", "have"},
        {"does", "do"},          {"goes", "go"},          {"leaves", "leave"},
        {"walks", "walk"},       {"gets", "get"},         {"feels", "feel"},
        {"sees", "see"},         {"says", "say"},         {"reports", "report"},
        {"notices", "notice"},   {"needs", "need"},       {"heals", "heal"},
        {"recovers", "recover"}, {"responds", "respond"}, {"improves", "improve"},
        {"returns", "return"},   {"comes", "come"},       {"regains", "regain"},
        {"achieves", "achieve"}, {"enjoys", "enjoy"},     {"benefits", "benefit"},
        {"tells", "tell"},       {"loves", "love"},       {"gains", "gain"},
        {"makes", "make"},       {"experiences", "experience"}, {"reaches", "reach"},
        {"carries", "carry"},    {"sleeps", "sleep"},     {"runs", "run"},
        {"moves", "move"},       {"wakes", "wake"},       {"finds", "find"},
        {"tolerates", "tolerate"}, {"avoids", "avoid"},   {"skips", "skip"},
        {"wants", "want"},       {"starts", "start"},     {"stops", "stop"}};
    for (size_t k = 0; k < CCK_ARRAY_LEN(verbs); k++)
        if (norm_is_n(text, i, verbs[k][0], strlen(verbs[k][0])))
            return verbs[k][1];
    return NULL;
}

/* What a replacement changes in the words right after it:
 * - words the text says again are not said twice: a hype word's noun ("a miracle
 *   treatment" -> "an experimental treatment", not "... treatment treatment"); a single
 *   other word may start a new clause ("works every time patients follow the plan");
 * - "whatsoever", "at all" and "of any kind" no longer fit once the absolute is gone
 *   ("no risk at all with PRP" -> "some risk with PRP");
 * - a verb right after "patients" put for an "every patient" that opens the clause
 *   agrees with it ("Every patient leaves" -> "Some patients leave").
 * *at and *at_token move past the words taken out or rewritten. */
static void after_replacement(const cck_scanner *sc, const cck_sentence *s,
                              const cck_work_cue *c, cck_buf *g, size_t *at, size_t *at_token)
{
    const cck_text *text = &sc->text;
    size_t end = s->first_token + s->token_count, next = *at_token;
    if (next >= end || text->tokens[next].kind != CCK_TOKEN_WORD)
        return;
    size_t word = g->len;
    while (word > 0 && g->data[word - 1] != ' ')
        word--;
    size_t n = text->tokens[next].norm_len;
    const char *w = cck_token_norm(text, next);
    int same_last = word > 0 && g->len - word == n && memcmp(g->data + word, w, n) == 0;
    if (same_last && c->entry->sub == CCK_CATEGORY_HYPE && c->entry->cls == CCK_CLASS_CLAIM) {
        g->len = word - 1;
        g->data[g->len] = '\0';
        return;
    }
    int any_kind = norm_is(text, next, "of") && next + 2 < end &&
                   norm_is(text, next + 1, "any") &&
                   (norm_is(text, next + 2, "kind") || norm_is(text, next + 2, "sort"));
    if (norm_is(text, next, "whatsoever") || any_kind ||
        (norm_is(text, next, "at") && next + 1 < end && norm_is(text, next + 1, "all"))) {
        size_t last = any_kind ? next + 2 : norm_is(text, next, "at") ? next + 1 : next;
        if (any_kind && last + 1 < end && norm_is(text, last + 1, "whatsoever"))
            last++; /* "no risk of any kind whatsoever" */
        *at = text->tokens[last].end;
        *at_token = last + 1;
        return;
    }
    int opens = c->first_token == s->first_token ||
                text->tokens[c->first_token - 1].kind == CCK_TOKEN_PUNCT;
    /* the verb, or an adverb and then the verb ("Every patient always leaves") */
    static const char *const adverbs[] = {"always", "usually", "often", "also", "now",
                                          "soon", "quickly", "really", "still"};
    if (opens && norm_is(text, c->last_token, "patient") && g->len - word == 8 &&
        memcmp(g->data + word, "patients", 8) == 0 && text->tokens[next].start == *at + 1) {
        size_t verb = next;
        if (cck_token_in(text, next, adverbs, CCK_ARRAY_LEN(adverbs)) && next + 1 < end &&
            text->tokens[next + 1].start == text->tokens[next].end + 1)
            verb = next + 1;
        const char *plural = plural_verb(text, verb);
        if (plural &&
            cck_buf_append(g, text->buf + *at, text->tokens[verb].start - *at) == CCK_OK &&
            cck_buf_puts(g, plural) == CCK_OK) {
            *at = text->tokens[verb].end;
            *at_token = verb + 1;
        }
    }
}

static int scoped_to_lab(const cck_text *text, const cck_sentence *s, const cck_cue_vec *cv,
                         const cck_work_cue *c);

/* Whether a negation stands right before the claim c or in its words: "never let your
 * doctor tell you PRP doesn't work for knees, it 100% does" answers the denial, which
 * the calibrated answer ("it often does") takes care of. */
static int denied_before(const cck_text *text, const cck_sentence *s, const cck_work_cue *c)
{
    static const char *const nots[] = {"not",    "never", "doesn't", "don't",  "didn't",
                                       "isn't",  "won't", "can't",   "cannot", "no"};
    size_t from = c->first_token > s->first_token ? c->first_token - 1 : c->first_token;
    for (size_t k = from; k <= c->last_token; k++)
        if (cck_token_in(text, k, nots, CCK_ARRAY_LEN(nots)))
            return 1;
    return 0;
}

/* Whether the claim c follows the rewritten cue `trigger` in its clause, where the
 * calibrated words govern it ("is proven to regenerate" -> "is thought by some to
 * regenerate"). */
static int under_trigger(const cck_scanner *sc, const cck_sentence *s,
                         const cck_work_cue *trigger, const cck_work_cue *c)
{
    if (c->first_token <= trigger->last_token)
        return 0;
    if (trigger->first_token == s->first_token) /* "Without question," -> "Possibly," */
        return 1;
    for (size_t k = trigger->last_token + 1; k < c->first_token; k++)
        if (cck_is_comma_or_dash(&sc->text, k) || norm_is(&sc->text, k, ";") ||
            norm_is(&sc->text, k, ":") || norm_is(&sc->text, k, "and"))
            return 0;
    return 1;
}

/* The sentence up to its end (without the final stop), with the trigger and every
 * other strong word that can be calibrated in place replaced; *left counts the
 * asserted strong claims it leaves as they were. */
static int build_rewrite(const cck_scanner *sc, const cck_sentence *s,
                         const cck_work_cue *trigger, int trigger_fits, cck_buf *g,
                         size_t *rest, const cck_work_cue **left)
{
    const cck_cue_vec *cv = &sc->cues;
    size_t at = s->start, at_token = s->first_token;
    int st = CCK_OK, dropped = 0;
    /* the strong claims passed over, and the spans rewritten: a claim whose words
     * another cue rewrote ("PRP works" beside "works for") is not left */
    enum { KEPT = 16 };
    size_t passed[KEPT], done[KEPT], n_passed = 0, n_done = 0;
    *left = NULL;
    for (size_t i = 0; i < cv->count && st == CCK_OK; i++) {
        const cck_work_cue *c = &cv->items[i];
        if (c->start < at || c->end > s->end)
            continue;
        /* two replacements side by side read badly ("often may support"): the
         * trigger's own wins, then the first; after a word left out there is none */
        int fits = c == trigger ? trigger_fits : also_rewritten(sc, s, c);
        if (c != trigger && (!fits || (c->last_token + 1 == trigger->first_token &&
                                       trigger_fits != 2) ||
                             (c->start < trigger->end && c->end > trigger->start) ||
                             (at != s->start && c->first_token == at_token && !dropped))) {
            /* an asserted claim of level 4 or 5 that stays as it was: "have cured
             * hundreds of children ..., and they are totally safe" */
            if (!fits && c->entry->cls == CCK_CLASS_CLAIM &&
                c->entry->sub != CCK_CATEGORY_EXTRAPOLATION &&
                c->entry->sub != CCK_CATEGORY_HYPE && c->level >= 4 && !c->dropped &&
                !c->negated && !c->conditional && !c->quoted &&
                !(c->start < trigger->end && c->end > trigger->start) &&
                !scoped_to_lab(&sc->text, s, cv, c) && /* "healed torn cuffs in rats" */
                !denied_before(&sc->text, s, c)) {
                if (n_passed < KEPT)
                    passed[n_passed++] = i;
                else if (!*left)
                    *left = c;
            }
            continue;
        }
        if (n_done < KEPT)
            done[n_done++] = i;
        dropped = fits == 2;
        st = put_replacement(sc, at, at_token, c, fits == 2, g);
        at = c->end;
        at_token = c->last_token + 1;
        /* a tag between commas goes with both: "is, no doubt, real" -> "is real" */
        if (fits == 2 && at_token < s->first_token + s->token_count &&
            c->first_token > s->first_token &&
            norm_is(&sc->text, c->first_token - 1, ",") && norm_is(&sc->text, at_token, ",")) {
            at = sc->text.tokens[at_token].end;
            at_token++;
        }
        if (st == CCK_OK && fits != 2 && c->entry->suggestion &&
            c->entry->suggestion[0] != '(')
            after_replacement(sc, s, c, g, &at, &at_token);
    }
    for (size_t p = 0; p < n_passed; p++) {
        const cck_work_cue *c = &cv->items[passed[p]];
        int rewritten = under_trigger(sc, s, trigger, c);
        for (size_t d = 0; d < n_done && !rewritten; d++) {
            const cck_work_cue *o = &cv->items[done[d]];
            rewritten = (c->start < o->end && c->end > o->start) || under_trigger(sc, s, o, c);
        }
        if (!rewritten && (!*left || c->start < (*left)->start))
            *left = c;
    }
    *rest = at;
    return st;
}

/* Absolutes that close a clause and are no cue of their own, and what calibrates them
 * as the lexicon calibrates "forever": "cures tennis elbow for good" -> "... for a
 * while", "regrows hair in everyone" -> "... in some patients"; "cures autism outright"
 * and "..., period" lose the words (with NULL). An `object` one only as the claim's
 * own object: "heals everything" -> "may support healing of some conditions", not
 * "Dr. K explains everything" nor "cures almost everything". */
static const struct {
    const char *words[4];
    size_t count;
    const char *with;
    int object;
} tail_absolutes[] = {{{"for", "good"}, 2, "for a while", 0},
                      {{"once", "and", "for", "all"}, 4, "for a while", 0},
                      {{"in", "everyone"}, 2, "in some patients", 0},
                      {{"in", "everybody"}, 2, "in some patients", 0},
                      {{"for", "everyone"}, 2, "for some people", 0},
                      {{"for", "everybody"}, 2, "for some people", 0},
                      {{"everything"}, 1, "some conditions", 1},
                      {{"outright"}, 1, NULL, 0},
                      {{",", "period"}, 2, NULL, 0}};

/* The tail_absolutes entry that starts at token k of s and closes its clause before
 * token `limit` (or the sentence's end), or -1. Before another word it is something
 * else ("for good reason", "in everyone who tries it"), and after a negation it limits
 * the claim ("not for everyone"). */
static int tail_absolute_at(const cck_text *text, const cck_sentence *s, size_t k,
                            size_t limit, int object)
{
    static const char *const negations[] = {"not", "never", "no", "isn't", "aren't", "won't"};
    size_t end = s->first_token + s->token_count;
    for (size_t t = 0; t < CCK_ARRAY_LEN(tail_absolutes); t++) {
        size_t n = tail_absolutes[t].count, after = k + n;
        if (after > end || text->tokens[after - 1].end > limit ||
            (tail_absolutes[t].object && !object))
            continue;
        size_t w = 0;
        while (w < n && norm_is_n(text, k + w, tail_absolutes[t].words[w],
                                  strlen(tail_absolutes[t].words[w])))
            w++;
        if (w < n || (after < end && (text->tokens[after].kind == CCK_TOKEN_WORD ||
                                      text->tokens[after].kind == CCK_TOKEN_NUMBER)))
            continue;
        if (k > s->first_token &&
            cck_token_in(text, k - 1, negations, CCK_ARRAY_LEN(negations)))
            continue;
        return (int)t;
    }
    return -1;
}

static int is_stop_byte(char c)
{
    return c == '.' || c == '!' || c == '?';
}

/* Where the emoji and hashtags that close sentence s begin ("... cures everything 💯🔥
 * #regenerativemedicine"), after `rest`; s->end when there are none. Stops and
 * mentions among them count with them. */
static size_t decoration_start(const cck_text *text, const cck_sentence *s, size_t rest)
{
    size_t k = s->first_token + s->token_count, from = s->end;
    int any = 0;
    while (k > s->first_token) {
        const cck_token *t = &text->tokens[k - 1];
        int deco = t->kind == CCK_TOKEN_EMOJI || t->kind == CCK_TOKEN_HASHTAG;
        if (!deco && !(t->kind == CCK_TOKEN_PUNCT && is_stop_byte(text->buf[t->start])) &&
            t->kind != CCK_TOKEN_MENTION)
            break;
        if (t->start < rest)
            break;
        any |= deco;
        from = t->start;
        k--;
    }
    if (!any)
        return s->end;
    /* the run starts at its first emoji or hashtag, and a hashtag at its '#' */
    while (from < s->end && (is_stop_byte(text->buf[from]) || text->buf[from] == ' '))
        from++;
    if (from > rest && text->buf[from - 1] == '#')
        from--;
    return from;
}

/* Appends the emoji and hashtags [from, s->end) after the note on the evidence, without
 * their closing stops. */
static int put_decoration(const cck_text *text, const cck_sentence *s, size_t from, cck_buf *g)
{
    size_t to = s->end;
    while (to > from && (is_stop_byte(text->buf[to - 1]) || text->buf[to - 1] == ' '))
        to--;
    if (to <= from)
        return CCK_OK;
    int st = cck_buf_putc(g, ' ');
    return st == CCK_OK ? cck_buf_append(g, text->buf + from, to - from) : st;
}

/* Appends the rest of a rewritten sentence, text [rest, deco), without its final stops
 * ("arthritis!!!" is "arthritis", before the note on the evidence) or the space before
 * the closing emoji and hashtags at deco (decoration_start), and with the
 * tail_absolutes in it calibrated. */
static int put_rest(const cck_scanner *sc, const cck_sentence *s, size_t rest, size_t deco,
                    cck_buf *g)
{
    const cck_text *text = &sc->text;
    size_t end = s->first_token + s->token_count, at = rest, stop = deco;
    while (stop > rest && (is_stop_byte(text->buf[stop - 1]) || (deco < s->end &&
                                                                 text->buf[stop - 1] == ' ')))
        stop--;
    /* not in a clause of its own after the claim: "regrows the follicles you thought
     * were gone for good" */
    static const char *const clause_words[] = {"that", "which", "who",     "whom",    "where",
                                               "when", "while", "were",    "was",     "is",
                                               "are",  "been",  "thought", "believed", "feared"};
    /* nor after a hype noun, whose verb was not calibrated: "Local clinic's stem cell
     * breakthrough promises to end knee replacements for good" */
    int after_claim = 1;
    for (size_t i = 0; i < sc->cues.count; i++) {
        const cck_work_cue *c = &sc->cues.items[i];
        if (c->end == rest && c->entry->cls == CCK_CLASS_CLAIM &&
            c->entry->sub == CCK_CATEGORY_HYPE)
            after_claim = 0;
    }
    int st = CCK_OK, object = 1; /* the first word after the claim is its object */
    for (size_t k = s->first_token; k < end && st == CCK_OK && after_claim; k++) {
        if (text->tokens[k].start < at)
            continue;
        if (cck_token_in(text, k, clause_words, CCK_ARRAY_LEN(clause_words)))
            break;
        int t = tail_absolute_at(text, s, k, stop, object);
        object = 0;
        if (t < 0)
            continue;
        size_t upto = text->tokens[k].start;
        if (!tail_absolutes[t].with) /* the space before the dropped words goes too */
            while (upto > at && (text->buf[upto - 1] == ' ' || text->buf[upto - 1] == '\t'))
                upto--;
        st = cck_buf_append(g, text->buf + at, upto - at);
        if (st == CCK_OK && tail_absolutes[t].with)
            st = cck_buf_puts(g, tail_absolutes[t].with);
        k += tail_absolutes[t].count - 1;
        at = text->tokens[k].end;
    }
    if (st == CCK_OK && stop > at)
        st = cck_buf_append(g, text->buf + at, stop - at);
    return st;
}

/* Advice for a hedged claim beside an absolute that the hedge does not take back
 * ("Stem cells may completely cure arthritis", "PRP might regrow cartilage in
 * everyone"): the absolute is named, with its calibrated words. Returns 0 and writes
 * nothing when the sentence has none. */
static int put_hedged_absolute(const cck_scanner *sc, const cck_sentence *s, cck_buf *g,
                               int *st)
{
    const cck_text *text = &sc->text;
    size_t from = 0, to = 0;
    const char *with = NULL;
    int found = 0;
    for (size_t k = 0; k < sc->cues.count && !found; k++) {
        const cck_work_cue *c = &sc->cues.items[k];
        if (c->entry->cls == CCK_CLASS_BOOSTER && !c->dropped && !c->negated &&
            !c->conditional && !c->quoted && c->entry->suggestion && c->start >= s->start &&
            c->end <= s->end) {
            from = c->start;
            to = c->end;
            with = c->entry->suggestion;
            found = 1;
        }
    }
    for (size_t k = s->first_token; k < s->first_token + s->token_count && !found; k++) {
        /* an object: the word right after a claim's words */
        int object = k > 0 && cck_class_ends_at(sc->cues.items, sc->cues.count, k - 1,
                                                 CCK_CLASS_CLAIM);
        int t = tail_absolute_at(text, s, k, s->end, object);
        if (t >= 0 && text->tokens[k].kind == CCK_TOKEN_WORD) {
            from = text->tokens[k].start;
            to = text->tokens[k + tail_absolutes[t].count - 1].end;
            with = tail_absolutes[t].with;
            found = 1;
        }
    }
    if (!found)
        return 0;
    *st = cck_buf_puts(g, "The claim is hedged, but ");
    if (*st == CCK_OK)
        *st = append_quoted(g, text->buf + from, to - from);
    if (*st == CCK_OK)
        *st = cck_buf_puts(g, " still claims more than the evidence: ");
    if (*st == CCK_OK && with && with[0] == '(') { /* "(say how sure the evidence allows)" */
        *st = cck_buf_append(g, with + 1, advice_len(with));
    } else if (*st == CCK_OK && with) {
        *st = cck_buf_puts(g, "reword it (such as ");
        if (*st == CCK_OK)
            *st = append_quoted(g, with, strlen(with));
        if (*st == CCK_OK)
            *st = cck_buf_putc(g, ')');
    } else if (*st == CCK_OK) {
        *st = cck_buf_puts(g, "leave it out");
    }
    if (*st == CCK_OK)
        *st = cck_buf_puts(g, ", and cite the evidence behind the claim if there is any.");
    return 1;
}

/* head: the sentence's cues by class (link_cue_classes). */
static int build_texts(cck_scanner *sc, const cck_sentence *s, const cck_sentence_result *r,
                       const uint32_t head[CCK_CLASS_COUNT], const cck_work_cue *trigger,
                       cck_category category, int claim, int evidence, cck_severity severity,
                       int topic_carried, int null_trial, int *advice)
{
    const cck_rule *rule = cck_rule_get(category);
    const char *trig = sc->text.buf + trigger->start;
    size_t trig_len = trigger->end - trigger->start;
    cck_buf *m = &sc->message, *e = &sc->explanation, *g = &sc->suggestion;
    cck_buf_clear(m);
    cck_buf_clear(e);
    cck_buf_clear(g);
    int st = CCK_OK;
    /* CCK_SCAN_JSON_TEXTS: the message and the explanation are written JSON-escaped.
     * What comes from the input (the trigger, the cues) is escaped as it goes in and
     * the quotes around it written escaped; the template text around it is printable
     * ASCII with no quote or backslash, the same escaped or not (claim_levels_json
     * has the one exception), and the rule's texts are escaped when they need it. */
    int json = (sc->lean & CCK_SCAN_JSON_TEXTS) != 0;
    int rule_json = json && (sc->rule_escapes & (1u << category));

    /* message: one line naming the problem */
    if (r->question)
        st = cck_buf_puts(m, "question about ");
    else if (r->conditional)
        st = cck_buf_puts(m, "conditional ");
    else if (r->reported)
        st = cck_buf_puts(m, "reported ");
    else if (r->hedged)
        st = cck_buf_puts(m, "hedged ");
    if (st == CCK_OK)
        st = rule_json ? put_json(m, rule->name, sc->rule_name_len[category])
                       : cck_buf_append(m, rule->name, sc->rule_name_len[category]);
    if (st == CCK_OK)
        st = cck_buf_puts(m, category == CCK_CATEGORY_HYPE ? " word " : " claim ");
    if (st == CCK_OK)
        st = json ? append_quoted_json(m, trig, trig_len) : append_quoted(m, trig, trig_len);
    if (st == CCK_OK) {
        if (severity == CCK_SEVERITY_INFO && (r->question || r->conditional || r->reported))
            st = cck_buf_puts(m, " (not the author's assertion; check how it is framed)");
        else if (category == CCK_CATEGORY_ANECDOTE) /* what the claim rests on */
            st = put_pair(m, (cck_str)CCK_STR(" backed only by "), evidence_names[1]);
        else if (evidence == 0)
            st = cck_buf_puts(m, " with no evidence given");
        else
            st = put_pair(m, (cck_str)CCK_STR(" backed only by "), evidence_names[evidence]);
    }

    /* explanation: what was found, what was looked for */
    if (rule_json) {
        if (st == CCK_OK)
            st = put_json(e, rule->id, sc->rule_id_len[category]);
        if (st == CCK_OK)
            st = cck_buf_puts(e, ": ");
        if (st == CCK_OK)
            st = put_json(e, rule->summary, sc->rule_summary_len[category]);
        if (st == CCK_OK)
            st = cck_buf_puts(e, ". The sentence makes ");
    } else {
        if (st == CCK_OK)
            st = put_pair(e, (cck_str){rule->id, sc->rule_id_len[category]}, (cck_str)CCK_STR(": "));
        if (st == CCK_OK)
            st = put_pair(e, (cck_str){rule->summary, sc->rule_summary_len[category]},
                          (cck_str)CCK_STR(". The sentence makes "));
    }
    if (st == CCK_OK)
        st = put_pair(e, (json ? claim_levels_json : claim_levels)[claim],
                      (cck_str)CCK_STR(" and gives "));
    /* the evidence weighed may be a neighbouring sentence's: say so */
    int own = r->evidence < evidence ? r->evidence : evidence;
    if (st == CCK_OK)
        st = put_pair(e, evidence_levels[own],
                      own < evidence ? (cck_str)CCK_STR("; the sentences around it give ")
                                     : (cck_str)CCK_STR(". "));
    if (st == CCK_OK && own < evidence)
        st = put_pair(e, evidence_levels[evidence], (cck_str)CCK_STR(". "));
    if (st == CCK_OK)
        st = list_cues(e, sc, head, CCK_CLASS_CLAIM, CUES_NO_BRIDGES,
                       (cck_str)CCK_STR("Claim words: "));
    if (st == CCK_OK && category == CCK_CATEGORY_EXTRAPOLATION)
        st = list_cues(e, sc, head, CCK_CLASS_CLAIM, CUES_BRIDGES,
                       (cck_str)CCK_STR("Words that carry it over to people: "));
    if (st == CCK_OK)
        st = list_cues(e, sc, head, CCK_CLASS_BOOSTER, CUES_ALL,
                       (cck_str)CCK_STR("Certainty words: "));
    if (st == CCK_OK)
        st = list_cues(e, sc, head, CCK_CLASS_TOPIC, CUES_ALL,
                       (cck_str)CCK_STR("Topic: "));
    if (st == CCK_OK && topic_carried)
        st = cck_buf_puts(e, "Topic carried from an earlier sentence. ");
    if (st == CCK_OK) {
        size_t before = e->len;
        st = list_cues(e, sc, head, CCK_CLASS_HEDGE, CUES_ALL,
                       (cck_str)CCK_STR("Hedges: "));
        if (st == CCK_OK && e->len == before && !r->hedged)
            st = cck_buf_puts(e, "Looked for a hedge (may, might, early evidence, in some "
                                 "patients): none found. ");
    }
    if (st == CCK_OK)
        st = list_cues(e, sc, head, CCK_CLASS_NEGATION_PRE, CUES_ALL,
                       (cck_str)CCK_STR("Negations: "));
    if (st == CCK_OK) {
        size_t before = e->len;
        st = list_cues(e, sc, head, CCK_CLASS_EVIDENCE, CUES_ALL,
                       (cck_str)CCK_STR("Evidence: "));
        if (st == CCK_OK && null_trial == NULL_OWN)
            st = cck_buf_puts(e, "That study found no difference or no benefit, which is no "
                                 "support for the claim. ");
        else if (st == CCK_OK && e->len == before && evidence == 0)
            st = cck_buf_puts(e, null_trial == NULL_NEARBY
                                     ? "Looked for evidence in this and the neighbouring "
                                       "sentences: the study beside it found no difference "
                                       "or no benefit, which is no support for the claim. "
                                     : "Looked for evidence in this and the neighbouring "
                                       "sentences (a trial, a review, a citation, a sample "
                                       "size): none found. ");
    }
    if (st == CCK_OK && (r->question || r->conditional || r->reported))
        st = cck_buf_puts(e, r->question      ? "It is asked as a question. "
                             : r->conditional ? "It sits inside a condition. "
                                              : "It is attributed to someone else or quoted. ");
    /* what a claim of level 4 or 5 needs, as the ladder names it */
    if (st == CCK_OK && claim >= 4 && evidence < 4)
        st = cck_buf_puts(e, claim >= 5 ? "A level-5 claim needs " EVIDENCE_5 " or better."
                                        : "A level-4 claim needs " EVIDENCE_4 " or better.");
    else if (st == CCK_OK && claim == 3 && evidence < 3)
        st = cck_buf_puts(e, "An ability claim needs at least human studies.");

    /* suggestion: the sentence with the trigger replaced by calibrated words; claims
     * that are not asserted, or already hedged, get advice instead of a rewrite */
    *advice = 1;
    if (st == CCK_OK && r->hedged && !r->question && !r->conditional && !r->reported &&
        put_hedged_absolute(sc, s, g, &st))
        return st;
    if (st == CCK_OK && (r->question || r->conditional || r->reported || r->hedged)) {
        st = cck_buf_puts(g, r->question      ? "Make sure the text answers the question with "
                                                "the evidence, or says there is none"
                             : r->conditional ? "Make sure the text says whether the condition "
                                                "holds and what the evidence is"
                             : r->reported    ? "Make sure the text says whether the evidence "
                                                "supports the reported claim"
                                              : "The claim is already hedged; cite the evidence behind it "
                                                "if there is any");
        if (st == CCK_OK)
            st = cck_buf_putc(g, '.');
        return st;
    }
    /* the caveat names what the claim rests on: a testimonial in the sentence itself
     * outweighs lab work named nearby, as in the message */
    if (category == CCK_CATEGORY_ANECDOTE && evidence > 1)
        evidence = 1;
    int fits = st == CCK_OK ? rewrite_fits(sc, s, trigger) : 1;
    /* a tag whose own fix is advice ("..., full stop") stays advice when it is the
     * finding: the sentence without it may still be as sure ("The question is settled
     * and it works, full stop"); beside another trigger it is left out */
    if (fits == 2 && trigger->entry->suggestion && trigger->entry->suggestion[0] == '(')
        fits = 0;
    if (!fits)
        return build_advice(sc, trigger, evidence, g);
    *advice = 0;
    size_t rest = trigger->end, mark = g->len;
    const cck_work_cue *left = NULL;
    if (st == CCK_OK)
        st = build_rewrite(sc, s, trigger, fits, g, &rest, &left);
    /* a rewrite that leaves another strong claim as it was would read as calibrated
     * while it is not: advice instead, which names that claim too */
    if (st == CCK_OK && left && trigger->entry->suggestion) {
        g->len = mark;
        if (g->data)
            g->data[mark] = '\0';
        *advice = 1;
        st = build_advice(sc, trigger, evidence, g);
        if (st == CCK_OK)
            st = cck_buf_puts(g, " Calibrate ");
        if (st == CCK_OK)
            st = append_quoted(g, sc->text.buf + left->start, left->end - left->start);
        if (st == CCK_OK)
            st = cck_buf_puts(g, " in the same way.");
        return st;
    }
    /* the note goes before the post's closing emoji and hashtags: "... may ease
     * symptoms of arthritis; evidence is limited. 💯 #PRP" */
    size_t deco = decoration_start(&sc->text, s, rest);
    if (st == CCK_OK)
        st = put_rest(sc, s, rest, deco, g);
    if (st == CCK_OK && evidence < 3)
        st = cck_buf_puts(g, evidence == 2 ? " (so far shown only in animal or lab studies)"
                                           : "; evidence is limited");
    if (st == CCK_OK)
        st = cck_buf_putc(g, '.');
    if (st == CCK_OK && deco < s->end)
        st = put_decoration(&sc->text, s, deco, g);
    return st;
}

/* Whether the source of analysed text [start, end) is other bytes than the text: a
 * Markdown or HTML sentence with markup or entities taken out. */
static int source_differs(const cck_scanner *sc, size_t start, size_t end)
{
    if (!sc->mapped)
        return 0;
    size_t from = map_start(sc, sc->chunk_base + start);
    size_t to = map_end(sc, sc->chunk_base + end);
    size_t n = end - start;
    return to < from || to - from != n || from < sc->window ||
           memcmp(sc->original + (from - sc->window), sc->text.buf + start, n) != 0;
}

/* Makes each run of white space in b one space: a rewrite of a sentence from markup
 * keeps none of the source's line breaks and indentation. */
static void squeeze_space(cck_buf *b)
{
    size_t out = 0;
    for (size_t i = 0; i < b->len; i++) {
        char c = b->data[i];
        int space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space && out > 0 && b->data[out - 1] == ' ')
            continue;
        b->data[out++] = space ? ' ' : c;
    }
    b->len = out;
    if (b->data)
        b->data[out] = '\0';
}

/* Whether sentence s names controlled trials (evidence 4 or more, asserted) as what
 * something rests on: "rest on", "based on", "backed by", "supported by", "grounded
 * in" in the four words before the evidence ("rests on decades of controlled
 * studies"). */
static int approval_rests_on_trials(const cck_scanner *sc, const cck_sentence *s)
{
    static const char *const links[] = {"rest",   "rests",     "rested",   "resting",
                                        "based",  "backed",    "supported", "grounded",
                                        "underpinned"};
    const cck_cue_vec *cv = &sc->cues;
    for (size_t i = 0; i < cv->count; i++) {
        const cck_work_cue *c = &cv->items[i];
        if (c->dropped || c->negated || c->conditional || c->entry->cls != CCK_CLASS_EVIDENCE ||
            c->entry->level < 4)
            continue;
        for (size_t back = 1; back <= 4 && c->first_token >= s->first_token + back; back++)
            if (cck_token_in(&sc->text, c->first_token - back, links, CCK_ARRAY_LEN(links)))
                return 1;
    }
    return 0;
}

/* Whether "and" joins something other than more animals to the lab word e: "heals
 * knees in dogs and their owners", "in racehorses and in weekend warriors" hand the
 * result to people; "in rats and monkeys" does not. */
static int joins_people_after(const cck_text *text, const cck_sentence *s,
                              const cck_cue_vec *cv, const cck_work_cue *e)
{
    size_t end = s->first_token + s->token_count, at = e->last_token + 1;
    while (at < end && text->tokens[at].kind == CCK_TOKEN_PUNCT)
        at++; /* "in mice - and they will cure yours too" */
    if (at >= end || !norm_is(text, at, "and"))
        return 0;
    at++;
    if (at < end && norm_is(text, at, "in"))
        at++;
    for (size_t i = 0; i < cv->count; i++) {
        const cck_work_cue *f = &cv->items[i];
        if (!f->dropped && f->entry->cls == CCK_CLASS_EVIDENCE &&
            f->entry->sub == CCK_EVIDENCE_LAB && f->first_token == at)
            return 0;
    }
    return 1;
}

/* Whether the claim cue c is scoped to the animals or cells of the evidence: "PRP heals
 * tendons in rats" and "In mice, stem cells regrow cartilage" report the lab result in
 * the present tense ("in mice, and soon in you" carries it over: a bridge, checked by
 * the caller). The lab word comes right after the claim behind "in" or "of", or opens
 * the sentence behind "In" before a comma. */
static int scoped_to_lab(const cck_text *text, const cck_sentence *s, const cck_cue_vec *cv,
                         const cck_work_cue *c)
{
    static const char *const scoping[] = {"in", "of"};
    for (size_t i = 0; i < cv->count; i++) {
        const cck_work_cue *e = &cv->items[i];
        if (e->dropped || e->negated || e->entry->cls != CCK_CLASS_EVIDENCE ||
            e->entry->sub != CCK_EVIDENCE_LAB || e->first_token < s->first_token ||
            e->first_token >= s->first_token + s->token_count)
            continue;
        /* "reverse spinal damage in paralysed rats", "revive ageing skin cells in the
         * lab dish" (the lab words hold their "in") */
        if (e->first_token > c->last_token && e->first_token <= c->last_token + 6) {
            if (joins_people_after(text, s, cv, e))
                return 0;
            for (size_t tok = c->last_token + 1; tok <= e->first_token; tok++)
                if (cck_token_in(text, tok, scoping, CCK_ARRAY_LEN(scoping)))
                    return 1;
        } else if (e->last_token < c->first_token && e->first_token <= s->first_token + 3 &&
                   norm_is(text, s->first_token, "in")) {
            /* one comma, the opener's: "In cell culture, PRP multiplied tenocytes, which
             * is why a PRP shot heals tennis elbow" hands the result on */
            static const char *const onward[] = {"which", "so", "that", "why", "therefore",
                                                 "means", "thus", "hence"};
            int commas = 0;
            for (size_t tok = e->last_token + 1; tok < c->first_token; tok++) {
                if (cck_token_in(text, tok, onward, CCK_ARRAY_LEN(onward)))
                    return 0;
                commas += text->tokens[tok].kind == CCK_TOKEN_PUNCT &&
                          cck_token_norm(text, tok)[0] == ',';
            }
            return commas == 1;
        }
    }
    return 0;
}

/* skip: the categories a directive has already silenced in this sentence (see
 * cck_analyze_sentence_skipping); *silenced is set to the category of the finding when
 * a directive silenced it, else to -1. */
static int emit_finding(cck_scanner *sc, size_t index, const cck_sentence_result *r,
                        int topic_carried, int prev_evidence, int next_evidence, int prev_lab,
                        int prev_anecdote, int null_trial, const cck_scan_callbacks *cb,
                        cck_profile *profile, cck_line_cursor *cursor, uint32_t skip,
                        int *silenced)
{
    *silenced = -1;
    const cck_sentence *s = &sc->text.sentences[index];
    const cck_cue_vec *cv = &sc->cues;
    int evidence = r->evidence;
    if (prev_evidence > evidence)
        evidence = prev_evidence;
    if (next_evidence > evidence)
        evidence = next_evidence;
    /* the sentence's own testimonial is anecdote whatever a neighbour cites, and lab
     * work named near it does not make it extrapolation */
    int own_anecdote = r->anecdote && r->evidence <= 1;
    int lab = r->lab || (prev_lab && !own_anecdote);
    int anecdote = own_anecdote || (prev_anecdote && evidence <= 1);

    cck_category category = r->category;
    int claim = r->category_level;
    const cck_work_cue *trigger = &cv->items[r->primary];
    if (r->booster && category == CCK_CATEGORY_CERTAINTY)
        trigger = &cv->items[r->booster_cue];

    /* a relation word carried over to people is a claim only about lab work */
    if (r->carried_relation && category == CCK_CATEGORY_EXTRAPOLATION &&
        !(lab && claim >= 3 && evidence <= 2))
        return CCK_OK;
    if (lab && claim >= 3 && evidence <= 2) {
        /* A result stated about mice is fine; carried over to people it is not. A
         * regulator's approval is never a result in mice ("approved by the EMA,
         * building on a mouse study"). */
        if (!r->bridge && !r->booster && category != CCK_CATEGORY_REGULATORY &&
            (r->past_tense || scoped_to_lab(&sc->text, s, cv, trigger)))
            return CCK_OK;
        /* "animal research shows" cites lab work: the problem is the leap to people,
         * and a directive that silenced that finding here leaves no other */
        if (category != CCK_CATEGORY_SAFETY && category != CCK_CATEGORY_REGULATORY) {
            if (skip & (1u << CCK_CATEGORY_EXTRAPOLATION))
                return CCK_OK;
            category = CCK_CATEGORY_EXTRAPOLATION;
            trigger = &cv->items[r->primary];
            /* lab work named a sentence or two before is this claim's evidence too */
            if (evidence < 2)
                evidence = 2;
        }
    } else if (anecdote && claim >= 3 && r->booster < 5 &&
               !(skip & (1u << CCK_CATEGORY_ANECDOTE)) &&
               category != CCK_CATEGORY_SAFETY && category != CCK_CATEGORY_REGULATORY &&
               !(category == CCK_CATEGORY_CERTAINTY && !r->booster)) {
        /* A testimonial beside the claim is what it rests on, unless the claim words
         * are certainty themselves ("absolutely work"): that category comes first. */
        category = CCK_CATEGORY_ANECDOTE;
    }

    /* A regulatory statement is checked against the regulator's record, not a ladder
     * of trials: one that says the approval rests on controlled trials ("approvals
     * that rest on controlled clinical studies") has given its evidence. Trials merely
     * beside it do not count ("FDA approved, and randomized trials are under way";
     * "FDA approved. A randomized trial found no difference from saline."). */
    if (category == CCK_CATEGORY_REGULATORY && approval_rests_on_trials(sc, s))
        return CCK_OK;
    int strong = category != CCK_CATEGORY_HYPE;
    cck_severity severity = gap_severity(claim, evidence, strong);
    if (category == CCK_CATEGORY_EXTRAPOLATION && severity < CCK_SEVERITY_WARNING &&
        claim >= 3)
        severity = CCK_SEVERITY_WARNING;
    if (severity > CCK_SEVERITY_NONE && (r->question || r->conditional || r->reported))
        severity = CCK_SEVERITY_INFO;
    if (severity == CCK_SEVERITY_NONE)
        return CCK_OK;

    profile->findings[severity]++;
    if (severity >= CCK_SEVERITY_WARNING)
        profile->by_category[category]++;
    if (!cb || !cb->on_finding)
        return CCK_OK;

    uint32_t head[CCK_CLASS_COUNT];
    size_t live = 0;
    int st = link_cue_classes(sc, head, &live);
    if (st != CCK_OK)
        return st;
    int advice = 0;
    st = build_texts(sc, s, r, head, trigger, category, claim, evidence, severity,
                     topic_carried, null_trial, &advice);
    if (st != CCK_OK)
        return st;
    int markup = source_differs(sc, s->start, s->end);
    if (markup && !advice)
        squeeze_space(&sc->suggestion);

    if (live > sc->out_cue_cap) {
        void *items = sc->out_cues;
        if (cck_grow(&items, &sc->out_cue_cap, live, sizeof(cck_cue)) != CCK_OK)
            return CCK_ENOMEM;
        sc->out_cues = items;
    }
    cck_finding f;
    memset(&f, 0, sizeof f);
    f.rule = cck_rule_get(category);
    f.severity = severity;
    f.claim_level = claim;
    f.evidence_level = evidence;
    /* CCK_SCAN_TRIGGER_POSITIONS_ONLY: the sentence and the cues get offsets only,
     * and the cursor goes no further than the trigger's end. */
    int lean = (sc->lean & CCK_SCAN_TRIGGER_POSITIONS_ONLY) != 0;
    cck_line_cursor sentence_cursor = *cursor;
    const cck_span *plain = NULL;
    if (lean) {
        span_offsets(sc, s->start, s->end, &f.sentence);
    } else {
        /* Positions only move forward from the sentence start: a cursor that went
         * back would recount the file from the top. */
        cck_line_cursor_seek(cursor, map_start(sc, sc->chunk_base + s->start), NULL, NULL);
        sentence_cursor = *cursor;
        make_span(sc, cursor, s->start, s->end, &f.sentence);
        /* Most sentences are on one line and ASCII: then the positions of the cues
         * inside follow from their offsets, with no counting (a BOM, a multi-byte
         * character or a stray continuation byte makes the columns fewer than the
         * bytes). */
        if (f.sentence.line == f.sentence.end_line &&
            f.sentence.end_column - f.sentence.column == f.sentence.length)
            plain = &f.sentence;
    }
    /* Otherwise the cues, in text order, have each position counted on from the last
     * one's end, and from the sentence start again only when they overlap. */
    cck_line_cursor local = sentence_cursor;
    size_t k = 0;
    int trigger_done = 0;
    for (size_t i = 0; i < cv->count; i++) {
        const cck_work_cue *c = &cv->items[i];
        if (c->dropped || !cck_is_reported(c->entry))
            continue;
        cck_cue *out = &sc->out_cues[k++];
        out->kind = (cck_cue_kind)c->entry->cue_kind;
        out->category = c->entry->category;
        out->level = c->entry->level;
        if (lean) {
            span_offsets(sc, c->start, c->end, &out->span);
            continue;
        }
        if (map_start(sc, sc->chunk_base + c->start) < local.offset)
            local = sentence_cursor;
        make_span_in(sc, &local, plain, c->start, c->end, &out->span);
        /* The trigger is nearly always one of the cues listed: a span depends only on
         * its offsets, so it is the same span and need not be counted again. */
        if (c == trigger) {
            f.trigger = out->span;
            trigger_done = 1;
        }
    }
    if (lean) {
        /* the trigger lies after the last finding's: counted on from there */
        make_span(sc, cursor, trigger->start, trigger->end, &f.trigger);
    } else if (!trigger_done) {
        local = sentence_cursor;
        make_span_in(sc, &local, plain, trigger->start, trigger->end, &f.trigger);
    }
    f.cues = sc->out_cues;
    f.cue_count = k;
    f.message = sc->message.data;
    f.explanation = sc->explanation.data;
    f.suggestion = sc->suggestion.data;
    f.flags = (r->hedged ? CCK_FINDING_HEDGED : 0u) | (r->reported ? CCK_FINDING_REPORTED : 0u) |
              (r->question ? CCK_FINDING_QUESTION : 0u) |
              (r->conditional ? CCK_FINDING_CONDITIONAL : 0u) |
              (topic_carried ? CCK_FINDING_CARRIED_TOPIC : 0u) |
              (advice ? CCK_FINDING_ADVICE : 0u) | (markup ? CCK_FINDING_MARKUP : 0u);
    if (cb->on_finding(&f, cb->user_data))
        return CCK_ESTOP;
    if (sc->suppress && sc->suppress->silenced_last)
        *silenced = (int)category;
    return CCK_OK;
}

/* ---- the record --------------------------------------------------------------------- */

static int gather_matches(cck_scanner *sc, size_t index)
{
    const sentence_note *note = &sc->notes[index];
    cck_match_vec *v = &sc->sentence_matches;
    v->count = 0;
    for (uint32_t i = note->match_start; i < note->match_end; i++)
        if (cck_match_vec_push(v, &sc->phrases.items[i]) != CCK_OK)
            return CCK_ENOMEM;
    for (uint32_t i = note->pattern_start; i < note->pattern_end; i++)
        if (cck_match_vec_push(v, &sc->patterns.items[i]) != CCK_OK)
            return CCK_ENOMEM;
    return CCK_OK;
}

/* No real sentence has this many tokens; a longer run (a page without punctuation, a
 * flood of repeated words) is cut into pieces of this size, so that the work per
 * sentence, which compares its cues pairwise, stays bounded. */
#define MAX_SENTENCE_TOKENS 400

static int split_long_sentences(cck_text *text)
{
    size_t extra = 0;
    for (size_t i = 0; i < text->sentence_count; i++)
        if (text->sentences[i].token_count > MAX_SENTENCE_TOKENS)
            extra += (text->sentences[i].token_count - 1) / MAX_SENTENCE_TOKENS;
    if (extra == 0)
        return CCK_OK;
    size_t count = text->sentence_count + extra;
    void *items = text->sentences;
    if (cck_grow(&items, &text->sentence_cap, count, sizeof(cck_sentence)) != CCK_OK)
        return CCK_ENOMEM;
    text->sentences = items;
    /* from the back, so that nothing is overwritten before it is moved */
    size_t out = count;
    for (size_t i = text->sentence_count; i-- > 0;) {
        cck_sentence s = text->sentences[i];
        if (s.token_count <= MAX_SENTENCE_TOKENS) {
            text->sentences[--out] = s;
            continue;
        }
        size_t pieces = (s.token_count + MAX_SENTENCE_TOKENS - 1) / MAX_SENTENCE_TOKENS;
        for (size_t k = pieces; k-- > 0;) {
            cck_sentence piece = s;
            piece.first_token = s.first_token + k * MAX_SENTENCE_TOKENS;
            size_t left = s.token_count - k * MAX_SENTENCE_TOKENS;
            piece.token_count = left < MAX_SENTENCE_TOKENS ? left : MAX_SENTENCE_TOKENS;
            piece.start = k == 0 ? s.start : text->tokens[piece.first_token].start;
            piece.end = k + 1 == pieces ? s.end
                                        : text->tokens[piece.first_token + piece.token_count - 1].end;
            if (k + 1 != pieces)
                piece.flags &= ~(uint32_t)(CCK_SENTENCE_QUESTION | CCK_SENTENCE_EXCLAIM);
            text->sentences[--out] = piece;
        }
    }
    text->sentence_count = count;
    return CCK_OK;
}

/* Gathers sentence i's phrase and pattern matches and analyses them into sc->cues. */
static int analyze_note(cck_scanner *sc, size_t i, cck_sentence_result *r)
{
    int st = gather_matches(sc, i);
    if (st != CCK_OK)
        return st;
    return cck_analyze_sentence(sc->engine, &sc->text, i, sc->sentence_matches.items,
                                sc->sentence_matches.count, &sc->cues, r);
}

/* Pass 3: analyses candidate sentence i again with the categories of skip left out
 * (see cck_analyze_sentence_skipping); sc->cues then holds its cues. As for every
 * candidate, a null study that answers the claim is no evidence for it. */
static int analyze_skipping(cck_scanner *sc, size_t i, cck_sentence_result *r, uint32_t skip)
{
    int st = gather_matches(sc, i);
    if (st == CCK_OK)
        st = cck_analyze_sentence_skipping(sc->engine, &sc->text, i, sc->sentence_matches.items,
                                           sc->sentence_matches.count, &sc->cues, r, skip);
    if (st == CCK_OK && r->null_own)
        r->evidence = 0;
    return st;
}

/* Keeps the analysis of a candidate sentence just made (r and sc->cues) for pass 3. */
static int keep_analysis(cck_scanner *sc, const cck_sentence_result *r)
{
    void *items = sc->kept;
    if (cck_grow(&items, &sc->kept_cap, sc->kept_count + 1, sizeof(kept_analysis)) != CCK_OK)
        return CCK_ENOMEM;
    sc->kept = items;
    cck_cue_vec *pool = &sc->kept_cues;
    items = pool->items;
    if (cck_grow(&items, &pool->cap, pool->count + sc->cues.count, sizeof(cck_work_cue)) !=
        CCK_OK)
        return CCK_ENOMEM;
    pool->items = items;
    kept_analysis *k = &sc->kept[sc->kept_count++];
    k->result = *r;
    k->cue_start = pool->count;
    k->cue_count = sc->cues.count;
    if (sc->cues.count > 0)
        memcpy(pool->items + pool->count, sc->cues.items,
               sc->cues.count * sizeof(cck_work_cue));
    pool->count += sc->cues.count;
    return CCK_OK;
}

/* Puts the kept analysis k back: its cues into sc->cues, its result into r. */
static int restore_analysis(cck_scanner *sc, const kept_analysis *k, cck_sentence_result *r)
{
    cck_cue_vec *cues = &sc->cues;
    void *items = cues->items;
    if (cck_grow(&items, &cues->cap, k->cue_count, sizeof(cck_work_cue)) != CCK_OK)
        return CCK_ENOMEM;
    cues->items = items;
    if (k->cue_count > 0)
        memcpy(cues->items, sc->kept_cues.items + k->cue_start,
               k->cue_count * sizeof(cck_work_cue));
    cues->count = k->cue_count;
    *r = k->result;
    return CCK_OK;
}

/* How many tokens into a sentence another treatment can stand as its subject. */
#define OTHER_SUBJECT_REACH 3

/* Whether the other treatment named at the start of s is what the sentence is about:
 * not when it sits in an opening comparison ("Unlike surgery, they regrow ...") or a
 * contrast or a word pointing back to the paragraph's treatment comes before its last
 * claim word, at token claim_at ("Physical therapy helps, but our injections regrow"). */
static int names_other_subject(const cck_text *text, const cck_sentence *s, size_t claim_at)
{
    static const char *const openers[] = {"unlike", "compared", "instead", "versus", "vs",
                                          "besides", "rather",   "than",    "after",  "before",
                                          "without", "with",     "like",    "beyond", "as",
                                          "over",    "next",     "along"};
    static const char *const pointers[] = {"but",  "while", "whereas", "they", "it",   "our",
                                           "this", "these", "those",   "its",  "their", "yet"};
    size_t end = s->first_token + s->token_count;
    if (claim_at > end)
        claim_at = end;
    for (size_t k = s->first_token; k < claim_at; k++) {
        if (text->tokens[k].kind != CCK_TOKEN_WORD)
            continue;
        if (k == s->first_token && cck_token_in(text, k, openers, CCK_ARRAY_LEN(openers)))
            return 0;
        if (cck_token_in(text, k, pointers, CCK_ARRAY_LEN(pointers)))
            return 0;
    }
    return 1;
}

/* Whether the treatment named at token `topic_at` comes in only as a time or a
 * comparison that leaves it out of the claim made at token `claim_at`: "long before my
 * stem cell appointment", "more than PRP ever did". The word stands right before the
 * name (a determiner between), and a comparison the treatment wins ("less effective at
 * healing tendons than PRP") is about it after all. */
static int only_as_time(const cck_text *text, const cck_sentence *s, size_t claim_at,
                        size_t topic_at)
{
    static const char *const words[] = {"before", "until", "till", "than"};
    static const char *const determiners[] = {"my", "the", "a", "an", "our", "your", "his",
                                              "her", "their"};
    static const char *const lesser[] = {"less", "worse", "fewer", "weaker", "slower"};
    size_t at = topic_at;
    if (at > claim_at + 1 && cck_token_in(text, at - 1, determiners, CCK_ARRAY_LEN(determiners)))
        at--;
    if (at <= claim_at + 1 || !cck_token_in(text, at - 1, words, CCK_ARRAY_LEN(words)))
        return 0;
    for (size_t k = s->first_token; k < at - 1; k++)
        if (cck_token_in(text, k, lesser, CCK_ARRAY_LEN(lesser)))
            return 0;
    return 1;
}

/* Whether the other treatment whose name ends at token `last` is the one chosen
 * "instead" ("I went with the knee replacement instead and it fixed everything"): what
 * the sentence then says is about it, wherever it stands and whatever points back. */
static int chosen_instead(const cck_text *text, const cck_sentence *s, size_t last)
{
    return last + 1 < s->first_token + s->token_count && norm_is(text, last + 1, "instead");
}

/* Whether a contrast stands between tokens `from` and `to`: "I chose physical therapy
 * instead, but the injections healed my shoulder" is about the injections again. */
static int contrast_between(const cck_text *text, size_t from, size_t to)
{
    static const char *const contrasts[] = {"but", "yet", "while", "whereas", "although",
                                            "though"};
    for (size_t k = from; k < to; k++)
        if (cck_token_in(text, k, contrasts, CCK_ARRAY_LEN(contrasts)))
            return 1;
    return 0;
}

/* Whether the treatment named at token `at` is one the sentence goes without:
 * "Surgeons repair torn rotator cuffs every day without any stem cells" is not
 * about stem cells. */
static int follows_without(const cck_text *text, const cck_sentence *s, size_t at)
{
    static const char *const between[] = {"any", "the", "using", "a", "an"};
    if (at > s->first_token && norm_is(text, at - 1, "without"))
        return 1;
    return at > s->first_token + 1 && norm_is(text, at - 2, "without") &&
           cck_token_in(text, at - 1, between, CCK_ARRAY_LEN(between));
}

/* Words that point back to a treatment named in an earlier paragraph. */
static int starts_with_anaphor(const cck_text *text, const cck_sentence *s)
{
    static const char *const anaphors[] = {"it", "this", "these", "they", "such", "the", "our"};
    if (s->token_count == 0)
        return 0;
    size_t i = s->first_token;
    if (text->tokens[i].kind == CCK_TOKEN_PUNCT && s->token_count > 1)
        i++;
    return cck_token_in(text, i, anaphors, CCK_ARRAY_LEN(anaphors));
}

/* Whether the other thing whose name ends at token `last` is a practitioner (the
 * context lexicon's subjects that are people), or "physio", which is the person as often
 * as the therapy. */
static int names_practitioner(const cck_text *text, size_t last)
{
    static const char *const practitioners[] = {
        "chiropractor",  "chiropractors",  "physiotherapist", "physiotherapists",
        "therapist",     "therapists",     "acupuncturist",   "acupuncturists",
        "osteopath",     "osteopaths",     "podiatrist",      "podiatrists",
        "trainer",       "trainers",       "physio",          "physios"};
    return cck_token_in(text, last, practitioners, CCK_ARRAY_LEN(practitioners));
}

/* Whether the sentence opens with a pronoun that can take the thing whose name ends
 * at token `last`: "They" a plural ("the crutches"), "It" a singular ("physical
 * therapy"). */
static int starts_with_pronoun(const cck_text *text, const cck_sentence *s, size_t last)
{
    static const char *const plural[] = {"they", "they're", "they've", "they'll"};
    static const char *const singular[] = {"it", "it's", "it'll"};
    /* a practitioner is "he", "she" or "they", never "it": "referred me to a
     * chiropractor. They fixed my back" */
    static const char *const persons[] = {"he",    "she",   "they",  "he's",   "she's",
                                          "they're", "he'll", "she'll", "they'll", "they've"};
    if (s->token_count == 0)
        return 0;
    /* "physio" is also the therapy: "talked me into physio. It fixed my knee" */
    if (names_practitioner(text, last))
        return cck_token_in(text, s->first_token, persons, CCK_ARRAY_LEN(persons)) ||
               (norm_is(text, last, "physio") &&
                cck_token_in(text, s->first_token, singular, CCK_ARRAY_LEN(singular)));
    const char *w = cck_token_norm(text, last);
    size_t n = text->tokens[last].norm_len;
    int plural_name = n > 2 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
                      w[n - 2] != 'i';
    return cck_token_in(text, s->first_token, plural_name ? plural : singular,
                        plural_name ? CCK_ARRAY_LEN(plural) : CCK_ARRAY_LEN(singular));
}

/* Whether the sentence opens with "He" or "She": after a sentence that named a
 * practitioner, that person did what it says, and the treatment of the paragraph is not
 * carried to it ("My trainer swears by PRP. He heals my knee every week with massage";
 * but "Dr. Lee offers stem cell injections. He guarantees a full recovery" is carried). */
static int starts_with_person(const cck_text *text, const cck_sentence *s)
{
    static const char *const persons[] = {"he", "she", "he's", "she's", "he'll", "she'll"};
    /* unless the treatment comes back in it: "He raced two weeks later, which tells you
     * how well it repairs labral tears", "He cured his Parkinson's with those cells" */
    static const char *const back[] = {"it",        "it's",       "its",      "they",
                                       "them",      "those",      "these",    "treatment",
                                       "treatments", "cells",     "injection", "injections",
                                       "shot",      "shots",      "procedure", "therapy"};
    if (s->token_count == 0 ||
        !cck_token_in(text, s->first_token, persons, CCK_ARRAY_LEN(persons)))
        return 0;
    for (size_t k = s->first_token + 1; k < s->first_token + s->token_count; k++)
        if (cck_token_in(text, k, back, CCK_ARRAY_LEN(back)))
            return 0;
    return 1;
}

/* Whether the phrase matches [from, to) name a practitioner as another thing: asked of
 * the sentence before, ahead of the He/She test on this one, since it costs nothing for
 * the many sentences that name no other thing. */
static int practitioner_among(const cck_scanner *sc, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (cck_names_other(&sc->engine->entries[sc->phrases.items[k].entry]) &&
            names_practitioner(&sc->text, sc->phrases.items[k].last_token))
            return 1;
    return 0;
}

/* Whether the thing named at token `at` is joined to the one that ends at token `end`
 * ("stem cells and physical therapy"): a pronoun after them takes both. */
static int joined_to(const cck_text *text, size_t end, size_t at)
{
    static const char *const joiners[] = {"and", "or", "plus", "&", ","};
    static const char *const determiners[] = {"a", "an", "the", "some", "your", "our", "my"};
    /* the joiner right after ours, or after one more word of its name ("our stem cell
     * protocol and a custom brace") */
    for (size_t j = end + 1; j <= end + 2 && j < at; j++) {
        if (!cck_token_in(text, j, joiners, CCK_ARRAY_LEN(joiners)))
            continue;
        /* the other right after the joiner, or behind a determiner and a modifier ("and a
         * custom brace") */
        return at == j + 1 ||
               (at <= j + 3 && cck_token_in(text, j + 1, determiners, CCK_ARRAY_LEN(determiners)));
    }
    return 0;
}

/* Whether the name that ends at token `last` is a person who speaks: "my physio agreed",
 * "the chiropractor said". A pronoun after it does not mean a treatment. */
static int speaks_after(const cck_text *text, const cck_sentence *s, size_t last)
{
    static const char *const speaking[] = {
        "agreed", "agrees",    "said",    "says",      "told",     "tells",   "recommended",
        "recommends", "suggested", "suggests", "thinks", "thought", "warned", "explained",
        "insisted", "insists"};
    return last + 1 < s->first_token + s->token_count &&
           cck_token_in(text, last + 1, speaking, CCK_ARRAY_LEN(speaking));
}

#define COMPARED_REACH 4

/* Whether the thing named at token `at` comes in only to be compared with or set
 * against what the sentence is about ("cheaper than a knee replacement", "an
 * alternative to surgery", "after the ice"), or as the place or the means ("in a
 * centrifuge", "through a thin needle"): a pronoun after it does not take it. The
 * thing one switches "to" or goes "with" does ("I switched to surgery. It fixed my
 * knee", "goes home with our cold-compression wrap. It reduces swelling"). */
static int only_compared(const cck_text *text, const cck_sentence *s, size_t at)
{
    static const char *const words[] = {
        "than",   "unlike",  "over",    "versus",   "vs",       "without",     "instead",
        "of",     "like",    "avoid",   "skip",     "skipped",  "replace",     "replaces",
        "compared", "before", "after",  "following", "beside",  "besides",     "alongside",
        "from",   "at",      "by",      "in",       "through",  "under",       "inside",
        "via",    "on",      "within",  "using",    "alternative", "alternatives",
        "substitute", "rather", "superior", "inferior", "preferable"};
    /* "to" and "with" compare ("equivalent to surgery", "on par with a knee
     * replacement") or name the means ("injected with a fine needle"), except after a
     * verb of switching or going: "I switched to surgery", "went with physical
     * therapy", "goes home with our cold-compression wrap", or of sending: "referred me
     * to a chiropractor" */
    static const char *const switching[] = {"switched", "switch",  "switching", "moved",
                                            "went",     "go",      "goes",      "going",
                                            "turned",   "stuck",   "changed",   "opted",
                                            "chose",    "ended",   "referred",  "sent"};
    /* back over a determiner or a name's other words: "at Northgate Sports Physio" */
    for (size_t k = at; k > s->first_token && k + COMPARED_REACH > at; k--) {
        if (cck_token_in(text, k - 1, words, CCK_ARRAY_LEN(words)))
            return 1;
        if (norm_is(text, k - 1, "to") || norm_is(text, k - 1, "with")) {
            for (size_t q = s->first_token; q + 1 < k; q++)
                if (cck_token_in(text, q, switching, CCK_ARRAY_LEN(switching)))
                    return 0;
            return 1;
        }
        if (text->tokens[k - 1].kind != CCK_TOKEN_WORD && !norm_is(text, k - 1, "-"))
            return 0;
    }
    return 0;
}

static int analyze_record(cck_scanner *sc, const cck_scan_callbacks *cb, cck_profile *profile)
{
    const cck_engine *engine = sc->engine;
    cck_text *text = &sc->text;
    int status = CCK_OK;
    int st;

    if ((st = cck_text_tokenize(text, text->buf, text->len)) != CCK_OK)
        return st;
    if ((st = cck_text_segment(text)) != CCK_OK)
        return st;
    if ((st = split_long_sentences(text)) != CCK_OK)
        return st;
    sc->phrases.count = 0;
    sc->patterns.count = 0;
    if ((st = cck_matcher_find_phrases(engine, text, &sc->phrases)) != CCK_OK)
        return st;

    size_t count = text->sentence_count;
    profile->sentences += count;
    profile->words += text->word_count;
    if (count == 0)
        return CCK_OK;
    if (count > sc->note_cap) {
        void *notes = sc->notes;
        if (cck_grow(&notes, &sc->note_cap, count, sizeof(sentence_note)) != CCK_OK)
            return CCK_ENOMEM;
        sc->notes = notes;
    }
    memset(sc->notes, 0, count * sizeof(sentence_note));

    /* Pass 1: which matches belong to which sentence, where the topic is, which
     * sentences make a claim on the topic (candidates). */
    size_t m = 0;
    int topic_in_paragraph = sc->continues_paragraph ? sc->carry_topic_in_paragraph : 0;
    int topic_in_previous = sc->carry_topic_in_previous ||
                            (!sc->continues_paragraph && sc->carry_topic_in_paragraph);
    uint32_t paragraph = text->sentences[0].paragraph;
    /* the other thing the sentence before (in the paragraph) named last, at token
     * prev_other_at, with the end of the topic named before it; worked out further
     * only for a sentence that opens with a pronoun */
    size_t prev_other_at = SIZE_MAX, prev_other_last = 0, prev_topic_end = SIZE_MAX;
    const cck_sentence *prev_s = NULL;
    for (size_t i = 0; i < count; i++) {
        const cck_sentence *s = &text->sentences[i];
        sentence_note *note = &sc->notes[i];
        note->evidence = -1;
        if (s->paragraph != paragraph) {
            topic_in_previous = topic_in_previous || topic_in_paragraph;
            topic_in_paragraph = 0;
            paragraph = s->paragraph;
            prev_other_at = SIZE_MAX;
        }
        size_t other_at = SIZE_MAX, other_last = 0, topic_end = SIZE_MAX,
               other_topic_end = SIZE_MAX;
        size_t end_token = s->first_token + s->token_count;
        while (m < sc->phrases.count && sc->phrases.items[m].first_token < s->first_token)
            m++;
        note->match_start = (uint32_t)m;
        /* another treatment named first ("Joint replacement remains an effective
         * option"): the sentence is about it, not about the paragraph's topic */
        int other_subject = 0, chosen_other = 0, surgery_claim = 0;
        size_t claim_at = end_token, chosen_at = 0, topic_at = end_token;
        for (; m < sc->phrases.count && sc->phrases.items[m].first_token < end_token; m++) {
            const cck_entry *e = &engine->entries[sc->phrases.items[m].entry];
            if (e->cls == CCK_CLASS_TOPIC) {
                other_at = SIZE_MAX; /* ours named after the other thing */
                topic_end = sc->phrases.items[m].last_token;
                if (!follows_without(text, s, sc->phrases.items[m].first_token)) {
                    if (!(note->flags & NOTE_TOPIC))
                        topic_at = sc->phrases.items[m].first_token;
                    note->flags |= NOTE_TOPIC;
                }
            } else if ((e->cls == CCK_CLASS_CLAIM && e->sub != CCK_CATEGORY_EXTRAPOLATION) ||
                       e->cls == CCK_CLASS_BOOSTER || e->cls == CCK_CLASS_ASSOCIATION) {
                claim_at = sc->phrases.items[m].first_token; /* the last one */
                note->flags |= NOTE_CLAIMISH;
                surgery_claim |= e->cls == CCK_CLASS_CLAIM && e->sub == CCK_CATEGORY_SURGERY;
            } else if (e->cls == CCK_CLASS_CLAIM &&
                       cck_is_connective_bridge(text, sc->phrases.items[m].first_token)) {
                /* "therefore offers women a route to stronger bones": the people a
                 * connective hands a lab result to may be the claim (analysis). Kept
                 * apart from NOTE_CLAIMISH, which also decides whether another
                 * treatment named first is the subject ("So knee replacement is..."). */
                note->flags |= NOTE_CONNECTIVE;
            } else if (cck_names_other(e)) {
                /* the last other thing named, for a pronoun in the next sentence; of two
                 * names that start together, the longer ("massage therapist", not
                 * "massage") */
                int shorter = other_at == sc->phrases.items[m].first_token &&
                              other_last > sc->phrases.items[m].last_token;
                if (!shorter && !speaks_after(text, s, sc->phrases.items[m].last_token)) {
                    other_at = sc->phrases.items[m].first_token;
                    other_last = sc->phrases.items[m].last_token;
                    other_topic_end = topic_end;
                }
                if (note->flags & (NOTE_TOPIC | NOTE_CLAIMISH))
                    continue;
                if (chosen_instead(text, s, sc->phrases.items[m].last_token)) {
                    chosen_other = 1;
                    chosen_at = sc->phrases.items[m].last_token + 1;
                } else if (sc->phrases.items[m].first_token <
                           s->first_token + OTHER_SUBJECT_REACH) {
                    other_subject = 1;
                }
            }
        }
        if (other_subject && !names_other_subject(text, s, claim_at))
            other_subject = 0;
        /* not when a contrast follows the choice ("Insurers push physical therapy
         * instead, yet these injections regrow cartilage") */
        if (chosen_other && !contrast_between(text, chosen_at, claim_at))
            other_subject = 1;
        note->match_end = (uint32_t)m;
        /* the other treatment is the subject even when ours is named after every claim
         * word, when ours comes in only as a time or a comparison ("Physical therapy
         * took the pain away long before my stem cell appointment"), not as the cause
         * ("... and the pain was gone after two PRP shots"); nor for a claim that
         * surgery is avoided, whose subject may be the patients of another treatment
         * ("Physiotherapy patients avoided surgery after our stem cell injections") */
        int other_first = other_subject && !surgery_claim && topic_at > claim_at &&
                          topic_at < end_token && only_as_time(text, s, claim_at, topic_at);
        /* "It" and "They" take the thing the sentence before named last: "My surgeon
         * talked me out of the stem cell shot and into physical therapy. It fixed my
         * knee" is about the physical therapy */
        int points_to_other =
            prev_other_at != SIZE_MAX && !(note->flags & NOTE_TOPIC) &&
            starts_with_pronoun(text, s, prev_other_last) &&
            !only_compared(text, prev_s, prev_other_at) &&
            !(prev_topic_end != SIZE_MAX && joined_to(text, prev_topic_end, prev_other_at));
        int on_topic = ((note->flags & NOTE_TOPIC) && !other_first) ||
                       (topic_in_paragraph && !other_subject && !points_to_other &&
                        !(prev_s && prev_s->paragraph == s->paragraph &&
                          practitioner_among(sc, sc->notes[i - 1].match_start,
                                             sc->notes[i - 1].match_end) &&
                          starts_with_person(text, s))) ||
                       (topic_in_previous && starts_with_anaphor(text, s) && !points_to_other) ||
                       engine->options.all_topics;
        prev_other_at = other_at;
        prev_other_last = other_last;
        prev_topic_end = other_topic_end;
        prev_s = s;
        if (on_topic)
            note->flags |= NOTE_ON_TOPIC;
        if (note->flags & NOTE_TOPIC)
            topic_in_paragraph = 1;
        if (on_topic && (note->flags & (NOTE_CLAIMISH | NOTE_CONNECTIVE))) {
            note->flags |= NOTE_CANDIDATE | NOTE_PATTERNS;
            if (i > 0 && text->sentences[i - 1].paragraph == s->paragraph)
                sc->notes[i - 1].flags |= NOTE_PATTERNS;
            if (i + 1 < count && text->sentences[i + 1].paragraph == s->paragraph)
                sc->notes[i + 1].flags |= NOTE_PATTERNS;
        }
    }

    sc->carry_topic_in_paragraph = topic_in_paragraph;
    sc->carry_topic_in_previous = topic_in_previous;

    /* Pass 2: patterns where they matter, then every sentence's cues. */
    int has_patterns = cck_matcher_has_patterns(engine);
    sc->kept_count = 0;
    sc->kept_cues.count = 0;
    for (size_t i = 0; i < count; i++) {
        sentence_note *note = &sc->notes[i];
        const cck_sentence *s = &text->sentences[i];
        note->pattern_start = note->pattern_end = (uint32_t)sc->patterns.count;
        if (has_patterns && (note->flags & NOTE_PATTERNS)) {
            st = cck_matcher_find_patterns(engine, sc->match_scratch, text, s->start, s->end,
                                           &sc->patterns);
            if (st == CCK_ELIMIT)
                status = CCK_ELIMIT;
            else if (st != CCK_OK)
                return st;
            note->pattern_end = (uint32_t)sc->patterns.count;
        }
        if (note->match_start == note->match_end && note->pattern_start == note->pattern_end) {
            note->evidence = 0;
            continue;
        }
        cck_sentence_result r;
        if ((st = analyze_note(sc, i, &r)) != CCK_OK)
            return st;
        if (note->flags & NOTE_CANDIDATE) {
            note->kept = (uint32_t)sc->kept_count;
            if ((st = keep_analysis(sc, &r)) != CCK_OK)
                return st;
            note->flags |= NOTE_KEPT;
        }
        /* a study that found no difference is no support for the claims beside it
         * ("PRP heals tendons. A randomized trial found no difference from saline.") */
        note->evidence = (int8_t)(r.null_result ? 0 : r.evidence);
        if (r.null_result && r.evidence > 0)
            note->flags |= NOTE_NULL_RESULT;
        note->lab = (uint8_t)r.lab;
        note->anecdote = (uint8_t)r.anecdote;
        profile->hedges += r.hedges;
        profile->negations += r.negations;
        profile->evidence += r.evidence_cues;
        profile->discusses |= r.discusses;
        if (note->flags & NOTE_TOPIC)
            profile->topic_sentences++;
        if (r.evidence > profile->evidence_level)
            profile->evidence_level = r.evidence;
        if ((note->flags & NOTE_ON_TOPIC) && r.claim_level > profile->claim_level)
            profile->claim_level = r.claim_level;
    }

    /* Pass 3: weigh each candidate claim against the evidence around it. */
    /* animal or lab work named just before a claim in its paragraph colours it */
    int since_lab = sc->continues_paragraph ? sc->carry_since_lab : LAB_NONE;
    uint32_t first_paragraph = text->sentences[0].paragraph;
    for (size_t i = 0; i < count; i++) {
        sentence_note *note = &sc->notes[i];
        if (i > 0 && text->sentences[i].paragraph != text->sentences[i - 1].paragraph)
            since_lab = LAB_NONE;
        int lab_before = since_lab <= LAB_REACH;
        since_lab = note->lab ? 1 : since_lab < LAB_NONE ? since_lab + 1 : LAB_NONE;
        if (!(note->flags & NOTE_CANDIDATE))
            continue;
        const cck_sentence *s = &text->sentences[i];
        /* every candidate has a claim-like phrase match, so pass 2 analysed and kept it;
         * a candidate it did not keep would be analysed here again, with the same result */
        cck_sentence_result r;
        st = (note->flags & NOTE_KEPT) ? restore_analysis(sc, &sc->kept[note->kept], &r)
                                       : analyze_note(sc, i, &r);
        if (st != CCK_OK)
            return st;
        /* nor is one in the claim's own sentence ("PRP heals tendons, although a
         * randomized trial found no difference") */
        if (r.null_own)
            r.evidence = 0;
        /* the sentence names our treatment only to deny it a part: the claim is about
         * something else ("He walked again after his hip replacement, with no stem
         * cells involved"), so it is neither a finding nor one of the profile's claims */
        if (r.topic_denied)
            continue;
        if (r.claim_level >= 1) {
            profile->claims++;
            if (r.hedged || r.claim_level == 2)
                profile->hedged_claims++;
        }
        int prev_ok = i > 0 && text->sentences[i - 1].paragraph == s->paragraph;
        int next_ok = i + 1 < count && text->sentences[i + 1].paragraph == s->paragraph;
        int prev_evidence = prev_ok && sc->notes[i - 1].evidence > 0 ? sc->notes[i - 1].evidence : 0;
        int next_evidence = next_ok && sc->notes[i + 1].evidence > 0 ? sc->notes[i + 1].evidence : 0;
        int prev_anecdote = prev_ok && sc->notes[i - 1].anecdote;
        int prev_null = prev_ok && (sc->notes[i - 1].flags & NOTE_NULL_RESULT);
        if (i == 0 && sc->continues_paragraph && s->paragraph == first_paragraph) {
            prev_evidence = sc->carry_prev_evidence;
            prev_anecdote = sc->carry_prev_anecdote;
            prev_null = sc->carry_prev_null;
        }
        if (r.claim_level >= 1 &&
            (r.evidence >= 3 || prev_evidence >= 3 || next_evidence >= 3))
            profile->sourced_claims++;
        if (!r.has_category)
            continue;
        /* a null trial beside the claim is named in the explanation, not "none found" */
        int null_trial = r.null_own ? NULL_OWN
                         : prev_null || (next_ok && (sc->notes[i + 1].flags & NOTE_NULL_RESULT))
                             ? NULL_NEARBY
                             : NULL_NONE;
        /* a study named in the sentence is what its claim rests on, not the words that
         * call it enough ("A 20-patient case series is all the evidence I need: PRP
         * gets rid of heel pain" is a cure claim on weak evidence) */
        uint32_t skip = 0;
        if (r.category == CCK_CATEGORY_ANECDOTE && r.evidence >= 2 &&
            sc->cues.items[r.primary].entry->cls == CCK_CLASS_CLAIM) {
            cck_sentence_result other;
            if ((st = analyze_skipping(sc, i, &other, 1u << CCK_CATEGORY_ANECDOTE)) != CCK_OK)
                return st;
            if (other.has_category && !other.topic_denied) {
                r = other;
                skip = 1u << CCK_CATEGORY_ANECDOTE;
            } else if ((st = analyze_skipping(sc, i, &r, 0)) != CCK_OK) {
                return st;
            }
        }
        /* a finding that a directive silenced leaves the sentence's other claims to the
         * rules it did not name ("ignore safety-absolute" above "Our injections regrow
         * cartilage and are 100% safe" still finds "regrow") */
        for (;;) {
            int silenced;
            st = emit_finding(sc, i, &r,
                              !(note->flags & NOTE_TOPIC) && !engine->options.all_topics,
                              prev_evidence, next_evidence, lab_before, prev_anecdote,
                              null_trial, cb, profile, &sc->cursor, skip, &silenced);
            if (st != CCK_OK)
                return st;
            if (silenced < 0 || (skip & (1u << silenced)))
                break;
            skip |= 1u << silenced;
            if ((st = analyze_skipping(sc, i, &r, skip)) != CCK_OK)
                return st;
            if (r.topic_denied || !r.has_category)
                break;
        }
    }
    sc->carry_since_lab = since_lab;
    sc->carry_prev_evidence = sc->notes[count - 1].evidence > 0 ? sc->notes[count - 1].evidence : 0;
    sc->carry_prev_anecdote = sc->notes[count - 1].anecdote;
    sc->carry_prev_null = (sc->notes[count - 1].flags & NOTE_NULL_RESULT) != 0;
    return status;
}

/* next_cut cannot tell yet: more of the text must come first. */
#define NEED_MORE SIZE_MAX

/* Where the chunk that starts at `base` ends, and whether it ends at a blank line.
 * buf[0..len) is all of the text when `final` is set; otherwise more may follow, and
 * the answer is NEED_MORE when the bytes after len could change it. */
static size_t next_cut(const char *buf, size_t len, size_t base, size_t chunk, int final,
                       int *at_blank_line)
{
    *at_blank_line = 1;
    if (chunk > SIZE_MAX / 2 || len - base <= 2 * chunk)
        return final ? len : NEED_MORE;
    size_t lo = base + chunk / 2, target = base + chunk, hi = base + 2 * chunk;
    /* a blank line (only spaces, tabs or CR on it), nearest after the target, then
     * nearest before it */
    for (int pass = 0; pass < 2; pass++) {
        size_t from = pass == 0 ? target : lo, to = pass == 0 ? hi : target;
        for (size_t at = from; at < to;) {
            const char *nl = memchr(buf + at, '\n', to - at);
            if (!nl)
                break;
            size_t next = (size_t)(nl - buf) + 1;
            size_t k = next;
            while (k < len && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r'))
                k++;
            if (k == len && !final)
                return NEED_MORE; /* white space up to the end: a blank line or not */
            if (k < len && buf[k] == '\n')
                return k + 1;
            at = next;
        }
    }
    *at_blank_line = 0;
    /* a sentence end: . ! or ? then white space then an uppercase letter */
    for (size_t at = target; at + 2 < hi; at++) {
        char c = buf[at];
        if ((c == '.' || c == '!' || c == '?') && cck_ascii_is_space((unsigned char)buf[at + 1]) &&
            cck_ascii_is_upper((unsigned char)buf[at + 2]))
            return at + 2;
    }
    for (size_t at = target; at < hi; at++)
        if (cck_ascii_is_space((unsigned char)buf[at]))
            return at + 1;
    size_t cut = target;
    while (cut > base + 1 && ((unsigned char)buf[cut] & 0xC0) == 0x80)
        cut--;
    return cut;
}

/* Checks, repairs and analyses one chunk of the analysed text. */
static int scan_chunk(cck_scanner *sc, const char *chunk, size_t len,
                      const cck_scan_callbacks *cb, cck_profile *profile, size_t *bad_bytes)
{
    utf8_report rep = {sc, cb, 0, 0};
    size_t bad = cck_utf8_check(chunk, len, on_bad_utf8, &rep);
    if (rep.stopped)
        return CCK_ESTOP;
    *bad_bytes += rep.bad_bytes;
    if (bad) {
        if (len > sc->repaired_cap) {
            void *copy = sc->repaired;
            if (cck_grow(&copy, &sc->repaired_cap, len, 1) != CCK_OK)
                return CCK_ENOMEM;
            sc->repaired = copy;
        }
        cck_utf8_repair_copy(chunk, len, sc->repaired);
        chunk = sc->repaired;
    }
    sc->text.buf = chunk;
    sc->text.len = len;
    return analyze_record(sc, cb, profile);
}

static size_t chunk_size(const cck_scanner *sc)
{
    size_t chunk = sc->engine->options.chunk_bytes ? sc->engine->options.chunk_bytes
                                                   : DEFAULT_CHUNK_BYTES;
    return chunk < 64 ? 64 : chunk;
}

/* The state a scan starts from: positions at the top of sc->original, nothing carried
 * over from a previous chunk. */
static void start_scan(cck_scanner *sc)
{
    cck_line_cursor_init(&sc->cursor, sc->original, sc->original_len);
    cck_line_cursor_init(&sc->diag_cursor, sc->original, sc->original_len);
    sc->continues_paragraph = 0;
    sc->carry_topic_in_paragraph = sc->carry_topic_in_previous = 0;
    sc->carry_since_lab = LAB_NONE;
    sc->carry_prev_evidence = sc->carry_prev_anecdote = sc->carry_prev_null = 0;
}

/* Analyses the chunk text[0..len), which starts at `base` in the analysed text and
 * ends at a blank line or not. A regular-expression limit sets *limited and goes on. */
static int scan_cut(cck_scanner *sc, const char *text, size_t len, size_t base,
                    int at_blank_line, const cck_scan_callbacks *cb, cck_profile *profile,
                    size_t *bad, int *limited)
{
    sc->chunk_base = base;
    int st = scan_chunk(sc, text, len, cb, profile, bad);
    sc->chunk_base = 0;
    if (st == CCK_ELIMIT)
        *limited = 1;
    else if (st != CCK_OK)
        return st;
    sc->continues_paragraph = !at_blank_line;
    return CCK_OK;
}

static int scan_prepared(cck_scanner *sc, const char *analysed, size_t len,
                         const cck_scan_callbacks *cb, cck_profile *profile)
{
    cck_profile local;
    if (!profile)
        profile = &local;
    memset(profile, 0, sizeof *profile);
    profile->bytes = sc->original_len;
    size_t limit = sc->engine->options.max_record_bytes;
    if (limit && len > limit)
        return CCK_ELIMIT;

    start_scan(sc);
    size_t bad = 0;
    int limited = 0;
    size_t base = 0;
    size_t chunk = chunk_size(sc);
    do {
        int at_blank_line;
        size_t cut = next_cut(analysed, len, base, chunk, 1, &at_blank_line);
        int st = scan_cut(sc, analysed + base, cut - base, base, at_blank_line, cb, profile,
                          &bad, &limited);
        if (st != CCK_OK)
            return st;
        base = cut;
    } while (base < len);
    profile->invalid_utf8 = bad;
    if (limited)
        return CCK_ELIMIT;
    return bad ? CCK_EUTF8 : CCK_OK;
}

/* Text with "claimcheck: ignore" lines: they are blanked in a copy (so offsets do not
 * move and each ends the paragraph before it) and their findings dropped. */
static int scan_text_directives(cck_scanner *sc, const char *buf, size_t len,
                                const cck_scan_callbacks *callbacks, cck_profile *profile)
{
    cck_suppress sup;
    cck_suppress_init(&sup, buf, len, callbacks, profile);
    cck_buf_clear(&sc->joined);
    int st = cck_buf_append(&sc->joined, buf, len) == CCK_OK ? CCK_OK : CCK_ENOMEM;
    if (st == CCK_OK)
        st = cck_suppress_read_text(&sup, sc->joined.data, len);
    if (st == CCK_OK) {
        sc->suppress = &sup;
        st = scan_prepared(sc, sc->joined.data, len, &sup.wrapped, sup.profile);
        sc->suppress = NULL;
    }
    return cck_suppress_finish(&sup, st);
}

int cck_scanner_scan(cck_scanner *sc, const char *buf, size_t len,
                     const cck_scan_callbacks *callbacks, cck_profile *profile)
{
    if (!sc || (!buf && len))
        return CCK_EINVAL;
    if (!buf)
        buf = "";
    if (sc->streaming)
        return CCK_EINVAL;
    sc->original = buf;
    sc->original_len = len;
    sc->window = 0;
    sc->mapped = 0;
    size_t limit = sc->engine->options.max_record_bytes;
    if ((!limit || len <= limit) && cck_suppress_text_may_have(buf, len))
        return scan_text_directives(sc, buf, len, callbacks, profile);
    return scan_prepared(sc, buf, len, callbacks, profile);
}

static int add_segment(cck_scanner *sc, size_t text_offset, size_t text_length,
                       size_t original_offset, size_t original_length, int verbatim)
{
    if (sc->segment_count == sc->segment_cap) {
        void *items = sc->segments;
        if (cck_grow(&items, &sc->segment_cap, sc->segment_count + 1, sizeof(segment)) != CCK_OK)
            return CCK_ENOMEM;
        sc->segments = items;
    }
    segment *seg = &sc->segments[sc->segment_count++];
    seg->text_offset = text_offset;
    seg->text_length = text_length;
    seg->original_offset = original_offset;
    seg->original_length = original_length;
    seg->verbatim = verbatim;
    return CCK_OK;
}

int cck_scanner_scan_pieces(cck_scanner *sc, const char *original, size_t original_len,
                            const cck_piece *pieces, size_t piece_count,
                            const cck_scan_callbacks *callbacks, cck_profile *profile)
{
    if (!sc || (!original && original_len) || (!pieces && piece_count) || sc->streaming)
        return CCK_EINVAL;
    cck_buf_clear(&sc->joined);
    sc->segment_count = 0;
    int directives = 0;
    for (size_t i = 0; i < piece_count; i++) {
        const cck_piece *p = &pieces[i];
        if (p->offset > original_len || p->original_length > original_len - p->offset ||
            (p->verbatim && p->length != p->original_length) || (!p->text && p->length))
            return CCK_EINVAL;
        if (p->directive) { /* read by suppress.c, never analysed */
            directives = 1;
            continue;
        }
        if (p->breaks && sc->joined.len > 0) {
            if (add_segment(sc, sc->joined.len, 2, p->offset, 0, 0) != CCK_OK ||
                cck_buf_append(&sc->joined, "\n\n", 2) != CCK_OK)
                return CCK_ENOMEM;
        }
        if (add_segment(sc, sc->joined.len, p->length, p->offset, p->original_length,
                        p->verbatim) != CCK_OK ||
            cck_buf_append(&sc->joined, p->text, p->length) != CCK_OK)
            return CCK_ENOMEM;
    }
    sc->original = original ? original : "";
    sc->original_len = original_len;
    sc->window = 0;
    sc->mapped = 1;
    const char *joined = sc->joined.data ? sc->joined.data : "";
    if (!directives)
        return scan_prepared(sc, joined, sc->joined.len, callbacks, profile);
    cck_suppress sup;
    cck_suppress_init(&sup, sc->original, original_len, callbacks, profile);
    int st = cck_suppress_read_pieces(&sup, pieces, piece_count);
    if (st == CCK_OK) {
        sc->suppress = &sup;
        st = scan_prepared(sc, joined, sc->joined.len, &sup.wrapped, sup.profile);
        sc->suppress = NULL;
    }
    return cck_suppress_finish(&sup, st);
}

/* ---- a scan fed in pieces ------------------------------------------------------------ */

int cck_scanner_begin(cck_scanner *sc, const cck_scan_callbacks *callbacks,
                      cck_profile *profile)
{
    if (!sc || sc->streaming)
        return CCK_EINVAL;
    sc->streaming = 1;
    sc->stream_failed = CCK_OK;
    sc->stream_limited = 0;
    sc->stream_bad = 0;
    cck_buf_clear(&sc->stream);
    sc->stream_has_callbacks = callbacks != NULL;
    if (callbacks)
        sc->stream_callbacks = *callbacks;
    sc->stream_profile = profile ? profile : &sc->stream_local;
    memset(sc->stream_profile, 0, sizeof *sc->stream_profile);
    sc->original = "";
    sc->original_len = 0;
    sc->window = 0;
    sc->mapped = 0;
    start_scan(sc);
    return CCK_OK;
}

/* Points the record and the cursors at the tail as it is now (a feed may have moved
 * it). */
static void point_at_tail(cck_scanner *sc)
{
    sc->original = sc->stream.data ? sc->stream.data : "";
    sc->original_len = sc->window + sc->stream.len;
    cck_line_cursor *cursors[2] = {&sc->cursor, &sc->diag_cursor};
    for (size_t i = 0; i < 2; i++) {
        cursors[i]->buf = sc->original;
        cursors[i]->len = sc->original_len;
    }
}

/* Analyses every chunk of the tail whose end is known (all that is left when final),
 * then lets go of the bytes analysed. */
static int run_tail(cck_scanner *sc, int final)
{
    point_at_tail(sc);
    const cck_scan_callbacks *cb = sc->stream_has_callbacks ? &sc->stream_callbacks : NULL;
    const char *tail = sc->original;
    size_t len = sc->stream.len, done = 0, chunk = chunk_size(sc);
    int st = CCK_OK;
    while (done < len) {
        int at_blank_line;
        size_t cut = next_cut(tail, len, done, chunk, final, &at_blank_line);
        if (cut == NEED_MORE)
            break;
        st = scan_cut(sc, tail + done, cut - done, sc->window + done, at_blank_line, cb,
                      sc->stream_profile, &sc->stream_bad, &sc->stream_limited);
        if (st != CCK_OK)
            break;
        done = cut;
    }
    if (done) {
        size_t window = sc->window + done;
        cck_line_cursor_slide(&sc->cursor, tail + done, window, sc->original_len);
        cck_line_cursor_slide(&sc->diag_cursor, tail + done, window, sc->original_len);
        memmove(sc->stream.data, sc->stream.data + done, len - done);
        sc->stream.len = len - done;
        sc->stream.data[sc->stream.len] = '\0';
        sc->window = window;
        point_at_tail(sc);
    }
    return st;
}

int cck_scanner_feed(cck_scanner *sc, const char *buf, size_t len)
{
    if (!sc || !sc->streaming || (!buf && len))
        return CCK_EINVAL;
    if (sc->stream_failed != CCK_OK)
        return sc->stream_failed;
    size_t limit = sc->engine->options.max_record_bytes;
    size_t total = sc->window + sc->stream.len;
    int st;
    if (limit && (total > limit || len > limit - total))
        st = CCK_ELIMIT;
    else if (cck_buf_append(&sc->stream, buf ? buf : "", len) != CCK_OK)
        st = CCK_ENOMEM;
    else
        st = run_tail(sc, 0);
    sc->stream_failed = st;
    return st;
}

int cck_scanner_finish(cck_scanner *sc)
{
    if (!sc || !sc->streaming)
        return CCK_EINVAL;
    int st = sc->stream_failed != CCK_OK ? sc->stream_failed : run_tail(sc, 1);
    cck_profile *profile = sc->stream_profile;
    profile->bytes = sc->window + sc->stream.len;
    profile->invalid_utf8 = sc->stream_bad;
    sc->streaming = 0;
    sc->original = "";
    sc->original_len = sc->window = 0;
    cck_line_cursor_init(&sc->cursor, "", 0);
    cck_line_cursor_init(&sc->diag_cursor, "", 0);
    if (sc->stream.cap > (chunk_size(sc) << 3))
        cck_buf_free(&sc->stream); /* a huge feed's buffer is not kept */
    if (st != CCK_OK)
        return st;
    if (sc->stream_limited)
        return CCK_ELIMIT;
    return profile->invalid_utf8 ? CCK_EUTF8 : CCK_OK;
}

const char *cck_scanner_get_window(const cck_scanner *sc, size_t *offset, size_t *length)
{
    size_t start = sc ? sc->window : 0;
    size_t end = sc ? sc->original_len : 0;
    if (offset)
        *offset = start;
    if (length)
        *length = end - start;
    return sc && sc->original ? sc->original : "";
}
