/* snapshot_gen.c - cck-trie-snapshot FILE: builds the trie of the embedded lexicons and
 * writes it to FILE as C, with the cck_trie_snapshot_default that returns it (see
 * snapshot.c). Run by the build, not installed. The file is written beside FILE and
 * renamed over it, so that a failed run leaves no half file for the next build to
 * take. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/lexicon_private.h"

/* An array of `type` from n values, `stride` to a struct (its members in order), as
 * signed decimal numbers: each fits the member it initializes (-1 for a missing id). */
static void put_rows(FILE *f, const char *type, const char *name, const int64_t *v, size_t n,
                     size_t stride)
{
    fprintf(f, "static const %s %s[] = {", type, name);
    for (size_t i = 0; i < n; i++) {
        if (i % (8 * stride) == 0)
            fputs("\n   ", f);
        if (stride == 1) {
            fprintf(f, " %" PRId64 ",", v[i]);
            continue;
        }
        if (i % stride == 0)
            fputs(" {", f);
        fprintf(f, "%" PRId64 "%s", v[i], i % stride == stride - 1 ? "}," : ", ");
    }
    fputs(n ? "\n};\n" : stride == 1 ? " 0};\n" : " {0}};\n", f);
}

static int write_snapshot(FILE *f, const cck_engine *e)
{
    const cck_matcher *m = e->matcher;
    size_t text_len = 0;
    for (size_t i = 0; i < m->word_count; i++)
        if (m->words[i].offset + (size_t)m->words[i].len > text_len)
            text_len = m->words[i].offset + (size_t)m->words[i].len;
    fputs("/* The trie of the embedded lexicons, written by cck-trie-snapshot "
          "(src/lexicon/snapshot_gen.c)\n * when the library is built. Do not edit. */\n"
          "#include \"lexicon/lexicon_private.h\"\n\n",
          f);
    /* bytes as unsigned numbers: a negative one in a char array does not convert
     * silently where char is unsigned */
    fputs("static const unsigned char cck_trie_word_text[] = {", f);
    for (size_t i = 0; i <= text_len; i++) {
        if (i % 16 == 0)
            fputs("\n   ", f);
        fprintf(f, " %u,", i < text_len ? (unsigned)(unsigned char)m->word_text[i] : 0u);
    }
    fputs("\n};\n", f);
    fputs("static const unsigned char cck_trie_phrases[] = {", f);
    size_t column = 0;
    for (size_t i = 0; i < e->entry_count; i++) {
        const unsigned char *p = (const unsigned char *)e->entries[i].phrase;
        unsigned kind = e->entries[i].is_pattern ? 'p' : 'w';
        for (size_t k = 0;; k++) {
            unsigned byte = k == 0 ? kind : p[k - 1];
            if (column++ % 16 == 0)
                fputs("\n   ", f);
            fprintf(f, " %u,", byte);
            if (k > 0 && byte == 0)
                break;
        }
    }
    fputs("\n};\n", f);

    /* the structs as rows of numbers, in the order of their members */
    size_t most = 3 * m->word_count;
    if (2 * (m->slot_mask + 1) > most)
        most = 2 * (m->slot_mask + 1);
    if (4 * m->node_count > most)
        most = 4 * m->node_count;
    if (m->edge_mask + 1 > most)
        most = m->edge_mask + 1;
    if (m->node_entry_count > most)
        most = m->node_entry_count;
    int64_t *rows = calloc(most + 1, sizeof *rows);
    if (!rows)
        return -1;
    for (size_t i = 0; i < m->word_count; i++) {
        rows[3 * i] = m->words[i].offset;
        rows[3 * i + 1] = m->words[i].len;
        rows[3 * i + 2] = m->words[i].root_child;
    }
    put_rows(f, "cck_word", "cck_trie_words", rows, 3 * m->word_count, 3);
    for (size_t i = 0; i <= m->slot_mask; i++) {
        rows[2 * i] = m->slots[i].hash;
        rows[2 * i + 1] = m->slots[i].id;
    }
    put_rows(f, "cck_word_slot", "cck_trie_slots", rows, 2 * (m->slot_mask + 1), 2);
    for (size_t i = 0; i < m->node_count; i++) {
        rows[4 * i] = m->nodes[i].edge_count;
        rows[4 * i + 1] = m->nodes[i].gap_child;
        rows[4 * i + 2] = m->nodes[i].first_entry;
        rows[4 * i + 3] = m->nodes[i].entry_count;
    }
    put_rows(f, "cck_trie_node", "cck_trie_nodes", rows, 4 * m->node_count, 4);
    for (size_t i = 0; i <= m->edge_mask; i++) /* an empty slot's child was never set */
        rows[i] = m->edge_keys[i] ? m->edge_children[i] : 0;
    put_rows(f, "uint32_t", "cck_trie_edge_children", rows, m->edge_mask + 1, 1);
    for (size_t i = 0; i < m->node_entry_count; i++)
        rows[i] = m->node_entries[i];
    put_rows(f, "uint32_t", "cck_trie_node_entries", rows, m->node_entry_count, 1);
    free(rows);
    fputs("static const uint64_t cck_trie_edge_keys[] = {", f);
    for (size_t i = 0; i <= m->edge_mask; i++) {
        if (i % 8 == 0)
            fputs("\n   ", f);
        fprintf(f, " %" PRIu64 "u,", m->edge_keys[i]);
    }
    fputs("\n};\n", f);
    fprintf(f,
            "static const cck_trie_snapshot cck_embedded_trie = {\n"
            "    %zuu, (const char *)cck_trie_phrases,\n"
            "    (const char *)cck_trie_word_text, cck_trie_words, %zuu,\n"
            "    cck_trie_slots, %zuu,\n"
            "    cck_trie_nodes, %zuu,\n"
            "    cck_trie_edge_keys, cck_trie_edge_children, %zuu, %uu,\n"
            "    cck_trie_node_entries, %zuu,\n"
            "};\n",
            e->entry_count, m->word_count, m->slot_mask,
            m->node_count, m->edge_mask, m->edge_shift, m->node_entry_count);
    fputs("\nconst cck_trie_snapshot *cck_trie_snapshot_default(void)\n{\n"
          "    return &cck_embedded_trie;\n}\n",
          f);
    return ferror(f) ? -1 : 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: cck-trie-snapshot FILE\n");
        return 2;
    }
    cck_error err;
    memset(&err, 0, sizeof err);
    cck_lexicon *lex = cck_lexicon_new();
    cck_engine *engine = NULL;
    if (!lex || cck_lexicon_load_defaults(lex, &err) != CCK_OK ||
        cck_engine_new_with(lex, NULL, 0, &engine, &err) != CCK_OK) {
        fprintf(stderr, "cck-trie-snapshot: %s\n", lex ? err.message : "out of memory");
        cck_lexicon_free(lex);
        return 1;
    }
    size_t n = strlen(argv[1]);
    char *tmp = malloc(n + 5);
    if (!tmp)
        return 1;
    memcpy(tmp, argv[1], n);
    memcpy(tmp + n, ".tmp", 5);
    FILE *f = fopen(tmp, "w");
    int bad = !f || write_snapshot(f, engine) != 0;
    if (f && fclose(f) != 0)
        bad = 1;
    if (bad || rename(tmp, argv[1]) != 0) {
        fprintf(stderr, "cck-trie-snapshot: cannot write %s: %s\n", argv[1], strerror(errno));
        remove(tmp);
        free(tmp);
        cck_engine_free(engine);
        cck_lexicon_free(lex);
        return 1;
    }
    free(tmp);
    cck_engine_free(engine);
    cck_lexicon_free(lex);
    return 0;
}
