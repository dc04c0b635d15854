/* findings.c - a list of findings deep-copied out of the scanner's callback, so that a
 * printer that needs a record's findings all at once (HTML, SARIF fixes, the summary)
 * can have them after the scan. Strings and cues live in blocks that are reused from
 * one record to the next. */
#include <stdalign.h>
#include <string.h>

#include "report/formats.h"

#define BLOCK_MIN ((size_t)16 * 1024)
#define ALIGNMENT (alignof(max_align_t))

/* A block of copied bytes; data follows the header. */
struct cck_finding_block {
    struct cck_finding_block *next;
    size_t size; /* bytes of data */
    size_t used;
    max_align_t data[]; /* aligned for cck_cue */
};

void cck_finding_list_init(cck_finding_list *list)
{
    list->items = NULL;
    list->count = 0;
    list->cap = 0;
    list->bytes = 0;
    list->blocks = NULL;
    list->current = NULL;
}

void cck_finding_list_clear(cck_finding_list *list)
{
    list->count = 0;
    list->bytes = 0;
    for (struct cck_finding_block *b = list->blocks; b; b = b->next)
        b->used = 0;
    list->current = list->blocks;
}

void cck_finding_list_free(cck_finding_list *list)
{
    if (!list)
        return;
    struct cck_finding_block *b = list->blocks;
    while (b) {
        struct cck_finding_block *next = b->next;
        cck_free(b);
        b = next;
    }
    cck_free(list->items);
    cck_finding_list_init(list);
}

/* Takes size bytes from block b, which has room for them, and counts them. */
static void *take(cck_finding_list *list, struct cck_finding_block *b, size_t size)
{
    list->bytes += size;
    void *p = (char *)b->data + b->used;
    b->used += size;
    return p;
}

/* size bytes from the current block, or the next one (reused after a clear), or a new
 * block put right after the current one; NULL when out of memory. The blocks before
 * the current one are never looked at again until the next clear, so an append costs
 * the same however many blocks the list holds (a list of 50,000 findings, say, from
 * one long document). A large request that does not fit gets a block of its own and
 * leaves the current block current, so small copies still fill it. */
static void *block_alloc(cck_finding_list *list, size_t size)
{
    if (size > SIZE_MAX - ALIGNMENT)
        return NULL;
    size = (size + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    struct cck_finding_block *current = list->current;
    if (current && current->size - current->used >= size)
        return take(list, current, size);
    struct cck_finding_block *next = current ? current->next : list->blocks;
    int large = size > BLOCK_MIN / 4;
    if (next && next->size - next->used >= size) {
        if (!large || !current)
            list->current = next;
        return take(list, next, size);
    }
    size_t data_size = size > BLOCK_MIN ? size : BLOCK_MIN;
    if (data_size > SIZE_MAX - sizeof(struct cck_finding_block))
        return NULL;
    struct cck_finding_block *b = cck_malloc(sizeof *b + data_size);
    if (!b)
        return NULL;
    b->size = data_size;
    b->used = 0;
    if (current) {
        b->next = current->next;
        current->next = b;
    } else {
        b->next = list->blocks;
        list->blocks = b;
    }
    if (!large || !current)
        list->current = b;
    return take(list, b, size);
}

/* A copy of a NUL-terminated string in the list's blocks; NULL stays NULL. */
static int copy_string(cck_finding_list *list, const char *s, const char **copy)
{
    *copy = NULL;
    if (!s)
        return CCK_OK;
    size_t len = strlen(s);
    char *p = block_alloc(list, len + 1);
    if (!p)
        return CCK_ENOMEM;
    memcpy(p, s, len + 1);
    *copy = p;
    return CCK_OK;
}

int cck_finding_list_append(cck_finding_list *list, const cck_finding *finding)
{
    if (!list || !finding)
        return CCK_EINVAL;
    if (list->count == SIZE_MAX)
        return CCK_ENOMEM;
    void *items = list->items;
    if (cck_grow(&items, &list->cap, list->count + 1, sizeof(cck_finding)) != CCK_OK)
        return CCK_ENOMEM;
    list->items = items;

    cck_finding copy = *finding;
    copy.cues = NULL;
    copy.cue_count = 0;
    if (copy_string(list, finding->message, &copy.message) != CCK_OK ||
        copy_string(list, finding->explanation, &copy.explanation) != CCK_OK ||
        copy_string(list, finding->suggestion, &copy.suggestion) != CCK_OK)
        return CCK_ENOMEM;
    if (finding->cues && finding->cue_count) {
        if (finding->cue_count > SIZE_MAX / sizeof(cck_cue))
            return CCK_ENOMEM;
        cck_cue *cues = block_alloc(list, finding->cue_count * sizeof(cck_cue));
        if (!cues)
            return CCK_ENOMEM;
        for (size_t i = 0; i < finding->cue_count; i++) {
            cues[i] = finding->cues[i];
            if (copy_string(list, finding->cues[i].category, &cues[i].category) != CCK_OK)
                return CCK_ENOMEM;
        }
        copy.cues = cues;
        copy.cue_count = finding->cue_count;
    }
    list->items[list->count++] = copy;
    list->bytes += sizeof copy;
    return CCK_OK;
}
