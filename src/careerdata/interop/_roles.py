"""Role records: a role as one flat record of :data:`ROLE_COLUMNS`, described once.

:data:`_COLUMNS` is the one description of the record: each column's name and its path in the
model, the figures' columns taken from :data:`careerdata.figures.FIGURES`, the identity and
text columns listed here.  The kind of each cell (text, a whole number, money, JSON ...) is read
from the model's type at that path, so writing (:func:`role_record`) and reading back
(:mod:`careerdata.interop._records`) follow the same list.  ``pay_lower_bounds`` is the one
column of no model path: it names the money columns that hold lower bounds.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from careerdata.figures import FIGURES, Column
from careerdata.interop._common import Cell, _each, _json, _provenance, _require, inert_cells
from careerdata.io._types import is_literal, optional_inner
from careerdata.io._unstructure import unstructurer
from careerdata.model import (
    Distribution,
    LocalizedTitle,
    Money,
    Provenance,
    Role,
    Skill,
    Translation,
)


class Kind(enum.Enum):
    """What a column's cell holds, read from the model's type at the column's path."""

    TEXT = "text"
    WHOLE = "whole"
    MEASURE = "measure"
    MONEY = "money"
    DATE = "date"
    LIST = "list"  # a JSON array of text
    DISTRIBUTION = "distribution"  # a JSON object of category to share
    SKILLS = "skills"  # a JSON object of skill name to weight
    TITLES = "titles"  # a JSON object of language to [singular, plural] (or a title's object)
    TRANSLATIONS = "translations"  # a JSON object of language to texts, as in a role file
    KEYED_TEXTS = "keyed texts"  # a JSON object of key to text (a source's note translations)


_KINDS: dict[Any, Kind] = {
    str: Kind.TEXT,
    int: Kind.WHOLE,
    float: Kind.MEASURE,
    Money: Kind.MONEY,
    dt.date: Kind.DATE,
    Distribution: Kind.DISTRIBUTION,
    tuple[str, ...]: Kind.LIST,
    tuple[Skill, ...]: Kind.SKILLS,
    tuple[LocalizedTitle, ...]: Kind.TITLES,
    tuple[Translation, ...]: Kind.TRANSLATIONS,
    tuple[tuple[str, str], ...]: Kind.KEYED_TEXTS,
}


def _kind(path: str) -> Kind:
    """The kind of the value at ``path`` of a :class:`~careerdata.model.Role`."""
    type_: Any = Role
    for step in path.split("."):
        type_ = typing.get_type_hints(type_)[step]
        type_ = optional_inner(type_) or type_
    if is_literal(type_):
        return Kind.TEXT
    found = _KINDS.get(type_)
    if found is None:  # a new kind of field: give it a cell here
        raise TypeError(f"no cell for {path} ({type_})")
    return found


def _columns(*paths: str) -> tuple[Column, ...]:
    return tuple(Column(path.replace(".", "_"), path) for path in paths)


_PROVENANCE = tuple(field.name for field in attrs.fields(Provenance))
# The columns of the figures (careerdata.figures.FIGURES), in registry order: those of pay,
# which the pay's currency and lower bounds enclose, then the others.
_PAY = tuple(c for f in FIGURES if f.path.startswith("pay.") for c in f.columns)
_OTHERS = tuple(c for f in FIGURES if not f.path.startswith("pay.") for c in f.columns)
_HEAD = _columns(
    *("slug", "title", "soc_code", "aliases", "plural", "article", "titles", "description")
)
_TAIL = (
    *_columns("responsibilities", "translations"),
    *_columns(*(f"source.{name}" for name in _PROVENANCE)),
)

#: The name of the column listing the money columns whose amount is a lower bound.
LOWER_BOUNDS = "pay_lower_bounds"
#: Every column of a model path, in record order, with the kind of its cell.
COLUMNS: tuple[tuple[Column, Kind], ...] = tuple(
    (column, _kind(column.path))
    for column in (*_HEAD, *_columns("pay.currency"), *_PAY, *_OTHERS, *_TAIL)
)

