"""The comparison engine: pure, structured deltas between job roles.

:func:`compare` turns two roles into a :class:`Comparison` holding one delta per field of the
model: both values, whether each is present, and what follows from them (difference, ratio,
direction, overlap, distance), always as "a relative to b".  Nothing here formats or translates:
the ``text`` layer words the deltas, :func:`careerdata.io.to_jsonable` serialises them.
:func:`rank` orders roles by a field and :func:`similar` finds the roles most like one.

>>> from careerdata.model import Money, Pay, Role
>>> manager = Role(title="Customer Service Manager", pay=Pay(yearly=Money(61487)))
>>> supervisor = Role(title="Customer Care Supervisor", pay=Pay(yearly=Money(42702)))
>>> delta = compare(manager, supervisor).yearly_pay
>>> delta.difference, delta.direction, delta.presence
(Decimal('18785'), <Direction.HIGHER: 'higher'>, <Presence.BOTH: 'both'>)

Conventions: a value missing on either side gives a delta whose ``presence`` says so and whose
derived figures are ``None``, never ``0``; distances and overlaps are floats in [0, 1] and
symmetric; ``compare(b, a) == compare(a, b).mirror()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careerdata.compare._band import BandDelta
from careerdata.compare._base import Bound, Direction, Presence, Unit
from careerdata.compare._comparison import DELTA_FIELDS, Comparison, compare
from careerdata.compare._distribution import CategoryDifference, DistributionDelta
from careerdata.compare._money import Exchange, MoneyDelta
from careerdata.compare._skills import OverlapMeasure, SkillsDelta
from careerdata.compare._values import CategoryDelta, NumberDelta, RangeDelta

if TYPE_CHECKING:
    from careerdata.compare._ranking import RANK_KEYS, SIMILARITY_WEIGHTS, Match, rank, similar

__all__ = [
    "DELTA_FIELDS",
    "RANK_KEYS",
    "SIMILARITY_WEIGHTS",
    "BandDelta",
    "Bound",
    "CategoryDelta",
    "CategoryDifference",
    "Comparison",
    "Direction",
    "DistributionDelta",
    "Exchange",
    "Match",
    "MoneyDelta",
    "NumberDelta",
    "OverlapMeasure",
    "Presence",
    "RangeDelta",
    "SkillsDelta",
    "Unit",
    "compare",
    "rank",
    "similar",
]

# Imported on first use: comparing two roles needs no ranking.
_RANKING = frozenset({"RANK_KEYS", "SIMILARITY_WEIGHTS", "Match", "rank", "similar"})


def __getattr__(name: str) -> Any:
    if name not in _RANKING:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from careerdata.compare import _ranking  # noqa: PLC0415

    value = getattr(_ranking, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_RANKING})
