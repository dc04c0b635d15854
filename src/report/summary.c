/* summary.c - the run's totals that every whole-run printer keeps, and the summary
 * printer: the worst files of a run ranked by severity and claim density, then the
 * totals and, for one document, its profile as a health-news reviewer's checklist. */
#include <stdio.h>
#include <string.h>

#include "report/formats.h"

/* One ranked file or record. */
struct cck_summary_row {
    char *label;        /* raw bytes: the path, " record N", " id X"; escaped on output */
    size_t label_length;
    size_t findings[4]; /* reported, by severity */
    size_t words;
    size_t claims;
    size_t hedged;
    size_t sourced;
    double density;
    size_t order;       /* position in the run, for stable ties */
};

static const char *const claim_levels[] = {
    "no claim", "association", "hedged or conditional", "ability (\"can\")",
    "plain efficacy", "certainty or absolute"};
static const char *const evidence_levels[] = {
    "none given", "testimonial or own practice", "animal, cell or lab work",
    "small or observational human studies", "controlled trials",
    "systematic reviews"};

const char *cck_report_claim_level_name(int level)
{
    return level >= 0 && (size_t)level < CCK_ARRAY_LEN(claim_levels) ? claim_levels[level]
                                                                      : "unknown";
}

const char *cck_report_evidence_level_name(int level)
{
    return level >= 0 && (size_t)level < CCK_ARRAY_LEN(evidence_levels)
               ? evidence_levels[level]
               : "unknown";
}

double cck_report_claim_density(const cck_profile *profile)
{
    if (!profile || profile->words == 0)
        return 0.0;
    return (double)profile->claims * 1000.0 / (double)profile->words;
}

/* ---- the run -------------------------------------------------------------------- */

void cck_report_run_init(cck_report_run *run, const cck_report_options *options)
{
    memset(run, 0, sizeof *run);
    if (options)
        run->options = *options;
    if (run->options.top == 0)
        run->options.top = CCK_REPORT_DEFAULT_TOP;
    cck_buf_init(&run->notes);
}

void cck_report_run_free(cck_report_run *run)
{
    if (!run)
        return;
    for (size_t i = 0; i < run->row_count; i++)
        cck_free(run->rows[i].label);
    cck_free(run->rows);
    run->rows = NULL;
    run->row_count = run->row_cap = 0;
    cck_buf_free(&run->notes);
    run->note_count = 0;
    run->notes_left_out_errors = 0;
}

void cck_report_counts_add(cck_report_counts *counts, const cck_finding *finding)
{
    if ((unsigned)finding->severity < 4)
        counts->by_severity[finding->severity]++;
    if (finding->rule && (unsigned)finding->rule->category < CCK_CATEGORY_COUNT)
        counts->by_category[finding->rule->category]++;
}

static void add_counts(cck_report_run *run, const cck_report_counts *counts)
{
    for (size_t i = 0; i < CCK_ARRAY_LEN(run->findings); i++)
        run->findings[i] += counts->by_severity[i];
    for (size_t c = 0; c < CCK_CATEGORY_COUNT; c++)
        run->by_category[c] += counts->by_category[c];
}

static void count_findings(const cck_report_entry *entry, cck_report_counts *counts)
{
    memset(counts, 0, sizeof *counts);
    for (size_t i = 0; i < entry->finding_count; i++)
        cck_report_counts_add(counts, &entry->findings[i]);
}

void cck_report_run_add(cck_report_run *run, const cck_report_entry *entry)
{
    const cck_report_record *record = entry->record;
    if (record->kind == CCK_REPORT_DOCUMENT)
        run->documents++;
    else
        run->records++;
    if (entry->error)
        run->failed++;
    /* a faulty "claimcheck: ignore" comment is a warning about the text, not a
     * problem with the input */
    int problem = entry->error != NULL ||
                  (entry->profile && entry->profile->invalid_utf8 > 0); /* listed or not */
    for (size_t i = 0; i < entry->diagnostic_count && !problem; i++)
        problem = entry->diagnostics[i].status != CCK_ESUPPRESS;
    if (problem)
        run->problems++;
    if (record->text)
        run->bytes += record->length;
    cck_report_counts counts;
    count_findings(entry, &counts);
    add_counts(run, &counts);
    if (entry->profile) {
        run->scanned++;
        cck_profile_add(&run->profile, entry->profile);
        for (unsigned bit = 0; bit < 4; bit++)
            if (entry->profile->discusses & (1u << bit))
                run->discusses[bit]++;
    }
    run->entries++;
    run->results += entry->finding_count;
}

