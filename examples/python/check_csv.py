#!/usr/bin/python3
"""Bulk-check an account load file (CSV, see docs/account-file.md).

    PYTHONPATH=build/bindings/python examples/python/check_csv.py \\
        examples/data/accounts-sample.csv [--whitelist examples/data/whitelist-sample.txt]

One line per problem (line, field, code, message; warnings marked as such),
then a summary; exits 1 when a row is refused. The columns are the account
file's (type;adresse;nom;prenom;...), separated by ';' or ','.
"""

import argparse
import csv
import sys

import mssconf
from mssconf import Whitelist


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('csv')
    parser.add_argument('--whitelist', help='ANS whitelist, XML or text (default: $MSSCONF_WHITELIST)')
    parser.add_argument('--lang', choices=('en', 'fr'), default='en')
    args = parser.parse_args()
    whitelist = Whitelist.from_file(args.whitelist) if args.whitelist else Whitelist.default()

    rows = refused = warned = 0
    with open(args.csv, newline='', encoding='utf-8-sig') as f:  # -sig: spreadsheets add a BOM
        header = f.readline()
        f.seek(0)
        reader = csv.DictReader(f, delimiter=';' if header.count(';') >= header.count(',') else ',')
        for row in reader:
            rows += 1
            result = mssconf.check_record(row, whitelist=whitelist)
            refused += not result.valid
            warned += bool(result.warnings)
            for problem in result.issues:
                message = problem.message_fr if args.lang == 'fr' else problem.message
                print('%s:%d: %s: %s%s: %s' % (args.csv, reader.line_num, problem.field or '-',
                                               'warning: ' if problem.is_warning else '',
                                               problem.name, message))
    print('%d rows, %d refused, %d with warnings' % (rows, refused, warned))
    return 1 if refused else 0


if __name__ == '__main__':
    sys.exit(main())
