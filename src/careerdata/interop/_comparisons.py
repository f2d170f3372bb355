"""Comparison records: a comparison as one flat record of :data:`COMPARISON_COLUMNS`."""

from __future__ import annotations

import enum
import json
import typing
from collections.abc import Iterable
from decimal import Decimal
from typing import TypeAlias

import attrs

from careerdata.compare import (
    DELTA_FIELDS,
    BandDelta,
    CategoryDelta,
    Comparison,
    DistributionDelta,
    MoneyDelta,
    NumberDelta,
    RangeDelta,
    SkillsDelta,
)
from careerdata.interop._common import Cell, _each, _json, _require, inert_cells
from careerdata.interop._roles import _distribution_json
from careerdata.model import Money

# Per kind of delta: the column suffixes it fills, after the delta's name (``yearly_pay_a``).
_DELTA_SUFFIXES: dict[type, tuple[str, ...]] = {
    MoneyDelta: ("a", "b", "difference", "ratio", "direction", "bound", "presence"),
    BandDelta: (
        *("a_low", "a_high", "b_low", "b_high", "overlap", "overlap_bound"),
        *("a_overlap_share", "b_overlap_share", "width_direction"),
        *("a_contains_b", "b_contains_a", "presence"),
    ),
    NumberDelta: ("a", "b", "difference", "ratio", "direction", "presence"),
    RangeDelta: ("a_low", "a_high", "b_low", "b_high", "same", "overlaps", "presence"),
    CategoryDelta: ("a", "b", "same", "presence"),
    DistributionDelta: (
        *("a", "b", "differences", "largest"),
        *("total_variation", "jensen_shannon", "presence"),
    ),
    SkillsDelta: (
        *("a", "b", "shared", "only_a", "only_b", "weight_differences"),
        *("overlap", "measure", "presence"),
    ),
}


def _field_type(field: attrs.Attribute[object]) -> type:
    """The delta class of one field of Comparison.

    attrs holds the class when Comparison is built from the registry; where the declared class
    is imported instead (Sphinx sets TYPE_CHECKING), its string annotation is resolved.
    """
    found = field.type
    if isinstance(found, type):
        return found
    hinted: type = typing.get_type_hints(Comparison)[field.name]
    return hinted


# The class of each delta field of Comparison, read from its fields.
_DELTA_TYPES: dict[str, type] = {
    field.name: _field_type(field)
    for field in attrs.fields(Comparison)
    if field.name in DELTA_FIELDS
}

#: The columns of :func:`comparison_record`, in order: the two roles, then each delta of
#: :class:`~careerdata.compare.Comparison` in its field order, then ``lower_bounds``.
COMPARISON_COLUMNS: tuple[str, ...] = (
    *("a_slug", "b_slug", "a_title", "b_title", "a_currency", "b_currency"),
    *(
        f"{name}_{suffix}"
        for name in DELTA_FIELDS
        for suffix in _DELTA_SUFFIXES[_DELTA_TYPES[name]]
    ),
    "lower_bounds",
)


def comparison_record(comparison: Comparison) -> dict[str, Cell]:
    """Flatten ``comparison`` into one record with the keys of :data:`COMPARISON_COLUMNS`.

    Each delta gives the columns ``<delta>_<part>``: both values (``yearly_pay_a``), what
    follows from them (``_difference``, ``_ratio``, ``_same``, ``_overlap``, distances) and
    ``_presence`` (``both``, ``only_a``, ``only_b``, ``neither``).  Directions, bounds and
    measures are their enum values as text (``higher``, ``at_least``, ``weighted_jaccard``);
    ``same``, ``overlaps`` and ``contains`` are ``bool``.  Money and money differences are exact
    decimal strings; an amount that is a lower bound keeps its figure and its column is listed
    in the JSON array of ``lower_bounds`` (a difference built on one says so in ``_bound``).
    Skills and distributions are JSON text as in :func:`role_record`; the shared and own skill
    lists are written (``"[]"`` when empty) only when both roles have skills.

    >>> from careerdata.compare import compare
    >>> from careerdata.model import Money, Pay, Role
    >>> c = compare(
    ...     Role(title="Customer Service Manager", pay=Pay(yearly=Money(61487))),
    ...     Role(title="Customer Care Supervisor", pay=Pay(yearly=Money(42702))),
    ... )
    >>> record = comparison_record(c)
    >>> record["a_slug"], record["yearly_pay_difference"], record["yearly_pay_direction"]
    ('customer-service-manager', '18785', 'higher')
    >>> record["hourly_pay_presence"], record["hourly_pay_a"]
    ('neither', None)
    """
    _require(comparison, Comparison, "comparison")
    a, b = comparison.a, comparison.b
    cells: dict[str, Cell] = {
        "a_slug": a.slug,
        "b_slug": b.slug,
        "a_title": a.title,
        "b_title": b.title,
        "a_currency": None if a.pay is None else a.pay.currency,
        "b_currency": None if b.pay is None else b.pay.currency,
    }
    lower_bounds: list[str] = []
    for name in DELTA_FIELDS:
        for part, value in _delta_cells(getattr(comparison, name)).items():
            column = f"{name}_{part}"
            if isinstance(value, Money):
                cells[column] = str(value.amount)
                if value.at_least:
                    lower_bounds.append(column)
            else:
                cells[column] = value
    cells["lower_bounds"] = _json(lower_bounds)
    return inert_cells({column: cells.get(column) for column in COMPARISON_COLUMNS})


