/* bench.h - declarations shared by the parts of the cck-bench program: growable buffers,
 * the seeded corpus generator and the word list flattened from claimcheck's lexicons. */
#ifndef CCK_BENCH_H
#define CCK_BENCH_H

#include <stddef.h>
#include <stdint.h>

/* ---- small utilities (util.c); the program exits on allocation failure ---- */

typedef struct cck_bench_buf {
    char *data;
    size_t len;
    size_t cap;
} cck_bench_buf;

void cck_bench_buf_putn(cck_bench_buf *buf, const char *s, size_t n);
void cck_bench_buf_put(cck_bench_buf *buf, const char *s);
void cck_bench_buf_putc(cck_bench_buf *buf, char c);
void cck_bench_buf_free(cck_bench_buf *buf);

typedef struct cck_bench_strvec {
    char **items;
    size_t len;
    size_t cap;
} cck_bench_strvec;

void cck_bench_strvec_push(cck_bench_strvec *vec, char *owned);
void cck_bench_strvec_free(cck_bench_strvec *vec);

void *cck_bench_xrealloc(void *ptr, size_t size);
char *cck_bench_xstrndup(const char *s, size_t n);
void cck_bench_die(const char *what);

/* Reads a whole file; returns 0, or -1 with errno set. */
int cck_bench_file_read(const char *path, cck_bench_buf *out);
/* Writes a whole file through path.tmp and rename; returns 0 or -1. */
int cck_bench_file_write(const char *path, const char *data, size_t len);
/* mkdir -p; returns 0 or -1. */
int cck_bench_mkdirs(const char *path);

/* ---- the corpus generator (corpus.c) ---- */

typedef struct cck_bench_corpus_info {
    uint64_t bytes;   /* bytes written */
    uint64_t records; /* posts (stream), articles (folder) or paragraphs (document) */
} cck_bench_corpus_info;

/* Posts one per line until at least target_bytes are written. */
int cck_bench_corpus_write_stream(const char *path, uint64_t seed, uint64_t target_bytes,
                                  cck_bench_corpus_info *info);
/* One document of long paragraphs separated by blank lines. */
int cck_bench_corpus_write_document(const char *path, uint64_t seed, uint64_t target_bytes,
                                    cck_bench_corpus_info *info);
/* count articles of about 5 KB, even indexes Markdown (.md), odd ones text (.txt). */
int cck_bench_corpus_write_folder(const char *dir, uint64_t seed, size_t count,
                                  cck_bench_corpus_info *info);
/* The path of article index inside dir; returns 0, or -1 when cap is too small. */
int cck_bench_corpus_article_path(char *out, size_t cap, const char *dir, size_t index);

/* ---- word lists from the lexicons (wordlist.c) ---- */

typedef struct cck_bench_lexicon_info {
    size_t files;               /* *.lex files read */
    size_t entries;             /* entry lines, regex entries included */
    size_t regex_skipped;       /* /regex/ entries left out of the word list */
    cck_bench_strvec phrases;   /* flattened, lowercased, sorted, unique */
    cck_bench_strvec heads;     /* distinct "CATEGORY LEVEL" pairs seen, in order */
} cck_bench_lexicon_info;

/* Flattens every *.lex of dir. Returns 0, or -1 when the folder cannot be opened. */
int cck_bench_lexicon_flatten(const char *dir, cck_bench_lexicon_info *info);
void cck_bench_lexicon_info_free(cck_bench_lexicon_info *info);
/* The built-in list of domain words used when no lexicon is available. */
size_t cck_bench_fallback_words(const char *const **words);
/* Writes count generated entries in lexicon format, using heads for CATEGORY LEVEL. */
int cck_bench_lexicon_write_extra(const char *path, uint64_t seed, size_t count,
                                  const cck_bench_strvec *heads);

#endif
