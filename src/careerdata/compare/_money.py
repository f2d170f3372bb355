"""Deltas of pay amounts, with top-coded amounts kept honest and currencies never guessed.

A top-coded amount (``Money(..., at_least=True)``) is a lower bound: differences and ratios built
on one are bounds too (:class:`~careerdata.compare.Bound`), and a direction is given only when
the bound settles it.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from careerdata._repr import fields_repr
from careerdata.compare._base import (
    EXACT_CONTEXT,
    Bound,
    Direction,
    Presence,
    negate,
    ratio,
    subtract,
)
from careerdata.errors import CurrencyMismatchError, Problem
from careerdata.model import Money

__all__ = ["Amount", "Exchange", "MoneyDelta", "convert", "exchanged", "money_delta", "order"]

# Bound once: the hot path calls it for every pair.
_EXACT_SUBTRACT = EXACT_CONTEXT.subtract
_ZERO = Decimal(0)


def check_currencies(a: str, b: str, path: str) -> None:
    """Raise :class:`~careerdata.errors.CurrencyMismatchError` at ``path`` unless ``a == b``."""
    if a != b:
        raise CurrencyMismatchError([Problem(path, f"cannot compare {a} with {b}")])


def order(a: Decimal, a_at_least: bool, b: Decimal, b_at_least: bool) -> Direction | None:
    """The direction of ``a`` to ``b`` when lower bounds still settle it, else ``None``."""
    if not (a_at_least or b_at_least):
        return Direction.of(a, b)
    if a_at_least and not b_at_least and a > b:
        return Direction.HIGHER
    if b_at_least and not a_at_least and a < b:
        return Direction.LOWER
    return None


def _money_ratio(a: Money, b: Money) -> float | None:
    # float(b.amount) may round a tiny amount to 0.0: ratio() treats that as no ratio.
    return ratio(float(a.amount), float(b.amount))


@attrs.frozen
class Amount:
    """One amount prepared for comparison: built once per role, reused for every pair."""

    __repr__ = fields_repr

    money: Money
    amount: Decimal
    #: ``float(amount)``, the operand of ratios.
    value: float

    @classmethod
    def of(cls, money: Money | None) -> Amount | None:
        """Prepare ``money`` (``None`` stays ``None``)."""
        return None if money is None else cls(money, money.amount, float(money.amount))


@attrs.frozen
class Exchange:
    """How two amounts in different currencies were set side by side.

    ``a_currency`` and ``b_currency`` are the currencies of ``a`` and ``b``.  Without exchange
    rates (``rates=None`` in :func:`~careerdata.compare.compare`) ``a_rate`` and ``b_rate`` are
    ``None``: both amounts stay as the data gives them and nothing is derived from them.  With
    rates, each is its currency's value in the caller's reference unit, and ``b`` was converted
    into ``a``'s currency at :attr:`rate` for the difference, ratio and direction.

    >>> Exchange("EUR", "USD", Decimal("1.08"), Decimal("1")).rate
    Decimal('0.9259259259259259259259259259')
    """

    __repr__ = fields_repr

    a_currency: str
    b_currency: str
    a_rate: Decimal | None = None
    b_rate: Decimal | None = None

    @property
    def converted(self) -> bool:
        """Whether ``b`` was converted with the caller's rates (else nothing was compared)."""
        return self.a_rate is not None and self.b_rate is not None

    @property
    def rate(self) -> Decimal | None:
        """One unit of ``b``'s currency in ``a``'s currency, or ``None`` without rates."""
        if self.a_rate is None or self.b_rate is None:
            return None
        return self.b_rate / self.a_rate

    @property
    def flipped(self) -> Exchange:
        """The same exchange seen from the other side."""
        return Exchange(self.b_currency, self.a_currency, self.b_rate, self.a_rate)


_CENTS = Decimal("0.01")


def convert(money: Money, exchange: Exchange) -> Money:
    """``money`` (in ``exchange.b_currency``) in ``exchange.a_currency``, to the cent."""
    rate = exchange.rate
    if rate is None:  # pragma: no cover - callers convert only with rates
        raise ValueError("no rate to convert with")
    amount = (money.amount * rate).quantize(_CENTS)
    return Money(amount, exchange.a_currency, at_least=money.at_least)


