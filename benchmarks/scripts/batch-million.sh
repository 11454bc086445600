#!/usr/bin/env bash
# The million-request batch run: generate the JSON Lines (not committed), run `regimen batch` with
# -Xmx256m and a GC log, report time, plans per second and peak heap after GC.
# Usage: benchmarks/scripts/batch-million.sh [COUNT] [DISTINCT_PER_MODULE]   (after package)
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-1000000}"
distinct="${2:-10000}"
work="${TMPDIR:-/tmp}/regimen-batch"
mkdir -p "$work"
java -cp benchmarks/target/benchmarks.jar org.regimen.benchmarks.GenerateRequests "$count" "$distinct" "$work/requests.jsonl"
ls -l "$work/requests.jsonl"
start=$(date +%s%N)
java -Xmx256m -Xlog:gc:file="$work/gc.log" -jar examples/target/regimen-cli.jar batch "$work/requests.jsonl" > "$work/answers.jsonl"
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
lines=$(wc -l < "$work/answers.jsonl")
errors=$(grep -c '"errors"' "$work/answers.jsonl" || true)
echo "answers: $lines lines ($errors error lines), $(du -h "$work/answers.jsonl" | cut -f1)"
echo "time: $ms ms; $(( lines * 1000 / ms )) answers per second (JVM start included)"
# Heap after each GC, e.g. "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 150M->14M(256M) 3.1ms"
grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" | awk -F'[->()M]+' '
  { before = $1; after = $2; if (before > peak) peak = before; if (after > peakAfter) peakAfter = after; n++
    if (n <= 5) first = first " " after "M"; last[n % 5] = after }
  END { printf "GCs: %d; peak heap before GC: %d MB; peak live heap after GC: %d MB\n", n, peak, peakAfter
        printf "heap after GC, first 5:%s; last 5:", first; for (i = n - 4; i <= n; i++) printf " %dM", last[i % 5]; print "" }'
