"""Domain names: IDNA normalisation, classification for MSSanté, and the
generic Occitanie domains (``pro.oc.mssante.fr`` for structures libérales,
CPTS and MSP, ``ehpad.oc.mssante.fr``, ``social.oc.mssante.fr``,
``oc.mssante.fr`` for any other structure).

Classes (``domain_class``): ``generic`` (a generic Occitanie domain),
``whitelisted`` (in the given whitelist), ``not-whitelisted`` (a whitelist
was given and it is absent), ``unverified`` (``*.mssante.fr`` and no
whitelist to verify it: a warning) and ``outside`` (not MSSanté).

>>> from mssconf import domain
>>> domain.normalize('Hôpital-Exemple.FR')
'xn--hpital-exemple-0ob.fr'
>>> domain.to_unicode('xn--hpital-exemple-0ob.fr')
'hôpital-exemple.fr'
>>> domain.classify('ch-albi.mssante.fr').domain_class
'unverified'
>>> domain.generic_domain('ehpad')
'ehpad.oc.mssante.fr'
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Tuple

from . import _binding as _c
from ._errors import Issue, is_text, raise_if_failed, text, warnings_of
from .whitelist import Whitelist, handle_of

__all__ = ['DomainResult', 'normalize', 'to_unicode', 'check_public', 'classify',
           'generic_domain', 'generic_kind', 'is_generic', 'is_special_use']

_KIND_NAMES = {
    _c.MSS_STRUCTURE_LIBERALE: 'liberale', _c.MSS_STRUCTURE_EHPAD: 'ehpad',
    _c.MSS_STRUCTURE_SOCIALE: 'sociale', _c.MSS_STRUCTURE_OTHER: 'autre',
}


class DomainResult(NamedTuple):
    """What a domain is for MSSanté."""

    domain: str                  #: normalised form (lowercase A-label)
    domain_class: str            #: generic, whitelisted, unverified, not-whitelisted, outside
    description: str             #: the class in English
    description_fr: str          #: the class in French
    warnings: Tuple[Issue, ...]  #: MSS_WARN_DOMAIN_UNVERIFIED when it applies


def normalize(domain: str) -> str:
    """Lowercase A-label form (IDNA2008, UTS#46 mapping); raise
    :class:`InvalidDomain` (with the byte offset) when invalid."""
    res = _c.mss_result()
    code, value = _c.mss_domain_normalize(text(domain), res)
    raise_if_failed(code, res)
    return value


def to_unicode(domain: str) -> str:
    """Unicode form for display (``xn--hpital-exemple-0ob.fr`` → ``hôpital-exemple.fr``)."""
    res = _c.mss_result()
    code, value = _c.mss_domain_to_unicode(text(domain), res)
    raise_if_failed(code, res)
    return value


def check_public(domain: str) -> str:
    """Normalise a domain that must be a public mail domain: special-use
    names (localhost, .test...), single labels and numeric top-level labels
    raise :class:`InvalidDomain`. Returns the normalised form."""
    res = _c.mss_result()
    raise_if_failed(_c.mss_domain_check_public(text(domain), res), res)
    return normalize(domain)


def classify(domain: str, whitelist: Optional[Whitelist] = None) -> DomainResult:
    """Classify a domain, against a whitelist when given (else other
    ``*.mssante.fr`` domains are only "unverified"); raise
    :class:`InvalidDomain` for an invalid name."""
    value = normalize(domain)
    res = _c.mss_result()
    domain_class = _c.mss_domain_classify(value, handle_of(whitelist), res)
    raise_if_failed(res.code, res)
    return DomainResult(value, _c.mss_domain_class_name(domain_class),
                        _c.mss_domain_class_description(domain_class, _c.MSS_LANG_EN),
                        _c.mss_domain_class_description(domain_class, _c.MSS_LANG_FR),
                        warnings_of(res))


def generic_domain(kind: str) -> str:
    """Generic Occitanie domain for a kind of structure: "liberale" (or
    "cpts", "msp"), "ehpad", "sociale", "autre" — any case, with or without
    accents."""
    code, value = _c.mss_structure_kind_parse(text(kind))
    raise_if_failed(code)
    return _c.mss_generic_domain(value)


def generic_kind(domain: object) -> Optional[str]:
    """The kind of structure a generic domain serves ("liberale", "ehpad",
    "sociale", "autre"), or None when the domain is not generic."""
    if not is_text(domain):
        return None
    found, kind = _c.mss_generic_domain_kind(domain)
    return _KIND_NAMES[kind] if found else None


def is_generic(domain: object) -> bool:
    """Whether a domain is one of the generic Occitanie domains (exact match)."""
    return is_text(domain) and _c.mss_domain_is_generic(domain)


def is_special_use(domain: object) -> bool:
    """Whether a domain can never be a public mail domain (localhost, .test, example.com...)."""
    return is_text(domain) and _c.mss_domain_is_special_use(domain)
