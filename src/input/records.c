/* records.c - a streaming record reader: one record per line, or one JSON object per
 * line (parsed with jansson). Memory stays bounded by the longest allowed record;
 * every line gives exactly one record, an error record when it cannot be read. */
#include <errno.h>
#include <string.h>

#include <jansson.h>

#include "input/input.h"

#define CHUNK_SIZE ((size_t)1 << 16)

struct cck_record_reader {
    FILE *stream;
    cck_record_options options;
    size_t limit;     /* max_record_bytes, or SIZE_MAX for none */
    char *chunk;      /* bytes read from the stream, [chunk_pos, chunk_len) unused */
    size_t chunk_len;
    size_t chunk_pos;
    cck_buf line;     /* a line that crossed a chunk boundary */
    cck_buf id;       /* the current record's id as text */
    cck_buf message;  /* the current record's error message */
    json_t *document; /* the current JSON line; its strings back record->text */
    size_t number;
    int at_eof;
};

cck_record_reader *cck_record_reader_new(FILE *stream, const cck_record_options *options)
{
    if (!stream || !options ||
        (options->mode != CCK_RECORD_LINES && options->mode != CCK_RECORD_JSONL))
        return NULL;
    cck_record_reader *reader = cck_calloc(1, sizeof *reader);
    if (!reader)
        return NULL;
    reader->stream = stream;
    reader->options = *options;
    reader->limit = options->max_record_bytes ? options->max_record_bytes : SIZE_MAX;
    cck_buf_init(&reader->line);
    cck_buf_init(&reader->id);
    cck_buf_init(&reader->message);
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
    json_decref(reader->document);
    cck_free(reader->chunk);
    cck_buf_free(&reader->line);
    cck_buf_free(&reader->id);
    cck_buf_free(&reader->message);
    cck_free(reader);
}

/* Keeps at most limit + 1 bytes of a line (one more than allowed, so that a CR
 * before the newline still fits); notes when the line was longer than that. */
static int keep(cck_record_reader *reader, const char *bytes, size_t len, int *overflow)
{
    size_t room = reader->limit == SIZE_MAX ? SIZE_MAX : reader->limit + 1;
    if (reader->line.len >= room) {
        if (len)
            *overflow = 1;
        return CCK_OK;
    }
    size_t take = len;
    if (take > room - reader->line.len) {
        take = room - reader->line.len;
        *overflow = 1;
    }
    return cck_buf_append(&reader->line, bytes, take);
}

/* Finds the next line. Points *text and *len at its bytes without the line ending (either
 * inside the chunk or in reader->line). Returns 1 for a line, 0 at the end. */
static int next_line(cck_record_reader *reader, const char **text, size_t *len,
                     int *overflow, cck_error *error)
{
    cck_buf_clear(&reader->line);
    int in_line = 0; /* bytes of this line were copied into reader->line */
    for (;;) {
        if (reader->chunk_pos == reader->chunk_len) {
            if (reader->at_eof)
                break;
            size_t got = fread(reader->chunk, 1, CHUNK_SIZE, reader->stream);
            reader->chunk_pos = 0;
            reader->chunk_len = got;
            if (got == 0) {
                if (ferror(reader->stream)) {
                    reader->at_eof = 1;
                    return cck_error_set(error, CCK_EIO, NULL, reader->number + 1, 0,
                                         "cannot read: %s", strerror(errno));
                }
                reader->at_eof = 1;
                break;
            }
        }
        const char *start = reader->chunk + reader->chunk_pos;
        size_t avail = reader->chunk_len - reader->chunk_pos;
        const char *nl = memchr(start, '\n', avail);
        size_t seg = nl ? (size_t)(nl - start) : avail;
        reader->chunk_pos += nl ? seg + 1 : seg;
        if (nl && !in_line) {
            /* The whole line is in the chunk: hand it out without copying. */
            *text = start;
            *len = seg;
            if (seg > 0 && start[seg - 1] == '\r')
                (*len)--;
            if (*len > reader->limit)
                *overflow = 1;
            return 1;
        }
        if (keep(reader, start, seg, overflow) != CCK_OK)
            return cck_error_set(error, CCK_ENOMEM, NULL, reader->number + 1, 0,
                                 "out of memory");
        in_line = 1;
        if (nl)
            break;
    }
    if (!in_line)
        return 0; /* nothing after the last newline */
    *text = reader->line.data ? reader->line.data : "";
    *len = reader->line.len;
    if (*len > 0 && (*text)[*len - 1] == '\r')
        (*len)--;
    if (*len > reader->limit)
        *overflow = 1;
    return 1;
}

