"""The functions every identifier module shares, in python-stdnum's shape.

Each public module (``siren``, ``siret``...) binds them to its kind of
identifier with :func:`functions`; the work is done by libmssconf.
"""

from __future__ import annotations

from typing import Callable, NamedTuple, Tuple, Union

from . import _binding as _c
from ._errors import Issue, ValidationError, raise_for, raise_if_failed, text, warnings_of


class IdResult(NamedTuple):
    """Outcome of a successful identifier check."""

    value: str                 #: the compact identifier
    kind: str                  #: "siren", "siret", "finess"...
    warnings: Tuple[Issue, ...]  #: conventions broken (never make the value invalid)


def kind_of(kind: Union[int, str]) -> int:
    """The C kind for a kind name ("siret", "RPPS-rang"...) or number."""
    if isinstance(kind, int):
        return kind
    code, value = _c.mss_id_kind_parse(text(kind))
    raise_if_failed(code)
    return value


def check(kind: Union[int, str], number: object) -> IdResult:
    """Validate an identifier of the given kind; return its compact form and
    warnings, or raise a :class:`ValidationError` subclass saying where."""
    kind = kind_of(kind)
    res = _c.mss_result()
    code, value = _c.mss_id_check(kind, text(number), res)
    raise_if_failed(code, res)
    return IdResult(value, _c.mss_id_kind_name(kind), warnings_of(res))


def _raise_with_position(kind: int, number: str, code: int) -> None:
    """Raise for a failed call that reports no position, using the full
    check to find where the same error is."""
    res = _c.mss_result()
    _c.mss_id_check(kind, number, res)
    if res.code == code:
        raise_for(code, res.position())
    raise_for(code)


class IdFunctions(NamedTuple):
    compact: Callable[[str], str]
    validate: Callable[[str], str]
    is_valid: Callable[[object], bool]
    format: Callable[..., str]
    calc_check_digit: Callable[[str], str]
    check: Callable[[str], IdResult]


def functions(kind: int, label: str, module: str) -> IdFunctions:
    """The stdnum-shaped functions of one kind of identifier."""

    def call(c_function, number: str) -> str:
        # The C calls that answer (code, value): the value, or the error raised.
        number = text(number)
        code, value = c_function(kind, number)
        if code < 0:
            _raise_with_position(kind, number, code)
        return value

    def compact(number: str) -> str:
        return call(_c.mss_id_compact, number)

    def validate(number: str) -> str:
        return check_one(number).value

    def is_valid(number: object) -> bool:
        try:
            return _c.mss_id_is_valid(kind, text(number))
        except ValidationError:
            return False

    def format(number: str, separator: str = ' ') -> str:  # noqa: A001 (stdnum's name)
        value = call(_c.mss_id_format, number)
        return value.replace(' ', separator) if separator != ' ' else value

    def calc_check_digit(number: str) -> str:
        return call(_c.mss_id_calc_check_digit, number)

    def check_one(number: str) -> IdResult:
        return check(kind, number)

    docs = {
        compact: 'Convert the %s to its minimal form: spaces, dots and hyphens removed. '
                 'Raises InvalidFormat for characters an identifier cannot hold.',
        validate: 'Check that the %s is valid (length, characters, components, key) '
                  'and return its compact form; raise a ValidationError subclass otherwise.',
        is_valid: 'Whether the %s is valid. Never raises: junk, None and other types give False.',
        format: 'Display form of a valid %s (separator between the groups, if any).',
        calc_check_digit: 'The key (check character) of a %s given without it.',
        check_one: 'Validate the %s and return an IdResult (compact value, kind, warnings).',
    }
    for fn, doc in docs.items():
        fn.__doc__ = doc % label
        fn.__module__ = module
        fn.__qualname__ = fn.__name__ = 'check' if fn is check_one else fn.__name__
    return IdFunctions(compact, validate, is_valid, format, calc_check_digit, check_one)
