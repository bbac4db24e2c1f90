"""Exceptions and check results, built on libmssconf's error registry.

The exception hierarchy has python-stdnum's shape and names, so code
written for ``stdnum.exceptions`` reads the same::

    ValidationError(ValueError)
    ├── InvalidFormat            characters or layout
    │   ├── InvalidLength        wrong length
    │   └── InvalidType          not a str at all (also a TypeError)
    ├── InvalidChecksum          check digit (clé de contrôle)
    ├── InvalidComponent         impossible part (department, prefix...)
    ├── InvalidDomain            domain name, whitelist membership
    ├── WhitelistError           whitelist document that cannot be loaded
    ├── InvalidAddress           address syntax, mailbox (BAL) type
    ├── InvalidRecord            mailbox record consistency
    ├── AccountError             account life cycle, enrolment, inactivity
    ├── FileFormatError          bulk file structure
    └── UsageError               bad argument (ReadError: file not readable)

The class follows the code's family in the C registry; every instance
carries the code and both messages.
"""

from __future__ import annotations

from typing import NamedTuple, NoReturn, Optional, Tuple

from . import _binding as _c


def _message(code: int, lang: int) -> str:
    return _c.mss_strerror_lang(code, lang)


class ValidationError(ValueError):
    """A value breaks a rule of libmssconf.

    Attributes: ``code`` (negative libmssconf code), ``name``
    (``"MSS_ERR_ID_CHECKSUM"``), ``message`` (English), ``message_fr``
    (French), ``offset`` (byte offset in the checked UTF-8 string, or -1),
    ``field`` (field or column index for records and files, or -1).
    """

    default_code: int = _c.MSS_ERR_INVALID_ARGUMENT

    def __init__(self, code: Optional[int] = None, offset: int = -1, field: int = -1) -> None:
        self.code = self.default_code if code is None else code
        self.name: str = _c.mss_error_name(self.code)
        self.message: str = _message(self.code, _c.MSS_LANG_EN)
        self.message_fr: str = _message(self.code, _c.MSS_LANG_FR)
        self.offset = offset
        self.field = field
        super().__init__(self.code, self.message)

    def __str__(self) -> str:
        where = ''
        if self.field >= 0:
            where += ' in field %d' % self.field
        if self.offset >= 0:
            where += ' at offset %d' % self.offset
        return '%s%s (%s)' % (self.message, where, self.name)


class InvalidFormat(ValidationError):
    """Characters that are not allowed, or a wrong layout."""

    default_code = _c.MSS_ERR_ID_INVALID_CHARACTER


class InvalidLength(InvalidFormat):
    """The value has the wrong length."""

    default_code = _c.MSS_ERR_ID_LENGTH


class InvalidType(InvalidFormat, TypeError):
    """The value is not a ``str`` (``None``, bytes, a number...)."""

    default_code = _c.MSS_ERR_NULL_ARGUMENT


class InvalidChecksum(ValidationError):
    """The check digit (clé de contrôle) does not match."""

    default_code = _c.MSS_ERR_ID_CHECKSUM


class InvalidComponent(ValidationError):
    """A part of the value refers to something that does not exist
    (a department, an overseas territory, an identifier type prefix)."""

    default_code = _c.MSS_ERR_FINESS_DEPARTMENT


class InvalidDomain(ValidationError):
    """The domain name is invalid, or not an MSSanté domain where one is required."""

    default_code = _c.MSS_ERR_DOMAIN_INVALID_CHARACTER


class WhitelistError(ValidationError):
    """The whitelist (liste blanche) document cannot be loaded."""

    default_code = _c.MSS_ERR_WHITELIST_XML


class InvalidAddress(ValidationError):
    """The mailbox address breaks the syntax or its mailbox (BAL) type's rules."""

    default_code = _c.MSS_ERR_ADDRESS_NO_AT


class InvalidRecord(ValidationError):
    """A mailbox record is inconsistent (type, address, identifiers)."""


class AccountError(ValidationError):
    """An account status, event or transition is not allowed."""


class FileFormatError(ValidationError):
    """A bulk file (directory extract, account CSV) is malformed."""


