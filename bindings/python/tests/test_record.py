"""Mailbox records: every problem with its field, from kwargs or a dict."""

import csv
import pathlib

import pytest

import mssconf
from mssconf.record import RECORD_FIELDS

GOOD_PER = dict(type='PER', address='dupont.jean@pro.oc.mssante.fr', person_id_type='8',
                person_id='10010123452', last_name='DUPONT', first_name='Jean',
                notification_address='jean.dupont@orange.fr')

SAMPLE = pathlib.Path(__file__).resolve().parents[3] / 'examples' / 'data' / 'accounts-sample.csv'


def test_fields_follow_the_c_enumeration():
    assert RECORD_FIELDS[:2] == ('type', 'address') and len(RECORD_FIELDS) == 11
    assert RECORD_FIELDS[-1] == 'responsible_address'


def test_valid_record():
    r = mssconf.check_record(**GOOD_PER)
    assert r.valid and r.issues == () and r.dropped == 0
    assert r.raise_if_invalid() is r


def test_every_problem_with_its_field():
    r = mssconf.check_record(GOOD_PER, person_id='10010123453', last_name='Martin',
                             notification_address='x@medecin.mssante.fr')
    assert not r.valid
    assert [(i.field, i.name) for i in r.errors] == [('person_id', 'MSS_ERR_ID_CHECKSUM')]
    assert r.errors[0].offset == 10 and r.errors[0].message_fr
    assert {(i.field, i.name) for i in r.warnings} == {
        ('notification_address', 'MSS_WARN_RECORD_NOTIFICATION_MSSANTE'),
        ('address', 'MSS_WARN_RECORD_NAME_NOT_IN_ADDRESS')}
    assert set(r.by_field()) == {'person_id', 'notification_address', 'address'}
    with pytest.raises(mssconf.InvalidChecksum) as info:
        r.raise_if_invalid()
    assert info.value.field == RECORD_FIELDS.index('person_id') and info.value.offset == 10


def test_org_needs_structure_and_responsible():
    r = mssconf.check_record({'type': 'ORG', 'adresse': 'accueil@pro.oc.mssante.fr'})
    assert [(i.field, i.name) for i in r.errors] == [
        ('struct_id', 'MSS_ERR_RECORD_STRUCT_ID_REQUIRED'),
        ('responsible_address', 'MSS_ERR_RECORD_RESPONSIBLE_REQUIRED')]
    # The national directory extract has no responsible column.
    r = mssconf.check_record(type='ORG', address='accueil@pro.oc.mssante.fr', struct_id_type='1',
                             struct_id='310781406', national_data=True)
    assert r.valid


def test_account_file_column_names_any_case_and_accents():
    r = mssconf.check_record({'Type': 'INT', 'Adresse': 'durand.sophie@ehpad.oc.mssante.fr',
                              'Type ID PP': '8', 'ID-PP': '10010890126', 'Prénom': 'Sophie'})
    assert [(i.field, i.name) for i in r.errors] == [('person_id', 'MSS_ERR_RECORD_RPPS_FORBIDDEN')]


def test_missing_everything():
    r = mssconf.check_record()
    assert [i.name for i in r.errors][:2] == ['MSS_ERR_RECORD_TYPE_MISSING',
                                              'MSS_ERR_RECORD_ADDRESS_MISSING']
    assert mssconf.check_record(type='', address=None).errors[0].field == 'type'


def test_whitelist_applies(small_whitelist):
    good = dict(GOOD_PER, address='dupont.jean@ch-albi.mssante.fr')
    assert mssconf.check_record(good, whitelist=small_whitelist).valid
    r = mssconf.check_record(good, whitelist=mssconf.Whitelist.from_domains(['autre.mssante.fr']))
    assert [(i.field, i.name) for i in r.errors] == [
        ('address', 'MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED')]


def test_bad_arguments_raise():
    with pytest.raises(TypeError):
        mssconf.check_record(adress='x@y.fr')  # typo
    with pytest.raises(TypeError):
        mssconf.check_record(['PER'])
    with pytest.raises(mssconf.InvalidType) as info:
        mssconf.check_record(type='PER', person_id=10010123452)
    assert info.value.field == RECORD_FIELDS.index('person_id')
    with pytest.raises(mssconf.InvalidFormat) as info:
        mssconf.check_record(type='PER', last_name='Du\0pont')
    assert info.value.field == RECORD_FIELDS.index('last_name') and info.value.offset == 2


def test_control_characters_and_huge_values_are_problems_not_crashes():
    r = mssconf.check_record(GOOD_PER, last_name='Du\x1bpont')
    assert ('last_name', 'MSS_ERR_CONTROL_CHARACTER') in {(i.field, i.name) for i in r.errors}
    r = mssconf.check_record(GOOD_PER, address='x' * 100000 + '@pro.oc.mssante.fr')
    assert r.errors[0].field == 'address' and r.errors[0].name == 'MSS_ERR_TOO_LONG'


def test_sample_account_file_rows():
    """The shipped sample (30 rows): as many refused rows as the C reader finds."""
    wl = mssconf.Whitelist.from_file(SAMPLE.parent / 'whitelist-sample.txt')
    with open(SAMPLE, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.DictReader(f, delimiter=';'))
    results = [mssconf.check_record(row, whitelist=wl) for row in rows]
    assert len(rows) == 30
    assert sum(not r.valid for r in results) == 10
    assert results[11].errors[0].field == 'address'  # moreau..julie
    assert results[11].errors[0].name == 'MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS'
