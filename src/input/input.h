/* input.h - where text comes from: whole files read safely, folders walked in sorted
 * order, and streams cut into records (one per line, or one JSON object per line).
 * Nothing here prints or exits; records.c is the only file that includes jansson.h. */
#ifndef CCK_INPUT_H
#define CCK_INPUT_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "claimcheck.h"
#include "util/util.h"

/* ---- whole files ---------------------------------------------------------------- */

/* How many leading bytes are looked at to decide that a file is binary. */
#define CCK_INPUT_BINARY_PROBE 8192

/* Reads the file at path into out (cleared first): a regular file, or a pipe or
 * device read to its end. More than max_bytes (0: no limit) gives CCK_ELIMIT, without
 * reading for a regular file; a folder gives CCK_EINVAL; an unreadable file gives
 * CCK_EIO. error names the path. */
int cck_input_read_file(const char *path, size_t max_bytes, cck_buf *out,
                        cck_error *error);

/* Reads a whole stream (stdin) into out (cleared first). More than max_bytes (0: no
 * limit) gives CCK_ELIMIT; a read error gives CCK_EIO. name is used in error. */
int cck_input_read_stream(FILE *stream, const char *name, size_t max_bytes, cck_buf *out,
                          cck_error *error);

/* The offset of the first NUL byte among the first CCK_INPUT_BINARY_PROBE bytes of
 * buf, or (size_t)-1 when there is none: the cheap test for "this is not text". */
size_t cck_input_find_binary(const char *buf, size_t len);

/* ---- path patterns (glob.c) ------------------------------------------------------ */

/* A glob for --include/--exclude and .gitignore rules. Syntax: '*' is any run of
 * characters but '/', '?' one character but '/', '[abc]', '[a-z]', '[!a-z]' (or
 * '[^a-z]') a class, '\' makes the next character ordinary. "**" stands for any number
 * of folders when it is a whole path component: a leading "**" + "/" matches in every
 * folder, "/" + "**" + "/" matches zero or more folders, a final "/" + "**" everything
 * inside; any other "**" is a '*'. A pattern with a '/' (other than a final one) is
 * matched against the whole relative path (a leading '/' only anchors it); one
 * without is matched against the last component (the base name). A final '/' makes
 * the pattern match folders only. Matching is by Unicode character, case-sensitive,
 * and costs at most pattern length times path length. */
typedef struct cck_glob cck_glob;

/* Compiles pattern[0..len). CCK_EINVAL for an empty pattern, CCK_ELIMIT for one of
 * more than 1024 tokens, CCK_ENOMEM. */
int cck_glob_new(const char *pattern, size_t len, cck_glob **glob);
void cck_glob_free(cck_glob *glob);

/* Whether the relative path[0..len) (components separated by '/', no leading '/')
 * matches; is_dir says whether it names a folder. */
int cck_glob_match(const cck_glob *glob, const char *path, size_t len, int is_dir);

/* The rules of one .gitignore file, matched against paths relative to its folder.
 * Supported: blank lines and '#' comments, trailing spaces dropped (unless escaped),
 * '!' to take a path back in, '\#' and '\!' for a literal first character, a final
 * '/' for folders only, a leading or middle '/' to anchor the pattern to the folder
 * of the .gitignore, and the glob syntax above. */
typedef struct cck_ignore cck_ignore;

enum {
    CCK_IGNORE_NONE = 0,    /* no rule matched */
    CCK_IGNORE_EXCLUDE = 1, /* the last matching rule ignores the path */
    CCK_IGNORE_INCLUDE = 2  /* the last matching rule is a '!' rule */
};

cck_ignore *cck_ignore_new(void);
void cck_ignore_free(cck_ignore *ignore);
/* Adds the rules of a .gitignore file held in memory (CR LF line ends and a byte
 * order mark are fine). Lines that are not usable patterns are skipped, as git does.
 * Returns CCK_OK or CCK_ENOMEM. */
int cck_ignore_add_buffer(cck_ignore *ignore, const char *buf, size_t len);
size_t cck_ignore_get_rule_count(const cck_ignore *ignore);
/* CCK_IGNORE_NONE, _EXCLUDE or _INCLUDE for a path relative to the rules' folder. */
int cck_ignore_match(const cck_ignore *ignore, const char *path, size_t len, int is_dir);

/* ---- folders (walk.c) ------------------------------------------------------------ */

/* A depth-first folder walk that yields regular files, folder by folder in sorted
 * (byte) name order. By default entries whose name starts with '.' are skipped,
 * symbolic links inside the folder are skipped (not followed), .gitignore files are
 * not read, and anything that is neither a folder nor a regular file is skipped. The
 * walk keeps its own stack of open folders, so deep trees cost memory, not recursion.
 * The root itself is always walked, whatever its name, and followed if it is a link. */
typedef struct cck_walk cck_walk;

