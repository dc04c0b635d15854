#!/usr/bin/env bash
# hostile.sh - hostile inputs through the real claimcheck command: every kind of
# invalid UTF-8, NUL bytes, a 100 MB line, 10 million empty lines, a million
# repetitions of a lexicon phrase, a catastrophically backtracking lexicon regex, a
# lexicon of 100,000 entries, a reader that goes away, 100,000 JSON lines with a few
# hundred corrupted, deeply nested JSON, HTML and Markdown, and files that vanish
# during a folder scan. It never crashes, hangs or loses a record.
#
#   hostile.sh BINARY WORK_DIR [SCALE]
#
# SCALE (default 1) divides the size of the three biggest inputs, for the slower
# sanitizer and valgrind builds. Inputs are made here, never committed. Every run of
# the binary is wrapped in `timeout`, so a hang is a failure, not a stalled suite.
set -uo pipefail

bin=${1:?binary}
work=${2:?work dir}
scale=${3:-1}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
rm -rf "$work"
mkdir -p "$work"
export NO_COLOR=1 LC_ALL=C
# A run slower than this is a hang (the sanitizer builds are several times slower).
limit=${CCK_HOSTILE_TIMEOUT:-300}

# shellcheck source=../lib/check.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/check.sh"

# ---- every kind of invalid UTF-8 -------------------------------------------------
# Each file has the bad bytes at line 2, column 6, byte offset 29; each is reported
# there, the run goes on to the next file, and the exit status is 2.
invalid_utf8() {
    local dir=$work/utf8 name bytes files=()
    mkdir -p "$dir"
    while read -r name bytes; do
        printf "Stem cells are studied.\nWord $bytes here.\n" >"$dir/$name.txt"
        files+=("$dir/$name.txt")
    done <<'EOF'
overlong-2-byte         \300\257
overlong-nul            \300\200
overlong-3-byte         \340\200\257
overlong-4-byte         \360\200\200\257
surrogate-high          \355\240\200
surrogate-low           \355\277\277
truncated-3-byte        \342\202
truncated-4-byte        \360\237\230
stray-continuation      \200
stray-continuations     \277\277\277
above-10ffff            \364\220\200\200
lead-f5                 \365\200\200\200
five-byte-form          \370\210\200\200\200
byte-fe                 \376
byte-ff                 \377
EOF
    printf 'Stem cells are studied.\nWord \342\202' >"$dir/truncated-at-end.txt"
    files+=("$dir/truncated-at-end.txt")
    printf 'Stem cells are studied in trials.\n' >"$dir/zz-clean.txt"
    files+=("$dir/zz-clean.txt")

    run "${files[@]}"
    expect_rc "invalid UTF-8: exit 2" 2
    local f base missing=""
    for f in "${files[@]}"; do
        base=${f##*/}
        [ "$base" = zz-clean.txt ] && continue
        grep -Eq "^$f:2:6: error: invalid UTF-8 \([0-9]+ bytes? starting 0x[0-9A-F]{2}\) at byte offset 29; read as U\+FFFD$" \
            "$work/err" || missing="$missing $base"
    done
    if [ -z "$missing" ]; then ok "invalid UTF-8: every kind named at line 2, column 6, byte 29"
    else not_ok "invalid UTF-8: every kind named at line 2, column 6, byte 29" "not found for:$missing"; fi
    expect_grep "invalid UTF-8: the run goes on to every file" err "^${#files[@]} files, "

    run -f jsonl --fail-on never "${files[@]}"
    expect_lines "invalid UTF-8: one JSON record per file" out "${#files[@]}"
    local with_diag
    with_diag=$(grep -c '"diagnostics":\[{"severity":"error","line":2,"column":6,"byte_offset":29,' "$work/out")
    if [ "$with_diag" -eq $((${#files[@]} - 1)) ]; then ok "invalid UTF-8: offsets in the JSON diagnostics"
    else not_ok "invalid UTF-8: offsets in the JSON diagnostics" "$with_diag of $((${#files[@]} - 1)) records"; fi
}

# ---- NUL bytes --------------------------------------------------------------------
nul_bytes() {
    printf 'Stem cells\000 cure arthritis.\n' >"$work/nul.txt"
    run "$work/nul.txt"
    expect_rc "NUL in a named file: exit 2" 2
    expect_grep "NUL in a named file: binary, with its offset" err 'nul\.txt: error: binary file \(NUL byte at offset 10\)'

    printf 'first line\nStem\000cells\000\000cure\nthird\n' >"$work/nul-lines.txt"
    run -i lines -f jsonl --fail-on never "$work/nul-lines.txt"
    expect_rc "NUL in a line record: exit 2" 2
    expect_lines "NUL in a line record: one record per line" out 3
    expect_grep "NUL in a line record: named with its offset" err 'nul-lines\.txt:2:5: error: NUL byte at byte offset 4'

    printf '{"id":1,"text":"Stem\\u0000cells cure"}\n{"id":2,"text":"ok"}\n' >"$work/nul.jsonl"
    run -f jsonl --fail-on never "$work/nul.jsonl"
    expect_rc "NUL in a JSON string: exit 2" 2
    expect_lines "NUL in a JSON string: one record per line" out 2
    expect_grep "NUL in a JSON string: a diagnostic" out '^\{"path":"[^"]*","record":1,"id":1,.*"diagnostics":\[\{"severity":"error","line":1,"column":5,"byte_offset":4,"message":"NUL byte'
}

# ---- a 100 MB line ----------------------------------------------------------------
huge_line() {
    local bytes=$((104857600 / scale)) big=$work/line.txt
    yes 'Stem cells are being studied in trials. ' | tr -d '\n' | head -c "$bytes" >"$big"
    printf '\n' >>"$big"
    run -i lines -f jsonl --fail-on never --max-record-bytes 0 "$big"
    rm -f "$big"
    expect_rc "a $((bytes >> 20)) MB line: scanned, exit 0" 0
    expect_lines "a $((bytes >> 20)) MB line: one record" out 1
    expect_grep "a $((bytes >> 20)) MB line: all of it profiled" out "\"profile\":\\{\"bytes\":$bytes,"
}

# ---- 10 million empty lines ---------------------------------------------------------
empty_lines() {
    local lines=$((10000000 / scale)) count=-1 status
    rm -f "$work/count"
    head -c "$lines" /dev/zero | tr '\0' '\n' |
        timeout "$limit" "$bin" -i lines -f jsonl 2>"$work/err" |
        tee >(wc -l >"$work/count") | tail -n 1 >"$work/last"
    status=${PIPESTATUS[2]}
    for _ in $(seq 100); do # the counter is a process substitution: wait for it
        [ -s "$work/count" ] && break
        sleep 0.1
    done
    [ -s "$work/count" ] && count=$(tr -d ' ' <"$work/count")
    rc=$status
    expect_rc "$lines empty lines: exit 0" 0
    if [ "$count" -eq "$lines" ]; then ok "$lines empty lines: exactly $lines records out"
    else not_ok "$lines empty lines: exactly $lines records out" "got $count"; fi
    if grep -q "^{\"record\":$lines,\"findings\":\[\]," "$work/last"; then ok "$lines empty lines: the last record is number $lines"
    else not_ok "$lines empty lines: the last record is number $lines" "last line: $(head -c 100 "$work/last")"; fi
}

# ---- a million repetitions of a lexicon phrase ----------------------------------------
repetitions() {
    local n=$((1000000 / scale)) file=$work/repeat.txt
    yes 'Stem cells cure arthritis.' | head -n "$n" | tr '\n' ' ' >"$file"
    run -q "$file"
    expect_rc "$n repetitions of a claim in one record: exit 1" 1
    expect_lines "$n repetitions of a claim in one record: one finding each" out "$n"
    # The same phrase a million times in ONE sentence, and a 10 MB "sentence" with no
    # space after its periods: the analysis compares a sentence's cues pairwise, so the
    # scanner cuts any sentence longer than 400 tokens (before that, these took minutes).
    { printf 'Stem cells '; yes cure | head -n "$n" | tr '\n' ' '; printf 'arthritis.\n'; } >"$file"
    run -q "$file"
    expect_rc "$n repetitions of a claim in one sentence: exit 1" 1
    yes 'Stem cells are being studied in trials.' | tr -d '\n' | head -c $((10000000 / scale)) >"$file"
    run -q "$file"
    expect_rc "a $((10000000 / scale))-byte sentence: exit 0" 0
    rm -f "$file"
}

# ---- a regex that backtracks catastrophically -------------------------------------------
backtracking() {
    local lexicons=$work/evil-lexicons
    mkdir -p "$lexicons"
    printf 'evidence 3 /(a+)+$/\n' >"$lexicons/evil.lex"
    { printf 'Stem cells cure arthritis. '; head -c 50000 /dev/zero | tr '\0' a; printf 'b\n'; } >"$work/evil.txt"
    local start=$SECONDS
    run --lexicons "$lexicons" "$work/evil.txt"
    expect_rc "catastrophic regex: a clear error, exit 2" 2
    expect_grep "catastrophic regex: the limit is named" err 'evil\.txt: error: a size or regular-expression limit was reached'
    expect_grep "catastrophic regex: the findings are kept" out 'evil\.txt:1:12: error: cure claim'
    if [ $((SECONDS - start)) -le 30 ]; then ok "catastrophic regex: bounded in time"
    else not_ok "catastrophic regex: bounded in time" "took $((SECONDS - start)) s"; fi

    # The same in 200 line records: each one stops at the limit, none is lost.
    local line
    line="Stem cells cure arthritis. $(head -c 2000 /dev/zero | tr '\0' a)b"
    yes "$line" | head -n 200 >"$work/evil-lines.txt"
    run -i lines -f jsonl --lexicons "$lexicons" "$work/evil-lines.txt"
    expect_rc "catastrophic regex in 200 records: exit 2" 2
    expect_lines "catastrophic regex in 200 records: 200 records" out 200
    local limited
    limited=$(grep -c '"error":"a size or regular-expression limit was reached' "$work/out")
    if [ "$limited" -eq 200 ]; then ok "catastrophic regex in 200 records: each one says so"
    else not_ok "catastrophic regex in 200 records: each one says so" "$limited of 200"; fi
}

# ---- a lexicon of 100,000 entries -------------------------------------------------------
big_lexicon() {
    local lexicons=$work/big-lexicons
    mkdir -p "$lexicons"
    awk 'BEGIN { for (i = 0; i < 100000; i++)
                     printf "claim/cure 5 zq%dx heals%s\n", i, (i % 2 ? "" : " => may help") }' \
        >"$lexicons/big.lex"
    printf 'Stem cells zq99999x heals arthritis.\nStem cells zq5x heals it.\n' >"$work/big-lex.txt"
    run --lexicons "$lexicons" -q "$work/big-lex.txt"
    expect_rc "100,000-entry lexicon: loads and finds, exit 1" 1
    expect_grep "100,000-entry lexicon: the last entry matches" out 'big-lex\.txt:1:12: error: cure claim "zq99999x heals"'
    run --check-lexicons "$lexicons/big.lex"
    expect_rc "100,000-entry lexicon: checks clean" 0
}

# ---- a reader that goes away ---------------------------------------------------------------
# Documented behaviour: a closed stdout ends the run quietly (nothing on stderr, no
# "Broken pipe"), and the exit status is the one earned so far (here 1: findings).
closed_pipe() {
    yes 'Stem cells cure arthritis.' | head -n 100000 >"$work/many.txt"
    local status
    timeout "$limit" "$bin" "$work/many.txt" 2>"$work/err" | head -1 >/dev/null
    status=${PIPESTATUS[0]}
    expect_empty "| head -1: nothing on stderr" err
    rc=$status
    expect_rc "| head -1: exit status 1 (findings so far)" 1
    timeout "$limit" "$bin" -i lines -f jsonl "$work/many.txt" 2>"$work/err" | head -1 >/dev/null
    status=${PIPESTATUS[0]}
    expect_empty "| head -1 on JSON Lines: nothing on stderr" err
    rc=$status
    expect_rc "| head -1 on JSON Lines: exit status 1" 1
}

# ---- 100,000 JSON lines, a few hundred corrupted -------------------------------------------
# Corruptions: the line cut short, a raw control byte inserted, an invalid UTF-8 byte
# inserted, each at a random place (fixed seed). The output must have one object per
# line, in order, with the same id, and an error exactly on the corrupted lines: a
# malformed line has no id; an invalid byte inside a string is read as U+FFFD, and
# the record is scanned with a diagnostic that says so.
corrupted_jsonl() {
    local input=$work/posts.jsonl bad=$work/corrupted.txt
    awk 'BEGIN {
        srand(20240607)
        while (count < 300) {
            n = int(rand() * 100000) + 1
            if (!(n in bad)) { bad[n] = 1; count++ }
        }
        for (n in bad) print n
    }' | sort -n >"$bad"
    awk -v badfile="$bad" 'BEGIN {
        srand(7)
        while ((getline n < badfile) > 0) bad[n] = 1
        split("Stem cells cure arthritis with no side effects.|A small trial (n = 40) suggests PRP may ease knee pain.|The weather was nice today.|Exosomes are FDA approved and 100% safe!|Early studies in mice hint at cartilage repair.", text, "|")
        for (i = 1; i <= 100000; i++) {
            if (i % 7 == 0) line = sprintf("{\"id_str\":\"p%d\",\"text\":\"%s\"}", i, text[i % 5 + 1])
            else line = sprintf("{\"id\":%d,\"text\":\"%s\"}", i * 3 + 1, text[i % 5 + 1])
            if (i in bad) {
                kind = i % 3
                at = int(rand() * (length(line) - 1)) + 1
                if (kind == 0) line = substr(line, 1, at)
                else if (kind == 1) line = substr(line, 1, at) "\001" substr(line, at + 1)
                else line = substr(line, 1, at) "\377" substr(line, at + 1)
            }
            print line
        }
    }' >"$input"
    run_stdin "$input" -i jsonl -f jsonl --fail-on never
    expect_rc "100,000 JSON lines with 300 corrupted: exit 2" 2
    expect_lines "100,000 JSON lines: exactly one object per line" out 100000
    local report
    report=$(awk -v badfile="$bad" '
        BEGIN { while ((getline n < badfile) > 0) bad[n] = 1 }
        {
            if (index($0, "{\"record\":" NR ",") != 1) { order++; next }
            is_error = index($0, ",\"error\":\"malformed JSON") > 0
            repaired = index($0, "\"message\":\"invalid UTF-8 in the JSON line") > 0
            if (NR in bad) {
                # a bad byte inside a string is read as U+FFFD and the record scanned,
                # unless it was in a key ("te\377xt"): then the error says it was there
                if (!(is_error && index($0, "\"id\":") == 0) && !(repaired && !is_error) &&
                    index($0, "(the line has invalid UTF-8 from column ") == 0) wrong_bad++
                next
            }
            if (repaired) wrong_good++
            if (is_error) wrong_good++
            if (NR % 7 == 0) want = "\"id\":\"p" NR "\","
            else want = "\"id\":" (NR * 3 + 1) ","
            if (index($0, "{\"record\":" NR "," want) != 1) wrong_id++
        }
        END { printf "%d %d %d %d", order, wrong_bad, wrong_good, wrong_id }' "$work/out")
    if [ "$report" = "0 0 0 0" ]; then ok "100,000 JSON lines: in order, same ids, errors exactly on the 300 corrupted"
    else not_ok "100,000 JSON lines: in order, same ids, errors exactly on the 300 corrupted" \
        "out of order, wrong corrupted, wrong clean, wrong ids: $report"; fi
    local errors
    # (a field missing because the bad byte was in its key has no column of its own)
    errors=$(grep -cE '^<stdin>:[0-9]+:[0-9]+: error: (malformed JSON|invalid UTF-8 in the JSON line)|^<stdin>:[0-9]+: error: .*\(the line has invalid UTF-8 from column [0-9]+, read as U\+FFFD\)$' "$work/err")
    if [ "$errors" -eq 300 ]; then ok "100,000 JSON lines: 300 errors on stderr with line and column"
    else not_ok "100,000 JSON lines: 300 errors on stderr with line and column" "got $errors"; fi
}

# ---- deeply nested JSON ------------------------------------------------------------------
nested_json() {
    { head -c 1000000 /dev/zero | tr '\0' '['; printf '\n{"id":2,"text":"ok"}\n'; } >"$work/nested.jsonl"
    run -f jsonl --fail-on never "$work/nested.jsonl"
    expect_rc "1,000,000 nested arrays in a JSON line: exit 2" 2
    expect_lines "1,000,000 nested arrays: one record per line" out 2
    expect_grep "1,000,000 nested arrays: an error record" out '^\{"path":"[^"]*","record":1,"findings":\[\],"error":"'
}

# ---- deeply nested HTML and Markdown ---------------------------------------------------
# 10,000 nested <div>s are read; past the front end's depth limit (15,000) HTML is
# refused with a clear error; Markdown nests without a limit and without recursion.
nested_markup() {
    local deep=$work/deep
    { printf '<html><body>'; yes '<div>' | head -n 10000 | tr -d '\n'; printf 'Stem cells cure arthritis.'; } >"$deep.html"
    run -q "$deep.html"
    expect_rc "10,000 nested <div>: read, exit 1" 1
    expect_grep "10,000 nested <div>: the claim is found" out 'deep\.html:1:[0-9]+: error: cure claim'
    { yes '<b><i>' | head -n 100000 | tr -d '\n'; printf 'Stem cells cure arthritis.'; } >"$deep-inline.html"
    run -q "$deep-inline.html" "$deep.html"
    expect_rc "200,000 nested inline elements: exit 2" 2
    expect_grep "200,000 nested inline elements: refused clearly" err 'deep-inline\.html: error: HTML elements nested more than [0-9]+ deep'
    expect_grep "200,000 nested inline elements: the run goes on" out 'deep\.html:1:[0-9]+: error: cure claim'
    local kind
    for kind in quotes lists brackets emphasis; do
        case $kind in
        quotes) { yes '> ' | head -n 100000 | tr -d '\n'; printf 'Stem cells cure arthritis.\n'; } ;;
        lists) { yes -- '- ' | head -n 100000 | tr -d '\n'; printf 'Stem cells cure arthritis.\n'; } ;;
        brackets) { head -c 100000 /dev/zero | tr '\0' '['; printf 'Stem cells cure arthritis.'; head -c 100000 /dev/zero | tr '\0' ']'; } ;;
        emphasis) { head -c 100000 /dev/zero | tr '\0' '*'; printf 'Stem cells cure arthritis.'; head -c 100000 /dev/zero | tr '\0' '*'; } ;;
        esac >"$deep-$kind.md"
        run -q "$deep-$kind.md"
        expect_rc "100,000 nested Markdown $kind: read, exit 1" 1
    done
}

