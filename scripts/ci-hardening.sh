#!/bin/sh
# Hardening jobs (issue 8), run by CI after scripts/run-tests.sh:
#   asan      the C tests, the fuzz corpus replays, the CLI tests and the
#             Python binding built with ASan+UBSan (gcc); any report fails
#   valgrind  the C tests and corpus replays of a plain build under memcheck
#             (`meson test --setup valgrind`); any error or leak fails
#   tsan      the thread stress test built with clang -fsanitize=thread
#   fuzz      every libFuzzer target for a few seconds from its seed corpus
# The Python binding runs under ASan+UBSan (runtimes preloaded); PHP and
# valgrind runs of the interpreters are left out.
#
# Usage: scripts/ci-hardening.sh [JOB...]   (default: all four)
# Environment: HARDENING_BUILD_PREFIX (default build-hardening),
#              FUZZ_SMOKE_SECONDS (default 5 per target).
set -eu
cd "$(dirname "$0")/.."

JOBS=${*:-asan valgrind tsan fuzz}
PREFIX=${HARDENING_BUILD_PREFIX:-build-hardening}
FUZZ_SECONDS=${FUZZ_SMOKE_SECONDS:-5}
NINJA_JOBS=${NINJA_JOBS:-2}
# Benchmarks are not what these jobs check; leaving them (and the bindings,
# but for the ASan job's Python binding) out keeps the builds short.
COMMON_OPTS="-Dwerror=true -Dbench=false -Dphp=disabled"
NO_PYTHON="-Dpython=disabled"

sh scripts/install-deps.sh
missing=""
for p in clang libclang-rt-14-dev valgrind; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi

# Each job's function runs in an `if`, where `set -e` does not apply: every
# step that can fail says `|| return 1` or is the function's last command.

# Any sanitizer report stops the process with a failing status.
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:print_summary=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:print_summary=1
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:exitcode=66
# Check's per-test timeouts (4 s by default) are for plain builds; the
# sanitizers slow the code several times over.
export CK_TIMEOUT_MULTIPLIER=10

setup() { # COMPILER DIR [meson options...]
  compiler=$1; dir=$2; shift 2
  if [ ! -d "$dir" ]; then
    # shellcheck disable=SC2086
    CC=$compiler meson setup "$dir" $COMMON_OPTS "$@" || return 1
  fi
}

build() { # DIR [ninja targets...]
  dir=$1; shift
  ninja -C "$dir" -j "$NINJA_JOBS" "$@"
}

job_asan() {
  setup gcc "$PREFIX-asan" -Db_sanitize=address,undefined -Db_lundef=false -Dpython=auto || return 1
  build "$PREFIX-asan" || return 1
  # The ABI tests inspect the library, they run no code: the plain run has them.
  # The stress test's full million calls run under TSan; here a fifth of them.
  # The Python binding needs the sanitizer runtimes preloaded: see below.
  MSS_STRESS_CALLS=200000 meson test -C "$PREFIX-asan" --no-rebuild --print-errorlogs \
    --no-suite abi --no-suite bindings || return 1
  asan_python
}

# The Python binding's tests and hostile calls, with the interpreter running
# the ASan+UBSan library: the runtimes must be loaded first, and leak
# detection stays off (CPython keeps its own objects until exit). The tests
# that measure the process's memory growth are left out: ASan's quarantine
# grows it by design.
asan_python() {
  if [ ! -d "$PREFIX-asan/bindings/python/mssconf" ]; then
    echo "Python binding not built (SWIG or python3-dev missing): not run under ASan"
    return 0
  fi
  root=$(pwd)
  preload="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)"
  # From a neutral directory, so that `import mssconf` finds the built package.
  (cd /tmp && env LD_PRELOAD="$preload" ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 \
     PYTHONPATH="$root/$PREFIX-asan/bindings/python" PYTHONDONTWRITEBYTECODE=1 \
     MSS_SHARED_DIR="$root/../shared" \
     /usr/bin/python3 -m pytest -q -p no:cacheprovider "$root/bindings/python/tests" -k "not no_leak" &&
   env LD_PRELOAD="$preload" ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 \
     PYTHONPATH="$root/$PREFIX-asan/bindings/python" PYTHONDONTWRITEBYTECODE=1 \
     /usr/bin/python3 "$root/fuzz/hostile_python.py" 60)
}

job_valgrind() {
  setup gcc "$PREFIX-hard" $NO_PYTHON || return 1
  build "$PREFIX-hard" || return 1
  meson test -C "$PREFIX-hard" --no-rebuild --print-errorlogs --setup valgrind \
    --suite c --suite fuzz-replay
}

job_tsan() {
  setup clang "$PREFIX-tsan" -Db_sanitize=thread -Db_lundef=false $NO_PYTHON || return 1
  build "$PREFIX-tsan" tests/test_threads || return 1
  # TSan maps fixed address ranges; with ASLR at high entropy some kernels
  # collide with them, so run without randomisation when setarch can.
  wrapper=""
  if setarch "$(uname -m)" -R true 2>/dev/null; then
    wrapper="setarch $(uname -m) -R"
  fi
  # TSan slows the million calls down several times.
  meson test -C "$PREFIX-tsan" --no-rebuild --print-errorlogs --suite threads \
    --timeout-multiplier 6 ${wrapper:+--wrapper "$wrapper"}
}

job_fuzz() {
  dir="$PREFIX-fuzz"
  setup clang "$dir" -Dfuzzing=true -Dtests=false $NO_PYTHON || return 1
  build "$dir" || return 1
  work=$(mktemp -d)
  failed=0
  for exe in "$dir"/fuzz/fuzz_*; do
    [ -x "$exe" ] && [ -f "$exe" ] || continue
    name=${exe##*/fuzz_}
    mkdir -p "$work/$name"
    set -- -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$work/$name-" -print_final_stats=1
    [ -f "fuzz/$name.dict" ] && set -- "$@" -dict="fuzz/$name.dict"
    set -- "$@" "$work/$name"
    for d in corpus regressions; do
      [ -d "fuzz/$d/$name" ] && set -- "$@" "fuzz/$d/$name"
    done
    echo "--- fuzz $name ($FUZZ_SECONDS s)"
    if "$exe" "$@" > "$work/$name.log" 2>&1; then
      grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|Done )' "$work/$name.log" || true
    else
      echo "fuzz target $name FAILED:"; tail -n 60 "$work/$name.log"
      for a in "$work/$name"-*; do
        [ -f "$a" ] && echo "crashing input kept in $a (add it to fuzz/regressions/$name/)"
      done
      failed=1
    fi
  done
  [ "$failed" -eq 0 ] && rm -rf "$work"
  return "$failed"
}

status=0
for j in $JOBS; do
  echo "===== hardening: $j"
  if "job_$j"; then
    echo "===== hardening: $j passed"
  else
    echo "===== hardening: $j FAILED"
    status=1
  fi
done
exit "$status"
