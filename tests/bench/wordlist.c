/* wordlist.c - flattens claimcheck's lexicon files into a plain word list for the grep and
 * rg baselines, holds the built-in fallback list, and writes the generated "10x" lexicon. */
#include "bench.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT(arr) (sizeof(arr) / sizeof((arr)[0]))
#define MAX_FORMS 4096 /* expansions kept per phrase, against runaway braces */

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Lowercases ASCII letters, collapses blanks to one space, trims; NULL when empty. */
static char *normalize_phrase(const char *s, size_t n)
{
    char *out = cck_bench_xrealloc(NULL, n + 1);
    size_t len = 0;
    int pending_space = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_blank(s[i])) {
            pending_space = len > 0;
            continue;
        }
        if (pending_space)
            out[len++] = ' ';
        pending_space = 0;
        out[len++] = ascii_lower(s[i]);
    }
    out[len] = '\0';
    if (len == 0) {
        free(out);
        return NULL;
    }
    return out;
}

static char *concat3(const char *a, size_t an, const char *b, size_t bn, const char *c,
                     size_t cn)
{
    if (an > SIZE_MAX / 4 || bn > SIZE_MAX / 4 || cn > SIZE_MAX / 4)
        cck_bench_die("phrase too long");
    char *out = cck_bench_xrealloc(NULL, an + bn + cn + 1);
    memcpy(out, a, an);
    memcpy(out + an, b, bn);
    memcpy(out + an + bn, c, cn);
    out[an + bn + cn] = '\0';
    return out;
}

/* Words ending in '~' become w, ws, wed, wing (and wd, w-ing for words ending in 'e'). */
static void expand_tilde(const char *phrase, cck_bench_strvec *out)
{
    cck_bench_strvec forms = {0};
    cck_bench_strvec_push(&forms, cck_bench_xstrndup("", 0));
    const char *p = phrase;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *word = p;
        while (*p && *p != ' ')
            p++;
        size_t wlen = (size_t)(p - word);
        cck_bench_strvec endings = {0};
        if (wlen > 1 && word[wlen - 1] == '~') {
            size_t stem = wlen - 1;
            static const char *const suffixes[] = {"", "s", "ed", "ing"};
            for (size_t i = 0; i < COUNT(suffixes); i++)
                cck_bench_strvec_push(&endings,
                                      concat3(word, stem, suffixes[i], strlen(suffixes[i]), "", 0));
            if (word[stem - 1] == 'e') {
                cck_bench_strvec_push(&endings, concat3(word, stem, "d", 1, "", 0));
                cck_bench_strvec_push(&endings, concat3(word, stem - 1, "ing", 3, "", 0));
            }
        } else {
            cck_bench_strvec_push(&endings, cck_bench_xstrndup(word, wlen));
        }
        cck_bench_strvec next = {0};
        for (size_t i = 0; i < forms.len && next.len < MAX_FORMS; i++)
            for (size_t j = 0; j < endings.len && next.len < MAX_FORMS; j++) {
                const char *head = forms.items[i];
                size_t hlen = strlen(head);
                cck_bench_strvec_push(&next, concat3(head, hlen, hlen ? " " : "", hlen ? 1 : 0,
                                                     endings.items[j], strlen(endings.items[j])));
            }
        cck_bench_strvec_free(&endings);
        cck_bench_strvec_free(&forms);
        forms = next;
    }
    for (size_t i = 0; i < forms.len; i++) {
        char *norm = normalize_phrase(forms.items[i], strlen(forms.items[i]));
        if (norm)
            cck_bench_strvec_push(out, norm);
    }
    cck_bench_strvec_free(&forms);
}

