/* corpus.h - reading the gold corpus of the accuracy evaluation: splitting TSV lines,
 * checking and parsing rows of sentences.tsv, causal.tsv and docs/NAME.labels.tsv.
 * Pure functions over caller-owned buffers, so that malformed rows can be unit-tested. */
#ifndef CCK_EVAL_CORPUS_H
#define CCK_EVAL_CORPUS_H

#include <stddef.h>

/* The categories a gold row may name, in cck_category order. */
enum {
    EVAL_CATEGORY_COUNT = 10,
    EVAL_CATEGORY_NONE = -1,   /* "-": no category */
    EVAL_CATEGORY_OTHER = 10,  /* a predicted rule name that is none of the ten */
    EVAL_CATEGORY_UNKNOWN = -2 /* a gold value that is not a category: a corpus bug */
};

/* "prevention" ... "anecdote"; "-" for EVAL_CATEGORY_NONE, "other" otherwise. */
const char *eval_category_name(int category);
/* The category named by s, EVAL_CATEGORY_NONE for "-", EVAL_CATEGORY_UNKNOWN else. */
int eval_category_parse(const char *s);

/* The `case` values of sentences.tsv, in the order of the format description. */
enum { EVAL_CASE_COUNT = 14 };
const char *eval_case_name(size_t index);
int eval_case_is_known(const char *s);

/* 1 for "finding", 0 for "none", -1 otherwise. */
int eval_label_parse(const char *s);
/* One digit 0-5, nothing else. Returns 0 and sets *level, or -1. */
int eval_level_parse(const char *s, int *level);

/* The byte offset of the first invalid UTF-8 sequence in buf[0..len) (overlong forms,
 * surrogates and code points above U+10FFFF are invalid), or len when it is valid. */
size_t eval_utf8_check(const char *buf, size_t len);

/* The 1-based line and code point column of byte `offset` in buf. */
void eval_line_column(const char *buf, size_t len, size_t offset, size_t *line,
                      size_t *column);

/* Cuts the next line off *cursor (up to '\n', which is replaced by NUL; a '\r' before
 * it is dropped too). Returns NULL when *cursor has reached end. */
char *eval_next_line(char **cursor, char *end);

/* Splits a NUL-terminated line on tabs, in place. Fills at most max_fields pointers and
 * returns the number of fields the line has (which may be more than max_fields). */
size_t eval_tsv_split(char *line, char **fields, size_t max_fields);

/* How many times needle occurs in haystack (counting stops at 2); *offset is the byte
 * offset of the first occurrence. An empty needle occurs 0 times. */
size_t eval_find_count(const char *haystack, size_t haystack_len, const char *needle,
                       size_t needle_len, size_t *offset);

/* Rows. Strings point into the caller's line buffer. */
typedef struct eval_sentence_row {
    size_t line;       /* 1-based line in sentences.tsv */
    const char *id;
    int finding;       /* gold label */
    int category;      /* EVAL_CATEGORY_NONE or 0..9 */
    int claim_level;
    const char *voice;
    const char *case_name;
    const char *text;
} eval_sentence_row;

typedef struct eval_causal_row {
    size_t line;
    const char *id;
    int claim_level;
    const char *text;
} eval_causal_row;

typedef struct eval_label_row {
    size_t line;
    int finding;
    int category;
    const char *quote;
} eval_label_row;

/* The header lines the files must start with. */
extern const char eval_sentences_header[];
extern const char eval_causal_header[];
extern const char eval_labels_header[];

/* Each parses the fields of one data line. On a problem it returns -1 and writes a
 * one-line message (without the file:line prefix) into message. */
int eval_sentence_row_parse(char **fields, size_t field_count, eval_sentence_row *row,
                            char *message, size_t message_size);
int eval_causal_row_parse(char **fields, size_t field_count, eval_causal_row *row,
                          char *message, size_t message_size);
int eval_label_row_parse(char **fields, size_t field_count, eval_label_row *row,
                         char *message, size_t message_size);

#endif
