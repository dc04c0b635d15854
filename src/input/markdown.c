/* markdown.c - the Markdown front end: cmark parses the document, one pass of cmark's
 * (iterative) node iterator picks the prose, and each text node's literal is found in
 * the original bytes by walking forward from its block's start. The only file that
 * includes cmark.h. */
#include <limits.h>
#include <string.h>

#include <cmark.h>

#include "input/prose_private.h"

/* cmark's allocator functions take no context, so the heap of the parse running on this
 * thread is found here. It is set and cleared by run_cmark only; nothing else in the
 * library keeps state between calls. */
static _Thread_local cck_prose_heap *cmark_heap;

static void *heap_calloc(size_t count, size_t size)
{
    return cck_prose_heap_alloc(cmark_heap, count, size, 1);
}

static void *heap_realloc(void *ptr, size_t size)
{
    return cck_prose_heap_realloc(cmark_heap, ptr, size);
}

static void heap_free(void *ptr) { cck_prose_heap_release(cmark_heap, ptr); }

/* The walk over one document. Offsets are into the whole file (b->buf). */
typedef struct markdown_walk {
    cck_prose_builder *b;
    size_t body;        /* where cmark's input starts: after a BOM and front matter */
    size_t *lines;      /* offset of the start of each line of the body */
    size_t line_count;
    size_t cursor;      /* everything before it in the current block is accounted for */
    size_t block_end;   /* end of the current paragraph or heading's last line */
    int hidden;         /* > 0 inside an image: aligned, not emitted */
    int table;          /* the current paragraph is a GitHub pipe table */
    size_t table_row;   /* its row being read: 0 the header, 1 the delimiter row */
    size_t table_cells; /* pieces of text of the current row emitted so far */
    int table_sep;      /* a pipe was passed since the last of them: ", " is owed */
    int cell_start;     /* nothing of the current cell is placed yet */
    cck_error *error;   /* filled when an HTML block fails */
} markdown_walk;

/* ---- front matter and lines ----------------------------------------------------- */

/* The end of the line at i (before its line end) and the start of the next. */
static size_t line_end(const char *buf, size_t len, size_t i, size_t *next)
{
    while (i < len && buf[i] != '\n' && buf[i] != '\r')
        i++;
    if (next)
        *next = i < len ? i + (buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n' ? 2 : 1) : i;
    return i;
}

/* Whether buf[i..e) is `fence` followed only by spaces or tabs. */
static int is_fence_line(const char *buf, size_t i, size_t e, const char *fence)
{
    size_t n = strlen(fence);
    if (e - i < n || memcmp(buf + i, fence, n) != 0)
        return 0;
    for (i += n; i < e; i++)
        if (buf[i] != ' ' && buf[i] != '\t')
            return 0;
    return 1;
}

/* Where the Markdown starts: after a UTF-8 BOM, and after YAML (---) or TOML (+++) front
 * matter that opens on the first line and is closed ("---" or "..." for YAML, "+++"
 * for TOML). Unclosed front matter is not front matter. */
static size_t markdown_body_start(const char *buf, size_t len)
{
    size_t start = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    size_t next;
    size_t e = line_end(buf, len, start, &next);
    const char *close = NULL;
    if (is_fence_line(buf, start, e, "---"))
        close = "---";
    else if (is_fence_line(buf, start, e, "+++"))
        close = "+++";
    if (!close)
        return start;
    for (size_t i = next; i < len; i = next) {
        e = line_end(buf, len, i, &next);
        if (is_fence_line(buf, i, e, close) ||
            (close[0] == '-' && is_fence_line(buf, i, e, "...")))
            return next;
    }
    return start;
}

/* Records where each line of buf[body..len) starts, splitting as cmark does (LF, CRLF
 * and CR). */
static int index_lines(markdown_walk *w)
{
    const char *buf = w->b->buf;
    size_t len = w->b->len, cap = 0;
    for (size_t i = w->body;;) {
        void *items = w->lines;
        if (cck_grow(&items, &cap, w->line_count + 1, sizeof(size_t)) != CCK_OK)
            return CCK_ENOMEM;
        w->lines = items;
        w->lines[w->line_count++] = i;
        size_t next;
        line_end(buf, len, i, &next);
        if (next >= len || next == i)
            return CCK_OK;
        i = next;
    }
}

/* The offset of cmark's (line, column): 1-based, columns in bytes. */
static size_t position_offset(const markdown_walk *w, int line, int column)
{
    if (line < 1)
        return w->cursor;
    if ((size_t)line > w->line_count)
        return w->b->len;
    size_t start = w->lines[line - 1];
    size_t end = line_end(w->b->buf, w->b->len, start, NULL);
    size_t col = column > 1 ? (size_t)column - 1 : 0;
    return col < end - start ? start + col : end;
}

static size_t line_end_offset(const markdown_walk *w, int line)
{
    if (line < 1 || (size_t)line > w->line_count)
        return w->b->len;
    return line_end(w->b->buf, w->b->len, w->lines[line - 1], NULL);
}

/* ---- finding text in the original -------------------------------------------------- */

/* Markup that may stand between the text nodes of a block: spaces, line ends, block
 * quote markers, emphasis delimiters, brackets, image bangs, heading hashes. */
static int is_markup_byte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '*' ||
           c == '_' || c == '[' || c == ']' || c == '!' || c == '#';
}

