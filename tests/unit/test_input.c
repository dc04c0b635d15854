/* test_input.c - unit tests of the input module: the line and JSON Lines record
 * readers and parsers, --passthrough, whole-file reads with their limits, binary
 * detection, globs and .gitignore rules, folder walks with their filters, and the
 * ordered work queue of -j. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
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
    const char *id_problem; /* a substring of why the id was left out; NULL: none */
    size_t id_problem_column;
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
        if (w->id_problem) {
            if (!record.id_problem || !strstr(record.id_problem, w->id_problem) ||
                record.id_problem_column != w->id_problem_column)
                fail_msg("case %s: record %zu: id problem '%s' at column %zu, want '%s' at "
                         "%zu", c->name, n + 1, record.id_problem ? record.id_problem : "(none)",
                         record.id_problem_column, w->id_problem, w->id_problem_column);
        } else if (record.id_problem) {
            fail_msg("case %s: record %zu: unexpected id problem '%s'", c->name, n + 1,
                     record.id_problem);
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
        /* an id that is no string or number cannot be echoed, but the text is still
         * read; id_str falls back to id as a null id_str does */
        {"bad id type", CCK_RECORD_JSONL, "{\"id\":[1],\"text\":\"t\"}\n", 0, 0, NULL, NULL,
         {{.text = "t", .id_problem = "is an array, not a string or number",
           .id_problem_column = 7}}, 1},
        {"bad id_str falls back to id", CCK_RECORD_JSONL,
         "{\"id_str\":{\"x\":1},\"id\":5,\"text\":\"t\"}\n", 0, 0, NULL, NULL,
         {{.text = "t", .id = "5", .id_is_number = 1}}, 1},
        {"bad custom id field", CCK_RECORD_JSONL,
         "{\"text\":\"t\", \"user\": true, \"id\":\"x\"}\n", 0, 0, NULL, "user",
         {{.text = "t", .id_problem = "is a boolean", .id_problem_column = 22}}, 1},
        {"malformed in the middle", CCK_RECORD_JSONL,
         "{\"text\":\"a\",\"id\":1}\n{\"text\": oops}\n{\"text\":\"c\",\"id\":3}\n", 0, 0, NULL,
         NULL,
         {{.text = "a", .id = "1", .id_is_number = 1},
          {.error = "malformed JSON", .error_column = 10}, /* the start of "oops" */
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
        {"invalid utf-8 in a string is read as U+FFFD", CCK_RECORD_JSONL,
         "{\"text\":\"caf\xff\"}\n", 0, 0, NULL, NULL, {{.text = "caf\xEF\xBF\xBD"}}, 1},
        {"escapes decoded", CCK_RECORD_JSONL, "{\"text\":\"a\\nb \\u00e9\"}\r\n", 0, 0, NULL,
         NULL, {{.text = "a\nb \xc3\xa9"}}, 1},
        {"trailing garbage", CCK_RECORD_JSONL, "{\"text\":\"a\"} x\n", 0, 0, NULL, NULL,
         {{.error = "malformed JSON"}}, 1},
        /* A byte order mark opens a file, not a line: skipped on the first line only,
         * and jansson's column for a problem on that line does not count it. */
        {"bom on the first line", CCK_RECORD_JSONL,
         "\xEF\xBB\xBF{\"id\":1,\"text\":\"x\"}\n{\"text\":\"y\"}\n", 0, 0, NULL, NULL,
         {{.text = "x", .id = "1", .id_is_number = 1}, {.text = "y"}}, 2},
        {"bom then a problem on the first line", CCK_RECORD_JSONL,
         "\xEF\xBB\xBF{\"text\": oops}\n", 0, 0, NULL, NULL,
         {{.error = "malformed JSON", .error_column = 10}}, 1},
        {"bom alone on the first line", CCK_RECORD_JSONL, "\xEF\xBB\xBF\n", 0, 0, NULL,
         NULL, {{.error = "empty line"}}, 1},
        {"bom on a later line is not skipped", CCK_RECORD_JSONL,
         "{\"text\":\"x\"}\n\xEF\xBB\xBF{\"text\":\"y\"}\n", 0, 0, NULL, NULL,
         {{.text = "x"}, {.error = "malformed JSON", .error_column = 1}}, 2},
        /* Integers past 64 bits and reals past a double are valid JSON: the record is
         * read, and a numeric id is echoed exactly as written. */
        {"id at the 64-bit limit", CCK_RECORD_JSONL,
         "{\"id\":9223372036854775807,\"text\":\"t\"}\n", 0, 0, NULL, NULL,
         {{.text = "t", .id = "9223372036854775807", .id_is_number = 1}}, 1},
        {"id one past the 64-bit limit", CCK_RECORD_JSONL,
         "{\"id\":9223372036854775808,\"text\":\"t\"}\n", 0, 0, NULL, NULL,
         {{.text = "t", .id = "9223372036854775808", .id_is_number = 1}}, 1},
        {"id of 20 digits and one far below", CCK_RECORD_JSONL,
         "{\"id\":12345678901234567890,\"text\":\"t\"}\n"
         "{\"text\":\"u\", \"id\" : -123456789012345678901234567890 }\n", 0, 0, NULL, NULL,
         {{.text = "t", .id = "12345678901234567890", .id_is_number = 1},
          {.text = "u", .id = "-123456789012345678901234567890", .id_is_number = 1}}, 2},
        {"big numbers in other fields", CCK_RECORD_JSONL,
         "{\"id\":5,\"text\":\"t\",\"big\":12345678901234567890,\"r\":[1e400,{\"id\":1}]}\n", 0,
         0, NULL, NULL, {{.text = "t", .id = "5", .id_is_number = 1}}, 1},
        {"big id under an escaped key, the last of two", CCK_RECORD_JSONL,
         "{\"\\u0069d\":1,\"text\":\"t \\\" 1e999\",\"\\u0069d\":12345678901234567890}\n", 0, 0,
         NULL, NULL, {{.text = "t \" 1e999", .id = "12345678901234567890", .id_is_number = 1}},
         1},
        {"big id in a custom field, string ids untouched", CCK_RECORD_JSONL,
         "{\"uid\":18446744073709551616,\"text\":\"t\"}\n"
         "{\"uid\":\"18446744073709551616\",\"text\":\"t\",\"n\":1e400}\n", 0, 0, NULL, "uid",
         {{.text = "t", .id = "18446744073709551616", .id_is_number = 1},
          {.text = "t", .id = "18446744073709551616"}}, 2},
        {"text field a big number", CCK_RECORD_JSONL, "{\"text\":12345678901234567890}\n", 0,
         0, NULL, NULL, {{.error = "field \"text\" is a number, not a string"}}, 1},
        {"big number, then a syntax error", CCK_RECORD_JSONL,
         "{\"big\":12345678901234567890, \"text\": oops}\n{\"n\":0123456789012345678901}\n", 0,
         0, NULL, NULL,
         {{.error = "malformed JSON", .error_column = 38}, {.error = "malformed JSON"}}, 2},
        /* jansson names the token it stopped after: the column is where it starts; a
         * control character is its own column; the end of the line is past it */
        {"error columns", CCK_RECORD_JSONL,
         "{bad json\n{\"id\":10,\"text\":\"a\"} trailing\n{\"text\":\"a\tb\"}\n[1,2\n"
         "{\"text\":\"caf\xC3\xA9\" x}\n",
         0, 0, NULL, NULL,
         {{.error = "malformed JSON", .error_column = 2},
          {.error = "malformed JSON", .error_column = 22},
          {.error = "control character", .error_column = 11},
          {.error = "malformed JSON", .error_column = 5},
          {.error = "malformed JSON", .error_column = 16}},
         5},
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

/* ---- globs and .gitignore rules ---------------------------------------------------- */

typedef struct glob_case {
    const char *pattern;
    const char *path;
    int is_dir;
    int want;
} glob_case;

static void test_input_glob_match(void **state)
{
    (void)state;
    static const glob_case cases[] = {
        /* no '/': the base name, at any depth */
        {"*.md", "a.md", 0, 1},
        {"*.md", "sub/deep/a.md", 0, 1},
        {"*.md", "a.md.txt", 0, 0},
        {"a?c", "abc", 0, 1},
        {"a?c", "ac", 0, 0},
        {"*", ".hidden", 0, 1},
        {"notes", "x/notes", 1, 1},
        /* with '/': the whole relative path, '*' stays within a component */
        {"sub/*.txt", "sub/a.txt", 0, 1},
        {"sub/*.txt", "sub/x/a.txt", 0, 0},
        {"sub/*.txt", "other/sub/a.txt", 0, 0},
        {"/top.txt", "top.txt", 0, 1},
        {"/top.txt", "sub/top.txt", 0, 0},
        /* '**' */
        {"**/deep/*.txt", "deep/a.txt", 0, 1},
        {"**/deep/*.txt", "a/b/deep/a.txt", 0, 1},
        {"**/deep/*.txt", "a/b/deeper/a.txt", 0, 0},
        {"a/**/b", "a/b", 0, 1},
        {"a/**/b", "a/x/y/b", 0, 1},
        {"a/**/b", "a/xb", 0, 0},
        {"a/**", "a/x", 0, 1},
        {"a/**", "a/x/y.txt", 0, 1},
        {"a/**", "a", 1, 0},
        {"a**b", "axxb", 0, 1},
        {"a**b", "ax/xb", 0, 0},
        /* classes and escapes */
        {"[ab].txt", "a.txt", 0, 1},
        {"[ab].txt", "c.txt", 0, 0},
        {"[!ab].txt", "c.txt", 0, 1},
        {"[^ab].txt", "a.txt", 0, 0},
        {"[a-c]x", "bx", 0, 1},
        {"[a-c]x", "dx", 0, 0},
        {"[]]", "]", 0, 1},
        {"[", "[", 0, 1},
        {"\\*", "*", 0, 1},
        {"\\*", "a", 0, 0},
        {"x[/]y", "x/y", 0, 0},
        /* folders only */
        {"build/", "build", 1, 1},
        {"build/", "build", 0, 0},
        {"build/", "src/build", 1, 1},
        /* characters, not bytes */
        {"caf?.md", "caf\xc3\xa9.md", 0, 1},
        {"[\xc3\xa9]", "\xc3\xa9", 0, 1},
        {"*.TXT", "a.txt", 0, 0},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        const glob_case *c = &cases[i];
        cck_glob *glob = NULL;
        if (cck_glob_new(c->pattern, strlen(c->pattern), &glob) != CCK_OK)
            fail_msg("case %zu: pattern '%s' does not compile", i, c->pattern);
        int got = cck_glob_match(glob, c->path, strlen(c->path), c->is_dir);
        if (got != c->want)
            fail_msg("case %zu: '%s' on '%s'%s: %d, want %d", i, c->pattern, c->path,
                     c->is_dir ? " (folder)" : "", got, c->want);
        cck_glob_free(glob);
    }
    cck_glob *glob = NULL;
    assert_int_equal(cck_glob_new("", 0, &glob), CCK_EINVAL);
    assert_int_equal(cck_glob_new("/", 1, &glob), CCK_EINVAL);
    assert_null(glob);
    cck_glob_free(NULL);

    /* A pathological pattern costs pattern x path, not an exponential search. */
    char pattern[200], path[4001];
    for (size_t i = 0; i < 100; i++)
        memcpy(pattern + 2 * i, "*a", 2);
    memcpy(pattern + 198, "*b", 2);
    memset(path, 'a', sizeof path - 1);
    path[sizeof path - 1] = '\0';
    assert_int_equal(cck_glob_new(pattern, sizeof pattern, &glob), CCK_OK);
    assert_int_equal(cck_glob_match(glob, path, strlen(path), 0), 0);
    cck_glob_free(glob);
}

static void test_input_gitignore_rules(void **state)
{
    (void)state;
    static const char rules[] =
        "\xEF\xBB\xBF# a comment, then a blank line\r\n"
        "\n"
        "*.log\n"
        "!keep.log\n"
        "build/\n"
        "/root-only.txt\n"
        "docs/*.tmp\n"
        "**/cache\n"
        "trailing.txt   \n"
        "\\#hash.txt\n"
        "\\!bang.txt\n"
        "space\\ \n";
    static const struct {
        const char *path;
        int is_dir;
        int want;
    } cases[] = {
        {"a.log", 0, CCK_IGNORE_EXCLUDE},
        {"sub/a.log", 0, CCK_IGNORE_EXCLUDE},
        {"keep.log", 0, CCK_IGNORE_INCLUDE},
        {"sub/keep.log", 0, CCK_IGNORE_INCLUDE},
        {"build", 1, CCK_IGNORE_EXCLUDE},
        {"build", 0, CCK_IGNORE_NONE}, /* a file named build is not the folder */
        {"sub/build", 1, CCK_IGNORE_EXCLUDE},
        {"root-only.txt", 0, CCK_IGNORE_EXCLUDE},
        {"sub/root-only.txt", 0, CCK_IGNORE_NONE},
        {"docs/a.tmp", 0, CCK_IGNORE_EXCLUDE},
        {"x/docs/a.tmp", 0, CCK_IGNORE_NONE},
        {"cache", 1, CCK_IGNORE_EXCLUDE},
        {"a/b/cache", 1, CCK_IGNORE_EXCLUDE},
        {"trailing.txt", 0, CCK_IGNORE_EXCLUDE},
        {"#hash.txt", 0, CCK_IGNORE_EXCLUDE},
        {"!bang.txt", 0, CCK_IGNORE_EXCLUDE},
        {"space ", 0, CCK_IGNORE_EXCLUDE},
        {"a.txt", 0, CCK_IGNORE_NONE},
        {"# a comment, then a blank line", 0, CCK_IGNORE_NONE},
    };
    cck_ignore *ignore = cck_ignore_new();
    assert_non_null(ignore);
    assert_int_equal(cck_ignore_add_buffer(ignore, rules, sizeof rules - 1), CCK_OK);
    assert_int_equal(cck_ignore_get_rule_count(ignore), 10);
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        int got = cck_ignore_match(ignore, cases[i].path, strlen(cases[i].path),
                                   cases[i].is_dir);
        if (got != cases[i].want)
            fail_msg("gitignore case '%s'%s: %d, want %d", cases[i].path,
                     cases[i].is_dir ? " (folder)" : "", got, cases[i].want);
    }
    cck_ignore_free(ignore);
    cck_ignore_free(NULL);
}

/* ---- the ordered work queue --------------------------------------------------------- */

/* Items finished in reverse order still come out in the order they went in. */
static void test_input_queue_reorders(void **state)
{
    (void)state;
    int items[8];
    cck_queue *queue = cck_queue_new(8, 0);
    assert_non_null(queue);
    for (int i = 0; i < 8; i++) {
        items[i] = i;
        /* Item 3 is a message: done when it is added. */
        assert_int_equal(cck_queue_push(queue, &items[i], 1, i == 3, 0), CCK_OK);
    }
    /* Full: a ninth item does not fit. */
    assert_int_equal(cck_queue_push(queue, &items[0], 1, 0, 0), CCK_ELIMIT);
    size_t sequences[8];
    void *item;
    for (size_t i = 0; i < 7; i++) {
        assert_int_equal(cck_queue_take(queue, &item, &sequences[i]), 1);
        assert_int_equal(*(int *)item, (int)(i < 3 ? i : i + 1)); /* 3 is skipped */
    }
    /* Nothing is ready while item 0 is not done. */
    assert_int_equal(cck_queue_pop(queue, &item, 10), CCK_ELIMIT);
    for (size_t i = 7; i-- > 0;)
        cck_queue_finish(queue, sequences[i], 0);
    cck_queue_close(queue);
    for (int i = 0; i < 8; i++) {
        assert_int_equal(cck_queue_pop(queue, &item, 0), 1);
        if (*(int *)item != i)
            fail_msg("popped item %d, want %d", *(int *)item, i);
    }
    assert_int_equal(cck_queue_pop(queue, &item, 0), 0);
    assert_int_equal(cck_queue_take(queue, &item, &sequences[0]), 0);
    assert_int_equal(cck_queue_drain(queue, &item), 0);
    cck_queue_free(queue);
    cck_queue_free(NULL);
}

/* A worker whose item is next in line can nudge the writer before it is done. */
static void test_input_queue_nudge(void **state)
{
    (void)state;
    int a = 1, b = 2;
    cck_queue *queue = cck_queue_new(4, 0);
    assert_non_null(queue);
    assert_int_equal(cck_queue_push(queue, &a, 1, 0, 0), CCK_OK);
    assert_int_equal(cck_queue_push(queue, &b, 1, 0, 0), CCK_OK);
    void *item;
    size_t first, second;
    assert_int_equal(cck_queue_take(queue, &item, &first), 1);
    assert_int_equal(cck_queue_take(queue, &item, &second), 1);
    assert_true(cck_queue_is_head(queue, first));
    assert_false(cck_queue_is_head(queue, second));
    /* A nudge from the second item does not wake the writer: it is not next. */
    cck_queue_nudge(queue, second);
    assert_int_equal(cck_queue_pop(queue, &item, 10), CCK_ELIMIT);
    cck_queue_nudge(queue, first);
    assert_int_equal(cck_queue_pop(queue, &item, 0), CCK_QUEUE_NUDGED);
    assert_ptr_equal(item, &a);
    /* Once is enough: the item stays in the queue until it is done. */
    assert_int_equal(cck_queue_pop(queue, &item, 10), CCK_ELIMIT);
    cck_queue_finish(queue, first, 0);
    assert_int_equal(cck_queue_pop(queue, &item, 0), 1);
    assert_ptr_equal(item, &a);
    /* Now the second is next, and its earlier nudge counts. */
    assert_true(cck_queue_is_head(queue, second));
    assert_int_equal(cck_queue_pop(queue, &item, 0), CCK_QUEUE_NUDGED);
    assert_ptr_equal(item, &b);
    cck_queue_finish(queue, second, 0);
    assert_int_equal(cck_queue_pop(queue, &item, 0), 1);
    cck_queue_cancel(queue);
    assert_false(cck_queue_is_head(queue, second + 1));
    cck_queue_free(queue);
}

/* The byte budget: a heavy item waits for room, but one alone always fits. */
static void test_input_queue_bytes(void **state)
{
    (void)state;
    int a = 1, b = 2, c = 3;
    cck_queue *queue = cck_queue_new(4, 100);
    assert_non_null(queue);
    assert_int_equal(cck_queue_push(queue, &a, 1000, 0, 0), CCK_OK); /* alone: fits */
    assert_int_equal(cck_queue_push(queue, &b, 10, 0, 0), CCK_ELIMIT);
    void *item;
    size_t sequence;
    assert_int_equal(cck_queue_take(queue, &item, &sequence), 1);
    /* Its output is small: the budget frees up before the writer takes it. */
    cck_queue_finish(queue, sequence, 50);
    assert_int_equal(cck_queue_push(queue, &b, 40, 0, 0), CCK_OK);
    assert_int_equal(cck_queue_push(queue, &c, 20, 0, 0), CCK_ELIMIT);
    assert_int_equal(cck_queue_pop(queue, &item, 0), 1);
    assert_ptr_equal(item, &a);
    assert_int_equal(cck_queue_push(queue, &c, 20, 0, 0), CCK_OK);
    /* Cancelling stops everyone; what is left is drained for freeing. */
    cck_queue_cancel(queue);
    assert_true(cck_queue_is_cancelled(queue));
    assert_int_equal(cck_queue_push(queue, &a, 1, 0, 1), CCK_ESTOP);
    assert_int_equal(cck_queue_take(queue, &item, &sequence), 0);
    assert_int_equal(cck_queue_pop(queue, &item, 0), 0);
    size_t left = 0;
    while (cck_queue_drain(queue, &item) == 1)
        left++;
    assert_int_equal(left, 2);
    cck_queue_free(queue);
}

/* Items added done (messages) can be given back before any worker has looked at
 * them, so the writer can get ahead of the workers' place in the ring. A worker
 * must then start after what the writer has, not read a slot that was freed and
 * given to a later item: that took the later item under an old sequence number,
 * and the writer, waiting for the later item, was never woken when it was done
 * (the -j 2 hang of a folder scan whose files vanish). */
static void test_input_queue_done_overtakes(void **state)
{
    (void)state;
    int work0 = 0, message1 = 1, work2 = 2, work3 = 3;
    cck_queue *queue = cck_queue_new(2, 0);
    assert_non_null(queue);
    void *item;
    size_t sequence;
    assert_int_equal(cck_queue_push(queue, &work0, 1, 0, 0), CCK_OK);
    assert_int_equal(cck_queue_push(queue, &message1, 1, 1, 0), CCK_OK);
    assert_int_equal(cck_queue_take(queue, &item, &sequence), 1);
    assert_ptr_equal(item, &work0);
    cck_queue_finish(queue, sequence, 1);
    /* The writer takes both before the worker comes back for more. */
    assert_int_equal(cck_queue_pop(queue, &item, 0), 1);
    assert_ptr_equal(item, &work0);
    assert_int_equal(cck_queue_pop(queue, &item, 0), 1);
    assert_ptr_equal(item, &message1);
    /* Item 3 goes into the slot that item 1 had. */
    assert_int_equal(cck_queue_push(queue, &work2, 1, 0, 0), CCK_OK);
    assert_int_equal(cck_queue_push(queue, &work3, 1, 0, 0), CCK_OK);
    assert_int_equal(cck_queue_take(queue, &item, &sequence), 1);
    assert_ptr_equal(item, &work2);
    assert_int_equal(sequence, 2);
    assert_true(cck_queue_is_head(queue, sequence));
    cck_queue_finish(queue, sequence, 1);
    assert_int_equal(cck_queue_take(queue, &item, &sequence), 1);
    assert_ptr_equal(item, &work3);
    assert_int_equal(sequence, 3);
    cck_queue_finish(queue, sequence, 1);
    cck_queue_close(queue);
    assert_int_equal(cck_queue_pop(queue, &item, 0), 1);
    assert_ptr_equal(item, &work2);
    assert_int_equal(cck_queue_pop(queue, &item, 0), 1);
    assert_ptr_equal(item, &work3);
    assert_int_equal(cck_queue_pop(queue, &item, 0), 0);
    assert_int_equal(cck_queue_take(queue, &item, &sequence), 0);
    cck_queue_free(queue);
}

#define THREADED_ITEMS 2000
#define THREADED_WORKERS 4

typedef struct threaded_item {
    size_t index;
    unsigned spin; /* work of uneven length, so that finishing order varies */
    unsigned sum;  /* what the work made, kept so that it is not optimized away */
    size_t done_by_worker;
} threaded_item;

static void *queue_worker(void *data)
{
    cck_queue *queue = data;
    void *item;
    size_t sequence;
    while (cck_queue_take(queue, &item, &sequence) == 1) {
        threaded_item *t = item;
        volatile unsigned sink = 0;
        for (unsigned i = 0; i < t->spin; i++)
            sink += i;
        t->sum = sink;
        t->done_by_worker = 1;
        cck_queue_finish(queue, sequence, 1);
    }
    return NULL;
}

static void *queue_writer(void *data)
{
    cck_queue *queue = data;
    size_t *next = cck_calloc(1, sizeof *next);
    void *item;
    while (next && cck_queue_pop(queue, &item, 0) == 1) {
        threaded_item *t = item;
        if (t->index != *next || !t->done_by_worker) {
            *next = (size_t)-1; /* out of order, or handed back before it was done */
            break;
        }
        (*next)++;
    }
    return next;
}

/* Four workers finishing at random times; the writer must see 0, 1, 2, ... while
 * the producer is held back by a small queue. */
static void test_input_queue_threads(void **state)
{
    (void)state;
    threaded_item *items = calloc(THREADED_ITEMS, sizeof *items);
    assert_non_null(items);
    cck_queue *queue = cck_queue_new(16, 0);
    assert_non_null(queue);
    pthread_t workers[THREADED_WORKERS], writer;
    for (size_t i = 0; i < THREADED_WORKERS; i++)
        assert_int_equal(pthread_create(&workers[i], NULL, queue_worker, queue), 0);
    assert_int_equal(pthread_create(&writer, NULL, queue_writer, queue), 0);
    unsigned seed = 12345;
    for (size_t i = 0; i < THREADED_ITEMS; i++) {
        seed = seed * 1103515245u + 12345u;
        items[i].index = i;
        items[i].spin = (seed >> 16) % 20000;
        assert_int_equal(cck_queue_push(queue, &items[i], 1, 0, 1), CCK_OK);
    }
    cck_queue_close(queue);
    for (size_t i = 0; i < THREADED_WORKERS; i++)
        pthread_join(workers[i], NULL);
    void *result;
    pthread_join(writer, &result);
    size_t *next = result;
    assert_non_null(next);
    if (*next != THREADED_ITEMS)
        fail_msg("the writer saw items out of order (stopped at %zu)", *next);
    cck_free(next);
    cck_queue_free(queue);
    free(items);
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
    cck_walk *walk = cck_walk_new(dir, NULL);
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
    cck_walk_options flat = {.no_recursion = 1};
    walk = cck_walk_new(dir, &flat);
    n = 0;
    while (cck_walk_next(walk, &path, &error) == 1)
        n++;
    assert_int_equal(n, 3);
    cck_walk_free(walk);
    cck_walk_free(NULL);

    remove_tree(dir);
    free(dir);
}

/* The files a walk yields, relative to dir, each followed by a space; notes and
 * errors as "!path " (errors) or "~path " (notes). */
static void walk_list(const char *dir, const cck_walk_options *options, cck_buf *out)
{
    cck_buf_clear(out);
    cck_walk *walk = cck_walk_new(dir, options);
    assert_non_null(walk);
    size_t prefix = strlen(dir) + 1;
    const char *path;
    cck_error error;
    int got;
    while ((got = cck_walk_next(walk, &path, &error)) != 0) {
        const char *mark = got == 1 ? "" : got == CCK_WALK_NOTE ? "~" : "!";
        assert_int_equal(cck_buf_printf(out, "%s%s ", mark,
                                        strlen(path) > prefix ? path + prefix : path),
                         CCK_OK);
    }
    cck_walk_free(walk);
}

static cck_glob *glob_of(const char *pattern)
{
    cck_glob *glob = NULL;
    assert_int_equal(cck_glob_new(pattern, strlen(pattern), &glob), CCK_OK);
    return glob;
}

static void test_input_walk_filters(void **state)
{
    (void)state;
    char *dir = make_temp_dir();
    make_dir(dir, "sub");
    make_dir(dir, "sub/deep");
    make_dir(dir, "build");
    make_dir(dir, ".cache");
    write_file(dir, "a.txt", "a", 1);
    write_file(dir, "b.md", "b", 1);
    write_file(dir, "x.log", "x", 1);
    write_file(dir, ".hidden.txt", "h", 1);
    write_file(dir, ".cache/c.txt", "c", 1);
    write_file(dir, "build/out.txt", "o", 1);
    write_file(dir, "sub/c.txt", "c", 1);
    write_file(dir, "sub/keep.log", "k", 1);
    write_file(dir, "sub/deep/d.txt", "d", 1);
    write_file(dir, "sub/deep/e.md", "e", 1);
    write_file(dir, ".gitignore", "*.log\nbuild/\n", 13);
    /* A deeper .gitignore overrides the root's, and anchors to its own folder. */
    write_file(dir, "sub/.gitignore", "!keep.log\n/c.txt\n", 17);

    cck_buf got;
    cck_buf_init(&got);
    static const struct {
        const char *name;
        cck_walk_options options;
        const char *want;
    } cases[] = {
        {"defaults: hidden skipped, no .gitignore", {0},
         "a.txt b.md build/out.txt sub/c.txt sub/deep/d.txt sub/deep/e.md sub/keep.log x.log "},
        {"gitignore", {.gitignore = 1}, "a.txt b.md sub/deep/d.txt sub/deep/e.md sub/keep.log "},
        {"hidden", {.hidden = 1, .gitignore = 1},
         ".cache/c.txt .gitignore .hidden.txt a.txt b.md sub/.gitignore sub/deep/d.txt "
         "sub/deep/e.md sub/keep.log "},
        {"no recursion", {.no_recursion = 1}, "a.txt b.md x.log "},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        walk_list(dir, &cases[i].options, &got);
        if (strcmp(got.data ? got.data : "", cases[i].want) != 0)
            fail_msg("walk case %s: got '%s', want '%s'", cases[i].name,
                     got.data ? got.data : "", cases[i].want);
    }

    /* --include and --exclude: base names, relative paths, folders. */
    cck_glob *md = glob_of("*.md"), *deep = glob_of("sub/deep/"), *a = glob_of("/a.txt"),
             *sub_txt = glob_of("sub/**/*.txt");
    const cck_glob *includes[] = {md, sub_txt};
    const cck_glob *excludes[] = {deep, a};
    cck_walk_options options = {.gitignore = 1, .include = includes, .include_count = 2};
    walk_list(dir, &options, &got);
    assert_string_equal(got.data, "b.md sub/deep/d.txt sub/deep/e.md ");
    options.exclude = excludes;
    options.exclude_count = 2;
    walk_list(dir, &options, &got);
    assert_string_equal(got.data, "b.md ");
    options.include_count = 0;
    walk_list(dir, &options, &got);
    assert_string_equal(got.data, "b.md sub/keep.log ");
    cck_glob_free(md);
    cck_glob_free(deep);
    cck_glob_free(a);
    cck_glob_free(sub_txt);

    /* A walk of a folder that does not exist is an error that names it. */
    cck_buf missing;
    cck_buf_init(&missing);
    assert_int_equal(cck_buf_printf(&missing, "%s/missing", dir), CCK_OK);
    walk_list(missing.data, NULL, &got);
    assert_non_null(strstr(got.data, "!"));
    cck_buf_free(&missing);

    cck_buf_free(&got);
    remove_tree(dir);
    free(dir);
}

static void make_link(const char *dir, const char *target, const char *name)
{
    cck_buf path;
    cck_buf_init(&path);
    assert_int_equal(cck_buf_printf(&path, "%s/%s", dir, name), CCK_OK);
    assert_int_equal(symlink(target, path.data), 0);
    cck_buf_free(&path);
}

/* Links are skipped unless followed; followed, a loop back to an ancestor is a note
 * and a broken link an error, and the walk goes on. */
static void test_input_walk_symlinks(void **state)
{
    (void)state;
    char *dir = make_temp_dir();
    make_dir(dir, "sub");
    write_file(dir, "a.txt", "a", 1);
    write_file(dir, "sub/b.txt", "b", 1);
    make_link(dir, "..", "sub/up");
    make_link(dir, "../a.txt", "sub/link.txt");
    make_link(dir, "nowhere", "sub/broken.txt");
    make_link(dir, "sub", "z-sub");

    cck_buf got;
    cck_buf_init(&got);
    walk_list(dir, NULL, &got);
    assert_string_equal(got.data, "a.txt sub/b.txt ");
    cck_walk_options follow = {.follow = 1};
    walk_list(dir, &follow, &got);
    assert_string_equal(got.data, "a.txt sub/b.txt !sub/broken.txt sub/link.txt ~sub/up "
                                  "z-sub/b.txt !z-sub/broken.txt z-sub/link.txt ~z-sub/up ");
    cck_buf_free(&got);
    remove_tree(dir);
    free(dir);
}

/* ---- --passthrough -------------------------------------------------------------- */

/* Parses line as a good record, then checks that passing it through with the member
 * value prints expected. */
static void expect_passthrough(cck_record_parser *parser, const char *line, const char *value,
                               const char *expected)
{
    cck_record record;
    cck_buf out;
    cck_buf_init(&out);
    assert_int_equal(cck_record_parser_parse(parser, line, strlen(line), 0, 2, &record), CCK_OK);
    assert_null(record.error);
    assert_int_equal(cck_record_parser_passthrough(parser, "claimcheck", value, strlen(value),
                                                   &out),
                     CCK_OK);
    assert_string_equal(out.data, expected);
    cck_buf_free(&out);
}

static void test_input_parser_passthrough(void **state)
{
    (void)state;
    cck_record_options options = {CCK_RECORD_JSONL, 0, NULL, NULL};
    cck_record_parser *parser = cck_record_parser_new(&options);
    assert_non_null(parser);
    cck_buf out;
    cck_buf_init(&out);
    cck_record record;
    static const char line[] =
        "{\"z\":1,\"text\":\"caf\\u00e9 stem cells\",\"a\":[true,null,{\"b\":\"\\u0000\"}],"
        "\"id\":7,\"big\":12345678901234,\"real\":1.5}";
    assert_int_equal(cck_record_parser_parse(parser, line, sizeof line - 1, 0, 1, &record),
                     CCK_OK);
    assert_null(record.error);
    assert_int_equal(record.length, strlen("caf\xc3\xa9 stem cells"));
    static const char member[] = "{\"record\":1,\"findings\":[]}";
    assert_int_equal(cck_record_parser_passthrough(parser, "claimcheck", member,
                                                   sizeof member - 1, &out),
                     CCK_OK);
    /* Every member kept, in its order, the new one last, one line. */
    assert_string_equal(out.data,
                        "{\"z\":1,\"text\":\"caf\xc3\xa9 stem cells\",\"a\":[true,null,"
                        "{\"b\":\"\\u0000\"}],\"id\":7,\"big\":12345678901234,\"real\":1.5,"
                        "\"claimcheck\":{\"record\":1,\"findings\":[]}}\n");

    /* A member of that name is replaced where it stands. */
    expect_passthrough(parser, "{\"claimcheck\":0,\"text\":\"t\"}", "[]",
                       "{\"claimcheck\":[],\"text\":\"t\"}\n");

    /* A line with numbers past 64 bits or past a double: printed as written (only the
     * white space outside strings is taken out), so no number changes. */
    expect_passthrough(parser,
                       "{ \"id\" : 12345678901234567890,\"text\":\"caf\\u00e9 stem\",\t"
                       "\"n\":[1, 2.50, -1e400],\"claimcheck\":0,\"s\":\"a  b\",\"claimcheck\":1 }",
                       " [ 1 ] ",
                       "{\"id\":12345678901234567890,\"text\":\"caf\\u00e9 stem\","
                       "\"n\":[1,2.50,-1e400],\"claimcheck\":[1],\"s\":\"a  b\"}\n");
    expect_passthrough(parser, "{\"id\":9223372036854775808,\"text\":\"t\"}", "{}",
                       "{\"id\":9223372036854775808,\"text\":\"t\",\"claimcheck\":{}}\n");
    cck_buf_clear(&out);
    assert_int_equal(cck_record_parser_passthrough(parser, "claimcheck", "{", 1, &out),
                     CCK_EINVAL);
    assert_int_equal(out.len, 0);

    /* Not an object, or a bad member: nothing is written. */
    assert_int_equal(cck_record_parser_parse(parser, "[1]", 3, 0, 3, &record), CCK_OK);
    assert_non_null(record.error);
    cck_buf_clear(&out);
    assert_int_equal(cck_record_parser_passthrough(parser, "claimcheck", "{}", 2, &out),
                     CCK_EINVAL);
    assert_int_equal(cck_record_parser_parse(parser, "{\"text\":\"x\"}", 12, 0, 4, &record),
                     CCK_OK);
    assert_int_equal(cck_record_parser_passthrough(parser, "claimcheck", "{", 1, &out),
                     CCK_EINVAL);
    assert_int_equal(out.len, 0);
    /* A line over the limit is an error record without being parsed. */
    assert_int_equal(cck_record_parser_parse(parser, "{\"text\":\"x\"}", 12, 1, 5, &record),
                     CCK_OK);
    assert_non_null(strstr(record.error, "longer than the limit"));
    cck_buf_free(&out);
    cck_record_parser_free(parser);
    cck_record_parser_free(NULL);
}

/* Bytes that are not UTF-8 in a JSON line (jansson refuses them) are read as U+FFFD
 * each, and the record says how many and where the first was; the rest of the line,
 * numbers past 64 bits too, is read as usual. */
static void test_input_parser_invalid_utf8(void **state)
{
    (void)state;
    cck_record_options options = {CCK_RECORD_JSONL, 0, NULL, NULL};
    cck_record_parser *parser = cck_record_parser_new(&options);
    assert_non_null(parser);
    cck_record record;
    static const char line[] = "{\"id\":5,\"text\":\"Caf\xE9 \xC3\xA9t\xE9\xFF!\"}";
    assert_int_equal(cck_record_parser_parse(parser, line, sizeof line - 1, 0, 1, &record),
                     CCK_OK);
    assert_null(record.error);
    assert_memory_equal(record.id, "5", 1);
    static const char text[] = "Caf\xEF\xBF\xBD \xC3\xA9t\xEF\xBF\xBD\xEF\xBF\xBD!";
    assert_int_equal(record.length, sizeof text - 1);
    assert_memory_equal(record.text, text, sizeof text - 1);
    assert_int_equal(record.invalid_utf8, 3);
    assert_int_equal(record.invalid_utf8_byte, 19);
    assert_int_equal(record.invalid_utf8_column, 20);

    /* after a byte order mark the column does not count it, the byte offset does */
    static const char bom[] = "\xEF\xBB\xBF{\"text\":\"\xE9\",\"n\":123456789012345678901}";
    assert_int_equal(cck_record_parser_parse(parser, bom, sizeof bom - 1, 0, 1, &record),
                     CCK_OK);
    assert_null(record.error);
    assert_int_equal(record.length, 3);
    assert_int_equal(record.invalid_utf8_byte, 12);
    assert_int_equal(record.invalid_utf8_column, 10);

    /* a valid line says nothing; bad UTF-8 in a line that is not JSON stays an error */
    assert_int_equal(cck_record_parser_parse(parser, "{\"text\":\"ok\"}", 13, 0, 2, &record),
                     CCK_OK);
    assert_int_equal(record.invalid_utf8, 0);
    assert_int_equal(cck_record_parser_parse(parser, "{\"text\":\xE9}", 10, 0, 3, &record),
                     CCK_OK);
    assert_non_null(record.error);
    cck_record_parser_free(parser);
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
        cmocka_unit_test(test_input_walk_filters),
        cmocka_unit_test(test_input_walk_symlinks),
        cmocka_unit_test(test_input_glob_match),
        cmocka_unit_test(test_input_gitignore_rules),
        cmocka_unit_test(test_input_queue_reorders),
        cmocka_unit_test(test_input_queue_nudge),
        cmocka_unit_test(test_input_queue_bytes),
        cmocka_unit_test(test_input_queue_done_overtakes),
        cmocka_unit_test(test_input_queue_threads),
        cmocka_unit_test(test_input_parser_passthrough),
        cmocka_unit_test(test_input_parser_invalid_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
