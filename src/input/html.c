/* html.c - the HTML front end: gumbo parses the document as HTML5 does (repairing
 * what is malformed), a walk with its own stack picks the prose, and each text node's
 * decoded text is aligned with its original bytes. The only file that includes gumbo.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gumbo.h>

#include "input/prose_private.h"

static void *heap_allocate(void *heap, size_t size)
{
    return cck_prose_heap_alloc(heap, 1, size, 0);
}

static void heap_deallocate(void *heap, void *ptr) { cck_prose_heap_release(heap, ptr); }

/* ---- what is prose ------------------------------------------------------------------ */

/* Elements that stay inside a sentence: no paragraph break before or after them. */
static int is_inline(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_ACRONYM: case GUMBO_TAG_B:
    case GUMBO_TAG_BDI: case GUMBO_TAG_BDO: case GUMBO_TAG_BIG: case GUMBO_TAG_BLINK:
    case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DEL:
    case GUMBO_TAG_DFN: case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I:
    case GUMBO_TAG_IMG: case GUMBO_TAG_IMAGE: case GUMBO_TAG_INS: case GUMBO_TAG_KBD:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_MARK: case GUMBO_TAG_NOBR: case GUMBO_TAG_Q:
    case GUMBO_TAG_RB: case GUMBO_TAG_RP: case GUMBO_TAG_RT: case GUMBO_TAG_RTC:
    case GUMBO_TAG_RUBY: case GUMBO_TAG_S: case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U:
    case GUMBO_TAG_VAR: case GUMBO_TAG_WBR: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT: case GUMBO_TAG_OUTPUT: case GUMBO_TAG_METER:
    case GUMBO_TAG_PROGRESS: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
        return 1;
    default:
        return 0; /* blocks, table cells, and elements gumbo does not know */
    }
}

/* Elements whose content is not prose: code, scripts, embedded things, form controls,
 * and navigation boilerplate. */
static int is_skipped_tag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_PRE: case GUMBO_TAG_CODE: case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MENU:
        return 1;
    default:
        return 0;
    }
}

/* Whether a space-separated attribute value holds one of the (lower-case) words. */
static int has_word(const char *value, const char *const *words, size_t word_count)
{
    for (const char *p = value; *p;) {
        while (*p && cck_ascii_is_space((unsigned char)*p))
            p++;
        const char *word = p;
        while (*p && !cck_ascii_is_space((unsigned char)*p))
            p++;
        for (size_t i = 0; i < word_count; i++)
            if (p > word && cck_ascii_equals_lower(word, (size_t)(p - word), words[i]))
                return 1;
    }
    return 0;
}

static const char *const BOILERPLATE_ROLES[] = {"navigation", "banner", "contentinfo",
                                               "complementary", "search"};
static const char *const TRUE_WORD[] = {"true"};

static int is_skipped(const GumboElement *element)
{
    if (is_skipped_tag(element->tag))
        return 1;
    if (gumbo_get_attribute(&element->attributes, "hidden"))
        return 1;
    const GumboAttribute *attribute = gumbo_get_attribute(&element->attributes, "aria-hidden");
    if (attribute && has_word(attribute->value, TRUE_WORD, 1))
        return 1;
    attribute = gumbo_get_attribute(&element->attributes, "role");
    return attribute && has_word(attribute->value, BOILERPLATE_ROLES,
                                 CCK_ARRAY_LEN(BOILERPLATE_ROLES));
}

/* ---- how deep the tree will be ------------------------------------------------------ */

/* gumbo's tree builder costs time quadratic in the depth of nesting (each block start
 * tag looks down the stack of open elements), so documents that nest too deep are
 * refused before parsing. One linear pass over the tags estimates the deepest stack the
 * HTML5 tree builder will build, erring high: void elements and raw text open nothing,
 * end tags close what they close (looking at most SCAN_DEPTH elements down), and of the
 * implied end tags only those the tree builder certainly applies are (an open p before
 * a block, li, dd and dt before their siblings, table rows and cells, an option before
 * an option, a heading before a heading). It is a guard against deep nesting, not a
 * tree builder: markup crafted to make the builder re-open formatting elements again and
 * again can still nest deeper than estimated. */