#: The columns of :func:`role_record`, in order; every record has exactly these keys.  The
#: columns of the figures are those :data:`careerdata.figures.FIGURES` gives.
ROLE_COLUMNS: tuple[str, ...] = (
    *(column.name for column in (*_HEAD, *_columns("pay.currency"), *_PAY)),
    LOWER_BOUNDS,
    *(column.name for column in (*_OTHERS, *_TAIL)),
)


def role_record(role: Role, *, source: Provenance | None = None) -> dict[str, Cell]:
    """Flatten ``role`` into one record with the keys of :data:`ROLE_COLUMNS`, in that order.

    See the module documentation for how money, shares, lower bounds and lists are written.
    The ``source_*`` columns describe the role's own provenance, else ``source`` (a dataset's
    ``info.source``).
    Skills are a JSON object of name to weight (``null`` weights when the source gives only a
    ranking), distributions a JSON object of category to share, both in their original order;
    ``titles`` maps a language to ``[singular, plural]`` (a title with a gender or forms is
    written as a role file writes it, ``{"singular": ..., "plural": ..., "gender": ...,
    "forms": {...}}``), ``translations`` holds the role's translated texts as a role file
    writes them, and ``source_note_translations`` maps a language to the source's note.

    >>> from careerdata.model import Demographics, Distribution, Role
    >>> role = Role(
    ...     title="Customer Service Manager",
    ...     demographics=Demographics(gender=Distribution.of({"Male": 0.37, "Female": 0.63})),
    ... )
    >>> record = role_record(role)
    >>> record["slug"], record["demographics_gender"], record["pay_yearly"]
    ('customer-service-manager', '{"Male": 0.37, "Female": 0.63}', None)
    """
    _require(role, Role, "role")
    provenance = _provenance(role, source)
    if provenance is not role.source:
        role = attrs.evolve(role, source=provenance)
    cells: dict[str, Cell] = {}
    lower_bounds: list[str] = []
    for column, _ in COLUMNS:
        value = column.read(role)
        if isinstance(value, Money):
            cells[column.name] = str(value.amount)
            if value.at_least:
                lower_bounds.append(column.name)
        elif value is not None:
            cells[column.name] = _cell(value)
    cells[LOWER_BOUNDS] = _json(lower_bounds)
    return inert_cells({column: cells.get(column) for column in ROLE_COLUMNS})


def role_records(
    roles: Iterable[Role] | Mapping[str, Role], *, source: Provenance | None = None
) -> list[dict[str, Cell]]:
    """Flatten many roles (a list, or a mapping such as a dataset) with :func:`role_record`.

    ``source`` is the provenance of roles that carry none of their own: pass a dataset's
    ``info.source`` to fill the ``source_*`` columns of an embedded dataset's roles.

    A value that is not a :class:`~careerdata.model.Role` raises
    :class:`~careerdata.errors.ValidationError` naming its position (``roles[2]``).

    >>> from careerdata.model import Role
    >>> [r["title"] for r in role_records([Role(title="Cashier"), Role(title="Actuary")])]
    ['Cashier', 'Actuary']
    """
    return [role_record(role, source=source) for role in _each(roles, Role, "roles")]


def _cell(value: object) -> Cell:
    """A value as a cell: lists and mappings as JSON text, dates ISO, text and numbers as is."""
    if isinstance(value, Distribution):
        return _distribution_json(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return _tuple_json(value)
    if isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"no cell for a {type(value).__name__}")  # a new kind of field


def _tuple_json(items: tuple[Any, ...]) -> str | None:
    if not items:
        return None
    first = items[0]
    if isinstance(first, Skill):
        return _json({skill.name: skill.weight for skill in items})
    if isinstance(first, LocalizedTitle):
        return _json({t.language: _title_cell(t) for t in items})
    if isinstance(first, Translation):
        return _json(unstructurer(tuple[Translation, ...])(items))
    if isinstance(first, tuple):  # texts by key
        return _json(dict(items))
    return _json(list(items))


def _title_cell(title: LocalizedTitle) -> Any:
    """``[singular, plural]``; with a gender or forms, the title's object as a role file has it."""
    if title.gender is None and not title.forms:
        return [title.singular, title.plural]
    written = unstructurer(LocalizedTitle)(title)
    del written["language"]
    return written


def _distribution_json(distribution: Distribution | None) -> str | None:
    if distribution is None:
        return None
    return _json(unstructurer(Distribution)(distribution))
