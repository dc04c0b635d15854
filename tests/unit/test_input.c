/* test_input.c - unit tests of the input module: the line and JSON Lines record
 * readers, whole-file reads with their limits, binary detection and folder walks. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input/input.h"

/* A stream holding exactly bytes[0..len), NUL bytes included. */
static FILE *stream_of(const char *bytes, size_t len)
{
    FILE *stream = tmpfile();
    assert_non_null(stream);
    if (len)
        assert_int_equal(fwrite(bytes, 1, len, stream), len);
    rewind(stream);
    return stream;
}

/* What one record should be: its text, or a part of its error message. */
typedef struct want {
    const char *text;  /* NULL when the record is an error */
    size_t text_len;   /* 0: strlen(text) */
    const char *error; /* a substring of the error message */
    const char *id;    /* NULL: no id */
    int id_is_number;
    size_t error_column;
} want;

typedef struct reader_case {
    const char *name;
    cck_record_mode mode;
    const char *input;
    size_t input_len; /* 0: strlen(input) */
    size_t max;
    const char *field;
    const char *id_field;
    want records[6];
    size_t count;
} reader_case;

static void run_reader_case(const reader_case *c)
{
    size_t len = c->input_len ? c->input_len : strlen(c->input);
    FILE *stream = stream_of(c->input, len);
    cck_record_options options = {c->mode, c->max, c->field, c->id_field};
    cck_record_reader *reader = cck_record_reader_new(stream, &options);
    assert_non_null(reader);
    cck_record record;
    cck_error error;
    size_t n = 0;
    int got;
    while ((got = cck_record_reader_next(reader, &record, &error)) == 1) {
        if (n >= c->count)
            fail_msg("case %s: more records than the %zu expected", c->name, c->count);
        const want *w = &c->records[n];
        if (record.number != n + 1 || record.line != n + 1)
            fail_msg("case %s: record %zu numbered %zu (line %zu)", c->name, n + 1,
                     record.number, record.line);
        if (w->text) {
            size_t want_len = w->text_len ? w->text_len : strlen(w->text);
            if (record.error)
                fail_msg("case %s: record %zu: unexpected error '%s'", c->name, n + 1,
                         record.error);
            if (record.length != want_len || memcmp(record.text, w->text, want_len) != 0)
                fail_msg("case %s: record %zu: text '%.*s', want '%s'", c->name, n + 1,
                         (int)record.length, record.text ? record.text : "", w->text);
        } else {
            if (!record.error || !strstr(record.error, w->error))
                fail_msg("case %s: record %zu: error '%s', want one with '%s'", c->name,
                         n + 1, record.error ? record.error : "(none)", w->error);
            if (w->error_column && record.error_column != w->error_column)
                fail_msg("case %s: record %zu: error column %zu, want %zu", c->name, n + 1,
                         record.error_column, w->error_column);
        }
        if (w->id) {
            if (!record.id || record.id_length != strlen(w->id) ||
                memcmp(record.id, w->id, record.id_length) != 0 ||
                record.id_is_number != w->id_is_number)
                fail_msg("case %s: record %zu: id '%.*s' (number %d), want '%s' (number %d)",
                         c->name, n + 1, (int)record.id_length, record.id ? record.id : "",
                         record.id_is_number, w->id, w->id_is_number);
        } else if (record.id) {
            fail_msg("case %s: record %zu: unexpected id", c->name, n + 1);
        }
        n++;
    }
    if (got != 0)
        fail_msg("case %s: reader failed with %d", c->name, got);
    if (n != c->count)
        fail_msg("case %s: %zu records, want %zu", c->name, n, c->count);
    cck_record_reader_free(reader);
    fclose(stream);
}

static void test_input_lines(void **state)
{
    (void)state;
    static const reader_case cases[] = {
        {"lf", CCK_RECORD_LINES, "one\ntwo\n", 0, 0, NULL, NULL,
         {{.text = "one"}, {.text = "two"}}, 2},
        {"crlf", CCK_RECORD_LINES, "one\r\ntwo\r\n", 0, 0, NULL, NULL,
         {{.text = "one"}, {.text = "two"}}, 2},
        {"no final newline", CCK_RECORD_LINES, "one\ntwo", 0, 0, NULL, NULL,
         {{.text = "one"}, {.text = "two"}}, 2},
        {"empty lines are records", CCK_RECORD_LINES, "\n\nx\n\n", 0, 0, NULL, NULL,
         {{.text = ""}, {.text = ""}, {.text = "x"}, {.text = ""}}, 4},
        {"empty stream", CCK_RECORD_LINES, "", 0, 0, NULL, NULL, {{0}}, 0},
        {"lone cr stays", CCK_RECORD_LINES, "a\rb\n", 0, 0, NULL, NULL,
         {{.text = "a\rb"}}, 1},
        {"nul bytes kept", CCK_RECORD_LINES, "a\0b\nc\n", 6, 0, NULL, NULL,
         {{.text = "a\0b", .text_len = 3}, {.text = "c"}}, 2},
        {"over-long line then recovery", CCK_RECORD_LINES, "short\nthis is too long\nok\n", 0,
         8, NULL, NULL,
         {{.text = "short"}, {.error = "longer than the limit of 8 bytes"}, {.text = "ok"}}, 3},
        {"limit counts without crlf", CCK_RECORD_LINES, "12345678\r\n123456789\r\n", 0, 8,
         NULL, NULL, {{.text = "12345678"}, {.error = "longer than the limit"}}, 2},
        {"over-long last line", CCK_RECORD_LINES, "ok\n0123456789", 0, 4, NULL, NULL,
         {{.text = "ok"}, {.error = "longer than the limit"}}, 2},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++)
        run_reader_case(&cases[i]);
}

