"""FINESS (Fichier National des Établissements Sanitaires et Sociaux).

The 9-character number of a health or social structure, legal entity (EJ,
entité juridique) or establishment (ET, établissement géographique): a
department (01-95, 2A/2B for Corsica, 97x/98x overseas), an order number
and a Luhn key (2A/2B counted as 21/22). An 8-character input is refused
(InvalidLength): it may be a key-less FINESS or a lost leading zero, and is
never padded.

>>> from mssconf import finess
>>> finess.validate("2A0000154")
'2A0000154'
>>> finess.is_valid("000000000")
False
"""

from . import _binding as _c
from ._ids import functions

__all__ = ['compact', 'validate', 'is_valid', 'format', 'calc_check_digit', 'check']

compact, validate, is_valid, format, calc_check_digit, check = functions(
    _c.MSS_ID_FINESS, 'FINESS', __name__)
