"""mssconf: check MSSanté / Medimail connection rules from Python.

A thin layer over libmssconf (C), in python-stdnum's shape:

* identifiers, one module each: :mod:`mssconf.siren`, :mod:`mssconf.siret`,
  :mod:`mssconf.finess`, :mod:`mssconf.rpps`, :mod:`mssconf.rpps_rang`,
  :mod:`mssconf.adeli`, :mod:`mssconf.idnat` — ``compact``, ``validate``
  (returns the compact form or raises), ``is_valid`` (never raises),
  ``format``, ``calc_check_digit``, ``check`` (value and warnings);
* exceptions: :class:`ValidationError` (a ``ValueError``) and its subclasses
  :class:`InvalidFormat`, :class:`InvalidLength`, :class:`InvalidChecksum`,
  :class:`InvalidComponent`... each with ``code``, ``name``, ``message``
  (English) and ``message_fr`` (French).

Strings in, strings out; every function is safe from any thread.
"""

from . import _binding as _c
from ._errors import (AccountError, FileFormatError, InvalidAddress, InvalidChecksum,
                      InvalidComponent, InvalidDomain, InvalidFormat, InvalidLength,
                      InvalidRecord, InvalidType, Issue, ReadError, UsageError,
                      ValidationError, WhitelistError, error_class)
from ._ids import IdResult
from ._ids import check as check_id
from . import adeli, finess, idnat, rpps, rpps_rang, siren, siret  # noqa: E402 (after the errors they raise)

__version__: str = _c.mss_version()

__all__ = [
    'AccountError', 'FileFormatError', 'IdResult', 'InvalidAddress', 'InvalidChecksum',
    'InvalidComponent', 'InvalidDomain', 'InvalidFormat', 'InvalidLength', 'InvalidRecord',
    'InvalidType', 'Issue', 'ReadError', 'UsageError', 'ValidationError', 'WhitelistError',
    'adeli', 'check_id', 'error_class', 'error_name', 'finess', 'idnat', 'rpps', 'rpps_rang',
    'siren', 'siret', 'strerror',
]


def strerror(code: int, lang: str = 'en') -> str:
    """Message of an error or warning code, in English (``'en'``) or French (``'fr'``)."""
    return _c.mss_strerror_lang(code, _c.MSS_LANG_FR if lang == 'fr' else _c.MSS_LANG_EN)


def error_name(code: int) -> str:
    """Symbolic name of a code (``'MSS_ERR_ID_CHECKSUM'``)."""
    return _c.mss_error_name(code)
