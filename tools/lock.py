"""Refresh the locked test environments in requirements/ with uv, with fixed flags.

    python -m pip install uv && python tools/lock.py

- ``requirements/test.txt``: the newest releases today of everything the ``test`` and ``docs``
  extras need, hashed. README command 2 and ``.ci/run`` install from it.
- ``requirements/lowest.txt``: the same extras with every direct dependency at the lowest
  version pyproject.toml allows (``--resolution lowest-direct``), hashed. ``.ci/run`` runs the
  suite on it, so the declared lower bounds stay true.

Both are universal (one file for every Python the package supports) and neither holds careerdata
itself, which is installed from the tree with ``--no-deps`` after them. ``--upgrade`` takes the
newest releases (the default keeps the pins that still fit).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = {
    "test.txt": [],
    "lowest.txt": ["--resolution", "lowest-direct"],
}
COMMON = [
    "pip",
    "compile",
    "--universal",
    "--python-version",
    "3.10",
    "--generate-hashes",
    "--extra",
    "test",
    "--extra",
    "docs",
    "--quiet",
    "pyproject.toml",
]


def _uv() -> list[str]:
    found = shutil.which("uv")
    return [found] if found else [sys.executable, "-m", "uv"]


def main(argv: list[str] | None = None) -> int:
    """Compile every lock; pass ``--upgrade`` to move pinned versions to the newest releases."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true", help="take the newest releases")
    args = parser.parse_args(argv)
    for name, flags in LOCKS.items():
        command = [*_uv(), *COMMON, *flags, "--output-file", f"requirements/{name}"]
        if args.upgrade:
            command.append("--upgrade")
        print(" ".join(command[len(_uv()) :]))
        subprocess.run(command, cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
