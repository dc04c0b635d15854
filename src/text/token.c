/* token.c - the tokenizer: words, numbers, hashtag words, mentions, URLs, emoji and
 * punctuation, each with its byte span, normalized form and hash. One pass, an ASCII
 * fast path, no allocation per token; utf8proc is reached only for non-ASCII text. */
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "text/text.h"

/* What an ASCII byte starts; every byte >= 0x80 is K_HIGH (decode and classify).
 * K_URL is only in dispatch_kind. K_PUNCT, K_APOS and K_HIGH are neighbours, so that
 * the main loop's tests of two of them are each one range check. */
enum { K_SPACE, K_LOWER, K_UPPER, K_DIGIT, K_DASH, K_HASH, K_AT, K_PUNCT, K_APOS, K_HIGH, K_URL };

#define KIND1(c)                                                                         \
    ((c) >= 0x80                   ? K_HIGH                                             \
     : (c) >= 'a' && (c) <= 'z'    ? K_LOWER                                            \
     : (c) >= 'A' && (c) <= 'Z'    ? K_UPPER                                            \
     : (c) >= '0' && (c) <= '9'    ? K_DIGIT                                            \
     : (c) <= 0x20 || (c) == 0x7F  ? K_SPACE /* includes CCK_REPLACEMENT_BYTE */        \
     : (c) == '\''                 ? K_APOS                                             \
     : (c) == '-'                  ? K_DASH                                             \
     : (c) == '#'                  ? K_HASH                                             \
     : (c) == '@'                  ? K_AT                                               \
                                   : K_PUNCT)
/* The letters a URL starts with (http://, www.): K_URL, a letter that sends the
 * dispatch to the URL test first, so that other words pass it by in the jump table. */
#define DISPATCH1(c) (((c) | 0x20) == 'h' || ((c) | 0x20) == 'w' ? K_URL : KIND1(c))
#define ROW4(F, c) F(c), F((c) + 1), F((c) + 2), F((c) + 3)
#define ROW16(F, c) ROW4(F, c), ROW4(F, (c) + 4), ROW4(F, (c) + 8), ROW4(F, (c) + 12)
#define ROW64(F, c) ROW16(F, c), ROW16(F, (c) + 16), ROW16(F, (c) + 32), ROW16(F, (c) + 48)
#define TABLE256(F) {ROW64(F, 0), ROW64(F, 64), ROW64(F, 128), ROW64(F, 192)}

static const unsigned char byte_kind[256] = TABLE256(KIND1);
static const unsigned char dispatch_kind[256] = TABLE256(DISPATCH1);

#ifdef __SSE2__
/* 0xFF in each byte of v that lies in [lo, lo + n): x - lo < n unsigned, as one
 * signed compare, x - lo + 128 < n - 128. */
static inline __m128i bytes_in(__m128i v, char lo, int n)
{
    return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - lo))),
                          _mm_set1_epi8((char)(n - 128)));
}
#endif

/* Room: at each token's start i, text->norm has room for len - i more bytes and the
 * NUL. cck_text_tokenize reserves len bytes; every emitter appends at most as many
 * bytes as it consumes, except cck_normalize_append (NFKC may lengthen), after which
 * emit_normalized reserves the rest again. So the emitters need no room check. */
typedef struct lexer {
    cck_text *text;
    const unsigned char *s;
    size_t len;
    size_t word_end; /* end of the last word-like token; SIZE_MAX when none */
    size_t end;      /* set by lex_other: where it stopped */
    unsigned space;  /* set by lex_other: the main loop's `space` from there on */
} lexer;

/* The class of the non-ASCII character at s[i] and its byte length. */
static cck_char_class class_of_high(const lexer *lx, size_t i, size_t *n, int32_t *cp)
{
    *n = cck_utf8_decode((const char *)lx->s + i, lx->len - i, cp);
    return cck_codepoint_class(*cp);
}

/* The class of the character at s[i] and its byte length (1 past the end: SPACE).
 * Hashtags, mentions and the checks around hyphens and apostrophes ask this for one
 * character at a time: the ASCII part is small enough to inline, decoding is not. */
static inline cck_char_class class_at(const lexer *lx, size_t i, size_t *n, int32_t *cp)
{
    *n = 1;
    if (i >= lx->len) {
        *cp = -1;
        return CCK_CHAR_SPACE;
    }
    unsigned char c = lx->s[i];
    if (c >= 0x80)
        return class_of_high(lx, i, n, cp);
    *cp = c;
    switch (byte_kind[c]) {
    case K_LOWER: return CCK_CHAR_LOWER;
    case K_UPPER: return CCK_CHAR_UPPER;
    case K_DIGIT: return CCK_CHAR_DIGIT;
    case K_SPACE: return CCK_CHAR_SPACE;
    case K_APOS: return CCK_CHAR_APOSTROPHE;
    case K_DASH: return CCK_CHAR_DASH;
    default: return CCK_CHAR_OTHER;
    }
}

