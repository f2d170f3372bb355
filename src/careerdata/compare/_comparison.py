"""The comparison of two roles: one delta per compared figure of the registry."""

from __future__ import annotations

import linecache
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from careerdata._repr import fields_repr
from careerdata.compare._band import BandDelta, band_delta, exchanged_band
from careerdata.compare._base import Direction
from careerdata.compare._distribution import DistributionDelta, distribution_delta
from careerdata.compare._money import Exchange, MoneyDelta, exchanged, money_delta
from careerdata.compare._profile import COMPARED, INDEX, Profile, profile
from careerdata.compare._skills import SkillsDelta, skills_delta
from careerdata.compare._values import (
    _NO_NUMBERS,
    CategoryDelta,
    NumberDelta,
    RangeDelta,
    category_delta,
    number_delta,
)
from careerdata.errors import ArgumentError, ValidationError
from careerdata.errors import _shown as shown
from careerdata.figures import FIGURES, Delta
from careerdata.model import Role

__all__ = ["Comparison", "compare"]


class _Methods:
    """What every comparison can do, whatever figures the registry holds."""

    __slots__ = ()
    a: Role
    b: Role
    yearly_pay: MoneyDelta

    @property
    def higher_paid(self) -> Role | None:
        """The role with the higher yearly pay, or ``None`` when equal, unknown or missing."""
        direction = self.yearly_pay.direction
        if direction is Direction.HIGHER:
            return self.a
        return self.b if direction is Direction.LOWER else None

    @property
    def lower_paid(self) -> Role | None:
        """The role with the lower yearly pay, or ``None`` when equal, unknown or missing."""
        direction = self.yearly_pay.direction
        if direction is Direction.LOWER:
            return self.a
        return self.b if direction is Direction.HIGHER else None

    def delta(self, name: str) -> Any:
        """The delta of the figure ``name`` (``"yearly_pay"``), as its attribute holds it.

        Raises :class:`KeyError` for a name that is not a compared figure.
        """
        if name not in _FIELD_SET:
            raise KeyError(name)
        return getattr(self, name)

    def differences(self) -> tuple[str, ...]:
        """The names of the fields whose values differ (one missing counts), in field order."""
        return tuple(name for name in DELTA_FIELDS if getattr(self, name).differs)

    def mirror(self) -> Comparison:
        """``compare(b, a)``, built from this comparison without recomputing distances."""
        # DELTA_FIELDS is the field order: each mirrored delta goes back to its own field.
        mirrored = (getattr(self, name).mirror() for name in DELTA_FIELDS)
        return Comparison(self.b, self.a, *mirrored)


#: The class of delta each kind of figure gets.
DELTA_CLASSES: dict[Delta, type] = {
    Delta.MONEY: MoneyDelta,
    Delta.BAND: BandDelta,
    Delta.NUMBER: NumberDelta,
    Delta.RANGE: RangeDelta,
    Delta.CATEGORY: CategoryDelta,
    Delta.DISTRIBUTION: DistributionDelta,
    Delta.SKILLS: SkillsDelta,
}

#: The names of the delta fields of :class:`Comparison`, in order (every field but ``a``, ``b``):
#: the compared figures of the registry, in its order.
DELTA_FIELDS: tuple[str, ...] = tuple(figure.name for figure in COMPARED)
_FIELD_SET = frozenset(DELTA_FIELDS)

_DOC = """Role ``a`` compared with role ``b``, field by field: pure data, no wording.

    One field per compared figure of the registry (:data:`careerdata.figures.FIGURES`), named
    after it and holding its delta.  Every delta holds both values, their ``presence`` and what
    follows from them, always as "a relative to b".  A value missing on either side is never
    taken as ``0``: the delta says which side lacks it.  :meth:`mirror` gives ``compare(b, a)``
    without recomputing, and :func:`careerdata.io.to_jsonable` turns a comparison into
    JSON-ready data.

    >>> from careerdata.model import Money, Outlook, Pay, Role
    >>> manager = Role(
    ...     title="Customer Service Manager",
    ...     pay=Pay(yearly=Money(61487)),
    ...     outlook=Outlook(growth_rate=0.06),
    ... )
    >>> supervisor = Role(
    ...     title="Customer Care Supervisor",
    ...     pay=Pay(yearly=Money(42702)),
    ...     outlook=Outlook(growth_rate=-0.04),
    ... )
    >>> comparison = compare(manager, supervisor)
    >>> comparison.yearly_pay.difference, comparison.growth_rate.difference
    (Decimal('18785'), 0.1)
    >>> comparison.delta("growth_rate") is comparison.growth_rate
    True
    >>> comparison.higher_paid.title
    'Customer Service Manager'
    >>> comparison.differences()
    ('yearly_pay', 'growth_rate')
    """