static void test_input_jsonl(void **state)
{
    (void)state;
    static const reader_case cases[] = {
        {"text field", CCK_RECORD_JSONL, "{\"text\":\"hello\"}\n", 0, 0, NULL, NULL,
         {{.text = "hello"}}, 1},
        {"full_text fallback", CCK_RECORD_JSONL, "{\"full_text\":\"long form\"}\n", 0, 0, NULL,
         NULL, {{.text = "long form"}}, 1},
        {"text wins over full_text", CCK_RECORD_JSONL,
         "{\"full_text\":\"b\",\"text\":\"a\"}\n", 0, 0, NULL, NULL, {{.text = "a"}}, 1},
        {"null text falls back", CCK_RECORD_JSONL, "{\"text\":null,\"full_text\":\"b\"}", 0, 0,
         NULL, NULL, {{.text = "b"}}, 1},
        {"custom field", CCK_RECORD_JSONL, "{\"body\":\"x\",\"text\":\"y\"}\n", 0, 0, "body",
         NULL, {{.text = "x"}}, 1},
        {"custom field missing", CCK_RECORD_JSONL, "{\"text\":\"y\"}\n", 0, 0, "body", NULL,
         {{.error = "no \"body\" field"}}, 1},
        {"id_str before id", CCK_RECORD_JSONL,
         "{\"id\":1,\"id_str\":\"0001\",\"text\":\"t\"}\n", 0, 0, NULL, NULL,
         {{.text = "t", .id = "0001"}}, 1},
        {"numeric id", CCK_RECORD_JSONL, "{\"id\":1234567890123456789,\"text\":\"t\"}\n", 0, 0,
         NULL, NULL, {{.text = "t", .id = "1234567890123456789", .id_is_number = 1}}, 1},
        {"custom id field", CCK_RECORD_JSONL, "{\"uid\":\"u7\",\"id\":3,\"text\":\"t\"}\n", 0,
         0, NULL, "uid", {{.text = "t", .id = "u7"}}, 1},
        {"bad id type", CCK_RECORD_JSONL, "{\"id\":[1],\"text\":\"t\"}\n", 0, 0, NULL, NULL,
         {{.error = "is an array, not a string or number"}}, 1},
        {"malformed in the middle", CCK_RECORD_JSONL,
         "{\"text\":\"a\",\"id\":1}\n{\"text\": oops}\n{\"text\":\"c\",\"id\":3}\n", 0, 0, NULL,
         NULL,
         {{.text = "a", .id = "1", .id_is_number = 1},
          {.error = "malformed JSON", .error_column = 13}, /* jansson: end of "oops" */
          {.text = "c", .id = "3", .id_is_number = 1}},
         3},
        {"not an object", CCK_RECORD_JSONL, "[\"text\"]\n\"text\"\n", 0, 0, NULL, NULL,
         {{.error = "expected a JSON object, got an array"},
          {.error = "expected a JSON object, got a string"}},
         2},
        {"missing field", CCK_RECORD_JSONL, "{\"id\":\"x\"}\n", 0, 0, NULL, NULL,
         {{.error = "no \"text\" or \"full_text\" field", .id = "x"}}, 1},
        {"field not a string", CCK_RECORD_JSONL, "{\"text\":42}\n", 0, 0, NULL, NULL,
         {{.error = "field \"text\" is a number, not a string"}}, 1},
        {"empty line", CCK_RECORD_JSONL, "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n", 0, 0, NULL,
         NULL, {{.text = "a"}, {.error = "empty line"}, {.text = "b"}}, 3},
        {"invalid utf-8 in a string", CCK_RECORD_JSONL, "{\"text\":\"caf\xff\"}\n", 0, 0,
         NULL, NULL, {{.error = "malformed JSON"}}, 1},
        {"escapes decoded", CCK_RECORD_JSONL, "{\"text\":\"a\\nb \\u00e9\"}\r\n", 0, 0, NULL,
         NULL, {{.text = "a\nb \xc3\xa9"}}, 1},
        {"trailing garbage", CCK_RECORD_JSONL, "{\"text\":\"a\"} x\n", 0, 0, NULL, NULL,
         {{.error = "malformed JSON"}}, 1},
        {"over-long json line", CCK_RECORD_JSONL, "{\"text\":\"aaaaaaaaaaaaaaaaaaaa\"}\n", 0,
         10, NULL, NULL, {{.error = "longer than the limit"}}, 1},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++)
        run_reader_case(&cases[i]);
}

