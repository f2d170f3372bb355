"""Benchmark 7 (issue 18): instant answers, each against its baseline in the same run.

* ``cli``: the ``careerdata compare`` command, as whole processes, against the bare import
  ``python -c "import babel.numbers, json, attrs"`` (the issue's baseline also imported cattrs,
  which careerdata no longer depends on).  Paired runs (baseline, then command, nine times);
  medians of wall time, and of CPU time (user + system), which a busy machine inflates less.
  A third pair imports the modules a compare needs and does nothing: the floor.
* ``lookup``: a cold ``load_dataset("bls-oews-2025")`` and two ``find()`` calls in a fresh
  interpreter, against reading the same file and ``json.loads`` of its bytes in another.
* ``build``: every role of that dataset built (the lazy dataset's values) against today's
  whole load (``load_document`` of the same bytes, which validates all of it, then a
  ``Dataset``), each in a fresh interpreter.
* ``first``: the first English summary of a pair of roles in a fresh interpreter against the
  naive version's first call (``naive_text.summarize``), babel's English data loaded for both;
  CPU time of the call, median over three pairs and five runs.
* ``used``: the memory a dataset of which two roles were used holds (tracemalloc) against
  ``json.loads`` of its file.

Every interpreter runs with ``-I`` (no user site, ``PYTHON*`` variables ignored, so bytecode is
cached as after an install).  Run: ``python benchmarks/run.py --only cli,lookup,build,first,used``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASELINE_IMPORT = "import babel.numbers, json, attrs"
COMMANDS = {
    "bls": ["compare", "43-4051", "11-9111", "--dataset", "bls-oews-2025"],
    "seed": ["compare", "Customer Service Manager", "customer-care-supervisor"],
}


def _interpreter(*args: str) -> list[str]:
    return [sys.executable, "-I", *args]


def _command(argv: list[str]) -> list[str]:
    """The console script run by this interpreter (``-m careerdata`` when there is none)."""
    script = Path(sys.executable).with_name("careerdata")
    return (
        _interpreter(str(script), *argv)
        if script.is_file()
        else _interpreter("-m", "careerdata", *argv)
    )


def _run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run of ``command``."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)  # noqa: S603 - our probe
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise subprocess.CalledProcessError(status, command)
    return wall, usage.ru_utime + usage.ru_stime


#: The modules the compare command needs (the model, the engine, the text layer): imported with
#: the baseline's, they show what defining their classes costs before any work is done.
FLOOR_IMPORT = BASELINE_IMPORT + ", careerdata.model, careerdata.compare, careerdata.text.page"


def cli(runs: int = 9) -> dict[str, dict[str, float]]:
    """Median wall and CPU seconds of each command and of the baseline run just before it."""
    base_command = _interpreter("-c", BASELINE_IMPORT)
    commands = {name: _command(argv) for name, argv in COMMANDS.items()}
    commands["floor"] = _interpreter("-c", FLOOR_IMPORT)
    results: dict[str, dict[str, float]] = {}
    for name, command in commands.items():
        _run(command), _run(base_command)  # bytecode written, files in the page cache
        ours, base = [], []
        for _ in range(runs):
            base.append(_run(base_command))
            ours.append(_run(command))
        results[name] = {
            "wall": statistics.median(wall for wall, _ in ours),
            "base wall": statistics.median(wall for wall, _ in base),
            "cpu": statistics.median(cpu for _, cpu in ours),
            "base cpu": statistics.median(cpu for _, cpu in base),
        }
    return results


def _seconds(code: str) -> float:
    """Run ``code`` (which prints seconds) in a fresh interpreter."""
    result = subprocess.run(  # noqa: S603 - our probe
        _interpreter("-c", textwrap.dedent(code)), capture_output=True, text=True, check=True
    )
    return float(result.stdout)


def _best(code: str, runs: int) -> float:
    return min(_seconds(code) for _ in range(runs))


# What `import careerdata` imported before issue 18 (the model and the comparison engine):
# imported before the timing in the "warm imports" variant, so that row stays comparable.
_PREVIOUS_IMPORTS = "import careerdata.model, careerdata.compare"

# json and pathlib are imported before the timing, as the baseline imports them before its own.
_LOOKUP = """
import json, time
from pathlib import Path
{before}
t = time.perf_counter()
from careerdata.datasets import load_dataset
dataset = load_dataset("bls-oews-2025")
dataset.find("43-4051"), dataset.find("11-9111")
print(time.perf_counter() - t)
"""
_JSON = """
import json, time
from pathlib import Path
t = time.perf_counter()
json.loads(Path({path!r}).read_bytes())
print(time.perf_counter() - t)
"""


def lookup(path: str, runs: int = 7) -> dict[str, float]:
    """Best seconds: load plus two finds with nothing imported, with the old imports, json."""
    return {
        "cold": _best(_LOOKUP.format(before=""), runs),
        "warm imports": _best(_LOOKUP.format(before=_PREVIOUS_IMPORTS), runs),
        "json": _best(_JSON.format(path=path), runs),
    }


_BUILD_LAZY = """
import time
import careerdata.model, careerdata.datasets
t = time.perf_counter()
roles = tuple(careerdata.datasets.load_dataset("bls-oews-2025").values())
print(time.perf_counter() - t)
"""
_BUILD_WHOLE = """
import time
import careerdata.model, careerdata.datasets
from pathlib import Path
from careerdata.datasets import Dataset
from careerdata.io import load_document
data = Path({path!r}).read_bytes()
t = time.perf_counter()
document = load_document(data)
roles = tuple(Dataset(document.roles, document.info).values())
print(time.perf_counter() - t)
"""


def build(path: str, runs: int = 7) -> dict[str, float]:
    """Best seconds to have every role: the lazy dataset's values against a whole load."""
    return {"lazy": _best(_BUILD_LAZY, runs), "whole": _best(_BUILD_WHOLE.format(path=path), runs)}


