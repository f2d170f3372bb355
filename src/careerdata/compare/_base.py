"""The vocabulary every delta shares: presence, direction, bounds and units."""

from __future__ import annotations

import decimal
import enum
import functools
import math
from decimal import Decimal
from typing import TypeVar

from careerdata.figures import Unit

__all__ = ["Bound", "Direction", "Presence", "Unit"]

_N = TypeVar("_N", int, float, Decimal)


class Presence(enum.Enum):
    """Which of the two roles has a value: text tells "both missing" from "one missing" by it."""

    BOTH = "both"
    ONLY_A = "only_a"
    ONLY_B = "only_b"
    NEITHER = "neither"

    @classmethod
    def of(cls, a: object, b: object) -> Presence:
        """The presence of two values, ``None`` meaning missing.

        >>> Presence.of(1, None)
        <Presence.ONLY_A: 'only_a'>
        """
        if a is None:
            return cls.NEITHER if b is None else cls.ONLY_B
        return cls.ONLY_A if b is None else cls.BOTH

    @property
    def flipped(self) -> Presence:
        """The presence seen from the other side (``ONLY_A`` becomes ``ONLY_B``)."""
        return _FLIPPED_PRESENCE[self]


_FLIPPED_PRESENCE = {
    Presence.BOTH: Presence.BOTH,
    Presence.ONLY_A: Presence.ONLY_B,
    Presence.ONLY_B: Presence.ONLY_A,
    Presence.NEITHER: Presence.NEITHER,
}


class Direction(enum.Enum):
    """How role A's value stands relative to role B's: always "a relative to b"."""

    HIGHER = "higher"
    LOWER = "lower"
    SAME = "same"

    @classmethod
    def of(cls, a: float | Decimal, b: float | Decimal) -> Direction:
        """The direction of ``a`` relative to ``b``.

        >>> Direction.of(61487, 42702)
        <Direction.HIGHER: 'higher'>
        """
        if a > b:
            return cls.HIGHER
        return cls.LOWER if a < b else cls.SAME

    @property
    def flipped(self) -> Direction:
        """The direction seen from the other side (``HIGHER`` becomes ``LOWER``)."""
        return _FLIPPED_DIRECTION[self]


_FLIPPED_DIRECTION = {
    Direction.HIGHER: Direction.LOWER,
    Direction.LOWER: Direction.HIGHER,
    Direction.SAME: Direction.SAME,
}


class Bound(enum.Enum):
    """Whether a difference or ratio is exact or only a bound (top-coded pay is a lower bound).

    ``AT_LEAST``: the true value is the one given or more; ``AT_MOST``: it or less.
    """

    EXACT = "exact"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"

    @property
    def flipped(self) -> Bound:
        """The bound of the negated difference (or inverted ratio)."""
        return _FLIPPED_BOUND[self]


_FLIPPED_BOUND = {
    Bound.EXACT: Bound.EXACT,
    Bound.AT_LEAST: Bound.AT_MOST,
    Bound.AT_MOST: Bound.AT_LEAST,
}


# Subtraction in this context is exact whatever the operands' exponents (the default context
# rounds to 28 digits); mpdecimal's cost depends on the digits, not on the precision allowed.
EXACT_CONTEXT = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
_ZERO = Decimal(0)


def subtract(a: Decimal, b: Decimal) -> Decimal:
    """``a - b`` exactly.

    >>> subtract(Decimal("999999999999"), Decimal("1E-30"))
    Decimal('999999999998.999999999999999999999999999999')
    """
    return EXACT_CONTEXT.subtract(a, b)


def negate(value: _N) -> _N:
    """``-value``, exactly and without a negative zero (``-0.0`` would print so in JSON)."""
    if isinstance(value, Decimal):
        return EXACT_CONTEXT.subtract(_ZERO, value)
    return 0 - value


def ratio(a: float, b: float) -> float | None:
    """``a / b`` when both are non-negative and ``b`` is positive, else ``None``.

    Also ``None`` when the quotient does not fit a float (``80 / 1e-308``): JSON has no infinity.

    >>> ratio(6, 4), ratio(0.06, -0.04), ratio(80, 1e-308)
    (1.5, None, None)
    """
    if a < 0 or b <= 0:
        return None
    quotient = a / b
    return quotient if math.isfinite(quotient) else None


@functools.lru_cache(maxsize=4096)
def _decimal(value: float) -> Decimal:
    # The shortest repr is the figure the data gave (0.63, not 0.63000000000000000444...).
    return Decimal(repr(value))


def difference(a: float, b: float) -> float:
    """``a - b``, computed on the figures as written so that ``0.63 - 0.37`` is ``0.26``.

    Exactly antisymmetric: ``difference(b, a) == -difference(a, b)``.

    >>> difference(0.63, 0.37), 0.63 - 0.37
    (0.26, 0.26)
    >>> difference(0.3, 0.1), 0.3 - 0.1
    (0.2, 0.19999999999999998)
    """
    if isinstance(a, int) and isinstance(b, int):
        return a - b
    return float(subtract(_decimal(float(a)), _decimal(float(b))))
