"""ADELI (Automatisation DEs LIstes): professionals without an RPPS.

9 characters: department (2A/2B for Corsica), profession code (2), order
number (4) and a Luhn key. With a Corsican department the key cannot be
checked: the number is accepted with the warning
MSS_WARN_ADELI_KEY_NOT_VERIFIED (see :func:`check`).

>>> from mssconf import adeli
>>> adeli.validate("01 28 0759 0")
'012807590'
"""

from . import _binding as _c
from ._ids import functions

__all__ = ['compact', 'validate', 'is_valid', 'format', 'calc_check_digit', 'check']

compact, validate, is_valid, format, calc_check_digit, check = functions(
    _c.MSS_ID_ADELI, 'ADELI', __name__)
