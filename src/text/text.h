/* text.h - UTF-8 checking, normalization, tokens and sentences.
 * The only module that includes utf8proc.h. Every token and sentence keeps its byte
 * span in the text it was made from, so reports can point at the original bytes. */
#ifndef CCK_TEXT_H
#define CCK_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "claimcheck.h"
#include "util/util.h"

/* ---- UTF-8 -------------------------------------------------------------------- */

/* Called for each maximal run of invalid bytes (start offset and length). Return
 * non-zero to stop checking. */
typedef int (*cck_utf8_bad_fn)(size_t offset, size_t length, void *user_data);

/* Checks buf[0..len). Returns the number of invalid bytes (0 when valid). Overlong
 * forms, surrogates (U+D800..U+DFFF), code points above U+10FFFF, truncated sequences
 * and stray continuation bytes are all invalid; a NUL byte is valid UTF-8 but is
 * reported too (length 1) because text does not contain it. on_bad may be NULL. */
size_t cck_utf8_check(const char *buf, size_t len, cck_utf8_bad_fn on_bad, void *user_data);

/* Copies buf into out (same length) with every invalid byte and every NUL replaced
 * by CCK_REPLACEMENT_BYTE, so that offsets in the copy are offsets in the original.
 * The tokenizer treats that byte as a separator; printers show U+FFFD for it. */
#define CCK_REPLACEMENT_BYTE 0x1A
void cck_utf8_repair_copy(const char *buf, size_t len, char *out);

/* Decodes one code point at s[0..len); returns its byte length (>= 1) and stores the
 * code point, or -1 in *cp for an invalid sequence (then the length is 1). With
 * len == 0 it returns 0 and stores -1. */
size_t cck_utf8_decode(const char *s, size_t len, int32_t *cp);

/* ---- normalization ------------------------------------------------------------ */

/* Appends the normalized form of s[0..len) to out: NFKC, full case folding, curly
 * quotes and apostrophes to ' and ", every dash/hyphen (including non-breaking) to
 * '-', ligatures and full-width forms to their plain letters. ASCII input takes a
 * fast path that never calls utf8proc. Returns CCK_OK or CCK_ENOMEM.
 * Details: default-ignorable characters are dropped, among them the soft hyphen
 * U+00AD (an invisible hyphenation point, so "regen<SHY>erative" is "regenerative"),
 * ZWJ and variation selectors; "…" becomes "..." (NFKC).
 * The non-ASCII characters most common in English text (curly quotes and
 * apostrophes, en and em dashes, "…", the Latin-1 letters à-ÿ/À-Þ) take a fast path
 * too; cck_normalize_append_unicode sends every non-ASCII run to utf8proc, and the
 * tests hold the two to the same output. */
int cck_normalize_append(cck_buf *out, const char *s, size_t len);
int cck_normalize_append_unicode(cck_buf *out, const char *s, size_t len);

/* The fast path's characters: when the non-ASCII character at s[0..left) is one of
 * the common ones above (U+00C0..U+00FF letters, U+2010..U+2015, U+2018..U+201F,
 * U+2026), writes its normalized form to dst (at most as many bytes as it has, at
 * most 3), sets *wrote to that length and returns its byte length; 0 for any other
 * character. A run of these and ASCII normalizes to their forms one after another. */
size_t cck_normalize_common_char(const unsigned char *s, size_t left, unsigned char *dst,
                                 size_t *wrote);

/* Unicode letter/number/mark test for a code point (utf8proc categories). */
int cck_codepoint_is_word(int32_t cp);
/* Emoji and pictographic symbols (So category and the emoji blocks). */
int cck_codepoint_is_emoji(int32_t cp);
/* Uppercase letter (Lu, Lt). */
int cck_codepoint_is_upper(int32_t cp);

/* What the tokenizer does with a code point: one lookup per non-ASCII character. */
typedef enum cck_char_class {
    CCK_CHAR_OTHER = 0,   /* punctuation and symbols: a PUNCT token each */
    CCK_CHAR_SPACE,       /* white space, controls, format characters: separators */
    CCK_CHAR_LOWER,       /* a letter that is not uppercase (Ll, Lm, Lo) */
    CCK_CHAR_UPPER,       /* Lu, Lt */
    CCK_CHAR_MARK,        /* Mn, Mc, Me: continues a word */
    CCK_CHAR_DIGIT,       /* Nd, Nl, No */
    CCK_CHAR_APOSTROPHE,  /* ' and its look-alikes: may join the parts of a word */
    CCK_CHAR_DASH,        /* any dash, hyphen or minus sign */
    CCK_CHAR_SOFT_HYPHEN, /* U+00AD: invisible; inside a word it is dropped */
    CCK_CHAR_JOINER,      /* U+200C, U+200D: kept inside words and emoji sequences */
    CCK_CHAR_EMOJI        /* see cck_codepoint_is_emoji */
} cck_char_class;

/* The cck_char_class of a code point (ASCII included; -1 gives CCK_CHAR_SPACE). */
cck_char_class cck_codepoint_class(int32_t cp);

