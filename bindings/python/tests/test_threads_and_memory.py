"""Many threads at once, and no memory growth across calls."""

import gc
import threading
import tracemalloc

import mssconf
from mssconf import siren, siret


def _work(errors, rounds=2000):
    try:
        for _ in range(rounds):
            assert siret.validate('732 829 320 00074') == '73282932000074'
            assert not siren.is_valid('404833047')
            try:
                siren.validate('40483304X')
            except mssconf.InvalidFormat as e:
                assert e.offset == 8
    except Exception as e:  # collected for the main thread to assert on
        errors.append(e)


def test_many_threads_get_the_same_answers():
    errors = []
    threads = [threading.Thread(target=_work, args=(errors,)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def _rss_kib():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * 4


def test_no_leak_across_calls():
    _work([], rounds=2000)  # warm up caches and allocator pools
    gc.collect()
    tracemalloc.start()
    before_py = tracemalloc.get_traced_memory()[0]
    before_rss = _rss_kib()
    _work([], rounds=20000)
    gc.collect()
    grown_py = tracemalloc.get_traced_memory()[0] - before_py
    tracemalloc.stop()
    grown_rss = _rss_kib() - before_rss
    # 60,000 checks: a leak of even 16 bytes per call would show as ~1 MiB.
    assert grown_py < 64 * 1024
    assert grown_rss < 1024
