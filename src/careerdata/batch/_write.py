"""Storing generated pages: one file per page in a folder, or one JSON line per page.

Files go only where they are told: every page is written inside the folder given, never
through a symbolic link (a link planted inside the folder, in place of a locale folder or a
page, is refused), and every file problem raises
:class:`~careerdata.errors.DataFileError` naming the path.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from careerdata.batch._page import Page
from careerdata.errors import DataFileError, Problem, ValidationError
from careerdata.errors import _shown as shown

__all__ = ["write_folder", "write_jsonl"]

# Replace a page file without following a link in its place (where the system can tell).
_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)


def _file_error(path: Path, reason: str) -> DataFileError:
    return DataFileError([Problem("", f"cannot write {path}: {reason}")])


def _os_reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def _path(value: object, name: str) -> Path:
    """A path argument as a Path; a NUL byte or a non-path raises the library's error."""
    if not isinstance(value, (str, os.PathLike)):
        raise ValidationError.at(name, f"expected a path, got {shown(value)}")
    text = os.fspath(value)
    if not isinstance(text, str):
        raise ValidationError.at(name, f"expected a text path, got {shown(text)}")
    if "\0" in text:
        raise ValidationError.at(name, f"{shown(text)} holds a NUL byte, which no path may")
    return Path(text)


def _pages(pages: object) -> Iterator[tuple[int, Page]]:
    if isinstance(pages, (str, bytes)) or not isinstance(pages, Iterable):
        raise ValidationError.at("pages", f"expected pages, got {shown(pages)}")
    for index, page in enumerate(pages):
        if not isinstance(page, Page):
            raise ValidationError.at(f"pages[{index}]", f"expected a Page, got {shown(page)}")
        yield index, page


def _inside(root: Path, folder: Path) -> Path:
    """``folder`` (below ``root``) created if needed, refused if it leads outside ``root``."""
    try:
        if folder.is_symlink():
            raise _file_error(folder, "it is a symbolic link; pages are not written through links")
        folder.mkdir(exist_ok=True)
        real = Path(os.path.realpath(folder))
    except OSError as error:
        raise _file_error(folder, _os_reason(error)) from None
    if real.parent != root:
        raise _file_error(folder, "it leads outside the folder the pages are written to")
    return folder


def _write_file(target: Path, data: bytes) -> None:
    try:
        if target.is_symlink():
            raise _file_error(target, "it is a symbolic link; pages are not written through links")
        descriptor = os.open(target, _OPEN_FLAGS, 0o644)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
    except OSError as error:
        raise _file_error(target, _os_reason(error)) from None


def write_folder(pages: Iterable[Page], directory: str | os.PathLike[str]) -> int:
    """Write each page to ``directory/{page.path}`` (UTF-8, ending in a newline); return the count.

    Folders are created as needed and existing files are replaced.  Nothing is written outside
    ``directory``: a locale folder or page file inside it that is a symbolic link is refused
    rather than followed.  A file that cannot be written (no permission, a file where a folder
    should be, a full disk) raises :class:`~careerdata.errors.DataFileError` naming its path,
    after the pages before it were written.

    >>> import tempfile
    >>> from careerdata.batch import pairs
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = write_folder(pairs("customer-service", jobs=1), folder)
    ...     names = sorted(p.name for p in Path(folder, "en_US").iterdir())
    >>> written, names[0]
    (30, 'contact-center-manager-vs-customer-care-manager.summary.txt')
    """
    root = _path(directory, "directory")
    try:
        root.mkdir(parents=True, exist_ok=True)
        real_root = Path(os.path.realpath(root))
    except OSError as error:
        raise _file_error(root, _os_reason(error)) from None
    made: dict[str, Path] = {}
    count = 0
    for _index, page in _pages(pages):
        folder = made.get(page.locale)
        if folder is None:
            folder = made[page.locale] = _inside(real_root, root / page.locale)
        text = page.text if page.text.endswith("\n") else page.text + "\n"
        _write_file(folder / page.path.rpartition("/")[2], text.encode("utf-8"))
        count += 1
    return count


def write_jsonl(pages: Iterable[Page], file: str | os.PathLike[str] | IO[str]) -> int:
    """Write one JSON object per page and line (see :meth:`Page.to_json`); return the count.

    ``file`` is a path (written in UTF-8, replaced if it exists) or an open text file.  A path
    that cannot be written raises :class:`~careerdata.errors.DataFileError` naming it.

    >>> import io
    >>> from careerdata.batch import pairs
    >>> buffer = io.StringIO()
    >>> write_jsonl(pairs("customer-service", "de_DE", jobs=1), buffer)
    30
    >>> json.loads(buffer.getvalue().splitlines()[0])["locale"]
    'de_DE'
    """
    if isinstance(file, (str, os.PathLike)):
        path = _path(file, "file")
        try:
            stream = path.open("w", encoding="utf-8", newline="\n")
        except OSError as error:
            raise _file_error(path, _os_reason(error)) from None
        with stream:
            try:
                return write_jsonl(pages, stream)
            except OSError as error:
                raise _file_error(path, _os_reason(error)) from None
    if not callable(getattr(file, "write", None)):
        raise ValidationError.at("file", f"expected a path or a text file, got {shown(file)}")
    count = 0
    for _index, page in _pages(pages):
        file.write(json.dumps(page.to_json(), ensure_ascii=False) + "\n")
        count += 1
    return count