#define SCAN_DEPTH 64

enum {
    TAG_VOID = 1 << 0,       /* never opened */
    TAG_IGNORED = 1 << 1,    /* html, head, body: always open, never counted */
    TAG_RAW = 1 << 2,        /* content is text up to the end tag */
    TAG_SPECIAL = 1 << 3,    /* the HTML5 "special" category */
    TAG_SCOPE = 1 << 4,      /* ends an "in scope" search */
    TAG_BUTTON = 1 << 5,     /* also ends a "button scope" search */
    TAG_LIST = 1 << 6,       /* ol, ul: also end a "list item scope" search */
    TAG_CLOSES_P = 1 << 7,   /* its start tag closes an open p */
    TAG_LIST_OK = 1 << 8,    /* address, div, p: li, dd and dt look through them */
    TAG_TABLE = 1 << 9,      /* table, its sections, tr, template: cells look no further */
    TAG_TABLE_PART = 1 << 10,/* ignored outside a table */
    TAG_FOREIGN = 1 << 11,   /* svg, math: "/>" closes inside them */
    TAG_NO_CLOSE = 1 << 12   /* form: its end tag closes less than it seems */
};

/* Which open element a start tag closes first. */
enum { GROUP_NONE = 0, GROUP_LI, GROUP_DDDT, GROUP_CELL, GROUP_ROW, GROUP_SECTION,
       GROUP_OPTION, GROUP_HEADING, GROUP_BUTTON };

typedef struct tag_info {
    const char *name;
    unsigned flags;
    int group;
} tag_info;

