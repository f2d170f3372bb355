"""Problems and their paths: how a bad value of the input is named in a message.

Every function that reads the input raises :class:`~careerdata.errors.ValidationError` with
paths relative to the value it was given; the caller prefixes its own step (a field name, an
index, a key) with :func:`problems`, so the final path leads from the top of the file to the
value (``roles[3].pay.range.low``).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from careerdata.errors import MAX_PROBLEMS, Problem, ValidationError, _Collected, _shown, join_path

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
# Compiled when first needed: only a distribution's problems are mapped (re keeps it).
_SHARES_PATH = r"shares(?:\[(\d+)\])?"


def describe(value: Any) -> str:
    """Name a JSON value for a message: ``string '61487'``, ``a list``, ``null``."""
    if value is None:
        return "null"
    if value is True or value is False:
        return f"boolean {str(value).lower()}"
    if isinstance(value, str):
        return f"string {_shown(value)}"
    if isinstance(value, (int, float, Decimal)):
        return f"number {_shown(value)}"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def expected(what: str, value: Any) -> ValidationError:
    """The error for a value of the wrong kind: ``expected a number, got string '61487'``."""
    return ValidationError.at("", f"expected {what}, got {describe(value)}")


def key_path(key: object) -> str:
    """The path step for an object key: ``de`` or ``["Black or African American"]``."""
    text = str(key)
    if _IDENTIFIER.match(text):
        return text
    # A key holding a control character or a lone surrogate is written with JSON escapes.
    return f"[{json.dumps(text, ensure_ascii=not text.isprintable())}]"


def problems(error: BaseException, path: str) -> list[Problem]:
    """Turn an exception (ours or, as a last resort, anything) into problems below ``path``.

    The problems an error dropped beyond its cap stay counted (:class:`_Collected`).
    """
    if isinstance(error, ValidationError):
        return _Collected((problem.prefixed(path) for problem in error.problems), error.more)
    if isinstance(error, RecursionError):
        return [Problem(path, "nested too deeply")]
    return [Problem(path, f"invalid value ({type(error).__name__}: {_shown(str(error))})")]


def unknown_fields(data: Mapping[Any, Any], allowed: frozenset[str]) -> list[Problem]:
    """One problem for each key of ``data`` that is not a field, in sorted order.

    Only the first keys in order are named (a million unknown keys are not sorted whole).
    """
    import heapq  # noqa: PLC0415 - only a record with many unknown keys needs it

    unknown = [str(key) for key in data if key not in allowed]
    first = (
        heapq.nsmallest(MAX_PROBLEMS, unknown) if len(unknown) > MAX_PROBLEMS else sorted(unknown)
    )
    return _Collected(
        (Problem("", f"unknown field {_shown(key)}") for key in first), len(unknown) - len(first)
    )


def document_path(path: str) -> str:
    """``[2].pay`` in a bare array is ``roles[2].pay``, as every other problem says."""
    return "roles" + path if path.startswith("[") else path


def distribution_path(path: str, categories: list[str]) -> str:
    """Map ``shares[2]`` (the model's path) to the key of the third category in the file."""
    match = re.match(_SHARES_PATH, path)
    if match is None:
        return path
    rest = path[match.end() :]
    if match.group(1) is None:
        return rest.lstrip(".")
    return join_path(key_path(categories[int(match.group(1))]), rest.lstrip("."))


def money_error(error: ValidationError, path: str) -> ValidationError:
    """Money's own paths (``amount``) become the place of the amount in the file."""
    return ValidationError(
        [Problem(path if p.path in ("", "amount") else p.path, p.message) for p in error.problems]
    )


def _count_rest(
    structure: Callable[[Any], Any], items: Any, start: int, error: BaseException
) -> int:
    """The number of problems of ``items[start:]``, the first of which raised ``error``.

    Nothing more is kept, so an item that is the very object the last bad item was (the
    parser shares ``0``, ``""`` and ``{}``) is counted without structuring it again.
    """
    last, last_count = items[start], _problem_count(error)
    total = last_count
    for item in itertools.islice(items, start + 1, None):
        if item is last:
            total += last_count
            continue
        try:
            structure(item)
        except Exception as failure:  # noqa: BLE001 - every failure is counted
            last, last_count = item, _problem_count(failure)
            total += last_count
    return total


def _problem_count(error: BaseException) -> int:
    if isinstance(error, ValidationError):
        return len(error.problems) + error.more
    return 1
