#!/bin/sh
# Every benchmark of issue 9 in one command, from a clean clone:
#
#   sh scripts/bench.sh [--no-install] [--no-docs] [--quick]
#
# Installs the benchmark packages (scripts/install-deps.sh --bench, as root),
# builds a release build directory ($MSS_BENCH_BUILD, default build-bench),
# generates a whitelist-consistent synthetic extract into a temporary
# directory, then runs the bench program, the mssconf command line on 10k,
# 100k and 535k rows (1 and 2 jobs), the Python baseline on the same 535k
# file, and the binding comparison. The markdown table goes to stdout and,
# unless --no-docs, into the results section of docs/performance.md.
#
# The whitelist is ../shared/data/listeblanchemssante-2025-03-13.xml when
# present ($MSS_SHARED_DIR overrides ../shared), else a synthetic list in
# the same format (bench/gen_whitelist.py). --quick: 10k and 100k rows only,
# fewer runs, for trying the script out.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${MSS_BENCH_BUILD:-build-bench}
PY=${PYTHON:-/usr/bin/python3}
INSTALL=1
DOCS=1
SIZES="10000 100000 535000"
RUNS=7
CALLS=1000000
CLI_RUNS=9
COMMAND="sh scripts/bench.sh"
for arg in "$@"; do
  case "$arg" in
    --no-install) INSTALL=0 ;;
    --no-docs) DOCS=0 ;;
    --quick) SIZES="10000 100000"; RUNS=3; CALLS=200000; CLI_RUNS=3 ;;
    *) echo "usage: sh scripts/bench.sh [--no-install] [--no-docs] [--quick]" >&2; exit 2 ;;
  esac
  COMMAND="$COMMAND $arg"
done

say() { echo "bench: $*" >&2; }

if [ "$INSTALL" = 1 ]; then
  if [ "$(id -u)" = 0 ]; then
    sh scripts/install-deps.sh --bench >&2
  else
    say "not root: packages not installed (scripts/install-deps.sh --bench)"
  fi
fi

if [ ! -f "$BUILD/build.ninja" ]; then
  meson setup "$BUILD" --buildtype=release -Db_ndebug=true -Dtests=false >&2
fi
ninja -C "$BUILD" -j2 >&2

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mssconf-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

SHARED=${MSS_SHARED_DIR:-$ROOT/../shared}
WL=$SHARED/data/listeblanchemssante-2025-03-13.xml
if [ -r "$WL" ]; then
  WL_DESC="the ANS list of 2025-03-13"
else
  WL=$WORK/whitelist.xml
  WL_DESC="synthetic, same format and size (bench/gen_whitelist.py; ../shared absent)"
  say "no $SHARED: generating a synthetic whitelist"
  "$PY" bench/gen_whitelist.py -o "$WL"
fi

LARGEST=0
for n in $SIZES; do [ "$n" -gt "$LARGEST" ] && LARGEST=$n; done
say "generating a $LARGEST-row extract"
"$PY" bench/gen_extract.py --rows "$LARGEST" --whitelist "$WL" -o "$WORK/extract-$LARGEST.txt" 2>/dev/null
for n in $SIZES; do
  [ "$n" = "$LARGEST" ] || head -n $((n + 1)) "$WORK/extract-$LARGEST.txt" >"$WORK/extract-$n.txt"
done

say "bench program ($RUNS runs of $CALLS calls)"
"$BUILD/bench/bench" --runs "$RUNS" --calls "$CALLS" --whitelist "$WL" >"$WORK/bench.tsv"

# One JSON object per command-line configuration.
time_extract() { # rows jobs
  file=$WORK/extract-$1.txt
  run=$("$BUILD/bench/time_command" "$CLI_RUNS" "$BUILD/tools/mssconf" extract "$file" \
        --whitelist "$WL" --quiet --jobs "$2")
  printf '{"rows": %s, "jobs": %s, "bytes": %s, "run": %s}\n' "$1" "$2" "$(wc -c <"$file")" "$run" \
    >"$WORK/extract-$1-$2.json"
}
for n in $SIZES; do
  say "mssconf extract, $n rows"
  time_extract "$n" 1
done
say "mssconf extract, $LARGEST rows, 2 jobs"
time_extract "$LARGEST" 2

say "Python baseline on the same $LARGEST rows"
if ! "$PY" bench/baseline.py "$WORK/extract-$LARGEST.txt" --whitelist "$WL" --json >"$WORK/baseline.json"; then
  say "baseline failed (python3-stdnum, python3-email-validator?)"
  rm -f "$WORK/baseline.json"
fi

if [ -d "$BUILD/bindings/python/mssconf" ]; then
  say "Python binding against python-stdnum"
  PYTHONPATH="$ROOT/$BUILD/bindings/python" "$PY" bench/binding_compare.py >"$WORK/binding.json" ||
    rm -f "$WORK/binding.json"
else
  say "no Python binding in $BUILD: comparison skipped"
fi

MODEL=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
"$PY" - "$WORK/meta.json" <<EOF
import json, sys
json.dump({"machine": """${MODEL:-unknown CPU}""", "cores": "$(nproc)",
           "date": "$(date -u '+%Y-%m-%d %H:%M UTC')",
           "commit": "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)",
           "command": "$COMMAND", "whitelist": "$WL_DESC",
           "runs": $RUNS, "calls": "$CALLS"}, open(sys.argv[1], "w"))
EOF

if [ "$DOCS" = 1 ]; then
  "$PY" bench/report.py "$WORK" --docs docs/performance.md
else
  "$PY" bench/report.py "$WORK"
fi