#define SP TAG_SPECIAL
#define CP TAG_CLOSES_P
#define TP TAG_TABLE_PART
/* Sorted by name for bsearch. */
static const tag_info TAGS[] = {
    {"address", SP | CP | TAG_LIST_OK, 0},
    {"annotation-xml", TAG_SCOPE, 0},
    {"applet", SP | TAG_SCOPE, 0},
    {"area", SP | TAG_VOID, 0},
    {"article", SP | CP, 0},
    {"aside", SP | CP, 0},
    {"base", SP | TAG_VOID, 0},
    {"basefont", SP | TAG_VOID, 0},
    {"bgsound", SP | TAG_VOID, 0},
    {"blockquote", SP | CP, 0},
    {"body", SP | TAG_IGNORED, 0},
    {"br", SP | TAG_VOID, 0},
    {"button", SP | TAG_BUTTON, GROUP_BUTTON},
    {"caption", SP | TAG_SCOPE | TP, 0},
    {"center", SP | CP, 0},
    {"col", SP | TAG_VOID, 0},
    {"colgroup", SP | TP, 0},
    {"dd", SP | CP, GROUP_DDDT},
    {"desc", TAG_SCOPE, 0},
    {"details", SP | CP, 0},
    {"dialog", CP, 0},
    {"dir", SP | CP, 0},
    {"div", SP | CP | TAG_LIST_OK, 0},
    {"dl", SP | CP, 0},
    {"dt", SP | CP, GROUP_DDDT},
    {"embed", SP | TAG_VOID, 0},
    {"fieldset", SP | CP, 0},
    {"figcaption", SP | CP, 0},
    {"figure", SP | CP, 0},
    {"footer", SP | CP, 0},
    {"foreignobject", TAG_SCOPE, 0},
    {"form", SP | CP | TAG_NO_CLOSE, 0},
    {"frame", SP | TAG_VOID, 0},
    {"frameset", SP | TAG_SCOPE | TAG_BUTTON, 0}, /* a frameset ignores what it holds */
    {"h1", SP | CP, GROUP_HEADING},
    {"h2", SP | CP, GROUP_HEADING},
    {"h3", SP | CP, GROUP_HEADING},
    {"h4", SP | CP, GROUP_HEADING},
    {"h5", SP | CP, GROUP_HEADING},
    {"h6", SP | CP, GROUP_HEADING},
    {"head", SP | TAG_IGNORED, 0},
    {"header", SP | CP, 0},
    {"hgroup", SP | CP, 0},
    {"hr", SP | CP | TAG_VOID, 0},
    {"html", SP | TAG_IGNORED | TAG_SCOPE | TAG_TABLE, 0},
    {"iframe", SP | TAG_RAW, 0},
    {"image", SP | TAG_VOID, 0},
    {"img", SP | TAG_VOID, 0},
    {"input", SP | TAG_VOID, 0},
    {"keygen", SP | TAG_VOID, 0},
    {"li", SP | CP, GROUP_LI},
    {"link", SP | TAG_VOID, 0},
    {"listing", SP | CP, 0},
    {"main", SP | CP, 0},
    {"marquee", SP | TAG_SCOPE, 0},
    {"math", TAG_FOREIGN, 0},
    {"menu", SP | CP, 0},
    {"meta", SP | TAG_VOID, 0},
    {"mi", TAG_SCOPE, 0},
    {"mn", TAG_SCOPE, 0},
    {"mo", TAG_SCOPE, 0},
    {"ms", TAG_SCOPE, 0},
    {"mtext", TAG_SCOPE, 0},
    {"nav", SP | CP, 0},
    {"noembed", SP | TAG_RAW, 0},
    {"noframes", SP | TAG_RAW, 0},
    {"noscript", SP | TAG_RAW, 0},
    {"object", SP | TAG_SCOPE, 0},
    {"ol", SP | CP | TAG_LIST, 0},
    {"optgroup", 0, GROUP_OPTION},
    {"option", 0, GROUP_OPTION},
    {"p", SP | CP | TAG_LIST_OK, 0},
    {"param", SP | TAG_VOID, 0},
    {"plaintext", SP | CP | TAG_RAW, 0},
    {"pre", SP | CP, 0},
    {"script", SP | TAG_RAW, 0},
    {"section", SP | CP, 0},
    {"select", SP, 0},
    {"source", SP | TAG_VOID, 0},
    {"style", SP | TAG_RAW, 0},
    {"summary", SP | CP, 0},
    {"svg", TAG_FOREIGN, 0},
    {"table", SP | TAG_SCOPE | TAG_TABLE, 0},
    {"tbody", SP | TAG_TABLE | TP, GROUP_SECTION},
    {"td", SP | TAG_SCOPE | TP, GROUP_CELL},
    {"template", SP | TAG_SCOPE | TAG_TABLE, 0},
    {"textarea", SP | TAG_RAW, 0},
    {"tfoot", SP | TAG_TABLE | TP, GROUP_SECTION},
    {"th", SP | TAG_SCOPE | TP, GROUP_CELL},
    {"thead", SP | TAG_TABLE | TP, GROUP_SECTION},
    {"title", SP | TAG_RAW | TAG_SCOPE, 0},
    {"tr", SP | TAG_TABLE | TP, GROUP_ROW},
    {"track", SP | TAG_VOID, 0},
    {"ul", SP | CP | TAG_LIST, 0},
    {"wbr", SP | TAG_VOID, 0},
    {"xmp", SP | CP | TAG_RAW, 0},
};
#undef SP
#undef CP
#undef TP

static int compare_tag(const void *key, const void *entry)
{
    return strcmp(key, ((const tag_info *)entry)->name);
}

static const tag_info *find_tag(const char *name) /* lower case */
{
    return bsearch(name, TAGS, CCK_ARRAY_LEN(TAGS), sizeof TAGS[0], compare_tag);
}

/* One open element of the estimate: its name's hash and what the table says of it. */
typedef struct open_element {
    uint32_t name;
    const tag_info *info; /* NULL for a name the table does not hold */
} open_element;

typedef struct depth_scan {
    open_element *stack;
    size_t depth, cap, max, limit;
    size_t foreign; /* open svg and math elements */
    size_t tables;  /* open table elements */
    int status;
} depth_scan;

static unsigned flags_of(const open_element *e) { return e->info ? e->info->flags : 0; }
static int group_of(const open_element *e) { return e->info ? e->info->group : GROUP_NONE; }

static void open_element_pop(depth_scan *scan)
{
    const open_element *e = &scan->stack[--scan->depth];
    if (flags_of(e) & TAG_FOREIGN)
        scan->foreign--;
    if (e->info && strcmp(e->info->name, "table") == 0)
        scan->tables--;
}

