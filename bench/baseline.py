#!/usr/bin/python3
"""Python baseline: check an ANS MSSanté directory extract the way a Python
user would without libmssconf, with Debian's python3-stdnum and
python3-email-validator, and time it.

Every row gets every check (like the library, not stopping at the first
problem); a row is valid when no check fails. With --expect MANIFEST (from
gen_extract.py --faults-out) the result is compared row by row with the
faults the generator planted: each faulty row must fail exactly the check
its fault targets, and every other row must pass.
"""

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402  (imports are part of the measured total)
import json  # noqa: E402
import sys  # noqa: E402
import timeit  # noqa: E402

from email_validator import EmailNotValidError, validate_email  # noqa: E402
from stdnum import luhn  # noqa: E402
from stdnum.fr import siren, siret  # noqa: E402

from gen_extract import HEADER, domains_for  # noqa: E402

NCOLS = 31
BAL_TYPES = frozenset(("PER", "ORG", "APP", "CAB"))
# Length of "Identification Structure" without its optional type prefix.
STRUCTURE_ID_LENGTHS = {"0": 11, "1": 9, "2": 9, "3": 14, "4": 14}
FINESS_DEPARTMENTS = frozenset(
    [f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B"]
    + [f"970{t}" for t in "12345"] + ["9805", "9806"])

# What the check must report for each fault kind of gen_extract.py.
REASON_OF_FAULT = {
    "bad_rpps_key": "rpps", "bad_finess_key": "finess_key",
    "bad_siret_key": "siret", "finess_bad_department": "finess_department",
    "address_without_at": "address", "address_consecutive_dots": "address",
    "domain_not_whitelisted": "domain", "idnat_pp_inconsistent": "idnat_pp",
    "wrong_field_count": "field_count", "invalid_utf8": "utf8",
    "bad_dematerialisation": "dematerialisation",
    "unknown_bal_type": "bal_type",
    "postal_department_mismatch": "postal_department",
}


def finess_problem(value):
    value = value.upper()
    if len(value) != 9:
        return "finess_format"
    department = value[:4] if value[:2] in ("97", "98") else value[:2]
    if department not in FINESS_DEPARTMENTS:
        return "finess_department"
    mapped = value.replace("2A", "21", 1).replace("2B", "22", 1)
    return None if luhn.is_valid(mapped) else "finess_key"


def adeli_valid(value):
    if len(value) != 9:
        return False
    if value[:2] in ("2A", "2B"):  # key cannot be checked with a letter
        return value[2:].isdigit()
    return luhn.is_valid(value)


def structure_problem(id_type, value):
    expected = STRUCTURE_ID_LENGTHS.get(id_type)
    if expected is None:
        return "structure_type"
    if len(value) == expected + 1 and value.startswith(id_type):
        value = value[1:]
    if len(value) != expected:
        return "structure_format"
    if id_type == "1":
        return finess_problem(value)
    if id_type == "2":
        return None if siren.is_valid(value) else "siren"
    if id_type == "3":
        return None if siret.is_valid(value) else "siret"
    if id_type == "4":
        return None if luhn.is_valid(value) else "rpps_rang"
    return (None if adeli_valid(value[:9]) and value[9:].isdigit()
            else "adeli_rang")


def pp_problems(pp_type, pp_id, idnat):
    problems = []
    if pp_type == "8":
        if not (len(pp_id) == 11 and luhn.is_valid(pp_id)):
            problems.append("rpps")
    elif pp_type == "0":
        if not adeli_valid(pp_id):
            problems.append("adeli")
    else:
        problems.append("pp_type")
    if idnat != pp_type + pp_id:
        problems.append("idnat_pp")
    return problems


def department_of_postal_code(code):
    if code.startswith("97"):
        return code[:3]
    if code.startswith("20"):
        return "2A" if code < "20200" else "2B"
    return code[:2]


def check_row(raw, domains):
    """Return the list of failed checks of one line (bytes, no line end)."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return ["utf8"]
    fields = line.split("|")
    if len(fields) != NCOLS:
        return ["field_count"]
    problems = []
    bal_type, address, pp_type, pp_id, idnat, st_type, st_id = fields[:7]
    if bal_type not in BAL_TYPES:
        problems.append("bal_type")
    try:
        parsed = validate_email(address, check_deliverability=False,
                                allow_smtputf8=False)
        if parsed.ascii_domain.lower() not in domains:
            problems.append("domain")
    except EmailNotValidError:
        problems.append("address")
    if pp_type or pp_id or idnat:
        problems += pp_problems(pp_type, pp_id, idnat)
    elif bal_type in ("PER", "CAB"):
        problems.append("pp_missing")
    if st_type or st_id:
        problem = structure_problem(st_type, st_id)
        if problem:
            problems.append(problem)
    elif bal_type in ("ORG", "APP"):
        problems.append("structure_missing")
    if fields[17] not in ("O", "N", ""):
        problems.append("dematerialisation")
    postal_code, department = fields[28], fields[29]
    if postal_code:
        if not (len(postal_code) == 5 and postal_code.isdigit()):
            problems.append("postal_code")
        elif department and department != department_of_postal_code(
                postal_code):
            problems.append("postal_department")
    return problems


def check_file(path, domains, limit):
    """Check the extract; return (rows, {line: problems}) for bad rows."""
    bad = {}
    rows = 0
    with open(path, "rb") as src:
        header = src.readline().rstrip(b"\r\n").decode("utf-8", "replace")
        if header.lstrip("\ufeff") != HEADER:
            raise ValueError(f"{path}: line 1 is not the ANS extract header")
        for number, raw in enumerate(src, start=2):
            if rows == limit:
                break
            rows += 1
            problems = check_row(raw.rstrip(b"\r\n"), domains)
            if problems:
                bad[number] = problems
    return rows, bad


def load_expected(path):
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as src:
            return {f["line"]: f["kind"] for f in json.load(src)["faults"]}
    expected = {}
    with open(path, encoding="utf-8") as src:
        for line in src:
            if not line.startswith("#") and line.strip():
                number, kind = line.split("\t")
                expected[int(number)] = kind.strip()
    return expected


def compare(bad, expected, last_line):
    """Lines where the verdict differs from the manifest."""
    mismatches = []
    for number in sorted(set(bad) | set(expected)):
        if number > last_line:
            continue
        kind = expected.get(number)
        want = [REASON_OF_FAULT[kind]] if kind else []
        if bad.get(number, []) != want:
            mismatches.append((number, kind, bad.get(number, [])))
    return mismatches


def per_call(number):
    """Time single calls, for comparison with the library's bindings."""
    calls = (
        ("stdnum.fr.siret.is_valid", lambda: siret.is_valid("73282932000074")),
        ("stdnum.fr.siren.is_valid", lambda: siren.is_valid("732829320")),
        ("stdnum.luhn.is_valid (RPPS)", lambda: luhn.is_valid("10000005479")),
        ("email_validator.validate_email", lambda: validate_email(
            "dupont.jean@pro.oc.mssante.fr", check_deliverability=False,
            allow_smtputf8=False)),
    )
    for name, call in calls:
        best = min(timeit.repeat(call, number=number, repeat=5))
        print(f"{name}: {best / number * 1e9:.0f} ns/call "
              f"(best of 5 x {number})")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("extract", nargs="?", help="extract file to check")
    p.add_argument("--whitelist", metavar="XML",
                   help="ANS whitelist (default: gen_extract.py's built-in "
                   "domains, i.e. the ones it uses without --whitelist)")
    p.add_argument("--rows", type=int, default=-1,
                   help="check only the first N data rows")
    p.add_argument("--expect", metavar="MANIFEST",
                   help="gen_extract.py --faults-out file to compare with")
    p.add_argument("--per-call", type=int, nargs="?", const=100000,
                   metavar="N", help="time single library calls instead")
    p.add_argument("--json", action="store_true",
                   help="print the figures as one JSON object")
    args = p.parse_args(argv)
    if args.per_call is None and not args.extract:
        p.error("an extract file is required (or --per-call)")
    return args


def main(argv=None):
    args = parse_args(argv)
    if args.per_call is not None:
        per_call(args.per_call)
        return 0
    load_start = time.perf_counter()
    domains = frozenset(domains_for(args.whitelist))
    loop_start = time.perf_counter()
    try:
        rows, bad = check_file(args.extract, domains, args.rows)
    except (OSError, ValueError) as err:
        sys.exit(f"baseline: {err}")
    loop_end = time.perf_counter()
    loop = loop_end - loop_start
    reasons = {}
    for problems in bad.values():
        for reason in problems:
            reasons[reason] = reasons.get(reason, 0) + 1
    figures = {
        "rows": rows, "valid": rows - len(bad), "invalid": len(bad),
        "reasons": dict(sorted(reasons.items())),
        "whitelist_domains": len(domains),
        "whitelist_load_s": round(loop_start - load_start, 3),
        "check_loop_s": round(loop, 3),
        "rows_per_s": round(rows / loop) if loop > 0 else None,
        "total_s": round(loop_end - STARTED, 3),
    }
    mismatches = []
    if args.expect:
        mismatches = compare(bad, load_expected(args.expect), rows + 1)
        figures["mismatches"] = len(mismatches)
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{args.extract}: {rows} rows, {figures['valid']} valid, "
              f"{figures['invalid']} invalid")
        for reason, count in figures["reasons"].items():
            print(f"  {reason}: {count}")
        print(f"check loop: {loop:.3f} s, {figures['rows_per_s']} rows/s")
        print(f"whitelist load: {figures['whitelist_load_s']:.3f} s "
              f"({len(domains)} domains); total with imports: "
              f"{figures['total_s']:.3f} s")
        if args.expect:
            print(f"against {args.expect}: {len(mismatches)} mismatches")
    for number, kind, got in mismatches[:20]:
        print(f"line {number}: expected {kind or 'valid'}, got "
              f"{','.join(got) or 'valid'}", file=sys.stderr)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
