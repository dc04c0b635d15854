/* rules.c - the rule table: one rule per category of finding, with a stable id, a
 * one-line summary and the long description that `claimcheck --explain` prints. Also
 * the names of severities and cue kinds. */
#include <string.h>

#include "util/util.h"

static const cck_rule rules[CCK_CATEGORY_COUNT] = {
    {CCK_CATEGORY_PREVENTION, "prevention-claim", "prevention",
     "a treatment is said to prevent a disease or injury without evidence that it does",
     "A prevention claim says that a treatment stops something from happening: an\n"
     "injury, a rupture, arthritis, ageing. Showing prevention needs people followed\n"
     "over time and compared with people who did not get the treatment; for\n"
     "stem-cell, PRP and exosome products such trials are rare and mostly small.\n"
     "\n"
     "Why it matters: healthy people are the audience of a prevention claim, so the\n"
     "treatment is sold to people who may never have needed it, and any harm or cost\n"
     "falls on them.\n"
     "\n"
     "How to fix: say what was actually measured and in whom (\"in a small study of\n"
     "30 runners...\"), hedge the claim (\"may lower the risk of\"), or cite a\n"
     "controlled trial that measured the outcome.",
     CCK_SEVERITY_WARNING},
    {CCK_CATEGORY_CURE, "cure-claim", "cure",
     "a treatment is said to cure, heal or relieve a condition without evidence",
     "A cure or efficacy claim says that the treatment works: it cures, heals,\n"
     "treats, fixes or relieves a condition. Most regenerative products have been\n"
     "tested, if at all, in small or uncontrolled studies, where pain often improves\n"
     "whatever the injection (placebo response, natural history, regression to the\n"
     "mean).\n"
     "\n"
     "Why it matters: health-news reviewers ask whether a story quantifies benefits\n"
     "and whether the evidence can carry the claim; an unqualified \"heals\" or\n"
     "\"cures\" answers neither and is what regulators cite in warning letters to\n"
     "clinics.\n"
     "\n"
     "How to fix: report the size of the benefit and the kind of study behind it,\n"
     "and hedge (\"may ease pain for some patients; evidence is limited\").",
     CCK_SEVERITY_WARNING},
    {CCK_CATEGORY_REGENERATION, "regeneration-claim", "regeneration",
     "a treatment is said to regrow, rebuild or reverse damaged tissue without evidence",
     "A regeneration or reversal claim says that the treatment rebuilds tissue:\n"
     "regrows cartilage, repairs tendons, reverses arthritis or ageing. Imaging that\n"
     "shows new, durable, functional tissue in people is rare; lab and animal results\n"
     "do not show it happens in a human joint.\n"
     "\n"
     "Why it matters: \"regenerates\" promises a structural result that patients\n"
     "cannot check and that few studies measured; it is the central promise of most\n"
     "unapproved stem-cell marketing.\n"
     "\n"
     "How to fix: describe what was measured (pain scores, function, imaging) and\n"
     "hedge (\"may support tissue repair in some patients; evidence is limited\").",
     CCK_SEVERITY_WARNING},
    {CCK_CATEGORY_CERTAINTY, "certainty-booster", "certainty",
     "a claim is stated as certain (proven, guaranteed, 100%) beyond what evidence allows",
     "Certainty boosters (\"proven\", \"clinically proven\", \"guaranteed\", \"100%\",\n"
     "\"always\", \"science shows\") turn a claim into an absolute. Even strong\n"
     "evidence gives probabilities, and for regenerative treatments the evidence is\n"
     "rarely strong: a systematic review of several controlled trials is the least\n"
     "that could support \"proven\".\n"
     "\n"
     "Why it matters: absolutes leave no room for the patients the treatment does\n"
     "not help, and \"guaranteed\" results are a classic sign of a deceptive health\n"
     "advertisement.\n"
     "\n"
     "How to fix: drop the booster and state the evidence (\"in a randomized trial of\n"
     "120 patients, pain scores improved more than with placebo\").",
     CCK_SEVERITY_ERROR},
    {CCK_CATEGORY_HYPE, "hype-word", "hype",
     "a treatment is described with hype (miracle, breakthrough, game changer)",
     "Hype words (\"miracle\", \"breakthrough\", \"revolutionary\", \"game changer\",\n"
     "\"fountain of youth\") claim importance and novelty instead of reporting\n"
     "results.\n"
     "\n"
     "Why it matters: reviewers of health stories mark down coverage that\n"
     "exaggerates novelty or uses sensational language; readers take hype as a\n"
     "verdict on the evidence.\n"
     "\n"
     "How to fix: replace the word with what is new and what it was shown to do\n"
     "(\"an experimental injection now being tested in a phase II trial\").",
     CCK_SEVERITY_WARNING},
    {CCK_CATEGORY_SAFETY, "safety-absolute", "safety",
     "a treatment is said to have no side effects or no risk",
     "Safety absolutes (\"no side effects\", \"risk-free\", \"completely safe\",\n"
     "\"zero risk\") deny that harms exist. Injected cell and tissue products carry\n"
     "real risks: infection, pain flares, tissue reactions, contamination, and in\n"
     "reported cases blindness and tumours after unapproved stem-cell procedures.\n"
     "\n"
     "Why it matters: a reader cannot weigh benefits against harms that are said not\n"
     "to exist; health-news reviewers ask whether the harms of a treatment are\n"
     "explained.\n"
     "\n"
     "How to fix: name the known risks and how often they occur, or say that safety\n"
     "has not been studied well (\"side effects are usually mild, but serious\n"
     "complications have been reported\").",
     CCK_SEVERITY_ERROR},
    {CCK_CATEGORY_REGULATORY, "regulatory-claim", "regulatory",
     "a stem-cell or regenerative product is said to be FDA approved or cleared",
     "Regulatory claims (\"FDA approved\", \"FDA cleared\", \"FDA registered\") borrow\n"
     "the authority of a regulator. In the United States the only stem-cell products\n"
     "the FDA has approved are blood-forming stem cells from cord blood, for\n"
     "disorders of the blood and immune system. \"Registered\" facilities and\n"
     "\"cleared\" processing devices are not approvals of a treatment.\n"
     "\n"
     "Why it matters: patients read \"FDA approved\" as proof of safety and efficacy;\n"
     "the FDA has warned the public about clinics that market unapproved products\n"
     "this way.\n"
     "\n"
     "How to fix: state the product's actual regulatory status, or remove the claim.\n"
     "A statement that an approval rests on controlled trials (\"approvals based on\n"
     "randomized controlled trials\") has given its evidence and is not flagged.",
     CCK_SEVERITY_ERROR},
    {CCK_CATEGORY_SURGERY, "surgery-avoidance", "surgery",
     "a treatment is said to make surgery or joint replacement unnecessary",
     "Surgery-avoidance claims (\"no need for knee replacement\", \"skip the\n"
     "surgery\", \"avoid surgery\") promise that an injection replaces an operation.\n"
     "Few controlled studies have compared regenerative injections with surgery or\n"
     "measured how many patients later needed surgery anyway.\n"
     "\n"
     "Why it matters: patients may delay a treatment that works while their joint\n"
     "gets worse; health-news reviewers ask whether alternatives are compared.\n"
     "\n"
     "How to fix: say that some patients hope to delay surgery, and that evidence on\n"
     "how long any benefit lasts is limited.",
     CCK_SEVERITY_WARNING},
    {CCK_CATEGORY_EXTRAPOLATION, "extrapolation", "extrapolation",
     "animal, cell or lab results are stated as a benefit to people",
     "Extrapolation states results from mice, rats, horses, dogs, cells in a dish or\n"
     "lab experiments as if they were shown in people. Most treatments that work in\n"
     "animals or in vitro fail in human trials.\n"
     "\n"
     "Why it matters: readers take the result as a human benefit; reviewers of\n"
     "health stories ask whether the story makes clear the study was not in humans.\n"
     "\n"
     "How to fix: say where the result was seen (\"in mice\") and that it has not\n"
     "been shown in people.",
     CCK_SEVERITY_WARNING},
    {CCK_CATEGORY_ANECDOTE, "anecdote-as-proof", "anecdote",
     "testimonials or the author's own patients are offered as proof",
     "Anecdotes (\"my patients\", \"I've seen\", \"our patients report\",\n"
     "testimonials) are offered as proof that a treatment works. Without a\n"
     "comparison group, improvement after an injection cannot be told apart from\n"
     "placebo, natural recovery or other treatments, and unhappy patients rarely\n"
     "write testimonials.\n"
     "\n"
     "Why it matters: anecdotes are the lowest level of evidence; using them as proof\n"
     "is a hallmark of marketing for unproven treatments.\n"
     "\n"
     "How to fix: present the experience as an experience (\"some of my patients\n"
     "report less pain\") and point to controlled studies where they exist.",
     CCK_SEVERITY_WARNING},
};