/* Finds literal[0..n) in the current block from the cursor and emits it (unless hidden):
 * first after nothing but markup, then (rarely: text cmark moved, such as a paragraph
 * that began with a link reference definition) anywhere further in the block, and as a
 * last resort as decoded text at the cursor. Failed attempts are paid from the
 * document's search budget, which keeps the whole walk linear. */
static void place_text(markdown_walk *w, const char *literal, size_t n)
{
    cck_prose_builder *b = w->b;
    int emit = !w->hidden;
    size_t stop, end = w->block_end;
    size_t p = w->cursor;
    int anywhere = 0;
    for (; p < end && b->search_budget > 0; p++) {
        unsigned char c = (unsigned char)b->buf[p];
        if (p > w->cursor && !is_markup_byte((char)c))
            anywhere = 1; /* past the markup: try only where the text could start */
        /* (a NUL is U+FFFD in the literal, or nothing) */
        if (anywhere && c != (unsigned char)literal[0] && c != '&' && c != '\\' && c != 0)
            continue;
        size_t used = cck_prose_align(b, p, end, literal, n, CCK_ALIGN_MARKDOWN, 0, &stop);
        if (used == n) {
            cck_prose_align(b, p, end, literal, n, CCK_ALIGN_MARKDOWN, emit, &stop);
            w->cursor = stop;
            return;
        }
        size_t cost = used + 1;
        b->search_budget -= b->search_budget < cost ? b->search_budget : cost;
    }
    if (emit)
        cck_prose_emit_decoded(b, w->cursor, 0, literal, n);
}

/* A soft or hard line break: the line end after the cursor. A soft break is kept as the
 * file has it (the scanner reads it as a space); a hard one ends the paragraph, as
 * <br> does in HTML. */
static void place_line_break(markdown_walk *w, int hard)
{
    const char *buf = w->b->buf;
    size_t p = w->cursor;
    while (p < w->block_end && (buf[p] == ' ' || buf[p] == '\t' || (hard && buf[p] == '\\')))
        p++;
    if (p < w->b->len && (buf[p] == '\n' || buf[p] == '\r')) {
        size_t next;
        line_end(buf, w->b->len, p, &next);
        if (hard)
            cck_prose_break(w->b);
        else if (!w->hidden)
            cck_prose_emit_verbatim(w->b, p, next - p);
        w->cursor = next;
        return;
    }
    if (hard)
        cck_prose_break(w->b);
    else if (!w->hidden)
        cck_prose_emit_decoded(w->b, w->cursor, 0, "\n", 1);
}

/* Moves the cursor past the code span ahead: a run of backticks, then the next run of
 * the same length. */
