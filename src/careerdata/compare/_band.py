"""Deltas of salary bands: how two bands overlap, which is wider, which contains which.

A top-coded high end (``Money(..., at_least=True)``) makes the figures it touches uncertain;
bands in two currencies are set side by side through an :class:`Exchange`, as amounts are.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import attrs

from careerdata._repr import fields_repr
from careerdata.compare._base import EXACT_CONTEXT, Bound, Direction, Presence, subtract
from careerdata.compare._money import Exchange, convert, order
from careerdata.model import SalaryBand

__all__ = ["Band", "BandDelta", "band_delta", "exchanged_band"]

_EXACT_SUBTRACT = EXACT_CONTEXT.subtract
_ZERO = Decimal(0)


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

    >>> from careerdata.model import Money
    >>> delta = BandDelta.between(
    ...     SalaryBand(Money(30000), Money(59000)), SalaryBand(Money(35000), Money(105000))
    ... )
    >>> delta.overlap, round(delta.a_overlap_share, 3), round(delta.b_overlap_share, 3)
    (Decimal('24000'), 0.828, 0.343)
    >>> delta.wider, delta.a_contains_b, delta.b_contains_a
    ('b', False, False)
    """

    __repr__ = fields_repr

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

    __repr__ = fields_repr

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
