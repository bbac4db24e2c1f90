"""National identifiers of the ANS: IdNat_PS (people) and IdNat_Struct (structures).

An IdNat is a type prefix followed by an identifier, validated with the
identifier's own rule (never a Luhn over the prefixed string):

* IdNat_PS: ``8`` + RPPS, ``0`` + ADELI, ``10`` + MSSanté address;
* IdNat_Struct: ``1`` + FINESS, ``2`` + SIREN, ``3`` + SIRET,
  ``4`` + RPPS-rang, ``0`` + ADELI-rang (deprecated ``5``/``6``: FINESS EJ/EG,
  accepted with a warning).

>>> from mssconf import idnat
>>> idnat.validate_ps('810000005479')
'810000005479'
>>> idnat.parse_struct('373282932000074')
IdNat(prefix=3, kind='siret', inner='73282932000074', warnings=())
"""

from __future__ import annotations

from typing import NamedTuple, Tuple

from . import _binding as _c
from ._errors import Issue, ValidationError, raise_for, raise_if_failed, text, warnings_of

__all__ = ['IdNat', 'parse_ps', 'parse_struct', 'validate_ps', 'validate_struct',
           'is_valid_ps', 'is_valid_struct']


class IdNat(NamedTuple):
    """A parsed IdNat: its prefix, the kind of the inner identifier and its compact form."""

    prefix: int
    kind: str
    inner: str
    warnings: Tuple[Issue, ...]


def _parse(parse, number: str) -> IdNat:
    parsed = _c.mss_idnat()
    res = _c.mss_result()
    raise_if_failed(parse(text(number), parsed, res), res)
    return IdNat(parsed.prefix, _c.mss_id_kind_name(parsed.inner_kind), parsed.inner,
                 warnings_of(res))


def parse_ps(number: str) -> IdNat:
    """Split and validate an IdNat_PS; raise a ValidationError subclass when invalid."""
    return _parse(_c.mss_idnat_ps_parse, number)


def parse_struct(number: str) -> IdNat:
    """Split and validate an IdNat_Struct; raise a ValidationError subclass when invalid."""
    return _parse(_c.mss_idnat_struct_parse, number)


def _validate(validate, parse, number: str) -> str:
    code, value = validate(text(number))
    if code < 0:
        parse(number)  # raises, saying where
        raise_for(code)
    return value


def validate_ps(number: str) -> str:
    """Compact form of a valid IdNat_PS; raise a ValidationError subclass otherwise."""
    return _validate(_c.mss_idnat_ps_validate, parse_ps, number)


def validate_struct(number: str) -> str:
    """Compact form of a valid IdNat_Struct; raise a ValidationError subclass otherwise."""
    return _validate(_c.mss_idnat_struct_validate, parse_struct, number)


def is_valid_ps(number: object) -> bool:
    """Whether an IdNat_PS is valid. Never raises."""
    try:
        return _c.mss_idnat_ps_is_valid(text(number))
    except ValidationError:
        return False


def is_valid_struct(number: object) -> bool:
    """Whether an IdNat_Struct is valid. Never raises."""
    try:
        return _c.mss_idnat_struct_is_valid(text(number))
    except ValidationError:
        return False
