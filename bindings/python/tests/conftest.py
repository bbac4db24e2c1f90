"""Shared fixtures: the reference tree (../shared) when it is present."""

import os
import pathlib

import pytest


@pytest.fixture
def shared_dir() -> pathlib.Path:
    """The ../shared tree (MSS_SHARED_DIR, set by meson); skip when absent."""
    path = pathlib.Path(os.environ.get('MSS_SHARED_DIR', '/nonexistent'))
    if not path.is_dir():
        pytest.skip('reference tree ../shared absent')
    return path
