#!/usr/bin/env bash
# run.sh - CLI tests: run the real claimcheck binary and check its contract (exit
# codes, one output record per input record, errors that name the place, broken
# pipes, untouched inputs), its streams and folder walks (-j, filters, .gitignore,
# links, unreadable and vanishing files, --passthrough, huge lines, flushing, the
# progress bar, GNU parallel), or compare its output with reviewed expected files.
#
#   run.sh contract BINARY SOURCE_DIR WORK_DIR
#   run.sh inputs BINARY SOURCE_DIR WORK_DIR
#   run.sh expected BINARY SOURCE_DIR WORK_DIR [--regenerate]
#
# The expected cases are listed one per line in tests/cli/cases; see that file.
set -uo pipefail

mode=${1:?mode}
bin=${2:?binary}
src=${3:?source dir}
work=${4:?work dir}
regenerate=${5:-}

case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
here=$src/tests/cli
fixtures=$here/fixtures
rm -rf "$work"
mkdir -p "$work"
export NO_COLOR=1 LC_ALL=C

# shellcheck source=../lib/check.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/check.sh"

# Output line i (1-based) must start with PREFIX$i, for every line: records in order.
expect_numbered() { # NAME PREFIX
    if awk -v p="$2" 'index($0, p NR ",") != 1 && index($0, p NR "}") != 1 { bad = 1 } END { exit bad }' \
        "$work/out"; then ok "$1"; else not_ok "$1" "records out of order or unnumbered"; fi
}

checksums() { find "$fixtures" -type f -exec cksum {} + | sort; }

