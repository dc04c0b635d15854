/* utf8.c - strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing
 * above U+10FFFF), reporting of maximal invalid runs, repair by replacement and a
 * one-code-point decoder. */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "text/text.h"

/* Length of the valid sequence at s[0..len), or 0 when it is invalid (or NUL).
 * Stores the code point. The second byte's range depends on the lead byte: that is
 * what rules out overlongs (E0, F0), surrogates (ED) and > U+10FFFF (F4). */
static size_t decode_valid(const unsigned char *s, size_t len, int32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return c ? 1 : 0;
    }
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    int32_t value;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
        value = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        value = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        value = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0; /* stray continuation, C0/C1 overlong lead, F5..FF */
    }
    if (len < need || s[1] < lo || s[1] > hi)
        return 0;
    value = (value << 6) | (s[1] & 0x3F);
    for (size_t k = 2; k < need; k++) {
        if ((s[k] & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (s[k] & 0x3F);
    }
    *cp = value;
    return need;
}

size_t cck_utf8_decode(const char *s, size_t len, int32_t *cp)
{
    if (len == 0) {
        *cp = -1;
        return 0;
    }
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == 0) {
        *cp = 0;
        return 1;
    }
    size_t n = decode_valid(u, len, cp);
    if (n == 0) {
        *cp = -1;
        return 1;
    }
    return n;
}

/* How many of the bytes at s (16 or 8 of them, at least that many readable) are plain
 * ASCII, neither NUL nor with the high bit set, before the first that is not. */
static size_t plain_ascii_prefix(const unsigned char *s, size_t available)
{
#ifdef __SSE2__
    if (available >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
        unsigned mask = (unsigned)_mm_movemask_epi8(x) |
                        (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_setzero_si128()));
        return mask ? (size_t)__builtin_ctz(mask) : 16;
    }
#endif
    if (available < 8)
        return 0;
    uint64_t w;
    memcpy(&w, s, sizeof w);
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    return cck_first_flagged_byte((w & highs) | ((w - ones) & ~w & highs));
}

size_t cck_utf8_check(const char *buf, size_t len, cck_utf8_bad_fn on_bad, void *user_data)
{
    const unsigned char *s = (const unsigned char *)buf;
    size_t bad_total = 0;
    size_t run_start = 0, run_len = 0; /* the invalid run being collected */
    size_t i = 0;
    while (i < len) {
        if (run_len == 0) {
            /* fewer than 8: the byte at i is still in the text, and is decoded below */
            size_t plain = plain_ascii_prefix(s + i, len - i);
            i += plain;
            if (plain >= 8)
                continue;
            /* The two- and three-byte sequences of most text (Latin letters, curly
             * quotes, dashes) checked here: a lead C2..DF, or E1..EC/EE..EF, whose
             * second byte has no narrower range, then continuation bytes. Anything
             * else, and the end of the text, goes to decode_valid. */
            if (len - i >= 3) {
                unsigned char c = s[i];
                if (c >= 0xC2 && c <= 0xDF && (s[i + 1] & 0xC0) == 0x80) {
                    i += 2;
                    continue;
                }
                if (c >= 0xE1 && c <= 0xEF && c != 0xED && (s[i + 1] & 0xC0) == 0x80 &&
                    (s[i + 2] & 0xC0) == 0x80) {
                    i += 3;
                    continue;
                }
            }
        }
        int32_t cp;
        size_t n = decode_valid(s + i, len - i, &cp);
        if (n > 0) {
            if (run_len) {
                bad_total += run_len;
                if (on_bad && on_bad(run_start, run_len, user_data))
                    return bad_total;
                run_len = 0;
            }
            i += n;
            continue;
        }
        if (s[i] == 0) {
            /* NUL is valid UTF-8 but not text: reported on its own, length 1. */
            if (run_len) {
                bad_total += run_len;
                if (on_bad && on_bad(run_start, run_len, user_data))
                    return bad_total;
                run_len = 0;
            }
            bad_total++;
            if (on_bad && on_bad(i, 1, user_data))
                return bad_total;
            i++;
            continue;
        }
        /* Advancing one byte at a time is enough: continuation bytes that follow a
         * broken lead can never start a valid sequence, so they join the run. */
        if (run_len == 0)
            run_start = i;
        run_len++;
        i++;
    }
    if (run_len) {
        bad_total += run_len;
        if (on_bad)
            on_bad(run_start, run_len, user_data);
    }
    return bad_total;
}

static int replace_run(size_t offset, size_t length, void *user_data)
{
    memset((char *)user_data + offset, CCK_REPLACEMENT_BYTE, length);
    return 0;
}

void cck_utf8_repair_copy(const char *buf, size_t len, char *out)
{
    if (len == 0)
        return;
    memcpy(out, buf, len);
    cck_utf8_check(buf, len, replace_run, out);
}
