/* fuzz_prose.c - fuzz target for the Markdown and HTML front ends (src/input/prose.h)
 * and the scan of the pieces they give.
 *
 * Option byte: bit 0 HTML, else Markdown; bit 1 all_topics; bit 2 parses a second
 * document into the same vector first (the reuse path). The rest is the document.
 * Checks: the status is one the contract allows and a failure leaves no pieces;
 * pieces stand for spans of the document in order, without overlap; a verbatim piece
 * is the document's own bytes at its offset; the scan of the pieces accepts them and
 * every finding points inside the document. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "input/prose.h"

typedef struct document {
    const char *buf;
    size_t len;
    size_t findings;
} document;

static int on_finding(const cck_finding *f, void *user_data)
{
    document *doc = user_data;
    FUZZ_CHECK(f->trigger.offset + f->trigger.length <= doc->len);
    FUZZ_CHECK(f->sentence.offset + f->sentence.length <= doc->len);
    FUZZ_CHECK(f->trigger.offset >= f->sentence.offset);
    for (size_t i = 0; i < f->cue_count; i++)
        FUZZ_CHECK(f->cues[i].span.offset + f->cues[i].span.length <= doc->len);
    doc->findings++;
    return 0;
}

static int on_diagnostic(const cck_error *d, void *user_data)
{
    document *doc = user_data;
    FUZZ_CHECK(d->byte_offset <= doc->len);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size};
    unsigned options = fuzz_take_byte(&in);
    char *buf = fuzz_copy(in.data, in.size);
    size_t len = in.size;
    int html = options & 1;

    cck_piece_vec pieces;
    cck_piece_vec_init(&pieces);
    cck_error error;
    cck_error_clear(&error);
    if (options & 4) {
        static const char other[] = "# Stem cells\n\n<p>PRP *heals* &amp; cures.</p>\n";
        int first = html ? cck_html_pieces(other, sizeof other - 1, &pieces, &error)
                         : cck_markdown_pieces(other, sizeof other - 1, &pieces, &error);
        FUZZ_CHECK(first == CCK_OK && pieces.count > 0);
    }
    int status = html ? cck_html_pieces(buf, len, &pieces, &error)
                      : cck_markdown_pieces(buf, len, &pieces, &error);
    FUZZ_CHECK(status == CCK_OK || status == CCK_ELIMIT);
    if (status != CCK_OK) {
        FUZZ_CHECK(pieces.count == 0);
        FUZZ_CHECK(error.message[0] != '\0');
    }
    size_t previous_end = 0;
    for (size_t i = 0; i < pieces.count; i++) {
        const cck_piece *p = &pieces.pieces[i];
        FUZZ_CHECK(p->offset <= len && p->original_length <= len - p->offset);
        FUZZ_CHECK(p->offset >= previous_end);
        previous_end = p->offset + p->original_length;
        FUZZ_CHECK(p->text != NULL || p->length == 0);
        if (p->verbatim) {
            FUZZ_CHECK(p->length == p->original_length);
            FUZZ_CHECK(p->length == 0 || memcmp(p->text, buf + p->offset, p->length) == 0);
        }
    }

    cck_scanner *scanner = cck_scanner_new(fuzz_default_engine((options & 2) != 0));
    FUZZ_CHECK(scanner != NULL);
    document doc = {buf, len, 0};
    cck_scan_callbacks callbacks = {on_finding, on_diagnostic, &doc};
    cck_profile profile;
    status = cck_scanner_scan_pieces(scanner, buf, len, pieces.pieces, pieces.count,
                                     &callbacks, &profile);
    FUZZ_CHECK(status == CCK_OK || status == CCK_EUTF8 || status == CCK_ELIMIT);
    FUZZ_CHECK(profile.bytes == len);
    cck_scanner_free(scanner);
    cck_piece_vec_free(&pieces);
    free(buf);
    return 0;
}
