"""What the parts of careerdata.interop share: the cell type, type checks, JSON cells."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeAlias

from careerdata.errors import ValidationError
from careerdata.model import Provenance, Role

#: One cell of a flat record.
Cell: TypeAlias = str | int | float | bool | None


def _provenance(role: Role, source: Provenance | None) -> Provenance | None:
    """The role's own provenance, else the one given for it (checked)."""
    if source is not None:
        _require(source, Provenance, "source")
    return role.source if role.source is not None else source


def _require(value: object, cls: type, path: str) -> None:
    if not isinstance(value, cls):
        raise ValidationError.at(path, f"expected a {cls.__name__}, got {type(value).__name__}")


def _each(items: Iterable[Any] | Mapping[str, Any], cls: type, name: str) -> Iterator[Any]:
    values = items.values() if isinstance(items, Mapping) else items
    for index, item in enumerate(values):
        _require(item, cls, f"{name}[{index}]")
        yield item


def _json(value: list[Any] | dict[str, Any]) -> str | None:
    """One JSON text cell, or ``None`` for an empty list or mapping (missing, not empty)."""
    if not value:
        return None
    return json.dumps(value, ensure_ascii=False)
