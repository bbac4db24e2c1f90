"""Medimail account statuses and their transitions.

Statuses: ``PREINSCRIT`` (created by an administrator), ``A_VALIDER``
(self-enrolled, waiting), ``VALIDE``, ``SUSPENDU``, ``REFUSE`` and
``SUPPRIME`` (terminal). :func:`next_status` applies an event and raises
AccountError with *every* missing fact when the transition is refused.

>>> from mssconf import account
>>> account.next_status('PREINSCRIT', 'FINALISE', password_set=True,
...                     info_confirmed=True, cgu_accepted=True)
'VALIDE'
"""

from __future__ import annotations

from typing import List, Union

from . import _binding as _c
from ._errors import AccountError, issues_of, raise_if_failed, text

__all__ = ['next_status', 'allowed_events', 'status_label', 'event_label', 'is_terminal']


def _status(value: Union[str, int]) -> int:
    if isinstance(value, int):
        return value
    code, parsed = _c.mss_account_status_parse(text(value), None)
    raise_if_failed(code)
    return parsed


def _event(value: Union[str, int]) -> int:
    if isinstance(value, int):
        return value
    code, parsed = _c.mss_account_event_parse(text(value), None)
    raise_if_failed(code)
    return parsed


def next_status(status: Union[str, int], event: Union[str, int], *, password_set: bool = False,
                info_confirmed: bool = False, cgu_accepted: bool = False,
                organisational: bool = False, responsible_account_exists: bool = False,
                last_auth: int = 0, warned_at: int = 0, now: int = 0) -> str:
    """The status after an event, given what is known (times: Unix seconds,
    for the inactivity rule). A refusal raises AccountError whose
    ``reasons`` lists every missing fact."""
    res = _c.mss_result()
    code, after = _c.mssb_account_next(_status(status), _event(event), password_set,
                                       info_confirmed, cgu_accepted, organisational,
                                       responsible_account_exists, last_auth, warned_at, now,
                                       res)
    try:
        raise_if_failed(code, res)
    except AccountError as refused:
        refused.reasons = tuple(i for i in issues_of(res) if i.code < 0)
        raise
    return _c.mss_account_status_code(after)


def allowed_events(status: Union[str, int]) -> List[str]:
    """Events the transition table has from a status (facts may still refuse them)."""
    current = _status(status)
    events = []
    i = 0
    while (event := _c.mssb_account_allowed_event(current, i)) >= 0:
        events.append(_c.mss_account_event_code(event))
        i += 1
    return events


def status_label(status: Union[str, int], lang: str = 'fr') -> str:
    """Description of a status, in French (default) or English."""
    return _c.mss_account_status_description(
        _status(status), _c.MSS_LANG_FR if lang == 'fr' else _c.MSS_LANG_EN)


def event_label(event: Union[str, int], lang: str = 'fr') -> str:
    """Description of an event, in French (default) or English."""
    return _c.mss_account_event_description(
        _event(event), _c.MSS_LANG_FR if lang == 'fr' else _c.MSS_LANG_EN)


def is_terminal(status: Union[str, int]) -> bool:
    """Whether no event leaves the status (REFUSE, SUPPRIME)."""
    return _c.mss_account_status_is_terminal(_status(status))
