/* html.c - the HTML report an editor opens in a browser: one self-contained page with
 * a section per file or record, its text with every finding's trigger highlighted by
 * severity inside its lightly shaded sentence, the explanation and rewrite on hover
 * and click, a side list of findings, and the profile as a small SVG chart. The style
 * and script are inline and pinned by their SHA-256 in a Content-Security-Policy that
 * allows nothing else, so even a mistake in escaping could not run a script; every
 * byte of the input still goes through cck_escape_html. */
#include <stdlib.h>
#include <string.h>

#include "report/formats.h"

#define DEFAULT_TITLE "claimcheck report"

/* ---- SHA-256 and base64, for the Content-Security-Policy hashes ------------------ */

typedef struct sha256 {
    uint32_t state[8];
    unsigned char block[64];
    size_t used;
    uint64_t bytes;
} sha256;

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

static uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

static void sha256_block(sha256 *h, const unsigned char *p)
{
    uint32_t w[64];
    for (size_t i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
    for (size_t i = 16; i < 64; i++) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h->state[0], b = h->state[1], c = h->state[2], d = h->state[3];
    uint32_t e = h->state[4], f = h->state[5], g = h->state[6], k = h->state[7];
    for (size_t i = 0; i < 64; i++) {
        uint32_t t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                      sha256_k[i] + w[i];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        k = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h->state[0] += a;
    h->state[1] += b;
    h->state[2] += c;
    h->state[3] += d;
    h->state[4] += e;
    h->state[5] += f;
    h->state[6] += g;
    h->state[7] += k;
}

static void sha256_init(sha256 *h)
{
    static const uint32_t init[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                     0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(h->state, init, sizeof init);
    h->used = 0;
    h->bytes = 0;
}

static void sha256_update(sha256 *h, const char *data, size_t len)
{
    const unsigned char *p = (const unsigned char *)data;
    h->bytes += len;
    while (len > 0) {
        size_t n = 64 - h->used < len ? 64 - h->used : len;
        memcpy(h->block + h->used, p, n);
        h->used += n;
        p += n;
        len -= n;
        if (h->used == 64) {
            sha256_block(h, h->block);
            h->used = 0;
        }
    }
}

static void sha256_final(sha256 *h, unsigned char digest[32])
{
    uint64_t bits = h->bytes * 8;
    h->block[h->used++] = 0x80;
    if (h->used > 56) {
        memset(h->block + h->used, 0, 64 - h->used);
        sha256_block(h, h->block);
        h->used = 0;
    }
    memset(h->block + h->used, 0, 56 - h->used);
    for (size_t i = 0; i < 8; i++)
        h->block[56 + i] = (unsigned char)(bits >> (56 - 8 * i));
    sha256_block(h, h->block);
    for (size_t i = 0; i < 8; i++) {
        digest[4 * i] = (unsigned char)(h->state[i] >> 24);
        digest[4 * i + 1] = (unsigned char)(h->state[i] >> 16);
        digest[4 * i + 2] = (unsigned char)(h->state[i] >> 8);
        digest[4 * i + 3] = (unsigned char)h->state[i];
    }
}

/* 'sha256-<base64 of the digest>' of the pieces joined, for a CSP source list. */
static int put_csp_hash(cck_buf *out, const char *const *pieces)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    sha256 h;
    sha256_init(&h);
    for (size_t i = 0; pieces[i]; i++)
        sha256_update(&h, pieces[i], strlen(pieces[i]));
    unsigned char d[33];
    sha256_final(&h, d);
    d[32] = 0;
    char b64[45];
    size_t n = 0;
    for (size_t i = 0; i < 33; i += 3) {
        uint32_t v = (uint32_t)d[i] << 16 | (uint32_t)d[i + 1] << 8 |
                     (uint32_t)(i + 2 < 33 ? d[i + 2] : 0);
        b64[n++] = alphabet[(v >> 18) & 63];
        b64[n++] = alphabet[(v >> 12) & 63];
        b64[n++] = alphabet[(v >> 6) & 63];
        b64[n++] = alphabet[v & 63];
    }
    b64[43] = '='; /* 32 bytes are 43 characters and one '=' of padding */
    b64[44] = '\0';
    return cck_buf_printf(out, "'sha256-%s'", b64);
}

static int put_pieces(cck_buf *out, const char *const *pieces)
{
    int status = CCK_OK;
    for (size_t i = 0; pieces[i]; i++)
        status |= cck_buf_puts(out, pieces[i]);
    return status ? CCK_ENOMEM : CCK_OK;
}

/* ---- the page's style and script -------------------------------------------------- */

static const char *const page_style[] = {
    "\n:root{--error:#b42318;--error-bg:#fde4e1;--warning:#9a5b00;--warning-bg:#fff0c7;"
    "--info:#175cd3;--info-bg:#e2edff;--ink:#1d2433;--muted:#5d6778;--line:#e3e6ec;"
    "--page:#f4f5f8}\n"
    "*{box-sizing:border-box}[hidden]{display:none!important}\n"
    "html{background:var(--page);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"
    "'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}\n"
    "body{margin:0}\n"
    ".top{background:#1c2434;color:#fff;padding:14px 28px;display:flex;flex-wrap:wrap;"
    "align-items:baseline;gap:8px 24px}\n"
    ".top h1{font-size:19px;margin:0;font-weight:650;letter-spacing:.01em}\n"
    ".top .tool{color:#aab4c5;font-size:13px}\n"
    ".legend{margin:0 0 0 auto;display:flex;gap:8px;font-size:13px}\n"
    ".legend span{padding:1px 9px;border-radius:10px}\n"
    "main{padding:22px 28px 8px;max-width:1400px;margin:0 auto}\n"
    ".doc{background:#fff;border:1px solid var(--line);border-radius:10px;"
    "box-shadow:0 1px 3px rgba(16,24,40,.06);margin:0 0 22px;overflow:hidden}\n"
    ".doc>h2{margin:0;padding:12px 20px;font-size:15px;font-weight:600;"
    "border-bottom:1px solid var(--line);background:#fafbfc;display:flex;flex-wrap:wrap;"
    "gap:4px 16px;align-items:baseline}\n"
    ".doc>h2 .path{font-family:ui-monospace,'SFMono-Regular',Menlo,Consolas,monospace;"
    "overflow-wrap:anywhere}\n"
    ".doc>h2 .counts{font-weight:400;color:var(--muted);font-size:13px}\n"
    ".cols{display:grid;grid-template-columns:minmax(0,1fr) 360px}\n"
    "@media (max-width:900px){.cols{grid-template-columns:1fr}}\n"
    ".text{margin:0;padding:18px 26px 26px;white-space:pre-wrap;overflow-wrap:anywhere;"
    "font:17px/1.65 Charter,'Bitstream Charter','Sitka Text',Cambria,Georgia,serif;"
    "max-width:52em}\n"
    ".sent{border-radius:3px;padding:1px 0;box-decoration-break:clone;"
    "-webkit-box-decoration-break:clone}\n"
    ".sent.sev-error{background:rgba(180,35,24,.07)}\n"
    ".sent.sev-warning{background:rgba(154,91,0,.075)}\n"
    ".sent.sev-info{background:rgba(23,92,211,.06)}\n"
    "mark.trig{color:inherit;border-radius:3px;padding:0 2px;cursor:pointer;"
    "border-bottom:2px solid;box-decoration-break:clone;-webkit-box-decoration-break:clone}\n"
    "mark.trig:focus{outline:2px solid var(--ink);outline-offset:1px}\n"
    "mark.active{outline:2px solid var(--ink);outline-offset:1px}\n"
    "mark.flash{animation:flash 1.2s ease-out}\n"
    "@keyframes flash{0%{box-shadow:0 0 0 6px rgba(250,200,40,.9)}100%{box-shadow:0 0 0 0 "
    "rgba(250,200,40,0)}}\n"
    ".sev-error mark.trig,mark.trig.sev-error{background:var(--error-bg);"
    "border-color:var(--error)}\n"
    "mark.trig.sev-warning{background:var(--warning-bg);border-color:var(--warning)}\n"
    "mark.trig.sev-info{background:var(--info-bg);border-color:var(--info)}\n"
    ".side{border-left:1px solid var(--line);padding:16px 18px;background:#fcfcfd}\n"
    "@media (max-width:900px){.side{border-left:0;border-top:1px solid var(--line)}}\n"
    ".side h3{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);"
    "margin:16px 0 8px}\n"
    ".side h3:first-child{margin-top:0}\n"
    ".profile{margin:0}\n.profile svg{display:block;width:100%;height:auto}\n"
    ".profile svg text{font:10.5px system-ui,sans-serif;fill:#475467}\n",
    ".profile svg .h{font-weight:600;fill:#1d2433}\n"
    ".profile figcaption{font-size:12.5px;color:var(--muted);margin-top:6px}\n"
    ".checklist{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:1fr 1fr;"
    "gap:4px 10px;font-size:13px}\n"
    ".checklist li{display:flex;gap:6px;align-items:center}\n"
    ".checklist .yes::before,.checklist .no::before{display:inline-block;width:16px;"
    "height:16px;border-radius:50%;text-align:center;font-size:11px;line-height:16px;"
    "font-weight:700;color:#fff}\n"
    ".checklist .yes::before{content:'\\2713';background:#12805c}\n"
    ".checklist .no::before{content:'\\2715';background:#98a2b3}\n"
    ".findings{margin:0;padding:0;list-style:none}\n"
    ".finding{border:1px solid var(--line);border-left:4px solid;border-radius:6px;"
    "margin:0 0 8px;background:#fff}\n"
    ".finding.sev-error{border-left-color:var(--error)}\n"
    ".finding.sev-warning{border-left-color:var(--warning)}\n"
    ".finding.sev-info{border-left-color:var(--info)}\n"
    ".finding>summary{cursor:pointer;padding:7px 10px;font-size:13.5px;list-style:none}\n"
    ".finding>summary::-webkit-details-marker{display:none}\n"
    ".finding>summary .msg{display:block;color:var(--ink);margin-top:2px}\n"
    ".finding[open]>summary{border-bottom:1px solid var(--line)}\n"
    ".finding .card,.pop .card{padding:8px 10px}\n"
    ".badge{display:inline-block;font-size:11px;font-weight:650;text-transform:uppercase;"
    "letter-spacing:.04em;padding:0 7px;border-radius:9px;margin-right:6px}\n"
    ".badge.sev-error{background:var(--error-bg);color:var(--error)}\n"
    ".badge.sev-warning{background:var(--warning-bg);color:var(--warning)}\n"
    ".badge.sev-info{background:var(--info-bg);color:var(--info)}\n"
    ".rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;"
    "color:var(--muted)}\n"
    ".card p{margin:0 0 6px;font-size:13.5px}\n"
    ".card .expl{color:#475467;font-size:12.5px}\n"
    ".card .sugg{background:#ecfdf3;border:1px solid #b7e4c7;border-radius:5px;"
    "padding:6px 8px}\n"
    ".card .sugg b{display:block;font-size:11px;text-transform:uppercase;letter-spacing:.05em;"
    "color:#067647}\n"
    ".card .where{font-size:12px;color:var(--muted)}\n"
    ".card a{color:var(--info)}\n"
    ".none{color:var(--muted);font-size:13.5px;margin:0}\n"
    ".problem{margin:12px 20px;padding:8px 12px;border-radius:6px;background:var(--error-bg);"
    "color:var(--error);font-size:13.5px}\n"
    ".problem.sev-warning{background:var(--warning-bg);color:var(--warning)}\n"
    ".pop{position:absolute;z-index:10;max-width:420px;background:#fff;border:1px solid "
    "var(--line);border-radius:8px;box-shadow:0 8px 24px rgba(16,24,40,.18);padding:2px 0}\n"
    ".pop .card+.card{border-top:1px solid var(--line)}\n"
    "footer{max-width:1400px;margin:0 auto;padding:4px 28px 28px;color:var(--muted);"
    "font-size:13.5px}\n"
    "footer h2{font-size:15px;color:var(--ink);margin:0 0 6px}\n"
    "footer dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0}\n"
    "footer dt{color:var(--ink)}footer dd{margin:0}\n",
    NULL};

static const char *const page_script[] = {
    "\n(function () {\n"
    "  'use strict';\n"
    "  var pop = document.getElementById('cck-pop');\n"
    "  var active = null;\n"
    "  function byId(id) { return id ? document.getElementById(id) : null; }\n"
    "  function itemsOf(mark) {\n"
    "    return (mark.getAttribute('data-findings') || '').split(' ').map(byId)\n"
    "      .filter(Boolean);\n"
    "  }\n"
    "  function show(mark) {\n"
    "    var items = itemsOf(mark);\n"
    "    if (!items.length) return;\n"
    "    pop.textContent = '';\n"
    "    items.forEach(function (item) {\n"
    "      var card = item.querySelector('.card');\n"
    "      if (card) pop.appendChild(card.cloneNode(true));\n"
    "    });\n"
    "    pop.hidden = false;\n"
    "    var r = mark.getBoundingClientRect();\n"
    "    var view = document.documentElement.clientWidth;\n"
    "    var left = Math.max(8, Math.min(r.left, view - pop.offsetWidth - 8));\n"
    "    pop.style.left = (left + window.scrollX) + 'px';\n"
    "    pop.style.top = (r.bottom + window.scrollY + 6) + 'px';\n"
    "  }\n"
    "  function hide() { if (!active) pop.hidden = true; }\n"
    "  function unselect() {\n"
    "    if (active) active.classList.remove('active');\n"
    "    active = null;\n"
    "    pop.hidden = true;\n"
    "  }\n"
    "  function select(mark, scrollList) {\n"
    "    if (active) active.classList.remove('active');\n"
    "    active = mark;\n"
    "    mark.classList.add('active');\n"
    "    show(mark);\n"
    "    var items = itemsOf(mark);\n"
    "    items.forEach(function (item) {\n"
    "      if (!item.open) { item.setAttribute('data-quiet', '1'); item.open = true; }\n"
    "    });\n"
    "    if (scrollList && items[0]) items[0].scrollIntoView({block: 'nearest'});\n"
    "  }\n"
    "  document.querySelectorAll('mark.trig').forEach(function (mark) {\n"
    "    mark.addEventListener('mouseenter', function () { show(mark); });\n"
    "    mark.addEventListener('mouseleave', hide);\n"
    "    mark.addEventListener('focus', function () { show(mark); });\n"
    "    mark.addEventListener('blur', hide);\n"
    "    mark.addEventListener('click', function (e) { e.stopPropagation(); select(mark, true); });\n"
    "    mark.addEventListener('keydown', function (e) {\n"
    "      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(mark, true); }\n"
    "    });\n"
    "  });\n"
    "  document.querySelectorAll('details.finding').forEach(function (item) {\n"
    "    item.addEventListener('toggle', function () {\n"
    "      if (item.getAttribute('data-quiet')) { item.removeAttribute('data-quiet'); return; }\n"
    "      if (!item.open) return;\n"
    "      var mark = byId(item.getAttribute('data-mark'));\n"
    "      if (!mark) return;\n"
    "      mark.scrollIntoView({block: 'center', behavior: 'smooth'});\n"
    "      mark.classList.remove('flash');\n"
    "      void mark.offsetWidth;\n"
    "      mark.classList.add('flash');\n"
    "    });\n"
    "  });\n"
    "  pop.addEventListener('click', function (e) { e.stopPropagation(); });\n"
    "  document.addEventListener('click', unselect);\n"
    "  document.addEventListener('keydown', function (e) {\n"
    "    if (e.key === 'Escape') unselect();\n"
    "  });\n"
    "  function fromHash() {\n"
    "    var target = byId(decodeURIComponent(location.hash.slice(1)));\n"
    "    if (target && target.matches('details.finding'))\n"
    "      target = byId(target.getAttribute('data-mark'));\n"
    "    if (!target || !target.matches('mark.trig')) return;\n"
    "    target.scrollIntoView({block: 'center'});\n"
    "    select(target, false);\n"
    "  }\n"
    "  window.addEventListener('hashchange', fromHash);\n"
    "  fromHash();\n"
    "  document.documentElement.setAttribute('data-cck-ready', '1');\n"
    "})();\n",
    NULL};

/* ---- small writers -------------------------------------------------------------- */

static int put_html(cck_buf *out, const char *s)
{
    return s ? cck_escape_html(out, s, strlen(s)) : CCK_OK;
}

static const char *severity_class(cck_severity severity)
{
    switch (severity) {
    case CCK_SEVERITY_ERROR: return "sev-error";
    case CCK_SEVERITY_WARNING: return "sev-warning";
    default: return "sev-info";
    }
}

/* "2 errors · 5 warnings · 1 info" (or "no findings"). */
static int put_counts(cck_buf *out, const size_t findings[4])
{
    static const char *const one[4] = {"", "info", "warning", "error"};
    static const char *const many[4] = {"", "info", "warnings", "errors"};
    int status = CCK_OK;
    const char *sep = "";
    for (int s = 3; s >= 1; s--) {
        if (!findings[s])
            continue;
        status |= cck_buf_printf(out, "%s%zu %s", sep, findings[s],
                                 findings[s] == 1 ? one[s] : many[s]);
        sep = " \xC2\xB7 ";
    }
    if (!*sep)
        status |= cck_buf_puts(out, "no findings");
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_html_begin(cck_buf *out, cck_report_run *run)
{
    const char *title = run->options.title ? run->options.title : DEFAULT_TITLE;
    int status = cck_buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                                   "<meta charset=\"utf-8\">\n"
                                   "<meta http-equiv=\"Content-Security-Policy\" "
                                   "content=\"default-src 'none'; style-src ");
    status |= put_csp_hash(out, page_style);
    status |= cck_buf_puts(out, "; script-src ");
    status |= put_csp_hash(out, page_script);
    status |= cck_buf_puts(out, "; img-src data:; base-uri 'none'; form-action 'none'\">\n"
                                "<meta name=\"referrer\" content=\"no-referrer\">\n"
                                "<meta name=\"viewport\" content=\"width=device-width, "
                                "initial-scale=1\">\n"
                                "<meta name=\"generator\" content=\"claimcheck " CCK_VERSION_STRING
                                "\">\n<title>");
    status |= put_html(out, title);
    status |= cck_buf_puts(out, "</title>\n<style>");
    status |= put_pieces(out, page_style);
    status |= cck_buf_puts(out, "</style>\n</head>\n<body>\n<header class=\"top\"><h1>");
    status |= put_html(out, title);
    status |= cck_buf_puts(out,
                           "</h1><span class=\"tool\">claimcheck " CCK_VERSION_STRING
                           " \xC2\xB7 claims about regenerative medicine that outrun their "
                           "evidence</span><p class=\"legend\"><span class=\"badge "
                           "sev-error\">error</span><span class=\"badge sev-warning\">warning"
                           "</span><span class=\"badge sev-info\">info</span></p></header>\n"
                           "<div id=\"cck-pop\" class=\"pop\" role=\"tooltip\" hidden></div>\n"
                           "<main>\n");
    return status ? CCK_ENOMEM : CCK_OK;
}

/* ---- laying out the highlights -------------------------------------------------- */

/* The text is cut into shaded stretches (sentences; overlapping ones merged) holding
 * highlighted marks (triggers; overlapping ones merged), so the markup nests however
 * the findings overlap. */
typedef struct stretch {
    size_t start, end;
    cck_severity severity;
    size_t first, count; /* marks: their findings, as positions in `order` */
} stretch;

typedef struct layout {
    size_t *order;      /* finding indexes by trigger start */
    size_t *mark_of;    /* finding index -> its mark */
    stretch *sentences; /* by start, disjoint */
    size_t sentence_count;
    stretch *marks;     /* by start, disjoint, each inside one sentence */
    size_t mark_count;
    size_t *scratch;
} layout;

static size_t clamp_to(size_t value, size_t limit) { return value < limit ? value : limit; }

/* The spans of a finding clamped to the text, its sentence stretched over its trigger. */
static void finding_spans(const cck_finding *f, size_t len, size_t *s0, size_t *s1,
                          size_t *t0, size_t *t1)
{
    *t0 = clamp_to(f->trigger.offset, len);
    *t1 = *t0 + clamp_to(f->trigger.length, len - *t0);
    *s0 = clamp_to(f->sentence.offset, len);
    *s1 = *s0 + clamp_to(f->sentence.length, len - *s0);
    if (*t0 < *s0)
        *s0 = *t0;
    if (*t1 > *s1)
        *s1 = *t1;
}

/* Sorts finding indexes by a key (ties by index): a stable bottom-up merge sort, so
 * the cost stays n log n whatever the input and no global comparator is needed. */
static void sort_by(size_t *order, size_t *scratch, size_t count, const size_t *key)
{
    for (size_t width = 1; width < count; width *= 2) {
        for (size_t lo = 0; lo < count; lo += 2 * width) {
            size_t mid = clamp_to(lo + width, count), hi = clamp_to(lo + 2 * width, count);
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                scratch[k++] = key[order[j]] < key[order[i]] ? order[j++] : order[i++];
            while (i < mid)
                scratch[k++] = order[i++];
            while (j < hi)
                scratch[k++] = order[j++];
        }
        memcpy(order, scratch, count * sizeof *order);
        if (width > SIZE_MAX / 2)
            break;
    }
}

static void layout_free(layout *l)
{
    cck_free(l->order);
    cck_free(l->mark_of);
    cck_free(l->sentences);
    cck_free(l->marks);
    cck_free(l->scratch);
}

static int make_layout(layout *l, const cck_finding *items, size_t count, size_t len)
{
    memset(l, 0, sizeof *l);
    if (count == 0)
        return CCK_OK;
    if (count > SIZE_MAX / sizeof(stretch))
        return CCK_ENOMEM;
    l->order = cck_malloc(count * sizeof(size_t));
    l->mark_of = cck_malloc(count * sizeof(size_t));
    l->sentences = cck_malloc(count * sizeof(stretch));
    l->marks = cck_malloc(count * sizeof(stretch));
    l->scratch = cck_malloc(2 * count * sizeof(size_t));
    if (!l->order || !l->mark_of || !l->sentences || !l->marks || !l->scratch) {
        layout_free(l);
        return CCK_ENOMEM;
    }
    size_t *key = l->scratch + count; /* the sort key of each finding */

    /* Sentences: merge the spans in order of start. */
    for (size_t i = 0; i < count; i++) {
        size_t s0, s1, t0, t1;
        finding_spans(&items[i], len, &s0, &s1, &t0, &t1);
        l->order[i] = i;
        key[i] = s0;
    }
    sort_by(l->order, l->scratch, count, key);
    for (size_t k = 0; k < count; k++) {
        const cck_finding *f = &items[l->order[k]];
        size_t s0, s1, t0, t1;
        finding_spans(f, len, &s0, &s1, &t0, &t1);
        stretch *last = l->sentence_count ? &l->sentences[l->sentence_count - 1] : NULL;
        if (!last || s0 >= last->end) {
            l->sentences[l->sentence_count++] = (stretch){s0, s1, f->severity, 0, 0};
        } else {
            if (s1 > last->end)
                last->end = s1;
            if (f->severity > last->severity)
                last->severity = f->severity;
        }
    }

    /* Marks: merge the triggers in order of start; `order` keeps that order. */
    for (size_t i = 0; i < count; i++) {
        size_t s0, s1, t0, t1;
        finding_spans(&items[i], len, &s0, &s1, &t0, &t1);
        l->order[i] = i;
        key[i] = t0;
    }
    sort_by(l->order, l->scratch, count, key);
    for (size_t k = 0; k < count; k++) {
        const cck_finding *f = &items[l->order[k]];
        size_t s0, s1, t0, t1;
        finding_spans(f, len, &s0, &s1, &t0, &t1);
        stretch *last = l->mark_count ? &l->marks[l->mark_count - 1] : NULL;
        if (!last || t0 >= last->end) {
            l->marks[l->mark_count++] = (stretch){t0, t1, f->severity, k, 1};
        } else {
            if (t1 > last->end)
                last->end = t1;
            if (f->severity > last->severity)
                last->severity = f->severity;
            last->count++;
        }
        l->mark_of[l->order[k]] = l->mark_count - 1;
    }
    return CCK_OK;
}

/* ---- one entry ------------------------------------------------------------------ */

static int put_text(cck_buf *out, const char *text, size_t from, size_t to)
{
    return to > from ? cck_escape_html(out, text + from, to - from) : CCK_OK;
}

/* The title shown when hovering a mark without the script: message and rewrite. */
static int put_mark_title(cck_buf *out, const cck_finding *items, const layout *l,
                          const stretch *mark)
{
    int status = cck_buf_puts(out, " title=\"");
    for (size_t k = mark->first; k < mark->first + mark->count; k++) {
        const cck_finding *f = &items[l->order[k]];
        if (k > mark->first)
            status |= cck_buf_puts(out, "&#10;");
        status |= put_html(out, cck_severity_name(f->severity));
        status |= cck_buf_puts(out, ": ");
        status |= put_html(out, f->message);
        if (f->suggestion) {
            status |= cck_buf_puts(out, "&#10;Suggested: ");
            status |= put_html(out, f->suggestion);
        }
    }
    status |= cck_buf_putc(out, '"');
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_mark(cck_buf *out, const char *text, const cck_finding *items,
                    const layout *l, size_t m, size_t doc)
{
    const stretch *mark = &l->marks[m];
    int status = cck_buf_printf(out,
                                "<mark class=\"trig %s\" id=\"d%zu-m%zu\" tabindex=\"0\" "
                                "data-byte-offset=\"%zu\" data-byte-length=\"%zu\" "
                                "data-findings=\"",
                                severity_class(mark->severity), doc, m + 1, mark->start,
                                mark->end - mark->start);
    for (size_t k = mark->first; k < mark->first + mark->count; k++)
        status |= cck_buf_printf(out, "%sd%zu-f%zu", k > mark->first ? " " : "", doc,
                                 l->order[k] + 1);
    status |= cck_buf_putc(out, '"');
    status |= put_mark_title(out, items, l, mark);
    status |= cck_buf_putc(out, '>');
    status |= put_text(out, text, mark->start, mark->end);
    status |= cck_buf_puts(out, "</mark>");
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_document_text(cck_buf *out, const cck_report_record *record,
                             const cck_finding *items, const layout *l, size_t doc)
{
    const char *text = record->text ? record->text : "";
    size_t len = record->text ? record->length : 0;
    int status = cck_buf_puts(out, "<article class=\"text\" lang=\"en\">");
    size_t at = 0, m = 0;
    for (size_t s = 0; s < l->sentence_count; s++) {
        const stretch *sentence = &l->sentences[s];
        status |= put_text(out, text, at, sentence->start);
        status |= cck_buf_printf(out, "<span class=\"sent %s\">",
                                 severity_class(sentence->severity));
        at = sentence->start;
        /* The sentence's marks; an empty one at its very end belongs to it too. */
        for (; m < l->mark_count && (l->marks[m].start < sentence->end ||
                                     (l->marks[m].start == sentence->end &&
                                      l->marks[m].end == sentence->end));
             m++) {
            status |= put_text(out, text, at, l->marks[m].start);
            status |= put_mark(out, text, items, l, m, doc);
            if (l->marks[m].end > at)
                at = l->marks[m].end;
        }
        status |= put_text(out, text, at, sentence->end);
        status |= cck_buf_puts(out, "</span>");
        at = sentence->end;
    }
    status |= put_text(out, text, at, len);
    status |= cck_buf_puts(out, "</article>\n");
    return status ? CCK_ENOMEM : CCK_OK;
}

/* Where a finding is, in the terms of the input (as the text printer says it). */
static int put_where(cck_buf *out, const cck_report_record *record, const cck_finding *f)
{
    switch (record->kind) {
    case CCK_REPORT_DOCUMENT:
        return cck_buf_printf(out, "line %zu, column %zu", f->trigger.line, f->trigger.column);
    case CCK_REPORT_LINE:
        return cck_buf_printf(out, "line %zu, column %zu",
                              record->line + (f->trigger.line ? f->trigger.line - 1 : 0),
                              f->trigger.column);
    case CCK_REPORT_JSON:
        return cck_buf_printf(out, "record on line %zu, byte %zu of its text", record->line,
                              f->trigger.offset);
    }
    return CCK_OK;
}

static int put_finding_item(cck_buf *out, const cck_report_record *record,
                            const cck_finding *f, size_t index, size_t mark, size_t doc)
{
    const char *cls = severity_class(f->severity);
    const char *rule = f->rule && f->rule->id ? f->rule->id : "unknown";
    int status = cck_buf_printf(out,
                                "<li><details class=\"finding %s\" id=\"d%zu-f%zu\" "
                                "data-mark=\"d%zu-m%zu\" data-rule=\"%s\" "
                                "data-byte-offset=\"%zu\" data-byte-length=\"%zu\"><summary>",
                                cls, doc, index + 1, doc, mark + 1, rule, f->trigger.offset,
                                f->trigger.length);
    status |= cck_buf_printf(out, "<span class=\"badge %s\">%s</span><span class=\"rule\">%s"
                                  "</span><span class=\"msg\">",
                             cls, cck_severity_name(f->severity), rule);
    status |= put_html(out, f->message);
    status |= cck_buf_printf(out, "</span></summary><div class=\"card\"><p><span class=\"badge "
                                  "%s\">%s</span><span class=\"rule\">%s</span></p>"
                                  "<p class=\"msg\">",
                             cls, cck_severity_name(f->severity), rule);
    status |= put_html(out, f->message);
    status |= cck_buf_puts(out, "</p>");
    if (f->suggestion) {
        status |= cck_buf_puts(out, (f->flags & CCK_FINDING_ADVICE)
                                        ? "<p class=\"sugg\"><b>Advice</b>"
                                        : "<p class=\"sugg\"><b>Suggested rewrite</b>");
        status |= put_html(out, f->suggestion);
        status |= cck_buf_puts(out, "</p>");
    }
    if (f->explanation) {
        status |= cck_buf_puts(out, "<p class=\"expl\">");
        status |= put_html(out, f->explanation);
        status |= cck_buf_puts(out, "</p>");
    }
    status |= cck_buf_puts(out, "<p class=\"where\">");
    status |= put_where(out, record, f);
    status |= cck_buf_printf(out, " \xC2\xB7 claim level %d, evidence level %d \xC2\xB7 "
                                  "<a href=\"#d%zu-m%zu\">show in text</a></p></div>"
                                  "</details></li>\n",
                             f->claim_level, f->evidence_level, doc, mark + 1);
    return status ? CCK_ENOMEM : CCK_OK;
}

/* ---- the profile chart ---------------------------------------------------------- */

static const char *const claim_colors[6] = {"#98a2b3", "#84adea", "#7bc47f",
                                            "#f4c542", "#f08c2e", "#d92d20"};
static const char *const evidence_colors[6] = {"#d0d5dd", "#b9c4d4", "#9ec5f0",
                                               "#6aa6e8", "#2e78d2", "#17459a"};

/* Six bars at x, with the counts above and the levels below. */
static int put_bars(cck_buf *out, double x, const char *heading, const size_t counts[6],
                    const char *const colors[6], const char *(*name)(int))
{
    size_t max = 1;
    for (int i = 0; i < 6; i++)
        if (counts[i] > max)
            max = counts[i];
    int status = cck_buf_printf(out, "<text class=\"h\" x=\"%.0f\" y=\"12\">", x);
    status |= cck_buf_puts(out, heading);
    status |= cck_buf_puts(out, "</text>");
    status |= cck_buf_printf(out, "<line x1=\"%.0f\" y1=\"84.5\" x2=\"%.0f\" y2=\"84.5\" "
                                  "stroke=\"#d0d5dd\"/>",
                             x, x + 136);
    for (int i = 0; i < 6; i++) {
        double height = counts[i] ? 4.0 + 54.0 * (double)counts[i] / (double)max : 0.0;
        double bx = x + 2 + 23.0 * i;
        status |= cck_buf_printf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"18\" "
                                      "height=\"%.1f\" rx=\"2\" fill=\"%s\"><title>level %d, ",
                                 bx, 84.0 - height, height, colors[i], i);
        status |= cck_buf_puts(out, name(i));
        status |= cck_buf_printf(out, ": %zu</title></rect>", counts[i]);
        if (counts[i])
            status |= cck_buf_printf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">"
                                          "%zu</text>",
                                     bx + 9, 84.0 - height - 3, counts[i]);
        status |= cck_buf_printf(out, "<text x=\"%.1f\" y=\"97\" text-anchor=\"middle\">%d"
                                      "</text>",
                                 bx + 9, i);
    }
    return status ? CCK_ENOMEM : CCK_OK;
}

/* A split bar: part of whole in one colour, the rest in grey, with a label. */
static int put_split(cck_buf *out, double y, const char *label, size_t part, size_t whole,
                     const char *color)
{
    int status = cck_buf_printf(out, "<text class=\"h\" x=\"0\" y=\"%.0f\">", y);
    status |= cck_buf_puts(out, label);
    status |= cck_buf_puts(out, "</text>");
    if (whole == 0) {
        status |= cck_buf_printf(out, "<rect x=\"0\" y=\"%.0f\" width=\"300\" height=\"12\" "
                                      "rx=\"3\" fill=\"#eaecf0\"/><text x=\"300\" y=\"%.0f\" "
                                      "text-anchor=\"end\">no claims</text>",
                                 y + 5, y);
        return status ? CCK_ENOMEM : CCK_OK;
    }
    double width = 300.0 * (double)part / (double)whole;
    status |= cck_buf_printf(out, "<rect x=\"0\" y=\"%.0f\" width=\"300\" height=\"12\" "
                                  "rx=\"3\" fill=\"#eaecf0\"/>",
                             y + 5);
    if (part)
        status |= cck_buf_printf(out, "<rect x=\"0\" y=\"%.0f\" width=\"%.1f\" height=\"12\" "
                                      "rx=\"3\" fill=\"%s\"/>",
                                 y + 5, width, color);
    status |= cck_buf_printf(out, "<text x=\"300\" y=\"%.0f\" text-anchor=\"end\">%zu of %zu "
                                  "claims (%.0f%%)</text>",
                             y, part, whole, 100.0 * (double)part / (double)whole);
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_profile(cck_buf *out, const cck_profile *p, const cck_finding *items,
                       const layout *l)
{
    /* Levels of the flagged sentences (one count per sentence: its strongest claim and
     * the evidence found for it). */
    size_t claims[6] = {0}, evidence[6] = {0};
    size_t m = 0;
    for (size_t s = 0; s < l->sentence_count; s++) {
        int claim = 0, found = 0;
        for (; m < l->mark_count && (l->marks[m].start < l->sentences[s].end ||
                                     (l->marks[m].start == l->sentences[s].end &&
                                      l->marks[m].end == l->sentences[s].end));
             m++)
            for (size_t k = l->marks[m].first; k < l->marks[m].first + l->marks[m].count; k++) {
                const cck_finding *f = &items[l->order[k]];
                if (f->claim_level > claim)
                    claim = f->claim_level;
                if (f->evidence_level > found)
                    found = f->evidence_level;
            }
        claims[claim < 0 ? 0 : claim > 5 ? 5 : claim]++;
        evidence[found < 0 ? 0 : found > 5 ? 5 : found]++;
    }
    int status = cck_buf_puts(out, "<h3>Profile</h3><figure class=\"profile\">"
                                   "<svg viewBox=\"0 0 300 182\" role=\"img\" "
                                   "aria-label=\"Claim and evidence levels of the flagged "
                                   "sentences, and the shares of claims hedged and sourced\">");
    status |= put_bars(out, 0, "Claim level", claims, claim_colors,
                       cck_report_claim_level_name);
    status |= put_bars(out, 160, "Evidence level", evidence, evidence_colors,
                       cck_report_evidence_level_name);
    status |= put_split(out, 126, "Hedged", p->hedged_claims, p->claims, "#12805c");
    status |= put_split(out, 164, "With evidence", p->sourced_claims, p->claims, "#2e78d2");
    status |= cck_buf_puts(out, "</svg><figcaption>Bars: the flagged sentences by claim "
                                "level and by the level of evidence given for them. ");
    status |= cck_buf_printf(out, "%zu claim%s in %zu words (%.1f per 1,000). Strongest claim: "
                                  "level %d, ",
                             p->claims, p->claims == 1 ? "" : "s", p->words,
                             cck_report_claim_density(p), p->claim_level);
    status |= put_html(out, cck_report_claim_level_name(p->claim_level));
    status |= cck_buf_printf(out, ". Strongest evidence: level %d, ", p->evidence_level);
    status |= put_html(out, cck_report_evidence_level_name(p->evidence_level));
    status |= cck_buf_puts(out, ".</figcaption></figure>\n<h3>Does the text discuss</h3>"
                                "<ul class=\"checklist\">");
    static const char *const topics[4] = {"cost", "harms", "evidence quality", "alternatives"};
    for (unsigned bit = 0; bit < 4; bit++)
        status |= cck_buf_printf(out, "<li class=\"%s\">%s</li>",
                                 (p->discusses & (1u << bit)) ? "yes" : "no", topics[bit]);
    status |= cck_buf_puts(out, "</ul>\n");
    return status ? CCK_ENOMEM : CCK_OK;
}

/* ---- entries -------------------------------------------------------------------- */

static int put_heading(cck_buf *out, const cck_report_entry *entry, size_t doc,
                       const size_t findings[4])
{
    const cck_report_record *record = entry->record;
    int status = cck_buf_printf(out, "<section class=\"doc\" id=\"d%zu\">\n<h2><span "
                                     "class=\"path\">",
                                doc);
    status |= put_html(out, record->path);
    if (record->kind != CCK_REPORT_DOCUMENT)
        status |= cck_buf_printf(out, " \xC2\xB7 record %zu", record->record);
    if (record->id) {
        status |= cck_buf_puts(out, " \xC2\xB7 id ");
        status |= cck_escape_html(out, record->id, record->id_length);
    }
    status |= cck_buf_puts(out, "</span><span class=\"counts\">");
    if (entry->error)
        status |= cck_buf_puts(out, "not read");
    else
        status |= put_counts(out, findings);
    status |= cck_buf_puts(out, "</span></h2>\n");
    return status ? CCK_ENOMEM : CCK_OK;
}

int cck_report_html_entry(cck_buf *out, cck_report_run *run, const cck_report_entry *entry)
{
    const cck_report_record *record = entry->record;
    size_t doc = run->entries + 1;
    const cck_finding *items = entry->findings;
    size_t count = entry->finding_count;
    /* a post with nothing to show is a line of the summary, not a section: a day of
     * posts is mostly clean ones, and a page of them all is too big to open */
    if (record->kind != CCK_REPORT_DOCUMENT && count == 0 && !entry->error &&
        entry->diagnostic_count == 0) {
        run->clean_hidden++;
        cck_report_run_add(run, entry);
        return CCK_OK;
    }
    size_t findings[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < count; i++)
        if ((unsigned)items[i].severity < 4)
            findings[items[i].severity]++;
    layout l;
    int status = make_layout(&l, items, count, record->text ? record->length : 0);
    if (status != CCK_OK) {
        cck_report_run_add(run, entry);
        return status;
    }
    status |= put_heading(out, entry, doc, findings);
    if (entry->error) {
        status |= cck_buf_puts(out, "<p class=\"problem\">Could not be read or scanned: ");
        status |= put_html(out, entry->error);
        status |= cck_buf_puts(out, "</p>\n");
    }
    for (size_t i = 0; i < entry->diagnostic_count; i++) {
        const cck_error *d = &entry->diagnostics[i];
        /* a faulty suppression directive is a warning about the text */
        status |= cck_buf_puts(out, d->status == CCK_ESUPPRESS
                                        ? "<p class=\"problem sev-warning\">Warning: "
                                        : "<p class=\"problem\">");
        if (d->line && record->kind == CCK_REPORT_DOCUMENT)
            status |= cck_buf_printf(out, "Line %zu, column %zu: ", d->line, d->column);
        status |= put_html(out, d->message[0] ? d->message : cck_status_string(d->status));
        status |= cck_buf_puts(out, "</p>\n");
    }
    if (record->text || entry->profile) {
        status |= cck_buf_puts(out, "<div class=\"cols\">\n");
        status |= put_document_text(out, record, items, &l, doc);
        status |= cck_buf_puts(out, "<aside class=\"side\">\n");
        /* a post's chart would show its one or two claims: the page's summary counts
         * them with the rest */
        if (entry->profile && record->kind == CCK_REPORT_DOCUMENT)
            status |= put_profile(out, entry->profile, items, &l);
        status |= cck_buf_puts(out, "<h3>Findings</h3>\n");
        if (count) {
            status |= cck_buf_puts(out, "<ol class=\"findings\">\n");
            for (size_t i = 0; i < count; i++)
                status |= put_finding_item(out, record, &items[i], i, l.mark_of[i], doc);
            status |= cck_buf_puts(out, "</ol>\n");
        } else {
            status |= cck_buf_puts(out, "<p class=\"none\">No findings.</p>\n");
        }
        status |= cck_buf_puts(out, "</aside>\n</div>\n");
    }
    status |= cck_buf_puts(out, "</section>\n");
    layout_free(&l);
    cck_report_run_add(run, entry);
    return status ? CCK_ENOMEM : CCK_OK;
}

static int put_share(cck_buf *out, size_t part, size_t whole)
{
    if (whole == 0)
        return cck_buf_puts(out, "no claims");
    return cck_buf_printf(out, "%.0f%% (%zu of %zu claims)", 100.0 * (double)part / (double)whole,
                          part, whole);
}

int cck_report_html_end(cck_buf *out, cck_report_run *run)
{
    const cck_profile *p = &run->profile;
    int status = CCK_OK;
    if (!run->entries)
        status |= cck_buf_puts(out, "<p class=\"none\">Nothing was scanned.</p>\n");
    if (run->clean_hidden)
        status |= cck_buf_printf(out, "<p class=\"none\">%zu record%s without findings %s not "
                                      "shown.</p>\n",
                                 run->clean_hidden, run->clean_hidden == 1 ? "" : "s",
                                 run->clean_hidden == 1 ? "is" : "are");
    status |= cck_buf_puts(out, "</main>\n<footer id=\"summary\"><h2>Run summary</h2><dl>");
    status |= cck_buf_printf(out, "<dt>Read</dt><dd>%zu file%s, %zu record%s, %zu bytes, %zu "
                                  "words</dd>",
                             run->documents, run->documents == 1 ? "" : "s", run->records,
                             run->records == 1 ? "" : "s", run->bytes, p->words);
    status |= cck_buf_puts(out, "<dt>Findings</dt><dd>");
    status |= put_counts(out, run->findings);
    status |= cck_buf_printf(out, "</dd><dt>Claims</dt><dd>%zu (%.1f per 1,000 words)</dd>",
                             p->claims, cck_report_claim_density(p));
    status |= cck_buf_puts(out, "<dt>Hedged</dt><dd>");
    status |= put_share(out, p->hedged_claims, p->claims);
    status |= cck_buf_puts(out, "</dd><dt>With evidence</dt><dd>");
    status |= put_share(out, p->sourced_claims, p->claims);
    status |= cck_buf_puts(out, "</dd>");
    if (run->failed)
        status |= cck_buf_printf(out, "<dt>Not read</dt><dd>%zu</dd>", run->failed);
    status |= cck_buf_puts(out, "</dl></footer>\n<script>");
    status |= put_pieces(out, page_script);
    status |= cck_buf_puts(out, "</script>\n</body>\n</html>\n");
    return status ? CCK_ENOMEM : CCK_OK;
}