class UsageError(ValidationError):
    """The call itself is wrong: an argument out of range, an unknown name."""


class ReadError(UsageError, OSError):
    """A file could not be read."""

    default_code = _c.MSS_ERR_IO


# Shown as mssconf.InvalidChecksum in tracebacks and doctests: the public name.
for _cls in (ValidationError, InvalidFormat, InvalidLength, InvalidType, InvalidChecksum,
             InvalidComponent, InvalidDomain, WhitelistError, InvalidAddress, InvalidRecord,
             AccountError, FileFormatError, UsageError, ReadError):
    _cls.__module__ = 'mssconf'

_BY_FAMILY = {
    _c.MSS_FAMILY_FORMAT: InvalidFormat,
    _c.MSS_FAMILY_LENGTH: InvalidLength,
    _c.MSS_FAMILY_CHECKSUM: InvalidChecksum,
    _c.MSS_FAMILY_COMPONENT: InvalidComponent,
    _c.MSS_FAMILY_DOMAIN: InvalidDomain,
    _c.MSS_FAMILY_WHITELIST: WhitelistError,
    _c.MSS_FAMILY_ADDRESS: InvalidAddress,
    _c.MSS_FAMILY_RECORD: InvalidRecord,
    _c.MSS_FAMILY_ACCOUNT: AccountError,
    _c.MSS_FAMILY_FILE: FileFormatError,
}


def error_class(code: int) -> type:
    """The exception class for a (negative) libmssconf code."""
    if code == _c.MSS_ERR_IO:
        return ReadError
    return _BY_FAMILY.get(_c.mss_error_family_of(code), UsageError)


def raise_for(code: int, offset: int = -1, field: int = -1) -> NoReturn:
    """Raise the exception matching a negative code."""
    if code == _c.MSS_ERR_NO_MEMORY:
        raise MemoryError(_message(code, _c.MSS_LANG_EN))
    raise error_class(code)(code, offset, field)


class Issue(NamedTuple):
    """One error or warning found by a check."""

    code: int
    name: str
    message: str
    message_fr: str
    offset: int
    field: int

    @property
    def is_warning(self) -> bool:
        return self.code > 0


def issue(code: int, offset: int = -1, field: int = -1) -> Issue:
    return Issue(code, _c.mss_error_name(code), _message(code, _c.MSS_LANG_EN),
                 _message(code, _c.MSS_LANG_FR), offset, field)


def issues_of(res: '_c.mss_result') -> Tuple[Issue, ...]:
    """Every error and warning of a C result, in the order found."""
    return tuple(issue(res.issue_code(i), res.issue_offset(i), res.issue_field(i))
                 for i in range(res.count))


def warnings_of(res: '_c.mss_result') -> Tuple[Issue, ...]:
    return tuple(i for i in issues_of(res) if i.is_warning)


def raise_if_failed(code: int, res: Optional['_c.mss_result'] = None) -> None:
    """Raise for a negative code, with the position the result holds."""
    if code >= 0:
        return
    if res is not None and res.code == code:
        raise_for(code, res.position(), res.field_index())
    raise_for(code)


def text(value: object) -> str:
    """Check that an argument is a str C can receive whole: no NUL byte
    (C would cut the string there) and no lone surrogate (not UTF-8)."""
    if not isinstance(value, str):
        raise InvalidType(_c.MSS_ERR_NULL_ARGUMENT if value is None else _c.MSS_ERR_INVALID_ARGUMENT)
    try:
        encoded = value.encode('utf-8')
    except UnicodeEncodeError as e:
        raise InvalidFormat(_c.MSS_ERR_INVALID_UTF8, len(value[:e.start].encode('utf-8'))) from None
    nul = encoded.find(b'\0')
    if nul >= 0:
        raise InvalidFormat(_c.MSS_ERR_CONTROL_CHARACTER, nul)
    return value


def is_text(value: object) -> bool:
    """Whether :func:`text` would accept a value: for the predicates that never raise."""
    try:
        text(value)
    except ValidationError:
        return False
    return True
