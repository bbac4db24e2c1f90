"""Domains: normalisation, Unicode form, public check, classification, generic domains."""

import pytest

import mssconf
from mssconf import _binding as c, domain


def test_normalize_and_back():
    assert domain.normalize('Hôpital-Exemple.FR') == 'xn--hpital-exemple-0ob.fr'
    assert domain.normalize('PRO.OC.MSSANTE.FR') == 'pro.oc.mssante.fr'
    assert domain.to_unicode('xn--hpital-exemple-0ob.fr') == 'hôpital-exemple.fr'
    assert domain.to_unicode('hôpital-exemple.fr') == 'hôpital-exemple.fr'


@pytest.mark.parametrize('value, code, offset', [
    ('a..fr', c.MSS_ERR_DOMAIN_EMPTY_LABEL, 2),
    ('-ab.fr', c.MSS_ERR_DOMAIN_HYPHEN, 0),
    ('ab.fr.', c.MSS_ERR_DOMAIN_TRAILING_DOT, 5),
    ('a_b.fr', c.MSS_ERR_DOMAIN_INVALID_CHARACTER, 1),
    ('a' * 64 + '.fr', c.MSS_ERR_DOMAIN_LABEL_TOO_LONG, 0),
    ('', c.MSS_ERR_EMPTY, -1),
])
def test_invalid_domains_say_where(value, code, offset):
    with pytest.raises(mssconf.ValidationError) as info:
        domain.normalize(value)
    assert info.value.code == code, info.value.name
    if offset >= 0:
        assert info.value.offset == offset
    if code != c.MSS_ERR_EMPTY:
        assert isinstance(info.value, mssconf.InvalidDomain)


def test_check_public():
    assert domain.check_public('CH-Albi.mssante.fr') == 'ch-albi.mssante.fr'
    for value, name in [('localhost', 'MSS_ERR_DOMAIN_SPECIAL_USE'),
                        ('intranet', 'MSS_ERR_DOMAIN_SINGLE_LABEL'),
                        ('192.168.0.1', 'MSS_ERR_DOMAIN_NUMERIC_TLD'),
                        ('x.example.com', 'MSS_ERR_DOMAIN_SPECIAL_USE')]:
        with pytest.raises(mssconf.InvalidDomain) as info:
            domain.check_public(value)
        assert info.value.name == name


def test_classify_without_whitelist():
    r = domain.classify('pro.oc.mssante.fr')
    assert (r.domain_class, r.warnings) == ('generic', ())
    r = domain.classify('CH-ALBI.mssante.fr')
    assert r.domain == 'ch-albi.mssante.fr' and r.domain_class == 'unverified'
    assert [w.name for w in r.warnings] == ['MSS_WARN_DOMAIN_UNVERIFIED']
    assert r.description and r.description_fr and r.description != r.description_fr
    assert domain.classify('gmail.com').domain_class == 'outside'
    assert domain.classify('x.oc.mssante.fr').domain_class == 'unverified'  # exact: not generic


def test_classify_with_whitelist(small_whitelist):
    assert domain.classify('ch-albi.mssante.fr', small_whitelist).domain_class == 'whitelisted'
    assert domain.classify('absent.mssante.fr', small_whitelist).domain_class == 'not-whitelisted'
    assert domain.classify('ehpad.oc.mssante.fr', small_whitelist).domain_class == 'generic'
    with pytest.raises(mssconf.InvalidDomain):
        domain.classify('a..fr', small_whitelist)


def test_generic_domains():
    assert domain.generic_domain('Libérale') == 'pro.oc.mssante.fr'
    assert domain.generic_domain('CPTS') == 'pro.oc.mssante.fr'
    assert domain.generic_domain('ehpad') == 'ehpad.oc.mssante.fr'
    assert domain.generic_domain('social') == 'social.oc.mssante.fr'
    assert domain.generic_domain('autre') == 'oc.mssante.fr'
    with pytest.raises(mssconf.ValidationError) as info:
        domain.generic_domain('hopital')
    assert info.value.name == 'MSS_ERR_DOMAIN_UNKNOWN_KIND'
    assert domain.generic_kind('EHPAD.oc.mssante.fr') == 'ehpad'
    assert domain.generic_kind('x.oc.mssante.fr') is None
    assert domain.is_generic('oc.mssante.fr') and not domain.is_generic('mssante.fr')


@pytest.mark.parametrize('junk', [None, 3, b'localhost', 'a\0b', '\udc80', ''])
def test_predicates_never_raise(junk):
    assert domain.is_generic(junk) is False
    assert domain.is_special_use(junk) is False
    assert domain.generic_kind(junk) is None


def test_special_use():
    assert domain.is_special_use('LOCALHOST') and domain.is_special_use('a.test')
    assert not domain.is_special_use('ch-albi.mssante.fr')