/* ---- ranking -------------------------------------------------------------------- */

/* Non-zero when a ranks above b: more errors, more warnings, denser claims, more
 * notes, earlier in the run. */
static int ranks_above(const struct cck_summary_row *a, const struct cck_summary_row *b)
{
    if (a->findings[CCK_SEVERITY_ERROR] != b->findings[CCK_SEVERITY_ERROR])
        return a->findings[CCK_SEVERITY_ERROR] > b->findings[CCK_SEVERITY_ERROR];
    if (a->findings[CCK_SEVERITY_WARNING] != b->findings[CCK_SEVERITY_WARNING])
        return a->findings[CCK_SEVERITY_WARNING] > b->findings[CCK_SEVERITY_WARNING];
    if (a->density != b->density)
        return a->density > b->density;
    if (a->findings[CCK_SEVERITY_INFO] != b->findings[CCK_SEVERITY_INFO])
        return a->findings[CCK_SEVERITY_INFO] > b->findings[CCK_SEVERITY_INFO];
    return a->order < b->order;
}

/* "path", "path record 12", "path record 12 id 1789" (raw bytes). */
static char *row_label(const cck_report_record *record, size_t *length)
{
    cck_buf label;
    cck_buf_init(&label);
    int status = cck_buf_puts(&label, record->path);
    if (record->kind != CCK_REPORT_DOCUMENT)
        status |= cck_buf_printf(&label, " record %zu", record->record);
    if (record->id) {
        status |= cck_buf_puts(&label, " id ");
        status |= cck_buf_append(&label, record->id, record->id_length);
    }
    if (status != CCK_OK || !label.data) {
        cck_buf_free(&label);
        return NULL;
    }
    *length = label.len;
    return label.data;
}

/* Keeps the entry, with the counts of its findings, if it is among the top rows so
 * far. */
static int rank_entry(cck_report_run *run, const cck_report_entry *entry,
                      const cck_report_counts *counts)
{
    const cck_profile *p = entry->profile;
    struct cck_summary_row row;
    memset(&row, 0, sizeof row);
    memcpy(row.findings, counts->by_severity, sizeof row.findings);
    row.words = p->words;
    row.claims = p->claims;
    row.hedged = p->hedged_claims;
    row.sourced = p->sourced_claims;
    row.density = cck_report_claim_density(p);
    row.order = run->entries;

    size_t top = run->options.top;
    if (run->row_count == top && !ranks_above(&row, &run->rows[top - 1]))
        return CCK_OK;
    if (run->row_count < top && run->row_count == run->row_cap) {
        void *rows = run->rows;
        if (cck_grow(&rows, &run->row_cap, run->row_count + 1, sizeof row) != CCK_OK)
            return CCK_ENOMEM;
        run->rows = rows;
    }
    row.label = row_label(entry->record, &row.label_length);
    if (!row.label)
        return CCK_ENOMEM;
    if (run->row_count == top) {
        cck_free(run->rows[top - 1].label); /* the last one drops out */
        run->row_count--;
    }
    size_t at = run->row_count;
    while (at > 0 && ranks_above(&row, &run->rows[at - 1]))
        at--;
    memmove(&run->rows[at + 1], &run->rows[at], (run->row_count - at) * sizeof row);
    run->rows[at] = row;
    run->row_count++;
    return CCK_OK;
}

int cck_report_summary_begin(cck_buf *out, cck_report_run *run)
{
    (void)out;
    (void)run;
    return CCK_OK;
}

int cck_report_summary_entry(cck_buf *out, cck_report_run *run,
                             const cck_report_entry *entry)
{
    (void)out;
    cck_report_counts counts;
    count_findings(entry, &counts);
    int status = entry->profile ? rank_entry(run, entry, &counts) : CCK_OK;
    cck_report_run_add(run, entry);
    return status;
}

int cck_report_summary_entry_counts(cck_buf *out, cck_report_run *run,
                                    const cck_report_entry *entry,
                                    const cck_report_counts *counts)
{
    (void)out;
    int status = entry->profile ? rank_entry(run, entry, counts) : CCK_OK;
    cck_report_entry counted = *entry; /* its findings, if any, are not counted twice */
    counted.findings = NULL;
    counted.finding_count = 0;
    cck_report_run_add(run, &counted);
    add_counts(run, counts);
    for (unsigned severity = 0; severity < 4; severity++)
        run->results += counts->by_severity[severity];
    return status;
}

/* ---- output --------------------------------------------------------------------- */

