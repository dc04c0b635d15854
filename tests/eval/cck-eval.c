/* cck-eval.c - the accuracy evaluation: runs the analyzer built from the embedded default
 * lexicons over the gold corpus (sentences.tsv, docs/, causal.tsv) and prints how far
 * its findings agree with the gold labels. A program that reports numbers; with
 * --min-f1/--min-precision it is also a regression guard (exit 1 below the floor), and
 * with --known-misses an exact one: every sentence row it gets wrong must be listed, and
 * every listed row must still be wrong (exit 1 otherwise). */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimcheck.h"
#include "corpus.h"
#include "scoring.h"

enum {
    EXIT_PASS = 0,        /* measured; every floor was met */
    EXIT_BELOW_FLOOR = 1, /* measured; below a floor, or not the known misses */
    EXIT_TROUBLE = 2      /* bad usage, a missing or malformed corpus file, a failed scan */
};

enum { SECTION_SENTENCES = 1u, SECTION_DOCS = 2u, SECTION_CAUSAL = 4u, SECTION_ALL = 7u };
enum { PATH_SIZE = 4096, RULE_ID_SIZE = 64, MAX_FIELDS = 16 };

/* Floating comparisons against a floor forgive rounding in the last bits. */
#define FLOOR_EPSILON 1e-9

typedef struct eval_config {
    char corpus[PATH_SIZE];
    unsigned sections;
    int verbose;
    int json;
    int have_min_f1, have_min_precision, have_min_doc_f1;
    double min_f1, min_precision, min_doc_f1;
    char known_misses[PATH_SIZE];       /* --known-misses FILE, or "" */
    char write_known_misses[PATH_SIZE]; /* --write-known-misses FILE, or "" */
} eval_config;

/* The findings of one scanned record: eval_predictions plus the rule ids for listings. */
typedef struct found_list {
    eval_prediction *predictions;
    char (*rule_ids)[RULE_ID_SIZE];
    size_t count;
    size_t prediction_capacity, rule_id_capacity;
    int out_of_memory;
} found_list;

typedef struct doc_line {
    char name[256];
    eval_doc_score score;
    eval_category_counts categories[EVAL_CATEGORY_COUNT];
} doc_line;

/* Everything the text tables, the JSON summary and the guard need. */
typedef struct summary {
    int have_sentences;
    size_t sentence_rows, sentence_gold, sentence_correct;
    /* --known-misses: wrong rows not listed, listed rows right now or not in the corpus */
    int have_known;
    size_t known_listed, regressions, now_right;
    eval_counts sentences;
    eval_category_counts categories[EVAL_CATEGORY_COUNT];
    eval_groups cases, voices;

    int have_docs;
    doc_line *docs;
    size_t doc_count;
    eval_doc_score docs_total;

    int have_causal;
    eval_agreement causal;
} summary;

/* Where the tables go (stdout) and where the --verbose listings go (stdout, or stderr
 * when stdout carries JSON). */
typedef struct outputs {
    FILE *tables;
    FILE *listing;
} outputs;

/* ------------------------------------------------------------------------------------
 * Small helpers
 * ---------------------------------------------------------------------------------- */

#if defined(__GNUC__)
#define PRINTF_LIKE(a, b) __attribute__((format(printf, a, b)))
#else
#define PRINTF_LIKE(a, b)
#endif

static void corpus_error(const char *path, size_t line, const char *fmt, ...)
    PRINTF_LIKE(3, 4);

