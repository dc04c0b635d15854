/* schema_check.c - validates JSON (or each line of JSON Lines) against a JSON Schema,
 * for the subset of draft 2020-12 that tests/json/claimcheck-1.schema.json uses. A
 * keyword outside that subset is an error, so the schema cannot quietly rely on
 * something this program does not check.
 *
 *     schema_check SCHEMA FILE [--lines] [--def NAME]
 *
 * --lines: FILE is JSON Lines, each line is an instance; --def NAME: validate against
 * #/$defs/NAME instead of the root. Exit 0 when valid, 1 when not (every problem is
 * printed with its instance path), 2 on usage or unreadable input. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#define MAX_DEPTH 64

typedef struct checker {
    json_t *root;    /* the schema document, for $ref */
    size_t problems;
    const char *source; /* file name or "file:line" for messages */
    int quiet;          /* count problems without printing them (anyOf, oneOf, not) */
} checker;

static void problem(checker *c, const char *path, const char *fmt, const char *detail)
{
    c->problems++;
    if (c->quiet)
        return;
    fprintf(stderr, "%s: %s: ", c->source, path[0] ? path : "(root)");
    fprintf(stderr, fmt, detail);
    fputc('\n', stderr);
}

static const char *const ignored[] = {"$schema", "$id", "$defs", "$comment", "title",
                                      "description", "examples", "default"};
static const char *const known[] = {"type",     "properties", "required", "additionalProperties",
                                    "items",    "enum",       "const",    "minimum",
                                    "maximum",  "minLength",  "minItems", "anyOf",
                                    "oneOf",    "allOf",      "$ref",     "not"};

static int in_list(const char *key, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(key, list[i]) == 0)
            return 1;
    return 0;
}

static int type_matches(const char *type, json_t *value)
{
    if (strcmp(type, "object") == 0)
        return json_is_object(value);
    if (strcmp(type, "array") == 0)
        return json_is_array(value);
    if (strcmp(type, "string") == 0)
        return json_is_string(value);
    if (strcmp(type, "boolean") == 0)
        return json_is_boolean(value);
    if (strcmp(type, "null") == 0)
        return json_is_null(value);
    if (strcmp(type, "number") == 0)
        return json_is_number(value);
    if (strcmp(type, "integer") == 0) {
        if (json_is_integer(value))
            return 1;
        if (json_is_real(value)) {
            double d = json_real_value(value);
            return d == floor(d);
        }
        return 0;
    }
    return -1;
}

static json_t *resolve(checker *c, const char *ref)
{
    if (strcmp(ref, "#") == 0)
        return c->root;
    if (strncmp(ref, "#/$defs/", 8) != 0)
        return NULL;
    return json_object_get(json_object_get(c->root, "$defs"), ref + 8);
}

static void validate(checker *c, json_t *schema, json_t *value, const char *path, int depth);

/* Validates quietly: the number of problems it would report. */
static size_t count_problems(checker *c, json_t *schema, json_t *value, const char *path,
                             int depth)
{
    checker quiet = *c;
    quiet.problems = 0;
    quiet.quiet = 1;
    validate(&quiet, schema, value, path, depth);
    return quiet.problems;
}

static void child_path(char *out, size_t size, const char *path, const char *key)
{
    snprintf(out, size, "%s/%s", path, key);
}