static int letter_at(const lexer *lx, size_t i)
{
    size_t n;
    int32_t cp;
    cck_char_class k = class_at(lx, i, &n, &cp);
    return k == CCK_CHAR_LOWER || k == CCK_CHAR_UPPER;
}

static int word_char_at(const lexer *lx, size_t i)
{
    size_t n;
    int32_t cp;
    cck_char_class k = class_at(lx, i, &n, &cp);
    return k == CCK_CHAR_LOWER || k == CCK_CHAR_UPPER || k == CCK_CHAR_DIGIT;
}

/* The hash of a token's form: only the kinds that the lexicon looks up have one. */
static inline uint32_t form_hash(int kind, const char *form, size_t n)
{
    return kind <= CCK_TOKEN_HASHTAG ? cck_hash_bytes(form, n) : 0;
}

/* Room for one more token in t->tokens. */
static int reserve_token(cck_text *t)
{
    if (t->token_count < t->token_cap)
        return CCK_OK;
    void *items = t->tokens;
    if (cck_grow(&items, &t->token_cap, t->token_count + 1, sizeof *t->tokens) != CCK_OK)
        return CCK_ENOMEM;
    t->tokens = items;
    return CCK_OK;
}

/* Fills in one token: push_token and the fast cases of cck_text_tokenize. */
static inline void put_token(cck_token *tok, size_t start, size_t end, size_t norm,
                             size_t norm_len, uint32_t hash, int kind, unsigned flags)
{
    tok->start = start;
    tok->end = end;
    tok->norm = (uint32_t)norm;
    tok->norm_len = (uint32_t)norm_len;
    tok->hash = hash;
    tok->word = -1;
    tok->kind = (uint8_t)kind;
    tok->flags = (uint8_t)flags;
}

static inline int push_token(lexer *lx, size_t start, size_t end, size_t norm_start, uint32_t hash,
                      int kind, unsigned flags)
{
    cck_text *t = lx->text;
    if (reserve_token(t) != CCK_OK)
        return CCK_ENOMEM;
    if (t->norm.len > UINT32_MAX)
        return CCK_ELIMIT;
    /* PLAIN_BEFORE from the spans: the main loop's `space` knows it only for the
     * first token of a call (a hashtag gives several, a dropped character none) */
    flags &= ~(unsigned)CCK_TOKEN_PLAIN_BEFORE;
    if (t->token_count > 0) {
        const cck_token *prev = &t->tokens[t->token_count - 1];
        if (prev->kind != CCK_TOKEN_PUNCT &&
            (start == prev->end || (start == prev->end + 1 && lx->s[prev->end] == ' ')))
            flags |= CCK_TOKEN_PLAIN_BEFORE;
    }
    put_token(&t->tokens[t->token_count++], start, end, norm_start, t->norm.len - norm_start,
              hash, kind, flags);
    if (kind == CCK_TOKEN_WORD || kind == CCK_TOKEN_NUMBER || kind == CCK_TOKEN_HASHTAG)
        t->word_count++;
    return CCK_OK;
}

/* Emits s[start..end) normalized: folded byte by byte when it is ASCII, through
 * cck_normalize_append otherwise. Sets CAPITALIZED and ALL_CAPS. A span that
 * normalizes to nothing (only ignorable characters) gives no token. */
static int emit_normalized(lexer *lx, size_t start, size_t end, int kind, unsigned flags)
{
    cck_buf *norm = &lx->text->norm;
    size_t n = end - start, norm_start = norm->len;
    const unsigned char *src = lx->s + start;
    char *dst = norm->data + norm_start;
    uint32_t hash;
    size_t letters = 0, uppers = 0, k;
#ifdef __SSE2__
    /* Up to 16 ASCII bytes (hashtag parts, numbers, mentions, the common case) in one
     * step, where 16 bytes of text remain: dst has room for them (see lexer), and
     * what it gets past n is overwritten by the next form or the terminator. */
    if (n <= 16 && lx->len - start >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)src);
        unsigned keep = (1u << n) - 1u;
        if (!((unsigned)_mm_movemask_epi8(v) & keep)) {
            __m128i upper = bytes_in(v, 'A', 26);
            _mm_storeu_si128((__m128i *)dst,
                             _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
            unsigned up = (unsigned)_mm_movemask_epi8(upper) & keep;
            unsigned low = (unsigned)_mm_movemask_epi8(bytes_in(v, 'a', 26)) & keep;
            if (up & 1)
                flags |= CCK_TOKEN_CAPITALIZED;
            if (!low && (up & (up - 1))) /* two letters or more, all uppercase */
                flags |= CCK_TOKEN_ALL_CAPS;
            norm->len += n;
            return push_token(lx, start, end, norm_start, form_hash(kind, dst, n), kind, flags);
        }
    }
