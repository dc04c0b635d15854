/* corpus.c - deterministic text for cck-bench: posts, articles and a long document built
 * from template fragments (claims, hedges, negations, neutral and off-topic prose, hashtags,
 * mentions, URLs, emoji, accents and other scripts), driven by a seeded splitmix64. */
#include "bench.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT(arr) (sizeof(arr) / sizeof((arr)[0]))
#define FLUSH_AT ((size_t)1 << 20)

typedef struct rng {
    uint64_t state;
} rng;

static uint64_t rng_next(rng *r)
{
    uint64_t z = (r->state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static size_t rng_below(rng *r, size_t n)
{
    return (size_t)(rng_next(r) % (uint64_t)n);
}

static int rng_chance(rng *r, unsigned percent)
{
    return rng_below(r, 100) < percent;
}

#define PICK(r, arr) ((arr)[rng_below((r), COUNT(arr))])

/* ---- vocabulary ---- */

typedef struct verb {
    const char *base;
    const char *third;
} verb;

static const verb verbs[] = {
    {"regenerate", "regenerates"}, {"heal", "heals"},       {"cure", "cures"},
    {"reverse", "reverses"},       {"repair", "repairs"},   {"restore", "restores"},
    {"rebuild", "rebuilds"},       {"regrow", "regrows"},   {"prevent", "prevents"},
    {"eliminate", "eliminates"},   {"treat", "treats"},     {"fix", "fixes"},
    {"rejuvenate", "rejuvenates"}, {"stop", "stops"},       {"end", "ends"},
};

static const char *const subjects_plural[] = {
    "stem cells", "mesenchymal stem cells", "MSCs", "exosomes", "PRP injections",
    "platelet-rich plasma injections", "umbilical cord stem cells", "amniotic stem cells",
    "stem cell injections", "our exosome treatments", "bone marrow concentrates",
    "fat-derived stem cells", "regenerative injections", "Wharton's jelly products",
    "growth factor shots", "these cell therapies",
};

static const char *const subjects_single[] = {
    "PRP", "platelet-rich plasma", "stem cell therapy", "exosome therapy",
    "our regenerative protocol", "the ExoGlow serum", "bone marrow aspirate concentrate",
    "a single PRP shot", "this stem cell treatment", "amniotic fluid therapy",
    "the clinic's exosome IV", "regenerative medicine", "the secretome spray",
    "cord blood therapy",
};

static const char *const objects[] = {
    "cartilage", "damaged cartilage", "torn tendons", "knee osteoarthritis", "arthritis",
    "hair loss", "ALS", "autism", "spinal cord injuries", "heart damage",
    "erectile dysfunction", "aging skin", "rotator cuff tears", "COPD", "type 1 diabetes",
    "multiple sclerosis", "chronic back pain", "Parkinson's disease", "macular degeneration",
    "tennis elbow", "plantar fasciitis", "ACL tears", "long COVID", "wrinkles",
    "hip dysplasia in dogs", "degenerated discs", "nerve damage", "lung scarring",
    "meniscus tears", "Achilles tendinopathy",
};

static const char *const intensifiers[] = {
    " completely", " permanently", " in just two weeks", " without surgery", " naturally",
    " for good", " in 100% of patients", " with no side effects", " faster than anything else",
    " at the root cause", " in a single visit", " for life", " guaranteed",
};

static const char *const boosters[] = {
    "It is proven that", "Science has shown that", "Guaranteed:", "Doctors agree that",
    "This breakthrough means", "Clinically proven:", "Make no mistake,", "The truth is",
    "100% real:", "Finally,",
};

static const char *const body_parts[] = {
    "knee", "shoulder", "hip", "back", "elbow", "ankle", "Achilles", "wrist", "neck",
};

static const char *const names[] = {
    "Marta Núñez", "John Miller", "Aiko Tanaka", "Zoë Laurent", "Dr. Smith", "Priya Raman",
    "José García", "François Lefèvre", "Sven Øberg", "Li Wei", "Chloé Dubois",
    "Björn Åkesson", "Anna Kowalczyk", "Dr. Okafor",
};

static const char *const places[] = {
    "Austin", "São Paulo", "Zürich", "Tijuana", "Cancún", "Kraków", "Miami", "Seoul",
    "Montréal", "Panama City", "Düsseldorf", "Bogotá", "Reykjavík", "Ōsaka",
};

static const char *const emoji[] = {
    "🙌", "💉", "🧬", "✨", "🦵", "😍", "🔥", "💪", "👏", "🤔", "😂", "❤️", "✅", "⚠️",
    "🏃‍♀️", "👍🏽",
};

static const char *const other_scripts[] = {
    "干细胞治疗", "再生医療", "줄기세포", "幹細胞", "Стволовые клетки", "επανόρθωση",
    "العلاج بالخلايا الجذعية", "膝の痛み",
};

static const char *const hashtags[] = {
    "#stemcells", "#PRP", "#exosomes", "#regenerativemedicine", "#biohacking", "#kneepain",
    "#healing", "#antiaging", "#ortho", "#sportsmedicine", "#wellness", "#longevity", "#MSC",
    "#science", "#health", "#fitness", "#MondayMotivation", "#médecine",
};

static const char *const mentions[] = {
    "@drsmith_ortho", "@RegenClinicMX", "@healthnewsreview", "@FDA", "@marta_runs",
    "@ExoGlowOfficial", "@sciencebased", "@knee_doc", "@WHO", "@zoe_lrnt",
};

static const char *const timeframes[] = {
    "in six weeks", "after one session", "within a month", "overnight", "in 48 hours",
    "after three injections", "by next season",
};

/* Sentence templates: '^' followed by a letter is a slot (see put_slot). */
static const char *const claim_templates[] = {
    "^A ^O^I.", "^B ^A ^O^I.", "^A ^O^I, and the results speak for themselves!",
    "Why wait? ^A ^O^I.", "Say goodbye to ^C: ^A ^O^I.", "Our patients prove it: ^A ^O.",
    "Forget knee replacement — ^A ^O^I.", "^A ^O. No risk, no downtime.",
    "Book now: ^A ^O^I!!!", "^A ^O ^T.", "Is your ^K hurting? ^A ^O^I.",
    "^S is FDA approved and safe for everyone.", "MIRACLE: ^A ^O ^T!",
};

static const char *const hedge_templates[] = {
    "^S may help some patients with ^C.",
    "Early studies suggest that ^A ^O, but more research is needed.",
    "^S might ^V ^O in some cases.", "It is possible that ^S could ^V ^O.",
    "A small pilot study of ^Z patients hinted that ^S may ^V ^O.",
    "Researchers are investigating whether ^S can ^V ^O.",
    "Whether ^S can ^V ^O remains uncertain.",
    "Some patients report less pain after ^S, although results vary.",
    "The evidence for ^S in ^C is still preliminary.",
};

static const char *const negation_templates[] = {
    "There is no evidence that ^A ^O.", "^D ^O, despite what clinics advertise.",
    "No controlled trial has shown that ^A ^O.", "It is not true that ^A ^O.",
    "Claims that ^A ^O are not supported by the evidence.",
    "Regulators warn that ^S cannot ^V ^O.", "Nothing suggests that ^A ^O^I.",
    "A review found no benefit of ^S for ^C.",
};

static const char *const testimonial_templates[] = {
    "“After one session of ^S my ^K stopped hurting,” says ^X from ^Y.",
    "My ^K was shot, and after ^S I’m back to running ^Z miles a week.",
    "I tried ^S last spring and honestly it changed my life.",
    "“I was skeptical,” ^X admits, “but ^S worked for me.”",
    "My mom had ^S in ^Y for her ^C and she swears by it.",
};

static const char *const question_templates[] = {
    "Can ^S really ^V ^O?", "Has anyone tried ^S for ^C?", "Is ^S worth ^P?",
    "If ^A ^O, why isn't every hospital using it?", "Does insurance cover ^S?",
};

static const char *const reported_templates[] = {
    "The clinic claims that ^A ^O^I.",
    "Critics say the idea that ^A ^O is marketing, not medicine.",
    "According to the brochure, ^A ^O.", "The ad promised that ^A ^O^I.",
    "^X, a sports physician in ^Y, said the claim that ^A ^O is overblown.",
};

static const char *const neutral_templates[] = {
    "The clinic on ^Y Street offers ^S for ^P per session.",
    "Stem cells are cells that can divide and become other cell types.",
    "A randomized controlled trial of ^Z patients found no difference between ^S and saline.",
    "The FDA has approved only a few stem cell products, mostly for blood disorders.",
    "The conference on regenerative medicine takes place in ^Y next month.",
    "Insurance usually does not cover ^S.", "^X presented data on ^S at the meeting.",
    "The study followed ^Z participants for two years.",
    "Prices for ^S range from ^P to ^P.",
    "PRP is made by spinning a patient's blood to concentrate the platelets.",
    "Exosomes are tiny vesicles that cells release.",
    "A 2019 meta-analysis pooled ^Z trials of ^S for ^C.",
    "The patient signed a consent form before the procedure.",
    "Side effects reported include pain, swelling and infection at the injection site.",
    "The journal retracted the paper in ^Y after questions about the data.",
};

static const char *const offtopic_templates[] = {
    "The weather in ^Y was perfect for a walk today.", "Just finished a 10k, new personal best!",
    "Anyone know a good pizza place near ^Y?", "The new update fixes crashes on startup.",
    "Sunscreen prevents sunburn, so wear it.", "Our team won the match 3–1 last night.",
    "Meeting moved to Thursday at 3 pm.", "Reading a great book about the history of ^Y.",
    "Coffee first, then emails ☕", "This recipe needs two cups of flour and a pinch of salt.",
    "Traffic on the bridge is terrible again.", "Can't believe how fast this year went.",
    "Kids' soccer practice is cancelled because of rain.",
    "The café on the corner finally reopened.", "New blog post on JavaScript closures is up.",
    "The museum in ^Y is free on Sundays.", "Our garden tomatoes are finally ripe.",
};

static const char *const titles[] = {
    "What ^S can and cannot do for ^C", "Inside the booming market for ^S",
    "^S: hope, hype and the evidence", "Why doctors are wary of ^S for ^C",
    "A patient's guide to ^S", "The ^Y clinics selling ^S", "I tried ^S for my ^K",
};

static const char *const subheads[] = {
    "What the studies say", "The cost", "What patients report", "The risks",
    "What regulators say", "Alternatives", "The bottom line",
};

static const char *const urls[] = {
    "https://example.com/stem-cells/", "https://regen-clinic.example/offer?id=",
    "https://pubmed.ncbi.nlm.nih.gov/", "https://www.example.org/news/2024/",
    "https://t.co/",
};

/* ---- sentence building ---- */

static void put_number(cck_bench_buf *b, size_t n)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%zu", n);
    if (len > 0)
        cck_bench_buf_putn(b, digits, (size_t)len);
}

static void put_url(rng *r, cck_bench_buf *b)
{
    static const char alnum[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    cck_bench_buf_put(b, PICK(r, urls));
    size_t n = 6 + rng_below(r, 6);
    for (size_t i = 0; i < n; i++)
        cck_bench_buf_putc(b, alnum[rng_below(r, sizeof alnum - 1)]);
}

static void put_price(rng *r, cck_bench_buf *b)
{
    size_t hundreds = 5 + rng_below(r, 150);
    cck_bench_buf_putc(b, '$');
    if (hundreds >= 10) {
        put_number(b, hundreds / 10);
        cck_bench_buf_putc(b, ',');
    }
    put_number(b, hundreds % 10);
    cck_bench_buf_put(b, "00");
}

static void put_slot(rng *r, cck_bench_buf *b, char slot)
{
    const verb *v = &verbs[rng_below(r, COUNT(verbs))];
    int plural = rng_chance(r, 50);
    switch (slot) {
    case 'A': /* subject and verb that agree */
        cck_bench_buf_put(b, plural ? PICK(r, subjects_plural) : PICK(r, subjects_single));
        cck_bench_buf_putc(b, ' ');
        cck_bench_buf_put(b, plural ? v->base : v->third);
        break;
    case 'D': /* negated subject and verb */
        cck_bench_buf_put(b, plural ? PICK(r, subjects_plural) : PICK(r, subjects_single));
        cck_bench_buf_put(b, plural ? " do not " : " does not ");
        cck_bench_buf_put(b, v->base);
        break;
    case 'S':
        cck_bench_buf_put(b, plural ? PICK(r, subjects_plural) : PICK(r, subjects_single));
        break;
    case 'V': cck_bench_buf_put(b, v->base); break;
    case 'O':
    case 'C': cck_bench_buf_put(b, PICK(r, objects)); break;
    case 'I':
        if (rng_chance(r, 55))
            cck_bench_buf_put(b, PICK(r, intensifiers));
        break;
    case 'B': cck_bench_buf_put(b, PICK(r, boosters)); break;
    case 'K': cck_bench_buf_put(b, PICK(r, body_parts)); break;
    case 'X': cck_bench_buf_put(b, PICK(r, names)); break;
    case 'Y': cck_bench_buf_put(b, PICK(r, places)); break;
    case 'Z': put_number(b, 3 + rng_below(r, 480)); break;
    case 'P': put_price(r, b); break;
    case 'T': cck_bench_buf_put(b, PICK(r, timeframes)); break;
    default: cck_bench_buf_putc(b, slot); break;
    }
}

/* Expands one template; the first letter, and any letter after ". ", "? " or "! ", is
 * capitalised. */
static void put_template(rng *r, cck_bench_buf *b, const char *tpl)
{
    size_t start = b->len;
    for (const char *p = tpl; *p; p++) {
        if (*p == '^' && p[1]) {
            put_slot(r, b, p[1]);
            p++;
        } else {
            cck_bench_buf_putc(b, *p);
        }
    }
    for (size_t i = start; i < b->len; i++) {
        char c = b->data[i];
        int sentence_start = i == start || (i >= start + 2 && b->data[i - 1] == ' ' &&
                                            strchr(".?!", b->data[i - 2]) != NULL);
        if (sentence_start && c >= 'a' && c <= 'z')
            b->data[i] = (char)(c - 'a' + 'A');
    }
}

enum { K_CLAIM, K_HEDGE, K_NEGATION, K_TESTIMONIAL, K_QUESTION, K_REPORTED, K_NEUTRAL,
       K_OFFTOPIC, K_COUNT };

/* Weights (percent) of the sentence kinds for posts and for articles. */
static const unsigned post_weights[K_COUNT] = {22, 12, 8, 8, 5, 5, 18, 22};
static const unsigned article_weights[K_COUNT] = {10, 15, 10, 6, 3, 10, 36, 10};

static void put_sentence(rng *r, cck_bench_buf *b, const unsigned weights[K_COUNT])
{
    size_t roll = rng_below(r, 100);
    int kind = 0;
    while (kind < K_COUNT - 1 && roll >= weights[kind]) {
        roll -= weights[kind];
        kind++;
    }
    const char *tpl;
    switch (kind) {
    case K_CLAIM: tpl = PICK(r, claim_templates); break;
    case K_HEDGE: tpl = PICK(r, hedge_templates); break;
    case K_NEGATION: tpl = PICK(r, negation_templates); break;
    case K_TESTIMONIAL: tpl = PICK(r, testimonial_templates); break;
    case K_QUESTION: tpl = PICK(r, question_templates); break;
    case K_REPORTED: tpl = PICK(r, reported_templates); break;
    case K_NEUTRAL: tpl = PICK(r, neutral_templates); break;
    default: tpl = PICK(r, offtopic_templates); break;
    }
    put_template(r, b, tpl);
}

/* One post on one line: sentences plus the trimmings of social media. */
static void put_post(rng *r, cck_bench_buf *b)
{
    if (rng_chance(r, 4)) {
        cck_bench_buf_put(b, "RT ");
        cck_bench_buf_put(b, PICK(r, mentions));
        cck_bench_buf_put(b, ": ");
    } else if (rng_chance(r, 8)) {
        cck_bench_buf_put(b, PICK(r, mentions));
        cck_bench_buf_putc(b, ' ');
    }
    size_t roll = rng_below(r, 100);
    size_t sentences = roll < 50 ? 1 : roll < 85 ? 2 : 3;
    for (size_t i = 0; i < sentences; i++) {
        if (i > 0)
            cck_bench_buf_putc(b, ' ');
        put_sentence(r, b, post_weights);
    }
    if (rng_chance(r, 25)) {
        size_t n = 1 + rng_below(r, 3);
        cck_bench_buf_putc(b, ' ');
        for (size_t i = 0; i < n; i++)
            cck_bench_buf_put(b, PICK(r, emoji));
    }
    if (rng_chance(r, 4)) {
        cck_bench_buf_putc(b, ' ');
        cck_bench_buf_put(b, PICK(r, other_scripts));
    }
    if (rng_chance(r, 15)) {
        cck_bench_buf_putc(b, ' ');
        put_url(r, b);
    }
    if (rng_chance(r, 30)) {
        size_t n = 1 + rng_below(r, 4);
        for (size_t i = 0; i < n; i++) {
            cck_bench_buf_putc(b, ' ');
            cck_bench_buf_put(b, PICK(r, hashtags));
        }
    }
    cck_bench_buf_putc(b, '\n');
}

static void put_paragraph(rng *r, cck_bench_buf *b, size_t sentences, int markdown)
{
    for (size_t i = 0; i < sentences; i++) {
        if (i > 0)
            cck_bench_buf_putc(b, ' ');
        put_sentence(r, b, article_weights);
        if (markdown && rng_chance(r, 4)) {
            cck_bench_buf_put(b, " See [the source](");
            put_url(r, b);
            cck_bench_buf_put(b, ").");
        } else if (rng_chance(r, 2)) {
            cck_bench_buf_putc(b, ' ');
            cck_bench_buf_put(b, PICK(r, other_scripts));
            cck_bench_buf_putc(b, '.');
        }
    }
}

/* One article of about target bytes, as Markdown or as plain text. */
static void put_article(rng *r, cck_bench_buf *b, int markdown, size_t target)
{
    size_t start = b->len;
    if (markdown)
        cck_bench_buf_put(b, "# ");
    put_template(r, b, PICK(r, titles));
    cck_bench_buf_put(b, markdown ? "\n\n*By " : "\nBy ");
    put_slot(r, b, 'X');
    cck_bench_buf_put(b, ", ");
    put_slot(r, b, 'Y');
    cck_bench_buf_put(b, markdown ? "*\n\n" : "\n\n");
    size_t paragraphs = 0;
    while (b->len - start < target) {
        size_t roll = rng_below(r, 100);
        if (markdown && paragraphs > 0 && paragraphs % 3 == 0) {
            cck_bench_buf_put(b, "## ");
            cck_bench_buf_put(b, PICK(r, subheads));
            cck_bench_buf_put(b, "\n\n");
        }
        if (markdown && roll < 8) {
            size_t items = 3 + rng_below(r, 3);
            for (size_t i = 0; i < items; i++) {
                cck_bench_buf_put(b, "- ");
                put_sentence(r, b, article_weights);
                cck_bench_buf_putc(b, '\n');
            }
        } else if (markdown && roll < 12) {
            cck_bench_buf_put(b, "> ");
            put_template(r, b, PICK(r, testimonial_templates));
            cck_bench_buf_putc(b, '\n');
        } else if (markdown && roll < 14) {
            cck_bench_buf_put(b, "```\nprp_volume_ml: ");
            put_number(b, 2 + rng_below(r, 8));
            cck_bench_buf_put(b, "\nsessions: 3\n```\n");
        } else {
            put_paragraph(r, b, 3 + rng_below(r, 5), markdown);
            cck_bench_buf_putc(b, '\n');
        }
        cck_bench_buf_putc(b, '\n');
        paragraphs++;
    }
}

/* ---- writers ---- */

typedef struct writer {
    FILE *file;
    cck_bench_buf buf;
    uint64_t flushed;
    int failed;
} writer;

static int writer_open(writer *w, const char *path)
{
    memset(w, 0, sizeof *w);
    w->file = fopen(path, "wb");
    return w->file ? 0 : -1;
}

static void writer_flush(writer *w)
{
    if (w->buf.len > 0 && fwrite(w->buf.data, 1, w->buf.len, w->file) != w->buf.len)
        w->failed = 1;
    w->flushed += w->buf.len;
    w->buf.len = 0;
}

static uint64_t writer_size(const writer *w)
{
    return w->flushed + w->buf.len;
}

static int writer_close(writer *w)
{
    writer_flush(w);
    if (fclose(w->file) != 0)
        w->failed = 1;
    cck_bench_buf_free(&w->buf);
    if (w->failed && errno == 0)
        errno = EIO;
    return w->failed ? -1 : 0;
}

/* Each kind of corpus gets its own stream of numbers from the one seed. */
static rng rng_for(uint64_t seed, uint64_t kind)
{
    rng r = {seed ^ (kind * UINT64_C(0xD1B54A32D192ED03))};
    (void)rng_next(&r);
    return r;
}

static int finish_tmp(writer *w, const char *tmp, const char *path)
{
    if (writer_close(w) != 0 || rename(tmp, path) != 0) {
        remove(tmp);
        return -1;
    }
    return 0;
}

static int tmp_path(char *out, size_t cap, const char *path)
{
    int n = snprintf(out, cap, "%s.tmp", path);
    if (n < 0 || (size_t)n >= cap) {
        errno = ENAMETOOLONG;
        return -1;
    }
    return 0;
}

int cck_bench_corpus_write_stream(const char *path, uint64_t seed, uint64_t target_bytes,
                                  cck_bench_corpus_info *info)
{
    char tmp[4096];
    writer w;
    if (tmp_path(tmp, sizeof tmp, path) != 0 || writer_open(&w, tmp) != 0)
        return -1;
    rng r = rng_for(seed, 1);
    uint64_t posts = 0;
    while (writer_size(&w) < target_bytes && !w.failed) {
        put_post(&r, &w.buf);
        posts++;
        if (w.buf.len >= FLUSH_AT)
            writer_flush(&w);
    }
    info->bytes = writer_size(&w);
    info->records = posts;
    return finish_tmp(&w, tmp, path);
}

int cck_bench_corpus_write_document(const char *path, uint64_t seed, uint64_t target_bytes,
                                    cck_bench_corpus_info *info)
{
    char tmp[4096];
    writer w;
    if (tmp_path(tmp, sizeof tmp, path) != 0 || writer_open(&w, tmp) != 0)
        return -1;
    rng r = rng_for(seed, 2);
    uint64_t paragraphs = 0;
    put_template(&r, &w.buf, PICK(&r, titles));
    cck_bench_buf_put(&w.buf, "\n\n");
    while (writer_size(&w) < target_bytes && !w.failed) {
        if (paragraphs % 20 == 19) {
            cck_bench_buf_put(&w.buf, "Part ");
            put_number(&w.buf, (size_t)(paragraphs / 20 + 1));
            cck_bench_buf_put(&w.buf, ": ");
            put_template(&r, &w.buf, PICK(&r, subheads));
            cck_bench_buf_put(&w.buf, "\n\n");
        }
        /* long paragraphs: 20 to 300 sentences on one line */
        put_paragraph(&r, &w.buf, 20 + rng_below(&r, 281), 0);
        cck_bench_buf_put(&w.buf, "\n\n");
        paragraphs++;
        if (w.buf.len >= FLUSH_AT)
            writer_flush(&w);
    }
    info->bytes = writer_size(&w);
    info->records = paragraphs;
    return finish_tmp(&w, tmp, path);
}

int cck_bench_corpus_article_path(char *out, size_t cap, const char *dir, size_t index)
{
    int n = snprintf(out, cap, "%s/section-%02zu/article-%05zu.%s", dir, index / 100, index,
                     index % 2 == 0 ? "md" : "txt");
    return n < 0 || (size_t)n >= cap ? -1 : 0;
}

int cck_bench_corpus_write_folder(const char *dir, uint64_t seed, size_t count,
                                  cck_bench_corpus_info *info)
{
    rng r = rng_for(seed, 3);
    cck_bench_buf article = {0};
    char path[4096];
    int rc = 0;
    info->bytes = 0;
    info->records = 0;
    for (size_t i = 0; i < count && rc == 0; i++) {
        if (i % 100 == 0) {
            int n = snprintf(path, sizeof path, "%s/section-%02zu", dir, i / 100);
            if (n < 0 || (size_t)n >= sizeof path || cck_bench_mkdirs(path) != 0) {
                rc = -1;
                break;
            }
        }
        article.len = 0;
        put_article(&r, &article, i % 2 == 0, 3700 + rng_below(&r, 2001));
        if (cck_bench_corpus_article_path(path, sizeof path, dir, i) != 0 ||
            cck_bench_file_write(path, article.data, article.len) != 0)
            rc = -1;
        info->bytes += article.len;
        info->records++;
    }
    cck_bench_buf_free(&article);
    return rc;
}