static void validate(checker *c, json_t *schema, json_t *value, const char *path, int depth)
{
    if (depth > MAX_DEPTH) {
        problem(c, path, "%s", "schema nesting too deep");
        return;
    }
    if (json_is_true(schema))
        return;
    if (json_is_false(schema)) {
        problem(c, path, "%s", "no value is allowed here");
        return;
    }
    if (!json_is_object(schema)) {
        problem(c, path, "%s", "a schema must be an object or a boolean");
        return;
    }
    const char *key;
    json_t *keyword;
    json_object_foreach(schema, key, keyword) {
        if (!in_list(key, known, sizeof known / sizeof known[0]) &&
            !in_list(key, ignored, sizeof ignored / sizeof ignored[0]))
            problem(c, path, "schema keyword %s is not supported by schema_check", key);
    }
    char sub[1024];

    json_t *ref = json_object_get(schema, "$ref");
    if (ref) {
        json_t *target = json_is_string(ref) ? resolve(c, json_string_value(ref)) : NULL;
        if (!target)
            problem(c, path, "cannot resolve $ref %s",
                    json_is_string(ref) ? json_string_value(ref) : "?");
        else
            validate(c, target, value, path, depth + 1);
    }

    json_t *type = json_object_get(schema, "type");
    if (type) {
        int ok = 0;
        if (json_is_string(type)) {
            ok = type_matches(json_string_value(type), value);
        } else if (json_is_array(type)) {
            size_t i;
            json_t *t;
            json_array_foreach(type, i, t) {
                if (json_is_string(t) && type_matches(json_string_value(t), value) == 1)
                    ok = 1;
            }
        }
        if (ok != 1) {
            char *text = json_dumps(type, JSON_ENCODE_ANY | JSON_COMPACT);
            problem(c, path, "wrong type, want %s", text ? text : "?");
            free(text);
            return; /* the other keywords would only repeat it */
        }
    }

    json_t *enumeration = json_object_get(schema, "enum");
    if (enumeration) {
        int found = 0;
        size_t i;
        json_t *option;
        json_array_foreach(enumeration, i, option) {
            if (json_equal(option, value))
                found = 1;
        }
        if (!found) {
            char *text = json_dumps(value, JSON_ENCODE_ANY | JSON_COMPACT);
            problem(c, path, "%s is not one of the allowed values", text ? text : "?");
            free(text);
        }
    }
    json_t *constant = json_object_get(schema, "const");
    if (constant && !json_equal(constant, value)) {
        char *text = json_dumps(constant, JSON_ENCODE_ANY | JSON_COMPACT);
        problem(c, path, "must be %s", text ? text : "?");
        free(text);
    }
    if (json_is_number(value)) {
        json_t *minimum = json_object_get(schema, "minimum");
        if (minimum && json_number_value(value) < json_number_value(minimum))
            problem(c, path, "%s", "below the minimum");
        json_t *maximum = json_object_get(schema, "maximum");
        if (maximum && json_number_value(value) > json_number_value(maximum))
            problem(c, path, "%s", "above the maximum");
    }
    if (json_is_string(value)) {
        json_t *min_length = json_object_get(schema, "minLength");
        if (min_length && json_string_length(value) < (size_t)json_integer_value(min_length))
            problem(c, path, "%s", "string too short");
    }

    if (json_is_object(value)) {
        json_t *properties = json_object_get(schema, "properties");
        json_t *additional = json_object_get(schema, "additionalProperties");
        json_t *member;
        json_object_foreach(value, key, member) {
            child_path(sub, sizeof sub, path, key);
            json_t *property = properties ? json_object_get(properties, key) : NULL;
            if (property)
                validate(c, property, member, sub, depth + 1);
            else if (additional)
                validate(c, additional, member, sub, depth + 1);
        }
        json_t *required = json_object_get(schema, "required");
        size_t i;
        json_t *name;
        json_array_foreach(required, i, name) {
            if (json_is_string(name) && !json_object_get(value, json_string_value(name)))
                problem(c, path, "required member %s is missing", json_string_value(name));
        }
    }

    if (json_is_array(value)) {
        json_t *items = json_object_get(schema, "items");
        json_t *min_items = json_object_get(schema, "minItems");
        if (min_items && json_array_size(value) < (size_t)json_integer_value(min_items))
            problem(c, path, "%s", "too few items");
        size_t i;
        json_t *item;
        if (items) {
            json_array_foreach(value, i, item) {
                char index[32];
                snprintf(index, sizeof index, "%zu", i);
                child_path(sub, sizeof sub, path, index);
                validate(c, items, item, sub, depth + 1);
            }
        }
    }

    json_t *all = json_object_get(schema, "allOf");
    if (all) {
        size_t i;
        json_t *part;
        json_array_foreach(all, i, part) validate(c, part, value, path, depth + 1);
    }
    json_t *any = json_object_get(schema, "anyOf");
    if (any) {
        size_t i, matched = 0;
        json_t *part;
        json_array_foreach(any, i, part) {
            if (count_problems(c, part, value, path, depth + 1) == 0)
                matched++;
        }
        if (!matched)
            problem(c, path, "%s", "matches none of anyOf");
    }
    json_t *one = json_object_get(schema, "oneOf");
    if (one) {
        size_t i, matched = 0;
        json_t *part;
        json_array_foreach(one, i, part) {
            if (count_problems(c, part, value, path, depth + 1) == 0)
                matched++;
        }
        if (matched != 1)
            problem(c, path, "%s", matched ? "matches more than one of oneOf"
                                           : "matches none of oneOf");
    }
    json_t *not = json_object_get(schema, "not");
    if (not && count_problems(c, not, value, path, depth + 1) == 0)
        problem(c, path, "%s", "matches a schema under \"not\"");
}

