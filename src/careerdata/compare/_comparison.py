"""The comparison of two roles: one delta per field of the model."""

from __future__ import annotations

from typing import Any

import attrs

from careerdata.compare._base import Direction, Unit
from careerdata.compare._distribution import DistributionDelta, distribution_delta
from careerdata.compare._money import BandDelta, MoneyDelta, band_delta, money_delta
from careerdata.compare._profile import Profile, profile
from careerdata.compare._skills import SkillsDelta, skills_delta
from careerdata.compare._values import (
    _NO_NUMBERS,
    CategoryDelta,
    NumberDelta,
    RangeDelta,
    category_delta,
    number_delta,
)
from careerdata.model import Role

__all__ = ["Comparison", "compare"]


@attrs.frozen
class Comparison:
    """Role ``a`` compared with role ``b``, field by field: pure data, no wording.

    Every delta holds both values, their ``presence`` and what follows from them, always as
    "a relative to b".  A value missing on either side is never taken as ``0``: the delta says
    which side lacks it.  :meth:`mirror` gives ``compare(b, a)`` without recomputing, and
    :func:`careerdata.io.to_jsonable` turns a comparison into JSON-ready data.

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
    >>> comparison.higher_paid.title
    'Customer Service Manager'
    >>> comparison.differences()
    ('yearly_pay', 'growth_rate')
    """

    a: Role
    b: Role
    yearly_pay: MoneyDelta
    hourly_pay: MoneyDelta
    salary_band: BandDelta
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
    city: CategoryDelta
    state: CategoryDelta
    company: CategoryDelta
    industry: CategoryDelta
    skills: SkillsDelta

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

    def differences(self) -> tuple[str, ...]:
        """The names of the fields whose values differ (one missing counts), in field order."""
        return tuple(name for name in DELTA_FIELDS if self._delta(name).differs)

    def mirror(self) -> Comparison:
        """``compare(b, a)``, built from this comparison without recomputing distances."""
        return Comparison(self.b, self.a, *(self._delta(name).mirror() for name in DELTA_FIELDS))

    def _delta(self, name: str) -> Any:
        return getattr(self, name)


#: The names of the delta fields of :class:`Comparison`, in order (every field but ``a``, ``b``).
DELTA_FIELDS: tuple[str, ...] = tuple(
    field.name for field in attrs.fields(Comparison) if field.name not in {"a", "b"}
)


def compare(a: Role, b: Role) -> Comparison:
    """Compare role ``a`` with role ``b``: pure and deterministic.

    Per-role work is cached for as long as a role lives, so comparing many pairs of the same
    roles does it once per role.  Raises :class:`TypeError` when either argument is not a
    :class:`~careerdata.model.Role` (a programming error), and
    :class:`~careerdata.errors.CurrencyMismatchError` when two amounts to compare are in
    different currencies (path ``pay.yearly``, ``pay.hourly`` or ``pay.range``).
    """
    for side, role in (("a", a), ("b", b)):
        if not isinstance(role, Role):
            raise TypeError(f"compare() takes two Role objects; {side} is {type(role).__name__}")
    return _compare_profiles(a, b, profile(a), profile(b))


_SHARE, _COUNT, _YEARS, _SCORE = Unit.SHARE, Unit.COUNT, Unit.YEARS, Unit.SCORE
_NO_SHARE, _NO_COUNT = _NO_NUMBERS[_SHARE], _NO_NUMBERS[_COUNT]
_NO_YEARS, _NO_SCORE = _NO_NUMBERS[_YEARS], _NO_NUMBERS[_SCORE]


def _compare_profiles(a: Role, b: Role, pa: Profile, pb: Profile) -> Comparison:
    number, category = number_delta, category_delta
    # Positional, in field order (see DELTA_FIELDS).
    return Comparison(
        a,
        b,
        money_delta(pa.yearly_amount, pb.yearly_amount, "pay.yearly"),
        money_delta(pa.hourly_amount, pb.hourly_amount, "pay.hourly"),
        band_delta(pa.band, pb.band, "pay.range"),
        number(pa.growth_rate, pb.growth_rate, _SHARE, _NO_SHARE),
        number(pa.jobs, pb.jobs, _COUNT, _NO_COUNT),
        number(pa.satisfaction, pb.satisfaction, _SCORE, _NO_SCORE),
        number(pa.experience_years, pb.experience_years, _YEARS, _NO_YEARS),
        RangeDelta.between(pa.time_to_become, pb.time_to_become),
        category(pa.degree, pb.degree),
        number(pa.degree_share, pb.degree_share, _SHARE, _NO_SHARE),
        category(pa.major, pb.major),
        category(pa.college, pb.college),
        number(pa.average_age, pb.average_age, _YEARS, _NO_YEARS),
        distribution_delta(pa.gender, pb.gender),
        distribution_delta(pa.race, pb.race),
        number(pa.lgbt_share, pb.lgbt_share, _SHARE, _NO_SHARE),
        category(pa.city, pb.city),
        category(pa.state, pb.state),
        category(pa.company, pb.company),
        category(pa.industry, pb.industry),
        skills_delta(pa.skills, pb.skills),
    )
