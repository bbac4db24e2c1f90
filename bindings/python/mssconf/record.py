"""Mailbox records: one mailbox as an account file or the national directory
describes it, checked as a whole (type ↔ address ↔ identifiers ↔
responsible box), every problem reported with its field.

Fields are named as the C ``mss_record`` members (:data:`RECORD_FIELDS`:
``type``, ``address``, ``person_id_type``, ``person_id``, ``idnat_ps``,
``struct_id_type``, ``struct_id``, ``last_name``, ``first_name``,
``notification_address``, ``responsible_address``) or as the account file's
columns (``adresse``, ``nom``, ``prenom``, ``adresse_notification``,
``type_id_pp``, ``id_pp``, ``idnat_pp``, ``type_id_structure``,
``id_structure``, ``bal_responsable``; any case, accents ignored), so a row
of ``csv.DictReader`` can be checked as it is.

>>> from mssconf import check_record
>>> r = check_record(type='PER', address='dupont.jean@pro.oc.mssante.fr',
...                  person_id_type='8', person_id='10000005479', last_name='Dupont')
>>> r.valid
True
>>> r = check_record({'type': 'ORG', 'adresse': 'accueil@pro.oc.mssante.fr'})
>>> [(p.field, p.name) for p in r.errors]
[('struct_id', 'MSS_ERR_RECORD_STRUCT_ID_REQUIRED'), ('responsible_address', 'MSS_ERR_RECORD_RESPONSIBLE_REQUIRED')]
"""

from __future__ import annotations

import unicodedata
from typing import Dict, List, Mapping, NamedTuple, Optional, Tuple

from . import _binding as _c
from ._errors import ValidationError, raise_for, text
from .whitelist import Whitelist, handle_of

__all__ = ['RECORD_FIELDS', 'RecordIssue', 'RecordResult', 'check_record']

#: The record's fields, in the order of the C ``mss_record_field`` enumeration.
RECORD_FIELDS: Tuple[str, ...] = tuple(_c.mss_record_field_name(f)
                                       for f in range(_c.MSS_RECORD_FIELD_COUNT))


def _key(name: str) -> str:
    """A field or column name as compared: lower case, no accents, spaces and
    hyphens as underscores (the account file's header rule)."""
    plain = ''.join(ch for ch in unicodedata.normalize('NFKD', name.strip())
                    if not unicodedata.combining(ch))
    return plain.lower().replace(' ', '_').replace('-', '_')


_FIELD_OF_KEY: Dict[str, int] = {
    _key(name_of(f)): f
    for name_of in (_c.mss_record_field_name, _c.mss_account_file_column_name)
    for f in range(_c.MSS_RECORD_FIELD_COUNT)
}


class RecordIssue(NamedTuple):
    """One problem of a record: an error (code < 0) or a warning (code > 0)."""

    field: str        #: the field it is about (a name of RECORD_FIELDS), '' when none
    code: int
    name: str         #: symbolic name, "MSS_ERR_RECORD_RPPS_REQUIRED"
    message: str      #: English
    message_fr: str   #: French
    offset: int       #: byte offset in that field's value, or -1

    @property
    def is_warning(self) -> bool:
        return self.code > 0


class RecordResult(NamedTuple):
    """Every problem of a record, in the order found."""

    issues: Tuple[RecordIssue, ...]
    dropped: int  #: problems beyond the 16 a check reports

    @property
    def valid(self) -> bool:
        """No error (warnings allowed)."""
        return not self.errors

    @property
    def errors(self) -> Tuple[RecordIssue, ...]:
        return tuple(i for i in self.issues if i.code < 0)

    @property
    def warnings(self) -> Tuple[RecordIssue, ...]:
        return tuple(i for i in self.issues if i.code > 0)

    def by_field(self) -> Dict[str, List[RecordIssue]]:
        """The problems grouped by field name."""
        grouped: Dict[str, List[RecordIssue]] = {}
        for i in self.issues:
            grouped.setdefault(i.field, []).append(i)
        return grouped

    def raise_if_invalid(self) -> 'RecordResult':
        """Raise the first error (an :class:`InvalidRecord`, :class:`InvalidAddress`...
        with ``field`` its index), or return the result."""
        for i in self.issues:
            if i.code < 0:
                raise_for(i.code, i.offset, _FIELD_OF_KEY.get(i.field, -1))
        return self


def _values(record: Optional[Mapping[str, Optional[str]]],
            fields: Mapping[str, Optional[str]]) -> List[Optional[str]]:
    values: List[Optional[str]] = [None] * _c.MSS_RECORD_FIELD_COUNT
    items = list(record.items()) if record is not None else []
    items += list(fields.items())
    for key, value in items:
        index = _FIELD_OF_KEY.get(_key(key)) if isinstance(key, str) else None
        if index is None:
            raise TypeError('unknown record field %r (known: %s)' % (key, ', '.join(RECORD_FIELDS)))
        if value is None:
            continue
        try:
            values[index] = text(value)
        except ValidationError as e:
            e.field = index
            raise
    return values


def check_record(record: Optional[Mapping[str, Optional[str]]] = None, /, *,
                 whitelist: Optional[Whitelist] = None, national_data: bool = False,
                 **fields: Optional[str]) -> RecordResult:
    """Check a whole mailbox record and return every problem with its field.

    Give the fields as a mapping, as keyword arguments, or both (see the
    module's documentation for the names); None or '' means absent. The
    rules: the type is known and the address valid for it; PER and CAB
    carry an RPPS (an ADELI too with ``national_data``, for the national
    directory extract); ORG and APP a structure identifier; INT and MED no
    RPPS; ORG its responsible person's nominative box (not with
    ``national_data``); identifiers are valid and agree with their type
    prefix; the notification address is public. Bad *arguments* (an unknown
    field name, a value that is not a str) raise; problems of the record
    are never raised: look at ``result.valid`` / ``result.errors``, or call
    ``result.raise_if_invalid()``."""
    if record is not None and not isinstance(record, Mapping):
        raise TypeError('a record is a mapping of field names to str, not %s'
                        % type(record).__name__)
    values = _values(record, fields)
    res = _c.mss_result()
    flags = _c.MSS_RECORD_NATIONAL_DATA if national_data else 0
    _c.mssb_record_check(*values, handle_of(whitelist), flags, res)
    if res.code == _c.MSS_ERR_NO_MEMORY:
        raise_for(res.code)
    issues = []
    for i in range(res.count):
        code, field = res.issue_code(i), res.issue_field(i)
        issues.append(RecordIssue(RECORD_FIELDS[field] if 0 <= field < len(RECORD_FIELDS) else '',
                                  code, _c.mss_error_name(code),
                                  _c.mss_strerror_lang(code, _c.MSS_LANG_EN),
                                  _c.mss_strerror_lang(code, _c.MSS_LANG_FR),
                                  res.issue_offset(i)))
    return RecordResult(tuple(issues), res.dropped)