static void skip_code_span(markdown_walk *w)
{
    const char *buf = w->b->buf;
    size_t p = w->cursor, end = w->block_end;
    while (p < end && buf[p] != '`')
        p++;
    size_t open = p;
    while (p < end && buf[p] == '`')
        p++;
    size_t ticks = p - open;
    if (ticks == 0)
        return;
    w->cursor = p;
    while (p < end) {
        if (buf[p] != '`') {
            p++;
            continue;
        }
        size_t run = p;
        while (p < end && buf[p] == '`')
            p++;
        if (p - run == ticks) {
            w->cursor = p;
            return;
        }
    }
}

/* Moves the cursor past inline HTML (its literal is the source, less the prefixes of
 * continuation lines) and says whether it was a <br>. */
static int skip_inline_html(markdown_walk *w, const char *literal)
{
    const char *buf = w->b->buf;
    size_t p = w->cursor, n = strlen(literal), stop;
    while (p < w->block_end && buf[p] != '<')
        p++;
    if (p < w->block_end &&
        cck_prose_align(w->b, p, w->block_end, literal, n, CCK_ALIGN_MARKDOWN, 0, &stop) == n) {
        w->cursor = stop;
        if (!w->hidden && n >= 4 && memcmp(literal, "<!--", 4) == 0)
            cck_prose_emit_comment(w->b, p, stop - p);
    } else if (p < w->block_end)
        w->cursor = p + 1;
    return n >= 3 && literal[0] == '<' && (literal[1] | 0x20) == 'b' &&
           (literal[2] | 0x20) == 'r' && (n == 3 || !cck_ascii_is_alnum((unsigned char)literal[3]));
}

/* Skips a backslash escape or one byte; for scanning link syntax. */
static size_t step(const char *buf, size_t p, size_t end)
{
    return buf[p] == '\\' && p + 1 < end ? p + 2 : p + 1;
}

static size_t skip_blanks(const char *buf, size_t p, size_t end)
{
    while (p < end && (buf[p] == ' ' || buf[p] == '\t' || buf[p] == '\n' || buf[p] == '\r' ||
                       buf[p] == '>'))
        p++;
    return p;
}

/* After a link's or image's text: moves the cursor past "]" and its destination and
 * title "(url "title")", its reference "[label]", or nothing (a shortcut reference). */
static void skip_link_tail(markdown_walk *w)
{
    const char *buf = w->b->buf;
    size_t p = w->cursor, end = w->block_end;
    while (p < end && buf[p] != ']')
        p = step(buf, p, end);
    if (p >= end)
        return;
    w->cursor = ++p;
    if (p < end && buf[p] == '[') {
        for (p++; p < end && buf[p] != ']'; p = step(buf, p, end))
            ;
        if (p < end)
            w->cursor = p + 1;
        return;
    }
    if (p >= end || buf[p] != '(')
        return;
    p = skip_blanks(buf, p + 1, end);
    if (p < end && buf[p] == '<') { /* <destination> */
        for (p++; p < end && buf[p] != '>'; p = step(buf, p, end))
            ;
        p++;
    } else { /* destination with balanced parentheses */
        size_t depth = 0;
        while (p < end && buf[p] != ' ' && buf[p] != '\t' && buf[p] != '\n' && buf[p] != '\r') {
            if (buf[p] == '(')
                depth++;
            else if (buf[p] == ')') {
                if (depth == 0)
                    break;
                depth--;
            }
            p = step(buf, p, end);
        }
    }
    p = skip_blanks(buf, p, end);
    if (p < end && (buf[p] == '"' || buf[p] == '\'' || buf[p] == '(')) { /* title */
        char close = buf[p] == '(' ? ')' : buf[p];
        for (p++; p < end && buf[p] != close; p = step(buf, p, end))
            ;
        p = skip_blanks(buf, p + 1, end);
    }
    if (p < end && buf[p] == ')')
        w->cursor = p + 1;
}

/* On entering a link: an autolink <http://...> is skipped whole (its text is the URL);
 * otherwise the cursor moves past the opening '['. Returns 1 for an autolink. */
static int enter_link(markdown_walk *w)
{
    const char *buf = w->b->buf;
    size_t p = w->cursor;
    while (p < w->block_end && buf[p] != '[' && buf[p] != '<')
        p = step(buf, p, w->block_end);
    if (p >= w->block_end)
        return 0;
    if (buf[p] == '[') {
        w->cursor = p + 1;
        return 0;
    }
    while (p < w->block_end && buf[p] != '>')
        p++;
    w->cursor = p < w->block_end ? p + 1 : p;
    return 1;
}

