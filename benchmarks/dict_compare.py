"""Hand-written baseline for benchmark 3: the numeric differences of two roles into a plain dict.

It computes what :func:`careerdata.compare` computes for every field the model has (differences,
ratios and directions of pay and numbers, band overlap and containment, equality of names,
overlap of ranked skills, distances between distributions), reading the roles directly for every
pair, without validation, caching, top-coding bounds or mirror-safe exact arithmetic: the code a
user would write by hand for one site.  A test is not needed for its values: the benchmark checks
a sample of its differences against ``compare``.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from careerdata.model import Distribution, Role, SalaryBand


def _direction(a: Any, b: Any) -> str:
    return "higher" if a > b else "lower" if a < b else "same"


def _number(out: dict[str, Any], name: str, a: Any, b: Any) -> None:
    if a is None or b is None:
        out[name] = None
        return
    out[name] = {
        "difference": a - b,
        "ratio": a / b if a >= 0 and b > 0 else None,
        "direction": _direction(a, b),
    }


def _band(a: SalaryBand | None, b: SalaryBand | None) -> dict[str, Any] | None:
    if a is None or b is None:
        return None
    low = max(a.low.amount, b.low.amount)
    high = min(a.high.amount, b.high.amount)
    overlap = max(high - low, Decimal(0))
    a_width = a.high.amount - a.low.amount
    b_width = b.high.amount - b.low.amount
    return {
        "overlap": overlap,
        "a_share": float(overlap / a_width) if a_width else None,
        "b_share": float(overlap / b_width) if b_width else None,
        "width_direction": _direction(a_width, b_width),
        "a_contains_b": a.low.amount <= b.low.amount and a.high.amount >= b.high.amount,
        "b_contains_a": b.low.amount <= a.low.amount and b.high.amount >= a.high.amount,
    }


def _same(a: str | None, b: str | None) -> bool | None:
    return None if a is None or b is None else a.casefold() == b.casefold()


def _distribution(a: Distribution | None, b: Distribution | None) -> dict[str, Any] | None:
    if a is None or b is None:
        return None
    p = {item.category.casefold(): item.share for item in a.shares}
    q = {item.category.casefold(): item.share for item in b.shares}
    keys = p.keys() | q.keys()
    differences = {key: p.get(key, 0.0) - q.get(key, 0.0) for key in keys}
    variation = 0.5 * sum(abs(value) for value in differences.values())
    divergence = 0.0
    for key in keys:
        x, y = p.get(key, 0.0), q.get(key, 0.0)
        middle = (x + y) / 2
        if x > 0:
            divergence += 0.5 * x * math.log2(x / middle)
        if y > 0:
            divergence += 0.5 * y * math.log2(y / middle)
    return {
        "differences": differences,
        "total_variation": variation,
        "jensen_shannon": math.sqrt(max(divergence, 0.0)),
    }


def _skills(a: Role, b: Role) -> dict[str, Any] | None:
    if not (a.skills and b.skills):
        return None
    p = {skill.name.casefold(): skill.weight or 0.0 for skill in a.skills}
    q = {skill.name.casefold(): skill.weight or 0.0 for skill in b.skills}
    shared = [key for key in p if key in q]
    larger = sum(max(p.get(k, 0.0), q.get(k, 0.0)) for k in p.keys() | q.keys())
    smaller = sum(min(p.get(k, 0.0), q.get(k, 0.0)) for k in p.keys() | q.keys())
    return {
        "shared": shared,
        "weight_differences": [p[key] - q[key] for key in shared],
        "overlap": smaller / larger if larger else len(shared) / len(p.keys() | q.keys()),
    }


def _leader(role: Role, name: str) -> str | None:
    leaders = role.pay.leaders if role.pay else None
    leader = getattr(leaders, name) if leaders else None
    return leader.name if leader else None


def compare(a: Role, b: Role) -> dict[str, Any]:
    """The numeric differences of ``a`` and ``b`` (``a`` relative to ``b``) in a plain dict."""
    out: dict[str, Any] = {}
    pa, pb = a.pay, b.pay
    for name in ("yearly", "hourly"):
        ma = getattr(pa, name) if pa else None
        mb = getattr(pb, name) if pb else None
        _number(out, name, ma and ma.amount, mb and mb.amount)
    out["band"] = _band(pa and pa.range, pb and pb.range)
    oa, ob = a.outlook, b.outlook
    _number(out, "growth_rate", oa and oa.growth_rate, ob and ob.growth_rate)
    _number(out, "jobs", oa and oa.jobs, ob and ob.jobs)
    ca, cb = a.career, b.career
    _number(out, "satisfaction", ca and ca.satisfaction, cb and cb.satisfaction)
    _number(out, "experience", ca and ca.experience_years, cb and cb.experience_years)
    ta, tb = ca and ca.time_to_become, cb and cb.time_to_become
    out["time_to_become_same"] = None if ta is None or tb is None else ta == tb
    ea, eb = a.education, b.education
    out["degree_same"] = _same(ea and ea.degree, eb and eb.degree)
    _number(out, "degree_share", ea and ea.degree_share, eb and eb.degree_share)
    out["major_same"] = _same(ea and ea.major, eb and eb.major)
    out["college_same"] = _same(ea and ea.college, eb and eb.college)
    da, db = a.demographics, b.demographics
    _number(out, "average_age", da and da.average_age, db and db.average_age)
    out["gender"] = _distribution(da and da.gender, db and db.gender)
    out["race"] = _distribution(da and da.race, db and db.race)
    _number(out, "lgbt_share", da and da.lgbt_share, db and db.lgbt_share)
    for name in ("city", "state", "company", "industry"):
        out[name + "_same"] = _same(_leader(a, name), _leader(b, name))
    out["skills"] = _skills(a, b)
    return out