#endif
    /* ASCII and the common non-ASCII characters (don’t, café), each folded here and
     * counted for the flags: of these, only U+00C0..U+00FF are letters, and the ones
     * up to U+00DE are uppercase (×, U+00D7, is not one of them) */
    size_t out = 0, wrote;
    for (k = 0; k < n;) {
        unsigned char c = src[k], folded = cck_ascii_fold_table[c];
        if (c < 0x80) {
            uppers += folded != c;
            letters += (size_t)cck_ascii_is_alpha(c);
            dst[out++] = (char)folded;
            k++;
            continue;
        }
        size_t used = cck_normalize_common_char(src + k, n - k, (unsigned char *)dst + out, &wrote);
        if (used == 0)
            break;
        if (c == 0xC3) {
            letters++;
            uppers += src[k + 1] < 0x9F;
        }
        k += used;
        out += wrote;
    }
    if (k == n) {
        hash = form_hash(kind, dst, out);
        norm->len += out;
        if (cck_ascii_is_upper(src[0]) || (src[0] == 0xC3 && src[1] < 0x9F))
            flags |= CCK_TOKEN_CAPITALIZED;
    } else {
        if (cck_normalize_append(norm, (const char *)src, n) != CCK_OK ||
            cck_buf_reserve(norm, lx->len - end) != CCK_OK) /* see lexer */
            return CCK_ENOMEM;
        if (norm->len == norm_start)
            return CCK_OK;
        hash = form_hash(kind, norm->data + norm_start, norm->len - norm_start);
        letters = uppers = 0;
        for (k = start; k < end;) {
            size_t step;
            int32_t cp;
            cck_char_class cls = class_at(lx, k, &step, &cp);
            if (cls == CCK_CHAR_UPPER && k == start)
                flags |= CCK_TOKEN_CAPITALIZED;
            letters += cls == CCK_CHAR_UPPER || cls == CCK_CHAR_LOWER;
            uppers += cls == CCK_CHAR_UPPER;
            k += step;
        }
    }
    if (letters >= 2 && letters == uppers)
        flags |= CCK_TOKEN_ALL_CAPS;
    return push_token(lx, start, end, norm_start, hash, kind, flags);
}

/* Emits s[start..end) as its own bytes, leaving out variation selectors U+FE0E and
 * U+FE0F (EF B8 8E/8F) when `drop_selectors` is set: emoji and URLs. */
static int emit_verbatim(lexer *lx, size_t start, size_t end, int kind, unsigned flags,
                         int drop_selectors)
{
    cck_buf *norm = &lx->text->norm;
    size_t n = end - start, norm_start = norm->len;
    const unsigned char *src = lx->s + start;
    char *dst = norm->data + norm_start;
    size_t out = 0;
    if (!drop_selectors) {
        memcpy(dst, src, n);
        out = n;
    } else {
        for (size_t k = 0; k < n; k++) {
            if (src[k] == 0xEF && k + 2 < n && src[k + 1] == 0xB8 &&
                (src[k + 2] == 0x8E || src[k + 2] == 0x8F)) {
                k += 2;
                continue;
            }
            dst[out++] = (char)src[k];
        }
    }
    norm->len += out;
    norm->data[norm->len] = '\0';
    return push_token(lx, start, end, norm_start, form_hash(kind, dst, out), kind, flags);
}

/* A word from s[i], which is a letter or digit: letters, marks, digits, and
 * apostrophes, soft hyphens and joiners that have a letter (or word character) after
 * them. */
static size_t scan_word(const lexer *lx, size_t i)
{
    const unsigned char *s = lx->s;
    size_t j = i, len = lx->len;
    while (j < len) {
        unsigned char c = s[j];
        unsigned char k = byte_kind[c];
        if (k == K_LOWER || k == K_UPPER || k == K_DIGIT) {
            j++;
            continue;
        }
        if (k == K_APOS) {
            if (!letter_at(lx, j + 1))
                break;
            j++;
            continue;
        }
        if (k != K_HIGH)
            break;
        size_t n;
        int32_t cp;
        cck_char_class cls = class_at(lx, j, &n, &cp);
        if (cls == CCK_CHAR_LOWER || cls == CCK_CHAR_UPPER || cls == CCK_CHAR_DIGIT ||
            cls == CCK_CHAR_MARK)
            j += n;
        else if (cls == CCK_CHAR_APOSTROPHE && letter_at(lx, j + n))
            j += n;
        else if ((cls == CCK_CHAR_SOFT_HYPHEN || cls == CCK_CHAR_JOINER) &&
                 word_char_at(lx, j + n))
            j += n;
        else
            break;
    }
    return j;
}

