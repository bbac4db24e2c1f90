#!/bin/sh
# Regenerate the account state diagram in docs/ from the transition table:
# docs/account-states.dot always, docs/account-states.svg when Graphviz's
# `dot` is installed. Run through meson: ninja -C <build> account-states
# Usage: gen-account-states.sh MSSCONF_STATES DOCS_DIR
set -eu
tool=$1
docs=$2
"$tool" -o "$docs/account-states.dot"
if command -v dot >/dev/null 2>&1; then
  dot -Tsvg "$docs/account-states.dot" -o "$docs/account-states.svg"
else
  echo "Graphviz (dot) not found: $docs/account-states.svg left as it was" >&2
fi
