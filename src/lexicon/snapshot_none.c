/* snapshot_none.c - no trie snapshot: every engine builds its own (see snapshot.c). */
#include "lexicon/lexicon_private.h"

const cck_trie_snapshot *cck_trie_snapshot_default(void)
{
    return NULL;
}