contract() {
    checksums >"$work/before.sum"

    # --help, --version, usage errors
    run --help
    expect_rc "help exits 0" 0
    expect_grep "help shows the synopsis" out '^Usage: claimcheck \[OPTIONS\] \[PATH\.\.\.\]'
    expect_grep "help lists exit codes" out '^Exit status:'
    run -V
    expect_rc "version exits 0" 0
    expect_grep "version names the tool" out '^claimcheck [0-9]+\.[0-9]+\.[0-9]+$'
    run --bogus
    expect_rc "unknown option exits 2" 2
    expect_grep "unknown option is named" err "unknown option '--bogus'"
    run --format
    expect_rc "missing option value exits 2" 2
    run -f jsonl --summary "$src/corpus/docs/careful_clinic.txt"
    expect_rc "--summary with jsonl exits 0 on a clean document" 0
    expect_lines "--summary keeps JSON Lines stdout one object per file" out 1
    expect_grep "--summary goes to stderr beside JSON Lines" err '^Profile of .*careful_clinic.txt:'
    expect_grep "--summary shows the reviewer's checklist" err 'discusses alternatives +yes'
    # -q --summary: only the table and the totals, for a folder of thousands of files
    run -q --summary "$fixtures/overclaim.txt" "$fixtures/clean.txt"
    expect_rc "-q --summary: the exit status still counts the findings" 1
    expect_no_grep "-q --summary: no finding lines" out ': (error|warning|info): '
    expect_grep "-q --summary: the table" out '^Worst 2 of 2, by errors'
    expect_grep "-q --summary: the totals" out '^Totals: 2 files, '
    run --summary "$fixtures/overclaim.txt"
    expect_grep "--summary without -q: the findings, then the table" out 'overclaim\.txt:1:[0-9]+: (error|warning|info): '
    run -q --summary -f jsonl "$fixtures/overclaim.txt"
    expect_lines "-q --summary -f jsonl: the objects are still printed" out 1
    # --summary totals count what was given, with what could not be read, as JSON does
    run --summary -i jsonl "$fixtures/posts.jsonl"
    expect_grep "--summary: failed records are in the totals" out '^Totals: 5 records, '
    expect_grep "--summary: failed records are counted apart" out '^  2 not read or not fully scanned \(see the errors above\)$'
    expect_grep "--summary: a stream record is named with its id" out 'posts\.jsonl record 2 id abc$'
    run --summary -q "$work/no-such-file.txt" "$fixtures/overclaim.txt"
    expect_grep "--summary: an unreadable file is in the totals" out '^Totals: 2 files, '
    expect_grep "--summary: an unreadable file is counted apart" out '^  1 not read or not fully scanned \(see the errors above\)$'
    expect_grep "--summary: the profile of the one file read" out '^Profile of .*overclaim\.txt:$'
    run --summary -q -f csv "$work/no-such-file.txt" "$fixtures/posts.jsonl" "$fixtures/clean.txt"
    expect_grep "--summary beside csv: files and records, with the unreadable ones" err '^Totals: 2 files, 5 records, '
    expect_grep "--summary beside csv: what was not read" err '^  3 not read or not fully scanned'
    if command -v python3 >/dev/null; then
        cp "$work/err" "$work/summary.txt"
        run -f json "$work/no-such-file.txt" "$fixtures/posts.jsonl" "$fixtures/clean.txt"
        expect_python "--summary: the totals are the JSON summary's" '
import json, re, sys
s = json.load(open(sys.argv[1]))["summary"]
text = open(sys.argv[1].rsplit("/", 1)[0] + "/summary.txt").read()
want = "Totals: %d files, %d records, " % (s["files"], s["records"])
assert want in text, (want, text)
assert "  %d not read or not fully scanned" % s["failed"] in text, (s["failed"], text)
'
    fi
    # the text --summary counts by category exactly the findings it reports, as the
    # JSON summary does, whatever --min-severity leaves out
    local level
    for level in info warning error; do
        run -q --summary --min-severity "$level" "$src/corpus/docs"
        if awk '/^  findings: / { gsub(",", "", $2); total = $2 }
                /^  by category:/ { in_cat = 1; next }
                in_cat && /^    / { sum += $(NF - 1); next }
                { in_cat = 0 }
                END { if (total == "" || total != sum) { print "findings " total ", categories " sum; exit 1 } }' \
            "$work/out" >"$work/why"; then
            ok "--summary --min-severity $level: the categories add up to the findings"
        else
            not_ok "--summary --min-severity $level: the categories add up to the findings" "$(cat "$work/why")"
        fi
        if command -v python3 >/dev/null; then
            cp "$work/out" "$work/summary.txt"
            run -f json --min-severity "$level" "$src/corpus/docs"
            expect_python "--summary --min-severity $level: the text categories are the JSON's" '
import json, re, sys
s = json.load(open(sys.argv[1]))["summary"]
text = open(sys.argv[1].rsplit("/", 1)[0] + "/summary.txt").read()
got = {m.group(1): int(m.group(2)) for m in re.finditer(r"^    (\S+) +(\d+)  \[[a-z-]+\]$", text, re.M)}
want = {k: v for k, v in s["findings_by_category"].items() if v}
assert got == want, (got, want)
'
        fi
    done
    run -i rtf
    expect_rc "an unknown input mode exits 2" 2
    expect_grep "the usage error lists markdown and html" err 'markdown, html'
    # --field and --id-field name JSON Lines members: refused when nothing is read as
    # JSON Lines (they were ignored, and the object scanned as text)
    printf '{"id":1,"body":"Stem cells cure arthritis."}\n' >"$work/body.jsonl"
    run_stdin "$work/body.jsonl" --field body -f jsonl
    expect_rc "--field with stdin in auto mode is a usage error" 2
    expect_grep "--field on stdin: the error says what to do" err \
        "^claimcheck: error: --field names a field of JSON Lines input, but standard input is read as text unless --input jsonl is given: add --input jsonl, or leave out --field$"
    expect_grep "--field on stdin: the error points to --help" err "^Try 'claimcheck --help'"
    expect_empty "--field on stdin: nothing is scanned" out
    run_stdin "$work/body.jsonl" --id-field id -
    expect_rc "--id-field with only '-' in auto mode is a usage error" 2
    local mode
    for mode in text lines markdown html; do
        run --field body -i "$mode" "$work/body.jsonl"
        expect_rc "--field with --input $mode is a usage error" 2
        expect_grep "--field with --input $mode names the mode" err "but --input $mode reads no JSON: add --input jsonl, or leave out --field"
    done
    run_stdin "$work/body.jsonl" --field body -i jsonl -f jsonl
    expect_rc "--field with --input jsonl on stdin reads the field" 1
    expect_grep "--field with --input jsonl: the finding is in the field" out '"sentence":"Stem cells cure arthritis\."'
    run --field body --id-field id -f jsonl "$work/body.jsonl" "$fixtures/clean.txt"
    expect_rc "--field in auto mode with files is accepted" 1
    expect_grep "--field in auto mode: a *.jsonl file is read as JSON Lines" out '^\{"path":"[^"]*body\.jsonl","record":1,"id":1,"findings":\[\{'
    # with only prose files named (no *.jsonl, no folder), nothing is JSON Lines either
    run --field body "$fixtures/clean.txt"
    expect_rc "--field with only a .txt file named is a usage error" 2
    expect_grep "--field with only a .txt file: the error says what to do" err \
        'but no file named is read as JSON Lines \(only \*\.jsonl and \*\.ndjson are, with --input auto\): add --input jsonl, or leave out --field$'
    expect_empty "--field with only a .txt file: nothing is scanned" out
    run --field body -f jsonl "$fixtures/walk"
    expect_rc "--field with a folder named is accepted (it may hold *.jsonl)" 1
    # --label: stdin's name in every format, and with --input auto its type
    run_stdin "$work/body.jsonl" --field body --label feed.jsonl -f jsonl
    expect_rc "--label *.jsonl: stdin is JSON Lines" 1
    expect_grep "--label *.jsonl: the record carries the label as its path" out \
        '^\{"path":"feed\.jsonl","record":1,"id":1,"findings":\[\{.*"sentence":"Stem cells cure arthritis\."'
    printf '# Notes\n\nStem cells *heal* tendons.\n\n```\nPRP cures everything.\n```\n' \
        >"$work/stdin.md"
    run_stdin "$work/stdin.md" -q --label notes/draft.md
    expect_rc "--label *.md: exits 1" 1
    expect_grep "--label *.md: read as Markdown, under the label" out '^notes/draft\.md:3:13: warning: .*"heal"'
    expect_no_grep "--label *.md: the code block is not checked" out 'cures'
    run_stdin "$work/stdin.md" -q -i text --label notes/draft.md
    expect_grep "--label with --input text: the mode wins" out '^notes/draft\.md:6:5: error: .*"cures"'
    run --label ""
    expect_rc "--label needs a value" 2
    # SARIF: unnamed stdin is described, not given a URI; a label is the URI
    printf 'Stem cells cure arthritis.\n' >"$work/one.txt"
    run_stdin "$work/one.txt" -f sarif
    expect_grep "sarif stdin: described" out '"artifactLocation":\{"description":\{"text":"standard input"\}\}'
    expect_no_grep "sarif stdin: no URI for a file named <stdin>" out '%3Cstdin%3E'
    run_stdin "$work/one.txt" -f sarif --label 'site/my page.txt'
    expect_grep "sarif --label: the label is the URI" out '"artifactLocation":\{"uri":"site/my%20page\.txt"\}'
    # the HTML page of a stream: a record without findings is counted, not shown, and a
    # post has no chart of its own (a day of posts made a page no browser could open)
    printf 'PRP cures gout.\nThe weather is nice.\nLunch was good.\n' >"$work/three.txt"
    run_stdin "$work/three.txt" -i lines -f html
    expect_rc "html stream: exits 1" 1
    if [ "$(grep -o '<section class="doc"' "$work/out" | wc -l)" -eq 1 ]; then
        ok "html stream: one section, for the record with a finding"
    else
        not_ok "html stream: one section, for the record with a finding" "$(grep -o '<section class="doc" id="d[0-9]*"' "$work/out")"
    fi
    expect_grep "html stream: the others are counted" out '<p class="none">2 records without findings are not shown\.</p>'
    expect_no_grep "html stream: no chart for a post" out '<figure class="profile">'
    run -f html "$work/three.txt"
    expect_grep "html document: a file keeps its chart" out '<figure class="profile">'
    # a page that declares a legacy encoding: its first bad byte names it and the way out
    printf '<html><head><meta charset="windows-1252"></head><body><p>Caf\351 owners, na\357ve: PRP prevents injuries.</p></body></html>\n' \
        >"$work/latin.html"
    run "$work/latin.html"
    expect_rc "declared charset: invalid UTF-8 exits 2" 2
    expect_grep "declared charset: the first bad byte names it" err \
        'latin\.html:1:61: error: invalid UTF-8 \(1 byte starting 0xE9\) at byte offset 60; read as U\+FFFD; the page declares charset windows-1252, and claimcheck reads UTF-8: convert it first \(iconv -f windows-1252 -t UTF-8\)$'
    expect_grep "declared charset: the next bad byte is reported plainly" err \
        'latin\.html:1:73: error: invalid UTF-8 \(1 byte starting 0xEF\) at byte offset 72; read as U\+FFFD$'
    expect_grep "declared charset: the finding is still made" out 'latin\.html:1:82: warning: prevention claim'
    printf '<p>Caf\351 owners.</p>\n' >"$work/nocharset.html"
    run "$work/nocharset.html"
    expect_no_grep "no declared charset: no advice" err 'declares charset'
    # Markdown and HTML on stdin: only the prose is checked, positions in the input
    printf '# Notes\n\nStem cells *heal* tendons.\n\n```\nPRP cures everything.\n```\n' \
        >"$work/stdin.md"
    run_stdin "$work/stdin.md" -q -i markdown -
    expect_rc "markdown on stdin with a finding exits 1" 1
    expect_grep "markdown finding points at the original column" out '^<stdin>:3:13: warning: .*"heal"'
    expect_no_grep "a claim in a code block is not checked" out 'cures'
    # Suppression comments: what they silence, and the warnings for faulty ones
    run -q "$fixtures/suppress.md"
    expect_rc "a file with findings and suppression warnings exits 1" 1
    expect_no_grep "a suppressed finding is not reported" out 'suppress\.md:6:'
    expect_grep "a suppression without a reason is a warning at its place" err \
        'suppress\.md:10:6: warning: suppression of cure-claim gives no reason; write why after the rule id, e\.g\. <!-- claimcheck: ignore cure-claim quoting the clinic to rebut it -->$'
    expect_grep "a suppression without a reason does not silence" out 'suppress\.md:11:5: warning: .*"heals"'
    expect_grep "an unused suppression is a warning" err 'suppress\.md:13:6: warning: suppression of hype-word silenced nothing'
    expect_no_grep "a comment in a code block is not a suppression" out 'suppress\.md:1[78]:'
    printf '<!-- claimcheck: ignore cure-claim -->\nThe weather was fine.\n' >"$work/noreason.md"
    run_stdin "$work/noreason.md" -q -i markdown -
    expect_rc "a suppression without a reason alone exits 1" 1
    run_stdin "$work/noreason.md" -q -i markdown --fail-on error -
    expect_rc "suppression warnings do not fail --fail-on error" 0
    run_stdin "$work/noreason.md" -q -i markdown --min-severity error -
    expect_rc "suppression warnings do not fail --min-severity error, as warning findings do not" 0
    expect_grep "suppression warnings are printed under --min-severity error" err 'warning: suppression of cure-claim gives no reason'
    # A faulty directive is a warning about the text, not a problem with the input.
    run "$work/noreason.md"
    expect_grep "the summary counts a faulty suppression as a warning" err \
        '^1 file, no findings; 1 suppression warning$'
    printf 'The weather was fine. \377 A stray byte.\n' >"$work/badbyte.txt"
    run -f jsonl "$work/noreason.md" "$work/badbyte.txt"
    expect_grep "jsonl: a suppression diagnostic says it is a warning" out \
        '"diagnostics":\[\{"severity":"warning","line":1,"column":6,'
    expect_grep "jsonl: an invalid UTF-8 diagnostic says it is an error" out \
        '"diagnostics":\[\{"severity":"error","line":1,"column":23,'
    if command -v python3 >/dev/null; then
        run -f sarif "$work/noreason.md"
        expect_python "sarif: a faulty suppression alone leaves the execution successful" 'import json, sys; i = json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]; assert i["executionSuccessful"] is True, i; assert i["toolExecutionNotifications"][0]["level"] == "warning"'
        run -f json "$work/noreason.md" "$work/badbyte.txt"
        expect_python "json: the summary counts only the invalid byte as an input problem" 'import json, sys; s = json.load(open(sys.argv[1]))["summary"]; assert s["problems"] == 1, s'
        run -f html "$work/noreason.md"
        expect_grep "html: a faulty suppression is shown as a warning" out \
            '<p class="problem sev-warning">Warning: Line 1, column 6: suppression of cure-claim gives no reason'
        # ten faulty directives fill the diagnostics kept; a bad byte after them still shows
        { for i in $(seq 10); do printf 'claimcheck: ignore cure-claim\n\n'; done
          printf 'Fine. \377 x\n'; } >"$work/hidden.txt"
        run -f jsonl "$work/hidden.txt"
        expect_rc "a bad byte after ten faulty directives exits 2" 2
        expect_grep "jsonl: the input problem takes the place of the last warning kept" out \
            '"severity":"error","line":21,"column":7,'
        run -f json "$work/hidden.txt"
        expect_python "json: a bad byte behind ten faulty directives is an input problem" 'import json, sys; s = json.load(open(sys.argv[1]))["summary"]; assert s["problems"] == 1, s'
        run -f sarif "$work/hidden.txt"
        expect_python "sarif: a bad byte behind ten faulty directives fails the execution" 'import json, sys; i = json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]; assert i["executionSuccessful"] is False, i; assert [n["level"] for n in i["toolExecutionNotifications"]].count("error") == 1'
        # past 1,000 notifications SARIF counts the rest, at the level they have: each
        # file gives ten (nine warnings and the error), so the last file's are counted
        mkdir -p "$work/many-directives"
        for f in $(seq 101); do cp "$work/hidden.txt" "$work/many-directives/$f.txt"; done
        run -f sarif "$work/many-directives"
        expect_python "sarif: notifications past the limit are counted by level" '
import json, sys
n = json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]["toolExecutionNotifications"]
more = [x for x in n if "not listed" in x["message"]["text"]]
levels = sorted((x["level"], x["message"]["text"].split(" more ")[1]) for x in more)
assert levels == [("error", "problems with the input (not listed)."), ("warning", "faulty suppression directives (not listed).")], levels
assert sum(int(x["message"]["text"].split()[0]) for x in more) + len(n) - 2 == 101 * 10, len(n)
'
    fi
    printf 'claimcheck: ignore cure-claim quoted from the advert\nStem cells cure arthritis.\n' >"$work/reviewed.txt"
    run -q "$work/reviewed.txt"
    expect_rc "a text file whose only finding is suppressed exits 0" 0
    expect_empty "a text file whose only finding is suppressed prints nothing" out
    for i in $(seq 1 40); do printf 'claimcheck: ignore hype-word reviewed\nThe weather was fine.\n\n'; done >"$work/unused.txt"
    run -q --fail-on error "$work/unused.txt"
    expect_rc "many suppression warnings are still warnings, not errors" 0
    expect_grep "the warnings left out are counted as warnings" err '^.*unused\.txt: warning: [0-9]+ more problems like these'
    printf '<html><head><script>var s = "stem cells cure";</script></head>\n<body><nav>PRP heals all</nav><p>PRP <em>prevents</em> injuries &amp; more.</p></body></html>\n' \
        >"$work/stdin.html"
    run_stdin "$work/stdin.html" -q -i html -
    expect_rc "html on stdin with a finding exits 1" 1
    expect_grep "html finding points at the original column" out '^<stdin>:2:42: warning: .*"prevents"'
    expect_lines "script and navigation are not checked" out 1
    run --max-record-bytes 12Q
    expect_rc "bad size exits 2" 2

    # exit statuses
    run "$fixtures/clean.txt"
    expect_rc "clean text exits 0" 0
    run "$fixtures/overclaim.txt"
    expect_rc "an overclaim exits 1" 1
    expect_grep "diagnostic in GNU form" out '^/.*/overclaim\.txt:1:[0-9]+: (error|warning|info): .* \[[a-z-]+\]$'
    expect_grep "summary on stderr" err '^1 file, [0-9]+ findings? \('
    run --fail-on never "$fixtures/overclaim.txt"
    expect_rc "--fail-on never exits 0" 0
    run --fail-on error --min-severity error "$fixtures/overclaim.txt"
    expect_rc "--fail-on error with an error finding exits 1" 1
    expect_no_grep "--min-severity error hides warnings" out ': (warning|info): '
    run -q "$fixtures/overclaim.txt"
    expect_no_grep "-q prints only diagnostic lines" out '^ '
    expect_empty "-q prints no summary" err
    run "$work/no-such-file.txt" "$fixtures/clean.txt"
    expect_rc "a missing file exits 2" 2
    expect_grep "a missing file is named" err 'no-such-file\.txt: error: cannot open'
    expect_grep "the run goes on after a missing file" err '^2 files, no findings; 1 input problem$'
    run --lexicons "$fixtures/bad-lexicons" "$fixtures/clean.txt"
    expect_rc "a bad lexicon folder exits 2" 2
    expect_grep "a bad lexicon names file:line:col" err 'claims\.lex:2:1: error: '
    run --lexicons "$fixtures/extra-lexicons" "$fixtures/clean.txt"
    expect_rc "an extra lexicon folder loads" 0
    run --no-default-lexicons
    expect_rc "--no-default-lexicons alone is a usage error" 2
    # --lexicons is repeatable: every folder loads, in order
    mkdir -p "$work/lex-a" "$work/lex-b" "$work/lex-none" "$work/lex-empty"
    printf 'claim/cure 5 zapcure\n' >"$work/lex-a/a.lex"
    printf 'claim/cure 5 blipcure\n' >"$work/lex-b/b.lex"
    printf 'Stem cells zapcure knees. Stem cells blipcure hips.\n' >"$work/ab.txt"
    run -q --lexicons "$work/lex-a" --lexicons "$work/lex-b" "$work/ab.txt"
    expect_grep "--lexicons twice: the first folder loads" out '"zapcure"'
    expect_grep "--lexicons twice: the second folder loads" out '"blipcure"'
    # an entry that restates a built-in one (same words, same category) overrides it:
    # its suggestion is used, and the words are one cue, as are a duplicate's
    mkdir -p "$work/lex-override"
    printf 'claim/cure 5 cure{~} => might help with\nclaim/cure 5 zapcure\nclaim/cure 5 zapcure\n' \
        >"$work/lex-override/mine.lex"
    printf 'Stem cells cure arthritis. Stem cells zapcure gout.\n' >"$work/override.txt"
    run -f jsonl --lexicons "$work/lex-override" "$work/override.txt"
    expect_python "--lexicons: a restated entry overrides the built-in one, duplicates are one cue" '
