/* records.c - streams cut into records: a reader that splits lines (read(2) on the
 * stream's descriptor, so a pipe's lines come out as they arrive) and a parser that
 * turns a line into a record, one per line or one JSON object per line (jansson).
 * Memory stays bounded by the longest allowed record; every line gives exactly one
 * record, an error record when it cannot be read. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "input/input.h"

#define CHUNK_SIZE ((size_t)1 << 16)

struct cck_record_parser {
    cck_record_options options;
    size_t limit;     /* max_record_bytes, or SIZE_MAX for none */
    cck_buf id;       /* the current record's id as text */
    cck_buf message;  /* the current record's error message */
    json_t *document; /* the current JSON line; its strings back record->text */
};

struct cck_record_reader {
    FILE *stream;
    int fd;           /* the stream's descriptor, or -1 (then fread is used) */
    cck_record_options options;
    size_t limit;     /* max_record_bytes, or SIZE_MAX for none */
    char *chunk;      /* bytes read from the stream, [chunk_pos, chunk_len) unused */
    size_t chunk_len;
    size_t chunk_pos;
    cck_buf line;     /* a line that crossed a chunk boundary */
    size_t number;
    int at_eof;
    cck_record_parser *parser; /* for cck_record_reader_next */
};

static int valid_options(const cck_record_options *options)
{
    return options &&
           (options->mode == CCK_RECORD_LINES || options->mode == CCK_RECORD_JSONL);
}

/* ---- the parser -------------------------------------------------------------------- */

void cck_record_prepare_threads(void)
{
    json_object_seed(0);
}

cck_record_parser *cck_record_parser_new(const cck_record_options *options)
{
    if (!valid_options(options))
        return NULL;
    cck_record_parser *parser = cck_calloc(1, sizeof *parser);
    if (!parser)
        return NULL;
    parser->options = *options;
    parser->limit = options->max_record_bytes ? options->max_record_bytes : SIZE_MAX;
    cck_buf_init(&parser->id);
    cck_buf_init(&parser->message);
    return parser;
}

void cck_record_parser_free(cck_record_parser *parser)
{
    if (!parser)
        return;
    json_decref(parser->document);
    cck_buf_free(&parser->id);
    cck_buf_free(&parser->message);
    cck_free(parser);
}

static int set_error(cck_record_parser *parser, cck_record *record, size_t column,
                     const char *fmt, const char *arg)
{
    cck_buf_clear(&parser->message);
    if (cck_buf_printf(&parser->message, fmt, arg) != CCK_OK)
        return CCK_ENOMEM;
    record->error = parser->message.data;
    record->error_column = column;
    record->text = NULL;
    record->length = 0;
    return CCK_OK;
}

static const char *json_type_name(const json_t *value)
{
    switch (json_typeof(value)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    }
    return "a value";
}

/* The first of the names that the object has with a non-null value, or NULL. */
static json_t *first_field(json_t *object, const char *const *names, size_t count,
                           const char **found)
{
    for (size_t i = 0; i < count; i++) {
        json_t *value = json_object_get(object, names[i]);
        if (value && !json_is_null(value)) {
            *found = names[i];
            return value;
        }
    }
    return NULL;
}

