#!/usr/bin/python3
"""Synthetic ANS whitelist in the real format, for benchmarks run without
../shared: the ListeBlancheMSSante namespace, one Domaine element per
operator certificate (so some domains appear twice), the same six child
elements, about the same size as the 2025-03-13 list (6,554 Domaine
elements, 3.7 MB), and the real file's unclosed root after
</ListeDomaines>. Always includes gen_extract.py's built-in domains, so an
extract generated without --whitelist checks clean against it.

    ./gen_whitelist.py -o whitelist.xml [--entries 6554] [--seed S]
"""

import argparse
import random
import sys

from gen_extract import BUILTIN_DOMAINS, CITIES

OPERATORS = (
    ("medimail-asip.mipih.fr", "318310021300028", "GIP MIPIH", "Haute-Garonne (31)",
     "08 10  61 50 50, medimail.diffusion@mipih.fr"),
    ("smtp-2.mssante.adista.fr", "332315971500305", "ADISTA", "Meurthe-et-Moselle (54)",
     "03 57 54 55 25, contact@adista.example"),
    ("mail.mssante.example-operateur.fr", "344012345600017", "OPERATEUR EXEMPLE",
     "Rhone (69)", "04 00 00 00 00, support@operateur.example"),
)
KINDS = ("ch", "chu", "clinique", "ehpad", "cabinet", "centre-sante", "msp",
         "labo", "radiologie", "ssiad", "pharmacie", "sante", "pro", "dpi")


def slug(text):
    out = []
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def domains(count, rng):
    """count distinct domain names, the built-in ones first."""
    names = list(dict.fromkeys(BUILTIN_DOMAINS))
    seen = set(names)
    cities = sorted({slug(c[2]) for c in CITIES})
    while len(names) < count:
        name = f"{rng.choice(KINDS)}-{rng.choice(cities)}"
        if rng.random() < 0.3:
            name += str(rng.randint(2, 99))
        name += ".mssante.fr" if rng.random() < 0.95 else ".mssante.example.org"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def entry(out, name, operator, date):
    server, ou, org, state, contact = operator
    out.write(
        "        <Domaine>\n"
        f"            <Nom>{name}</Nom>\n"
        f"            <Description>{name.split('.')[0].upper().replace('-', ' ')}</Description>\n"
        f"            <DNCertificatOperateur>CN={server},OU={ou},O={org},ST={state},C=FR"
        "</DNCertificatOperateur>\n"
        f"            <ResponsableContact>{contact}</ResponsableContact>\n"
        f"            <SupportContact>{contact}</SupportContact>\n"
        f"            <DateMAJ>{date}</DateMAJ>\n"
        "        </Domaine>\n")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--entries", type=int, default=6554,
                   help="Domaine elements (the 2025-03-13 list has 6554)")
    p.add_argument("--seed", type=int, default=20250313)
    p.add_argument("-o", "--output", default="-", help="file, - for stdout")
    args = p.parse_args(argv)
    rng = random.Random(args.seed)
    # About one domain in thirty is listed by a second operator.
    names = domains(args.entries * 30 // 31, rng)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with out:
        out.write('<?xml version="1.0" encoding="UTF-8"?><ListeBlancheMSSante '
                  'xmlns="https://listeblanche.mssante.fr/schema">\n'
                  "    <DateDeGeneration>2025-03-13T14:54:10Z</DateDeGeneration>\n"
                  "    <ListeDomaines>\n")
        written = 0
        for i, name in enumerate(names):
            date = f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00Z"
            entry(out, name, OPERATORS[0] if i % 3 else OPERATORS[1], date)
            written += 1
            if written < args.entries and i % 30 == 7:
                entry(out, name, OPERATORS[2], date)
                written += 1
        out.write("    </ListeDomaines>\n")  # the real file stops here
    return 0


if __name__ == "__main__":
    sys.exit(main())
