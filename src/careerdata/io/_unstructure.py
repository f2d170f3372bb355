"""Unstructuring: model objects (and comparisons) to JSON-ready data.

The same engine as structuring, the other way round: a function for each declared type, made
once (for an attrs class, from its fields) and kept; cattrs is not used.  The file format's own
forms: money inside a ``pay`` group as a bare number (``{"at_least": n}`` for a lower bound),
elsewhere ``{"amount": ..., "currency": ...}``;
distributions as ``{category: share}``; titles and translations keyed by language code, a
title's ``forms`` as ``{name: text}``;
decimals as ints or floats; dates as ISO strings; enums as their values; tuples as lists.
Model classes omit fields holding their defaults (``slug`` and ``currency`` are always written,
so a file says what it means); other classes (comparisons) omit exactly ``None`` and empty
lists.  A value whose declared type is a union is written by its own class.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import enum
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from careerdata import model
from careerdata.errors import ArgumentError
from careerdata.io._types import homogeneous_item, is_literal, optional_inner
from careerdata.model import Distribution, LocalizedTitle, Money, Pay, Role, Translation

#: Turns one value of the library into JSON-ready data.
Unstructure = Callable[[Any], Any]

# The currency of the pay group being unstructured: its amounts are written as bare numbers.
_PAY_CURRENCY: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "careerdata_pay_currency_written", default=None
)
# Fields written even when they hold their default, so a file says what it means.
_ALWAYS_WRITTEN = {Role: ("slug",), Pay: ("currency",)}


def _number(amount: Decimal) -> int | float:
    """A decimal as JSON wants it: an int when integral, else the shortest float repr.

    Exact for money: amounts have at most 15 significant digits, which a float keeps.
    """
    if amount == amount.to_integral_value():
        return int(amount)
    return float(amount)


def _unstructure_money(money: Money) -> Any:
    amount = _number(money.amount)
    if _PAY_CURRENCY.get() == money.currency:
        return {"at_least": amount} if money.at_least else amount
    written: dict[str, Any] = {"amount": amount, "currency": money.currency}
    if money.at_least:
        written["at_least"] = True
    return written


def _unstructure_distribution(distribution: Distribution) -> dict[str, Any]:
    """``{category: share}``, an unreported category as ``{"share": ..., "unreported": true}``."""
    return {
        item.category: {"share": item.share, "unreported": True} if item.unreported else item.share
        for item in distribution.shares
    }


def _unstructure_by_language(items: tuple[LocalizedTitle | Translation, ...]) -> dict[str, Any]:
    """Write ``titles`` and ``translations`` as objects keyed by language code."""
    written = {}
    for item in items:
        fields = unstructurer(type(item))(item)
        del fields["language"]
        written[item.language] = fields
    return written


def _same(value: Any) -> Any:
    return value


def _by_class(value: Any) -> Any:
    """Write ``value`` by its own class: for unions, ``Any`` and :func:`to_jsonable`."""
    if value is None:
        return None
    return unstructurer(type(value))(value)


def _list_of(item: Unstructure) -> Unstructure:
    def unstructure(values: Any) -> list[Any]:
        return [item(value) for value in values]

    return unstructure


def _unstructure_dict(value: dict[Any, Any]) -> dict[Any, Any]:
    return {_by_class(key): _by_class(item) for key, item in value.items()}


def _omits_defaults(cls: type) -> bool:
    """Model classes and the file's Document are written without their default fields."""
    from careerdata.io._documents import Document  # noqa: PLC0415 - Document needs this module

    return cls.__module__.startswith(f"{model.__name__}.") or cls is Document


