"""Run every benchmark of issue 9 and print one table: each measure beside its baseline.

    python benchmarks/run.py            # the full run (a few minutes)
    python benchmarks/run.py --quick    # samples instead of every pair (well under a minute)
    python benchmarks/run.py --only compare,text --markdown

Rows (each measured in the same run as its baseline):

1. import: ``import careerdata`` against ``import attrs, babel``, each in fresh
   interpreters (best of several).
2. load: ``load_dataset("bls-oews-2025")`` cold in a fresh interpreter against reading the same
   file and ``json.loads`` of its bytes in another.
3. compare: ``compare(a, b)`` over every unordered OEWS pair (344,035) against
   ``dict_compare.compare``, the same differences computed by hand into a plain dict.
4. text: ``summarize(c, "en_US")`` against ``naive_text.summarize`` (babel's public functions
   on every call), and ``render(c, "de_DE", "markdown")``, warm, on a sample of OEWS pairs.
5. memory: every OEWS role loaded (tracemalloc and peak RSS, against ``json.loads`` of the file)
   and one million ``Comparison`` objects alive (RSS, against one million baseline dicts).
6. cores: every ordered OEWS pair's English summary via ``careerdata.batch.pairs`` on one core
   and on all cores.
7. issue 18 (``bench_startup``): ``cli`` (the compare command against a bare import of babel,
   json and attrs), ``lookup`` (cold load plus two finds against ``json.loads``), ``build``
   (every role built against a whole load), ``first`` (the first summary in a process against
   the naive version's) and ``used`` (memory of a dataset of which two roles were used).

``--quick`` samples (20,000 pairs for compare, 300 for text, 50,000 objects for memory, 120
roles for cores) so the table shows the shape in seconds; the README's figures come from a full
run.  Each row also gives the target of issue 9 and whether it is met.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import os
import platform
import random
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_import
import bench_startup
import bench_text
import dict_compare

from careerdata.batch import pairs
from careerdata.compare import compare
from careerdata.datasets import load_dataset

HERE = Path(__file__).resolve().parent
DATASET = "bls-oews-2025"
MIB = 1024 * 1024


class Row(NamedTuple):
    name: str
    ours: str
    baseline: str
    ratio: str
    target: str
    met: str


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else "yes" if ok else "NO"


def _seconds(value: float) -> str:
    if value < 1e-3:
        return f"{value * 1e6:.1f} µs"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def _python(code: str) -> str:
    """Run ``code`` in a fresh interpreter (same venv) and return its stdout."""
    return subprocess.run(  # noqa: S603 - our own probe
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


# 1. import -------------------------------------------------------------------------------------


def bench_import_row(quick: bool) -> list[Row]:
    bench_import.RUNS = 5 if quick else 15
    ((_, ours, base, _),) = bench_import.run()
    ratio = ours / base
    return [
        Row(
            "import careerdata vs import attrs, babel",
            _seconds(ours),
            _seconds(base),
            f"{ratio:.2f}x",
            "<= 1.25x",
            _verdict(ratio <= 1.25),
        )
    ]


# 2. cold load ---------------------------------------------------------------------------------

# careerdata.model and careerdata.compare are what `import careerdata` imported before issue 18:
# imported before the timing, so that this row measures what it measured before.
_LOAD_OURS = """
import time, careerdata, careerdata.model, careerdata.compare
t = time.perf_counter()
careerdata.load_dataset("bls-oews-2025")
print(time.perf_counter() - t)
"""
# The baseline must not import careerdata (importlib.resources.files("careerdata") would, and
# the package import would then be timed as part of json.loads): the path is found here and
# handed over.
_LOAD_BASE = """
import json, time
from pathlib import Path
t = time.perf_counter()
json.loads(Path({path!r}).read_bytes())
print(time.perf_counter() - t)
"""


def _data_file(name: str) -> str:
    spec = importlib.util.find_spec("careerdata")
    assert spec is not None
    assert spec.submodule_search_locations is not None
    return str(Path(next(iter(spec.submodule_search_locations))) / "data" / name)


def bench_load(quick: bool) -> list[Row]:
    runs = 3 if quick else 7
    base_code = _LOAD_BASE.format(path=_data_file("bls-oews-2025.json"))
    ours = min(float(_python(_LOAD_OURS)) for _ in range(runs))
    base = min(float(_python(base_code)) for _ in range(runs))
    ratio = ours / base
    return [
        Row(
            "cold load_dataset('bls-oews-2025') vs json.loads",
            _seconds(ours),
            _seconds(base),
            f"{ratio:.2f}x",
            "<= 4x",
            _verdict(ratio <= 4),
        )
    ]


# 3. compare -----------------------------------------------------------------------------------


def _check_baseline(pairs_: list[tuple[object, object]]) -> None:
    """The baseline computes the same figures: spot-check pay and job differences."""
    for a, b in pairs_[:200]:
        ours, base = compare(a, b), dict_compare.compare(a, b)  # type: ignore[arg-type]
        for name, field in (("yearly", "yearly_pay"), ("jobs", "jobs")):
            expected = base[name] and base[name]["difference"]
            assert getattr(ours, field).difference == expected, (name, a, b)


def bench_compare(quick: bool) -> list[Row]:
    roles = list(load_dataset(DATASET).values())
    every = list(itertools.combinations(roles, 2))
    label = f"all {len(every):,} OEWS pairs"
    if quick:
        every = random.Random(9).sample(every, 20_000)
        label = f"{len(every):,} sampled OEWS pairs"
    _check_baseline(every)  # type: ignore[arg-type]

    def run(function: Callable[[object, object], object]) -> float:
        start = time.perf_counter()
        for a, b in every:
            function(a, b)
        return time.perf_counter() - start

    for role in (
        roles
    ):  # careerdata prepares each role once; do that before timing (the baseline has no such step)
        compare(role, role)
    rounds = 2 if quick else 3
    ours = min(run(compare) for _ in range(rounds))  # type: ignore[arg-type]
    base = min(run(dict_compare.compare) for _ in range(rounds))  # type: ignore[arg-type]
    ratio = ours / base
    return [
        Row(
            f"compare over {label} vs dict baseline",
            _seconds(ours),
            _seconds(base),
            f"{ratio:.2f}x",
            "<= 3x",
            _verdict(ratio <= 3),
        )
    ]


# 4. text --------------------------------------------------------------------------------------


def bench_text_rows(quick: bool) -> list[Row]:
    limit = 300 if quick else 2000
    rows = bench_text.run(DATASET, limit)
    by_name = {name.split(" (")[0]: (ours, naive) for name, ours, naive, _ in rows}
    summary, naive = by_name["summarize en_US vs naive"]
    first_summary, _ = by_name["summarize en_US, first pass"]
    page, _ = by_name["render de_DE markdown"]
    first_page, _ = by_name["render de_DE markdown, first pass"]
    return [
        Row(
            f"summarize en_US per call vs naive ({limit} OEWS pairs)",
            _seconds(summary),
            _seconds(naive),
            f"{naive / summary:.1f}x faster",
            ">= 5x faster",
            _verdict(naive / summary >= 5),
        ),
        Row(
            "summarize en_US, first pass (formats each role once)",
            _seconds(first_summary),
            _seconds(naive),
            f"{naive / first_summary:.2f}x faster",
            "-",
            "n/a",
        ),
        Row(
            f"render de_DE markdown per call ({limit} OEWS pairs)",
            _seconds(page),
            "first pass " + _seconds(first_page),
            f"{first_page / page:.1f}x (warm vs first)",
            "-",
            "n/a",
        ),
    ]


# 5. memory ------------------------------------------------------------------------------------

_ROLES_MEMORY = """
import json, tracemalloc
from importlib.resources import files
import careerdata
from careerdata import datasets, io

