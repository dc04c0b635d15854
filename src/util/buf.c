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

int cck_buf_append_grow(cck_buf *buf, const char *s, size_t len)
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

/* "00" to "99", for writing two digits at a time. */
static const char digit_pairs[201] = "00010203040506070809101112131415161718192021222324"
                                     "25262728293031323334353637383940414243444546474849"
                                     "50515253545556575859606162636465666768697071727374"
                                     "75767778798081828384858687888990919293949596979899";

char *cck_put_size_digits(char *dst, size_t value)
{
    /* count the digits, then write them from the last one back, two at a time */
    size_t n = 2;
    for (size_t limit = 100; value >= limit; limit *= 10) {
        n++;
        if (limit > SIZE_MAX / 10)
            break; /* the largest power of ten a size_t holds */
    }
    char *at = dst + n;
    while (value >= 100) {
        at -= 2;
        memcpy(at, digit_pairs + 2 * (value % 100), 2);
        value /= 100;
    }
    if (value >= 10) {
        at -= 2;
        memcpy(at, digit_pairs + 2 * value, 2);
    } else {
        *--at = (char)('0' + value);
    }
    return dst + n;
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