/* ---- the walk ------------------------------------------------------------------------ */

/* Where the pieces emitted so far end: no later piece may start before it. */
static size_t emitted_end(const markdown_walk *w)
{
    const cck_piece_vec *out = w->b->out;
    if (out->count == 0)
        return 0;
    const cck_piece *last = &out->pieces[out->count - 1];
    return last->offset + last->original_length;
}

/* The start line of the block that follows node's subtree in the document (the next
 * sibling of node or of its nearest ancestor that has one), or 0 for none. Each node is
 * passed on the way up by the walk from one leaf at most (the last leaf of its subtree),
 * so the walks of a whole document cost linear time. */
static int next_block_line(cmark_node *node)
{
    for (; node; node = cmark_node_parent(node)) {
        cmark_node *next = cmark_node_next(node);
        if (next)
            return cmark_node_get_start_line(next);
    }
    return 0;
}

/* Whether buf[i..e) is a pipe table's delimiter row: cells of dashes with optional
 * colons (":--", "--:"), between pipes, with at least one pipe and one dash. */
static int is_delimiter_row(const char *buf, size_t i, size_t e)
{
    size_t pipes = 0, dashes = 0;
    for (; i < e; i++) {
        char c = buf[i];
        pipes += c == '|';
        dashes += c == '-';
        if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t')
            return 0;
    }
    return pipes > 0 && dashes > 0;
}

/* Whether a paragraph is a GitHub pipe table (cmark reads it as text): a first line with
 * a pipe, then a delimiter row. */
static int is_pipe_table(const markdown_walk *w, cmark_node *node)
{
    int first = cmark_node_get_start_line(node), last = cmark_node_get_end_line(node);
    if (first < 1 || last <= first || (size_t)first + 1 > w->line_count)
        return 0;
    const char *buf = w->b->buf;
    size_t head = w->lines[first - 1], row = w->lines[first];
    size_t head_end = line_end(buf, w->b->len, head, NULL);
    return memchr(buf + head, '|', head_end - head) != NULL &&
           is_delimiter_row(buf, row, line_end(buf, w->b->len, row, NULL));
}

/* Starts a row of a pipe table (at the paragraph's start and after each line break). */
static void start_table_row(markdown_walk *w)
{
    w->table_cells = 0;
    w->table_sep = 0;
    w->cell_start = 1;
}

/* Text of a table cell, found from the cursor; `at` is where the ", " owed since the
 * last bare pipe goes, if this opens a cell after another. */
static void place_cell_text(markdown_walk *w, size_t at, const char *text, size_t n)
{
    if (w->table_sep && w->table_cells > 0)
        cck_prose_emit_decoded(w->b, at, 0, ", ", 2);
    w->table_sep = 0;
    w->table_cells++;
    w->cell_start = 0;
    place_text(w, text, n);
}

/* A text node of a pipe table. cmark reads the table as one paragraph of text; here
 * each row is a sentence of its own, its cells' text joined by ", " (the pipes, the
 * padding and the delimiter row are markup), so that "| PRP | heals tendons |" reads
 * as "PRP, heals tendons" and no claim runs into the next row. A cell's inline markup
 * (emphasis, links) comes in text nodes of its own, which continue the cell; an
 * escaped pipe (\| or &#124;, which cmark has already decoded) is text of its cell:
 * a '|' of the literal separates cells only where the source has a bare '|'. */
