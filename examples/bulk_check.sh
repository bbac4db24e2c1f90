#!/bin/sh
# Check the national directory extract and an account file, keep the JSON
# report of each, and print the counts a dashboard would show.
# Usage: examples/bulk_check.sh [MSSCONF] [WHITELIST] [EXTRACT] [ACCOUNTS]
# Defaults: build/tools/mssconf and the samples in examples/data/.
# Needs python3 for the counts (the reports themselves are plain JSON lines).
set -u
here=$(cd "$(dirname "$0")" && pwd)
mssconf=${1:-$here/../build/tools/mssconf}
whitelist=${2:-$here/data/whitelist-sample.txt}
extract=${3:-$here/data/extract-sample.txt}
accounts=${4:-$here/data/accounts-sample.csv}
out=${TMPDIR:-/tmp}/mssconf-bulk-$$
mkdir -p "$out"

status=0
for job in "extract $extract" "accounts $accounts"; do
  set -- $job
  "$mssconf" --whitelist "$whitelist" --json --no-progress "$1" "$2" > "$out/$1.jsonl"
  rc=$?
  # 0 valid, 1 invalid rows found, 2 the file could not be checked at all.
  [ $rc -ge 2 ] && { echo "$1: $2 could not be checked (exit $rc)" >&2; status=2; continue; }
  [ $rc -eq 1 ] && [ $status -eq 0 ] && status=1
  tail -n 1 "$out/$1.jsonl" | python3 -c '
import json, sys
s = json.load(sys.stdin)["summary"]
print("%s: %s: %d rows, %d valid, %d invalid" % (sys.argv[1], sys.argv[2], s["rows"], s["valid"], s["invalid"]))
for code, n in sorted(s["errors"].items(), key=lambda kv: -kv[1]):
    print("  %6d  %s" % (n, code))
' "$1" "$2"
  echo "  report: $out/$1.jsonl"
done
exit $status
