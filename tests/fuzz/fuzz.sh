#!/usr/bin/env bash
# fuzz.sh - runs the libFuzzer binaries of a -DCCK_FUZZ=ON build, one after another,
# each for SECONDS, growing a working corpus (BUILD_DIR/fuzz-corpus/TARGET) from the
# committed seeds. A crash, leak, hang (10 s) or broken check stops that target and
# leaves the input in BUILD_DIR/fuzz-artifacts/TARGET/. `make fuzz` runs it.
# The lexicon target schedules its inputs by speed (see the header of fuzz_lexicon.c).
# Each target's log is BUILD_DIR/fuzz-TARGET.log (the one before it is kept as
# fuzz-TARGET.log.prev); plateau.sh then prints how its coverage grew.
#
#   fuzz.sh BUILD_DIR SOURCE_DIR SECONDS [TARGET...]
set -uo pipefail

build=${1:?build dir}
src=${2:?source dir}
seconds=${3:?seconds}
shift 3
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    for bin in "$build"/tests/fuzz/fuzz-*; do
        case ${bin##*/} in fuzz-replay-*) continue ;; esac
        [ -x "$bin" ] && targets+=("${bin##*/fuzz-}")
    done
fi
found=0
for target in "${targets[@]}"; do
    bin=$build/tests/fuzz/fuzz-$target
    corpus=$build/fuzz-corpus/$target
    artifacts=$build/fuzz-artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    schedule=()
    case $target in
    lexicon) schedule=(-entropic_scale_per_exec_time=1) ;;
    esac
    printf '== %s (%s s)\n' "$target" "$seconds"
    log=$build/fuzz-$target.log
    [ -f "$log" ] && mv -f "$log" "$log.prev"
    "$bin" "$corpus" "$src/tests/fuzz/corpus/$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 ${schedule[@]+"${schedule[@]}"} \
        -artifact_prefix="$artifacts/" >"$log" 2>&1
    status=$?
    bash "$src/tests/fuzz/plateau.sh" "$log"
    if [ "$status" -ne 0 ]; then
        found=1
        printf 'fuzz %s: FOUND A PROBLEM (see %s and %s)\n' "$target" \
            "$log" "$artifacts"
    fi
done
exit "$found"
