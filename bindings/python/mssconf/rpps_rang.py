"""RPPS-rang: the identifier of a practice (cabinet).

The holder's RPPS (11 digits), a 2-digit rank and a Luhn key over the 14
digits. Inside an IdNat_Struct it carries the prefix 4.

>>> from mssconf import rpps_rang
>>> rpps_rang.validate("10005531586003")
'10005531586003'
"""

from . import _binding as _c
from ._ids import functions

__all__ = ['compact', 'validate', 'is_valid', 'format', 'calc_check_digit', 'check']

compact, validate, is_valid, format, calc_check_digit, check = functions(
    _c.MSS_ID_RPPS_RANG, 'RPPS-rang', __name__)
