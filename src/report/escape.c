/* escape.c - the one place where text taken from the input is made safe for an output
 * format: JSON strings and terminal text, plus the UTF-8 decoding and display widths
 * the printers need to line up an underline. */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "report/report.h"

#define REPLACEMENT_UTF8 "\xEF\xBF\xBD"
#define REPLACEMENT_BYTE 0x1A /* what the analysis puts where input bytes were bad */

static int is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

size_t cck_report_decode(const char *s, size_t len, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char lead = u[0];
    if (lead < 0x80) {
        *cp = lead;
        return 1;
    }
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    uint32_t value;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 2;
        value = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 3;
        value = lead & 0x0Fu;
        if (lead == 0xE0)
            lo = 0xA0; /* no overlong forms */
        else if (lead == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 4;
        value = lead & 0x07u;
        if (lead == 0xF0)
            lo = 0x90;
        else if (lead == 0xF4)
            hi = 0x8F; /* nothing above U+10FFFF */
    } else {
        *cp = CCK_REPORT_INVALID;
        return 1;
    }
    size_t i = 1;
    for (; i < need; i++) {
        if (i >= len)
            break;
        unsigned char c = u[i];
        if (i == 1 ? (c < lo || c > hi) : !is_continuation(c))
            break;
        value = (value << 6) | (c & 0x3Fu);
    }
    if (i < need) {
        *cp = CCK_REPORT_INVALID;
        return i; /* the maximal prefix of a valid sequence counts as one error */
    }
    *cp = value;
    return need;
}

static int put_hex4(cck_buf *out, const char *prefix, uint32_t cp, const char *suffix)
{
    return cck_buf_printf(out, "%s%04X%s", prefix, (unsigned)cp, suffix);
}