/* Pops down to and including the nearest open element with the name (or, when group is
 * set, in the group), unless an element with a `stop` flag (and without an `exempt`
 * one) comes first or it is more than SCAN_DEPTH down. */
static void close_element(depth_scan *scan, uint32_t name, int group, unsigned stop,
                          unsigned exempt)
{
    for (size_t k = 0; k < SCAN_DEPTH && k < scan->depth; k++) {
        const open_element *e = &scan->stack[scan->depth - 1 - k];
        if (group ? group_of(e) == group : e->name == name) {
            for (size_t n = 0; n <= k; n++)
                open_element_pop(scan);
            return;
        }
        if ((flags_of(e) & stop) && !(flags_of(e) & exempt))
            return;
    }
}

static void open_element_push(depth_scan *scan, uint32_t name, const tag_info *info)
{
    if (scan->depth >= scan->limit) { /* over the limit: no need to look further */
        scan->max = scan->limit + 1;
        return;
    }
    void *items = scan->stack;
    if (cck_grow(&items, &scan->cap, scan->depth + 1, sizeof *scan->stack) != CCK_OK) {
        scan->status = CCK_ENOMEM;
        scan->max = scan->limit + 1;
        return;
    }
    scan->stack = items;
    scan->stack[scan->depth].name = name;
    scan->stack[scan->depth].info = info;
    scan->depth++;
    if (info && (info->flags & TAG_FOREIGN))
        scan->foreign++;
    if (info && strcmp(info->name, "table") == 0)
        scan->tables++;
    if (scan->depth > scan->max)
        scan->max = scan->depth;
}

static uint32_t hash_name(const char *name)
{
    uint32_t h = CCK_FNV_INIT;
    while (*name)
        h = cck_fnv_step(h, (unsigned char)*name++);
    return h;
}

/* The elements a row or cell implies between it and its table. */
static void imply_table_parts(depth_scan *scan, int group)
{
    const open_element *top = scan->depth ? &scan->stack[scan->depth - 1] : NULL;
    if (!top || !top->info)
        return;
    if (strcmp(top->info->name, "table") == 0) {
        open_element_push(scan, hash_name("tbody"), find_tag("tbody"));
        top = &scan->stack[scan->depth - 1];
    }
    if (group == GROUP_CELL && group_of(top) == GROUP_SECTION)
        open_element_push(scan, hash_name("tr"), find_tag("tr"));
}

/* A start tag: the implied end tags it causes, then the element it opens. */
static void start_tag(depth_scan *scan, uint32_t name, const tag_info *info, int self_closing)
{
    unsigned flags = info ? info->flags : 0;
    int group = info ? info->group : GROUP_NONE;
    if (flags & (TAG_VOID | TAG_IGNORED) || (self_closing && scan->foreign) ||
        ((flags & TAG_TABLE_PART) && scan->tables == 0))
        return;
    const open_element *top = scan->depth ? &scan->stack[scan->depth - 1] : NULL;
    switch (group) {
    case GROUP_LI:
    case GROUP_DDDT:
        close_element(scan, 0, group, TAG_SPECIAL, TAG_LIST_OK);
        break;
    case GROUP_CELL:
    case GROUP_ROW:
    case GROUP_SECTION:
        close_element(scan, 0, group, TAG_TABLE, 0);
        if (group != GROUP_SECTION)
            imply_table_parts(scan, group);
        break;
    case GROUP_OPTION: /* option and optgroup close an open option, nothing more */
        if (top && top->info && strcmp(top->info->name, "option") == 0)
            open_element_pop(scan);
        break;
    case GROUP_HEADING:
        if (top && group_of(top) == GROUP_HEADING)
            open_element_pop(scan);
        break;
    case GROUP_BUTTON:
        close_element(scan, name, 0, TAG_SCOPE, 0);
        break;
    default:
        break;
    }
    if (flags & TAG_CLOSES_P)
        close_element(scan, hash_name("p"), 0, TAG_SCOPE | TAG_BUTTON, 0);
    open_element_push(scan, name, info);
}

