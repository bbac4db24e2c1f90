#!/bin/sh
# Install what is needed, build, and run the main job: mssconf on the sample
# files shipped in examples/data/ (no download needed).
# Usage: scripts/main-job.sh [BUILD_DIR]
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
sh scripts/install-deps.sh
[ -d "$BUILD" ] || meson setup "$BUILD"
ninja -C "$BUILD"
MSSCONF="$BUILD/tools/mssconf"
status=0
echo "== Identifiers =="
"$MSSCONF" id siret "732 829 320 00074" 35600000049838 || status=$?