/* 1 for the ASCII bytes a JSON string takes as they are: printable, not '"' or '\\'. */
static const unsigned char json_plain[256] = {
    [' '] = 1, ['!'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1,
    ['('] = 1, [')'] = 1, ['*'] = 1, ['+'] = 1, [','] = 1, ['-'] = 1, ['.'] = 1,
    ['/'] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
    ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, [':'] = 1, [';'] = 1, ['<'] = 1,
    ['='] = 1, ['>'] = 1, ['?'] = 1, ['@'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1,
    ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1,
    ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1, ['['] = 1, [']'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
    ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
    ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
    ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1, ['{'] = 1, ['|'] = 1,
    ['}'] = 1, ['~'] = 1,
};

int cck_json_is_plain(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!json_plain[(unsigned char)s[i]])
            return 0;
    return 1;
}

/* Whether a decoded non-ASCII code point goes into a JSON string unescaped: not an
 * invalid sequence, a C1 control, or the two separators JavaScript treats as newlines. */
static int json_keeps(uint32_t cp)
{
    return cp != CCK_REPORT_INVALID && cp != 0x2028 && cp != 0x2029 && !(cp >= 0x80 && cp <= 0x9F);
}

/* Eight bytes at once: a mask with the high bit set in each byte that needs more than a
 * plain copy (a control, '"', '\\\\', DEL or a byte >= 0x80), for
 * cck_first_flagged_byte. Each test is the classic "has a byte less than n" or "has a
 * zero byte" on 64 bits. */
static uint64_t bytes_needing_care(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
#define HAS_ZERO(v) (((v) - ones) & ~(v) & highs)
    uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\'), del = x ^ (ones * 0x7F);
    uint64_t control = (x - ones * 0x20) & ~x & highs;
    return (x & highs) | control | HAS_ZERO(quote) | HAS_ZERO(backslash) | HAS_ZERO(del);
#undef HAS_ZERO
}

/* \\u and four uppercase hex digits; U+FFFD, which stands for bad input, is written
 * in lowercase as it always has been. */
static char *put_u_escape(char *dst, uint32_t cp)
{
    if (cp == 0xFFFD) {
        memcpy(dst, "\\ufffd", 6);
        return dst + 6;
    }
    static const char hex[] = "0123456789ABCDEF";
    dst[0] = '\\';
    dst[1] = 'u';
    dst[2] = hex[(cp >> 12) & 0xF];
    dst[3] = hex[(cp >> 8) & 0xF];
    dst[4] = hex[(cp >> 4) & 0xF];
    dst[5] = hex[cp & 0xF];
    return dst + 6;
}

/* Writes the escaped form of the byte (or UTF-8 sequence) at s[*i], which needs care
 * (json_plain says no), and steps *i over it. */
static char *escape_at(char *dst, const char *s, size_t len, size_t *i)
{
    unsigned char c = (unsigned char)s[*i];
    if (c >= 0x80) {
        uint32_t cp;
        size_t n = cck_report_decode(s + *i, len - *i, &cp);
        if (cp == CCK_REPORT_INVALID) {
            dst = put_u_escape(dst, 0xFFFD);
        } else if (!json_keeps(cp)) {
            dst = put_u_escape(dst, cp);
        } else {
            memcpy(dst, s + *i, n);
            dst += n;
        }
        *i += n;
        return dst;
    }
    (*i)++;
    char short_form = 0;
    switch (c) {
    case '"': short_form = '"'; break;
    case '\\': short_form = '\\'; break;
    case '\b': short_form = 'b'; break;
    case '\f': short_form = 'f'; break;
    case '\n': short_form = 'n'; break;
    case '\r': short_form = 'r'; break;
    case '\t': short_form = 't'; break;
    default: break;
    }
    if (short_form) {
        dst[0] = '\\';
        dst[1] = short_form;
        return dst + 2;
    }
    return put_u_escape(dst, c == REPLACEMENT_BYTE ? 0xFFFD : c);
}

#ifdef __SSE2__
/* Bit k set when byte k of x needs more than a plain copy. One more than a control, DEL
 * or a byte >= 0x80 is, as a signed byte, below 0x21 (0x7F + 1 and 0xFF + 1 wrap to
 * -128 and 0), and one more than any other byte is not: one add and one compare
 * instead of a compare for the controls and another for DEL, in the loop every byte
 * of the output's strings goes through. */
static unsigned care_mask16(__m128i x)
{
    __m128i low = _mm_cmpgt_epi8(_mm_set1_epi8(0x21), _mm_add_epi8(x, _mm_set1_epi8(1)));
    __m128i care = _mm_or_si128(low, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                  _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
    return (unsigned)_mm_movemask_epi8(care);
}
#endif

/* escape_at for the loops below, which keep their position in a register: a position
 * whose address went to escape_at was stored to memory on every step of the loop. */
static inline char *escape_step(char *dst, const char *s, size_t len, size_t *i)
{
    size_t at = *i;
    dst = escape_at(dst, s, len, &at);
    *i = at;
    return dst;
}

/* Plain printable ASCII is copied 16 or 8 bytes a step, up to each byte that needs
 * care. The last few bytes of a string, where a full step no longer fits, take one
 * more load that ends exactly at the end of the string (and overlaps what came
 * before): when every byte in it is plain, what it overlaps was written as it is,
 * byte for byte, so storing it back over the output ends the string. Short strings
 * (the rule ids, severities and category names of every finding) are thus copied
 * without a byte-by-byte loop. This is the general loop, from s[i] on (dst holds the
 * escaped s[0..i)); cck_escape_json_to below takes the common cases first. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static char *escape_json_from(char *dst, const char *s, size_t len, size_t i)
{
#ifdef __SSE2__
    while (len - i >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        _mm_storeu_si128((__m128i *)(void *)dst, x);
        unsigned mask = care_mask16(x);
        if (!mask) {
            dst += 16;
            i += 16;
            continue;
        }
        size_t plain = (size_t)__builtin_ctz(mask);
        dst += plain;
        i += plain;
        /* the quotes around every cue in an explanation: escaped here, without a call */
        if (s[i] == '"' || s[i] == '\\') {
            dst[0] = '\\';
            dst[1] = s[i++];
            dst += 2;
            continue;
        }
        dst = escape_step(dst, s, len, &i);
    }
    if (len >= 16 && i < len) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + len - 16));
        if (!care_mask16(x)) {
            size_t left = len - i;
            _mm_storeu_si128((__m128i *)(void *)(dst - (16 - left)), x);
            return dst + left;
        }
    }
#endif
    while (len - i >= 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        memcpy(dst, &x, 8);
        size_t plain = cck_first_flagged_byte(bytes_needing_care(x));
        dst += plain;
        i += plain;
        if (plain < 8)
            dst = escape_step(dst, s, len, &i);
    }
    if (len >= 8 && i < len) {
        uint64_t x;
        memcpy(&x, s + len - 8, 8);
        if (!bytes_needing_care(x)) {
            size_t left = len - i;
            memcpy(dst - (8 - left), &x, 8);
            return dst + left;
        }
    } else if (len - i >= 4) {
        /* 4 to 7 bytes in all: two 4-byte loads that overlap */
        uint32_t head, tail;
        memcpy(&head, s + i, 4);
        memcpy(&tail, s + len - 4, 4);
        if (!bytes_needing_care((uint64_t)head | (uint64_t)tail << 32)) {
            size_t left = len - i;
            memcpy(dst, &head, 4);
            memcpy(dst + left - 4, &tail, 4);
            return dst + left;
        }
    }
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (json_plain[c]) {
            *dst++ = (char)c;
            i++;
        } else {
            dst = escape_step(dst, s, len, &i);
        }
    }
    return dst;
}

