"""Which pairs batch generation writes.

Every ordered pair, one role against the others, each role's most similar roles, or the pairs
a caller lists.  A site rarely wants every ordered pair of a large dataset (830 BLS roles make
688,070 pairs); it starts with the pages people look for: one role against the rest, or each
role against the few most like it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

import attrs

from careerdata._repr import fields_repr
from careerdata.errors import RoleNotFoundError, ValidationError
from careerdata.model import Role

__all__ = ["Selection", "every_pair", "most_similar", "one_against_all"]

_Kind = Literal["every", "one", "similar"]


@attrs.frozen
class Selection:
    """A rule that picks ordered pairs ``(a, b)`` of a dataset's roles, for ``pairs(select=...)``.

    Make one with :func:`every_pair`, :func:`one_against_all` or :func:`most_similar`; a plain
    list of pairs of role names serves too.  :meth:`count` says how many pairs a dataset gives
    before any page is written.
    """

    __repr__ = fields_repr

    kind: _Kind
    role: str | None = None
    both_ways: bool = False
    k: int = 0

    def count(self, roles: Sequence[Role]) -> int:
        """How many ordered pairs this selection picks from ``roles``."""
        picked = index_pairs(self, roles)
        return len(roles) * (len(roles) - 1) if picked is None else len(picked)


def every_pair() -> Selection:
    """Every ordered pair ``(a, b)``, ``a != b``: ``a`` then ``b`` in dataset order (the default).

    ``n`` roles give ``n * (n - 1)`` pairs: 30 for the 6 seed roles, 688,070 for the 830 BLS
    occupations.

    >>> from careerdata import load_dataset
    >>> every_pair().count(list(load_dataset("customer-service").values()))
    30
    """
    return Selection("every")


def one_against_all(role: str, *, both_ways: bool = False) -> Selection:
    """``role`` against every other role: ``(role, other)`` for each other role in dataset order.

    ``role`` is found as :meth:`careerdata.Dataset.find` finds it (slug, title, alias or SOC
    code).  With ``both_ways`` each pair is followed by its mirror ``(other, role)``.

    >>> from careerdata import load_dataset
    >>> roles = list(load_dataset("bls-oews-2025").values())
    >>> one_against_all("Software Developer").count(roles)
    829
    """
    if not isinstance(role, str):
        raise ValidationError.at("role", f"expected a role's slug, title or code; got {role!r}")
    if not isinstance(both_ways, bool):
        raise ValidationError.at("both_ways", f"expected True or False; got {both_ways!r}")
    return Selection("one", role=role, both_ways=both_ways)


def most_similar(k: int = 5) -> Selection:
    """Each role against its ``k`` most similar roles (:func:`careerdata.similar`).

    Roles come in dataset order, each with its matches most similar first; a role sharing no
    figure with any other gets no pair.

    >>> from careerdata import load_dataset
    >>> most_similar(3).count(list(load_dataset("customer-service").values()))
    18
    """
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValidationError.at("k", f"expected a whole number of roles, 1 or more; got {k!r}")
    return Selection("similar", k=k)


def index_pairs(
    select: Selection | Iterable[Sequence[str]], roles: Sequence[Role]
) -> tuple[tuple[int, int], ...] | None:
    """The pairs ``select`` picks as positions in ``roles``; ``None`` means every ordered pair.

    Raises :class:`~careerdata.errors.ValidationError` at ``select[i]`` for a malformed pair and
    :class:`~careerdata.errors.RoleNotFoundError` for a name that matches no role.
    """
    if isinstance(select, Selection):
        if select.kind == "every":
            return None
        if select.kind == "one":
            return _one_against_all(select, roles)
        return _most_similar(select.k, roles)
    if isinstance(select, (str, bytes)) or not isinstance(select, Iterable):
        raise ValidationError.at(
            "select",
            "expected a Selection (every_pair(), one_against_all(), most_similar()) or a list "
            f"of pairs of role names; got {type(select).__name__}",
        )
    return _listed(select, roles)


class _Finder:
    """Find roles by any name, as a dataset does, and give their positions."""

    def __init__(self, roles: Sequence[Role]) -> None:
        from careerdata.datasets import Dataset  # noqa: PLC0415 - keeps `import` cheap

        self._dataset = Dataset.from_roles(roles)
        self._positions = {id(role): index for index, role in enumerate(roles)}

    def position(self, name: str) -> int:
        return self._positions[id(self._dataset.find(name))]


def _one_against_all(select: Selection, roles: Sequence[Role]) -> tuple[tuple[int, int], ...]:
    assert select.role is not None  # noqa: S101 - one_against_all always sets it
    me = _Finder(roles).position(select.role)
    picked: list[tuple[int, int]] = []
    for other in range(len(roles)):
        if other == me:
            continue
        picked.append((me, other))
        if select.both_ways:
            picked.append((other, me))
    return tuple(picked)


def _most_similar(k: int, roles: Sequence[Role]) -> tuple[tuple[int, int], ...]:
    from careerdata.compare import similar  # noqa: PLC0415 - keeps `import` cheap

    positions = {id(role): index for index, role in enumerate(roles)}
    picked: list[tuple[int, int]] = []
    for index, role in enumerate(roles):
        picked.extend((index, positions[id(match.role)]) for match in similar(role, roles, k))
    return tuple(picked)


def _listed(select: Iterable[Sequence[str]], roles: Sequence[Role]) -> tuple[tuple[int, int], ...]:
    finder: _Finder | None = None
    picked: list[tuple[int, int]] = []
    for index, pair in enumerate(select):
        path = f"select[{index}]"
        if isinstance(pair, (str, bytes)) or not isinstance(pair, Sequence) or len(pair) != 2:
            raise ValidationError.at(path, f"expected a pair of role names (a, b); got {pair!r}")
        for side, name in enumerate(pair):
            if not isinstance(name, str):
                raise ValidationError.at(f"{path}[{side}]", f"expected a role name; got {name!r}")
        finder = finder or _Finder(roles)
        try:
            a, b = finder.position(pair[0]), finder.position(pair[1])
        except RoleNotFoundError as error:
            raise ValidationError.at(path, str(error)) from None
        if a == b:
            raise ValidationError.at(path, f"both names are the role {roles[a].slug!r}")
        picked.append((a, b))
    return tuple(picked)