/* A line far longer than the reader's 64 KiB chunk, split across many reads. */
static void test_input_lines_cross_chunks(void **state)
{
    (void)state;
    size_t big = 300000;
    char *input = malloc(big + 8);
    assert_non_null(input);
    memset(input, 'x', big);
    memcpy(input + big, "\r\nend\n", 6);
    FILE *stream = stream_of(input, big + 6);
    cck_record_options options = {CCK_RECORD_LINES, 0, NULL, NULL};
    cck_record_reader *reader = cck_record_reader_new(stream, &options);
    cck_record record;
    cck_error error;
    assert_int_equal(cck_record_reader_next(reader, &record, &error), 1);
    assert_null(record.error);
    assert_int_equal(record.length, big);
    assert_int_equal(cck_record_reader_next(reader, &record, &error), 1);
    assert_int_equal(record.length, 3);
    assert_memory_equal(record.text, "end", 3);
    assert_int_equal(cck_record_reader_next(reader, &record, &error), 0);
    cck_record_reader_free(reader);
    fclose(stream);

    /* The same line over a 1000-byte limit: one error record, then recovery. */
    stream = stream_of(input, big + 6);
    options.max_record_bytes = 1000;
    reader = cck_record_reader_new(stream, &options);
    assert_int_equal(cck_record_reader_next(reader, &record, &error), 1);
    assert_non_null(record.error);
    assert_int_equal(cck_record_reader_next(reader, &record, &error), 1);
    assert_null(record.error);
    assert_int_equal(record.number, 2);
    assert_memory_equal(record.text, "end", 3);
    assert_int_equal(cck_record_reader_next(reader, &record, &error), 0);
    cck_record_reader_free(reader);
    fclose(stream);
    free(input);
}

static void test_input_reader_rejects_bad_options(void **state)
{
    (void)state;
    cck_record_options options = {(cck_record_mode)7, 0, NULL, NULL};
    FILE *stream = stream_of("", 0);
    assert_null(cck_record_reader_new(stream, &options));
    assert_null(cck_record_reader_new(NULL, &options));
    cck_record_reader_free(NULL);
    fclose(stream);
}

static void test_input_find_binary(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        const char *bytes;
        size_t len;
        size_t want;
    } cases[] = {
        {"text", "plain text", 10, (size_t)-1},
        {"empty", "", 0, (size_t)-1},
        {"nul at start", "\0abc", 4, 0},
        {"nul inside", "ab\0c", 4, 2},
        {"utf-8 is text", "caf\xc3\xa9", 5, (size_t)-1},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        size_t got = cck_input_find_binary(cases[i].bytes, cases[i].len);
        if (got != cases[i].want)
            fail_msg("case %s: %zu, want %zu", cases[i].name, got, cases[i].want);
    }
    /* A NUL past the probe window does not make a file binary. */
    size_t len = CCK_INPUT_BINARY_PROBE + 10;
    char *late = calloc(1, len);
    assert_non_null(late);
    memset(late, 'a', CCK_INPUT_BINARY_PROBE);
    assert_int_equal(cck_input_find_binary(late, len), (size_t)-1);
    free(late);
}

/* A scratch folder under TMPDIR (or /tmp), removed by the test. */
static char *make_temp_dir(void)
{
    const char *base = getenv("TMPDIR");
    cck_buf path;
    cck_buf_init(&path);
    assert_int_equal(cck_buf_printf(&path, "%s/cck-input-XXXXXX", base && base[0] ? base : "/tmp"),
                     CCK_OK);
    assert_non_null(mkdtemp(path.data));
    return path.data;
}

static void write_file(const char *dir, const char *name, const char *bytes, size_t len)
{
    cck_buf path;
    cck_buf_init(&path);
    assert_int_equal(cck_buf_printf(&path, "%s/%s", dir, name), CCK_OK);
    FILE *file = fopen(path.data, "wb");
    assert_non_null(file);
    assert_int_equal(fwrite(bytes, 1, len, file), len);
    assert_int_equal(fclose(file), 0);
    cck_buf_free(&path);
}

