#!/usr/bin/env bash
# run.sh - the report-format tests (ctest label "formats"), one mode per test:
#
#   run.sh schema     SOURCE BIN WORK   the JSON document and JSON Lines records of real
#                                       scans against tests/json/claimcheck-1.schema.json,
#                                       checked by schema_check (C, a subset of 2020-12)
#   run.sh jsonschema SOURCE BIN WORK   the same with python3's jsonschema (skipped when
#                                       it is not importable)
#
# BIN is the folder holding report_sample and schema_check; WORK a scratch folder.
# Exit 77 means "skipped" (ctest's SKIP_RETURN_CODE), with the reason on stdout.
set -uo pipefail

mode=$1 source=$2 bin=$3 work=$4
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
corpus=(corpus/docs/*.txt)
sample() {
    local format=$1 out=$2
    shift 2
    "$bin/report_sample" "$format" "$out" "$@" "${corpus[@]}" tests/formats/no-such-file.txt \
        --lines --jsonl-id tests/formats/fixtures/posts.txt ||
        fail "report_sample $format exited with $?"
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
    echo "ok: $(grep -c '' "$work/run.jsonl") records valid"
    ;;
jsonschema)
    command -v python3 > /dev/null || skip "python3 is not installed"
    python3 -c 'import jsonschema' 2> /dev/null ||
        skip "python3's jsonschema is not importable (Debian: python3-jsonschema)"
    sample json "$work/run.json"
    sample jsonl "$work/run.jsonl"
    python3 - "$schema" "$work/run.json" "$work/run.jsonl" << 'EOF' || fail "jsonschema"
import json, sys
import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
errors = list(validator.iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))))
file_schema = dict(schema["$defs"]["file"], **{"$defs": schema["$defs"]})
records = jsonschema.Draft202012Validator(file_schema)
lines = open(sys.argv[3], encoding="utf-8").read().splitlines()
for number, line in enumerate(lines, 1):
    for error in records.iter_errors(json.loads(line)):
        errors.append(error)
for error in errors:
    print("/".join(str(p) for p in error.absolute_path), error.message)
sys.exit(1 if errors else 0)
EOF
    echo "ok: valid under jsonschema $(python3 -c 'import importlib.metadata as m; print(m.version("jsonschema"))')"
    ;;
*)
    echo "run.sh: unknown mode $mode"
    exit 2
    ;;
esac
