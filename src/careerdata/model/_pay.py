"""Money and pay: amounts, salary bands, percentiles, pay leaders and a role's pay."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs

from careerdata._repr import fields_repr
from careerdata.errors import CurrencyMismatchError, Problem
from careerdata.model._common import _check_amount, _fail, _flag, _instance_of, _to_decimal
from careerdata.model._constraints import Amount, Constraint, Currency, Text


class _UnsetCurrency(str):
    """The currency of a Money built without one: ``"USD"``, until a :class:`Pay` gives its own."""

    __slots__ = ()


# Money's default currency: equal to "USD" (and hashing, printing and writing as it does), but
# told apart from a "USD" the caller wrote, so that a Pay can give such amounts its currency.
_USD_UNLESS_PAID = _UnsetCurrency("USD")


@attrs.frozen
class Money:
    """An exact, non-negative amount of money in one currency.

    ``at_least`` marks a lower bound: the true value is this amount or more (BLS publishes
    wages above its top code that way).  Amounts accept ``int``, ``str``, ``float`` (through
    its shortest repr) or :class:`~decimal.Decimal`.

    >>> Money("29.56")
    Money(amount=Decimal('29.56'), currency='USD', at_least=False)

    Built without a currency, an amount is in US dollars, except inside a :class:`Pay`: there it
    takes the pay's currency, as it does in a data file, where the currency is written once.
    An amount whose currency is written keeps it, and a pay in another currency refuses it.

    >>> Pay(currency="EUR", yearly=Money(52000)).yearly
    Money(amount=Decimal('52000'), currency='EUR', at_least=False)
    >>> Money(52000) == Money(52000, "USD")
    True
    """

    __repr__ = fields_repr

    amount: Decimal = attrs.field(converter=_to_decimal, validator=Amount())
    currency: str = attrs.field(default=_USD_UNLESS_PAID, validator=Currency(), kw_only=False)
    at_least: bool = attrs.field(default=False, validator=_flag)

    def same_currency(self, other: Money) -> None:
        """Raise :class:`~careerdata.errors.CurrencyMismatchError` unless both share a currency."""
        if self.currency != other.currency:
            raise CurrencyMismatchError(
                [Problem("currency", f"cannot combine {self.currency} with {other.currency}")]
            )


# Currency codes Money has accepted: most data repeats one or two, checked once here.
_ACCEPTED_CURRENCIES: set[str] = set()
_new_object = object.__new__
_set_field = object.__setattr__


def _new_money(amount: Any, currency: str, at_least: bool = False) -> Money:
    """``Money(amount, currency, at_least)`` with the same checks and fewer calls.

    For the ``io`` layer, which builds tens of thousands of amounts when loading a dataset:
    an ``int`` or ``Decimal`` amount, a currency already accepted and a real bool take the
    short path (the amount is checked by the very function Money's validator uses); anything
    else goes through ``Money`` itself.

    >>> _new_money(Decimal("19.80"), "USD") == Money("19.80")
    True
    """
    kind = type(amount)
    if kind is int:
        amount = Decimal(amount)
    elif kind is not Decimal:
        return Money(amount, currency, at_least)
    if currency not in _ACCEPTED_CURRENCIES or (at_least is not True and at_least is not False):
        money = Money(amount, currency, at_least)
        _ACCEPTED_CURRENCIES.add(currency)
        return money
    _check_amount("amount", amount)
    money = _new_object(Money)
    _set_field(money, "amount", amount)
    _set_field(money, "currency", currency)
    _set_field(money, "at_least", at_least)
    return money


class ExactMoney(Constraint):
    """:class:`Money` that is not a lower bound only: a salary band's low end."""

    __slots__ = ()

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse what is not Money, or is a lower bound only."""
        if value is not None and not isinstance(value, Money):
            raise _fail(attribute.name, f"expected Money, got {type(value).__name__}")
        if value is not None and value.at_least:
            raise _fail(attribute.name, "a band's low end cannot be a lower bound only")

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """The number schema of :class:`Amount`: no ``{"at_least": n}``."""
        amount = attrs.fields(Money).amount.validator
        assert isinstance(amount, Constraint)  # noqa: S101 - the model states it just below
        return amount.json_schema(defs)


@attrs.frozen
class SalaryBand:
    """A salary range from ``low`` to ``high`` (inclusive), both in one currency."""

    __repr__ = fields_repr

    low: Money = attrs.field(validator=ExactMoney())
    high: Money = attrs.field(validator=_instance_of(Money))

    def __attrs_post_init__(self) -> None:
        if self.low.currency != self.high.currency:
            raise _fail(
                "high", f"currency {self.high.currency} differs from low's {self.low.currency}"
            )
        if self.low.amount > self.high.amount:
            raise _fail("", f"low {self.low.amount} is above high {self.high.amount}")

    @property
    def currency(self) -> str:
        """The band's currency."""
        return self.low.currency

    @property
    def width(self) -> Money:
        """``high - low`` (a lower bound when ``high`` is one)."""
        return Money(self.high.amount - self.low.amount, self.currency, self.high.at_least)

    @property
    def midpoint(self) -> Money:
        """The middle of the band."""
        return Money((self.low.amount + self.high.amount) / 2, self.currency, self.high.at_least)

    def __contains__(self, amount: object) -> bool:
        if isinstance(amount, Money):
            return amount.currency == self.currency and self.low.amount <= amount.amount <= (
                self.high.amount
            )
        return False


@attrs.frozen
class Percentiles:
    """Wage percentiles of one pay basis (yearly or hourly); any may be missing."""

    __repr__ = fields_repr

    p10: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    p25: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    median: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    p75: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    p90: Money | None = attrs.field(default=None, validator=_instance_of(Money))

    def __attrs_post_init__(self) -> None:
        # Each percentile is at least every lower one; a top-coded one ("at least 100000")
        # still bounds those above it, and may itself be written below them.
        floor: tuple[str, Money] | None = None
        for name, value in self.items():
            if floor is not None:
                _same_currency(name, floor[1], value)
                if value.amount < floor[1].amount and not value.at_least:
                    raise _fail(name, f"{value.amount} is below {floor[0]} {floor[1].amount}")
            if floor is None or value.amount >= floor[1].amount:
                floor = (name, value)

    def items(self) -> Iterator[tuple[str, Money]]:
        """The percentiles that are present, lowest first, as ``(name, amount)`` pairs."""
        for name in ("p10", "p25", "median", "p75", "p90"):
            value = getattr(self, name)
            if value is not None:
                yield name, value


def _same_currency(path: str, first: Money, second: Money) -> None:
    if first.currency != second.currency:
        raise _fail(path, f"currency {second.currency} differs from {first.currency}")


@attrs.frozen
class PayLeader:
    """Where a role pays best: a city, state, company or industry, with its pay when known."""

    __repr__ = fields_repr

    name: str = attrs.field(validator=Text())
    yearly: Money | None = attrs.field(default=None, validator=_instance_of(Money))


@attrs.frozen
class PayLeaders:
    """The highest-paying city, state, company and industry of a role."""

    __repr__ = fields_repr

    city: PayLeader | None = attrs.field(default=None, validator=_instance_of(PayLeader))
    state: PayLeader | None = attrs.field(default=None, validator=_instance_of(PayLeader))
    company: PayLeader | None = attrs.field(default=None, validator=_instance_of(PayLeader))
    industry: PayLeader | None = attrs.field(default=None, validator=_instance_of(PayLeader))

    def items(self) -> Iterator[tuple[str, PayLeader]]:
        """The leaders that are present as ``(kind, leader)`` pairs."""
        for name in ("city", "state", "company", "industry"):
            value = getattr(self, name)
            if value is not None:
                yield name, value


def _in_currency(money: Money, currency: str) -> Money:
    """``money`` in ``currency`` when it was built without a currency; else ``money`` itself."""
    if type(money.currency) is not _UnsetCurrency:
        return money
    return Money(money.amount, currency, money.at_least)


@attrs.frozen
class Pay:
    """What a role pays: mean yearly and hourly pay, a salary band, percentiles and leaders.

    Every amount shares :attr:`currency`; in data files it is written once, here.  So it is in
    Python: an amount built without a currency (``Money(1000)``) takes the pay's, in
    ``yearly``, ``hourly``, ``range``, the percentiles and the leaders alike.  An amount
    written in another currency raises :class:`~careerdata.errors.CurrencyMismatchError` at its
    path.  Within one band or one set of percentiles, write the currency on every amount or on
    none.

    >>> pay = Pay(currency="EUR", range=SalaryBand(Money(30000), Money(90000)))
    >>> pay.range.high
    Money(amount=Decimal('90000'), currency='EUR', at_least=False)
    >>> Pay(currency="EUR", yearly=Money(1000, "USD"))
    Traceback (most recent call last):
    ...
    careerdata.errors.CurrencyMismatchError: yearly: currency USD differs from the pay's EUR
    """

    __repr__ = fields_repr

    currency: str = attrs.field(default="USD", validator=Currency())
    yearly: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    hourly: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    range: SalaryBand | None = attrs.field(default=None, validator=_instance_of(SalaryBand))
    yearly_percentiles: Percentiles | None = attrs.field(
        default=None, validator=_instance_of(Percentiles)
    )
    hourly_percentiles: Percentiles | None = attrs.field(
        default=None, validator=_instance_of(Percentiles)
    )
    leaders: PayLeaders | None = attrs.field(default=None, validator=_instance_of(PayLeaders))

    def __attrs_post_init__(self) -> None:
        unset = False
        for path, money in self.amounts():
            if type(money.currency) is _UnsetCurrency:
                unset = True
            elif money.currency != self.currency:
                raise CurrencyMismatchError.at(
                    path, f"currency {money.currency} differs from the pay's {self.currency}"
                )
        if unset:
            self._give_currency()

    def _give_currency(self) -> None:
        """Give this pay's currency to every amount built without one (once, at construction)."""
        currency = self.currency
        for name in ("yearly", "hourly"):
            money = getattr(self, name)
            if money is not None:
                _set_field(self, name, _in_currency(money, currency))
        band = self.range
        if band is not None:
            low, high = _in_currency(band.low, currency), _in_currency(band.high, currency)
            _set_field(self, "range", SalaryBand(low, high))
        for basis in ("yearly_percentiles", "hourly_percentiles"):
            percentiles = getattr(self, basis)
            if percentiles is not None:
                given = {name: _in_currency(value, currency) for name, value in percentiles.items()}
                _set_field(self, basis, Percentiles(**given))
        if self.leaders is not None:
            leaders = {
                kind: PayLeader(
                    leader.name,
                    None if leader.yearly is None else _in_currency(leader.yearly, currency),
                )
                for kind, leader in self.leaders.items()
            }
            _set_field(self, "leaders", PayLeaders(**leaders))

    def amounts(self) -> Iterator[tuple[str, Money]]:
        """Every amount of this pay with its path (``range.low``, ``leaders.state.yearly``)."""
        for name in ("yearly", "hourly"):
            value = getattr(self, name)
            if value is not None:
                yield name, value
        if self.range is not None:
            yield "range.low", self.range.low
            yield "range.high", self.range.high
        for basis in ("yearly_percentiles", "hourly_percentiles"):
            percentiles = getattr(self, basis)
            if percentiles is not None:
                for name, value in percentiles.items():
                    yield f"{basis}.{name}", value
        if self.leaders is not None:
            for kind, leader in self.leaders.items():
                if leader.yearly is not None:
                    yield f"leaders.{kind}.yearly", leader.yearly
