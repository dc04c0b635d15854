#!/usr/bin/env bash
# make_clean.sh - `make clean` must remove every build folder the Makefile makes: each
# variable NAME_DIR ?= folder defined in the Makefile must be removed by the clean
# recipe. Checked with `make -n`, so nothing is deleted.
#
#   make_clean.sh SOURCE_DIR
set -uo pipefail

src=${1:?source dir}
# Run outside any make that started this (its MAKEFLAGS could pass BUILD_DIR=...), and
# with the folders' defaults, not values from the environment.
recipe=$(env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u BUILD_DIR -u ASAN_DIR -u VALGRIND_DIR \
    -u FUZZ_DIR make -n -s -C "$src" clean 2>&1) || { echo "make -n clean failed: $recipe"; exit 1; }
failed=0
dirs=0
while read -r name value; do
    dirs=$((dirs + 1))
    if [[ " $recipe " == *" $value "* ]]; then
        printf 'ok   make clean removes %s (%s)\n' "$value" "$name"
    else
        printf 'FAIL make clean does not remove %s (%s): %s\n' "$value" "$name" "$recipe"
        failed=1
    fi
done < <(sed -nE 's/^([A-Z_]+_DIR)[[:space:]]*\?=[[:space:]]*([^[:space:]]+).*/\1 \2/p' "$src/Makefile")
if [ "$dirs" -lt 2 ]; then
    echo "FAIL found only $dirs build folder variables in $src/Makefile"
    failed=1
fi
exit "$failed"
