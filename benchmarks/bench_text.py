"""Benchmark 2: writing comparison text, against a naive implementation.

For every ordered pair of a dataset's roles it times, per call:

* ``summarize(comparison, "en_US")``, the opening paragraphs, against
  ``naive_text.summarize``, the same English text (a test checks they are equal for every seed
  pair) formatted with babel's public functions on every call;
* ``render(comparison, "de_DE", "markdown")``, the whole page.

Timings are the best of several rounds over all pairs, with the caches warm (the steady state of
a site generator writing every page of a dataset); "first pass" times one pass over the pairs
right after clearing the per-role cache, so each role's figures are formatted once and then
reused.  The comparisons are built before timing.

Run: ``python benchmarks/bench_text.py`` (add ``--oews`` for a sample of the 830-role BLS set).
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import naive_text

from careerdata.compare import Comparison, compare
from careerdata.datasets import load_dataset
from careerdata.text import _figures, render, summarize

ROUNDS = 5
OEWS_PAIRS = 2000


def _pairs(dataset: str, limit: int | None) -> list[Comparison]:
    roles = list(load_dataset(dataset).values())
    pairs = [(a, b) for a in roles for b in roles if a is not b]
    if limit is not None and len(pairs) > limit:
        pairs = random.Random(2025).sample(pairs, limit)
    return [compare(a, b) for a, b in pairs]


def _best(job: Callable[[Comparison], object], comparisons: Sequence[Comparison]) -> float:
    """Fastest mean seconds per call over ROUNDS passes."""
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for comparison in comparisons:
            job(comparison)
        times.append((time.perf_counter() - start) / len(comparisons))
    return min(times)


def _first_pass(job: Callable[[Comparison], object], comparisons: Sequence[Comparison]) -> float:
    _figures._cache.clear()  # noqa: SLF001 - measure the cost of formatting every role once
    start = time.perf_counter()
    for comparison in comparisons:
        job(comparison)
    return (time.perf_counter() - start) / len(comparisons)


def run(
    dataset: str = "customer-service", limit: int | None = None
) -> list[tuple[str, float, float, str]]:
    """Return rows ``(name, careerdata seconds, naive seconds or nan, unit)`` per call."""
    comparisons = _pairs(dataset, limit)

    def ours(comparison: Comparison) -> str:
        return summarize(comparison, "en_US")

    def naive(comparison: Comparison) -> str:
        return naive_text.summarize(comparison.a, comparison.b, "en_US")

    def page(comparison: Comparison) -> str:
        return render(comparison, "de_DE", "markdown")

    nan = float("nan")
    return [
        (
            f"summarize en_US, first pass ({len(comparisons)} pairs)",
            _first_pass(ours, comparisons),
            nan,
            "s",
        ),
        (
            f"summarize en_US vs naive ({len(comparisons)} pairs)",
            _best(ours, comparisons),
            _best(naive, comparisons),
            "s",
        ),
        (
            f"render de_DE markdown, first pass ({len(comparisons)} pairs)",
            _first_pass(page, comparisons),
            nan,
            "s",
        ),
        (f"render de_DE markdown ({len(comparisons)} pairs)", _best(page, comparisons), nan, "s"),
    ]


def main() -> None:
    rows = run()
    if "--oews" in sys.argv:
        rows += run("bls-oews-2025", OEWS_PAIRS)
    print(f"{'benchmark':62} {'careerdata':>12} {'naive':>12} {'speed-up':>9}")
    for name, ours, naive, _ in rows:
        speedup = "" if naive != naive else f"{naive / ours:8.1f}x"  # noqa: PLR0124 - nan check
        naive_text_ = "" if naive != naive else f"{naive * 1e6:9.1f} µs"  # noqa: PLR0124
        print(f"{name:62} {ours * 1e6:9.1f} µs {naive_text_:>12} {speedup:>9}")


if __name__ == "__main__":
    main()
