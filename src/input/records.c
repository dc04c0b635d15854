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
#include "text/text.h"

#define CHUNK_SIZE ((size_t)1 << 16)

struct cck_record_parser {
    cck_record_options options;
    size_t limit;     /* max_record_bytes, or SIZE_MAX for none */
    cck_buf id;       /* the current record's id as text */
    cck_buf message;  /* the current record's error message */
    cck_buf id_message; /* why its id was left out */
    json_t *document; /* the current JSON line; its strings back record->text */
    /* A line holding a number jansson cannot hold (an integer past 64 bits, a real
     * past a double) is read with every number as 0, and its numbers are taken from
     * the line as written, kept here. */
    int numbers_zeroed;
    cck_buf line;     /* that line as written */
    cck_buf zeroed;   /* the same with every number replaced by 0 and spaces */
    cck_buf repaired; /* a line with invalid UTF-8, each bad byte made U+FFFD */
};

#define JSON_FLAGS (JSON_DECODE_ANY | JSON_ALLOW_NUL)

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
    cck_buf_init(&parser->line);
    cck_buf_init(&parser->id_message);
    cck_buf_init(&parser->zeroed);
    cck_buf_init(&parser->repaired);
    return parser;
}

void cck_record_parser_free(cck_record_parser *parser)
{
    if (!parser)
        return;
    json_decref(parser->document);
    cck_buf_free(&parser->id);
    cck_buf_free(&parser->message);
    cck_buf_free(&parser->line);
    cck_buf_free(&parser->id_message);
    cck_buf_free(&parser->zeroed);
    cck_buf_free(&parser->repaired);
    cck_free(parser);
}

/* ---- numbers beyond jansson: the line as written ----------------------------------- */

/* JSON's white space. */
static int is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The offset just past the string whose opening quote is at s[i]. */
static size_t string_end(const char *s, size_t len, size_t i)
{
    for (i++; i < len; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == '"')
            return i + 1;
    }
    return len;
}

/* Whether s[0..len) is exactly one JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?
 * ([eE][+-]?[0-9]+)? */
static int is_json_number(const char *s, size_t len)
{
    size_t i = len && s[0] == '-' ? 1 : 0, digits;
    if (i < len && s[i] == '0')
        i++;
    else if (i < len && s[i] >= '1' && s[i] <= '9')
        while (i < len && cck_ascii_is_digit((unsigned char)s[i]))
            i++;
    else
        return 0;
    if (i < len && s[i] == '.') {
        for (digits = ++i; i < len && cck_ascii_is_digit((unsigned char)s[i]);)
            i++;
        if (i == digits)
            return 0;
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        if (++i < len && (s[i] == '+' || s[i] == '-'))
            i++;
        for (digits = i; i < len && cck_ascii_is_digit((unsigned char)s[i]);)
            i++;
        if (i == digits)
            return 0;
    }
    return i == len;
}

static int is_number_byte(char c)
{
    return cck_ascii_is_digit((unsigned char)c) || c == '-' || c == '+' || c == '.' ||
           c == 'e' || c == 'E';
}

/* Replaces every number outside strings in s[0..len) by "0" and spaces, keeping its
 * length, so that jansson reads a value it can hold and reports any other problem at
 * the same column. A run of number bytes that is not one valid number is left for
 * jansson to refuse. */
static void zero_numbers(char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        if (s[i] == '"') {
            i = string_end(s, len, i);
        } else if (s[i] == '-' || cck_ascii_is_digit((unsigned char)s[i])) {
            size_t end = i;
            while (end < len && is_number_byte(s[end]))
                end++;
            if (is_json_number(s + i, end - i)) {
                s[i] = '0';
                memset(s + i + 1, ' ', end - i - 1);
            }
            i = end;
        } else {
            i++;
        }
    }
}

/* The end of the JSON value that starts at s[i]: just past a string or a closed array
 * or object, or at the first byte after a number or literal. The text is known to be
 * valid JSON (jansson read it), so only strings and brackets need watching. */
