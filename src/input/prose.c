/* prose.c - what the Markdown and HTML front ends share: the piece vector, the counted
 * heap their parsers allocate from, and the aligner that finds a parser's text in the
 * original bytes so that every piece keeps its exact place in the file. */
#include <stdint.h>
#include <string.h>

#include "input/prose_private.h"

/* ---- the piece vector ------------------------------------------------------------ */

void cck_piece_vec_init(cck_piece_vec *vec)
{
    memset(vec, 0, sizeof *vec);
    cck_buf_init(&vec->decoded);
}

void cck_piece_vec_free(cck_piece_vec *vec)
{
    if (!vec)
        return;
    cck_free(vec->pieces);
    cck_buf_free(&vec->decoded);
    cck_piece_vec_init(vec);
}

void cck_piece_vec_clear(cck_piece_vec *vec)
{
    vec->count = 0;
    cck_buf_clear(&vec->decoded);
}

/* ---- the parsers' heap ----------------------------------------------------------- */

union cck_prose_block {
    struct {
        cck_prose_block *prev;
        cck_prose_block *next;
        size_t size;
    } link;
    max_align_t align; /* what follows the header is aligned for any type */
};

void cck_prose_heap_init(cck_prose_heap *heap, size_t input_len)
{
    heap->blocks = NULL;
    heap->used = 0;
    heap->status = CCK_OK;
    size_t extra = input_len > (SIZE_MAX - CCK_PROSE_HEAP_BASE) / CCK_PROSE_HEAP_FACTOR
                       ? SIZE_MAX - CCK_PROSE_HEAP_BASE
                       : input_len * CCK_PROSE_HEAP_FACTOR;
    heap->limit = CCK_PROSE_HEAP_BASE + extra;
}

static _Noreturn void heap_fail(cck_prose_heap *heap, int status)
{
    heap->status = status;
    longjmp(heap->jump, 1);
}

static void heap_link(cck_prose_heap *heap, cck_prose_block *block, size_t size)
{
    block->link.size = size;
    block->link.prev = NULL;
    block->link.next = heap->blocks;
    if (heap->blocks)
        heap->blocks->link.prev = block;
    heap->blocks = block;
    heap->used += size;
}

static void heap_unlink(cck_prose_heap *heap, cck_prose_block *block)
{
    if (block->link.prev)
        block->link.prev->link.next = block->link.next;
    else
        heap->blocks = block->link.next;
    if (block->link.next)
        block->link.next->link.prev = block->link.prev;
    heap->used -= block->link.size;
}

/* Jumps unless size more bytes fit under the limit and in a size_t with a header. */
static void heap_check(cck_prose_heap *heap, size_t size)
{
    if (size > heap->limit - heap->used)
        heap_fail(heap, CCK_ELIMIT);
    if (size > SIZE_MAX - sizeof(cck_prose_block))
        heap_fail(heap, CCK_ENOMEM);
}

void *cck_prose_heap_alloc(cck_prose_heap *heap, size_t count, size_t size, int zero)
{
    if (size && count > SIZE_MAX / size)
        heap_fail(heap, CCK_ENOMEM);
    size_t bytes = count * size;
    heap_check(heap, bytes);
    cck_prose_block *block = zero ? cck_calloc(1, sizeof *block + bytes)
                                  : cck_malloc(sizeof *block + bytes);
    if (!block)
        heap_fail(heap, CCK_ENOMEM);
    heap_link(heap, block, bytes);
    return block + 1;
}

void *cck_prose_heap_realloc(cck_prose_heap *heap, void *ptr, size_t size)
{
    if (!ptr)
        return cck_prose_heap_alloc(heap, 1, size, 0);
    cck_prose_block *block = (cck_prose_block *)ptr - 1;
    size_t old = block->link.size;
    if (size > old)
        heap_check(heap, size - old);
    heap_unlink(heap, block);
    cck_prose_block *grown = cck_realloc(block, sizeof *block + size);
    if (!grown) {
        heap_link(heap, block, old); /* still ours, freed with the rest */
        heap_fail(heap, CCK_ENOMEM);
    }
    heap_link(heap, grown, size);
    return grown + 1;
}

