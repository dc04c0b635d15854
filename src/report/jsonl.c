/* jsonl.c - the JSON Lines printer: exactly one object per record, on one line, with
 * the record's findings, its profile and any error (the format is in README.md). */
#include <string.h>

#include "report/report.h"

/* The printer is on the hot path of a scan: it appends pieces, it never formats. */
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

static int put_size(cck_buf *out, const char *key, size_t value)
{
    int status = put_key(out, key);
    status |= cck_buf_append_size(out, value);
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_int(cck_buf *out, const char *key, int value)
{
    int status = put_key(out, key);
    status |= cck_buf_append_int(out, value);
    return status ? CCK_ENOMEM : CCK_OK;
}

/* One member of a list of names: `"name"`, after a comma unless it is the first. */
static int put_name_item(cck_buf *out, int first, const char *name)
{
    int status = first ? CCK_OK : cck_buf_putc(out, ',');
    status |= cck_buf_putc(out, '"');
    status |= cck_buf_puts(out, name);
    status |= cck_buf_putc(out, '"');
    return status ? CCK_ENOMEM : CCK_OK;
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

/* The bytes [offset, offset+length) of the record's text, clamped to what it holds. */
static int put_slice(cck_buf *out, const char *key, const cck_report_record *record,
                     size_t offset, size_t length)
{
    size_t len = record->text ? record->length : 0;
    size_t skip = offset < record->text_offset ? offset : record->text_offset;
    offset -= skip;
    length = length > record->text_offset - skip ? length - (record->text_offset - skip) : 0;
    if (offset > len)
        offset = len;
    if (length > len - offset)
        length = len - offset;
    int status = put_key(out, key);
    status |= cck_escape_json(out, record->text ? record->text + offset : "", length);
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_jsonl_begin(cck_buf *out, const cck_report_record *record)
{
    int status = CCK_OK;
    /* The first member has no leading comma: write it by hand. */
    if (record->kind == CCK_REPORT_DOCUMENT || !record->path_is_stdin) {
        status |= cck_buf_puts(out, "{\"path\":");
        status |= cck_escape_json(out, record->path, strlen(record->path));
        if (record->kind != CCK_REPORT_DOCUMENT)
            status |= put_size(out, "record", record->record);
    } else {
        status |= cck_buf_puts(out, "{\"record\":");
        status |= cck_buf_append_size(out, record->record);
    }
    if (record->id) {
        status |= put_key(out, "id");
        if (record->id_is_number)
            status |= cck_buf_append(out, record->id, record->id_length);
        else
            status |= cck_escape_json(out, record->id, record->id_length);
    }
    status |= cck_buf_puts(out, ",\"findings\":[");
    return status ? CCK_ENOMEM : CCK_OK;
}

static const char *const flag_names[] = {"hedged", "reported", "question", "conditional",
                                         "carried_topic"};

static int put_cue(cck_buf *out, const cck_report_record *record, const cck_cue *cue)
{
    int status = cck_buf_puts(out, "{\"kind\":");
    const char *kind = cck_cue_kind_name(cue->kind);
    status |= cck_escape_json(out, kind, strlen(kind));
    status |= put_string(out, "category", cue->category);
    status |= put_int(out, "level", cue->level);
    status |= put_slice(out, "text", record, cue->span.offset, cue->span.length);
    status |= put_size(out, "byte_offset", cue->span.offset);
    status |= put_size(out, "byte_length", cue->span.length);
    status |= cck_buf_putc(out, '}');
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_jsonl_finding(cck_buf *out, const cck_report_record *record,
                             const cck_finding *finding, size_t index)
{
    int status = cck_buf_puts(out, index ? ",{\"rule\":" : "{\"rule\":");
    const cck_rule *rule = finding->rule;
    const char *id = rule && rule->id ? rule->id : "unknown";
    status |= cck_escape_json(out, id, strlen(id));
    status |= put_string(out, "category", rule ? rule->name : NULL);
    status |= put_string(out, "severity", cck_severity_name(finding->severity));
    status |= put_string(out, "message", finding->message ? finding->message : "");
    status |= put_string(out, "explanation", finding->explanation);
    status |= put_string(out, "suggestion", finding->suggestion);
    status |= put_size(out, "line", finding->trigger.line);
    status |= put_size(out, "column", finding->trigger.column);
    status |= put_size(out, "end_line", finding->trigger.end_line);
    status |= put_size(out, "end_column", finding->trigger.end_column);
    status |= put_size(out, "byte_offset", finding->trigger.offset);
    status |= put_size(out, "byte_length", finding->trigger.length);
    status |= put_slice(out, "sentence", record, finding->sentence.offset,
                        finding->sentence.length);
    status |= put_size(out, "sentence_byte_offset", finding->sentence.offset);
    status |= put_size(out, "sentence_byte_length", finding->sentence.length);
    status |= put_int(out, "claim_level", finding->claim_level);
    status |= put_int(out, "evidence_level", finding->evidence_level);
    status |= cck_buf_puts(out, ",\"flags\":[");
    int first = 1;
    for (size_t i = 0; i < CCK_ARRAY_LEN(flag_names); i++) {
        if (finding->flags & (1u << i)) {
            status |= put_name_item(out, first, flag_names[i]);
            first = 0;
        }
    }
    status |= cck_buf_puts(out, "],\"cues\":[");
    for (size_t i = 0; i < finding->cue_count && finding->cues; i++) {
        if (i)
            status |= cck_buf_putc(out, ',');
        status |= put_cue(out, record, &finding->cues[i]);
    }
    status |= cck_buf_puts(out, "]}");
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_profile(cck_buf *out, const cck_profile *p)
{
    int status = cck_buf_puts(out, ",\"profile\":{\"bytes\":");
    status |= cck_buf_append_size(out, p->bytes);
    status |= put_size(out, "words", p->words);
    status |= put_size(out, "sentences", p->sentences);
    status |= put_size(out, "claims", p->claims);
    status |= put_size(out, "hedged_claims", p->hedged_claims);
    status |= put_size(out, "sourced_claims", p->sourced_claims);
    status |= put_size(out, "hedges", p->hedges);
    status |= put_size(out, "negations", p->negations);
    status |= put_size(out, "evidence", p->evidence);
    status |= put_size(out, "topic_sentences", p->topic_sentences);
    status |= put_int(out, "claim_level", p->claim_level);
    status |= put_int(out, "evidence_level", p->evidence_level);
    status |= cck_buf_puts(out, ",\"findings\":{\"error\":");
    status |= cck_buf_append_size(out, p->findings[CCK_SEVERITY_ERROR]);
    status |= put_size(out, "warning", p->findings[CCK_SEVERITY_WARNING]);
    status |= put_size(out, "info", p->findings[CCK_SEVERITY_INFO]);
    status |= cck_buf_putc(out, '}');
    static const char *const topics[] = {"cost", "harms", "evidence_quality", "alternatives"};
    status |= cck_buf_puts(out, ",\"discusses\":[");
    int first = 1;
    for (size_t i = 0; i < CCK_ARRAY_LEN(topics); i++) {
        if (p->discusses & (1u << i)) {
            status |= put_name_item(out, first, topics[i]);
            first = 0;
        }
    }
    status |= cck_buf_putc(out, ']');
    status |= put_size(out, "invalid_utf8", p->invalid_utf8);
    status |= cck_buf_putc(out, '}');
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_jsonl_end(cck_buf *out, const cck_report_record *record,
                         const cck_profile *profile, const cck_error *diagnostics,
                         size_t diagnostic_count, const char *error)
{
    (void)record;
    int status = cck_buf_putc(out, ']');
    if (profile)
        status |= put_profile(out, profile);
    if (diagnostic_count) {
        status |= cck_buf_puts(out, ",\"diagnostics\":[");
        for (size_t i = 0; i < diagnostic_count; i++) {
            const cck_error *d = &diagnostics[i];
            status |= cck_buf_printf(out, "%s{\"line\":%zu,\"column\":%zu,\"byte_offset\":%zu",
                                     i ? "," : "", d->line, d->column, d->byte_offset);
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
