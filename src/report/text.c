/* text.c - the compiler-style text printer: "path:line:col: severity: message [rule]",
 * the sentence on one line with the trigger underlined, and a suggested rewrite. */
#include <string.h>

#include "report/report.h"

/* How much of a long sentence is shown around the trigger, in characters. */
#define CONTEXT_CHARS 60
#define TRIGGER_CHARS 80
#define INDENT "    "
#define ELLIPSIS "\xE2\x80\xA6"

#define BOLD "\033[1m"
#define RESET "\033[0m"

static const char *severity_color(const char *severity)
{
    if (strcmp(severity, "error") == 0)
        return "\033[1;31m";
    if (strcmp(severity, "warning") == 0)
        return "\033[1;33m";
    if (strcmp(severity, "info") == 0)
        return "\033[1;36m";
    return BOLD;
}

/* Writes "path:line:col: severity: " with the location bold and the severity coloured
 * when asked. A zero line or column is left out. */
static int put_location(cck_buf *out, const char *path, size_t line, size_t column,
                        const char *severity, int color)
{
    int status = CCK_OK;
    if (color)
        status |= cck_buf_puts(out, BOLD);
    status |= cck_escape_text(out, path, strlen(path), 0);
    if (line) {
        status |= cck_buf_putc(out, ':');
        status |= cck_buf_append_size(out, line);
        if (column) {
            status |= cck_buf_putc(out, ':');
            status |= cck_buf_append_size(out, column);
        }
    }
    status |= cck_buf_puts(out, ": ");
    if (color)
        status |= cck_buf_printf(out, RESET "%s%s:" RESET " ", severity_color(severity),
                                 severity);
    else
        status |= cck_buf_printf(out, "%s: ", severity);
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_text_problem(cck_buf *out, const char *path, size_t line, size_t column,
                            const char *severity, const char *message,
                            const cck_text_style *style)
{
    int status = put_location(out, path, line, column, severity, style && style->color);
    status |= cck_escape_text(out, message, strlen(message), CCK_ESCAPE_FLATTEN);
    status |= cck_buf_putc(out, '\n');
    return status ? CCK_ENOMEM : CCK_OK;
}

/* The byte offset just after the first n characters of s[0..len). */
static size_t skip_chars(const char *s, size_t len, size_t n)
{
    size_t at = 0;
    while (n > 0 && at < len) {
        uint32_t cp;
        at += cck_report_decode(s + at, len - at, &cp);
        n--;
    }
    return at;
}

static size_t count_chars(const char *s, size_t len)
{
    size_t count = 0, at = 0;
    while (at < len) {
        uint32_t cp;
        at += cck_report_decode(s + at, len - at, &cp);
        count++;
    }
    return count;
}

static size_t min_size(size_t a, size_t b) { return a < b ? a : b; }

/* Escapes s[0..len) onto one line and reports how many columns it takes. */
static int put_measured(cck_buf *out, const char *s, size_t len, size_t *width)
{
    size_t mark = out->len;
    if (cck_escape_text(out, s, len, CCK_ESCAPE_FLATTEN) != CCK_OK)
        return CCK_ENOMEM;
    *width += cck_report_text_width(out->data ? out->data + mark : "", out->len - mark);
    return CCK_OK;
}

/* Moves a span back by `by` bytes (what is before offset 0 is cut off). */
static void shift_span(cck_span *span, size_t by)
{
    size_t cut = span->offset < by ? by - span->offset : 0;
    span->length = span->length > cut ? span->length - cut : 0;
    span->offset = span->offset > by ? span->offset - by : 0;
}

/* The sentence on one line, cut to a window around the trigger, and the underline. */
static int put_excerpt(cck_buf *out, const cck_report_record *record,
                       const cck_finding *spans, const char *color)
{
    const char *text = record->text ? record->text : "";
    size_t len = record->text ? record->length : 0;
    /* offsets into what record->text holds */
    cck_finding shifted = *spans;
    shift_span(&shifted.trigger, record->text_offset);
    shift_span(&shifted.sentence, record->text_offset);
    const cck_finding *finding = &shifted;
    size_t trig_start = min_size(finding->trigger.offset, len);
    size_t trig_end = min_size(trig_start + min_size(finding->trigger.length,
                                                     len - trig_start), len);
    size_t sent_start = min_size(finding->sentence.offset, trig_start);
    size_t sent_end = finding->sentence.offset + finding->sentence.length;
    if (sent_end < trig_end || sent_end > len)
        sent_end = sent_end < trig_end ? trig_end : len;
    while (sent_start < trig_start && cck_ascii_is_space((unsigned char)text[sent_start]))
        sent_start++;
    while (sent_end > trig_end && cck_ascii_is_space((unsigned char)text[sent_end - 1]))
        sent_end--;

    /* Keep at most CONTEXT_CHARS characters on each side of the trigger. */
    const char *before = text + sent_start;
    size_t before_len = trig_start - sent_start;
    size_t before_chars = count_chars(before, before_len);
    int cut_before = before_chars > CONTEXT_CHARS;
    if (cut_before) {
        size_t drop = skip_chars(before, before_len, before_chars - CONTEXT_CHARS);
        before += drop;
        before_len -= drop;
    }
    const char *trigger = text + trig_start;
    size_t trigger_len = trig_end - trig_start;
    size_t shown = skip_chars(trigger, trigger_len, TRIGGER_CHARS);
    int cut_trigger = shown < trigger_len;
    const char *after = text + trig_end;
    size_t after_len = cut_trigger ? 0 : sent_end - trig_end;
    size_t after_shown = skip_chars(after, after_len, CONTEXT_CHARS);
    int cut_after = cut_trigger || after_shown < after_len;

    size_t lead = 0, mark = 0, rest = 0;
    int status = cck_buf_puts(out, INDENT);
    if (cut_before) {
        status |= cck_buf_puts(out, ELLIPSIS);
        lead++;
    }
    status |= put_measured(out, before, before_len, &lead);
    status |= put_measured(out, trigger, shown, &mark);
    status |= put_measured(out, after, after_shown, &rest);
    if (cut_after)
        status |= cck_buf_puts(out, ELLIPSIS);
    status |= cck_buf_puts(out, "\n" INDENT);
    for (size_t i = 0; i < lead; i++)
        status |= cck_buf_putc(out, ' ');
    if (color)
        status |= cck_buf_puts(out, color);
    status |= cck_buf_putc(out, '^');
    for (size_t i = 1; i < mark; i++)
        status |= cck_buf_putc(out, '~');
    if (color)
        status |= cck_buf_puts(out, RESET);
    status |= cck_buf_putc(out, '\n');
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_text_finding(cck_buf *out, const cck_report_record *record,
                            const cck_finding *finding, const cck_text_style *style)
{
    int color = style && style->color;
    int quiet = style && style->quiet;
    const char *severity = cck_severity_name(finding->severity);
    size_t line = 0, column = 0;
    switch (record->kind) {
    case CCK_REPORT_DOCUMENT:
        line = finding->trigger.line;
        column = finding->trigger.column;
        break;
    case CCK_REPORT_LINE:
        line = record->line + (finding->trigger.line ? finding->trigger.line - 1 : 0);
        column = finding->trigger.column;
        break;
    case CCK_REPORT_JSON:
        line = record->line;
        break;
    }
    int status = put_location(out, record->path, line, column, severity, color);
    const char *message = finding->message ? finding->message : "";
    status |= cck_escape_text(out, message, strlen(message), CCK_ESCAPE_FLATTEN);
    if (finding->rule && finding->rule->id)
        status |= cck_buf_printf(out, " [%s]", finding->rule->id);
    status |= cck_buf_putc(out, '\n');
    if (quiet)
        return status ? CCK_ENOMEM : CCK_OK;
    /* a JSON record is found again by its id, not by its line of the stream */
    if (record->id && record->id_length) {
        status |= cck_buf_puts(out, "  id: ");
        status |= cck_escape_text(out, record->id, record->id_length, CCK_ESCAPE_FLATTEN);
        status |= cck_buf_putc(out, '\n');
    }
    status |= put_excerpt(out, record, finding, color ? severity_color(severity) : NULL);
    if (finding->suggestion && finding->suggestion[0]) {
        status |= cck_buf_puts(out, "  suggestion: ");
        status |= cck_escape_text(out, finding->suggestion, strlen(finding->suggestion),
                                  CCK_ESCAPE_FLATTEN);
        status |= cck_buf_putc(out, '\n');
    }
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_count(cck_buf *out, size_t n, const char *one, const char *many)
{
    return cck_buf_printf(out, "%zu %s", n, n == 1 ? one : many);
}

int cck_report_text_summary(cck_buf *out, const cck_report_totals *totals)
{
    int status = CCK_OK;
    int need_comma = 0;
    if (totals->documents || !totals->records) {
        status |= put_count(out, totals->documents, "file", "files");
        need_comma = 1;
    }
    if (totals->records) {
        if (need_comma)
            status |= cck_buf_puts(out, ", ");
        status |= put_count(out, totals->records, "record", "records");
    }
    size_t errors = totals->findings[CCK_SEVERITY_ERROR];
    size_t warnings = totals->findings[CCK_SEVERITY_WARNING];
    size_t infos = totals->findings[CCK_SEVERITY_INFO];
    size_t all = errors + warnings + infos;
    if (all == 0) {
        status |= cck_buf_puts(out, ", no findings");
    } else {
        status |= cck_buf_puts(out, ", ");
        status |= put_count(out, all, "finding", "findings");
        status |= cck_buf_puts(out, " (");
        const char *sep = "";
        if (errors) {
            status |= put_count(out, errors, "error", "errors");
            sep = ", ";
        }
        if (warnings) {
            status |= cck_buf_puts(out, sep);
            status |= put_count(out, warnings, "warning", "warnings");
            sep = ", ";
        }
        if (infos) {
            status |= cck_buf_puts(out, sep);
            status |= put_count(out, infos, "info", "info");
        }
        status |= cck_buf_putc(out, ')');
    }
    if (totals->problems) {
        status |= cck_buf_puts(out, "; ");
        status |= put_count(out, totals->problems, "input problem", "input problems");
    }
    if (totals->suppression_warnings) {
        status |= cck_buf_puts(out, "; ");
        status |= put_count(out, totals->suppression_warnings, "suppression warning",
                            "suppression warnings");
    }
    status |= cck_buf_putc(out, '\n');
    return status ? CCK_ENOMEM : CCK_OK;
}
