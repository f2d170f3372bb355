"""Benchmark 1: the cost of ``import careerdata`` against importing attrs and babel.

Each import is timed inside a fresh interpreter (``-I``, no bytecode writing disabled so the
caches are warm as they are for a user), from just before the import statement to just after
it, so interpreter start-up does not dilute the ratio.  The minimum of several runs is kept.

Run: ``python benchmarks/bench_import.py``.
"""

from __future__ import annotations

import subprocess
import sys

RUNS = 15
_PROBE = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"


def _time_import(stmt: str) -> float:
    """Fastest of RUNS fresh-process timings of ``stmt``, in seconds."""
    times = []
    for _ in range(RUNS):
        out = subprocess.run(  # noqa: S603 - fixed interpreter and probe
            [sys.executable, "-I", "-c", _PROBE.format(stmt=stmt)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        times.append(float(out))
    return min(times)


def run() -> list[tuple[str, float, float, str]]:
    """Return rows ``(name, careerdata seconds, baseline seconds, unit)``."""
    ours = _time_import("import careerdata")
    base = _time_import("import attrs, babel")
    return [("import careerdata vs attrs+babel", ours, base, "s")]


def loaded_modules() -> set[str]:
    """Modules that ``import careerdata`` loads beyond attrs and babel."""
    probe = (
        "import sys; before = set(sys.modules); import attrs, babel; "
        "base = set(sys.modules); import careerdata; "
        "print('\\n'.join(sorted(set(sys.modules) - base)))"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-I", "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


if __name__ == "__main__":
    for name, ours, base, _ in run():
        print(f"{name}: {ours * 1e3:.1f} ms vs {base * 1e3:.1f} ms ({ours / base:.2f}x)")
    print("extra modules:", ", ".join(sorted(loaded_modules())))