/* What the walk may be told; zero is the default for every field. */
typedef struct cck_walk_options {
    int no_recursion; /* only the files directly inside the root */
    int hidden;       /* also entries whose name starts with '.' */
    int follow;       /* follow symbolic links (loops are caught by device and inode) */
    int gitignore;    /* honour the .gitignore files of the root and its subfolders */
    /* Globs matched against the path relative to the root (see cck_glob): a file or
     * folder matching an exclude is skipped; when there are includes, a file is
     * yielded only if it matches one (folders are always entered). Borrowed. */
    const cck_glob *const *include;
    size_t include_count;
    const cck_glob *const *exclude;
    size_t exclude_count;
} cck_walk_options;

/* Starts a walk at the folder root. options may be NULL (the defaults) and is
 * copied (the glob arrays are borrowed and must outlive the walk). Returns NULL when
 * out of memory. */
cck_walk *cck_walk_new(const char *root, const cck_walk_options *options);
void cck_walk_free(cck_walk *walk);

/* What cck_walk_next found besides files: a note is not an error (a symbolic link
 * loop that was not followed). */
#define CCK_WALK_NOTE 2

/* Moves on and points *path at the name of what was found (valid until the next
 * call). Returns 1 for a regular file, CCK_WALK_NOTE with error->message saying what
 * was skipped, 0 when the walk is over, or a negative status when a folder or entry
 * could not be read (error->message says why; *path names it). The walk goes on
 * after a note or an error. */
int cck_walk_next(cck_walk *walk, const char **path, cck_error *error);

/* The size in bytes of the file last yielded (from the walk's stat). */
size_t cck_walk_get_size(const cck_walk *walk);
/* How many files the walk has left out so far because they matched no include (and
 * were not already left out by .gitignore rules or an exclude). */
size_t cck_walk_get_not_included(const cck_walk *walk);
/* Whether the file last yielded is the one with this device and inode (the run's own
 * output, for instance). */
int cck_walk_is_file(const cck_walk *walk, dev_t dev, ino_t ino);

/* ---- the ordered work queue of -j (queue.c) --------------------------------------- */

/* A producer adds items in order; workers take them in that order and finish them in
 * any order; a writer gets them back strictly in the order they were added, so
 * parallel output is deterministic. At most max_items are in flight (added and not
 * yet given back to the writer) and, unless one item is alone, their weights (bytes)
 * add up to at most max_bytes (0: no byte limit), so the producer cannot run ahead
 * of the writer without bound. Items are the caller's; the queue only holds
 * pointers. Thread-safe. */
typedef struct cck_queue cck_queue;

cck_queue *cck_queue_new(size_t max_items, size_t max_bytes);
/* Frees the queue (not its items: cck_queue_drain gives back any that are left). */
void cck_queue_free(cck_queue *queue);

/* Adds an item of the given weight. done: it needs no work, the writer gets it as
 * it is (a message, say). wait: block while the queue is full; otherwise return
 * CCK_ELIMIT when it is. Returns CCK_OK, or CCK_ESTOP when the queue was cancelled
 * or closed (the item was not added). */
int cck_queue_push(cck_queue *queue, void *item, size_t bytes, int done, int wait);
/* No more items will be added: workers and the writer end when the rest is done. */
void cck_queue_close(cck_queue *queue);
/* Stop now (the output went away): every call returns at once from then on. */
void cck_queue_cancel(cck_queue *queue);
int cck_queue_is_cancelled(cck_queue *queue);

/* Worker: waits for the next item to work on. Returns 1 with *item and its
 * *sequence number, or 0 when the queue is closed and empty, or cancelled. */
int cck_queue_take(cck_queue *queue, void **item, size_t *sequence);
/* Worker: the item with this sequence number is done; bytes is its new weight (its
 * output, say), held until the writer takes it. */
void cck_queue_finish(cck_queue *queue, size_t sequence, size_t bytes);

/* Worker: whether the item with this sequence number is the next one the writer
 * waits for (every item before it was given back), so that output it hands over
 * early (cck_queue_nudge) can be written at once. 0 once cancelled. */
int cck_queue_is_head(cck_queue *queue, size_t sequence);
/* Worker: the item has some output ready before it is done; if it is the next item
 * in order, the writer's cck_queue_pop returns it with CCK_QUEUE_NUDGED. (How the
 * output is handed over is the caller's business.) */
void cck_queue_nudge(cck_queue *queue, size_t sequence);

/* cck_queue_pop: the next item in order is not done but was nudged. */
#define CCK_QUEUE_NUDGED 2

/* Writer: waits for the next item in order to be done and gives it back. Returns 1,
 * CCK_QUEUE_NUDGED with the item still in the queue (see cck_queue_nudge), 0 when
 * every item was given back and the queue is closed (or it was cancelled), or
 * CCK_ELIMIT when timeout_ms (0: no timeout) passed first. */
int cck_queue_pop(cck_queue *queue, void **item, unsigned timeout_ms);
/* After the threads have ended: gives back the next item left, whatever its state,
 * so the caller can free it. Returns 1, or 0 when none are left. */
