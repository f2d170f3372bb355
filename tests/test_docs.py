"""The documentation builds without warnings (its examples run as doctests via --doctest-glob)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_sphinx_builds_with_warnings_as_errors(tmp_path: Path) -> None:
    """`sphinx-build -W` succeeds: no broken references, directives or docstrings."""
    result = subprocess.run(  # noqa: S603 - fixed argument list
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            str(ROOT / "docs"),
            str(tmp_path / "html"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
