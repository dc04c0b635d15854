/* jsonl.c - the JSON Lines printer: exactly one object per record, on one line, with
 * the record's findings, its profile and any error (the format is in README.md). */
#include <string.h>

#include "report/report.h"

/* The printer is on the hot path of a scan. A record's head, each finding and the
 * profile are written in one go: their room is worked out first (six bytes per input
 * byte covers any escape), reserved once, and every piece then goes through a pointer
 * with no further checks. The general helpers just below serve the rare parts of the
 * tail (diagnostics, an error). */
static int put_key(cck_buf *out, const char *key)
{
    size_t len = strlen(key);
    if (cck_buf_reserve(out, len + 4) != CCK_OK)
        return CCK_ENOMEM;
    char *at = out->data + out->len;
    at[0] = ',';
    at[1] = '"';
    memcpy(at + 2, key, len);
    at[len + 2] = '"';
    at[len + 3] = ':';
    at[len + 4] = '\0';
    out->len += len + 4;
    return CCK_OK;
}

/* A NUL-terminated string from the library, or null. */
static int put_string(cck_buf *out, const char *key, const char *value)
{
    int status = put_key(out, key);
    if (value)
        status |= cck_escape_json(out, value, strlen(value));
    else
        status |= cck_buf_puts(out, "null");
    return status ? CCK_ENOMEM : CCK_OK;
}

/* ---- writing into reserved room ------------------------------------------------- */

/* Room for a quoted string of n input bytes. */
#define STRING_ROOM(n) (CCK_JSON_ROOM(n) + 2)
/* Strings longer than this are refused rather than risk overflowing the room sum. */
#define MAX_STRING (SIZE_MAX / 64)

#define PUT_LIT(p, lit) (memcpy((p), (lit), sizeof(lit) - 1), (p) + sizeof(lit) - 1)

static char *put_quoted(char *p, const char *s, size_t len)
{
    *p++ = '"';
    p = cck_escape_json_to(p, s, len);
    *p++ = '"';
    return p;
}

/* A NUL-terminated string measured once, for the room and then for writing (NULL is
 * written as null). */
static cck_str measure(const char *s) { return (cck_str){s, s ? strlen(s) : 0}; }

static char *put_ref(char *p, cck_str t)
{
    return t.s ? put_quoted(p, t.s, t.len) : PUT_LIT(p, "null");
}

/* The bytes [offset, offset+length) of the record's text, clamped to what it holds. */
static cck_str slice_of(const cck_report_record *record, size_t offset, size_t length)
{
    size_t len = record->text ? record->length : 0;
    size_t skip = offset < record->text_offset ? offset : record->text_offset;
    offset -= skip;
    length = length > record->text_offset - skip ? length - (record->text_offset - skip) : 0;
    if (offset > len)
        offset = len;
    if (length > len - offset)
        length = len - offset;
    return (cck_str){record->text ? record->text + offset : "", length};
}

/* Reserves `room` bytes and returns where to write, or NULL when memory ran out. */
static char *open_room(cck_buf *out, size_t room)
{
    return cck_buf_reserve(out, room) == CCK_OK ? out->data + out->len : NULL;
}

static void close_room(cck_buf *out, char *end)
{
    out->len = (size_t)(end - out->data);
    out->data[out->len] = '\0';
}

int cck_report_jsonl_begin(cck_buf *out, const cck_report_record *record)
{
    int with_path = record->kind == CCK_REPORT_DOCUMENT || !record->path_is_stdin;
    size_t path_len = with_path ? strlen(record->path) : 0;
    size_t id_len = record->id ? record->id_length : 0;
    if (path_len > MAX_STRING || id_len > MAX_STRING)
        return CCK_ENOMEM;
    /* keys and punctuation come to under 40 bytes, plus one number */
    char *p = open_room(out, 64 + CCK_NUMBER_ROOM + STRING_ROOM(path_len) +
                                 STRING_ROOM(id_len));
    if (!p)
        return CCK_ENOMEM;
    /* The first member has no leading comma. */
    if (with_path) {
        p = PUT_LIT(p, "{\"path\":");
        p = put_quoted(p, record->path, path_len);
        if (record->kind != CCK_REPORT_DOCUMENT) {
            p = PUT_LIT(p, ",\"record\":");
            p = cck_put_size(p, record->record);
        }
    } else {
        p = PUT_LIT(p, "{\"record\":");
        p = cck_put_size(p, record->record);
    }
    if (record->id) {
        p = PUT_LIT(p, ",\"id\":");
        if (record->id_is_number) {
            memcpy(p, record->id, id_len);
            p += id_len;
        } else {
            p = put_quoted(p, record->id, id_len);
        }
    }
    p = PUT_LIT(p, ",\"findings\":[");
    close_room(out, p);
    return CCK_OK;
}

