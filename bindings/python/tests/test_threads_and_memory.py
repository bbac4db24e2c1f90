"""Many threads at once (sharing one whitelist), and no memory growth across calls."""

import gc
import threading
import tracemalloc

import pytest

import mssconf
from mssconf import account, domain, siren, siret

from conftest import SMALL_XML


def _run_threads(target, count=8):
    errors = []

    def guarded():
        try:
            target()
        except Exception as e:  # collected for the main thread to assert on
            errors.append(e)

    threads = [threading.Thread(target=guarded) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def _ids(rounds=2000):
    for _ in range(rounds):
        assert siret.validate('732 829 320 00074') == '73282932000074'
        assert not siren.is_valid('404833047')
        try:
            siren.validate('40483304X')
        except mssconf.InvalidFormat as e:
            assert e.offset == 8


def _with_whitelist(wl, rounds):
    def work():
        for _ in range(rounds):
            assert mssconf.check_address('dupont.jean@ch-albi.mssante.fr', 'PER', wl).domain_class \
                == 'whitelisted'
            assert 'medecin.mssante.fr' in wl and 'absent.mssante.fr' not in wl
            assert wl.lookup('CH-ALBI.mssante.fr').operators[0].server == 'medimail-asip.mipih.fr'
            assert wl.suggest('ch-abli.mssante.fr')[0] == 'ch-albi.mssante.fr'
            assert domain.classify('absent.mssante.fr', wl).domain_class == 'not-whitelisted'
            try:
                mssconf.check_address('dupont.jean@absent.mssante.fr', 'PER', wl)
            except mssconf.InvalidDomain as e:
                assert e.name == 'MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED'
            r = mssconf.check_record(type='PER', address='x..y@ch-albi.mssante.fr', whitelist=wl)
            assert r.errors[0].field == 'address'
    return work


def test_many_threads_get_the_same_answers():
    _run_threads(_ids)


def test_threads_share_one_whitelist(request):
    try:
        wl = request.getfixturevalue('full_whitelist')
    except pytest.skip.Exception:
        wl = mssconf.Whitelist.from_bytes(SMALL_XML)
    _run_threads(_with_whitelist(wl, 300))


def test_whitelist_outlives_the_name_that_built_it():
    """Threads keep the object (and its C handle) alive after the builder drops it."""
    wl = mssconf.Whitelist.from_bytes(SMALL_XML)
    work = _with_whitelist(wl, 300)
    del wl
    gc.collect()
    _run_threads(work, count=4)


def _rss_kib():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * 4


def _assert_no_growth(work, warm_up, rounds):
    work(warm_up)  # caches and allocator pools
    gc.collect()
    tracemalloc.start()
    before_py = tracemalloc.get_traced_memory()[0]
    before_rss = _rss_kib()
    work(rounds)
    gc.collect()
    grown_py = tracemalloc.get_traced_memory()[0] - before_py
    tracemalloc.stop()
    grown_rss = _rss_kib() - before_rss
    # A leak of even 16 bytes per call would show as about 1 MiB.
    assert grown_py < 64 * 1024
    assert grown_rss < 1024


def test_no_leak_across_identifier_calls():
    _assert_no_growth(_ids, 2000, 20000)


def test_no_leak_across_checks():
    wl = mssconf.Whitelist.from_bytes(SMALL_XML)

    def work(rounds):
        for _ in range(rounds):
            mssconf.check_address('Elodie.Le-Gall@ch-albi.mssante.fr', 'PER', wl)
            try:
                mssconf.check_address('élodie@ch-albi.mssante.fr', 'PER', wl)
            except mssconf.InvalidAddress:
                pass
            mssconf.suggest_address('Le Gall', 'Élodie', 'pro.oc.mssante.fr')
            mssconf.check_record(type='ORG', address='accueil@ch-albi.mssante.fr', whitelist=wl)
            wl.lookup('ch-albi.mssante.fr')
            wl.suggest('ch-abli.mssante.fr')
            account.next_status('PREINSCRIT', 'finalise', password_set=True,
                                info_confirmed=True, cgu_accepted=True)
            try:
                account.next_status('PREINSCRIT', 'finalise')
            except mssconf.AccountError:
                pass
    _assert_no_growth(work, 500, 5000)


def test_no_leak_across_whitelist_loads():
    def work(rounds):
        for _ in range(rounds):
            assert len(mssconf.Whitelist.from_bytes(SMALL_XML)) == 3
            try:
                mssconf.Whitelist.from_bytes(b'<ListeBlancheMSSante><ListeDomaines>')
            except mssconf.WhitelistError:
                pass
    _assert_no_growth(work, 500, 5000)
