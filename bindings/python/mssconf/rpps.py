"""RPPS (Répertoire Partagé des Professionnels de Santé).

The 11-digit number of a health professional: a 10-digit order number and a
Luhn key. Every real number starts with 10; another start is accepted with
a warning (see :func:`check`).

>>> from mssconf import rpps
>>> rpps.validate("10000005479")
'10000005479'
"""

from . import _binding as _c
from ._ids import functions

__all__ = ['compact', 'validate', 'is_valid', 'format', 'calc_check_digit', 'check']

compact, validate, is_valid, format, calc_check_digit, check = functions(
    _c.MSS_ID_RPPS, 'RPPS', __name__)
