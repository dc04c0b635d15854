/* prose_private.h - what prose.c, markdown.c and html.c share: a counted heap the
 * third-party parsers allocate from, the builder that appends pieces, and the aligner
 * that finds a parser's text in the original bytes. */
#ifndef CCK_PROSE_PRIVATE_H
#define CCK_PROSE_PRIVATE_H

#include <setjmp.h>
#include <stddef.h>

#include "input/prose.h"

/* ---- the parsers' heap ------------------------------------------------------------ */

/* cmark and gumbo never check what their allocator returns. They allocate from this
 * heap, which keeps every live block on a list and counts the bytes: when a block
 * cannot be had (out of memory, or over the limit) it records why and longjmps to
 * `jump`, which the caller set with setjmp just before calling into the parser. The
 * caller then frees every block with cck_prose_heap_free_all — also the normal way to
 * drop a parse tree, one flat sweep whatever the depth of the tree. */

typedef union cck_prose_block cck_prose_block;

typedef struct cck_prose_heap {
    cck_prose_block *blocks; /* live blocks, most recent first */
    size_t used;             /* bytes requested and not yet released */
    size_t limit;
    int status;              /* why the heap jumped: CCK_ENOMEM or CCK_ELIMIT */
    jmp_buf jump;
} cck_prose_heap;

/* An empty heap that will hold at most CCK_PROSE_HEAP_BASE + FACTOR * input_len. */
void cck_prose_heap_init(cck_prose_heap *heap, size_t input_len);
/* count * size bytes, zeroed when zero is set; jumps instead of returning NULL. */
void *cck_prose_heap_alloc(cck_prose_heap *heap, size_t count, size_t size, int zero);
void *cck_prose_heap_realloc(cck_prose_heap *heap, void *ptr, size_t size);
void cck_prose_heap_release(cck_prose_heap *heap, void *ptr);
void cck_prose_heap_free_all(cck_prose_heap *heap);

/* ---- building pieces ---------------------------------------------------------------- */

typedef struct cck_prose_builder {
    cck_piece_vec *out;
    const char *buf;   /* the whole original file; piece offsets are into it */
    size_t len;
    int pending_break; /* the next piece starts a new paragraph */
    int status;        /* CCK_OK, or the first failure (sticky) */
    size_t search_budget; /* bytes the fallback searches may still look at */
} cck_prose_builder;

/* Clears out and readies a builder for buf[0..len). */
void cck_prose_builder_init(cck_prose_builder *b, cck_piece_vec *out, const char *buf,
                            size_t len);
/* Appends buf[offset..offset+length) as a verbatim piece (joined to the previous one
 * when they touch and no break is pending). */
void cck_prose_emit_verbatim(cck_prose_builder *b, size_t offset, size_t length);
/* Appends text[0..text_len) standing for buf[offset..offset+original_length). */
void cck_prose_emit_decoded(cck_prose_builder *b, size_t offset, size_t original_length,
                            const char *text, size_t text_len);
/* Looks at the comment buf[offset..offset+length) ("<!--" to "-->"): when its text
 * starts with "claimcheck:", appends that text as a directive piece (see cck_piece). */
void cck_prose_emit_comment(cck_prose_builder *b, size_t offset, size_t length);
/* The next piece starts a new paragraph. */
static inline void cck_prose_break(cck_prose_builder *b) { b->pending_break = 1; }
/* Points the non-verbatim pieces at their decoded text; returns b->status. */
int cck_prose_builder_finish(cck_prose_builder *b);

/* ---- aligning a parser's text with the original ---------------------------------- */

typedef enum cck_align_mode {
    CCK_ALIGN_MARKDOWN, /* backslash escapes; after a line end, skip "> " and indentation */
    CCK_ALIGN_HTML,     /* CR and CRLF read as LF, dropped tags skipped, U+FFFD for bad bytes */
    CCK_ALIGN_RCDATA    /* HTML inside <title>: no tags, only references */
} cck_align_mode;

/* Walks text[0..text_len) (what the parser made of the source) along
 * buf[start..end), matching bytes, character references, escapes and line ends. With
 * emit set, appends the pieces that cover the matched text. Returns how many bytes of
 * text were matched (text_len when all) and sets *stop to the original offset reached. */
size_t cck_prose_align(cck_prose_builder *b, size_t start, size_t end, const char *text,
                       size_t text_len, cck_align_mode mode, int emit, size_t *stop);

/* Appends the prose of the HTML in buf[start..end) (the whole file for an HTML file, one
 * HTML block of a Markdown file) to b. Returns CCK_OK, or CCK_ENOMEM or CCK_ELIMIT with
 * error filled. */
int cck_prose_html_append(cck_prose_builder *b, size_t start, size_t end, cck_error *error);

#endif /* CCK_PROSE_PRIVATE_H */
