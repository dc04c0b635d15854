/* prose.h - the Markdown and HTML front ends: a file in, the prose it holds out, as
 * cck_piece arrays for cck_scanner_scan_pieces, so that every finding points at the
 * exact bytes of the original file. Markdown goes through cmark (CommonMark), HTML
 * through gumbo (HTML5); nothing here prints or exits. markdown.c is the only file
 * that includes cmark.h, html.c the only one that includes gumbo.h.
 *
 *     cck_piece_vec pieces;
 *     cck_piece_vec_init(&pieces);
 *     if (cck_markdown_pieces(buf, len, &pieces, &err) == CCK_OK)
 *         cck_scanner_scan_pieces(scanner, buf, len, pieces.pieces, pieces.count,
 *                                 &callbacks, &profile);
 *     cck_piece_vec_free(&pieces);
 *
 * What is prose. Markdown: the text of paragraphs, headings, list items, block quotes,
 * emphasis and link text. Skipped: YAML (---) and TOML (+++) front matter on the first
 * line, fenced and indented code blocks, code spans, link destinations and titles,
 * autolinks, images (alt text too), inline HTML, and HTML blocks inside lists or
 * block quotes. An HTML block at the top level of the document is read as HTML (below).
 * HTML: the text of <body> and the <title>. Skipped: <head> apart from <title>,
 * <script>, <style>, <noscript>, <template>, <pre>, <code>, <kbd>, <samp>, <svg>, <math>,
 * <iframe>, <object>, <canvas>, <select>, <textarea>, <button>, comments, attribute
 * values, navigation boilerplate (<nav>, <header>, <footer>, <aside>, <menu>, and
 * role="navigation", "banner", "contentinfo", "complementary", "search"), and elements
 * marked hidden or aria-hidden="true".
 *
 * Sentences. A block (a paragraph, heading, list item, table cell, <div>, <p>, <li>,
 * <td>, <blockquote>..., and <br> or a Markdown hard line break) ends a paragraph: the
 * piece after it has `breaks` set. Inline markup (*emphasis*, **strong**, [links](),
 * <em>, <strong>, <a>, <span>, <b>, <i>...) does not, so "Stem cells *heal* tendons" is
 * one sentence whose words keep their own bytes.
 *
 * Positions. Pieces are verbatim slices of buf wherever the parser's text equals the
 * original bytes (markup between them simply is not in any piece). A character
 * reference (&amp;, &#8217;, &rsquo;) becomes a non-verbatim piece whose text is the
 * decoded UTF-8 and whose original span is the reference; a backslash escape (\*)
 * keeps the escaped byte verbatim and drops the backslash; line ends inside a paragraph
 * are kept as they are in the file (LF, CRLF or CR); a NUL byte becomes a U+FFFD piece
 * spanning it. Invalid UTF-8 stays verbatim, so the scanner reports it where it is.
 * Should a parser ever produce text that cannot be found in the file, that text is
 * still analysed, as a non-verbatim piece at the place where the search stopped.
 *
 * Limits. Inputs larger than CCK_PROSE_MAX_BYTES give CCK_ELIMIT. The parsers'
 * memory is counted: more than CCK_PROSE_HEAP_BASE + CCK_PROSE_HEAP_FACTOR * len
 * bytes gives CCK_ELIMIT, an allocation failure gives CCK_ENOMEM, and in both cases
 * everything the parser held is released (neither cmark nor gumbo checks its
 * allocations, so the front ends jump out of them and free their memory themselves).
 * Trees are walked iteratively and released in one sweep, never recursively, so any
 * nesting depth is safe for the stack. gumbo's tree builder costs time quadratic in the
 * depth of nesting, so HTML estimated to nest deeper than CCK_PROSE_MAX_HTML_DEPTH is
 * refused with CCK_ELIMIT (a 10,000-deep <div> is read in a fraction of a second).
 */
#ifndef CCK_PROSE_H
#define CCK_PROSE_H

#include <stddef.h>

#include "claimcheck.h"
#include "util/util.h"

/* Larger inputs are refused: both parsers keep offsets in 32 bits. */
#define CCK_PROSE_MAX_BYTES ((size_t)1 << 30)
/* HTML whose elements nest deeper than this is refused (CCK_ELIMIT) before parsing: the
 * HTML5 tree builder takes time quadratic in the depth (about a second here). The depth
 * is estimated by a linear pass over the tags (see html.c). */
#define CCK_PROSE_MAX_HTML_DEPTH 15000
/* The parsers may hold at most CCK_PROSE_HEAP_BASE + CCK_PROSE_HEAP_FACTOR * len bytes. */
#define CCK_PROSE_HEAP_BASE ((size_t)64 << 20)
#define CCK_PROSE_HEAP_FACTOR ((size_t)64)

/* The pieces of one document. pieces[i].text points into the buffer that was parsed
 * (for verbatim pieces) or into `decoded` (for the others), so the buffer must outlive
 * the pieces. Zero it with cck_piece_vec_init. */
typedef struct cck_piece_vec {
    cck_piece *pieces;
    size_t count;
    size_t cap;
    cck_buf decoded; /* the text of the non-verbatim pieces, owned */
} cck_piece_vec;

void cck_piece_vec_init(cck_piece_vec *vec);
/* Frees what the vector owns and leaves it empty and usable; NULL is a no-op. */
void cck_piece_vec_free(cck_piece_vec *vec);
/* Forgets the pieces but keeps the memory for the next document. */
void cck_piece_vec_clear(cck_piece_vec *vec);

/* Splits a Markdown (CommonMark) document into pieces of prose. out is cleared first.
 * Returns CCK_OK, CCK_EINVAL (a NULL argument), CCK_ELIMIT (too large, or the parser
 * needed too much memory) or CCK_ENOMEM; on failure out is empty and error says why
 * (its path is left empty for the caller to fill). Invalid UTF-8 is not an error here:
 * it is passed on verbatim for the scanner to report. */
int cck_markdown_pieces(const char *buf, size_t len, cck_piece_vec *out, cck_error *error);

/* The same for an HTML document (or fragment), parsed as HTML5 is: malformed markup is
 * repaired the way browsers repair it. */
int cck_html_pieces(const char *buf, size_t len, cck_piece_vec *out, cck_error *error);

/* The character encoding an HTML document declares in a <meta> among its first 1,024
 * bytes (<meta charset="..."> or http-equiv's "text/html; charset=..."), as browsers
 * look for it: *name points into buf at its name and its length is returned; 0 when
 * none is declared, or the one declared is UTF-8 (which claimcheck reads). */
size_t cck_html_declared_charset(const char *buf, size_t len, const char **name);

#endif /* CCK_PROSE_H */