import json, sys
fs = json.loads(open(sys.argv[1]).readline())["findings"]
assert fs[0]["suggestion"].startswith("Stem cells might help with arthritis"), fs[0]["suggestion"]
assert [c["text"] for c in fs[0]["cues"]] == ["Stem cells", "cure"], fs[0]["cues"]
assert [c["text"] for c in fs[1]["cues"]] == ["Stem cells", "zapcure"], fs[1]["cues"]
'
    # a folder with no .lex file, or lexicons with no entry, is an error, not a clean run
    printf 'claim/cure 5 zapcure\n' >"$work/lex-none/a.lexicon"
    run --lexicons "$work/lex-none" "$work/ab.txt"
    expect_rc "a lexicon folder without .lex files exits 2" 2
    expect_grep "a lexicon folder without .lex files is named" err 'lex-none: error: no \.lex files in this folder'
    run --lexicons "$work/lex-a/a.lex" "$work/ab.txt"
    expect_rc "--lexicons with a file exits 2" 2
    expect_grep "--lexicons with a file says it takes a folder" err \
        'nothing was scanned; --lexicons takes a folder that holds \.lex files'
    printf '# nothing yet\n' >"$work/lex-empty/mine.lex"
    run --no-default-lexicons --lexicons "$work/lex-empty" "$work/ab.txt"
    expect_rc "lexicons with no entry exit 2" 2
    expect_grep "lexicons with no entry say so" err 'the lexicons hold no entries'
    run --lexicons "$fixtures/bad-lexicons" "$fixtures/clean.txt"
    expect_grep "a bad lexicon folder says how to see every problem" err \
        "nothing was scanned; 'claimcheck --check-lexicons .*bad-lexicons' lists every problem"

    # --check-lexicons
    run --check-lexicons "$fixtures/broken.lex"
    expect_rc "check-lexicons on a broken file exits 2" 2
    expect_grep "check-lexicons reports file:line:col" err 'broken\.lex:3:1: error: '
    expect_grep "check-lexicons reports every problem" err 'broken\.lex:5:[0-9]+: error: '
    run --check-lexicons "$src/lexicons"
    expect_rc "check-lexicons on the defaults exits 0" 0
    run --check-lexicons
    expect_rc "check-lexicons needs a path" 2
    # it checks what --lexicons loads: a linked .lex file too
    mkdir -p "$work/lex-link"
    ln -sf "$fixtures/broken.lex" "$work/lex-link/linked.lex"
    run --check-lexicons "$work/lex-link"
    expect_rc "check-lexicons follows a linked .lex file" 2
    expect_grep "check-lexicons reports the linked file's problems" err 'linked\.lex:3:1: error: '
    run --check-lexicons "$work/lex-none"
    expect_grep "check-lexicons names a folder without .lex files" err 'lex-none: error: no \.lex files in this folder'
    run --check-lexicons "$work/lex-none" "$work/lex-a"
    expect_rc "check-lexicons refuses a folder without .lex files beside a good one" 2
    # one action at a time
    run --check-lexicons "$work/lex-a" --list-rules
    expect_rc "two actions are a usage error" 2
    expect_grep "two actions: the message names both" err '--list-rules cannot be used with --check-lexicons'
    run --list-rules "$fixtures/clean.txt"
    expect_rc "--list-rules with a path is a usage error" 2
    run --help --list-rules --check-lexicons "$work/lex-a"
    expect_rc "--help still wins over two actions" 0
    expect_grep "--help still prints the help over two actions" out '^Usage: claimcheck'
    run --explain cure --explain hype
    expect_grep "an action given twice says so" err '--explain is given twice'

    # rules
    run --list-rules
    expect_rc "list-rules exits 0" 0
    expect_grep "list-rules lists prevention-claim" out '^prevention-claim '
    run --explain prevention-claim
    expect_rc "explain exits 0" 0
    expect_grep "explain says how severity grows with the gap" out '^Severity grows with the gap'
    run --explain PREVENTION-CLAIM
    expect_rc "explain takes a rule in any case" 0
    run --explain no-such-rule
    expect_rc "explain of an unknown rule exits 2" 2

    # lines mode: one record out per line in, empty lines included, in order
    run -i lines -f jsonl --fail-on never "$fixtures/posts.txt"
    expect_rc "lines mode exits 0" 0
    expect_lines "lines mode: one record per line" out 5
    expect_numbered "lines mode: records in order" '{"path":"'"$fixtures"'/posts.txt","record":'
    expect_grep "lines mode: findings relative to the record" out '"record":3,.*"line":1,"column":'
    run_stdin "$fixtures/posts.txt" -i lines -f jsonl --fail-on never
    expect_numbered "lines from stdin: records numbered" '{"record":'
    expect_lines "lines from stdin: one record per line" out 5
    expect_grep "lines mode: an empty line is a record with a profile" out '^\{"record":2,"findings":\[\],"profile":\{'

    # jsonl mode: a malformed line in the middle is an error record, the rest goes on
    run_stdin "$fixtures/posts.jsonl" -i jsonl -f jsonl --fail-on never
    expect_rc "jsonl with a malformed line exits 2" 2
    expect_lines "jsonl: one record per line" out 5
    expect_numbered "jsonl: records in order" '{"record":'
    expect_grep "jsonl: numeric id stays a number" out '^\{"record":1,"id":101,'
    expect_grep "jsonl: string id stays a string" out '^\{"record":2,"id":"abc",'
    expect_grep "jsonl: malformed line is an error record" out '^\{"record":3,"findings":\[\],"error":"malformed JSON'
    expect_grep "jsonl: malformed line named on stderr" err '^<stdin>:3:[0-9]+: error: malformed JSON'
    expect_grep "jsonl: full_text is read" out '^\{"record":4,"id":104,"findings":'
    expect_grep "jsonl: missing field is an error record" out '^\{"record":5,"id":105,"findings":\[\],"error":"no \\"text\\"'
    run -f jsonl --fail-on never "$fixtures/posts.jsonl"
    expect_lines "a .jsonl file is read as JSON Lines" out 5
    # an id that is no string or number (a Mongo export's {"$numberLong": ...}) cannot be
    # echoed, but the record's text is still checked; id_str falls back to id
    printf '%s\n' '{"id":{"$numberLong":"7"},"text":"PRP cures gout."}' \
        '{"id_str":{"x":1},"id":5,"text":"Stem cells cure arthritis."}' >"$work/badid.jsonl"
    run -f jsonl "$work/badid.jsonl"
    expect_rc "jsonl: an unusable id exits 2" 2
    expect_grep "jsonl: an unusable id is named with its place" err \
        'badid\.jsonl:1:7: error: id field "id" is an object, not a string or number'
    expect_grep "jsonl: a record with an unusable id is still checked" out \
        '^\{"path":"[^"]*badid\.jsonl","record":1,"findings":\[\{"rule":"cure-claim"'
    expect_grep "jsonl: an unusable id_str falls back to id" out \
        '^\{"path":"[^"]*badid\.jsonl","record":2,"id":5,"findings":\[\{'
    # text output names a JSON record by its id too (its stream line alone does not find
    # the post); not with -q, whose lines stay one per finding
    run "$work/badid.jsonl"
    if grep -A1 '^[^ ]*badid\.jsonl:2: ' "$work/out" | grep -qx '  id: 5'; then
        ok "jsonl text: the id line follows the finding's line"
    else
        not_ok "jsonl text: the id line follows the finding's line" "$(head -3 "$work/out")"
    fi
    expect_no_grep "jsonl text: a record without a usable id has no id line" out '^  id: \{'
    run -q "$work/badid.jsonl"
    expect_no_grep "jsonl text -q: no id line" out '^  id:'
    # A NUL in a JSON record's text: its offset is said once, as one into that text.
    printf '{"text":"Stem cells\\u0000 cure arthritis."}\n' >"$work/nul.jsonl"
    run -q "$work/nul.jsonl"
    expect_grep "jsonl: a NUL's offset is given once, in the record's text" err \
        'nul\.jsonl:1: error: NUL byte at byte offset 10 \(read as U\+FFFD\), in the record.s text$'
    # Extensions match in any case, for JSON Lines as for Markdown and HTML.
    for name in POSTS.JSONL posts.NDJson; do
        cp "$fixtures/posts.jsonl" "$work/$name"
        run -f jsonl --fail-on never "$work/$name"
        expect_lines "a $name file is read as JSON Lines" out 5
    done

    # Bytes that are not UTF-8 in a JSON line are read as U+FFFD: the record keeps its
    # id and is scanned; the place is given in the line; the run fails with 2.
    printf '{"id":1,"text":"Caf\351 owners say stem cells cure arthritis."}\n{"id":2,"text":"Fine."}\n' \
        >"$work/latin1.jsonl"
    run -f jsonl "$work/latin1.jsonl"
    expect_rc "jsonl: invalid UTF-8 in a line exits 2" 2
    expect_grep "jsonl: invalid UTF-8 is placed in the line" err \
        'latin1\.jsonl:1:20: error: invalid UTF-8 in the JSON line \(1 byte from column 20\); read as U\+FFFD$'
    expect_python "jsonl: a record with invalid UTF-8 is scanned with its id" '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert len(recs) == 2, recs
