"""The ANS whitelist of MSSanté domains ("liste blanche").

A :class:`Whitelist` is loaded once — from the ANS XML
(``listeblanchemssante.xml``), a plain text list, or domains — and is then
read-only: share it between any number of threads.
"""

from __future__ import annotations

import os
import threading
from typing import Iterable, Iterator, List, NamedTuple, Optional, Tuple, Union

from . import _binding as _c
from ._errors import Issue, ReadError, UsageError, WhitelistError, error_class, issue, text

__all__ = ['Whitelist', 'WhitelistEntry', 'LoadReport']


class WhitelistEntry(NamedTuple):
    """One listed domain, copied out of the whitelist."""

    domain: str       #: normalised (lowercase A-label)
    description: str
    updated: str      #: most recent DateMAJ
    operators: Tuple[Tuple[str, str], ...]  #: (organisation, operator IdNat_Struct) pairs


class LoadReport(NamedTuple):
    """What loading did: counts and the entries skipped (as warnings with line and column)."""

    entries: int
    added: int
    skipped: int
    warnings: Tuple[Tuple[Issue, int, int, str], ...]  #: (issue, line, column, offending text)


def _raise_load_error(code: int, info: '_c.mss_load_info') -> None:
    cls = error_class(code)
    if not issubclass(cls, (WhitelistError, UsageError)):
        cls = WhitelistError
    error = cls(code)
    error.line, error.column = info.line, info.column
    raise error


class Whitelist:
    """A loaded, read-only whitelist. Build it with :meth:`from_file`,
    :meth:`from_bytes`, :meth:`from_text`, :meth:`from_domains` or
    :meth:`default`; ``domain in wl``, ``len(wl)`` and iteration work."""

    _default: Optional['Whitelist'] = None
    _default_lock = threading.Lock()

    def __init__(self) -> None:
        self._wl = _c.mss_whitelist()
        self.report = LoadReport(0, 0, 0, ())

    def _load(self, load, *args) -> 'Whitelist':
        info = _c.mss_load_info()
        code = load(self._wl, *args, info)
        if code < 0:
            _raise_load_error(code, info)
        notes = tuple((issue(info.note_code(i)), info.note_line(i), info.note_column(i),
                       info.note_text(i)) for i in range(info.nnotes))
        self.report = LoadReport(info.entries, info.added, info.skipped, notes)
        return self

    @classmethod
    def from_file(cls, path: Union[str, os.PathLike]) -> 'Whitelist':
        """Load the ANS XML or a text list (one domain per line) from a file."""
        return cls()._load(_c.mss_whitelist_load_file, text(os.fspath(path)))

    @classmethod
    def from_bytes(cls, data: Union[bytes, bytearray, memoryview]) -> 'Whitelist':
        """Load the ANS XML from memory."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('from_bytes() needs bytes, not %s' % type(data).__name__)
        return cls()._load(_c.mss_whitelist_load_xml_buffer, data)

    @classmethod
    def from_text(cls, data: str) -> 'Whitelist':
        """Load a text list: one domain per line, ``#`` comments, blank lines ignored."""
        return cls()._load(_c.mss_whitelist_load_text_buffer, text(data).encode('utf-8'))

    @classmethod
    def from_domains(cls, domains: Iterable[str]) -> 'Whitelist':
        """A whitelist of the given domains (each normalised; invalid ones raise)."""
        wl = cls()
        for domain in domains:
            res = _c.mss_result()
            code = _c.mss_whitelist_add(wl._wl, text(domain), res)
            if code < 0:
                raise error_class(code)(code, res.position())
        return wl

    @classmethod
    def default(cls) -> 'Whitelist':
        """The process-wide whitelist read from the file named by the
        ``MSSCONF_WHITELIST`` environment variable, loaded once."""
        with cls._default_lock:
            if cls._default is None:
                path = os.environ.get('MSSCONF_WHITELIST')
                if not path:
                    raise ReadError(_c.MSS_ERR_IO)
                cls._default = cls.from_file(path)
            return cls._default

    @property
    def generated(self) -> str:
        """The list's DateDeGeneration, or '' when unknown."""
        return _c.mss_whitelist_generated(self._wl)

    def __len__(self) -> int:
        return _c.mss_whitelist_count(self._wl)

    def __contains__(self, domain: object) -> bool:
        """Exact, case-insensitive membership after IDNA normalisation (no wildcard)."""
        return isinstance(domain, str) and '\0' not in domain and \
            _c.mss_whitelist_contains(self._wl, domain)

    def __iter__(self) -> Iterator[str]:
        for i in range(len(self)):
            yield _c.mss_whitelist_entry_domain(_c.mss_whitelist_entry_at(self._wl, i))

    def lookup(self, domain: str) -> Optional[WhitelistEntry]:
        """The entry of a listed domain, or None."""
        entry = _c.mss_whitelist_lookup(self._wl, text(domain))
        if entry is None:
            return None
        operators = []
        for i in range(_c.mss_whitelist_entry_operator_count(entry)):
            _, organisation, operator_id = _c.mss_whitelist_entry_operator(entry, i)
            operators.append((organisation or '', operator_id or ''))
        return WhitelistEntry(_c.mss_whitelist_entry_domain(entry),
                              _c.mss_whitelist_entry_description(entry),
                              _c.mss_whitelist_entry_updated(entry), tuple(operators))

    def suggest(self, domain: str, limit: int = 5) -> List[str]:
        """Listed domains close to an unlisted one (typos), closest first."""
        found = []
        for rank in range(limit):
            candidate = self._wl.suggestion(text(domain), rank)
            if candidate is None:
                break
            found.append(candidate)
        return found
