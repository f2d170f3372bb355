"""A JSON array read item by item: each item parsed, handed on and dropped before the next.

A role file of millions of roles is never held parsed whole; the first thing that is not valid
JSON ends the reading, and the caller parses the whole text to say what it is, in json's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from careerdata.io._reading import _ConstantError, _decoder, _DuplicateKeyError


class BrokenArrayError(Exception):
    """The text is not a well-formed JSON array after all: :func:`parse` it to say why."""


_BLANK = re.compile(r"[ \t\n\r]*")


def array_items(text: str) -> Iterator[Any] | None:
    """The items of a JSON array, parsed one at a time; ``None`` if ``text`` is no array.

    A large file is never held parsed whole: each item can be structured and dropped before
    the next is parsed.  Raises :class:`BrokenArrayError` on the first thing that is not valid
    JSON (the caller then parses the whole text with :func:`parse`, for json's own message).
    """
    index = _skip_blank(text, 0)
    if text[index : index + 1] != "[":
        return None
    return _items(text, _skip_blank(text, index + 1))


def _skip_blank(text: str, index: int) -> int:
    """The index of the first character from ``index`` on that is not JSON white space."""
    match = _BLANK.match(text, index)
    return index if match is None else match.end()


def _items(text: str, index: int) -> Iterator[Any]:
    scan: Callable[[str, int], tuple[Any, int]] = _decoder().scan_once  # type: ignore[attr-defined]
    blank = _skip_blank
    spaces = _SPACES
    if text[index : index + 1] == "]":
        index += 1
    else:
        while True:
            try:
                item, index = scan(text, index)
            except (StopIteration, ValueError, RecursionError, _DuplicateKeyError, _ConstantError):
                raise BrokenArrayError from None
            yield item
            mark = text[index : index + 1]
            if mark in spaces:  # compact JSON has none: the regex only runs where there are
                index = blank(text, index)
                mark = text[index : index + 1]
            if mark == ",":
                index += 1
                if text[index : index + 1] in spaces:
                    index = blank(text, index)
                continue
            if mark == "]":
                index += 1
                break
            raise BrokenArrayError
    if blank(text, index) != len(text):
        raise BrokenArrayError


_SPACES = frozenset(" \t\n\r")
