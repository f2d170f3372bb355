"""Beyond two roles: order roles by a field, and find the roles most like one."""

from __future__ import annotations

import math
import types
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from careerdata._repr import fields_repr
from careerdata.compare._money import Amount, check_currencies
from careerdata.compare._profile import Profile, profile
from careerdata.compare._skills import overlap
from careerdata.errors import ArgumentError, CurrencyMismatchError, ValidationError
from careerdata.figures import FIGURE, FIGURES, Figure
from careerdata.model import Money, Role

__all__ = ["RANK_KEYS", "SIMILARITY_WEIGHTS", "Match", "rank", "similar"]

# Rank key -> its figure, in the order the registry gives the rank keys.
_RANKED: dict[str, Figure] = {
    figure.name: figure
    for figure in sorted((f for f in FIGURES if f.rank is not None), key=lambda f: f.rank or 0)
}
#: The fields :func:`rank` orders by: mean yearly and hourly pay, growth rate, number of jobs,
#: job satisfaction, years of experience, average age, LGBT share and the most common
#: degree's share (the figures of :data:`careerdata.figures.FIGURES` with a ``rank``).
RANK_KEYS: tuple[str, ...] = tuple(_RANKED)

#: The weight of each component of :func:`similar`'s score, before renormalising over the
#: components both roles have.
SIMILARITY_WEIGHTS: Mapping[str, float] = types.MappingProxyType(
    {"skills": 0.5, "pay": 0.3, "education": 0.2}
)


def _roles(roles: Iterable[Role] | Mapping[str, Role]) -> list[Role]:
    """The roles as a list; a mapping (such as a dataset) gives its values."""
    given: object = roles  # checked: callers do not always pass what they say
    if isinstance(given, (str, bytes)) or not isinstance(given, (Iterable, Mapping)):
        raise ArgumentError.of("roles", "a list or mapping of roles", given)
    items = list(roles.values() if isinstance(roles, Mapping) else roles)
    for index, role in enumerate(items):
        if not isinstance(role, Role):
            raise ArgumentError.of(f"roles[{index}]", "a Role", role)
    return items


def _tie_break(role: Role) -> tuple[str, str, str]:
    return role.title.casefold(), role.title, role.slug


def _value(extracted: Profile, name: str) -> Any:
    """The value of the figure ``name`` to rank by: money as :class:`Money`, numbers as they are."""
    value = extracted.get(name)
    return value.money if isinstance(value, Amount) else value


def _check_one_currency(values: list[Any], figure: Figure) -> None:
    """Raise ``CurrencyMismatchError`` at the first role whose amount differs in currency."""
    first: tuple[int, str] | None = None
    for index, amount in enumerate(values):
        if not isinstance(amount, Money):
            continue
        if first is None:
            first = (index, amount.currency)
            continue
        try:
            check_currencies(first[1], amount.currency, f"roles[{index}].{figure.path}")
        except CurrencyMismatchError as error:
            # Name the role that set the currency, so the message says what clashed.
            raise CurrencyMismatchError(
                [
                    attrs.evolve(p, message=f"{p.message} (roles[{first[0]}])")
                    for p in error.problems
                ]
            ) from None


def rank(
    roles: Iterable[Role] | Mapping[str, Role], by: str, *, descending: bool = True
) -> list[Role]:
    """Order ``roles`` by the field ``by`` (one of :data:`RANK_KEYS`), highest first by default.

    Roles missing the value come last; ties (and the roles missing it) are ordered by title,
    then slug, so the order is deterministic.  A top-coded amount ranks at its lower bound, just
    above an exact amount equal to it.  A mapping (such as a dataset) ranks its values.  Raises
    :class:`~careerdata.errors.ValidationError` for an unknown key and
    :class:`~careerdata.errors.CurrencyMismatchError` when ranking pay in several currencies.

    >>> from careerdata.model import Outlook, Role
    >>> roles = [
    ...     Role(title="Clerk", outlook=Outlook(jobs=10)),
    ...     Role(title="Analyst"),
    ...     Role(title="Manager", outlook=Outlook(jobs=30)),
    ... ]
    >>> [role.title for role in rank(roles, by="jobs")]
    ['Manager', 'Clerk', 'Analyst']
    """
    figure = _RANKED.get(by)
    if figure is None:
        raise ValidationError.at(
            "by", f"cannot rank by {by!r}; choose one of: {', '.join(RANK_KEYS)}"
        )
    items = _roles(roles)
    values = [_value(profile(role), by) for role in items]
    _check_one_currency(values, figure)
    sign = -1 if descending else 1

    def key(pair: tuple[Role, Any]) -> tuple[object, ...]:
        value = pair[1]
        if value is None:
            return (1, (), _tie_break(pair[0]))
        numbers = (value.amount, int(value.at_least)) if isinstance(value, Money) else (value,)
        return (0, tuple(sign * number for number in numbers), _tie_break(pair[0]))

    return [role for role, _ in sorted(zip(items, values, strict=True), key=key)]


