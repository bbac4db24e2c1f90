"""Mailbox (BAL, boîte aux lettres) addresses per type, and address suggestion.

Types: ``PER`` (personnelle, a professional with an RPPS), ``ORG``
(organisationnelle, a service), ``APP`` (applicative, software), ``CAB``
(cabinet), ``INT`` (interne Medimail, no RPPS) and ``MED`` (Medimail,
foreign professional). PER, ORG, APP and CAB need an MSSanté domain; INT and
MED any public domain. Syntax and domain requirements are errors
(exceptions saying where); the guide's conventions (``nom.prenom@…``, no
role name on a personal box) come back as warnings on the result.

>>> from mssconf import check_address, suggest_address
>>> r = check_address('Jean.Dupont@pro.oc.mssante.fr', 'PER')
>>> r.address, r.domain_class, r.warnings
('jean.dupont@pro.oc.mssante.fr', 'generic', ())
>>> suggest_address('Le Gall', 'Élodie', 'pro.oc.mssante.fr', 'PER')
'le-gall.elodie@pro.oc.mssante.fr'
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Tuple, Union

from . import _binding as _c
from ._errors import Issue, UsageError, is_text, raise_if_failed, text, warnings_of
from .whitelist import Whitelist, handle_of

__all__ = ['AddressResult', 'BAL_TYPES', 'bal_type', 'bal_type_label', 'check_address',
           'check_syntax', 'is_valid_address', 'suggest_address']

#: The mailbox type codes, in the C enumeration's order.
BAL_TYPES: Tuple[str, ...] = tuple(_c.mss_bal_type_code(t) for t in range(_c.MSS_BAL_TYPE_COUNT))


class AddressResult(NamedTuple):
    """A valid address, normalised and split, with the conventions it breaks."""

    address: str          #: normalised: lower case, A-label domain
    local: str            #: local part, lower case
    domain: str           #: lowercase A-label form
    domain_unicode: str   #: Unicode form, for display
    domain_class: str     #: generic, whitelisted, unverified, not-whitelisted, outside
    type: str             #: PER, ORG... ('' for a syntax-only check)
    warnings: Tuple[Issue, ...]


def bal_type(value: Union[str, int]) -> int:
    """The C mailbox type (``MSS_BAL_*``) for a code ("PER", "org"), a French
    label ("personnelle") or an English name ("personal"), in any case."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError('a mailbox type is a str or an int, not %s' % type(value).__name__)
    if isinstance(value, int):
        if not 0 <= value < _c.MSS_BAL_TYPE_COUNT:
            raise UsageError(_c.MSS_ERR_INVALID_ARGUMENT)
        return value
    code, parsed = _c.mss_bal_type_parse(text(value))
    raise_if_failed(code)
    return parsed


def bal_type_label(value: Union[str, int], lang: str = 'fr') -> str:
    """Name of a mailbox type in French ("personnelle", default) or English ("personal")."""
    return _c.mss_bal_type_name(bal_type(value), _c.MSS_LANG_FR if lang == 'fr' else _c.MSS_LANG_EN)


def _result(parts: '_c.mss_address_parts', kind: Optional[int], res: '_c.mss_result') -> AddressResult:
    return AddressResult(parts.address, parts.local, parts.domain, parts.domain_unicode,
                         _c.mss_domain_class_name(parts.domain_class),
                         _c.mss_bal_type_code(kind) if kind is not None else '', warnings_of(res))


def check_syntax(address: str) -> AddressResult:
    """Check only the syntax of an address, whatever its type (one at-sign,
    ASCII dot-atom local part up to 64 octets, valid domain, 254 octets in
    all); raise :class:`InvalidAddress` / :class:`InvalidDomain` with the
    byte offset of the problem."""
    parts = _c.mss_address_parts()
    res = _c.mss_result()
    raise_if_failed(_c.mss_address_check_syntax(text(address), parts, res), res)
    return _result(parts, None, res)


def check_address(address: str, type: Union[str, int],  # noqa: A002 (the domain's word)
                  whitelist: Optional[Whitelist] = None) -> AddressResult:
    """Check an address for a mailbox type: syntax, then what the type
    requires of its domain (an MSSanté domain — in ``whitelist`` when one is
    given — for PER, ORG, APP, CAB; any public domain for INT, MED), then
    the guide's conventions as warnings.

    Returns an :class:`AddressResult`; raises :class:`InvalidAddress` (local
    part, at-sign, length) or :class:`InvalidDomain` (the domain part, or a
    domain the type does not accept: not MSSanté, not whitelisted), both
    :class:`ValidationError`, with ``offset`` the byte offset in the address."""
    kind = bal_type(type)
    parts = _c.mss_address_parts()
    res = _c.mss_result()
    raise_if_failed(_c.mss_address_check(text(address), kind, handle_of(whitelist), parts, res), res)
    return _result(parts, kind, res)


def is_valid_address(address: object, type: Union[str, int],  # noqa: A002
                     whitelist: Optional[Whitelist] = None) -> bool:
    """Whether an address is valid for a type (warnings allowed). Never raises
    for a bad address or type."""
    if not is_text(address):
        return False
    try:
        kind = bal_type(type)
    except (ValueError, TypeError):
        return False
    return _c.mss_address_is_valid(address, kind, handle_of(whitelist))


def suggest_address(last_name: str, first_name: Optional[str], domain: str,
                    type: Union[str, int] = 'PER', index: int = 0,  # noqa: A002
                    whitelist: Optional[Whitelist] = None) -> str:
    """The conventional address of a mailbox, ``nom.prenom@domaine``.

    Names are transliterated to lower-case ASCII (Élodie → elodie, Müller →
    muller, Œ → oe), spaces and hyphens inside a name become one hyphen
    (Le Gall → le-gall), apostrophes are dropped (N'Diaye → ndiaye).
    ``index`` (1..99) numbers a namesake (dupont.jean2). For ORG and APP
    boxes ``first_name`` may be None: the service name in ``last_name``
    alone makes the address. The address is checked for the type (against
    ``whitelist`` when given); a name without usable letters raises
    :class:`InvalidAddress` with ``field`` 7 (last name) or 8 (first name)
    and the offset in that name."""
    if isinstance(index, bool) or not isinstance(index, int):
        raise TypeError('index is an int, not %s' % index.__class__.__name__)
    if not 0 <= index <= _c.MSS_HOMONYM_MAX:
        raise UsageError(_c.MSS_ERR_INVALID_ARGUMENT)
    kind = bal_type(type)
    first = None if first_name is None else text(first_name)
    res = _c.mss_result()
    code, value = _c.mss_address_suggest(text(last_name), first, text(domain), kind, index,
                                         handle_of(whitelist), res)
    raise_if_failed(code, res)
    return value
