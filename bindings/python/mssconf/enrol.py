"""Automatic enrolment ("enrôlement automatique"): may a self-created
Medimail account join a structure?

A structure that lets users create their own account admits those that meet
its conditions: the domain of their mail address, their place of practice
("adresse d'exercice": postal code or department) and their kind of
practice ("type d'exercice": profession code or category). Each criterion
is a list of allowed values; an empty list admits everyone.

>>> from mssconf.enrol import EnrolRules
>>> rules = EnrolRules(domains_with_subdomains=['chu-exemple.fr'], places=['31', '2A'],
...                    practices=['10', 'libéral'])
>>> rules.match(address='dupont.jean@cardio.chu-exemple.fr', postal_code='31000',
...             profession_code='10').admitted
True
>>> [r.name for r in rules.match(address='x@ailleurs.fr', postal_code='75001',
...                              category='salarié').reasons]
['MSS_ERR_ENROL_DOMAIN', 'MSS_ERR_ENROL_PLACE', 'MSS_ERR_ENROL_PRACTICE']
"""

from __future__ import annotations

from typing import Iterable, Mapping, NamedTuple, Optional, Tuple, Union

from . import _binding as _c
from ._errors import Issue, error_class, issues_of, text

__all__ = ['Candidate', 'EnrolDecision', 'EnrolRules']


class Candidate(NamedTuple):
    """A person asking for an account; a criterion the structure checks
    fails when its value is missing."""

    address: Optional[str] = None          #: mail address ("nom.prenom@chu-exemple.fr")
    postal_code: Optional[str] = None      #: place of practice, 5 digits
    profession_code: Optional[str] = None  #: "10" médecin, "60" infirmier...
    category: Optional[str] = None         #: "libéral", "salarié"...


class EnrolDecision(NamedTuple):
    """Whether a candidate is admitted, and every failing criterion (with
    ``field`` 0 address, 1 postal code, 2 practice) followed by its cause."""

    admitted: bool
    reasons: Tuple[Issue, ...]


def candidate_of(candidate: Union[Candidate, Mapping[str, Optional[str]], None]) -> Candidate:
    """A :class:`Candidate` from itself, a mapping of its field names, or None."""
    if candidate is None:
        return Candidate()
    if isinstance(candidate, Candidate):
        return candidate
    if isinstance(candidate, Mapping):
        return Candidate(**candidate)
    raise TypeError('a candidate is a mssconf.enrol.Candidate or a mapping, not %s'
                    % type(candidate).__name__)


def candidate_args(candidate: Candidate) -> Tuple[Optional[str], ...]:
    """The candidate's fields as C strings (None: not given)."""
    return tuple(None if value is None else text(value) for value in candidate)


class EnrolRules:
    """A structure's automatic enrolment rules, fixed at construction (so
    one object can be shared by any number of threads).

    ``domains``: mail domains admitted exactly; ``domains_with_subdomains``:
    admitted with every subdomain; ``places``: postal codes ("31000") or
    department codes ("31", "2A", "971"); ``practices``: profession codes
    ("10") or categories ("libéral"), compared ignoring case and accents.
    An invalid value raises (:class:`InvalidDomain`, :class:`AccountError`
    for a place that is no postal or department code...) with its offset.
    """

    def __init__(self, *, domains: Iterable[str] = (), domains_with_subdomains: Iterable[str] = (),
                 places: Iterable[str] = (), practices: Iterable[str] = ()) -> None:
        self._rules = _c.mss_enrol_rules()
        adders = (
            (domains, lambda v, r: _c.mss_enrol_rules_add_domain(self._rules, v, _c.MSS_ENROL_DOMAIN_EXACT, r)),
            (domains_with_subdomains, lambda v, r: _c.mss_enrol_rules_add_domain(
                self._rules, v, _c.MSS_ENROL_DOMAIN_WITH_SUBDOMAINS, r)),
            (places, lambda v, r: _c.mss_enrol_rules_add_place(self._rules, v, r)),
            (practices, lambda v, r: _c.mss_enrol_rules_add_practice(self._rules, v, r)),
        )
        for values, add in adders:
            if isinstance(values, (str, bytes)):
                raise TypeError('each criterion is a list of values, not a single string')
            for value in values:
                res = _c.mss_result()
                code = add(text(value), res)
                if code < 0:
                    raise error_class(code)(code, res.position())

    def match(self, candidate: Union[Candidate, Mapping[str, Optional[str]], None] = None,
              **fields: Optional[str]) -> EnrolDecision:
        """Whether a candidate (a :class:`Candidate`, a mapping, or keyword
        arguments ``address``, ``postal_code``, ``profession_code``,
        ``category``) joins the structure; every failing criterion is in
        ``reasons``."""
        person = candidate_of(candidate)._replace(**fields) if fields else candidate_of(candidate)
        res = _c.mss_result()
        code = _c.mssb_enrol_match(self._rules, *candidate_args(person), res)
        return EnrolDecision(code == _c.MSS_OK, tuple(i for i in issues_of(res) if i.code < 0))
