"""Deltas of plain values: numbers, categories (degree, major, places) and year ranges."""

from __future__ import annotations

import attrs

from careerdata._repr import fields_repr
from careerdata.compare._base import Direction, Presence, Unit, difference, negate, ratio
from careerdata.model import YearRange

__all__ = ["CategoryDelta", "NumberDelta", "RangeDelta", "category_delta", "number_delta"]


@attrs.frozen
class NumberDelta:
    """Two numbers side by side: growth rate, jobs, satisfaction, experience, age or a share.

    ``difference`` is ``a - b`` and ``direction`` says how ``a`` stands to ``b``; both are
    ``None`` unless both values are present, and a missing value is never taken as ``0``.
    ``ratio`` is ``a / b`` when both are non-negative and ``b`` is positive (a ratio of signed
    growth rates means nothing).  ``unit`` says what the numbers measure: for
    :attr:`Unit.SHARE <careerdata.compare.Unit.SHARE>` they are fractions and the difference
    reads in percentage points.

    >>> delta = NumberDelta.between(0.06, -0.04, Unit.SHARE)
    >>> delta.difference, delta.direction, delta.ratio
    (0.1, <Direction.HIGHER: 'higher'>, None)
    >>> NumberDelta.between(None, 227154, Unit.COUNT).presence
    <Presence.ONLY_B: 'only_b'>
    """

    __repr__ = fields_repr

    a: float | None
    b: float | None
    presence: Presence
    difference: float | None
    ratio: float | None
    direction: Direction | None
    unit: Unit

    @classmethod
    def between(cls, a: float | None, b: float | None, unit: Unit) -> NumberDelta:
        """Compare ``a`` with ``b``, either of which may be missing (``None``)."""
        return number_delta(a, b, unit, _NO_NUMBERS[unit])

    @property
    def differs(self) -> bool:
        """Whether the two sides differ: one value missing, or two unequal values."""
        return self.a != self.b

    def mirror(self) -> NumberDelta:
        """The same delta seen from the other side: ``b`` against ``a``."""
        if self.presence is Presence.NEITHER:
            return self  # nothing to swap
        a, b, change, direction = self.a, self.b, self.difference, self.direction
        if a is None or b is None or change is None or direction is None:
            return NumberDelta(b, a, self.presence.flipped, None, None, None, self.unit)
        return NumberDelta(
            b, a, Presence.BOTH, negate(change), ratio(b, a), direction.flipped, self.unit
        )


_NO_NUMBERS = {
    unit: NumberDelta(None, None, Presence.NEITHER, None, None, None, unit) for unit in Unit
}


def number_delta(a: float | None, b: float | None, unit: Unit, neither: NumberDelta) -> NumberDelta:
    """:meth:`NumberDelta.between` for the hot path: ``neither`` is ``unit``'s both-missing delta.

    Passing it in spares a lookup keyed by an enum member, whose hash is computed in Python.
    """
    if a is None:
        if b is None:
            return neither
        return NumberDelta(None, b, Presence.ONLY_B, None, None, None, unit)
    if b is None:
        return NumberDelta(a, None, Presence.ONLY_A, None, None, None, unit)
    direction = Direction.HIGHER if a > b else Direction.LOWER if a < b else Direction.SAME
    return NumberDelta(a, b, Presence.BOTH, difference(a, b), ratio(a, b), direction, unit)


@attrs.frozen
class CategoryDelta:
    """Two names side by side (degree, major, college, highest-paying city, ...).

    ``same`` compares them ignoring case, and is ``None`` unless both are present.

    >>> CategoryDelta.between("Business", "business").same
    True
    """

    __repr__ = fields_repr

    a: str | None
    b: str | None
    presence: Presence
    same: bool | None

    @classmethod
    def between(cls, a: str | None, b: str | None) -> CategoryDelta:
        """Compare two names, either of which may be missing."""
        return category_delta(a, b)

    @property
    def differs(self) -> bool:
        """Whether the two sides differ: one name missing, or two different names."""
        return self.presence is not Presence.NEITHER and self.same is not True

    def mirror(self) -> CategoryDelta:
        """The same delta seen from the other side."""
        if self.presence is Presence.NEITHER:
            return self  # nothing to swap
        return CategoryDelta(self.b, self.a, self.presence.flipped, self.same)


_NO_CATEGORY = CategoryDelta(None, None, Presence.NEITHER, None)

# A catalogue names few distinct places, industries and degrees: most pairs of names recur
# thousands of times, and the deltas are immutable, so equal pairs share one object (which
# also keeps a million comparisons small).  Cleared when full rather than evicting one by one.
_CATEGORY_CACHE_SIZE = 1 << 16
_CATEGORIES: dict[tuple[str, str], CategoryDelta] = {}


def category_delta(a: str | None, b: str | None) -> CategoryDelta:
    """:meth:`CategoryDelta.between`, one shared object per pair of names."""
    if a is None or b is None:
        if a is None and b is None:
            return _NO_CATEGORY
        return CategoryDelta(a, b, Presence.of(a, b), None)
    key = (a, b)
    delta = _CATEGORIES.get(key)
    if delta is None:
        delta = CategoryDelta(a, b, Presence.BOTH, a.casefold() == b.casefold())
        if len(_CATEGORIES) >= _CATEGORY_CACHE_SIZE:
            _CATEGORIES.clear()
        _CATEGORIES[key] = delta
    return delta


@attrs.frozen
class RangeDelta:
    """Two spans of years (time to become) side by side.

    ``same`` says whether they are equal and ``overlaps`` whether they share a year; both are
    ``None`` unless both spans are present.

    >>> RangeDelta.between(YearRange(4, 6), YearRange(2, 4)).overlaps
    True
    """

    __repr__ = fields_repr

    a: YearRange | None
    b: YearRange | None
    presence: Presence
    same: bool | None
    overlaps: bool | None

    @classmethod
    def between(cls, a: YearRange | None, b: YearRange | None) -> RangeDelta:
        """Compare two spans, either of which may be missing."""
        if a is None or b is None:
            if a is None and b is None:
                return _NO_RANGE
            return cls(a, b, Presence.of(a, b), None, None)
        overlaps = a.low <= b.high and b.low <= a.high
        return cls(a, b, Presence.BOTH, a == b, overlaps)

    @property
    def differs(self) -> bool:
        """Whether the two sides differ: one span missing, or two different spans."""
        return self.a != self.b

    def mirror(self) -> RangeDelta:
        """The same delta seen from the other side."""
        if self.presence is Presence.NEITHER:
            return self  # nothing to swap
        return RangeDelta(self.b, self.a, self.presence.flipped, self.same, self.overlaps)


_NO_RANGE = RangeDelta(None, None, Presence.NEITHER, None, None)