if TYPE_CHECKING:

    @attrs.frozen
    class Comparison(_Methods):
        # The fields as type checkers see them.  At run time the class is built from the
        # registry (below); tests/test_figures.py keeps these lines the registry's, in order.
        a: Role
        b: Role
        yearly_pay: MoneyDelta
        hourly_pay: MoneyDelta
        salary_band: BandDelta
        city: CategoryDelta
        state: CategoryDelta
        company: CategoryDelta
        industry: CategoryDelta
        growth_rate: NumberDelta
        jobs: NumberDelta
        satisfaction: NumberDelta
        experience_years: NumberDelta
        time_to_become: RangeDelta
        degree: CategoryDelta
        degree_share: NumberDelta
        major: CategoryDelta
        college: CategoryDelta
        average_age: NumberDelta
        gender: DistributionDelta
        race: DistributionDelta
        lgbt_share: NumberDelta
        skills: SkillsDelta

else:

    def _comparison_class() -> type:
        """The Comparison class: ``a``, ``b``, then one field per compared figure."""
        fields: dict[str, Any] = {"a": attrs.field(type=Role), "b": attrs.field(type=Role)}
        for figure in COMPARED:
            fields[figure.name] = attrs.field(type=DELTA_CLASSES[figure.delta])
        cls = attrs.make_class(
            "Comparison", fields, bases=(_Methods,), frozen=True, slots=True, repr=False
        )
        cls.__repr__ = fields_repr  # one shared repr, as the model's (see careerdata._repr)
        # Older attrs releases leave a made class unannotated; typing.get_type_hints reads these.
        cls.__annotations__ = {name: field.type for name, field in fields.items()}
        cls.__module__ = __name__
        cls.__doc__ = _DOC
        return cls

    Comparison = _comparison_class()


def compare(
    a: Role, b: Role, *, rates: Mapping[str, Decimal | int | str] | None = None
) -> Comparison:
    """Compare role ``a`` with role ``b``: pure and deterministic.

    Per-role work is cached for as long as a role lives, so comparing many pairs of the same
    roles does it once per role.  Pay in two currencies is never converted on a guess: its
    deltas carry an :class:`~careerdata.compare.Exchange` and give no difference, ratio or
    direction, while every other figure compares as usual.  ``rates`` converts instead: each
    currency's value in one reference unit of your choice (``{"USD": 1, "EUR": "1.08"}``: a
    euro is worth 1.08 of the unit), and ``b``'s pay is converted into ``a``'s currency, to
    the cent, for the pay deltas.  Raises :class:`TypeError` when either argument is not a
    :class:`~careerdata.model.Role` (a programming error), and
    :class:`~careerdata.errors.ValidationError` at ``rates['EUR']`` for a rate that is not a
    positive number, or at ``rates`` when a currency the pay needs has none.

    >>> from careerdata.model import Money, Pay, Role
    >>> berlin = Role(title="Developer", pay=Pay(currency="EUR", yearly=Money(60000, "EUR")))
    >>> boston = Role(title="Engineer", pay=Pay(yearly=Money(90000)))
    >>> plain = compare(berlin, boston)
    >>> plain.yearly_pay.difference, plain.yearly_pay.exchange.converted
    (None, False)
    >>> converted = compare(berlin, boston, rates={"USD": 1, "EUR": "1.08"})
    >>> converted.yearly_pay.difference, converted.yearly_pay.currency
    (Decimal('-23333.33'), 'EUR')
    """
    for side, role in (("a", a), ("b", b)):
        if not isinstance(role, Role):
            raise ArgumentError.of(side, "a Role", role)
    comparison = _compare_profiles(a, b, profile(a), profile(b))
    if rates is None:
        return comparison
    return _converted(comparison, _rates(rates))


def _rates(rates: object) -> dict[str, Decimal]:
    """The caller's exchange rates, checked: currency code -> a positive finite Decimal."""
    if not isinstance(rates, Mapping):
        raise ValidationError.at(
            "rates", f"expected a mapping of currency to rate, got {shown(rates)}"
        )
    checked: dict[str, Decimal] = {}
    for currency, value in rates.items():
        path = f"rates[{currency!r}]"
        if not isinstance(currency, str) or _CURRENCY.match(currency) is None:
            raise ValidationError.at(path, "expected a three-letter currency code such as 'EUR'")
        try:
            rate = value if isinstance(value, Decimal) else Decimal(str(value))
        except (ArithmeticError, ValueError, TypeError):
            rate = None
        if isinstance(value, bool) or rate is None or not rate.is_finite() or rate <= 0:
            raise ValidationError.at(path, f"{shown(value)} is not a positive exchange rate")
        checked[currency] = rate
    return checked


