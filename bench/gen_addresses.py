#!/usr/bin/python3
"""Generate mailbox address lists, one address per line, for one mailbox
type (or all, as "TYPE<TAB>address" lines), with a share of invalid ones.

Valid addresses follow the rules of their type: PER/ORG/APP/CAB on a
whitelisted MSSanté domain with the guide's local-part shapes (nom.prenom,
service, noreply, cabinet.nom), so that they raise no warning either;
INT/MED on the structure's own domain, a foreign one, an internationalised
one, or an MSSanté one. Invalid addresses break exactly one rule; their line
and kind go to the --faults-out manifest.

Standard library only; deterministic for a given --seed and --whitelist.
"""

import argparse
import random
import sys
import time

from gen_extract import (APP_LOCALS, SERVICES, Names, add_common_options,
                         choose_faults, domains_for, print_summary,
                         structure_domains, write_lines, write_manifest)

TYPES = ("PER", "ORG", "APP", "CAB", "INT", "MED")
MSSANTE_TYPES = frozenset(("PER", "ORG", "APP", "CAB"))
# Weights of the types in a "mixed" list (PER dominates real directories).
MIXED_WEIGHTS = (70, 12, 4, 2, 8, 4)

# Domains outside MSSanté: the structure's own, foreign, internationalised.
OWN_DOMAINS = ("hopital-exemple.fr", "ch-exemple.fr", "clinique-exemple.fr",
               "ehpad-les-cedres.fr", "ght-exemple.fr", "cpts-exemple.org",
               "hôpital-exemple.fr", "clinique-sainte-thérèse.fr")
FOREIGN_DOMAINS = ("clinique-exemple.be", "hopital-exemple.ch",
                   "klinik-beispiel.de", "chl-exemple.lu",
                   "hospital-ejemplo.es")
PUBLIC_DOMAINS = ("gmail.com", "orange.fr", "wanadoo.fr", "laposte.net")

FAULTS_ANY_TYPE = (
    "no_at", "two_at", "consecutive_dots", "leading_dot", "trailing_dot_local",
    "trailing_dot_domain", "quoted_local", "non_ascii_local", "space_in_local",
    "local_too_long",
)
FAULTS_MSSANTE = ("domain_not_whitelisted", "not_mssante_domain")
FAULTS_OTHER = ("single_label_domain", "label_too_long", "address_too_long")


def fault_kinds(mailbox_type):
    """Kinds that break exactly one rule for this type (the length faults
    use non-whitelisted domains, so they only make sense for INT/MED)."""
    extra = FAULTS_MSSANTE if mailbox_type in MSSANTE_TYPES else FAULTS_OTHER
    return FAULTS_ANY_TYPE + extra