/* CAPITALIZED and ALL_CAPS for the ASCII word w[0..n) of letters and digits. Most
 * words have a lowercase letter first or second, so the loop seldom runs far. */
static unsigned ascii_case_flags(const unsigned char *w, size_t n)
{
    if ((unsigned char)(w[0] - 'a') < 26)
        return 0;
    unsigned flags = cck_ascii_is_upper(w[0]) ? CCK_TOKEN_CAPITALIZED : 0;
    size_t uppers = 0;
    for (size_t k = 0; k < n; k++) {
        if ((unsigned char)(w[k] - 'a') < 26)
            return flags;
        uppers += (size_t)cck_ascii_is_upper(w[k]);
    }
    return uppers >= 2 ? flags | CCK_TOKEN_ALL_CAPS : flags;
}

/* The end of the ASCII letters and digits from s[i], which is one, with their folded
 * bytes stored at dst (16 bytes a step with SSE2: a letter or digit folds by setting
 * bit 5); *next is the byte_kind of the byte at the end (K_SPACE at the end of the
 * text). dst has room for len - i bytes and one more (see lexer): the block loop
 * stores 16 bytes only where 16 bytes of text remain, so it never writes past that. */
static inline size_t ascii_word_end(const unsigned char *s, size_t len, size_t i,
                                    unsigned char *dst, unsigned *next)
{
    size_t j = i;
#ifdef __SSE2__
    while (len - j >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + j));
        __m128i low = _mm_or_si128(v, _mm_set1_epi8(0x20));
        __m128i letter = bytes_in(low, 'a', 26), digit = bytes_in(v, '0', 10);
        _mm_storeu_si128((__m128i *)(dst + (j - i)), low);
        /* ~word has bit 16 set, so run is 16 for a block of word bytes */
        unsigned word = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
        unsigned run = (unsigned)__builtin_ctz(~word);
        j += run;
        if (run < 16) {
            *next = byte_kind[s[j]];
            return j;
        }
    }
#endif
    while (j < len) {
        unsigned char c = s[j];
        unsigned kind = byte_kind[c];
        if (kind - K_LOWER > K_DIGIT - K_LOWER) { /* not a letter or digit */
            *next = kind;
            return j;
        }
        dst[j - i] = cck_ascii_fold_table[c];
        j++;
    }
    *next = K_SPACE;
    return j;
}

/* A number from the ASCII digit at s[i]: 120, 3.5, 1,200 (groups of exactly three),
 * then either '%' or letters glued to it (2nd, 5mg). */
static size_t scan_number(const lexer *lx, size_t i)
{
    const unsigned char *s = lx->s;
    size_t j = i, len = lx->len;
    while (j < len && cck_ascii_is_digit(s[j]))
        j++;
    for (;;) {
        if (j + 1 < len && s[j] == '.' && cck_ascii_is_digit(s[j + 1])) {
            j += 2;
            while (j < len && cck_ascii_is_digit(s[j]))
                j++;
        } else if (j + 3 < len && s[j] == ',' && cck_ascii_is_digit(s[j + 1]) &&
                   cck_ascii_is_digit(s[j + 2]) && cck_ascii_is_digit(s[j + 3]) &&
                   (j + 4 == len || !cck_ascii_is_digit(s[j + 4]))) {
            j += 4;
        } else {
            break;
        }
    }
    if (j < len && s[j] == '%')
        return j + 1;
    if (word_char_at(lx, j))
        return scan_word(lx, j);
    return j;
}

/* The end of a mention at s[i] ('@'): letters, digits, marks and '_' (i + 1 when
 * there are none). */
static size_t scan_mention(const lexer *lx, size_t i)
{
    size_t j = i + 1;
    while (j < lx->len) {
        size_t n;
        int32_t cp;
        if (lx->s[j] == '_') {
            j++;
            continue;
        }
        cck_char_class cls = class_at(lx, j, &n, &cp);
        if (cls != CCK_CHAR_LOWER && cls != CCK_CHAR_UPPER && cls != CCK_CHAR_DIGIT &&
            cls != CCK_CHAR_MARK)
            break;
        j += n;
    }
    return j;
}