static size_t value_end(const char *s, size_t len, size_t i)
{
    size_t depth = 0;
    for (; i < len; i++) {
        char c = s[i];
        if (c == '"') {
            i = string_end(s, len, i) - 1;
            if (depth == 0)
                return i + 1;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i; /* a number or literal that ends its object */
            if (--depth == 0)
                return i + 1;
        } else if (depth == 0 && (c == ',' || is_json_space(c))) {
            return i;
        }
    }
    return len;
}

static size_t skip_json_space(const char *s, size_t len, size_t i)
{
    while (i < len && is_json_space(s[i]))
        i++;
    return i;
}

/* One member of the top-level object of a valid JSON text: the key with its quotes
 * and the value, as offsets into the text. */
typedef struct raw_member {
    size_t key, key_end, value, value_end;
} raw_member;

/* The member after *at (the offset of the object's '{' at first); 0 after the last. */
static int next_member(const char *s, size_t len, size_t *at, raw_member *m)
{
    size_t i = skip_json_space(s, len, *at);
    if (i < len && (s[i] == '{' || s[i] == ','))
        i = skip_json_space(s, len, i + 1);
    if (i >= len || s[i] != '"')
        return 0;
    m->key = i;
    m->key_end = string_end(s, len, i);
    i = skip_json_space(s, len, m->key_end) + 1; /* past the ':' */
    m->value = skip_json_space(s, len, i);
    m->value_end = value_end(s, len, m->value);
    *at = m->value_end;
    return 1;
}

/* Whether the key s[key..key_end) (with its quotes) is name. 1 or 0; CCK_ENOMEM. */
static int key_is(const char *s, const raw_member *m, const char *name)
{
    const char *key = s + m->key + 1;
    size_t n = m->key_end - m->key - 2, name_len = strlen(name);
    if (!memchr(key, '\\', n))
        return n == name_len && memcmp(key, name, n) == 0;
    json_error_t jerr;
    json_t *decoded = json_loadb(s + m->key, m->key_end - m->key, JSON_FLAGS, &jerr);
    if (!decoded)
        return CCK_ENOMEM; /* the key was valid JSON: only memory can fail */
    int same = json_string_length(decoded) == name_len &&
               memcmp(json_string_value(decoded), name, name_len) == 0;
    json_decref(decoded);
    return same;
}

/* Appends s[from..to) without the JSON white space outside strings. */
static int append_compact(cck_buf *out, const char *s, size_t from, size_t to)
{
    int status = CCK_OK;
    while (from < to && status == CCK_OK) {
        size_t end = from;
        if (s[from] == '"') {
            end = string_end(s, to, from);
        } else {
            while (end < to && s[end] != '"' && !is_json_space(s[end]))
                end++;
        }
        status = cck_buf_append(out, s + from, end - from);
        for (from = end; from < to && is_json_space(s[from]);)
            from++;
    }
    return status;
}

/* Parses line[0..len), which jansson refused for a number it cannot hold, with every
 * number read as 0 (see zero_numbers); keeps the line for the numbers. Returns the
 * document, or NULL with jerr filled (or *status CCK_ENOMEM). */
static json_t *load_numbers_zeroed(cck_record_parser *parser, const char *line, size_t len,
                                   json_error_t *jerr, int *status)
{
    cck_buf_clear(&parser->line);
    cck_buf_clear(&parser->zeroed);
    if (cck_buf_append(&parser->line, line, len) != CCK_OK ||
        cck_buf_append(&parser->zeroed, line, len) != CCK_OK) {
        *status = CCK_ENOMEM;
        return NULL;
    }
    zero_numbers(parser->zeroed.data, len);
    json_t *document = json_loadb(parser->zeroed.data, len, JSON_FLAGS, jerr);
    parser->numbers_zeroed = document != NULL;
    return document;
}

/* The value, as written, of the last top-level member called name of the JSON object
 * s[0..len) (the one jansson keeps). */
