#!/bin/sh
# Fuzz each target for a while and print one Markdown table row per target
# (for docs/reliability.md): time, executions, coverage, corpus, outcome.
# Usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET...]   (default: every target built)
# The growing corpus lives in fuzz/corpus-run/<target>/ and crashing inputs
# in fuzz/corpus-run/artifacts/ (both ignored by git): copy a crashing input
# into fuzz/regressions/<target>/ once it is fixed.
set -eu
cd "$(dirname "$0")/.."
build=$1; seconds=$2; shift 2
targets=${*:-$(for e in "$build"/fuzz/fuzz_*; do [ -f "$e" ] && [ -x "$e" ] && echo "${e##*/fuzz_}"; done)}
mkdir -p fuzz/corpus-run/artifacts fuzz/corpus-run/logs
failed=0
for t in $targets; do
  mkdir -p "fuzz/corpus-run/$t"
  set -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="fuzz/corpus-run/artifacts/$t-"
  [ -f "fuzz/$t.dict" ] && set -- "$@" -dict="fuzz/$t.dict"
  set -- "$@" "fuzz/corpus-run/$t"
  for d in corpus regressions; do
    [ -d "fuzz/$d/$t" ] && set -- "$@" "fuzz/$d/$t"
  done
  log="fuzz/corpus-run/logs/$t.log"
  start=$(date +%s)
  if nice -n 19 "$build/fuzz/fuzz_$t" "$@" > "$log" 2>&1; then outcome=clean; else outcome="FAILED (see $log)"; failed=1; fi
  elapsed=$(( $(date +%s) - start ))
  last=$(grep -a -E '^#[0-9]+' "$log" | tail -n 1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
  corp=$(echo "$last" | sed -n 's/.*corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p')
  echo "| \`$t\` | ${elapsed} s | ${execs:-?} | ${cov:-?} | ${ft:-?} | ${corp:-?} | $outcome |"
done
exit "$failed"