/* Length of a URL prefix (http://, https://, www.) at s[i] followed by something
 * other than white space; 0 when there is none. */
static inline size_t url_prefix(const unsigned char *text, size_t len, size_t i)
{
    const unsigned char *s = text + i, *fold = cck_ascii_fold_table;
    size_t left = len - i, n;
    if (left < 5)
        return 0;
    if (fold[s[0]] == 'w' && fold[s[1]] == 'w' && fold[s[2]] == 'w' && s[3] == '.')
        n = 4;
    else if (fold[s[0]] == 'h' && fold[s[1]] == 't' && fold[s[2]] == 't' && fold[s[3]] == 'p')
        n = fold[s[4]] == 's' ? 5 : 4;
    else
        return 0;
    if (n != 4 || s[3] != '.') {
        if (left < n + 4 || s[n] != ':' || s[n + 1] != '/' || s[n + 2] != '/')
            return 0;
        n += 3;
    }
    return n < left && byte_kind[s[n]] != K_SPACE ? n : 0;
}

/* The end of the URL at s[i] (with a prefix of `prefix` bytes): up to white space,
 * then trailing punctuation is given back, and ')' too unless the URL opened one. */
static size_t scan_url(const lexer *lx, size_t i, size_t prefix)
{
    const unsigned char *s = lx->s;
    size_t j = i + prefix, open = 0, close = 0;
#ifdef __SSE2__
    /* 16 bytes a step up to the first byte that ends the URL or is non-ASCII (as a
     * signed byte, below 0x21: white space, controls and bytes >= 0x80), counting
     * the brackets before it; the loop below goes on from that byte */
    while (lx->len - j >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + j));
        __m128i stop = _mm_or_si128(
            _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x21)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))),
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('<')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('>')))));
        unsigned mask = (unsigned)_mm_movemask_epi8(stop);
        unsigned before = mask ? (1u << __builtin_ctz(mask)) - 1u : 0xFFFFu;
        open += (size_t)__builtin_popcount(
            (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('('))) & before);
        close += (size_t)__builtin_popcount(
            (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(')'))) & before);
        if (mask) {
            j += (size_t)__builtin_ctz(mask);
            break;
        }
        j += 16;
    }
#endif
    while (j < lx->len) {
        unsigned char c = s[j];
        if (c < 0x80) {
            if (byte_kind[c] == K_SPACE || c == '"' || c == '<' || c == '>')
                break;
            open += c == '(';
            close += c == ')';
            j++;
            continue;
        }
        size_t n;
        int32_t cp;
        if (class_at(lx, j, &n, &cp) == CCK_CHAR_SPACE)
            break;
        j += n;
    }
    while (j > i + prefix) {
        unsigned char c = s[j - 1];
        if (c < 0x80) {
            if (memchr(".,;:!?'*]}", c, 10)) {
                j--;
            } else if (c == ')' && close > open) {
                close--;
                j--;
            } else {
                break;
            }
            continue;
        }
        size_t lead = j - 1, n;
        while (lead > i && (s[lead] & 0xC0) == 0x80)
            lead--;
        int32_t cp;
        cck_char_class cls = class_at(lx, lead, &n, &cp);
        if (cls != CCK_CHAR_OTHER && cls != CCK_CHAR_APOSTROPHE && cls != CCK_CHAR_EMOJI &&
            cls != CCK_CHAR_DASH)
            break;
        j = lead;
    }
    return j;
}

/* Classes for splitting hashtags. */
enum { H_NONE, H_LOWER, H_UPPER, H_DIGIT, H_UNDERSCORE, H_MARK };
/* The class of an ASCII byte (H_NONE for bytes >= 0x80, which are decoded). */
#define HCLASS1(c)                                                                       \
    ((c) >= 'a' && (c) <= 'z'   ? H_LOWER                                               \
     : (c) >= 'A' && (c) <= 'Z' ? H_UPPER                                               \
     : (c) >= '0' && (c) <= '9' ? H_DIGIT                                               \
     : (c) == '_'               ? H_UNDERSCORE                                          \
                                : H_NONE)
static const unsigned char hashtag_class[256] = TABLE256(HCLASS1);

/* Whether the capitals s[from..to) are one of the acronyms that run straight into a
 * lowercase word in hashtags: #FDAapproved is "fda approved", where #PRPTherapy's last
 * capital starts the next word. */
static int is_hashtag_acronym(const unsigned char *s, size_t from, size_t to)
{
    static const char *const acronyms[] = {"FDA", "PRP",  "MSC", "SVF", "BMAC", "EMA",
                                           "TGA", "MHRA", "CDC", "NIH", "ACL",  "IV"};
    for (size_t k = 0; k < sizeof acronyms / sizeof acronyms[0]; k++)
        if (strlen(acronyms[k]) == to - from && memcmp(s + from, acronyms[k], to - from) == 0)
            return 1;
    return 0;
}

