"""Roles from a release: one :class:`~careerdata.model.Role` per detailed occupation."""

from __future__ import annotations

from collections.abc import Mapping

from careerdata.errors import Problem, ValidationError
from careerdata.model import (
    Money,
    Outlook,
    Pay,
    PayLeader,
    PayLeaders,
    Percentiles,
    Provenance,
    Role,
    SalaryBand,
)
from careerdata.sources.bls._leaders import Rivals, leader, rivals
from careerdata.sources.bls._release import Occupation, Release
from careerdata.sources.bls._series import (
    ANNUAL_MEAN,
    ANNUAL_PERCENTILES,
    CROSS_INDUSTRY,
    EMPLOYMENT,
    HOURLY_MEAN,
    HOURLY_PERCENTILES,
    NATIONAL,
    cell,
)
from careerdata.sources.bls._titles import RoleName, name_role
from careerdata.sources.bls._values import Estimate


def occupation_roles(
    release: Release,
    *,
    names: Mapping[str, RoleName] | None = None,
    source: Provenance | None = None,
) -> tuple[Role, ...]:
    """One role per detailed occupation of ``release``, in SOC order.

    ``names`` maps SOC codes (``21-2011``) to reviewed :class:`RoleName` overrides; other
    titles are named by :func:`name_role`.  ``source`` is set on every role when given (a
    dataset usually carries it once instead).  Raises
    :class:`~careerdata.errors.ValidationError` naming the occupation whose figures do not
    make a valid role, or whose title needs an override.
    """
    overrides = names or {}
    candidates = rivals(release)
    return tuple(
        _checked_role(release, occupation, overrides.get(occupation.soc_code), candidates, source)
        for occupation in release.detailed()
    )


def _checked_role(
    release: Release,
    occupation: Occupation,
    override: RoleName | None,
    candidates: tuple[Rivals, Rivals, Rivals],
    source: Provenance | None,
) -> Role:
    """Build one role; any problem is reported against the occupation's SOC code."""
    try:
        name = name_role(occupation.title, override)
        return _role(release, occupation, name, candidates, source)
    except ValueError as error:
        problems = getattr(error, "problems", None) or [Problem("", str(error))]
        where = f"occupation {occupation.soc_code}"
        raise ValidationError([problem.prefixed(where) for problem in problems]) from None


def _role(
    release: Release,
    occupation: Occupation,
    name: RoleName,
    candidates: tuple[Rivals, Rivals, Rivals],
    source: Provenance | None,
) -> Role:
    national = release.estimates[cell("N", NATIONAL, CROSS_INDUSTRY, occupation.code)]
    jobs = national.get(EMPLOYMENT)
    aliases = [occupation.title] if occupation.title.casefold() != name.title.casefold() else []
    basis = ANNUAL_MEAN if national.get(ANNUAL_MEAN) is not None else HOURLY_MEAN
    leaders = [leader(release, group, occupation.code, basis) for group in candidates]
    return Role(
        title=name.title,
        soc_code=occupation.soc_code,
        aliases=aliases,
        plural=name.plural,
        article=name.article,
        pay=_pay(national, leaders),
        outlook=Outlook(jobs=int(jobs.amount)) if jobs is not None else None,
        source=source,
    )


def _money(figures: Mapping[str, Estimate | None], datatype: str) -> Money | None:
    figure = figures.get(datatype)
    return figure.money() if figure is not None else None


def _percentiles(
    figures: Mapping[str, Estimate | None], datatypes: tuple[str, ...]
) -> Percentiles | None:
    values = [_money(figures, datatype) for datatype in datatypes]
    if all(value is None for value in values):
        return None
    return Percentiles(*values)


def _pay(national: Mapping[str, Estimate | None], leaders: list[PayLeader | None]) -> Pay:
    low, high = _money(national, ANNUAL_PERCENTILES[0]), _money(national, ANNUAL_PERCENTILES[-1])
    band = None
    if low is not None and high is not None and not low.at_least:
        band = SalaryBand(low, high)
    city, state, industry = leaders
    named = any(item is not None for item in leaders)
    return Pay(
        yearly=_money(national, ANNUAL_MEAN),
        hourly=_money(national, HOURLY_MEAN),
        range=band,
        yearly_percentiles=_percentiles(national, ANNUAL_PERCENTILES),
        hourly_percentiles=_percentiles(national, HOURLY_PERCENTILES),
        leaders=PayLeaders(city=city, state=state, industry=industry) if named else None,
    )
