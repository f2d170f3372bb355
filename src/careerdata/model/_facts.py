"""Facts about a role besides its pay: outlook, career, education, demographics, skills."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from careerdata._repr import fields_repr
from careerdata.errors import _shown
from careerdata.model._common import (
    SHARE_SUM_TOLERANCE,
    _check_sequence,
    _fail,
    _flag,
    _instance_of,
    _optional_float,
    _to_float,
    _tuple,
)
from careerdata.model._constraints import Between, Count, Share, Text, Years


@attrs.frozen
class CategoryShare:
    """One category of a distribution and its share (a fraction in [0, 1]).

    ``unreported`` says that the category counts the people whose category was not reported
    ("Unknown", "Not stated"), a fact of the data: pages show such a category after every
    reported one, whatever its share (:attr:`Distribution.display_order`).
    """

    __repr__ = fields_repr

    category: str = attrs.field(validator=Text())
    share: float = attrs.field(converter=_to_float, validator=Share())
    unreported: bool = attrs.field(default=False, validator=_flag, kw_only=True)


def _category_shares(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _check_sequence(attribute.name, value, CategoryShare)
    if not value:
        raise _fail(attribute.name, "a distribution needs at least one category")
    seen: dict[str, int] = {}
    for index, item in enumerate(value):
        key = item.category.casefold()
        if key in seen:
            raise _fail(
                f"{attribute.name}[{index}]",
                f"category {_shown(item.category)} repeats item {seen[key]}",
            )
        seen[key] = index
    total = math.fsum(item.share for item in value)
    if abs(total - 1) > SHARE_SUM_TOLERANCE:
        raise _fail(
            attribute.name,
            f"shares sum to {total:.4g}, not 1 (allowed rounding: {SHARE_SUM_TOLERANCE})",
        )


@attrs.frozen
class Distribution:
    """Shares of categories (gender, race) in the order given, summing to 1.

    The distribution keeps the categories in the data's order; pages show them in
    :attr:`display_order`, largest share first and an unreported category last.

    >>> gender = Distribution.of({"Male": 0.37, "Female": 0.63})
    >>> gender["Female"]
    0.63
    >>> gender.categories
    ('Male', 'Female')
    """

    __repr__ = fields_repr

    shares: tuple[CategoryShare, ...] = attrs.field(converter=_tuple, validator=_category_shares)

    @classmethod
    def of(cls, shares: dict[str, float], *, unreported: Iterable[str] = ()) -> Distribution:
        """Build a distribution from a ``{category: share}`` mapping, keeping its order.

        ``unreported`` names the categories that count people whose category was not
        reported (see :class:`CategoryShare`).

        >>> race = Distribution.of(
        ...     {"White": 0.6, "Unknown": 0.1, "Asian": 0.3}, unreported=["Unknown"]
        ... )
        >>> [item.category for item in race if item.unreported]
        ['Unknown']
        """
        marked = {name.casefold() for name in unreported}
        missing = marked - {name.casefold() for name in shares}
        if missing:
            raise _fail("unreported", f"names no category of the distribution: {sorted(missing)}")
        return cls(
            tuple(
                CategoryShare(name, share, unreported=name.casefold() in marked)
                for name, share in shares.items()
            )
        )

    @property
    def categories(self) -> tuple[str, ...]:
        """The category names in order."""
        return tuple(item.category for item in self.shares)

    @property
    def display_order(self) -> tuple[CategoryShare, ...]:
        """The shares in the order pages show them: the largest share first, then smaller.

        Equal shares keep the data's order, and a category marked ``unreported`` comes after
        every reported one (several unreported ones likewise largest first), so "Unknown" is
        last even when its share is not the smallest.  Tables, charts and prose in every
        format show each role's categories in this order; the data keeps its own.

        >>> race = Distribution.of(
        ...     {"Black": 0.1, "Unknown": 0.05, "Hispanic": 0.25, "Asian": 0.04, "White": 0.56},
        ...     unreported=["Unknown"],
        ... )
        >>> [item.category for item in race.display_order]
        ['White', 'Hispanic', 'Black', 'Asian', 'Unknown']
        """
        return tuple(sorted(self.shares, key=lambda item: (item.unreported, -item.share)))

    def get(self, category: str, default: float | None = None) -> float | None:
        """The share of ``category`` (matched case-insensitively), or ``default``."""
        key = category.casefold()
        for item in self.shares:
            if item.category.casefold() == key:
                return item.share
        return default

    def __getitem__(self, category: str) -> float:
        share = self.get(category)
        if share is None:
            raise KeyError(category)
        return share

    def __len__(self) -> int:
        return len(self.shares)

    def __iter__(self) -> Iterator[CategoryShare]:
        return iter(self.shares)


# --------------------------------------------------------------------------- other groups


@attrs.frozen
class YearRange:
    """A span of years such as "4-6 years" (``low == high`` for a single figure)."""

    __repr__ = fields_repr

    low: int = attrs.field(validator=Years())
    high: int = attrs.field(validator=Years())

    def __attrs_post_init__(self) -> None:
        if self.low > self.high:
            raise _fail("", f"low {self.low} is above high {self.high}")


@attrs.frozen
class Outlook:
    """Job outlook: the growth rate (a signed fraction) and the number of jobs."""

    __repr__ = fields_repr

    growth_rate: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Between(-1, 10)
    )
    jobs: int | None = attrs.field(default=None, validator=Count())


@attrs.frozen
class Career:
    """Job satisfaction (1-5), typical years of experience and time to become one."""

    __repr__ = fields_repr

    satisfaction: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Between(1, 5)
    )
    experience_years: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Between(0, 80)
    )
    time_to_become: YearRange | None = attrs.field(default=None, validator=_instance_of(YearRange))


@attrs.frozen
class Education:
    """The most common degree (with its share), major and college of people in a role."""

    __repr__ = fields_repr

    degree: str | None = attrs.field(default=None, validator=Text(optional=True))
    degree_share: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Share()
    )
    major: str | None = attrs.field(default=None, validator=Text(optional=True))
    college: str | None = attrs.field(default=None, validator=Text(optional=True))

    def __attrs_post_init__(self) -> None:
        if self.degree_share is not None and self.degree is None:
            raise _fail("degree_share", "a degree share needs the degree it belongs to")


@attrs.frozen
class Demographics:
    """Average age, gender and race distributions and the LGBT share of a role."""

    __repr__ = fields_repr

    average_age: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Between(14, 100)
    )
    gender: Distribution | None = attrs.field(default=None, validator=_instance_of(Distribution))
    race: Distribution | None = attrs.field(default=None, validator=_instance_of(Distribution))
    lgbt_share: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Share()
    )


@attrs.frozen
class Skill:
    """A skill and, when the source gives one, its weight (a fraction in [0, 1])."""

    __repr__ = fields_repr

    name: str = attrs.field(validator=Text())
    weight: float | None = attrs.field(default=None, converter=_optional_float, validator=Share())


def _skills(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _check_sequence(attribute.name, value, Skill)
    seen: dict[str, int] = {}
    for index, skill in enumerate(value):
        key = skill.name.casefold()
        if key in seen:
            raise _fail(
                f"{attribute.name}[{index}]", f"skill {_shown(skill.name)} repeats item {seen[key]}"
            )
        seen[key] = index
    weighted = [skill.weight is not None for skill in value]
    if any(weighted) and not all(weighted):
        index = weighted.index(False)
        raise _fail(
            f"{attribute.name}[{index}].weight",
            "give a weight for every skill or for none",
        )
    total = math.fsum(skill.weight or 0.0 for skill in value)
    if total > 1 + SHARE_SUM_TOLERANCE:
        raise _fail(attribute.name, f"weights sum to {total:.4g}, more than 1")
