"""Shared fixtures: the reference tree (../shared) when it is present, and
small whitelists written in the tests themselves."""

import os
import pathlib

import pytest

import mssconf

# A small ANS whitelist with the real file's quirks: namespace, a domain
# listed by two operator certificates, upper case, a Nom that is no domain.
SMALL_XML = '''<?xml version="1.0" encoding="UTF-8"?>
<ListeBlancheMSSante xmlns="https://listeblanche.mssante.fr/schema">
  <DateDeGeneration>2025-03-13T14:54:10Z</DateDeGeneration>
  <ListeDomaines>
    <Domaine>
      <Nom>ch-albi.mssante.fr</Nom>
      <Description>Centre Hospitalier d'Albi</Description>
      <DNCertificatOperateur>CN=medimail-asip.mipih.fr,OU=318310021300028,O=GIP MIPIH,C=FR</DNCertificatOperateur>
      <DateMAJ>2020-12-16T15:15:56Z</DateMAJ>
    </Domaine>
    <Domaine>
      <Nom>CH-ALBI.mssante.fr</Nom>
      <Description>second certificate</Description>
      <DNCertificatOperateur>CN=mail.autre-operateur.fr,OU=377777777700017,O=Autre Opérateur,C=FR</DNCertificatOperateur>
      <DateMAJ>2024-01-02T00:00:00Z</DateMAJ>
    </Domaine>
    <Domaine>
      <Nom>medecin.mssante.fr</Nom>
      <Description>Médecins</Description>
      <DNCertificatOperateur>CN=mss.sante.fr,OU=313001234500012,O=ANS,C=FR</DNCertificatOperateur>
      <DateMAJ>2023-05-01T00:00:00Z</DateMAJ>
    </Domaine>
    <Domaine>
      <Nom>hôpital-exemple.mssante.fr</Nom>
      <DNCertificatOperateur>CN=mss.sante.fr,OU=313001234500012,O=ANS,C=FR</DNCertificatOperateur>
    </Domaine>
    <Domaine>
      <Nom>pas un domaine</Nom>
    </Domaine>
  </ListeDomaines>
</ListeBlancheMSSante>
'''.encode('utf-8')

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
