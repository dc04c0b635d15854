#!/usr/bin/env bash
# run.sh - the report-format tests (ctest label "formats"), one mode per test:
#
#   run.sh schema     SOURCE BIN WORK CLI
#                                       the JSON document and JSON Lines records of real
#                                       scans against tests/json/claimcheck-1.schema.json,
#                                       checked by schema_check (C, a subset of 2020-12)
#   run.sh jsonschema SOURCE BIN WORK   the same with python3's jsonschema (skipped when
#                                       it is not importable)
#   run.sh sarif      SOURCE BIN WORK   SARIF of real scans through Microsoft's reference
#                                       validator (`Sarif.Multitool validate`, npm package
#                                       @microsoft/sarif-multitool, installed into BIN on
#                                       first use), and every region checked against the
#                                       file's text (python3); skipped only when the
#                                       validator cannot be installed or run
#   run.sh csp        SOURCE BIN WORK   the HTML report's Content-Security-Policy hashes match
#                                       its style and script (python3)
#   run.sh html       SOURCE BIN WORK   the HTML report of the corpus, a hostile draft and
#                                       stream records (and claimcheck's own report of
#                                       documents), loaded in headless Chromium
#                                       (Debian's package, installed when missing): no
#                                       console message, no script from the input ran,
#                                       the text and highlights match the findings
#                                       (check_html.py), and a screenshot is taken
#
# BIN is the folder holding report_sample and schema_check; WORK a scratch folder; CLI
# the claimcheck command. Each mode checks the library's printers (report_sample) and
# then the command's own output (`claimcheck --format ...`) on the bundled corpus,
# stream records, a Markdown and an HTML page and a file that cannot be read.
# Exit 77 means "skipped" (ctest's SKIP_RETURN_CODE), with the reason on stdout.
set -uo pipefail

mode=$1 source=$2 bin=$3 work=$4 cli=$5
schema=$source/tests/json/claimcheck-1.schema.json
mkdir -p "$work"
cd "$source" || exit 2

fail() {
    echo "FAIL: $*"
    exit 1
}

skip() {
    echo "SKIPPED: $*"
    exit 77
}

