"""The examples in the modules' documentation are true."""

import doctest

import pytest

import mssconf
from mssconf import (account, address, adeli, domain, enrol, finess, idnat, inactivity, record,
                     rpps, rpps_rang, siren, siret, whitelist)


@pytest.mark.parametrize('module', [mssconf, account, address, adeli, domain, enrol, finess, idnat,
                                    inactivity, record, rpps, rpps_rang, siren, siret, whitelist])
def test_module_examples(module):
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