/* What most strings need, with no call on the way: plain text (the long explanation of
 * every finding above all) copied 32 bytes a step, its quotes and backslashes escaped
 * in place, and its end written with overlapping loads as above. Anything else (a
 * control, a byte >= 0x80, a string under 4 bytes) is left to escape_json_from from
 * where it is met: kept out of this function, the calls there no longer make every
 * string save and restore registers on the way in and out. */
char *cck_escape_json_to(char *dst, const char *s, size_t len)
{
    size_t i = 0;
#ifdef __SSE2__
    for (size_t last = len - 32; len >= 32 && i <= last;) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 16));
        _mm_storeu_si128((__m128i *)(void *)dst, x);
        _mm_storeu_si128((__m128i *)(void *)(dst + 16), y);
        unsigned mask = care_mask16(x) | care_mask16(y) << 16;
        if (!mask) {
            dst += 32;
            i += 32;
            continue;
        }
        size_t plain = (size_t)__builtin_ctz(mask);
        dst += plain;
        i += plain;
        if (s[i] != '"' && s[i] != '\\')
            return escape_json_from(dst, s, len, i);
        dst[0] = '\\';
        dst[1] = s[i++];
        dst += 2;
    }
    size_t left = len - i;
    if (left >= 16) {
        /* 16 to 31 bytes: two 16-byte loads that overlap */
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + len - 16));
        if (!(care_mask16(x) | care_mask16(y))) {
            _mm_storeu_si128((__m128i *)(void *)dst, x);
            _mm_storeu_si128((__m128i *)(void *)(dst + left - 16), y);
            return dst + left;
        }
    } else if (len >= 16) {
        if (left == 0)
            return dst;
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + len - 16));
        if (!care_mask16(x)) {
            _mm_storeu_si128((__m128i *)(void *)(dst - (16 - left)), x);
            return dst + left;
        }
    } else
#endif
    /* (a string of up to 16 bytes in all, so i is still 0) */
    if (len >= 8 && len <= 16) {
        /* 8 to 16 bytes in all: two 8-byte loads that overlap */
        uint64_t head, tail;
        memcpy(&head, s, 8);
        memcpy(&tail, s + len - 8, 8);
#ifdef __SSE2__
        /* both halves in one register: one test, and none of the 64-bit constants of
         * bytes_needing_care, which took so many registers that every call saved and
         * restored six of them */
        int plain = !care_mask16(_mm_set_epi64x((long long)tail, (long long)head));
#else
        int plain = !(bytes_needing_care(head) | bytes_needing_care(tail));
#endif
        if (plain) {
            memcpy(dst, &head, 8);
            memcpy(dst + len - 8, &tail, 8);
            return dst + len;
        }
    } else if (len >= 4 && len < 8) {
        /* 4 to 7 bytes: two 4-byte loads that overlap */
        uint32_t head, tail;
        memcpy(&head, s, 4);
        memcpy(&tail, s + len - 4, 4);
        uint64_t both = (uint64_t)head | (uint64_t)tail << 32;
#ifdef __SSE2__
        /* the same, the upper half spaces */
        int plain = !care_mask16(_mm_set_epi64x(0x2020202020202020, (long long)both));
#else
        int plain = !bytes_needing_care(both);
#endif
        if (plain) {
            memcpy(dst, &head, 4);
            memcpy(dst + len - 4, &tail, 4);
            return dst + len;
        }
    }
    return escape_json_from(dst, s, len, i);
}

/* Input taken per reservation by cck_escape_json, so that a huge string does not make
 * the buffer reserve six times its size at once. */
#define JSON_BLOCK 4096

int cck_escape_json(cck_buf *out, const char *s, size_t len)
{
    if (cck_buf_putc(out, '"') != CCK_OK)
        return CCK_ENOMEM;
    size_t i = 0;
    while (i < len) {
        size_t n = len - i;
        if (n > JSON_BLOCK) {
            /* End the block before a byte that cannot continue a UTF-8 sequence (or 4
             * bytes on at most), so that no sequence is split between two blocks: a
             * decode can only go on over continuation bytes, 4 bytes at most. */
            n = JSON_BLOCK;
            for (int k = 0; k < 4 && n < len - i && ((unsigned char)s[i + n] & 0xC0) == 0x80; k++)
                n++;
        }
        if (cck_buf_reserve(out, CCK_JSON_ROOM(n)) != CCK_OK)
            return CCK_ENOMEM;
        char *end = cck_escape_json_to(out->data + out->len, s + i, n);
        out->len = (size_t)(end - out->data);
        out->data[out->len] = '\0'; /* a cck_buf is always terminated, even if the next
                                      * reservation fails */
        i += n;
    }
    return cck_buf_putc(out, '"');
}

