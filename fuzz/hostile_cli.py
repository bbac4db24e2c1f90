#!/usr/bin/python3
"""Hostile input at the mssconf command line (issue 8).

Runs a few thousand invocations built from a fixed seed: every command with
hostile values (huge, empty, non-UTF-8, control characters, separators,
option abuse, odd files as input and as whitelist, binary standard input,
thousands of arguments, odd MSSCONF_WHITELIST, MSSCONF_LANG and LANG).
Each must end on its own within the timeout with exit status 0, 1 or 2 (never
a signal), print a message when it fails with 2, and with --json
print only valid JSON lines. TAP output: one test per command family.

Usage: hostile_cli.py MSSCONF [COUNT]    (COUNT: invocations, default 2000)
"""
import json
import os
import random
import subprocess
import sys
import tempfile

exe = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
timeout = float(os.environ.get("HOSTILE_TIMEOUT", "20"))
rng = random.Random(int(os.environ.get("HOSTILE_SEED", "20250313")))

tmp = tempfile.mkdtemp(prefix="mssconf-hostile-")


def tmpfile(name, data):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


HEADER = ("Type de BAL|Adresse BAL|Type Identifiant PP|Identifiant PP|Identification nationale PP|"
          "Type identifiant structure|Identification Structure|Service de rattachement|"
          "Civilité d'exercice|Nom d'exercice|Prénom d'exercice|Catégorie profession|"
          "Libellé de catégorie profession|Code Profession|Libellé Profession|Code savoir-faire|"
          "Libellé savoir-faire|Dématérialisation|Raison Sociale structure BAL|"
          "Enseigne commerciale structure BAL|L2COMPLEMENTLOCALISATION structure BAL|"
          "L3COMPLEMENTDISTRIBUTION structure BAL|L4NUMEROVOIE structure BAL|"
          "L4COMPLEMENTNUMEROVOIE structure BAL|NL4TYPEVOIE structure BAL|L4LIBELLEVOIE structure BAL|"
          "L5LIEUDITMENTION structure BAL|L6LIGNEACHEMINEMENT structure BAL|Code postal structure BAL|"
          "Département structure BAL|Pays structure BAL").encode()

# Values as bytes: argv cannot hold NUL, everything else goes.
ATOMS = [
    b"", b" ", b"-", b"--", b"---", b"@", b".", b"|", b";", b",", b"\"", b"'", b"\\", b"%s%n%x",
    b"\xff", b"\xc3", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xef\xbb\xbf",
    b"\x01", b"\x1b[31m", b"\x7f", b"\r", b"\n", b"\t", b"\xc2\x85", b"\xe2\x80\xae",
    b"123456782", b"12345678200010", b"340781236", b"2A0001236", b"10000123454", b"341234565",
    b"810000123454", b"1340781236", b"dupont.jean@pro.oc.mssante.fr", b"pro.oc.mssante.fr",
    b"h\xc3\xb4pital.mssante.fr", b"xn--", b"xn--zz", b"PER", b"ORG", b"APP", b"CAB", b"INT", b"MED",
    b"PREINSCRIT", b"A_VALIDER", b"VALIDE", b"SUPPRIME", b"CREATE", b"FINALISE", b"DELETE",
    b"-1", b"0", b"99", b"100", b"4294967296", b"99999999999999999999999", b"1e9", b"0x10",
]
OPTIONS = [b"--json", b"--lang", b"fr", b"en", b"xx", b"-q", b"--quiet", b"--whitelist", b"--type",
           b"--index", b"--last-name", b"--first-name", b"--domain", b"--jobs", b"--no-progress",
           b"--password-set", b"--info-confirmed", b"--cgu-accepted", b"--responsible-exists",
           b"-h", b"--help", b"-V", b"--version", b"--unknown", b"-x", b"--json=1", b"--type="]


