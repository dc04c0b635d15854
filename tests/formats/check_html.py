#!/usr/bin/env python3
"""check_html.py - reads the DOM that headless Chromium dumped after loading an HTML
report and checks it against the JSON Lines of the same scan:

  * the page's own script ran to the end (data-cck-ready) and nothing from the input
    ran or became markup: one script, one style, no img/iframe/base/object/embed, no
    on* attribute, no javascript: link, no data-pwned, the title as given;
  * every section's text is exactly the input as text (every byte escaped, invalid
    UTF-8 as U+FFFD);
  * every finding is listed and highlighted: its mark covers its trigger, the marks
    are the triggers merged where they overlap, and each mark's text is the input's.

    check_html.py DOM JSONL TITLE CHROMIUM_LOG

Standard library only. Exit 0 when all holds, 1 with the reasons otherwise."""
import html.parser
import json
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()


class Builder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.at = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.at)
        self.at.children.append(node)
        if tag not in VOID:
            self.at = node

    def handle_startendtag(self, tag, attrs):
        self.at.children.append(Node(tag, attrs, self.at))

    def handle_endtag(self, tag):
        node = self.at
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.at = node.parent

    def handle_data(self, data):
        self.at.children.append(data)


def render(raw):
    """The input bytes as the report shows them (cck_escape_html), after the HTML
    parser's newline normalisation."""
    out = []
    for ch in raw.decode("utf-8", "replace"):
        cp = ord(ch)
        if ch in "\t\n\r":
            out.append(ch)
        elif cp == 0 or cp == 0x1A or 0x80 <= cp <= 0x9F:
            out.append("\ufffd")
        elif cp < 0x20:
            out.append(chr(0x2400 + cp))
        elif cp == 0x7F:
            out.append("\u2421")
        elif 0x202A <= cp <= 0x202E or 0x2066 <= cp <= 0x2069:
            out.append("<U+%04X>" % cp)
        else:
            out.append(ch)
    return "".join(out).replace("\r\n", "\n").replace("\r", "\n")


def record_bytes(record):
    data = open(record["path"], "rb").read()
    if "record" not in record:
        return data
    line = data.split(b"\n")[record["record"] - 1]
    return line[:-1] if line.endswith(b"\r") else line


