"""What compare needs of one role, extracted once and cached for as long as the role lives.

Comparing every pair of a dataset meets each role hundreds of times; the per-role work (case
folding names, indexing skills and categories, rescaling shares, converting amounts) is done on
first use only.  What is extracted, and how each value is prepared, follows the registry of
figures (:data:`careerdata.figures.FIGURES`): every compared figure, prepared for its kind of
delta.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from careerdata._cache import IdentityCache
from careerdata._repr import fields_repr
from careerdata.compare._band import Band
from careerdata.compare._distribution import Shares
from careerdata.compare._money import Amount
from careerdata.compare._skills import SkillSet
from careerdata.figures import FIGURES, Delta, Figure
from careerdata.model import Distribution, Role

__all__ = ["COMPARED", "INDEX", "Profile", "profile"]

#: The figures comparisons give a delta, in registry order: the order of ``Profile.values``.
COMPARED: tuple[Figure, ...] = tuple(figure for figure in FIGURES if figure.delta is not None)
#: The place of each compared figure's value in ``Profile.values``.
INDEX: Mapping[str, int] = types.MappingProxyType(
    {figure.name: index for index, figure in enumerate(COMPARED)}
)


def _shares(distribution: Distribution | None) -> Shares | None:
    return None if distribution is None else Shares.of(distribution)


def _as_is(value: object) -> object:
    return value


# How a value of each kind of delta is prepared once per role.
_PREPARE: dict[Delta, Callable[[Any], object]] = {
    Delta.MONEY: Amount.of,
    Delta.BAND: Band.of,
    Delta.NUMBER: _as_is,
    Delta.RANGE: _as_is,
    Delta.CATEGORY: _as_is,
    Delta.DISTRIBUTION: _shares,
    Delta.SKILLS: SkillSet.of,
}
_READERS: tuple[tuple[Callable[[Role], Any], Callable[[Any], object]], ...] = tuple(
    (figure.read, _PREPARE[figure.delta]) for figure in COMPARED if figure.delta is not None
)


@attrs.frozen
class Profile:
    """The values of one role that comparisons read: one per compared figure, ``None`` if missing.

    ``values`` follows :data:`COMPARED`; money is an :class:`Amount`, a band a :class:`Band`,
    a distribution :class:`Shares` and skills a :class:`SkillSet`, prepared once.
    """

    __repr__ = fields_repr

    values: tuple[Any, ...]

    @classmethod
    def of(cls, role: Role) -> Profile:
        """Extract the values of ``role``."""
        return cls(tuple(prepare(read(role)) for read, prepare in _READERS))

    def get(self, name: str) -> Any:
        """The prepared value of the compared figure ``name``."""
        return self.values[INDEX[name]]


# Unbounded: an entry lives as long as its role, and a profile never refers to its role, so
# the cache keeps no role alive.
_PROFILES: IdentityCache[Profile] = IdentityCache()
_cached = _PROFILES.get


def profile(role: Role) -> Profile:
    """The cached :class:`Profile` of ``role``, extracted on first use."""
    found = _cached(role)
    return found if found is not None else _PROFILES.put(role, Profile.of(role))