void cck_prose_heap_release(cck_prose_heap *heap, void *ptr)
{
    if (!ptr)
        return;
    cck_prose_block *block = (cck_prose_block *)ptr - 1;
    heap_unlink(heap, block);
    cck_free(block);
}

void cck_prose_heap_free_all(cck_prose_heap *heap)
{
    cck_prose_block *block = heap->blocks;
    while (block) {
        cck_prose_block *next = block->link.next;
        cck_free(block);
        block = next;
    }
    heap->blocks = NULL;
    heap->used = 0;
}

/* ---- building pieces ------------------------------------------------------------ */

void cck_prose_builder_init(cck_prose_builder *b, cck_piece_vec *out, const char *buf,
                            size_t len)
{
    cck_piece_vec_clear(out);
    b->out = out;
    b->buf = buf;
    b->len = len;
    b->pending_break = 0;
    b->status = CCK_OK;
    b->search_budget = len > (SIZE_MAX - 65536) / 8 ? SIZE_MAX : 8 * len + 65536;
}

static cck_piece *push_piece(cck_prose_builder *b)
{
    cck_piece_vec *out = b->out;
    void *items = out->pieces;
    if (cck_grow(&items, &out->cap, out->count + 1, sizeof(cck_piece)) != CCK_OK) {
        b->status = CCK_ENOMEM;
        return NULL;
    }
    out->pieces = items;
    cck_piece *piece = &out->pieces[out->count++];
    memset(piece, 0, sizeof *piece);
    piece->breaks = b->pending_break;
    b->pending_break = 0;
    return piece;
}

void cck_prose_emit_verbatim(cck_prose_builder *b, size_t offset, size_t length)
{
    if (length == 0 || b->status != CCK_OK)
        return;
    cck_piece_vec *out = b->out;
    if (out->count && !b->pending_break) {
        cck_piece *last = &out->pieces[out->count - 1];
        if (last->verbatim && !last->directive && last->offset + last->length == offset) {
            last->length += length;
            last->original_length += length;
            return;
        }
    }
    cck_piece *piece = push_piece(b);
    if (!piece)
        return;
    piece->text = b->buf + offset;
    piece->length = length;
    piece->offset = offset;
    piece->original_length = length;
    piece->verbatim = 1;
}

void cck_prose_emit_decoded(cck_prose_builder *b, size_t offset, size_t original_length,
                            const char *text, size_t text_len)
{
    if (text_len == 0 || b->status != CCK_OK)
        return;
    if (cck_buf_append(&b->out->decoded, text, text_len) != CCK_OK) {
        b->status = CCK_ENOMEM;
        return;
    }
    cck_piece *piece = push_piece(b);
    if (!piece)
        return;
    piece->text = NULL; /* set by cck_prose_builder_finish: decoded may still move */
    piece->length = text_len;
    piece->offset = offset;
    piece->original_length = original_length;
    piece->verbatim = 0;
}

static int is_comment_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

void cck_prose_emit_comment(cck_prose_builder *b, size_t offset, size_t length)
{
    if (b->status != CCK_OK || length < 4 || offset > b->len || length > b->len - offset ||
        memcmp(b->buf + offset, "<!--", 4) != 0)
        return;
    const char *buf = b->buf;
    size_t start = offset + 4, end = offset + length;
    if (end - start >= 3 && memcmp(buf + end - 3, "-->", 3) == 0)
        end -= 3;
    else if (end - start >= 4 && memcmp(buf + end - 4, "--!>", 4) == 0)
        end -= 4;
    while (start < end && is_comment_space(buf[start]))
        start++;
    while (end > start && is_comment_space(buf[end - 1]))
        end--;
    static const char prefix[] = "claimcheck:";
    if (end - start < sizeof prefix - 1 || memcmp(buf + start, prefix, sizeof prefix - 1) != 0)
        return;
    /* a directive is not prose: it neither takes nor ends the pending paragraph break */
    int pending = b->pending_break;
    cck_piece *piece = push_piece(b);
    b->pending_break = pending;
    if (!piece)
        return;
    piece->breaks = 0;
    piece->text = buf + start;
    piece->length = end - start;
    piece->offset = start;
    piece->original_length = end - start;
    piece->verbatim = 1;
    piece->directive = 1;
}