const cck_rule *cck_rule_get(cck_category category)
{
    if ((unsigned)category >= CCK_CATEGORY_COUNT)
        return NULL;
    return &rules[category];
}

const cck_rule *cck_rule_find(const char *id_or_name)
{
    if (!id_or_name)
        return NULL;
    /* ids and names are lower-case ASCII; the user may type them in any case */
    size_t n = strlen(id_or_name);
    for (size_t i = 0; i < CCK_CATEGORY_COUNT; i++)
        if (cck_ascii_equals_lower(id_or_name, n, rules[i].id) ||
            cck_ascii_equals_lower(id_or_name, n, rules[i].name))
            return &rules[i];
    return NULL;
}

const char *cck_severity_name(cck_severity severity)
{
    static const char *const names[] = {"none", "info", "warning", "error"};
    return (unsigned)severity < CCK_ARRAY_LEN(names) ? names[severity] : "none";
}

int cck_severity_parse(const char *name, cck_severity *severity)
{
    if (!name || !severity)
        return CCK_EINVAL;
    for (unsigned i = 0; i < 4; i++) {
        if (strcmp(name, cck_severity_name((cck_severity)i)) == 0) {
            *severity = (cck_severity)i;
            return CCK_OK;
        }
    }
    return CCK_EINVAL;
}

const char *cck_cue_kind_name(cck_cue_kind kind)
{
    static const char *const names[CCK_CUE_KIND_COUNT] = {
        "topic",    "claim",       "booster",  "hedge",     "negation",
        "evidence", "attribution", "question", "condition", "profile"};
    return (unsigned)kind < CCK_CUE_KIND_COUNT ? names[kind] : "unknown";
}
