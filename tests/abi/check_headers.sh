#!/bin/sh
# Every public header compiles alone, with strict C99 and as C++, and the
# umbrella compiles after each header (any order works).
# Usage: check_headers.sh INCLUDE_DIR CC CXX
set -eu
inc=$1; cc=$2; cxx=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0; fail=0
for h in "$inc"/medimail/*.h; do
  name=$(basename "$h")
  printf '#include <medimail/%s>\n#include <medimail/mssconf.h>\nint main(void) { return 0; }\n' "$name" > "$tmp/t.c"
  n=$((n + 1))
  if "$cc" -std=c99 -pedantic -Wall -Wextra -Werror -I"$inc" -c "$tmp/t.c" -o "$tmp/t.o" 2> "$tmp/err"; then
    echo "ok $n - $name compiles alone as C99 -pedantic"
  else
    echo "not ok $n - $name compiles alone as C99 -pedantic"; sed 's/^/# /' "$tmp/err"; fail=1
  fi
  if command -v "$cxx" >/dev/null 2>&1; then
    n=$((n + 1))
    cp "$tmp/t.c" "$tmp/t.cc"
    if "$cxx" -std=c++11 -pedantic -Wall -Wextra -Werror -I"$inc" -c "$tmp/t.cc" -o "$tmp/t.o" 2> "$tmp/err"; then
      echo "ok $n - $name compiles as C++"
    else
      echo "not ok $n - $name compiles as C++"; sed 's/^/# /' "$tmp/err"; fail=1
    fi
  fi
done
echo "1..$n"
exit $fail
