"""Run the examples of each documentation page as a reader would: in an empty folder, holding
only the files the page tells the reader to save.

A page asks for a file with a sentence such as "Save this as `my-roles.json`", followed by the
file's content as a ``json`` block or a ``{literalinclude}`` of one of ``docs/examples/``.
:func:`files_to_save` finds those; the fixture below writes them, in page order, into a fresh
folder before the page's examples run.  A page that uses a file it never asks for fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

# "Save this as `x.json`", "save it as `x.json`", "Save the file below as `x.json`".
_SAVE = re.compile(r"\b[Ss]ave\s+(?:this|it|the\s[a-z\s]+?)\s+as\s+`([^`/\\]+)`")
# A fenced block: its fence, its info string (language and arguments) and its body.
_FENCE = re.compile(r"^(`{3,})([^\n]*)\n(.*?)^\1[ \t]*$", re.MULTILINE | re.DOTALL)


def files_to_save(page: Path) -> list[tuple[str, bytes]]:
    """The files ``page`` tells its reader to save: (name, content), in page order."""
    text = page.read_text(encoding="utf-8")
    files = []
    for request in _SAVE.finditer(text):
        block = _FENCE.search(text, request.end())
        if block is None:
            message = f"{page.name}: no block after {request.group(0)!r}"
            raise AssertionError(message)
        info, body = block.group(2).split(), block.group(3)
        if info[:1] == ["{literalinclude}"]:
            content = (page.parent / info[1]).read_bytes()
        elif info[:1] == ["json"]:
            content = body.encode("utf-8")
        else:
            message = f"{page.name}: {request.group(0)!r} is followed by a {info[:1]} block"
            raise AssertionError(message)
        files.append((request.group(1), content))
    return files


@pytest.fixture(autouse=True)
def _as_a_reader(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = Path(str(request.path))
    if page.suffix == ".md":
        for name, content in files_to_save(page):
            (tmp_path / name).write_bytes(content)
    monkeypatch.chdir(tmp_path)