/* #StemCellsHeal: one HASHTAG token per word, split at '_', lower→Upper, letter↔digit
 * and before the last capital of an acronym followed by two lowercase letters
 * (#PRPTherapy → prp, therapy; #PRPs stays one), or after the acronym when the capitals
 * are a known one (#FDAcleared → fda, cleared). Returns the end of the hashtag. */
static int scan_hashtag(lexer *lx, size_t i, unsigned flags, size_t *end)
{
    size_t j = i + 1, part = j, prev_pos = j, pending = SIZE_MAX, run = j;
    int prev = H_NONE, prev2 = H_NONE, status = CCK_OK;
    while (j < lx->len) {
        size_t n = 1;
        int32_t cp;
        int cur;
        if (prev != H_NONE && hashtag_class[lx->s[j]] == prev &&
            (prev != H_LOWER || pending == SIZE_MAX)) {
            /* More ASCII of the class before (most of a hashtag): a step of the loop
             * below would cut nothing and leave no acronym's cut pending, only move
             * prev2 and prev_pos along; the run is taken in one go. */
            do
                j++;
            while (j < lx->len && hashtag_class[lx->s[j]] == prev);
            prev2 = prev;
            prev_pos = j - 1;
            pending = SIZE_MAX;
            continue;
        }
        if (lx->s[j] < 0x80) {
            cur = hashtag_class[lx->s[j]];
        } else {
            switch (class_of_high(lx, j, &n, &cp)) {
            case CCK_CHAR_LOWER: cur = H_LOWER; break;
            case CCK_CHAR_UPPER: cur = H_UPPER; break;
            case CCK_CHAR_DIGIT: cur = H_DIGIT; break;
            case CCK_CHAR_MARK: cur = H_MARK; break;
            default: cur = H_NONE; break;
            }
        }
        if (cur == H_NONE)
            break;
        size_t cut = SIZE_MAX;
        if (cur == H_UNDERSCORE) {
            if (j > part && (status = emit_normalized(lx, part, j, CCK_TOKEN_HASHTAG, flags)))
                return status;
            if (j > part)
                flags = 0;
            part = j + 1;
            prev = prev2 = H_NONE;
            pending = SIZE_MAX;
            j++;
            continue;
        }
        if (cur == H_MARK) {
            j += n;
            continue;
        }
        if (prev == H_LOWER && cur == H_UPPER)
            cut = j;
        else if (prev != H_NONE && (prev == H_DIGIT) != (cur == H_DIGIT))
            cut = j;
        else if (prev == H_LOWER && cur == H_LOWER && pending != SIZE_MAX)
            cut = pending;
        if (cur == H_LOWER && prev == H_UPPER && prev2 == H_UPPER)
            pending = is_hashtag_acronym(lx->s, run, j) ? j : prev_pos;
        else if (cur != H_LOWER || prev != H_LOWER)
            pending = SIZE_MAX;
        if (cut != SIZE_MAX) {
            pending = SIZE_MAX;
            if (cut > part) {
                if ((status = emit_normalized(lx, part, cut, CCK_TOKEN_HASHTAG, flags)))
                    return status;
                flags = 0;
                part = cut;
            }
        }
        if (cur != prev)
            run = j; /* where the run of this class starts */
        prev2 = prev;
        prev = cur;
        prev_pos = j;
        j += n;
    }
    if (j > part)
        status = emit_normalized(lx, part, j, CCK_TOKEN_HASHTAG, flags);
    *end = j;
    return status;
}

/* An emoji at s[i] with its presentation selectors, skin tones, keycap, tag
 * characters and ZWJ-joined followers; two regional indicators make one flag. */
static size_t scan_emoji(const lexer *lx, size_t i, size_t n, int32_t cp)
{
    size_t j = i + n, step;
    int32_t next;
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
        class_at(lx, j, &step, &next);
        if (next >= 0x1F1E6 && next <= 0x1F1FF)
            j += step;
        return j;
    }
    while (j < lx->len && lx->s[j] >= 0x80) {
        class_at(lx, j, &step, &next);
        if (next == 0xFE0F || next == 0xFE0E || next == 0x20E3 ||
            (next >= 0x1F3FB && next <= 0x1F3FF) || (next >= 0xE0020 && next <= 0xE007F)) {
            j += step;
            continue;
        }
        if (next != 0x200D)
            break;
        size_t after;
        int32_t joined;
        if (class_at(lx, j + step, &after, &joined) != CCK_CHAR_EMOJI)
            break;
        j += step + after;
    }
    return j;
}

