#!/usr/bin/env bash
# run.sh - CLI tests: run the real claimcheck binary and check its contract (exit
# codes, one output record per input record, errors that name the place, broken
# pipes, untouched inputs) or compare its output with reviewed expected files.
#
#   run.sh contract BINARY SOURCE_DIR WORK_DIR
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

passed=0
failed=0

ok() { passed=$((passed + 1)); printf 'ok   %s\n' "$1"; }
not_ok() {
    failed=$((failed + 1))
    printf 'FAIL %s: %s\n' "$1" "$2"
    for f in "$work/out" "$work/err"; do
        [ -s "$f" ] && { printf -- '--- %s (first lines)\n' "${f##*/}"; head -n 8 "$f"; }
    done
}

# run ARGS...: runs claimcheck with stdin from /dev/null (unless redirected by the
# caller's function), keeping stdout, stderr and the status in $work/{out,err}, $rc.
run() {
    "$bin" "$@" >"$work/out" 2>"$work/err" </dev/null
    rc=$?
}
run_stdin() {
    local input=$1
    shift
    "$bin" "$@" <"$input" >"$work/out" 2>"$work/err"
    rc=$?
}

expect_rc() { # NAME WANT
    if [ "$rc" -eq "$2" ]; then ok "$1"; else not_ok "$1" "exit status $rc, want $2"; fi
}
expect_grep() { # NAME FILE REGEX
    if grep -Eq -- "$3" "$work/$2"; then ok "$1"; else not_ok "$1" "$2 has no match for /$3/"; fi
}
expect_no_grep() { # NAME FILE REGEX
    if grep -Eq -- "$3" "$work/$2"; then not_ok "$1" "$2 matches /$3/"; else ok "$1"; fi
}
expect_lines() { # NAME FILE COUNT
    local n
    n=$(wc -l <"$work/$2" | tr -d ' ')
    if [ "$n" -eq "$3" ]; then ok "$1"; else not_ok "$1" "$2 has $n lines, want $3"; fi
}
expect_empty() { # NAME FILE
    if [ -s "$work/$2" ]; then not_ok "$1" "$2 is not empty"; else ok "$1"; fi
}
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
    run -i markdown
    expect_rc "markdown input not yet supported" 2
    expect_grep "markdown says not supported" err 'not supported yet'
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
    expect_grep "the run goes on after a missing file" err '^1 file, no findings; 1 input problem$'
    run --lexicons "$fixtures/bad-lexicons" "$fixtures/clean.txt"
    expect_rc "a bad lexicon folder exits 2" 2
    expect_grep "a bad lexicon names file:line:col" err 'claims\.lex:2:1: error: '
    run --lexicons "$fixtures/extra-lexicons" "$fixtures/clean.txt"
    expect_rc "an extra lexicon folder loads" 0
    run --no-default-lexicons
    expect_rc "--no-default-lexicons alone is a usage error" 2

    # --check-lexicons
    run --check-lexicons "$fixtures/broken.lex"
    expect_rc "check-lexicons on a broken file exits 2" 2
    expect_grep "check-lexicons reports file:line:col" err 'broken\.lex:3:1: error: '
    expect_grep "check-lexicons reports every problem" err 'broken\.lex:5:[0-9]+: error: '
    run --check-lexicons "$src/lexicons"
    expect_rc "check-lexicons on the defaults exits 0" 0
    run --check-lexicons
    expect_rc "check-lexicons needs a path" 2

    # rules
    run --list-rules
    expect_rc "list-rules exits 0" 0
    expect_grep "list-rules lists prevention-claim" out '^prevention-claim '
    run --explain prevention-claim
    expect_rc "explain exits 0" 0
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

    # invalid UTF-8: named by place, the run goes on, exit 2
    printf 'Stem cells are studied.\nA bad \377 byte here.\n' >"$work/bad-utf8.txt"
    run -f jsonl "$work/bad-utf8.txt" "$fixtures/clean.txt"
    expect_rc "invalid UTF-8 exits 2" 2
    expect_grep "invalid UTF-8 named by line and column" err 'bad-utf8\.txt:2:7: error: '
    expect_lines "the run goes on after invalid UTF-8" out 2
    expect_grep "invalid UTF-8 listed in diagnostics" out '"diagnostics":\[\{"line":2,"column":7,"byte_offset":30'

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
expected) expected ;;
*) echo "run.sh: unknown mode '$mode'" >&2; exit 2 ;;
esac

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
