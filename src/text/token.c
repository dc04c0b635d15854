/* token.c - the tokenizer: words, numbers, hashtag words, mentions, URLs, emoji and
 * punctuation, each with its byte span, normalized form and hash. One pass, an ASCII
 * fast path, no allocation per token; utf8proc is reached only for non-ASCII text. */
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "text/text.h"

/* What an ASCII byte starts; every byte >= 0x80 is K_HIGH (decode and classify).
 * K_URL is only in dispatch_kind. */
enum { K_SPACE, K_LOWER, K_UPPER, K_DIGIT, K_APOS, K_DASH, K_HASH, K_AT, K_PUNCT, K_HIGH, K_URL };

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

/* Room: at each token's start i, text->norm has room for len - i more bytes and the
 * NUL. cck_text_tokenize reserves len bytes; every emitter appends at most as many
 * bytes as it consumes, except cck_normalize_append (NFKC may lengthen), after which
 * emit_normalized reserves the rest again. So the emitters need no room check. */
typedef struct lexer {
    cck_text *text;
    const unsigned char *s;
    size_t len;
    size_t word_end; /* end of the last word-like token; SIZE_MAX when none */
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

static inline int push_token(lexer *lx, size_t start, size_t end, size_t norm_start, uint32_t hash,
                      int kind, unsigned flags)
{
    cck_text *t = lx->text;
    if (t->token_count == t->token_cap) {
        void *items = t->tokens;
        if (cck_grow(&items, &t->token_cap, t->token_count + 1, sizeof *t->tokens) != CCK_OK)
            return CCK_ENOMEM;
        t->tokens = items;
    }
    if (t->norm.len > UINT32_MAX)
        return CCK_ELIMIT;
    cck_token *tok = &t->tokens[t->token_count++];
    tok->start = start;
    tok->end = end;
    tok->norm = (uint32_t)norm_start;
    tok->norm_len = (uint32_t)(t->norm.len - norm_start);
    tok->hash = hash;
    tok->word = -1;
    tok->kind = (uint8_t)kind;
    tok->flags = (uint8_t)flags;
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
    for (k = 0; k < n; k++) {
        unsigned char c = src[k], folded = cck_ascii_fold_table[c];
        if (c >= 0x80)
            break;
        uppers += folded != c;
        letters += (size_t)cck_ascii_is_alpha(c);
        dst[k] = (char)folded;
    }
    if (k == n) {
        hash = cck_hash_bytes(dst, n);
        norm->len += n;
        if (cck_ascii_is_upper(src[0]))
            flags |= CCK_TOKEN_CAPITALIZED;
    } else {
        if (cck_normalize_append(norm, (const char *)src, n) != CCK_OK ||
            cck_buf_reserve(norm, lx->len - end) != CCK_OK) /* see lexer */
            return CCK_ENOMEM;
        if (norm->len == norm_start)
            return CCK_OK;
        hash = cck_hash_bytes(norm->data + norm_start, norm->len - norm_start);
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

/* Emits the ASCII punctuation byte at s[i] (which folds to itself) as a PUNCT token:
 * what emit_normalized would do, without its loops. */
static int emit_ascii_punct(lexer *lx, size_t i, unsigned flags)
{
    cck_buf *norm = &lx->text->norm;
    size_t norm_start = norm->len;
    norm->data[norm->len++] = (char)lx->s[i];
    return push_token(lx, i, i + 1, norm_start, cck_hash_bytes(norm->data + norm_start, 1),
                      CCK_TOKEN_PUNCT, flags);
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
    for (size_t k = 0; k < n; k++) {
        if (drop_selectors && src[k] == 0xEF && k + 2 < n && src[k + 1] == 0xB8 &&
            (src[k + 2] == 0x8E || src[k + 2] == 0x8F)) {
            k += 2;
            continue;
        }
        dst[out++] = (char)src[k];
    }
    norm->len += out;
    norm->data[norm->len] = '\0';
    return push_token(lx, start, end, norm_start, cck_hash_bytes(dst, out), kind, flags);
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

/* The common case: a word of ASCII letters and digits, folded in the same pass that
 * finds its end (16 bytes a step with SSE2: a letter or digit folds by setting bit 5)
 * and hashed once it is known. A word that goes on with an apostrophe or a non-ASCII
 * letter is handed to scan_word and emit_normalized instead. */
static int lex_ascii_word(lexer *lx, size_t i, unsigned flags, size_t *end)
{
    cck_buf *norm = &lx->text->norm;
    const unsigned char *s = lx->s;
    size_t len = lx->len;
    /* norm has room for the rest of the text (see lexer): the block loop stores 16
     * bytes only where 16 bytes of text remain, so it never writes past that */
    unsigned char *dst = (unsigned char *)norm->data + norm->len;
    size_t j = i;
    unsigned char kind = K_SPACE;
#ifdef __SSE2__
    /* x - lo < n unsigned, as one signed compare: x - lo + 128 < n - 128 */
    const __m128i bit5 = _mm_set1_epi8(0x20);
    const __m128i to_letter = _mm_set1_epi8((char)(128 - 'a')), letters = _mm_set1_epi8(-128 + 26);
    const __m128i to_digit = _mm_set1_epi8((char)(128 - '0')), digits = _mm_set1_epi8(-128 + 10);
    while (len - j >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + j));
        __m128i low = _mm_or_si128(v, bit5);
        __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(low, to_letter), letters);
        __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, to_digit), digits);
        _mm_storeu_si128((__m128i *)(dst + (j - i)), low);
        /* ~word has bit 16 set, so run is 16 for a block of word bytes */
        unsigned word = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
        unsigned run = (unsigned)__builtin_ctz(~word);
        j += run;
        if (run < 16) {
            kind = byte_kind[s[j]];
            goto found_end;
        }
    }
