"""Domain names: IDNA normalisation, classification for MSSanté, and the
generic Occitanie domains (``pro.oc.mssante.fr``, ``ehpad.oc.mssante.fr``,
``social.oc.mssante.fr``, ``oc.mssante.fr``).

>>> from mssconf import domain
>>> domain.normalize('Hôpital-Exemple.FR')
'xn--hpital-exemple-0ob.fr'
>>> domain.generic_domain('ehpad')
'ehpad.oc.mssante.fr'
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Tuple

from . import _binding as _c
from ._errors import Issue, raise_if_failed, text, warnings_of
from .whitelist import Whitelist

__all__ = ['DomainResult', 'normalize', 'to_unicode', 'classify', 'generic_domain',
           'is_generic', 'is_special_use']


class DomainResult(NamedTuple):
    """What a domain is for MSSanté."""

    domain: str                  #: normalised form
    domain_class: str            #: generic, whitelisted, unverified, not-whitelisted, outside
    description: str             #: the class in English
    description_fr: str          #: the class in French
    warnings: Tuple[Issue, ...]


def normalize(domain: str) -> str:
    """Lowercase A-label form (IDNA2008, UTS#46); raise InvalidDomain when invalid."""
    res = _c.mss_result()
    code, value = _c.mss_domain_normalize(text(domain), res)
    raise_if_failed(code, res)
    return value


def to_unicode(domain: str) -> str:
    """Unicode form, for display (``xn--hpital-exemple-0ob.fr`` → ``hôpital-exemple.fr``)."""
    res = _c.mss_result()
    code, value = _c.mss_domain_to_unicode(text(domain), res)
    raise_if_failed(code, res)
    return value


def classify(domain: str, whitelist: Optional[Whitelist] = None) -> DomainResult:
    """Classify a domain, against a whitelist when given (else ``*.mssante.fr``
    is only "unverified"); raise InvalidDomain for an invalid name."""
    res = _c.mss_result()
    domain_class = _c.mss_domain_classify(text(domain), whitelist._wl if whitelist else None, res)
    raise_if_failed(res.code, res)
    return DomainResult(normalize(domain), _c.mss_domain_class_name(domain_class),
                        _c.mss_domain_class_description(domain_class, _c.MSS_LANG_EN),
                        _c.mss_domain_class_description(domain_class, _c.MSS_LANG_FR),
                        warnings_of(res))


def generic_domain(kind: str) -> str:
    """Generic Occitanie domain for a kind of structure: "liberale"/"cpts"/"msp",
    "ehpad", "sociale", "autre"."""
    code, value = _c.mss_structure_kind_parse(text(kind))
    raise_if_failed(code)
    return _c.mss_generic_domain(value)


def is_generic(domain: object) -> bool:
    """Whether a domain is one of the generic Occitanie domains."""
    return isinstance(domain, str) and '\0' not in domain and _c.mss_domain_is_generic(domain)


def is_special_use(domain: object) -> bool:
    """Whether a normalised domain can never be a public mail domain (localhost, .test...)."""
    return isinstance(domain, str) and '\0' not in domain and _c.mss_domain_is_special_use(domain)
