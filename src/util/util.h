/* util.h - allocation, growable buffers, hashing, UTF-8 counting and error filling.
 * No third-party dependencies; every other module may use it. */
#ifndef CCK_UTIL_H
#define CCK_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "claimcheck.h"

/* Allocation goes through these so that a test build can make the Nth call fail. */
void *cck_malloc(size_t size);
void *cck_calloc(size_t count, size_t size);
void *cck_realloc(void *ptr, size_t size);
void cck_free(void *ptr);
/* A NUL-terminated copy of s[0..len), or NULL when out of memory. */
char *cck_strndup(const char *s, size_t len);

/* Makes room for at least `need` elements of `elem_size` bytes in *items, whose
 * capacity is *cap. Grows geometrically; checks the multiplication. Returns CCK_OK or
 * CCK_ENOMEM (and then *items and *cap are unchanged). */
int cck_grow(void **items, size_t *cap, size_t need, size_t elem_size);

/* A growable byte buffer, always NUL-terminated when data != NULL. */
typedef struct cck_buf {
    char *data;
    size_t len;
    size_t cap;
} cck_buf;

void cck_buf_init(cck_buf *buf);
void cck_buf_free(cck_buf *buf);
void cck_buf_clear(cck_buf *buf);
int cck_buf_reserve(cck_buf *buf, size_t extra);
/* cck_buf_append when the room may be missing: grows the buffer first. */
int cck_buf_append_grow(cck_buf *buf, const char *s, size_t len);
/* Appends s[0..len). Inline when the room is there, the common case: the texts of a
 * finding are assembled from many short pieces, each a call otherwise. */