/* ASCII lowercasing table (bytes >= 0x80 map to themselves). */
extern const unsigned char cck_ascii_fold_table[256];

/* ---- tokens ------------------------------------------------------------------- */

typedef enum cck_token_kind {
    CCK_TOKEN_WORD = 0, /* letters, digits inside words, internal apostrophes: don't */
    CCK_TOKEN_NUMBER,   /* 120, 3.5, 1,200, 100% (a trailing % is part of it), 2nd */
    CCK_TOKEN_HASHTAG,  /* one word of a hashtag: #StemCellsHeal gives stem, cells, heal */
    CCK_TOKEN_MENTION,  /* @someone (the whole mention) */
    CCK_TOKEN_URL,      /* http://..., https://..., www.... */
    CCK_TOKEN_EMOJI,    /* one pictographic character (with its modifiers/ZWJ run) */
    CCK_TOKEN_PUNCT     /* one punctuation character: , ; : ( ) " ' ? ! . - … etc. */
} cck_token_kind;

enum {
    CCK_TOKEN_CAPITALIZED = 1u << 0, /* first letter is uppercase */
    CCK_TOKEN_ALL_CAPS = 1u << 1,    /* two or more letters, all uppercase */
    CCK_TOKEN_SPACE_BEFORE = 1u << 2, /* white space (or the start) right before it */
    /* the token before it is no PUNCT token, and nothing or one ' ' lies between the
     * two: sentence splitting passes such a pair by (never on the first token) */
    CCK_TOKEN_PLAIN_BEFORE = 1u << 3
};

typedef struct cck_token {
    size_t start;      /* byte span [start, end) in the text that was tokenized */
    size_t end;
    uint32_t norm;     /* offset of the normalized form in cck_text.norm */
    uint32_t norm_len; /* its length; punctuation is normalized too: ’ → ', — → - */
    uint32_t hash;     /* WORD, NUMBER, HASHTAG (what the lexicon looks up): the
                        * cck_hash_bytes of the normalized form; 0 for other kinds */
    int32_t word;      /* set by the lexicon matcher: word id, or -1 */
    uint8_t kind;      /* cck_token_kind */
    uint8_t flags;     /* CCK_TOKEN_* */
} cck_token;

enum {
    CCK_SENTENCE_QUESTION = 1u << 0,  /* ends with '?' (possibly followed by quotes) */
    CCK_SENTENCE_EXCLAIM = 1u << 1,   /* ends with '!' */
    CCK_SENTENCE_HEADING = 1u << 2,   /* a short line with no final punctuation */
    CCK_SENTENCE_LIST_ITEM = 1u << 3  /* starts with a bullet or "1." marker */
};

typedef struct cck_sentence {
    size_t start;          /* byte span, trimmed of surrounding white space: its tokens'
                            * span, from the '#' when a hashtag opens it */
    size_t end;
    size_t first_token;    /* tokens [first_token, first_token + token_count) */
    size_t token_count;
    uint32_t paragraph;    /* 0-based; a blank line starts a new paragraph */
    uint32_t flags;        /* CCK_SENTENCE_* */
} cck_sentence;

/* The tokens and sentences of one record. Reused between records: cck_text_reset
 * keeps the memory. */
typedef struct cck_text {
    const char *buf;        /* the text that was tokenized (not owned) */
    size_t len;
    cck_token *tokens;
    size_t token_count;
    size_t token_cap;
    cck_buf norm;           /* normalized forms of all tokens, back to back */
    cck_sentence *sentences;
    size_t sentence_count;
    size_t sentence_cap;
    size_t word_count;      /* WORD + NUMBER + HASHTAG tokens */
} cck_text;

void cck_text_init(cck_text *text);
void cck_text_reset(cck_text *text);
void cck_text_free(cck_text *text);

/* Tokenizes buf[0..len), which must be valid UTF-8 without NUL bytes (use
 * cck_utf8_repair_copy first); replaces the tokens (and sentences) of the previous
 * record. A dash between two word characters is no token: "risk-free" and "risk free"
 * give the same tokens. A dash elsewhere is a PUNCT token "-". ASCII "..." is three
 * PUNCT tokens "."; the one character "…" is one PUNCT token "...". CCK_REPLACEMENT_BYTE,
 * white space and format characters separate tokens. Returns CCK_OK, CCK_ENOMEM, or
 * CCK_ELIMIT when the normalized forms pass 4 GiB. */
int cck_text_tokenize(cck_text *text, const char *buf, size_t len);

/* Splits the tokenized text into sentences. Survives abbreviations (Dr., e.g., i.e.,
 * vs., U.S., et al., Fig.), decimals (3.5), ellipses, bullet lists, headings on a line
 * of their own, and posts without final punctuation. A blank line ends a paragraph. */
int cck_text_segment(cck_text *text);

/* The normalized form of token i (not NUL-terminated). */
static inline const char *cck_token_norm(const cck_text *text, size_t i)
{
    return text->norm.data + text->tokens[i].norm;
}

#endif /* CCK_TEXT_H */
