/* corpus.c - reading the gold corpus of the accuracy evaluation: TSV lines, fields and
 * the checks that turn a corpus mistake into a clear message instead of a skipped row. */
#include "corpus.h"

#include <stdio.h>
#include <string.h>

static const char *const category_names[EVAL_CATEGORY_COUNT] = {
    "prevention", "cure",     "regeneration", "certainty",     "hype",
    "safety",     "regulatory", "surgery",    "extrapolation", "anecdote"};

static const char *const case_names[EVAL_CASE_COUNT] = {
    "plain",    "certainty", "negated", "hedged",  "question", "conditional", "reported",
    "evidence", "weak-evidence", "offtopic", "carried", "neutral", "association", "ability"};

const char eval_sentences_header[] = "id\tlabel\tcategory\tclaim_level\tvoice\tcase\ttext";
const char eval_causal_header[] = "id\tclaim_level\ttext";
const char eval_labels_header[] = "label\tcategory\tquote";

const char *eval_category_name(int category)
{
    if (category >= 0 && category < EVAL_CATEGORY_COUNT)
        return category_names[category];
    return category == EVAL_CATEGORY_NONE ? "-" : "other";
}

int eval_category_parse(const char *s)
{
    if (strcmp(s, "-") == 0)
        return EVAL_CATEGORY_NONE;
    for (int i = 0; i < EVAL_CATEGORY_COUNT; i++)
        if (strcmp(s, category_names[i]) == 0)
            return i;
    return EVAL_CATEGORY_UNKNOWN;
}

const char *eval_case_name(size_t index)
{
    return index < EVAL_CASE_COUNT ? case_names[index] : "?";
}

int eval_case_is_known(const char *s)
{
    for (size_t i = 0; i < EVAL_CASE_COUNT; i++)
        if (strcmp(s, case_names[i]) == 0)
            return 1;
    return 0;
}

int eval_label_parse(const char *s)
{
    if (strcmp(s, "finding") == 0)
        return 1;
    if (strcmp(s, "none") == 0)
        return 0;
    return -1;
}

int eval_level_parse(const char *s, int *level)
{
    if (s[0] < '0' || s[0] > '5' || s[1] != '\0')
        return -1;
    *level = s[0] - '0';
    return 0;
}

/* The length of the valid UTF-8 sequence at s[0..len), or 0 when it is invalid. */
static size_t utf8_sequence_length(const unsigned char *s, size_t len)
{
    unsigned char c = s[0];
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0; /* overlong */
        else if (c == 0xED)
            hi = 0x9F; /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0)
            lo = 0x90; /* overlong */
        else if (c == 0xF4)
            hi = 0x8F; /* above U+10FFFF */
    } else
        return 0;
    if (len < need || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < need; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    return need;
}

size_t eval_utf8_check(const char *buf, size_t len)
{
    const unsigned char *s = (const unsigned char *)buf;
    size_t i = 0;
    while (i < len) {
        size_t n = utf8_sequence_length(s + i, len - i);
        if (n == 0)
            return i;
        i += n;
    }
    return len;
}

void eval_line_column(const char *buf, size_t len, size_t offset, size_t *line,
                      size_t *column)
{
    size_t l = 1, c = 1;
    if (offset > len)
        offset = len;
    for (size_t i = 0; i < offset; i++) {
        unsigned char b = (unsigned char)buf[i];
        if (b == '\n') {
            l++;
            c = 1;
        } else if ((b & 0xC0) != 0x80) {
            c++; /* a lead byte or an ASCII byte starts a code point */
        }
    }
    *line = l;
    *column = c;
}

char *eval_next_line(char **cursor, char *end)
{
    char *start = *cursor;
    if (start >= end)
        return NULL;
    char *nl = memchr(start, '\n', (size_t)(end - start));
    char *stop = nl ? nl : end;
    *cursor = nl ? nl + 1 : end;
    if (stop > start && stop[-1] == '\r')
        stop--;
    *stop = '\0';
    return start;
}

