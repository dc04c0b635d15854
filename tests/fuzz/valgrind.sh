#!/usr/bin/env bash
# valgrind.sh - the unit tests, the fuzz replays and a CLI smoke run under valgrind
# (memcheck, full leak check): any memory error or leak fails. `make valgrind` runs it.
#
#   valgrind.sh BUILD_DIR SOURCE_DIR
set -uo pipefail

build=${1:?build dir}
src=${2:?source dir}
vg=(valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,possible)
export CCK_SOURCE_DIR=$src NO_COLOR=1 LC_ALL=C
failed=0
work=$build/valgrind-work
rm -rf "$work"
mkdir -p "$work"

check() { # NAME WANT_STATUS COMMAND... : runs COMMAND under valgrind
    local name=$1 want=$2
    shift 2
    "${vg[@]}" "$@" >"$work/out" 2>"$work/err" </dev/null
    local rc=$?
    if [ "$rc" -eq "$want" ]; then
        printf 'ok   %s\n' "$name"
    else
        failed=$((failed + 1))
        printf 'FAIL %s: exit status %d, want %d\n' "$name" "$rc" "$want"
        head -n 40 "$work/err"
    fi
}

# The unit tests (one cmocka program per module; the OOM test is left to the other
# builds: it repeats whole lexicon loads thousands of times).
for test in "$build"/tests/test_*; do
    [ -x "$test" ] && [ -f "$test" ] || continue
    check "unit ${test##*/}" 0 "$test"
done

# The fuzz targets on their committed seeds and crash reproducers.
for replay in "$build"/tests/fuzz/fuzz-replay-*; do
    [ -x "$replay" ] || continue
    target=${replay##*/fuzz-replay-}
    inputs=("$src/tests/fuzz/corpus/$target")
    [ -d "$src/tests/fuzz/crashes/$target" ] && inputs+=("$src/tests/fuzz/crashes/$target")
    check "fuzz replay $target" 0 "$replay" "${inputs[@]}"
done

# The command on real documents, streams and lexicons. --fail-on never: claimcheck's
# own status is then 0, and valgrind's 1 means a memory error or a leak.
bin=$build/claimcheck
printf '{"id":1,"text":"Stem cells cure arthritis."}\n{"id":"b","text":"PRP may help (n = 40)."}\n' \
    >"$work/posts.jsonl"
check "cli text on corpus/docs" 0 "$bin" --fail-on never "$src/corpus/docs"
check "cli jsonl on corpus/docs, 2 threads" 0 "$bin" --fail-on never -f jsonl -j 2 "$src/corpus/docs"
check "cli JSON Lines input" 0 "$bin" --fail-on never -f jsonl "$work/posts.jsonl"
check "cli lines input" 0 "$bin" --fail-on never -i lines "$src/corpus/sentences.tsv"
check "cli --check-lexicons" 0 "$bin" --check-lexicons "$src/lexicons"

if [ "$failed" -ne 0 ]; then
    printf 'valgrind: %d failed\n' "$failed"
    exit 1
fi
printf 'valgrind: all passed\n'
