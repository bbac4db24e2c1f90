#!/bin/sh
# Install what is needed, build, and run the main job: mssconf on the sample
# files shipped in examples/data/ (no download needed).
# Usage: scripts/main-job.sh [BUILD_DIR]
# The samples hold deliberate faults, so mssconf reports invalid rows (its
# exit status 1); this script fails only when a file cannot be checked at all.
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
sh scripts/install-deps.sh
[ -d "$BUILD" ] || meson setup "$BUILD"
ninja -C "$BUILD"
MSSCONF="$BUILD/tools/mssconf"
DATA=examples/data
WL="$DATA/whitelist-sample.txt"

run() {
  echo
  echo "\$ mssconf $*"
  rc=0
  "$MSSCONF" "$@" || rc=$?
  if [ "$rc" -ge 2 ]; then
    echo "main job: 'mssconf $*' could not run (exit $rc)" >&2
    exit "$rc"
  fi
}

echo "== libmssconf $("$MSSCONF" --version) =="
run --whitelist "$WL" extract "$DATA/extract-sample.txt"
run --whitelist "$WL" accounts "$DATA/accounts-sample.csv"
run id siret "732 829 320 00074" 73282932000079
run id finess 2A0000154 24000005
run --whitelist "$WL" address --type PER dupont.jean@pro.oc.mssante.fr secretariat@pro.oc.mssante.fr dupont.jean@gmail.com
run suggest --type PER --last-name "Müller-Lefèvre" --first-name "Élodie" --domain pro.oc.mssante.fr
run account next PREINSCRIT finalise --password-set --info-confirmed
echo
echo "main job: done (invalid rows above are the samples' deliberate faults)"