def main():
    dom_path, jsonl_path, title, log_path = sys.argv[1:5]
    problems = []
    builder = Builder()
    builder.feed(open(dom_path, encoding="utf-8").read())
    nodes = list(builder.root.walk())
    records = [json.loads(line) for line in open(jsonl_path, encoding="utf-8")]

    # The page ran, and the input did not.
    html_node = next((n for n in nodes if n.tag == "html"), None)
    if not html_node or html_node.attrs.get("data-cck-ready") != "1":
        problems.append("the page's script did not run to the end (no data-cck-ready)")
    for n in nodes:
        for name, value in n.attrs.items():
            if name.startswith("on"):
                problems.append(f"<{n.tag}> has an event handler attribute {name}")
            if name == "data-pwned":
                problems.append(f"a script from the input ran: data-pwned={value}")
            if name in ("href", "src") and (value or "").strip().lower().startswith("javascript:"):
                problems.append(f"<{n.tag}> has a javascript: URL")
    count = lambda tag: sum(1 for n in nodes if n.tag == tag)
    for tag, want in (("script", 1), ("style", 1), ("img", 0), ("iframe", 0), ("base", 0),
                      ("object", 0), ("embed", 0), ("textarea", 0), ("a", None)):
        if want is not None and count(tag) != want:
            problems.append(f"{count(tag)} <{tag}> elements, want {want}")
    for n in nodes:
        if n.tag == "a" and not n.attrs.get("href", "").startswith("#d"):
            problems.append(f"a link that is not the report's own: {n.attrs}")
        if n.tag == "meta" and n.attrs.get("http-equiv", "").lower() not in (
                "", "content-security-policy"):
            problems.append(f"a <meta http-equiv={n.attrs.get('http-equiv')}> from the input")
    titles = [n.text() for n in nodes if n.tag == "title" and n.parent.tag == "head"]
    if titles != [title]:
        problems.append(f"title is {titles!r}, want {title!r}")

    # Each record: its text, its findings, its marks.
    # A stream record with no finding and no problem has no section, only its count;
    # the others keep their place's number in their ids (d1, d3, ...).
    sections = [n for n in nodes if n.tag == "section" and "doc" in n.attrs.get("class", "")]
    shown = [(k, r) for k, r in enumerate(records, 1)
             if "record" not in r or r["findings"] or r.get("error") or r.get("diagnostics")]
    hidden = len(records) - len(shown)
    if len(sections) != len(shown):
        problems.append(f"{len(sections)} sections for {len(shown)} records with something to show")
    notes = [n.text() for n in nodes if n.tag == "p" and "none" in n.attrs.get("class", "")
             and "without findings" in n.text()]
    want_note = (f"{hidden} record{'' if hidden == 1 else 's'} without findings "
                 f"{'is' if hidden == 1 else 'are'} not shown.")
    if notes != ([want_note] if hidden else []):
        problems.append(f"the page says {notes!r} of the records left out, want {want_note!r}")
    by_id = {n.attrs["id"]: n for n in nodes if "id" in n.attrs}
    marks_checked = 0
    for section, (number, record) in zip(sections, shown):
        where = f"section {number} ({record.get('path')})"
        if section.attrs.get("id") != f"d{number}":
            problems.append(f"{where}: id {section.attrs.get('id')}")
        raw = record_bytes(record)
        article = [n for n in section.walk() if n.tag == "article"]
        if len(article) != 1 or article[0].text() != render(raw):
            problems.append(f"{where}: the text shown is not the input's text")
            continue
        findings = record["findings"]
        items = [n for n in section.walk() if n.tag == "details"]
        if len(items) != len(findings):
            problems.append(f"{where}: {len(items)} listed findings, want {len(findings)}")
            continue
        marks = [n for n in section.walk() if n.tag == "mark"]
        spans = sorted((f["byte_offset"], f["byte_offset"] + f["byte_length"]) for f in findings)
        merged = []
        for start, end in spans:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        if len(marks) != len(merged):
            problems.append(f"{where}: {len(marks)} highlights, want {len(merged)}")
        for mark in marks:
            off = int(mark.attrs["data-byte-offset"])
            length = int(mark.attrs["data-byte-length"])
            if mark.text() != render(raw[off:off + length]):
                problems.append(f"{where}: highlight {mark.attrs['id']} shows {mark.text()!r}")
            marks_checked += 1
        for k, (item, finding) in enumerate(zip(items, findings), 1):
            fid = f"d{number}-f{k}"
            if item.attrs.get("id") != fid or item.attrs.get("data-rule") != finding["rule"]:
                problems.append(f"{where}: finding {k} is {item.attrs.get('id')} "
                                f"{item.attrs.get('data-rule')}, want {fid} {finding['rule']}")
            mark = by_id.get(item.attrs.get("data-mark"))
            if mark is None or mark.tag != "mark":
                problems.append(f"{where}: finding {k} has no highlight")
                continue
            off = int(mark.attrs["data-byte-offset"])
            end = off + int(mark.attrs["data-byte-length"])
            if not (off <= finding["byte_offset"] and
                    finding["byte_offset"] + finding["byte_length"] <= end):
                problems.append(f"{where}: finding {k}'s highlight does not cover its trigger")
            if fid not in mark.attrs.get("data-findings", "").split():
                problems.append(f"{where}: highlight {mark.attrs['id']} does not name {fid}")

    # Nothing on the console: no error, no CSP violation, no log.
    for line in open(log_path, encoding="utf-8", errors="replace"):
        if ":CONSOLE" in line:
            problems.append("console: " + line.strip()[:300])

    for p in problems:
        print(p)
    print(f"{len(sections)} sections, {marks_checked} highlights checked, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
