"""Deletion of inactive mailboxes (CNIL): when to warn, when to delete.

A mailbox is deleted after at most a year without authentication, and never
without warning its user first. The library reads no clock: pass the
current time, the last authentication and the time of the warning (Unix
seconds or aware :class:`datetime.datetime`).

>>> from mssconf import inactivity
>>> day = 86400
>>> inactivity.check(last_auth=0, now=100 * day).verdict
'nothing-due'
>>> inactivity.check(last_auth=0, now=335 * day).verdict
'warning-due'
>>> inactivity.check(last_auth=0, now=365 * day, warned_at=335 * day).verdict
'deletion-due'
"""

from __future__ import annotations

import datetime
from typing import NamedTuple, Optional, Tuple, Union

from . import _binding as _c
from ._errors import Issue, raise_if_failed, warnings_of

__all__ = ['Policy', 'InactivityResult', 'check', 'seconds']

Time = Union[int, datetime.datetime]


class Policy(NamedTuple):
    """How long a mailbox may stay inactive, and how early its user is warned."""

    max_inactive_days: int = _c.MSS_INACTIVITY_MAX_DAYS  #: 1..365
    notice_days: int = _c.MSS_INACTIVITY_NOTICE_DAYS     #: 1..max_inactive_days-1


class InactivityResult(NamedTuple):
    """What is due now: "nothing-due", "warning-due" or "deletion-due"."""

    verdict: str
    warnings: Tuple[Issue, ...]  #: MSS_WARN_INACTIVITY_WARNING_OUTDATED when the warning is void


def seconds(value: Time) -> int:
    """Unix seconds from an int or an aware datetime (a naive one is refused:
    its time zone would be a guess)."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise ValueError('a naive datetime has no time zone: give an aware one or Unix seconds')
        return int(value.timestamp())
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError('a time is Unix seconds (int) or a datetime, not %s' % type(value).__name__)
    return value


def c_policy(policy: Optional[Policy]) -> Optional['_c.mss_inactivity_policy']:
    """The C policy for an optional :class:`Policy` (None: the defaults)."""
    if policy is None:
        return None
    if not isinstance(policy, Policy):
        raise TypeError('policy is a mssconf.inactivity.Policy or None, not %s' % type(policy).__name__)
    out = _c.mss_inactivity_policy()
    for value in policy:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError('policy days are int, not %s' % type(value).__name__)
    # Out of the C unsigned range: the library's own policy error, not an overflow.
    out.max_inactive_days, out.notice_days = (min(max(v, 0), 0xFFFFFFFF) for v in policy)
    return out


def check(last_auth: Time, now: Time, warned_at: Time = 0,
          policy: Optional[Policy] = None) -> InactivityResult:
    """Whether a warning or a deletion is due (``warned_at`` 0: never warned).
    Raises :class:`AccountError` for a time after ``now``
    (MSS_ERR_INACTIVITY_FUTURE) or a policy outside the CNIL's limits
    (MSS_ERR_INACTIVITY_POLICY)."""
    res = _c.mss_result()
    code, verdict = _c.mss_inactivity_check(seconds(last_auth), seconds(now), seconds(warned_at),
                                            c_policy(policy), res)
    raise_if_failed(code, res)
    return InactivityResult(_c.mss_inactivity_verdict_name(verdict), warnings_of(res))
