#!/usr/bin/python3
"""Every public function states its thread-safety (issue 8).

For each MSS_EXPORT declaration in the public headers, the Doxygen comment
that ends on the line right before it must hold a "Thread-safety:" line.
Usage: check_thread_safety.py INCLUDE_DIR   (TAP output)
"""
import glob
import os
import re
import sys

incdir = sys.argv[1]
results = []
for header in sorted(glob.glob(os.path.join(incdir, "medimail", "*.h"))):
    lines = open(header, encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        if not line.startswith("MSS_EXPORT"):
            continue
        decl = " ".join(lines[i:i + 3])
        m = re.search(r"\b(mss_\w+)\s*\(", decl)
        name = m.group(1) if m else line.strip()
        comment = []
        j = i - 1
        if j >= 0 and lines[j].strip().endswith("*/"):
            while j >= 0:
                comment.append(lines[j])
                if lines[j].lstrip().startswith("/**"):
                    break
                j -= 1
        text = "\n".join(comment)
        ok = "Thread-safety:" in text
        results.append((ok, "%s (%s)" % (name, os.path.basename(header)),
                        "no comment right above the declaration" if not comment
                        else "comment has no Thread-safety: line"))

for n, (ok, what, why) in enumerate(results, 1):
    print(("ok" if ok else "not ok"), n, "-", what, "states its thread-safety")
    if not ok:
        print("# " + why)
print("1..%d" % len(results))
sys.exit(0 if results and all(r[0] for r in results) else 1)