static void place_table_text(markdown_walk *w, const char *literal, size_t n)
{
    const char *buf = w->b->buf;
    int delimiter_row = w->table_row == 1;
    size_t i = 0;
    for (;;) {
        const char *bar = memchr(literal + i, '|', n - i);
        size_t end = bar ? (size_t)(bar - literal) : n;
        size_t from = i, to = end;
        if (w->cell_start)
            while (from < to && (literal[from] == ' ' || literal[from] == '\t'))
                from++;
        if (bar)
            while (to > from && (literal[to - 1] == ' ' || literal[to - 1] == '\t'))
                to--;
        if (to > from && delimiter_row) {
            w->hidden++;
            place_text(w, literal + from, to - from);
            w->hidden--;
        } else if (to > from) {
            place_cell_text(w, w->cursor, literal + from, to - from);
        }
        if (!bar)
            return;
        /* past the padding and any closing emphasis ("*d* |") to the pipe's place */
        size_t before = w->cursor;
        while (w->cursor < w->block_end && buf[w->cursor] != '\n' && buf[w->cursor] != '\r' &&
               buf[w->cursor] != '|' && is_markup_byte(buf[w->cursor]))
            w->cursor++;
        if (w->cursor < w->block_end && buf[w->cursor] == '|') {
            w->cursor++;
            w->table_sep = w->table_cells > 0;
            w->cell_start = 1;
        } else if (!delimiter_row) { /* an escaped pipe: text, opening its cell too */
            int owed = w->table_sep && w->table_cells > 0;
            if (!owed && w->cursor > before && !w->cell_start)
                cck_prose_emit_decoded(w->b, before, 0, " ", 1); /* the padding passed */
            place_cell_text(w, before, "|", 1);
        }
        i = end + 1;
    }
}

/* Enters a paragraph or heading. cmark 0.30 gives a setext heading the line after its
 * underline as its end line: the first line of the next block, if one follows at once.
 * The block is cut short of the next one, so that text cmark moved (or that cannot be
 * found) is never looked for in the next block. The cursor never goes back before the
 * end of the pieces already emitted, so pieces stay in order and apart whatever
 * positions cmark reports. */
static void enter_block(markdown_walk *w, cmark_node *node)
{
    int first = cmark_node_get_start_line(node), last = cmark_node_get_end_line(node);
    int next = next_block_line(node);
    if (next > first && next <= last)
        last = next - 1;
    w->cursor = position_offset(w, first, cmark_node_get_start_column(node));
    w->block_end = line_end_offset(w, last);
    size_t floor = emitted_end(w);
    if (w->cursor < floor)
        w->cursor = floor;
    if (w->block_end < w->cursor)
        w->block_end = w->cursor;
}

/* An HTML block at the top level is read as HTML; one inside a list or quote has its
 * lines' prefixes mixed in, and is skipped. */
static void html_block(markdown_walk *w, cmark_node *node)
{
    cmark_node *parent = cmark_node_parent(node);
    if (!parent || cmark_node_get_type(parent) != CMARK_NODE_DOCUMENT)
        return;
    int first = cmark_node_get_start_line(node);
    if (first < 1 || (size_t)first > w->line_count)
        return;
    size_t start = w->lines[first - 1];
    /* cmark 0.30 gives a block that ends on a closing line (-->, </script>...) the line
     * before it as its end, 0 for a one-line comment on the first line (which would read
     * as "to the end of the file"); the lines of its literal say where it ends. */
    int last = cmark_node_get_end_line(node);
    const char *literal = cmark_node_get_literal(node);
    if (literal && literal[0]) {
        size_t breaks = 0, n = strlen(literal);
        for (size_t i = 0; i + 1 < n; i++)
            breaks += literal[i] == '\n' || (literal[i] == '\r' && literal[i + 1] != '\n');
        if (breaks < (size_t)(INT_MAX - first))
            last = first + (int)breaks;
    }
    size_t end = line_end_offset(w, last < first ? first : last);
    size_t floor = emitted_end(w);
    if (start < floor) /* (not seen: cmark's blocks do not overlap) */
        start = floor;
    if (end > start) {
        int status = cck_prose_html_append(w->b, start, end, w->error);
        if (status != CCK_OK && w->b->status == CCK_OK)
            w->b->status = status;
    }
}