def comparison_records(
    comparisons: Iterable[Comparison],
) -> list[dict[str, Cell]]:
    """Flatten many comparisons with :func:`comparison_record`.

    A value that is not a :class:`~careerdata.compare.Comparison` raises
    :class:`~careerdata.errors.ValidationError` naming its position (``comparisons[1]``).

    >>> from careerdata.compare import compare
    >>> from careerdata.model import Role
    >>> a, b = Role(title="Cashier"), Role(title="Actuary")
    >>> [(r["a_slug"], r["b_slug"]) for r in comparison_records([compare(a, b), compare(b, a)])]
    [('cashier', 'actuary'), ('actuary', 'cashier')]
    """
    return [comparison_record(c) for c in _each(comparisons, Comparison, "comparisons")]


# A delta's cells before money is written: Money stays Money so that its bound can be noted.
_Parts: TypeAlias = dict[str, "Cell | Money"]


def _delta_cells(delta: object) -> _Parts:
    if isinstance(delta, MoneyDelta):
        return _money_delta_cells(delta)
    if isinstance(delta, BandDelta):
        return _band_delta_cells(delta)
    if isinstance(delta, NumberDelta):
        return {
            "a": delta.a,
            "b": delta.b,
            "difference": delta.difference,
            "ratio": delta.ratio,
            "direction": _enum(delta.direction),
            "presence": delta.presence.value,
        }
    if isinstance(delta, RangeDelta):
        return _range_delta_cells(delta)
    if isinstance(delta, CategoryDelta):
        return {"a": delta.a, "b": delta.b, "same": delta.same, "presence": delta.presence.value}
    if isinstance(delta, DistributionDelta):
        return _distribution_delta_cells(delta)
    if isinstance(delta, SkillsDelta):
        return _skills_delta_cells(delta)
    raise TypeError(f"no columns for a {type(delta).__name__}")  # a new kind of delta


def _enum(value: enum.Enum | None) -> str | None:
    return None if value is None else str(value.value)


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _money_delta_cells(delta: MoneyDelta) -> _Parts:
    return {
        "a": delta.a,
        "b": delta.b,
        "difference": _decimal(delta.difference),
        "ratio": delta.ratio,
        "direction": _enum(delta.direction),
        "bound": _enum(delta.bound),
        "presence": delta.presence.value,
    }


def _band_delta_cells(delta: BandDelta) -> _Parts:
    parts: _Parts = {}
    for side, band in (("a", delta.a), ("b", delta.b)):
        if band is not None:
            parts[f"{side}_low"] = band.low
            parts[f"{side}_high"] = band.high
    parts.update(
        overlap=_decimal(delta.overlap),
        overlap_bound=_enum(delta.overlap_bound),
        a_overlap_share=delta.a_overlap_share,
        b_overlap_share=delta.b_overlap_share,
        width_direction=_enum(delta.width_direction),
        a_contains_b=delta.a_contains_b,
        b_contains_a=delta.b_contains_a,
        presence=delta.presence.value,
    )
    return parts


def _range_delta_cells(delta: RangeDelta) -> _Parts:
    parts: _Parts = {}
    for side, years in (("a", delta.a), ("b", delta.b)):
        if years is not None:
            parts[f"{side}_low"] = years.low
            parts[f"{side}_high"] = years.high
    parts.update(same=delta.same, overlaps=delta.overlaps, presence=delta.presence.value)
    return parts


def _distribution_delta_cells(delta: DistributionDelta) -> _Parts:
    return {
        "a": _distribution_json(delta.a),
        "b": _distribution_json(delta.b),
        "differences": _json({item.category: item.difference for item in delta.categories}),
        "largest": delta.largest,
        "total_variation": delta.total_variation,
        "jensen_shannon": delta.jensen_shannon,
        "presence": delta.presence.value,
    }


def _skills_delta_cells(delta: SkillsDelta) -> _Parts:
    parts: _Parts = {
        "a": _json({skill.name: skill.weight for skill in delta.a}),
        "b": _json({skill.name: skill.weight for skill in delta.b}),
        "overlap": delta.overlap,
        "measure": _enum(delta.measure),
        "presence": delta.presence.value,
    }
    if delta.weight_differences is not None:
        parts["weight_differences"] = _json(list(delta.weight_differences))
    if delta.a and delta.b:
        # Both lists are known, so an empty one says "none", not "missing".
        for part in ("shared", "only_a", "only_b"):
            parts[part] = json.dumps(list(getattr(delta, part)), ensure_ascii=False)
    return parts