static int take_id(cck_record_parser *parser, json_t *object, cck_record *record)
{
    static const char *const defaults[] = {"id_str", "id"};
    const char *one[1] = {parser->options.id_field};
    const char *const *names = parser->options.id_field ? one : defaults;
    size_t count = parser->options.id_field ? 1 : CCK_ARRAY_LEN(defaults);
    const char *name = NULL;
    json_t *id = first_field(object, names, count, &name);
    if (!id)
        return CCK_OK;
    cck_buf_clear(&parser->id);
    int status = CCK_OK;
    if (json_is_string(id)) {
        status = cck_buf_append(&parser->id, json_string_value(id), json_string_length(id));
    } else if (json_is_integer(id)) {
        status = cck_buf_printf(&parser->id, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
        record->id_is_number = 1;
    } else if (json_is_real(id)) {
        status = cck_buf_printf(&parser->id, "%.17g", json_real_value(id));
        record->id_is_number = 1;
    } else {
        cck_buf_clear(&parser->message);
        if (cck_buf_printf(&parser->message, "id field \"%s\" is %s, not a string or number",
                           name, json_type_name(id)) != CCK_OK)
            return CCK_ENOMEM;
        record->error = parser->message.data;
        return CCK_OK;
    }
    if (status != CCK_OK)
        return CCK_ENOMEM;
    record->id = parser->id.data ? parser->id.data : "";
    record->id_length = parser->id.len;
    return CCK_OK;
}

static int is_blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!cck_ascii_is_space((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Turns one JSON line into the record's text and id, or into an error record. */
static int parse_json(cck_record_parser *parser, const char *line, size_t len,
                      cck_record *record)
{
    if (is_blank(line, len))
        return set_error(parser, record, 0, "%s", "empty line, expected a JSON object");
    json_error_t jerr;
    parser->document = json_loadb(line, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
    if (!parser->document) {
        size_t column = jerr.column > 0 ? (size_t)jerr.column : 0;
        return set_error(parser, record, column, "malformed JSON: %s", jerr.text);
    }
    json_t *object = parser->document;
    if (!json_is_object(object))
        return set_error(parser, record, 1, "expected a JSON object, got %s",
                         json_type_name(object));
    int status = take_id(parser, object, record);
    if (status != CCK_OK || record->error)
        return status;

    static const char *const defaults[] = {"text", "full_text"};
    const char *one[1] = {parser->options.field};
    const char *const *names = parser->options.field ? one : defaults;
    size_t count = parser->options.field ? 1 : CCK_ARRAY_LEN(defaults);
    const char *name = NULL;
    json_t *text = first_field(object, names, count, &name);
    if (!text) {
        if (parser->options.field)
            return set_error(parser, record, 0, "no \"%s\" field", parser->options.field);
        return set_error(parser, record, 0, "%s", "no \"text\" or \"full_text\" field");
    }
    if (!json_is_string(text)) {
        cck_buf_clear(&parser->message);
        if (cck_buf_printf(&parser->message, "field \"%s\" is %s, not a string", name,
                           json_type_name(text)) != CCK_OK)
            return CCK_ENOMEM;
        record->error = parser->message.data;
        return CCK_OK;
    }
    record->text = json_string_value(text);
    record->length = json_string_length(text);
    return CCK_OK;
}

int cck_record_parser_parse(cck_record_parser *parser, const char *line, size_t len,
                            int too_long, size_t number, cck_record *record)
{
    memset(record, 0, sizeof *record);
    json_decref(parser->document);
    parser->document = NULL;
    record->number = number;
    record->line = number;
    if (too_long || len > parser->limit) {
        cck_buf_clear(&parser->message);
        if (cck_buf_printf(&parser->message,
                           "line is longer than the limit of %zu bytes (--max-record-bytes; "
                           "0 for no limit); skipped",
                           parser->limit) != CCK_OK)
            return CCK_ENOMEM;
        record->error = parser->message.data;
        return CCK_OK;
    }
    if (parser->options.mode == CCK_RECORD_JSONL) {
        /* A byte order mark before the first line marks the file's encoding; it is
         * not JSON. Columns then count from after it, as an editor shows them. */
        if (number == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
            line += 3;
            len -= 3;
        }
        return parse_json(parser, line, len, record);
    }
    record->text = line;
    record->length = len;
    return CCK_OK;
}

static int append_dump(const char *buffer, size_t size, void *data)
{
    return cck_buf_append(data, buffer, size) == CCK_OK ? 0 : -1;
}

int cck_record_parser_passthrough(cck_record_parser *parser, const char *name,
                                  const char *value, size_t value_len, cck_buf *out)
{
    json_t *object = parser->document;
    if (!object || !json_is_object(object))
        return CCK_EINVAL;
    json_error_t jerr;
    json_t *member = json_loadb(value, value_len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
    if (!member)
        return CCK_EINVAL;
    /* The record's text may point into the object: it is replaced only after the
     * caller is done with it, which is now. */
    if (json_object_set_new(object, name, member) != 0)
        return CCK_ENOMEM;
    size_t before = out->len;
    if (json_dump_callback(object, append_dump, out, JSON_COMPACT) != 0 ||
        cck_buf_putc(out, '\n') != CCK_OK) {
        out->len = before;
        if (out->data)
            out->data[before] = '\0';
        return CCK_ENOMEM;
    }
    return CCK_OK;
}

/* ---- the reader -------------------------------------------------------------------- */

cck_record_reader *cck_record_reader_new(FILE *stream, const cck_record_options *options)
{
    if (!stream || !valid_options(options))
        return NULL;
    cck_record_reader *reader = cck_calloc(1, sizeof *reader);
    if (!reader)
        return NULL;
    reader->stream = stream;
    reader->fd = fileno(stream);
    reader->options = *options;
    reader->limit = options->max_record_bytes ? options->max_record_bytes : SIZE_MAX;
    cck_buf_init(&reader->line);
    reader->chunk = cck_malloc(CHUNK_SIZE);
    if (!reader->chunk) {
        cck_record_reader_free(reader);
        return NULL;
    }
    return reader;
}

void cck_record_reader_free(cck_record_reader *reader)
{
    if (!reader)
        return;
    cck_record_parser_free(reader->parser);
    cck_free(reader->chunk);
    cck_buf_free(&reader->line);
    cck_free(reader);
}

/* Keeps at most limit + 1 bytes of a line (one more than allowed, so that a CR
 * before the newline still fits); notes when the line was longer than that. */
static int keep(cck_record_reader *reader, const char *bytes, size_t len, int *too_long)
{
    size_t room = reader->limit == SIZE_MAX ? SIZE_MAX : reader->limit + 1;
    if (reader->line.len >= room) {
        if (len)
            *too_long = 1;
        return CCK_OK;
    }
    size_t take = len;
    if (take > room - reader->line.len) {
        take = room - reader->line.len;
        *too_long = 1;
    }
    return cck_buf_append(&reader->line, bytes, take);
}

/* Fills the chunk with what the stream has: at least one byte, or none at the end. */
static int fill(cck_record_reader *reader, cck_error *error)
{
    reader->chunk_pos = 0;
    reader->chunk_len = 0;
    for (;;) {
        if (reader->fd >= 0) {
            ssize_t got = read(reader->fd, reader->chunk, CHUNK_SIZE);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0) {
                reader->at_eof = 1;
                return cck_error_set(error, CCK_EIO, NULL, reader->number + 1, 0,
                                     "cannot read: %s", strerror(errno));
            }
            reader->chunk_len = (size_t)got;
        } else {
            reader->chunk_len = fread(reader->chunk, 1, CHUNK_SIZE, reader->stream);
            if (reader->chunk_len == 0 && ferror(reader->stream)) {
                reader->at_eof = 1;
                return cck_error_set(error, CCK_EIO, NULL, reader->number + 1, 0,
                                     "cannot read: %s", strerror(errno));
            }
        }
        if (reader->chunk_len == 0)
            reader->at_eof = 1;
        return CCK_OK;
    }
}

int cck_record_reader_has_line(const cck_record_reader *reader)
{
    return reader->chunk_pos < reader->chunk_len &&
           memchr(reader->chunk + reader->chunk_pos, '\n',
                  reader->chunk_len - reader->chunk_pos) != NULL;
}

int cck_record_reader_next_line(cck_record_reader *reader, cck_line *line, cck_error *error)
{
    memset(line, 0, sizeof *line);
    /* A buffer much larger than usual (after a huge line) is given back. */
    if (reader->line.cap > ((size_t)4 << 20))
        cck_buf_free(&reader->line);
    cck_buf_clear(&reader->line);
    int in_buffer = 0; /* bytes of this line were copied into reader->line */
    int too_long = 0;
    for (;;) {
        if (reader->chunk_pos == reader->chunk_len) {
            if (reader->at_eof)
                break;
            int status = fill(reader, error);
            if (status != CCK_OK)
                return status;
            if (reader->chunk_len == 0)
                break;
        }
        const char *start = reader->chunk + reader->chunk_pos;
        size_t avail = reader->chunk_len - reader->chunk_pos;
        const char *nl = memchr(start, '\n', avail);
        size_t seg = nl ? (size_t)(nl - start) : avail;
        reader->chunk_pos += nl ? seg + 1 : seg;
        if (nl && !in_buffer) {
            /* The whole line is in the chunk: hand it out without copying. */
            size_t len = seg;
            if (len > 0 && start[len - 1] == '\r')
                len--;
            line->text = start;
            line->length = len;
            line->too_long = len > reader->limit;
            line->number = ++reader->number;
            return 1;
        }
        if (keep(reader, start, seg, &too_long) != CCK_OK)
            return cck_error_set(error, CCK_ENOMEM, NULL, reader->number + 1, 0,
                                 "out of memory");
        in_buffer = 1;
        if (nl)
            break;
    }
    if (!in_buffer)
        return 0; /* nothing after the last newline */
    size_t len = reader->line.len;
    if (len > 0 && reader->line.data[len - 1] == '\r') {
        len--;
        reader->line.len = len;
        reader->line.data[len] = '\0';
    }
    line->text = reader->line.data ? reader->line.data : "";
    line->length = len;
    line->too_long = too_long || len > reader->limit;
    line->in_buffer = 1;
    line->number = ++reader->number;
    return 1;
}

void cck_record_reader_give_line(cck_record_reader *reader, cck_buf *out)
{
    cck_buf spare = *out;
    *out = reader->line;
    reader->line = spare;
    cck_buf_clear(&reader->line);
}

int cck_record_reader_next(cck_record_reader *reader, cck_record *record, cck_error *error)
{
    memset(record, 0, sizeof *record);
    if (!reader->parser) {
        reader->parser = cck_record_parser_new(&reader->options);
        if (!reader->parser)
            return cck_error_set(error, CCK_ENOMEM, NULL, reader->number + 1, 0,
                                 "out of memory");
    }
    cck_line line;
    int got = cck_record_reader_next_line(reader, &line, error);
    if (got <= 0)
        return got;
    int status = cck_record_parser_parse(reader->parser, line.text, line.length,
                                         line.too_long, line.number, record);
    if (status != CCK_OK)
        return cck_error_set(error, status, NULL, line.number, 0, "out of memory");
    return 1;
}
