#!/usr/bin/python3
"""Per-call cost of the Python binding against python-stdnum for the same
identifiers: mssconf.<kind>.is_valid and stdnum.fr.<kind>.is_valid (or
stdnum.luhn.is_valid for RPPS), over the same 1,000 valid numbers, median of
several repeats. Prints one JSON object.

    PYTHONPATH=<builddir>/bindings/python /usr/bin/python3 binding_compare.py
"""

import argparse
import json
import random
import statistics
import sys
import timeit

import mssconf
from stdnum import luhn
from stdnum.fr import siren, siret

from gen_extract import with_key


def numbers(length, rng, count=1000):
    """count valid Luhn numbers of the given length (SIREN 9, RPPS 11)."""
    return [with_key("".join(rng.choice("0123456789") for _ in range(length - 1)))
            for _ in range(count)]


def sirets(rng, count=1000):
    return [with_key(s + "".join(rng.choice("0123456789") for _ in range(4)))
            for s in numbers(9, rng, count)]


def ns_per_call(fn, values, repeat):
    def loop():
        for v in values:
            fn(v)
    runs = timeit.repeat(loop, number=10, repeat=repeat)
    return statistics.median(runs) / (10 * len(values)) * 1e9


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeat", type=int, default=7)
    args = p.parse_args(argv)
    rng = random.Random(9)
    cases = (
        ("siret", sirets(rng), mssconf.siret.is_valid, siret.is_valid, "stdnum.fr.siret.is_valid"),
        ("siren", numbers(9, rng), mssconf.siren.is_valid, siren.is_valid, "stdnum.fr.siren.is_valid"),
        ("rpps", ["10" + n[2:-1] + luhn.calc_check_digit("10" + n[2:-1]) for n in numbers(11, rng)],
         mssconf.rpps.is_valid, luhn.is_valid, "stdnum.luhn.is_valid"),
    )
    out = {}
    for name, values, ours, theirs, theirs_name in cases:
        if not all(ours(v) and theirs(v) for v in values):
            sys.exit(f"binding_compare: {name}: the two disagree on a valid number")
        a = ns_per_call(ours, values, args.repeat)
        b = ns_per_call(theirs, values, args.repeat)
        out[name] = {"mssconf_ns": round(a, 1), "stdnum": theirs_name,
                     "stdnum_ns": round(b, 1), "ratio": round(b / a, 2)}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
