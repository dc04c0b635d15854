/* escape_more.c - escaping for the whole-run formats: CSV fields, HTML text and
 * attribute values, and file paths as URIs (SARIF). One function per format; JSON
 * strings and terminal text are in escape.c. */
#include <string.h>

#include "report/formats.h"

#define REPLACEMENT_UTF8 "\xEF\xBF\xBD"
#define REPLACEMENT_BYTE 0x1A /* what the analysis puts where input bytes were bad */

/* ---- CSV ------------------------------------------------------------------------ */

static int csv_needs_quotes(const char *s, size_t len)
{
    if (len == 0)
        return 0;
    if (s[0] == ' ' || s[len - 1] == ' ')
        return 1;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return 1;
    }
    return 0;
}

static int csv_is_formula(const char *s, size_t len)
{
    if (len == 0)
        return 0;
    char c = s[0];
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

int cck_escape_csv(cck_buf *out, const char *s, size_t len, unsigned flags)
{
    int quote = csv_needs_quotes(s, len);
    int status = CCK_OK;
    if (quote)
        status |= cck_buf_putc(out, '"');
    if ((flags & CCK_ESCAPE_CSV_FORMULA) && csv_is_formula(s, len))
        status |= cck_buf_putc(out, '\'');
    size_t i = 0;
    while (i < len && status == CCK_OK) {
        size_t run = i;
        while (run < len) {
            unsigned char c = (unsigned char)s[run];
            if (c == '"' || c == 0 || c == REPLACEMENT_BYTE || c >= 0x80)
                break;
            run++;
        }
        if (run > i)
            status |= cck_buf_append(out, s + i, run - i);
        i = run;
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c == '"') {
            status |= cck_buf_puts(out, "\"\"");
            i++;
        } else if (c < 0x80) {
            status |= cck_buf_puts(out, REPLACEMENT_UTF8); /* NUL or 0x1A */
            i++;
        } else {
            uint32_t cp;
            size_t n = cck_report_decode(s + i, len - i, &cp);
            if (cp == CCK_REPORT_INVALID)
                status |= cck_buf_puts(out, REPLACEMENT_UTF8);
            else
                status |= cck_buf_append(out, s + i, n);
            i += n;
        }
    }
    if (quote)
        status |= cck_buf_putc(out, '"');
    return status ? CCK_ENOMEM : CCK_OK;
}

/* ---- HTML ----------------------------------------------------------------------- */

static int is_bidi_control(uint32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* The UTF-8 of a code point below U+10000 (enough for control pictures). */
static int put_bmp(cck_buf *out, uint32_t cp)
{
    char bytes[3];
    size_t n;
    if (cp < 0x80) {
        bytes[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        bytes[0] = (char)(0xC0 | (cp >> 6));
        bytes[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else {
        bytes[0] = (char)(0xE0 | (cp >> 12));
        bytes[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        bytes[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    }
    return cck_buf_append(out, bytes, n);
}

int cck_escape_html(cck_buf *out, const char *s, size_t len)
{
    int status = CCK_OK;
    size_t i = 0;
    while (i < len && status == CCK_OK) {
        size_t run = i;
        while (run < len) {
            unsigned char c = (unsigned char)s[run];
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c >= 0x7F ||
                (c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
                break;
            run++;
        }
        if (run > i)
            status |= cck_buf_append(out, s + i, run - i);
        i = run;
        if (i >= len)
            break;
        uint32_t cp;
        size_t n = cck_report_decode(s + i, len - i, &cp);
        i += n;
        switch (cp) {
        case '&': status |= cck_buf_puts(out, "&amp;"); break;
        case '<': status |= cck_buf_puts(out, "&lt;"); break;
        case '>': status |= cck_buf_puts(out, "&gt;"); break;
        case '"': status |= cck_buf_puts(out, "&quot;"); break;
        case '\'': status |= cck_buf_puts(out, "&#39;"); break;
        case 0:
        case REPLACEMENT_BYTE:
        case CCK_REPORT_INVALID: status |= cck_buf_puts(out, REPLACEMENT_UTF8); break;
        case 0x7F: status |= put_bmp(out, 0x2421); break; /* SYMBOL FOR DELETE */
        default:
            if (cp < 0x20)
                status |= put_bmp(out, 0x2400 + cp); /* SYMBOL FOR ... */
            else if (cp >= 0x80 && cp <= 0x9F)
                status |= cck_buf_puts(out, REPLACEMENT_UTF8);
            else if (is_bidi_control(cp))
                status |= cck_buf_printf(out, "&lt;U+%04X&gt;", (unsigned)cp);
            else
                status |= cck_buf_append(out, s + i - n, n);
            break;
        }
    }
    return status ? CCK_ENOMEM : CCK_OK;
}

/* ---- URIs ----------------------------------------------------------------------- */

static int is_unreserved(unsigned char c)
{
    return cck_ascii_is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

int cck_escape_uri(cck_buf *out, const char *path, size_t len)
{
    static const char hex[] = "0123456789ABCDEF";
    int status = CCK_OK;
    if (len > 0 && path[0] == '/')
        status |= cck_buf_puts(out, "file://");
    for (size_t i = 0; i < len && status == CCK_OK; i++) {
        unsigned char c = (unsigned char)path[i];
        if (is_unreserved(c) || c == '/') {
            status |= cck_buf_putc(out, (char)c);
        } else {
            char enc[3] = {'%', hex[c >> 4], hex[c & 0xF]};
            status |= cck_buf_append(out, enc, 3);
        }
    }
    return status ? CCK_ENOMEM : CCK_OK;
}
