/* json.c - the JSON document printer: one document per run ("schema": "claimcheck/1"),
 * whose "files" elements are the JSON Lines objects written by jsonl.c (so the two
 * formats cannot drift apart), followed by the run's summary. The schema is in
 * tests/json/claimcheck-1.schema.json. */
#include <string.h>

#include "report/formats.h"

#define SCHEMA "claimcheck/1"

int cck_report_json_begin(cck_buf *out, cck_report_run *run)
{
    (void)run;
    return cck_buf_puts(out, "{\"schema\":\"" SCHEMA "\",\"tool\":{\"name\":\"claimcheck\","
                             "\"version\":\"" CCK_VERSION_STRING "\"},\"files\":[\n");
}

int cck_report_json_entry(cck_buf *out, cck_report_run *run, const cck_report_entry *entry)
{
    const cck_report_record *record = entry->record;
    int status = run->entries ? cck_buf_puts(out, ",\n") : CCK_OK;
    status |= cck_report_jsonl_begin(out, record);
    size_t count = entry->finding_count;
    for (size_t i = 0; i < count; i++)
        status |= cck_report_jsonl_finding(out, record, &entry->findings[i], i);
    status |= cck_report_jsonl_end(out, record, entry->profile, entry->diagnostics,
                                   entry->diagnostic_count, entry->error);
    /* A JSON Lines object ends its line; here the separator does. */
    if (status == CCK_OK && out->len && out->data[out->len - 1] == '\n')
        out->data[--out->len] = '\0';
    cck_report_run_add(run, entry);
    return status ? CCK_ENOMEM : CCK_OK;
}

/* ,"key":value with 4 decimals (value >= 0), written without printf's %f so that no
 * locale can turn the point into a comma. */
static int put_decimal(cck_buf *out, const char *key, double value)
{
    double scaled = value * 10000.0 + 0.5;
    if (!(scaled >= 0.0) || scaled >= 1e18)
        return cck_buf_printf(out, ",\"%s\":null", key);
    unsigned long long n = (unsigned long long)scaled;
    return cck_buf_printf(out, ",\"%s\":%llu.%04llu", key, n / 10000u, n % 10000u);
}

/* part/whole as a number, or null when whole is 0. */
static int put_share(cck_buf *out, const char *key, size_t part, size_t whole)
{
    if (whole == 0)
        return cck_buf_printf(out, ",\"%s\":null", key);
    return put_decimal(out, key, (double)part / (double)whole);
}

int cck_report_json_end(cck_buf *out, cck_report_run *run)
{
    const cck_profile *p = &run->profile;
    int status = cck_buf_puts(out, run->entries ? "\n]" : "]");
    status |= cck_buf_printf(out, ",\"summary\":{\"files\":%zu,\"records\":%zu", run->documents,
                             run->records);
    status |= cck_buf_printf(out, ",\"failed\":%zu,\"problems\":%zu,\"bytes\":%zu",
                             run->failed, run->problems, run->bytes);
    status |= cck_buf_printf(out, ",\"words\":%zu,\"sentences\":%zu,\"claims\":%zu",
                             p->words, p->sentences, p->claims);
    status |= cck_buf_printf(out, ",\"hedged_claims\":%zu,\"sourced_claims\":%zu",
                             p->hedged_claims, p->sourced_claims);
    status |= put_share(out, "hedged_share", p->hedged_claims, p->claims);
    status |= put_share(out, "evidence_share", p->sourced_claims, p->claims);
    if (p->words)
        status |= put_decimal(out, "claims_per_1000_words", cck_report_claim_density(p));
    else
        status |= cck_buf_puts(out, ",\"claims_per_1000_words\":null");
    status |= cck_buf_printf(out, ",\"claim_level\":%d,\"evidence_level\":%d", p->claim_level,
                             p->evidence_level);
    status |= cck_buf_printf(out,
                             ",\"findings_by_severity\":{\"error\":%zu,\"warning\":%zu,"
                             "\"info\":%zu}",
                             run->findings[CCK_SEVERITY_ERROR],
                             run->findings[CCK_SEVERITY_WARNING],
                             run->findings[CCK_SEVERITY_INFO]);
    status |= cck_buf_puts(out, ",\"findings_by_category\":{");
    for (size_t c = 0; c < CCK_CATEGORY_COUNT; c++) {
        const cck_rule *rule = cck_rule_get((cck_category)c);
        status |= cck_buf_printf(out, "%s\"%s\":%zu", c ? "," : "", rule ? rule->name : "?",
                                 run->by_category[c]);
    }
    status |= cck_buf_printf(out,
                             "},\"discusses\":{\"cost\":%zu,\"harms\":%zu,"
                             "\"evidence_quality\":%zu,\"alternatives\":%zu}",
                             run->discusses[0], run->discusses[1], run->discusses[2],
                             run->discusses[3]);
    status |= cck_buf_printf(out, ",\"invalid_utf8\":%zu}}\n", p->invalid_utf8);
    return status ? CCK_ENOMEM : CCK_OK;
}
