#!/usr/bin/python3
"""The shared library exports exactly the public API.

Three lists must agree: the functions declared with MSS_EXPORT in the public
headers, the symbols the version script makes global, and the dynamic
symbols `nm -D` finds in the shared library.
Usage: check_exports.py LIBRARY INCLUDE_DIR VERSION_SCRIPT
"""
import fnmatch
import glob
import os
import re
import subprocess
import sys

lib, incdir, mapfile = sys.argv[1:4]

declared = set()
for header in glob.glob(os.path.join(incdir, "medimail", "*.h")):
    text = open(header, encoding="utf-8").read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    for m in re.finditer(r"MSS_EXPORT\b[^;{]*?\b(mss_\w+)\s*\(", text):
        declared.add(m.group(1))

script = re.sub(r"/\*.*?\*/", "", open(mapfile, encoding="utf-8").read(), flags=re.S)
global_part = re.search(r"global:(.*?)local:", script, flags=re.S).group(1)
patterns = [p.strip() for p in global_part.split(";") if p.strip()]

out = subprocess.run(["nm", "-D", "--defined-only", lib], check=True,
                     capture_output=True, text=True).stdout
exported = set()
for line in out.splitlines():
    parts = line.split()
    if len(parts) == 3 and parts[1] in "TDBRtdbrVWi":
        name = parts[2].split("@")[0]
        if parts[1] != "A":
            exported.add(name)

tests = []
def check(ok, what, detail=""):
    tests.append((ok, what, detail))

stray = sorted(s for s in exported if not any(fnmatch.fnmatchcase(s, p) for p in patterns))
check(not stray, "every exported symbol is allowed by the version script", ", ".join(stray))
not_mss = sorted(s for s in exported if not s.startswith("mss_"))
check(not not_mss, "every exported symbol starts with mss_", ", ".join(not_mss))
missing = sorted(declared - exported)
check(not missing, "every declared public function is exported", ", ".join(missing))
undeclared = sorted(exported - declared)
check(not undeclared, "every exported symbol is declared in a public header", ", ".join(undeclared))
explicit = [p for p in patterns if "*" not in p and "?" not in p]
unknown = sorted(set(explicit) - exported)
check(not unknown, "every symbol named in the version script exists", ", ".join(unknown))
check(len(declared) > 0, "public headers declare functions (%d found)" % len(declared))

for i, (ok, what, detail) in enumerate(tests, 1):
    print(("ok" if ok else "not ok"), i, "-", what)
    if not ok:
        print("# " + detail)
print("1..%d" % len(tests))
sys.exit(0 if all(t[0] for t in tests) else 1)