def _converted(comparison: Comparison, rates: dict[str, Decimal]) -> Comparison:
    """``comparison`` with its pay deltas in two currencies compared at ``rates``."""
    changes: dict[str, Any] = {}
    for name in _PAY_FIELDS:
        delta = getattr(comparison, name)
        exchange = delta.exchange
        if exchange is None:
            continue
        missing = sorted({exchange.a_currency, exchange.b_currency} - rates.keys())
        if missing:
            raise ValidationError.at("rates", f"no rate for {', '.join(missing)}")
        priced = Exchange(
            exchange.a_currency,
            exchange.b_currency,
            rates[exchange.a_currency],
            rates[exchange.b_currency],
        )
        convert = exchanged if isinstance(delta, MoneyDelta) else exchanged_band
        changes[name] = convert(delta, priced)
    return attrs.evolve(comparison, **changes) if changes else comparison


#: The deltas of pay, which two currencies affect: the registry's money and band figures.
_PAY_FIELDS = tuple(figure.name for figure in FIGURES if figure.delta in (Delta.MONEY, Delta.BAND))
_CURRENCY = re.compile(r"[A-Z]{3}\Z")


# What each kind of delta calls, as the source of an expression over the two prepared values
# ``{a}`` and ``{b}``; ``{path}`` is the figure's model path and ``{neither}`` the name of its
# unit's both-missing delta.
_CALLS: dict[Delta, str] = {
    Delta.MONEY: "money_delta({a}, {b})",
    Delta.BAND: "band_delta({a}, {b})",
    Delta.NUMBER: "number_delta({a}, {b}, {unit}, {neither})",
    Delta.RANGE: "range_delta({a}, {b})",
    Delta.CATEGORY: "category_delta({a}, {b})",
    Delta.DISTRIBUTION: "distribution_delta({a}, {b})",
    Delta.SKILLS: "skills_delta({a}, {b})",
}


def _make_compare_profiles() -> Callable[[Role, Role, Profile, Profile], Comparison]:
    """Write, once, the function building a Comparison from two profiles.

    Generated from the registry, as cattrs and attrs generate their functions: the hot path
    reads each prepared value by its place and calls its delta directly, with no loop.  Each
    field of :class:`Comparison` gets the delta of the figure of the same name, looked up by
    that name when the function is written, so a figure cannot land in another's field.  The
    arguments are then passed in field order: calling a class with 23 keywords gathers them
    into a dict first, which costs a tenth of a comparison.
    """
    namespace: dict[str, object] = {
        "Comparison": Comparison,
        "money_delta": money_delta,
        "band_delta": band_delta,
        "number_delta": number_delta,
        "range_delta": RangeDelta.between,
        "category_delta": category_delta,
        "distribution_delta": distribution_delta,
        "skills_delta": skills_delta,
    }
    arguments = []
    for name in DELTA_FIELDS:
        index = INDEX[name]
        figure = COMPARED[index]
        if figure.delta is None:  # pragma: no cover - COMPARED holds compared figures only
            continue
        operands = {"a": f"va[{index}]", "b": f"vb[{index}]", "path": figure.path}
        if figure.unit is not None:
            unit = figure.unit
            namespace[f"_{unit.name}"], namespace[f"_NO_{unit.name}"] = unit, _NO_NUMBERS[unit]
            operands.update(unit=f"_{unit.name}", neither=f"_NO_{unit.name}")
        arguments.append(f"        {_CALLS[figure.delta].format(**operands)},  # {name}\n")
    source = (
        "def _compare_profiles(a, b, pa, pb):\n"
        "    va, vb = pa.values, pb.values\n"
        "    return Comparison(\n"
        "        a,  # a\n"
        "        b,  # b\n"
        f"{''.join(arguments)}"
        "    )\n"
    )
    filename = "<careerdata.compare: _compare_profiles>"
    # As attrs does: tracebacks and debuggers show the generated lines.
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
    code = compile(source, filename, "exec")
    exec(code, namespace)  # noqa: S102 - written above from the registry, no outside input
    function: Callable[[Role, Role, Profile, Profile], Comparison]
    function = namespace["_compare_profiles"]  # type: ignore[assignment]
    return function


_compare_profiles = _make_compare_profiles()
