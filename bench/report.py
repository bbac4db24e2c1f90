#!/usr/bin/python3
"""Build the results section of docs/performance.md from the files
scripts/bench.sh leaves in its work directory:

    bench.tsv        bench program: section, figure, value, unit, target
    extract-*.json   time_command runs: rows, jobs, median_s, peak_rss_kib...
    baseline.json    bench/baseline.py --json on the largest extract
    binding.json     bench/binding_compare.py
    meta.json        machine, date, command, commit, whitelist

Prints the markdown and, with --docs FILE, puts it between the
<!-- bench:start --> and <!-- bench:end --> lines of FILE.
"""

import argparse
import json
import os
import re
import sys

START, END = "<!-- bench:start -->", "<!-- bench:end -->"

EXTRACT_SECONDS_TARGET = 0.25   # 535,000 rows, one thread
EXTRACT_TARGET_ROWS = 535000
RSS_TARGET_MIB = 20
BASELINE_RATIO_TARGET = 80
BINDING_RATIO_TARGET = 5


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def verdict(ok):
    return "yes" if ok else "**no**"


def meets(value, target):
    """target is '<= N', '>= N' or ''."""
    m = re.fullmatch(r"([<>]=) ([0-9.]+)", target)
    if not m:
        return ""
    bound = float(m.group(2))
    return verdict(value <= bound if m.group(1) == "<=" else value >= bound)


def number(v):
    if v >= 100:
        return f"{v:,.0f}"
    return f"{v:.3g}" if v < 10 else f"{v:.1f}"


