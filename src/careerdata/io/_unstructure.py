"""Unstructuring: model objects (and comparisons) to JSON-ready data, through cattrs.

A private :class:`cattrs.Converter`, made on first use, writes every attrs class with the
functions cattrs generates from its fields, plus hooks for the file format's own forms: money
inside a ``pay`` group as a bare number (``{"at_least": n}`` for a lower bound), distributions
as ``{category: share}``, titles and translations keyed by language code, decimals as ints or
floats, dates as ISO strings.  Model classes omit fields holding their defaults (``slug`` and
``currency`` are always written, so a file says what it means); other classes (comparisons)
omit exactly ``None`` and empty lists.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from careerdata import model
from careerdata.model import Distribution, LocalizedTitle, Money, Pay, Role, Translation

if TYPE_CHECKING:
    import cattrs

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


def _unstructure_distribution(distribution: Distribution) -> dict[str, float]:
    return {item.category: item.share for item in distribution.shares}


def _unstructure_by_language(
    converter: cattrs.Converter,
) -> Callable[[tuple[LocalizedTitle | Translation, ...]], dict[str, Any]]:
    """Write ``titles`` and ``translations`` as objects keyed by language code."""

    def unstructure(items: tuple[LocalizedTitle | Translation, ...]) -> dict[str, Any]:
        written = {}
        for item in items:
            fields = converter.unstructure(item)
            del fields["language"]
            written[item.language] = fields
        return written

    return unstructure


def _omits_defaults(cls: type) -> bool:
    """Model classes and the file's Document are written without their default fields."""
    from careerdata.io._documents import Document  # noqa: PLC0415 - Document needs this module

    return cls.__module__ == model.__name__ or cls is Document


def _class_unstructure_hook(cls: type, converter: cattrs.Converter) -> Callable[[Any], Any]:
    from cattrs.gen import make_dict_unstructure_fn, override  # noqa: PLC0415 - see _converter

    generated: Callable[[Any], dict[str, Any]]
    if _omits_defaults(cls):
        keep: dict[str, Any] = {
            name: override(omit_if_default=False) for name in _ALWAYS_WRITTEN.get(cls, ())
        }
        generated = make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True, **keep)
    else:
        # Other classes (comparisons) may have any defaults: omit exactly None and empty lists.
        plain: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(cls, converter)

        def generated(obj: Any) -> dict[str, Any]:
            return {k: v for k, v in plain(obj).items() if v is not None and v != []}

    if cls is not Pay:
        return generated

    def unstructure_pay(pay: Pay) -> Any:
        token = _PAY_CURRENCY.set(pay.currency)
        try:
            return generated(pay)
        finally:
            _PAY_CURRENCY.reset(token)

    return unstructure_pay


@functools.cache
def converter() -> cattrs.Converter:
    """The converter that writes roles and comparisons out; made on first use.

    Reading goes through :mod:`careerdata.io._structure` instead, so that loading a dataset
    neither imports cattrs nor generates its hooks.
    """
    import cattrs  # noqa: PLC0415 - only writing needs it

    made = cattrs.Converter()
    # A one-argument factory: cattrs before 24.1 does not pass the converter to factories.
    made.register_unstructure_hook_factory(
        attrs.has, lambda cls: _class_unstructure_hook(cls, made)
    )
    made.register_unstructure_hook(Decimal, _number)
    made.register_unstructure_hook(dt.date, dt.date.isoformat)
    made.register_unstructure_hook(Money, _unstructure_money)
    made.register_unstructure_hook(Distribution, _unstructure_distribution)
    made.register_unstructure_hook_func(
        lambda t: t in (tuple[LocalizedTitle, ...], tuple[Translation, ...]),
        _unstructure_by_language(made),
    )
    return made


def unstructure_role(role: Role) -> dict[str, Any]:
    """The file-format mapping of one role: JSON-ready, ``None`` and empty lists omitted.

    >>> unstructure_role(Role(title="Clerk", aliases=("File clerk",)))
    {'title': 'Clerk', 'slug': 'clerk', 'aliases': ['File clerk']}
    """
    return converter().unstructure(role, Role)  # type: ignore[no-any-return]


def to_jsonable(obj: Any) -> Any:
    """Turn any value of the library (a role, a comparison, ...) into JSON-ready data.

    attrs objects become dicts without their ``None`` fields and empty lists, decimals become
    ints or floats, enums their values, dates ISO strings.  Money inside a pay group is a bare
    number; elsewhere it names its currency.

    >>> to_jsonable(Money("29.56"))
    {'amount': 29.56, 'currency': 'USD'}
    """
    return converter().unstructure(obj)
