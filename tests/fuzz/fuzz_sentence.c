/* fuzz_sentence.c - fuzz target for sentence segmentation.
 *
 * Option byte: bit 0 segments twice (the second pass must give the same sentences);
 * bit 1 cuts the text into lines joined by blank lines (many paragraphs). The rest of
 * the input is the text, repaired as the scanner repairs it.
 * Checks: sentences lie inside the text, in order and apart; their token ranges are
 * in range, in order, and their tokens lie inside their byte span; paragraph numbers
 * never go down; every word token belongs to a sentence. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "text/text.h"

static void check_sentences(const cck_text *t, size_t len)
{
    size_t previous_end = 0, previous_last_token = 0;
    uint32_t paragraph = 0;
    size_t covered_words = 0;
    for (size_t i = 0; i < t->sentence_count; i++) {
        const cck_sentence *s = &t->sentences[i];
        FUZZ_CHECK(s->start <= s->end);
        FUZZ_CHECK(s->end <= len);
        FUZZ_CHECK(s->start >= previous_end);
        previous_end = s->end;
        FUZZ_CHECK(s->paragraph >= paragraph);
        paragraph = s->paragraph;
        FUZZ_CHECK(s->token_count > 0);
        FUZZ_CHECK(s->first_token + s->token_count <= t->token_count);
        FUZZ_CHECK(i == 0 || s->first_token >= previous_last_token);
        previous_last_token = s->first_token + s->token_count;
        for (size_t k = s->first_token; k < s->first_token + s->token_count; k++) {
            const cck_token *tok = &t->tokens[k];
            FUZZ_CHECK(tok->start >= s->start && tok->end <= s->end);
            if (tok->kind == CCK_TOKEN_WORD || tok->kind == CCK_TOKEN_NUMBER ||
                tok->kind == CCK_TOKEN_HASHTAG)
                covered_words++;
        }
    }
    FUZZ_CHECK(covered_words == t->word_count);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size};
    unsigned options = fuzz_take_byte(&in);
    char *text_bytes = fuzz_copy(in.data, in.size);
    size_t len = in.size;
    cck_utf8_repair_copy((const char *)in.data, len, text_bytes);
    char *spread = NULL;
    if ((options & 2) && len < SIZE_MAX / 3) {
        /* Every '|' becomes a blank line. */
        spread = malloc(len * 3 + 1);
        FUZZ_CHECK(spread != NULL);
        size_t out = 0;
        for (size_t i = 0; i < len; i++) {
            if (text_bytes[i] == '|') {
                memcpy(spread + out, "\n\n", 2);
                out += 2;
            } else {
                spread[out++] = text_bytes[i];
            }
        }
        free(text_bytes);
        text_bytes = spread;
        len = out;
    }

    cck_text text;
    cck_text_init(&text);
    FUZZ_CHECK(cck_text_tokenize(&text, text_bytes, len) == CCK_OK);
    FUZZ_CHECK(cck_text_segment(&text) == CCK_OK);
    check_sentences(&text, len);
    if (options & 1) {
        size_t count = text.sentence_count;
        cck_sentence *first = malloc((count ? count : 1) * sizeof *first);
        FUZZ_CHECK(first != NULL);
        if (count)
            memcpy(first, text.sentences, count * sizeof *first);
        FUZZ_CHECK(cck_text_segment(&text) == CCK_OK);
        FUZZ_CHECK(text.sentence_count == count);
        for (size_t i = 0; i < count; i++) {
            FUZZ_CHECK(text.sentences[i].start == first[i].start);
            FUZZ_CHECK(text.sentences[i].end == first[i].end);
            FUZZ_CHECK(text.sentences[i].flags == first[i].flags);
        }
        free(first);
    }
    cck_text_free(&text);
    free(text_bytes);
    return 0;
}
