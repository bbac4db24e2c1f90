#!/usr/bin/python3
"""The library keeps no global mutable state (issue 8).

Every object file of the static library is listed with `objdump -t`: a
symbol in a writable data section (.data, .bss, or thread-local .tdata,
.tbss) is state shared between calls or threads, and fails. Constant tables
live in .rodata or, when they hold pointers, in .data.rel.ro (read-only
after relocation), which are fine.
Usage: check_no_global_state.py STATIC_LIBRARY   (TAP output)
"""
import re
import subprocess
import sys

lib = sys.argv[1]
out = subprocess.run(["objdump", "-t", lib], check=True, capture_output=True, text=True).stdout
writable = re.compile(r"^\.(data|bss|tdata|tbss)(\..*)?$")
members, current = {}, None
for line in out.splitlines():
    m = re.match(r"^(\S+\.o):\s+file format", line)
    if m:
        current = members.setdefault(m.group(1), [])
        continue
    parts = line.split()
    # "ADDRESS FLAGS... SECTION SIZE NAME": the section is the 4th field from the end.
    if current is None or len(parts) < 4 or not re.match(r"^[0-9a-f]{8,}$", parts[0]):
        continue
    section, name = parts[-3], parts[-1]
    if writable.match(section) and not section.startswith(".data.rel.ro") and name != section:
        current.append("%s (%s)" % (name, section))

n = 0
for member in sorted(members):
    n += 1
    bad = members[member]
    print(("not ok" if bad else "ok"), n, "-", member, "has no writable global or static data")
    if bad:
        print("# " + ", ".join(bad))
print("1..%d" % n)
sys.exit(0 if n and not any(members.values()) else 1)