/* Expands {a,b,} alternatives (nesting allowed) with a work list, then the '~' forms. */
static void expand_phrase(const char *s, size_t n, cck_bench_strvec *out)
{
    cck_bench_strvec work = {0};
    size_t produced = 0;
    cck_bench_strvec_push(&work, cck_bench_xstrndup(s, n));
    while (work.len > 0) {
        char *cur = work.items[--work.len];
        char *open = strchr(cur, '{');
        char *close = NULL;
        if (open) {
            int depth = 0;
            for (char *q = open; *q; q++) {
                if (*q == '{')
                    depth++;
                else if (*q == '}' && --depth == 0) {
                    close = q;
                    break;
                }
            }
        }
        if (!open || !close) {
            if (produced++ < MAX_FORMS)
                expand_tilde(cur, out);
            free(cur);
            continue;
        }
        /* split the inside at top-level commas */
        const char *alt = open + 1;
        int depth = 0;
        for (const char *q = open + 1; q <= close; q++) {
            if (*q == '{')
                depth++;
            else if (*q == '}' && depth > 0)
                depth--;
            else if ((*q == ',' && depth == 0) || q == close) {
                if (work.len < MAX_FORMS)
                    cck_bench_strvec_push(&work,
                                          concat3(cur, (size_t)(open - cur), alt,
                                                  (size_t)(q - alt), close + 1, strlen(close + 1)));
                alt = q + 1;
            }
        }
        free(cur);
    }
    cck_bench_strvec_free(&work);
}

/* Splits a phrase at "..." and "…" gaps, expanding each part. */
static void flatten_phrase(const char *s, size_t n, cck_bench_strvec *out)
{
    static const char ellipsis[] = "\xE2\x80\xA6";
    size_t start = 0;
    size_t i = 0;
    while (i <= n) {
        size_t gap = 0;
        if (i + 3 <= n && memcmp(s + i, "...", 3) == 0)
            gap = 3;
        else if (i + 3 <= n && memcmp(s + i, ellipsis, 3) == 0)
            gap = 3;
        if (gap || i == n) {
            if (i > start)
                expand_phrase(s + start, i - start, out);
            i += gap ? gap : 1;
            start = i;
        } else {
            i++;
        }
    }
}

static void note_head(cck_bench_lexicon_info *info, const char *cat, size_t catlen,
                      const char *level, size_t levellen)
{
    char *head = concat3(cat, catlen, " ", 1, level, levellen);
    for (size_t i = 0; i < info->heads.len; i++)
        if (strcmp(info->heads.items[i], head) == 0) {
            free(head);
            return;
        }
    cck_bench_strvec_push(&info->heads, head);
}

static void flatten_buffer(const char *buf, size_t len, cck_bench_lexicon_info *info)
{
    size_t pos = 0;
    while (pos < len) {
        size_t end = pos;
        while (end < len && buf[end] != '\n')
            end++;
        const char *p = buf + pos;
        const char *e = buf + end;
        pos = end + 1;
        while (p < e && is_blank(*p))
            p++;
        if (p == e || *p == '#')
            continue;
        const char *cat = p;
        while (p < e && !is_blank(*p))
            p++;
        size_t catlen = (size_t)(p - cat);
        while (p < e && is_blank(*p))
            p++;
        const char *level = p;
        while (p < e && !is_blank(*p))
            p++;
        size_t levellen = (size_t)(p - level);
        while (p < e && is_blank(*p))
            p++;
        if (p == e || levellen == 0)
            continue; /* not an entry; claimcheck --check-lexicons reports these */
        info->entries++;
        note_head(info, cat, catlen, level, levellen);
        if (*p == '/') {
            info->regex_skipped++;
            continue;
        }
        for (const char *q = p; q + 1 < e; q++)
            if (q[0] == '=' && q[1] == '>') {
                e = q;
                break;
            }
        flatten_phrase(p, (size_t)(e - p), &info->phrases);
    }
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && memcmp(s + n - m, suffix, m) == 0;
}

int cck_bench_lexicon_flatten(const char *dir, cck_bench_lexicon_info *info)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    cck_bench_strvec names = {0};
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL)
        if (ent->d_name[0] != '.' && has_suffix(ent->d_name, ".lex"))
            cck_bench_strvec_push(&names, cck_bench_xstrndup(ent->d_name, strlen(ent->d_name)));
    closedir(d);
    if (names.len > 1)
        qsort(names.items, names.len, sizeof(char *), compare_strings);
    for (size_t i = 0; i < names.len; i++) {
        char path[4096];
        int n = snprintf(path, sizeof path, "%s/%s", dir, names.items[i]);
        cck_bench_buf text = {0};
        if (n < 0 || (size_t)n >= sizeof path || cck_bench_file_read(path, &text) != 0) {
            fprintf(stderr, "cck-bench: warning: cannot read %s/%s\n", dir, names.items[i]);
            continue;
        }
        info->files++;
        flatten_buffer(text.data, text.len, info);
        cck_bench_buf_free(&text);
    }
    cck_bench_strvec_free(&names);
    /* sort and drop duplicates */
    cck_bench_strvec *ph = &info->phrases;
    if (ph->len > 1)
        qsort(ph->items, ph->len, sizeof(char *), compare_strings);
    size_t kept = 0;
    for (size_t i = 0; i < ph->len; i++) {
        if (kept > 0 && strcmp(ph->items[kept - 1], ph->items[i]) == 0)
            free(ph->items[i]);
        else
            ph->items[kept++] = ph->items[i];
    }
    ph->len = kept;
    return 0;
}