static void end_tag(depth_scan *scan, uint32_t name, const tag_info *info)
{
    unsigned flags = info ? info->flags : 0;
    if (flags & (TAG_VOID | TAG_IGNORED | TAG_NO_CLOSE))
        return;
    unsigned stop = TAG_SPECIAL; /* "any other end tag" */
    if (flags & TAG_SPECIAL) {
        stop = TAG_SCOPE;
        if (strcmp(info->name, "p") == 0)
            stop |= TAG_BUTTON;
        else if (strcmp(info->name, "li") == 0)
            stop |= TAG_LIST;
    }
    close_element(scan, name, 0, stop, 0);
}

/* The offset just past the first `what` at or after s[i], or len when there is none. */
static size_t skip_to(const char *s, size_t len, size_t i, const char *what)
{
    size_t n = strlen(what);
    for (; i + n <= len; i++)
        if (memcmp(s + i, what, n) == 0)
            return i + n;
    return len;
}

/* Whether s[i..] is "</name" followed by a space, '/' or '>' (name in lower case). */
static int is_end_tag_of(const char *s, size_t len, size_t i, const char *name)
{
    size_t n = strlen(name);
    if (len - i < n + 2 || s[i] != '<' || s[i + 1] != '/')
        return 0;
    for (size_t k = 0; k < n; k++)
        if (cck_ascii_lower((unsigned char)s[i + 2 + k]) != (unsigned char)name[k])
            return 0;
    if (i + 2 + n == len)
        return 1;
    unsigned char c = (unsigned char)s[i + 2 + n];
    return cck_ascii_is_space(c) || c == '/' || c == '>';
}

/* The deepest nesting of elements in html[0..len), or limit + 1 once over limit. */
static size_t estimate_depth(const char *s, size_t len, size_t limit, int *status)
{
    depth_scan scan = {NULL, 0, 0, 0, limit, 0, 0, CCK_OK};
    size_t i = 0;
    while (i < len && scan.max <= limit) {
        const char *lt = memchr(s + i, '<', len - i);
        if (!lt)
            break;
        i = (size_t)(lt - s) + 1;
        if (i >= len)
            break;
        if (s[i] == '!') {
            i = len - i >= 3 && s[i + 1] == '-' && s[i + 2] == '-' ? skip_to(s, len, i + 1, "-->")
                                                                    : skip_to(s, len, i, ">");
            continue;
        }
        if (s[i] == '?') {
            i = skip_to(s, len, i, ">");
            continue;
        }
        int end = s[i] == '/';
        if (end && (++i >= len || !cck_ascii_is_alpha((unsigned char)s[i]))) {
            i = skip_to(s, len, i, ">");
            continue;
        }
        if (!cck_ascii_is_alpha((unsigned char)s[i]))
            continue;
        char lower[16];
        size_t n = 0;
        uint32_t name = CCK_FNV_INIT;
        for (; i < len && !cck_ascii_is_space((unsigned char)s[i]) && s[i] != '/' && s[i] != '>';
             i++) {
            unsigned char c = cck_ascii_lower((unsigned char)s[i]);
            name = cck_fnv_step(name, c);
            if (n < sizeof lower)
                lower[n] = (char)c;
            n++;
        }
        const tag_info *info = NULL;
        if (n < sizeof lower) {
            lower[n] = '\0';
            info = find_tag(lower);
        }
        unsigned char quote = 0, previous = 0;
        for (; i < len; i++) { /* the attributes, to the closing '>' */
            unsigned char c = (unsigned char)s[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '>')
                break;
            else if ((c == '"' || c == '\'') && previous == '=')
                quote = c;
            if (!cck_ascii_is_space(c))
                previous = c;
        }
        int self_closing = previous == '/';
        i = i < len ? i + 1 : len;
        if (end) {
            end_tag(&scan, name, info);
            continue;
        }
        if (info && (info->flags & TAG_RAW) && !scan.foreign) {
            if (strcmp(info->name, "plaintext") == 0)
                break;
            while (i < len && !is_end_tag_of(s, len, i, info->name)) {
                const char *next = memchr(s + i + 1, '<', len - i - 1);
                i = next ? (size_t)(next - s) : len;
            }
            continue;
        }
        start_tag(&scan, name, info, self_closing);
    }
    cck_free(scan.stack);
    *status = scan.status;
    return scan.max;
}