int cck_queue_drain(cck_queue *queue, void **item);

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
    const char *id;       /* JSONL: the id as text (a number's decimal form, or as written
                             when it is too big for jansson: past 64 bits, past a double);
                             else NULL */
    size_t id_length;
    int id_is_number;     /* the id was a JSON number: echo it as a number */
    /* JSONL: non-NULL when the id field held something that is not an id (an object,
     * an array, a boolean): why the record has no id; it is read all the same. Its
     * offset in the line and 1-based column (code points; 0 unknown). */
    const char *id_problem;
    size_t id_problem_byte;
    size_t id_problem_column;
    const char *error;    /* non-NULL: why this record could not be read (one line) */
    size_t error_column;  /* 1-based column (code points) of the problem; 0 unknown */
    /* JSONL: bytes of the line that were not UTF-8, read as U+FFFD each (jansson
     * takes only UTF-8), and where the first one was: its offset in the line and its
     * 1-based column. 0 when the line was valid. */
    size_t invalid_utf8;
    size_t invalid_utf8_byte;
    size_t invalid_utf8_column;
} cck_record;

/* A reader cuts a stream into lines; a parser turns one line into a record. The
 * two are apart so that one thread can read while others parse: a parser belongs to
 * one thread at a time, and cck_record_reader_next does both for simple callers. */
typedef struct cck_record_reader cck_record_reader;
typedef struct cck_record_parser cck_record_parser;

/* A reader over stream, which is not closed by the reader. options is copied (the
 * field names are not: they must outlive the reader). The reader reads the stream's
 * file descriptor with read(2), so lines from a pipe or terminal are handed out as
 * soon as they arrive; nothing must have been read from the FILE before. Returns
 * NULL when out of memory or when options are invalid. */
cck_record_reader *cck_record_reader_new(FILE *stream, const cck_record_options *options);
void cck_record_reader_free(cck_record_reader *reader);

/* Reads the next record into *record. Returns 1 when a record was read (possibly an
 * error record), 0 at the end of the stream, CCK_EIO when the stream failed (error
 * says so; the reader is then finished) or CCK_ENOMEM. */
int cck_record_reader_next(cck_record_reader *reader, cck_record *record, cck_error *error);

/* One line of the stream, without its line ending (LF or CR LF). */
typedef struct cck_line {
    const char *text; /* valid until the next call on the reader */
    size_t length;    /* when too_long, only the first max_record_bytes + 1 are kept */
    size_t number;    /* 1-based line number */
    int too_long;     /* longer than max_record_bytes: an error record */
    int in_buffer;    /* held in the reader's own buffer (cck_record_reader_give_line) */
} cck_line;

/* Reads the next line. Returns 1, 0 at the end of the stream, CCK_EIO (error says
 * so; the reader is then finished) or CCK_ENOMEM. Memory stays bounded by the
 * longest line allowed, however long the stream and its lines. */
int cck_record_reader_next_line(cck_record_reader *reader, cck_line *line, cck_error *error);

/* Whether a whole line is already buffered, so that the next call will not wait for
 * the stream (used to flush output before reading blocks on a pipe). */
int cck_record_reader_has_line(const cck_record_reader *reader);

/* Hands the line just read, when it is in_buffer, to the caller without copying:
 * *out (which must not own memory, or be empty) receives the reader's buffer and the
 * reader starts a fresh one. For very long lines. */
void cck_record_reader_give_line(cck_record_reader *reader, cck_buf *out);

/* A parser for lines of a stream read with these options (copied; the field names
 * are borrowed). Returns NULL when out of memory or when options are invalid. */
cck_record_parser *cck_record_parser_new(const cck_record_options *options);
void cck_record_parser_free(cck_record_parser *parser);

/* Turns line[0..len) into *record: the line itself in lines mode; in JSON Lines mode
 * the text and id of the object, or an error record (a UTF-8 byte order mark opening
 * line 1, the start of the stream, is skipped, and error_column does not count it). too_long makes it an error
 * record without looking at it. number is the record's (and line's) number. Pointers
 * in *record stay valid until the next call on the parser. Returns CCK_OK or
 * CCK_ENOMEM. */
int cck_record_parser_parse(cck_record_parser *parser, const char *line, size_t len,
                            int too_long, size_t number, cck_record *record);

/* --passthrough: appends the JSON object of the last parsed line, with a member
 * `name` whose value is the JSON text value[0..value_len) (added last, or replacing a
 * member of that name in its place), in compact form and in its original key order,
 * and a newline. Returns CCK_OK, CCK_EINVAL when the last line was not a JSON object
 * or value is not valid JSON (nothing is appended), or CCK_ENOMEM. Numbers keep their
 * value: integers as they were, reals with 17 significant digits. A line holding a
 * number jansson cannot hold (an integer past 64 bits, a real past a double; such a
 * line is read with its numbers as 0) is instead appended as written, white space
 * outside strings taken out, the member in place of the first one called name (later
 * ones dropped) or added last; value may then hold such numbers too. */
int cck_record_parser_passthrough(cck_record_parser *parser, const char *name,
                                  const char *value, size_t value_len, cck_buf *out);

/* Call once before threads parse JSON: fixes the JSON library's hash seed, which it
 * would otherwise make lazily on first use. */
void cck_record_prepare_threads(void);

#endif /* CCK_INPUT_H */
