#!/usr/bin/python3
"""Bulk-check a CSV of mailboxes: columns type, address, rpps (header line).

    PYTHONPATH=build/bindings/python examples/python/check_csv.py boxes.csv \
        [--whitelist listeblanchemssante.xml]

Writes one line per refused row (line number, column, code, message) and a
summary; exits 1 when a row is refused.
"""

import argparse
import csv
import sys

import mssconf
from mssconf import rpps
from mssconf.address import check_address
from mssconf.whitelist import Whitelist


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('csv')
    parser.add_argument('--whitelist')
    args = parser.parse_args()
    whitelist = Whitelist.from_file(args.whitelist) if args.whitelist else None

    rows = refused = warned = 0
    with open(args.csv, newline='', encoding='utf-8') as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            rows += 1
            try:
                result = check_address(row.get('address', ''), row.get('type', ''), whitelist)
                warned += bool(result.warnings)
                if row.get('rpps'):
                    rpps.validate(row['rpps'])
            except mssconf.ValidationError as e:
                refused += 1
                print('%s:%d: %s: %s' % (args.csv, line, e.name, e.message))
    print('%d rows, %d refused, %d with warnings' % (rows, refused, warned))
    return 1 if refused else 0


if __name__ == '__main__':
    sys.exit(main())
