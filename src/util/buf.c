/* buf.c - a growable, NUL-terminated byte buffer used by printers and analysis. */
#include <stdio.h>
#include <string.h>

#include "util.h"

void cck_buf_init(cck_buf *buf)
{
    buf->data = NULL;
    buf->len = 0;
    buf->cap = 0;
}

void cck_buf_free(cck_buf *buf)
{
    if (!buf)
        return;
    cck_free(buf->data);
    cck_buf_init(buf);
}

void cck_buf_clear(cck_buf *buf)
{
    buf->len = 0;
    if (buf->data)
        buf->data[0] = '\0';
}

int cck_buf_reserve(cck_buf *buf, size_t extra)
{
    /* The common case on the output path: room already there, no call into cck_grow. */
    if (buf->data && buf->cap - buf->len > extra)
        return CCK_OK;
    if (extra > SIZE_MAX - buf->len - 1)
        return CCK_ENOMEM;
    void *data = buf->data;
    int status = cck_grow(&data, &buf->cap, buf->len + extra + 1, 1);
    if (status != CCK_OK)
        return status;
    buf->data = data;
    return CCK_OK;
}

/* Has room for `extra` more bytes and the NUL: the fast path of the appenders. */
static int has_room(const cck_buf *buf, size_t extra)
{
    return buf->data && buf->cap - buf->len > extra;
}

int cck_buf_append(cck_buf *buf, const char *s, size_t len)
{
    if (!has_room(buf, len) && cck_buf_reserve(buf, len) != CCK_OK)
        return CCK_ENOMEM;
    if (len)
        memcpy(buf->data + buf->len, s, len);
    buf->len += len;
    buf->data[buf->len] = '\0';
    return CCK_OK;
}

int cck_buf_putc(cck_buf *buf, char c)
{
    if (!has_room(buf, 1) && cck_buf_reserve(buf, 1) != CCK_OK)
        return CCK_ENOMEM;
    buf->data[buf->len++] = c;
    buf->data[buf->len] = '\0';
    return CCK_OK;
}

int cck_buf_printf(cck_buf *buf, const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    char small[256];
    va_list copy;
    va_copy(copy, args);
    int needed = vsnprintf(small, sizeof small, fmt, copy);
    va_end(copy);
    if (needed < 0) {
        va_end(args);
        return CCK_EINVAL;
    }
    size_t n = (size_t)needed;
    int status;
    if (n < sizeof small) {
        status = cck_buf_append(buf, small, n);
    } else if ((status = cck_buf_reserve(buf, n)) == CCK_OK) {
        vsnprintf(buf->data + buf->len, n + 1, fmt, args);
        buf->len += n;
    }
    va_end(args);
    return status;
}

char *cck_put_size(char *dst, size_t value)
{
    if (value < 10) { /* most counts and every level */
        *dst = (char)('0' + value);
        return dst + 1;
    }
    char digits[CCK_NUMBER_ROOM];
    size_t at = sizeof digits;
    do {
        digits[--at] = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    memcpy(dst, digits + at, sizeof digits - at);
    return dst + (sizeof digits - at);
}

char *cck_put_int(char *dst, int value)
{
    if (value >= 0)
        return cck_put_size(dst, (size_t)value);
    *dst++ = '-';
    /* -(INT_MIN) does not fit an int: negate in unsigned arithmetic */
    return cck_put_size(dst, (size_t)(-(long long)value));
}

int cck_buf_append_size(cck_buf *buf, size_t value)
{
    if (cck_buf_reserve(buf, CCK_NUMBER_ROOM) != CCK_OK)
        return CCK_ENOMEM;
    buf->len = (size_t)(cck_put_size(buf->data + buf->len, value) - buf->data);
    buf->data[buf->len] = '\0';
    return CCK_OK;
}

int cck_buf_append_int(cck_buf *buf, int value)
{
    if (cck_buf_reserve(buf, CCK_NUMBER_ROOM) != CCK_OK)
        return CCK_ENOMEM;
    buf->len = (size_t)(cck_put_int(buf->data + buf->len, value) - buf->data);
    buf->data[buf->len] = '\0';
    return CCK_OK;
}
