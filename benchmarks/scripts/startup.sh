#!/usr/bin/env bash
# JVM start -> first plan printed by the command-line tool, end to end (a fresh JVM each run).
# Usage: benchmarks/scripts/startup.sh [RUNS]   (after: ./mvnw -B -q package -DskipTests)
# Prints every run in milliseconds, then min / median / max. Uses hyperfine instead when installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-20}"
jar=examples/target/regimen-cli.jar
request=examples/requests/prp-stretch-marks.json
[ -f "$jar" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
java -jar "$jar" plan --json "$request" > /dev/null   # warm the OS file cache, not the JVM
if command -v hyperfine > /dev/null; then
  exec hyperfine --warmup 2 --runs "$runs" "java -jar $jar plan --json $request"
fi
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  java -jar "$jar" plan --json "$request" > /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1; printf "%d ms\n", $1 }
  END { printf "runs %d: min %d ms, median %d ms, max %d ms\n", NR, a[1], a[int((NR + 1) / 2)], a[NR] }'
