#!/usr/bin/python3
"""Hostile calls at the PHP binding (issue 8): runs hostile_php.php once per
target (a class of the MssConf layer, or a slice of the extension's
functions) in its own php process, so a crash names its target. Each must
exit 0 within the timeout and report its calls. TAP output.

Usage: hostile_php.py PHP EXTENSION LAYER_PHP [CALLS_PER_FUNCTION]
"""
import os
import subprocess
import sys

php, ext, layer = sys.argv[1:4]
calls = sys.argv[4] if len(sys.argv) > 4 else "40"
script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hostile_php.php")
base = [php, "-n", "-d", "extension=" + ext, "-d", "memory_limit=512M", "-d", "display_errors=stderr",
        script, layer]

listing = subprocess.run(base + ["--list"], capture_output=True, text=True, timeout=120)
if listing.returncode != 0:
    print("not ok 1 - list the targets: " + listing.stderr.strip()[-300:].replace("\n", " "))
    print("1..1")
    sys.exit(1)
targets = listing.stdout.split()
failed = False
for n, target in enumerate(targets, 1):
    try:
        p = subprocess.run(base + [target, calls], capture_output=True, text=True, errors="replace",
                           timeout=300)
        last = [line for line in p.stdout.splitlines() if line.startswith("calls ")][-1:] or [""]
        ok = p.returncode == 0 and bool(last[0])
        why = ("killed by signal %d" % -p.returncode if p.returncode < 0 else
               "exit status %d: %s" % (p.returncode, (p.stdout + p.stderr).strip()[-300:]))
    except subprocess.TimeoutExpired:
        ok, last, why = False, [""], "no answer within 300 s"
    failed |= not ok
    print(("ok" if ok else "not ok"), n, "- %s: %s hostile calls end cleanly" % (target, last[0][6:] or "?"))
    if not ok:
        print("#   " + why.replace("\n", " "))
print("1..%d" % len(targets))
sys.exit(1 if failed else 0)