static int raw_value_in(const char *s, size_t len, const char *name, size_t *from,
                        size_t *to)
{
    size_t at = skip_json_space(s, len, 0);
    raw_member m;
    int found = 0;
    while (next_member(s, len, &at, &m)) {
        int is = key_is(s, &m, name);
        if (is < 0)
            return is;
        if (is) {
            *from = m.value;
            *to = m.value_end;
            found = 1;
        }
    }
    return found ? CCK_OK : CCK_EINVAL;
}

/* The same in the line kept by load_numbers_zeroed. */
static int raw_value(const cck_record_parser *parser, const char *name, size_t *from,
                     size_t *to)
{
    return raw_value_in(parser->line.data, parser->line.len, name, from, to);
}

static int append_dump(const char *buffer, size_t size, void *data)
{
    return cck_buf_append(data, buffer, size) == CCK_OK ? 0 : -1;
}

/* Appends a JSON value (NULL: out of memory) in compact form. */
static int dump_value(cck_buf *out, const json_t *value)
{
    return value && json_dump_callback(value, append_dump, out, JSON_ENCODE_ANY | JSON_COMPACT) == 0
               ? CCK_OK
               : CCK_ENOMEM;
}

/* --passthrough for such a line: its members as written, white space outside strings
 * taken out, with the member `name` (value[0..value_len), which may hold such numbers
 * too: the record's id) in place of the first one so called (later ones dropped) or
 * added last. CCK_EINVAL when value is not JSON. */
