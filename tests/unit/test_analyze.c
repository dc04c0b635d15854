/* test_analyze.c - unit tests of the analyzer through the public API: which sentences
 * raise which finding at which severity (negation, hedges, questions, conditions,
 * quotation, topic carry-over, evidence nearby), positions, cues and rewrites, bad
 * UTF-8, callback stops, pieces, profile counts and the rule table. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "claimcheck.h"
#include "util/util.h" /* cck_buf, to build a long document */
#include "analyze/analyze.h" /* cck_analyze_sentence, for the cues' quoted flags */
#include "report/report.h"   /* cck_escape_json, for the lean scanner's JSON texts */

/* ---- fixture ------------------------------------------------------------------------ */

#include "engine_fixture.h"

/* ---- collecting findings ------------------------------------------------------------- */

#define MAX_FINDINGS 8
#define MAX_CUES 16
#define MAX_DIAGNOSTICS 8
#define TEXT_CAP 1024

/* A finding copied out of the callback (its pointers are valid for that call only). */
typedef struct seen_finding {
    cck_severity severity;
    char rule_id[64];
    int claim_level;
    int evidence_level;
    unsigned flags;
    cck_span trigger;
    cck_span sentence;
    char message[TEXT_CAP];
    char explanation[TEXT_CAP * 2];
    char suggestion[TEXT_CAP];
    size_t cue_count;
    cck_cue cues[MAX_CUES];
} seen_finding;

typedef struct seen {
    size_t count;
    seen_finding findings[MAX_FINDINGS];
    size_t diagnostic_count;
    cck_error diagnostics[MAX_DIAGNOSTICS];
    int stop_after;  /* on_finding returns non-zero after this many; 0: never */
} seen;

static void copy_string(char *to, size_t cap, const char *from)
{
    snprintf(to, cap, "%s", from ? from : "");
}

static int on_finding(const cck_finding *f, void *user_data)
{
    seen *s = user_data;
    if (s->count < MAX_FINDINGS) {
        seen_finding *out = &s->findings[s->count];
        memset(out, 0, sizeof *out);
        out->severity = f->severity;
        copy_string(out->rule_id, sizeof out->rule_id, f->rule ? f->rule->id : NULL);
        out->claim_level = f->claim_level;
        out->evidence_level = f->evidence_level;
        out->flags = f->flags;
        out->trigger = f->trigger;
        out->sentence = f->sentence;
        copy_string(out->message, sizeof out->message, f->message);
        copy_string(out->explanation, sizeof out->explanation, f->explanation);
        copy_string(out->suggestion, sizeof out->suggestion, f->suggestion);
        out->cue_count = f->cue_count < MAX_CUES ? f->cue_count : MAX_CUES;
        for (size_t i = 0; i < out->cue_count; i++)
            out->cues[i] = f->cues[i];
    }
    s->count++;
    return s->stop_after > 0 && s->count >= (size_t)s->stop_after;
}

static int on_diagnostic(const cck_error *diagnostic, void *user_data)
{
    seen *s = user_data;
    if (s->diagnostic_count < MAX_DIAGNOSTICS)
        s->diagnostics[s->diagnostic_count] = *diagnostic;
    s->diagnostic_count++;
    return 0;
}

static int scan_len(cck_scanner *scanner, const char *text, size_t len, seen *s,
                    cck_profile *profile)
{
    memset(s, 0, sizeof *s);
    cck_scan_callbacks callbacks = {on_finding, on_diagnostic, s};
    return cck_scanner_scan(scanner, text, len, &callbacks, profile);
}

static int scan(cck_scanner *scanner, const char *text, seen *s, cck_profile *profile)
{
    return scan_len(scanner, text, strlen(text), s, profile);
}

/* The strongest finding: the first one with the highest severity, or NULL. */
static const seen_finding *strongest(const seen *s)
{
    const seen_finding *best = NULL;
    size_t n = s->count < MAX_FINDINGS ? s->count : MAX_FINDINGS;
    for (size_t i = 0; i < n; i++)
        if (!best || s->findings[i].severity > best->severity)
            best = &s->findings[i];
    return best;
}

/* The text of a span of `text`, for messages. */
static const char *slice(const char *text, const cck_span *span, char *out, size_t cap)
{
    snprintf(out, cap, "%.*s", (int)span->length, text + span->offset);
    return out;
}

/* ---- table-driven severity cases ------------------------------------------------------ */

typedef struct severity_case {
    const char *name;
    const char *text;
    cck_severity severity; /* of the strongest finding; CCK_SEVERITY_NONE: no finding */
    const char *rule;      /* its rule id, NULL: not checked */
} severity_case;

/* Checks that the strongest finding has exactly the expected severity and rule. */
static void check_exact(cck_scanner *scanner, const severity_case *cases, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const severity_case *c = &cases[i];
        seen s;
        cck_profile profile;
        int status = scan(scanner, c->text, &s, &profile);
        if (status != CCK_OK)
            fail_msg("case %s: scan returned %d (%s)", c->name, status,
                     cck_status_string(status));
        const seen_finding *f = strongest(&s);
        cck_severity got = f ? f->severity : CCK_SEVERITY_NONE;
        const char *rule = f ? f->rule_id : "(none)";
        if (got != c->severity || (c->rule && strcmp(rule, c->rule) != 0)) {
            for (size_t k = 0; k < s.count && k < MAX_FINDINGS; k++)
                print_error("  finding %zu: %s %s: %s\n", k,
                            cck_severity_name(s.findings[k].severity), s.findings[k].rule_id,
                            s.findings[k].message);
            fail_msg("case %s: \"%s\": got %s %s, want %s %s", c->name, c->text,
                     cck_severity_name(got), rule, cck_severity_name(c->severity),
                     c->rule ? c->rule : "(any rule)");
        }
        size_t total = profile.findings[1] + profile.findings[2] + profile.findings[3];
        if (total != s.count)
            fail_msg("case %s: profile counts %zu findings, callback saw %zu", c->name, total,
                     s.count);
    }
}

/* A sentence that must raise nothing at warning or above (a note is allowed), and
 * the same claim asserted plainly, which must raise a warning or an error: the
 * control shows the quiet case is quiet for the reason it tests. */
typedef struct quiet_case {
    const char *name;
    const char *text;
    const char *control; /* NULL when there is no plain counterpart */
} quiet_case;

static void check_below_warning(cck_scanner *scanner, const quiet_case *cases, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const quiet_case *c = &cases[i];
        seen s;
        cck_profile profile;
        int status = scan(scanner, c->text, &s, &profile);
        if (status != CCK_OK)
            fail_msg("case %s: scan returned %d", c->name, status);
        const seen_finding *f = strongest(&s);
        if (f && f->severity >= CCK_SEVERITY_WARNING)
            fail_msg("case %s: \"%s\": got %s %s on \"%s\", want at most a note", c->name,
                     c->text, cck_severity_name(f->severity), f->rule_id, f->message);
        if (profile.findings[CCK_SEVERITY_WARNING] + profile.findings[CCK_SEVERITY_ERROR] != 0)
            fail_msg("case %s: profile counts warnings or errors", c->name);
        if (!c->control)
            continue;
        if (scan(scanner, c->control, &s, NULL) != CCK_OK)
            fail_msg("case %s: scan of the control failed", c->name);
        f = strongest(&s);
        if (!f || f->severity < CCK_SEVERITY_WARNING)
            fail_msg("case %s: control \"%s\" raised %s, want a warning or an error", c->name,
                     c->control, f ? cck_severity_name(f->severity) : "nothing");
    }
}

