/* input.h - where text comes from: whole files read safely, folders walked in sorted
 * order, and streams cut into records (one per line, or one JSON object per line).
 * Nothing here prints or exits; records.c is the only file that includes jansson.h. */
#ifndef CCK_INPUT_H
#define CCK_INPUT_H

#include <stddef.h>
#include <stdio.h>

#include "claimcheck.h"
#include "util/util.h"

/* ---- whole files ---------------------------------------------------------------- */

/* How many leading bytes are looked at to decide that a file is binary. */
#define CCK_INPUT_BINARY_PROBE 8192

/* Reads the regular file at path into out (cleared first). A file larger than
 * max_bytes (0: no limit) gives CCK_ELIMIT without being read; a folder, device or
 * pipe gives CCK_EINVAL; an unreadable file gives CCK_EIO. error names the path. */
int cck_input_read_file(const char *path, size_t max_bytes, cck_buf *out,
                        cck_error *error);

/* Reads a whole stream (stdin) into out (cleared first). More than max_bytes (0: no
 * limit) gives CCK_ELIMIT; a read error gives CCK_EIO. name is used in error. */
int cck_input_read_stream(FILE *stream, const char *name, size_t max_bytes, cck_buf *out,
                          cck_error *error);

/* The offset of the first NUL byte among the first CCK_INPUT_BINARY_PROBE bytes of
 * buf, or (size_t)-1 when there is none: the cheap test for "this is not text". */
size_t cck_input_find_binary(const char *buf, size_t len);

/* ---- folders -------------------------------------------------------------------- */

/* A depth-first walk of a folder that yields its regular files in sorted (byte) order.
 * Entries whose name starts with '.' are skipped, symbolic links are not followed, and
 * anything that is neither a folder nor a regular file is skipped. The walk keeps its
 * own stack, so deep trees cost memory, not recursion. */
typedef struct cck_walk cck_walk;

/* Starts a walk at the folder root. Returns NULL when out of memory. */
cck_walk *cck_walk_new(const char *root);
void cck_walk_free(cck_walk *walk);

/* recursive 0: only the files directly inside the root (subfolders are skipped). */
void cck_walk_set_recursive(cck_walk *walk, int recursive);

/* Moves to the next regular file and points *path at its name (valid until the next
 * call). Returns 1 for a file, 0 when the walk is over, or a negative status when a
 * folder could not be listed (error says which); the walk can go on after an error. */
int cck_walk_next(cck_walk *walk, const char **path, cck_error *error);

/* ---- records from a stream ------------------------------------------------------ */

typedef enum cck_record_mode {
    CCK_RECORD_LINES = 0, /* every line is one record; CRLF and LF both end a line */
    CCK_RECORD_JSONL      /* every line is one JSON object holding the record's text */
} cck_record_mode;

typedef struct cck_record_options {
    cck_record_mode mode;
    size_t max_record_bytes; /* longer lines become error records; 0: no limit */
    const char *field;       /* JSONL text field; NULL: "text", then "full_text" */
    const char *id_field;    /* JSONL id field; NULL: "id_str", then "id" */
} cck_record_options;

/* One record. Every line of the stream gives exactly one record, in order, so a
 * consumer can match outputs to inputs; a record that could not be read has error
 * set and no text. Pointers are valid until the next call on the reader. */
typedef struct cck_record {
    size_t number;        /* 1-based record number */
    size_t line;          /* 1-based line of the stream where the record starts */
    const char *text;     /* the record's text (not NUL-terminated; may hold NUL) */
    size_t length;
    const char *id;       /* JSONL: the id as text (a number's decimal form); else NULL */
    size_t id_length;
    int id_is_number;     /* the id was a JSON number: echo it as a number */
    const char *error;    /* non-NULL: why this record could not be read (one line) */
    size_t error_column;  /* 1-based column (code points) of the problem; 0 unknown */
} cck_record;

typedef struct cck_record_reader cck_record_reader;

/* A reader over stream, which is not closed by the reader. options is copied (the
 * field names are not: they must outlive the reader). Returns NULL when out of
 * memory or when options are invalid. */
cck_record_reader *cck_record_reader_new(FILE *stream, const cck_record_options *options);
void cck_record_reader_free(cck_record_reader *reader);

/* Reads the next record into *record. Returns 1 when a record was read (possibly an
 * error record), 0 at the end of the stream, CCK_EIO when the stream failed (error
 * says so; the reader is then finished) or CCK_ENOMEM. */
int cck_record_reader_next(cck_record_reader *reader, cck_record *record, cck_error *error);

#endif /* CCK_INPUT_H */
