#!/usr/bin/env bash
# Planning CPU time per op of two or more builds in ONE JVM, alternating rounds, so that a shared
# machine's load drifts over every build alike (ratios, not absolute times).
#   [AB_OPS=plan,plan+json,read+plan+json] benchmarks/scripts/ab-compare.sh OLD/benchmarks.jar NEW/benchmarks.jar [...]
# Each jar is a benchmarks.jar (./mvnw -B -q -pl benchmarks -am package -DskipTests) of a checkout;
# the probe (ab/Probe.java: the 1,024 typical PRP requests, cycled) is compiled against each.
# AB_OPS picks the operations (default plan): plan+json writes each plan to a stream,
# read+plan+json also reads each request from its JSON text first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
args=()
i=0
for jar in "$@"; do
  mkdir -p "$work/p$i"
  javac -nowarn -cp "$jar" -d "$work/p$i" "$here/ab/Probe.java"
  args+=("$jar,$work/p$i")
  i=$((i + 1))
done
javac -d "$work" "$here/ab/AB.java"
java ${AB_OPS:+-Dab.ops="$AB_OPS"} -cp "$work" AB "${args[@]}"