static const cck_str flag_names[] = {CCK_STR("hedged"),        CCK_STR("reported"),
                                     CCK_STR("question"),      CCK_STR("conditional"),
                                     CCK_STR("carried_topic"), CCK_STR("advice"),
                                     CCK_STR("markup")};

const char *cck_report_flag_name(unsigned bit)
{
    return bit < CCK_ARRAY_LEN(flag_names) ? flag_names[bit].s : NULL;
}

/* A name from the library's own tables (finding flags, severities, cue kinds), quoted:
 * they are plain ASCII words, so they skip the escaping pass
 * (test_report_names_need_no_escaping holds every one to that). Also a text that came
 * escaped already (put_finding). */
static char *put_name(char *p, cck_str t)
{
    *p++ = '"';
    memcpy(p, t.s, t.len);
    p += t.len;
    *p++ = '"';
    return p;
}

/* The names of cck_severity_name and cck_cue_kind_name with their lengths: every
 * finding has a severity and every cue a kind, and measuring each name cost a call
 * (test_report_names_need_no_escaping holds these to those functions, out-of-range
 * values included). */
static cck_str severity_ref(cck_severity severity)
{
    static const cck_str names[] = {CCK_STR("none"), CCK_STR("info"), CCK_STR("warning"),
                                    CCK_STR("error")};
    static const cck_str none = CCK_STR("none");
    return (unsigned)severity < CCK_ARRAY_LEN(names) ? names[severity] : none;
}

static cck_str cue_kind_ref(cck_cue_kind kind)
{
    static const cck_str names[CCK_CUE_KIND_COUNT] = {
        CCK_STR("topic"),       CCK_STR("claim"),    CCK_STR("booster"),
        CCK_STR("hedge"),       CCK_STR("negation"), CCK_STR("evidence"),
        CCK_STR("attribution"), CCK_STR("question"), CCK_STR("condition"),
        CCK_STR("profile")};
    static const cck_str unknown = CCK_STR("unknown");
    return (unsigned)kind < CCK_CUE_KIND_COUNT ? names[kind] : unknown;
}

/* Room for everything in a finding but its strings and cues: keys, punctuation,
 * numbers and flag names come to about 460 bytes. */
#define FINDING_FIXED 1024
/* The same for one cue, with its comma: about 90 bytes. */
#define CUE_FIXED 256

/* One cue, after a comma unless it is the first: measured, then written into its own
 * room. */
static int put_cue(cck_buf *out, const cck_report_record *record, const cck_cue *cue,
                   int first)
{
    cck_str kind = cue_kind_ref(cue->kind);
    cck_str category = measure(cue->category);
    cck_str text = slice_of(record, cue->span.offset, cue->span.length);
    if (category.len > MAX_STRING || text.len > MAX_STRING)
        return CCK_ENOMEM;
    char *p = open_room(out, CUE_FIXED + STRING_ROOM(kind.len) + STRING_ROOM(category.len) +
                                 STRING_ROOM(text.len));
    if (!p)
        return CCK_ENOMEM;
    if (!first)
        *p++ = ',';
    p = PUT_LIT(p, "{\"kind\":");
    p = put_name(p, kind);
    p = PUT_LIT(p, ",\"category\":");
    p = put_ref(p, category);
    p = PUT_LIT(p, ",\"level\":");
    p = cck_put_int(p, cue->level);
    p = PUT_LIT(p, ",\"text\":");
    p = put_ref(p, text);
    p = PUT_LIT(p, ",\"byte_offset\":");
    p = cck_put_size(p, cue->span.offset);
    p = PUT_LIT(p, ",\"byte_length\":");
    p = cck_put_size(p, cue->span.length);
    *p++ = '}';
    close_room(out, p);
    return CCK_OK;
}

/* The room a finding needs without its cues, or 0 when a string is too long to count
 * safely. */
static size_t finding_room(const cck_str *strings, size_t count)
{
    size_t room = FINDING_FIXED;
    for (size_t i = 0; i < count; i++) {
        if (strings[i].len > MAX_STRING)
            return 0;
        room += STRING_ROOM(strings[i].len);
    }
    return room;
}

/* The finding; escaped: its message and explanation came JSON-escaped, and are
 * copied between their quotes as they are. */