/* "path:line: error: message" (no line when it is 0) on stderr. */
static void corpus_error(const char *path, size_t line, const char *fmt, ...)
{
    va_list ap;
    if (line)
        fprintf(stderr, "%s:%zu: error: ", path, line);
    else
        fprintf(stderr, "%s: error: ", path);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static int grow(void **items, size_t *capacity, size_t need, size_t size)
{
    size_t cap = *capacity;
    void *grown;
    if (need <= cap)
        return 0;
    if (cap == 0)
        cap = 16;
    while (cap < need) {
        if (cap > (size_t)-1 / 2)
            return -1;
        cap *= 2;
    }
    if (cap > (size_t)-1 / size)
        return -1;
    grown = realloc(*items, cap * size);
    if (!grown)
        return -1;
    *items = grown;
    *capacity = cap;
    return 0;
}

static int join_path(char *out, size_t out_size, const char *dir, const char *name)
{
    int n = snprintf(out, out_size, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= out_size) {
        fprintf(stderr, "cck-eval: error: path too long: %s/%s\n", dir, name);
        return -1;
    }
    return 0;
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Code points in a NUL-terminated UTF-8 string (for aligning columns). */
static size_t display_width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

static void print_padded(FILE *out, const char *s, size_t width)
{
    size_t w = display_width(s);
    fputs(s, out);
    for (; w < width; w++)
        fputc(' ', out);
}

/* A ratio in a column of width 9, or "-" when it is undefined. */
static void print_ratio(FILE *out, size_t num, size_t den)
{
    if (den == 0)
        fprintf(out, " %9s", "-");
    else
        fprintf(out, " %9.3f", eval_ratio(num, den));
}

/* "0.750", or "-" when the ratio is undefined, for prose lines. */
static const char *ratio_text(char *buf, size_t size, size_t num, size_t den)
{
    if (den == 0)
        snprintf(buf, size, "-");
    else
        snprintf(buf, size, "%.3f", eval_ratio(num, den));
    return buf;
}

/* Text on one line: newlines and tabs become spaces. */
static void print_flat(FILE *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        fputc(c == '\n' || c == '\r' || c == '\t' ? ' ' : c, out);
    }
}

/* ------------------------------------------------------------------------------------
 * Reading corpus files
 * ---------------------------------------------------------------------------------- */

/* Reads a whole file, NUL-terminated, and checks that it is UTF-8 without NUL bytes. */
static int load_text_file(const char *path, char **data_out, size_t *len_out)
{
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    size_t len = 0, cap = 0, bad;
    if (!f) {
        corpus_error(path, 0, "cannot open: %s", strerror(errno));
        return -1;
    }
    for (;;) {
        size_t got;
        if (grow((void **)&data, &cap, len + 65536 + 1, 1) != 0) {
            corpus_error(path, 0, "out of memory");
            goto fail;
        }
        got = fread(data + len, 1, cap - len - 1, f);
        len += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        corpus_error(path, 0, "cannot read: %s", strerror(errno));
        goto fail;
    }
    fclose(f);
    f = NULL;
    data[len] = '\0';
    {
        const char *nul = memchr(data, '\0', len);
        size_t line, column;
        if (nul) {
            eval_line_column(data, len, (size_t)(nul - data), &line, &column);
            fprintf(stderr, "%s:%zu:%zu: error: NUL byte in a text file\n", path, line, column);
            goto fail;
        }
        bad = eval_utf8_check(data, len);
        if (bad < len) {
            eval_line_column(data, len, bad, &line, &column);
            fprintf(stderr, "%s:%zu:%zu: error: invalid UTF-8 (byte 0x%02X)\n", path, line,
                    column, (unsigned)(unsigned char)data[bad]);
            goto fail;
        }
    }
    *data_out = data;
    *len_out = len;
    return 0;
fail:
    if (f)
        fclose(f);
    free(data);
    return -1;
}

/* Walks the lines of a TSV file held in memory: checks the header, then hands each data
 * line's fields to the caller. Blank lines are errors except at the very end. */
typedef struct tsv_reader {
    const char *path;
    char *cursor;
    char *end;
    size_t line;
} tsv_reader;

static int tsv_open(tsv_reader *reader, const char *path, char *data, size_t len,
                    const char *header)
{
    char *first;
    reader->path = path;
    reader->cursor = data;
    reader->end = data + len;
    reader->line = 1;
    first = eval_next_line(&reader->cursor, reader->end);
    if (!first) {
        corpus_error(path, 1, "empty file; expected the header line '%s'", header);
        return -1;
    }
    if (strcmp(first, header) != 0) {
        const char *bom = (unsigned char)first[0] == 0xEF ? " (a byte order mark?)" : "";
        corpus_error(path, 1, "the header is not '%s'%s", header, bom);
        return -1;
    }
    return 0;
}

/* Returns 1 with the next data line's fields, 0 at the end, -1 on a blank line. */
static int tsv_next(tsv_reader *reader, char **fields, size_t *field_count)
{
    char *line = eval_next_line(&reader->cursor, reader->end);
    if (!line)
        return 0;
    reader->line++;
    if (line[0] == '\0') {
        for (const char *p = reader->cursor; p < reader->end; p++)
            if (*p != '\n' && *p != '\r') {
                corpus_error(reader->path, reader->line, "empty line");
                return -1;
            }
        reader->cursor = reader->end; /* only blank lines are left */
        return 0;
    }
    *field_count = eval_tsv_split(line, fields, MAX_FIELDS);
    return 1;
}

typedef struct id_line {
    const char *id;
    size_t line;
} id_line;

static int id_line_compare(const void *a, const void *b)
{
    const id_line *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    if (c != 0)
        return c;
    return x->line < y->line ? -1 : x->line > y->line;
}

/* Reports every repeated id; the ids array is sorted in place. */
static int check_unique_ids(const char *path, id_line *ids, size_t count)
{
    int status = 0;
    if (count > 1)
        qsort(ids, count, sizeof ids[0], id_line_compare);
    for (size_t i = 1; i < count; i++) {
        size_t first = i - 1;
        while (first > 0 && strcmp(ids[first - 1].id, ids[i].id) == 0)
            first--;
        if (strcmp(ids[first].id, ids[i].id) == 0) {
            corpus_error(path, ids[i].line, "duplicate id '%s' (first on line %zu)", ids[i].id,
                         ids[first].line);
            status = -1;
        }
    }
    return status;
}

/* ------------------------------------------------------------------------------------
 * Scanning
 * ---------------------------------------------------------------------------------- */

static int predicted_category(const cck_rule *rule)
{
    int category;
    if (!rule || !rule->name)
        return EVAL_CATEGORY_OTHER;
    category = eval_category_parse(rule->name);
    return category >= 0 ? category : EVAL_CATEGORY_OTHER;
}

static int on_finding(const cck_finding *finding, void *user_data)
{
    found_list *list = user_data;
    eval_prediction *p;
    if (grow((void **)&list->predictions, &list->prediction_capacity, list->count + 1,
             sizeof *list->predictions) != 0 ||
        grow((void **)&list->rule_ids, &list->rule_id_capacity, list->count + 1,
             sizeof *list->rule_ids) != 0) {
        list->out_of_memory = 1;
        return 1;
    }
    p = &list->predictions[list->count];
    p->severity = (int)finding->severity;
    p->category = predicted_category(finding->rule);
    p->offset = finding->sentence.offset;
    p->length = finding->sentence.length;
    snprintf(list->rule_ids[list->count], RULE_ID_SIZE, "%s",
             finding->rule && finding->rule->id ? finding->rule->id : "?");
    list->count++;
    return 0;
}

static void found_list_free(found_list *list)
{
    free(list->predictions);
    free(list->rule_ids);
    memset(list, 0, sizeof *list);
}

/* Scans one record; on failure names the corpus place. */
static int scan_record(cck_scanner *scanner, const char *path, size_t line, const char *text,
                       size_t len, found_list *list, cck_profile *profile)
{
    cck_scan_callbacks callbacks = {on_finding, NULL, list};
    int status;
    list->count = 0;
    list->out_of_memory = 0;
    status = cck_scanner_scan(scanner, text, len, &callbacks, profile);
    if (list->out_of_memory) {
        corpus_error(path, line, "out of memory collecting findings");
        return -1;
    }
    if (status != CCK_OK) {
        corpus_error(path, line, "the scan failed: %s", cck_status_string(status));
        return -1;
    }
    return 0;
}

static int engine_build(int all_topics, cck_engine **engine)
{
    cck_error error;
    cck_options options;
    cck_lexicon *lexicon = cck_lexicon_new();
    int status;
    memset(&error, 0, sizeof error);
    *engine = NULL;
    if (!lexicon) {
        fprintf(stderr, "cck-eval: error: out of memory\n");
        return -1;
    }
    status = cck_lexicon_load_defaults(lexicon, &error);
    if (status == CCK_OK) {
        cck_options_init(&options);
        options.all_topics = all_topics;
        status = cck_engine_new(lexicon, &options, engine, &error);
    }
    cck_lexicon_free(lexicon);
    if (status != CCK_OK) {
        fprintf(stderr, "cck-eval: error: cannot build the engine: %s%s%s\n",
                cck_status_string(status), error.message[0] ? ": " : "", error.message);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------------------------
 * Sentences
 * ---------------------------------------------------------------------------------- */

typedef struct sentence_outcome {
    eval_sentence_result result;
    int severity; /* of the most severe finding, CCK_SEVERITY_NONE when none */
    char rule_id[RULE_ID_SIZE];
} sentence_outcome;

static int load_sentence_rows(const char *path, char *data, size_t len,
                              eval_sentence_row **rows_out, size_t *count_out)
{
    tsv_reader reader;
    eval_sentence_row *rows = NULL;
    id_line *ids = NULL;
    size_t count = 0, cap = 0, id_cap = 0;
    char *fields[MAX_FIELDS];
    size_t field_count = 0;
    char message[256];
    int status = 0, more;
    if (tsv_open(&reader, path, data, len, eval_sentences_header) != 0)
        return -1;
    while ((more = tsv_next(&reader, fields, &field_count)) != 0) {
        eval_sentence_row row;
        if (more < 0) {
            status = -1;
            continue;
        }
        if (eval_sentence_row_parse(fields, field_count, &row, message, sizeof message) != 0) {
            corpus_error(path, reader.line, "%s", message);
            status = -1;
            continue;
        }
        row.line = reader.line;
        if (grow((void **)&rows, &cap, count + 1, sizeof *rows) != 0 ||
            grow((void **)&ids, &id_cap, count + 1, sizeof *ids) != 0) {
            corpus_error(path, reader.line, "out of memory");
            status = -1;
            break;
        }
        rows[count] = row;
        ids[count].id = row.id;
        ids[count].line = row.line;
        count++;
    }
    if (status == 0 && check_unique_ids(path, ids, count) != 0)
        status = -1;
    if (status == 0 && count == 0) {
        corpus_error(path, 0, "no rows");
        status = -1;
    }
    free(ids);
    if (status != 0) {
        free(rows);
        return -1;
    }
    *rows_out = rows;
    *count_out = count;
    return 0;
}

static void print_category_table(FILE *out, const eval_category_counts *categories)
{
    size_t width = strlen("macro avg");
    double sum_p = 0, sum_r = 0, sum_f = 0;
    size_t counted = 0;
    for (int c = 0; c < EVAL_CATEGORY_COUNT; c++)
        if (strlen(eval_category_name(c)) > width)
            width = strlen(eval_category_name(c));
    fprintf(out, "  ");
    print_padded(out, "category", width);
    fprintf(out, " %7s %6s %6s %6s %9s %9s %9s\n", "support", "TP", "FP", "FN", "precision",
            "recall", "F1");
    for (int c = 0; c < EVAL_CATEGORY_COUNT; c++) {
        const eval_category_counts *k = &categories[c];
        fprintf(out, "  ");
        print_padded(out, eval_category_name(c), width);
        fprintf(out, " %7zu %6zu %6zu %6zu", k->support, k->tp, k->fp, k->fn);
        print_ratio(out, k->tp, k->tp + k->fp);
        print_ratio(out, k->tp, k->tp + k->fn);
        print_ratio(out, 2 * k->tp, 2 * k->tp + k->fp + k->fn);
        fputc('\n', out);
        if (k->support + k->fp > 0) {
            sum_p += eval_category_precision(k);
            sum_r += eval_category_recall(k);
            sum_f += eval_category_f1(k);
            counted++;
        }
    }
    fprintf(out, "  ");
    print_padded(out, "macro avg", width);
    fprintf(out, " %7s %6s %6s %6s", "", "", "", "");
    if (counted == 0)
        fprintf(out, " %9s %9s %9s\n", "-", "-", "-");
    else
        fprintf(out, " %9.3f %9.3f %9.3f\n", sum_p / (double)counted, sum_r / (double)counted,
                sum_f / (double)counted);
    fprintf(out, "  (macro avg over the %zu categories with gold or predicted findings)\n",
            counted);
}

static void print_group_table(FILE *out, const char *title, const eval_groups *groups)
{
    size_t width = strlen(title);
    for (size_t i = 0; i < groups->count; i++)
        if (display_width(groups->items[i].key) > width)
            width = display_width(groups->items[i].key);
    fprintf(out, "  ");
    print_padded(out, title, width);
    fprintf(out, " %6s %8s %8s %9s %6s %6s\n", "rows", "findings", "correct", "accuracy",
            "FP", "FN");
    for (size_t i = 0; i < groups->count; i++) {
        const eval_counts *k = &groups->items[i].counts;
        size_t rows = k->tp + k->fp + k->fn + k->tn;
        fprintf(out, "  ");
        print_padded(out, groups->items[i].key, width);
        fprintf(out, " %6zu %8zu %8zu", rows, k->tp + k->fn, k->tp + k->tn);
        print_ratio(out, k->tp + k->tn, rows);
        fprintf(out, " %6zu %6zu\n", k->fp, k->fn);
    }
}

static void print_binary_row(FILE *out, const char *name, const eval_counts *k, int with_tn)
{
    fprintf(out, "  %-9s %6zu %6zu %6zu ", name, k->tp, k->fp, k->fn);
    if (with_tn)
        fprintf(out, "%6zu", k->tn);
    else
        fprintf(out, "%6s", "-");
    print_ratio(out, k->tp, k->tp + k->fp);
    print_ratio(out, k->tp, k->tp + k->fn);
    print_ratio(out, 2 * k->tp, 2 * k->tp + k->fp + k->fn);
    fputc('\n', out);
}

static void print_binary_header(FILE *out)
{
    fprintf(out, "  %-9s %6s %6s %6s %6s %9s %9s %9s\n", "", "TP", "FP", "FN", "TN",
            "precision", "recall", "F1");
}

/* What is wrong with a row: a finding missed, a false alarm, or the category. */
static const char *miss_kind(const eval_sentence_result *r)
{
    return !eval_sentence_binary_correct(r) ? (r->gold_finding ? "FN" : "FP") : "CAT";
}

/* Lists a misclassified row; returns 1 when it did. */
static int list_sentence(FILE *out, const char *path, const eval_sentence_row *row,
                         const sentence_outcome *o)
{
    const eval_sentence_result *r = &o->result;
    const char *kind;
    if (eval_sentence_correct(r))
        return 0;
    kind = miss_kind(r);
    fprintf(out, "%s:%zu: %s id=%s case=%s voice=%s gold=%s/%s predicted=%s/%s rule=%s | ",
            path, row->line, kind, row->id, row->case_name, row->voice,
            row->finding ? "finding" : "none", eval_category_name(row->category),
            cck_severity_name((cck_severity)o->severity),
            o->severity == CCK_SEVERITY_NONE ? "-" : eval_category_name(r->predicted_category),
            o->rule_id);
    print_flat(out, row->text, strlen(row->text));
    fputc('\n', out);
    return 1;
}

/* The ids of a known-misses file: one per line, the first word of the line; '#' starts a
 * comment, blank lines are skipped. */
typedef struct known_list {
    char *data;
    id_line *ids; /* sorted by id */
    size_t count;
    unsigned char *used; /* per id: the corpus has it, and got it wrong */
} known_list;

static void known_list_free(known_list *k)
{
    free(k->data);
    free(k->ids);
    free(k->used);
    memset(k, 0, sizeof *k);
}

static int known_list_load(const char *path, known_list *k)
{
    size_t len = 0, capacity = 0, line = 0;
    memset(k, 0, sizeof *k);
    if (load_text_file(path, &k->data, &len) != 0)
        return -1;
    char *cursor = k->data, *end = k->data + len, *text;
    if (len >= 3 && memcmp(cursor, "\xEF\xBB\xBF", 3) == 0)
        cursor += 3; /* a byte order mark is no part of the first id */
    while ((text = eval_next_line(&cursor, end)) != NULL) {
        line++;
        char *hash = strchr(text, '#');
        if (hash)
            *hash = '\0';
        text += strspn(text, " \t");
        text[strcspn(text, " \t")] = '\0';
        if (text[0] == '\0')
            continue;
        if (grow((void **)&k->ids, &capacity, k->count + 1, sizeof *k->ids) != 0) {
            corpus_error(path, line, "out of memory");
            goto fail;
        }
        k->ids[k->count].id = text;
        k->ids[k->count].line = line;
        k->count++;
    }
    if (check_unique_ids(path, k->ids, k->count) != 0) /* sorts them */
        goto fail;
    k->used = calloc(k->count ? k->count : 1, 1);
    if (!k->used) {
        corpus_error(path, 0, "out of memory");
        goto fail;
    }
    return 0;
fail:
    known_list_free(k);
    return -1;
}

/* The index of id in k, or k->count when it is not listed. */
static size_t known_list_find(const known_list *k, const char *id)
{
    size_t lo = 0, hi = k->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(k->ids[mid].id, id);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return k->count;
}

/* Compares the rows got wrong with the known misses: a wrong row that is not listed is a
 * regression, a listed row that is right now (or gone) must leave the list. Each is
 * named on stderr with what to do. */
static void check_known_misses(const char *path, const char *known_path, known_list *k,
                               const eval_sentence_row *rows, const sentence_outcome *outcomes,
                               size_t count, summary *s)
{
    s->have_known = 1;
    s->known_listed = k->count;
    for (size_t i = 0; i < count; i++) {
        size_t at = known_list_find(k, rows[i].id);
        int wrong = !eval_sentence_correct(&outcomes[i].result);
        if (at < k->count)
            k->used[at] = (unsigned char)wrong;
        if (wrong && at == k->count) {
            const eval_sentence_result *r = &outcomes[i].result;
            fprintf(stderr,
                    "%s:%zu: regression: %s is wrong now (%s, predicted %s/%s) and is not "
                    "in %s: fix the rule, or list it there if the row is new\n",
                    path, rows[i].line, rows[i].id, miss_kind(r),
                    cck_severity_name((cck_severity)outcomes[i].severity),
                    outcomes[i].severity == CCK_SEVERITY_NONE
                        ? "-"
                        : eval_category_name(r->predicted_category),
                    known_path);
            s->regressions++;
        }
    }
    for (size_t j = 0; j < k->count; j++)
        if (!k->used[j]) {
            fprintf(stderr,
                    "%s:%zu: %s is right now (or not in %s): remove it from the list, or "
                    "rewrite the list with --write-known-misses\n",
                    known_path, k->ids[j].line, k->ids[j].id, path);
            s->now_right++;
        }
}

/* Writes the ids of the rows got wrong, in corpus order, for --known-misses. */
static int write_known_misses(const char *out_path, const eval_sentence_row *rows,
                              const sentence_outcome *outcomes, size_t count)
{
    FILE *f = fopen(out_path, "w");
    if (!f) {
        fprintf(stderr, "cck-eval: error: cannot write %s: %s\n", out_path, strerror(errno));
        return -1;
    }
    fputs("# The rows of sentences.tsv that cck-eval gets wrong (FN: a finding missed,\n"
          "# FP: a false alarm, CAT: the wrong category), one id per line. cck-eval\n"
          "# --known-misses fails when this list is not exact; rewrite it with\n"
          "# --write-known-misses and review the diff: a row that leaves the list was\n"
          "# fixed, a row that joins it is a regression unless it is new.\n",
          f);
    for (size_t i = 0; i < count; i++) {
        const eval_sentence_result *r = &outcomes[i].result;
        if (eval_sentence_correct(r))
            continue;
        fprintf(f, "%s\t%s\n", rows[i].id, miss_kind(r));
    }
    /* fclose need not report a write that failed before it */
    if (ferror(f) | fclose(f)) {
        fprintf(stderr, "cck-eval: error: cannot write %s: %s\n", out_path, strerror(errno));
        return -1;
    }
    return 0;
}

static int run_sentences(const eval_config *config, const outputs *io, cck_engine *engine,
                         summary *s)
{
    char path[PATH_SIZE];
    char *data = NULL;
    size_t len = 0, count = 0;
    eval_sentence_row *rows = NULL;
    sentence_outcome *outcomes = NULL;
    eval_sentence_result *results = NULL;
    cck_scanner *scanner = NULL;
    found_list found;
    known_list known;
    int status = -1;
    memset(&found, 0, sizeof found);
    memset(&known, 0, sizeof known);

    if (join_path(path, sizeof path, config->corpus, "sentences.tsv") != 0)
        return -1;
    if (config->known_misses[0] && known_list_load(config->known_misses, &known) != 0)
        return -1;
    if (load_text_file(path, &data, &len) != 0)
        goto done;
    if (load_sentence_rows(path, data, len, &rows, &count) != 0)
        goto done;
    outcomes = calloc(count, sizeof *outcomes);
    results = calloc(count, sizeof *results);
    scanner = cck_scanner_new(engine);
    if (!outcomes || !results || !scanner) {
        fprintf(stderr, "cck-eval: error: out of memory\n");
        goto done;
    }
    for (size_t i = 0; i < count; i++) {
        const eval_sentence_row *row = &rows[i];
        sentence_outcome *o = &outcomes[i];
        size_t best;
        if (scan_record(scanner, path, row->line, row->text, strlen(row->text), &found,
                        NULL) != 0)
            goto done;
        o->result = eval_sentence_result_make(row->finding, row->category, found.predictions,
                                              found.count);
        best = eval_most_severe(found.predictions, found.count);
        o->severity = best < found.count ? found.predictions[best].severity : 0;
        snprintf(o->rule_id, sizeof o->rule_id, "%s",
                 best < found.count ? found.rule_ids[best] : "-");
        results[i] = o->result;
        eval_counts_add(&s->sentences, o->result.gold_finding, o->result.predicted_finding);
        s->sentence_gold += (size_t)o->result.gold_finding;
        s->sentence_correct += (size_t)eval_sentence_correct(&o->result);
        if (eval_groups_add(&s->cases, row->case_name, o->result.gold_finding,
                            o->result.predicted_finding) != 0 ||
            eval_groups_add(&s->voices, row->voice, o->result.gold_finding,
                            o->result.predicted_finding) != 0) {
            fprintf(stderr, "cck-eval: error: out of memory\n");
            goto done;
        }
    }
    s->have_sentences = 1;
    s->sentence_rows = count;
    eval_score_categories(results, count, s->categories);
    eval_groups_sort(&s->cases);
    eval_groups_sort(&s->voices);

    if (!config->json) {
        FILE *out = io->tables;
        fprintf(out, "Sentences: %s (%zu rows: %zu finding, %zu none)\n", path, count,
                s->sentence_gold, count - s->sentence_gold);
        print_binary_header(out);
        print_binary_row(out, "binary", &s->sentences, 1);
        char ratio[32];
        fprintf(out, "  decision and category both right: %zu of %zu (%s)\n\n",
                s->sentence_correct, count,
                ratio_text(ratio, sizeof ratio, s->sentence_correct, count));
        print_category_table(out, s->categories);
        fputc('\n', out);
        print_group_table(out, "case", &s->cases);
        fputc('\n', out);
        print_group_table(out, "voice", &s->voices);
        fputc('\n', out);
    }
    if (config->verbose) {
        size_t listed = 0;
        for (size_t i = 0; i < count; i++)
            listed += (size_t)list_sentence(io->listing, path, &rows[i], &outcomes[i]);
        if (listed > 0 && !config->json)
            fputc('\n', io->listing);
    }
    if (config->known_misses[0])
        check_known_misses(path, config->known_misses, &known, rows, outcomes, count, s);
    if (config->write_known_misses[0] &&
        write_known_misses(config->write_known_misses, rows, outcomes, count) != 0)
        goto done;
    status = 0;
done:
    known_list_free(&known);
    cck_scanner_free(scanner);
    found_list_free(&found);
    free(results);
    free(outcomes);
    free(rows);
    free(data);
    return status;
}

/* ------------------------------------------------------------------------------------
 * Documents
 * ---------------------------------------------------------------------------------- */

typedef struct doc_names {
    char **items;
    size_t count;
    size_t capacity;
} doc_names;

static int name_compare(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void doc_names_free(doc_names *names)
{
    for (size_t i = 0; i < names->count; i++)
        free(names->items[i]);
    free(names->items);
    memset(names, 0, sizeof *names);
}

static int doc_names_add(doc_names *names, const char *name, size_t len)
{
    char *copy;
    if (grow((void **)&names->items, &names->capacity, names->count + 1, sizeof(char *)) != 0)
        return -1;
    copy = malloc(len + 1);
    if (!copy)
        return -1;
    memcpy(copy, name, len);
    copy[len] = '\0';
    names->items[names->count++] = copy;
    return 0;
}

static int contains_name(const doc_names *names, const char *name, size_t len)
{
    for (size_t i = 0; i < names->count; i++)
        if (strlen(names->items[i]) == len && memcmp(names->items[i], name, len) == 0)
            return 1;
    return 0;
}

/* The NAMEs of docs/NAME.txt that have NAME.labels.tsv, sorted. Returns -1 when a text
 * lacks its labels or labels lack their text (names then holds the complete pairs, so
 * that their mistakes can be reported in the same run), or on a failure to list. */
static int list_docs(const char *dir, doc_names *names)
{
    static const char text_suffix[] = ".txt", labels_suffix[] = ".labels.tsv";
    doc_names labels;
    DIR *d = opendir(dir);
    struct dirent *entry;
    int status = 0;
    memset(&labels, 0, sizeof labels);
    if (!d) {
        corpus_error(dir, 0, "cannot open the documents folder: %s", strerror(errno));
        return -1;
    }
    while ((entry = readdir(d)) != NULL) {
        const char *n = entry->d_name;
        size_t len = strlen(n);
        if (n[0] == '.')
            continue;
        if (has_suffix(n, labels_suffix))
            status |= doc_names_add(&labels, n, len - (sizeof labels_suffix - 1));
        else if (has_suffix(n, text_suffix))
            status |= doc_names_add(names, n, len - (sizeof text_suffix - 1));
    }
    closedir(d);
    if (status != 0) {
        fprintf(stderr, "cck-eval: error: out of memory\n");
        goto done;
    }
    if (names->count > 1)
        qsort(names->items, names->count, sizeof(char *), name_compare);
    if (labels.count > 1)
        qsort(labels.items, labels.count, sizeof(char *), name_compare);
    for (size_t i = 0; i < names->count;) {
        if (contains_name(&labels, names->items[i], strlen(names->items[i]))) {
            i++;
            continue;
        }
        fprintf(stderr, "%s/%s%s: error: missing (the labels of %s/%s%s)\n", dir,
                names->items[i], labels_suffix, dir, names->items[i], text_suffix);
        status = -1;
        /* Drop it, keeping the order, so that the complete pairs can still be checked. */
        free(names->items[i]);
        memmove(&names->items[i], &names->items[i + 1],
                (names->count - i - 1) * sizeof names->items[0]);
        names->count--;
    }
    for (size_t i = 0; i < labels.count; i++)
        if (!contains_name(names, labels.items[i], strlen(labels.items[i]))) {
            fprintf(stderr, "%s/%s%s: error: missing (labelled by %s/%s%s)\n", dir,
                    labels.items[i], text_suffix, dir, labels.items[i], labels_suffix);
            status = -1;
        }
    if (status == 0 && names->count == 0) {
        corpus_error(dir, 0, "no documents (NAME.txt with NAME.labels.tsv)");
        status = -1;
    }
done:
    doc_names_free(&labels);
    return status;
}

typedef struct gold_entry {
    eval_gold_quote quote;
    size_t line;        /* in the labels file */
    const char *text;   /* the quote */
} gold_entry;

static int gold_entry_compare(const void *a, const void *b)
{
    const gold_entry *x = a, *y = b;
    if (x->quote.offset != y->quote.offset)
        return x->quote.offset < y->quote.offset ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

/* Reads NAME.labels.tsv and finds each quote in the document. */
static int load_doc_labels(const char *labels_path, char *data, size_t len,
                           const char *text_path, const char *doc, size_t doc_len,
                           gold_entry **entries_out, size_t *count_out)
{
    tsv_reader reader;
    gold_entry *entries = NULL;
    size_t count = 0, cap = 0, field_count = 0;
    char *fields[MAX_FIELDS];
    char message[256];
    int status = 0, more;
    if (tsv_open(&reader, labels_path, data, len, eval_labels_header) != 0)
        return -1;
    while ((more = tsv_next(&reader, fields, &field_count)) != 0) {
        eval_label_row row;
        size_t offset = 0, found;
        if (more < 0) {
            status = -1;
            continue;
        }
        if (eval_label_row_parse(fields, field_count, &row, message, sizeof message) != 0) {
            corpus_error(labels_path, reader.line, "%s", message);
            status = -1;
            continue;
        }
        found = eval_find_count(doc, doc_len, row.quote, strlen(row.quote), &offset);
        if (found != 1) {
            corpus_error(labels_path, reader.line,
                         found == 0 ? "the quote is not in %s" :
                                      "the quote occurs more than once in %s; make it longer",
                         text_path);
            status = -1;
            continue;
        }
        if (grow((void **)&entries, &cap, count + 1, sizeof *entries) != 0) {
            corpus_error(labels_path, reader.line, "out of memory");
            status = -1;
            break;
        }
        entries[count].quote.offset = offset;
        entries[count].quote.finding = row.finding;
        entries[count].quote.category = row.category;
        entries[count].line = reader.line;
        entries[count].text = row.quote;
        count++;
    }
    if (count > 1)
        qsort(entries, count, sizeof *entries, gold_entry_compare);
    for (size_t i = 1; i < count && status == 0; i++)
        if (entries[i].quote.offset == entries[i - 1].quote.offset) {
            corpus_error(labels_path, entries[i].line, "the same quote as line %zu",
                         entries[i - 1].line);
            status = -1;
        }
    if (status != 0) {
        free(entries);
        return -1;
    }
    *entries_out = entries;
    *count_out = count;
    return 0;
}

static void print_doc_header(FILE *out, size_t width)
{
    fprintf(out, "  ");
    print_padded(out, "document", width);
    fprintf(out, " %6s %6s %6s %6s %6s %9s %9s %9s %9s\n", "gold", "pred", "TP", "FP", "FN",
            "precision", "recall", "F1", "cat.agree");
}

static void print_doc_row(FILE *out, const char *name, size_t width, const eval_doc_score *k)
{
    fprintf(out, "  ");
    print_padded(out, name, width);
    fprintf(out, " %6zu %6zu %6zu %6zu %6zu", k->gold, k->predicted, k->tp, k->fp, k->fn);
    print_ratio(out, k->tp, k->tp + k->fp);
    print_ratio(out, k->tp, k->tp + k->fn);
    print_ratio(out, 2 * k->tp, 2 * k->tp + k->fp + k->fn);
    print_ratio(out, k->category_agree, k->tp);
    fputc('\n', out);
}

/* The --verbose lines of one document: misses, false alarms, category mismatches. */
static void list_doc(FILE *out, const char *text_path, const char *doc, size_t doc_len,
                     const gold_entry *gold, size_t gold_count, const found_list *found,
                     const size_t *gold_match, const int *is_fp)
{
    size_t line, column;
    for (size_t g = 0; g < gold_count; g++) {
        const gold_entry *e = &gold[g];
        size_t m = gold_match[g];
        if (!e->quote.finding)
            continue;
        eval_line_column(doc, doc_len, e->quote.offset, &line, &column);
        if (m >= found->count) {
            fprintf(out, "%s:%zu:%zu: FN gold=finding/%s (labels line %zu) | ", text_path,
                    line, column, eval_category_name(e->quote.category), e->line);
            print_flat(out, e->text, strlen(e->text));
            fputc('\n', out);
        } else if (found->predictions[m].category != e->quote.category) {
            fprintf(out, "%s:%zu:%zu: CAT gold=finding/%s predicted=%s/%s rule=%s | ",
                    text_path, line, column, eval_category_name(e->quote.category),
                    cck_severity_name((cck_severity)found->predictions[m].severity),
                    eval_category_name(found->predictions[m].category), found->rule_ids[m]);
            print_flat(out, e->text, strlen(e->text));
            fputc('\n', out);
        }
    }
    for (size_t p = 0; p < found->count; p++) {
        const eval_prediction *pr = &found->predictions[p];
        size_t start = pr->offset < doc_len ? pr->offset : doc_len;
        size_t length = pr->length < doc_len - start ? pr->length : doc_len - start;
        if (!is_fp[p])
            continue;
        eval_line_column(doc, doc_len, start, &line, &column);
        fprintf(out, "%s:%zu:%zu: FP predicted=%s/%s rule=%s | ", text_path, line, column,
                cck_severity_name((cck_severity)pr->severity), eval_category_name(pr->category),
                found->rule_ids[p]);
        print_flat(out, doc + start, length);
        fputc('\n', out);
    }
}

static int run_one_doc(const char *dir, const char *name, cck_scanner *scanner,
                       FILE *listing, int verbose, found_list *found, doc_line *result)
{
    char text_path[PATH_SIZE], labels_path[PATH_SIZE], file[PATH_SIZE];
    char *doc = NULL, *labels = NULL;
    size_t doc_len = 0, labels_len = 0, gold_count = 0;
    gold_entry *gold = NULL;
    eval_gold_quote *quotes = NULL;
    size_t *gold_match = NULL;
    int *is_fp = NULL;
    int status = -1;

    snprintf(result->name, sizeof result->name, "%s", name);
    if (snprintf(file, sizeof file, "%s.txt", name) >= (int)sizeof file ||
        join_path(text_path, sizeof text_path, dir, file) != 0 ||
        snprintf(file, sizeof file, "%s.labels.tsv", name) >= (int)sizeof file ||
        join_path(labels_path, sizeof labels_path, dir, file) != 0)
        return -1;
    if (load_text_file(text_path, &doc, &doc_len) != 0 ||
        load_text_file(labels_path, &labels, &labels_len) != 0)
        goto done;
    if (load_doc_labels(labels_path, labels, labels_len, text_path, doc, doc_len, &gold,
                        &gold_count) != 0)
        goto done;
    if (scan_record(scanner, text_path, 0, doc, doc_len, found, NULL) != 0)
        goto done;
    quotes = calloc(gold_count ? gold_count : 1, sizeof *quotes);
    gold_match = calloc(gold_count ? gold_count : 1, sizeof *gold_match);
    is_fp = calloc(found->count ? found->count : 1, sizeof *is_fp);
    if (!quotes || !gold_match || !is_fp) {
        fprintf(stderr, "cck-eval: error: out of memory\n");
        goto done;
    }
    for (size_t g = 0; g < gold_count; g++)
        quotes[g] = gold[g].quote;
    if (eval_match_doc(quotes, gold_count, found->predictions, found->count, gold_match, is_fp,
                       &result->score) != 0) {
        fprintf(stderr, "cck-eval: error: out of memory\n");
        goto done;
    }
    eval_doc_categories(quotes, gold_count, found->predictions, found->count, gold_match, is_fp,
                        result->categories);
    if (verbose)
        list_doc(listing, text_path, doc, doc_len, gold, gold_count, found, gold_match, is_fp);
    status = 0;
done:
    free(is_fp);
    free(gold_match);
    free(quotes);
    free(gold);
    free(labels);
    free(doc);
    return status;
}

static int run_docs(const eval_config *config, const outputs *io, cck_engine *engine,
                    summary *s)
{
    char dir[PATH_SIZE];
    doc_names names;
    cck_scanner *scanner = NULL;
    found_list found;
    int status = -1, listed = 0;
    size_t width = strlen("document");
    /* In text mode the listing is held back until the table has been printed. */
    FILE *listing = io->listing;
    char *held = NULL;
    size_t held_size = 0;
    memset(&names, 0, sizeof names);
    memset(&found, 0, sizeof found);

    if (join_path(dir, sizeof dir, config->corpus, "docs") != 0)
        return -1;
    if (config->verbose && !config->json) {
        listing = open_memstream(&held, &held_size);
        if (!listing) {
            fprintf(stderr, "cck-eval: error: out of memory\n");
            listing = io->listing;
            return -1;
        }
    }
    if (list_docs(dir, &names) != 0)
        listed = -1;
    if (names.count == 0)
        goto done;
    s->docs = calloc(names.count, sizeof *s->docs);
    scanner = cck_scanner_new(engine);
    if (!s->docs || !scanner) {
        fprintf(stderr, "cck-eval: error: out of memory\n");
        goto done;
    }
    /* Every document is checked before an error ends the run, so that one pass shows
     * every corpus mistake. */
    status = listed;
    for (size_t i = 0; i < names.count; i++) {
        if (run_one_doc(dir, names.items[i], scanner, listing, config->verbose, &found,
                        &s->docs[i]) != 0)
            status = -1;
        eval_doc_score_add(&s->docs_total, &s->docs[i].score);
        if (display_width(names.items[i]) > width)
            width = display_width(names.items[i]);
    }
    s->doc_count = names.count;
    if (status != 0)
        goto done;
    s->have_docs = 1;
    if (!config->json) {
        FILE *out = io->tables;
        eval_counts total = eval_doc_score_counts(&s->docs_total);
        fprintf(out, "Documents: %s (%zu documents, %zu gold findings)\n", dir, names.count,
                s->docs_total.gold);
        print_doc_header(out, width);
        for (size_t i = 0; i < names.count; i++)
            print_doc_row(out, s->docs[i].name, width, &s->docs[i].score);
        print_doc_row(out, "all", width, &s->docs_total);
        char ratio[32];
        fprintf(out, "  category agreement on matched findings: %zu of %zu (%s)\n",
                s->docs_total.category_agree, total.tp,
                ratio_text(ratio, sizeof ratio, s->docs_total.category_agree, total.tp));
        fprintf(out, "  'none' quotes (tricky negatives) flagged: %zu of %zu\n\n",
                s->docs_total.none_flagged, s->docs_total.none_quotes);
        eval_category_counts categories[EVAL_CATEGORY_COUNT];
        memset(categories, 0, sizeof categories);
        for (size_t i = 0; i < names.count; i++)
            for (int c = 0; c < EVAL_CATEGORY_COUNT; c++) {
                categories[c].support += s->docs[i].categories[c].support;
                categories[c].tp += s->docs[i].categories[c].tp;
                categories[c].fp += s->docs[i].categories[c].fp;
                categories[c].fn += s->docs[i].categories[c].fn;
            }
        fprintf(out, "  by category, over all documents:\n");
        print_category_table(out, categories);
        fputc('\n', out);
    }
    if (listing != io->listing) {
        int failed = fclose(listing);
        listing = io->listing;
        if (failed != 0) {
            fprintf(stderr, "cck-eval: error: out of memory\n");
            status = -1;
            goto done;
        }
        if (held_size > 0) {
            fwrite(held, 1, held_size, io->listing);
            fputc('\n', io->listing);
        }
    }
done:
    if (listing != io->listing)
        fclose(listing);
    free(held);
    cck_scanner_free(scanner);
    found_list_free(&found);
    doc_names_free(&names);
    return status;
}

/* ------------------------------------------------------------------------------------
 * Causal claim level
 * ---------------------------------------------------------------------------------- */

static void print_causal(FILE *out, const char *path, const eval_agreement *a)
{
    static const char *const short_names[EVAL_COLLAPSED_LEVELS] = {"0 none", "1 corr",
                                                                   "2 cond", "3 direct"};
    size_t same_exact = 0, same_collapsed = 0;
    double kappa = 0.0;
    for (int i = 0; i < EVAL_LEVELS; i++)
        same_exact += a->exact[i][i];
    for (int i = 0; i < EVAL_COLLAPSED_LEVELS; i++)
        same_collapsed += a->collapsed[i][i];
    char ratio[32];
    fprintf(out, "Causal claim level: %s (%zu rows, all topics)\n", path, a->rows);
    fprintf(out, "  %-32s %5zu of %-5zu %7s\n", "exact agreement (levels 0-5)", same_exact,
            a->rows, ratio_text(ratio, sizeof ratio, same_exact, a->rows));
    fprintf(out, "  %-32s %5zu of %-5zu %7s\n", "collapsed agreement (4 classes)",
            same_collapsed, a->rows, ratio_text(ratio, sizeof ratio, same_collapsed, a->rows));
    if (eval_kappa(&a->collapsed[0][0], EVAL_COLLAPSED_LEVELS, &kappa) == 0)
        snprintf(ratio, sizeof ratio, "%.3f", kappa);
    else
        snprintf(ratio, sizeof ratio, "-");
    fprintf(out, "  %-32s %14s %7s\n", "Cohen's kappa (4 classes)", "", ratio);
    fprintf(out, "  %-22s", "gold \\ predicted");
    for (int j = 0; j < EVAL_COLLAPSED_LEVELS; j++)
        fprintf(out, " %9s", short_names[j]);
    fprintf(out, " %9s\n", "total");
    for (int i = 0; i < EVAL_COLLAPSED_LEVELS; i++) {
        size_t row_total = 0;
        fprintf(out, "  %d %-20s", i, eval_collapsed_name(i));
        for (int j = 0; j < EVAL_COLLAPSED_LEVELS; j++) {
            fprintf(out, " %9zu", a->collapsed[i][j]);
            row_total += a->collapsed[i][j];
        }
        fprintf(out, " %9zu\n", row_total);
    }
    fputc('\n', out);
}

static int run_causal(const eval_config *config, const outputs *io, summary *s)
{
    char path[PATH_SIZE];
    char *data = NULL;
    size_t len = 0, count = 0, cap = 0, field_count = 0;
    cck_engine *engine = NULL;
    cck_scanner *scanner = NULL;
    found_list found;
    tsv_reader reader;
    eval_causal_row *rows = NULL;
    id_line *ids = NULL;
    size_t id_cap = 0;
    char *fields[MAX_FIELDS];
    char message[256];
    int *predicted = NULL;
    int status = -1, more, bad = 0;
    memset(&found, 0, sizeof found);

    if (join_path(path, sizeof path, config->corpus, "causal.tsv") != 0)
        return -1;
    if (load_text_file(path, &data, &len) != 0)
        return -1;
    if (tsv_open(&reader, path, data, len, eval_causal_header) != 0)
        goto done;
    while ((more = tsv_next(&reader, fields, &field_count)) != 0) {
        eval_causal_row row;
        if (more < 0) {
            bad = 1;
            continue;
        }
        if (eval_causal_row_parse(fields, field_count, &row, message, sizeof message) != 0) {
            corpus_error(path, reader.line, "%s", message);
            bad = 1;
            continue;
        }
        row.line = reader.line;
        if (grow((void **)&rows, &cap, count + 1, sizeof *rows) != 0 ||
            grow((void **)&ids, &id_cap, count + 1, sizeof *ids) != 0) {
            corpus_error(path, reader.line, "out of memory");
            goto done;
        }
        rows[count] = row;
        ids[count].id = row.id;
        ids[count].line = row.line;
        count++;
    }
    if (bad || check_unique_ids(path, ids, count) != 0)
        goto done;
    if (count == 0) {
        corpus_error(path, 0, "no rows");
        goto done;
    }
    if (engine_build(1, &engine) != 0)
        goto done;
    scanner = cck_scanner_new(engine);
    if (!scanner) {
        fprintf(stderr, "cck-eval: error: out of memory\n");
        goto done;
    }
    predicted = calloc(count, sizeof *predicted);
    if (!predicted) {
        fprintf(stderr, "cck-eval: error: out of memory\n");
        goto done;
    }
    for (size_t i = 0; i < count; i++) {
        cck_profile profile;
        memset(&profile, 0, sizeof profile);
        if (scan_record(scanner, path, rows[i].line, rows[i].text, strlen(rows[i].text),
                        &found, &profile) != 0)
            goto done;
        predicted[i] = profile.claim_level;
        eval_agreement_add(&s->causal, rows[i].claim_level, predicted[i]);
    }
    s->have_causal = 1;
    if (!config->json)
        print_causal(io->tables, path, &s->causal);
    if (config->verbose) {
        /* Disagreements on the 4-class scale (the one the kappa is about). */
        size_t listed = 0;
        for (size_t i = 0; i < count; i++) {
            int gold = eval_level_collapse(rows[i].claim_level);
            int got = eval_level_collapse(predicted[i]);
            if (gold == got)
                continue;
            fprintf(io->listing, "%s:%zu: LEVEL id=%s gold=%d (%s) predicted=%d (%s) | ",
                    path, rows[i].line, rows[i].id, rows[i].claim_level,
                    eval_collapsed_name(gold), predicted[i], eval_collapsed_name(got));
            print_flat(io->listing, rows[i].text, strlen(rows[i].text));
            fputc('\n', io->listing);
            listed++;
        }
        if (listed > 0 && !config->json)
            fputc('\n', io->listing);
    }
    status = 0;
done:
    cck_scanner_free(scanner);
    cck_engine_free(engine);
    found_list_free(&found);
    free(predicted);
    free(ids);
    free(rows);
    free(data);
    return status;
}

/* ------------------------------------------------------------------------------------
 * JSON summary
 * ---------------------------------------------------------------------------------- */

static void json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void json_ratio(FILE *out, const char *key, size_t num, size_t den)
{
    fprintf(out, "\"%s\": ", key);
    if (den == 0)
        fputs("null", out);
    else
        fprintf(out, "%.4f", eval_ratio(num, den));
}

static void json_counts(FILE *out, const eval_counts *k)
{
    fprintf(out, "\"tp\": %zu, \"fp\": %zu, \"fn\": %zu, \"tn\": %zu, ", k->tp, k->fp, k->fn,
            k->tn);
    json_ratio(out, "precision", k->tp, k->tp + k->fp);
    fputs(", ", out);
    json_ratio(out, "recall", k->tp, k->tp + k->fn);
    fputs(", ", out);
    json_ratio(out, "f1", 2 * k->tp, 2 * k->tp + k->fp + k->fn);
}

static void json_groups(FILE *out, const char *name, const eval_groups *groups)
{
    fprintf(out, "    \"%s\": {", name);
    for (size_t i = 0; i < groups->count; i++) {
        const eval_counts *k = &groups->items[i].counts;
        size_t rows = k->tp + k->fp + k->fn + k->tn;
        fputs(i ? ",\n      " : "\n      ", out);
        json_string(out, groups->items[i].key);
        fprintf(out, ": {\"rows\": %zu, \"findings\": %zu, \"correct\": %zu, ", rows,
                k->tp + k->fn, k->tp + k->tn);
        json_ratio(out, "accuracy", k->tp + k->tn, rows);
        fprintf(out, ", \"fp\": %zu, \"fn\": %zu}", k->fp, k->fn);
    }
    fputs("\n    }", out);
}

static void json_doc_score(FILE *out, const eval_doc_score *k)
{
    eval_counts counts = eval_doc_score_counts(k);
    fprintf(out, "\"gold\": %zu, \"predicted\": %zu, ", k->gold, k->predicted);
    fprintf(out, "\"tp\": %zu, \"fp\": %zu, \"fn\": %zu, ", k->tp, k->fp, k->fn);
    json_ratio(out, "precision", counts.tp, counts.tp + counts.fp);
    fputs(", ", out);
    json_ratio(out, "recall", counts.tp, counts.tp + counts.fn);
    fputs(", ", out);
    json_ratio(out, "f1", 2 * counts.tp, 2 * counts.tp + counts.fp + counts.fn);
    fputs(", ", out);
    json_ratio(out, "category_agreement", k->category_agree, k->tp);
    fprintf(out, ", \"none_quotes\": %zu, \"none_flagged\": %zu", k->none_quotes,
            k->none_flagged);
}

static void print_json(FILE *out, const eval_config *config, const summary *s, int passed)
{
    fputs("{\n  \"corpus\": ", out);
    json_string(out, config->corpus);
    if (s->have_sentences) {
        fprintf(out, ",\n  \"sentences\": {\n    \"rows\": %zu, ", s->sentence_rows);
        json_counts(out, &s->sentences);
        fprintf(out, ", \"correct_with_category\": %zu,\n    \"categories\": {",
                s->sentence_correct);
        for (int c = 0; c < EVAL_CATEGORY_COUNT; c++) {
            const eval_category_counts *k = &s->categories[c];
            fprintf(out, "%s\n      \"%s\": {\"support\": %zu, \"tp\": %zu, \"fp\": %zu, "
                         "\"fn\": %zu, ",
                    c ? "," : "", eval_category_name(c), k->support, k->tp, k->fp, k->fn);
            json_ratio(out, "precision", k->tp, k->tp + k->fp);
            fputs(", ", out);
            json_ratio(out, "recall", k->tp, k->tp + k->fn);
            fputs(", ", out);
            json_ratio(out, "f1", 2 * k->tp, 2 * k->tp + k->fp + k->fn);
            fputc('}', out);
        }
        fputs("\n    },\n", out);
        json_groups(out, "cases", &s->cases);
        fputs(",\n", out);
        json_groups(out, "voices", &s->voices);
        fputs("\n  }", out);
    }
    if (s->have_docs) {
        fprintf(out, ",\n  \"documents\": {\n    \"count\": %zu, ", s->doc_count);
        json_doc_score(out, &s->docs_total);
        fputs(",\n    \"per_document\": [", out);
        for (size_t i = 0; i < s->doc_count; i++) {
            fputs(i ? ",\n      {\"name\": " : "\n      {\"name\": ", out);
            json_string(out, s->docs[i].name);
            fputs(", ", out);
            json_doc_score(out, &s->docs[i].score);
            fputc('}', out);
        }
        fputs("\n    ]\n  }", out);
    }
    if (s->have_causal) {
        const eval_agreement *a = &s->causal;
        double kappa = 0.0;
        size_t same_exact = 0, same_collapsed = 0;
        for (int i = 0; i < EVAL_LEVELS; i++)
            same_exact += a->exact[i][i];
        for (int i = 0; i < EVAL_COLLAPSED_LEVELS; i++)
            same_collapsed += a->collapsed[i][i];
        fprintf(out, ",\n  \"causal\": {\n    \"rows\": %zu, ", a->rows);
        json_ratio(out, "exact_agreement", same_exact, a->rows);
        fputs(", ", out);
        json_ratio(out, "collapsed_agreement", same_collapsed, a->rows);
        if (eval_kappa(&a->collapsed[0][0], EVAL_COLLAPSED_LEVELS, &kappa) == 0)
            fprintf(out, ", \"kappa\": %.4f", kappa);
        else
            fputs(", \"kappa\": null", out);
        fputs(",\n    \"confusion\": [", out);
        for (int i = 0; i < EVAL_COLLAPSED_LEVELS; i++) {
            fputs(i ? ", [" : "[", out);
            for (int j = 0; j < EVAL_COLLAPSED_LEVELS; j++)
                fprintf(out, "%s%zu", j ? ", " : "", a->collapsed[i][j]);
            fputc(']', out);
        }
        fputs("]\n  }", out);
    }
    fputs(",\n  \"guard\": {", out);
    if (config->have_min_f1)
        fprintf(out, "\"min_f1\": %.4f, ", config->min_f1);
    if (config->have_min_precision)
        fprintf(out, "\"min_precision\": %.4f, ", config->min_precision);
    if (s->have_known)
        fprintf(out, "\"known_misses\": {\"listed\": %zu, \"not_listed\": %zu, "
                     "\"right_now\": %zu}, ",
                s->known_listed, s->regressions, s->now_right);
    fprintf(out, "\"passed\": %s}\n}\n", passed ? "true" : "false");
}

/* ------------------------------------------------------------------------------------
 * Options and main
 * ---------------------------------------------------------------------------------- */

static void usage(FILE *out)
{
    fputs("usage: cck-eval [--corpus DIR] [--sections LIST] [--verbose] [--json]\n"
          "                [--min-f1 X] [--min-precision X] [--min-doc-f1 X]\n"
          "                [--known-misses FILE] [--write-known-misses FILE]\n"
          "Scores claimcheck (default lexicons) against the gold corpus.\n"
          "  --corpus DIR        the corpus folder (default: $CCK_SOURCE_DIR/corpus, or\n"
          "                      ./corpus when CCK_SOURCE_DIR is not set)\n"
          "  --sections LIST     comma-separated: sentences,docs,causal (default: all)\n"
          "  --verbose           list every misclassified row, document miss and false alarm\n"
          "  --json              print a JSON summary instead of the tables (listings then\n"
          "                      go to stderr)\n"
          "  --min-f1 X          exit 1 if the sentence-set F1 is below X (0..1)\n"
          "  --min-precision X   exit 1 if the sentence-set precision is below X (0..1)\n"
          "  --min-doc-f1 X      exit 1 if the documents' F1 is below X (0..1)\n"
          "  --known-misses FILE exit 1 unless the sentence rows got wrong are exactly the\n"
          "                      ids listed in FILE (one per line, '#' comments)\n"
          "  --write-known-misses FILE\n"
          "                      write the ids of the sentence rows got wrong to FILE\n"
          "Exit status: 0 measured and every floor met, 1 below a floor or not the known\n"
          "misses, 2 trouble.\n",
          out);
}

static int parse_fraction(const char *option, const char *text, double *value)
{
    char *end = NULL;
    errno = 0;
    *value = strtod(text, &end);
    if (errno != 0 || end == text || *end != '\0' || !(*value >= 0.0 && *value <= 1.0)) {
        fprintf(stderr, "cck-eval: error: %s wants a number from 0 to 1, not '%s'\n", option,
                text);
        return -1;
    }
    return 0;
}

static int parse_sections(const char *text, unsigned *sections)
{
    const char *p = text;
    *sections = 0;
    while (*p) {
        size_t n = strcspn(p, ",");
        if (n == 9 && memcmp(p, "sentences", 9) == 0)
            *sections |= SECTION_SENTENCES;
        else if (n == 4 && memcmp(p, "docs", 4) == 0)
            *sections |= SECTION_DOCS;
        else if (n == 6 && memcmp(p, "causal", 6) == 0)
            *sections |= SECTION_CAUSAL;
        else {
            fprintf(stderr, "cck-eval: error: unknown section '%.*s' (sentences, docs, "
                            "causal)\n", (int)n, p);
            return -1;
        }
        p += n;
        if (*p == ',')
            p++;
    }
    if (*sections == 0) {
        fprintf(stderr, "cck-eval: error: --sections is empty\n");
        return -1;
    }
    return 0;
}

/* Returns the value of an option given as "--name VALUE" or "--name=VALUE", advancing *i;
 * NULL when argv[*i] is not that option. *missing is set when the value is absent. */
static const char *option_value(int argc, char **argv, int *i, const char *name, int *missing)
{
    size_t n = strlen(name);
    const char *arg = argv[*i];
    if (strncmp(arg, name, n) != 0)
        return NULL;
    if (arg[n] == '=')
        return arg + n + 1;
    if (arg[n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

/* Returns 0 to run, 1 when --help was printed, -1 on bad usage. */
static int parse_options(int argc, char **argv, eval_config *config)
{
    const char *source_dir = getenv("CCK_SOURCE_DIR");
    int have_corpus = 0;
    memset(config, 0, sizeof *config);
    config->sections = SECTION_ALL;
    for (int i = 1; i < argc; i++) {
        const char *value;
        int missing = 0;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 1;
        } else if (strcmp(argv[i], "--verbose") == 0 || strcmp(argv[i], "-v") == 0) {
            config->verbose = 1;
        } else if (strcmp(argv[i], "--json") == 0) {
            config->json = 1;
        } else if ((value = option_value(argc, argv, &i, "--corpus", &missing)) != NULL) {
            if (snprintf(config->corpus, sizeof config->corpus, "%s", value) >=
                (int)sizeof config->corpus) {
                fprintf(stderr, "cck-eval: error: --corpus path too long\n");
                return -1;
            }
            have_corpus = 1;
        } else if (!missing &&
                   (value = option_value(argc, argv, &i, "--sections", &missing)) != NULL) {
            if (parse_sections(value, &config->sections) != 0)
                return -1;
        } else if (!missing &&
                   (value = option_value(argc, argv, &i, "--min-f1", &missing)) != NULL) {
            if (parse_fraction("--min-f1", value, &config->min_f1) != 0)
                return -1;
            config->have_min_f1 = 1;
        } else if (!missing && (value = option_value(argc, argv, &i, "--min-precision",
                                                     &missing)) != NULL) {
            if (parse_fraction("--min-precision", value, &config->min_precision) != 0)
                return -1;
            config->have_min_precision = 1;
        } else if (!missing && (value = option_value(argc, argv, &i, "--known-misses",
                                                     &missing)) != NULL) {
            if (snprintf(config->known_misses, sizeof config->known_misses, "%s", value) >=
                (int)sizeof config->known_misses) {
                fprintf(stderr, "cck-eval: error: --known-misses path too long\n");
                return -1;
            }
        } else if (!missing && (value = option_value(argc, argv, &i, "--write-known-misses",
                                                     &missing)) != NULL) {
            if (snprintf(config->write_known_misses, sizeof config->write_known_misses, "%s",
                         value) >= (int)sizeof config->write_known_misses) {
                fprintf(stderr, "cck-eval: error: --write-known-misses path too long\n");
                return -1;
            }
        } else if (!missing && (value = option_value(argc, argv, &i, "--min-doc-f1",
                                                     &missing)) != NULL) {
            if (parse_fraction("--min-doc-f1", value, &config->min_doc_f1) != 0)
                return -1;
            config->have_min_doc_f1 = 1;
        } else {
            if (missing)
                fprintf(stderr, "cck-eval: error: %s needs a value\n", argv[i]);
            else
                fprintf(stderr, "cck-eval: error: unknown argument '%s'\n", argv[i]);
            usage(stderr);
            return -1;
        }
    }
    if ((config->have_min_f1 || config->have_min_precision) &&
        !(config->sections & SECTION_SENTENCES)) {
        fprintf(stderr, "cck-eval: error: --min-f1 and --min-precision apply to the "
                        "sentences section\n");
        return -1;
    }
    if ((config->known_misses[0] || config->write_known_misses[0]) &&
        !(config->sections & SECTION_SENTENCES)) {
        fprintf(stderr, "cck-eval: error: --known-misses and --write-known-misses apply to "
                        "the sentences section\n");
        return -1;
    }
    if (config->have_min_doc_f1 && !(config->sections & SECTION_DOCS)) {
        fprintf(stderr, "cck-eval: error: --min-doc-f1 applies to the docs section\n");
        return -1;
    }
    if (!have_corpus) {
        int n = source_dir && source_dir[0]
                    ? snprintf(config->corpus, sizeof config->corpus, "%s/corpus", source_dir)
                    : snprintf(config->corpus, sizeof config->corpus, "corpus");
        if (n < 0 || (size_t)n >= sizeof config->corpus) {
            fprintf(stderr, "cck-eval: error: CCK_SOURCE_DIR is too long\n");
            return -1;
        }
    }
    return 0;
}

/* One floor: prints the comparison in the tables, says on stderr when it fell short. */
static int check_floor(const char *what, double value, double floor, FILE *tables)
{
    int ok = value + FLOOR_EPSILON >= floor;
    if (tables)
        fprintf(tables, "Floor: %s %.3f %s %.3f: %s\n", what, value, ok ? ">=" : "<", floor,
                ok ? "ok" : "BELOW");
    if (!ok)
        fprintf(stderr, "cck-eval: %s %.3f is below the floor %.3f\n", what, value, floor);
    return ok;
}

/* Compares the sentence F1 and precision and the document F1 with their floors. */
static int check_floors(const eval_config *config, const summary *s, FILE *tables)
{
    int passed = 1;
    if (config->have_min_f1)
        passed &= check_floor("sentence F1", eval_f1(&s->sentences), config->min_f1, tables);
    if (config->have_min_precision)
        passed &= check_floor("sentence precision", eval_precision(&s->sentences),
                              config->min_precision, tables);
    if (config->have_min_doc_f1) {
        eval_counts docs = eval_doc_score_counts(&s->docs_total);
        passed &= check_floor("document F1", eval_f1(&docs), config->min_doc_f1, tables);
    }
    if (s->have_known) {
        int ok = s->regressions == 0 && s->now_right == 0;
        if (tables)
            fprintf(tables,
                    "Known misses: %zu listed, %zu wrong rows not listed, %zu listed rows "
                    "right now: %s\n",
                    s->known_listed, s->regressions, s->now_right, ok ? "ok" : "CHANGED");
        if (!ok)
            fprintf(stderr, "cck-eval: the rows got wrong are not the known misses (%zu not "
                            "listed, %zu right now)\n",
                    s->regressions, s->now_right);
        passed &= ok;
    }
    return passed;
}

int main(int argc, char **argv)
{
    eval_config config;
    outputs io;
    summary s;
    cck_engine *engine = NULL;
    int exit_code = EXIT_TROUBLE, passed;
    int parsed = parse_options(argc, argv, &config);
    if (parsed != 0)
        return parsed > 0 ? EXIT_PASS : EXIT_TROUBLE;
    memset(&s, 0, sizeof s);
    io.tables = stdout;
    io.listing = config.json ? stderr : stdout;

    if (engine_build(0, &engine) != 0)
        goto done;
    if (!config.json)
        printf("claimcheck %s accuracy evaluation (default lexicons, positive = warning or "
               "above)\n\n",
               CCK_VERSION_STRING);
    if ((config.sections & SECTION_SENTENCES) && run_sentences(&config, &io, engine, &s) != 0)
        goto done;
    if ((config.sections & SECTION_DOCS) && run_docs(&config, &io, engine, &s) != 0)
        goto done;
    if ((config.sections & SECTION_CAUSAL) && run_causal(&config, &io, &s) != 0)
        goto done;
    passed = check_floors(&config, &s, config.json ? NULL : stdout);
    if (config.json)
        print_json(stdout, &config, &s, passed);
    exit_code = passed ? EXIT_PASS : EXIT_BELOW_FLOOR;
done:
    cck_engine_free(engine);
    eval_groups_free(&s.cases);
    eval_groups_free(&s.voices);
    free(s.docs);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "cck-eval: error: cannot write the report\n");
        exit_code = EXIT_TROUBLE;
    }
    return exit_code;
}