@attrs.frozen
class MoneyDelta:
    """Two amounts of money (yearly or hourly pay) side by side.

    ``difference`` is ``a - b`` as a signed :class:`~decimal.Decimal` in ``currency`` and
    ``ratio`` is ``a / b``.  When one amount is top-coded both are bounds, as ``bound`` says
    (``AT_LEAST`` when ``a`` is top-coded, ``AT_MOST`` when ``b`` is), and ``direction`` is
    given only when it is certain; with both amounts top-coded nothing is known and all three
    are ``None``.  ``currency`` is the amounts' currency (``None`` when both are missing).
    Amounts in two currencies carry an :class:`Exchange`: without rates nothing is derived
    (``currency``, ``difference``, ``ratio`` and ``direction`` are ``None``); with rates ``b``
    is converted into ``a``'s currency, which ``currency`` then names.  ``a`` and ``b`` always
    stay the amounts the data gives.

    >>> delta = MoneyDelta.between(Money(61487), Money(42702))
    >>> delta.difference, delta.direction
    (Decimal('18785'), <Direction.HIGHER: 'higher'>)
    >>> top = MoneyDelta.between(Money(239200, at_least=True), Money(100000))
    >>> top.difference, top.bound, top.direction
    (Decimal('139200'), <Bound.AT_LEAST: 'at_least'>, <Direction.HIGHER: 'higher'>)
    """

    __repr__ = fields_repr

    a: Money | None
    b: Money | None
    presence: Presence
    currency: str | None
    difference: Decimal | None
    ratio: float | None
    direction: Direction | None
    bound: Bound | None
    exchange: Exchange | None = None

    @classmethod
    def between(cls, a: Money | None, b: Money | None, path: str = "") -> MoneyDelta:  # noqa: ARG003 - kept for callers
        """Compare two amounts; in two currencies nothing is derived (see :class:`Exchange`).

        ``path`` is accepted as before and no longer used: two currencies no longer raise.
        """
        return money_delta(Amount.of(a), Amount.of(b))

    @property
    def difference_at_least(self) -> bool:
        """Whether ``difference`` (and ``ratio``) is a lower bound: ``a`` is top-coded."""
        return self.bound is Bound.AT_LEAST

    @property
    def difference_at_most(self) -> bool:
        """Whether ``difference`` (and ``ratio``) is an upper bound: ``b`` is top-coded."""
        return self.bound is Bound.AT_MOST

    @property
    def differs(self) -> bool:
        """Whether the two sides differ: one amount missing, or two unequal amounts."""
        return self.a != self.b

    def mirror(self) -> MoneyDelta:
        """The same delta seen from the other side: ``b`` against ``a``."""
        if self.presence is Presence.NEITHER:
            return self  # nothing to swap
        if self.exchange is not None:
            return _exchanged_money(self.b, self.a, self.exchange.flipped)
        a, b, difference, bound = self.a, self.b, self.difference, self.bound
        if a is None or b is None or difference is None or bound is None:
            return MoneyDelta(b, a, self.presence.flipped, self.currency, None, None, None, None)
        direction = None if self.direction is None else self.direction.flipped
        return MoneyDelta(
            b,
            a,
            Presence.BOTH,
            self.currency,
            negate(difference),
            _money_ratio(b, a),
            direction,
            bound.flipped,
        )


_NO_MONEY = MoneyDelta(None, None, Presence.NEITHER, None, None, None, None, None)


def money_delta(a: Amount | None, b: Amount | None) -> MoneyDelta:
    """Compare two prepared amounts (see :meth:`MoneyDelta.between`)."""
    if a is None or b is None:
        if a is None and b is None:
            return _NO_MONEY  # immutable, so one object serves every pair
        known = a if a is not None else b
        currency = None if known is None else known.money.currency
        return MoneyDelta(
            None if a is None else a.money,
            None if b is None else b.money,
            Presence.ONLY_B if a is None else Presence.ONLY_A,
            currency,
            None,
            None,
            None,
            None,
        )
    first, second = a.money, b.money
    if first.currency != second.currency:
        return _exchanged_money(first, second, Exchange(first.currency, second.currency))
    if first.at_least or second.at_least:
        return _bounded_money_delta(first, second)
    x, y = a.amount, b.amount
    direction = Direction.HIGHER if x > y else Direction.LOWER if x < y else Direction.SAME
    return MoneyDelta(
        first,
        second,
        Presence.BOTH,
        first.currency,
        _EXACT_SUBTRACT(x, y),
        ratio(a.value, b.value),
        direction,
        Bound.EXACT,
    )


def _exchanged_money(a: Money | None, b: Money | None, exchange: Exchange) -> MoneyDelta:
    """Two amounts in different currencies: converted with the exchange's rates, if any."""
    if a is None or b is None:  # pragma: no cover - an exchange needs both amounts
        raise ValueError("an exchange compares two amounts")
    if not exchange.converted:
        return MoneyDelta(a, b, Presence.BOTH, None, None, None, None, None, exchange)
    delta = money_delta(Amount.of(a), Amount.of(convert(b, exchange)))
    return attrs.evolve(delta, b=b, exchange=exchange)


def exchanged(delta: MoneyDelta, exchange: Exchange) -> MoneyDelta:
    """``delta``, whose amounts are in ``exchange``'s two currencies, compared at its rates."""
    return _exchanged_money(delta.a, delta.b, exchange)


def _bounded_money_delta(a: Money, b: Money) -> MoneyDelta:
    """Two amounts, at least one of them top-coded: the figures are bounds, if known at all."""
    if a.at_least and b.at_least:
        return MoneyDelta(a, b, Presence.BOTH, a.currency, None, None, None, None)
    bound = Bound.AT_LEAST if a.at_least else Bound.AT_MOST
    direction = order(a.amount, a.at_least, b.amount, b.at_least)
    return MoneyDelta(
        a,
        b,
        Presence.BOTH,
        a.currency,
        subtract(a.amount, b.amount),
        _money_ratio(a, b),
        direction,
        bound,
    )