r = recs[0]
assert r["id"] == 1 and "error" not in r, r
assert r["findings"] and r["findings"][0]["sentence"].startswith("Caf\ufffd owners"), r
assert r["profile"]["invalid_utf8"] == 1, r["profile"]
d = r["diagnostics"]
assert len(d) == 1 and d[0]["column"] == 20 and d[0]["byte_offset"] == 19, d
'
    run -i jsonl --passthrough "$work/latin1.jsonl"
    expect_python "jsonl: --passthrough keeps the object, U+FFFD in place" '
import json, sys
o = json.loads(open(sys.argv[1]).readline())
assert o["id"] == 1 and o["text"].startswith("Caf\ufffd owners"), o
assert o["claimcheck"]["findings"] and "error" not in o["claimcheck"], o
'

    # A UTF-8 byte order mark opens a JSON Lines file or stream: skipped, not malformed;
    # on a later line it is text, and so bad JSON.
    printf '\357\273\277{"id":1,"text":"Stem cells cure arthritis."}\n\357\273\277{"id":2}\n' \
        >"$work/bom.jsonl"
    run -f jsonl "$work/bom.jsonl"
    expect_grep "jsonl: a byte order mark before the first line is skipped" out \
        '"record":1,"id":1,"findings":\[\{"rule":"cure-claim"'
    expect_grep "jsonl: a byte order mark on a later line is malformed JSON" err \
        'bom\.jsonl:2:1: error: malformed JSON'
    expect_grep "jsonl: the later byte order mark is named, not quoted" err \
        "bom\\.jsonl:2:1: error: malformed JSON: the line starts with a byte order mark \\(U\\+FEFF\\), which only the first line may have"
    run_stdin "$work/bom.jsonl" -i jsonl -f jsonl
    expect_grep "jsonl: a byte order mark opening stdin is skipped" out \
        '"record":1,"id":1,"findings":\[\{"rule":"cure-claim"'
    printf '\357\273\277{"text": oops}\n' >"$work/bom-bad.jsonl"
    run "$work/bom-bad.jsonl"
    expect_grep "jsonl: after a byte order mark, error columns do not count it" err \
        'bom-bad\.jsonl:1:10: error: malformed JSON'

    # An opening byte order mark is invisible in an editor: not a column in text, lines,
    # Markdown or HTML (nor for a problem on line 1); byte offsets still count its bytes.
    # A U+FEFF later in the text is a character like any other.
    local ext
    for ext in txt md html; do
        printf '\357\273\277Stem cells cure arthritis. A bad \377 byte.\n' >"$work/bom.$ext"
        run -f jsonl "$work/bom.$ext"
        expect_grep "$ext: an opening byte order mark is not a column" out \
            '"rule":"cure-claim",.*"line":1,"column":12,"end_line":1,"end_column":16,"byte_offset":14,'
        expect_grep "$ext: nor for a problem on line 1" out '"line":1,"column":34,"byte_offset":36,'
    done
    run_stdin "$work/bom.txt" -i lines
    expect_grep "lines: a byte order mark opening the first line is not a column" out \
        '^<stdin>:1:12: error: cure claim'
    run -f sarif "$work/bom.txt"
    expect_grep "sarif: an opening byte order mark is not a column" out \
        '"startLine":1,"startColumn":12,"endLine":1,"endColumn":16,'
    expect_grep "sarif: nor a character: charOffset agrees with the column" out \
        '"startColumn":12,"endLine":1,"endColumn":16,"charOffset":11,"charLength":4,"byteOffset":14,'
    # A rewrite is a SARIF fix only where the sentence's source is its text: plain text
    # gets one; a sentence with HTML tags or entities does not (plain text would
    # replace the tags), and its rewrite has no run of the source's white space.
    printf '<p>Stem cells &amp; <a href="/prp">PRP</a> cure arthritis.</p>\n<p>Our stem cells\n      <em>cure</em> knees.</p>\n<p>Stem cells cure gout.</p>\n' \
        >"$work/fix.html"
    run -f sarif "$work/fix.html"
    expect_python "sarif: no fix for a sentence with markup, one for plain text" '
import json, sys
rs = json.load(open(sys.argv[1]))["runs"][0]["results"]
got = [("fixes" in r, r["properties"]["flags"]) for r in rs]
assert got == [(False, ["markup"]), (False, ["markup"]), (True, [])], got
'
    run -f jsonl "$work/fix.html"
    expect_grep "html: a rewrite from markup has one space where the source had a line break" out \
        '"suggestion":"Our stem cells may [a-z ]+ knees; evidence is limited\."'
    printf 'Hi \357\273\277 stem cells cure arthritis.\n' >"$work/feff.txt"
    run "$work/feff.txt"
    expect_grep "a later U+FEFF is a column" out '^.*feff\.txt:1:17: error: cure claim'

    # Valid JSON with numbers jansson cannot hold (past 64 bits, past a double): read and
    # scanned; a numeric id is echoed as written, never as a float, in every format;
    # --passthrough prints such a line as written.
    local id
    for id in 9223372036854775807 9223372036854775808 12345678901234567890; do
        printf '{"id":%s,"text":"Stem cells cure arthritis.","big":12345678901234567890,"r":1e400}\n' "$id"
    done >"$work/big-numbers.jsonl"
    run_stdin "$work/big-numbers.jsonl" -i jsonl -f jsonl
    expect_rc "jsonl: big numbers are valid JSON, the claims are found" 1
    expect_python "jsonl: big numeric ids echoed exactly" '
import sys
ids = [l.split(",")[1] for l in open(sys.argv[1])]
assert ids == ["\"id\":9223372036854775807", "\"id\":9223372036854775808",
               "\"id\":12345678901234567890"], ids'
    expect_grep "jsonl: a record with big numbers is scanned" out '"id":12345678901234567890,"findings":\[\{"rule":"cure-claim"'
    run_stdin "$work/big-numbers.jsonl" -i jsonl -f csv
    expect_grep "csv: a big numeric id echoed exactly" out '^<stdin>,3,12345678901234567890,'
    run_stdin "$work/big-numbers.jsonl" -i jsonl -f sarif
    expect_grep "sarif: a big numeric id echoed exactly" out '"id":9223372036854775808[,}]'
    run_stdin "$work/big-numbers.jsonl" -i jsonl --passthrough
    expect_python "passthrough: lines with big numbers printed as written" '
