"""What the parts of careerdata.interop share: the cell type, type checks, JSON cells."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeAlias

from careerdata.errors import ArgumentError, ValidationError
from careerdata.model import Provenance, Role

#: One cell of a flat record.
Cell: TypeAlias = str | int | float | bool | None


def _provenance(role: Role, source: object) -> Provenance | None:
    """The role's own provenance, else the one given for it (checked: a Provenance or None)."""
    if source is not None:
        _require(source, Provenance, "source")
    given = source if isinstance(source, Provenance) else None
    return role.source if role.source is not None else given


def _require(value: object, cls: type, path: str) -> None:
    if not isinstance(value, cls):
        raise ValidationError.at(path, f"expected a {cls.__name__}, got {type(value).__name__}")


def _each(items: Iterable[Any] | Mapping[str, Any], cls: type, name: str) -> Iterator[Any]:
    if isinstance(items, (str, bytes)) or not isinstance(items, (Iterable, Mapping)):
        raise ArgumentError.of(name, f"a list of {cls.__name__} objects", items)
    values = items.values() if isinstance(items, Mapping) else items
    for index, item in enumerate(values):
        _require(item, cls, f"{name}[{index}]")
        yield item


def _json(value: list[Any] | dict[str, Any]) -> str | None:
    """One JSON text cell, or ``None`` for an empty list or mapping (missing, not empty)."""
    if not value:
        return None
    return json.dumps(value, ensure_ascii=False)


# --------------------------------------------------------------------------- inert cells

#: What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"): = + - @, a
#: tab, a carriage return or a line feed, and the full-width = + - @ some spreadsheets also take.
FORMULA_STARTS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
_GUARDED_STARTS = FORMULA_STARTS | {"'"}
# A number as JSON writes it ("-0.04", "-5000"): a number, never a formula, so never guarded.
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")


def _needs_guard(text: str) -> bool:
    """Whether ``text`` gets a guard: it starts with a formula character after any quotes."""
    bare = text.lstrip("'")
    return bare[:1] in FORMULA_STARTS and _NUMBER.match(bare) is None


def inert(text: str) -> str:
    """``text`` as a cell no spreadsheet runs: a single quote before a formula's start.

    Text that starts with a quote and then a formula's start gets one more, so that
    :func:`recovered` gives back exactly what was guarded.  Numbers stay as they are.

    >>> inert("=HYPERLINK(1)"), inert("'=1"), inert("-0.04"), inert("Clerk")
    ("'=HYPERLINK(1)", "''=1", '-0.04', 'Clerk')
    """
    return "'" + text if _needs_guard(text) else text


def recovered(text: str) -> str:
    """The text :func:`inert` guarded: its guard removed (text it left alone is kept).

    >>> recovered("'=HYPERLINK(1)"), recovered("''=1"), recovered("'quoted")
    ('=HYPERLINK(1)', "'=1", "'quoted")
    """
    if text.startswith("'") and _needs_guard(text[1:]):
        return text[1:]
    return text


def inert_cells(record: dict[str, Cell]) -> dict[str, Cell]:
    """``record`` with every text cell made :func:`inert`, in place; numbers stay numbers."""
    for column, cell in record.items():
        if type(cell) is str and cell[:1] in _GUARDED_STARTS:
            record[column] = inert(cell)
    return record