@attrs.frozen
class Match:
    """A role found by :func:`similar` and its similarity score in [0, 1] (1 most alike)."""

    __repr__ = fields_repr

    role: Role
    score: float


def _pay_closeness(a: Profile, b: Profile, path: str) -> float | None:
    """The smaller pay over the larger, yearly if both have it, else hourly, else ``None``."""
    for name in ("yearly_pay", "hourly_pay"):
        first: Money | None = _value(a, name)
        second: Money | None = _value(b, name)
        if first is None or second is None:
            continue
        check_currencies(first.currency, second.currency, f"{path}.{FIGURE[name].path}")
        low, high = sorted((first.amount, second.amount))
        return 1.0 if high == 0 else float(low / high)
    return None


def _education_agreement(a: Profile, b: Profile) -> float | None:
    """The share of degree and major, among those both roles give, that are the same."""
    pairs = [
        (first.casefold(), second.casefold())
        for first, second in (
            (a.get("degree"), b.get("degree")),
            (a.get("major"), b.get("major")),
        )
        if first is not None and second is not None
    ]
    if not pairs:
        return None
    return sum(1 for first, second in pairs if first == second) / len(pairs)


def similarity(a: Profile, b: Profile, path: str = "") -> float | None:
    """The weighted mean of the components both roles have, or ``None`` when they share none."""
    measured = overlap(a.get("skills"), b.get("skills"))
    components = {
        "skills": None if measured is None else measured[0],
        "pay": _pay_closeness(a, b, path),
        "education": _education_agreement(a, b),
    }
    present = [
        (SIMILARITY_WEIGHTS[name], value) for name, value in components.items() if value is not None
    ]
    if not present:
        return None
    total = math.fsum(weight for weight, _ in present)
    return min(1.0, math.fsum(weight * value for weight, value in present) / total)


def similar(role: Role, roles: Iterable[Role] | Mapping[str, Role], k: int = 5) -> list[Match]:
    """The ``k`` roles most like ``role``, most alike first, each with its score in [0, 1].

    The score is the weighted mean (weights :data:`SIMILARITY_WEIGHTS`, renormalised over the
    components both roles have) of: the skills overlap of
    :class:`~careerdata.compare.SkillsDelta`; pay closeness, the smaller yearly pay over the
    larger (hourly when either lacks yearly; a top-coded amount counts at its bound); and
    education, the share of degree and major (those both give) that are the same.  Roles
    sharing no component with ``role`` are left out rather than scored 0; ``role`` itself
    (and any role equal to it) is left out.  Ties are ordered by title, then slug.  A
    mapping (such as a dataset) searches its values.  Raises
    :class:`~careerdata.errors.CurrencyMismatchError` when pay is in another currency and
    :class:`~careerdata.errors.ValidationError` for a negative ``k``.

    >>> from careerdata.model import Education, Role
    >>> me = Role(title="Clerk", education=Education(degree="Diploma"))
    >>> others = [
    ...     Role(title="Analyst", education=Education(degree="Bachelor's")),
    ...     Role(title="Typist", education=Education(degree="Diploma")),
    ...     Role(title="Pilot"),
    ... ]
    >>> [(match.role.title, match.score) for match in similar(me, others)]
    [('Typist', 1.0), ('Analyst', 0.0)]
    """
    if not isinstance(role, Role):
        raise ArgumentError.of("role", "a Role", role)
    if isinstance(k, bool) or not isinstance(k, int) or k < 0:
        raise ValidationError.at("k", f"expected a whole number of roles, 0 or more; got {k!r}")
    mine = profile(role)
    matches = []
    for index, candidate in enumerate(_roles(roles)):
        if candidate is role or candidate == role:
            continue
        score = similarity(mine, profile(candidate), f"roles[{index}]")
        if score is not None:
            matches.append(Match(candidate, score))
    matches.sort(key=lambda match: (-match.score, _tie_break(match.role)))
    return matches[:k]