def value():
    """One hostile value: an atom, a mix of atoms, random bytes, or a huge string."""
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(ATOMS)
    if roll < 0.7:
        return b"".join(rng.choice(ATOMS) for _ in range(rng.randint(2, 6)))
    if roll < 0.9:
        return bytes(rng.randint(1, 255) for _ in range(rng.randint(1, 80)))
    # Linux refuses a single argument over 128 KiB.
    return (rng.choice(ATOMS + [b"a", b"9", b"\xc3\xa9"]) * rng.choice([300, 5000, 70000]))[:100000]


def lines(n):
    return b"\n".join(value() for _ in range(n)) + rng.choice([b"", b"\n", b"\r\n"])


def extract_file():
    rows = [HEADER if rng.random() < 0.7 else value()]
    for _ in range(rng.randint(0, 8)):
        fields = [value() if rng.random() < 0.5 else rng.choice(ATOMS) for _ in range(rng.choice([31, 31, 30, 32, 5]))]
        rows.append(b"|".join(fields))
    return b"\n".join(rows) + rng.choice([b"", b"\n"])


def account_file():
    sep = rng.choice([b";", b","])
    head = sep.join([b"type", b"adresse", b"nom", b"prenom", b"id_pp"]) if rng.random() < 0.7 else value()
    rows = [head] + [sep.join(rng.choice([value(), b'"' + value() + b'"', rng.choice(ATOMS)]) for _ in range(5))
                     for _ in range(rng.randint(0, 8))]
    return b"\r\n".join(rows)


def whitelist_file():
    kind = rng.randint(0, 5)
    if kind == 0:
        return "/nonexistent/whitelist.xml"
    if kind == 1:
        return tmp  # a directory
    if kind == 2:
        return "/dev/null"
    if kind == 3:
        return tmpfile("wl-text", lines(rng.randint(0, 20)))
    doc = (b'<?xml version="1.0"?><ListeBlancheMSSante xmlns="https://listeblanche.mssante.fr/schema">'
           b"<ListeDomaines><Domaine><Nom>" + value() + b"</Nom></Domaine>")
    return tmpfile("wl.xml", doc + rng.choice([b"</ListeDomaines>", b"", b"<!DOCTYPE x>"]))


