/* normalize.c - Unicode normalization (NFKC + full case folding) and character
 * classes. The only file in claimcheck that includes utf8proc.h; ASCII never reaches
 * utf8proc. */
#include <string.h>
#include <utf8proc.h>

#include "text/text.h"

/* Setting bit 5 lowers A-Z; unlike + 32 it stays a byte in the arm not taken, which
 * clang's -Wconstant-conversion checks too. */
#define FOLD1(c) ((c) >= 'A' && (c) <= 'Z' ? (c) | 0x20 : (c))
#define FOLD4(c) FOLD1(c), FOLD1((c) + 1), FOLD1((c) + 2), FOLD1((c) + 3)
#define FOLD16(c) FOLD4(c), FOLD4((c) + 4), FOLD4((c) + 8), FOLD4((c) + 12)
#define FOLD64(c) FOLD16(c), FOLD16((c) + 16), FOLD16((c) + 32), FOLD16((c) + 48)

const unsigned char cck_ascii_fold_table[256] = {FOLD64(0), FOLD64(64), FOLD64(128),
                                                 FOLD64(192)};

/* Applied before decomposition: typographic quotes, apostrophes and dashes become
 * their ASCII forms. NFKC alone leaves most of them alone (U+2011 even becomes
 * U+2010, not '-'). */
static utf8proc_int32_t map_typography(utf8proc_int32_t cp, void *unused)
{
    (void)unused;
    switch (cp) {
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201A: /* ‚ */
    case 0x201B: /* ‛ */
    case 0x2032: /* ′ */
    case 0x2035: /* ‵ */
    case 0x2039: /* ‹ */
    case 0x203A: /* › */
    case 0x02BC: /* ʼ modifier letter apostrophe */
        return '\'';
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x201E: /* „ */
    case 0x201F: /* ‟ */
    case 0x2033: /* ″ */
    case 0x2036: /* ‶ */
    case 0x00AB: /* « */
    case 0x00BB: /* » */
        return '"';
    case 0x2212: /* − minus sign */
        return '-';
    default:
        break;
    }
    if (utf8proc_category(cp) == UTF8PROC_CATEGORY_PD)
        return '-'; /* U+2010..2015, U+2E3A, U+FE58, U+FF0D, ... */
    return cp;
}

static size_t encode_utf8(int32_t cp, char *dst)
{
    uint32_t u = (uint32_t)cp;
    if (u < 0x80) {
        dst[0] = (char)u;
        return 1;
    }
    if (u < 0x800) {
        dst[0] = (char)(0xC0 | (u >> 6));
        dst[1] = (char)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u < 0x10000) {
        dst[0] = (char)(0xE0 | (u >> 12));
        dst[1] = (char)(0x80 | ((u >> 6) & 0x3F));
        dst[2] = (char)(0x80 | (u & 0x3F));
        return 3;
    }
    dst[0] = (char)(0xF0 | (u >> 18));
    dst[1] = (char)(0x80 | ((u >> 12) & 0x3F));
    dst[2] = (char)(0x80 | ((u >> 6) & 0x3F));
    dst[3] = (char)(0x80 | (u & 0x3F));
    return 4;
}

static void fold_ascii(cck_buf *out, const char *s, size_t len)
{
    char *dst = out->data + out->len;
    for (size_t i = 0; i < len; i++)
        dst[i] = (char)cck_ascii_fold_table[(unsigned char)s[i]];
    out->len += len;
    out->data[out->len] = '\0';
}

/* NFKC + case folding of a piece that holds non-ASCII characters. Small pieces (the
 * usual token) use a stack buffer; only long ones allocate. */