# ---- files that disappear during a folder scan ------------------------------------------
# 3,000 files are deleted while claimcheck walks their folder: it may see any number
# of them, but it must not crash or hang, every record it writes must be whole, and a
# file that vanished between the listing and the reading is an error (exit 2) that
# names it. Once with one thread and once with two: with -j 2 the vanished files
# become error messages that need no worker, the writer could get ahead of the
# workers in the queue's ring, and a worker then took a later item under an old
# number, so the run hung about 1 time in 10 (see test_input_queue_done_overtakes).
vanishing_files() {
    vanish_once 1
    vanish_once 2
}

vanish_once() { # JOBS
    local jobs=$1 dir=$work/vanishing i
    rm -rf "$dir"
    mkdir -p "$dir"
    for i in $(seq -w 1 3000); do
        printf 'Stem cells cure arthritis, file %s.\n' "$i" >"$dir/f$i.txt"
    done
    timeout "$limit" "$bin" -f jsonl -j "$jobs" --fail-on never "$dir" >"$work/out" 2>"$work/err" </dev/null &
    local pid=$!
    sleep 0.05
    find "$dir" -name '*.txt' -delete
    wait "$pid"
    rc=$?
    if [ "$rc" -le 2 ]; then ok "vanishing files (-j $jobs): no crash or hang (exit $rc)"
    else not_ok "vanishing files (-j $jobs): no crash or hang" "exit status $rc"; fi
    if grep -qv '^{"path":".*}$' "$work/out"; then not_ok "vanishing files (-j $jobs): every record whole" "a broken line"
    else ok "vanishing files (-j $jobs): every record whole ($(wc -l <"$work/out" | tr -d ' ') written)"; fi
    local gone
    gone=$(grep -c '"error":"' "$work/out")
    if [ "$gone" -gt 0 ]; then
        if [ "$rc" -eq 2 ] && grep -Eq '/vanishing/f[0-9]+\.txt: error: ' "$work/err"; then
            ok "vanishing files (-j $jobs): $gone vanished files named, exit 2"
        else
            not_ok "vanishing files (-j $jobs): vanished files named, exit 2" "exit $rc"
        fi
    else
        ok "vanishing files (-j $jobs): none vanished mid-read this time"
    fi
}

# CCK_HOSTILE_ONLY="name ..." runs only those groups (for debugging).
for group in invalid_utf8 nul_bytes huge_line empty_lines repetitions backtracking \
    big_lexicon closed_pipe corrupted_jsonl nested_json nested_markup vanishing_files; do
    case " ${CCK_HOSTILE_ONLY:-$group} " in *" $group "*) ;; *) continue ;; esac
    start=$SECONDS
    $group
    printf '     (%s: %d s)\n' "$group" $((SECONDS - start))
done

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
