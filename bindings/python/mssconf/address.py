"""Mailbox (BAL) addresses per type, address suggestion, mailbox records.

Types: ``PER`` (personnelle, RPPS), ``ORG`` (organisationnelle), ``APP``
(applicative), ``CAB`` (cabinet), ``INT`` and ``MED`` (Medimail, no RPPS).
Syntax and domain requirements are errors (exceptions); the guide's
conventions (``nom.prenom@…``) come back as warnings on the result.
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Tuple, Union

from . import _binding as _c
from ._errors import Issue, raise_if_failed, text, warnings_of
from .whitelist import Whitelist

__all__ = ['AddressResult', 'RecordResult', 'bal_type', 'check_address', 'is_valid_address',
           'suggest_address', 'check_record']


class AddressResult(NamedTuple):
    """A valid address, normalised and split."""

    address: str          #: lower case, A-label domain
    local: str
    domain: str           #: lowercase A-label form
    domain_unicode: str   #: for display
    domain_class: str     #: generic, whitelisted, unverified, not-whitelisted, outside
    type: str             #: PER, ORG...
    warnings: Tuple[Issue, ...]


class RecordResult(NamedTuple):
    """A consistent mailbox record and its warnings (issue.field: the field index)."""

    warnings: Tuple[Issue, ...]


def bal_type(value: Union[str, int]) -> int:
    """The C mailbox type for "PER", "ORG"... (any case) or a MSS_BAL_* number."""
    if isinstance(value, int):
        return value
    code, parsed = _c.mss_bal_type_parse(text(value))
    raise_if_failed(code)
    return parsed


def _wl(whitelist: Optional[Whitelist]):
    return whitelist._wl if whitelist is not None else None


def check_address(address: str, type: Union[str, int],
                  whitelist: Optional[Whitelist] = None) -> AddressResult:
    """Check an address for a mailbox type; raise InvalidAddress / InvalidDomain
    (saying where) when it breaks a rule."""
    kind = bal_type(type)
    parts = _c.mss_address_parts()
    res = _c.mss_result()
    raise_if_failed(_c.mss_address_check(text(address), kind, _wl(whitelist), parts, res), res)
    return AddressResult(parts.address, parts.local, parts.domain, parts.domain_unicode,
                         _c.mss_domain_class_name(parts.domain_class),
                         _c.mss_bal_type_code(kind), warnings_of(res))


def is_valid_address(address: object, type: Union[str, int],
                     whitelist: Optional[Whitelist] = None) -> bool:
    """Whether an address is valid for a type (warnings allowed). Never raises for bad input."""
    try:
        return _c.mss_address_is_valid(text(address), bal_type(type), _wl(whitelist))
    except ValueError:
        return False


def suggest_address(last_name: str, first_name: str, domain: str, type: Union[str, int] = 'PER',
                    homonym: int = 0, whitelist: Optional[Whitelist] = None) -> str:
    """Suggest an address following the guide's conventions (``nom.prenom@domaine``;
    ``homonym`` > 0 numbers a namesake)."""
    res = _c.mss_result()
    code, value = _c.mss_address_suggest(text(last_name), text(first_name), text(domain),
                                         bal_type(type), homonym, _wl(whitelist), res)
    raise_if_failed(code, res)
    return value


RECORD_FIELDS = ('type', 'address', 'person_id_type', 'person_id', 'idnat_ps', 'struct_id_type',
                 'struct_id', 'last_name', 'first_name', 'notification_address',
                 'responsible_address')


def check_record(whitelist: Optional[Whitelist] = None, national_data: bool = False,
                 **fields: Optional[str]) -> RecordResult:
    """Check a whole mailbox record (type ↔ address ↔ identifiers ↔ responsible).
    Fields are keyword arguments named as in :data:`RECORD_FIELDS`; an
    InvalidRecord (or address/identifier error) carries ``field``, the index
    of the faulty field in that tuple."""
    unknown = set(fields) - set(RECORD_FIELDS)
    if unknown:
        raise TypeError('unknown record field(s): %s' % ', '.join(sorted(unknown)))
    values = [None if fields.get(name) is None else text(fields[name]) for name in RECORD_FIELDS]
    res = _c.mss_result()
    flags = _c.MSS_RECORD_NATIONAL_DATA if national_data else 0
    raise_if_failed(_c.mssb_record_check(*values, _wl(whitelist), flags, res), res)
    return RecordResult(warnings_of(res))