static char *read_all(const char *path, size_t *length)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, len = 0;
    char *data = malloc(cap + 1);
    size_t n;
    while (data && (n = fread(data + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            char *bigger = realloc(data, cap * 2 + 1);
            if (!bigger) {
                free(data);
                data = NULL;
                break;
            }
            data = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (data)
        data[len] = '\0';
    *length = len;
    return data;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: schema_check SCHEMA FILE [--lines] [--def NAME]\n");
        return 2;
    }
    int lines = 0;
    const char *def = NULL;
    for (int i = 3; i < argc; i++) {
        if (strcmp(argv[i], "--lines") == 0)
            lines = 1;
        else if (strcmp(argv[i], "--def") == 0 && i + 1 < argc)
            def = argv[++i];
        else {
            fprintf(stderr, "schema_check: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    json_error_t error;
    json_t *schema = json_load_file(argv[1], 0, &error);
    if (!schema) {
        fprintf(stderr, "%s:%d:%d: %s\n", argv[1], error.line, error.column, error.text);
        return 2;
    }
    checker c = {schema, 0, argv[2], 0};
    json_t *start = def ? json_object_get(json_object_get(schema, "$defs"), def) : schema;
    if (!start) {
        fprintf(stderr, "%s: no $defs/%s\n", argv[1], def);
        json_decref(schema);
        return 2;
    }
    size_t length;
    char *data = read_all(argv[2], &length);
    if (!data) {
        fprintf(stderr, "schema_check: cannot read %s\n", argv[2]);
        json_decref(schema);
        return 2;
    }
    size_t instances = 0;
    int status = 0;
    if (lines) {
        char source[1024];
        size_t line_number = 0;
        for (char *line = data; *line;) {
            char *end = strchr(line, '\n');
            size_t n = end ? (size_t)(end - line) : strlen(line);
            line_number++;
            snprintf(source, sizeof source, "%s:%zu", argv[2], line_number);
            c.source = source;
            json_t *value = json_loadb(line, n, 0, &error);
            if (!value) {
                fprintf(stderr, "%s: not JSON: %s\n", source, error.text);
                status = 1;
            } else {
                validate(&c, start, value, "", 0);
                json_decref(value);
                instances++;
            }
            line = end ? end + 1 : line + n;
        }
    } else {
        json_t *value = json_loadb(data, length, 0, &error);
        if (!value) {
            fprintf(stderr, "%s:%d:%d: not JSON: %s\n", argv[2], error.line, error.column,
                    error.text);
            status = 1;
        } else {
            validate(&c, start, value, "", 0);
            json_decref(value);
            instances++;
        }
    }
    if (c.problems)
        status = 1;
    printf("schema_check: %zu instance%s, %zu problem%s\n", instances,
           instances == 1 ? "" : "s", c.problems, c.problems == 1 ? "" : "s");
    free(data);
    json_decref(schema);
    return status;
}
