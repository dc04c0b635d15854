/* fake_engine.c - a stand-in for libclaimcheck, linked into cck-eval-fake only, so that
 * the evaluation program can be tested end to end with findings it can predict.
 * It knows a handful of literal words; nothing here is the real analyzer.
 *
 * Sentences end at '.', '!' or '?' followed by a space, a newline or the end. In each:
 *   "not "                         no claim at all (a crude negation)
 *   "guaranteed"                   certainty, level 5, error
 *   "cures" / "prevents" / "regrows"  cure / prevention / regeneration, level 4, warning
 *   "can "                         level 3 (no finding by itself)
 *   "may "                         hedge: any finding becomes info, level 2
 *   "linked to"                    level 1
 * Findings need "stem cell" or "PRP" in the sentence unless all_topics is set; the
 * profile's claim_level is the strongest level on the sentences that count. */
#include <stdlib.h>
#include <string.h>

#include "claimcheck.h"

struct cck_lexicon {
    int loaded;
};
struct cck_engine {
    int all_topics;
};
struct cck_scanner {
    const cck_engine *engine;
};

static const cck_rule fake_rules[] = {
    {CCK_CATEGORY_PREVENTION, "prevention-claim", "prevention", "", "", CCK_SEVERITY_WARNING},
    {CCK_CATEGORY_CURE, "cure-claim", "cure", "", "", CCK_SEVERITY_WARNING},
    {CCK_CATEGORY_REGENERATION, "regeneration-claim", "regeneration", "", "",
     CCK_SEVERITY_WARNING},
    {CCK_CATEGORY_CERTAINTY, "certainty-booster", "certainty", "", "", CCK_SEVERITY_ERROR},
};

const char *cck_status_string(int status)
{
    return status == CCK_OK ? "ok" : "fake failure";
}

const char *cck_severity_name(cck_severity severity)
{
    static const char *const names[] = {"none", "info", "warning", "error"};
    return (unsigned)severity < 4 ? names[severity] : "none";
}

cck_lexicon *cck_lexicon_new(void)
{
    return calloc(1, sizeof(cck_lexicon));
}

void cck_lexicon_free(cck_lexicon *lexicon)
{
    free(lexicon);
}

int cck_lexicon_load_defaults(cck_lexicon *lexicon, cck_error *error)
{
    (void)error;
    lexicon->loaded = 1;
    return CCK_OK;
}

void cck_options_init(cck_options *options)
{
    memset(options, 0, sizeof *options);
}

int cck_engine_new(const cck_lexicon *lexicon, const cck_options *options, cck_engine **engine,
                   cck_error *error)
{
    (void)lexicon;
    (void)error;
    *engine = calloc(1, sizeof(cck_engine));
    if (!*engine)
        return CCK_ENOMEM;
    (*engine)->all_topics = options ? options->all_topics : 0;
    return CCK_OK;
}

void cck_engine_free(cck_engine *engine)
{
    free(engine);
}

cck_scanner *cck_scanner_new(const cck_engine *engine)
{
    cck_scanner *scanner = calloc(1, sizeof *scanner);
    if (scanner)
        scanner->engine = engine;
    return scanner;
}

void cck_scanner_free(cck_scanner *scanner)
{
    free(scanner);
}

static int contains(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(s + i, word, n) == 0)
            return 1;
    return 0;
}

/* Analyses s[0..len) at offset; returns the sentence's claim level (-1: does not count). */
static int fake_sentence(const cck_scanner *scanner, const char *s, size_t offset, size_t len,
                         const cck_scan_callbacks *callbacks, cck_profile *profile)
{
    const char *text = s + offset;
    const cck_rule *rule = NULL;
    int level = 0;
    int hedged = contains(text, len, "may ");
    cck_finding finding;
    if (!scanner->engine->all_topics && !contains(text, len, "stem cell") &&
        !contains(text, len, "PRP"))
        return -1;
    if (contains(text, len, "not "))
        return 0;
    if (contains(text, len, "guaranteed")) {
        rule = &fake_rules[3];
        level = 5;
    } else if (contains(text, len, "cures")) {
        rule = &fake_rules[1];
        level = 4;
    } else if (contains(text, len, "prevents")) {
        rule = &fake_rules[0];
        level = 4;
    } else if (contains(text, len, "regrows")) {
        rule = &fake_rules[2];
        level = 4;
    } else if (contains(text, len, "can ")) {
        level = 3;
    } else if (contains(text, len, "linked to")) {
        level = 1;
    }
    if (hedged && level > 2)
        level = 2;
    if (!rule)
        return level;
    memset(&finding, 0, sizeof finding);
    finding.rule = rule;
    finding.severity = hedged ? CCK_SEVERITY_INFO : rule->default_severity;
    finding.claim_level = level;
    finding.sentence.offset = offset;
    finding.sentence.length = len;
    finding.message = "fake";
    if (profile)
        profile->findings[finding.severity]++;
    if (callbacks && callbacks->on_finding &&
        callbacks->on_finding(&finding, callbacks->user_data) != 0)
        return -2;
    return level;
}

int cck_scanner_scan(cck_scanner *scanner, const char *buf, size_t len,
                     const cck_scan_callbacks *callbacks, cck_profile *profile)
{
    size_t start = 0;
    if (profile) {
        memset(profile, 0, sizeof *profile);
        profile->bytes = len;
    }
    while (start < len) {
        size_t end = start;
        int level;
        while (end < len) {
            char c = buf[end++];
            if ((c == '.' || c == '!' || c == '?') &&
                (end == len || buf[end] == ' ' || buf[end] == '\n'))
                break;
        }
        level = fake_sentence(scanner, buf, start, end - start, callbacks, profile);
        if (level == -2)
            return CCK_ESTOP;
        if (profile && level > profile->claim_level)
            profile->claim_level = level;
        while (end < len && (buf[end] == ' ' || buf[end] == '\n'))
            end++;
        start = end;
    }
    return CCK_OK;
}