/* ---- the walk ----------------------------------------------------------------------- */

typedef struct html_frame {
    const GumboNode *node;
    unsigned int next_child;
} html_frame;

typedef struct html_walk {
    cck_prose_builder *b;
    size_t start, end; /* the HTML's bytes in b->buf */
    size_t last;       /* where the last text node ended, for text with no source */
    html_frame *stack;
    size_t depth;
    size_t cap;
} html_walk;

/* Emits one text node: aligned with its original text; what cannot be aligned (gumbo
 * moved it, say) is still analysed, standing for the rest of the node's bytes. */
static void text_node(html_walk *w, const GumboNode *node, cck_align_mode mode)
{
    cck_prose_builder *b = w->b;
    const GumboText *text = &node->v.text;
    size_t text_len = text->text ? strlen(text->text) : 0;
    if (text_len == 0 || (node->type == GUMBO_NODE_WHITESPACE && b->pending_break))
        return;
    uintptr_t data = (uintptr_t)text->original_text.data;
    uintptr_t first = (uintptr_t)(b->buf + w->start), last = (uintptr_t)(b->buf + w->end);
    size_t at = w->last, end = w->last;
    if (text->original_text.data && data >= first && data <= last) {
        at = w->start + (size_t)(data - first);
        size_t room = w->end - at;
        end = at + (text->original_text.length < room ? text->original_text.length : room);
    }
    size_t stop;
    size_t used = cck_prose_align(b, at, end, text->text, text_len, mode, 1, &stop);
    if (used < text_len)
        cck_prose_emit_decoded(b, stop, end - stop, text->text + used, text_len - used);
    w->last = end > stop ? end : stop;
}

/* A comment: handed on when it is a "claimcheck:" directive (one that gumbo did not
 * take from the source is not). */
static void comment_node(html_walk *w, const GumboNode *node)
{
    const GumboStringPiece *source = &node->v.text.original_text;
    uintptr_t data = (uintptr_t)source->data;
    uintptr_t first = (uintptr_t)(w->b->buf + w->start), last = (uintptr_t)(w->b->buf + w->end);
    if (!source->data || data < first || data >= last)
        return;
    size_t at = w->start + (size_t)(data - first);
    size_t room = w->end - at;
    cck_prose_emit_comment(w->b, at, source->length < room ? source->length : room);
}

/* <head>: only the <title> is prose. */
static void head(html_walk *w, const GumboElement *element)
{
    for (unsigned int i = 0; i < element->children.length; i++) {
        const GumboNode *child = element->children.data[i];
        if (child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != GUMBO_TAG_TITLE)
            continue;
        cck_prose_break(w->b);
        const GumboVector *texts = &child->v.element.children;
        for (unsigned int k = 0; k < texts->length; k++) {
            const GumboNode *text = texts->data[k];
            if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE)
                text_node(w, text, CCK_ALIGN_RCDATA);
        }
        cck_prose_break(w->b);
    }
}

static int push(html_walk *w, const GumboNode *node)
{
    void *items = w->stack;
    if (cck_grow(&items, &w->cap, w->depth + 1, sizeof(html_frame)) != CCK_OK)
        return CCK_ENOMEM;
    w->stack = items;
    w->stack[w->depth].node = node;
    w->stack[w->depth].next_child = 0;
    w->depth++;
    return CCK_OK;
}

static const GumboVector *children_of(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                             : &node->v.element.children;
}

