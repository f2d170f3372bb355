"""Lint, format and type checks run as part of the one test command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.quality

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed argument lists, no shell
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_ruff_lint_passes() -> None:
    """`ruff check` finds nothing in the source, tests, examples, tools and benchmarks."""
    result = _run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_ruff_format_is_clean() -> None:
    """Every Python file is formatted the way `ruff format` would write it."""
    result = _run("ruff", "format", "--check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_passes() -> None:
    """`mypy --strict` accepts the package and the typing-only API checks."""
    result = _run("mypy", "--strict", "--no-incremental", "src/careerdata", "tests/typing")
    assert result.returncode == 0, result.stdout + result.stderr