static inline int cck_buf_append(cck_buf *buf, const char *s, size_t len)
{
    if (!buf->data || buf->cap - buf->len <= len)
        return cck_buf_append_grow(buf, s, len);
    if (len)
        memcpy(buf->data + buf->len, s, len);
    buf->len += len;
    buf->data[buf->len] = '\0';
    return CCK_OK;
}
/* Inline so that the length of a literal is worked out by the compiler. */
static inline int cck_buf_puts(cck_buf *buf, const char *s)
{
    return cck_buf_append(buf, s, strlen(s));
}
int cck_buf_putc(cck_buf *buf, char c);
/* printf-style append (uses vsnprintf; never sprintf). */
int cck_buf_printf(cck_buf *buf, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
int cck_buf_append_size(cck_buf *buf, size_t value);
/* Decimal digits of value, with a leading '-' when negative (what "%d" prints). */
int cck_buf_append_int(cck_buf *buf, int value);
/* The same digits written to dst, which has room for CCK_NUMBER_ROOM bytes (no NUL
 * added); return the end. For printers that reserve room once and write through a
 * pointer. */
#define CCK_NUMBER_ROOM 24
/* cck_put_size for a value of 10 or more. */
char *cck_put_size_digits(char *dst, size_t value);
/* A single digit, the common case (most counts, every level), is written inline. */
static inline char *cck_put_size(char *dst, size_t value)
{
    if (value < 10) {
        *dst = (char)('0' + value);
        return dst + 1;
    }
    return cck_put_size_digits(dst, value);
}
char *cck_put_int(char *dst, int value);

/* The hash of a token's normalized form; the lexicon's word table and the tokenizer
 * agree on it. Eight bytes a step (a multiply and a shift each), the last 1..8 read
 * as two overlapping 4-byte loads, the length mixed into the seed: a 5-letter word
 * costs two multiplies, not five dependent ones. Values depend on the byte order of
 * the machine and are never stored. */
static inline uint64_t cck_hash_load32(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

/* A string and its length (s may be NULL with len 0): texts assembled from pieces
 * whose lengths are known, so that none is measured again (the explanations of
 * findings, the names in JSON Lines). CCK_STR makes one from a string literal. */
typedef struct cck_str {
    const char *s;
    size_t len;
} cck_str;
#define CCK_STR(lit) {lit, sizeof(lit) - 1}

/* Whether w[0..n) is one of the words of list: the word lists of the analysis
 * ("would", "could"; "and", "so"; ...) and of a replacement's words (compile.c). */
static inline int cck_word_in(const char *w, size_t n, const char *const *list, size_t count)
{
    if (n == 0)
        return 0;
    for (size_t k = 0; k < count; k++)
        if (list[k][0] == w[0] && strlen(list[k]) == n && memcmp(w, list[k], n) == 0)
            return 1;
    return 0;
}

/* Whether a[0..n) == b[0..n), for the short words of the word table: up to 16 bytes
 * are settled by two loads that overlap (1..3 bytes: first, middle, last), without the
 * call to memcmp, which cost more than the comparison (lookup_word). */
static inline int cck_same_bytes(const char *a, const char *b, size_t n)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    if (n < 4)
        return n == 0 || (p[0] == q[0] && p[n >> 1] == q[n >> 1] && p[n - 1] == q[n - 1]);
    if (n <= 8)
        return cck_hash_load32(p) == cck_hash_load32(q) &&
               cck_hash_load32(p + n - 4) == cck_hash_load32(q + n - 4);
    if (n <= 16) {
        uint64_t x[2], y[2];
        memcpy(&x[0], p, 8);
        memcpy(&x[1], p + n - 8, 8);
        memcpy(&y[0], q, 8);
        memcpy(&y[1], q + n - 8, 8);
        return x[0] == y[0] && x[1] == y[1];
    }
    return memcmp(a, b, n) == 0;
}

static inline uint32_t cck_hash_bytes(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    const uint64_t mul = 0x9E3779B97F4A7C15u;
    uint64_t h = 0x243F6A8885A308D3u ^ ((uint64_t)len * mul), v;
    while (len > 8) {
        memcpy(&v, p, sizeof v);
        h = (h ^ v) * mul;
        h ^= h >> 29;
        p += 8;
        len -= 8;
    }
    if (len >= 4)
        v = cck_hash_load32(p) | cck_hash_load32(p + len - 4) << 32;
    else if (len > 0)
        v = (uint64_t)p[0] << 16 | (uint64_t)p[len >> 1] << 8 | p[len - 1];
    else
        v = 0;
    h = (h ^ v) * mul;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93u;
    return (uint32_t)(h ^ (h >> 32));
}

/* A set of words, each with the bits of the lists it is on: a word looked up once is
 * answered for every list, where cck_word_in goes through one list word by word
 * (rewrite_fits asks up to a dozen lists of up to 50 words about the words around a
 * trigger). Open addressing on cck_hash_bytes; a set holds up to 3/4 of its slots,
 * and kept under 1/4 full a word on no list (the common case) costs one probe or two. */
#define CCK_WORD_SET_SLOTS 1024
typedef struct cck_word_set_slot {
    const char *word; /* NULL: an empty slot */
    uint32_t len;
    uint32_t bits;
} cck_word_set_slot;
typedef struct cck_word_set {
    cck_word_set_slot slots[CCK_WORD_SET_SLOTS];
} cck_word_set;
/* A list of words and the bits its words get (a word on several lists gets all). */
typedef struct cck_word_list {
    const char *const *words;
    size_t count;
    uint32_t bits;
} cck_word_list;
/* Fills set with the words of lists; CCK_ELIMIT when they are too many. */
int cck_word_set_init(cck_word_set *set, const cck_word_list *lists, size_t count);
/* The bits of w[0..n), 0 when it is on no list (nor empty). */
static inline uint32_t cck_word_set_bits(const cck_word_set *set, const char *w, size_t n)
{
    if (n == 0)
        return 0;
    for (size_t i = cck_hash_bytes(w, n);; i++) {
        const cck_word_set_slot *slot = &set->slots[i % CCK_WORD_SET_SLOTS];
        if (!slot->word)
            return 0;
        if (slot->len == n && cck_same_bytes(slot->word, w, n))
            return slot->bits;
    }
}

/* 32-bit FNV-1a, a byte at a time, for callers that hash a name while they read it
 * (HTML tag names). Not the same function as cck_hash_bytes. */
#define CCK_FNV_INIT 2166136261u
static inline uint32_t cck_fnv_step(uint32_t h, unsigned char c)
{
    return (h ^ c) * 16777619u;
}

/* Number of UTF-8 code points in s[0..len) (lead bytes and invalid bytes each count
 * as one). */
size_t cck_utf8_count_chars(const char *s, size_t len);

/* Line and column (1-based, columns in code points) of byte `offset` in buf. A UTF-8
 * byte order mark opening buf is not a column: "\xEF\xBB\xBFab" has 'b' at 1:2. A
 * U+FEFF anywhere else is a character like any other. */
void cck_line_col(const char *buf, size_t len, size_t offset, size_t *line, size_t *column);

/* A forward-only cursor that turns increasing offsets into line/column cheaply. It
 * may see only a window of its text (a stream fed in blocks): buf then holds the bytes
 * [window, len), and offsets stay those of the whole text. */
typedef struct cck_line_cursor {
    const char *buf;
    size_t len;        /* the end of the text seen so far */
    size_t window;     /* offset of buf[0] in the text */
    size_t offset;     /* position reached */
    size_t line;       /* its line, 1-based */
    size_t line_start; /* byte offset where that line starts */
    size_t column;     /* code point column of offset, 1-based */
    size_t mark_offset; /* where a backward move restarts (the top, or the window) */
    size_t mark_line;
    size_t mark_column;
} cck_line_cursor;

void cck_line_cursor_init(cck_line_cursor *cursor, const char *buf, size_t len);
/* Moves to `offset` (restarting from the mark when it is behind) and reports its line
 * and column. Moving forward costs the bytes passed over, however long the line. */
void cck_line_cursor_seek(cck_line_cursor *cursor, size_t offset, size_t *line,
                          size_t *column);
/* Moves to `window` (which must be at or after the position reached), then lets go
 * of the bytes before it: buf holds the bytes [window, len) from now on, and a later
 * backward move restarts there. */
void cck_line_cursor_slide(cck_line_cursor *cursor, const char *buf, size_t window,
                           size_t len);

/* Fills error (which may be NULL) and returns status. */
int cck_error_set(cck_error *error, int status, const char *path, size_t line,
                  size_t column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
void cck_error_clear(cck_error *error);

/* Locale-free ASCII tables (never <ctype.h> on raw bytes). */
static inline int cck_ascii_is_alpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
/* Word-at-a-time scanning: given a mask with the high bit set in each byte of a 64-bit
 * load (memcpy from memory) that needs care, the index of the first such byte in
 * memory order, or 8 when there is none. The SWAR tests used with it ("has a zero byte",
 * "has a byte below n") may also set bits above a byte that really matches, never
 * below, so the lowest set bit is exact on a little-endian machine. Elsewhere the
 * answer is 0 whenever any bit is set: the caller then looks at that byte alone. */
static inline size_t cck_first_flagged_byte(uint64_t flags)
{
    if (!flags)
        return 8;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
    return (size_t)__builtin_ctzll(flags) / 8;
#else
    return 0;
#endif
}
static inline int cck_ascii_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int cck_ascii_is_xdigit(unsigned char c)
{
    return cck_ascii_is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
static inline int cck_ascii_is_alnum(unsigned char c)
{
    return cck_ascii_is_alpha(c) || cck_ascii_is_digit(c);
}
static inline int cck_ascii_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int cck_ascii_is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline unsigned char cck_ascii_lower(unsigned char c)
{
    return cck_ascii_is_upper(c) ? (unsigned char)(c | 0x20) : c;
}
/* Whether a[0..n) is the lower-case ASCII word `lower` in any case ("Cure-Claim"). */
static inline int cck_ascii_equals_lower(const char *a, size_t n, const char *lower)
{
    if (strlen(lower) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (cck_ascii_lower((unsigned char)a[i]) != (unsigned char)lower[i])
            return 0;
    return 1;
}

#define CCK_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif /* CCK_UTIL_H */