static int walk(html_walk *w, const GumboNode *document)
{
    cck_prose_builder *b = w->b;
    if (push(w, document) != CCK_OK)
        return CCK_ENOMEM;
    while (w->depth > 0 && b->status == CCK_OK) {
        html_frame *frame = &w->stack[w->depth - 1];
        const GumboNode *parent = frame->node;
        const GumboVector *children = children_of(parent);
        if (frame->next_child >= children->length) {
            if (parent->type == GUMBO_NODE_ELEMENT && !is_inline(parent->v.element.tag))
                cck_prose_break(b);
            w->depth--;
            continue;
        }
        const GumboNode *node = children->data[frame->next_child++];
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
            int title = parent->type == GUMBO_NODE_ELEMENT &&
                        parent->v.element.tag == GUMBO_TAG_TITLE;
            text_node(w, node, title ? CCK_ALIGN_RCDATA : CCK_ALIGN_HTML);
            continue;
        }
        if (node->type == GUMBO_NODE_COMMENT) {
            comment_node(w, node);
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            continue; /* CDATA, templates */
        const GumboElement *element = &node->v.element;
        int block = !is_inline(element->tag);
        if (element->tag == GUMBO_TAG_HEAD) {
            head(w, element);
            continue;
        }
        if (block)
            cck_prose_break(b);
        if (is_skipped(element) || element->tag == GUMBO_TAG_BR)
            continue;
        if (push(w, node) != CCK_OK)
            return CCK_ENOMEM;
    }
    return b->status;
}

/* ---- source order ------------------------------------------------------------------ */

/* Where a piece was emitted, for putting the pieces back in the order of the source. */
typedef struct placed_piece {
    size_t offset;  /* in the source */
    size_t index;   /* in the order of the walk */
    size_t decoded; /* where its text starts in decoded, if it is not verbatim */
} placed_piece;

