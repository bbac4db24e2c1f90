"""SIRET (Système d'Identification du Répertoire des ETablissements).

The 14-digit number of an establishment: its company's SIREN (9 digits)
then the NIC (5 digits), with a Luhn key over all 14 — except La Poste's
establishments (SIREN 356000000), whose digit sum is a multiple of 5. Same
functions and exceptions as ``stdnum.fr.siret``:

>>> from mssconf import siret
>>> siret.validate('73282932000074')
'73282932000074'
>>> siret.is_valid('73282932000079')
False
>>> siret.to_siren('732 829 320 00074')
'732 829 320'
>>> siret.format('73282932000074')
'732 829 320 00074'
"""

from . import _binding as _c
from . import siren as _siren
from ._ids import functions

__all__ = ['compact', 'validate', 'is_valid', 'format', 'calc_check_digit', 'check',
           'to_siren', 'to_tva']

compact, validate, is_valid, format, calc_check_digit, check = functions(
    _c.MSS_ID_SIRET, 'SIRET', __name__)


def to_siren(number: str) -> str:
    """The SIREN inside a SIRET: its first 9 digits, separators kept as given."""
    kept = []
    digits = 0
    for char in number:
        if digits == 9:
            break
        kept.append(char)
        digits += char in '0123456789'
    return ''.join(kept)


def to_tva(number: str) -> str:
    """French VAT number of the SIRET's company (see :func:`mssconf.siren.to_tva`)."""
    return _siren.to_tva(to_siren(number))
