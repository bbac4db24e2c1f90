"""Medimail account statuses and their transitions.

Statuses: ``NONE`` (no account yet), ``PREINSCRIT`` (created by an
administrator), ``A_VALIDER`` (self-enrolled, waiting), ``VALIDE``,
``SUSPENDU``, ``REFUSE`` and ``SUPPRIME`` (the last two terminal). Events:
``create``, ``bulk-create``, ``self-enrol``, ``finalise``, ``validate``,
``reject``, ``suspend``, ``reactivate``, ``delete``, ``inactivity-delete``.
Both parse leniently ("à valider", "Préinscrit", "finalize"...).

:func:`next_status` applies an event to what is known of the account and
returns the new status, or raises :class:`AccountError` whose ``reasons``
list *every* missing fact:

>>> from mssconf import account
>>> account.next_status('PREINSCRIT', 'finalise', password_set=True,
...                     info_confirmed=True, cgu_accepted=True)
'VALIDE'
>>> from mssconf import AccountError
>>> try:
...     account.next_status('PREINSCRIT', 'finalise', password_set=True)
... except AccountError as e:
...     [r.name for r in e.reasons]
['MSS_ERR_ACCOUNT_INFO_NOT_CONFIRMED', 'MSS_ERR_ACCOUNT_CGU_NOT_ACCEPTED']
>>> account.allowed_events('SUSPENDU')
['reactivate', 'delete', 'inactivity-delete']
"""

from __future__ import annotations

from typing import List, Mapping, NamedTuple, Optional, Tuple, Union

from . import _binding as _c
from ._errors import ValidationError, issues_of, raise_if_failed, text
from .address import bal_type as _bal_type
from .enrol import Candidate, EnrolRules, candidate_args, candidate_of
from .inactivity import Policy, Time, c_policy, seconds

__all__ = ['STATUSES', 'EVENTS', 'Transition', 'next_status', 'allowed_events', 'transitions',
           'status_label', 'status_description', 'event_label', 'event_description',
           'is_terminal']

#: Status codes, in the C enumeration's order ("NONE" first).
STATUSES: Tuple[str, ...] = tuple(_c.mss_account_status_code(s)
                                  for s in range(_c.MSS_ACCOUNT_STATUS_COUNT))
#: Event codes, in the C enumeration's order.
EVENTS: Tuple[str, ...] = tuple(_c.mss_account_event_code(e)
                                for e in range(_c.MSS_ACCOUNT_EVENT_COUNT))

# Conditions named after the facts of next_status() that satisfy them.
_CONDITIONS = (
    (_c.MSS_COND_PASSWORD_SET, 'password_set'),
    (_c.MSS_COND_INFO_CONFIRMED, 'info_confirmed'),
    (_c.MSS_COND_CGU_ACCEPTED, 'cgu_accepted'),
    (_c.MSS_COND_ENROLMENT_MATCH, 'enrol_rules'),
    (_c.MSS_COND_ORG_RESPONSIBLE, 'responsible_account_exists'),
    (_c.MSS_COND_INACTIVITY_DELETION, 'inactivity'),
)


class Transition(NamedTuple):
    """One row of the transition table."""

    from_status: str
    event: str
    to_status: str
    #: what it requires, named after next_status()'s facts: "password_set",
    #: "info_confirmed", "cgu_accepted", "enrol_rules" (the candidate meets
    #: them), "responsible_account_exists" (ORG boxes only), "inactivity"
    #: (warned and inactive long enough)
    conditions: Tuple[str, ...]