static int put_finding(cck_buf *out, const cck_report_record *record,
                       const cck_finding *finding, size_t index, int escaped)
{
    const cck_rule *rule = finding->rule;
    enum { ID, CATEGORY, SEVERITY, MESSAGE, EXPLANATION, SUGGESTION, SENTENCE, STRINGS };
    cck_str t[STRINGS];
    t[ID] = measure(rule && rule->id ? rule->id : "unknown");
    t[CATEGORY] = measure(rule ? rule->name : NULL);
    t[SEVERITY] = severity_ref(finding->severity);
    t[MESSAGE] = measure(finding->message ? finding->message : "");
    t[EXPLANATION] = measure(finding->explanation);
    t[SUGGESTION] = measure(finding->suggestion);
    t[SENTENCE] = slice_of(record, finding->sentence.offset, finding->sentence.length);
    size_t room = finding_room(t, STRINGS);
    char *p = room ? open_room(out, room) : NULL;
    if (!p)
        return CCK_ENOMEM;

    p = index ? PUT_LIT(p, ",{\"rule\":") : PUT_LIT(p, "{\"rule\":");
    p = put_ref(p, t[ID]);
    p = PUT_LIT(p, ",\"category\":");
    p = put_ref(p, t[CATEGORY]);
    p = PUT_LIT(p, ",\"severity\":");
    p = put_name(p, t[SEVERITY]);
    p = PUT_LIT(p, ",\"message\":");
    p = escaped ? put_name(p, t[MESSAGE]) : put_ref(p, t[MESSAGE]);
    p = PUT_LIT(p, ",\"explanation\":");
    p = escaped && t[EXPLANATION].s ? put_name(p, t[EXPLANATION]) : put_ref(p, t[EXPLANATION]);
    p = PUT_LIT(p, ",\"suggestion\":");
    p = put_ref(p, t[SUGGESTION]);
    p = PUT_LIT(p, ",\"line\":");
    p = cck_put_size(p, finding->trigger.line);
    p = PUT_LIT(p, ",\"column\":");
    p = cck_put_size(p, finding->trigger.column);
    p = PUT_LIT(p, ",\"end_line\":");
    p = cck_put_size(p, finding->trigger.end_line);
    p = PUT_LIT(p, ",\"end_column\":");
    p = cck_put_size(p, finding->trigger.end_column);
    p = PUT_LIT(p, ",\"byte_offset\":");
    p = cck_put_size(p, finding->trigger.offset);
    p = PUT_LIT(p, ",\"byte_length\":");
    p = cck_put_size(p, finding->trigger.length);
    p = PUT_LIT(p, ",\"sentence\":");
    p = put_ref(p, t[SENTENCE]);
    p = PUT_LIT(p, ",\"sentence_byte_offset\":");
    p = cck_put_size(p, finding->sentence.offset);
    p = PUT_LIT(p, ",\"sentence_byte_length\":");
    p = cck_put_size(p, finding->sentence.length);
    p = PUT_LIT(p, ",\"claim_level\":");
    p = cck_put_int(p, finding->claim_level);
    p = PUT_LIT(p, ",\"evidence_level\":");
    p = cck_put_int(p, finding->evidence_level);
    p = PUT_LIT(p, ",\"flags\":[");
    int first = 1;
    for (unsigned i = 0; i < CCK_ARRAY_LEN(flag_names); i++) {
        if (finding->flags & (1u << i)) {
            if (!first)
                *p++ = ',';
            p = put_name(p, flag_names[i]);
            first = 0;
        }
    }
    p = PUT_LIT(p, "],\"cues\":[");
    close_room(out, p);
    for (size_t i = 0; i < finding->cue_count && finding->cues; i++)
        if (put_cue(out, record, &finding->cues[i], i == 0) != CCK_OK)
            return CCK_ENOMEM;
    return cck_buf_append(out, "]}", 2);
}

int cck_report_jsonl_finding(cck_buf *out, const cck_report_record *record,
                             const cck_finding *finding, size_t index)
{
    return put_finding(out, record, finding, index, 0);
}

int cck_report_jsonl_finding_escaped(cck_buf *out, const cck_report_record *record,
                                     const cck_finding *finding, size_t index)
{
    return put_finding(out, record, finding, index, 1);
}

/* Room for a profile: its keys and names come to about 300 bytes, its 16 numbers to at
 * most 16 * CCK_NUMBER_ROOM. */
#define PROFILE_ROOM 1024