void cck_text_init(cck_text *text)
{
    memset(text, 0, sizeof *text);
    cck_buf_init(&text->norm);
}

void cck_text_reset(cck_text *text)
{
    text->buf = NULL;
    text->len = 0;
    text->token_count = 0;
    text->sentence_count = 0;
    text->word_count = 0;
    cck_buf_clear(&text->norm);
}

void cck_text_free(cck_text *text)
{
    if (!text)
        return;
    cck_free(text->tokens);
    cck_free(text->sentences);
    cck_buf_free(&text->norm);
    cck_text_init(text);
}

/* lex_other's endings: a word-like token s[i..end) (noting where it ends, for the
 * checks of '#', '@' and '-' glued to a word), and bytes passed over, which leave no
 * plain gap behind them. */
static int emit_word_like(lexer *lx, size_t i, size_t end, int kind, unsigned flags)
{
    lx->end = lx->word_end = end;
    return emit_normalized(lx, i, end, kind, flags);
}

static int pass_over(lexer *lx, size_t end, unsigned flags)
{
    lx->space = flags & ~(unsigned)CCK_TOKEN_PLAIN_BEFORE;
    lx->end = end;
    return CCK_OK;
}

/* The cases of the main loop that are not an ASCII word, punctuation or white space:
 * URLs, numbers, hashtags, mentions, dashes and non-ASCII characters, all through
 * lx->text. Sets lx->end past what it took and lx->space to what the main loop's
 * `space` becomes: 0 after a token, as it was after a character that is dropped
 * (outputs in lx, not through pointers to the main loop's locals, which would then
 * live in memory). Kept out of
 * the main loop, whose registers are for the common cases. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int lex_other(lexer *lx, size_t i, unsigned flags)
{
    const unsigned char *s = lx->s;
    size_t n, prefix;
    int32_t cp; /* n and cp: set by class_at for K_HIGH, the only case that uses them */
    int status;
    cck_char_class cls;
    size_t *end = &lx->end;
    lx->space = 0;
    switch (dispatch_kind[s[i]]) {
    case K_URL: /* the main loop saw the prefix */
        prefix = url_prefix(s, lx->len, i);
        if ((*end = scan_url(lx, i, prefix)) > i + prefix)
            return emit_verbatim(lx, i, *end, CCK_TOKEN_URL, flags, 0);
        return emit_word_like(lx, i, scan_word(lx, i), CCK_TOKEN_WORD, flags);
    case K_DIGIT:
        return emit_word_like(lx, i, scan_number(lx, i), CCK_TOKEN_NUMBER, flags);
    case K_HASH:
        if (lx->word_end != i && letter_at(lx, i + 1)) {
            status = scan_hashtag(lx, i, flags, end);
            lx->word_end = *end;
            return status;
        }
        break;
    case K_AT:
        if (lx->word_end != i && (*end = scan_mention(lx, i)) > i + 1)
            return emit_normalized(lx, i, *end, CCK_TOKEN_MENTION, flags);
        break;
    case K_DASH:
        if (lx->word_end == i && word_char_at(lx, i + 1))
            return pass_over(lx, i + 1, flags); /* risk-free: two words */
        break;
    default: /* K_HIGH */
        switch (cls = class_at(lx, i, &n, &cp)) {
        case CCK_CHAR_SPACE:
            lx->space = CCK_TOKEN_SPACE_BEFORE;
            *end = i + n;
            return CCK_OK;
        case CCK_CHAR_MARK:
        case CCK_CHAR_JOINER:
        case CCK_CHAR_SOFT_HYPHEN:
            return pass_over(lx, i + n, flags); /* nothing to attach to: dropped */
        case CCK_CHAR_LOWER:
        case CCK_CHAR_UPPER:
        case CCK_CHAR_DIGIT:
            return emit_word_like(lx, i, scan_word(lx, i),
                                  cls == CCK_CHAR_DIGIT ? CCK_TOKEN_NUMBER : CCK_TOKEN_WORD, flags);
        case CCK_CHAR_EMOJI:
            *end = scan_emoji(lx, i, n, cp);
            return emit_verbatim(lx, i, *end, CCK_TOKEN_EMOJI, flags, 1);
        case CCK_CHAR_DASH:
            if (lx->word_end == i && word_char_at(lx, i + n))
                return pass_over(lx, i + n, flags);
            break;
        default:
            break;
        }
        *end = i + n;
        return emit_normalized(lx, i, i + n, CCK_TOKEN_PUNCT, flags);
    }
    /* '#', '@' or '-' as punctuation */
    *end = i + 1;
    return emit_normalized(lx, i, i + 1, CCK_TOKEN_PUNCT, flags);
}

