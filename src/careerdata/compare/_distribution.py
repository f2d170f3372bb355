"""Deltas of distributions (gender, race): per-category differences and two distances."""

from __future__ import annotations

import math

import attrs

from careerdata._repr import fields_repr
from careerdata.compare._base import Presence, difference, negate
from careerdata.model import Distribution

__all__ = ["CategoryDifference", "DistributionDelta", "Shares", "distribution_delta"]


@attrs.frozen
class Shares:
    """One distribution prepared for comparison: categories by case-folded name, rescaled shares.

    Built once per role and reused for every pair it is compared in.
    """

    __repr__ = fields_repr

    distribution: Distribution
    #: Case-folded category -> (category as written, share as given, share rescaled to sum 1).
    entries: dict[str, tuple[str, float, float]] = attrs.field(eq=False, hash=False)

    @classmethod
    def of(cls, distribution: Distribution) -> Shares:
        """Prepare ``distribution``."""
        total = math.fsum(item.share for item in distribution.shares)
        entries = {
            item.category.casefold(): (item.category, item.share, item.share / total)
            for item in distribution.shares
        }
        return cls(distribution, entries)


@attrs.frozen
class CategoryDifference:
    """One category of two distributions: both shares and ``a - b`` in percentage points.

    A share is ``None`` when that distribution does not list the category; its difference then
    counts it as ``0``, since the listed shares already make up the whole.  ``category`` is
    spelt as role A writes it when A lists it.
    """

    __repr__ = fields_repr

    category: str
    a: float | None
    b: float | None
    difference: float

    def flipped(self, category: str) -> CategoryDifference:
        """The same category seen from the other side, spelt ``category``."""
        return CategoryDifference(category, self.b, self.a, negate(self.difference))


def _differences(a: Shares, b: Shares) -> tuple[CategoryDifference, ...]:
    """Every category of either side: A's in A's order, then B's others in B's order."""
    items = []
    for key, (category, share, _) in a.entries.items():
        other = b.entries.get(key)
        b_share = None if other is None else other[1]
        items.append(
            CategoryDifference(category, share, b_share, difference(share, b_share or 0.0))
        )
    for key, (category, share, _) in b.entries.items():
        if key not in a.entries:
            items.append(CategoryDifference(category, None, share, difference(0.0, share)))
    return tuple(items)


def _largest(items: tuple[CategoryDifference, ...]) -> str | None:
    """The category differing most; ties go to the first case-folded name, so both sides agree."""
    best = min(items, key=lambda item: (-abs(item.difference), item.category.casefold()))
    return best.category if best.difference != 0 else None


def _distances(a: Shares, b: Shares) -> tuple[float, float]:
    """Total variation and Jensen-Shannon distance of the rescaled shares, each in [0, 1]."""
    gaps, terms = [], []
    for key in a.entries.keys() | b.entries.keys():
        p = a.entries[key][2] if key in a.entries else 0.0
        q = b.entries[key][2] if key in b.entries else 0.0
        gaps.append(abs(p - q))
        middle = (p + q) * 0.5
        # p * log2(p / m) for each side; fsum makes the total independent of the order.
        if p > 0:
            terms.append(p * math.log2(p / middle))
        if q > 0:
            terms.append(q * math.log2(q / middle))
    variation = min(1.0, 0.5 * math.fsum(gaps))
    divergence = min(1.0, max(0.0, 0.5 * math.fsum(terms)))
    return variation, math.sqrt(divergence)


@attrs.frozen
class DistributionDelta:
    """Two distributions (gender, race) side by side.

    ``categories`` lists every category of either side with its difference in percentage
    points (a fraction: ``0.071`` is 7.1 points), role A's categories first in A's order.
    ``largest`` names the category whose share differs most (``None`` when none differs).
    ``total_variation`` (half the sum of absolute differences) and ``jensen_shannon`` (the
    square root of the Jensen-Shannon divergence with logarithms to base 2) are distances in
    [0, 1], 0 for equal distributions, computed on shares rescaled to sum to exactly 1 so that a
    source's rounding does not count.  All of these are empty or ``None`` unless both sides
    are present.  Categories match ignoring case.

    >>> delta = DistributionDelta.between(
    ...     Distribution.of({"Male": 0.441, "Female": 0.559}),
    ...     Distribution.of({"Male": 0.37, "Female": 0.63}),
    ... )
    >>> delta.largest, [item.difference for item in delta.categories]
    ('Female', [0.071, -0.071])
    >>> round(delta.total_variation, 3), round(delta.jensen_shannon, 3)
    (0.071, 0.061)
    """

    __repr__ = fields_repr

    a: Distribution | None
    b: Distribution | None
    presence: Presence
    categories: tuple[CategoryDifference, ...]
    largest: str | None
    total_variation: float | None
    jensen_shannon: float | None

    @classmethod
    def between(cls, a: Distribution | None, b: Distribution | None) -> DistributionDelta:
        """Compare two distributions, either of which may be missing."""
        return distribution_delta(
            None if a is None else Shares.of(a), None if b is None else Shares.of(b)
        )

    @property
    def largest_difference(self) -> CategoryDifference | None:
        """The entry of :attr:`largest` in :attr:`categories`, or ``None``."""
        for item in self.categories:
            if item.category == self.largest:
                return item
        return None

    @property
    def differs(self) -> bool:
        """Whether the two sides differ: one missing, or some category's share differs."""
        if self.presence is not Presence.BOTH:
            return self.presence is not Presence.NEITHER
        return any(item.difference != 0 for item in self.categories)

    def mirror(self) -> DistributionDelta:
        """The same delta seen from the other side, categories in B's order."""
        if self.presence is Presence.NEITHER:
            return self  # nothing to swap
        if self.b is None or self.a is None:
            return DistributionDelta(self.b, self.a, self.presence.flipped, (), None, None, None)
        remaining = {item.category.casefold(): item for item in self.categories}
        items = [remaining.pop(s.category.casefold()).flipped(s.category) for s in self.b.shares]
        items.extend(item.flipped(item.category) for item in remaining.values())
        largest = None
        if self.largest is not None:
            key = self.largest.casefold()
            largest = next(item.category for item in items if item.category.casefold() == key)
        return DistributionDelta(
            self.b,
            self.a,
            Presence.BOTH,
            tuple(items),
            largest,
            self.total_variation,
            self.jensen_shannon,
        )


def distribution_delta(a: Shares | None, b: Shares | None) -> DistributionDelta:
    """Compare two prepared distributions (see :class:`Shares`)."""
    a_dist = None if a is None else a.distribution
    b_dist = None if b is None else b.distribution
    if a is None or b is None:
        if a is None and b is None:
            return _NO_DISTRIBUTION  # immutable, so one object serves every pair
        return DistributionDelta(a_dist, b_dist, Presence.of(a, b), (), None, None, None)
    items = _differences(a, b)
    variation, jensen_shannon = _distances(a, b)
    return DistributionDelta(
        a_dist, b_dist, Presence.BOTH, items, _largest(items), variation, jensen_shannon
    )


_NO_DISTRIBUTION = DistributionDelta(None, None, Presence.NEITHER, (), None, None, None)
