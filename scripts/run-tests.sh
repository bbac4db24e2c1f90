#!/bin/sh
# Install what is needed, build with warnings as errors, and run every test.
# Usage: scripts/run-tests.sh [BUILD_DIR]
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build-tests}
sh scripts/install-deps.sh
if [ ! -d "$BUILD" ]; then
  meson setup "$BUILD" -Dwerror=true
fi
ninja -C "$BUILD"
meson test -C "$BUILD" --print-errorlogs
