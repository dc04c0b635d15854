/* sarif.c - the SARIF 2.1.0 printer for code-scanning systems and editors: one log,
 * one run, every rule in tool.driver, one result per finding with its region and the
 * rewrite as a fix, and unreadable inputs as tool execution notifications. Columns,
 * charOffset and charLength count Unicode code points (columnKind
 * "unicodeCodePoints"), the same way the text printer counts columns. */
#include <string.h>

#include "report/formats.h"

#define SCHEMA_URI "https://json.schemastore.org/sarif-2.1.0.json"
#define MAX_NOTES 1000 /* notifications kept for the end; the rest are counted */

/* ---- small writers -------------------------------------------------------------- */

static int put_string(cck_buf *out, const char *s)
{
    return cck_escape_json(out, s ? s : "", s ? strlen(s) : 0);
}

/* {"text":"..."} with the text made a sentence: a capital first letter and a final
 * full stop, as SARIF asks of messages. Library text only. */
static int put_message(cck_buf *out, const char *text)
{
    cck_buf sentence;
    cck_buf_init(&sentence);
    int status = cck_buf_puts(&sentence, text ? text : "");
    if (status == CCK_OK && sentence.len) {
        unsigned char first = (unsigned char)sentence.data[0];
        if (first >= 'a' && first <= 'z')
            sentence.data[0] = (char)(first - 'a' + 'A');
        char last = sentence.data[sentence.len - 1];
        if (last != '.' && last != '!' && last != '?')
            status |= cck_buf_putc(&sentence, '.');
    }
    status |= cck_buf_puts(out, "{\"text\":");
    status |= cck_escape_json(out, sentence.data ? sentence.data : "", sentence.len);
    status |= cck_buf_putc(out, '}');
    cck_buf_free(&sentence);
    return status ? CCK_ENOMEM : CCK_OK;
}

/* The first paragraph of a rule's description, its hard line breaks made spaces. */
static int put_first_paragraph(cck_buf *out, const char *description)
{
    const char *end = strstr(description, "\n\n");
    size_t len = end ? (size_t)(end - description) : strlen(description);
    cck_buf para;
    cck_buf_init(&para);
    int status = cck_buf_append(&para, description, len);
    for (size_t i = 0; i < para.len; i++)
        if (para.data[i] == '\n')
            para.data[i] = ' ';
    status |= cck_buf_puts(out, "{\"text\":");
    status |= cck_escape_json(out, para.data ? para.data : "", para.len);
    status |= cck_buf_putc(out, '}');
    cck_buf_free(&para);
    return status ? CCK_ENOMEM : CCK_OK;
}

static const char *level_of(cck_severity severity)
{
    switch (severity) {
    case CCK_SEVERITY_ERROR: return "error";
    case CCK_SEVERITY_WARNING: return "warning";
    default: return "note";
    }
}

/* "prevention-claim" as "PreventionClaim": SARIF wants a rule name that a person can
 * read and that differs from the id, so a one-word id gets "Claim" added
 * ("extrapolation" becomes "ExtrapolationClaim"). */