def status(key):
    # VmHWM is this process's peak RSS (ru_maxrss may carry the parent's across fork + exec).
    with open("/proc/self/status") as lines:
        for line in lines:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024

data = files("careerdata").joinpath("data/bls-oews-2025.json").read_bytes()
before = status("VmRSS")
tracemalloc.start()
if {baseline}:
    kept = json.loads(data)
else:
    kept = careerdata.load_dataset("bls-oews-2025")
    kept.roles  # every role built (the dataset builds each on first use)
current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(current, peak, before, status("VmHWM"))
"""

_OBJECTS_MEMORY = """
import gc, itertools, sys
sys.path.insert(0, {here!r})
import dict_compare
import careerdata

def rss():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * {page}

roles = list(careerdata.load_dataset("bls-oews-2025").values())
function = dict_compare.compare if {baseline} else careerdata.compare
for role in roles:
    function(role, role)
gc.collect()
before = rss()
ordered = itertools.cycle(itertools.permutations(roles, 2))
kept = [function(a, b) for a, b in itertools.islice(ordered, {count})]
gc.collect()
print(rss() - before, rss())
"""


def bench_memory(quick: bool) -> list[Row]:
    ours = [int(v) for v in _python(_ROLES_MEMORY.format(baseline=False)).split()]
    base = [int(v) for v in _python(_ROLES_MEMORY.format(baseline=True)).split()]
    rows = [
        Row(
            "memory: all OEWS roles loaded (tracemalloc, kept)",
            f"{ours[0] / MIB:.2f} MiB",
            f"{base[0] / MIB:.2f} MiB json",
            f"{ours[0] / base[0]:.2f}x",
            "< 10 MiB",
            _verdict(ours[0] < 10 * MIB),
        ),
        Row(
            "memory: loading all OEWS roles (peak RSS of the process)",
            f"{ours[3] / MIB:.1f} MiB (+{(ours[3] - ours[2]) / MIB:.1f})",
            f"{base[3] / MIB:.1f} MiB json (+{(base[3] - base[2]) / MIB:.1f})",
            f"{ours[3] / base[3]:.2f}x",
            "-",
            "n/a",
        ),
    ]
    count = 50_000 if quick else 1_000_000
    page = os.sysconf("SC_PAGE_SIZE")
    probe = {"here": str(HERE), "count": count, "page": page}
    ours_grown, ours_total = map(
        int, _python(_OBJECTS_MEMORY.format(baseline=False, **probe)).split()
    )
    base_grown, _ = map(int, _python(_OBJECTS_MEMORY.format(baseline=True, **probe)).split())
    rows.append(
        Row(
            f"memory: {count:,} Comparison objects alive (RSS growth)",
            f"{ours_grown / MIB:.0f} MiB ({ours_grown / count:.0f} B each; RSS {ours_total / MIB:.0f} MiB)",
            f"{base_grown / MIB:.0f} MiB dicts",
            f"{ours_grown / base_grown:.2f}x",
            "report",
            "n/a",
        )
    )
    return rows


# 6. cores -------------------------------------------------------------------------------------


def _cores() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


_BURN = (
    "import time; t = time.perf_counter(); sum(range(30_000_000)); print(time.perf_counter() - t)"
)


def _machine_speedup(cores: int) -> float:
    """What the machine gives right now: a pure CPU loop alone, then ``cores`` copies at once.

    The pool cannot beat this; on a shared machine it is well below ``cores``.
    """
    command = [sys.executable, "-c", _BURN]
    alone = float(subprocess.run(command, capture_output=True, text=True, check=True).stdout)  # noqa: S603
    started = time.perf_counter()
    running = [subprocess.Popen(command, stdout=subprocess.DEVNULL) for _ in range(cores)]  # noqa: S603
    for process in running:
        process.wait()
    together = time.perf_counter() - started
    return cores * alone / together


def bench_cores(quick: bool) -> list[Row]:
    dataset: object = DATASET
    if quick:
        dataset = list(load_dataset(DATASET).values())[:120]
    cores = _cores()

    def run(jobs: int) -> tuple[float, float, int]:
        """Wall-clock seconds, CPU seconds of this process and its workers, pages."""
        before, start = os.times(), time.perf_counter()
        count = sum(1 for _ in pairs(dataset, "en_US", "summary", jobs=jobs, progress=False))  # type: ignore[arg-type]
        wall, after = time.perf_counter() - start, os.times()
        cpu = sum(after[:4]) - sum(before[:4])  # user + system, self and children
        return wall, cpu, count

    # All cores first: forked workers would otherwise inherit caches the serial run warmed.
    available = _machine_speedup(cores)
    every, every_cpu, count = run(-1)
    one, one_cpu, _ = run(1)
    available = (available + _machine_speedup(cores)) / 2
    speedup = one / every
    return [
        Row(
            f"all-pairs English summaries ({count:,}), 1 core vs {cores} cores",
            _seconds(one),
            _seconds(every) + f" on {cores}",
            f"{speedup:.2f}x",
            f">= {0.75 * cores:.1f}x (near-linear)",
            _verdict(speedup >= 0.75 * cores) if cores > 1 else "n/a",
        ),
        Row(
            f"  machine check: a CPU loop on 1 vs {cores} processes, same run",
            "-",
            "-",
            f"{available:.2f}x",
            f"the most the pool can get now (ideal {cores}x)",
            "n/a",
        ),
        Row(
            "  CPU time of all workers vs serial (pool overhead, load-independent)",
            _seconds(every_cpu),
            _seconds(one_cpu),
            f"{every_cpu / one_cpu:.2f}x",
            "near 1x",
            "n/a",
        ),
        Row(
            "  per summary on 1 core (compare + summarize, fresh caches)",
            _seconds(one / count),
            "-",
            "-",
            "-",
            "n/a",
        ),
    ]


# 7. issue 18: instant answers --------------------------------------------------------------


def bench_cli(quick: bool) -> list[Row]:
    found = bench_startup.cli(runs=3 if quick else 9)
    base = "python -c 'import babel.numbers, json, attrs'"
    rows = []
    for name, label, target in (
        ("bls", "CLI compare 43-4051 11-9111 --dataset bls-oews-2025", 1.5),
        ("seed", 'CLI compare "Customer Service Manager" customer-care-supervisor', 1.3),
        ("floor", "  floor: that import plus careerdata.model, .compare, .text.page", None),
    ):
        times = found[name]
        wall, cpu = times["wall"] / times["base wall"], times["cpu"] / times["base cpu"]
        rows += [
            Row(
                f"{label} vs {base} (wall, median)",
                _seconds(times["wall"]),
                _seconds(times["base wall"]),
                f"{wall:.2f}x",
                "report" if target is None else f"<= {target}x",
                "n/a" if target is None else _verdict(wall <= target),
            ),
            Row(
                "  the same, CPU time (user + system, median)",
                _seconds(times["cpu"]),
                _seconds(times["base cpu"]),
                f"{cpu:.2f}x",
                "report",
                "n/a",
            ),
        ]
    return rows


def bench_lookup(quick: bool) -> list[Row]:
    found = bench_startup.lookup(_data_file("bls-oews-2025.json"), runs=3 if quick else 7)
    base = found["json"]
    return [
        Row(
            f"cold load_dataset('bls-oews-2025') + 2 finds ({label}) vs json.loads",
            _seconds(found[key]),
            _seconds(base),
            f"{found[key] / base:.2f}x",
            "<= 2x",
            _verdict(found[key] / base <= 2),
        )
        for key, label in (
            ("warm imports", "model and compare imported first, as `import careerdata` did"),
            ("cold", "nothing imported first"),
        )
    ]


def bench_build(quick: bool) -> list[Row]:
    found = bench_startup.build(_data_file("bls-oews-2025.json"), runs=3 if quick else 7)
    ratio = found["lazy"] / found["whole"]
    return [
        Row(
            "every OEWS role built (lazy dataset's values) vs whole load (load_document + Dataset)",
            _seconds(found["lazy"]),
            _seconds(found["whole"]),
            f"{ratio:.2f}x",
            "<= 1x",
            _verdict(ratio <= 1),
        )
    ]


def bench_first(quick: bool) -> list[Row]:
    found = bench_startup.first(runs=1 if quick else 5)
    ratio = found["ours"] / found["naive"]
    return [
        Row(
            "first summarize en_US in a process vs naive's first call (CPU time; CLDR en loaded)",
            _seconds(found["ours"]),
            _seconds(found["naive"]),
            f"{ratio:.2f}x",
            "<= 1x",
            _verdict(ratio <= 1),
        )
    ]


def bench_used(quick: bool) -> list[Row]:  # noqa: ARG001 - one measure, quick or not
    found = bench_startup.used(_data_file("bls-oews-2025.json"))
    return [
        Row(
            f"memory: OEWS dataset with 2 roles used (tracemalloc, kept) vs {label}",
            f"{found['ours'] / MIB:.2f} MiB",
            f"{found[key] / MIB:.2f} MiB",
            f"{found['ours'] / found[key]:.2f}x",
            target,
            _verdict(found["ours"] / found[key] <= 1.25) if key == "records" else "n/a",
        )
        for key, label, target in (
            ("records", "its parsed records (json.loads, decimals)", "<= 1.25x"),
            ("json", "json.loads of the file (floats)", "report"),
        )
    ]


BENCHMARKS: dict[str, Callable[[bool], list[Row]]] = {
    "import": bench_import_row,
    "load": bench_load,
    "compare": bench_compare,
    "text": bench_text_rows,
    "memory": bench_memory,
    "cores": bench_cores,
    "cli": bench_cli,
    "lookup": bench_lookup,
    "build": bench_build,
    "first": bench_first,
    "used": bench_used,
}


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or model
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{model}, {_cores()} cores, Python {platform.python_version()} ({sys.platform}); "
        f"load average before the run {load}"
    )


def render(rows: list[Row], markdown: bool) -> str:
    header = Row("benchmark", "careerdata", "baseline", "ratio", "target", "met")
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="sample instead of every pair")
    parser.add_argument(
        "--only", default=",".join(BENCHMARKS), help=f"comma-separated of: {', '.join(BENCHMARKS)}"
    )
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--json", metavar="FILE", help="also write the rows to FILE as JSON")
    args = parser.parse_args(argv)
    host = machine()  # before the run: the load average says how busy the machine was
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    rows: list[Row] = []
    for name in chosen:
        started = time.perf_counter()
        rows.extend(BENCHMARKS[name](args.quick))
        print(f"[{name} done in {time.perf_counter() - started:.1f} s]", file=sys.stderr)
    print(f"machine: {host}{' (--quick)' if args.quick else ''}")
    print(render(rows, args.markdown))
    if args.json:
        Path(args.json).write_text(json.dumps([row._asdict() for row in rows], indent=2) + "\n")


if __name__ == "__main__":
    main()
