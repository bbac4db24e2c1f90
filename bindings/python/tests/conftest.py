"""Shared fixtures: the reference tree (../shared) when it is present, and
a small whitelist of bindings/testdata."""

import os
import pathlib

import pytest

import mssconf

# A small ANS whitelist with the real file's quirks (namespace, a domain
# listed by two operator certificates, upper case, a Nom that is no domain),
# shared with the PHP tests.
SMALL_XML = (pathlib.Path(__file__).resolve().parents[2] / 'testdata' / 'whitelist-small.xml').read_bytes()

FULL_WHITELIST = 'data/listeblanchemssante-2025-03-13.xml'


@pytest.fixture
def shared_dir() -> pathlib.Path:
    """The ../shared tree (MSS_SHARED_DIR, set by meson); skip when absent."""
    path = pathlib.Path(os.environ.get('MSS_SHARED_DIR', '/nonexistent'))
    if not path.is_dir():
        pytest.skip('reference tree ../shared absent')
    return path


@pytest.fixture(scope='session')
def small_whitelist() -> 'mssconf.Whitelist':
    return mssconf.Whitelist.from_bytes(SMALL_XML)


@pytest.fixture(scope='session')
def full_whitelist() -> 'mssconf.Whitelist':
    """The real ANS whitelist of ../shared, loaded once; skip when absent."""
    path = pathlib.Path(os.environ.get('MSS_SHARED_DIR', '/nonexistent')) / FULL_WHITELIST
    if not path.is_file():
        pytest.skip('%s absent' % FULL_WHITELIST)
    return mssconf.Whitelist.from_file(path)
