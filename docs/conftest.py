"""Run the examples of the documentation pages in a scratch folder holding the example files.

Pages read ``minimal.json`` and ``full.json`` (the files of ``docs/examples/`` they show) and
write files of their own, as a reader would in their project folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent / "examples"


@pytest.fixture(autouse=True)
def _in_scratch_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for example in EXAMPLES.glob("*.json"):
        shutil.copy(example, tmp_path / example.name)
    monkeypatch.chdir(tmp_path)
