/* misc.c - UTF-8 code point counting, line/column positions, error filling
 * and status strings. */
#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "util.h"

size_t cck_utf8_count_chars(const char *s, size_t len)
{
    size_t count = len, i = 0;
#ifdef __SSE2__
    /* sixteen bytes a step: each continuation byte adds 1 to its lane of acc (it is
     * subtracted as -1), and the lanes are summed before any of them can wrap. The
     * bytes left at the end are counted with one more load that ends at the end of
     * s, the bytes counted already masked off. */
    if (len >= 16) {
        const __m128i high2 = _mm_set1_epi8((char)0xC0), cont = _mm_set1_epi8((char)0x80);
        while (len - i >= 16) {
            size_t steps = (len - i) / 16 < 255 ? (len - i) / 16 : 255;
            __m128i acc = _mm_setzero_si128();
            for (size_t k = 0; k < steps; k++, i += 16) {
                __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
                acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_and_si128(x, high2), cont));
            }
            __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
            count -= (size_t)_mm_cvtsi128_si32(sums) +
                     (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
        }
        if (i < len) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + len - 16));
            unsigned mask = (unsigned)_mm_movemask_epi8(
                                _mm_cmpeq_epi8(_mm_and_si128(x, high2), cont)) >>
                            (16 - (len - i));
            mask -= (mask >> 1) & 0x5555u;
            mask = (mask & 0x3333u) + ((mask >> 2) & 0x3333u);
            mask = (mask + (mask >> 4)) & 0x0F0Fu;
            count -= (mask + (mask >> 8)) & 0x1Fu;
        }
        return count;
    }
#endif
    /* eight bytes at a time: a continuation byte is 10xxxxxx, so its bit 7 is set and
     * its bit 6 is not */
    const uint64_t lows = 0x0101010101010101u;
    for (; len - i >= 8; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t continuation = (x >> 7) & ~(x >> 6) & lows; /* 1 in each such byte */
        count -= (size_t)((continuation * lows) >> 56);      /* their sum, in the top byte */
    }
    for (; i < len; i++)
        count -= ((unsigned char)s[i] & 0xC0) == 0x80;
    return count;
}

int cck_word_set_init(cck_word_set *set, const cck_word_list *lists, size_t count)
{
    memset(set, 0, sizeof *set);
    size_t used = 0;
    for (size_t l = 0; l < count; l++) {
        for (size_t k = 0; k < lists[l].count; k++) {
            const char *word = lists[l].words[k];
            size_t len = strlen(word);
            if (len == 0)
                continue; /* never looked up */
            size_t i = cck_hash_bytes(word, len);
            cck_word_set_slot *slot = &set->slots[i % CCK_WORD_SET_SLOTS];
            while (slot->word && !(slot->len == len && memcmp(slot->word, word, len) == 0))
                slot = &set->slots[++i % CCK_WORD_SET_SLOTS];
            if (!slot->word) {
                if (++used > CCK_WORD_SET_SLOTS / 4 * 3)
                    return CCK_ELIMIT;
                slot->word = word;
                slot->len = (uint32_t)len;
            }
            slot->bits |= lists[l].bits;
        }
    }
    return CCK_OK;
}

/* Whether the cursor's text opens with a UTF-8 byte order mark. Only asked while the
 * cursor is on line 1 and still sees the top of the text (a move across offset 3). */
static int opens_with_bom(const cck_line_cursor *cursor)
{
    return cursor->window == 0 && cursor->len >= 3 &&
           memcmp(cursor->buf, "\xEF\xBB\xBF", 3) == 0;
}

/* A byte order mark opening the text is not a column: one less for a move on line 1
 * over the end of the mark, [from, to) with from < 3 <= to. */
static size_t bom_columns(const cck_line_cursor *cursor, size_t from, size_t to)
{
    return cursor->line == 1 && from < 3 && to >= 3 && opens_with_bom(cursor) ? 1 : 0;
}

void cck_line_cursor_init(cck_line_cursor *cursor, const char *buf, size_t len)
{
    cursor->buf = buf;
    cursor->len = len;
    cursor->window = 0;
    cursor->offset = 0;
    cursor->line = 1;
    cursor->line_start = 0;
    cursor->column = 1;
    cursor->mark_offset = 0;
    cursor->mark_line = 1;
    cursor->mark_column = 1;
}

void cck_line_cursor_seek(cck_line_cursor *cursor, size_t offset, size_t *line,
                          size_t *column)
{
    if (offset > cursor->len)
        offset = cursor->len;
    if (offset < cursor->mark_offset)
        offset = cursor->mark_offset; /* before the window: nothing left to count */
    if (offset == cursor->offset) {
        /* where it is already: a finding's sentence starts where the cursor was just
         * moved to, so every finding asks this once */
        if (line)
            *line = cursor->line;
        if (column)
            *column = cursor->column;
        return;
    }
    if (offset < cursor->offset && offset >= cursor->line_start) {
        /* back along the same line (no newline lies in [line_start, offset reached)):
         * count the characters stepped back over */
        cursor->column -= cck_utf8_count_chars(cursor->buf + (offset - cursor->window),
                                               cursor->offset - offset) -
                          bom_columns(cursor, offset, cursor->offset);
        cursor->offset = offset;
        if (line)
            *line = cursor->line;
        if (column)
            *column = cursor->column;
        return;
    }
    if (offset < cursor->offset) {
        cursor->offset = cursor->mark_offset;
        cursor->line = cursor->mark_line;
        cursor->column = cursor->mark_column;
        cursor->line_start = cursor->mark_offset; /* only read after a newline */
    }
    /* buf[i] is the byte at offset window + i */
    const char *buf = cursor->buf;
    size_t window = cursor->window;
    size_t at = cursor->offset;
    int new_line = 0;
    while (at < offset) {
        const char *nl = memchr(buf + (at - window), '\n', offset - at);
        if (!nl)
            break;
        at = window + (size_t)(nl - buf) + 1;
        cursor->line++;
        cursor->line_start = at;
        new_line = 1;
    }
    /* the column grows by the characters passed over since the last position */
    size_t from = new_line ? cursor->line_start : cursor->offset;
    cursor->column = (new_line ? 1 : cursor->column) +
                     cck_utf8_count_chars(buf + (from - window), offset - from) -
                     bom_columns(cursor, from, offset);
    cursor->offset = offset;
    if (line)
        *line = cursor->line;
    if (column)
        *column = cursor->column;
}

void cck_line_cursor_slide(cck_line_cursor *cursor, const char *buf, size_t window,
                           size_t len)
{
    cck_line_cursor_seek(cursor, window, NULL, NULL);
    cursor->buf = buf;
    cursor->window = window;
    cursor->len = len;
    cursor->mark_offset = cursor->offset;
    cursor->mark_line = cursor->line;
    cursor->mark_column = cursor->column;
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