#endif
    while (j < len) {
        unsigned char c = s[j];
        kind = byte_kind[c];
        if ((unsigned)kind - K_LOWER > K_DIGIT - K_LOWER) /* not a letter or digit */
            break;
        dst[j - i] = cck_ascii_fold_table[c];
        j++;
    }
#ifdef __SSE2__
found_end:
#endif
    /* kind is a letter's or digit's, or K_SPACE, when j == len */
    if (kind == K_APOS || kind == K_HIGH) {
        size_t full = scan_word(lx, j);
        if (full != j) {
            *end = full;
            return emit_normalized(lx, i, full, CCK_TOKEN_WORD, flags);
        }
    }
    *end = j;
    size_t norm_start = norm->len;
    norm->len += j - i;
    flags |= ascii_case_flags(s + i, j - i);
    return push_token(lx, i, j, norm_start, cck_hash_bytes((const char *)dst, j - i),
                      CCK_TOKEN_WORD, flags);
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
static size_t url_prefix(const lexer *lx, size_t i)
{
    const unsigned char *s = lx->s + i, *fold = cck_ascii_fold_table;
    size_t left = lx->len - i, n;
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

/* #StemCellsHeal: one HASHTAG token per word, split at '_', lower→Upper, letter↔digit
 * and before the last capital of an acronym followed by two lowercase letters
 * (#PRPTherapy → prp, therapy; #PRPs stays one). Returns the end of the hashtag. */
static int scan_hashtag(lexer *lx, size_t i, unsigned flags, size_t *end)
{
    size_t j = i + 1, part = j, prev_pos = j, pending = SIZE_MAX;
    int prev = H_NONE, prev2 = H_NONE, status = CCK_OK;
    while (j < lx->len) {
        size_t n;
        int32_t cp;
        int cur;
        if (lx->s[j] == '_') {
            cur = H_UNDERSCORE;
            n = 1;
        } else {
            switch (class_at(lx, j, &n, &cp)) {
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
            pending = prev_pos;
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
    lexer lx = {text, (const unsigned char *)buf, len, SIZE_MAX};
    const unsigned char *s = lx.s;
    unsigned space = CCK_TOKEN_SPACE_BEFORE;
    int status = CCK_OK;
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        size_t end, n, prefix;
        int32_t cp; /* n and cp: set by class_at for K_HIGH, the only case that uses them */
        cck_char_class cls;
        switch (dispatch_kind[c]) {
        case K_SPACE:
            i++;
            space = CCK_TOKEN_SPACE_BEFORE;
            continue;
        case K_URL:
            if (lx.word_end != i && (prefix = url_prefix(&lx, i)) &&
                (end = scan_url(&lx, i, prefix)) > i + prefix) {
                status = emit_verbatim(&lx, i, end, CCK_TOKEN_URL, space, 0);
                i = end;
                break;
            }
            /* fall through */
        case K_LOWER:
        case K_UPPER:
            status = lex_ascii_word(&lx, i, space, &end);
            lx.word_end = i = end;
            break;
        case K_DIGIT:
            end = scan_number(&lx, i);
            status = emit_normalized(&lx, i, end, CCK_TOKEN_NUMBER, space);
            lx.word_end = i = end;
            break;
        case K_HASH:
            if (lx.word_end != i && letter_at(&lx, i + 1)) {
                status = scan_hashtag(&lx, i, space, &end);
                lx.word_end = i = end;
                break;
            }
            status = emit_normalized(&lx, i, i + 1, CCK_TOKEN_PUNCT, space);
            i++;
            break;
        case K_AT:
            if (lx.word_end != i && (end = scan_mention(&lx, i)) > i + 1) {
                status = emit_normalized(&lx, i, end, CCK_TOKEN_MENTION, space);
                i = end;
                break;
            }
            status = emit_normalized(&lx, i, i + 1, CCK_TOKEN_PUNCT, space);
            i++;
            break;
        case K_DASH:
            if (lx.word_end == i && word_char_at(&lx, i + 1)) {
                i++; /* risk-free: two words, the hyphen is no token */
                continue;
            }
            status = emit_normalized(&lx, i, i + 1, CCK_TOKEN_PUNCT, space);
            i++;
            break;
        case K_APOS:
        case K_PUNCT:
            status = emit_ascii_punct(&lx, i, space);
            i++;
            break;
        default: /* K_HIGH */
            cls = class_at(&lx, i, &n, &cp);
            switch (cls) {
            case CCK_CHAR_SPACE:
                i += n;
                space = CCK_TOKEN_SPACE_BEFORE;
                continue;
            case CCK_CHAR_MARK:
            case CCK_CHAR_JOINER:
            case CCK_CHAR_SOFT_HYPHEN:
                i += n; /* nothing to attach to: dropped */
                continue;
            case CCK_CHAR_LOWER:
            case CCK_CHAR_UPPER:
            case CCK_CHAR_DIGIT:
                end = scan_word(&lx, i);
                status = emit_normalized(&lx, i, end,
                                         cls == CCK_CHAR_DIGIT ? CCK_TOKEN_NUMBER : CCK_TOKEN_WORD,
                                         space);
                lx.word_end = i = end;
                break;
            case CCK_CHAR_EMOJI:
                end = scan_emoji(&lx, i, n, cp);
                status = emit_verbatim(&lx, i, end, CCK_TOKEN_EMOJI, space, 1);
                i = end;
                break;
            case CCK_CHAR_DASH:
                if (lx.word_end == i && word_char_at(&lx, i + n)) {
                    i += n;
                    continue;
                }
                status = emit_normalized(&lx, i, i + n, CCK_TOKEN_PUNCT, space);
                i += n;
                break;
            default:
                status = emit_normalized(&lx, i, i + n, CCK_TOKEN_PUNCT, space);
                i += n;
                break;
            }
            break;
        }
        if (status != CCK_OK)
            break;
        space = 0;
        /* one plain space after a token, the usual case, is passed over here rather
         * than through the dispatch (what its K_SPACE case does) */
        if (i < len && s[i] == ' ') {
            i++;
            space = CCK_TOKEN_SPACE_BEFORE;
        }
    }
    text->norm.data[text->norm.len] = '\0';
    return status;
}