static int normalize_unicode(cck_buf *out, const char *s, size_t len)
{
    enum { STACK_CODEPOINTS = 128 };
    const utf8proc_option_t options = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                      UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;
    utf8proc_int32_t stack[STACK_CODEPOINTS];
    utf8proc_int32_t *points = stack, *heap = NULL;
    int status = CCK_OK;
    if (len > (size_t)PTRDIFF_MAX / 4)
        return CCK_ENOMEM;
    utf8proc_ssize_t count =
        utf8proc_decompose_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, points,
                                  STACK_CODEPOINTS, options, map_typography, NULL);
    if (count > STACK_CODEPOINTS) {
        if ((size_t)count > SIZE_MAX / sizeof *heap) {
            status = CCK_ENOMEM;
            goto done;
        }
        heap = cck_malloc((size_t)count * sizeof *heap);
        if (!heap) {
            status = CCK_ENOMEM;
            goto done;
        }
        points = heap;
        count = utf8proc_decompose_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
                                          points, count, options, map_typography, NULL);
    }
    if (count < 0) {
        /* Not valid UTF-8 (the contract says it is): keep the bytes, fold ASCII. */
        if ((status = cck_buf_reserve(out, len)) != CCK_OK)
            goto done;
        fold_ascii(out, s, len);
        goto done;
    }
    count = utf8proc_normalize_utf32(points, count, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (count < 0)
        count = 0;
    if ((size_t)count > SIZE_MAX / 4 - 1 ||
        (status = cck_buf_reserve(out, (size_t)count * 4)) != CCK_OK) {
        status = CCK_ENOMEM;
        goto done;
    }
    for (utf8proc_ssize_t k = 0; k < count; k++)
        out->len += encode_utf8(points[k], out->data + out->len);
    out->data[out->len] = '\0';
done:
    cck_free(heap);
    return status;
}

/* See text.h. What utf8proc gives for each of these characters (NFKC, full case
 * folding, map_typography) is checked by the unit tests. */
size_t cck_normalize_common_char(const unsigned char *s, size_t left, unsigned char *dst,
                                 size_t *wrote)
{
    if (left >= 2 && s[0] == 0xC3 && s[1] >= 0x80 && s[1] <= 0xBF && s[1] != 0x97 &&
        s[1] != 0xB7) { /* U+00C0..U+00FF, letters only (not × and ÷) */
        if (s[1] == 0x9F) { /* ß folds to "ss" */
            dst[0] = dst[1] = 's';
            *wrote = 2;
            return 2;
        }
        dst[0] = 0xC3;
        dst[1] = s[1] < 0xA0 ? (unsigned char)(s[1] | 0x20) : s[1]; /* À-Þ → à-þ */
        *wrote = 2;
        return 2;
    }
    if (left >= 3 && s[0] == 0xE2 && s[1] == 0x80) {
        unsigned char c = s[2];
        if (c >= 0x90 && c <= 0x95) /* U+2010..U+2015, hyphens and dashes */
            dst[0] = '-';
        else if (c >= 0x98 && c <= 0x9B) /* ‘ ’ ‚ ‛ */
            dst[0] = '\'';
        else if (c >= 0x9C && c <= 0x9F) /* “ ” „ ‟ */
            dst[0] = '"';
        else if (c == 0xA6) { /* … */
            dst[0] = dst[1] = dst[2] = '.';
            *wrote = 3;
            return 3;
        } else
            return 0;
        *wrote = 1;
        return 3;
    }
    return 0;
}

/* Normalizes the non-ASCII run s[0..len) (with ASCII bytes among its characters) by
 * cck_normalize_common_char; returns 0, having written nothing, when a character is not one of its. */
static int normalize_common(cck_buf *out, const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char *dst = (unsigned char *)out->data + out->len;
    size_t k = 0, n = 0;
    while (k < len) { /* the output is never longer than the input (ß: 2 → 2) */
        if (u[k] < 0x80) {
            dst[n++] = cck_ascii_fold_table[u[k++]];
            continue;
        }
        size_t wrote, used = cck_normalize_common_char(u + k, len - k, dst + n, &wrote);
        if (used == 0)
            return 0;
        k += used;
        n += wrote;
    }
    out->len += n;
    out->data[out->len] = '\0';
    return 1;
}