def build():
    """(family, argv, stdin bytes, JSON expected) for one invocation."""
    fam = rng.choice(["id", "domain", "address", "suggest", "account", "whitelist", "extract",
                      "accounts", "errors", "options"])
    args, stdin = [], b""
    if fam == "id":
        args = [b"id", rng.choice([b"siren", b"siret", b"finess", b"rpps", b"rpps-rang", b"adeli",
                                   b"idnat-ps", b"idnat-struct", b"adeli-rang", value()])]
        args += [value() for _ in range(rng.randint(0, 4))]
    elif fam == "domain":
        args = [b"domain"] + [value() for _ in range(rng.randint(0, 4))]
    elif fam == "address":
        args = [b"address", b"--type", rng.choice([b"PER", b"ORG", b"INT", b"MED", value()])]
        args += [value() for _ in range(rng.randint(0, 4))]
    elif fam == "suggest":
        args = [b"suggest"]
        for opt in (b"--type", b"--last-name", b"--first-name", b"--domain", b"--index"):
            if rng.random() < 0.8:
                args += [opt, value()]
    elif fam == "account":
        args = [b"account", rng.choice([b"next", b"events", value()])]
        args += [value() for _ in range(rng.randint(0, 3))]
        args += rng.sample([b"--password-set", b"--info-confirmed", b"--cgu-accepted",
                            b"--responsible-exists", b"--type", b"ORG"], rng.randint(0, 3))
    elif fam == "whitelist":
        args = [b"whitelist", rng.choice([b"stats", b"lookup", value()])]
        args += [value() for _ in range(rng.randint(0, 3))]
    elif fam in ("extract", "accounts"):
        data = extract_file() if fam == "extract" else account_file()
        if rng.random() < 0.5:
            args, stdin = [fam.encode(), b"-"], data
        else:
            args = [fam.encode(), tmpfile(fam, data).encode()]
        if rng.random() < 0.2:
            args[1:1] = [b"--jobs", rng.choice([b"0", b"2", b"-3", b"99999", value()])]
        if rng.random() < 0.1:
            args[1:] = [rng.choice([b"/nonexistent", tmp.encode(), b"/dev/null"])]
    elif fam == "errors":
        args = [b"errors"] + rng.sample([b"--markdown", b"--json", value()], rng.randint(0, 2))
    else:
        args = [rng.choice([b"", value()] + OPTIONS)] + [rng.choice(OPTIONS + [value()])
                                                          for _ in range(rng.randint(0, 5))]
    if fam in ("id", "domain", "address") and rng.random() < 0.25:
        args.append(b"-")
        stdin = lines(rng.randint(0, 30))
    for _ in range(rng.randint(0, 2)):
        args.insert(rng.randint(1, len(args)), rng.choice(OPTIONS + [value()]))
    # Help, version and Markdown are text by design, --json or not.
    if rng.random() < 0.03:
        args += [rng.choice(ATOMS) for _ in range(rng.choice([1000, 5000]))]
    json_mode = (fam != "options" and rng.random() < 0.3 and
                 not set(args) & {b"-h", b"--help", b"-V", b"--version", b"--markdown"})
    if json_mode:
        args.insert(1, b"--json")
    if rng.random() < 0.1:
        args[1:1] = [b"--whitelist", whitelist_file().encode()]
    env = dict(base_env)
    if rng.random() < 0.1:
        env["MSSCONF_WHITELIST"] = whitelist_file()
    if rng.random() < 0.1:
        env["MSSCONF_LANG"] = rng.choice(["", "fr", "xx", "fr_FR.UTF-8", "\u00e9" * 50])
    if rng.random() < 0.05:
        env["LANG"] = rng.choice(["", "C", "fr_FR.ISO-8859-1", "zz_ZZ.bogus"])
    return fam, args, stdin, json_mode, env


failures = {}
runs = {}
base_env = dict(os.environ, LANG="C.UTF-8", MSSCONF_WHITELIST="")
for _ in range(count):
    fam, args, stdin, json_mode, env = build()
    runs[fam] = runs.get(fam, 0) + 1
    argv = [exe.encode()] + args
    problem = None
    try:
        p = subprocess.run(argv, input=stdin, capture_output=True, timeout=timeout, env=env)
        if p.returncode < 0:
            problem = "killed by signal %d" % -p.returncode
        elif p.returncode not in (0, 1, 2):
            problem = "exit status %d" % p.returncode
        elif p.returncode == 2 and not (p.stderr.strip() or p.stdout.strip()):
            problem = "usage/I-O error with no message"
        elif b"ERROR: AddressSanitizer" in p.stderr or b"runtime error:" in p.stderr:
            problem = "sanitizer report"
        elif json_mode and p.returncode != 2:
            for line in p.stdout.splitlines():
                if line.strip():
                    try:
                        json.loads(line.decode("utf-8"))
                    except (ValueError, UnicodeDecodeError):
                        problem = "not JSON: %r" % line[:120]
                        break
    except subprocess.TimeoutExpired:
        problem = "no answer within %g s" % timeout
    if problem:
        failures.setdefault(fam, []).append((problem, argv, stdin))

n = 0
for fam in sorted(runs):
    n += 1
    bad = failures.get(fam, [])
    print(("not ok" if bad else "ok"), n, "- %s: %d invocations end cleanly" % (fam, runs[fam]))
    for problem, argv, stdin in bad[:5]:
        shown = [a[:80] + (b"..." if len(a) > 80 else b"") for a in argv]
        print("#   %s: %r stdin=%r" % (problem, shown, stdin[:80]))
print("1..%d" % n)
sys.exit(1 if failures else 0)
