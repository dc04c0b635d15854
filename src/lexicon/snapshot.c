/* snapshot.c - what decides whether an engine may borrow the trie built with the
 * library.
 *
 * Expanding every phrase of the embedded lexicons into the trie is most of what a start
 * costs (about 60M instructions, 10 ms). The build runs that expansion once, in
 * cck-trie-snapshot (snapshot_gen.c), and writes the finished arrays as C, with the
 * cck_trie_snapshot_default that returns them, into the library, with the entries'
 * phrases it was built from. An engine of exactly those phrases borrows its arrays;
 * any other set of entries (added lexicons) builds its own trie as before. The phrases
 * are compared whole, not by a hash: a lexicon made to collide with the defaults would
 * otherwise borrow a trie whose entry numbers run past its own entries. The generator
 * itself, and the fuzzing and out-of-memory copies of the library, link
 * snapshot_none.c instead. */
#include <string.h>

#include "lexicon/lexicon_private.h"

int cck_trie_snapshot_fits(const cck_trie_snapshot *snap, const cck_entry *entries,
                           size_t count)
{
    if (!snap || snap->entry_count != count)
        return 0;
    const char *at = snap->phrases;
    for (size_t i = 0; i < count; i++) {
        if (*at++ != (entries[i].is_pattern ? 'p' : 'w'))
            return 0;
        size_t n = strlen(entries[i].phrase);
        if (memcmp(at, entries[i].phrase, n + 1) != 0)
            return 0;
        at += n + 1;
    }
    return 1;
}