_FIRST = """
import sys, time
sys.path.insert(0, {here!r})
import babel
babel.Locale.parse("en_US").currency_formats  # CLDR's English data, loaded for both
import naive_text
from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.text import summarize
roles = load_dataset("bls-oews-2025")
a, b = roles.find({a!r}), roles.find({b!r})
comparison = compare(a, b)
t = time.process_time()  # CPU time: a call this short is at the mercy of a busy scheduler
if {naive}:
    naive_text.summarize(a, b, "en_US")
else:
    summarize(comparison, "en_US")
print(time.process_time() - t)
"""
FIRST_PAIRS = (("43-4051", "11-9111"), ("29-1141", "31-1131"), ("15-1252", "13-2011"))


def first(runs: int = 5) -> dict[str, float]:
    """Median CPU seconds of the first summary in a process, over pairs and runs."""
    times: dict[str, list[float]] = {"ours": [], "naive": []}
    for _ in range(runs):
        for a, b in FIRST_PAIRS:
            for name, found in times.items():
                code = _FIRST.format(here=str(HERE), a=a, b=b, naive=name == "naive")
                found.append(_seconds(code))
    return {name: statistics.median(values) for name, values in times.items()}


_USED = """
import json, tracemalloc
from decimal import Decimal
from pathlib import Path
import careerdata.model, careerdata.datasets
data = Path({path!r}).read_bytes()
tracemalloc.start()
if {kind!r} == "json":
    kept = json.loads(data)
elif {kind!r} == "records":
    kept = json.loads(data, parse_float=Decimal)
else:
    kept = careerdata.datasets.load_dataset("bls-oews-2025")
    kept.find("43-4051"), kept.find("11-9111")
print(tracemalloc.get_traced_memory()[0])
"""


def used(path: str) -> dict[str, int]:
    """Bytes held: the dataset after two roles were used; its parsed records (decimals, as
    the dataset keeps them); ``json.loads`` of the file (floats)."""
    sizes = {}
    for name in ("ours", "records", "json"):
        code = _USED.format(path=path, kind=name)
        result = subprocess.run(  # noqa: S603 - our probe
            _interpreter("-c", textwrap.dedent(code)), capture_output=True, text=True, check=True
        )
        sizes[name] = int(result.stdout)
    return sizes
