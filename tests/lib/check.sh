# check.sh - the checks shared by the shell test drivers (tests/cli/run.sh,
# tests/fuzz/hostile.sh). Source it after setting:
#   bin    the claimcheck binary
#   work   a scratch folder; each run leaves $work/out, $work/err and $rc
#   limit  (optional) seconds after which a run counts as a hang
# Each check prints "ok   NAME" or "FAIL NAME: why" (with the first lines of the last
# run's output) and counts into $passed and $failed; finish with check_totals.

passed=0
failed=0

ok() { passed=$((passed + 1)); printf 'ok   %s\n' "$1"; }
not_ok() {
    failed=$((failed + 1))
    printf 'FAIL %s: %s\n' "$1" "$2"
    for f in "$work/out" "$work/err"; do
        [ -s "$f" ] && { printf -- '--- %s (first lines)\n' "${f##*/}"; head -c 2000 "$f" | head -n 8 | cut -c1-300; }
    done
}

# run ARGS...: claimcheck with stdin from /dev/null (unless redirected by the caller's
# function), under `timeout $limit` when limit is set.
run() {
    ${limit:+timeout "$limit"} "$bin" "$@" >"$work/out" 2>"$work/err" </dev/null
    rc=$?
}
run_stdin() { # INPUT ARGS...
    local input=$1
    shift
    ${limit:+timeout "$limit"} "$bin" "$@" <"$input" >"$work/out" 2>"$work/err"
    rc=$?
}

expect_rc() { # NAME WANT
    if [ -n "${limit:-}" ] && [ "$rc" -eq 124 ]; then not_ok "$1" "timed out after ${limit}s (a hang)"
    elif [ "$rc" -eq "$2" ]; then ok "$1"
    else not_ok "$1" "exit status $rc, want $2"; fi
}
# expect_python NAME CODE: runs Python CODE with the last run's output file as
# sys.argv[1]; a failed assert or any error fails the check, with its last line.
expect_python() {
    if python3 -c "$2" "$work/out" 2>"$work/python-err"; then ok "$1"
    else not_ok "$1" "python: $(tail -n 1 "$work/python-err")"; fi
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
