#!/usr/bin/python3
"""Validate a mailbox request form: address + mailbox type + RPPS (+ names).

    PYTHONPATH=build/bindings/python examples/python/check_form.py \\
        --address jean.dupont@pro.oc.mssante.fr --type PER --rpps 10000005479 \\
        [--last-name Dupont --first-name Jean] [--whitelist listeblanchemssante.xml]

Prints each problem in French (the form's language) and exits 1 when the
form must be refused. With the names, also shows the address the guide's
convention gives (nom.prenom@domaine).
"""

import argparse
import sys

import mssconf
from mssconf import Whitelist, rpps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--address', required=True)
    parser.add_argument('--type', required=True, help='PER, ORG, APP, CAB, INT or MED')
    parser.add_argument('--rpps', default='')
    parser.add_argument('--last-name', default='')
    parser.add_argument('--first-name', default='')
    parser.add_argument('--whitelist', help='ANS whitelist, XML or text (default: $MSSCONF_WHITELIST)')
    form = parser.parse_args()

    whitelist = Whitelist.from_file(form.whitelist) if form.whitelist else Whitelist.default()
    refused = False
    try:
        result = mssconf.check_address(form.address, form.type, whitelist)
        print('adresse : %s (domaine %s)' % (result.address, result.domain_class))
        for warning in result.warnings:
            print('  avertissement : %s' % warning.message_fr)
    except mssconf.ValidationError as e:
        print('adresse refusée : %s (position %d)' % (e.message_fr, e.offset))
        refused = True

    if form.last_name:
        try:
            domain = form.address.rpartition('@')[2]
            print('adresse conseillée : %s' % mssconf.suggest_address(
                form.last_name, form.first_name or None, domain, form.type, whitelist=whitelist))
        except mssconf.ValidationError as e:
            print('pas d\'adresse conseillée : %s' % e.message_fr)

    if form.type.upper() in ('PER', 'CAB') or form.rpps:
        try:
            print('RPPS : %s' % rpps.validate(form.rpps))
        except mssconf.ValidationError as e:
            print('RPPS refusé : %s' % e.message_fr)
            refused = True
    return 1 if refused else 0


if __name__ == '__main__':
    sys.exit(main())
