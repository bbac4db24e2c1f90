"""The ANS whitelist: loading (XML, text, domains, file, default) and lookups."""

import pytest

import mssconf
from mssconf import Whitelist, _binding as c
from mssconf.whitelist import GENERIC_DOMAINS

from conftest import SMALL_XML


def test_small_xml_quirks(small_whitelist):
    wl = small_whitelist
    assert len(wl) == 3  # two listings of ch-albi, one Nom that is no domain
    assert wl.report.entries == 5 and wl.report.skipped == 1
    assert wl.report.warnings[0][0].name == 'MSS_WARN_WHITELIST_ENTRY_SKIPPED'
    assert wl.report.warnings[0][3] == 'pas un domaine'
    assert wl.generated == '2025-03-13T14:54:10Z'
    assert sorted(wl) == ['ch-albi.mssante.fr', 'medecin.mssante.fr',
                          'xn--hpital-exemple-0ob.mssante.fr']


def test_membership_is_exact_case_insensitive_after_idna(small_whitelist):
    assert 'CH-Albi.MSSante.fr' in small_whitelist
    assert 'hôpital-exemple.mssante.fr' in small_whitelist
    assert 'x.ch-albi.mssante.fr' not in small_whitelist  # no wildcard
    assert 'ch-albi.mssante.fr.' not in small_whitelist
    for junk in (None, 3, b'ch-albi.mssante.fr', 'ch-albi\0.mssante.fr', '\udc80', ''):
        assert junk not in small_whitelist


def test_lookup_copies_every_operator(small_whitelist):
    entry = small_whitelist.lookup('ch-albi.mssante.fr')
    assert entry.description == "Centre Hospitalier d'Albi"  # of the first listing
    assert entry.updated == '2024-01-02T00:00:00Z'            # the most recent DateMAJ
    assert [o.operator_id for o in entry.operators] == ['318310021300028', '377777777700017']
    assert entry.operators[1] == ('Autre Opérateur', '377777777700017', 'mail.autre-operateur.fr')
    assert small_whitelist.lookup('absent.mssante.fr') is None
    with pytest.raises(mssconf.InvalidType):
        small_whitelist.lookup(None)


def test_entries_outlive_their_whitelist():
    entry = Whitelist.from_bytes(SMALL_XML).lookup('medecin.mssante.fr')
    import gc
    gc.collect()
    assert entry.domain == 'medecin.mssante.fr' and entry.operators[0].organisation == 'ANS'


def test_suggest_typos(small_whitelist):
    assert small_whitelist.suggest('ch-abli.mssante.fr') == ['ch-albi.mssante.fr']
    assert small_whitelist.suggest('medecin.mssante.fr')[0] == 'medecin.mssante.fr'
    assert small_whitelist.suggest('tout-autre-chose.fr') == []
    assert small_whitelist.suggest('ch-abli.mssante.fr', limit=0) == []


def test_from_text_and_domains():
    wl = Whitelist.from_text('# liste\nch-albi.mssante.fr\r\n\nMEDECIN.mssante.fr\n')
    assert sorted(wl) == ['ch-albi.mssante.fr', 'medecin.mssante.fr']
    assert len(Whitelist.from_domains(['a.mssante.fr', 'A.mssante.fr', 'b.fr'])) == 2
    assert len(Whitelist.from_domains([])) == 0
    with pytest.raises(mssconf.InvalidDomain) as info:
        Whitelist.from_domains(['ok.fr', 'bad_domain.fr'])
    assert info.value.offset == 3
    with pytest.raises(TypeError):
        Whitelist.from_domains('a.fr')


def test_from_bytes_tells_text_from_xml():
    assert len(Whitelist.from_bytes(b'\xef\xbb\xbf  \n<ListeBlancheMSSante><ListeDomaines>'
                                    b'<Domaine><Nom>a.mssante.fr</Nom></Domaine>'
                                    b'</ListeDomaines></ListeBlancheMSSante>')) == 1
    assert len(Whitelist.from_bytes(bytearray(b'a.mssante.fr\nb.mssante.fr\n'))) == 2
    assert len(Whitelist.from_bytes(memoryview(SMALL_XML))) == 3
    with pytest.raises(TypeError):
        Whitelist.from_bytes('a.mssante.fr')