static int set_error(cck_record_reader *reader, cck_record *record, size_t column,
                     const char *fmt, const char *arg)
{
    cck_buf_clear(&reader->message);
    if (cck_buf_printf(&reader->message, fmt, arg) != CCK_OK)
        return CCK_ENOMEM;
    record->error = reader->message.data;
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

static int take_id(cck_record_reader *reader, json_t *object, cck_record *record)
{
    static const char *const defaults[] = {"id_str", "id"};
    const char *one[1] = {reader->options.id_field};
    const char *const *names = reader->options.id_field ? one : defaults;
    size_t count = reader->options.id_field ? 1 : CCK_ARRAY_LEN(defaults);
    const char *name = NULL;
    json_t *id = first_field(object, names, count, &name);
    if (!id)
        return CCK_OK;
    cck_buf_clear(&reader->id);
    int status = CCK_OK;
    if (json_is_string(id)) {
        status = cck_buf_append(&reader->id, json_string_value(id), json_string_length(id));
    } else if (json_is_integer(id)) {
        status = cck_buf_printf(&reader->id, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
        record->id_is_number = 1;
    } else if (json_is_real(id)) {
        status = cck_buf_printf(&reader->id, "%.17g", json_real_value(id));
        record->id_is_number = 1;
    } else {
        cck_buf_clear(&reader->message);
        if (cck_buf_printf(&reader->message, "id field \"%s\" is %s, not a string or number",
                           name, json_type_name(id)) != CCK_OK)
            return CCK_ENOMEM;
        record->error = reader->message.data;
        return CCK_OK;
    }
    if (status != CCK_OK)
        return CCK_ENOMEM;
    record->id = reader->id.data ? reader->id.data : "";
    record->id_length = reader->id.len;
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
static int parse_json(cck_record_reader *reader, const char *line, size_t len,
                      cck_record *record)
{
    if (is_blank(line, len))
        return set_error(reader, record, 0, "%s", "empty line, expected a JSON object");
    json_error_t jerr;
    reader->document = json_loadb(line, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
    if (!reader->document) {
        size_t column = jerr.column > 0 ? (size_t)jerr.column : 0;
        return set_error(reader, record, column, "malformed JSON: %s", jerr.text);
    }
    json_t *object = reader->document;
    if (!json_is_object(object))
        return set_error(reader, record, 1, "expected a JSON object, got %s",
                         json_type_name(object));
    int status = take_id(reader, object, record);
    if (status != CCK_OK || record->error)
        return status;

    static const char *const defaults[] = {"text", "full_text"};
    const char *one[1] = {reader->options.field};
    const char *const *names = reader->options.field ? one : defaults;
    size_t count = reader->options.field ? 1 : CCK_ARRAY_LEN(defaults);
    const char *name = NULL;
    json_t *text = first_field(object, names, count, &name);
    if (!text) {
        if (reader->options.field)
            return set_error(reader, record, 0, "no \"%s\" field", reader->options.field);
        return set_error(reader, record, 0, "%s", "no \"text\" or \"full_text\" field");
    }
    if (!json_is_string(text)) {
        cck_buf_clear(&reader->message);
        if (cck_buf_printf(&reader->message, "field \"%s\" is %s, not a string", name,
                           json_type_name(text)) != CCK_OK)
            return CCK_ENOMEM;
        record->error = reader->message.data;
        return CCK_OK;
    }
    record->text = json_string_value(text);
    record->length = json_string_length(text);
    return CCK_OK;
}

int cck_record_reader_next(cck_record_reader *reader, cck_record *record, cck_error *error)
{
    memset(record, 0, sizeof *record);
    json_decref(reader->document);
    reader->document = NULL;

    const char *line = NULL;
    size_t len = 0;
    int overflow = 0;
    int got = next_line(reader, &line, &len, &overflow, error);
    if (got <= 0)
        return got;
    record->number = ++reader->number;
    record->line = reader->number;
    int status = CCK_OK;
    if (overflow) {
        cck_buf_clear(&reader->message);
        if (cck_buf_printf(&reader->message,
                           "line is longer than the limit of %zu bytes (--max-record-bytes); "
                           "skipped",
                           reader->limit) != CCK_OK)
            status = CCK_ENOMEM;
        record->error = reader->message.data;
    } else if (reader->options.mode == CCK_RECORD_JSONL) {
        status = parse_json(reader, line, len, record);
    } else {
        record->text = line;
        record->length = len;
    }
    if (status != CCK_OK)
        return cck_error_set(error, status, NULL, record->line, 0, "out of memory");
    return 1;
}
