"""Identifiers in python-stdnum's shape, with stdnum's own test vectors."""

import csv

import pytest

import mssconf
from mssconf import adeli, finess, idnat, rpps, rpps_rang, siren, siret

# python-stdnum's doctests for stdnum.fr.siren and stdnum.fr.siret.
STDNUM_SIREN_VALID = '''
217601 145
3 1 0 1 8 8 4 2 0
350792008
480318245
500 674 056
529290488
738 205 269
752136200
752490334
775 699 309
775672272
776 944 944
820043784
'''.strip().splitlines()

STDNUM_SIRET_VALID = '''
0 5 7 8 1 3 1 3 1 0 0 0 2 6
1 800 700 39 00 110
2 00 03 00 13 000 11
3 12 494 529 000 34
30206838200050
314 901 323 00043
329.338.88300153
380 321 430 00023
4 8 2 7 8 1 9 11 0 0 0 11
542 097 324 0006 6
775.563.232.00104
8 21 114 55000014
356 000 000 09075
35600000000048
35600000049837
'''.strip().splitlines()


@pytest.mark.parametrize('number', STDNUM_SIREN_VALID)
def test_stdnum_siren_vectors(number):
    assert siren.is_valid(number)
    assert siren.validate(number) == siren.compact(number)


@pytest.mark.parametrize('number', STDNUM_SIRET_VALID)
def test_stdnum_siret_vectors(number):
    assert siret.is_valid(number)


def test_stdnum_siren_doctest():
    assert siren.compact('552 008 443') == '552008443'
    assert siren.validate('552 008 443') == '552008443'
    assert siren.validate('404833048') == '404833048'
    with pytest.raises(mssconf.InvalidChecksum):
        siren.validate('404833047')
    assert siren.to_tva('443 121 975') == '46 443 121 975'
    assert siren.to_tva('443121975') == '46443121975'


def test_stdnum_siret_doctest():
    assert siret.validate('73282932000074') == '73282932000074'
    with pytest.raises(mssconf.InvalidChecksum):
        siret.validate('73282932000079')
    with pytest.raises(mssconf.InvalidChecksum):
        siret.validate('35600000049838')  # La Poste: digit sum not a multiple of 5
    assert siret.to_siren('732 829 320 00074') == '732 829 320'
    assert siret.to_siren('73282932000074') == '732829320'
    assert siret.to_tva('732 829 320 00074') == '44 732 829 320'
    assert siret.to_tva('73282932000074') == '44732829320'
    assert siret.format('73282932000074') == '732 829 320 00074'
    assert siret.format('73282932000074', '') == '73282932000074'


@pytest.mark.parametrize('module, number, cls', [
    (siren, '12345678X', mssconf.InvalidFormat),   # characters before length, like stdnum
    (siren, 'ABC', mssconf.InvalidFormat),
    (siren, '1234', mssconf.InvalidLength),
    (siren, '', mssconf.InvalidFormat),
    (siret, '7328293200007', mssconf.InvalidLength),
    (finess, '24000005', mssconf.InvalidLength),     # 8 characters: never padded
    (finess, '000000000', mssconf.InvalidComponent),  # passes Luhn, 00 is no department
    (finess, '2C0000154', mssconf.InvalidFormat),
    (idnat, None, None),
])
def test_failures_raise_the_stdnum_class(module, number, cls):
    if module is idnat:
        with pytest.raises(mssconf.InvalidType):
            idnat.validate_ps(number)
        return
    with pytest.raises(cls) as info:
        module.validate(number)
    assert isinstance(info.value, mssconf.ValidationError)
    assert info.value.code < 0 and info.value.message and info.value.message_fr
    assert not module.is_valid(number)


def test_error_says_where():
    with pytest.raises(mssconf.InvalidFormat) as info:
        siren.validate('7328x9320')
    assert info.value.offset == 4
    with pytest.raises(mssconf.InvalidFormat) as info:
        siren.compact('7328x9320')
    assert info.value.offset == 4


@pytest.mark.parametrize('junk', [None, 123, b'732829320', ['7'], '', 'x' * 100000,
                                  '7328\x0029320', '\udc80', '７３２８２９３２０'])
def test_is_valid_never_raises(junk):
    for module in (siren, siret, finess, rpps, rpps_rang, adeli):
        assert module.is_valid(junk) is False
    assert idnat.is_valid_ps(junk) is False
    assert idnat.is_valid_struct(junk) is False


def test_huge_input_is_refused_early():
    with pytest.raises(mssconf.InvalidLength) as info:
        siren.validate('1' * 1_000_000)
    assert info.value.name == 'MSS_ERR_TOO_LONG'


def test_warnings_come_back_on_the_result():
    result = rpps.check('2000000547' + rpps.calc_check_digit('2000000547'))
    assert result.kind == 'rpps'
    assert [w.name for w in result.warnings] == ['MSS_WARN_RPPS_PREFIX']
    assert result.warnings[0].is_warning and result.warnings[0].message_fr
    assert rpps.check('10000005479').warnings == ()


def test_check_digit_round_trip():
    assert siren.calc_check_digit('73282932') == '0'
    assert siret.calc_check_digit('7328293200007') == '4'
    assert finess.calc_check_digit('2A000015') == '4'
    with pytest.raises(mssconf.ValidationError):
        siren.calc_check_digit('7328293')


def test_corsican_finess_normalises_to_upper_case():
    assert finess.validate('2b0004246') == '2B0004246'


def test_idnat():
    parsed = idnat.parse_struct('373282932000074')
    assert (parsed.prefix, parsed.kind, parsed.inner) == (3, 'siret', '73282932000074')
    assert idnat.validate_ps('810000005479') == '810000005479'
    assert idnat.parse_ps('0012807590').kind == 'adeli'
    with pytest.raises(mssconf.InvalidChecksum):
        idnat.validate_ps('810005678901')  # the inner RPPS's key is wrong
    with pytest.raises(mssconf.InvalidComponent):
        idnat.parse_struct('9732829320')
    assert idnat.is_valid_struct('2732829320')


def test_check_id_by_kind_name():
    assert mssconf.check_id('siret', '732 829 320 00074').value == '73282932000074'
    with pytest.raises(mssconf.UsageError):
        mssconf.check_id('nope', '1')


def test_shared_vectors(shared_dir):
    modules = {'siren': siren, 'siret': siret, 'finess': finess, 'rpps': rpps,
               'rpps-rang': rpps_rang, 'adeli': adeli}
    path = shared_dir / 'testdata' / 'identifiers.tsv'
    if not path.exists():
        pytest.skip('identifiers.tsv absent')
    seen = 0
    with open(path, encoding='utf-8') as f:
        for row in csv.reader((line for line in f if not line.startswith('#')), delimiter='\t'):
            kind, value, expected = row[0], row[1], row[2]
            if kind == 'idnat_ps':
                valid = idnat.is_valid_ps(value)
            elif kind == 'idnat_struct':
                valid = idnat.is_valid_struct(value)
            else:
                valid = modules[kind].is_valid(value)
            assert valid == (expected == 'valid'), (kind, value)
            seen += 1
    assert seen > 30


def test_help_is_useful():
    assert 'SIRET' in siret.__doc__ and 'La Poste' in siret.__doc__
    assert siret.validate.__doc__ and siret.validate.__module__ == 'mssconf.siret'
