"""Concurrent rendering: many threads, many locales, all formats, the same bytes as serial calls.

The locale contexts, catalogs and per-role figures are shared caches; a fill racing with a read
must never expose a partly built entry, and two threads filling the same key must agree.
"""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from careerdata.compare import Comparison, compare
from careerdata.datasets import load_dataset
from careerdata.text import _figures, _locale, render, summarize

LOCALES = ("en_US", "de_CH", "fr_FR", "es_ES", "en_IN", "ar_EG")
FORMATS = ("markdown", "text", "html")
THREADS = 16

Job = tuple[int, str, str]


@pytest.fixture(scope="module")
def pairs() -> list[Comparison]:
    seeds = list(load_dataset("customer-service").values())
    bls = list(load_dataset("bls-oews-2025").values())[:7]
    seed_pairs = [compare(a, b) for a, b in itertools.permutations(seeds, 2)]
    return seed_pairs + [compare(a, b) for a, b in itertools.pairwise(bls)]


def _jobs(pairs: list[Comparison]) -> list[Job]:
    return [
        (index, locale, name)
        for index in range(len(pairs))
        for locale in LOCALES
        for name in (*FORMATS, "summary")
    ]


def _run(pairs: list[Comparison], job: Job) -> str:
    index, locale, name = job
    if name == "summary":
        return summarize(pairs[index], locale)
    return render(pairs[index], locale, name)  # type: ignore[arg-type]


@pytest.fixture
def cold_caches() -> Iterator[None]:
    """Empty the shared caches so that the threads race to fill them."""
    saved = (dict(_locale._contexts), dict(_locale._translations))
    _locale._contexts.clear()
    _locale._translations.clear()
    _figures._cache.clear()
    yield
    for cache, entries in zip((_locale._contexts, _locale._translations), saved, strict=True):
        cache.update(entries)
    _figures._cache.clear()  # of roles formatted with the contexts of the test


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Switch threads every few microseconds, so that races show up."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    yield
    sys.setswitchinterval(interval)


def test_concurrent_renders_give_the_serial_bytes(
    pairs: list[Comparison], cold_caches: None, fast_switching: None
) -> None:
    """16 threads rendering shuffled jobs on cold caches write exactly what serial calls write."""
    jobs = _jobs(pairs)
    # Interleave the jobs so that every thread starts on a different locale and pair.
    shuffled = jobs[::7] + [job for index, job in enumerate(jobs) if index % 7]
    barrier = threading.Barrier(THREADS)

    def work(chunk: list[Job]) -> list[tuple[Job, str]]:
        barrier.wait()
        return [(job, _run(pairs, job)) for job in chunk]

    chunks = [shuffled[start::THREADS] for start in range(THREADS)]
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        concurrent = dict(itertools.chain.from_iterable(pool.map(work, chunks)))
    serial = {job: _run(pairs, job) for job in jobs}
    assert len(jobs) == len(concurrent)
    assert serial == concurrent


def test_one_context_and_one_figures_entry_per_key(
    pairs: list[Comparison], cold_caches: None, fast_switching: None
) -> None:
    """Threads resolving the same locale at once all get the same context object."""
    barrier = threading.Barrier(THREADS)

    def work(locale: str) -> tuple[int, int]:
        barrier.wait()
        context = _locale.resolve(locale)
        return id(context), id(_figures.role_figures(pairs[0].a, context))

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        seen = list(pool.map(work, ["de-CH"] * (THREADS // 2) + ["de_CH"] * (THREADS // 2)))
    assert len(set(seen)) == 1