static const severity_case plain_claim_cases[] = {
    /* "always" makes "works" a claim, as "definitely" does */
    {"always works", "PRP always works.", CCK_SEVERITY_ERROR, "certainty-booster"},
    {"not always", "PRP doesn't always work.", CCK_SEVERITY_NONE, NULL},
    {"always work and a second claim", "Stem cells always work and are safe.",
     CCK_SEVERITY_ERROR, "certainty-booster"},
    /* "help" alone relates; helping a named condition claims */
    {"can help a condition", "PRP can help tennis elbow.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"can help a condition, with human studies", "Human studies show PRP can help tennis elbow.",
     CCK_SEVERITY_NONE, NULL},
    {"never cause side effects", "Stem cells never cause side effects.", CCK_SEVERITY_ERROR,
     "safety-absolute"},
    {"a report in the simple past", "She was told that exosomes cure hair loss.",
     CCK_SEVERITY_INFO, "cure-claim"},
    {"told by someone to do something", "Having been told by my physio to rest, I can tell "
     "you that PRP heals Achilles tendons.", CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"pain stopped for good", "PRP injections will stop your tendon pain for good.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"pain pills stopped for good", "You can stop taking pain pills for good after PRP.",
     CCK_SEVERITY_NONE, NULL},
    /* the claim rests on the study it names, not on the words that call it enough */
    {"a study as all the evidence needed",
     "A 20-patient case series out of Seoul is all the evidence I need: PRP gets rid of "
     "plantar fasciitis pain.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"an anecdote as all the evidence needed",
     "My own knee is all the evidence I need: PRP gets rid of arthritis pain.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"the naysayers brushed aside", "Stem cells carry no downside whatsoever, whatever the "
     "naysayers on here keep saying.", CCK_SEVERITY_ERROR, "safety-absolute"},
    {"the FDA approving our treatment", "The FDA has approved our stem cell protocol.",
     CCK_SEVERITY_ERROR, "regulatory-claim"},
    {"another regulator approving our treatment", "Health Canada approved our stem cell treatment.",
     CCK_SEVERITY_ERROR, "regulatory-claim"},
    {"authorized, spelt the American way", "Health Canada has authorized our stem cell therapy.",
     CCK_SEVERITY_ERROR, "regulatory-claim"},
    {"a regulator's name as the adjective", "Our stem cell serum is EMA approved.",
     CCK_SEVERITY_ERROR, "regulatory-claim"},
    {"a list's zero is not negated by the first no",
     "No drugs and zero risk with our MSC infusions.", CCK_SEVERITY_ERROR, "safety-absolute"},
    {"no question that lifts its clause's claim to certainty", /* round 23 */
     "There is no question that cord-blood infusions cure cerebral palsy.", CCK_SEVERITY_ERROR,
     "certainty-booster"},
    {"a report the author agrees with", /* round 23 */
     "My surgeon says PRP heals tendons, and I couldn't agree more.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"a report the author waves away", /* round 23 */
     "Forget what your insurer says: PRP works 100% of the time.", CCK_SEVERITY_ERROR,
     "certainty-booster"},
    {"the author's answer after a report and but",
     "Skeptics say stem cells are hype, but they regrow cartilage.", CCK_SEVERITY_WARNING,
     "regeneration-claim"},
    {"a hedge inside the report does not hedge the answer",
     "Critics call it experimental, but PRP heals tendons.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"if you ask me supposes nothing", "If you ask me, PRP heals tendons.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"a negation that ends its clause before a colon", /* round 23 */
     "Are stem cells dangerous? They aren't: our MSCs cannot harm you.", CCK_SEVERITY_ERROR,
     "safety-absolute"},
    {"a double negative that vouches", "There is no denying that PRP heals tendons.",
     CCK_SEVERITY_ERROR, "certainty-booster"},
    {"ours with another set aside", "PRP, not surgery, healed my knee.", CCK_SEVERITY_WARNING,
     "anecdote-as-proof"},
    {"ours at the clinic is still ours", "PRP at our clinic heals tendons.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"the treatment, what it is for, works", "PRP for hair loss works.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"the treatment's cells cannot do any harm",
     "A patient's own platelets simply cannot do them any harm.", CCK_SEVERITY_ERROR,
     "safety-absolute"},
    {"a clinic's record stated as a denial", "None of our stem cell patients has had a side effect.",
     CCK_SEVERITY_ERROR, "safety-absolute"},
    {"and none of them needed surgery", "None of our patients has needed surgery since starting PRP.",
     CCK_SEVERITY_WARNING, "surgery-avoidance"},
    {"keeps a decline at bay", "A yearly exosome infusion simply keeps age-related memory decline at bay.",
     CCK_SEVERITY_WARNING, "prevention-claim"},
    {"knocks a disease into remission", "Short answer on SVF for lupus: it knocks the disease into remission.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"an answer after a report, with a noun subject",
     "Critics keep calling exosomes a gray-market product, but the vials my clinic uses are registered with the FDA for hair restoration.",
     CCK_SEVERITY_ERROR, "regulatory-claim"},
    {"if ever supposes nothing", "If ever a therapy earned the word breakthrough, it's stem cells for knee arthritis.",
     CCK_SEVERITY_WARNING, "hype-word"},
    {"one person's story offered as proof",
     "Meet Carla, a gardener. After her stem cell injection she knelt without pain, and her story shows that the treatment rebuilds knees.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"clears a condition for good", "One exosome session clears plantar fasciitis for good.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"results that last forever", "Our PRP hair results last forever.", CCK_SEVERITY_ERROR,
     "certainty-booster"},
    {"a verdict after a new clause does not reach back",
     "PRP heals tendons, and the critics' worry is unfounded.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"a list's own no is not negated by the first",
     "No needles and no risk with our stem cell injection.", CCK_SEVERITY_ERROR,
     "safety-absolute"},
    {"an approval is no result in mice",
     "Our PRP eye drops are now approved by the EMA, building on a mouse study.",
     CCK_SEVERITY_ERROR, "regulatory-claim"},
    {"myths as a subject label nothing", "Myths about PRP abound, but PRP heals tendons.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"No: answers, as No, does", "Should patients worry? No: stem cells are completely safe.",
     CCK_SEVERITY_ERROR, "safety-absolute"},
    {"the participle regrown", "Stem cells have regrown cartilage.", CCK_SEVERITY_WARNING,
     "regeneration-claim"},
    {"the passive regrown", "My cartilage was regrown by stem cells.", CCK_SEVERITY_WARNING,
     NULL},
    {"side effects never to worry about", /* round 21 */
     "With PRP you never have to worry about side effects again.", CCK_SEVERITY_ERROR,
     "safety-absolute"},
    {"a surgical repair avoided", "With PRP, you will never need an arthroscopic repair.",
     CCK_SEVERITY_WARNING, "surgery-avoidance"},
    {"a re-tear rate halved", "PRP halves the re-tear rate after rotator cuff surgery.",
     CCK_SEVERITY_WARNING, "prevention-claim"},
    {"experimental said of what ours is set against hedges nothing", /* round 21, s3946 */
     "Unlike the experimental drugs they often replace, the amniotic injections pose no "
     "danger to elderly patients.", CCK_SEVERITY_ERROR, "safety-absolute"},
    {"None of that is no subject", "None of that matters: PRP heals tendons.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"a real main clause after Should stays asserted", /* the review of round 21 */
     "Should the pain return, stem cells regenerate the cartilage again.", CCK_SEVERITY_WARNING,
     "regeneration-claim"},
    {"ours failing after Should supposes nothing", /* the code review */
     "Should PRP fail, stem cells regenerate the cartilage.", CCK_SEVERITY_WARNING,
     "regeneration-claim"},
    {"the reader's choice after Should supposes nothing", /* the second review */
     "Should you choose PRP, you will never need surgery again.", CCK_SEVERITY_WARNING,
     "surgery-avoidance"},
    {"the reader's case after Should supposes nothing",
     "Should you have any doubts, our PRP heals tendons.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"prevention verb", "Stem cells prevent ACL ruptures in skiers.", CCK_SEVERITY_WARNING,
     "prevention-claim"},
    {"prevention with a gap", "Exosome shots keep tendons from tearing.",
     CCK_SEVERITY_WARNING, "prevention-claim"},
    {"prevention phrasal verb", "Stem cell shots ward off osteoarthritis.",
     CCK_SEVERITY_WARNING, "prevention-claim"},
    {"prevention shield", "Regenerative injections shield athletes from injuries.",
     CCK_SEVERITY_WARNING, "prevention-claim"},
    {"testimonial idiom without a claim verb", "I had PRP in both knees and the proof is me walking again.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"photos speak for themselves", "Our exosome facial clients' photos speak for themselves.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"a waiting crowd is not a testimonial",
     "Stem cell therapy is the breakthrough thousands of people have been waiting for.",
     CCK_SEVERITY_WARNING, "hype-word"},
    {"possessive apostrophe inside a gap", "PRP injections protect runners' knees from arthritis.",
     CCK_SEVERITY_WARNING, "prevention-claim"},
    {"possessive inside a keep-from gap", "Exosomes keep aging runners' tendons from tearing.",
     CCK_SEVERITY_WARNING, "prevention-claim"},
    {"a possessive apostrophe opens no quote", "Runners' tendons heal twice as fast with PRP.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"an elision opens no quote",
     "Since the '90s our stem cells cure arthritis in our runners' knees.",
     CCK_SEVERITY_ERROR, NULL},
    {"a digit after an apostrophe opens no quote",
     "In '19 our stem cells regrew cartilage for our runners' knees.", CCK_SEVERITY_WARNING,
     NULL},
    {"an apostrophe pair that is no quotation",
     "The 'roid-free clinic's PRP heals tendons in weeks.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"relation word after a bridge from lab work",
     "MSC secretome calmed inflamed joints in rabbits, so it will help people with arthritis.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"a relation word after a bridge needs lab work",
     "PRP is cheap here, so it will help people with arthritis.", CCK_SEVERITY_NONE, NULL},
    {"a lab result with human cells carries nothing over",
     "In cultured human tenocytes, PRP increased collagen output.", CCK_SEVERITY_NONE, NULL},
    {"human cells in a dish are no bridge",
     "In cultured human chondrocytes, the secretome restored collagen production.",
     CCK_SEVERITY_NONE, NULL},
    {"a sports pitch is no sales pitch",
     "Regenerative injections can lower your risk of a second ACL tear once you're back on "
     "the pitch.",
     CCK_SEVERITY_WARNING, "prevention-claim"},
    {"people a connective hands a mouse result to",
     "Mice given stem cells lived a third longer, a result that translates into healthy "
     "years for ageing people.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"people handed a result in the next sentence",
     "Secretome halted bone loss in rats. The product therefore offers women a route to "
     "stronger bones.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"a booster after a connective is still certainty",
     "Stem cells are natural, which means they are guaranteed to help patients.",
     CCK_SEVERITY_ERROR, "certainty-booster"},
    {"a connective does not make another treatment the paragraph's claim",
     "Stem cell injections are expensive. So knee replacement surgery is the best option for "
     "most patients with severe arthritis.",
     CCK_SEVERITY_NONE, NULL},
    {"a condition after the connective", "Exosomes reduced scarring in mice, so if the "
     "results hold in people, the therapy will help patients with fibrosis.",
     CCK_SEVERITY_NONE, NULL},
    {"a past hand-over that came to nothing",
     "Few of the mouse findings on stem cells translated into anything for patients.",
     CCK_SEVERITY_NONE, NULL},
    {"need is no hedge", "Stem cells filled the cartilage defect in rabbits, which means "
     "patients need only one injection.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"a trial planned in people is no extrapolation",
     "Stem cell work in rats went well, so a human trial is planned for next year.",
     CCK_SEVERITY_NONE, NULL},
    {"people hoped for are no extrapolation",
     "Exosome work in mice went well, so patients with fibrosis may one day benefit.",
     CCK_SEVERITY_NONE, NULL},
    {"mice make it extrapolation", "In mice, MSCs repaired spinal cords, so patients will walk again.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"our rabbit model is lab work, not a pet",
     "Bone healing in our rabbit defect model shows that MSCs heal fractures in humans.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"rats make it extrapolation", "In rats, stem cells regrew cartilage, so your knees will too.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"cure heal", "Umbilical cord cells heal torn rotator cuffs.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"cure relieves", "PRP relieves tennis elbow pain within days.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"cure plain cures is an error", "Exosome therapy cures tendinitis.", CCK_SEVERITY_ERROR,
     "cure-claim"},
    {"cure plural subject", "Stem cell injections cure arthritis.", CCK_SEVERITY_ERROR,
     "cure-claim"},
    {"regeneration regrow", "Stem cells regrow lost cartilage in the knee.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"regeneration restores", "Bone marrow concentrate restores damaged cartilage.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"regeneration regenerates", "Platelet rich plasma regenerates ligaments.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"regeneration can reverse", "PRP can reverse arthritis.", CCK_SEVERITY_WARNING,
     "regeneration-claim"},
    {"surgery skip", "With PRP you can skip knee replacement surgery.", CCK_SEVERITY_WARNING,
     "surgery-avoidance"},
    {"surgery avoid", "Thanks to stem cells, you can avoid hip surgery.",
     CCK_SEVERITY_WARNING, "surgery-avoidance"},
    {"hype breakthrough", "Amniotic injections are a breakthrough for knee pain.",
     CCK_SEVERITY_WARNING, "hype-word"},
    {"a list after no is not an aside", "No pain, no swelling, stem cells heal you fast.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    /* an aside holds a negation open only up to the next clause */
    {"aside then until", "She could not walk, at all, until stem cells cured her arthritis.",
     CCK_SEVERITY_ERROR, "cure-claim"},
    {"aside then and", "It doesn't hurt, at all, and PRP heals tendons.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"a bare No is an answer", "No, in my experience, stem cells cure arthritis every time.",
     CCK_SEVERITY_ERROR, NULL},
    {"as you may have read is the clinic's own claim",
     "As you may have read online, stem cells cure autism.", CCK_SEVERITY_ERROR, "cure-claim"},
    {"rabbits injected are lab work, not a practitioner's tally",
     "We injected 30 rabbits' knees with stem cells and the cartilage regrew, so patients can "
     "expect the same.", CCK_SEVERITY_WARNING, "extrapolation"},
    /* idioms and paraphrases */
    {"melts away", "PRP melts away tennis elbow pain.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"get their energy back", "Exosome infusions help long COVID patients get their energy back.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"another regulator", "The Wharton's jelly product, which Health Canada has approved for "
     "joint repair, costs $4,000.", CCK_SEVERITY_ERROR, "regulatory-claim"},
    {"the government's approval", "Exosome IVs got the government's approval last year.",
     CCK_SEVERITY_ERROR, "regulatory-claim"},
    {"can't ever hurt", "Platelet rich plasma can't ever hurt you.", CCK_SEVERITY_ERROR,
     "safety-absolute"},
    {"magic, and the author's own say",
     "amniotic fluid injections are magic in a syringe, thats all i'll say",
     CCK_SEVERITY_WARNING, "hype-word"},
    {"a practitioner's tally is a testimonial, not a sample",
     "I've treated over 400 knees with bone marrow concentrate and watched it regrow cartilage.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"cells in a dish are lab work",
     "Tenocytes in a dish made more collagen with PRP, so it repairs your tendon.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    /* verbs that end a condition someone already has */
    {"stops a condition", "PRP stops hair loss.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"stops thinning", "Our PRP protocol stops thinning hair.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"stop ... from thinning stays prevention",
     "Our exosome scalp treatments stop your hair from thinning.", CCK_SEVERITY_WARNING,
     "prevention-claim"},
    {"ends a condition", "Cord blood therapy ends multiple sclerosis.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"eliminates a condition", "Exosome therapy eliminates wrinkles.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"eliminates with a gap", "MSC infusions eliminate the fatigue of long COVID.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"hype game changer", "Stem cell therapy is a game changer for athletes.",
     CCK_SEVERITY_WARNING, "hype-word"},
    {"hype miracle", "Our regenerative clinic sells a miracle for bad backs.",
     CCK_SEVERITY_WARNING, "hype-word"},
    {"extrapolation from rabbits to patients",
     "In rabbits, MSCs repaired spinal cords, so patients will walk again.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"extrapolation from the previous sentence",
     "In pigs, exosomes regrew nerve tissue. That means your nerves regenerate too.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"own testimonial beside lab work is anecdote",
     "In mice, stem cells reversed heart damage. My patient walked again after one "
     "injection, which proves it works.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"lab work three sentences back does not reach the claim",
     "Stem cells were tested in mice. The weather is nice. We like tea. "
     "Stem cells cure Parkinson's.",
     CCK_SEVERITY_ERROR, "cure-claim"},
    {"anecdote own patients",
     "My patients all tell me PRP healed their elbows, which proves it works.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"anecdote seen", "I've seen PRP heal dozens of Achilles tendons.", CCK_SEVERITY_WARNING,
     "anecdote-as-proof"},
    {"certainty clinically proven", "PRP is clinically proven to heal tendons.",
     CCK_SEVERITY_ERROR, "certainty-booster"},
    {"certainty guaranteed", "Our PRP is guaranteed to relieve pain.", CCK_SEVERITY_ERROR,
     "certainty-booster"},
    {"certainty always", "Stem cell injections always heal torn menisci.",
     CCK_SEVERITY_ERROR, "certainty-booster"},
    {"safety no side effects", "Our stem cell treatment has no side effects.",
     CCK_SEVERITY_ERROR, "safety-absolute"},
    {"safety risk-free", "Stem cells are totally risk-free.", CCK_SEVERITY_ERROR,
     "safety-absolute"},
    {"safety completely safe", "Exosome facials are completely safe.", CCK_SEVERITY_ERROR,
     "safety-absolute"},
    {"regulatory FDA approved", "Our exosome product is FDA approved.", CCK_SEVERITY_ERROR,
     "regulatory-claim"},
    {"regulatory approved by the FDA", "This stem cell kit was approved by the FDA.",
     CCK_SEVERITY_ERROR, "regulatory-claim"},
    {"registered with the FDA", "Our cord blood product is registered with the FDA.",
     CCK_SEVERITY_ERROR, "regulatory-claim"},
    /* surgery put off, not faced, or a new joint not needed */
    {"put off surgery", "PRP lets runners put off knee surgery for another season.",
     CCK_SEVERITY_WARNING, "surgery-avoidance"},
    {"no longer have to undergo",
     "Thanks to our stem cell protocol, patients no longer have to undergo a hip replacement.",
     CCK_SEVERITY_WARNING, "surgery-avoidance"},
    {"don't need a new knee", "You don't need a new knee, you need bone marrow concentrate.",
     CCK_SEVERITY_WARNING, "surgery-avoidance"},
    {"a plural subject works", "Bone marrow concentrate injections work.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"they work", "People ask me about PRP for tennis elbow. They work.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"sidestep a repair", "Bone marrow concentrate lets athletes sidestep ACL repair.",
     CCK_SEVERITY_WARNING, "surgery-avoidance"},
    {"happy clients are a testimonial",
     "Our 600 happy clients can tell you: PRP facials heal acne scars.", CCK_SEVERITY_WARNING,
     "anecdote-as-proof"},
    {"definitely works is certainty", "Exosomes definitely work for eczema.", CCK_SEVERITY_ERROR,
     "certainty-booster"},
    {"a coworker's illness",
     "my coworker's lupus went into remission after stem cells, this stuff works",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"zebrafish are lab work",
     "In zebrafish, stem cells regrew spinal cord tissue, so paralysed patients will walk again.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"the results speak for themselves",
     "I did PRP on both elbows. The results speak for themselves.", CCK_SEVERITY_WARNING,
     "anecdote-as-proof"},
    {"I tell patients is the author's own claim", "I tell patients that PRP heals tendinitis.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"never develop arthritis", "Start stem cell shots at forty and you will never develop "
     "arthritis.", CCK_SEVERITY_WARNING, "prevention-claim"},
    {"meaning carries a dish over to patients",
     "Stem cells grown in a dish repaired retinal tissue, meaning blindness can now be "
     "reversed.", CCK_SEVERITY_WARNING, "extrapolation"},
    {"a clinic's experience with a count",
     "Our clinic's experience with 250 hips shows that amniotic injections restore cartilage.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    /* a report the author endorses later in the sentence */
    {"and she was right", "The nurse said exosomes regrow hair, and she was right.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"and honestly it's true", "Everyone said PRP fixes tennis elbow, and honestly it's true.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"healed mine", "Stem cells healed mine in a month.", CCK_SEVERITY_WARNING,
     "anecdote-as-proof"},
    {"certainty words come before a testimonial",
     "PRP totally works for hair loss, my sister has her ponytail back.", CCK_SEVERITY_ERROR,
     "certainty-booster"},
    /* marketing phrases */
    {"clinically shown to", "Our exosome mist is clinically shown to calm rosacea.",
     CCK_SEVERITY_ERROR, "certainty-booster"},
    {"science-backed", "Every vial of our PRP serum is science-backed.", CCK_SEVERITY_ERROR,
     "certainty-booster"},
    {"works for everyone", "Cord blood therapy works for everybody, young or old.",
     CCK_SEVERITY_ERROR, "certainty-booster"},
    {"the last treatment you'll ever need",
     "BMAC: the last shoulder treatment you will ever need.", CCK_SEVERITY_ERROR,
     "certainty-booster"},
    {"kiss it goodbye", "Kiss that nagging hamstring pain goodbye with PRP.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"lasting results", "Our stem cell facelift gives lasting results.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"turn back time", "Exosome drips turn back time for tired skin.", CCK_SEVERITY_WARNING,
     "regeneration-claim"},
    /* the review of the rules above */
    {"the author's own outcome through a report",
     "I had PRP last spring and my doctor says it regenerated my rotator cuff completely.",
     CCK_SEVERITY_ERROR, "anecdote-as-proof"},
    {"a sentence-opening No stops at a new clause",
     "No patient of ours has needed surgery since our PRP protocol healed their tendons.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"nothing short of", "Stem cells cure nothing short of everything.", CCK_SEVERITY_ERROR,
     "cure-claim"},
    {"dismissing critics is not disputing the claim",
     "Stem cells cure MS, and the criticism from neurologists is irresponsible.",
     CCK_SEVERITY_ERROR, "cure-claim"},
    {"a relative clause after a session, not the comb",
     "We add PRP to every laser comb session, which regrows hair in weeks.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"work wonders stays hype", "Exosome injections work wonders for knees.",
     CCK_SEVERITY_WARNING, "hype-word"},
    {"survivors of a human illness",
     "In pigs, cord blood cells rebuilt heart muscle, giving heart attack survivors new hope.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    /* the final review */
    {"works in days", "Our PRP therapy works in days, not months.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"why it works", "This is why our stem cell treatment works so well.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"how well it works", "You will be amazed at how well our exosome treatment works.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"No, then and before a new subject",
     "No waiting lists at our Austin clinic and our stem cells cure your arthritis.",
     CCK_SEVERITY_ERROR, "cure-claim"},
    {"a diary's Had and a claim after and",
     "Had PRP last spring and it cured my golfer's elbow, so grateful.", CCK_SEVERITY_ERROR,
     "anecdote-as-proof"},
    {"what someone had injected",
     "Had stem cells injected in my hip and they regrew the cartilage, amazing.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"don't let anyone tell you it doesn't work",
     "My shoulder is proof. Never let a surgeon tell you stem cells don't help.",
     CCK_SEVERITY_WARNING, NULL},
    {"a double negation with the topic inside",
     "don't let your GP tell you exosomes don't work for acne scars",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"bone marrow injections are on topic", "Bone marrow injections heal rotator cuff tears.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    /* safety absolutes in other words */
    {"zero chance of a reaction", "With exosomes there is zero chance of an allergic reaction.",
     CCK_SEVERITY_ERROR, "safety-absolute"},
    {"no way they can harm you",
     "It's your own platelets, so there's no way they can harm you.", CCK_SEVERITY_ERROR,
     "safety-absolute"},
    /* a practitioner's experience, people the writer met, a relative's story */
    {"our experience with a count is a tally",
     "In our practice with 52 knees, PRP relieved arthritis pain.", CCK_SEVERITY_WARNING,
     "anecdote-as-proof"},
    {"people I talked to", "Going by the two runners I talked to at the expo, the PRP shots work.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"a relative's possessive",
     "My grandpa's hip pain vanished after his stem cell shot, these injections save lives.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"a diary's Had is not a condition",
     "Had PRP in my shoulder last spring, and honestly this stuff works.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"what the treatment does for people",
     "Mark came to us on crutches and hiked a glacier six weeks later. That is what our "
     "stem cell treatment does for people.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    /* lab and animal results carried over to people */
    {"look years younger after cell culture",
     "In cultured skin cells our exosome serum doubled elastin, so your face will look years "
     "younger.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"protects people at risk",
     "Rats given MSCs kept their kidneys working, which means the cells protect patients at "
     "risk of kidney failure.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"sufferers carry it over",
     "In sheep, umbilical cord cells rebuilt the damaged heart wall, giving heart failure sufferers hope "
     "of new muscle.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"a case series proves that", "A twelve-patient case series proves that PRP regrows hair.",
     CCK_SEVERITY_WARNING, "certainty-booster"},
};

static void test_analyze_plain_claims(void **state)
{
    fixture *fx = *state;
    check_exact(fx->scanner, plain_claim_cases,
                sizeof plain_claim_cases / sizeof plain_claim_cases[0]);
}

/* The message and explanation name the evidence the claim was weighed against, and
 * where it was: the sentence's own, a neighbour's, or lab work a sentence or two back. */
static void test_analyze_evidence_in_messages(void **state)
{
    fixture *fx = *state;
    seen s;
    cck_profile profile;

    /* a pet is no animal study: the testimonial is all there is */
    scan(fx->scanner, "Stem cells regrow cartilage, I could feel it filling in. My neighbour "
                      "had the same and now she walks her dog every day.", &s, &profile);
    const seen_finding *f = strongest(&s);
    assert_non_null(f);
    assert_string_equal(f->rule_id, "anecdote-as-proof");
    assert_int_equal(f->evidence_level, 1);
    assert_non_null(strstr(f->message, "backed only by a testimonial or own experience"));

    /* lab work two sentences back: the claim is an extrapolation backed by it, and the
     * explanation says the evidence is not in the claim's own sentence */
    scan(fx->scanner, "Stem cells were tested in mice. They are popular. Stem cells cure "
                      "Parkinson's.", &s, &profile);
    f = strongest(&s);
    assert_non_null(f);
    assert_string_equal(f->rule_id, "extrapolation");
    assert_int_equal(f->evidence_level, 2);
    assert_non_null(strstr(f->message, "backed only by animal or lab work"));
    assert_non_null(strstr(f->explanation, "gives no evidence (level 0 of 5); the sentences "
                                           "around it give animal or lab work (level 2 of 5)"));
    assert_null(strstr(f->explanation, "a sample size): none found"));

    /* a null trial next door is named as what it is, not as "none found" */
    scan(fx->scanner, "PRP heals tendons. A randomized controlled trial of 120 patients found "
                      "no difference from saline.", &s, &profile);
    f = strongest(&s);
    assert_non_null(f);
    assert_string_equal(f->rule_id, "cure-claim");
    assert_int_equal(f->evidence_level, 0);
    assert_non_null(strstr(f->explanation, "the study beside it found no difference or no "
                                           "benefit, which is no support for the claim."));
    assert_null(strstr(f->explanation, "none found. A level-4"));

    /* and one in the claim's own sentence, after the study it names */
    scan(fx->scanner, "PRP heals tendons, although a randomized controlled trial of 120 "
                      "patients found no difference from saline.", &s, &profile);
    f = strongest(&s);
    assert_non_null(f);
    assert_string_equal(f->rule_id, "cure-claim");
    assert_int_equal(f->evidence_level, 0);
    assert_non_null(strstr(f->explanation, "That study found no difference or no benefit, "
                                           "which is no support for the claim."));

    /* a sample of one is a testimonial; of forty, a small study */
    scan(fx->scanner, "Stem cells cure knee pain, n=1.", &s, &profile);
    f = strongest(&s);
    assert_non_null(f);
    assert_string_equal(f->rule_id, "anecdote-as-proof");
    assert_int_equal(f->evidence_level, 1);
    scan(fx->scanner, "Stem cells cure knee pain, n = 40.", &s, &profile);
    f = strongest(&s);
    assert_non_null(f);
    assert_int_equal(f->evidence_level, 3);

    /* an author-year citation is a citation with or without "et al"; a month, a season
     * or "since" before the year is a date, and a name and a year alone may be a place
     * or an event */
    static const struct {
        const char *text;
        int evidence;
    } cited[] = {
        {"Stem cells cure arthritis (Smith, 2020).", 3},
        {"Stem cells cure arthritis (Smith et al., 2020).", 3},
        {"PRP heals tendon tears (Mishra and Pavelko, 2006).", 3},
        {"PRP heals tendon tears (Mishra & Pavelko 2006; Lee 2019).", 3},
        {"PRP heals tendon tears (Kim 2021, Alvarez 2023).", 3},
        {"PRP heals tendon tears (O'Brien, 2018).", 3},
        {"PRP heals tendon tears (DeLuca, 2022).", 3},
        {"PRP heals tendon tears (Smith 2020).", 0},
        {"PRP heals hamstrings in sprinters (Tokyo 2020).", 0},
        {"PRP heals tendon tears (March 2021).", 0},
        {"PRP heals tendon tears (March, 2021).", 0},
        {"PRP heals tendon tears (since 2019).", 0},
        {"PRP heals tendon tears (Summer 2024 special).", 0},
        {"PRP heals tendon tears (founded 2010).", 0},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cited); i++) {
        scan(fx->scanner, cited[i].text, &s, &profile);
        f = strongest(&s);
        assert_non_null(f);
        if (f->evidence_level != cited[i].evidence)
            fail_msg("%s: evidence level %d, want %d", cited[i].text, f->evidence_level,
                     cited[i].evidence);
    }

    /* a testimonial next to lab work: the message names the testimonial */
    scan(fx->scanner, "Our aestheticians have performed 5,000 exosome treatments, and our "
                      "clients' before-and-after photos speak for themselves. Laboratory "
                      "studies show that exosomes boost collagen.",
         &s, &profile);
    assert_true(s.count >= 1);
    f = &s.findings[0]; /* the second sentence has a finding of its own */
    assert_string_equal(f->rule_id, "anecdote-as-proof");
    assert_non_null(strstr(f->message, "backed only by a testimonial or own experience"));
}

static const quiet_case negation_cases[] = {
    /* round 24 */
    {"nowhere near established after the claim",
     "That PRP regrows a torn meniscus is, to put it kindly, nowhere near established.",
     "PRP regrows a torn meniscus."},
    {"none of the trials, with words before the noun",
     "None of the three randomized trials I've read showed that MSCs cure MS.", "MSCs cure MS."},
    {"none of the studies I have read show that",
     "None of the studies I have read show that SVF heals osteoarthritis.",
     "SVF heals osteoarthritis."},
    {"a verdict of inconsistent", "The evidence that PRP prevents re-tears is inconsistent.",
     "PRP prevents re-tears."},
    {"NOT and a colon deny every item of the list",
     "Stem cell therapy is NOT: an approved treatment, a proven cure, or risk-free.",
     "Stem cell therapy is risk-free."},
    /* the careful-writing review */
    {"a verdict after the claim: far from proven",
     "That amniotic injections regrow cartilage is far from proven.",
     "Amniotic injections regrow cartilage."},
    {"reports not verified", "Reports that stem cells cured a paralysed man have not been verified.",
     "Stem cells cured a paralysed man."},
    {"an adverb before untrue", "It is simply untrue that exosomes regrow hair.",
     "Exosomes regrow hair."},
    {"let alone", "Exosome therapy has not been proven safe, let alone effective.",
     "Exosome therapy is effective."},
    {"yet to see", "I've yet to see a stem cell injection regrow cartilage.",
     "Stem cell injections regrow cartilage."},
    {"not proven to", "PRP is not proven to heal tendons.", "PRP is proven to heal tendons."},
    {"a verdict on the evidence for the clause", "Evidence that PRP heals tendons is weak.",
     "PRP heals tendons."},
    {"has not been proven to", "PRP has not been proven to heal tendons.",
     "PRP is proven to heal tendons."},
    {"a subject's no reaches a no after the verb", "No stem cell injection carries no risk.",
     "Stem cell injections carry no risk."},
    {"an aside of not even with ours in it", /* the second review */
     "No injection, not even PRP, heals tendons overnight.", "PRP heals tendons overnight."},
    {"a fact-check's Myth: label", /* the second review */
     "Myth: stem cells cure everything.", "Stem cells cure everything."},
    {"a numbered myth with a dash", "MYTH #3 - exosomes regrow hair.", "Exosomes regrow hair."},
    {"None of opening a long subject", /* dev s0808, reached by a round-21 entry */
     "None of the cord-blood products sold at these clinics has been FDA approved.",
     "The cord-blood products sold at these clinics have been FDA approved."},
    {"negation held across an aside",
     "PRP has not, in any well-run trial I know of, reversed osteoarthritis.",
     "PRP reversed osteoarthritis."},
    {"no X, then an aside",
     "No injection, stem cell or otherwise, is going to grow back a torn meniscus.",
     "Stem cell injections grow back a torn meniscus."},
    {"no evidence that", "There is no evidence that stem cells prevent ruptures.",
     "Stem cells prevent ruptures."},
    {"won't", "PRP won't cure arthritis.", "PRP will cure arthritis."},
    {"not FDA approved", "This exosome product is not FDA approved.",
     "This exosome product is FDA approved."},
    {"isn't risk-free", "Stem cell therapy isn't risk-free.",
     "Stem cell therapy is risk-free."},
    {"do not", "Stem cells do not regenerate cartilage.", "Stem cells regenerate cartilage."},
    {"never", "PRP never heals torn tendons.", "PRP heals torn tendons."},
    {"has not been shown", "That PRP heals tendons has not been shown.",
     "That PRP heals tendons has been shown."},
    {"failed to", "Amniotic injections failed to relieve knee pain.",
     "Amniotic injections relieve knee pain."},
    {"negated list with commas",
     "Our exosome serum is not intended to diagnose, treat, cure or prevent any disease.",
     "Our exosome serum cures any disease."},
    {"colon right after the trigger",
     "Exosomes, what they are NOT: an FDA-approved treatment for anything.",
     "Exosomes are an FDA-approved treatment for anything."},
    {"no X is risk-free", "No stem cell injection is risk-free.",
     "Every stem cell injection is risk-free."},
    {"has not been shown to, forward", "Stem cell injections have not been shown to prevent knee replacement.",
     "Stem cell injections prevent knee replacement."},
    {"calling it a miracle is premature", "Calling PRP a miracle is premature.",
     "PRP is a miracle."},
    {"I doubt", "I doubt stem cell therapies work.", "Stem cell therapies work."},
    {"a sentence-opening No reaches past a long subject",
     "No clinic or product in this state has ever received FDA clearance for stem cell knee "
     "injections.", "This stem cell product has received FDA clearance."},
};

/* The whole message and explanation of two findings, as assembled piece by piece
 * (levels, evidence names, the rule's id and summary, the cue lists). */
static void test_analyze_explanation_text(void **state)
{
    fixture *fx = *state;
    seen s;
    cck_profile profile;
    scan(fx->scanner, "Stem cells cure Parkinson's.", &s, &profile);
    const seen_finding *f = strongest(&s);
    assert_non_null(f);
    assert_string_equal(f->message, "cure claim \"cure\" with no evidence given");
    assert_string_equal(f->explanation,
                        "cure-claim: a treatment is said to cure, heal or relieve a condition "
                        "without evidence. The sentence makes a certainty or absolute claim "
                        "(level 5 of 5) and gives no evidence (level 0 of 5). Claim words: "
                        "\"cure\". Topic: \"Stem cells\". Looked for a hedge (may, might, early "
                        "evidence, in some patients): none found. Looked for evidence in this "
                        "and the neighbouring sentences (a trial, a review, a citation, a sample "
                        "size): none found. A level-5 claim needs a systematic review or "
                        "meta-analysis or better.");
    scan(fx->scanner, "Stem cells were tested in mice. They are popular. Stem cells cure "
                      "Parkinson's.", &s, &profile);
    f = strongest(&s);
    assert_non_null(f);
    assert_string_equal(f->message, "extrapolation claim \"cure\" backed only by animal or lab "
                                    "work");
    assert_string_equal(f->explanation,
                        "extrapolation: animal, cell or lab results are stated as a benefit to "
                        "people. The sentence makes a certainty or absolute claim (level 5 of 5) "
                        "and gives no evidence (level 0 of 5); the sentences around it give "
                        "animal or lab work (level 2 of 5). Claim words: \"cure\". Topic: "
                        "\"Stem cells\". Looked for a hedge (may, might, early evidence, in some "
                        "patients): none found. A level-5 claim needs a systematic review or "
                        "meta-analysis or better.");
}

/* Each rung of the two ladders goes into an explanation as one piece, name and level
 * together ("a controlled trial (level 4 of 5)"), and each list of cues is written
 * through a pointer into room made once: every claim level a finding can have, every
 * evidence level it can be weighed against, and a list with a negated cue and a
 * separator, held to the names of the ladders in README.md. */
static void test_analyze_explanation_ladders(void **state)
{
    fixture *fx = *state;
    static const char *const claims[6] = {"no claim", "an association", "a hedged claim",
                                          "an ability claim (\"can\")", "a plain efficacy claim",
                                          "a certainty or absolute claim"};
    static const char *const evidence[6] = {"no evidence", "a testimonial or own experience",
                                            "animal or lab work",
                                            "a small or uncontrolled human study",
                                            "a controlled trial",
                                            "a systematic review or meta-analysis"};
    static const struct {
        const char *text;
        int claim, evidence;
        int nearby; /* the evidence is the previous sentence's */
    } cases[] = {
        {"Stem cells cure Parkinson's.", 5, 0, 0},
        {"Stem cell injections heal torn tendons.", 4, 0, 0},
        {"Stem cells can regrow cartilage.", 3, 0, 0},
        {"Stem cells might cure diabetes in some cases.", 2, 0, 0},
        {"In my experience, PRP injections heal every tendon.", 4, 1, 0},
        {"In a mouse study, stem cells regrew cartilage. Stem cell injections regrow "
         "cartilage.", 4, 2, 1},
        {"A small pilot study of 12 patients found that PRP injections cure arthritis.", 5, 3,
         0},
        {"A randomized controlled trial showed that stem cell injections cure knee arthritis.",
         5, 4, 0},
    };
    for (size_t i = 0; i < CCK_ARRAY_LEN(cases); i++) {
        seen s;
        cck_profile profile;
        scan(fx->scanner, cases[i].text, &s, &profile);
        const seen_finding *f = strongest(&s);
        assert_non_null(f);
        assert_int_equal(f->claim_level, cases[i].claim);
        assert_int_equal(f->evidence_level, cases[i].evidence);
        char want[256];
        snprintf(want, sizeof want, "The sentence makes %s (level %d of 5) and gives ",
                 claims[cases[i].claim], cases[i].claim);
        if (!strstr(f->explanation, want))
            fail_msg("%s\nwants \"%s\" in: %s", cases[i].text, want, f->explanation);
        snprintf(want, sizeof want, "%s %s (level %d of 5). ",
                 cases[i].nearby ? "; the sentences around it give" : " and gives",
                 evidence[cases[i].evidence], cases[i].evidence);
        if (!strstr(f->explanation, want))
            fail_msg("%s\nwants \"%s\" in: %s", cases[i].text, want, f->explanation);
        if (cases[i].evidence > 0) {
            snprintf(want, sizeof want, " backed only by %s", evidence[cases[i].evidence]);
            if (!strstr(f->message, want))
                fail_msg("%s\nwants \"%s\" in: %s", cases[i].text, want, f->message);
        }
        snprintf(want, sizeof want, "A level-%d claim needs %s or better.", cases[i].claim,
                 evidence[cases[i].claim >= 5 ? 5 : 4]);
        if (cases[i].claim >= 4 && cases[i].evidence < 4 && !strstr(f->explanation, want))
            fail_msg("%s\nwants \"%s\" in: %s", cases[i].text, want, f->explanation);
    }
    seen s;
    cck_profile profile;
    scan(fx->scanner, "Stem cells do not cure arthritis, but exosomes absolutely cure hair loss.",
         &s, &profile);
    const seen_finding *f = strongest(&s);
    assert_non_null(f);
    assert_non_null(strstr(f->explanation, ". Claim words: \"cure\" (negated), \"cure\". Topic: "
                                           "\"Stem cells\", \"exosomes\". Looked for a hedge"));
    assert_non_null(strstr(f->explanation, "none found. Negations: \"not\". Looked for evidence"));
}

static void test_analyze_negation(void **state)
{
    fixture *fx = *state;
    check_below_warning(fx->scanner, negation_cases,
                        sizeof negation_cases / sizeof negation_cases[0]);
}

static const quiet_case hedge_cases[] = {
    {"a modal before help governs the verb of its object", /* round 22, s4071 */
     "PRP might help some people with early hip arthritis put off a replacement for a few "
     "years.",
     "PRP lets some people with early hip arthritis put off a replacement for a few years."},
    {"may help some patients",
     "Stem cell injections may help some patients with knee pain.", NULL},
    {"may relieve in some patients",
     "Stem cell injections may relieve knee pain in some patients.",
     "Stem cell injections relieve knee pain."},
    {"early evidence suggests", "Early evidence suggests that PRP relieves elbow pain.",
     "PRP relieves elbow pain."},
    {"might", "PRP might reduce pain in some patients.", "PRP reduces pain."},
    {"could possibly", "Exosomes could possibly repair skin.", "Exosomes repair skin."},
    {"preliminary", "Preliminary data hint that stem cells regrow cartilage.",
     "Stem cells regrow cartilage."},
    {"appears to", "PRP appears to speed up tendon healing.", "PRP speeds up tendon healing."},
    {"I'd say", "I'd say PRP heals tendons.", "PRP heals tendons."},
};

static void test_analyze_hedges(void **state)
{
    fixture *fx = *state;
    check_below_warning(fx->scanner, hedge_cases, sizeof hedge_cases / sizeof hedge_cases[0]);
    /* "I'd say" is the author's own hedge, not someone else's report */
    seen s;
    assert_int_equal(scan(fx->scanner, "I'd say PRP heals tendons.", &s, NULL), CCK_OK);
    assert_int_equal(s.count, 1);
    assert_true(s.findings[0].flags & CCK_FINDING_HEDGED);
    assert_false(s.findings[0].flags & CCK_FINDING_REPORTED);
}

static const quiet_case question_cases[] = {
    {"can ... prevent?", "Can stem cells prevent injuries?", "Stem cells prevent injuries."},
    {"do ... regenerate?", "Do exosomes regenerate hair?", "Exosomes regenerate hair."},
    {"is ... a cure?", "Is PRP a cure for arthritis?", "PRP is a cure for arthritis."},
    {"wh-question", "Why would stem cells heal a torn ligament?",
     "Stem cells heal a torn ligament."},
};

static void test_analyze_questions(void **state)
{
    fixture *fx = *state;
    check_below_warning(fx->scanner, question_cases,
                        sizeof question_cases / sizeof question_cases[0]);
}

static const quiet_case conditional_cases[] = {
    {"if you ask me for something", "If you ask me for proof that PRP regrows hair, I don't have any.",
     "PRP regrows hair."},
    {"on the off chance that", "On the off chance that exosomes regrow your hair, send a photo.",
     "Exosomes regrow your hair."},
    {"subject to approval", "The cord blood trial will begin next year, subject to regulatory approval.",
     "The cord blood product has regulatory approval."},
    {"counterfactual if", "If PRP regenerated tendons, surgeons would stop operating.",
     "PRP regenerated tendons, so surgeons stopped operating."},
    {"unless", "Unless stem cells cure arthritis, the clinic will close.",
     "Stem cells cure arthritis."},
    {"whether", "Researchers ask whether exosomes heal skin ulcers.",
     "Exosomes heal skin ulcers."},
    {"even if", "Even if stem cells repair cartilage, pain may persist.",
     "Stem cells repair cartilage."},
    {"inverted Had with been",
     "Had PRP been tested properly, we would know whether it heals tendons.",
     "PRP heals tendons."},
    {"inverted Had with an irregular participle",
     "Had stem cells grown back the cartilage, he would be walking today.",
     "Stem cells grew back the cartilage."},
    {"inverted Had with a participle",
     "Had stem cells regrown his cartilage, he would not be on the surgery list.",
     "Stem cells regrow cartilage."},
    {"Should with the evidence supposed", /* the second review */
     "Should the trial confirm it, BMAC regenerates cartilage and spares patients surgery.",
     "BMAC regenerates cartilage and spares patients surgery."},
    {"Should with ours supposed",
     "Should the mouse data translate to people, amniotic cells cure spinal cord injury.",
     "Amniotic cells cure spinal cord injury."},
    {"inverted Should", /* blind round 21, s3945 */
     "Should the phase III results hold up, PRP would become the first injection shown to "
     "keep partial tendon tears from worsening.",
     "PRP keeps partial tendon tears from worsening."},
};

static void test_analyze_conditionals(void **state)
{
    fixture *fx = *state;
    check_below_warning(fx->scanner, conditional_cases,
                        sizeof conditional_cases / sizeof conditional_cases[0]);
}

static const quiet_case reported_cases[] = {
    {"what headlines called it", "Headlines called PRP a breakthrough for arthritis; the trials disagree.",
     "PRP is a breakthrough for arthritis."},
    {"a report in the passive", "Patients are often told that exosomes are 100% safe; that is not true.",
     "Exosomes are 100% safe."},
    {"a label in a relative clause",
     "Clinics that call exosomes a breakthrough are overstating the evidence.",
     "Exosomes are a breakthrough."},
    {"a report in the perfect passive",
     "Patients often arrive having been told by another clinic that exosomes carry zero "
     "risk, and I walk that back.",
     "Exosomes carry zero risk."},
    {"a report's own but", "Doctors say stem cells cure arthritis, but only in some patients.",
     "Stem cells cure arthritis."},
    {"a claim inside a report waved away",
     "Forget what clinics say about stem cells curing arthritis; the trials show no benefit.",
     "Stem cells cure arthritis."},
    {"a report the author does not agree with",
     "My surgeon says PRP heals tendons, but I don't agree.", "PRP heals tendons."},
    {"what influencers call it", /* round 23 */
     "Exosome facials are not FDA approved, no matter how many influencers call them a miracle.",
     "Exosome facials are a miracle."},
    {"told the readers of someone else", /* blind round 21, s3953 */
     "Promotional emails told subscribers the exosome drip was FDA approved.",
     "We told subscribers the exosome drip was FDA approved."},
    {"a colon right after the verb still reports", "The clinic claims: PRP heals tendons.",
     "PRP heals tendons."},
    {"a claim before the semicolon is reported", "The ad says PRP heals tendons; it does not.",
     "PRP heals tendons."},
    {"a colon that introduces the report", "The website claims two things: PRP heals tendons.",
     "PRP heals tendons."},
    {"read online", "You might have read online that PRP permanently regrows hair.",
     "PRP permanently regrows hair."},
    {"the clinic claims", "The clinic claims that stem cells cure arthritis.",
     "Stem cells cure arthritis."},
    {"critics say", "Critics say PRP heals nothing.", "PRP heals every tendon."},
    {"website says", "One website says exosomes reverse aging.", "Exosomes reverse aging."},
    {"curly quotes without an attribution word",
     "On the radio: \xE2\x80\x9C" "stem cells regrow cartilage\xE2\x80\x9D is the pitch.",
     "Stem cells regrow cartilage."},
    {"curly quotes mid-sentence",
     "The flyer read \xE2\x80\x9CPRP heals every tendon\xE2\x80\x9D in bold.",
     "PRP heals every tendon."},
    {"straight quotes", "He wrote \"exosomes reverse aging\" on the board.",
     "Exosomes reverse aging."},
    /* single quote marks quote only in pairs (they are apostrophes too) */
    {"single quotes, then a doubt",
     "'PRP heals every tendon,' the rep told me, though I've never seen a scan that shows it.",
     "PRP heals every tendon."},
    {"single quotes after convinced that",
     "Patients come in convinced that 'exosomes reverse aging', and I spend the visit on it.",
     "Exosomes reverse aging."},
    {"curly single quotes",
     "\xE2\x80\x98Stem cells regrow cartilage\xE2\x80\x99 reads the banner over the door.",
     "Stem cells regrow cartilage."},
    {"calling it a cure", "Calling the cord blood infusion a cure for autism is wrong.",
     "The cord blood infusion is a cure for autism."},
    {"a report disowned, not endorsed",
     "The nurse said exosomes regrow hair, and that's just not true.", "Exosomes regrow hair."},
    /* the author's verdict must close the clause and not be doubted */
    {"right to be sued", "The clinic says stem cells cure MS, and they were right to be sued.",
     "Stem cells cure MS."},
    {"not sure that's true",
     "The brochure says stem cells regrow cartilage, and honestly I'm not sure that's true.",
     "Stem cells regrow cartilage."},
    {"none of that's true", "Clinics claim stem cells cure autism, but none of that's true.",
     "Stem cells cure autism."},
    {"agreeing with the critics",
     "Clinics claim exosomes reverse aging, but dermatologists disagree, and they're right.",
     "Exosomes reverse aging."},
    /* someone the author knows is not the author */
    {"a relative's doctor says", "My dad's cardiologist says stem cells rebuild heart muscle.",
     "Stem cells rebuild heart muscle."},
    {"a relative who swears", "My brother-in-law swears his stem cell shot let him skip back "
     "surgery.",
     "Stem cell shots let you skip back surgery."},
    {"patients I met said", "Patients I met said stem cells cured their MS, but none had records.",
     "Stem cells cure MS."},
    {"registered does not mean approved",
     "Being registered with the FDA does not mean a stem cell product is approved.",
     "This stem cell product is registered with the FDA."},
};

/* A cue is quoted when an odd number of '"' tokens run from its sentence's first token
 * to its own first token: recounted here token by token for every cue of every
 * sentence, against the one pass of cck_analyze_sentence over the sorted cues. */
static void test_analyze_quoted_cues(void **state)
{
    fixture *fx = *state;
    static const char *const texts[] = {
        "He wrote \"exosomes reverse aging\" and \"stem cells cure\" it, PRP regrows hair.",
        "\"Stem cells\" cure \"arthritis\" say \"PRP\" fans, \"exosomes\" regrow hair.",
        "\"PRP heals tendons.\" Stem cells cure \"arthritis\". \" Exosomes regrow hair",
        "The flyer read \xE2\x80\x9CPRP heals every tendon\xE2\x80\x9D and stem cells cure MS.",
        "\"\"Stem cells cure arthritis\" stem cell therapy regrows cartilage.",
        /* the only quote mark is the sentence's first token: every cue is quoted */
        "\"Stem cells cure arthritis and PRP regrows hair.",
    };
    cck_text text;
    cck_text_init(&text);
    cck_match_vec matches = {0};
    cck_match_vec in_sentence = {0};
    cck_cue_vec cues = {0};
    size_t checked = 0;
    for (size_t t = 0; t < CCK_ARRAY_LEN(texts); t++) {
        assert_int_equal(cck_text_tokenize(&text, texts[t], strlen(texts[t])), CCK_OK);
        assert_int_equal(cck_text_segment(&text), CCK_OK);
        matches.count = 0;
        assert_int_equal(cck_matcher_find_phrases(fx->engine, &text, &matches), CCK_OK);
        for (size_t si = 0; si < text.sentence_count; si++) {
            const cck_sentence *sen = &text.sentences[si];
            size_t first = sen->first_token, end = first + sen->token_count;
            in_sentence.count = 0;
            for (size_t m = 0; m < matches.count; m++)
                if (matches.items[m].first_token >= first && matches.items[m].first_token < end)
                    assert_int_equal(cck_match_vec_push(&in_sentence, &matches.items[m]),
                                     CCK_OK);
            cck_sentence_result r;
            cues.count = 0;
            assert_int_equal(cck_analyze_sentence(fx->engine, &text, si, in_sentence.items,
                                                  in_sentence.count, &cues, &r),
                             CCK_OK);
            for (size_t k = 0; k < cues.count; k++) {
                const cck_work_cue *c = &cues.items[k];
                int inside = 0;
                for (size_t tok = first; tok <= c->first_token && tok < end; tok++) {
                    const cck_token *tk = &text.tokens[tok];
                    inside ^= tk->kind == CCK_TOKEN_PUNCT && tk->norm_len == 1 &&
                              text.norm.data[tk->norm] == '"';
                }
                if (c->quoted != inside)
                    fail_msg("text %zu, sentence %zu, cue at token %u: quoted %d, want %d", t,
                             si, c->first_token, c->quoted, inside);
                checked++;
            }
        }
    }
    assert_true(checked >= 15);
    cck_cue_vec_free(&cues);
    cck_match_vec_free(&matches);
    cck_match_vec_free(&in_sentence);
    cck_text_free(&text);
}

/* The cues of one sentence of s, analysed with engine, into cues. */
static void sentence_cues(const cck_engine *engine, const char *s, cck_text *text,
                          cck_cue_vec *cues)
{
    cck_match_vec matches = {0};
    assert_int_equal(cck_text_tokenize(text, s, strlen(s)), CCK_OK);
    assert_int_equal(cck_text_segment(text), CCK_OK);
    assert_int_equal(text->sentence_count, 1);
    assert_int_equal(cck_matcher_find_phrases(engine, text, &matches), CCK_OK);
    cck_sentence_result r;
    cues->count = 0;
    assert_int_equal(cck_analyze_sentence(engine, text, 0, matches.items, matches.count, cues,
                                          &r),
                     CCK_OK);
    cck_match_vec_free(&matches);
}

/* The cues left standing, as "PHRASE | PHRASE". */
static const char *kept_cues(const cck_cue_vec *cues, char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    for (size_t k = 0; k < cues->count; k++)
        if (!cues->items[k].dropped && used < size)
            used += (size_t)snprintf(out + used, size - used, "%s%s", used ? " | " : "",
                                     cues->items[k].entry->phrase);
    return out;
}

/* A match inside a longer one that starts at the same token is dropped, and of two
 * matches of the same words in one role the one read whole stays, even when the
 * gapped one comes first in the lexicon or later among the cues: the pruning searches
 * only the cues that start no later and the run with the same first and last token. */
static void test_analyze_cue_pruning(void **state)
{
    (void)state;
    static const struct {
        const char *lexicon;
        const char *text;
        const char *kept;
    } cases[] = {
        {"claim/cure 4 melt~\nclaim/cure 4 melt~ away\nclaim/cure 4 melt~ ... away\n",
         "PRP melts away pain.", "melt~ away"},
        {"claim/cure 4 melt~ ... away\nclaim/cure 4 melt~ away\nclaim/cure 4 melt~\n",
         "PRP melts away pain.", "melt~ away"},
        /* the same phrase twice: the entry loaded last wins */
        {"claim/cure 4 heal~ tendons\nclaim/cure 5 heal~ tendons\n", "PRP heals tendons.",
         "heal~ tendons"},
        /* a longer match starting earlier holds one that starts inside it */
        {"claim/cure 4 melt~ away\nclaim/cure 4 PRP melt~ away pain\n",
         "PRP melts away pain.", "PRP melt~ away pain"},
        /* ... and one that ends with it (the same last token, an earlier first) */
        {"claim/cure 4 melt~ away\nclaim/cure 4 PRP melt~ away\n", "PRP melts away pain.",
         "PRP melt~ away"},
        /* the same words in two roles: neither is longer, both stay */
        {"claim/cure 4 heal~ tendons\ntopic - heal~ tendons\n", "PRP heals tendons.",
         "heal~ tendons | heal~ tendons"},
        /* a match dropped for its gap (it opens inside a shield) hides nothing: not the
         * shield, which starts with it, nor a match after the shield */
        {"shield - end stage\nclaim/cure 4 end ... disease\nclaim/cure 4 stage liver\n",
         "PRP reverses end-stage liver disease.", "end stage | stage liver"},
        /* the cue reaching furthest holds what starts later and ends no later, though
         * a shorter cue came between */
        {"claim/cure 4 PRP melt~ away pain\nclaim/cure 4 PRP melt~\nclaim/cure 4 away pain\n",
         "PRP melts away pain.", "PRP melt~ away pain"},
    };
    char got[256];
    for (size_t c = 0; c < CCK_ARRAY_LEN(cases); c++) {
        cck_lexicon *lexicon = cck_lexicon_new();
        assert_non_null(lexicon);
        cck_error error;
        memset(&error, 0, sizeof error);
        assert_int_equal(cck_lexicon_load_buffer(lexicon, "t.lex", cases[c].lexicon,
                                                 strlen(cases[c].lexicon), &error),
                         CCK_OK);
        cck_engine *engine = NULL;
        assert_int_equal(cck_engine_new(lexicon, NULL, &engine, &error), CCK_OK);
        cck_lexicon_free(lexicon);
        cck_text text;
        cck_text_init(&text);
        cck_cue_vec cues = {0};
        sentence_cues(engine, cases[c].text, &text, &cues);
        if (strcmp(kept_cues(&cues, got, sizeof got), cases[c].kept) != 0)
            fail_msg("case %zu: kept \"%s\", want \"%s\"", c, got, cases[c].kept);
        if (c == 2) { /* which of the two equal phrases: the later entry, level 5 */
            for (size_t k = 0; k < cues.count; k++)
                if (!cues.items[k].dropped)
                    assert_int_equal(cues.items[k].entry->level, 5);
        }
        cck_cue_vec_free(&cues);
        cck_text_free(&text);
        cck_engine_free(engine);
    }
}

/* The cues come out in token order, the longer first, then by start, whatever the
 * order of the matches handed in: a sentence's matches analysed as found, reversed
 * and rotated give the same cues in the same order. The sort skips a cue already in
 * place; the last sentence has more cues than the insertion sort takes. */
static void test_analyze_cue_order(void **state)
{
    fixture *fx = *state;
    static const char *const texts[] = {
        "Stem cells cure arthritis, PRP regrows hair and exosomes reverse aging.",
        "No side effects: our stem cell therapy heals tendons and regrows cartilage.",
        "Stem cells, PRP, exosomes, stem cells, PRP, exosomes, stem cells, PRP, exosomes, "
        "stem cells, PRP, exosomes, stem cells, PRP, exosomes and stem cells cure arthritis and "
        "regrow hair.",
    };
    cck_text text;
    cck_text_init(&text);
    cck_match_vec matches = {0}, turned = {0};
    cck_cue_vec cues = {0}, want = {0};
    for (size_t t = 0; t < CCK_ARRAY_LEN(texts); t++) {
        assert_int_equal(cck_text_tokenize(&text, texts[t], strlen(texts[t])), CCK_OK);
        assert_int_equal(cck_text_segment(&text), CCK_OK);
        assert_int_equal(text.sentence_count, 1);
        matches.count = 0;
        assert_int_equal(cck_matcher_find_phrases(fx->engine, &text, &matches), CCK_OK);
        size_t n = matches.count;
        assert_true(n >= 4);
        if (t == 2 && n <= 16)
            fail_msg("text 2: %zu matches", n);
        for (size_t turn = 0; turn < 3; turn++) {
            turned.count = 0;
            for (size_t k = 0; k < n; k++) {
                size_t from = turn == 0 ? k : turn == 1 ? n - 1 - k : (k + n / 2) % n;
                assert_int_equal(cck_match_vec_push(&turned, &matches.items[from]), CCK_OK);
            }
            cck_sentence_result r;
            cck_cue_vec *out = turn == 0 ? &want : &cues;
            assert_int_equal(cck_analyze_sentence(fx->engine, &text, 0, turned.items, n, out, &r),
                             CCK_OK);
            assert_int_equal(out->count, n);
            for (size_t k = 1; k < n; k++) {
                const cck_work_cue *a = &out->items[k - 1], *b = &out->items[k];
                uint32_t la = a->last_token - a->first_token, lb = b->last_token - b->first_token;
                int ordered = a->first_token < b->first_token ||
                              (a->first_token == b->first_token &&
                               (la > lb || (la == lb && a->start <= b->start)));
                if (!ordered)
                    fail_msg("text %zu, turn %zu: cue %zu (token %u) before cue %zu (token %u)",
                             t, turn, k - 1, a->first_token, k, b->first_token);
            }
            for (size_t k = 0; turn > 0 && k < n; k++) {
                const cck_work_cue *a = &want.items[k], *b = &cues.items[k];
                if (a->first_token != b->first_token || a->last_token != b->last_token ||
                    a->start != b->start || a->dropped != b->dropped ||
                    a->negated != b->negated || a->level != b->level)
                    fail_msg("text %zu, turn %zu: cue %zu differs", t, turn, k);
            }
        }
    }
    cck_cue_vec_free(&cues);
    cck_cue_vec_free(&want);
    cck_match_vec_free(&matches);
    cck_match_vec_free(&turned);
    cck_text_free(&text);
}

static void test_analyze_reported(void **state)
{
    fixture *fx = *state;
    check_below_warning(fx->scanner, reported_cases,
                        sizeof reported_cases / sizeof reported_cases[0]);
    /* A quoted claim is still noted, flagged as reported. */
    seen s;
    assert_int_equal(scan(fx->scanner, reported_cases[3].text, &s, NULL), CCK_OK);
    assert_int_equal(s.count, 1);
    assert_int_equal(s.findings[0].severity, CCK_SEVERITY_INFO);
    assert_true(s.findings[0].flags & CCK_FINDING_REPORTED);
}

static const severity_case off_topic_cases[] = {
    {"a surgical repair named by its technique is another treatment", /* round-21 review */
     "Double-row repair halved the re-tear rate, and PRP added nothing.", CCK_SEVERITY_NONE,
     NULL},
    {"ours after a repair named by its technique",
     "After an all-inside repair, PRP heals the meniscus.", CCK_SEVERITY_WARNING, "cure-claim"},
    /* our treatment named after the claim only to be denied a part in it */
    {"with no stem cells involved",
     "He healed his tendon in a month after surgery, with no stem cells involved.",
     CCK_SEVERITY_NONE, NULL},
    {"with stem cells involved",
     "He healed his tendon in a month after surgery, with stem cells involved.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"not after the PRP shot", "The tendon healed after the surgery, not after the PRP shot.",
     CCK_SEVERITY_NONE, NULL},
    {"a treatment named before the claim is its subject",
     "PRP healed my tendon, not the surgery.", CCK_SEVERITY_WARNING, NULL},
    {"even when a negation reaches it", "Never underestimate PRP: it heals tendons for good.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"a negation that goes with a verb, not the treatment",
     "One injection healed my tendon for good and I never needed PRP again.",
     CCK_SEVERITY_WARNING, NULL},
    {"a negation further back is about something else",
     "My tendon healed for good, and there was no waiting list for the PRP.",
     CCK_SEVERITY_WARNING, NULL},
    /* another treatment as the subject of the claim's clause */
    {"ice as the subject", "Ice relieves the pain after a PRP shot.", CCK_SEVERITY_NONE, NULL},
    {"physio as the subject", "Physiotherapy carries none of the risks of stem cell injections.",
     CCK_SEVERITY_NONE, NULL},
    {"the other treatment compared with ours",
     "Cortisone shots are far less effective at healing tendons than PRP.",
     CCK_SEVERITY_WARNING, NULL},
    {"the other treatment names the patients",
     "Knee replacement patients heal faster with PRP.", CCK_SEVERITY_WARNING, NULL},
    {"a subject of two other treatments",
     "Ice and elevation relieve the swelling after a PRP injection.", CCK_SEVERITY_NONE, NULL},
    {"and before our treatment opens its own clause", "Ice helps and PRP heals the tendon.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"the other treatment better than any of ours",
     "Weight loss relieves knee arthritis pain better than any stem cell injection.",
     CCK_SEVERITY_NONE, NULL},
    {"our treatment as what the other spins",
     "The centrifuge we use to spin your PRP is a revolutionary machine.", CCK_SEVERITY_NONE, NULL},
    {"our treatment added to the other", "Physio heals tendons twice as fast with PRP.",
     CCK_SEVERITY_WARNING, NULL},
    {"our treatment in a clause of its own", "Massage feels nice, but PRP heals the tendon.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"our treatment as the time of the other", "Ice after PRP relieves the soreness.",
     CCK_SEVERITY_NONE, NULL},
    {"the other treatment inside our treatment's subject",
     "PRP after ACL surgery keeps the graft from failing.", CCK_SEVERITY_WARNING,
     "prevention-claim"},
    /* a thing used beside the treatment as the subject (lexicon class subject) */
    {"stitches as the subject", "Sutures close the wound after the PRP injection.",
     CCK_SEVERITY_NONE, NULL},
    {"the centrifuge as the subject",
     "The centrifuge does exactly what it says before your PRP treatment.",
     CCK_SEVERITY_NONE, NULL},
    {"a thing used beside ours, before a relative clause",
     "Our PRP clinic closes every cut with the finest stitches, which heal the wound in "
     "days.", CCK_SEVERITY_NONE, NULL},
    {"the thing only named after our treatment's claim",
     "PRP closes wounds without stitches.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"the thing added to by our treatment", "Stitches heal the wound faster with PRP.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"our treatment put to use as the cause", "Stitches heal faster when PRP is applied.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"our treatment as the time of a remedy's work",
     "Ice relieves the soreness once PRP is injected.", CCK_SEVERITY_NONE, NULL},
    {"our treatment as the time of a prevention",
     "Antibiotics prevent infection when PRP is injected in an office setting.",
     CCK_SEVERITY_NONE, NULL},
    {"our treatment only as the time, in a when-clause",
     "Ice relieves the soreness when PRP wears off.", CCK_SEVERITY_NONE, NULL},
    {"our treatment inside the claim's words",
     "Ultrasound guidance is what makes PRP work every time.", CCK_SEVERITY_ERROR,
     "certainty-booster"},
    /* "It" and "They" take the thing the sentence before named last */
    {"it after another treatment named last",
     "My surgeon talked me out of the stem cell shot and into physical therapy. It fixed "
     "my knee in ten weeks.", CCK_SEVERITY_NONE, NULL},
    {"they after things used beside ours",
     "Before and after any regenerative injection, the ice and the crutches are "
     "non-negotiable. They are what stops the swelling.", CCK_SEVERITY_NONE, NULL},
    {"it after another treatment only compared",
     "PRP is cheaper than surgery. It heals tendons in weeks.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"they after ours and another joined",
     "We offer stem cells and physical therapy. They rebuild your knee.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"it after the treatment one switched to",
     "PRP failed, so I switched to surgery. It fixed my knee for good.", CCK_SEVERITY_NONE,
     NULL},
    {"it after ours paired with another stays ours", /* the review of round 21 */
     "We pair our stem cell injections with a custom brace. It regrows the cartilage while "
     "the brace protects the joint.", CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"they after the practitioner one was referred to", /* listed in the last two notes */
     "The PRP clinic referred me to a chiropractor. They fixed my back.", CCK_SEVERITY_NONE,
     NULL},
    {"she after a practitioner", "The PRP clinic referred me to a physiotherapist. She fixed "
     "my shoulder.", CCK_SEVERITY_NONE, NULL},
    {"the longer of two names that start together", /* the second review */
     "The clinic's PRP failed and I saw a massage therapist. She eliminated my pain.",
     CCK_SEVERITY_NONE, NULL},
    {"he is a person, not the treatment", "My personal trainer swears by PRP. He heals my knee.",
     CCK_SEVERITY_NONE, NULL},
    {"he is the provider when no practitioner was named", /* the code review */
     "Dr. Lee offers stem cell injections for knee arthritis. He guarantees a full recovery.",
     CCK_SEVERITY_ERROR, "certainty-booster"},
    {"physio is also the therapy", "My surgeon talked me out of the stem cell shot and into "
     "physio. It fixed my knee completely.", CCK_SEVERITY_NONE, NULL},
    {"and also the person", "I tried PRP first and then saw a physio. She healed my knee.",
     CCK_SEVERITY_NONE, NULL},
    {"he with the treatment back in the sentence", "Last month I injected bone marrow "
     "concentrate into a cyclist's hip. He raced two weeks later, which shows how well it "
     "repairs labral tears.", CCK_SEVERITY_WARNING, NULL},
    {"it after a joint that replaced the old one", /* round 22, s4064 */
     "My surgeon offered me stem cell injections first, but in the end I went straight for "
     "the titanium hip. It has given me my life back.", CCK_SEVERITY_NONE, NULL},
    {"it is never a practitioner", "I got PRP and saw a chiropractor. It fixed my back.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
    {"it after the thing ours is added to",
     "We add PRP to every hair transplant. It regrows thinning hair.", CCK_SEVERITY_WARNING,
     "regeneration-claim"},
    {"a device as the subject", "Patients at St. Bride's can choose between stem cell "
     "injections and a robotic knee replacement system installed in March. The robot is a "
     "genuine breakthrough for surgeons.", CCK_SEVERITY_NONE, NULL},
    {"a person praised", "got my PRP shot this morning then went to see Dr. Patel about my "
     "thyroid. she is honestly a miracle worker", CCK_SEVERITY_NONE, NULL},
    {"it after another treatment only compared with to",
     "PRP is equivalent to surgery for many tears. It heals the tendon without a scalpel.",
     CCK_SEVERITY_WARNING, NULL},
    {"it after the means named with with", "We inject BMAC with a fine needle. It rebuilds "
     "cartilage in weeks.", CCK_SEVERITY_WARNING, NULL},
    {"it after a thing joined to ours past a word of its name",
     "We treat every knee with our stem cell protocol and a custom brace. It regrows "
     "cartilage.", CCK_SEVERITY_WARNING, NULL},
    {"it after a person who speaks",
     "My doctor recommended PRP over surgery, and my physio agreed. It healed my elbow "
     "completely.", CCK_SEVERITY_ERROR, NULL},
    {"it after a thing named as the means", "PRP comes in a small syringe. It heals tendons "
     "fast.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"they after a singular thing", "Stem cells are harvested from your hip under local "
     "anesthetic. They rebuild worn cartilage.", CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"it after another treatment named as a place",
     "Platelet-rich plasma is now offered at Northgate Sports Physio. It heals torn "
     "tendons.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"another thing behind a determiner and its modifiers",
     "A well-fitted brace protects the knee from twisting injuries while the PRP settles in.",
     CCK_SEVERITY_NONE, NULL},
    {"a verb before the other thing ends the subject",
     "The tendon is braced and PRP heals it.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"our treatment as what the other prepares",
     "The centrifuge we use to prepare your PRP is a revolutionary piece of engineering.",
     CCK_SEVERITY_NONE, NULL},
    {"the word alternative is no other treatment",
     "The only alternative that regrows cartilage is our stem cell shot.",
     CCK_SEVERITY_WARNING, NULL},
    {"sunscreen", "Sunscreen prevents sunburn.", CCK_SEVERITY_NONE, NULL},
    {"software fix", "This update fixes crashes.", CCK_SEVERITY_NONE, NULL},
    {"app cures", "Our new app cures boredom.", CCK_SEVERITY_NONE, NULL},
    {"miracle elsewhere", "The goalkeeper's save was a miracle.", CCK_SEVERITY_NONE, NULL},
    /* irony about the selling: on topic, but no claim about the treatment */
    {"miracle of marketing", "That exosome facial is a miracle of marketing.",
     CCK_SEVERITY_NONE, NULL},
    {"marketing miracle", "The stem cell clinic is a marketing miracle.", CCK_SEVERITY_NONE,
     NULL},
    {"the miracle itself", "That exosome facial is a miracle.", CCK_SEVERITY_WARNING,
     "hype-word"},
    {"guaranteed delivery", "Delivery is guaranteed to be fast.", CCK_SEVERITY_NONE, NULL},
    /* an instruction, not a report */
    {"been told to", "She has been told to rest after PRP, and PRP heals tendons.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    /* a relative clause about another product named beside the treatment */
    {"which after another product",
     "We sell PRP kits next to the Capillus laser cap, which regrows hair for many men.",
     CCK_SEVERITY_NONE, NULL},
    {"which after the treatment", "We sell PRP kits, which regrow hair for many men.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"which after the treated body part", "We inject PRP into the tendon, which speeds healing.",
     CCK_SEVERITY_WARNING, NULL},
    /* a present-tense result scoped to the animals it was found in reports the
     * evidence; handed on to people it is an extrapolation */
    {"a result in rats", "Study: PRP heals tendons in rats.", CCK_SEVERITY_NONE, NULL},
    {"in mice, before the comma", "In mice, stem cells regrow cartilage.", CCK_SEVERITY_NONE,
     NULL},
    {"in mice, and soon in you", "Stem cells regrow cartilage in mice, and soon in you.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"animals and then people", "PRP heals knees in dogs and their owners.",
     CCK_SEVERITY_WARNING, "extrapolation"},
    {"two kinds of animal", "PRP heals tendons in rats and monkeys.", CCK_SEVERITY_NONE, NULL},
    {"the animals six words on", "Stem cell injections reverse spinal damage in paralysed "
     "rats", CCK_SEVERITY_NONE, NULL},
    {"in cell culture, which is why", "In cell culture, PRP multiplied tenocytes fivefold, "
     "which is why a PRP shot heals tennis elbow.", CCK_SEVERITY_WARNING, "extrapolation"},
    {"it works in mice", "Stem cell procedures work in mice but not yet in people.",
     CCK_SEVERITY_NONE, NULL},
    {"survivors among the animals",
     "Stem cell-treated rats lived longer, and the survivors regrew nerve tissue.",
     CCK_SEVERITY_NONE, NULL},
};

/* On the topic, with a word a claim could start from, but no claim. */
static const severity_case no_claim_cases[] = {
    {"another thing with a relative clause of its own",
     "The centrifuge that spins down your PRP is a revolutionary bit of Swiss engineering.",
     CCK_SEVERITY_NONE, NULL},
    {"the parking lot at our clinic", "The parking lot at our stem cell clinic is completely safe at night.",
     CCK_SEVERITY_NONE, NULL},
    {"a record with its follow-up said",
     "None of our patients has had a side effect yet, but the trial only started last month and we follow everyone for two years.",
     CCK_SEVERITY_NONE, NULL},
    {"something else can't do you any harm",
     "A second opinion can't do you any harm before you pay for stem cells.", CCK_SEVERITY_NONE,
     NULL},
    {"a guarantee about the parking", "Our PRP suite comes with free, guaranteed parking right outside the door.",
     CCK_SEVERITY_NONE, NULL},
    {"an event, not a treatment", "The Lisbon conference was a game changer for stem cell researchers.",
     CCK_SEVERITY_NONE, NULL},
    {"keeping something else at bay", "We keep the paperwork at bay so you can focus on your stem cell consultation.",
     CCK_SEVERITY_NONE, NULL},
    {"in some men hedges", "PRP for hair loss works in some men, according to small studies.",
     CCK_SEVERITY_NONE, NULL},
    /* the review of this session's rules */
    {"a clause booster before no claim", "There is no question that PRP is popular with athletes.",
     CCK_SEVERITY_NONE, NULL},
    {"a treatment set aside at the start", "Unlike PRP, cortisone relieves pain within hours.",
     CCK_SEVERITY_NONE, NULL},
    {"a treatment set aside with its article and overlapping names",
     "It was rest, not the stem cell injection, that fixed my back.", CCK_SEVERITY_NONE, NULL},
    {"clears something else for good", "Our stem cell clinic cleared its backlog for good.",
     CCK_SEVERITY_NONE, NULL},
    {"a treatment set aside with not", "Physiotherapy, not PRP, is what healed my tendon.",
     CCK_SEVERITY_NONE, NULL},
    {"a treatment set aside before a booster",
     "A knee replacement, unlike PRP, is a proven treatment for bone-on-bone arthritis.",
     CCK_SEVERITY_NONE, NULL},
    {"a treatment set aside with rather than",
     "Surgery rather than stem cells is proven to repair a full-thickness tear.",
     CCK_SEVERITY_NONE, NULL},
    {"the FDA approving a trial", "The FDA has approved our phase II stem cell trial.",
     CCK_SEVERITY_NONE, NULL},
    {"a no opening a later clause reaches past a long subject",
     "PRP is popular, and no clinic in the whole of the state can honestly say it cures arthritis.",
     CCK_SEVERITY_NONE, NULL},
    {"another regulator approving a trial of the treatment",
     "Health Canada approved our clinical trial of the stem cell treatment.", CCK_SEVERITY_NONE,
     NULL},
    {"regrown as a participle after its noun reports",
     "Hair regrown after PRP in the pilot study was thinner and fell out within a year.",
     CCK_SEVERITY_NONE, NULL},
    {"treating the symptoms is a practice", "We treat the symptoms of arthritis with PRP.",
     CCK_SEVERITY_NONE, NULL},
    /* the review of the twenty-first round's entries: the same words in another sense */
    {"won't hurt a thing is no harm in asking",
     "Asking your doctor about stem cells won't hurt a thing.", CCK_SEVERITY_NONE, NULL},
    {"harmless said of a side note", "The bruising after a PRP injection is harmless.",
     CCK_SEVERITY_NONE, NULL},
    {"held off a treatment is put off", "He held off hair loss treatment until PRP got cheaper.",
     CCK_SEVERITY_NONE, NULL},
    {"sanctioned by regulators is punished",
     "The exosome company was sanctioned by federal regulators for false claims.",
     CCK_SEVERITY_NONE, NULL},
    {"end-stage names a disease", "PRP is offered to patients with end-stage knee arthritis.",
     CCK_SEVERITY_NONE, NULL},
    {"end-organ names a disease", "MSCs are being tested for end-organ damage in diabetes.",
     CCK_SEVERITY_NONE, NULL},
    {"stop taking a drug", "Stop taking ibuprofen for pain five days before your PRP injection.",
     CCK_SEVERITY_NONE, NULL},
    {"stop a habit", "Most PRP patients stop icing for pain after two days.", CCK_SEVERITY_NONE,
     NULL},
    {"a trial ends", "The stem cell trial ended early because of disease progression.",
     CCK_SEVERITY_NONE, NULL},
    {"a risk eliminated", "Because PRP is autologous, it eliminates the risk of disease transmission.",
     CCK_SEVERITY_NONE, NULL},
    {"a regulator approves a trial", "The EMA approved the trial protocol for the stem cell study.",
     CCK_SEVERITY_NONE, NULL},
    {"a regulator approves nothing", "Health Canada has approved no stem cell therapy for arthritis.",
     CCK_SEVERITY_NONE, NULL},
    {"waiting for approval", "We are still waiting for the government's approval of our stem cell trial.",
     CCK_SEVERITY_NONE, NULL},
    {"a story in the past", "The ice pack melted away during the PRP session.", CCK_SEVERITY_NONE,
     NULL},
    {"recovery with or without", "Most stroke patients get some function back within months, with "
     "or without stem cells.", CCK_SEVERITY_NONE, NULL},
    /* "work" as a noun, or how someone works */
    {"heals nothing", "PRP heals nothing.", CCK_SEVERITY_NONE, NULL},
    /* "nothing" made a superlative by a comparison with ours; an aside after it */
    {"nothing heals like ours", "Nothing heals a tendon like PRP does.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"nothing better than ours", "Nothing regrows hair better than exosomes.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"nothing like another treatment", "Nothing suggests that PRP heals tendons like surgery "
     "does.", CCK_SEVERITY_NONE, NULL},
    {"nothing, not even ours", "Nothing, not even PRP, heals the tendon.", CCK_SEVERITY_NONE,
     NULL},
    {"nothing, not even another, like ours",
     "Nothing, not even a cortisone shot, heals a tendon like PRP does.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"nothing in brackets", "Nothing (not even PRP) heals a full-thickness tear.",
     CCK_SEVERITY_NONE, NULL},
    {"nothing between dashes", "Nothing - not even a stem cell shot - prevents arthritis.",
     CCK_SEVERITY_NONE, NULL},
    /* a "Nothing" that opens the sentence, with words of its own before a listing aside */
    {"nothing we tried, from ours to ours", "Nothing we tried, from PRP to stem cells, "
     "repaired her cartilage.", CCK_SEVERITY_NONE, NULL},
    {"nothing on the market, including ours",
     "Nothing on the market, including PRP, regrows cartilage.", CCK_SEVERITY_NONE, NULL},
    {"nothing we tried helped, then ours did",
     "Nothing we tried helped, then PRP healed it, and now I run again.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"nothing helped until ours did", "Nothing helped until PRP healed the tear.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"nothing prepared me for how ours did",
     "Nothing, including my own low expectations, prepared me for how fast PRP healed my "
     "tendon.", CCK_SEVERITY_WARNING, NULL},
    {"nothing but ours", "Nothing but PRP healed my tendon.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"nothing, not this, not that", "Nothing - not PRP, not stem cells, not exosomes - has "
     "been shown to cure autism.", CCK_SEVERITY_NONE, NULL},
    {"nothing beats something else before ours",
     "Nothing beats a good night's sleep before your PRP appointment.", CCK_SEVERITY_NONE,
     NULL},
    {"nothing else the way ours does",
     "Nothing else restores lost collagen the way our exosome facial does.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"nothing as well as ours", "There is nothing that heals a rotator cuff as well as PRP.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"a relative clause after nobody that denies",
     "The cure nobody has proven is being sold as stem cell therapy.", CCK_SEVERITY_NONE, NULL},
    {"helps nobody in the end", "Stem cell tourism helps nobody in the end.", CCK_SEVERITY_NONE,
     NULL},
    /* "nobody" opening a relative clause after a claim noun is no object */
    {"the game changer nobody wants to talk about",
     "Stem cells are the game changer nobody in neurology wants to talk about.",
     CCK_SEVERITY_WARNING, "hype-word"},
    {"proves that without a benefit",
     "This case proves that stem cell clinics need stricter oversight.", CCK_SEVERITY_NONE,
     NULL},
    {"they work in shifts", "Our stem cell clinic has three doctors, and they work in shifts.",
     CCK_SEVERITY_NONE, NULL},
    {"shots work out to", "PRP shots work out to about $800 each.", CCK_SEVERITY_NONE, NULL},
    {"how they work", "Researchers are still trying to understand how PRP injections work.",
     CCK_SEVERITY_NONE, NULL},
    {"a repair across a gap",
     "Skipping physical therapy after meniscus repair is risky; PRP does not change that.",
     CCK_SEVERITY_NONE, NULL},
    {"no chance of avoiding",
     "Without sterile technique, there is no chance of avoiding infection with these stem cell "
     "injections.", CCK_SEVERITY_NONE, NULL},
    {"donors save lives", "Registering as a stem cell donor saves lives.", CCK_SEVERITY_NONE,
     NULL},
    {"protect patients at risk of being exploited",
     "The new rules protect patients at risk of being exploited by stem cell clinics.",
     CCK_SEVERITY_NONE, NULL},
    {"a registered lab", "Our lab is registered with the FDA, but our stem cell product is not "
     "approved.", CCK_SEVERITY_NONE, NULL},
    {"science-based rules", "We need science-based rules for stem cell clinics.",
     CCK_SEVERITY_NONE, NULL},
    {"the FDA approving a trial", "The FDA approved the trial protocol for our stem cell study.",
     CCK_SEVERITY_NONE, NULL},
    {"that work is a noun", "That work on stem cells was funded by a federal grant.",
     CCK_SEVERITY_NONE, NULL},
    {"they work with athletes", "Our PRP nurses are great, they work with pro athletes.",
     CCK_SEVERITY_NONE, NULL},
    {"how the cells work", "Mesenchymal stem cells work by releasing signalling molecules.",
     CCK_SEVERITY_NONE, NULL},
};

static void test_analyze_no_claim(void **state)
{
    fixture *fx = *state;
    check_exact(fx->scanner, no_claim_cases, sizeof no_claim_cases / sizeof no_claim_cases[0]);
}

static void test_analyze_off_topic(void **state)
{
    fixture *fx = *state;
    check_exact(fx->scanner, off_topic_cases,
                sizeof off_topic_cases / sizeof off_topic_cases[0]);
    /* a treatment denied a part makes no claim of ours for the profile either, while
     * the same claim with the treatment as its subject is counted */
    seen s;
    cck_profile profile;
    assert_int_equal(scan(fx->scanner, "My tendon healed fully and I never had PRP.", &s,
                          &profile),
                     CCK_OK);
    assert_int_equal(s.count, 0);
    assert_int_equal(profile.claims, 0);
    assert_int_equal(profile.topic_sentences, 1);
    assert_int_equal(scan(fx->scanner, "My tendon healed fully after PRP.", &s, &profile),
                     CCK_OK);
    assert_int_equal(s.count, 1);
    assert_int_equal(profile.claims, 1);
}

static const severity_case evidence_cases[] = {
    /* an approval is checked against the regulator's record: controlled trials named
     * behind it are its evidence, a pilot study is not */
    {"approval resting on controlled trials",
     "Cord blood products are FDA approved for blood cancers, approvals that rest on "
     "randomized controlled trials.",
     CCK_SEVERITY_NONE, NULL},
    {"approval beside a pilot study", "Our stem cell injections are FDA approved, as a pilot "
     "study showed.", CCK_SEVERITY_WARNING, "regulatory-claim"},
    {"trials under way are not the approval's evidence",
     "Our stem cell therapy is FDA approved, and randomized controlled trials are now under "
     "way.",
     CCK_SEVERITY_WARNING, "regulatory-claim"},
    {"a trial in the next sentence is not the approval's",
     "PRP is FDA approved. A randomized controlled trial of 440 patients found no difference "
     "from saline.",
     CCK_SEVERITY_ERROR, "regulatory-claim"},
    {"trial in the same sentence",
     "A randomized controlled trial of 120 patients found that PRP reduced pain.",
     CCK_SEVERITY_NONE, NULL},
    {"trial in the next sentence",
     "PRP reduces knee pain. A randomized controlled trial of 120 patients showed this.",
     CCK_SEVERITY_NONE, NULL},
    {"a null trial in the next sentence is no support",
     "PRP heals tendons. A randomized controlled trial of 120 patients found no difference "
     "from saline.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"a null trial in the claim's own sentence is no support",
     "PRP heals tendons, although a randomized controlled trial of 120 patients found no "
     "difference from saline.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"no difference in side effects is not a null result",
     "A randomized controlled trial of 120 patients found that PRP healed tendons, with no "
     "difference in side effects.",
     CCK_SEVERITY_NONE, NULL},
    {"no more pain is an outcome, not a null result",
     "A randomized controlled trial of 120 patients found that PRP healed tendons, with no "
     "more pain at six weeks.",
     CCK_SEVERITY_NONE, NULL},
    {"no significant side effects is about harms",
     "In a randomized controlled trial of 230 patients, PRP reduced knee pain at 12 months "
     "with no significant side effects.",
     CCK_SEVERITY_NONE, NULL},
    {"no significant side effects in the next sentence is support, not a null result",
     "PRP heals tendons. A randomized trial of 200 patients found PRP had no significant side "
     "effects.",
     CCK_SEVERITY_NONE, NULL},
    {"a null phrase beside a claim with its own evidence is about something else",
     "A meta-analysis of 12 randomized trials found PRP relieved elbow pain better than "
     "steroid, though there was no difference at six weeks.",
     CCK_SEVERITY_NONE, NULL},
    {"a null phrase with no concession between is about something else",
     "A 2021 randomized trial found PRP improved tendon pain compared with saline, with no "
     "difference between the two injection schedules.",
     CCK_SEVERITY_NONE, NULL},
    {"after the null result, the same trial's later result in the past tense",
     "A randomized trial found no difference at six weeks, but by one year PRP had healed "
     "significantly more tendons than saline.",
     CCK_SEVERITY_NONE, NULL},
    {"a concession opening the sentence before the null result",
     "Although a large randomized trial found no difference, PRP heals tendon tears in most "
     "patients.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"no more relief than saline in the next sentence is a null result",
     "PRP heals damaged tendons. In a randomized trial of 100 patients, PRP gave no more pain "
     "relief than saline.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"no more effective than saline is a null result",
     "PRP heals tendons, but a randomized controlled trial of 120 patients found it no more "
     "effective than saline.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"a trial that failed to improve is no support",
     "PRP regrows cartilage. A randomized controlled trial of 90 knees failed to improve "
     "cartilage volume.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"review in the next sentence",
     "PRP reduces knee pain. A systematic review of nine trials agreed.", CCK_SEVERITY_NONE,
     NULL},
    {"meta-analysis in the same sentence",
     "A meta-analysis found that PRP relieves elbow pain.", CCK_SEVERITY_NONE, NULL},
    {"controlled trial in the previous sentence",
     "A placebo controlled trial enrolled 200 runners. Stem cells relieved their heel pain.",
     CCK_SEVERITY_NONE, NULL},
    /* a quoted slogan neither raises nor lifts the author's own claim beside it */
    {"a quoted absolute beside a trial",
     "Despite the clinic's \"100% safe\" slogan, a placebo-controlled trial found that PRP "
     "relieved elbow pain.",
     CCK_SEVERITY_NONE, NULL},
    {"a quoted booster beside a trial",
     "The clinic calls it \"a guaranteed cure\"; a randomized controlled trial showed only "
     "that PRP reduced pain.",
     CCK_SEVERITY_NONE, NULL},
    {"the author's booster past a quoted one",
     "Forget the clinic's \"guaranteed\" tagline, PRP definitely heals tennis elbow.",
     CCK_SEVERITY_ERROR, "certainty-booster"},
    /* the same claims with no evidence near them */
    {"control: no evidence", "PRP reduces knee pain.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"control: evidence in another paragraph",
     "A randomized controlled trial of 120 patients was run.\n\nPRP reduces knee pain.",
     CCK_SEVERITY_WARNING, "cure-claim"},
};

static void test_analyze_evidence_nearby(void **state)
{
    fixture *fx = *state;
    check_exact(fx->scanner, evidence_cases, sizeof evidence_cases / sizeof evidence_cases[0]);
}

static const severity_case scope_cases[] = {
    /* a report the author sets the claim against */
    {"contrary to what critics say", "Contrary to what critics say, stem cells cure arthritis.",
     CCK_SEVERITY_ERROR, "cure-claim"},
    {"despite what skeptics claim", "Despite what skeptics claim, PRP heals tendons.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"unlike what", "Unlike what the critics say, PRP heals tendons.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    /* a claim in a clause of its own after the report is the author's */
    {"a claim after the colon of a report", "Anyone who tells you otherwise is wrong: PRP heals tendons.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"a claim after the semicolon of a report",
     "Critics say PRP does nothing; in fact it heals tendons.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"a colon after the report's subject", "Critics argue about it: science has settled "
     "that stem cells work for knees.", CCK_SEVERITY_ERROR, "certainty-booster"},
    {"a colon after the report's subject behind with",
     "Nobody gets to argue with this one: PRP heals tendons.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"a booster inside the disputed report lifts nothing after it",
     "The clinic says it's all proven, which is wrong; at best PRP may ease the pain.",
     CCK_SEVERITY_INFO, NULL},
    {"the author's claim after the dispute is the primary one",
     "The forum insists exosomes definitely work, which is wrong: exosomes are simply a "
     "breakthrough that rebuilds collagen.", CCK_SEVERITY_ERROR, "regeneration-claim"},
    {"an exaggeration judged", "The clinic says it's all proven, which is an exaggeration, "
     "but PRP does heal tendons.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"nor an unhedged claim after it",
     "The clinic says it's all proven, which is wrong; PRP heals tendons.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"a booster in the author's own clause still lifts",
     "The clinic says PRP is hype, which is wrong; PRP definitely heals tendons.",
     CCK_SEVERITY_ERROR, NULL},
    {"a colon further from the report's subject introduces the report",
     "The clinic argues about it in its FAQ: stem cells cure arthritis.", CCK_SEVERITY_INFO,
     NULL},
    /* a treatment that boasts something has it */
    {"the treatment boasts", "Autologous stem cells boast a side-effect profile of zero.",
     CCK_SEVERITY_ERROR, "safety-absolute"},
    {"the clinic boasts", "The clinic boasts that PRP heals every tendon.", CCK_SEVERITY_INFO,
     "cure-claim"},
    {"a colon after a repeated report introduces it", "The clinic claims over and over: PRP heals "
     "tendons.", CCK_SEVERITY_INFO, "cure-claim"},
    /* a condition that supposes the treatment works carries the clause after it;
     * one about the reader, or one that supposes it fails, does not */
    {"the clause after a supposition that it works", "If PRP works, you can avoid surgery.",
     CCK_SEVERITY_INFO, NULL},
    {"the clause after a supposition with a claim of its own",
     "If stem cells regrow the cartilage, the knee replacement can be cancelled.",
     CCK_SEVERITY_INFO, NULL},
    /* a certainty word alone vouches for a benefit, not for a harm */
    {"science shows a risk", "Science shows that stem cell injections carry a risk of "
     "infection.", CCK_SEVERITY_NONE, NULL},
    {"science shows a benefit", "Science shows that stem cell injections regrow cartilage.",
     CCK_SEVERITY_ERROR, NULL},
    {"the treatment's name works", "PRP works.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"how the treatment works", "PRP works by releasing growth factors into the tendon.",
     CCK_SEVERITY_NONE, NULL},
    {"a supposition that the treatment's name works",
     "If PRP works, you will not need surgery.", CCK_SEVERITY_INFO, "surgery-avoidance"},
    /* (the consequent asserted would make the sentence a warning: an asserted claim
     * comes before the conditional "PRP works") */
    {"a supposition of several words", "As long as PRP works, you can skip surgery.",
     CCK_SEVERITY_INFO, NULL},
    {"a condition about the reader", "If your knee hurts, PRP heals it.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"an asserted claim before a conditional one", "If you want to avoid surgery, PRP heals "
     "tendons.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"the clause after a counterfactual", "Had the stem cells repaired the disc, her MRI "
     "would show restored disc height.", CCK_SEVERITY_INFO, NULL},
    {"a counterfactual ends at its clause", "Had the surgeon had his way I'd have a new hip; "
     "instead, stem cells regrew my cartilage.", CCK_SEVERITY_WARNING, NULL},
    {"a condition that supposes the treatment fails",
     "If PRP doesn't work, stem cells will fix it.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"a temporal when is no supposition",
     "When the stem cells settle into the disc, the disc is rebuilt from inside.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"the supposition reaches one clause only",
     "If PRP works, you can avoid surgery, and stem cells regrow cartilage in everyone.",
     CCK_SEVERITY_WARNING, NULL},
    /* the doubters' report denied by the author */
    /* what was told to the author about the author's own body is still a report */
    {"told me it would fix my back", "1 star. The consultant told me the SVF procedure was "
     "guaranteed to fix my back, and she was wrong.", CCK_SEVERITY_INFO, NULL},
    {"the author's own result after the report",
     "\"PRP heals rotator cuffs,\" my surgeon told me, and he was right - it healed mine in "
     "eight weeks.", CCK_SEVERITY_WARNING, NULL},
    {"the author's own testimonial in a clause after the report",
     "A colleague insists BMAC is 100% effective for avascular necrosis; I've seen too many "
     "failures to agree.", CCK_SEVERITY_INFO, NULL},
    {"the author's claim after the report is endorsed and a dash",
     "My surgeon told me stem cells work, and he was right - they healed my knee.",
     CCK_SEVERITY_WARNING, NULL},
    {"the doubters have not tried it", "Anyone who says PRP doesn't work hasn't tried it.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"the doubters have the trials", "Critics who say PRP doesn't work have the trials on "
     "their side.", CCK_SEVERITY_NONE, NULL},
    {"a claim after a comma right after the judgement",
     "Whoever told you PRP does nothing for hair loss was wrong, it works.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"a judgement with more words before the comma still reports",
     "Whoever told you PRP heals tendons was wrong about it, sadly.", CCK_SEVERITY_INFO,
     "cure-claim"},
    {"a comma after a judged report, with the claim inside the report",
     "Whoever told you PRP heals tendons was wrong, sadly.", CCK_SEVERITY_INFO, "cure-claim"},
    /* an emoji after "no" and a short noun phrase, before a clause that opens with a
     * treatment or a pronoun, ends the negation as a comma would; inside one clause,
     * or after another trigger, it ends nothing */
    {"an emoji ends the window", "no pain \xF0\x9F\x99\x8C PRP heals tendons",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"an emoji after nothing, before a capital", "PRP = your own platelets, nothing foreign "
     "\xF0\x9F\xA9\xB8 Zero chance of a reaction", CCK_SEVERITY_ERROR, "safety-absolute"},
    {"an emoji after nothing, inside its clause", "nothing \xF0\x9F\x99\x84 in PRP can "
     "regrow cartilage", CCK_SEVERITY_NONE, NULL},
    {"an emoji right after not", "PRP does not \xF0\x9F\x99\x85 heal tendons",
     CCK_SEVERITY_NONE, NULL},
    {"an emoji inside a long scope", "There's no proof \xF0\x9F\x99\x84 that PRP heals tendons",
     CCK_SEVERITY_NONE, NULL},
    {"an emoji inside a condition", "If stem cells \xF0\x9F\xA7\xAC cured arthritis, surgeons "
     "would be out of work", CCK_SEVERITY_INFO, "cure-claim"},
    {"an emoji inside the negated noun phrase",
     "No stem cell \xF0\x9F\xA7\xAC treatment has been proven to reverse arthritis",
     CCK_SEVERITY_NONE, NULL},
    {"an emoji after not and an adverb", "PRP did not fully \xF0\x9F\x98\xA2 heal my tendon",
     CCK_SEVERITY_NONE, NULL},
    {"an emoji after not, before a treatment",
     "Not a single \xF0\x9F\x99\x84 stem cell clinic has shown it regrows cartilage",
     CCK_SEVERITY_NONE, NULL},
    {"an emoji after the treatment it negates", "No PRP \xF0\x9F\x99\x84 I know of heals tendons",
     CCK_SEVERITY_NONE, NULL},
    {"an emoji before no new clause",
     "No clinic \xF0\x9F\x99\x84 truly regrows cartilage with stem cells", CCK_SEVERITY_NONE,
     NULL},
    {"an emoji before a pronoun's clause",
     "No cortisone \xF0\x9F\x99\x8C my tendon healed for good after PRP", CCK_SEVERITY_WARNING,
     NULL},
    {"a connective ends an aside",
     "We saw no tumours, so for patients everywhere, stem cell therapy is completely safe.",
     CCK_SEVERITY_ERROR, "safety-absolute"},
    {"a long aside after not",
     "PRP will not, whatever the glossy leaflet in your waiting room implies, heal a torn tendon.",
     CCK_SEVERITY_NONE, NULL},
    {"a long aside after nobody",
     "Nobody, in any trial I have read in twenty years of practice, has shown that SVF "
     "regrows cartilage.",
     CCK_SEVERITY_NONE, NULL},
    {"don't just", "Stem cells don't just relieve pain, they regenerate cartilage.",
     CCK_SEVERITY_WARNING, NULL},
    {"not only", "PRP is not only safe, it heals tendons.", CCK_SEVERITY_WARNING,
     "cure-claim"},
    {"negation ends at but",
     "There is no cure for arthritis, but stem cells heal damaged cartilage.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"negation ends at however",
     "Stem cells do not cause tumors, however they regrow cartilage.", CCK_SEVERITY_WARNING,
     "regeneration-claim"},
    {"no wonder", "No wonder PRP heals tendons so fast.", CCK_SEVERITY_WARNING, "cure-claim"},
    /* set off by commas right after the negation, "however" is an aside */
    {"not, however, regrow",
     "Exosomes help in wound care. They do not, however, regrow cartilage in a knee.",
     CCK_SEVERITY_NONE, NULL},
    {"however after a negated word", "PRP does not sting, however, it regrows cartilage.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"however after a finished negation", "Cortisone did nothing, however, the PRP healed my "
     "elbow in weeks.",
     CCK_SEVERITY_WARNING, NULL},
    {"no evidence, however, that",
     "There is no evidence, however, that stem cells regrow cartilage.", CCK_SEVERITY_NONE,
     NULL},
    {"however after a disputed claim",
     "The old brochure was misleading, however, our stem cells do regrow cartilage.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    /* the treatment chosen "instead" is what the rest of the sentence is about */
    {"the other treatment chosen instead",
     "My physio suggested PRP. I went with the cortisone shot instead and it fixed the pain.",
     CCK_SEVERITY_NONE, NULL},
    {"a contrast after the choice",
     "Our clinic offers PRP for knees. Insurers push physical therapy instead, yet these "
     "injections regrow cartilage.",
     CCK_SEVERITY_WARNING, "regeneration-claim"},
    {"an opener before the choice",
     "The clinic pushed PRP for my shoulder. Like most people, I took cortisone shots instead "
     "and they relieved my pain.",
     CCK_SEVERITY_NONE, NULL},
    /* another treatment named first is the subject though ours comes after the claim */
    {"another treatment first, ours after the claim",
     "Physical therapy took the pain away long before my stem cell appointment came round.",
     CCK_SEVERITY_NONE, NULL},
    {"another treatment first, ours before the claim",
     "Physical therapy and PRP took my pain away for good.", CCK_SEVERITY_WARNING, "cure-claim"},
    {"another treatment first, ours after the claim as its cause",
     "Physical therapy did nothing for me, and my knee was completely healed after a single "
     "stem cell injection.",
     CCK_SEVERITY_ERROR, "anecdote-as-proof"},
    {"another treatment first, ours after an unrelated comparison",
     "Physio and rest did little, and my Achilles healed more quickly than anyone expected "
     "after the PRP injection.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"another treatment first, ours winning the comparison",
     "Cortisone shots are far less effective at healing tendons than PRP.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    {"another treatment first, ours losing the comparison",
     "Physical therapy eased my pain more than PRP ever did.", CCK_SEVERITY_NONE, NULL},
    {"the patients of another treatment avoiding surgery",
     "Physiotherapy patients avoided surgery after our stem cell injections.",
     CCK_SEVERITY_WARNING, "surgery-avoidance"},
    {"instead of the other treatment",
     "My physio suggested PRP. I went with it instead of the cortisone shot and it fixed the "
     "pain.",
     CCK_SEVERITY_WARNING, "cure-claim"},
    /* the author's own claim is primary over a quoted one */
    {"endorsing after a quote",
     "Testimonial Tuesday: \xE2\x80\x9Cstem cells gave me my life back\xE2\x80\x9D - yep, "
     "they really work.",
     CCK_SEVERITY_WARNING, "anecdote-as-proof"},
};

static void test_analyze_negation_scope(void **state)
{
    fixture *fx = *state;
    check_exact(fx->scanner, scope_cases, sizeof scope_cases / sizeof scope_cases[0]);
}

/* ---- topic carried across sentences ------------------------------------------------- */

typedef struct carry_case {
    const char *name;
    const char *text;
    cck_severity severity;
    int carried; /* the CCK_FINDING_CARRIED_TOPIC flag */
} carry_case;

static const carry_case carry_cases[] = {
    {"next sentence with it", "We offer stem cell therapy. It regenerates cartilage.",
     CCK_SEVERITY_WARNING, 1},
    {"two sentences later",
     "Our clinic uses PRP. Most patients return to sport. The injections heal tendons.",
     CCK_SEVERITY_WARNING, 1},
    {"next line, same paragraph", "We offer PRP.\nIt heals tendons.", CCK_SEVERITY_WARNING, 1},
    {"same sentence is not carried", "We offer PRP, and it heals tendons.",
     CCK_SEVERITY_WARNING, 0},
    {"not across a blank line", "We offer stem cell therapy.\n\nGreen tea prevents colds.",
     CCK_SEVERITY_NONE, 0},
    {"not across a blank line, plural",
     "Exosome facials are popular.\n\nVitamin C heals sunburned skin.", CCK_SEVERITY_NONE, 0},
    {"not to a sentence about another treatment",
     "PRP may help some patients. Joint replacement remains an effective option.",
     CCK_SEVERITY_NONE, 0},
    {"another treatment in an opening comparison",
     "We offer stem cell injections. Unlike surgery, they regrow cartilage in weeks.",
     CCK_SEVERITY_WARNING, 1},
    {"another treatment, then a contrast",
     "We offer stem cell injections. Physical therapy helps, but our injections regrow cartilage.",
     CCK_SEVERITY_WARNING, 1},
    {"another treatment inside the claim still carries",
     "We offer PRP. You can skip knee surgery.", CCK_SEVERITY_WARNING, 1},
};

static void test_analyze_topic_carry(void **state)
{
    fixture *fx = *state;
    for (size_t i = 0; i < sizeof carry_cases / sizeof carry_cases[0]; i++) {
        const carry_case *c = &carry_cases[i];
        seen s;
        if (scan(fx->scanner, c->text, &s, NULL) != CCK_OK)
            fail_msg("case %s: scan failed", c->name);
        const seen_finding *f = strongest(&s);
        cck_severity got = f ? f->severity : CCK_SEVERITY_NONE;
        int carried = f && (f->flags & CCK_FINDING_CARRIED_TOPIC);
        if (got != c->severity || carried != c->carried)
            fail_msg("case %s: got %s carried=%d, want %s carried=%d", c->name,
                     cck_severity_name(got), carried, cck_severity_name(c->severity),
                     c->carried);
    }
}

/* ---- all_topics and the causal-language ladder ------------------------------------------ */

typedef struct ladder_case {
    const char *name;
    const char *text;
    int claim_level; /* profile.claim_level with all_topics */
} ladder_case;

static const ladder_case ladder_cases[] = {
    {"associated with", "Coffee was associated with longevity.", 1},
    {"associated with fewer", "Coffee was associated with fewer strokes.", 1},
    {"associated with a causal verb", "Coffee was associated with lower mortality.", 1},
    {"linked to", "Coffee was linked to longer life.", 1},
    {"may reduce", "Coffee may reduce mortality.", 2},
    {"might lower", "Coffee might lower blood pressure.", 2},
    {"can improve", "Coffee can improve memory.", 3},
    {"can reduce", "Statins can reduce strokes.", 3},
    {"reduced", "Coffee reduced mortality.", 4},
    {"improved", "Vitamin D improved mood.", 4},
    {"did not differ", "Coffee did not differ from placebo.", 0},
    {"no claim at all", "Coffee is brewed from roasted beans.", 0},
};

static void test_analyze_all_topics(void **state)
{
    fixture *fx = *state;
    seen s;
    assert_int_equal(scan(fx->scanner, "Coffee prevents cancer.", &s, NULL), CCK_OK);
    assert_int_equal(s.count, 0);
    assert_int_equal(scan(fx->all_scanner, "Coffee prevents cancer.", &s, NULL), CCK_OK);
    assert_int_equal(s.count, 1);
    assert_int_equal(s.findings[0].severity, CCK_SEVERITY_WARNING);
    assert_string_equal(s.findings[0].rule_id, "prevention-claim");
    assert_false(s.findings[0].flags & CCK_FINDING_CARRIED_TOPIC);

    for (size_t i = 0; i < sizeof ladder_cases / sizeof ladder_cases[0]; i++) {
        const ladder_case *c = &ladder_cases[i];
        cck_profile profile;
        if (scan(fx->all_scanner, c->text, &s, &profile) != CCK_OK)
            fail_msg("case %s: scan failed", c->name);
        if (profile.claim_level != c->claim_level)
            fail_msg("case %s: \"%s\": claim_level %d, want %d", c->name, c->text,
                     profile.claim_level, c->claim_level);
    }
}

/* ---- positions, cues, texts ----------------------------------------------------------- */

typedef struct position_case {
    const char *name;
    const char *text;
    const char *trigger;   /* the trigger's text */
    size_t line, column;   /* of the trigger */
    size_t end_column;
    const char *sentence;  /* the sentence's text */
} position_case;

static const position_case position_cases[] = {
    {"ascii first line", "PRP regrows tendons.", "regrows", 1, 5, 12, "PRP regrows tendons."},
    {"multi-byte before the trigger on line 2",
     "Intro line.\n\xE2\x80\x9CHmm\xE2\x80\x9D \xC3\xA9 \xF0\x9F\x92\x89 PRP regrows tendons.",
     "regrows", 2, 15, 22,
     "\xE2\x80\x9CHmm\xE2\x80\x9D \xC3\xA9 \xF0\x9F\x92\x89 PRP regrows tendons."},
    {"decomposed accent on line 3",
     "One.\nTwo.\nCafe\xCC\x81 PRP cures gout.", "cures", 3, 11, 16,
     "Cafe\xCC\x81 PRP cures gout."},
    {"CRLF line ends", "Hello there.\r\nStem cells heal knees.", "heal", 2, 12, 16,
     "Stem cells heal knees."},
    {"multi-word trigger after an emoji", "\xF0\x9F\x92\x89 Stem cells are FDA approved.",
     "FDA approved", 1, 18, 30, "\xF0\x9F\x92\x89 Stem cells are FDA approved."},
    /* an opening byte order mark is not a column; a U+FEFF anywhere else is one */
    {"after a byte order mark", "\xEF\xBB\xBFPRP regrows tendons.", "regrows", 1, 5, 12,
     "PRP regrows tendons."},
    {"U+FEFF inside the text", "Hi \xEF\xBB\xBF PRP regrows tendons.", "regrows", 1, 10, 17,
     "Hi \xEF\xBB\xBF PRP regrows tendons."},
};

static void test_analyze_positions(void **state)
{
    fixture *fx = *state;
    for (size_t i = 0; i < sizeof position_cases / sizeof position_cases[0]; i++) {
        const position_case *c = &position_cases[i];
        seen s;
        char got[256], got_sentence[256];
        if (scan(fx->scanner, c->text, &s, NULL) != CCK_OK || s.count != 1)
            fail_msg("case %s: want one finding, got %zu", c->name, s.count);
        const seen_finding *f = &s.findings[0];
        slice(c->text, &f->trigger, got, sizeof got);
        if (strcmp(got, c->trigger) != 0)
            fail_msg("case %s: trigger slices to \"%s\", want \"%s\"", c->name, got,
                     c->trigger);
        if (f->trigger.line != c->line || f->trigger.column != c->column ||
            f->trigger.end_line != c->line || f->trigger.end_column != c->end_column)
            fail_msg("case %s: trigger at %zu:%zu-%zu:%zu, want %zu:%zu-%zu:%zu", c->name,
                     f->trigger.line, f->trigger.column, f->trigger.end_line,
                     f->trigger.end_column, c->line, c->column, c->line, c->end_column);
        slice(c->text, &f->sentence, got_sentence, sizeof got_sentence);
        if (strcmp(got_sentence, c->sentence) != 0)
            fail_msg("case %s: sentence slices to \"%s\", want \"%s\"", c->name, got_sentence,
                     c->sentence);
        if (f->sentence.line != c->line || f->sentence.column != 1)
            fail_msg("case %s: sentence starts at %zu:%zu, want %zu:1", c->name,
                     f->sentence.line, f->sentence.column, c->line);
        if (f->trigger.offset < f->sentence.offset ||
            f->trigger.offset + f->trigger.length > f->sentence.offset + f->sentence.length)
            fail_msg("case %s: trigger outside its sentence", c->name);
    }
}

/* Every span of every finding, recounted from the top of the text with cck_line_col.
 * emit_finding counts positions on from the sentence start and reuses a cue's span for
 * the trigger: a wrong reuse or a cursor that drifts shows here. */
typedef struct recount {
    const char *text;
    size_t len;
    size_t findings;
    size_t bad;
    char first_bad[160];
} recount;

static void recount_span(recount *r, const char *what, const cck_span *span)
{
    size_t line, column, end_line, end_column;
    cck_line_col(r->text, r->len, span->offset, &line, &column);
    cck_line_col(r->text, r->len, span->offset + span->length, &end_line, &end_column);
    if (span->line == line && span->column == column && span->end_line == end_line &&
        span->end_column == end_column)
        return;
    if (r->bad++ == 0)
        snprintf(r->first_bad, sizeof r->first_bad,
                 "finding %zu %s at byte %zu: %zu:%zu-%zu:%zu, recounted %zu:%zu-%zu:%zu",
                 r->findings, what, span->offset, span->line, span->column, span->end_line,
                 span->end_column, line, column, end_line, end_column);
}

static int on_finding_recount(const cck_finding *f, void *user_data)
{
    recount *r = user_data;
    recount_span(r, "sentence", &f->sentence);
    recount_span(r, "trigger", &f->trigger);
    int trigger_listed = 0;
    for (size_t i = 0; i < f->cue_count; i++) {
        recount_span(r, "cue", &f->cues[i].span);
        trigger_listed |= f->cues[i].span.offset == f->trigger.offset &&
                          f->cues[i].span.length == f->trigger.length;
    }
    if (!trigger_listed && r->bad++ == 0)
        snprintf(r->first_bad, sizeof r->first_bad, "finding %zu: trigger is no cue",
                 r->findings);
    r->findings++;
    return 0;
}

static void test_analyze_spans_recounted(void **state)
{
    fixture *fx = *state;
    static const char *const texts[] = {
        "PRP regrows tendons. Stem cells heal knees and regrow cartilage.",
        "\xEF\xBB\xBFStem cells cure arthritis.\r\nExosomes regrow cartilage.\r\n",
        "Caf\xC3\xA9 \xE2\x80\x9Cmiracle\xE2\x80\x9D: stem cells \xF0\x9F\x92\x89 cure "
        "arthritis, and PRP regrows tendons.\nBad \xFF\xFE byte: exosomes cure gout.",
        "Line one.\n\nStem cells are FDA approved and guaranteed to cure knees.\n",
        /* emit_finding places the cues of a sentence on one line with a column per
         * byte without counting: sentences just off that (and just on it) */
        "One.\r\nTwo.\r\nStem cells\rcure arthritis.\tPRP regrows\ttendons.",
        "\xEF\xBB\xBFPRP regrows tendons. Stem cells cure arthritis.",
        "Stem cells \x80 cure arthritis. PRP \xE9 regrows tendons. Exosomes\xC3 cure gout.",
        "Stem cells cure\narthritis. PRP regrows tendons.\nCaf\xC3\xA9 stem cells cure gout.",
    };
    cck_buf long_text;
    cck_buf_init(&long_text);
    static const char piece[] = "\xC3\xA9l\xC3\xA8ve: stem cells cure arthritis and regrow "
                                "cartilage. ";
    for (int i = 0; i < 200; i++) /* one long line, many findings along it */
        assert_int_equal(cck_buf_append(&long_text, piece, sizeof piece - 1), CCK_OK);
    for (size_t i = 0; i <= CCK_ARRAY_LEN(texts); i++) {
        recount r = {0};
        r.text = i < CCK_ARRAY_LEN(texts) ? texts[i] : long_text.data;
        r.len = strlen(r.text);
        cck_scan_callbacks callbacks = {on_finding_recount, NULL, &r};
        int status = cck_scanner_scan(fx->scanner, r.text, r.len, &callbacks, NULL);
        assert_true(status == CCK_OK || status == CCK_EUTF8); /* some have bad bytes */
        if (r.findings == 0 || r.bad)
            fail_msg("text %zu: %zu findings, %zu bad spans; %s", i, r.findings, r.bad,
                     r.first_bad);
    }
    cck_buf_free(&long_text);
}

/* The first cue of this kind (and lexicon category, when one is given). */
static const cck_cue *find_cue(const seen_finding *f, cck_cue_kind kind, const char *category)
{
    for (size_t i = 0; i < f->cue_count; i++)
        if (f->cues[i].kind == kind &&
            (!category || strcmp(f->cues[i].category, category) == 0))
            return &f->cues[i];
    return NULL;
}

static void test_analyze_cues(void **state)
{
    fixture *fx = *state;
    const char *text = "Some intro.\n\xC3\x89lite athletes: exosome shots regrow cartilage.";
    seen s;
    char got[128];
    assert_int_equal(scan(fx->scanner, text, &s, NULL), CCK_OK);
    assert_int_equal(s.count, 1);
    const seen_finding *f = &s.findings[0];

    const cck_cue *topic = find_cue(f, CCK_CUE_TOPIC, NULL);
    assert_non_null(topic);
    assert_string_equal(slice(text, &topic->span, got, sizeof got), "exosome");
    assert_string_equal(topic->category, "topic");
    assert_int_equal(topic->span.line, 2);
    assert_int_equal(topic->span.column, 17);
    assert_int_equal(topic->span.end_column, 24);

    const cck_cue *claim = find_cue(f, CCK_CUE_CLAIM, "claim/regeneration");
    assert_non_null(claim);
    assert_string_equal(slice(text, &claim->span, got, sizeof got), "regrow");
    assert_string_equal(claim->category, "claim/regeneration");
    assert_int_equal(claim->level, 4);
    assert_int_equal(claim->span.line, 2);
    assert_int_equal(claim->span.column, 31);
    assert_int_equal(claim->span.offset, f->trigger.offset);
    assert_int_equal(claim->span.length, f->trigger.length);

    for (size_t i = 0; i < f->cue_count; i++) {
        const cck_span *span = &f->cues[i].span;
        assert_true(span->offset >= f->sentence.offset);
        assert_true(span->offset + span->length <= f->sentence.offset + f->sentence.length);
        assert_string_not_equal(cck_cue_kind_name(f->cues[i].kind), "unknown");
    }
    assert_string_equal(cck_cue_kind_name(CCK_CUE_TOPIC), "topic");
    assert_string_equal(cck_cue_kind_name(CCK_CUE_PROFILE), "profile");

    assert_true(strlen(f->message) > 0);
    assert_non_null(strstr(f->message, "regrow"));
    assert_true(strlen(f->explanation) > 0);
    assert_non_null(strstr(f->explanation, "\"regrow\""));
    assert_non_null(strstr(f->explanation, "regeneration-claim"));
    assert_true(strlen(f->suggestion) > 0);

    /* Hedge and evidence cues come with the finding too. */
    const char *hedged = "Exosomes probably regrow hair.";
    assert_int_equal(scan(fx->scanner, hedged, &s, NULL), CCK_OK);
    assert_int_equal(s.count, 1);
    assert_int_equal(s.findings[0].severity, CCK_SEVERITY_INFO);
    assert_true(s.findings[0].flags & CCK_FINDING_HEDGED);
    const cck_cue *hedge = find_cue(&s.findings[0], CCK_CUE_HEDGE, NULL);
    assert_non_null(hedge);
    assert_string_equal(slice(hedged, &hedge->span, got, sizeof got), "probably");
    assert_non_null(strstr(s.findings[0].explanation, "\"probably\""));

    const char *lab = "In rabbits, MSCs repaired spinal cords, so patients will walk again.";
    assert_int_equal(scan(fx->scanner, lab, &s, NULL), CCK_OK);
    assert_int_equal(s.count, 1);
    const cck_cue *evidence = find_cue(&s.findings[0], CCK_CUE_EVIDENCE, NULL);
    assert_non_null(evidence);
    assert_string_equal(slice(lab, &evidence->span, got, sizeof got), "rabbits");
    assert_int_equal(evidence->level, 2);
    /* the bridge that carries the rabbits over to patients is named as such, not as a
     * claim word */
    assert_non_null(strstr(s.findings[0].explanation, "Claim words: \"repaired\". "));
    assert_non_null(
        strstr(s.findings[0].explanation, "Words that carry it over to people: \"so\", \"patients\". "));
    assert_int_equal(s.findings[0].evidence_level, 2);
}

typedef struct rewrite_case {
    const char *name;
    const char *text;
    const char *contains;      /* the suggestion must contain this */
    const char *not_contains;  /* and must not contain this (NULL: no check) */
    int advice;                /* the suggestion is advice (CCK_FINDING_ADVICE) */
} rewrite_case;

static const rewrite_case rewrite_cases[] = {
    {"everything as the claim's object is calibrated", "Stem cells heal everything.",
     "may support healing of some conditions", "everything", 0},
    {"everything elsewhere in the sentence is left",
     "The stem cell injections here take care of arthritis pain and Dr. K explains everything.",
     "Dr. K explains everything", "some conditions", 0},
    {"everything after another word is left", "PRP cures almost everything.",
     "almost everything", "almost some", 0},
    {"a hedged claim on everything names it", "Stem cells may heal everything.",
     "\"everything\" still claims more", NULL, 1},
    {"a sentence that opens with a hashtag keeps its #", "Big news. #StemCells heal torn tendons.",
     "#StemCells may", NULL, 0},
    {"not guaranteed only as a participle said of something",
     "Stem cells are guaranteed to regrow cartilage.", "are not guaranteed to", NULL, 0},
    {"a booster between determiner and noun is left out",
     "We offer a guaranteed stem cell protocol.", "We offer a stem cell protocol",
     "guaranteed", 0},
    {"a possessive's booster is left out with the claim rewritten",
     "Our guaranteed exosome therapy regrows hair.",
     "Our exosome therapy may regrow hair", "guaranteed", 0},
    {"not left out where the article would no longer agree",
     "We offer a guaranteed all-natural stem cell protocol.", "\"guaranteed\"",
     "a all-natural", 1},
    {"not guaranteed never before its noun without a determiner",
     "Exosome facials give guaranteed results for wrinkles.", "\"guaranteed\"",
     "not guaranteed results", 1},
    {"a tag after a comma is left out with its comma",
     "Stem cell injections cure arthritis, guaranteed.",
     "Stem cell injections may ease symptoms of arthritis; evidence", "guaranteed", 0},
    {"a tag after a dash is left out, and what follows it stays",
     "PRP heals tendons \xE2\x80\x94 guaranteed, and it costs less than surgery.",
     "PRP may support healing of tendons, and it costs less than surgery", "guaranteed", 0},
    {"a tag between commas goes with both", "Stem cell injections cure arthritis, "
     "guaranteed, with no downtime.", "may ease symptoms of arthritis with no downtime",
     "arthritis,", 0},
    {"a tag whose fix is advice goes beside another trigger",
     "Stem cell injections are risk-free, full stop.",
     "injections are low-risk but not risk-free; evidence", "full stop", 0},
    {"a tag whose fix is advice stays advice when it is the finding",
     "PRP heals tennis elbow, full stop.", "Say how strong the evidence is", NULL, 1},
    {"a participle said of a noun is no tag", "Stem cells heal knees, results guaranteed.",
     "results not guaranteed", NULL, 0},
    {"a hype word before a treatment's name is left out",
     "This miracle stem cell shot cures arthritis.", "This stem cell shot may ease",
     "experimental treatment stem", 0},
    {"a hype word before a product word is left out",
     "Platelet-rich plasma has become the miracle shot of professional sport.",
     "has become the shot of professional sport", "experimental", 0},
    {"a hype noun before a relative clause keeps its place",
     "Stem cell treatment for heart failure is the breakthrough cardiology has waited for.",
     "", "the cardiology", 0},
    {"an absolute adverb goes with the absolute",
     "Amniotic fluid injections are completely risk-free.",
     "injections are low-risk but not risk-free", "completely", 0},
    {"never fails agrees with its subject", "PRP never fails.", "PRP often helps", NULL, 0},
    {"a phrase does not take an adverb's place before its verb",
     "Stem cells permanently fix torn ligaments.", "\"permanently\"", "cells for a while fix",
     1},
    {"after the verb's object it does", "PRP heals tendons permanently.",
     "may support healing of tendons for a while", NULL, 0},
    {"and before that", "A study of 22 patients shows conclusively that SVF slows arthritis.",
     "shows in one study that", NULL, 0},
    /* with the certainty finding silenced, the claim's rewrite takes its booster out */
    {"a certainty adverb before a modal rewrite goes",
     "claimcheck: ignore certainty-booster the word is quoted\nPRP definitely repairs torn "
     "tendons.", "PRP may support repair of torn tendons", "definitely", 0},
    {"an absolute adverb before a calibrated claim goes", "Stem cells completely cure arthritis.",
     "Stem cells may ease symptoms of arthritis", "partly", 0},
    {"and one before a claim left as it is stays calibrated",
     "Cortisone shots did not last, and I am now completely cured thanks to PRP.",
     "partly cured", NULL, 0},
    {"not guaranteed never for the verb", "We guarantee that stem cells cure arthritis.",
     "\"guarantee\"", "not guaranteed that", 1},
    {"helps some patients does not take for", "PRP works every time for tendinitis.",
     "\"works every time\"", "patients for", 1},
    {"helps some patients does not take a clause", "PRP works every time I use it.",
     "\"works every time\"", "patients I use", 1},
    {"nor a clause whose subject is a noun", "PRP works every time patients follow the rehab protocol.",
     "\"works every time\"", "patients patients", 1},
    {"nor one whose subject has a determiner", "Stem cells work every time the knee flares up.",
     "\"work every time\"", "patients the", 1},
    {"nor a clause with it", "Stem cells work every time it is tried.",
     "\"work every time\"", "patients it is", 1},
    {"a place after helps some patients is kept", "PRP works every time in our clinic.",
     "PRP may help some patients in our clinic", NULL, 0},
    {"more quickly is a comparison, not an object", "PRP heals more quickly than surgery.",
     "\"heals\"", "healing of more", 1},
    {"more with its noun is an object", "PRP heals more tendons than surgery does.",
     "PRP may support healing of more tendons", NULL, 0},
    {"a person is no condition", "Stem cell therapy cured her for good.", "\"cured\"",
     "symptoms of her", 1},
    {"nor is everyone", "Stem cell therapy cures everyone with knee pain.", "\"cures\"",
     "symptoms of everyone", 1},
    {"nor people of a condition", "Stem cells cure people of arthritis.", "\"cure\"",
     "symptoms of people", 1},
    {"her before a noun is a possessive", "Stem cell therapy cured her knee.",
     "may ease symptoms of her knee", NULL, 0},
    {"no drop before a conjunction", "The guaranteed and safe stem cell therapy regrows cartilage.",
     "\"guaranteed\"", "The and safe", 1},
    {"no drop before another cue", "Our guaranteed proven stem cell therapy regrows cartilage.",
     "\"guaranteed\"", "Our proven", 1},
    {"no drop before a claim noun", "The guaranteed cure for arthritis is stem cells.",
     "\"guaranteed\"", "The cure for", 1},
    {"no drop where the article cannot be told", "A guaranteed hour-long PRP session heals tendons.",
     "\"guaranteed\"", "A hour", 1},
    {"some patients takes a following for", "Stem cell therapy cured every patient for good.",
     "cured some patients for a while", "for good", 0},
    {"people are an object of healing", "Stem cells heal people with arthritis.",
     "may support healing of people with arthritis", NULL, 0},
    {"who it works for is no condition, and not left as it was in a rewrite",
     "PRP healed torn cuffs in rats, so it works for people too.", "Reword",
     "patients for people", 1},
    {"gap keeps the skipped words", "PRP keeps tendons from tearing.", "keep tendons from",
     "keep ... from", 0},
    {"gap with several skipped words", "Exosomes keep aging knee tendons from tearing.",
     "may help keep aging knee tendons from tearing", NULL, 0},
    {"modal can merged", "You can skip knee surgery with PRP.", "You may delay knee surgery",
     "can may", 0},
    {"modal will merged", "Stem cells will cure arthritis.", "Stem cells may ease symptoms",
     "will may", 0},
    {"a becomes an", "Stem cell therapy is a miracle.", "an experimental", " a experimental", 0},
    {"an becomes a", "PRP is an breakthrough.", "is a development", "an development", 0},
    {"capital A becomes An", "A miracle is what stem cells are.", "An experimental",
     "A experimental", 0},
    {"a game changer reads as an option", "My PRP session was a game changer for my hairline.",
     "was a possible option for my hairline", "development", 0},
    {"game changers stay plural", "Exosomes are game changers for skin.",
     "are possible options for skin", "option for", 0},
    {"no word twice", "Exosomes are a revolutionary new hope for worn-out joints.",
     "are a new hope for", "new new", 0},
    {"an opening replacement keeps the capital", "Science shows that PRP heals tendons.",
     "Some studies suggest that PRP", "some studies", 0},
    {"a qualified subject keeps its word", "Laboratory studies show that exosomes regrow cartilage.",
     "Laboratory studies suggest that", "Laboratory some", 0},
    {"worked miracles stays a verb", "The stem cells in my back worked miracles, I was off pain pills in a week.",
     "in my back seemed to help, I was off", "experimental", 0},
    {"spare keeps its object", "Exosome therapy can spare patients from knee replacement.",
     "Exosome therapy may spare patients from knee replacement", "may delay", 0},
    {"the proof is me gets advice", "I had PRP in both knees and the proof is me walking again.",
     "one person's experience is not evidence", "one experience is walking", 1},
    {"an overlapping cue gives way to the trigger", "Stem cell treatment works every time.",
     "Stem cell treatment may help some patients;", "every time", 0},
    {"no modal after help you", "PRP can help you avoid knee surgery.", "Reword", "you may", 1},
    {"no modal after let you", "Stem cells will definitely let you avoid knee surgery.",
     "let you avoid knee surgery", "may delay", 0},
    {"no modal after will and an adverb", "PRP will absolutely fix that knee, guaranteed.",
     "PRP may help with that knee", "will may", 0},
    {"a hashtag is not rewritten", "Three shots and stem cells do the job #NoSurgery",
     "Reword \"NoSurgery\"", "#possibly", 1},
    {"a no brainer keeps its article", "Honestly PRP for tennis elbow, its a no brainer.",
     "its a reasonable option to discuss", "a worth", 0},
    {"a bare verb after seeing something", "I have seen PRP cure arthritis.",
     "Reword \"cure\"", NULL, 1},
    {"a bare verb after help", "Stem cells help cure arthritis.", "Reword \"cure\"", NULL, 1},
    {"not guaranteed after be, before a word other than to",
     "Results with stem cells are guaranteed within weeks.",
     "are not guaranteed within weeks", NULL, 0},
    {"not guaranteed before to, with no be", "Stem cell results guaranteed to last.",
     "results not guaranteed to last", NULL, 0},
    {"a bare verb after seeing someone", "Our director has seen their joints heal again and again with PRP.",
     "Reword \"heal\"", "healing of again", 1},
    {"an adverb is not an object", "With PRP, torn tendons heal again.", "Reword \"heal\"",
     "healing of again", 1},
    {"a miracle of modern science", "Regenerative medicine is the miracle of modern science.",
     "is the development in modern science", "experimental treatment of", 0},
    {"too is not an object", "With stem cell therapy your tendons heal too.", "Reword \"heal\"",
     "healing of too", 1},
    {"an -ly adjective is", "Stem cell therapy heals elderly knees.",
     "may support healing of elderly knees", NULL, 0},
    {"feel is not a verb of perception here", "I feel stem cells cure arthritis.",
     "stem cells may ease symptoms of arthritis", NULL, 0},
    {"a testimonial next to a trial", "A randomized controlled trial of 200 patients tested stem "
     "cells for knee arthritis. Stem cells cured my knee.", "; evidence is limited.", NULL, 0},
    {"photos keep their noun, and a testimonial its caveat",
     "After 5,000 exosome facials, our clients' before-and-after photos speak for themselves. "
     "Laboratory studies show that exosomes boost collagen.",
     "photos show some patients' experiences; evidence is limited.", "animal or lab", 0},
    {"no evidence adds a caveat", "PRP relieves tennis elbow pain.",
     "PRP may ease tennis elbow pain; evidence is limited.", NULL, 0},
    {"gap replacement keeps its own words", "PRP injections protect knees from arthritis.",
     "may help protect knees against arthritis", "against knees", 0},
    {"shield keeps the object", "Stem cells shield athletes from injuries.",
     "may help protect athletes from injuries", "against athletes", 0},
    {"question gets advice, not a rewrite", "Can stem cells prevent injuries?",
     "answers the question", "may lower", 1},
    {"hedged claim gets advice", "Exosomes could possibly repair skin.", "already hedged",
     "possibly may", 1},
    {"past tense replacement agrees", "Stem cells regrew cartilage.",
     "Stem cells appeared to regrow cartilage", "was followed", 0},
    {"operating room is one unit", "Our PRP shots keep you out of the operating room.",
     "may help keep you out of surgery;", "room", 0},
    {"several strong words are all calibrated", "Stem cells heal tendons and prevent re-injury.",
     "may support healing of tendons and may lower the risk of re-injury", "prevent", 0},
    {"two replacements side by side: the trigger's wins",
     "Stem cells always heal torn menisci.", "Stem cells often heal torn menisci", "often may", 0},
    {"X works keeps its subject", "Stem cell therapy works.",
     "Stem cell therapy may help some patients", NULL, 0},
    {"proven to", "PRP is proven to work.", "PRP is thought by some to work", "studied to", 0},
    {"100% guaranteed", "Stem cells are 100% guaranteed!", "Stem cells are not guaranteed",
     "100% not", 0},
    {"100% of the time", "Stem cells cure arthritis 100% of the time.", "in some cases",
     "often of the time", 0},
    {"after an auxiliary: advice", "PRP has cured thousands of patients.",
     "Reword \"cured\" in calibrated language", "has may", 1},
    {"a noun: advice", "Stem cell therapy is a cure for arthritis.", "Reword \"cure\"",
     "a may", 1},
    {"nothing after a replacement that needs an object: advice", "Stem cells heal.",
     "Reword \"heal\"", "healing of.", 1},
    {"after to: advice", "We inject stem cells to heal your back.", "Reword \"heal\"",
     "to may", 1},
    {"a gerund: advice", "Curing arthritis with stem cells is easy now.", "Reword \"Curing\"",
     "may ease symptoms of arthritis with", 1},
    {"a preposition after the trigger is not its object: advice",
     "My elbow healed after PRP, start to finish.", "Reword \"healed\"", "healing of after", 1},
    {"a prevention promise keeps its condition", "Start stem cell shots at forty and you will "
     "never develop arthritis.", "Say that it may lower the risk", "likely to get;", 1},
    {"a possessive comes before a noun, not a verb",
     "Exosomes wake up your body's natural repair process.", "Reword \"repair\"",
     "natural may", 1},
    {"a named repair keeps its object", "With PRP you can avoid rotator cuff repair.",
     "delay the repair", "may delay;", 1},
    {"with no surgery reads as a manner", "Stem cells rebuild your hip with no surgery.",
     "possibly without surgery", "with possibly", 0},
    {"an alternative keeps its article", "PRP gives arthritic knees an alternative to surgery.",
     "an option to discuss besides surgery", "an an", 0},
    {"a thing of the past loses its article",
     "Stem cells have made hip replacements a thing of the past.", "replacements less common",
     "a less", 0},
    {"a gap kept inside the replacement", "There is nothing that can go wrong with our PRP.",
     "little that is known to go wrong with", "go wrong that", 0},
    {"no modal after a negative auxiliary",
     "never let your doctor tell you PRP doesn't work for knees, it 100% does",
     "it often does", "doesn't may", 0},
    {"a noun before mechanisms, a word longer than eight letters",
     "Exosomes boost joint repair mechanisms.", "Reword \"repair\"", "joint may", 1},
    {"an emphatic do takes no modal", "PRP does relieve tennis elbow pain.",
     "Reword \"relieve\"", "does may", 1},
    {"nor an emphatic do with an adverb", "Stem cells did actually repair my knee.",
     "Reword \"repair\"", "actually may", 1},
    {"a noun before a claim verb of its own", "Our stem cell cure regrows cartilage.",
     "Reword \"cure\"", "may ease symptoms of regrows", 1},
    {"a parenthesis is advice by itself", "Our stem cells are FDA-approved.",
     "Check the FDA status", "are (check", 1},
    {"a sentence-opening No does not negate the animals after its verb",
     "No adverse events occurred in our series of nine horses and three dogs, confirming that "
     "MSC therapy is entirely safe for people.",
     "(so far shown only in animal or lab studies)", NULL, 0},
    {"a plural subject keeps its verb's number",
     "Our exosomes work every single time.", "Our exosomes may help some patients",
     "exosomes helps", 0},
    /* a replacement that would lose what the claim acted on is advice instead */
    {"the condition settled is not lost from the rewrite",
     "Stem cells settle the burning nerve pain.", "Say how much it eased", "Stem cells may ease;",
     1},
    {"the headaches shut down are not lost from the rewrite",
     "PRP shots shut down your migraines.", "Say how much it eased", "shots may ease;", 1},
    {"the spasms taken away are not lost from the rewrite", "PRP took away the spasms.",
     "Say how much it eased", "PRP may ease;", 1},
    {"the subject of settling down is not lost from the rewrite",
     "After stem cells her flares settle down.", "Say how much it eased", "her may", 1},
    {"no gap words printed as dots", "PRP eases the burning.", "Say how much it eased", "...",
     1},
    /* the words at either side of a replacement */
    {"a replacement's first word is not said twice", "The science is clear: PRP heals tendons.",
     "The evidence is still developing:", "The the", 0},
    {"a replacement after a determiner", "Our science is clear: PRP heals tendons.",
     "Our evidence is still developing:", "Our the", 0},
    {"a hype word's noun is not said twice",
     "Honestly our stem cell shot is a miracle treatment.", "an experimental treatment",
     "treatment treatment", 0},
    {"the writer's own record so far is kept, not said twice",
     "PRP has had no side effects so far in our clinic.",
     "few reported side effects so far in our clinic", "so far so far", 0},
    {"whatsoever goes with the absolute", "PRP carries no risk whatsoever.", "some risk",
     "whatsoever", 0},
    {"at all goes with the absolute", "Stem cells have no side effects at all.",
     "side effects still under study", "at all", 0},
    {"at all goes with the absolute before the clause goes on",
     "There is no risk at all with PRP, since it comes from your own blood.",
     "some risk with PRP", "at all", 0},
    {"the verb after patients agrees",
     "Our clinic uses umbilical cord tissue. Every patient leaves with new cartilage.",
     "Some patients leave with", "leaves", 0},
    {"is after patients becomes are",
     "Our clinic uses umbilical cord tissue. Every patient is pain-free in a week.",
     "Some patients are", NULL, 0},
    {"a noun after every patient keeps its form",
     "In every patient series we have published, PRP healed the tendon.", "series", "sery",
     0},
    {"every patient before a noun is no booster",
     "In every patient series published so far, PRP reduced pain.", "In every patient series",
     "some patients series", 0},
    {"an adverb after every patient keeps its form, and the verb after it agrees",
     "Every patient always leaves our PRP clinic pain-free.", "Some patients always leave our",
     "alway ", 0},
    {"a kind of risk denied is advice, not a rewrite without it",
     "PRP carries no cancer risk.", "Say what is known about that risk", "carries some", 1},
    {"of any kind goes with the absolute", "Our PRP carries no risk of any kind.",
     "Our PRP carries some risk;", "any kind", 0},
    {"the words after a gap are kept", "PRP calms arthritis symptoms.",
     "PRP may ease arthritis symptoms;", NULL, 0},
    {"and the gap's noun with them", "Stem cells switch off joint inflammation.",
     "Stem cells may ease joint inflammation;", NULL, 0},
    {"no doubt that opening the sentence", "There is no doubt that stem cells regrow cartilage.",
     "It is possible that stem cells", "There is possibly", 0},
    /* the careful-writing review's rewrites */
    {"a contracted will gives way to the modal", "Stem cells fixed my back and they’ll fix yours.",
     "and they may help with yours", "ll may", 0},
    {"an intensifier in capitals", "PRP REALLY heals tendons.",
     "PRP may support healing of tendons", "REALLY", 0},
    {"of any kind whatsoever", "Our stem cell injections carry no risk of any kind whatsoever.",
     "carry some risk;", "whatsoever", 0},
    {"free of side effects", "PRP is free of side effects.", "PRP is still being studied for side effects",
     "is with few", 0},
    {"no doubt before a colon", "There is no doubt: cord blood cells repair brain injury.",
     "It is possible:", "There is possibly", 0},
    {"cannot harm you agrees with a plural subject", "Our stem cells cannot harm you.",
     "Our stem cells may still harm some patients", "is unlikely", 0},
    {"an imperative has no subject for the modal",
     "Skip the knee replacement: our BMAC injections rebuild cartilage.",
     "\"Skip the knee replacement\"", "May delay", 1},
    {"proven before an adjective", "Stem cell treatment is proven safe.",
     "is thought by some to be safe;", "studied safe", 0},
    {"safe and effective at the end of the sentence", "Our stem cells are safe and effective.",
     "are under study, with mixed results;", ",;", 0},
    /* an adverb between the subject and the verb ("has already may support") */
    {"an intensifier before the verb is left out", "PRP really heals tendons.",
     "PRP may support healing of tendons", "really", 0},
    {"another adverb goes after the modal", "Exosome injections now heal old tendon tears.",
     "Exosome injections may now support healing of", "now may", 0},
    {"an adverb after an auxiliary is advice, like the auxiliary alone",
     "PRP has already cured my knee.", "\"cured\"", "already may", 1},
    /* the review of round 21: rewrites that read badly or said something untrue */
    {"the verb that puts you back on your feet goes with it",
     "PRP will have you back on your feet in no time.", "PRP may help you recover in no time",
     "have you may", 0},
    {"FDA approval is not rewritten into FDA review", "Our stem cells have full FDA approval.",
     "Check the FDA status", "FDA review", 1},
    {"regrow keeps its object's sense", "Exosomes regrow hair.", "Exosomes may regrow hair",
     "repair of hair", 0},
    {"regrow without an object", "Hair regrows in weeks after our exosome serum.",
     "Hair may regrow in weeks", "may help regrow", 0},
    {"without surgery stays an adverb phrase, and the claim before it is not left as it was",
     "Stem cells get people back on their feet without surgery.",
     "Reword \"without surgery\"", "feet possibly delaying", 1},
    {"a claim verb before of is a noun",
     "Stem cells offer patients with knee arthritis a lasting repair of the joint surface.",
     "\"repair\"", "of of", 1},
    {"lab evidence adds its caveat",
     "In rabbits, MSCs repaired spinal cords, so patients will walk again.",
     "(so far shown only in animal or lab studies).", NULL, 0},
    /* the rewrite review of session 20: absolutes at a clause's end that are no cue */
    {"for good at the end is calibrated like forever", "PRP cures tennis elbow for good.",
     "tennis elbow for a while;", "for good", 0},
    {"once and for all", "Our amniotic injections heal the tear once and for all.",
     "the tear for a while;", "once and for all", 0},
    {"outright goes", "Umbilical cord blood infusions cure autism outright.",
     "symptoms of autism;", "outright", 0},
    {"a closing period goes with its comma", "Stem cells will cure your Parkinson's, period.",
     "your Parkinson's;", "period", 0},
    {"in everyone at the end", "Our exosome serum regrows hair in everyone.",
     "hair in some patients;", "everyone", 0},
    {"for everybody at the end", "Stem cells cure arthritis for everybody.",
     "arthritis for some people;", "everybody", 0},
    {"for good in a clause of its own is not the claim's",
     "Our scalp exosome protocol regrows the follicles you thought were gone for good.",
     "were gone for good;", NULL, 0},
    {"an adjective for a hype word before the treatment",
     "Mesenchymal stromal cells constitute a transformative, game-changing therapy for "
     "degenerative joint disease.",
     "a transformative, new therapy", NULL, 0},
    {"for good after a hype noun belongs to a verb left as it is",
     "News: Local clinic's stem cell breakthrough promises to end knee replacements for good.",
     "end knee replacements for good;", NULL, 0},
    {"for good before a noun is something else", "Stem cells heal tendons, and for good reason.",
     "and for good reason;", NULL, 0},
    {"not for everyone limits the claim", "PRP heals tendons, but not for everyone.",
     "but not for everyone;", NULL, 0},
    {"every closing stop goes before the note", "Stem cells cure arthritis!!!",
     "arthritis; evidence is limited.", "!", 0},
    {"the note goes before the closing emoji and hashtags",
     "PRP cures arthritis \xF0\x9F\x92\xAF #blessed",
     "PRP may ease symptoms of arthritis; evidence is limited. \xF0\x9F\x92\xAF #blessed", "!",
     0},
    {"proven that takes a that-clause", "It is proven that stem cells regrow cartilage.",
     "Some studies suggest that stem cells", "studied that", 0},
    {"have proven that", "Studies have proven that exosomes regrow hair.",
     "Studies have suggested that", "studied", 0},
    {"zero risks stays plural", "There are zero risks with our umbilical cord injections.",
     "There are some risks with", "some risk with", 0},
    /* the rewrite review: objects a replacement does not fit */
    {"a count of patients is no object of symptoms", "PRP cures most patients.",
     "Reword \"cures\"", "symptoms of most", 1},
    {"a number of patients is no object of symptoms",
     "Stem cell therapy cured 500 patients last year.", "Reword \"cured\"", "symptoms of 500",
     1},
    {"patients with a condition are", "PRP cures most patients with tennis elbow.",
     "may ease symptoms of most patients with tennis elbow", NULL, 0},
    {"a hype word before the treatment with nothing to drop it after",
     "Breakthrough stem cell therapy is now available.", "Reword \"Breakthrough\"",
     "Development stem", 1},
    /* the rewrite review: a modal or "be" before an absolute adverb and its verb */
    {"will and an absolute give way to the modal",
     "Stem cells will completely cure your arthritis.",
     "Stem cells may ease symptoms of your arthritis;", "partly", 0},
    {"can and an absolute give way to the modal",
     "Our stem cell injections can completely repair torn cartilage.",
     "injections may support repair of torn cartilage;", "can", 0},
    {"a participle after be and an absolute is not given a modal",
     "Your knee will be fully restored by stem cells.", "will be partly restored", "be may",
     0},
    {"absolutes side by side are advice", "Exosomes completely and permanently reverse hair loss.",
     "Reword \"completely\"", "permanently may", 1},
    /* a rewrite that would leave another strong claim as it was is advice */
    {"a second claim the rewrite cannot calibrate",
     "Our cord-blood infusions have cured hundreds of children with cerebral palsy, and they "
     "are totally safe.",
     "Reword \"totally safe\" in calibrated language (such as \"generally well tolerated\") "
     "and say that the evidence is limited. Calibrate \"cured\" in the same way.",
     "have cured hundreds of children", 1},
    {"a claim calibrated by another cue over the same words is not left",
     "science is settled: PRP works for tennis elbow.",
     "evidence is still developing: PRP may help some patients with tennis elbow", NULL, 0},
    {"a claim after an opening booster is under its calibrated words",
     "Without question, mesenchymal stem cells slow the progression of Parkinson's disease.",
     "Possibly, mesenchymal stem cells", NULL, 0},
    {"a state reversed is not slowed", "Stem cells reverse paralysis.",
     "Stem cells may help some people with paralysis;", "slow", 0},
    /* a hedge does not take back an absolute beside it */
    {"a hedged claim names its absolute", "Stem cells may cure arthritis forever.",
     "The claim is hedged, but \"forever\" still claims more than the evidence: reword it "
     "(such as \"for a while\")",
     "already hedged", 1},
    {"a hedged claim names a closing absolute that is no cue",
     "Stem cells possibly cure arthritis in everyone.", "but \"in everyone\" still claims",
     "already hedged", 1},
    {"a hedged claim without an absolute is already hedged",
     "PRP might ease tendon pain in some patients.", "The claim is already hedged", NULL, 1},
};

static void test_analyze_suggestion_rewrite(void **state)
{
    fixture *fx = *state;
    for (size_t i = 0; i < sizeof rewrite_cases / sizeof rewrite_cases[0]; i++) {
        const rewrite_case *c = &rewrite_cases[i];
        seen s;
        if (scan(fx->scanner, c->text, &s, NULL) != CCK_OK || s.count < 1)
            fail_msg("case %s: want a finding, got %zu", c->name, s.count);
        const char *g = s.findings[0].suggestion;
        if (!strstr(g, c->contains))
            fail_msg("case %s: suggestion \"%s\" lacks \"%s\"", c->name, g, c->contains);
        if (c->not_contains && strstr(g, c->not_contains))
            fail_msg("case %s: suggestion \"%s\" contains \"%s\"", c->name, g,
                     c->not_contains);
        if (!(s.findings[0].flags & CCK_FINDING_ADVICE) != !c->advice)
            fail_msg("case %s: suggestion \"%s\" should%s be flagged as advice", c->name, g,
                     c->advice ? "" : " not");
    }
}

/* A post's closing tags are no claim of their own: "#healing" after the last stop
 * was an anecdote finding on the sentence "healing". */
static void test_analyze_tags_alone(void **state)
{
    fixture *fx = *state;
    static const char *const texts[] = {"Stem cells healed my knee. #healing",
                                        "Stem cells healed my knee!!! \xF0\x9F\x99\x8C #PRP #healing"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        seen s;
        assert_int_equal(scan(fx->scanner, texts[i], &s, NULL), CCK_OK);
        if (s.count != 1)
            fail_msg("\"%s\": want one finding (the knee), got %zu", texts[i], s.count);
    }
}

/* ---- invalid input, stops, empty input ------------------------------------------------- */

static void test_analyze_invalid_utf8(void **state)
{
    fixture *fx = *state;
    /* 0xFF at byte 3 (1:4), NUL at byte 36 (2:19), a finding after each. */
    static const char text[] = "PRP\xFF is popular.\n"
                               "\xC3\xA9 Stem cells heal.\0 Exosomes cure acne.";
    size_t len = sizeof text - 1;
    assert_int_equal(text[36], '\0');
    seen s;
    cck_profile profile;
    assert_int_equal(scan_len(fx->scanner, text, len, &s, &profile), CCK_EUTF8);

    assert_int_equal(s.diagnostic_count, 2);
    assert_int_equal(s.diagnostics[0].status, CCK_EUTF8);
    assert_int_equal(s.diagnostics[0].byte_offset, 3);
    assert_int_equal(s.diagnostics[0].line, 1);
    assert_int_equal(s.diagnostics[0].column, 4);
    assert_true(strlen(s.diagnostics[0].message) > 0);
    assert_int_equal(s.diagnostics[1].status, CCK_EUTF8);
    assert_int_equal(s.diagnostics[1].byte_offset, 36);
    assert_int_equal(s.diagnostics[1].line, 2);
    assert_int_equal(s.diagnostics[1].column, 19);
    assert_int_equal(profile.invalid_utf8, 2);

    assert_int_equal(s.count, 2);
    char got[64];
    assert_string_equal(slice(text, &s.findings[0].trigger, got, sizeof got), "heal");
    assert_int_equal(s.findings[0].trigger.offset, 31);
    assert_int_equal(s.findings[0].trigger.line, 2);
    assert_int_equal(s.findings[0].trigger.column, 14);
    assert_string_equal(slice(text, &s.findings[1].trigger, got, sizeof got), "cure");
    assert_int_equal(s.findings[1].trigger.offset, 47);
    assert_int_equal(s.findings[1].trigger.line, 2);
    assert_int_equal(s.findings[1].trigger.column, 30);
    assert_int_equal(s.findings[1].severity, CCK_SEVERITY_ERROR);

    /* No diagnostic callback: the status still says the text was repaired. */
    cck_scan_callbacks only_findings = {on_finding, NULL, &s};
    memset(&s, 0, sizeof s);
    assert_int_equal(cck_scanner_scan(fx->scanner, text, len, &only_findings, NULL),
                     CCK_EUTF8);
    assert_int_equal(s.count, 2);
}

static void test_analyze_callback_stop(void **state)
{
    fixture *fx = *state;
    const char *text = "PRP cures gout. Stem cells heal knees. Exosomes regrow hair.";
    seen s;
    memset(&s, 0, sizeof s);
    s.stop_after = 1;
    cck_scan_callbacks callbacks = {on_finding, NULL, &s};
    assert_int_equal(cck_scanner_scan(fx->scanner, text, strlen(text), &callbacks, NULL),
                     CCK_ESTOP);
    assert_int_equal(s.count, 1);

    memset(&s, 0, sizeof s);
    s.stop_after = 2;
    assert_int_equal(cck_scanner_scan(fx->scanner, text, strlen(text), &callbacks, NULL),
                     CCK_ESTOP);
    assert_int_equal(s.count, 2);

    /* never stopping sees all three, and the scanner is reusable after a stop */
    assert_int_equal(scan(fx->scanner, text, &s, NULL), CCK_OK);
    assert_int_equal(s.count, 3);
}

static void test_analyze_empty_input(void **state)
{
    fixture *fx = *state;
    static const char *const texts[] = {"", " ", "\n\n\n", " \t\r\n  \n"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        seen s;
        cck_profile profile;
        memset(&profile, 0xAB, sizeof profile);
        if (scan(fx->scanner, texts[i], &s, &profile) != CCK_OK)
            fail_msg("case %zu: scan failed", i);
        if (profile.sentences != 0 || profile.words != 0 || s.count != 0 ||
            profile.bytes != strlen(texts[i]))
            fail_msg("case %zu: %zu sentences, %zu words, %zu findings, %zu bytes", i,
                     profile.sentences, profile.words, s.count, profile.bytes);
    }
    cck_profile profile;
    assert_int_equal(cck_scanner_scan(fx->scanner, NULL, 0, NULL, &profile), CCK_OK);
    assert_int_equal(profile.sentences, 0);
    assert_int_equal(cck_scanner_scan(fx->scanner, NULL, 3, NULL, &profile), CCK_EINVAL);
    assert_int_equal(cck_scanner_scan(NULL, "x", 1, NULL, &profile), CCK_EINVAL);
}

/* ---- pieces ---------------------------------------------------------------------------- */

static void test_analyze_scan_pieces(void **state)
{
    fixture *fx = *state;
    /*           0         1         2         3         4
     *           0123456789012345678901234567890123456789012345 */
    const char *original = "<p>PRP &amp; stem cells regrow cartilage.</p>\n"
                           "<p>\xC3\x89lite exosomes cure acne.</p>";
    size_t line2 = (size_t)(strchr(original, '\n') - original) + 1;
    cck_piece pieces[4];
    memset(pieces, 0, sizeof pieces);
    pieces[0] = (cck_piece){"PRP ", 4, 3, 4, 1, 0, 0};
    pieces[1] = (cck_piece){"&", 1, 7, 5, 0, 0, 0};
    pieces[2] = (cck_piece){" stem cells regrow cartilage.", 29, 12, 29, 1, 0, 0};
    pieces[3] = (cck_piece){"\xC3\x89lite exosomes cure acne.", 26, line2 + 3, 26, 1, 1, 0};
    assert_memory_equal(original + 12, pieces[2].text, pieces[2].length);
    assert_memory_equal(original + line2 + 3, pieces[3].text, pieces[3].length);

    seen s;
    memset(&s, 0, sizeof s);
    cck_scan_callbacks callbacks = {on_finding, on_diagnostic, &s};
    cck_profile profile;
    assert_int_equal(cck_scanner_scan_pieces(fx->scanner, original, strlen(original), pieces,
                                             4, &callbacks, &profile),
                     CCK_OK);
    assert_int_equal(s.count, 2);
    assert_int_equal(profile.sentences, 2);
    assert_int_equal(profile.bytes, strlen(original));

    char got[64];
    const seen_finding *f = &s.findings[0];
    assert_string_equal(slice(original, &f->trigger, got, sizeof got), "regrow");
    assert_int_equal(f->trigger.offset, 24);
    assert_int_equal(f->trigger.line, 1);
    assert_int_equal(f->trigger.column, 25);
    /* the sentence starts at "PRP" and spans the entity in the original */
    assert_int_equal(f->sentence.offset, 3);
    assert_string_equal(slice(original, &f->sentence, got, sizeof got),
                        "PRP &amp; stem cells regrow cartilage.");

    f = &s.findings[1];
    assert_string_equal(slice(original, &f->trigger, got, sizeof got), "cure");
    assert_int_equal(f->trigger.offset, line2 + 3 + 16);
    assert_int_equal(f->trigger.line, 2);
    assert_int_equal(f->trigger.column, 19);
    assert_int_equal(f->severity, CCK_SEVERITY_ERROR);

    /* The break keeps the paragraphs apart: a claim with no topic of its own after a
     * break does not borrow the first paragraph's topic. */
    const char *two = "PRP is offered here.Green tea heals colds.";
    cck_piece split[2] = {{two, 20, 0, 20, 1, 0, 0}, {two + 20, 22, 20, 22, 1, 1, 0}};
    memset(&s, 0, sizeof s);
    assert_int_equal(cck_scanner_scan_pieces(fx->scanner, two, strlen(two), split, 2,
                                             &callbacks, &profile),
                     CCK_OK);
    assert_int_equal(s.count, 0);
    split[1].breaks = 0;
    assert_int_equal(cck_scanner_scan_pieces(fx->scanner, two, strlen(two), split, 2,
                                             &callbacks, &profile),
                     CCK_OK);
    assert_int_equal(s.count, 1);

    /* bad pieces */
    cck_piece bad = {"x", 1, 100, 1, 1, 0, 0};
    assert_int_equal(cck_scanner_scan_pieces(fx->scanner, two, strlen(two), &bad, 1, NULL,
                                             NULL),
                     CCK_EINVAL);
    cck_piece mismatch = {"xy", 2, 0, 1, 1, 0, 0};
    assert_int_equal(cck_scanner_scan_pieces(fx->scanner, two, strlen(two), &mismatch, 1,
                                             NULL, NULL),
                     CCK_EINVAL);
}

/* ---- profile ---------------------------------------------------------------------------- */

static void test_analyze_profile_counts(void **state)
{
    fixture *fx = *state;
    const char *text = "PRP may help some patients. "
                       "Stem cells do not regrow cartilage. "
                       "A randomized trial of 40 patients found that PRP relieves pain. "
                       "Exosomes cure acne. "
                       "Stem cell clinics sell a miracle.";
    seen s;
    cck_profile p;
    assert_int_equal(scan(fx->scanner, text, &s, &p), CCK_OK);
    assert_int_equal(p.bytes, strlen(text));
    assert_int_equal(p.sentences, 5);
    assert_int_equal(p.words, 31);
    assert_int_equal(p.hedges, 2);       /* may, some patients */
    assert_int_equal(p.negations, 1);    /* not */
    assert_int_equal(p.evidence, 2);     /* randomized, 40 patients */
    assert_int_equal(p.claim_level, 5);  /* cure */
    assert_int_equal(p.evidence_level, 4);
    assert_int_equal(p.findings[CCK_SEVERITY_NONE], 0);
    assert_int_equal(p.findings[CCK_SEVERITY_INFO], 0);
    assert_int_equal(p.findings[CCK_SEVERITY_WARNING], 2);
    assert_int_equal(p.findings[CCK_SEVERITY_ERROR], 0);
    assert_int_equal(p.by_category[CCK_CATEGORY_CURE], 1);
    assert_int_equal(p.by_category[CCK_CATEGORY_HYPE], 1);
    assert_int_equal(p.by_category[CCK_CATEGORY_REGENERATION], 0);
    assert_int_equal(p.topic_sentences, 5);
    assert_int_equal(s.count, 2);

    /* the same counts without callbacks, and the profile sums */
    cck_profile q, total;
    assert_int_equal(cck_scanner_scan(fx->scanner, text, strlen(text), NULL, &q), CCK_OK);
    assert_int_equal(q.findings[CCK_SEVERITY_WARNING], 2);
    assert_int_equal(q.by_category[CCK_CATEGORY_CURE], 1);
    memset(&total, 0, sizeof total);
    cck_profile_add(&total, &p);
    cck_profile_add(&total, &q);
    cck_profile_add(NULL, &q); /* NULL: nothing done, nothing crashes */
    cck_profile_add(&total, NULL);
    cck_options_init(NULL);
    assert_int_equal(total.sentences, 10);
    assert_int_equal(total.findings[CCK_SEVERITY_WARNING], 4);
    assert_int_equal(total.claim_level, 5);

    /* errors and infos counted apart; a note does not count by category */
    const char *mixed = "Stem cells are FDA approved. Can PRP prevent tears?";
    assert_int_equal(scan(fx->scanner, mixed, &s, &p), CCK_OK);
    assert_int_equal(p.findings[CCK_SEVERITY_ERROR], 1);
    assert_int_equal(p.findings[CCK_SEVERITY_INFO], 1);
    assert_int_equal(p.by_category[CCK_CATEGORY_REGULATORY], 1);
    assert_int_equal(p.by_category[CCK_CATEGORY_PREVENTION], 0);
}

/* ---- rules ------------------------------------------------------------------------------ */

static void test_analyze_rules(void **state)
{
    (void)state;
    for (int c = 0; c < CCK_CATEGORY_COUNT; c++) {
        const cck_rule *rule = cck_rule_get((cck_category)c);
        if (!rule || (int)rule->category != c || !rule->id || !*rule->id || !rule->name ||
            !*rule->name || !rule->summary || !*rule->summary || !rule->description ||
            !*rule->description)
            fail_msg("category %d: missing or incomplete rule", c);
        if (cck_rule_find(rule->id) != rule || cck_rule_find(rule->name) != rule)
            fail_msg("category %d: cck_rule_find(\"%s\"/\"%s\") does not return it", c,
                     rule->id, rule->name);
        if (rule->default_severity < CCK_SEVERITY_WARNING)
            fail_msg("rule %s: default severity %d", rule->id, rule->default_severity);
    }
    assert_null(cck_rule_get(CCK_CATEGORY_COUNT));
    assert_null(cck_rule_get((cck_category)-1));
    assert_null(cck_rule_find("no-such-rule"));
    assert_null(cck_rule_find(""));
    assert_null(cck_rule_find(NULL));
    assert_string_equal(cck_rule_find("prevention-claim")->name, "prevention");
    assert_string_equal(cck_rule_find("hype")->id, "hype-word");
    /* as a user types it: any case */
    assert_string_equal(cck_rule_find("CURE-CLAIM")->id, "cure-claim");
    assert_string_equal(cck_rule_find("Hype")->id, "hype-word");
    assert_null(cck_rule_find("cure-claims"));
    assert_null(cck_rule_find("cure-clai"));
    assert_int_equal(cck_rule_find("safety-absolute")->category, CCK_CATEGORY_SAFETY);

    for (int v = CCK_SEVERITY_NONE; v <= CCK_SEVERITY_ERROR; v++) {
        cck_severity parsed = (cck_severity)99;
        assert_int_equal(cck_severity_parse(cck_severity_name((cck_severity)v), &parsed),
                         CCK_OK);
        assert_int_equal(parsed, v);
    }
    assert_string_equal(cck_severity_name(CCK_SEVERITY_WARNING), "warning");
    cck_severity parsed = CCK_SEVERITY_INFO;
    assert_int_equal(cck_severity_parse("fatal", &parsed), CCK_EINVAL);
    assert_int_equal(cck_severity_parse("Warning", &parsed), CCK_EINVAL);
    assert_int_equal(cck_severity_parse("", &parsed), CCK_EINVAL);
    assert_int_equal(cck_severity_parse(NULL, &parsed), CCK_EINVAL);
    assert_int_equal(parsed, CCK_SEVERITY_INFO);
}

/* ---- chunked analysis of long records ------------------------------------------------ */

#define CHUNK_TEST_MAX 512

typedef struct brief_finding {
    const char *rule;
    cck_severity severity;
    cck_span trigger;
    cck_span sentence;
    unsigned flags;
} brief_finding;

typedef struct brief_list {
    size_t count;
    brief_finding items[CHUNK_TEST_MAX];
    size_t diagnostics;
    size_t diagnostic_offsets[16];
} brief_list;

static int on_brief_finding(const cck_finding *f, void *user_data)
{
    brief_list *list = user_data;
    if (list->count < CHUNK_TEST_MAX) {
        brief_finding *b = &list->items[list->count];
        b->rule = f->rule->id;
        b->severity = f->severity;
        b->trigger = f->trigger;
        b->sentence = f->sentence;
        b->flags = f->flags;
    }
    list->count++;
    return 0;
}

static int on_brief_diagnostic(const cck_error *d, void *user_data)
{
    brief_list *list = user_data;
    if (list->diagnostics < 16)
        list->diagnostic_offsets[list->diagnostics] = d->byte_offset;
    list->diagnostics++;
    return 0;
}

static int same_span(const cck_span *a, const cck_span *b)
{
    return a->offset == b->offset && a->length == b->length && a->line == b->line &&
           a->column == b->column && a->end_line == b->end_line &&
           a->end_column == b->end_column;
}

/* A long record is analysed in chunks cut at blank lines; what carries across
 * paragraphs (a topic named earlier and picked up by "It", lab work, evidence in the
 * next sentence, positions, diagnostics) must come out exactly as in one piece. */
/* A document that crosses chunk limits in every way the scanner cuts: blank lines
 * (LF and CRLF), inside a long paragraph, with UTF-8, invalid bytes and topic carried
 * by "It". */
static void build_chunk_document(cck_buf *doc)
{
    static const char *const paragraphs[] = {
        "Stem Cell Therapy for Knees",
        "Our clinic offers stem cell therapy to athletes.",
        "Book a visit with our friendly team today.",
        "It regenerates cartilage in weeks. It also prevents arthritis \xe2\x80\x94 "
        "no surgery needed!",
        NULL, /* the long paragraph, built below */
        "PRP reduced pain in our patients. A randomized trial of 120 patients found this.",
        "Sunscreen prevents sunburn. The caf\xc3\xa9 is open \xff late.",
        "Cord blood cells are \xe2\x80\x9c" "100% safe\xe2\x80\x9d and FDA approved.",
    };
    /* longer than two chunks, so it is cut inside: lab work two sentences (and a chunk
     * cut) before a claim must still colour it, and lab work 31 sentences before the
     * first claim must not */
    cck_buf long_paragraph;
    cck_buf_init(&long_paragraph);
    assert_int_equal(cck_buf_puts(&long_paragraph, "In mice, exosomes rebuilt tendons."), CCK_OK);
    for (int i = 0; i < 30; i++)
        assert_int_equal(cck_buf_puts(&long_paragraph,
                                      " Researchers watched them closely for months."),
                         CCK_OK);
    assert_int_equal(cck_buf_puts(&long_paragraph,
                                  " So your knees will heal too with our exosome shots."
                                  " In rats, exosomes rebuilt tendons."
                                  " Researchers watched them closely for months."
                                  " So your knees will heal too with our exosome shots."),
                     CCK_OK);
    /* a second long paragraph, without lab work: claims whose only evidence (a trial,
     * a testimonial) is the sentence before them */
    assert_int_equal(cck_buf_puts(&long_paragraph, "\n\nExosome shots are popular."), CCK_OK);
    for (int i = 0; i < 12; i++)
        assert_int_equal(cck_buf_puts(&long_paragraph,
                                      " A randomized trial of 60 patients tested it."
                                      " Exosomes heal tendons. Our staff like them."
                                      " My patients swear by it."
                                      " Exosomes repair ligaments. Our staff like them."),
                         CCK_OK);
    for (size_t rep = 0; rep < 20; rep++)
        for (size_t i = 0; i < sizeof paragraphs / sizeof paragraphs[0]; i++) {
            assert_int_equal(cck_buf_puts(doc, paragraphs[i] ? paragraphs[i] : long_paragraph.data),
                             CCK_OK);
            assert_int_equal(cck_buf_puts(doc, i % 3 ? "\n\n" : "\r\n\r\n"), CCK_OK);
        }
    cck_buf_free(&long_paragraph);
}

/* An engine with the default lexicons whose chunks are about chunk_bytes. */
static cck_engine *chunk_engine(size_t chunk_bytes)
{
    cck_lexicon *lexicon = cck_lexicon_new();
    assert_non_null(lexicon);
    assert_int_equal(cck_lexicon_load_defaults(lexicon, NULL), CCK_OK);
    cck_options options;
    cck_options_init(&options);
    options.chunk_bytes = chunk_bytes;
    cck_engine *engine = NULL;
    assert_int_equal(cck_engine_new(lexicon, &options, &engine, NULL), CCK_OK);
    cck_lexicon_free(lexicon);
    return engine;
}

static void test_analyze_chunks_match_whole_record(void **state)
{
    (void)state;
    cck_buf doc;
    cck_buf_init(&doc);
    build_chunk_document(&doc);

    /* the smallest chunks (64 bytes) cut this document at nearly every blank line and
     * inside the long paragraph; the other engine's chunks are larger than the
     * document */
    cck_engine *engines[2] = {chunk_engine(64), chunk_engine((size_t)64 << 20)};
    static brief_list lists[2];
    cck_profile profiles[2];
    for (int k = 0; k < 2; k++) {
        memset(&lists[k], 0, sizeof lists[k]);
        cck_scanner *scanner = cck_scanner_new(engines[k]);
        assert_non_null(scanner);
        cck_scan_callbacks cb = {on_brief_finding, on_brief_diagnostic, &lists[k]};
        assert_int_equal(cck_scanner_scan(scanner, doc.data, doc.len, &cb, &profiles[k]),
                         CCK_EUTF8);
        cck_scanner_free(scanner);
        cck_engine_free(engines[k]);
    }
    const brief_list *chunked = &lists[0], *whole = &lists[1];
    assert_true(whole->count > 40 && whole->count < CHUNK_TEST_MAX);
    size_t extrapolations = 0;
    for (size_t i = 0; i < whole->count; i++)
        extrapolations += strcmp(whole->items[i].rule, "extrapolation") == 0;
    assert_int_equal(extrapolations, 20);
    assert_int_equal(chunked->count, whole->count);
    for (size_t i = 0; i < whole->count; i++) {
        const brief_finding *a = &chunked->items[i], *b = &whole->items[i];
        if (strcmp(a->rule, b->rule) != 0 || a->severity != b->severity ||
            !same_span(&a->trigger, &b->trigger) || !same_span(&a->sentence, &b->sentence) ||
            a->flags != b->flags)
            fail_msg("finding %zu: chunked %s %d at %zu:%zu (byte %zu), whole %s %d at "
                     "%zu:%zu (byte %zu)",
                     i, a->rule, (int)a->severity, a->trigger.line, a->trigger.column,
                     a->trigger.offset, b->rule, (int)b->severity, b->trigger.line,
                     b->trigger.column, b->trigger.offset);
    }
    assert_int_equal(chunked->diagnostics, whole->diagnostics);
    for (size_t i = 0; i < whole->diagnostics && i < 16; i++)
        assert_int_equal(chunked->diagnostic_offsets[i], whole->diagnostic_offsets[i]);
    assert_int_equal(profiles[0].sentences, profiles[1].sentences);
    assert_int_equal(profiles[0].words, profiles[1].words);
    assert_int_equal(profiles[0].claims, profiles[1].claims);
    assert_int_equal(profiles[0].sourced_claims, profiles[1].sourced_claims);
    assert_int_equal(profiles[0].evidence, profiles[1].evidence);
    assert_int_equal(profiles[0].invalid_utf8, profiles[1].invalid_utf8);
    assert_memory_equal(profiles[0].findings, profiles[1].findings, sizeof profiles[0].findings);
    cck_buf_free(&doc);
}

/* The first finding's explanation, kept. */
static int on_first_explanation(const cck_finding *f, void *user_data)
{
    cck_buf *b = user_data;
    if (b->len == 0)
        assert_int_equal(cck_buf_puts(b, f->explanation), CCK_OK);
    return 0;
}

/* A trial that found nothing, as the last sentence of a chunk cut inside a paragraph,
 * is named in the explanation of the claim that opens the next chunk, as it is when
 * the paragraph is read in one piece. */
static void test_analyze_chunks_carry_null_trial(void **state)
{
    (void)state;
    /* over two chunks long, so the first sentence end after 64 bytes cuts it */
    static const char doc[] = "A randomized trial of 80 patients found no difference from "
                              "saline. Exosomes heal cartilage. Our staff explain the "
                              "options to anyone who asks about them.";
    cck_engine *engines[2] = {chunk_engine(64), chunk_engine((size_t)64 << 20)};
    cck_buf expl[2];
    for (int k = 0; k < 2; k++) {
        cck_buf_init(&expl[k]);
        cck_scanner *scanner = cck_scanner_new(engines[k]);
        assert_non_null(scanner);
        cck_scan_callbacks cb = {on_first_explanation, NULL, &expl[k]};
        cck_profile profile;
        assert_int_equal(cck_scanner_scan(scanner, doc, sizeof doc - 1, &cb, &profile), CCK_OK);
        cck_scanner_free(scanner);
        cck_engine_free(engines[k]);
    }
    assert_non_null(strstr(expl[1].data, "found no difference"));
    assert_string_equal(expl[0].data, expl[1].data);
    cck_buf_free(&expl[0]);
    cck_buf_free(&expl[1]);
}

/* ---- a scan fed in pieces ---- */

/* Everything a scan reports, written out, so that two scans compare as strings. */
typedef struct scan_transcript {
    cck_buf text;
    const cck_scanner *scanner;
    const char *doc;      /* the whole text, to check what the window holds */
    size_t doc_len;
    int window_ok;
} scan_transcript;

static void put_span(cck_buf *b, const cck_span *span)
{
    cck_buf_printf(b, " [%zu+%zu %zu:%zu-%zu:%zu]", span->offset, span->length, span->line,
                   span->column, span->end_line, span->end_column);
}

/* The scanner's window must hold the bytes of a span, equal to the text's. */
static void check_window(scan_transcript *t, const cck_span *span)
{
    size_t at, len;
    const char *window = cck_scanner_get_window(t->scanner, &at, &len);
    if (span->offset < at || span->offset + span->length > at + len ||
        span->offset + span->length > t->doc_len ||
        memcmp(window + (span->offset - at), t->doc + span->offset, span->length) != 0)
        t->window_ok = 0;
}

static int on_transcript_finding(const cck_finding *f, void *user_data)
{
    scan_transcript *t = user_data;
    cck_buf *b = &t->text;
    cck_buf_printf(b, "finding %s %d %d %d %u", f->rule ? f->rule->id : "?", (int)f->severity,
                   f->claim_level, f->evidence_level, f->flags);
    put_span(b, &f->trigger);
    put_span(b, &f->sentence);
    cck_buf_printf(b, "\n  %s\n  %s\n  %s\n", f->message ? f->message : "",
                   f->explanation ? f->explanation : "", f->suggestion ? f->suggestion : "");
    check_window(t, &f->trigger);
    check_window(t, &f->sentence);
    for (size_t i = 0; i < f->cue_count; i++) {
        cck_buf_printf(b, "  cue %d %s %d", (int)f->cues[i].kind, f->cues[i].category,
                       f->cues[i].level);
        put_span(b, &f->cues[i].span);
        cck_buf_putc(b, '\n');
        check_window(t, &f->cues[i].span);
    }
    return 0;
}

static int on_transcript_diagnostic(const cck_error *d, void *user_data)
{
    scan_transcript *t = user_data;
    cck_buf_printf(&t->text, "diagnostic %d %zu %zu:%zu %s\n", d->status, d->byte_offset,
                   d->line, d->column, d->message);
    return 0;
}

static void put_profile(cck_buf *b, const cck_profile *p, int status)
{
    cck_buf_printf(b, "status %d bytes %zu words %zu sentences %zu claims %zu hedged %zu "
                      "sourced %zu hedges %zu negations %zu evidence %zu topic %zu levels %d %d "
                      "discusses %u invalid %zu findings",
                   status, p->bytes, p->words, p->sentences, p->claims, p->hedged_claims,
                   p->sourced_claims, p->hedges, p->negations, p->evidence, p->topic_sentences,
                   p->claim_level, p->evidence_level, p->discusses, p->invalid_utf8);
    for (size_t i = 0; i < 4; i++)
        cck_buf_printf(b, " %zu", p->findings[i]);
    for (size_t i = 0; i < CCK_CATEGORY_COUNT; i++)
        cck_buf_printf(b, " %zu", p->by_category[i]);
    cck_buf_putc(b, '\n');
}

/* How a fed scan cuts the text: fixed sizes, or pseudo-random ones (size 0). */
typedef struct feed_plan {
    const char *name;
    size_t size;
} feed_plan;

/* Scans doc whole, or fed in pieces by plan (NULL: whole), into t. */
static void transcribe(cck_scanner *scanner, const char *doc, size_t len,
                       const feed_plan *plan, scan_transcript *t)
{
    cck_buf_init(&t->text);
    t->scanner = scanner;
    t->doc = doc;
    t->doc_len = len;
    t->window_ok = 1;
    cck_scan_callbacks cb = {on_transcript_finding, on_transcript_diagnostic, t};
    cck_profile profile;
    int status;
    if (!plan) {
        status = cck_scanner_scan(scanner, doc, len, &cb, &profile);
    } else {
        assert_int_equal(cck_scanner_begin(scanner, &cb, &profile), CCK_OK);
        uint32_t seed = 12345;
        for (size_t at = 0; at < len;) {
            size_t n = plan->size;
            if (n == 0) { /* 1 to 5000 bytes */
                seed = seed * 1103515245u + 12345u;
                n = 1 + (seed >> 8) % 5000;
            }
            if (n > len - at)
                n = len - at;
            assert_int_equal(cck_scanner_feed(scanner, doc + at, n), CCK_OK);
            at += n;
        }
        status = cck_scanner_finish(scanner);
    }
    put_profile(&t->text, &profile, status);
}

/* Fails, showing where, when transcript got is not want; what names the case. */
static void assert_same_transcript(const char *got, const char *want, const char *what)
{
    if (strcmp(got, want) == 0)
        return;
    size_t at = 0;
    while (got[at] == want[at])
        at++;
    fail_msg("%s: differs at byte %zu of the transcript: \"%.120s\", not \"%.120s\"", what, at,
             got + at, want + at);
}

/* Fed in any pieces - one byte at a time, random sizes, cut inside UTF-8 sequences and
 * CRLF pairs - a scan reports exactly what the whole-text scan reports, and the window
 * holds every span a finding names. */
static void test_analyze_feed_matches_scan(void **state)
{
    (void)state;
    cck_buf doc;
    cck_buf_init(&doc);
    build_chunk_document(&doc);
    /* blank lines holding white space, long enough to reach past a fed piece */
    for (int i = 0; i < 8; i++) {
        assert_int_equal(cck_buf_puts(&doc, "It heals knees.\n"), CCK_OK);
        for (int k = 0; k < 20 * i; k++)
            assert_int_equal(cck_buf_putc(&doc, k % 3 ? ' ' : (k % 2 ? '\t' : '\r')), CCK_OK);
        assert_int_equal(cck_buf_puts(&doc, "\nStem cells cure asthma."), CCK_OK);
    }
    /* a final paragraph without a blank line after it, ending in white space */
    assert_int_equal(cck_buf_puts(&doc, "Stem cells cure diabetes. \r\n   "), CCK_OK);
    const feed_plan plans[] = {{"one byte", 1},  {"two bytes", 2},     {"three bytes", 3},
                               {"odd 97", 97},   {"random", 0},        {"4 KiB", 4096},
                               {"whole", (size_t)1 << 30}};
    const size_t chunks[] = {64, 1000, (size_t)64 << 20};
    for (size_t c = 0; c < CCK_ARRAY_LEN(chunks); c++) {
        cck_engine *engine = chunk_engine(chunks[c]);
        cck_scanner *scanner = cck_scanner_new(engine);
        assert_non_null(scanner);
        scan_transcript whole;
        transcribe(scanner, doc.data, doc.len, NULL, &whole);
        assert_true(whole.window_ok);
        assert_non_null(strstr(whole.text.data, "finding "));
        assert_non_null(strstr(whole.text.data, "diagnostic "));
        for (size_t p = 0; p < CCK_ARRAY_LEN(plans); p++) {
            scan_transcript fed;
            transcribe(scanner, doc.data, doc.len, &plans[p], &fed);
            char what[96];
            snprintf(what, sizeof what, "chunk %zu, fed %s (fed, not whole)", chunks[c],
                     plans[p].name);
            assert_same_transcript(fed.text.data, whole.text.data, what);
            if (!fed.window_ok)
                fail_msg("chunk %zu, fed %s: a span is outside the scanner's window", chunks[c],
                         plans[p].name);
            cck_buf_free(&fed.text);
        }
        cck_buf_free(&whole.text);
        cck_scanner_free(scanner);
        cck_engine_free(engine);
    }
    cck_buf_free(&doc);
}

/* A text that opens with a byte order mark: positions do not count it as a column,
 * byte offsets do, and a fed scan - one byte at a time too, so the mark itself is cut -
 * reports the same as the whole-text scan. */
static void test_analyze_feed_byte_order_mark(void **state)
{
    (void)state;
    static const char doc[] = "\xEF\xBB\xBFStem cells cure arthritis. A bad \xff byte.\n\n"
                              "PRP prevents injuries in athletes, our clinic says. Exosomes "
                              "regrow cartilage.\n\nStem cells heal knees.\n";
    size_t len = sizeof doc - 1;
    const feed_plan plans[] = {{"one byte", 1}, {"two bytes", 2}, {"odd 5", 5}, {"random", 0}};
    const size_t chunks[] = {64, (size_t)64 << 20};
    for (size_t c = 0; c < CCK_ARRAY_LEN(chunks); c++) {
        cck_engine *engine = chunk_engine(chunks[c]);
        cck_scanner *scanner = cck_scanner_new(engine);
        assert_non_null(scanner);
        scan_transcript whole;
        transcribe(scanner, doc, len, NULL, &whole);
        /* "cure": bytes 14..18, columns 12..16; the bad byte: byte 36, column 34 */
        if (!strstr(whole.text.data, "finding cure-claim") ||
            !strstr(whole.text.data, " [14+4 1:12-1:16]") ||
            !strstr(whole.text.data, " [3+26 1:1-1:27]") ||
            !strstr(whole.text.data, " 36 1:34 "))
            fail_msg("chunk %zu: positions count the byte order mark:\n%s", chunks[c],
                     whole.text.data);
        for (size_t p = 0; p < CCK_ARRAY_LEN(plans); p++) {
            scan_transcript fed;
            transcribe(scanner, doc, len, &plans[p], &fed);
            if (strcmp(fed.text.data, whole.text.data) != 0)
                fail_msg("chunk %zu, fed %s: differs from the whole-text scan:\n%s\n---\n%s",
                         chunks[c], plans[p].name, fed.text.data, whole.text.data);
            cck_buf_free(&fed.text);
        }
        cck_buf_free(&whole.text);
        cck_scanner_free(scanner);
        cck_engine_free(engine);
    }
}

/* The fed scan keeps to the record limit, stops when a callback says so, and refuses
 * a one-shot scan while it is open. */
static int stop_at_first(const cck_finding *f, void *user_data)
{
    (void)f;
    ++*(int *)user_data;
    return 1;
}

static void test_analyze_feed_limits_and_stop(void **state)
{
    fixture *fx = *state;
    const char *claim = "Stem cell therapy cures arthritis. ";
    size_t n = strlen(claim);
    int calls = 0;
    cck_scan_callbacks cb = {stop_at_first, NULL, &calls};
    cck_profile profile;
    assert_int_equal(cck_scanner_feed(fx->scanner, claim, n), CCK_EINVAL); /* not begun */
    assert_int_equal(cck_scanner_finish(fx->scanner), CCK_EINVAL);
    assert_int_equal(cck_scanner_begin(fx->scanner, &cb, &profile), CCK_OK);
    assert_int_equal(cck_scanner_begin(fx->scanner, &cb, &profile), CCK_EINVAL);
    assert_int_equal(cck_scanner_scan(fx->scanner, claim, n, &cb, &profile), CCK_EINVAL);
    assert_int_equal(cck_scanner_feed(fx->scanner, claim, n), CCK_OK);
    assert_int_equal(cck_scanner_finish(fx->scanner), CCK_ESTOP);
    assert_int_equal(calls, 1);
    /* usable again afterwards */
    assert_int_equal(cck_scanner_scan(fx->scanner, claim, n, NULL, &profile), CCK_OK);
    assert_int_equal(profile.findings[CCK_SEVERITY_ERROR] + profile.findings[CCK_SEVERITY_WARNING],
                     1);

    cck_engine *engine = NULL;
    cck_lexicon *lexicon = cck_lexicon_new();
    assert_int_equal(cck_lexicon_load_defaults(lexicon, NULL), CCK_OK);
    cck_options options;
    cck_options_init(&options);
    options.max_record_bytes = 2 * n;
    assert_int_equal(cck_engine_new(lexicon, &options, &engine, NULL), CCK_OK);
    cck_lexicon_free(lexicon);
    cck_scanner *scanner = cck_scanner_new(engine);
    assert_non_null(scanner);
    assert_int_equal(cck_scanner_begin(scanner, NULL, NULL), CCK_OK);
    assert_int_equal(cck_scanner_feed(scanner, claim, n), CCK_OK);
    assert_int_equal(cck_scanner_feed(scanner, claim, n), CCK_OK);
    assert_int_equal(cck_scanner_feed(scanner, "x", 1), CCK_ELIMIT);
    assert_int_equal(cck_scanner_feed(scanner, "x", 1), CCK_ELIMIT);
    assert_int_equal(cck_scanner_finish(scanner), CCK_ELIMIT);
    cck_scanner_free(scanner);
    cck_engine_free(engine);
}

/* ---- a lean scanner (cck_scanner_set_lean) ------------------------------------------ */

/* One line per finding with what a lean scanner still gives: the trigger's span whole,
 * the offsets of the sentence and the cues, the message and explanation as JSON (the
 * inside of a JSON string) and the suggestion. A scanner that is not lean has its texts
 * escaped here; a lean one must give the same bytes, and 0 for the line and columns it
 * leaves out. */
typedef struct lean_transcript {
    cck_buf text;
    int lean;
} lean_transcript;

static void put_offsets(cck_buf *b, const cck_span *s, int lean)
{
    cck_buf_printf(b, " [%zu+%zu]", s->offset, s->length);
    if (lean && (s->line || s->column || s->end_line || s->end_column))
        fail_msg("a lean scanner gave a position it leaves out: %zu:%zu-%zu:%zu", s->line,
                 s->column, s->end_line, s->end_column);
}

static void put_json_text(cck_buf *b, const char *s, int lean)
{
    if (lean) {
        cck_buf_printf(b, "\"%s\"", s);
    } else {
        assert_int_equal(cck_escape_json(b, s, strlen(s)), CCK_OK);
    }
}

static int on_lean_finding(const cck_finding *f, void *user_data)
{
    lean_transcript *t = user_data;
    cck_buf *b = &t->text;
    cck_buf_printf(b, "finding %s %d %u", f->rule->id, (int)f->severity, f->flags);
    put_span(b, &f->trigger);
    put_offsets(b, &f->sentence, t->lean);
    cck_buf_puts(b, "\n  ");
    put_json_text(b, f->message, t->lean);
    cck_buf_puts(b, "\n  ");
    put_json_text(b, f->explanation, t->lean);
    cck_buf_printf(b, "\n  %s\n", f->suggestion);
    for (size_t i = 0; i < f->cue_count; i++) {
        cck_buf_printf(b, "  cue %d %s %d", (int)f->cues[i].kind, f->cues[i].category,
                       f->cues[i].level);
        put_offsets(b, &f->cues[i].span, t->lean);
        cck_buf_putc(b, '\n');
    }
    return 0;
}

/* Scans doc whole, or fed `piece` bytes at a time (0: whole). */
static void lean_transcribe(cck_scanner *scanner, const char *doc, size_t len, size_t piece,
                            lean_transcript *t)
{
    cck_buf_init(&t->text);
    cck_scan_callbacks cb = {on_lean_finding, NULL, t};
    cck_profile profile;
    /* (the document has an invalid byte: CCK_EUTF8, after every finding) */
    if (!piece) {
        assert_int_equal(cck_scanner_scan(scanner, doc, len, &cb, &profile), CCK_EUTF8);
        return;
    }
    assert_int_equal(cck_scanner_begin(scanner, &cb, &profile), CCK_OK);
    for (size_t at = 0; at < len; at += piece)
        assert_int_equal(cck_scanner_feed(scanner, doc + at, len - at < piece ? len - at : piece),
                         CCK_OK);
    assert_int_equal(cck_scanner_finish(scanner), CCK_EUTF8);
}

/* What the CLI's JSON Lines output asks of the scanner (CCK_SCAN_TRIGGER_POSITIONS_ONLY,
 * CCK_SCAN_JSON_TEXTS) gives the trigger's line and columns, the offsets, and the
 * escaped message and explanation exactly as the scanner that gives everything: on
 * CRLF and BOM texts, findings on late lines, characters of several bytes before a
 * finding, a very long line, cues with a tab in them (escaped in the message and
 * the explanation), the quoted "can" of an ability claim, extrapolation bridges, a
 * carried topic, scanned whole, in small chunks and fed in pieces. */
static void test_analyze_lean_scanner(void **state)
{
    (void)state;
    cck_buf doc;
    cck_buf_init(&doc);
    build_chunk_document(&doc);
    assert_int_equal(
        cck_buf_puts(&doc,
                     "\r\n\r\nStem cell therapy has no side\teffects and is 100% safe.\r\n"
                     "Stem cells cure\r\narthritis, it is \xe2\x80\x9cguaranteed\xe2\x80\x9d.\n"
                     "PRP is \\\"proven\\\" to heal knees. \xc3\xa9\xc3\xa9 Exosomes are a "
                     "miracle\xe2\x80\xa8" "cure.\n\n"
                     "PRP can regrow cartilage. \xe6\x97\xa5\xe6\x9c\xac Stem cells can "
                     "heal tendons.\n\nIn mice, exosomes rebuilt tendons. So your knees "
                     "will heal too.\n\nStem cell clinics are everywhere. They cure "
                     "arthritis.\n"),
        CCK_OK);
    for (int i = 0; i < 300; i++) /* one very long line, a claim at its end */
        assert_int_equal(cck_buf_puts(&doc, "caf\xc3\xa9 words and more words "), CCK_OK);
    assert_int_equal(cck_buf_puts(&doc, "Stem cells heal\tknees forever.\n"), CCK_OK);
    cck_buf bom;
    cck_buf_init(&bom);
    assert_int_equal(cck_buf_puts(&bom, "\xEF\xBB\xBF"), CCK_OK);
    assert_int_equal(cck_buf_append(&bom, doc.data, doc.len), CCK_OK);
    const cck_buf *docs[] = {&doc, &bom};
    const size_t chunks[] = {64, (size_t)64 << 20};
    const size_t pieces[] = {0, 1, 777};
    for (size_t c = 0; c < CCK_ARRAY_LEN(chunks); c++) {
        cck_engine *engine = chunk_engine(chunks[c]);
        cck_scanner *full = cck_scanner_new(engine), *lean = cck_scanner_new(engine);
        assert_non_null(full);
        assert_non_null(lean);
        cck_scanner_set_lean(lean, CCK_SCAN_TRIGGER_POSITIONS_ONLY | CCK_SCAN_JSON_TEXTS);
        for (size_t d = 0; d < CCK_ARRAY_LEN(docs); d++) {
            for (size_t p = 0; p < CCK_ARRAY_LEN(pieces); p++) {
                lean_transcript want = {.lean = 0}, got = {.lean = 1};
                lean_transcribe(full, docs[d]->data, docs[d]->len, pieces[p], &want);
                lean_transcribe(lean, docs[d]->data, docs[d]->len, pieces[p], &got);
                /* the texts above make these; a change to them must keep them */
                assert_non_null(strstr(want.text.data, "\"no side\\teffects\\\""));
                assert_non_null(strstr(want.text.data, "(\\\"can\\\")"));
                assert_non_null(strstr(want.text.data, "extrapolation"));
                char what[96];
                snprintf(what, sizeof what, "chunk %zu, doc %zu, pieces %zu (lean, not full)",
                         chunks[c], d, pieces[p]);
                assert_same_transcript(got.text.data, want.text.data, what);
                cck_buf_free(&want.text);
                cck_buf_free(&got.text);
            }
        }
        cck_scanner_free(full);
        cck_scanner_free(lean);
        cck_engine_free(engine);
    }
    cck_buf_free(&bom);
    cck_buf_free(&doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_analyze_plain_claims),
        cmocka_unit_test(test_analyze_lean_scanner),
        cmocka_unit_test(test_analyze_evidence_in_messages),
        cmocka_unit_test(test_analyze_explanation_text),
        cmocka_unit_test(test_analyze_explanation_ladders),
        cmocka_unit_test(test_analyze_negation),
        cmocka_unit_test(test_analyze_hedges),
        cmocka_unit_test(test_analyze_questions),
        cmocka_unit_test(test_analyze_conditionals),
        cmocka_unit_test(test_analyze_reported),
        cmocka_unit_test(test_analyze_off_topic),
        cmocka_unit_test(test_analyze_evidence_nearby),
        cmocka_unit_test(test_analyze_negation_scope),
        cmocka_unit_test(test_analyze_topic_carry),
        cmocka_unit_test(test_analyze_no_claim),
        cmocka_unit_test(test_analyze_all_topics),
        cmocka_unit_test(test_analyze_positions),
        cmocka_unit_test(test_analyze_quoted_cues),
        cmocka_unit_test(test_analyze_cue_pruning),
        cmocka_unit_test(test_analyze_cue_order),
        cmocka_unit_test(test_analyze_spans_recounted),
        cmocka_unit_test(test_analyze_cues),
        cmocka_unit_test(test_analyze_suggestion_rewrite),
        cmocka_unit_test(test_analyze_tags_alone),
        cmocka_unit_test(test_analyze_invalid_utf8),
        cmocka_unit_test(test_analyze_callback_stop),
        cmocka_unit_test(test_analyze_empty_input),
        cmocka_unit_test(test_analyze_scan_pieces),
        cmocka_unit_test(test_analyze_profile_counts),
        cmocka_unit_test(test_analyze_rules),
        cmocka_unit_test(test_analyze_chunks_match_whole_record),
        cmocka_unit_test(test_analyze_chunks_carry_null_trial),
        cmocka_unit_test(test_analyze_feed_byte_order_mark),
        cmocka_unit_test(test_analyze_feed_matches_scan),
        cmocka_unit_test(test_analyze_feed_limits_and_stop),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
