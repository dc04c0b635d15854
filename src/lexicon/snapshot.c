/* snapshot.c - what decides whether an engine may borrow the trie built with the
 * library.
 *
 * Expanding every phrase of the embedded lexicons into the trie is most of what a start
 * costs (about 60M instructions, 10 ms). The build runs that expansion once, in
 * cck-trie-snapshot (snapshot_gen.c), and writes the finished arrays as C, with the
 * cck_trie_snapshot_default that returns them, into the library. An engine whose
 * entries have the snapshot's fingerprint borrows its arrays; any other set of entries
 * (added lexicons) builds its own trie as before. The generator itself, and the
 * fuzzing and out-of-memory copies of the library, link snapshot_none.c instead. */
#include "lexicon/lexicon_private.h"

uint64_t cck_trie_fingerprint(const cck_entry *entries, size_t count)
{
    uint64_t h = 0xcbf29ce484222325u;
    const uint64_t prime = 0x100000001b3u;
    for (size_t i = 0; i < count; i++) {
        h = (h ^ (entries[i].is_pattern ? 2u : 1u)) * prime;
        for (const unsigned char *p = (const unsigned char *)entries[i].phrase; *p; p++)
            h = (h ^ *p) * prime;
        h = (h ^ 0xFFu) * prime; /* the end of a phrase: "a b" + "c" is not "a" + "b c" */
    }
    return (h ^ (uint64_t)count) * prime;
}