static int put_rule_name(cck_buf *out, const char *id)
{
    int status = cck_buf_putc(out, '"');
    int upper = 1, words = 0;
    for (const char *p = id; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (!cck_ascii_is_alnum(c)) {
            upper = 1;
            continue;
        }
        if (upper && c >= 'a' && c <= 'z') {
            c = (unsigned char)(c - 'a' + 'A');
            words++;
        }
        upper = 0;
        status |= cck_buf_putc(out, (char)c);
    }
    if (words < 2)
        status |= cck_buf_puts(out, "Claim");
    status |= cck_buf_putc(out, '"');
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_rule(cck_buf *out, const cck_rule *rule, size_t index)
{
    int status = cck_buf_puts(out, index ? ",\n{\"id\":" : "{\"id\":");
    status |= put_string(out, rule->id);
    status |= cck_buf_puts(out, ",\"name\":");
    status |= put_rule_name(out, rule->id);
    status |= cck_buf_puts(out, ",\"shortDescription\":");
    status |= put_message(out, rule->summary);
    status |= cck_buf_puts(out, ",\"fullDescription\":");
    status |= put_first_paragraph(out, rule->description ? rule->description : "");
    status |= cck_buf_puts(out, ",\"help\":{\"text\":");
    status |= put_string(out, rule->description);
    status |= cck_buf_printf(out, "},\"defaultConfiguration\":{\"level\":\"%s\"}",
                             level_of(rule->default_severity));
    status |= cck_buf_puts(out, ",\"properties\":{\"category\":");
    status |= put_string(out, rule->name);
    status |= cck_buf_puts(out, ",\"tags\":[\"health-claims\",\"regenerative-medicine\"]}}");
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_sarif_begin(cck_buf *out, cck_report_run *run)
{
    (void)run;
    int status = cck_buf_puts(out, "{\"$schema\":\"" SCHEMA_URI "\",\"version\":\"2.1.0\","
                                   "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"claimcheck\","
                                   "\"version\":\"" CCK_VERSION_STRING "\","
                                   "\"semanticVersion\":\"" CCK_VERSION_STRING "\","
                                   "\"rules\":[\n");
    for (size_t i = 0; i < CCK_CATEGORY_COUNT; i++) {
        const cck_rule *rule = cck_rule_get((cck_category)i);
        if (rule)
            status |= put_rule(out, rule, i);
    }
    status |= cck_buf_puts(out, "]}},\"columnKind\":\"unicodeCodePoints\",\"results\":[\n");
    return status ? CCK_ENOMEM : CCK_OK;
}

/* ---- positions ------------------------------------------------------------------ */

/* Code point offsets of byte offsets, counted incrementally from the last one asked
 * for (findings come in order, so the distance walked stays small). */
typedef struct char_counter {
    const char *text;
    size_t length;
    size_t byte; /* a byte offset reached */
    size_t chars; /* code points before it */
    size_t start; /* 3 after an opening byte order mark, which is not a character */
} char_counter;

/* The code points before byte offset, as columns count them: an opening byte order
 * mark is not one, so charOffset agrees with startColumn on line 1. */
static size_t chars_at(char_counter *cc, size_t offset)
{
    if (offset > cc->length)
        offset = cc->length;
    if (offset < cc->start)
        offset = cc->start;
    if (offset >= cc->byte)
        cc->chars += cck_utf8_count_chars(cc->text + cc->byte, offset - cc->byte);
    else
        cc->chars -= cck_utf8_count_chars(cc->text + offset, cc->byte - offset);
    cc->byte = offset;
    return cc->chars;
}

/* The record's bytes [offset, offset+length), clamped to its text. */
static void clamp(const cck_report_record *record, size_t *offset, size_t *length)
{
    size_t len = record->text ? record->length : 0;
    if (*offset > len)
        *offset = len;
    if (*length > len - *offset)
        *length = len - *offset;
}

/* A region for a span of the record. A whole file gets lines, columns, character and
 * byte offsets; a line record its stream line and columns; a JSON record only its
 * stream line. snippet: include the text of the span. */
static int put_region(cck_buf *out, const cck_report_record *record, const cck_span *span,
                      char_counter *cc, int snippet)
{
    size_t offset = span->offset, length = span->length;
    clamp(record, &offset, &length);
    int status = CCK_OK;
    switch (record->kind) {
    case CCK_REPORT_DOCUMENT: {
        size_t start = chars_at(cc, offset);
        size_t end = chars_at(cc, offset + length);
        status |= cck_buf_printf(out,
                                 "{\"startLine\":%zu,\"startColumn\":%zu,\"endLine\":%zu,"
                                 "\"endColumn\":%zu,\"charOffset\":%zu,\"charLength\":%zu,"
                                 "\"byteOffset\":%zu,\"byteLength\":%zu",
                                 span->line, span->column, span->end_line, span->end_column,
                                 start, end - start, offset, length);
        break;
    }
    case CCK_REPORT_LINE:
        status |= cck_buf_printf(out,
                                 "{\"startLine\":%zu,\"startColumn\":%zu,\"endLine\":%zu,"
                                 "\"endColumn\":%zu",
                                 record->line + (span->line ? span->line - 1 : 0),
                                 span->column, record->line + (span->end_line ? span->end_line - 1 : 0),
                                 span->end_column);
        break;
    case CCK_REPORT_JSON:
        status |= cck_buf_printf(out, "{\"startLine\":%zu", record->line ? record->line : 1);
        snippet = 0; /* the region is the JSON line, not the decoded text */
        break;
    }
    if (snippet) {
        status |= cck_buf_puts(out, ",\"snippet\":{\"text\":");
        status |= cck_escape_json(out, record->text ? record->text + offset : "", length);
        status |= cck_buf_putc(out, '}');
    }
    status |= cck_buf_putc(out, '}');
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_artifact(cck_buf *out, const cck_report_record *record)
{
    /* a URI would name a file "<stdin>" next to the others: standard input is described
     * instead (with --label it has a name, and is not path_is_stdin) */
    if (record->path_is_stdin)
        return cck_buf_puts(out, "{\"description\":{\"text\":\"standard input\"}}") ? CCK_ENOMEM
                                                                                   : CCK_OK;
    cck_buf uri;
    cck_buf_init(&uri);
    int status = cck_escape_uri(&uri, record->path, strlen(record->path));
    status |= cck_buf_puts(out, "{\"uri\":");
    status |= cck_escape_json(out, uri.data ? uri.data : "", uri.len);
    status |= cck_buf_putc(out, '}');
    cck_buf_free(&uri);
    return status ? CCK_ENOMEM : CCK_OK;
}

/* ---- results -------------------------------------------------------------------- */

static int put_id(cck_buf *out, const cck_report_record *record)
{
    if (record->id_is_number)
        return cck_buf_append(out, record->id, record->id_length);
    return cck_escape_json(out, record->id, record->id_length);
}

static int put_result(cck_buf *out, const cck_report_record *record, const cck_finding *f,
                      char_counter *cc, size_t index)
{
    const cck_rule *rule = f->rule;
    int status = cck_buf_puts(out, index ? ",\n{\"ruleId\":" : "{\"ruleId\":");
    status |= put_string(out, rule && rule->id ? rule->id : "unknown");
    if (rule && (unsigned)rule->category < CCK_CATEGORY_COUNT)
        status |= cck_buf_printf(out, ",\"ruleIndex\":%u", (unsigned)rule->category);
    status |= cck_buf_printf(out, ",\"level\":\"%s\",\"message\":", level_of(f->severity));
    status |= put_message(out, f->message);
    status |= cck_buf_puts(out, ",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":");
    status |= put_artifact(out, record);
    status |= cck_buf_puts(out, ",\"region\":");
    status |= put_region(out, record, &f->trigger, cc, 1);
    if (record->kind != CCK_REPORT_JSON) {
        status |= cck_buf_puts(out, ",\"contextRegion\":");
        status |= put_region(out, record, &f->sentence, cc, 1);
    }
    status |= cck_buf_puts(out, "}}]");
    /* only a rewrite is a fix: advice must never replace the sentence, and the text
     * of a sentence with markup must not replace its source */
    if (f->suggestion && !(f->flags & (CCK_FINDING_ADVICE | CCK_FINDING_MARKUP)) &&
        record->kind != CCK_REPORT_JSON) {
        status |= cck_buf_puts(out, ",\"fixes\":[{\"description\":{\"text\":\"Rewrite the "
                                    "sentence in calibrated language.\"},"
                                    "\"artifactChanges\":[{\"artifactLocation\":");
        status |= put_artifact(out, record);
        status |= cck_buf_puts(out, ",\"replacements\":[{\"deletedRegion\":");
        status |= put_region(out, record, &f->sentence, cc, 0);
        status |= cck_buf_puts(out, ",\"insertedContent\":{\"text\":");
        status |= put_string(out, f->suggestion);
        status |= cck_buf_puts(out, "}}]}]}]");
    }
    status |= cck_buf_printf(out, ",\"properties\":{\"category\":");
    status |= put_string(out, rule ? rule->name : NULL);
    status |= cck_buf_printf(out, ",\"claimLevel\":%d,\"evidenceLevel\":%d,\"flags\":[",
                             f->claim_level, f->evidence_level);
    const char *sep = "", *flag;
    for (unsigned i = 0; (flag = cck_report_flag_name(i)) != NULL; i++) {
        if (f->flags & (1u << i)) {
            status |= cck_buf_printf(out, "%s\"%s\"", sep, flag);
            sep = ",";
        }
    }
    status |= cck_buf_putc(out, ']');
    if (f->explanation) {
        status |= cck_buf_puts(out, ",\"explanation\":");
        status |= put_string(out, f->explanation);
    }
    if (record->kind != CCK_REPORT_DOCUMENT) {
        status |= cck_buf_printf(out, ",\"record\":%zu", record->record);
        if (record->id) {
            status |= cck_buf_puts(out, ",\"id\":");
            status |= put_id(out, record);
        }
    }
    if (record->kind == CCK_REPORT_JSON)
        status |= cck_buf_printf(out, ",\"recordByteOffset\":%zu,\"recordByteLength\":%zu",
                                 f->trigger.offset, f->trigger.length);
    status |= cck_buf_puts(out, "}}");
    return status ? CCK_ENOMEM : CCK_OK;
}

/* A notification about an input at `level` ("error", "warning"), kept in run->notes
 * for the end of the log. */
static int keep_note(cck_report_run *run, const cck_report_record *record, size_t line,
                     size_t column, const char *level, const char *message)
{
    if (run->note_count++ >= MAX_NOTES) {
        run->notes_left_out_errors += strcmp(level, "error") == 0;
        return CCK_OK;
    }
    cck_buf *notes = &run->notes;
    int status = cck_buf_puts(notes, run->note_count > 1 ? ",\n{" : "{");
    status |= cck_buf_printf(notes, "\"level\":\"%s\",\"message\":", level);
    status |= put_message(notes, message);
    status |= cck_buf_puts(notes, ",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":");
    status |= put_artifact(notes, record);
    if (line) {
        status |= cck_buf_printf(notes, ",\"region\":{\"startLine\":%zu", line);
        if (column)
            status |= cck_buf_printf(notes, ",\"startColumn\":%zu", column);
        status |= cck_buf_putc(notes, '}');
    }
    status |= cck_buf_puts(notes, "}}]}");
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_sarif_entry(cck_buf *out, cck_report_run *run, const cck_report_entry *entry)
{
    const cck_report_record *record = entry->record;
    char_counter cc = {record->text ? record->text : "", record->text ? record->length : 0,
                       0, 0, 0};
    if (cc.length >= 3 && memcmp(cc.text, "\xEF\xBB\xBF", 3) == 0)
        cc.byte = cc.start = 3;
    int status = CCK_OK;
    size_t count = entry->finding_count;
    for (size_t i = 0; i < count; i++)
        status |= put_result(out, record, &entry->findings[i], &cc, run->results + i);
    if (entry->error)
        status |= keep_note(run, record, record->kind == CCK_REPORT_DOCUMENT ? 0 : record->line,
                            0, "error", entry->error);
    for (size_t i = 0; i < entry->diagnostic_count; i++) {
        const cck_error *d = &entry->diagnostics[i];
        const char *message = d->message[0] ? d->message : cck_status_string(d->status);
        size_t line = d->line, column = d->column;
        if (record->kind == CCK_REPORT_LINE) {
            line = record->line + (line ? line - 1 : 0);
        } else if (record->kind == CCK_REPORT_JSON) {
            line = record->line;
            column = 0;
        }
        /* a faulty "claimcheck: ignore" comment is a warning about the text */
        status |= keep_note(run, record, line, column,
                            d->status == CCK_ESUPPRESS ? "warning" : "error", message);
    }
    cck_report_run_add(run, entry);
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_sarif_end(cck_buf *out, cck_report_run *run)
{
    int status = cck_buf_puts(out, run->results ? "\n]" : "]");
    status |= cck_buf_printf(out, ",\"invocations\":[{\"executionSuccessful\":%s",
                             run->problems ? "false" : "true");
    if (run->note_count) {
        status |= cck_buf_puts(out, ",\"toolExecutionNotifications\":[\n");
        status |= cck_buf_append(out, run->notes.data ? run->notes.data : "", run->notes.len);
        size_t left_out = run->note_count > MAX_NOTES ? run->note_count - MAX_NOTES : 0;
        size_t errors = run->notes_left_out_errors;
        if (errors)
            status |= cck_buf_printf(out,
                                     ",\n{\"level\":\"error\",\"message\":{\"text\":\"%zu more "
                                     "problems with the input (not listed).\"}}",
                                     errors);
        if (left_out > errors)
            status |= cck_buf_printf(out,
                                     ",\n{\"level\":\"warning\",\"message\":{\"text\":\"%zu more "
                                     "faulty suppression directives (not listed).\"}}",
                                     left_out - errors);
        status |= cck_buf_puts(out, "\n]");
    }
    status |= cck_buf_puts(out, "}]}]}\n");
    return status ? CCK_ENOMEM : CCK_OK;
}