int cck_prose_builder_finish(cck_prose_builder *b)
{
    cck_piece_vec *out = b->out;
    if (b->status != CCK_OK) {
        cck_piece_vec_clear(out);
        return b->status;
    }
    size_t at = 0;
    for (size_t i = 0; i < out->count; i++) {
        cck_piece *piece = &out->pieces[i];
        if (piece->verbatim)
            continue;
        piece->text = out->decoded.data + at;
        at += piece->length;
    }
    return CCK_OK;
}

/* ---- UTF-8 ------------------------------------------------------------------------ */

static size_t utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The length of the well-formed UTF-8 sequence at s[i], or 0 when there is none. */
static size_t utf8_valid_length(const unsigned char *s, size_t i, size_t end)
{
    unsigned char c = s[i];
    if (c < 0x80)
        return 1;
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (end - i < n || s[i + 1] < lo || s[i + 1] > hi)
        return 0;
    for (size_t k = 2; k < n; k++)
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
    return n;
}

/* The bytes taken by the first `chars` characters of s[0..len) (lead bytes and stray
 * bytes count as one character each); less when s is shorter. */
static size_t utf8_prefix_length(const char *s, size_t len, size_t chars)
{
    size_t i = 0;
    while (chars-- && i < len) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

static int starts_with(const char *text, size_t len, const char *prefix, size_t n)
{
    return n <= len && memcmp(text, prefix, n) == 0;
}

/* ---- character references ----------------------------------------------------------- */

/* Named references common in prose. The aligner only needs them to be exact about what
 * a reference stands for; one it does not know is still matched against the parser's
 * text (see match_reference). legacy: HTML also reads it without the ';'. */
typedef struct named_reference {
    const char *name;
    const char *value;
    int legacy;
} named_reference;

static const named_reference NAMED_REFERENCES[] = {
    {"AMP", "&", 1},          {"GT", ">", 1},           {"LT", "<", 1},
    {"QUOT", "\"", 1},        {"COPY", u8"\u00A9", 1},  {"REG", u8"\u00AE", 1},
    {"Eacute", u8"\u00C9", 1}, {"aacute", u8"\u00E1", 1}, {"acirc", u8"\u00E2", 1},
    {"agrave", u8"\u00E0", 1}, {"amp", "&", 1},         {"apos", "'", 0},
    {"auml", u8"\u00E4", 1},  {"bdquo", u8"\u201E", 0}, {"bull", u8"\u2022", 0},
    {"ccedil", u8"\u00E7", 1}, {"copy", u8"\u00A9", 1}, {"dagger", u8"\u2020", 0},
    {"deg", u8"\u00B0", 1},   {"divide", u8"\u00F7", 1}, {"eacute", u8"\u00E9", 1},
    {"ecirc", u8"\u00EA", 1}, {"egrave", u8"\u00E8", 1}, {"emsp", u8"\u2003", 0},
    {"ensp", u8"\u2002", 0},  {"euml", u8"\u00EB", 1},  {"euro", u8"\u20AC", 0},
    {"frac12", u8"\u00BD", 1}, {"ge", u8"\u2265", 0},   {"gt", ">", 1},
    {"hellip", u8"\u2026", 0}, {"iacute", u8"\u00ED", 1}, {"iuml", u8"\u00EF", 1},
    {"laquo", u8"\u00AB", 1}, {"ldquo", u8"\u201C", 0}, {"le", u8"\u2264", 0},
    {"lsaquo", u8"\u2039", 0}, {"lsquo", u8"\u2018", 0}, {"lt", "<", 1},
    {"mdash", u8"\u2014", 0}, {"micro", u8"\u00B5", 1}, {"middot", u8"\u00B7", 1},
    {"minus", u8"\u2212", 0}, {"nbsp", u8"\u00A0", 1},  {"ndash", u8"\u2013", 0},
    {"ne", u8"\u2260", 0},    {"not", u8"\u00AC", 1},   {"ntilde", u8"\u00F1", 1},
    {"oacute", u8"\u00F3", 1}, {"ouml", u8"\u00F6", 1}, {"para", u8"\u00B6", 1},
    {"plusmn", u8"\u00B1", 1}, {"pound", u8"\u00A3", 1}, {"prime", u8"\u2032", 0},
    {"quot", "\"", 1},        {"raquo", u8"\u00BB", 1}, {"rdquo", u8"\u201D", 0},
    {"reg", u8"\u00AE", 1},   {"rsaquo", u8"\u203A", 0}, {"rsquo", u8"\u2019", 0},
    {"sbquo", u8"\u201A", 0}, {"sect", u8"\u00A7", 1},  {"shy", u8"\u00AD", 1},
    {"szlig", u8"\u00DF", 1}, {"thinsp", u8"\u2009", 0}, {"times", u8"\u00D7", 1},
    {"trade", u8"\u2122", 0}, {"uacute", u8"\u00FA", 1}, {"uuml", u8"\u00FC", 1},
    {"zwj", u8"\u200D", 0},   {"zwnj", u8"\u200C", 0},
};

static const named_reference *find_named(const unsigned char *name, size_t n)
{
    for (size_t i = 0; i < CCK_ARRAY_LEN(NAMED_REFERENCES); i++) {
        const named_reference *ref = &NAMED_REFERENCES[i];
        if (strlen(ref->name) == n && memcmp(ref->name, name, n) == 0)
            return ref;
    }
    return NULL;
}

/* HTML reads &#128; to &#159; as the windows-1252 characters they were meant to be. */
static const uint16_t WINDOWS_1252[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
    0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
};

static int is_hex_digit(unsigned char c)
{
    return cck_ascii_is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static uint32_t hex_value(unsigned char c)
{
    return cck_ascii_is_digit(c) ? (uint32_t)(c - '0') : (uint32_t)((c | 0x20) - 'a' + 10);
}

/* Could text[j..] go on as the original does at o[e]? True when the text is over, when
 * the next bytes agree, or when the original holds something the aligner decodes. */
static int resync(const unsigned char *o, size_t e, size_t end, const char *text, size_t j,
                  size_t text_len)
{
    if (j >= text_len)
        return 1;
    if (e >= end)
        return 0;
    unsigned char c = o[e];
    return c == (unsigned char)text[j] || c == '&' || c == '<' || c == '\\' || c == '\r' ||
           c == 0 || c >= 0x80;
}

/* The numeric reference at o[i] ("&#" seen): its length, 0 when it is none. */
static size_t match_numeric(const unsigned char *o, size_t i, size_t end, const char *text,
                            size_t j, size_t text_len, cck_align_mode mode, size_t *used)
{
    size_t k = i + 2;
    int hex = 0;
    if (k < end && (o[k] | 0x20) == 'x') {
        hex = 1;
        k++;
    }
    size_t first = k;
    uint32_t cp = 0;
    while (k < end && (hex ? is_hex_digit(o[k]) : cck_ascii_is_digit(o[k]))) {
        uint32_t digit = hex ? hex_value(o[k]) : (uint32_t)(o[k] - '0');
        cp = cp > 0x10FFFF ? cp : cp * (hex ? 16u : 10u) + digit;
        k++;
    }
    size_t digits = k - first;
    if (digits == 0)
        return 0;
    int semicolon = k < end && o[k] == ';';
    if (mode == CCK_ALIGN_MARKDOWN && (!semicolon || digits > (hex ? 6u : 7u)))
        return 0; /* CommonMark: &#1-7 digits; or &#x1-6 hex; */
    if (semicolon)
        k++;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    else if (mode != CCK_ALIGN_MARKDOWN && cp >= 0x80 && cp <= 0x9F)
        cp = WINDOWS_1252[cp - 0x80];
    char value[4];
    size_t n = utf8_encode(cp, value);
    if (starts_with(text + j, text_len - j, value, n)) {
        *used = n;
        return k - i;
    }
    if (text[j] != '&') { /* the parser read it otherwise: one character */
        *used = utf8_prefix_length(text + j, text_len - j, 1);
        return k - i;
    }
    return 0;
}

/* The character reference at o[i] (an '&') as the parser read it into text[j..]: its
 * length in the original (0: not a reference, the '&' is literal) and, in *used, the
 * bytes of text it became. */
static size_t match_reference(const unsigned char *o, size_t i, size_t end, const char *text,
                              size_t j, size_t text_len, cck_align_mode mode, size_t *used)
{
    if (i + 1 >= end || j >= text_len)
        return 0;
    if (o[i + 1] == '#')
        return match_numeric(o, i, end, text, j, text_len, mode, used);
    size_t k = i + 1;
    while (k < end && k - i - 1 < 32 && cck_ascii_is_alnum(o[k]))
        k++;
    size_t n = k - i - 1;
    if (n == 0)
        return 0;
    int semicolon = k < end && o[k] == ';';
    if (mode == CCK_ALIGN_MARKDOWN && !semicolon)
        return 0;
    int html = mode != CCK_ALIGN_MARKDOWN;
    size_t full = n + 1 + (size_t)semicolon;
    const named_reference *ref = find_named(o + i + 1, n);
    if (ref && (semicolon || (html && ref->legacy)) &&
        starts_with(text + j, text_len - j, ref->value, strlen(ref->value))) {
        *used = strlen(ref->value);
        return full;
    }
    /* HTML reads a legacy name at the start of a longer word: &notit; is "¬it;" */
    for (size_t p = n - 1; html && p >= 2; p--) {
        ref = find_named(o + i + 1, p);
        size_t v = ref ? strlen(ref->value) : 0;
        if (ref && ref->legacy && starts_with(text + j, text_len - j, ref->value, v) &&
            resync(o, i + 1 + p, end, text, j + v, text_len)) {
            *used = v;
            return 1 + p;
        }
    }
    if (text[j] == '&')
        return 0; /* left as it is: not a reference the parser knows */
    /* A reference the table does not hold: it became one or two characters, and the
     * original must go on where the text does. */
    for (size_t chars = 1; chars <= 2; chars++) {
        size_t u = utf8_prefix_length(text + j, text_len - j, chars);
        if (resync(o, i + full, end, text, j + u, text_len)) {
            *used = u;
            return full;
        }
    }
    for (size_t p = n - 1; html && p >= 2; p--) {
        for (size_t chars = 1; chars <= 2; chars++) {
            size_t u = utf8_prefix_length(text + j, text_len - j, chars);
            if (resync(o, i + 1 + p, end, text, j + u, text_len)) {
                *used = u;
                return 1 + p;
            }
        }
    }
    *used = utf8_prefix_length(text + j, text_len - j, 1);
    return full;
}

/* ---- HTML markup inside a text node ---------------------------------------------- */

static const unsigned char *find_bytes(const unsigned char *s, size_t len, const char *what,
                                       size_t n)
{
    for (size_t i = 0; i + n <= len; i++) {
        const unsigned char *hit = memchr(s + i, what[0], len - i - n + 1);
        if (!hit)
            return NULL;
        i = (size_t)(hit - s);
        if (memcmp(hit, what, n) == 0)
            return hit;
    }
    return NULL;
}

/* Where the markup starting at o[i] (a '<') ends, or i when the '<' is a character:
 * HTML5 reads '<' followed by a letter, '/', '!' or '?' as markup. The tree builder
 * drops misplaced tags, so their bytes can sit inside a text node's original text. */
static size_t markup_end(const unsigned char *o, size_t i, size_t end)
{
    if (i + 1 >= end)
        return i;
    unsigned char next = o[i + 1];
    if (!cck_ascii_is_alpha(next) && next != '/' && next != '!' && next != '?')
        return i;
    size_t k = i + 2;
    if (next == '!' && end - i >= 4 && o[i + 2] == '-' && o[i + 3] == '-') {
        const unsigned char *close = find_bytes(o + i + 2, end - i - 2, "-->", 3);
        return close ? (size_t)(close - o) + 3 : end;
    }
    unsigned char quote = 0;
    int tag = next == '/' ? (k < end && cck_ascii_is_alpha(o[k])) : cck_ascii_is_alpha(next);
    for (; k < end; k++) {
        unsigned char c = o[k];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '>')
            return k + 1;
        else if (tag && (c == '"' || c == '\'') && o[k - 1] == '=')
            quote = c;
    }
    return end;
}

/* ---- the aligner ----------------------------------------------------------------- */

static int is_ascii_punct(unsigned char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

size_t cck_prose_align(cck_prose_builder *b, size_t start, size_t end, const char *text,
                       size_t text_len, cck_align_mode mode, int emit, size_t *stop)
{
    const unsigned char *o = (const unsigned char *)b->buf;
    size_t i = start, j = 0;
    size_t run = i;             /* start of the verbatim run that ends at i */
    size_t invalid_end = SIZE_MAX; /* i just after an invalid byte taken for U+FFFD */
    int after_line_end = 0;
#define FLUSH_RUN()                                                                      \
    do {                                                                                 \
        if (emit && i > run)                                                             \
            cck_prose_emit_verbatim(b, run, i - run);                                    \
    } while (0)

    while (j < text_len && i < end) {
        unsigned char c = o[i], t = (unsigned char)text[j];
        size_t k, used = 0;
        if (mode == CCK_ALIGN_HTML && c == '<' && (k = markup_end(o, i, end)) > i) {
            FLUSH_RUN();
            i = run = k;
            continue;
        }
        if (c == '&' && (k = match_reference(o, i, end, text, j, text_len, mode, &used)) > 0) {
            FLUSH_RUN();
            if (emit)
                cck_prose_emit_decoded(b, i, k, text + j, used);
            i = run = i + k;
            j += used;
            after_line_end = 0;
            continue;
        }
        if (mode == CCK_ALIGN_MARKDOWN && c == '\\' && i + 1 < end && is_ascii_punct(o[i + 1]) &&
            o[i + 1] == t) {
            FLUSH_RUN(); /* the backslash is dropped, the escaped byte kept */
            run = i + 1;
            i += 2;
            j++;
            after_line_end = 0;
            continue;
        }
        /* (for gumbo, which reads invalid bytes as U+FFFD, EF BF BD, an invalid 0xEF is
         * no match for that first byte: taken for one, the next byte then matched
         * nothing, and the rest of the node lost its places and its bad bytes' report;
         * cmark leaves invalid bytes as they are) */
        if (c == t &&
            !(c == 0xEF && mode != CCK_ALIGN_MARKDOWN && utf8_valid_length(o, i, end) == 0)) {
            i++;
            j++;
            after_line_end = t == '\n';
            continue;
        }
        if (t == '\n' && c == '\r') { /* CRLF or CR, read as LF */
            i += i + 1 < end && o[i + 1] == '\n' ? 2 : 1;
            j++;
            after_line_end = 1;
            continue;
        }
        if (c == 0) { /* NUL: U+FFFD for the parser, or dropped */
            FLUSH_RUN();
            if (starts_with(text + j, text_len - j, REPLACEMENT, 3)) {
                if (emit)
                    cck_prose_emit_decoded(b, i, 1, REPLACEMENT, 3);
                j += 3;
            }
            i = run = i + 1;
            continue;
        }
        if (mode != CCK_ALIGN_MARKDOWN && c >= 0x80 && utf8_valid_length(o, i, end) == 0) {
            /* gumbo made U+FFFD of invalid bytes; they stay verbatim for the scanner */
            if (starts_with(text + j, text_len - j, REPLACEMENT, 3))
                j += 3;
            else if (invalid_end != i)
                break;
            invalid_end = ++i;
            continue;
        }
        if (mode == CCK_ALIGN_MARKDOWN && after_line_end && (c == ' ' || c == '\t' || c == '>')) {
            FLUSH_RUN(); /* a container's prefix, not in the parser's text */
            i = run = i + 1;
            continue;
        }
        if (mode != CCK_ALIGN_MARKDOWN && i == start && (c == '\n' || c == '\r')) {
            /* the line end right after <pre>, <textarea> or <listing> is dropped */
            i = run = i + (c == '\r' && i + 1 < end && o[i + 1] == '\n' ? 2 : 1);
            continue;
        }
        break;
    }
    FLUSH_RUN();
#undef FLUSH_RUN
    *stop = i;
    return j;
}