void cck_bench_lexicon_info_free(cck_bench_lexicon_info *info)
{
    cck_bench_strvec_free(&info->phrases);
    cck_bench_strvec_free(&info->heads);
}

/* ---- the built-in fallback: about 300 words and phrases of the domain ---- */

static const char *const fallback_words[] = {
    /* topic */
    "stem cell", "stem cells", "stem cell therapy", "stem cell treatment", "mesenchymal",
    "mesenchymal stem cells", "msc", "mscs", "prp", "platelet-rich plasma",
    "platelet rich plasma", "platelets", "exosome", "exosomes", "exosome therapy",
    "secretome", "amniotic", "amniotic fluid", "umbilical cord", "cord blood",
    "wharton's jelly", "bone marrow", "bone marrow concentrate", "bmac", "adipose",
    "adipose-derived", "fat-derived", "stromal vascular fraction", "svf", "regenerative",
    "regenerative medicine", "regenerative therapy", "regenerative injections",
    "growth factors", "prolotherapy", "placental", "biologics", "cell therapy",
    "orthobiologics", "ipsc", "embryonic stem cells", "injection", "injections",
    /* regeneration, reversal */
    "regenerate", "regenerates", "regenerated", "regenerating", "regeneration", "regrow",
    "regrows", "regrew", "regrowing", "regrowth", "rebuild", "rebuilds", "rebuilt",
    "rebuilding", "reverse", "reverses", "reversed", "reversing", "reversal", "restore",
    "restores", "restored", "restoring", "restoration", "repair", "repairs", "repaired",
    "repairing", "rejuvenate", "rejuvenates", "rejuvenated", "rejuvenating",
    "rejuvenation", "renew", "renews", "renewal", "revitalize", "revitalizes",
    /* cure, efficacy */
    "cure", "cures", "cured", "curing", "heal", "heals", "healed", "healing", "fix",
    "fixes", "fixed", "eliminate", "eliminates", "eliminated", "eradicate", "eradicates",
    "treat", "treats", "treated", "resolve", "resolves", "resolved", "relieve", "relieves",
    "pain-free", "pain free", "works", "effective",
    /* prevention */
    "prevent", "prevents", "prevented", "preventing", "prevention", "preventive",
    "protect against", "protects against", "stop", "stops", "halt", "halts", "ward off",
    "slow aging", "anti-aging",
    /* certainty boosters, hype */
    "proven", "clinically proven", "scientifically proven", "guaranteed", "guarantee",
    "always", "never fails", "miracle", "miraculous", "breakthrough", "revolutionary",
    "game changer", "game-changer", "cutting-edge", "amazing", "incredible",
    "life-changing", "unbelievable", "instant", "instantly", "permanent", "permanently",
    "completely", "totally", "definitely", "certainly", "undeniable", "no doubt",
    "fountain of youth", "root cause",
    /* safety absolutes */
    "no side effects", "risk-free", "risk free", "no risk", "completely safe", "totally safe",
    "all-natural", "non-invasive", "no downtime", "harmless", "safe and effective",
    /* regulatory */
    "fda approved", "fda-approved", "fda cleared", "fda registered", "approved by the fda",
    "government approved", "certified",
    /* surgery avoidance */
    "no surgery", "without surgery", "avoid surgery", "no need for surgery",
    "alternative to surgery", "instead of surgery", "knee replacement", "hip replacement",
    /* hedges */
    "may", "might", "could", "can help", "may help", "might help", "could help", "possibly",
    "potentially", "perhaps", "suggest", "suggests", "suggested", "early studies",
    "preliminary", "pilot study", "some patients", "in some cases", "remains uncertain",
    "unclear", "more research", "further research", "being studied", "being investigated",
    "investigational", "experimental", "appears to", "seems to", "likely", "unlikely",
    "limited evidence", "results vary",
    /* negation */
    "no evidence", "not", "never", "neither", "nor", "lack of evidence", "unproven",
    "not proven", "no proof", "does not", "do not", "did not", "cannot", "can't", "won't",
    "failed to", "fails to", "no benefit", "no difference", "debunked", "myth", "misleading",
    /* evidence */
    "study", "studies", "trial", "trials", "randomized", "randomised",
    "randomized controlled trial", "rct", "placebo", "placebo-controlled", "double-blind",
    "controlled trial", "meta-analysis", "systematic review", "review", "cohort",
    "observational", "case report", "case series", "peer-reviewed", "published", "journal",
    "participants", "mice", "rats", "animal study", "in vitro", "lab study", "cell culture",
    "pubmed", "phase 1", "phase 2", "phase 3", "saline",
    /* attribution, anecdote */
    "according to", "claims", "claimed", "critics say", "reportedly", "testimonial",
    "patients say", "swears by", "changed my life", "worked for me", "i tried",
    /* conditions */
    "cartilage", "tendon", "tendons", "ligament", "ligaments", "meniscus", "rotator cuff",
    "acl", "knee", "knees", "hip", "shoulder", "spine", "disc", "discs", "osteoarthritis",
    "arthritis", "tendinitis", "tendinopathy", "tennis elbow", "plantar fasciitis",
    "back pain", "joint pain", "hair loss", "alopecia", "wrinkles", "aging", "als", "autism",
    "parkinson's", "alzheimer's", "multiple sclerosis", "spinal cord injury", "stroke",
    "heart failure", "heart damage", "copd", "diabetes", "erectile dysfunction",
    "macular degeneration", "lupus", "long covid", "cerebral palsy", "neuropathy",
    "nerve damage",
};