class Addresses:
    def __init__(self, rng, domains):
        self.rng = rng
        self.domains = domains
        self.domain_set = frozenset(domains)
        self.structure_domains = structure_domains(domains)
        self.names = Names(rng)

    def local(self, mailbox_type):
        rng = self.rng
        if mailbox_type == "ORG":
            return rng.choice(SERVICES)[0]
        if mailbox_type == "APP":
            return rng.choice(APP_LOCALS)
        _, _, nom, prenom = self.names.person()
        if mailbox_type == "CAB":
            return "cabinet." + nom
        if rng.random() < 0.85:
            return nom + "." + prenom
        return prenom + "." + nom

    def domain(self, mailbox_type):
        rng = self.rng
        if mailbox_type == "PER":
            return rng.choice(self.domains)
        if mailbox_type in MSSANTE_TYPES or rng.random() < 0.25:
            return rng.choice(self.structure_domains)
        return rng.choice(OWN_DOMAINS if mailbox_type == "INT"
                          else FOREIGN_DOMAINS + OWN_DOMAINS)

    def valid(self, mailbox_type):
        domain = self.domain(mailbox_type)
        local = self.names.unique(self.local(mailbox_type), domain)
        if self.rng.random() < 0.03:  # case does not matter
            local, domain = local.title(), domain.upper()
        return local, domain

    def make(self, mailbox_type, fault):
        local, domain = self.valid(mailbox_type)
        if fault:
            local, domain, at = self.corrupt(local, domain, fault)
            return local + at + domain
        return local + "@" + domain

    def corrupt(self, local, domain, fault):
        """(local, domain, separator) breaking the one rule of the fault."""
        rng = self.rng
        dotted = local if "." in local else local[:2] + "." + local[2:]
        if fault == "no_at":
            return local, domain, rng.choice(("", ".", " "))
        if fault == "two_at":
            return local, domain, "@@"
        if fault == "consecutive_dots":
            return dotted.replace(".", "..", 1), domain, "@"
        if fault == "leading_dot":
            return "." + local, domain, "@"
        if fault == "trailing_dot_local":
            return local + ".", domain, "@"
        if fault == "trailing_dot_domain":
            return local, domain + ".", "@"
        if fault == "quoted_local":
            return '"' + dotted.replace(".", " ", 1) + '"', domain, "@"
        if fault == "non_ascii_local":
            accented = local.replace("e", "é", 1)
            return accented if accented != local else local + "ü", domain, "@"
        if fault == "space_in_local":
            return dotted.replace(".", " ", 1), domain, "@"
        if fault == "local_too_long":
            return (local + "." + "x" * 64)[:65], domain, "@"
        if fault == "domain_not_whitelisted":
            return local, self.unlisted(domain), "@"
        if fault == "not_mssante_domain":
            return local, rng.choice(PUBLIC_DOMAINS + OWN_DOMAINS), "@"
        if fault == "single_label_domain":
            return local, rng.choice(("localhost", "intranet", "fr")), "@"
        if fault == "label_too_long":
            return local, "h" * 64 + ".fr", "@"
        if fault == "address_too_long":
            # domain of 250 octets (<= 253) + "@" + at least 10 > 254
            labels = ".".join(f"service-de-soins-{i:02d}" for i in range(12))
            return local.ljust(10, "x"), labels + ".exemple.fr", "@"
        raise ValueError(f"unknown fault kind {fault}")

    def unlisted(self, domain):
        while True:
            candidate = self.rng.choice((
                "x." + domain.lower(),
                f"inconnu-{self.rng.randrange(100000)}.mssante.fr"))
            if candidate not in self.domain_set:
                return candidate


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--type", choices=TYPES + ("mixed",), default="PER",
                   help="mailbox type; mixed writes TYPE<TAB>address lines")
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--invalid-rate", type=float, default=0.1)
    add_common_options(p, "invalid lines")
    args = p.parse_args(argv)
    if args.count < 0 or not 0 <= args.invalid_rate <= 1:
        p.error("--count must be >= 0 and --invalid-rate within [0, 1]")
    return args


def main(argv=None):
    args = parse_args(argv)
    start = time.perf_counter()
    rng = random.Random(args.seed)
    domains = domains_for(args.whitelist)
    gen = Addresses(rng, domains)
    if args.type == "mixed":
        types = rng.choices(TYPES, MIXED_WEIGHTS, k=args.count)
    else:
        types = [args.type] * args.count
    # Pick the faulty lines first, then a kind that fits each line's type.
    faults = choose_faults(rng, args.count, args.invalid_rate, ("?",))
    for i in faults:
        faults[i] = rng.choice(fault_kinds(types[i]))
    lines = (("" if args.type != "mixed" else t + "\t")
             + gen.make(t, faults.get(i)) for i, t in enumerate(types))
    write_lines(args.output, lines)
    if args.faults_out:
        write_manifest(args.faults_out, faults, args.count, header_lines=0)
    kinds = sorted(set(FAULTS_ANY_TYPE + FAULTS_MSSANTE + FAULTS_OTHER)
                   & set(faults.values()))
    print_summary("gen_addresses", f"{args.count} {args.type} addresses, "
                  f"seed {args.seed}", faults, kinds,
                  time.perf_counter() - start)
    return 0


if __name__ == "__main__":
    sys.exit(main())