static int passthrough_as_written(cck_record_parser *parser, const char *name,
                                  const char *value, size_t value_len, cck_buf *out)
{
    cck_buf_clear(&parser->zeroed); /* the document no longer needs it */
    if (cck_buf_append(&parser->zeroed, value, value_len) != CCK_OK)
        return CCK_ENOMEM;
    zero_numbers(parser->zeroed.data, value_len);
    json_error_t jerr;
    json_t *check = json_loadb(parser->zeroed.data, value_len, JSON_FLAGS, &jerr);
    if (!check)
        return CCK_EINVAL;
    json_decref(check);
    const char *s = parser->line.data;
    size_t len = parser->line.len, at = skip_json_space(s, len, 0);
    int status = cck_buf_putc(out, '{'), placed = 0, first = 1;
    raw_member m;
    while (status == CCK_OK && next_member(s, len, &at, &m)) {
        int is = key_is(s, &m, name);
        if (is < 0)
            return is;
        if (is && placed)
            continue;
        if (!first)
            status |= cck_buf_putc(out, ',');
        first = 0;
        status |= cck_buf_append(out, s + m.key, m.key_end - m.key);
        status |= cck_buf_putc(out, ':');
        if (is) {
            status |= append_compact(out, value, 0, value_len);
            placed = 1;
        } else {
            status |= append_compact(out, s, m.value, m.value_end);
        }
    }
    if (!placed) {
        if (!first)
            status |= cck_buf_putc(out, ',');
        json_t *key = json_string(name);
        status |= dump_value(out, key);
        json_decref(key);
        status |= cck_buf_putc(out, ':');
        status |= append_compact(out, value, 0, value_len);
    }
    status |= cck_buf_putc(out, '}');
    return status ? CCK_ENOMEM : CCK_OK;
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

static int is_usable_id(const json_t *value)
{
    return json_is_string(value) || json_is_number(value);
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

/* The record's id: the first of the id fields with a string or number. An id of
 * another kind (an object, an array, a boolean) is only a label that cannot be
 * echoed: the record is still read, without an id, and record->id_problem says why.
 * line[0..len) is the JSON line, for the problem's column. */
static int take_id(cck_record_parser *parser, json_t *object, cck_record *record,
                   const char *line, size_t len)
{
    static const char *const defaults[] = {"id_str", "id"};
    const char *one[1] = {parser->options.id_field};
    const char *const *names = parser->options.id_field ? one : defaults;
    size_t count = parser->options.id_field ? 1 : CCK_ARRAY_LEN(defaults);
    const char *name = NULL;
    json_t *id = first_field(object, names, count, &name);
    if (!id)
        return CCK_OK;
    if (!is_usable_id(id)) { /* "id_str":{...} beside a usable "id": fall back to it */
        for (size_t i = 0; i < count; i++) {
            json_t *other = json_object_get(object, names[i]);
            if (other && is_usable_id(other)) {
                id = other;
                name = names[i];
                break;
            }
        }
    }
    cck_buf_clear(&parser->id);
    int status = CCK_OK;
    size_t from, to;
    if (json_is_string(id)) {
        status = cck_buf_append(&parser->id, json_string_value(id), json_string_length(id));
    } else if (json_is_number(id) && parser->numbers_zeroed) {
        /* exactly as written: the user's key to join results back */
        status = raw_value(parser, name, &from, &to);
        if (status == CCK_OK)
            status = cck_buf_append(&parser->id, parser->line.data + from, to - from);
        record->id_is_number = 1;
    } else if (json_is_integer(id)) {
        status = cck_buf_printf(&parser->id, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
        record->id_is_number = 1;
    } else if (json_is_real(id)) {
        status = cck_buf_printf(&parser->id, "%.17g", json_real_value(id));
        record->id_is_number = 1;
    } else {
        cck_buf_clear(&parser->id_message);
        if (cck_buf_printf(&parser->id_message,
                           "id field \"%s\" is %s, not a string or number: the record is "
                           "checked and written without an id (choose the id with "
                           "--id-field)",
                           name, json_type_name(id)) != CCK_OK)
            return CCK_ENOMEM;
        record->id_problem = parser->id_message.data;
        size_t at, end;
        if (raw_value_in(line, len, name, &at, &end) == CCK_OK) {
            record->id_problem_byte = at;
            record->id_problem_column = cck_utf8_count_chars(line, at) + 1;
        }
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

/* ---- invalid UTF-8: read as U+FFFD, as in every other input ------------------------- */

typedef struct repair {
    const char *line;
    cck_buf *out;
    size_t copied;  /* line[0..copied) is in out */
    size_t first;   /* offset of the first bad byte, SIZE_MAX before one is seen */
    size_t bad;     /* bad bytes replaced */
    int status;
} repair;

static int repair_run(size_t offset, size_t length, void *user_data)
{
    repair *r = user_data;
    if (length == 1 && r->line[offset] == '\0')
        return 0; /* valid UTF-8 (and invalid JSON, which jansson will say) */
    if (r->first == SIZE_MAX)
        r->first = offset;
    r->bad += length;
    r->status |= cck_buf_append(r->out, r->line + r->copied, offset - r->copied);
    for (size_t i = 0; i < length; i++)
        r->status |= cck_buf_append(r->out, "\xEF\xBF\xBD", 3);
    r->copied = offset + length;
    return r->status != CCK_OK;
}

/* Copies a line jansson refused for its UTF-8 into parser->repaired with each
 * invalid byte replaced by U+FFFD, and says where the first one was. Returns CCK_OK,
 * CCK_ENOMEM, or CCK_EINVAL when nothing was invalid (then the line is left alone). */
static int repair_utf8(cck_record_parser *parser, const char *line, size_t len,
                       cck_record *record)
{
    cck_buf_clear(&parser->repaired);
    repair r = {line, &parser->repaired, 0, SIZE_MAX, 0, CCK_OK};
    cck_utf8_check(line, len, repair_run, &r);
    if (r.status != CCK_OK)
        return CCK_ENOMEM;
    if (r.bad == 0)
        return CCK_EINVAL;
    if (cck_buf_append(&parser->repaired, line + r.copied, len - r.copied) != CCK_OK)
        return CCK_ENOMEM;
    record->invalid_utf8 = r.bad;
    record->invalid_utf8_byte = r.first;
    record->invalid_utf8_column = cck_utf8_count_chars(line, r.first) + 1;
    return CCK_OK;
}

/* The column to show for jansson's error. jansson gives the column of the last
 * character it read: the end of the token it names ("invalid token near 'oops'"), so
 * the column is moved back to that token's start, as a compiler points at a token; a
 * control character is the character after the string read so far; the end of the
 * line is the column just past its last character. 0 when unknown. */
static size_t error_column(const json_error_t *jerr, const char *line, size_t len)
{
    if (jerr->column <= 0)
        return 0;
    size_t column = (size_t)jerr->column;
    const char *text = jerr->text;
    size_t n = strlen(text);
    static const char eof[] = "near end of file";
    if (n >= sizeof eof - 1 && strcmp(text + n - (sizeof eof - 1), eof) == 0)
        return cck_utf8_count_chars(line, len) + 1;
    if (strncmp(text, "control character", 17) == 0)
        return column + 1;
    const char *near = strstr(text, "near '");
    if (near && n > 0 && text[n - 1] == '\'') {
        const char *token = near + 6;
        size_t chars = cck_utf8_count_chars(token, (size_t)(text + n - 1 - token));
        if (chars >= 1 && chars <= column)
            column -= chars - 1;
    }
    return column;
}

/* Turns one JSON line into the record's text and id, or into an error record. */
static int parse_json(cck_record_parser *parser, const char *line, size_t len,
                      cck_record *record)
{
    if (is_blank(line, len))
        return set_error(parser, record, 0, "%s", "empty line, expected a JSON object");
    json_error_t jerr;
    parser->document = json_loadb(line, len, JSON_FLAGS, &jerr);
    if (!parser->document && json_error_code(&jerr) == json_error_invalid_utf8) {
        int status = repair_utf8(parser, line, len, record);
        if (status == CCK_ENOMEM)
            return status;
        if (status == CCK_OK) {
            line = parser->repaired.data;
            len = parser->repaired.len;
            parser->document = json_loadb(line, len, JSON_FLAGS, &jerr);
        }
    }
    if (!parser->document && json_error_code(&jerr) == json_error_numeric_overflow) {
        int status = CCK_OK;
        parser->document = load_numbers_zeroed(parser, line, len, &jerr, &status);
        if (status != CCK_OK)
            return status;
    }
    if (!parser->document)
        return set_error(parser, record, error_column(&jerr, line, len), "malformed JSON: %s",
                         jerr.text);
    json_t *object = parser->document;
    if (!json_is_object(object))
        return set_error(parser, record, 1, "expected a JSON object, got %s",
                         json_type_name(object));
    int status = take_id(parser, object, record, line, len);
    if (status != CCK_OK)
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
    parser->numbers_zeroed = 0;
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
        int has_bom = len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0;
        size_t bom = number == 1 && has_bom ? 3 : 0;
        /* on a later line it is no JSON, and jansson's message would quote it invisibly */
        if (has_bom && !bom)
            return set_error(parser, record, 1, "%s",
                             "malformed JSON: the line starts with a byte order mark (U+FEFF), "
                             "which only the first line may have (were files joined? remove "
                             "the marks with sed 's/^\\xEF\\xBB\\xBF//')");
        int status = parse_json(parser, line + bom, len - bom, record);
        if (record->invalid_utf8)
            record->invalid_utf8_byte += bom;
        return status;
    }
    record->text = line;
    record->length = len;
    return CCK_OK;
}

int cck_record_parser_passthrough(cck_record_parser *parser, const char *name,
                                  const char *value, size_t value_len, cck_buf *out)
{
    json_t *object = parser->document;
    if (!object || !json_is_object(object))
        return CCK_EINVAL;
    if (parser->numbers_zeroed) {
        size_t start = out->len;
        int status = passthrough_as_written(parser, name, value, value_len, out);
        if (status == CCK_OK)
            status = cck_buf_putc(out, '\n');
        if (status != CCK_OK) {
            out->len = start;
            if (out->data)
                out->data[start] = '\0';
        }
        return status;
    }
    json_error_t jerr;
    json_t *member = json_loadb(value, value_len, JSON_FLAGS, &jerr);
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