static int normalize_append(cck_buf *out, const char *s, size_t len, int fast)
{
    if (cck_buf_reserve(out, len) != CCK_OK)
        return CCK_ENOMEM;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && u[j] < 0x80)
            j++;
        if (j == len) {
            fold_ascii(out, s + i, len - i);
            break;
        }
        /* The ASCII letter right before a non-ASCII run may carry a combining mark,
         * so it goes to utf8proc with the run. */
        size_t run_start = j > i ? j - 1 : i;
        fold_ascii(out, s + i, run_start - i);
        /* The run ends at an ASCII byte that is followed by ASCII (or the end). */
        size_t q = j;
        while (q < len && !(u[q] < 0x80 && (q + 1 == len || u[q + 1] < 0x80)))
            q++;
        if (!fast || !normalize_common(out, s + run_start, q - run_start)) {
            int status = normalize_unicode(out, s + run_start, q - run_start);
            if (status != CCK_OK)
                return status;
        }
        if (cck_buf_reserve(out, len - q) != CCK_OK)
            return CCK_ENOMEM;
        i = q;
    }
    out->data[out->len] = '\0';
    return CCK_OK;
}

int cck_normalize_append(cck_buf *out, const char *s, size_t len)
{
    return normalize_append(out, s, len, 1);
}

int cck_normalize_append_unicode(cck_buf *out, const char *s, size_t len)
{
    return normalize_append(out, s, len, 0);
}

int cck_codepoint_is_word(int32_t cp)
{
    if (cp < 0 || cp > 0x10FFFF)
        return 0;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

int cck_codepoint_is_upper(int32_t cp)
{
    if (cp < 0 || cp > 0x10FFFF)
        return 0;
    utf8proc_category_t category = utf8proc_category(cp);
    return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

/* Pictographs: the emoji blocks (whatever their category, so that emoji newer than
 * this utf8proc still count), So symbols among arrows, technical symbols, dingbats
 * and enclosed alphanumerics, and a few older characters with emoji presentation. */
static int is_emoji_with(int32_t cp, utf8proc_category_t category)
{
    if (cp >= 0x1F000 && cp <= 0x1FAFF)
        return 1;
    switch (cp) {
    case 0x00A9: case 0x00AE: case 0x203C: case 0x2049: case 0x2122: case 0x2139:
    case 0x3030: case 0x303D: case 0x3297: case 0x3299:
        return 1;
    default:
        break;
    }
    if (category != UTF8PROC_CATEGORY_SO)
        return 0;
    return (cp >= 0x2190 && cp <= 0x24FF) || (cp >= 0x2600 && cp <= 0x2BFF);
}

int cck_codepoint_is_emoji(int32_t cp)
{
    if (cp < 0x80 || cp > 0x10FFFF)
        return 0;
    return is_emoji_with(cp, utf8proc_category(cp));
}

cck_char_class cck_codepoint_class(int32_t cp)
{
    if (cp < 0 || cp > 0x10FFFF)
        return CCK_CHAR_SPACE;
    if (cp < 0x80) {
        unsigned char c = (unsigned char)cp;
        if (cck_ascii_is_upper(c))
            return CCK_CHAR_UPPER;
        if (cck_ascii_is_alpha(c))
            return CCK_CHAR_LOWER;
        if (cck_ascii_is_digit(c))
            return CCK_CHAR_DIGIT;
        if (c <= 0x20 || c == 0x7F)
            return CCK_CHAR_SPACE;
        if (c == '\'')
            return CCK_CHAR_APOSTROPHE;
        if (c == '-')
            return CCK_CHAR_DASH;
        return CCK_CHAR_OTHER;
    }
    switch (cp) {
    case 0x00AD:
        return CCK_CHAR_SOFT_HYPHEN;
    case 0x200C:
    case 0x200D:
        return CCK_CHAR_JOINER;
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: case 0xFF07:
        return CCK_CHAR_APOSTROPHE;
    case 0x2212:
        return CCK_CHAR_DASH;
    default:
        break;
    }
    utf8proc_category_t category = utf8proc_category(cp);
    switch (category) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return CCK_CHAR_UPPER;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return CCK_CHAR_LOWER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return CCK_CHAR_MARK;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return CCK_CHAR_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
        return CCK_CHAR_SPACE;
    case UTF8PROC_CATEGORY_PD:
        return CCK_CHAR_DASH;
    default:
        return is_emoji_with(cp, category) ? CCK_CHAR_EMOJI : CCK_CHAR_OTHER;
    }
}
