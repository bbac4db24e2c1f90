"""The examples in the modules' documentation are true."""

import doctest

import pytest

import mssconf
from mssconf import adeli, finess, idnat, rpps, rpps_rang, siren, siret


@pytest.mark.parametrize('module', [mssconf, adeli, finess, idnat, rpps, rpps_rang, siren, siret])
def test_module_examples(module):
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
