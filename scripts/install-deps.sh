#!/bin/sh
# Install every Debian 12 package libmssconf needs to build, test and
# benchmark. Run as root on a fresh machine; harmless when already installed.
set -eu
export DEBIAN_FRONTEND=noninteractive
PACKAGES="
  gcc clang meson ninja-build pkg-config
  libpcre2-dev libidn2-dev libunistring-dev libexpat1-dev libcsv-dev
  check valgrind
  swig python3-dev python3-pytest php-dev php-cli phpunit
"
if [ "${1:-}" = "--bench" ]; then
  PACKAGES="$PACKAGES python3-stdnum python3-email-validator hyperfine"
fi
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi
