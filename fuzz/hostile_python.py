#!/usr/bin/python3
"""Hostile input at the Python binding (issue 8).

Calls every public function of the `mssconf` package and of its modules
with hostile arguments (strings with NUL, lone surrogates, huge strings,
bytes, None, numbers, containers, wrong arity). Each call must return or
raise an ordinary exception: never crash the interpreter, never hang, never
raise SystemError (a binding that broke the C API's rules) or MemoryError.
Each module runs in its own interpreter so a crash names its module.
TAP output, one test per module.

Usage: hostile_python.py [CALLS_PER_FUNCTION]   (mssconf must be importable)
"""
import importlib
import inspect
import json
import os
import pkgutil
import random
import subprocess
import sys

HOSTILE = [
    None, "", " ", "\x00", "a\x00b", "\ud800", "x\udcff@y.fr", "\ufeff", "\u202e", "\x1b[2J",
    "é" * 5000, "9" * 100000, "@" * 300, "a" * 70 + "@" + "b" * 250 + ".fr", "xn--", "xn--oth.fr",
    "123456782", "12345678200010", "2A0001236", "10000123454", "810000123454", "1340781236",
    "dupont.jean@pro.oc.mssante.fr", "pro.oc.mssante.fr", "h\u00f4pital.mssante.fr", "PER", "ORG",
    "PREINSCRIT", "create", "fr", "en", "zz", "/nonexistent", "/dev/null", "/", ".",
    b"123456782", b"\xff\xfe", bytearray(b"abc"), 0, -1, 1, 2 ** 31, -(2 ** 63), 2 ** 64, 1e308,
    float("nan"), True, [], ["123456782"], {}, ("a",), object(),
]


def run_module(name, calls):
    """In the child: call every public function of one module; print a JSON report."""
    mod = importlib.import_module(name)
    rng = random.Random(name)
    problems, count = [], 0
    for attr, fn in callables(mod, name):
        try:
            sig = inspect.signature(fn)
            arity = len([p for p in sig.parameters.values()
                         if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)])
        except (TypeError, ValueError):
            arity = 2
        for i in range(calls):
            n = arity if i % 7 else rng.randint(0, arity + 2)
            args = [rng.choice(HOSTILE) for _ in range(n)]
            count += 1
            try:
                fn(*args)
            except (SystemError, MemoryError) as e:
                problems.append("%s.%s%r: %s: %s" % (name, attr, tuple(map(short, args)),
                                                     type(e).__name__, e))
            except Exception:  # noqa: BLE001 - any ordinary exception is a clean refusal
                pass
    print(json.dumps({"calls": count, "problems": problems[:10]}))


def callables(mod, name):
    """Public functions of a module; for its classes, the constructor and,
    when one can be built without arguments, every public method of it."""
    for attr in sorted(dir(mod)):
        obj = getattr(mod, attr)
        if attr.startswith("_") or getattr(obj, "__module__", name) != name:
            continue
        if inspect.isfunction(obj) or inspect.isbuiltin(obj):
            yield attr, obj
        elif inspect.isclass(obj) and not issubclass(obj, BaseException):
            yield attr, obj
            try:
                instance = obj()
            except Exception:  # noqa: BLE001 - needs arguments: constructor only
                continue
            for meth in sorted(dir(instance)):
                bound = getattr(instance, meth, None)
                if not meth.startswith("_") and inspect.ismethod(bound):
                    yield attr + "." + meth, bound


def short(v):
    r = repr(v)
    return r if len(r) < 60 else r[:57] + "..."


def modules():
    import mssconf
    names = ["mssconf"]
    for m in pkgutil.iter_modules(mssconf.__path__):
        if not m.name.startswith("_"):
            names.append("mssconf." + m.name)
    return names


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        run_module(sys.argv[2], int(sys.argv[3]))
        return 0
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    failed = 0
    names = modules()
    for n, name in enumerate(names, 1):
        try:
            p = subprocess.run([sys.executable, __file__, "--child", name, str(calls)],
                               capture_output=True, timeout=300, text=True, errors="replace")
            if p.returncode != 0:
                why = ("killed by signal %d" % -p.returncode if p.returncode < 0
                       else "exit status %d" % p.returncode)
                report = {"calls": "?", "problems": [why + ": " + p.stderr.strip()[-300:]]}
            else:
                report = json.loads(p.stdout.strip().splitlines()[-1])
        except subprocess.TimeoutExpired:
            report = {"calls": "?", "problems": ["no answer within 300 s"]}
        ok = not report["problems"]
        failed |= not ok
        print(("ok" if ok else "not ok"), n, "- %s: %s hostile calls end cleanly" % (name, report["calls"]))
        for prob in report["problems"]:
            print("#   " + prob.replace("\n", " "))
    print("1..%d" % len(names))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