def _class_unstructurer(cls: type) -> Unstructure:
    """The function writing an attrs class: a dict of its fields, in field order."""
    fields = attrs.fields(attrs.resolve_types(cls))
    if _omits_defaults(cls):
        always = _ALWAYS_WRITTEN.get(cls, ())
        plan = [
            (f.name, unstructurer(f.type), attrs.NOTHING if f.name in always else f.default)
            for f in fields
        ]

        def written(obj: Any) -> dict[str, Any]:
            result = {}
            for name, unstructure, default in plan:
                value = getattr(obj, name)
                if default is attrs.NOTHING or value != default:
                    result[name] = unstructure(value)
            return result

    else:
        pairs = [(f.name, unstructurer(f.type)) for f in fields]

        def written(obj: Any) -> dict[str, Any]:
            result = {}
            for name, unstructure in pairs:
                value = unstructure(getattr(obj, name))
                if value is not None and value != []:
                    result[name] = value
            return result

    if cls is not Pay:
        return written

    def unstructure_pay(pay: Pay) -> Any:
        token = _PAY_CURRENCY.set(pay.currency)
        try:
            return written(pay)
        finally:
            _PAY_CURRENCY.reset(token)

    return unstructure_pay


_UNSTRUCTURERS: dict[Any, Unstructure] = {
    str: _same,
    int: _same,
    float: _same,
    bool: _same,
    type(None): _same,
    Decimal: _number,
    dt.date: dt.date.isoformat,
    Money: _unstructure_money,
    Distribution: _unstructure_distribution,
    tuple[LocalizedTitle, ...]: _unstructure_by_language,
    tuple[tuple[str, str], ...]: dict,  # a title's forms: an object of name to text
    tuple[Translation, ...]: _unstructure_by_language,
    list: _list_of(_by_class),
    tuple: _list_of(_by_class),
    dict: _unstructure_dict,
}


def unstructurer(type_: Any) -> Unstructure:
    """The unstructure function of a declared type, made on first use and kept."""
    found = _UNSTRUCTURERS.get(type_)
    if found is not None:
        return found
    item = homogeneous_item(type_)
    inner = optional_inner(type_)
    if inner is not None:
        found = _optional(unstructurer(inner))
    elif is_literal(type_):
        found = _same
    elif item is not None:
        found = _list_of(unstructurer(item))
    elif isinstance(type_, type) and attrs.has(type_):
        found = _class_unstructurer(type_)
    elif isinstance(type_, type) and issubclass(type_, enum.Enum):
        found = _enum_value
    elif isinstance(type_, type) and issubclass(type_, (list, tuple)):
        found = _UNSTRUCTURERS[list]
    elif isinstance(type_, type) and issubclass(type_, dict):
        found = _unstructure_dict
    elif isinstance(type_, type):
        found = _same  # any other class is written as it is
    else:
        found = _by_class  # a union, a generic or Any: each value by its own class
    _UNSTRUCTURERS[type_] = found
    return found


def _enum_value(value: enum.Enum) -> Any:
    return value.value


def _optional(inner: Unstructure) -> Unstructure:
    def unstructure(value: Any) -> Any:
        return None if value is None else inner(value)

    return unstructure


def unstructure_role(role: Role) -> dict[str, Any]:
    """The file-format mapping of one role: JSON-ready, ``None`` and empty lists omitted.

    >>> unstructure_role(Role(title="Clerk", aliases=("File clerk",)))
    {'title': 'Clerk', 'slug': 'clerk', 'aliases': ['File clerk']}
    """
    if not isinstance(role, Role):
        raise ArgumentError.of("role", "a Role", role)
    return unstructurer(Role)(role)  # type: ignore[no-any-return]


def to_jsonable(obj: Any) -> Any:
    """Turn any value of the library (a role, a comparison, ...) into JSON-ready data.

    attrs objects become dicts without their ``None`` fields and empty lists, decimals become
    ints or floats, enums their values, dates ISO strings.  Money inside a pay group is a bare
    number; elsewhere it names its currency.

    >>> to_jsonable(Money("29.56"))
    {'amount': 29.56, 'currency': 'USD'}
    """
    return _by_class(obj)
