"""Deltas of pay: amounts of money and salary bands, with top-coded amounts kept honest.

A top-coded amount (``Money(..., at_least=True)``) is a lower bound: differences and ratios built
on one are bounds too (:class:`~careerdata.compare.Bound`), and a direction is given only when
the bound settles it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import attrs

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
from careerdata.model import Money, SalaryBand

__all__ = [
    "Amount",
    "Band",
    "BandDelta",
    "Exchange",
    "MoneyDelta",
    "band_delta",
    "convert",
    "exchanged",
    "exchanged_band",
    "money_delta",
]

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


def _covers(outer: SalaryBand, inner: SalaryBand) -> bool | None:
    """Whether ``outer`` contains ``inner``; ``None`` when a top-coded high end hides it."""
    if outer.low.amount > inner.low.amount:
        return False
    high, other = outer.high, inner.high
    if not other.at_least:
        if high.amount >= other.amount:
            return True
        return None if high.at_least else False
    if high.at_least or high.amount >= other.amount:
        return None
    return False


def _overlap(a: SalaryBand, b: SalaryBand) -> tuple[Decimal, Bound]:
    """The amount both bands cover, and whether a top-coded high end makes it a lower bound."""
    low = max(a.low.amount, b.low.amount)
    if a.high.amount == b.high.amount:
        top, bounded = a.high.amount, a.high.at_least and b.high.at_least
    else:
        top_money = a.high if a.high.amount < b.high.amount else b.high
        top, bounded = top_money.amount, top_money.at_least
    overlap = max(subtract(top, low), Decimal(0))
    return overlap, Bound.AT_LEAST if bounded else Bound.EXACT


def _width(band: SalaryBand) -> Decimal:
    return subtract(band.high.amount, band.low.amount)


@attrs.frozen
class BandDelta:
    """Two salary bands side by side: how much they overlap, which is wider, which contains which.

    ``overlap`` is the amount of pay both bands cover; ``a_overlap_share`` and
    ``b_overlap_share`` are the shares of each band's width inside the other (in [0, 1]).  A
    top-coded high end makes the figures it touches uncertain: ``overlap_bound`` is then
    ``AT_LEAST``, the shares it affects ``None``, and ``width_direction``, ``a_contains_b`` and
    ``b_contains_a`` ``None`` when the bound does not settle them.  Everything but ``a``, ``b``,
    ``presence`` and ``currency`` is ``None`` unless both bands are present.  Bands in two
    currencies carry an :class:`Exchange`, as :class:`MoneyDelta` does: without rates nothing is
    derived from them; with rates ``b`` is converted into ``a``'s currency.

    >>> delta = BandDelta.between(
    ...     SalaryBand(Money(30000), Money(59000)), SalaryBand(Money(35000), Money(105000))
    ... )
    >>> delta.overlap, round(delta.a_overlap_share, 3), round(delta.b_overlap_share, 3)
    (Decimal('24000'), 0.828, 0.343)
    >>> delta.wider, delta.a_contains_b, delta.b_contains_a
    ('b', False, False)
    """

    a: SalaryBand | None
    b: SalaryBand | None
    presence: Presence
    currency: str | None
    overlap: Decimal | None
    overlap_bound: Bound | None
    a_overlap_share: float | None
    b_overlap_share: float | None
    width_direction: Direction | None
    a_contains_b: bool | None
    b_contains_a: bool | None
    exchange: Exchange | None = None

    @classmethod
    def between(cls, a: SalaryBand | None, b: SalaryBand | None, path: str = "") -> BandDelta:  # noqa: ARG003 - kept for callers
        """Compare two bands; in two currencies nothing is derived (see :class:`Exchange`).

        ``path`` is accepted as before and no longer used: two currencies no longer raise.
        """
        return band_delta(Band.of(a), Band.of(b))

    @property
    def wider(self) -> Literal["a", "b"] | None:
        """Which band is wider, or ``None`` when equally wide, unknown or not both present."""
        if self.width_direction is Direction.HIGHER:
            return "a"
        return "b" if self.width_direction is Direction.LOWER else None

    @property
    def differs(self) -> bool:
        """Whether the two sides differ: one band missing, or two different bands."""
        return self.a != self.b

    def mirror(self) -> BandDelta:
        """The same delta seen from the other side."""
        if self.presence is Presence.NEITHER:
            return self  # nothing to swap
        if self.exchange is not None:
            return _exchanged_band(self.b, self.a, self.exchange.flipped)
        direction = self.width_direction
        return BandDelta(
            self.b,
            self.a,
            self.presence.flipped,
            self.currency,
            self.overlap,
            self.overlap_bound,
            self.b_overlap_share,
            self.a_overlap_share,
            None if direction is None else direction.flipped,
            self.b_contains_a,
            self.a_contains_b,
        )


_NO_BAND = BandDelta(None, None, Presence.NEITHER, None, *(None,) * 7)


@attrs.frozen
class Band:
    """One salary band prepared for comparison: built once per role, reused for every pair."""

    band: SalaryBand
    low: Decimal
    high: Decimal
    width: Decimal
    #: Whether the high end is top-coded (a lower bound).
    open_ended: bool

    @classmethod
    def of(cls, band: SalaryBand | None) -> Band | None:
        """Prepare ``band`` (``None`` stays ``None``)."""
        if band is None:
            return None
        low, high = band.low.amount, band.high.amount
        return cls(band, low, high, _width(band), band.high.at_least)


def band_delta(a: Band | None, b: Band | None) -> BandDelta:
    """Compare two prepared bands (see :meth:`BandDelta.between`)."""
    if a is None or b is None:
        if a is None and b is None:
            return _NO_BAND  # immutable, so one object serves every pair
        known = a if a is not None else b
        currency = None if known is None else known.band.currency
        first = None if a is None else a.band
        second = None if b is None else b.band
        return BandDelta(first, second, Presence.of(first, second), currency, *(None,) * 7)
    first, second = a.band, b.band
    currency = first.low.currency
    if currency != second.low.currency:
        return _exchanged_band(first, second, Exchange(currency, second.low.currency))
    if a.open_ended or b.open_ended:
        return _bounded_band_delta(a, b)
    # Both bands exact: the general rules below reduce to plain comparisons.
    low = max(a.low, b.low)
    overlap = _EXACT_SUBTRACT(min(a.high, b.high), low)
    if overlap < 0:
        overlap = _ZERO
    wa, wb = a.width, b.width
    return BandDelta(
        first,
        second,
        Presence.BOTH,
        currency,
        overlap,
        Bound.EXACT,
        _share_inside(a, b, overlap),
        _share_inside(b, a, overlap),
        Direction.HIGHER if wa > wb else Direction.LOWER if wa < wb else Direction.SAME,
        a.low <= b.low and a.high >= b.high,
        b.low <= a.low and b.high >= a.high,
    )


def _exchanged_band(a: SalaryBand | None, b: SalaryBand | None, exchange: Exchange) -> BandDelta:
    """Two bands in different currencies: converted with the exchange's rates, if any."""
    if a is None or b is None:  # pragma: no cover - an exchange needs both bands
        raise ValueError("an exchange compares two bands")
    if not exchange.converted:
        return BandDelta(a, b, Presence.BOTH, None, *(None,) * 7, exchange)
    converted = SalaryBand(convert(b.low, exchange), convert(b.high, exchange))
    delta = band_delta(Band.of(a), Band.of(converted))
    return attrs.evolve(delta, b=b, exchange=exchange)


def exchanged_band(delta: BandDelta, exchange: Exchange) -> BandDelta:
    """``delta``, whose bands are in ``exchange``'s two currencies, compared at its rates."""
    return _exchanged_band(delta.a, delta.b, exchange)


def _share_inside(band: Band, other: Band, overlap: Decimal) -> float:
    """The share of ``band``'s width inside ``other`` (a one-point band: 1 or 0)."""
    if not band.width:
        return 1.0 if other.low <= band.low <= other.high else 0.0
    return float(overlap / band.width)


def _bounded_band_delta(a: Band, b: Band) -> BandDelta:
    """Two bands, at least one with a top-coded high end: uncertain figures are ``None``."""
    overlap, bound = _overlap(a.band, b.band)
    exact = bound is Bound.EXACT
    return BandDelta(
        a.band,
        b.band,
        Presence.BOTH,
        a.band.currency,
        overlap,
        bound,
        _share_inside(a, b, overlap) if exact and not a.open_ended else None,
        _share_inside(b, a, overlap) if exact and not b.open_ended else None,
        order(a.width, a.open_ended, b.width, b.open_ended),
        _covers(a.band, b.band),
        _covers(b.band, a.band),
    )