static char *write_profile(char *p, const cck_profile *pr)
{
    p = PUT_LIT(p, ",\"profile\":{\"bytes\":");
    p = cck_put_size(p, pr->bytes);
    p = PUT_LIT(p, ",\"words\":");
    p = cck_put_size(p, pr->words);
    p = PUT_LIT(p, ",\"sentences\":");
    p = cck_put_size(p, pr->sentences);
    p = PUT_LIT(p, ",\"claims\":");
    p = cck_put_size(p, pr->claims);
    p = PUT_LIT(p, ",\"hedged_claims\":");
    p = cck_put_size(p, pr->hedged_claims);
    p = PUT_LIT(p, ",\"sourced_claims\":");
    p = cck_put_size(p, pr->sourced_claims);
    p = PUT_LIT(p, ",\"hedges\":");
    p = cck_put_size(p, pr->hedges);
    p = PUT_LIT(p, ",\"negations\":");
    p = cck_put_size(p, pr->negations);
    p = PUT_LIT(p, ",\"evidence\":");
    p = cck_put_size(p, pr->evidence);
    p = PUT_LIT(p, ",\"topic_sentences\":");
    p = cck_put_size(p, pr->topic_sentences);
    p = PUT_LIT(p, ",\"claim_level\":");
    p = cck_put_int(p, pr->claim_level);
    p = PUT_LIT(p, ",\"evidence_level\":");
    p = cck_put_int(p, pr->evidence_level);
    p = PUT_LIT(p, ",\"findings\":{\"error\":");
    p = cck_put_size(p, pr->findings[CCK_SEVERITY_ERROR]);
    p = PUT_LIT(p, ",\"warning\":");
    p = cck_put_size(p, pr->findings[CCK_SEVERITY_WARNING]);
    p = PUT_LIT(p, ",\"info\":");
    p = cck_put_size(p, pr->findings[CCK_SEVERITY_INFO]);
    p = PUT_LIT(p, "},\"discusses\":[");
    /* plain ASCII words, like the names put_name is for */
    static const cck_str topics[] = {CCK_STR("cost"), CCK_STR("harms"),
                                     CCK_STR("evidence_quality"), CCK_STR("alternatives")};
    int first = 1;
    for (size_t i = 0; i < CCK_ARRAY_LEN(topics); i++) {
        if (pr->discusses & (1u << i)) {
            if (!first)
                *p++ = ',';
            p = put_name(p, topics[i]);
            first = 0;
        }
    }
    p = PUT_LIT(p, "],\"invalid_utf8\":");
    p = cck_put_size(p, pr->invalid_utf8);
    *p++ = '}';
    return p;
}

static int put_profile(cck_buf *out, const cck_profile *pr)
{
    char *p = open_room(out, PROFILE_ROOM);
    if (!p)
        return CCK_ENOMEM;
    close_room(out, write_profile(p, pr));
    return CCK_OK;
}

int cck_report_jsonl_end(cck_buf *out, const cck_report_record *record,
                         const cck_profile *profile, const cck_error *diagnostics,
                         size_t diagnostic_count, const char *error)
{
    (void)record;
    if (profile && !diagnostic_count && !error) {
        /* a record scanned without a problem, the common case: one reservation for
         * the end of the findings, the profile and the end of the line */
        char *p = open_room(out, PROFILE_ROOM + 4);
        if (!p)
            return CCK_ENOMEM;
        *p++ = ']';
        p = write_profile(p, profile);
        *p++ = '}';
        *p++ = '\n';
        close_room(out, p);
        return CCK_OK;
    }
    int status = cck_buf_putc(out, ']');
    if (profile)
        status |= put_profile(out, profile);
    if (diagnostic_count) {
        status |= cck_buf_puts(out, ",\"diagnostics\":[");
        for (size_t i = 0; i < diagnostic_count; i++) {
            const cck_error *d = &diagnostics[i];
            /* a faulty "claimcheck: ignore" comment is a warning about the text */
            status |= cck_buf_printf(out,
                                     "%s{\"severity\":\"%s\",\"line\":%zu,\"column\":%zu,"
                                     "\"byte_offset\":%zu",
                                     i ? "," : "", d->status == CCK_ESUPPRESS ? "warning" : "error",
                                     d->line, d->column, d->byte_offset);
            status |= put_string(out, "message", d->message);
            status |= cck_buf_putc(out, '}');
        }
        status |= cck_buf_putc(out, ']');
    }
    if (error)
        status |= put_string(out, "error", error);
    status |= cck_buf_puts(out, "}\n");
    return status ? CCK_ENOMEM : CCK_OK;
}