static void make_dir(const char *dir, const char *name)
{
    cck_buf path;
    cck_buf_init(&path);
    assert_int_equal(cck_buf_printf(&path, "%s/%s", dir, name), CCK_OK);
    assert_int_equal(mkdir(path.data, 0700), 0);
    cck_buf_free(&path);
}

static void remove_tree(const char *dir)
{
    /* The tree is the one built by the test: files and folders, no links. */
    cck_buf command;
    cck_buf_init(&command);
    assert_int_equal(cck_buf_printf(&command, "rm -rf '%s'", dir), CCK_OK);
    assert_int_equal(system(command.data), 0);
    cck_buf_free(&command);
}

static void test_input_read_file(void **state)
{
    (void)state;
    char *dir = make_temp_dir();
    write_file(dir, "a.txt", "hello\n", 6);
    cck_buf path, text;
    cck_buf_init(&path);
    cck_buf_init(&text);
    cck_error error;

    assert_int_equal(cck_buf_printf(&path, "%s/a.txt", dir), CCK_OK);
    assert_int_equal(cck_input_read_file(path.data, 0, &text, &error), CCK_OK);
    assert_int_equal(text.len, 6);
    assert_memory_equal(text.data, "hello\n", 6);

    /* At the limit is fine; one byte under it is refused. */
    assert_int_equal(cck_input_read_file(path.data, 6, &text, &error), CCK_OK);
    assert_int_equal(cck_input_read_file(path.data, 5, &text, &error), CCK_ELIMIT);
    assert_non_null(strstr(error.message, "limit"));
    assert_string_equal(error.path, path.data);

    assert_int_equal(cck_input_read_file(dir, 0, &text, &error), CCK_EINVAL);
    assert_non_null(strstr(error.message, "folder"));

    cck_buf_clear(&path);
    assert_int_equal(cck_buf_printf(&path, "%s/missing.txt", dir), CCK_OK);
    assert_int_equal(cck_input_read_file(path.data, 0, &text, &error), CCK_EIO);
    assert_non_null(strstr(error.message, "cannot open"));

    /* Streams: the whole content, or CCK_ELIMIT past the limit. */
    FILE *stream = stream_of("a stream\n", 9);
    assert_int_equal(cck_input_read_stream(stream, "<stdin>", 0, &text, &error), CCK_OK);
    assert_int_equal(text.len, 9);
    rewind(stream);
    assert_int_equal(cck_input_read_stream(stream, "<stdin>", 4, &text, &error), CCK_ELIMIT);
    fclose(stream);

    cck_buf_free(&path);
    cck_buf_free(&text);
    remove_tree(dir);
    free(dir);
}

static void test_input_walk_sorted(void **state)
{
    (void)state;
    char *dir = make_temp_dir();
    write_file(dir, "b.txt", "b", 1);
    write_file(dir, "a.txt", "a", 1);
    write_file(dir, ".hidden.txt", "h", 1);
    make_dir(dir, "c");
    write_file(dir, "c/z.txt", "z", 1);
    write_file(dir, "c/y.txt", "y", 1);
    make_dir(dir, ".git");
    write_file(dir, ".git/config", "g", 1);
    make_dir(dir, "d");
    write_file(dir, "e.txt", "e", 1);

    static const char *const expected[] = {"a.txt", "b.txt", "c/y.txt", "c/z.txt", "e.txt"};
    cck_walk *walk = cck_walk_new(dir);
    assert_non_null(walk);
    const char *path;
    cck_error error;
    size_t n = 0;
    int got;
    size_t prefix = strlen(dir) + 1;
    while ((got = cck_walk_next(walk, &path, &error)) == 1) {
        if (n >= CCK_ARRAY_LEN(expected))
            fail_msg("walk: unexpected extra file %s", path);
        if (strcmp(path + prefix, expected[n]) != 0)
            fail_msg("walk: file %zu is %s, want %s", n, path + prefix, expected[n]);
        n++;
    }
    assert_int_equal(got, 0);
    assert_int_equal(n, CCK_ARRAY_LEN(expected));
    cck_walk_free(walk);

    /* Not recursive: only the files at the top. */
    walk = cck_walk_new(dir);
    cck_walk_set_recursive(walk, 0);
    n = 0;
    while (cck_walk_next(walk, &path, &error) == 1)
        n++;
    assert_int_equal(n, 3);
    cck_walk_free(walk);
    cck_walk_free(NULL);

    remove_tree(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_input_lines),
        cmocka_unit_test(test_input_jsonl),
        cmocka_unit_test(test_input_lines_cross_chunks),
        cmocka_unit_test(test_input_reader_rejects_bad_options),
        cmocka_unit_test(test_input_find_binary),
        cmocka_unit_test(test_input_read_file),
        cmocka_unit_test(test_input_walk_sorted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
