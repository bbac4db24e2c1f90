"""SIREN (Système d'Identification du Répertoire des ENtreprises).

The 9-digit number of a French company (entreprise), whose last digit is a
Luhn key. Same functions and exceptions as ``stdnum.fr.siren``:

>>> from mssconf import siren
>>> siren.compact('552 008 443')
'552008443'
>>> siren.validate('404833048')
'404833048'
>>> siren.validate('404833047')
Traceback (most recent call last):
    ...
mssconf.InvalidChecksum: the check digit is wrong at offset 8 (MSS_ERR_ID_CHECKSUM)
>>> siren.to_tva('443 121 975')
'46 443 121 975'
"""

from . import _binding as _c
from ._ids import functions

__all__ = ['compact', 'validate', 'is_valid', 'format', 'calc_check_digit', 'check', 'to_tva']

compact, validate, is_valid, format, calc_check_digit, check = functions(
    _c.MSS_ID_SIREN, 'SIREN', __name__)


def to_tva(number: str) -> str:
    """French VAT number (numéro de TVA intracommunautaire) without its
    ``FR`` prefix: two check digits, then the SIREN as given."""
    key = (int(compact(number) + '12') % 97)
    return '%02d%s%s' % (key, ' ' if ' ' in number else '', number)
