/* csv.c - the CSV printer for spreadsheets: RFC 4180, a header row, one row per
 * finding, CRLF line ends. Text from the input is guarded against being read as a
 * spreadsheet formula (see CCK_ESCAPE_CSV_FORMULA). */
#include <string.h>

#include "report/formats.h"

#define CRLF "\r\n"

int cck_report_csv_begin(cck_buf *out, cck_report_run *run)
{
    (void)run;
    return cck_buf_puts(out, "path,record,id,line,column,end_line,end_column,byte_offset,"
                             "byte_length,severity,rule,category,message,sentence,"
                             "suggestion" CRLF);
}

/* A string from the library (rule ids, messages), escaped like any other. */
static int put_field(cck_buf *out, const char *s, unsigned flags)
{
    int status = cck_buf_putc(out, ',');
    if (s)
        status |= cck_escape_csv(out, s, strlen(s), flags);
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_number(cck_buf *out, size_t n)
{
    int status = cck_buf_putc(out, ',');
    status |= cck_buf_append_size(out, n);
    return status ? CCK_ENOMEM : CCK_OK;
}

/* The record's bytes [offset, offset+length), clamped to its text. */
static int put_slice(cck_buf *out, const cck_report_record *record, size_t offset,
                     size_t length)
{
    size_t len = record->text ? record->length : 0;
    if (offset > len)
        offset = len;
    if (length > len - offset)
        length = len - offset;
    int status = cck_buf_putc(out, ',');
    if (length)
        status |= cck_escape_csv(out, record->text + offset, length, CCK_ESCAPE_CSV_FORMULA);
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_row(cck_buf *out, const cck_report_record *record, const cck_finding *f)
{
    int status = cck_escape_csv(out, record->path, strlen(record->path),
                                CCK_ESCAPE_CSV_FORMULA);
    status |= cck_buf_putc(out, ',');
    if (record->kind != CCK_REPORT_DOCUMENT)
        status |= cck_buf_append_size(out, record->record);
    status |= cck_buf_putc(out, ',');
    if (record->id)
        status |= cck_escape_csv(out, record->id, record->id_length, CCK_ESCAPE_CSV_FORMULA);
    status |= put_number(out, f->trigger.line);
    status |= put_number(out, f->trigger.column);
    status |= put_number(out, f->trigger.end_line);
    status |= put_number(out, f->trigger.end_column);
    status |= put_number(out, f->trigger.offset);
    status |= put_number(out, f->trigger.length);
    status |= put_field(out, cck_severity_name(f->severity), 0);
    status |= put_field(out, f->rule ? f->rule->id : "unknown", 0);
    status |= put_field(out, f->rule ? f->rule->name : NULL, 0);
    status |= put_field(out, f->message, 0);
    status |= put_slice(out, record, f->sentence.offset, f->sentence.length);
    status |= put_field(out, f->suggestion, CCK_ESCAPE_CSV_FORMULA);
    status |= cck_buf_puts(out, CRLF);
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_csv_entry(cck_buf *out, cck_report_run *run, const cck_report_entry *entry)
{
    int status = CCK_OK;
    size_t count = entry->finding_count;
    for (size_t i = 0; i < count; i++)
        status |= put_row(out, entry->record, &entry->findings[i]);
    cck_report_run_add(run, entry);
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_csv_end(cck_buf *out, cck_report_run *run)
{
    (void)out;
    (void)run;
    return CCK_OK;
}