static void visit(markdown_walk *w, cmark_iter *iter, cmark_event_type event, cmark_node *node)
{
    cck_prose_builder *b = w->b;
    int enter = event == CMARK_EVENT_ENTER;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
        cck_prose_break(b);
        if (enter)
            enter_block(w, node);
        w->table = enter && cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH &&
                   is_pipe_table(w, node);
        w->table_row = 0;
        start_table_row(w);
        break;
    case CMARK_NODE_HTML_BLOCK:
        cck_prose_break(b);
        html_block(w, node);
        cck_prose_break(b);
        break;
    case CMARK_NODE_TEXT: {
        const char *literal = cmark_node_get_literal(node);
        if (literal && literal[0] && w->table)
            place_table_text(w, literal, strlen(literal));
        else if (literal && literal[0])
            place_text(w, literal, strlen(literal));
        break;
    }
    case CMARK_NODE_SOFTBREAK:
        /* a table row ends its sentence */
        place_line_break(w, w->table);
        w->table_row++;
        start_table_row(w);
        break;
    case CMARK_NODE_LINEBREAK:
        place_line_break(w, 1);
        w->table_row++;
        start_table_row(w);
        break;
    case CMARK_NODE_CODE:
        skip_code_span(w);
        break;
    case CMARK_NODE_HTML_INLINE: {
        const char *literal = cmark_node_get_literal(node);
        if (literal && skip_inline_html(w, literal))
            cck_prose_break(b);
        break;
    }
    case CMARK_NODE_LINK:
        if (enter) {
            if (enter_link(w))
                cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
        } else
            skip_link_tail(w);
        break;
    case CMARK_NODE_IMAGE:
        if (enter) {
            w->hidden++;
            enter_link(w);
        } else {
            w->hidden--;
            skip_link_tail(w);
        }
        break;
    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
    case CMARK_NODE_CUSTOM_INLINE:
    case CMARK_NODE_DOCUMENT:
    case CMARK_NODE_NONE:
        break;
    default: /* block quotes, lists, items, code blocks, thematic breaks */
        cck_prose_break(b);
        break;
    }
}

/* Parses and walks; cmark's allocations go to w's heap, which jumps back here when one
 * cannot be had. */
static int run_cmark(markdown_walk *w, cck_prose_heap *heap)
{
    if (setjmp(heap->jump) != 0) {
        cmark_heap = NULL;
        if (heap->status == CCK_ELIMIT)
            return cck_error_set(w->error, CCK_ELIMIT, NULL, 0, 0,
                                 "the Markdown parser needed more than %zu bytes of memory",
                                 heap->limit);
        return heap->status;
    }
    cmark_heap = heap;
    cmark_mem mem = {heap_calloc, heap_realloc, heap_free};
    cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, &mem);
    cmark_parser_feed(parser, w->b->buf + w->body, w->b->len - w->body);
    cmark_node *document = cmark_parser_finish(parser);
    cmark_iter *iter = cmark_iter_new(document);
    cmark_event_type event;
    while (w->b->status == CCK_OK && (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE)
        visit(w, iter, event, cmark_iter_get_node(iter));
    cmark_heap = NULL;
    return w->b->status;
}

int cck_markdown_pieces(const char *buf, size_t len, cck_piece_vec *out, cck_error *error)
{
    if ((!buf && len) || !out)
        return cck_error_set(error, CCK_EINVAL, NULL, 0, 0, "no buffer or no output");
    if (error)
        cck_error_clear(error);
    cck_prose_builder b;
    cck_prose_builder_init(&b, out, buf ? buf : "", len);
    if (len > CCK_PROSE_MAX_BYTES)
        return cck_error_set(error, CCK_ELIMIT, NULL, 0, 0, "Markdown larger than %zu bytes",
                             CCK_PROSE_MAX_BYTES);
    markdown_walk w;
    memset(&w, 0, sizeof w);
    w.b = &b;
    w.error = error;
    w.body = markdown_body_start(b.buf, len);
    int status = index_lines(&w);
    if (status == CCK_OK) {
        cck_prose_heap heap;
        cck_prose_heap_init(&heap, len);
        status = run_cmark(&w, &heap);
        cck_prose_heap_free_all(&heap);
    }
    cck_free(w.lines);
    if (status != CCK_OK) {
        b.status = status;
        if (error && error->status == CCK_OK) /* not said yet (by an HTML block, say) */
            cck_error_set(error, status, NULL, 0, 0, "%s", cck_status_string(status));
    }
    return cck_prose_builder_finish(&b);
}
