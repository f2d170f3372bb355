"""What compare needs of one role, extracted once and cached for as long as the role lives.

Comparing every pair of a dataset meets each role hundreds of times; the per-role work (case
folding names, indexing skills and categories, rescaling shares, converting amounts) is done on
first use only.
"""

from __future__ import annotations

import functools
import weakref

import attrs

from careerdata.compare._distribution import Shares
from careerdata.compare._money import Amount, Band
from careerdata.compare._skills import SkillSet
from careerdata.model import Distribution, Money, PayLeader, Role, YearRange

__all__ = ["Profile", "profile"]


def _name(leader: PayLeader | None) -> str | None:
    return None if leader is None else leader.name


def _shares(distribution: Distribution | None) -> Shares | None:
    return None if distribution is None else Shares.of(distribution)


_NO_SKILLS = SkillSet.of(())


@attrs.frozen
class Profile:
    """The values of one role that comparisons read, each ``None`` when missing."""

    yearly: Money | None = None
    hourly: Money | None = None
    yearly_amount: Amount | None = None
    hourly_amount: Amount | None = None
    band: Band | None = None
    growth_rate: float | None = None
    jobs: int | None = None
    satisfaction: float | None = None
    experience_years: float | None = None
    time_to_become: YearRange | None = None
    degree: str | None = None
    degree_share: float | None = None
    major: str | None = None
    college: str | None = None
    average_age: float | None = None
    lgbt_share: float | None = None
    gender: Shares | None = None
    race: Shares | None = None
    city: str | None = None
    state: str | None = None
    company: str | None = None
    industry: str | None = None
    skills: SkillSet = attrs.field(factory=lambda: _NO_SKILLS)

    @classmethod
    def of(cls, role: Role) -> Profile:
        """Extract the values of ``role``."""
        values: dict[str, object] = {"skills": SkillSet.of(role.skills)}
        if role.pay is not None:
            pay = role.pay
            values.update(
                yearly=pay.yearly,
                hourly=pay.hourly,
                yearly_amount=Amount.of(pay.yearly),
                hourly_amount=Amount.of(pay.hourly),
                band=Band.of(pay.range),
            )
            if pay.leaders is not None:
                leaders = pay.leaders
                values.update(
                    city=_name(leaders.city),
                    state=_name(leaders.state),
                    company=_name(leaders.company),
                    industry=_name(leaders.industry),
                )
        if role.outlook is not None:
            values.update(growth_rate=role.outlook.growth_rate, jobs=role.outlook.jobs)
        if role.career is not None:
            career = role.career
            values.update(
                satisfaction=career.satisfaction,
                experience_years=career.experience_years,
                time_to_become=career.time_to_become,
            )
        if role.education is not None:
            education = role.education
            values.update(
                degree=education.degree,
                degree_share=education.degree_share,
                major=education.major,
                college=education.college,
            )
        if role.demographics is not None:
            people = role.demographics
            values.update(
                average_age=people.average_age,
                lgbt_share=people.lgbt_share,
                gender=_shares(people.gender),
                race=_shares(people.race),
            )
        return cls(**values)  # type: ignore[arg-type]


# Keyed by id(role): hashing a role would walk all its fields on every lookup.  Each entry
# holds a weak reference whose callback drops the entry when the role is collected; profiles
# never refer to their role, so the cache keeps no role alive.  Single dict operations are
# atomic, so threads need no lock: at worst two compute the same profile.
_PROFILES: dict[int, tuple[weakref.ref[Role], Profile]] = {}


def _forget(key: int, ref: weakref.ref[Role]) -> None:
    entry = _PROFILES.get(key)
    if entry is not None and entry[0] is ref:
        _PROFILES.pop(key, None)


def profile(role: Role) -> Profile:
    """The cached :class:`Profile` of ``role``, extracted on first use."""
    key = id(role)
    entry = _PROFILES.get(key)
    if entry is not None and entry[0]() is role:
        return entry[1]
    extracted = Profile.of(role)
    ref = weakref.ref(role, functools.partial(_forget, key))
    _PROFILES[key] = (ref, extracted)
    return extracted