size_t eval_tsv_split(char *line, char **fields, size_t max_fields)
{
    size_t count = 0;
    char *p = line;
    for (;;) {
        char *tab = strchr(p, '\t');
        if (count < max_fields)
            fields[count] = p;
        count++;
        if (!tab)
            break;
        *tab = '\0';
        p = tab + 1;
    }
    return count;
}

size_t eval_find_count(const char *haystack, size_t haystack_len, const char *needle,
                       size_t needle_len, size_t *offset)
{
    size_t found = 0;
    if (needle_len == 0 || needle_len > haystack_len)
        return 0;
    for (size_t i = 0; i + needle_len <= haystack_len; i++) {
        if (haystack[i] != needle[0] || memcmp(haystack + i, needle, needle_len) != 0)
            continue;
        if (found == 0)
            *offset = i;
        if (++found == 2)
            break;
    }
    return found;
}

static int fail(char *message, size_t message_size, const char *what, const char *value)
{
    snprintf(message, message_size, "%s '%s'", what, value);
    return -1;
}

/* Checks the field count; the message says how many were expected. */
static int check_field_count(size_t field_count, size_t expected, char *message,
                             size_t message_size)
{
    if (field_count == expected)
        return 0;
    snprintf(message, message_size, "%zu tab-separated fields, expected %zu", field_count,
             expected);
    return -1;
}

/* Shared by sentences.tsv and the labels files: label and category must agree. */
static int parse_label_category(const char *label, const char *category, int *finding,
                                int *category_out, char *message, size_t message_size)
{
    *finding = eval_label_parse(label);
    if (*finding < 0)
        return fail(message, message_size, "label is not 'finding' or 'none':", label);
    *category_out = eval_category_parse(category);
    if (*category_out == EVAL_CATEGORY_UNKNOWN)
        return fail(message, message_size, "unknown category", category);
    if (*finding && *category_out == EVAL_CATEGORY_NONE) {
        snprintf(message, message_size, "a 'finding' row needs a category, not '-'");
        return -1;
    }
    return 0;
}

int eval_sentence_row_parse(char **fields, size_t field_count, eval_sentence_row *row,
                            char *message, size_t message_size)
{
    if (check_field_count(field_count, 7, message, message_size) != 0)
        return -1;
    row->id = fields[0];
    if (row->id[0] == '\0') {
        snprintf(message, message_size, "empty id");
        return -1;
    }
    if (parse_label_category(fields[1], fields[2], &row->finding, &row->category, message,
                             message_size) != 0)
        return -1;
    if (eval_level_parse(fields[3], &row->claim_level) != 0)
        return fail(message, message_size, "claim_level is not 0-5:", fields[3]);
    row->voice = fields[4];
    if (row->voice[0] == '\0') {
        snprintf(message, message_size, "empty voice");
        return -1;
    }
    row->case_name = fields[5];
    if (!eval_case_is_known(row->case_name))
        return fail(message, message_size, "unknown case", row->case_name);
    row->text = fields[6];
    if (row->text[0] == '\0') {
        snprintf(message, message_size, "empty text");
        return -1;
    }
    return 0;
}

int eval_causal_row_parse(char **fields, size_t field_count, eval_causal_row *row,
                          char *message, size_t message_size)
{
    if (check_field_count(field_count, 3, message, message_size) != 0)
        return -1;
    row->id = fields[0];
    if (row->id[0] == '\0') {
        snprintf(message, message_size, "empty id");
        return -1;
    }
    if (eval_level_parse(fields[1], &row->claim_level) != 0)
        return fail(message, message_size, "claim_level is not 0-5:", fields[1]);
    row->text = fields[2];
    if (row->text[0] == '\0') {
        snprintf(message, message_size, "empty text");
        return -1;
    }
    return 0;
}

int eval_label_row_parse(char **fields, size_t field_count, eval_label_row *row,
                         char *message, size_t message_size)
{
    if (check_field_count(field_count, 3, message, message_size) != 0)
        return -1;
    if (parse_label_category(fields[0], fields[1], &row->finding, &row->category, message,
                             message_size) != 0)
        return -1;
    row->quote = fields[2];
    if (row->quote[0] == '\0') {
        snprintf(message, message_size, "empty quote");
        return -1;
    }
    return 0;
}
