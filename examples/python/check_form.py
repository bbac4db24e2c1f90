#!/usr/bin/python3
"""Validate a mailbox request form: address + mailbox type + RPPS.

    PYTHONPATH=build/bindings/python examples/python/check_form.py \
        --address jean.dupont@pro.oc.mssante.fr --type PER --rpps 10000005479 \
        [--whitelist listeblanchemssante.xml]

Prints each problem in French (the form's language) and exits 1 when the
form must be refused.
"""

import argparse
import sys

import mssconf
from mssconf import rpps
from mssconf.address import check_address
from mssconf.whitelist import Whitelist


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--address', required=True)
    parser.add_argument('--type', required=True, help='PER, ORG, APP, CAB, INT or MED')
    parser.add_argument('--rpps', default='')
    parser.add_argument('--whitelist', help='ANS whitelist XML (liste blanche)')
    form = parser.parse_args()

    whitelist = Whitelist.from_file(form.whitelist) if form.whitelist else None
    refused = False
    try:
        result = check_address(form.address, form.type, whitelist)
        print('adresse : %s (domaine %s)' % (result.address, result.domain_class))
        for warning in result.warnings:
            print('  avertissement : %s' % warning.message_fr)
    except mssconf.ValidationError as e:
        print('adresse refusée : %s (position %d)' % (e.message_fr, e.offset))
        refused = True

    if form.type.upper() in ('PER', 'CAB') or form.rpps:
        try:
            print('RPPS : %s' % rpps.validate(form.rpps))
        except mssconf.ValidationError as e:
            print('RPPS refusé : %s' % e.message_fr)
            refused = True
    return 1 if refused else 0


if __name__ == '__main__':
    sys.exit(main())
