#!/usr/bin/python3
"""Drive every mssconf subcommand and check exit statuses and JSON fields.

Usage: test_cli.py MSSCONF SOURCE_ROOT   (TAP on stdout)
The sample files of examples/data are used; the real ANS whitelist under
$MSS_SHARED_DIR only by the tests that say so (skipped when absent).
"""
import json
import os
import subprocess
import sys
import tempfile

mssconf, root = sys.argv[1], sys.argv[2]
data = os.path.join(root, "examples", "data")
sample_wl = os.path.join(data, "whitelist-sample.txt")
shared = os.environ.get("MSS_SHARED_DIR", "")
real_wl = os.path.join(shared, "data", "listeblanchemssante-2025-03-13.xml")
env = dict(os.environ, LANG="C", MSSCONF_LANG="", MSSCONF_WHITELIST="")
results = []


def run(*args, stdin=None, extra_env=None):
    p = subprocess.run([mssconf, *args], input=stdin, capture_output=True, env=dict(env, **(extra_env or {})))
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def objects(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def check(name, cond, detail=""):
    results.append((bool(cond), name, detail))


def expect(name, args, status, stdin=None, test=None, extra_env=None):
    rc, out, err = run(*args, stdin=stdin, extra_env=extra_env)
    ok = rc == status
    detail = f"exit {rc}, wanted {status}; stderr: {err.strip()[:200]}"
    if ok and test:
        try:
            ok = test(out, err)
            detail = "output check failed: " + out[:300]
        except Exception as e:  # a JSON or key error is a failure, not a crash
            ok, detail = False, f"{type(e).__name__}: {e}; output: {out[:300]}"
    check(name, ok, detail)


# --- usage ---------------------------------------------------------------
expect("no command is a usage error", [], 2)
expect("--help", ["--help"], 0, test=lambda o, e: "extract" in o and "accounts" in o)
for cmd in ("id", "domain", "address", "suggest", "account", "whitelist", "extract", "accounts", "errors"):
    expect(f"{cmd} --help", [cmd, "--help"], 0, test=lambda o, e, c=cmd: "Usage: mssconf " + c in o)
expect("--version", ["--version"], 0, test=lambda o, e: o.startswith("mssconf "))
expect("help COMMAND", ["help", "extract"], 0, test=lambda o, e: "Usage: mssconf extract" in o)
expect("unknown command", ["frobnicate"], 2)
expect("unknown option", ["id", "--frob", "siren", "732829320"], 2)
expect("option of another command", ["id", "--type", "PER", "siren", "732829320"], 2)
expect("bad --lang", ["--lang", "de", "id", "siren", "732829320"], 2)
expect("missing whitelist file", ["--whitelist", "/nonexistent.xml", "domain", "oc.mssante.fr"], 2)

# --- id ------------------------------------------------------------------
expect("id valid SIRET, compact and formatted", ["--json", "id", "siret", "732 829 320 00074"], 0,
       test=lambda o, e: (lambda j: j["valid"] and j["compact"] == "73282932000074"
                          and j["formatted"] == "732 829 320 00074" and j["error"] is None)(objects(o)[0]))
expect("id checksum error with code, name and offset", ["--json", "id", "siren", "732829321"], 1,
       test=lambda o, e: (lambda j: not j["valid"] and j["error"]["code"] == -102
                          and j["error"]["name"] == "MSS_ERR_ID_CHECKSUM" and j["error"]["offset"] == 8)(objects(o)[0]))
expect("id unknown kind is a usage error", ["id", "nir", "1"], 2)
expect("id values from stdin", ["--json", "id", "rpps", "-"], 1, stdin=b"10000000017\n10000000018\n\n",
       test=lambda o, e: [j["valid"] for j in objects(o)] == [True, False])
expect("id French messages", ["--lang", "fr", "id", "siren", "732829321"], 1,
       test=lambda o, e: "clé de contrôle" in o)
expect("id mixed arguments: exit 1", ["id", "finess", "010780062", "01078006"], 1)

# --- domain --------------------------------------------------------------
expect("generic domain without whitelist", ["--json", "domain", "PRO.OC.MSSANTE.FR"], 0,
       test=lambda o, e: (lambda j: j["valid"] and j["class"] == "generic"
                          and j["normalized"] == "pro.oc.mssante.fr")(objects(o)[0]))
expect("unverified .mssante.fr is valid with a warning", ["--json", "domain", "x.mssante.fr"], 0,
       test=lambda o, e: (lambda j: j["class"] == "unverified"
                          and j["warnings"][0]["name"] == "MSS_WARN_DOMAIN_UNVERIFIED")(objects(o)[0]))
expect("outside MSSanté is invalid", ["--json", "domain", "gmail.com"], 1,
       test=lambda o, e: objects(o)[0]["class"] == "outside")
expect("invalid domain", ["--json", "domain", "a..b.fr"], 1,
       test=lambda o, e: objects(o)[0]["error"]["name"] == "MSS_ERR_DOMAIN_EMPTY_LABEL")
expect("sample whitelist: absent domain, with suggestion", ["--whitelist", sample_wl, "--json", "domain",
                                                            "ch-albii.mssante.fr"], 1,
       test=lambda o, e: "ch-albi.mssante.fr" in objects(o)[0]["suggestions"])
expect("whitelist from the environment", ["--json", "domain", "ch-rodez.mssante.fr"], 0,
       test=lambda o, e: objects(o)[0]["class"] == "whitelisted", extra_env={"MSSCONF_WHITELIST": sample_wl})

# --- address ------------------------------------------------------------
expect("address PER valid", ["--json", "address", "--type", "PER", "dupont.jean@pro.oc.mssante.fr"], 0,
       test=lambda o, e: (lambda j: j["valid"] and j["domain"] == "pro.oc.mssante.fr"
                          and j["type"] == "PER")(objects(o)[0]))
expect("address without at-sign", ["--json", "address", "--type", "ORG", "secretariat.pro.oc.mssante.fr"], 1,
       test=lambda o, e: objects(o)[0]["error"]["name"] == "MSS_ERR_ADDRESS_NO_AT")
expect("address PER on a public domain", ["address", "--type", "PER", "jean@gmail.com"], 1)
expect("address INT on a public domain", ["address", "--type", "INT", "jean.dupont@ch-exemple.fr"], 0)
expect("address needs --type", ["address", "a@b.fr"], 2)
expect("address bad --type", ["address", "--type", "XYZ", "a@b.fr"], 2)

# --- suggest ------------------------------------------------------------
expect("suggest nom.prenom", ["--json", "suggest", "--type", "PER", "--last-name", "Le Gall", "--first-name",
                              "Élodie", "--domain", "pro.oc.mssante.fr"], 0,
       test=lambda o, e: objects(o)[0]["address"] == "le-gall.elodie@pro.oc.mssante.fr")
expect("suggest with homonym index", ["suggest", "--type", "PER", "--last-name", "Dupont", "--first-name", "Jean",
                                      "--domain", "pro.oc.mssante.fr", "--index", "2"], 0,
       test=lambda o, e: o.strip().splitlines()[0] == "dupont.jean2@pro.oc.mssante.fr")
expect("suggest without a usable name", ["suggest", "--type", "PER", "--last-name", "---", "--first-name", "Jean",
                                         "--domain", "pro.oc.mssante.fr"], 1)
expect("suggest missing --domain", ["suggest", "--type", "PER", "--last-name", "Dupont"], 2)
expect("suggest bad --index", ["suggest", "--type", "PER", "--last-name", "A", "--domain", "oc.mssante.fr",
                               "--index", "x"], 2)

# --- account ------------------------------------------------------------
expect("account finalise with all three facts", ["--json", "account", "next", "PREINSCRIT", "FINALISE",
                                                 "--password-set", "--info-confirmed", "--cgu-accepted"], 0,
       test=lambda o, e: objects(o)[0]["next"] == "VALIDE")
expect("account finalise with nothing done: every reason", ["--json", "account", "next", "PREINSCRIT",
                                                            "FINALISE"], 1,
       test=lambda o, e: {x["name"] for x in objects(o)[0]["errors"]} >= {
           "MSS_ERR_ACCOUNT_PASSWORD_NOT_SET", "MSS_ERR_ACCOUNT_INFO_NOT_CONFIRMED",
           "MSS_ERR_ACCOUNT_CGU_NOT_ACCEPTED"})
expect("account unknown status", ["--json", "account", "next", "FOO", "FINALISE"], 1,
       test=lambda o, e: objects(o)[0]["error"]["name"] == "MSS_ERR_ACCOUNT_STATUS_UNKNOWN")
expect("account events", ["--json", "account", "events", "PREINSCRIT"], 0,
       test=lambda o, e: "FINALISE" in [x["event"].upper() for x in objects(o)[0]["events"]])
expect("account events of a terminal status", ["--json", "account", "events", "SUPPRIME"], 0,
       test=lambda o, e: objects(o)[0]["events"] == [])
expect("account without subcommand", ["account"], 2)

# --- whitelist ----------------------------------------------------------
expect("whitelist stats, built-in", ["--json", "whitelist", "stats"], 0,
       test=lambda o, e: objects(o)[0]["domains"] == 4)
expect("whitelist lookup sample", ["--whitelist", sample_wl, "--json", "whitelist", "lookup",
                                   "medecin.mssante.fr", "nowhere.mssante.fr"], 1,
       test=lambda o, e: [j["found"] for j in objects(o)] == [True, False])
expect("lookup alone is whitelist lookup", ["--whitelist", sample_wl, "--json", "lookup", "medecin.mssante.fr",
                                          "nowhere.mssante.fr"], 1,
       test=lambda o, e: [j["found"] for j in objects(o)] == [True, False])
expect("lookup --help", ["lookup", "--help"], 0, test=lambda o, e: "mssconf lookup" in o)
if os.path.exists(real_wl):
    expect("real whitelist stats", ["--whitelist", real_wl, "--json", "whitelist", "stats"], 0,
           test=lambda o, e: objects(o)[0]["domains"] > 4000)
    expect("real whitelist lookup: operators", ["--whitelist", real_wl, "--json", "whitelist", "lookup",
                                                "ch-albi.mssante.fr"], 0,
           test=lambda o, e: objects(o)[0]["operators"][0]["organisation"] == "GIP MIPIH")
else:
    results.append((None, "real whitelist tests", "SKIP ../shared absent"))

# --- extract ------------------------------------------------------------
extract = os.path.join(data, "extract-sample.txt")
faults = {}
for line in open(os.path.join(data, "extract-sample-faults.tsv"), encoding="utf-8"):
    if not line.startswith("#"):
        n, kind = line.split()
        faults[int(n)] = kind


def extract_json(o, e):
    rows = objects(o)
    summary = rows[-1]["summary"]
    invalid = {r["line"] for r in rows[:-1] if not r["valid"]}
    return (summary["rows"] == 200 and summary["invalid"] == len(faults) and invalid == set(faults)
            and len(rows) == 201)


expect("extract sample: exactly the known faulty lines", ["--whitelist", sample_wl, "--json", "extract", extract],
       1, test=extract_json)
expect("extract from stdin", ["--whitelist", sample_wl, "-q", "extract", "-"], 1,
       stdin=open(extract, "rb").read(), test=lambda o, e: "rows: 200, valid: 186, invalid: 14" in o)


def by_line(o):
    return {r["line"]: r for r in objects(o)[:-1]}


expect("extract: error columns and codes", ["--whitelist", sample_wl, "--json", "extract", extract], 1,
       test=lambda o, e: all(
           by_line(o)[n]["error"]["name"] == name
           for n, name in ((l, {"bad_dematerialisation": "MSS_ERR_EXTRACT_DEMATERIALISATION",
                                "wrong_field_count": "MSS_ERR_FILE_FIELD_COUNT",
                                "invalid_utf8": "MSS_ERR_FILE_ROW_UTF8",
                                "postal_department_mismatch": "MSS_ERR_EXTRACT_POSTAL_DEPARTMENT",
                                "idnat_pp_inconsistent": "MSS_ERR_RECORD_IDNAT_PS_MISMATCH",
                                "unknown_bal_type": "MSS_ERR_BAL_TYPE_UNKNOWN"}[k])
                           for l, k in faults.items()
                           if k in ("bad_dematerialisation", "wrong_field_count", "invalid_utf8",
                                    "postal_department_mismatch", "idnat_pp_inconsistent", "unknown_bal_type"))))

with tempfile.TemporaryDirectory() as tmp:
    bad = os.path.join(tmp, "bad.txt")
    lines = open(extract, "rb").read().split(b"\n")
    with open(bad, "wb") as f:
        f.write(b"Type|Adresse\r\n" + b"\r\n".join(lines[1:4]) + b"\r\n")
    expect("extract wrong header: reported, rows still checked", ["--json", "extract", bad], 1,
           test=lambda o, e: objects(o)[0].get("header") and objects(o)[0]["error"]["name"] == "MSS_ERR_FILE_HEADER"
           and objects(o)[-1]["summary"]["rows"] == 3)
    empty = os.path.join(tmp, "empty.txt")
    open(empty, "wb").close()
    expect("extract empty file", ["--json", "extract", empty], 1,
           test=lambda o, e: objects(o)[0]["error"]["name"] == "MSS_ERR_FILE_EMPTY")
    # The summary counts a row under its domain's listed name however the
    # row spells it; a domain not listed, under its own name in lower case.
    spelled, spelled_wl = os.path.join(tmp, "spelled.txt"), os.path.join(tmp, "spelled-wl.txt")
    with open(spelled_wl, "w", encoding="utf-8") as f:
        f.write("medecin.mssante.fr\nhôpital-exemple.fr\n")
    row = lines[1].split(b"|")
    with open(spelled, "wb") as f:
        f.write(lines[0] + b"\n")
        for domain in ("medecin.mssante.fr", "MEDECIN.MSSante.fr", "Medecin.mssante.fr", "Nowhere.MSSante.fr",
                       "nowhere.mssante.fr", "hôpital-exemple.fr", "HÔPITAL-exemple.fr", "xn--hpital-exemple-0ob.fr"):
            row[1] = ("dupont.jean@" + domain).encode()
            f.write(b"|".join(row) + b"\n")
    for jobs in ("1", "2"):
        expect("extract summary: a listed domain under its listed name, however spelled (jobs %s)" % jobs,
               ["--whitelist", spelled_wl, "--json", "--jobs", jobs, "extract", spelled], 1,
               test=lambda o, e: {d: t["rows"] for d, t in objects(o)[-1]["summary"]["by_domain"].items()} ==
               {"medecin.mssante.fr": 3, "nowhere.mssante.fr": 2, "xn--hpital-exemple-0ob.fr": 3})
    expect("extract missing file", ["extract", os.path.join(tmp, "nope.txt")], 2)
    expect("extract a directory", ["extract", tmp], 2)
    expect("extract two files", ["extract", bad, bad], 2)

    # --- accounts -------------------------------------------------------
    accounts = os.path.join(data, "accounts-sample.csv")
    expect("accounts sample", ["--whitelist", sample_wl, "--json", "accounts", accounts], 1,
           test=lambda o, e: objects(o)[-1]["summary"]["rows"] == 30 and objects(o)[-1]["summary"]["invalid"] == 10)
    expect("accounts columns by name", ["--whitelist", sample_wl, "--json", "accounts", accounts], 1,
           test=lambda o, e: {r["line"]: r["error"]["column"] for r in objects(o)[:-1] if not r["valid"]}[12] == "id_pp")
    comma = os.path.join(tmp, "comma.csv")
    with open(comma, "w", encoding="utf-8") as f:
        f.write('nom,prenom,type,adresse\n"Dupont, Jean",Jean,INT,dupont.jean@ch-exemple.fr\n'
                'X,Y,INT,"bad""quote@x.fr\n')
    expect("accounts comma CSV with quotes", ["--json", "accounts", comma], 1,
           test=lambda o, e: [r["valid"] for r in objects(o)[:-1]] == [True, False])
    missing = os.path.join(tmp, "missing.csv")
    with open(missing, "w", encoding="utf-8") as f:
        f.write("type;nom\nPER;X\n")
    expect("accounts missing column", ["--json", "accounts", missing], 1,
           test=lambda o, e: objects(o)[0]["error"]["name"] == "MSS_ERR_FILE_MISSING_COLUMN")

# --- extract --jobs: same rows, same order, same summary -------------------
def same_output(args_one, args_many, stdin=None):
    """Both runs exit alike and print byte-identical output."""
    r1, r3 = run(*args_one, stdin=stdin), run(*args_many, stdin=stdin)
    return r1[0] == r3[0] and r1[1] == r3[1] and r1[1] != "", f"exit {r1[0]} / {r3[0]}"


def check_jobs(name, path, opts=(), jobs=("3",)):
    for j in jobs:
        ok, detail = same_output([*opts, "--json", "--jobs", "1", "extract", path],
                                 [*opts, "--json", "--jobs", j, "extract", path])
        check(f"extract --jobs {j} = --jobs 1 (JSON): {name}", ok, detail)


check_jobs("sample", extract, ("--whitelist", sample_wl), jobs=("2", "3", "7", "64", "0"))
ok, detail = same_output(["--whitelist", sample_wl, "extract", extract],
                         ["--whitelist", sample_wl, "-j", "5", "extract", extract])
check("extract -j 5 = --jobs 1 (human output)", ok, detail)
ok, detail = same_output(["--whitelist", sample_wl, "-q", "extract", extract],
                         ["--whitelist", sample_wl, "-q", "-j2", "extract", extract])
check("extract -j2 (attached value)", ok, detail)
expect("-x is not an option", ["-x", "id", "siren", "732829320"], 2)
expect("-qq is not an option", ["-qq", "id", "siren", "732829320"], 2)
expect("extract --jobs on standard input (read by one thread)", ["--whitelist", sample_wl, "--json", "--jobs", "3",
                                                                 "extract", "-"], 1,
       stdin=open(extract, "rb").read(), test=lambda o, e: objects(o)[-1]["summary"]["invalid"] == len(faults))
expect("extract --jobs 3 --quiet: only the summary", ["--whitelist", sample_wl, "-q", "--jobs", "3", "extract",
                                                      extract], 1,
       test=lambda o, e: "rows: 200, valid: 186, invalid: 14" in o and "line " not in o)
expect("--jobs beyond 64", ["--jobs", "65", "extract", extract], 2)
expect("--jobs not a number", ["--jobs", "x", "extract", extract], 2)
expect("--jobs does not apply to id", ["--jobs", "2", "id", "siren", "732829320"], 2)
expect("accounts --jobs: read as one stream", ["--whitelist", sample_wl, "--json", "--jobs", "4", "accounts",
                                               os.path.join(data, "accounts-sample.csv")], 1,
       test=lambda o, e: objects(o)[-1]["summary"]["rows"] == 30)

gen = os.path.join(root, "bench", "gen_extract.py")
with tempfile.TemporaryDirectory() as tmp:
    big = os.path.join(tmp, "gen.txt")
    manifest = os.path.join(tmp, "gen-faults.tsv")
    p = subprocess.run([sys.executable, gen, "--rows", "20000", "--seed", "7", "--fault-rate", "0.05",
                        "--faults-out", manifest, "-o", big], capture_output=True)
    if p.returncode == 0:
        check_jobs("generated 20,000 rows", big, jobs=("2", "3"))
        sys.path.insert(0, os.path.dirname(gen))
        import gen_extract  # its rows draw their domains from this list
        gen_wl = os.path.join(tmp, "gen-whitelist.txt")
        with open(gen_wl, "w", encoding="utf-8") as f:
            f.write("\n".join(gen_extract.BUILTIN_DOMAINS) + "\n")
        known = {int(l.split()[0]) for l in open(manifest) if l[:1].isdigit()}
        expect("generated extract --jobs 3: exactly the known faulty lines",
               ["--whitelist", gen_wl, "--json", "--jobs", "3", "extract", big], 1,
               test=lambda o, e: {r["line"] for r in objects(o)[:-1] if not r["valid"]} == known
               and objects(o)[-1]["summary"]["rows"] == 20000
               and objects(o)[-1]["summary"]["invalid"] == len(known))
        crlf = os.path.join(tmp, "crlf.txt")
        subprocess.run([sys.executable, gen, "--rows", "3000", "--seed", "8", "--crlf", "-o", crlf], check=True,
                       capture_output=True)
        with open(crlf, "rb") as f:
            body = f.read()
        with open(crlf, "wb") as f:  # a byte order mark, and no line end after the last row
            f.write(b"\xef\xbb\xbf" + body.rstrip(b"\r\n"))
        check_jobs("BOM, CRLF, no final line end", crlf, jobs=("2", "5"))
    else:
        results.append((None, "generated extract tests", "SKIP gen_extract.py failed"))
    few = os.path.join(tmp, "few.txt")
    with open(few, "wb") as f:  # fewer lines than parts, a blank line and a line over 16 KiB
        f.write(open(extract, "rb").read().split(b"\n")[0] + b"\n\nPER|" + b"x" * 20000 + b"\nORG|a\n")
    check_jobs("fewer lines than parts, blank and over-long lines", few, jobs=("2", "9"))
    blank = os.path.join(tmp, "blank.txt")
    with open(blank, "wb") as f:  # fewer octets than parts
        f.write(b"\n" * 6)
    check_jobs("fewer octets than parts", blank, jobs=("7", "64"))
    nothing = os.path.join(tmp, "nothing.txt")
    open(nothing, "wb").close()
    check_jobs("empty file", nothing, jobs=("4",))
    headerless = os.path.join(tmp, "headerless.txt")
    with open(headerless, "wb") as f:
        f.write(b"\n".join(open(extract, "rb").read().split(b"\n")[1:]))
    check_jobs("wrong header", headerless, ("--whitelist", sample_wl), jobs=("3",))

# --- French ---------------------------------------------------------------
expect("--lang fr --help", ["--lang", "fr", "--help"], 0, test=lambda o, e: "Utilisation : mssconf" in o
       and "Code de sortie" in o)
expect("extract --help in French from $LANG", ["extract", "--help"], 0,
       test=lambda o, e: "Utilisation : mssconf extract" in o and "--jobs" in o, extra_env={"LANG": "fr_FR.UTF-8"})
expect("French human labels", ["--lang", "fr", "--whitelist", sample_wl, "extract", extract], 1,
       test=lambda o, e: "ligne " in o and "INVALIDE" in o and "== Bilan ==" in o and "colonne « " in o)
expect("French verdict for values", ["--lang", "fr", "domain", "oc.mssante.fr"], 0,
       test=lambda o, e: o.startswith("valide "))
expect("French usage error", ["--lang", "fr", "--type", "PER", "id", "siren", "1"], 2,
       test=lambda o, e: "ne s'applique pas" in e)

# --- consistency ------------------------------------------------------------
expect("whitelist lookup JSON: valid and error like the other commands",
       ["--json", "whitelist", "lookup", "oc.mssante.fr", "x.fr", "a..b"], 1,
       test=lambda o, e: [(j["valid"], j["error"] and j["error"]["name"]) for j in objects(o)] == [
           (True, None), (False, "MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED"), (False, "MSS_ERR_DOMAIN_EMPTY_LABEL")]
       and all("warnings" in j and "input" in j for j in objects(o)))
expect("a --whitelist that cannot be loaded fails every command", ["--whitelist", "/nonexistent.xml", "id",
                                                                   "siren", "732829320"], 2)
expect("a NUL octet in a value from stdin is refused, not cut", ["--json", "id", "siren", "-"], 1,
       stdin=b"732829320\0junk\n732829320\n",
       test=lambda o, e: [(j["valid"], j["error"] and j["error"]["name"], j["error"] and j["error"]["offset"])
                          for j in objects(o)] == [(False, "MSS_ERR_CONTROL_CHARACTER", 9), (True, None, None)])
expect("an endless line on stdin is refused as too long", ["--json", "domain", "-"], 1,
       stdin=b"a" * 100000 + b"\n",
       test=lambda o, e: objects(o)[0]["error"]["name"] == "MSS_ERR_TOO_LONG")
expect("summary: rows, valid, problems by kind, by type and by domain", ["--whitelist", sample_wl, "--json",
                                                                         "extract", extract], 1,
       test=lambda o, e: (lambda s: s["rows"] == 200 and s["valid"] == 186
                          and sum(s["by_kind"].values()) >= 14 and set(s["errors"]) <= set(s["by_kind"])
                          and sum(t["rows"] for t in s["by_type"].values()) == 200
                          and sum(t["invalid"] for t in s["by_type"].values()) == 14
                          and "medecin.mssante.fr" in s["by_domain"])(objects(o)[-1]["summary"]))
with tempfile.TemporaryDirectory() as tmp:
    types = os.path.join(tmp, "types.txt")
    with open(types, "wb") as f:  # a long garbage type is one type, not one per row
        f.write(open(extract, "rb").read().split(b"\n")[0] + b"\n" + (b"A" * 40 + b"|x@y.fr\n") * 50)
    expect("summary: a long garbage type counted once", ["--json", "extract", types], 1,
           test=lambda o, e: objects(o)[-1]["summary"]["by_type"] == {"A" * 16: {"rows": 50, "invalid": 50}})

# --- errors -------------------------------------------------------------
expect("errors as JSON", ["--json", "errors"], 0,
       test=lambda o, e: any(j["name"] == "MSS_ERR_ID_CHECKSUM" and j["code"] == -102 for j in objects(o)))
expect("errors as Markdown", ["errors", "--markdown"], 0,
       test=lambda o, e: "| -801 | `MSS_ERR_FILE_HEADER` |" in o)

for i, (ok, name, detail) in enumerate(results, 1):
    if ok is None:
        print(f"ok {i} - {name} # {detail}")
        continue
    print(("ok" if ok else "not ok"), i, "-", name)
    if not ok:
        print("# " + detail.replace("\n", "\n# "))
print(f"1..{len(results)}")
sys.exit(0 if all(r[0] is not False for r in results) else 1)
