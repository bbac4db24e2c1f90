"""The ANS whitelist of MSSanté domains ("liste blanche").

A :class:`Whitelist` is built once — from the ANS XML
(``listeblanchemssante.xml``), a plain text list (one domain per line), or
a list of domains — and is read-only afterwards: share one between any
number of threads (lookups release the GIL and run in parallel).

>>> from mssconf import Whitelist
>>> wl = Whitelist.from_domains(['ch-albi.mssante.fr', 'Hôpital-Exemple.mssante.fr'])
>>> 'CH-ALBI.mssante.fr' in wl, len(wl)
(True, 2)
>>> wl.lookup('hôpital-exemple.mssante.fr').domain
'xn--hpital-exemple-0ob.mssante.fr'
>>> wl.suggest('ch-abli.mssante.fr')
['ch-albi.mssante.fr']
"""

from __future__ import annotations

import os
import threading
from typing import Iterable, Iterator, List, NamedTuple, Optional, Tuple, Union

from . import _binding as _c
from ._errors import Issue, UsageError, WhitelistError, error_class, is_text, issue, text

__all__ = ['Whitelist', 'WhitelistEntry', 'Operator', 'LoadReport', 'GENERIC_DOMAINS']

#: The generic Occitanie domains, always MSSanté (known without any list).
GENERIC_DOMAINS: Tuple[str, ...] = tuple(
    _c.mss_generic_domain(kind) for kind in (_c.MSS_STRUCTURE_LIBERALE, _c.MSS_STRUCTURE_EHPAD,
                                             _c.MSS_STRUCTURE_SOCIALE, _c.MSS_STRUCTURE_OTHER))


class Operator(NamedTuple):
    """An operator listing a domain, from its certificate's distinguished name."""

    organisation: str  #: ``O=`` (the operator's name)
    operator_id: str   #: ``OU=``, the operator's IdNat_Struct
    server: str        #: ``CN=``, its mail server


class WhitelistEntry(NamedTuple):
    """One listed domain, copied out of the whitelist (it stays valid
    whatever happens to the whitelist afterwards)."""

    domain: str                      #: normalised (lowercase A-label)
    description: str                 #: ``Description`` of its first listing, or ''
    updated: str                     #: most recent ``DateMAJ``, or ''
    operators: Tuple[Operator, ...]  #: one per operator certificate, in listing order


class LoadReport(NamedTuple):
    """What loading did: counts, and the entries skipped (as warnings with
    their line, column and offending text)."""

    entries: int   #: entries read (XML ``Domaine`` elements or text lines)
    added: int     #: distinct domains added
    skipped: int   #: entries skipped, each a warning
    warnings: Tuple[Tuple[Issue, int, int, str], ...]  #: (issue, line, column, text), the first ones


def _load_error(code: int, info: '_c.mss_load_info') -> WhitelistError:
    """The exception for a failed load; ``line`` and ``column`` say where
    (0 when unknown) and ``cause`` holds the domain error of a bad text line."""
    cls = error_class(code)
    if not issubclass(cls, (WhitelistError, UsageError)):
        cls = WhitelistError
    error = cls(code)
    error.line, error.column = info.line, info.column
    error.cause = issue(info.note_code(0)) if info.nnotes and info.note_code(0) < 0 else None
    return error


