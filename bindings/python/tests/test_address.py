"""Mailbox addresses per type, and address suggestion."""

import csv

import pytest

import mssconf
from mssconf import _binding as c
from mssconf.address import BAL_TYPES, bal_type, bal_type_label, check_syntax


def test_result_has_every_part():
    r = mssconf.check_address('Jean.Dupont@Hôpital-Exemple.fr', 'INT')
    assert r.address == 'jean.dupont@xn--hpital-exemple-0ob.fr'
    assert (r.local, r.domain) == ('jean.dupont', 'xn--hpital-exemple-0ob.fr')
    assert r.domain_unicode == 'hôpital-exemple.fr'
    assert (r.domain_class, r.type, r.warnings) == ('outside', 'INT', ())


def test_types_parse_leniently():
    assert BAL_TYPES == ('PER', 'ORG', 'APP', 'CAB', 'INT', 'MED')
    assert bal_type('org') == c.MSS_BAL_ORG
    assert bal_type('Personnelle') == c.MSS_BAL_PER
    assert bal_type(c.MSS_BAL_MED) == c.MSS_BAL_MED
    assert bal_type_label('ORG') == 'organisationnelle' and bal_type_label('PER', 'en') == 'personal'
    with pytest.raises(mssconf.InvalidAddress) as info:
        bal_type('PRS')
    assert info.value.name == 'MSS_ERR_BAL_TYPE_UNKNOWN'
    for junk in (6, -1):
        with pytest.raises(mssconf.UsageError):
            bal_type(junk)
    for junk in (None, True, 1.0):
        with pytest.raises(TypeError):
            bal_type(junk)


def test_errors_say_where_and_which_class():
    with pytest.raises(mssconf.InvalidAddress) as info:
        mssconf.check_address('dupont..jean@pro.oc.mssante.fr', 'PER')
    e = info.value
    assert (e.name, e.offset) == ('MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS', 7)
    assert e.message_fr and e.message and e.code == c.MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS
    with pytest.raises(mssconf.InvalidDomain) as info:
        mssconf.check_address('dupont.jean@pro..mssante.fr', 'PER')
    assert info.value.offset == 16
    # Whether a domain is MSSanté is a domain question (family DOMAIN).
    with pytest.raises(mssconf.InvalidDomain) as info:
        mssconf.check_address('dupont.jean@gmail.com', 'PER')
    assert (info.value.name, info.value.offset) == ('MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE', 12)


def test_whitelist_decides_for_mssante_types(small_whitelist):
    r = mssconf.check_address('dupont.jean@ch-albi.mssante.fr', 'PER', small_whitelist)
    assert r.domain_class == 'whitelisted' and r.warnings == ()
    with pytest.raises(mssconf.InvalidDomain) as info:
        mssconf.check_address('dupont.jean@absent.mssante.fr', 'PER', small_whitelist)
    assert info.value.name == 'MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED'
    r = mssconf.check_address('dupont.jean@absent.mssante.fr', 'PER')
    assert [w.name for w in r.warnings] == ['MSS_WARN_DOMAIN_UNVERIFIED']


def test_conventions_are_warnings():
    r = mssconf.check_address('secretariat@pro.oc.mssante.fr', 'PER')
    assert {w.name for w in r.warnings} >= {'MSS_WARN_ADDRESS_ROLE_ON_PERSONAL'}
    assert all(w.is_warning and w.message_fr for w in r.warnings)
    assert mssconf.check_address('secretariat@pro.oc.mssante.fr', 'ORG').warnings == ()


def test_syntax_only():
    r = check_syntax('x@gmail.com')
    assert (r.address, r.type) == ('x@gmail.com', '')
    with pytest.raises(mssconf.InvalidAddress):
        check_syntax('x@@gmail.com')


@pytest.mark.parametrize('junk', [None, 3, b'a@b.fr', 'a\0@b.fr', 'a@b\udc80.fr', '', 'a' * 100000])
def test_bad_input_raises_or_is_false(junk):
    with pytest.raises(mssconf.ValidationError):
        mssconf.check_address(junk, 'INT')
    assert mssconf.is_valid_address(junk, 'INT') is False