import sys
lines = open(sys.argv[1]).read().splitlines()
assert len(lines) == 3, lines
for line, id in zip(lines, ["9223372036854775807", "9223372036854775808", "12345678901234567890"]):
    want = "{\"id\":%s,\"text\":\"Stem cells cure arthritis.\",\"big\":12345678901234567890,\"r\":1e400,\"claimcheck\":{\"record\":" % id
    assert line.startswith(want), line[:200]
    assert ",\"id\":%s,\"findings\":[{\"rule\":\"cure-claim\"" % id in line, line[:300]'
    printf '{"text":"Stem cells cure arthritis.","big":12345678901234567890}\n' >"$work/big-field.jsonl"
    run_stdin "$work/big-field.jsonl" -i jsonl
    expect_rc "jsonl: a big integer in another field is no error" 1
    expect_no_grep "jsonl: a big integer in another field is not malformed" err 'malformed'

    # invalid UTF-8: named by place, the run goes on, exit 2
    printf 'Stem cells are studied.\nA bad \377 byte here.\n' >"$work/bad-utf8.txt"
    run -f jsonl "$work/bad-utf8.txt" "$fixtures/clean.txt"
    expect_rc "invalid UTF-8 exits 2" 2
    expect_grep "invalid UTF-8 named by line and column" err 'bad-utf8\.txt:2:7: error: '
    expect_lines "the run goes on after invalid UTF-8" out 2
    expect_grep "invalid UTF-8 listed in diagnostics" out '"diagnostics":\[\{"severity":"error","line":2,"column":7,"byte_offset":30'

    # many bad bytes: the first 10 places, then a count, so stderr is not flooded
    awk 'BEGIN { for (i = 0; i < 50; i++) printf "word \377 "; print "" }' >"$work/many-bad.txt"
    run "$work/many-bad.txt"
    expect_rc "many invalid bytes exit 2" 2
    expect_lines "many invalid bytes: 10 places, a count and the summary" err 12
    expect_grep "many invalid bytes: the rest are counted" err 'many-bad\.txt: error: 40 more problems like these in this file'

    # binary files: an error when named, skipped with a note in a folder
    printf 'PK\003\004\000\000binary' >"$work/blob.txt"
    run "$work/blob.txt"
    expect_rc "a named binary file exits 2" 2
    expect_grep "a binary file is named" err 'blob\.txt: error: binary file'
    mkdir -p "$work/tree"
    cp "$work/blob.txt" "$fixtures/clean.txt" "$work/tree/"
    run "$work/tree"
    expect_rc "a binary file in a folder is skipped" 0
    expect_grep "a skipped binary file gets a note" err 'blob\.txt: note: binary file'
    # the same with --input lines or jsonl, which read every file of a walk: a binary
    # file is one note, not an error per NUL or per line (a named file is read as
    # records: tests/fuzz/hostile.sh)
    mkdir -p "$work/tree-lines" "$work/tree-jsonl"
    cp "$work/blob.txt" "$fixtures/clean.txt" "$work/tree-lines/"
    cp "$work/blob.txt" "$work/tree-jsonl/"
    printf '{"text":"Our new clinic opens on Monday."}\n' >"$work/tree-jsonl/posts.jsonl"
    for mode in lines jsonl; do
        run -i $mode -f jsonl "$work/tree-$mode"
        expect_rc "-i $mode: a binary file in a folder is skipped" 0
        expect_grep "-i $mode: a skipped binary file gets a note" err 'blob\.txt: note: binary file'
        expect_lines "-i $mode: the binary file gets no record" out 1
    done

    # the run's own output inside the folder it walks is skipped with a note, not read
    # back while it grows; named, it is an error (as grep does)
    for fmt in text jsonl; do
        mkdir -p "$work/self-$fmt"
        printf 'Stem cells cure arthritis.\n' >"$work/self-$fmt/post.txt"
        "$bin" -j1 -f $fmt "$work/self-$fmt" >"$work/self-$fmt/report.txt" 2>"$work/err"
        rc=$?
        cp "$work/self-$fmt/report.txt" "$work/out"
        expect_rc "-f $fmt: a walk that holds its own output exits 1 (the finding)" 1
        expect_grep "-f $fmt: the run's output is skipped with a note" err \
            "report\.txt: note: this run's output \(standard output\), skipped"
        expect_no_grep "-f $fmt: the output gets no finding of its own" out 'report\.txt'
    done
    "$bin" "$work/self-text/post.txt" "$work/self-text/report.txt" \
        >>"$work/self-text/report.txt" 2>"$work/err"
    rc=$?
    expect_rc "a named file that is the output exits 2" 2
    expect_grep "a named file that is the output is an error" err \
        "report\.txt: error: is also this run's output"

    # folders: sorted, hidden entries and non-prose files skipped
    run -f jsonl --fail-on never "$fixtures/walk"
    expect_rc "folder walk exits 0" 0
    if [ "$(sed 's/^{"path":"\([^"]*\)".*/\1/' "$work/out" | sed "s|^$fixtures/walk/||" | tr '\n' ' ')" = "a.txt b.md sub/c.txt " ]; then
        ok "folder walk: sorted, hidden and .tsv skipped"
    else
        not_ok "folder walk: sorted, hidden and .tsv skipped" "got $(tr '\n' ' ' <"$work/out" | cut -c1-200)"
    fi

    # empty input
    : >"$work/empty.txt"
    run_stdin "$work/empty.txt"
    expect_rc "empty stdin exits 0" 0
    run_stdin "$work/empty.txt" -i lines -f jsonl
    expect_empty "empty stdin in lines mode prints nothing" out
    run -f jsonl "$work/empty.txt"
    expect_lines "an empty file is one record" out 1
    expect_grep "an empty file has a profile" out '"findings":\[\],"profile":\{"bytes":0,'

    # stdin as '-'
    run_stdin "$fixtures/overclaim.txt" -f jsonl -
    expect_rc "stdin '-' is read" 1
    expect_grep "stdin '-' is named <stdin>" out '^\{"path":"<stdin>","findings":\[\{'

    # a 10 MB line, made here and not committed
    local big=$work/big-line.txt
    awk 'BEGIN { s = "Stem cells are being studied in trials. "; while (n < 10000000) { printf "%s", s; n += length(s) } }' >"$big"
    run -i lines -f jsonl --fail-on never "$big"
    expect_rc "a 10 MB line is scanned" 0
    expect_lines "a 10 MB line is one record" out 1
    run -i lines -f jsonl --max-record-bytes 1M "$big"
    expect_rc "a line over --max-record-bytes exits 2" 2
    expect_grep "a line over the limit is an error record" out '^\{"path":.*"record":1,"findings":\[\],"error":"line is longer than the limit'
    run --max-record-bytes 1M "$big"
    expect_rc "a file over --max-record-bytes exits 2" 2

    # a reader that goes away: quiet, status earned so far
    awk 'BEGIN { for (i = 0; i < 20000; i++) print "Stem cells are studied for arthritis." }' >"$work/many.txt"
    ("$bin" -i lines -f jsonl "$work/many.txt" 2>"$work/err"; echo $? >"$work/rc") | head -c1 >/dev/null
    expect_empty "a closed pipe ends quietly" err
    rc=$(cat "$work/rc")
    expect_rc "a closed pipe keeps the status" 0

    # the whole-run formats (issue 5): one document on stdout, exit status as for text
    local fmt
    for fmt in json sarif csv html; do
        run -f "$fmt" "$fixtures/clean.txt"
        expect_rc "$fmt: a clean file exits 0" 0
        run -f "$fmt" "$fixtures/overclaim.txt"
        expect_rc "$fmt: findings exit 1" 1
        run -f "$fmt" --fail-on never "$fixtures/overclaim.txt"
        expect_rc "$fmt: --fail-on never exits 0" 0
        run -f "$fmt" --min-severity error --fail-on info "$fixtures/clean.txt" "$fixtures/overclaim.txt"
        expect_rc "$fmt: --min-severity error still fails on the error" 1
        run -f "$fmt" -q "$fixtures/clean.txt" "$work/no-such-file.txt"
        expect_rc "$fmt: an unreadable file exits 2" 2
        expect_grep "$fmt: an unreadable file is named on stderr" err 'no-such-file.txt: error: cannot open'
        run -f "$fmt" "$fixtures/overclaim.txt"
        expect_no_grep "$fmt: no one-line total on stderr (it is a text-format line)" err 'findings'
        run -f "$fmt" --summary "$fixtures/overclaim.txt"
        expect_grep "$fmt: --summary goes to stderr" err '^Profile of .*overclaim.txt:'
        expect_no_grep "$fmt: --summary leaves stdout to the document" out '^Profile of'
        run -f "$fmt" -i jsonl --passthrough "$fixtures/posts.jsonl"
        expect_rc "$fmt: --passthrough is refused" 2
        expect_grep "$fmt: the refusal says what to do" err "cannot be used with --format $fmt; leave out --format"
        ("$bin" -f "$fmt" "$src/corpus/docs" 2>"$work/err"; echo $? >"$work/rc") | head -c1 >/dev/null
        expect_empty "$fmt: a closed pipe ends quietly" err
    done
    if command -v python3 >/dev/null; then
        run -f json "$fixtures/overclaim.txt" "$work/no-such-file.txt"
        expect_python "json: one document, with the unreadable file as an entry" 'import json, sys; d = json.load(open(sys.argv[1])); assert d["schema"] == "claimcheck/1"; assert [f.get("error", "")[:11] for f in d["files"]] == ["", "cannot open"]'
        run -f sarif "$work/no-such-file.txt"
        expect_python "sarif: an unreadable file is a tool execution notification" 'import json, sys; r = json.load(open(sys.argv[1]))["runs"][0]; n = r["invocations"][0]["toolExecutionNotifications"]; assert n[0]["message"]["text"].startswith("Cannot open") and n[0]["level"] == "error"'
    fi
    run -f csv -i lines <"$fixtures/posts.txt"
    expect_grep "csv: the header row" out '^path,record,id,line,column,end_line,end_column,byte_offset,byte_length,severity,rule,category,message,sentence,suggestion'$'\r''$'
    run --title Report "$fixtures/clean.txt"
    expect_rc "--title without --format html is a usage error" 2
    expect_grep "--title: the usage error says what to do" err 'add --format html'
    run -f html --title '<b>Clinic</b> & co' "$fixtures/overclaim.txt"
    expect_grep "--title is the page's title, escaped" out '<title>&lt;b&gt;Clinic&lt;/b&gt; &amp; co</title>'
    run -f xml "$fixtures/clean.txt"
    expect_grep "an unknown format lists the formats" err "unknown --format 'xml' \\(text, jsonl, json, sarif, csv, html\\)"

    # a full disk is a write error
    if [ -w /dev/full ]; then
        "$bin" --help >/dev/full 2>"$work/err"
        rc=$?
        expect_rc "a write error exits 2" 2
        expect_grep "a write error is reported" err 'cannot write the output'
    fi

    checksums >"$work/after.sum"
    if cmp -s "$work/before.sum" "$work/after.sum"; then ok "inputs are never modified"; else
        not_ok "inputs are never modified" "fixture checksums changed"; fi
}

# ---- streams and folders (issue 4) ---------------------------------------------------

# same NAME FILE1 FILE2: the two files are byte for byte the same.
same() {
    if cmp -s "$2" "$3"; then ok "$1"; else not_ok "$1" "$2 and $3 differ: $(cmp "$2" "$3" 2>&1 | head -1)"; fi
}

# A folder of many files of uneven sizes (so that threads finish out of order), with
# subfolders, a binary file, invalid UTF-8 and a JSON Lines file among them.
make_corpus() {
    local dir=$1 i d
    mkdir -p "$dir"
    for d in a b c; do mkdir -p "$dir/$d/deep"; done
    awk -v dir="$dir" 'BEGIN {
        split("Stem cells cure arthritis.|PRP may help some patients with tendon pain.|A randomized trial of 120 patients found less pain with PRP.|Exosome therapy is 100% safe and regrows cartilage.|The weather was fine.|Our clinic guarantees results: no need for knee replacement!", s, "|")
        for (i = 0; i < 240; i++) {
            sub_ = substr("abc", i % 3 + 1, 1); deep = (i % 5 == 0) ? "/deep" : ""
            f = sprintf("%s/%s%s/f%03d.%s", dir, sub_, deep, i, (i % 2) ? "md" : "txt")
            n = (i * 7919) % 97 + 1
            if (i % 13 == 0) n *= 40
            for (j = 0; j < n; j++) printf "%s ", s[(i + j) % 6 + 1] > f
            printf "\n" > f
            close(f)
        } }'
    printf 'GIF89a\000\000binary' >"$dir/b/image.txt"
    printf 'Stem cells \377 cure arthritis.\n' >"$dir/c/bad-utf8.txt"
    for i in 1 2 3 4 5 6 7 8 9; do
        printf '{"id":%d,"text":"Stem cells cure case %d."}\n' "$i" "$i"
    done >"$dir/a/posts.jsonl"
}

inputs() {
    local corpus=$work/corpus j fmt
    make_corpus "$corpus"

    # -j: usage, and the same bytes whatever the number of threads
    run -j x "$fixtures/clean.txt"
    expect_rc "-j needs a number" 2
    expect_grep "-j names the bad value" err "bad --jobs 'x'"
    run -j 257 "$fixtures/clean.txt"
    expect_rc "-j over 256 is refused" 2
    run -j 0 "$fixtures/clean.txt"
    expect_rc "-j 0 means the number of processors" 0
    for fmt in text jsonl json sarif csv html; do
        "$bin" -j1 -f "$fmt" "$corpus" >"$work/j1.$fmt" 2>"$work/j1.$fmt.err" </dev/null
        rc=$?
        expect_rc "-j1 $fmt: the corpus has findings and problems" 2
        for j in 2 4 4 8; do
            "$bin" -j"$j" -f "$fmt" "$corpus" >"$work/jn.$fmt" 2>"$work/jn.$fmt.err" </dev/null
            same "-j$j $fmt: stdout byte-identical to -j1" "$work/j1.$fmt" "$work/jn.$fmt"
            same "-j$j $fmt: stderr byte-identical to -j1" "$work/j1.$fmt.err" "$work/jn.$fmt.err"
        done
    done
    cp "$work/j1.jsonl" "$work/out"
    if sed -n 's/^{"path":"\([^"]*\)".*/\1/p' "$work/out" | uniq | sort -c 2>/dev/null; then
        ok "-j: files in sorted path order"
    else
        not_ok "-j: files in sorted path order" "paths are not sorted"
    fi
    cp "$work/j1.text.err" "$work/err"
    expect_grep "-j: a binary file in the walk is a note" err 'b/image\.txt: note: binary file'
    expect_grep "-j: invalid UTF-8 is an error" err 'c/bad-utf8\.txt:1:12: error: '
    expect_grep "-j: the summary adds up every file and record" err '^241 files, 9 records, [0-9]+ findings .*; 1 input problem$'
    # documents whose reports pass 1 MiB are handed to the writer as they grow; the
    # bytes must be the same, around smaller files, whatever the threads
    local big=$work/big-docs
    mkdir -p "$big"
    for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25; do
        cat "$src/corpus/docs/overhyped_clinic.txt"
    done >"$big/one.txt"
    for i in 1 2 3 4 5 6 7 8; do cat "$big/one.txt"; done >"$big/b-huge.txt"
    cp "$big/b-huge.txt" "$big/d-huge.txt"
    printf 'Stem cells cure arthritis.\n' >"$big/a.txt"
    printf 'PRP heals tendons.\n' >"$big/c.txt"
    rm "$big/one.txt"
    for fmt in text jsonl json html; do
        "$bin" -j1 -f "$fmt" "$big" >"$work/big1" 2>&1 </dev/null
        for j in 2 3; do
            "$bin" -j"$j" -f "$fmt" "$big" >"$work/bign" 2>&1 </dev/null
            same "-j$j $fmt: long reports handed over early, same bytes" "$work/big1" "$work/bign"
        done
    done
    # a plain-text file over 256 KiB is read in blocks and fed to the scanner; stdin is
    # read whole: the same report (paths aside). A file with a suppression directive
    # is read whole, so that the directive is honoured.
    { cat "$big/b-huge.txt"; printf 'Stem cells \377 cure arthritis.\r\n\r\nIt regrows \303\251 cartilage.\r\n'
      sed 's/$/\r/' "$big/b-huge.txt"; } >"$work/fed.txt"
    { cat "$work/fed.txt"; printf '\nclaimcheck: ignore cure-claim quoted to rebut it\nStem cells cure diabetes.\n'
      cat "$big/b-huge.txt"; } >"$work/directive.txt"
    { printf '\357\273\277Stem cells cure arthritis. A bad \377 byte.\n'; cat "$work/fed.txt"; } >"$work/bom.txt"
    local f
    for f in fed directive bom; do
        for fmt in text jsonl; do
            "$bin" -f "$fmt" "$work/$f.txt" >"$work/blocks" 2>"$work/blocks.err" </dev/null
            "$bin" -f "$fmt" - <"$work/$f.txt" >"$work/whole" 2>"$work/whole.err"
            sed -i "s|$work/$f.txt|FILE|g" "$work/blocks" "$work/blocks.err"
            sed -i "s|<stdin>|FILE|g" "$work/whole" "$work/whole.err"
            same "$fmt: $f.txt read in blocks reports as when read whole" "$work/whole" "$work/blocks"
            same "$fmt: $f.txt read in blocks, same problems" "$work/whole.err" "$work/blocks.err"
        done
    done
    run "$work/bom.txt"
    expect_grep "a big file read in blocks: an opening byte order mark is not a column" out \
        'bom\.txt:1:12: error: cure claim'
    expect_grep "a big file read in blocks: nor for a problem on line 1" err 'bom\.txt:1:34: error: '
    ("$bin" -j2 -f jsonl "$big" 2>"$work/err"; echo $? >"$work/rc") | head -c 100 >/dev/null
    expect_empty "-j2: a closed pipe in the middle of a long report ends quietly" err

    # streams: batches of records scanned in parallel, one record out per line in order
    awk 'BEGIN { for (i = 1; i <= 30000; i++) printf "Post %d: stem cells %s.\n", i, (i % 3) ? "cure arthritis" : "are studied" }' >"$work/posts.txt"
    "$bin" -j1 -i lines -f jsonl "$work/posts.txt" >"$work/s1" 2>&1 </dev/null
    for j in 2 2 3 4; do
        "$bin" -j"$j" -i lines -f jsonl "$work/posts.txt" >"$work/s2" 2>&1 </dev/null
        same "-j$j lines stream: byte-identical to -j1" "$work/s1" "$work/s2"
    done
    "$bin" -j4 -i lines -f jsonl <"$work/posts.txt" >"$work/out" 2>"$work/err"
    expect_lines "-j4 lines from stdin: one record per line" out 30000
    expect_numbered "-j4 lines from stdin: records in order" '{"record":'
    for fmt in json sarif csv html; do
        "$bin" -j1 -i lines -f "$fmt" <"$work/posts.txt" >"$work/s1.$fmt" 2>&1
        "$bin" -j4 -i lines -f "$fmt" <"$work/posts.txt" >"$work/s2.$fmt" 2>&1
        same "-j4 lines from stdin, $fmt: byte-identical to -j1" "$work/s1.$fmt" "$work/s2.$fmt"
    done
    awk 'BEGIN { for (i = 1; i <= 5000; i++) if (i % 1000 == 7) print "{broken"; else printf "{\"id\":%d,\"text\":\"Stem cells cure case %d.\"}\n", i, i }' >"$work/posts.jsonl"
    "$bin" -j3 -i jsonl -f jsonl <"$work/posts.jsonl" >"$work/out" 2>"$work/err"
    rc=$?
    expect_rc "-j3 jsonl with malformed lines exits 2" 2
    expect_lines "-j3 jsonl: one record per line" out 5000
    expect_numbered "-j3 jsonl: records in order" '{"record":'
    if awk -F'"id":' 'NR % 1000 != 7 { split($2, a, ","); if (a[1] != NR) bad = 1 } END { exit bad }' "$work/out"; then
        ok "-j3 jsonl: every record keeps its id"
    else
        not_ok "-j3 jsonl: every record keeps its id" "an id does not match its line"
    fi
    expect_grep "-j3 jsonl: a malformed line names its line" err '^<stdin>:4007:[0-9]+: error: malformed JSON'

    # folder walks: .gitignore, hidden entries, --include, --exclude
    local tree=$work/tree2
    mkdir -p "$tree/sub/deep" "$tree/build" "$tree/.secret" "$tree/node_modules/pkg"
    for f in a.txt b.md notes.log.txt sub/c.txt sub/keep.log.txt sub/deep/d.md build/e.txt \
        .secret/f.txt .hidden.txt node_modules/pkg/g.txt table.tsv; do
        printf 'Stem cells cure arthritis.\n' >"$tree/$f"
    done
    printf '# build output\n\nbuild/\nnode_modules\n*.log.txt\n/b.md\n' >"$tree/.gitignore"
    printf '!keep.log.txt\n' >"$tree/sub/.gitignore"
    walked() { # NAME WANT ARGS...: the files read, relative to the tree, in order
        local name=$1 want=$2 got
        shift 2
        "$bin" -f jsonl --fail-on never "$@" "$tree" >"$work/out" 2>"$work/err" </dev/null
        got=$(sed -n 's|^{"path":"'"$tree"'/\([^"]*\)".*|\1|p' "$work/out" | tr '\n' ' ')
        if [ "$got" = "$want" ]; then ok "$name"; else not_ok "$name" "read: $got; want: $want"; fi
    }
    walked "walk: .gitignore and hidden entries skipped by default" \
        "a.txt sub/c.txt sub/deep/d.md sub/keep.log.txt "
    walked "walk: --no-ignore reads ignored files" \
        "a.txt b.md build/e.txt node_modules/pkg/g.txt notes.log.txt sub/c.txt sub/deep/d.md sub/keep.log.txt " \
        --no-ignore
    walked "walk: --hidden reads hidden files" \
        ".hidden.txt .secret/f.txt a.txt sub/c.txt sub/deep/d.md sub/keep.log.txt " --hidden
    walked "walk: --include replaces the prose extensions" "table.tsv " --include '*.tsv'
    walked "walk: --include with a path" "sub/deep/d.md " --include 'sub/**/*.md'
    walked "walk: --exclude a folder by name" "a.txt " --exclude sub
    walked "walk: --exclude a path, folders only" "a.txt sub/c.txt sub/keep.log.txt " --exclude 'sub/deep/'
    walked "walk: --exclude wins over --include" "sub/c.txt " --include '*.txt' --exclude 'a.txt' --exclude '*.log.txt'
    walked "walk: -j2 walks the same" "a.txt sub/c.txt sub/deep/d.md sub/keep.log.txt " -j2
    run --include '' "$tree"
    expect_rc "walk: an empty --include is a usage error" 2
    # a leading ./ (as a shell completes it) names the top of the folder walked, as /
    walked "walk: --exclude ./sub skips the top sub folder" "a.txt " --exclude ./sub
    walked "walk: --exclude ./deep/ is anchored at the top" \
        "a.txt sub/c.txt sub/deep/d.md sub/keep.log.txt " --exclude ./deep/
    walked "walk: --include ././sub/*.txt" "sub/c.txt sub/keep.log.txt " --include '././sub/*.txt'
    (cd "$tree" && "$bin" -q -f jsonl --fail-on never --exclude ./sub . >"$work/out" 2>"$work/err" </dev/null)
    expect_no_grep "walk: cd and --exclude ./sub ." out '"path":"\./sub/'
    expect_grep "walk: cd and --exclude ./sub . still reads the rest" out '"path":"\./a\.txt"'
    run --exclude ./ "$tree"
    expect_rc "walk: --exclude ./ alone is a usage error" 2
    # a walk that reads no file says why on stderr (a note: the exit status is kept)
    mkdir -p "$work/office"
    printf '%%PDF-1.4\n' >"$work/office/report.pdf"
    printf 'PK\003\004' >"$work/office/letter.docx"
    run "$work/office"
    expect_rc "walk: no prose file is not an error" 0
    expect_grep "walk: no prose file: a note names the extensions and --include" err \
        "office: note: no file read: none of the 2 files found has a prose extension \(\*\.txt, \*\.text, \*\.md, \*\.markdown, \*\.html, \*\.htm, \*\.jsonl, \*\.ndjson\); to read others, name them with --include GLOB"
    run --include '*.rst' "$tree"
    expect_rc "walk: an --include that matches nothing is not an error" 0
    expect_grep "walk: an --include that matches nothing is named in a note" err \
        "tree2: note: no file read: none matched --include '\*\.rst' .*change or add --include$"
    run -q --include '*.rst' "$tree"
    expect_empty "walk: -q leaves out the note, as every note" err
    mkdir -p "$work/nothing"
    run "$work/nothing"
    expect_grep "walk: an empty folder gets a note" err 'nothing: note: no file read: the walk found no file'
    # files that match --include but are left out by .gitignore or --exclude: the note
    # does not send the user to --include, which cannot help
    mkdir -p "$work/notes/drafts"
    printf 'x\n' >"$work/notes/drafts/a.md"
    printf 'y\n' >"$work/notes/b.md"
    printf 'b.md\n' >"$work/notes/.gitignore"
    run --include '*.md' --exclude drafts "$work/notes"
    expect_grep "walk: what .gitignore and --exclude left out is not blamed on --include" err \
        'notes: note: no file read: the walk found no file \(entries starting'
    run -f jsonl "$tree"
    expect_no_grep "walk: no note when files were read" err 'no file read'
    run -f jsonl "$tree/build/e.txt"
    expect_grep "walk: a named file is read even when ignored" out '"path":"[^"]*build/e\.txt"'

    # symbolic links: skipped, or followed with loops noted
    local links=$work/links
    mkdir -p "$links/sub"
    printf 'Stem cells cure arthritis.\n' >"$links/a.txt"
    ln -s .. "$links/sub/loop"
    ln -s ../a.txt "$links/sub/link.txt"
    run -f jsonl --fail-on never "$links"
    expect_rc "links: not followed by default" 0
    expect_lines "links: only the real file is read" out 1
    run -f jsonl --fail-on never --follow "$links"
    expect_rc "links: a loop is not an error" 0
    expect_lines "links: --follow reads the linked file" out 2
    expect_grep "links: the loop is noted" err 'sub/loop: note: symbolic link loop: the same folder as .*links, not followed'
    ln -s nowhere "$links/sub/broken.txt"
    run -f jsonl --fail-on never -L "$links"
    expect_rc "links: a broken link is an error" 2
    expect_grep "links: the broken link is named" err 'sub/broken\.txt: error: broken symbolic link'
    expect_lines "links: the run goes on after a broken link" out 3

    # unreadable files and folders: root reads anything, so as root the capabilities
    # that let it are dropped with setpriv; without a way to do that, skipped
    local locked=$work/locked
    mkdir -p "$locked/closed"
    printf 'Stem cells cure arthritis.\n' >"$locked/a.txt"
    printf 'Stem cells cure arthritis.\n' >"$locked/secret.txt"
    printf 'Stem cells cure arthritis.\n' >"$locked/closed/x.txt"
    chmod 000 "$locked/secret.txt" "$locked/closed"
    local as_user=()
    if [ "$(id -u)" -eq 0 ]; then
        if setpriv --bounding-set=-dac_override,-dac_read_search -- cat "$locked/secret.txt" >/dev/null 2>&1; then
            as_user=(skip)
        elif setpriv --bounding-set=-dac_override,-dac_read_search -- true 2>/dev/null; then
            as_user=(setpriv --bounding-set=-dac_override,-dac_read_search --)
        else
            as_user=(skip)
        fi
    fi
    if [ "${as_user[0]:-}" = skip ]; then
        printf 'skip unreadable files: running as root and cannot drop CAP_DAC_OVERRIDE (setpriv)\n'
    else
        "${as_user[@]}" "$bin" -f jsonl --fail-on never "$locked" >"$work/out" 2>"$work/err" </dev/null
        rc=$?
        expect_rc "unreadable: exits 2" 2
        expect_grep "unreadable: the file is named" err 'secret\.txt: error: cannot open: Permission denied'
        expect_grep "unreadable: the folder is named" err 'closed: error: cannot list folder: Permission denied'
        expect_grep "unreadable: the rest is read" out '"path":"[^"]*/a\.txt","findings":\[\{'
        expect_grep "unreadable: the file has an error object" out '"path":"[^"]*/secret\.txt","findings":\[\],"error":"cannot open'
    fi
    chmod 700 "$locked/closed"
    chmod 600 "$locked/secret.txt"

    # a file that disappears between the walk and its reading: two workers are held
    # on named pipes while the walk goes on, then the file is removed
    local gone=$work/gone
    mkdir -p "$gone/dir"
    mkfifo "$gone/p1" "$gone/p2"
    printf 'Stem cells cure arthritis.\n' >"$gone/dir/a.txt"
    printf 'Stem cells cure arthritis.\n' >"$gone/dir/b.txt"
    "$bin" -j2 -f jsonl --fail-on never "$gone/p1" "$gone/p2" "$gone/dir" >"$work/out" 2>"$work/err" </dev/null &
    local pid=$!
    sleep 1
    rm "$gone/dir/a.txt"
    : >"$gone/p1"
    : >"$gone/p2"
    wait "$pid"
    rc=$?
    expect_rc "vanished: exits 2" 2
    expect_grep "vanished: the file is named" err 'dir/a\.txt: error: cannot open: No such file or directory'
    expect_grep "vanished: the rest is read" out '"path":"[^"]*dir/b\.txt","findings":\[\{'
    expect_no_grep "vanished: a named pipe is read, not refused" err 'p1: error'

    # a pipe or device named on the command line is read to its end, like stdin:
    # process substitution, /dev/stdin and a FIFO (refused as "not a regular file" once)
    "$bin" -f jsonl <(printf 'Stem cells cure arthritis.\n') >"$work/out" 2>"$work/err" </dev/null
    rc=$?
    expect_rc "pipe named: <(...) is read" 1
    expect_grep "pipe named: its finding" out '^\{"path":"/dev/fd/[0-9]+","findings":\[\{"rule":"cure-claim"'
    printf 'Stem cells cure arthritis.\n' | "$bin" /dev/stdin >"$work/out" 2>"$work/err"
    rc=$?
    expect_rc "pipe named: /dev/stdin is read" 1
    expect_grep "pipe named: /dev/stdin is the place" out '^/dev/stdin:1:12: error: cure claim'
    rm -f "$work/named.fifo"
    mkfifo "$work/named.fifo"
    printf 'PRP may help some patients. Exosomes regrow cartilage.\n' >"$work/named.fifo" &
    "$bin" -f jsonl --max-record-bytes 20 "$work/named.fifo" >"$work/out" 2>"$work/err" </dev/null
    rc=$?
    wait
    expect_rc "pipe named: over the limit exits 2" 2
    expect_grep "pipe named: the limit is kept" err 'named\.fifo: error: larger than the limit of 20 bytes'
    printf 'PRP may help some patients. Exosomes regrow cartilage.\n' >"$work/named.fifo" &
    "$bin" -f jsonl "$work/named.fifo" "$fixtures/clean.txt" >"$work/out" 2>"$work/err" </dev/null
    rc=$?
    wait
    expect_rc "pipe named: a FIFO is read" 1
    expect_grep "pipe named: the FIFO's finding" out '"path":"[^"]*named\.fifo","findings":\[\{.*"byte_offset":37,'
    expect_grep "pipe named: the next file is read" out '"path":"[^"]*clean\.txt","findings":\[\]'
    mkdir -p "$work/withfifo"
    mkfifo "$work/withfifo/p.txt"
    printf 'PRP cures gout.\n' >"$work/withfifo/a.txt"
    timeout 20 "$bin" -f jsonl "$work/withfifo" >"$work/out" 2>"$work/err" </dev/null
    rc=$?
    expect_rc "pipe in a folder: passed over, not waited for" 1
    expect_no_grep "pipe in a folder: not read" out 'p\.txt'

    # --passthrough: the input objects, every member kept in order, plus "claimcheck"
    printf '%s\n' \
        '{"id_str":"1","text":"Stem cells cure arthritis.","user":{"name":"Zoé","followers":12},"tags":["a","b"],"n":null,"ok":true}' \
        '{"text":"PRP may help some patients.","z":1,"a":2}' \
        '{"no_text":1}' \
        'not json at all' \
        '{"id":5,"text":"Exosomes regrow cartilage.","claimcheck":"old"}' >"$work/pass.jsonl"
    run_stdin "$work/pass.jsonl" -i jsonl --passthrough
    expect_rc "passthrough: exits 2 for the bad lines" 2
    expect_lines "passthrough: one object per line" out 5
    sed 's/,"claimcheck":{.*}}$/}/' "$work/out" | head -3 >"$work/pass.stripped"
    head -3 "$work/pass.jsonl" >"$work/pass.first"
    same "passthrough: every field kept, in order, when claimcheck is taken away" "$work/pass.first" "$work/pass.stripped"
    expect_grep "passthrough: the member holds the findings" out '^\{"id_str":"1",.*"claimcheck":\{"record":1,"id":"1","findings":\[\{"rule":'
    expect_grep "passthrough: an object without the field keeps it, with an error" out '^\{"no_text":1,"claimcheck":\{"record":3,"findings":\[\],"error":"no \\"text\\"'
    expect_grep "passthrough: a line that is not JSON is kept raw" out '^\{"raw":"not json at all","claimcheck":\{"record":4,"findings":\[\],"error":"malformed JSON'
    expect_grep "passthrough: an old claimcheck member is replaced in place" out '^\{"id":5,"text":"Exosomes regrow cartilage\.","claimcheck":\{"record":5,'
    "$bin" -j4 -i jsonl --passthrough <"$work/posts.jsonl" >"$work/out" 2>/dev/null
    expect_lines "passthrough -j4: one object per input line" out 5000
    if awk '{ n = NR } NR % 1000 != 7 && index($0, "{\"id\":" NR ",") != 1 { bad = 1 } END { exit bad || n != 5000 }' "$work/out"; then
        ok "passthrough -j4: in order with their ids"
    else
        not_ok "passthrough -j4: in order with their ids" "an object is out of place"
    fi
    run --passthrough "$fixtures/posts.jsonl"
    expect_rc "passthrough: files named .jsonl need no --input jsonl (the fixture has bad lines)" 2
    expect_grep "passthrough: a .jsonl file's objects pass through" out '^\{"id":.*"claimcheck":\{'
    run --passthrough "$fixtures/posts.jsonl" "$fixtures/posts.txt"
    expect_rc "passthrough: a file not named .jsonl still needs --input jsonl" 2
    expect_grep "passthrough: a file not named .jsonl: the usage error says so" err \
        'passthrough needs --input jsonl'
    expect_empty "passthrough: a file not named .jsonl: nothing is scanned" out
    run -i lines --passthrough "$fixtures/posts.txt"
    expect_rc "passthrough needs --input jsonl" 2
    expect_grep "passthrough says why" err 'passthrough needs --input jsonl'
    run -i jsonl -f text --passthrough "$fixtures/posts.jsonl"
    expect_rc "passthrough with --format text is a usage error" 2

    # a 100 MB line: scanned with --max-record-bytes 0, refused (with the way out
    # named) under the default limit; long words keep the scan quick
    local huge=$work/line-100mb.txt
    awk 'BEGIN { s = "Mesenchymalstromalcellpreparations undergoingmulticentreevaluation throughout numerousinstitutions worldwide. "; while (n < 100000000) { printf "%s", s; n += length(s) }; printf "\nStem cells cure arthritis.\n" }' >"$huge"
    run -i lines -f jsonl --max-record-bytes 0 "$huge"
    expect_rc "100 MB line: scanned with no limit" 1
    expect_lines "100 MB line: one record each" out 2
    expect_grep "100 MB line: all of it was read" out '^\{"path":"[^"]*","record":1,"findings":\[\],"profile":\{"bytes":100000010,'
    run -j2 -i lines -f jsonl "$huge"
    expect_rc "100 MB line: over the default limit exits 2" 2
    expect_grep "100 MB line: refused with a clear message" err 'line-100mb\.txt:1: error: line is longer than the limit of 67108864 bytes \(--max-record-bytes; 0 for no limit\)'
    expect_grep "100 MB line: the next line is still read" out '^\{"path":"[^"]*","record":2,"findings":\[\{'
    rm -f "$huge"

    # output is flushed per record when the input is a pipe: the first answer comes
    # before the input ends
    mkfifo "$work/feed"
    # The output file exists before the command starts: the child opens its redirections
    # only once a writer has opened the FIFO, so the file could be missing when the loop
    # first looks, and `wc` then gave nothing and ended the wait at once.
    : >"$work/flushed"
    "$bin" -i lines -f jsonl >"$work/flushed" <"$work/feed" 2>/dev/null &
    pid=$!
    exec 3>"$work/feed"
    printf 'Stem cells cure arthritis.\n' >&3
    # up to 30 s: an ASan build on a loaded machine can take seconds just to start
    local waited=0
    while [ "$waited" -lt 300 ] && ! grep -q . "$work/flushed"; do
        sleep 0.1
        waited=$((waited + 1))
    done
    cp "$work/flushed" "$work/out"
    expect_lines "interactive input: a record is answered before the input ends" out 1
    exec 3>&-
    wait "$pid"

    # the progress bar: never in a pipe, a file or CI; shown on a terminal after 0.5 s
    slow_run() { # ENV... -- ARGS...: a stream that lasts about a second
        local envs=()
        while [ "$1" != -- ]; do envs+=("$1"); shift; done
        shift
        rm -f "$work/slow"
        mkfifo "$work/slow"
        env "${envs[@]}" "$bin" -i lines -f jsonl "$@" <"$work/slow" >"$work/out" 2>"$work/err" &
        local p=$!
        { printf 'Stem cells cure arthritis.\n'; sleep 1; printf 'PRP heals tendons.\n'; sleep 0.3; } >"$work/slow"
        wait "$p"
        rc=$?
    }
    slow_run -u CLAIMCHECK_PROGRESS_TTY -u CI -- -j1
    expect_no_grep "progress: never into a file or pipe" err 'claimcheck: |'$'\r'
    slow_run -u CI TERM=xterm CLAIMCHECK_PROGRESS_TTY=1 -- -j1
    expect_grep "progress: shown on a terminal after half a second (-j1)" err $'\r''.*claimcheck: [12] records?, [0-9.]+ MB/s, [12] findings?'
    slow_run -u CI TERM=xterm CLAIMCHECK_PROGRESS_TTY=1 -- -j2
    expect_grep "progress: shown on a terminal after half a second (-j2)" err 'claimcheck: [12] records?, [0-9.]+ MB/s'
    expect_grep "progress: erased at the end" err $'\r'$'\033''\[K$'
    slow_run CI=true CLAIMCHECK_PROGRESS_TTY=1 -- -j2
    expect_no_grep "progress: never when CI is set" err 'claimcheck: '
    slow_run -u CI CLAIMCHECK_PROGRESS_TTY=1 -- -j2 --no-progress
    expect_no_grep "progress: never with --no-progress" err 'claimcheck: '
    slow_run -u CI TERM=dumb CLAIMCHECK_PROGRESS_TTY=1 -- -j2
    expect_no_grep "progress: never when TERM is dumb" err 'claimcheck: '
    # a folder walk held up by a slow JSON Lines pipe: files done out of those found
    rm -f "$work/slow.jsonl"
    mkfifo "$work/slow.jsonl"
    env -u CI TERM=xterm CLAIMCHECK_PROGRESS_TTY=1 "$bin" -j2 --fail-on never "$corpus" "$work/slow.jsonl" \
        >/dev/null 2>"$work/err" &
    pid=$!
    # hold the pipe open long enough for a walk slowed by ASan or a loaded machine
    # to reach the pipe, and for the bar to be drawn after that (it was 1 s: flaky)
    { printf '{"text":"Stem cells cure arthritis."}\n'; sleep 3; } >"$work/slow.jsonl"
    wait "$pid"
    expect_grep "progress: files done out of those found so far" err 'claimcheck: 24[0-9]/244\+ files, 1?[0-9] records, [0-9.]+ MB/s, [0-9]+ findings'
    # at -j1 the walk finds files only as fast as they are done: after the pipe, with a
    # folder still to walk, the bar says how many are done, not "244/244+"
    rm -f "$work/slow.jsonl"
    mkfifo "$work/slow.jsonl"
    env -u CI TERM=xterm CLAIMCHECK_PROGRESS_TTY=1 "$bin" -j1 --fail-on never "$corpus" \
        "$work/slow.jsonl" "$fixtures/walk" >/dev/null 2>"$work/err" &
    pid=$!
    { printf '{"text":"Stem cells cure arthritis."}\n'; sleep 1; } >"$work/slow.jsonl"
    wait "$pid"
    expect_grep "progress: -j1 counts the files done" err 'claimcheck: 24[0-9] files, [0-9]+ records, [0-9.]+ MB/s'
    expect_no_grep "progress: -j1 never shows N/N+" err 'claimcheck: ([0-9]+)/\1\+ files'
    if command -v script >/dev/null 2>&1; then
        # a real terminal: script(1) gives claimcheck a pty for stderr
        env -u CI -u CLAIMCHECK_PROGRESS_TTY TERM=xterm script -qec \
            "{ printf 'Stem cells cure arthritis.\\n'; sleep 1; printf 'PRP heals.\\n'; } | '$bin' -i lines -f jsonl >/dev/null" \
            /dev/null >"$work/err" 2>&1
        expect_grep "progress: shown on a real terminal (script)" err 'claimcheck: 1 record, [0-9.]+ MB/s, 1 finding'
    else
        printf 'skip progress on a real terminal: script(1) is not installed\n'
    fi

    # GNU parallel: split, scanned in separate processes, joined in order, the same
    # records as a single run (record numbers restart in each block)
    if command -v parallel >/dev/null 2>&1; then
        "$bin" -i jsonl -f jsonl <"$work/posts.jsonl" 2>/dev/null | sed 's/"record":[0-9]*,//' >"$work/single"
        parallel --will-cite --pipe -k -N 1000 "$bin" -i jsonl -f jsonl <"$work/posts.jsonl" 2>/dev/null \
            | sed 's/"record":[0-9]*,//' >"$work/split"
        same "parallel --pipe -k -N 1000: the same records in the same order" "$work/single" "$work/split"
        cp "$work/split" "$work/out"
        expect_lines "parallel: one record per input line" out 5000
    else
        printf 'skip GNU parallel: not installed (Debian package parallel)\n'
    fi

    # a reader that goes away, with threads
    ("$bin" -j4 -i lines -f jsonl "$work/posts.txt" 2>"$work/err"; echo $? >"$work/rc") | head -c1 >/dev/null
    expect_empty "-j4: a closed pipe ends quietly" err
    rc=$(cat "$work/rc")
    expect_rc "-j4: a closed pipe keeps the status" 1
}

# Each line of tests/cli/cases: NAME STATUS ARGS... (ARGS are shell words, run from
# the source folder with stdin from /dev/null). The output must equal
# tests/cli/expected/NAME.out byte for byte.
expected() {
    local name status args want
    cd "$src" || exit 2
    while read -r name status args; do
        case $name in '' | '#'*) continue ;; esac
        want=$here/expected/$name.out
        eval "set -- $args"
        "$bin" "$@" >"$work/$name.out" 2>"$work/$name.err" </dev/null
        rc=$?
        if [ "$regenerate" = --regenerate ]; then
            cp "$work/$name.out" "$want"
            printf 'wrote %s (exit %d): review it before committing\n' "$want" "$rc"
            continue
        fi
        cp "$work/$name.out" "$work/out"
        cp "$work/$name.err" "$work/err"
        if [ "$rc" -ne "$status" ]; then
            not_ok "$name" "exit status $rc, want $status"
        elif [ ! -f "$want" ]; then
            not_ok "$name" "no expected file $want"
        elif ! diff -u "$want" "$work/$name.out" >"$work/$name.diff"; then
            not_ok "$name" "output differs from expected/$name.out:"
            head -n 40 "$work/$name.diff"
        else
            ok "$name"
        fi
    done <"$here/cases"
}

case $mode in
contract) contract ;;
inputs) inputs ;;
expected) expected ;;
*) echo "run.sh: unknown mode '$mode'" >&2; exit 2 ;;
esac

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