class Whitelist:
    """A loaded, read-only whitelist.

    Build it with :meth:`from_file`, :meth:`from_bytes`, :meth:`from_text`,
    :meth:`from_domains` or :meth:`default`. ``domain in wl``, ``len(wl)``,
    iteration (normalised domains), :meth:`lookup` and :meth:`suggest` work,
    from any thread. Pass it to :func:`mssconf.check_address`,
    :func:`mssconf.check_record` or :func:`mssconf.domain.classify`.

    The object owns its C whitelist and frees it when collected; everything
    it returns is copied out, so results outlive it safely.
    """

    _default: Optional['Whitelist'] = None
    _default_lock = threading.Lock()

    def __init__(self) -> None:
        """An empty whitelist; prefer the ``from_*`` constructors."""
        self._wl: Optional['_c.mss_whitelist'] = _c.mss_whitelist()
        self.report = LoadReport(0, 0, 0, ())
        self.source = ''

    def _load(self, load, *args) -> 'Whitelist':
        info = _c.mss_load_info()
        code = load(self._wl, *args, info)
        if code < 0:
            raise _load_error(code, info)
        notes = tuple((issue(info.note_code(i)), info.note_line(i), info.note_column(i),
                       info.note_text(i)) for i in range(info.nnotes))
        self.report = LoadReport(info.entries, info.added, info.skipped, notes)
        return self

    @classmethod
    def from_file(cls, path: Union[str, 'os.PathLike[str]']) -> 'Whitelist':
        """Load a file: the ANS XML, or a text list (one domain per line,
        ``#`` comments), told apart by content. Raises :class:`ReadError`
        when the file cannot be read, :class:`WhitelistError` (with
        ``line`` and ``column``) when it is not a whitelist."""
        path = text(os.fspath(path))
        wl = cls()._load(_c.mss_whitelist_load_file, path)
        wl.source = path
        return wl

    @classmethod
    def from_bytes(cls, data: Union[bytes, bytearray, memoryview]) -> 'Whitelist':
        """Load the ANS XML or a text list from memory (told apart by content,
        as :meth:`from_file` does)."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('from_bytes() needs bytes, not %s' % type(data).__name__)
        return cls()._load(_c.mssb_whitelist_load_buffer, data)

    @classmethod
    def from_text(cls, data: str) -> 'Whitelist':
        """Load a text list: one domain per line, ``#`` comments, blank lines ignored."""
        return cls()._load(_c.mss_whitelist_load_text_buffer, text(data).encode('utf-8'))

    @classmethod
    def from_domains(cls, domains: Iterable[str]) -> 'Whitelist':
        """A whitelist of the given domains (each normalised; an invalid one
        raises :class:`InvalidDomain` saying where)."""
        if isinstance(domains, (str, bytes)):
            raise TypeError('from_domains() needs an iterable of domains, not a single string')
        lines = []
        for domain in domains:
            value = text(domain)
            res = _c.mss_result()
            code, _ = _c.mss_domain_normalize(value, res)
            if code < 0:
                raise error_class(code)(code, res.position())
            lines.append(value)
        if not lines:
            return cls()
        # One load of them all: adding one by one rebuilds the table each time.
        return cls()._load(_c.mss_whitelist_load_text_buffer, '\n'.join(lines).encode('utf-8'))

    @classmethod
    def default(cls) -> 'Whitelist':
        """The process-wide whitelist, loaded once: the file named by the
        ``MSSCONF_WHITELIST`` environment variable (as the ``mssconf``
        command uses it) or, when it is unset or empty, the built-in one
        that knows only the generic Occitanie domains (then any other
        ``*.mssante.fr`` domain is "unverified", a warning, not an error)."""
        with cls._default_lock:
            if cls._default is None:
                path = os.environ.get('MSSCONF_WHITELIST')
                cls._default = cls.from_file(path) if path else cls._builtin()
            return cls._default

    @classmethod
    def _builtin(cls) -> 'Whitelist':
        wl = cls()
        wl._wl = None  # the C functions' "no whitelist": generic domains only
        wl.source = '(built-in generic domains)'
        return wl

    @property
    def is_builtin(self) -> bool:
        """Whether this is the built-in list of generic domains only."""
        return self._wl is None

    @property
    def generated(self) -> str:
        """The list's ``DateDeGeneration``, or '' when unknown."""
        return _c.mss_whitelist_generated(self._wl) if self._wl is not None else ''

    @property
    def memory(self) -> int:
        """Octets of memory the C whitelist holds."""
        return _c.mss_whitelist_memory(self._wl) if self._wl is not None else 0

    def __len__(self) -> int:
        return len(GENERIC_DOMAINS) if self._wl is None else _c.mss_whitelist_count(self._wl)

    def __contains__(self, domain: object) -> bool:
        """Exact, case-insensitive membership after IDNA normalisation (no
        wildcard: ``oc.mssante.fr`` does not admit ``x.oc.mssante.fr``)."""
        if not is_text(domain):
            return False
        if self._wl is None:
            return _c.mss_domain_is_generic(domain)
        return _c.mss_whitelist_contains(self._wl, domain)

    def __iter__(self) -> Iterator[str]:
        """The listed domains, normalised, in a stable order."""
        if self._wl is None:
            yield from GENERIC_DOMAINS
            return
        for i in range(len(self)):
            yield _c.mss_whitelist_entry_domain(_c.mss_whitelist_entry_at(self._wl, i))

    def __repr__(self) -> str:
        return '<mssconf.Whitelist of %d domains%s>' % (
            len(self), ' from %s' % self.source if self.source else '')

    def lookup(self, domain: str) -> Optional[WhitelistEntry]:
        """The entry of a listed domain (any case, Unicode or A-label), or None."""
        domain = text(domain)
        if self._wl is None:
            return WhitelistEntry(_normalized(domain), '', '', ()) if domain in self else None
        entry = _c.mss_whitelist_lookup(self._wl, domain)
        if entry is None:
            return None
        operators = []
        for i in range(_c.mss_whitelist_entry_operator_count(entry)):
            _, organisation, operator_id = _c.mss_whitelist_entry_operator(entry, i)
            operators.append(Operator(organisation or '', operator_id or '',
                                      _c.mss_whitelist_entry_operator_server(entry, i)))
        return WhitelistEntry(_c.mss_whitelist_entry_domain(entry),
                              _c.mss_whitelist_entry_description(entry),
                              _c.mss_whitelist_entry_updated(entry), tuple(operators))

    def suggest(self, domain: str, limit: int = 5) -> List[str]:
        """Listed domains close to an unlisted one (typos such as
        ``pro.oc.msante.fr``), closest first; a listed domain comes back
        first. At most ``limit`` (up to 64)."""
        domain = text(domain)
        if self._wl is None:
            return [_normalized(domain)] if domain in self else []
        _, found = _c.mss_whitelist_suggest(self._wl, domain)
        return found[:max(0, limit)]


def _normalized(domain: str) -> str:
    """A domain already known to be valid, normalised."""
    return _c.mss_domain_normalize(domain, None)[1]


def handle_of(whitelist: Optional[Whitelist]) -> Optional['_c.mss_whitelist']:
    """The C whitelist to pass for an optional :class:`Whitelist` argument
    (None: only the generic domains are known)."""
    if whitelist is None:
        return None
    if not isinstance(whitelist, Whitelist):
        raise TypeError('whitelist must be a mssconf.Whitelist or None, not %s'
                        % type(whitelist).__name__)
    return whitelist._wl
