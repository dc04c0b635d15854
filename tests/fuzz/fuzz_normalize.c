/* fuzz_normalize.c - fuzz target for normalization and tokenization.
 *
 * Option byte: bit 0 normalizes the raw bytes (possibly invalid UTF-8, which the
 * normalizer must survive) instead of the repaired copy; bit 1 normalizes the input
 * in pieces appended one after another; bit 2 tokenizes another record in the same
 * cck_text first (the reuse path). The rest of the input is the text.
 * Checks: valid UTF-8 in gives valid UTF-8 out; ASCII in gives its ASCII lowercase;
 * the fast path for common characters gives what utf8proc gives (valid UTF-8 only);
 * every token lies inside the text, in order, with a normalized form inside the
 * normalized buffer whose hash matches; tokenizing twice gives the same tokens. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "text/text.h"

static int is_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    return 1;
}

static void check_normalize(const char *text, size_t len, int pieces)
{
    cck_buf out;
    cck_buf_init(&out);
    int status = CCK_OK;
    if (pieces) {
        /* Pieces cut at character starts, so that each one is valid when the whole is. */
        size_t at = 0;
        while (at < len && status == CCK_OK) {
            size_t end = at + 1 + (unsigned char)text[at] % 7;
            if (end > len)
                end = len;
            while (end < len && ((unsigned char)text[end] & 0xC0) == 0x80)
                end++;
            status = cck_normalize_append(&out, text + at, end - at);
            at = end;
        }
    } else {
        status = cck_normalize_append(&out, text, len);
    }
    FUZZ_CHECK(status == CCK_OK);
    FUZZ_CHECK(out.len == 0 || out.data[out.len] == '\0');
    if (fuzz_utf8_is_valid(text, len)) {
        FUZZ_CHECK(fuzz_utf8_is_valid(out.data, out.len));
        if (!pieces) {
            cck_buf slow;
            cck_buf_init(&slow);
            FUZZ_CHECK(cck_normalize_append_unicode(&slow, text, len) == CCK_OK);
            FUZZ_CHECK(slow.len == out.len &&
                       (out.len == 0 || memcmp(slow.data, out.data, out.len) == 0));
            cck_buf_free(&slow);
        }
    }
    if (is_ascii(text, len)) {
        FUZZ_CHECK(out.len == len);
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)text[i];
            unsigned char want = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
            FUZZ_CHECK((unsigned char)out.data[i] == want);
        }
    }
    cck_buf_free(&out);
}

static void check_tokens(const cck_text *t, size_t len)
{
    size_t previous_end = 0, words = 0;
    for (size_t i = 0; i < t->token_count; i++) {
        const cck_token *tok = &t->tokens[i];
        FUZZ_CHECK(tok->start < tok->end);
        FUZZ_CHECK(tok->end <= len);
        FUZZ_CHECK(tok->start >= previous_end);
        previous_end = tok->end;
        FUZZ_CHECK(tok->kind <= CCK_TOKEN_PUNCT);
        FUZZ_CHECK((size_t)tok->norm + tok->norm_len <= t->norm.len);
        FUZZ_CHECK(tok->hash == (tok->kind <= CCK_TOKEN_HASHTAG
                                     ? cck_hash_bytes(cck_token_norm(t, i), tok->norm_len)
                                     : 0));
        FUZZ_CHECK(fuzz_utf8_is_valid(cck_token_norm(t, i), tok->norm_len));
        if (tok->kind == CCK_TOKEN_WORD || tok->kind == CCK_TOKEN_NUMBER ||
            tok->kind == CCK_TOKEN_HASHTAG)
            words++;
    }
    FUZZ_CHECK(t->word_count == words);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size};
    unsigned options = fuzz_take_byte(&in);
    char *raw = fuzz_copy(in.data, in.size);
    char *repaired = fuzz_copy(in.data, in.size);
    size_t len = in.size;
    cck_utf8_repair_copy(raw, len, repaired);
    FUZZ_CHECK(fuzz_utf8_is_valid(repaired, len));

    check_normalize((options & 1) ? raw : repaired, len, (options & 2) != 0);

    cck_text text;
    cck_text_init(&text);
    if (options & 4) {
        static const char other[] = "Stem-cell \xE2\x80\x9C" "cures\xE2\x80\x9D, 100%!";
        FUZZ_CHECK(cck_text_tokenize(&text, other, sizeof other - 1) == CCK_OK);
    }
    FUZZ_CHECK(cck_text_tokenize(&text, repaired, len) == CCK_OK);
    check_tokens(&text, len);

    /* The same text again in the same object: the same tokens. */
    size_t count = text.token_count;
    cck_token *first = malloc((count ? count : 1) * sizeof *first);
    FUZZ_CHECK(first != NULL);
    if (count)
        memcpy(first, text.tokens, count * sizeof *first);
    FUZZ_CHECK(cck_text_tokenize(&text, repaired, len) == CCK_OK);
    FUZZ_CHECK(text.token_count == count);
    for (size_t i = 0; i < count; i++) {
        FUZZ_CHECK(text.tokens[i].start == first[i].start);
        FUZZ_CHECK(text.tokens[i].end == first[i].end);
        FUZZ_CHECK(text.tokens[i].hash == first[i].hash);
        FUZZ_CHECK(text.tokens[i].kind == first[i].kind);
    }
    free(first);
    cck_text_free(&text);
    free(raw);
    free(repaired);
    return 0;
}
