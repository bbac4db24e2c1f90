#!/usr/bin/env python3
"""Run an example program once and check its exit status and output, so
that the examples cannot rot (registered by meson, suite "examples").

Usage: run_example.py STATUS EXPECTED_TEXT COMMAND [ARG...]
"""

import subprocess
import sys


def main() -> int:
    status, expected, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    if run.returncode != status:
        print('exit status %d, expected %d' % (run.returncode, status), file=sys.stderr)
        return 1
    if expected not in run.stdout:
        print('output lacks %r' % expected, file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