size_t cck_bench_fallback_words(const char *const **words)
{
    *words = fallback_words;
    return COUNT(fallback_words);
}

/* ---- the generated lexicon for the scaling run ---- */

static const char *const syllables[] = {
    "zor", "blat", "quin", "vex", "mur", "tal", "dro", "fen", "gax", "lup",
    "tiv", "nok", "sar", "bem", "cul", "yth", "pra", "wen", "kol", "dus",
};

/* A made-up word: a random syllable, then index spelled in base 20 (unique per index). */
static void put_made_up_word(cck_bench_buf *b, uint64_t *state, size_t index)
{
    *state = *state * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
    cck_bench_buf_put(b, syllables[(size_t)(*state >> 33) % COUNT(syllables)]);
    do {
        cck_bench_buf_put(b, syllables[index % COUNT(syllables)]);
        index /= COUNT(syllables);
    } while (index > 0);
}

int cck_bench_lexicon_write_extra(const char *path, uint64_t seed, size_t count,
                                  const cck_bench_strvec *heads)
{
    cck_bench_buf out = {0};
    uint64_t state = seed ^ UINT64_C(0x5851F42D4C957F2D);
    cck_bench_buf_put(&out, "# Generated by cck-bench for the lexicon scaling run; not a real "
                            "lexicon.\n");
    for (size_t i = 0; i < count; i++) {
        if (heads->len > 0)
            cck_bench_buf_put(&out, heads->items[i % heads->len]);
        else
            cck_bench_buf_put(&out, "claim/cure 4");
        cck_bench_buf_put(&out, "  ");
        switch (i % 10) {
        case 0: case 1: case 2: case 3: case 4: case 5: /* inflected word */
            put_made_up_word(&out, &state, i);
            cck_bench_buf_putc(&out, '~');
            break;
        case 6: case 7: /* two-word phrase */
            put_made_up_word(&out, &state, i);
            cck_bench_buf_putc(&out, ' ');
            put_made_up_word(&out, &state, i + count);
            break;
        case 8: /* brace alternatives */
            put_made_up_word(&out, &state, i);
            cck_bench_buf_put(&out, "{,s,ity}");
            break;
        default: /* plain word */
            put_made_up_word(&out, &state, i);
            break;
        }
        cck_bench_buf_putc(&out, '\n');
    }
    int rc = cck_bench_file_write(path, out.data, out.len);
    cck_bench_buf_free(&out);
    return rc;
}