def test_is_valid_address():
    assert mssconf.is_valid_address('dupont.jean@pro.oc.mssante.fr', 'PER')
    assert not mssconf.is_valid_address('dupont.jean@gmail.com', 'PER')
    assert not mssconf.is_valid_address('dupont.jean@pro.oc.mssante.fr', 'nope')
    assert not mssconf.is_valid_address('dupont.jean@pro.oc.mssante.fr', None)


def test_shared_address_vectors(shared_dir, request):
    path = shared_dir / 'testdata' / 'addresses.tsv'
    if not path.exists():
        pytest.skip('addresses.tsv absent')
    seen = 0
    with open(path, encoding='utf-8') as f:
        rows = csv.reader((line for line in f if not line.startswith('#')), delimiter='\t',
                          quoting=csv.QUOTE_NONE)
        for kind, address, whitelist, expected, note in rows:
            wl = request.getfixturevalue('full_whitelist') if whitelist == 'full' else None
            try:
                result = mssconf.check_address(address, kind, wl)
                outcome = 'warning' if result.warnings else 'ok'
            except mssconf.ValidationError as e:
                assert e.offset >= -1 and e.message_fr
                outcome = 'error'
            assert outcome == expected, (kind, address, note)
            seen += 1
    assert seen >= 25


@pytest.mark.parametrize('last, first, domain, kind, index, expected', [
    ('Le Gall', 'Élodie', 'pro.oc.mssante.fr', 'PER', 0, 'le-gall.elodie@pro.oc.mssante.fr'),
    ('MÜLLER', 'Anna', 'pro.oc.mssante.fr', 'MED', 0, 'muller.anna@pro.oc.mssante.fr'),
    ("N'Diaye", 'Aïssatou', 'pro.oc.mssante.fr', 'PER', 0, 'ndiaye.aissatou@pro.oc.mssante.fr'),
    ('Lœuvre', 'Jean-Noël', 'pro.oc.mssante.fr', 'PER', 2, 'loeuvre.jean-noel2@pro.oc.mssante.fr'),
    ('Équipe de nuit', None, 'ehpad.oc.mssante.fr', 'ORG', 0, 'equipe-de-nuit@ehpad.oc.mssante.fr'),
    ('Dupont', 'Jean', 'Hôpital-Exemple.fr', 'INT', 0, 'dupont.jean@xn--hpital-exemple-0ob.fr'),
])
def test_suggest_with_accents(last, first, domain, kind, index, expected):
    assert mssconf.suggest_address(last, first, domain, kind, index) == expected


def test_suggest_failures():
    with pytest.raises(mssconf.ValidationError) as info:
        mssconf.suggest_address('Dupont', 'Ωμέγα', 'pro.oc.mssante.fr', 'PER')
    assert info.value.name == 'MSS_ERR_SUGGEST_CHARACTER' and info.value.field == 8
    with pytest.raises(mssconf.ValidationError) as info:
        mssconf.suggest_address("''", 'Jean', 'pro.oc.mssante.fr')
    assert info.value.name == 'MSS_ERR_SUGGEST_NAME' and info.value.field == 7
    with pytest.raises(mssconf.InvalidDomain) as info:
        mssconf.suggest_address('Dupont', 'Jean', 'gmail.com', 'PER')
    assert info.value.name == 'MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE'
    for index in (-1, 100):
        with pytest.raises(mssconf.UsageError):
            mssconf.suggest_address('Dupont', 'Jean', 'pro.oc.mssante.fr', 'PER', index)
    with pytest.raises(TypeError):
        mssconf.suggest_address('Dupont', 'Jean', 'pro.oc.mssante.fr', 'PER', '1')


def test_suggest_against_a_whitelist(small_whitelist):
    assert mssconf.suggest_address('Dupont', 'Jean', 'ch-albi.mssante.fr', 'PER',
                                   whitelist=small_whitelist) == 'dupont.jean@ch-albi.mssante.fr'
    with pytest.raises(mssconf.InvalidDomain):
        mssconf.suggest_address('Dupont', 'Jean', 'absent.mssante.fr', 'PER',
                                whitelist=small_whitelist)