/* 1234567 as "1,234,567". */
static int put_grouped(cck_buf *out, size_t n)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%zu", n);
    if (len <= 0)
        return CCK_ENOMEM;
    int status = CCK_OK;
    for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            status |= cck_buf_putc(out, ',');
        status |= cck_buf_putc(out, digits[i]);
    }
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_counted(cck_buf *out, size_t n, const char *one, const char *many)
{
    int status = put_grouped(out, n);
    status |= cck_buf_printf(out, " %s", n == 1 ? one : many);
    return status ? CCK_ENOMEM : CCK_OK;
}

/* "34%" of part in whole, or "-" when whole is 0. */
static void share_text(char *text, size_t size, size_t part, size_t whole)
{
    if (whole == 0)
        snprintf(text, size, "-");
    else
        snprintf(text, size, "%.0f%%", 100.0 * (double)part / (double)whole);
}

enum { COLUMNS = 8, CELL = 32 };

static const char *const headers[COLUMNS] = {"rank",   "errors", "warnings", "info",
                                             "claims", "per 1k words", "hedged",
                                             "sourced"};

static void row_cells(const struct cck_summary_row *row, size_t rank,
                      char cells[COLUMNS][CELL])
{
    snprintf(cells[0], CELL, "%zu", rank);
    snprintf(cells[1], CELL, "%zu", row->findings[CCK_SEVERITY_ERROR]);
    snprintf(cells[2], CELL, "%zu", row->findings[CCK_SEVERITY_WARNING]);
    snprintf(cells[3], CELL, "%zu", row->findings[CCK_SEVERITY_INFO]);
    snprintf(cells[4], CELL, "%zu", row->claims);
    snprintf(cells[5], CELL, "%.1f", row->density);
    share_text(cells[6], CELL, row->hedged, row->claims);
    share_text(cells[7], CELL, row->sourced, row->claims);
}

static int put_table(cck_buf *out, const cck_report_run *run)
{
    size_t width[COLUMNS];
    for (size_t c = 0; c < COLUMNS; c++)
        width[c] = strlen(headers[c]);
    char cells[COLUMNS][CELL];
    for (size_t r = 0; r < run->row_count; r++) {
        row_cells(&run->rows[r], r + 1, cells);
        for (size_t c = 0; c < COLUMNS; c++)
            if (strlen(cells[c]) > width[c])
                width[c] = strlen(cells[c]);
    }
    int status = CCK_OK;
    for (size_t c = 0; c < COLUMNS; c++)
        status |= cck_buf_printf(out, "  %*s", (int)width[c], headers[c]);
    status |= cck_buf_puts(out, "  file\n");
    for (size_t r = 0; r < run->row_count; r++) {
        const struct cck_summary_row *row = &run->rows[r];
        row_cells(row, r + 1, cells);
        for (size_t c = 0; c < COLUMNS; c++)
            status |= cck_buf_printf(out, "  %*s", (int)width[c], cells[c]);
        status |= cck_buf_puts(out, "  ");
        status |= cck_escape_text(out, row->label, row->label_length, CCK_ESCAPE_FLATTEN);
        status |= cck_buf_putc(out, '\n');
    }
    return status ? CCK_ENOMEM : CCK_OK;
}

