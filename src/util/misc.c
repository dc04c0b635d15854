/* misc.c - hashing, UTF-8 code point counting, line/column positions, error filling
 * and status strings. */
#include <stdio.h>
#include <string.h>

#include "util.h"

uint32_t cck_hash_bytes(const char *s, size_t len)
{
    uint32_t h = CCK_HASH_INIT;
    for (size_t i = 0; i < len; i++)
        h = cck_hash_step(h, (unsigned char)s[i]);
    return h;
}

size_t cck_utf8_count_chars(const char *s, size_t len)
{
    size_t count = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

void cck_line_cursor_init(cck_line_cursor *cursor, const char *buf, size_t len)
{
    cursor->buf = buf;
    cursor->len = len;
    cursor->offset = 0;
    cursor->line = 1;
    cursor->line_start = 0;
    cursor->column = 1;
}

void cck_line_cursor_seek(cck_line_cursor *cursor, size_t offset, size_t *line,
                          size_t *column)
{
    if (offset > cursor->len)
        offset = cursor->len;
    if (offset < cursor->offset)
        cck_line_cursor_init(cursor, cursor->buf, cursor->len);
    const char *buf = cursor->buf;
    size_t at = cursor->offset;
    int new_line = 0;
    while (at < offset) {
        const char *nl = memchr(buf + at, '\n', offset - at);
        if (!nl)
            break;
        at = (size_t)(nl - buf) + 1;
        cursor->line++;
        cursor->line_start = at;
        new_line = 1;
    }
    /* the column grows by the characters passed over since the last position */
    size_t from = new_line ? cursor->line_start : cursor->offset;
    cursor->column = (new_line ? 1 : cursor->column) + cck_utf8_count_chars(buf + from, offset - from);
    cursor->offset = offset;
    if (line)
        *line = cursor->line;
    if (column)
        *column = cursor->column;
}

void cck_line_col(const char *buf, size_t len, size_t offset, size_t *line, size_t *column)
{
    cck_line_cursor cursor;
    cck_line_cursor_init(&cursor, buf, len);
    cck_line_cursor_seek(&cursor, offset, line, column);
}

void cck_error_clear(cck_error *error)
{
    if (!error)
        return;
    memset(error, 0, sizeof *error);
}

int cck_error_set(cck_error *error, int status, const char *path, size_t line,
                  size_t column, const char *fmt, ...)
{
    if (!error)
        return status;
    error->status = status;
    error->line = line;
    error->column = column;
    snprintf(error->path, sizeof error->path, "%s", path ? path : "");
    va_list args;
    va_start(args, fmt);
    vsnprintf(error->message, sizeof error->message, fmt, args);
    va_end(args);
    return status;
}

const char *cck_status_string(int status)
{
    switch (status) {
    case CCK_OK: return "success";
    case CCK_ENOMEM: return "out of memory";
    case CCK_EINVAL: return "invalid argument";
    case CCK_EIO: return "input/output error";
    case CCK_EUTF8: return "invalid UTF-8";
    case CCK_ESYNTAX: return "syntax error";
    case CCK_ELIMIT: return "limit exceeded";
    case CCK_ESTOP: return "stopped by callback";
    case CCK_ESUPPRESS: return "suppression directive problem";
    default: return "unknown status";
    }
}