# The inputs every format is tried on: the whole corpus, stream records with ids, bad
# UTF-8, and a path that cannot be read.
corpus=(corpus/docs/*.txt tests/formats/fixtures/unicode-crlf.txt)
sample() {
    local format=$1 out=$2
    shift 2
    "$bin/report_sample" "$format" "$out" "$@" "${corpus[@]}" tests/formats/no-such-file.txt \
        --lines --jsonl-id tests/formats/fixtures/posts.txt ||
        fail "report_sample $format exited with $?"
}

# The same inputs through the command, one run per kind of input: FORMAT DIR writes
# DIR/docs.EXT (the corpus, a CRLF file, Markdown, HTML and an unreadable path),
# DIR/lines.EXT (--input lines from stdin) and DIR/jsonl.EXT (--input jsonl).
cli_docs=(corpus/docs tests/formats/fixtures/unicode-crlf.txt tests/unit/fixtures/prose/clinic.md
    tests/unit/fixtures/prose/clinic.html tests/formats/no-such-file.txt)
cli_sample() {
    local format=$1 dir=$2 rc
    mkdir -p "$dir"
    "$cli" -j3 -f "$format" "${cli_docs[@]}" > "$dir/docs.$format" 2> "$dir/docs.err"
    rc=$?
    [ "$rc" -eq 2 ] || fail "claimcheck -f $format on the corpus exited $rc, not 2: $(head -n 3 "$dir/docs.err")"
    "$cli" -f "$format" -i lines < tests/formats/fixtures/posts.txt > "$dir/lines.$format" 2> "$dir/lines.err"
    rc=$?
    [ "$rc" -eq 2 ] ||
        fail "claimcheck -f $format -i lines exited $rc, not 2 (invalid UTF-8): $(head -n 3 "$dir/lines.err")"
    "$cli" -f "$format" -i jsonl tests/cli/fixtures/posts.jsonl > "$dir/jsonl.$format" 2> "$dir/jsonl.err"
    rc=$?
    [ "$rc" -eq 2 ] || fail "claimcheck -f $format -i jsonl exited $rc, not 2 (a malformed line)"
}

case $mode in
schema)
    sample json "$work/run.json"
    "$bin/schema_check" "$schema" "$work/run.json" || fail "the JSON document breaks the schema"
    sample jsonl "$work/run.jsonl"
    "$bin/schema_check" "$schema" "$work/run.jsonl" --lines --def file ||
        fail "a JSON Lines record breaks the schema"
    # The checker itself must catch a broken document, or it proves nothing.
    sed -e 's/"severity":"warning"/"severity":"loud"/' "$work/run.json" > "$work/broken.json"
    if "$bin/schema_check" "$schema" "$work/broken.json" 2> "$work/broken.err"; then
        fail "schema_check accepted an unknown severity"
    fi
    grep -q 'is not one of the allowed values' "$work/broken.err" ||
        fail "schema_check did not say why: $(cat "$work/broken.err")"
    sed -e 's/"claims_per_1000_words":/"claims_per_k":/' "$work/run.json" > "$work/broken.json"
    if "$bin/schema_check" "$schema" "$work/broken.json" 2> /dev/null; then
        fail "schema_check accepted an undocumented member"
    fi
    cli_sample json "$work/cli"
    for f in docs lines jsonl; do
        "$bin/schema_check" "$schema" "$work/cli/$f.json" ||
            fail "claimcheck -f json ($f) breaks the schema"
    done
    cli_sample jsonl "$work/cli"
    "$bin/schema_check" "$schema" "$work/cli/docs.jsonl" --lines --def file ||
        fail "a JSON Lines record of claimcheck breaks the schema"
    echo "ok: $(grep -c '' "$work/run.jsonl") records valid; claimcheck's own JSON valid"
    ;;
jsonschema)
    command -v python3 > /dev/null || skip "python3 is not installed"
    python3 -c 'import jsonschema' 2> /dev/null ||
        skip "python3's jsonschema is not importable (Debian: python3-jsonschema)"
    sample json "$work/run.json"
    sample jsonl "$work/run.jsonl"
    cli_sample json "$work/cli"
    cli_sample jsonl "$work/cli"
    python3 - "$schema" "$work/run.json" "$work/run.jsonl" "$work/cli/docs.json" \
        "$work/cli/lines.json" "$work/cli/jsonl.json" "$work/cli/docs.jsonl" << 'EOF' || fail "jsonschema"
import json, sys
import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
errors = []
for document in [sys.argv[2]] + sys.argv[4:7]:
    errors += list(validator.iter_errors(json.load(open(document, encoding="utf-8"))))
file_schema = dict(schema["$defs"]["file"], **{"$defs": schema["$defs"]})
records = jsonschema.Draft202012Validator(file_schema)
for stream in (sys.argv[3], sys.argv[7]):
    lines = open(stream, encoding="utf-8").read().splitlines()
    for number, line in enumerate(lines, 1):
        for error in records.iter_errors(json.loads(line)):
            errors.append(error)
for error in errors:
    print("/".join(str(p) for p in error.absolute_path), error.message)
sys.exit(1 if errors else 0)
EOF
    echo "ok: valid under jsonschema $(python3 -c 'import importlib.metadata as m; print(m.version("jsonschema"))')"
    ;;
sarif)
    # The validator: npm 11 does not run the package's post-install step, which only
    # makes the bundled binary executable, so that is done here.
    cache=$bin/sarif-multitool
    find_validator() {
        find "$cache/node_modules" -path '*sarif-multitool-*' -name Sarif.Multitool -type f \
            2> /dev/null | head -n 1
    }
    exe=$(find_validator)
    if [ -z "$exe" ]; then
        command -v npm > /dev/null ||
            skip "npm is not installed, so the SARIF validator (@microsoft/sarif-multitool) cannot be"
        mkdir -p "$cache"
        npm install --prefix "$cache" --no-audit --no-fund --loglevel=error \
            @microsoft/sarif-multitool > "$work/npm.log" 2>&1 ||
            skip "npm could not install @microsoft/sarif-multitool: $(tail -n 3 "$work/npm.log")"
        exe=$(find_validator)
        [ -n "$exe" ] || skip "@microsoft/sarif-multitool has no Sarif.Multitool binary for this platform"
    fi
    chmod u+x "$exe"
    export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
    "$exe" --version > "$work/version.txt" 2>&1 ||
        skip "Sarif.Multitool does not run here: $(head -n 3 "$work/version.txt")"

    validate() { # FILE: the validator's console report, one line per problem, in FILE.log
        "$exe" validate "$1" --output "$1.validation.sarif" --log ForceOverwrite > "$1.log" 2>&1
        grep -E '^Analysis completed successfully' "$1.log" > /dev/null ||
            fail "the validator did not finish on $1: $(cat "$1.log")"
    }
    # SARIF2005 asks for informationUri, a web page about the tool; claimcheck has
    # none to point at, so that warning is expected. Anything else fails the test.
    sample sarif "$work/run.sarif"
    cli_sample sarif "$work/cli"
    for log in "$work/run.sarif" "$work/cli/docs.sarif" "$work/cli/lines.sarif" "$work/cli/jsonl.sarif"; do
        validate "$log"
        problems=$(grep -E ': (error|warning) [A-Z]+[0-9]+:' "$log.log" | grep -v ' SARIF2005:')
        [ -z "$problems" ] || fail "the validator objects to the SARIF in $log:"$'\n'"$problems"
    done
    # The validator must catch a broken log, or it proves nothing.
    sed -e 's/"startColumn":[0-9]*/"startColumn":0/' "$work/run.sarif" > "$work/broken.sarif"
    validate "$work/broken.sarif"
    grep -q ': error JSON1008: .*startColumn' "$work/broken.sarif.log" ||
        fail "the validator accepted startColumn 0: $(cat "$work/broken.sarif.log")"

    if ! command -v python3 > /dev/null; then
        echo "ok: valid SARIF (region check skipped: no python3)"
        exit 0
    fi
    python3 - "$work/run.sarif" "$work/cli/docs.sarif" << 'EOF' || fail "regions do not match the files' text"
# Every region must select its snippet in the file: by line and column (code points),
# by charOffset/charLength (code points) and by byteOffset/byteLength.
import json, sys, urllib.parse

problems, checked = [], 0

def check(uri, region, what):
    global checked
    data = open(urllib.parse.unquote(uri), "rb").read()
    text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    snippet = region.get("snippet", {}).get("text")
    start = sum(len(l) + 1 for l in lines[: region["startLine"] - 1]) + region["startColumn"] - 1
    end = sum(len(l) + 1 for l in lines[: region["endLine"] - 1]) + region["endColumn"] - 1
    if "charOffset" in region:
        if (region["charOffset"], region["charOffset"] + region["charLength"]) != (start, end):
            problems.append(f"{what}: lines/columns and charOffset/charLength disagree")
        raw = data[region["byteOffset"] : region["byteOffset"] + region["byteLength"]]
        if snippet is not None and raw.decode("utf-8", "replace") != snippet:
            problems.append(f"{what}: bytes {raw!r} are not the snippet {snippet!r}")
    if snippet is not None and text[start:end] != snippet:
        problems.append(f"{what}: the region selects {text[start:end]!r}, not {snippet!r}")
    checked += 1

for name in sys.argv[1:]:
    run = json.load(open(name, encoding="utf-8"))["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    for i, result in enumerate(run["results"]):
        what = f"{name}: results[{i}]"
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"], what
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        region = location["region"]
        if "startColumn" not in region:
            continue  # a JSON Lines record: only its line
        check(uri, region, what)
        check(uri, location["contextRegion"], what + " context")
        for fix in result.get("fixes", []):
            deleted = fix["artifactChanges"][0]["replacements"][0]["deletedRegion"]
            context = dict(location["contextRegion"])
            context.pop("snippet", None)
            if deleted != context:
                problems.append(f"{what}: the fix does not replace the sentence")
for p in problems:
    print(p)
print(f"{checked} regions checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
EOF
    echo "ok: valid SARIF ($("$exe" --version 2>&1 | head -n 1))"
    ;;
csp)
    # The page's Content-Security-Policy pins its style and script by SHA-256; a hash
    # that does not match would leave the page unstyled and inert in a browser.
    command -v python3 > /dev/null || skip "python3 is needed to hash the page's style and script"
    "$bin/report_sample" html "$work/report.html" corpus/docs/news_story.txt ||
        fail "report_sample html exited with $?"
    python3 - "$work/report.html" << 'EOF' || fail "the CSP hashes"
import base64, hashlib, re, sys

page = open(sys.argv[1], encoding="utf-8").read()
policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
problems = []
for tag, directive in (("style", "style-src"), ("script", "script-src")):
    bodies = re.findall(rf"<{tag}>(.*?)</{tag}>", page, re.S)
    if len(bodies) != 1:
        problems.append(f"{len(bodies)} <{tag}> elements")
        continue
    digest = base64.b64encode(hashlib.sha256(bodies[0].encode("utf-8")).digest()).decode()
    want = f"{directive} 'sha256-{digest}'"
    if want not in policy:
        problems.append(f"the policy has no {want}: {policy}")
if "default-src 'none'" not in policy:
    problems.append("the policy does not start from default-src 'none'")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
EOF
    echo "ok: style and script hashes match the policy"
    ;;
html)
    # Debian's chromium, installed here when it is missing and we may (root, or sudo
    # without a password); the test is skipped only when it cannot be had.
    browser=$(command -v chromium || command -v chromium-browser || true)
    if [ -z "$browser" ] && command -v apt-get > /dev/null; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
        if [ -z "$sudo" ] || sudo -n true 2> /dev/null; then
            echo "installing Debian's chromium for the HTML report test"
            { $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium ||
                { $sudo apt-get update &&
                    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }; } \
                > "$work/apt.log" 2>&1
            browser=$(command -v chromium || true)
        fi
    fi
    [ -n "$browser" ] ||
        skip "chromium is not installed and could not be installed (Debian: apt-get install chromium)"
    command -v python3 > /dev/null || skip "python3 is needed to read the page's DOM"

    # The corpus, a hostile draft (script and attribute injection, bad UTF-8, a bidi
    # override) under a hostile title, a CRLF/emoji file and stream records.
    title="Report </title><script>document.title='PWNED'</script> & \"draft\""
    inputs=(corpus/docs/overhyped_clinic.txt corpus/docs/news_story.txt
        tests/formats/fixtures/hostile-draft.txt tests/formats/fixtures/unicode-crlf.txt
        --lines tests/formats/fixtures/posts.txt)
    "$bin/report_sample" html "$work/report.html" --title "$title" "${inputs[@]}" ||
        fail "report_sample html exited with $?"
    "$bin/report_sample" jsonl "$work/report.jsonl" "${inputs[@]}" ||
        fail "report_sample jsonl exited with $?"
    chromium_run() {
        rm -rf "$work/profile"
        timeout 120 "$browser" --headless --no-sandbox --disable-gpu \
            --disable-background-networking --disable-component-update --disable-sync \
            --no-first-run --no-default-browser-check --user-data-dir="$work/profile" \
            --enable-logging=stderr --v=0 --virtual-time-budget=3000 "$@" \
            "file://$work/report.html"
    }
    chromium_run --dump-dom > "$work/dom.html" 2> "$work/chromium.log" ||
        fail "chromium could not load the report: $(tail -n 5 "$work/chromium.log")"
    python3 "$source/tests/formats/check_html.py" "$work/dom.html" "$work/report.jsonl" \
        "$title" "$work/chromium.log" || fail "the report in Chromium"
    # The command's own page: documents (text, hostile, CRLF, Markdown, HTML) in one run.
    cli_inputs=(corpus/docs/overhyped_clinic.txt tests/formats/fixtures/hostile-draft.txt
        tests/formats/fixtures/unicode-crlf.txt tests/unit/fixtures/prose/clinic.md
        tests/unit/fixtures/prose/clinic.html)
    cp "$work/report.html" "$work/library.html"
    "$cli" -j2 -f html --title "$title" "${cli_inputs[@]}" > "$work/report.html" 2> "$work/cli.err"
    [ $? -le 2 ] || fail "claimcheck -f html failed: $(head -n 3 "$work/cli.err")"
    "$cli" -j2 -f jsonl "${cli_inputs[@]}" > "$work/report.jsonl" 2> /dev/null
    chromium_run --dump-dom > "$work/dom.html" 2> "$work/chromium.log" ||
        fail "chromium could not load claimcheck's report: $(tail -n 5 "$work/chromium.log")"
    python3 "$source/tests/formats/check_html.py" "$work/dom.html" "$work/report.jsonl" \
        "$title" "$work/chromium.log" || fail "claimcheck's report in Chromium"
    chromium_run --hide-scrollbars --window-size=1400,1000 --screenshot="$work/report.png" \
        > /dev/null 2> "$work/screenshot.log" ||
        fail "chromium could not take a screenshot: $(tail -n 5 "$work/screenshot.log")"
    [ "$(head -c 8 "$work/report.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
        fail "the screenshot is not a PNG"
    echo "ok: the report renders in $("$browser" --version 2> /dev/null | head -n 1)"
    ;;
*)
    echo "run.sh: unknown mode $mode"
    exit 2
    ;;
esac
