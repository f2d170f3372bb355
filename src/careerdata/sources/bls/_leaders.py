"""The highest-paying metropolitan area, state and industry of an occupation in a release."""

from __future__ import annotations

from careerdata.model import PayLeader
from careerdata.sources.bls._release import Release
from careerdata.sources.bls._series import ANNUAL_MEAN, CROSS_INDUSTRY, NATIONAL, cell
from careerdata.sources.bls._values import Estimate

# Candidates for one kind of leader: (name, cell key without the occupation code).
Rivals = list[tuple[str, str]]


def rivals(release: Release) -> tuple[Rivals, Rivals, Rivals]:
    """Metropolitan areas, states and NAICS sectors, in that order (city, state, industry)."""
    areas = sorted(release.areas.values(), key=lambda area: area.code)
    metros = [(a.name, cell("M", a.code, CROSS_INDUSTRY, "")) for a in areas if a.is_metropolitan]
    states = [(a.name, cell("S", a.code, CROSS_INDUSTRY, "")) for a in areas if a.area_type == "S"]
    industries = sorted(release.industries.values(), key=lambda industry: industry.code)
    sectors = [(i.label, cell("N", NATIONAL, i.code, "")) for i in industries if i.is_sector]
    return metros, states, sectors


def leader(release: Release, candidates: Rivals, code: str, datatype: str) -> PayLeader | None:
    """The candidate paying occupation ``code`` most by ``datatype``, if the release says which.

    The yearly figure is kept only when ranked by the annual mean wage.
    """
    figures = []
    for name, prefix in candidates:
        figure = release.estimates.get(prefix + code, {}).get(datatype)
        if figure is not None:
            figures.append((name, figure))
    best = highest(figures)
    if best is None:
        return None
    name, figure = best
    return PayLeader(name, figure.money() if datatype == ANNUAL_MEAN else None)


def highest(figures: list[tuple[str, Estimate]]) -> tuple[str, Estimate] | None:
    """The unique highest figure; a lower bound wins only when it beats every exact figure.

    A top-coded wage is "the top code or more": it may be below an exact figure above the top
    code, and two of them cannot be ordered, so either case names no leader.

    >>> from decimal import Decimal
    >>> highest([("A", Estimate(Decimal(5))), ("B", Estimate(Decimal(7)))])
    ('B', Estimate(amount=Decimal('7'), at_least=False))
    >>> highest([("A", Estimate(Decimal(7))), ("B", Estimate(Decimal(7)))]) is None
    True
    """
    bounds = [item for item in figures if item[1].at_least]
    exact = [item for item in figures if not item[1].at_least]
    if bounds:
        only = bounds[0]
        if len(bounds) == 1 and all(item[1].amount < only[1].amount for item in exact):
            return only
        return None
    if not exact:
        return None
    top = max(item[1].amount for item in exact)
    tied = [item for item in exact if item[1].amount == top]
    return tied[0] if len(tied) == 1 else None