/* Not inlined into its caller (it is called once a record), so that its loop has the
 * registers to itself and profiles show it as one function. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
int cck_text_tokenize(cck_text *text, const char *buf, size_t len)
{
    cck_text_reset(text);
    if (!buf && len)
        return CCK_EINVAL;
    text->buf = buf;
    text->len = len;
    /* Room for the whole text (see lexer). The emitters append without the terminator
     * that cck_buf keeps; it is written once, at the end. */
    if (cck_buf_reserve(&text->norm, len) != CCK_OK)
        return CCK_ENOMEM;
    lexer lx = {text, (const unsigned char *)buf, len, SIZE_MAX, 0, 0};
    const unsigned char *s = lx.s;
    /* The common cases (an ASCII word, ASCII punctuation, white space: most of every
     * text) keep the next token and the end of the normalized forms in these locals,
     * which the stores of the forms' bytes cannot alias, and so stay in registers; the
     * other cases work through lx->text, so the locals are written back before them
     * and read again after. */
    cck_token *tok = text->tokens, *tok_end = tok + text->token_cap;
    char *forms = text->norm.data;
    size_t forms_len = 0;
#define TO_TEXT() (text->token_count = (size_t)(tok - text->tokens), text->norm.len = forms_len)
#define FROM_TEXT()                                                                      \
    (tok = text->tokens + text->token_count, tok_end = text->tokens + text->token_cap,   \
     forms = text->norm.data, forms_len = text->norm.len)
    unsigned space = CCK_TOKEN_SPACE_BEFORE;
    int status = CCK_OK;
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        unsigned kind = dispatch_kind[c];
        size_t end;
        if (tok == tok_end) { /* room for the token of the common cases */
            TO_TEXT();
            status = reserve_token(text);
            FROM_TEXT();
            if (status != CCK_OK)
                break;
        }
        if (kind == K_LOWER || kind == K_UPPER ||
            (kind == K_URL && (lx.word_end == i || !url_prefix(s, len, i)))) {
            unsigned char *dst = (unsigned char *)forms + forms_len;
            unsigned next;
            size_t full;
            end = ascii_word_end(s, len, i, dst, &next);
            if ((next == K_APOS || next == K_HIGH) && (full = scan_word(&lx, end)) != end) {
                /* don't, café: the whole word through emit_normalized */
                TO_TEXT();
                status = emit_normalized(&lx, i, end = full, CCK_TOKEN_WORD, space);
                FROM_TEXT();
            } else {
                size_t n = end - i;
                if (forms_len + n > UINT32_MAX) {
                    status = CCK_ELIMIT;
                    break;
                }
                put_token(tok++, i, end, forms_len, n, cck_hash_bytes((const char *)dst, n),
                          CCK_TOKEN_WORD, space | ascii_case_flags(s + i, n));
                forms_len += n;
                text->word_count++;
            }
            lx.word_end = i = end;
            space = CCK_TOKEN_PLAIN_BEFORE; /* for a token glued to this one */
        } else if (kind == K_SPACE) {
            i++;
            space = CCK_TOKEN_SPACE_BEFORE;
            continue;
        } else if (kind == K_PUNCT || kind == K_APOS) {
            /* one ASCII byte that folds to itself: what emit_normalized would do */
            if (forms_len + 1 > UINT32_MAX) {
                status = CCK_ELIMIT;
                break;
            }
            forms[forms_len] = (char)c;
            put_token(tok++, i, i + 1, forms_len, 1, 0, CCK_TOKEN_PUNCT, space);
            forms_len++;
            i++;
            space = 0;
        } else {
            TO_TEXT();
            status = lex_other(&lx, i, space);
            FROM_TEXT();
            i = lx.end;
            if (status != CCK_OK)
                break;
            if ((space = lx.space) != 0)
                continue;
            if (tok != text->tokens && tok[-1].kind != CCK_TOKEN_PUNCT && tok[-1].end == i)
                space = CCK_TOKEN_PLAIN_BEFORE;
        }
        /* one plain space after a token, the usual case, is passed over here rather
         * than through the dispatch (what its K_SPACE case does, which also takes
         * PLAIN_BEFORE away) */
        if (i < len && s[i] == ' ') {
            i++;
            space |= CCK_TOKEN_SPACE_BEFORE;
        }
    }
    TO_TEXT();
#undef TO_TEXT
#undef FROM_TEXT
    text->norm.data[text->norm.len] = '\0';
    return status;
}