@pytest.mark.parametrize('data, code, line', [
    (b'', c.MSS_ERR_EMPTY, 0),
    (b'<ListeBlancheMSSante><ListeDomaines><Domaine>', c.MSS_ERR_WHITELIST_TRUNCATED, 1),
    (b'<html><body/></html>', c.MSS_ERR_WHITELIST_NOT_WHITELIST, 1),
    (b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e "x">]><x/>', c.MSS_ERR_WHITELIST_ENTITY, 2),
    (b'<ListeBlancheMSSante><a></b></ListeBlancheMSSante>', c.MSS_ERR_WHITELIST_XML, 1),
    (b'a.mssante.fr\nnot a domain\n', c.MSS_ERR_WHITELIST_TEXT_LINE, 2),
])
def test_load_errors_say_where(data, code, line):
    with pytest.raises(mssconf.ValidationError) as info:
        Whitelist.from_bytes(data)
    assert info.value.code == code, info.value.name
    assert info.value.line == line
    assert info.value.message_fr


def test_text_line_error_carries_the_domain_error():
    with pytest.raises(mssconf.WhitelistError) as info:
        Whitelist.from_text('ok.mssante.fr\nbad..mssante.fr\n')
    assert info.value.cause.name == 'MSS_ERR_DOMAIN_EMPTY_LABEL'


def test_from_file(tmp_path):
    path = tmp_path / 'liste.xml'
    path.write_bytes(SMALL_XML)
    wl = Whitelist.from_file(path)
    assert len(wl) == 3 and wl.source == str(path) and str(path) in repr(wl)
    text_list = tmp_path / 'liste.txt'
    text_list.write_text('ch-albi.mssante.fr\n', encoding='utf-8')
    assert list(Whitelist.from_file(str(text_list))) == ['ch-albi.mssante.fr']
    with pytest.raises(mssconf.ReadError) as info:
        Whitelist.from_file(tmp_path / 'absent.xml')
    assert isinstance(info.value, OSError) and info.value.code == c.MSS_ERR_IO
    for junk in (None, b'/etc/passwd', 3):
        with pytest.raises(TypeError):
            Whitelist.from_file(junk)


def test_default_reads_the_environment(monkeypatch, tmp_path):
    path = tmp_path / 'liste.txt'
    path.write_text('ch-albi.mssante.fr\n', encoding='utf-8')
    monkeypatch.setattr(Whitelist, '_default', None)
    monkeypatch.setenv('MSSCONF_WHITELIST', str(path))
    wl = Whitelist.default()
    assert wl is Whitelist.default() and list(wl) == ['ch-albi.mssante.fr']


def test_default_without_environment_knows_the_generic_domains(monkeypatch):
    monkeypatch.setattr(Whitelist, '_default', None)
    monkeypatch.delenv('MSSCONF_WHITELIST', raising=False)
    wl = Whitelist.default()
    assert wl.is_builtin and len(wl) == 4 and tuple(wl) == GENERIC_DOMAINS
    assert 'PRO.oc.mssante.fr' in wl and 'ch-albi.mssante.fr' not in wl
    assert wl.lookup('Pro.OC.mssante.fr').domain == 'pro.oc.mssante.fr'
    assert wl.lookup('ch-albi.mssante.fr') is None
    # The same answers as no whitelist at all: other *.mssante.fr is unverified.
    r = mssconf.check_address('dupont.jean@ch-albi.mssante.fr', 'PER', wl)
    assert r.domain_class == 'unverified'


def test_whitelist_argument_is_type_checked():
    with pytest.raises(TypeError):
        mssconf.check_address('dupont.jean@pro.oc.mssante.fr', 'PER', 'liste.xml')


def test_real_whitelist(full_whitelist):
    wl = full_whitelist
    assert len(wl) > 4000 and wl.generated.startswith('2025-03-13')
    assert 'uc-cmp.mssante.fr' in wl  # written UC-CMP.mssante.fr in the file
    assert 'medecin.mssante.fr' in wl
    entry = wl.lookup('ch-albi.mssante.fr')
    assert entry.operators and entry.operators[0].server == 'medimail-asip.mipih.fr'
    assert wl.suggest('pro.oc.msante.fr')[0] == 'pro.oc.mssante.fr'
    assert wl.report.skipped >= 1 and wl.memory > 0


def test_real_subset(shared_dir):
    path = shared_dir / 'data' / 'listeblanchemssante-test-subset-2025-05.xml'
    if not path.exists():
        pytest.skip('subset absent')
    wl = Whitelist.from_bytes(path.read_bytes())
    assert len(wl) > 100 and 'nddtestasmae.mssante.fr' in wl