static int by_source_offset(const void *a, const void *b)
{
    const placed_piece *x = a, *y = b;
    if (x->offset != y->offset)
        return x->offset < y->offset ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The walk follows the tree, and HTML5 moves some text away from where it was written:
 * text inside a table but outside its cells is "foster-parented" before the table. The
 * pieces from `first` on are put back in the order of the source, so that findings come
 * in offset order. A piece that gets a new neighbour before it starts a paragraph: text
 * that the parser moved does not belong to the sentence it now follows. The decoded
 * text of the non-verbatim pieces is reordered with them, as cck_prose_builder_finish
 * hands it out in piece order. */
static int source_order(cck_prose_builder *b, size_t first)
{
    cck_piece_vec *out = b->out;
    size_t n = out->count - first, i = 1;
    if (n < 2)
        return CCK_OK; /* nothing to order (and pieces may still be NULL) */
    cck_piece *pieces = out->pieces + first;
    while (i < n && pieces[i].offset >= pieces[i - 1].offset)
        i++;
    if (i >= n)
        return CCK_OK; /* already in order: the usual case */
    placed_piece *placed = cck_calloc(n, sizeof *placed);
    cck_piece *sorted = cck_calloc(n, sizeof *sorted);
    size_t decoded_len = 0;
    for (i = 0; i < n; i++)
        if (!pieces[i].verbatim)
            decoded_len += pieces[i].length;
    size_t decoded_start = out->decoded.len - decoded_len;
    char *text = cck_malloc(decoded_len ? decoded_len : 1);
    int status = CCK_ENOMEM;
    if (!placed || !sorted || !text)
        goto done;
    size_t at = decoded_start;
    for (i = 0; i < n; i++) {
        placed[i] = (placed_piece){pieces[i].offset, i, at};
        if (!pieces[i].verbatim)
            at += pieces[i].length;
    }
    qsort(placed, n, sizeof *placed, by_source_offset);
    at = 0;
    for (i = 0; i < n; i++) {
        const placed_piece *p = &placed[i];
        sorted[i] = pieces[p->index];
        if (i == 0 ? p->index != 0 : p->index != placed[i - 1].index + 1)
            sorted[i].breaks = 1;
        if (!sorted[i].verbatim) {
            memcpy(text + at, out->decoded.data + p->decoded, sorted[i].length);
            at += sorted[i].length;
        }
    }
    memcpy(pieces, sorted, n * sizeof *sorted);
    if (decoded_len)
        memcpy(out->decoded.data + decoded_start, text, decoded_len);
    status = CCK_OK;
done:
    cck_free(placed);
    cck_free(sorted);
    cck_free(text);
    return status;
}

/* gumbo's allocations go to heap, which jumps back here when one cannot be had. */
static int parse(cck_prose_heap *heap, const char *html, size_t len, GumboOutput **output)
{
    if (setjmp(heap->jump) != 0)
        return heap->status;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = heap_allocate;
    options.deallocator = heap_deallocate;
    options.userdata = heap;
    options.max_errors = 0; /* the parse errors are not kept */
    *output = gumbo_parse_with_options(&options, html, len);
    return CCK_OK;
}

int cck_prose_html_append(cck_prose_builder *b, size_t start, size_t end, cck_error *error)
{
    size_t len = end - start;
    if (len > CCK_PROSE_MAX_BYTES)
        return cck_error_set(error, CCK_ELIMIT, NULL, 0, 0, "HTML larger than %zu bytes",
                             CCK_PROSE_MAX_BYTES);
    int status;
    size_t depth = estimate_depth(b->buf + start, len, CCK_PROSE_MAX_HTML_DEPTH, &status);
    if (status != CCK_OK)
        return cck_error_set(error, status, NULL, 0, 0, "%s", cck_status_string(status));
    if (depth > CCK_PROSE_MAX_HTML_DEPTH)
        return cck_error_set(error, CCK_ELIMIT, NULL, 0, 0,
                             "HTML elements nested more than %d deep", CCK_PROSE_MAX_HTML_DEPTH);
    cck_prose_heap heap;
    cck_prose_heap_init(&heap, len);
    GumboOutput *output = NULL;
    status = parse(&heap, b->buf + start, len, &output);
    if (status == CCK_OK && output && output->document) {
        html_walk w = {b, start, end, start, NULL, 0, 0};
        size_t first = b->out->count;
        status = walk(&w, output->document);
        cck_free(w.stack);
        if (status == CCK_OK)
            status = source_order(b, first);
    }
    size_t limit = heap.limit;
    cck_prose_heap_free_all(&heap);
    if (status == CCK_ELIMIT)
        return cck_error_set(error, status, NULL, 0, 0,
                             "the HTML parser needed more than %zu bytes of memory", limit);
    if (status != CCK_OK)
        return cck_error_set(error, status, NULL, 0, 0, "%s", cck_status_string(status));
    return CCK_OK;
}

size_t cck_html_declared_charset(const char *buf, size_t len, const char **name)
{
    static const char key[] = "charset";
    const size_t key_len = sizeof key - 1;
    size_t end = len < 1024 ? len : 1024;
    *name = NULL;
    for (size_t i = 0; buf && i + key_len < end; i++) {
        if (!cck_ascii_equals_lower(buf + i, key_len, key))
            continue;
        /* inside a <meta ...> tag: the '<' before it, with no '>' between, opens one */
        size_t lt = i;
        while (lt > 0 && buf[lt - 1] != '<' && buf[lt - 1] != '>')
            lt--;
        if (lt == 0 || buf[lt - 1] != '<' || lt + 4 > i ||
            !cck_ascii_equals_lower(buf + lt, 4, "meta"))
            continue;
        size_t j = i + key_len;
        while (j < end && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\n' || buf[j] == '\r'))
            j++;
        if (j >= end || buf[j] != '=')
            continue;
        j++;
        while (j < end && (buf[j] == ' ' || buf[j] == '"' || buf[j] == '\''))
            j++;
        size_t from = j;
        while (j < end && (cck_ascii_is_alnum((unsigned char)buf[j]) || buf[j] == '-' ||
                           buf[j] == '_' || buf[j] == '.' || buf[j] == ':'))
            j++;
        size_t n = j - from;
        if (n == 0 || n > 40 || cck_ascii_equals_lower(buf + from, n, "utf-8") ||
            cck_ascii_equals_lower(buf + from, n, "utf8"))
            return 0;
        *name = buf + from;
        return n;
    }
    return 0;
}

int cck_html_pieces(const char *buf, size_t len, cck_piece_vec *out, cck_error *error)
{
    if ((!buf && len) || !out)
        return cck_error_set(error, CCK_EINVAL, NULL, 0, 0, "no buffer or no output");
    if (error)
        cck_error_clear(error);
    cck_prose_builder b;
    cck_prose_builder_init(&b, out, buf ? buf : "", len);
    int status = cck_prose_html_append(&b, 0, len, error);
    if (status != CCK_OK)
        b.status = status;
    return cck_prose_builder_finish(&b);
}