/* "10 files, 3 records" (the parts that are not zero; "nothing" when both are). */
static int put_inputs(cck_buf *out, const cck_report_run *run)
{
    int status = CCK_OK;
    if (run->documents || !run->records)
        status |= put_counted(out, run->documents, "file", "files");
    if (run->records) {
        if (run->documents)
            status |= cck_buf_puts(out, ", ");
        status |= put_counted(out, run->records, "record", "records");
    }
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_totals(cck_buf *out, const cck_report_run *run)
{
    const cck_profile *p = &run->profile;
    int status = cck_buf_puts(out, "Totals: ");
    status |= put_inputs(out, run);
    status |= cck_buf_puts(out, ", ");
    status |= put_counted(out, run->bytes, "byte", "bytes");
    status |= cck_buf_puts(out, ", ");
    status |= put_counted(out, p->words, "word", "words");
    status |= cck_buf_putc(out, '\n');
    if (run->failed) /* counted in the files and records above */
        status |= cck_buf_printf(out, "  %zu not read or not fully scanned (see the errors above)\n",
                                 run->failed);
    status |= cck_buf_puts(out, "  findings: ");
    size_t total = run->findings[1] + run->findings[2] + run->findings[3];
    status |= put_grouped(out, total);
    status |= cck_buf_printf(out, " (%zu error%s, %zu warning%s, %zu info)\n",
                             run->findings[3], run->findings[3] == 1 ? "" : "s",
                             run->findings[2], run->findings[2] == 1 ? "" : "s",
                             run->findings[1]);
    char hedged[CELL], sourced[CELL];
    share_text(hedged, CELL, p->hedged_claims, p->claims);
    share_text(sourced, CELL, p->sourced_claims, p->claims);
    status |= cck_buf_puts(out, "  claims: ");
    status |= put_grouped(out, p->claims);
    status |= cck_buf_printf(out, " (%.1f per 1,000 words); hedged share %s; evidence share %s\n",
                             cck_report_claim_density(p), hedged, sourced);
    if (total) {
        status |= cck_buf_puts(out, "  by category:\n");
        size_t name_width = 0;
        for (size_t c = 0; c < CCK_CATEGORY_COUNT; c++) {
            const cck_rule *rule = cck_rule_get((cck_category)c);
            if (rule && run->by_category[c] && strlen(rule->name) > name_width)
                name_width = strlen(rule->name);
        }
        for (size_t c = 0; c < CCK_CATEGORY_COUNT; c++) {
            const cck_rule *rule = cck_rule_get((cck_category)c);
            if (!rule || !run->by_category[c])
                continue;
            status |= cck_buf_printf(out, "    %-*s %6zu  [%s]\n", (int)name_width,
                                     rule->name, run->by_category[c], rule->id);
        }
    }
    return status ? CCK_ENOMEM : CCK_OK;
}

static const char *const discuss_names[4] = {"cost", "harms", "evidence quality",
                                             "alternatives"};

/* The profile of a run's only document, as a checklist. */
static int put_checklist(cck_buf *out, const cck_report_run *run)
{
    const cck_profile *p = &run->profile;
    char hedged[CELL], sourced[CELL];
    share_text(hedged, CELL, p->hedged_claims, p->claims);
    share_text(sourced, CELL, p->sourced_claims, p->claims);
    int status = cck_buf_puts(out, "\nProfile");
    if (run->row_count == 1) {
        status |= cck_buf_puts(out, " of ");
        status |= cck_escape_text(out, run->rows[0].label, run->rows[0].label_length,
                                  CCK_ESCAPE_FLATTEN);
    }
    status |= cck_buf_puts(out, ":\n");
    status |= cck_buf_printf(out, "  %-28s %.1f\n", "claims per 1,000 words",
                             cck_report_claim_density(p));
    status |= cck_buf_printf(out, "  %-28s %s (%zu of %zu)\n", "share hedged", hedged,
                             p->hedged_claims, p->claims);
    status |= cck_buf_printf(out, "  %-28s %s (%zu of %zu)\n", "share with evidence", sourced,
                             p->sourced_claims, p->claims);
    status |= cck_buf_printf(out, "  %-28s %d, %s\n", "strongest claim", p->claim_level,
                             cck_report_claim_level_name(p->claim_level));
    status |= cck_buf_printf(out, "  %-28s %d, %s\n", "strongest evidence",
                             p->evidence_level,
                             cck_report_evidence_level_name(p->evidence_level));
    for (unsigned bit = 0; bit < 4; bit++) {
        char label[CELL * 2];
        snprintf(label, sizeof label, "discusses %s", discuss_names[bit]);
        status |= cck_buf_printf(out, "  %-28s %s\n", label,
                                 (p->discusses & (1u << bit)) ? "yes" : "no");
    }
    return status ? CCK_ENOMEM : CCK_OK;
}

/* For many documents: how many of them discuss each topic. */
static int put_discussions(cck_buf *out, const cck_report_run *run)
{
    int status = cck_buf_puts(out, "  discuss:");
    for (unsigned bit = 0; bit < 4; bit++)
        status |= cck_buf_printf(out, "%s %s %zu of %zu", bit ? "," : "", discuss_names[bit],
                                 run->discusses[bit], run->scanned);
    status |= cck_buf_putc(out, '\n');
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_summary_end(cck_buf *out, cck_report_run *run)
{
    size_t scanned = run->scanned;
    int status = CCK_OK;
    if (run->row_count) {
        status |= cck_buf_printf(out, "Worst %zu of %zu, by errors, warnings, then claims "
                                      "per 1,000 words:\n",
                                 run->row_count, scanned);
        status |= put_table(out, run);
        status |= cck_buf_putc(out, '\n');
    }
    status |= put_totals(out, run);
    if (scanned == 1) /* the one that was read, beside any that could not be */
        status |= put_checklist(out, run);
    else if (scanned > 1)
        status |= put_discussions(out, run);
    return status ? CCK_ENOMEM : CCK_OK;
}