def per_call_table(path):
    lines = ["| Section | Figure | Value | Target | Met |", "|---|---|---:|---|---|"]
    try:
        with open(path, encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    except OSError:
        return ["(bench program did not run)"]
    for section, name, value, unit, target in rows:
        v = float(value)
        lines.append(f"| {section} | {name} | {number(v)} {unit} | {target} {unit if target else ''} "
                     f"| {meets(v, target)} |")
    return lines


def extract_table(workdir):
    runs = []
    for name in sorted(os.listdir(workdir)):
        if name.startswith("extract-") and name.endswith(".json"):
            r = load_json(os.path.join(workdir, name))
            if r:
                r.update(r.pop("run"))
                runs.append(r)
    runs.sort(key=lambda r: (r["rows"], r["jobs"]))
    lines = ["| Rows | File | Jobs | Time (median) | Fastest run | Rows/s | MB/s | Peak RSS | Targets |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    single = {r["rows"]: r["median_s"] for r in runs if r["jobs"] == 1}
    for r in runs:
        mb = r["bytes"] / 1e6
        rss = r["peak_rss_kib"] / 1024
        notes = [f"RSS < {RSS_TARGET_MIB} MiB: {verdict(rss < RSS_TARGET_MIB)}"]
        if r["rows"] >= EXTRACT_TARGET_ROWS and r["jobs"] == 1:
            notes.append(f"<= {EXTRACT_SECONDS_TARGET} s: {verdict(r['median_s'] <= EXTRACT_SECONDS_TARGET)}")
        if r["jobs"] > 1 and r["rows"] in single:
            notes.append(f"speed-up x{single[r['rows']] / r['median_s']:.2f} over 1 job")
        lines.append(f"| {r['rows']:,} | {mb:.1f} MB | {r['jobs']} | {r['median_s']:.3f} s "
                     f"| {min(r['runs_s']):.3f} s | {r['rows'] / r['median_s']:,.0f} | {mb / r['median_s']:.0f} | {rss:.1f} MiB "
                     f"| {'; '.join(notes)} |")
    return lines, runs


def baseline_table(baseline, runs):
    if not baseline:
        return ["(Python baseline did not run: python3-stdnum and python3-email-validator needed)"]
    ours = [r for r in runs if r["rows"] == baseline["rows"] and r["jobs"] == 1]
    if not ours:
        return ["(no command-line run on the baseline's file)"]
    t = ours[0]["median_s"]
    ratio = baseline["total_s"] / t
    loop_ratio = baseline["check_loop_s"] / t
    return [
        "| Same file, same session | Python baseline | mssconf extract | Ratio |",
        "|---|---:|---:|---:|",
        f"| rows checked (invalid) | {baseline['rows']:,} ({baseline['invalid']:,}) "
        f"| {ours[0]['rows']:,} | |",
        f"| whole run, start to exit (Python: imports and whitelist included) | {baseline['total_s']:.2f} s "
        f"| {t:.3f} s | **x{ratio:.0f}** (target >= {BASELINE_RATIO_TARGET}: {verdict(ratio >= BASELINE_RATIO_TARGET)}) |",
        f"| Python check loop only, against our whole run | {baseline['check_loop_s']:.2f} s "
        f"| {t:.3f} s | x{loop_ratio:.0f} |",
    ]


def binding_table(binding):
    if not binding:
        return ["(binding comparison did not run: the Python binding or python3-stdnum is missing)"]
    lines = ["| Identifier | mssconf binding | python-stdnum | Ratio |", "|---|---:|---:|---:|"]
    for name, r in binding.items():
        target = (f" (target >= {BINDING_RATIO_TARGET}: {verdict(r['ratio'] >= BINDING_RATIO_TARGET)})"
                  if name == "siret" else "")
        lines.append(f"| `mssconf.{name}.is_valid` vs `{r['stdnum']}` | {r['mssconf_ns']:,.0f} ns "
                     f"| {r['stdnum_ns']:,.0f} ns | x{r['ratio']:.1f}{target} |")
    return lines


def build(workdir):
    meta = load_json(os.path.join(workdir, "meta.json")) or {}
    extract_lines, runs = extract_table(workdir)
    out = [
        f"Measured {meta.get('date', '?')} on {meta.get('machine', '?')} "
        f"({meta.get('cores', '?')} cores), commit `{meta.get('commit', '?')}`, with",
        "",
        f"    {meta.get('command', 'sh scripts/bench.sh')}",
        "",
        f"Whitelist: {meta.get('whitelist', '?')}. Per-call figures are the median of "
        f"{meta.get('runs', '?')} runs of {meta.get('calls', '?')} calls over 1,024 rotating inputs; "
        "the load figure includes reading the file.",
        "",
        "### Per call",
        "",
        *per_call_table(os.path.join(workdir, "bench.tsv")),
        "",
        "### Bulk extract check (`mssconf extract FILE --whitelist WL --quiet`)",
        "",
        "Synthetic extracts from `bench/gen_extract.py` (5 % faulty rows); time from "
        "process start to exit, whitelist loading included, the median of the runs (the target's "
        "measure) and the fastest (what the machine gives when nothing else runs on its host); "
        "peak RSS of the process.",
        "",
        *extract_lines,
        "",
        "### Against the Python baseline (`bench/baseline.py`)",
        "",
        *baseline_table(load_json(os.path.join(workdir, "baseline.json")), runs),
        "",
        "### Python binding against python-stdnum (`bench/binding_compare.py`)",
        "",
        *binding_table(load_json(os.path.join(workdir, "binding.json"))),
    ]
    return "\n".join(out) + "\n"


def put_in_docs(path, text):
    with open(path, encoding="utf-8") as f:
        doc = f.read()
    if START not in doc or END not in doc:
        sys.exit(f"report: {path} has no {START} ... {END} section")
    head, rest = doc.split(START, 1)
    _old, tail = rest.split(END, 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"{head}{START}\n{text}{END}{tail}")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("workdir")
    p.add_argument("--docs", metavar="FILE", help="docs/performance.md to update")
    args = p.parse_args(argv)
    text = build(args.workdir)
    sys.stdout.write(text)
    if args.docs:
        put_in_docs(args.docs, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
