"""mssconf: check MSSanté / Medimail connection rules from Python.

A thin layer over libmssconf (C):

* identifiers in python-stdnum's shape, one module each:
  :mod:`mssconf.siren`, :mod:`mssconf.siret`, :mod:`mssconf.finess`,
  :mod:`mssconf.rpps`, :mod:`mssconf.rpps_rang`, :mod:`mssconf.adeli`,
  :mod:`mssconf.idnat` — ``compact``, ``validate`` (returns the compact form
  or raises), ``is_valid`` (never raises), ``format``, ``calc_check_digit``,
  ``check`` (value and warnings);
* domains (:mod:`mssconf.domain`: ``normalize``, ``to_unicode``,
  ``classify``...) and the ANS whitelist (:class:`Whitelist`, "liste
  blanche": ``from_file``, ``from_bytes``, ``default``...);
* mailbox (BAL) addresses: :func:`check_address`, :func:`suggest_address`
  (:mod:`mssconf.address`), and whole mailbox records: :func:`check_record`
  (:mod:`mssconf.record`);
* the account life cycle (:mod:`mssconf.account`: ``next_status``,
  ``allowed_events``, ``transitions``), automatic enrolment
  (:mod:`mssconf.enrol`: ``EnrolRules``) and the CNIL inactivity rule
  (:mod:`mssconf.inactivity`: ``check``);
* exceptions: :class:`ValidationError` (a ``ValueError``) and its subclasses
  :class:`InvalidFormat`, :class:`InvalidLength`, :class:`InvalidChecksum`,
  :class:`InvalidComponent`, :class:`InvalidDomain`,
  :class:`InvalidAddress`... each with ``code``, ``name``, ``message``
  (English), ``message_fr`` (French), ``offset`` and ``field``.

Strings in, strings out; every function is safe from any thread (calls
into C release the GIL).

>>> import mssconf
>>> mssconf.check_address('dupont.jean@pro.oc.mssante.fr', 'PER').domain_class
'generic'
"""

from . import _binding as _c
from ._errors import (AccountError, FileFormatError, InvalidAddress, InvalidChecksum,
                      InvalidComponent, InvalidDomain, InvalidFormat, InvalidLength,
                      InvalidRecord, InvalidType, Issue, ReadError, UsageError,
                      ValidationError, WhitelistError, error_class)
from ._ids import IdResult
from ._ids import check as check_id
# After the errors they raise:
from . import adeli, finess, idnat, rpps, rpps_rang, siren, siret  # noqa: E402
from . import account, address, domain, enrol, exceptions, inactivity, record, whitelist  # noqa: E402
from .address import AddressResult, check_address, is_valid_address, suggest_address  # noqa: E402
from .record import RecordResult, check_record  # noqa: E402
from .whitelist import Whitelist  # noqa: E402

__version__: str = _c.mss_version()

__all__ = [
    'AccountError', 'AddressResult', 'FileFormatError', 'IdResult', 'InvalidAddress',
    'InvalidChecksum', 'InvalidComponent', 'InvalidDomain', 'InvalidFormat', 'InvalidLength',
    'InvalidRecord', 'InvalidType', 'Issue', 'ReadError', 'RecordResult', 'UsageError',
    'ValidationError', 'Whitelist', 'WhitelistError', 'account', 'address', 'adeli',
    'check_address', 'check_id', 'check_record', 'domain', 'enrol', 'error_class', 'error_name', 'exceptions',
    'finess', 'idnat', 'inactivity', 'is_valid_address', 'record', 'rpps', 'rpps_rang', 'siren',
    'siret', 'strerror', 'suggest_address', 'whitelist',
]


def strerror(code: int, lang: str = 'en') -> str:
    """Message of an error or warning code, in English (``'en'``) or French (``'fr'``)."""
    return _c.mss_strerror_lang(code, _c.MSS_LANG_FR if lang == 'fr' else _c.MSS_LANG_EN)


def error_name(code: int) -> str:
    """Symbolic name of a code (``'MSS_ERR_ID_CHECKSUM'``)."""
    return _c.mss_error_name(code)