static int is_bidi_control(uint32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

static int is_white_control(uint32_t cp)
{
    return cp == '\t' || cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r';
}

int cck_escape_text(cck_buf *out, const char *s, size_t len, unsigned flags)
{
    int flatten = (flags & CCK_ESCAPE_FLATTEN) != 0;
    int last_was_space = 0;
    size_t i = 0;
    while (i < len) {
        size_t run = i;
        while (run < len) {
            unsigned char c = (unsigned char)s[run];
            if (c < 0x20 || c == 0x7F || c >= 0x80)
                break;
            run++;
        }
        if (run > i) {
            if (cck_buf_append(out, s + i, run - i) != CCK_OK)
                return CCK_ENOMEM;
            last_was_space = 0;
        }
        i = run;
        if (i >= len)
            break;
        uint32_t cp;
        size_t n = cck_report_decode(s + i, len - i, &cp);
                int status = CCK_OK;
        if (flatten && is_white_control(cp)) {
            if (!last_was_space)
                status = cck_buf_putc(out, ' ');
            last_was_space = 1;
            i += n;
            if (status != CCK_OK)
                return CCK_ENOMEM;
            continue;
        }
        if (cp == CCK_REPORT_INVALID || cp == REPLACEMENT_BYTE) {
            status = cck_buf_puts(out, REPLACEMENT_UTF8);
        } else if (cp < 0x20 || cp == 0x7F) {
            char caret[2] = {'^', (char)(cp ^ 0x40)};
            status = cck_buf_append(out, caret, 2);
        } else if ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp)) {
            status = put_hex4(out, "<U+", cp, ">");
        } else {
            status = cck_buf_append(out, s + i, n);
        }
        last_was_space = 0;
        i += n;
        if (status != CCK_OK)
            return CCK_ENOMEM;
    }
    return CCK_OK;
}

/* ---- display widths ------------------------------------------------------------- */

typedef struct range {
    uint32_t first;
    uint32_t last;
} range;

/* Combining marks and invisible characters (the common blocks; a bonus, not a
 * complete table). Sorted. */
static const range zero_width[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF},
    {0x05C1, 0x05C2}, {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A},
    {0x064B, 0x065F}, {0x0670, 0x0670}, {0x06D6, 0x06DC}, {0x06DF, 0x06E4},
    {0x0900, 0x0902}, {0x093C, 0x093C}, {0x0941, 0x0948}, {0x094D, 0x094D},
    {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x1AB0, 0x1AFF},
    {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x2060, 0x2064}, {0x20D0, 0x20FF},
    {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0x1F3FB, 0x1F3FF},
    {0xE0000, 0xE007F}, {0xE0100, 0xE01EF},
};

/* East Asian wide and full-width characters and emoji shown as two columns. Sorted. */
static const range double_width[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18AFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F202}, {0x1F210, 0x1F23B},
    {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F300, 0x1F3FA}, {0x1F400, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

static int in_table(uint32_t cp, const range *table, size_t count)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < table[mid].first)
            hi = mid;
        else if (cp > table[mid].last)
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

int cck_report_char_width(uint32_t cp)
{
    if (cp < 0x300 || cp == CCK_REPORT_INVALID)
        return 1; /* an invalid byte is shown as U+FFFD */
    if (in_table(cp, zero_width, CCK_ARRAY_LEN(zero_width)))
        return 0;
    if (in_table(cp, double_width, CCK_ARRAY_LEN(double_width)))
        return 2;
    return 1;
}

/* Columns of s[0..len) on a terminal. What a zero-width joiner (U+200D) joins to an
 * emoji before it is drawn in the emoji's two columns: a family or a profession emoji
 * ("woman" ZWJ "staff of Aesculapius") is one picture, not two. A joiner after other
 * characters (in Indic scripts) changes nothing here. */
size_t cck_report_text_width(const char *s, size_t len)
{
    size_t width = 0;
    size_t i = 0;
    uint32_t prev = 0;
    int last = 0; /* the width of the last character that took any */
    while (i < len) {
        uint32_t cp;
        i += cck_report_decode(s + i, len - i, &cp);
        int w = cck_report_char_width(cp);
        if (prev == 0x200D && last == 2)
            w = 0;
        width += (size_t)w;
        if (w > 0)
            last = w;
        prev = cp;
    }
    return width;
}