def _parsed(value: Union[str, int], parse, count: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError('expected a str or an int, not %s' % type(value).__name__)
    if isinstance(value, int):
        if not 0 <= value < count:
            code = (_c.MSS_ERR_ACCOUNT_STATUS_UNKNOWN if count == _c.MSS_ACCOUNT_STATUS_COUNT
                    else _c.MSS_ERR_ACCOUNT_EVENT_UNKNOWN)
            raise_if_failed(code)
        return value
    res = _c.mss_result()
    code, parsed = parse(text(value), res)
    raise_if_failed(code, res)
    return parsed


def _status(value: Union[str, int]) -> int:
    return _parsed(value, _c.mss_account_status_parse, _c.MSS_ACCOUNT_STATUS_COUNT)


def _event(value: Union[str, int]) -> int:
    return _parsed(value, _c.mss_account_event_parse, _c.MSS_ACCOUNT_EVENT_COUNT)


def _lang(lang: str) -> int:
    return _c.MSS_LANG_FR if lang == 'fr' else _c.MSS_LANG_EN


def next_status(status: Union[str, int], event: Union[str, int], *,
                password_set: bool = False, info_confirmed: bool = False,
                cgu_accepted: bool = False, bal_type: Union[str, int] = 'PER',
                responsible_account_exists: bool = False,
                enrol_rules: Optional[EnrolRules] = None,
                candidate: Union[Candidate, Mapping[str, Optional[str]], None] = None,
                last_auth: Time = 0, warned_at: Time = 0, now: Time = 0,
                inactivity_policy: Optional[Policy] = None) -> str:
    """The status after an event, given what is known of the account.

    Facts: ``password_set``, ``info_confirmed``, ``cgu_accepted`` (all three
    needed to enter VALIDE); ``bal_type`` and ``responsible_account_exists``
    (an ORG box is created only after its responsible person's account);
    ``enrol_rules`` and ``candidate`` for ``self-enrol`` (without rules the
    structure has no automatic enrolment: refused); ``last_auth``,
    ``warned_at``, ``now`` (Unix seconds or aware datetimes) and
    ``inactivity_policy`` for ``inactivity-delete``.

    A refusal raises :class:`AccountError` (unknown status or event,
    impossible event, missing facts, enrolment criteria, inactivity not due)
    whose ``reasons`` holds every reason as :class:`Issue` objects."""
    if enrol_rules is not None and not isinstance(enrol_rules, EnrolRules):
        raise TypeError('enrol_rules is a mssconf.enrol.EnrolRules or None, not %s'
                        % type(enrol_rules).__name__)
    res = _c.mss_result()
    code, after = _c.mssb_account_next(
        _status(status), _event(event), bool(password_set), bool(info_confirmed),
        bool(cgu_accepted), _bal_type(bal_type), bool(responsible_account_exists),
        enrol_rules._rules if enrol_rules is not None else None,
        *candidate_args(candidate_of(candidate)),
        seconds(last_auth), seconds(warned_at), seconds(now), c_policy(inactivity_policy), res)
    try:
        raise_if_failed(code, res)
    except ValidationError as refused:
        refused.reasons = tuple(i for i in issues_of(res) if i.code < 0)
        raise
    return _c.mss_account_status_code(after)


def allowed_events(status: Union[str, int]) -> List[str]:
    """Events the transition table has from a status, in event order (their
    facts may still refuse them); [] for a terminal status."""
    current = _status(status)
    events = []
    i = 0
    while (event := _c.mssb_account_allowed_event(current, i)) >= 0:
        events.append(_c.mss_account_event_code(event))
        i += 1
    return events


def transitions() -> List[Transition]:
    """The whole transition table, ordered by status, then event."""
    rows = []
    for i in range(_c.mss_account_transition_count()):
        row = _c.mss_account_transition()
        raise_if_failed(_c.mss_account_transition_at(i, row))
        rows.append(Transition(
            _c.mss_account_status_code(row.from_status), _c.mss_account_event_code(row.event),
            _c.mss_account_status_code(row.to_status),
            tuple(name for flag, name in _CONDITIONS if row.conditions & flag)))
    return rows


def status_label(status: Union[str, int]) -> str:
    """The label Medimail shows ("A VALIDER", "(aucun)")."""
    return _c.mss_account_status_label(_status(status))


def status_description(status: Union[str, int], lang: str = 'fr') -> str:
    """One-sentence description of a status, in French (default) or English."""
    return _c.mss_account_status_description(_status(status), _lang(lang))


def event_label(event: Union[str, int]) -> str:
    """French name of an event ("finalisation", "auto-inscription")."""
    return _c.mss_account_event_label(_event(event))


def event_description(event: Union[str, int], lang: str = 'fr') -> str:
    """One-sentence description of an event, in French (default) or English."""
    return _c.mss_account_event_description(_event(event), _lang(lang))


def is_terminal(status: Union[str, int]) -> bool:
    """Whether no event leaves the status (REFUSE, SUPPRIME)."""
    return _c.mss_account_status_is_terminal(_status(status))
