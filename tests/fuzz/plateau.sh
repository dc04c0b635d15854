#!/usr/bin/env bash
# plateau.sh - tells from a libFuzzer log whether a run has stopped finding coverage:
# the edges (cov) and features (ft) once the corpus was replayed, after every doubling
# of the executions, and at the end, and how many edges the last half of the run added.
# A run is flat when that last number is 0 or close to it. fuzz.sh calls it after each
# target; by hand:
#
#   plateau.sh build-fuzz/fuzz-prose.log [MORE_LOGS...]
set -uo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: plateau.sh LIBFUZZER_LOG..." >&2
    exit 2
fi
status=0
for log in "$@"; do
    if [ ! -r "$log" ]; then
        echo "plateau.sh: cannot read $log" >&2
        status=2
        continue
    fi
    # Status lines look like "#30788  NEW  cov: 2826 ft: 16132 corp: ..."; libFuzzer
    # prints one for each new input, each pulse and the end of the run.
    awk -v log_name="$log" '
    function at_mark(n) { return n >= 1000000 ? sprintf("%.2fM", n / 1000000) : sprintf("%dk", n / 1000) }
    $1 ~ /^#[0-9]+$/ && ($2 == "INITED" || $2 == "NEW" || $2 == "REDUCE" || $2 == "pulse" || $2 == "DONE") {
        n = substr($1, 2) + 0
        cov = ""; ft = ""
        for (i = 3; i < NF; i++) {
            if ($i == "cov:") cov = $(i + 1)
            if ($i == "ft:") ft = $(i + 1)
        }
        if (cov == "") next
        if ($2 == "INITED") { printf "%s\n  replayed %d inputs: cov %s ft %s\n", log_name, n, cov, ft; first_n = n }
        while (mark > 0 && n >= mark) {
            if (seen) { printf "  at %-6s cov %s ft %s\n", at_mark(mark), last_cov, last_ft; marks[++nm] = mark; covs[nm] = last_cov }
            mark *= 2
        }
        if (mark == 0) mark = 32768
        seen = 1; last_n = n; last_cov = cov; last_ft = ft
    }
    END {
        if (!seen) { printf "%s: no coverage lines (not a libFuzzer log?)\n", log_name; exit 1 }
        printf "  end    %d executions: cov %s ft %s\n", last_n, last_cov, last_ft
        # the edges added since the mark nearest half of the run
        half = last_n / 2; base = ""
        for (k = nm; k >= 1; k--) if (marks[k] <= half) { base = covs[k]; base_at = marks[k]; break }
        if (base != "")
            printf "  last half: +%d edges since %s executions\n", last_cov - base, at_mark(base_at)
    }' "$log" || status=1
done
exit "$status"
