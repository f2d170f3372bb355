"""Storing generated pages: one file per page in a folder, or one JSON line per page."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from careerdata.batch._page import Page

__all__ = ["write_folder", "write_jsonl"]


def write_folder(pages: Iterable[Page], directory: str | os.PathLike[str]) -> int:
    """Write each page to ``directory/{page.path}`` (UTF-8, ending in a newline); return the count.

    Folders are created as needed and existing files are replaced.

    >>> import tempfile
    >>> from careerdata.batch import pairs
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = write_folder(pairs("customer-service", jobs=1), folder)
    ...     names = sorted(p.name for p in Path(folder, "en_US").iterdir())
    >>> written, names[0]
    (30, 'contact-center-manager-vs-customer-care-manager.summary.txt')
    """
    root = Path(directory)
    made: set[Path] = set()
    count = 0
    for page in pages:
        target = root / page.path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        text = page.text if page.text.endswith("\n") else page.text + "\n"
        target.write_text(text, encoding="utf-8")
        count += 1
    return count


def write_jsonl(pages: Iterable[Page], file: str | os.PathLike[str] | IO[str]) -> int:
    """Write one JSON object per page and line (see :meth:`Page.to_json`); return the count.

    ``file`` is a path (written in UTF-8, replaced if it exists) or an open text file.

    >>> import io
    >>> from careerdata.batch import pairs
    >>> buffer = io.StringIO()
    >>> write_jsonl(pairs("customer-service", "de_DE", jobs=1), buffer)
    30
    >>> json.loads(buffer.getvalue().splitlines()[0])["locale"]
    'de_DE'
    """
    if isinstance(file, (str, os.PathLike)):
        with Path(file).open("w", encoding="utf-8", newline="\n") as stream:
            return write_jsonl(pages, stream)
    count = 0
    for page in pages:
        file.write(json.dumps(page.to_json(), ensure_ascii=False) + "\n")
        count += 1
    return count
