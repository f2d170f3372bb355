"""Deltas of ranked skills: shared and own skills, weight differences and a weighted overlap."""

from __future__ import annotations

import enum
import math

import attrs

from careerdata._repr import fields_repr
from careerdata.compare._base import Presence, difference, negate
from careerdata.model import Skill

__all__ = ["OverlapMeasure", "SkillSet", "SkillsDelta", "overlap", "skills_delta"]


class OverlapMeasure(enum.Enum):
    """Which overlap a :class:`SkillsDelta` reports.

    ``WEIGHTED_JACCARD``: both roles weight their skills; the overlap is the sum over every
    skill of the smaller weight divided by the sum of the larger one (a skill a role lacks
    weighs 0).  ``JACCARD``: a role gives no weights (or every weight is 0); the overlap is the
    number of shared skills divided by the number of distinct skills of both roles.
    """

    WEIGHTED_JACCARD = "weighted_jaccard"
    JACCARD = "jaccard"


@attrs.frozen
class SkillSet:
    """One role's skills prepared for comparison: the skills by case-folded name.

    Built once per role and reused for every pair it is compared in.
    """

    __repr__ = fields_repr

    skills: tuple[Skill, ...]
    #: Case-folded name -> skill, in rank order.
    index: dict[str, Skill] = attrs.field(eq=False, hash=False)
    weighted: bool

    @classmethod
    def of(cls, skills: tuple[Skill, ...]) -> SkillSet:
        """Prepare ``skills`` (all weighted or none, as the model guarantees)."""
        index = {skill.name.casefold(): skill for skill in skills}
        return cls(skills, index, bool(skills) and skills[0].weight is not None)


def overlap(a: SkillSet, b: SkillSet) -> tuple[float, OverlapMeasure] | None:
    """The overlap of two skill sets in [0, 1] and its measure; ``None`` unless both have skills.

    Symmetric to the last bit: ``fsum`` does not depend on the order of the terms.
    """
    if not (a.skills and b.skills):
        return None
    if a.weighted and b.weighted:
        smaller, larger = [], []
        for key in a.index.keys() | b.index.keys():
            first, second = a.index.get(key), b.index.get(key)
            weights = (
                0.0 if first is None else first.weight or 0.0,
                0.0 if second is None else second.weight or 0.0,
            )
            smaller.append(min(weights))
            larger.append(max(weights))
        total = math.fsum(larger)
        if total > 0:
            return math.fsum(smaller) / total, OverlapMeasure.WEIGHTED_JACCARD
    shared = sum(1 for key in a.index if key in b.index)
    return shared / (len(a.index) + len(b.index) - shared), OverlapMeasure.JACCARD


def _weight_differences(a: SkillSet, b: SkillSet, shared: list[str]) -> tuple[float, ...] | None:
    if not (a.weighted and b.weighted):
        return None
    return tuple(
        difference(a.index[key].weight or 0.0, b.index[key].weight or 0.0) for key in shared
    )


@attrs.frozen
class SkillsDelta:
    """Two roles' ranked skills side by side.

    ``a`` and ``b`` are the roles' skills; a role without skills counts as missing in
    ``presence``.  ``shared`` names the skills both roles list, in A's rank order and spelling
    (names match ignoring case); ``only_a`` and ``only_b`` the others, in each role's rank
    order.  ``weight_differences`` holds ``a - b`` for each shared skill, aligned with
    ``shared``, or is ``None`` unless both roles weight their skills.  ``overlap`` is in [0, 1],
    symmetric, ``None`` unless both roles have skills; ``measure`` says how it was computed
    (see :class:`OverlapMeasure`): with weights missing on either side it counts names only.

    >>> delta = SkillsDelta.between(
    ...     (Skill("Customer Satisfaction", 0.06), Skill("Payroll", 0.06)),
    ...     (Skill("Strong Customer Service", 0.15), Skill("customer satisfaction", 0.06)),
    ... )
    >>> delta.shared, delta.only_a, delta.only_b, delta.weight_differences
    (('Customer Satisfaction',), ('Payroll',), ('Strong Customer Service',), (0.0,))
    >>> round(delta.overlap, 3), delta.measure
    (0.222, <OverlapMeasure.WEIGHTED_JACCARD: 'weighted_jaccard'>)
    """

    __repr__ = fields_repr

    a: tuple[Skill, ...]
    b: tuple[Skill, ...]
    presence: Presence
    shared: tuple[str, ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    weight_differences: tuple[float, ...] | None
    overlap: float | None
    measure: OverlapMeasure | None

    @classmethod
    def between(cls, a: tuple[Skill, ...], b: tuple[Skill, ...]) -> SkillsDelta:
        """Compare two roles' skills (either may be empty)."""
        return skills_delta(SkillSet.of(a), SkillSet.of(b))

    @property
    def differs(self) -> bool:
        """Whether the two lists differ in names (ignoring case), order or weights."""
        return [(s.name.casefold(), s.weight) for s in self.a] != [
            (s.name.casefold(), s.weight) for s in self.b
        ]

    def mirror(self) -> SkillsDelta:
        """The same delta seen from the other side, shared skills in B's order and spelling."""
        if self.presence is Presence.NEITHER:
            return self  # nothing to swap
        keys = [name.casefold() for name in self.shared]
        wanted = set(keys)
        in_b_order = [skill for skill in self.b if skill.name.casefold() in wanted]
        changes = None
        if self.weight_differences is not None:
            by_key = dict(zip(keys, self.weight_differences, strict=True))
            changes = tuple(negate(by_key[skill.name.casefold()]) for skill in in_b_order)
        shared = tuple(skill.name for skill in in_b_order)
        return SkillsDelta(
            self.b,
            self.a,
            self.presence.flipped,
            shared,
            self.only_b,
            self.only_a,
            changes,
            self.overlap,
            self.measure,
        )


def skills_delta(a: SkillSet, b: SkillSet) -> SkillsDelta:
    """Compare two prepared skill sets (see :class:`SkillSet`)."""
    if not (a.skills or b.skills):
        return _NO_SKILLS  # immutable, so one object serves every pair
    shared = [key for key in a.index if key in b.index]
    measured = overlap(a, b)
    return SkillsDelta(
        a.skills,
        b.skills,
        Presence.of(a.skills or None, b.skills or None),
        tuple(a.index[key].name for key in shared),
        tuple(skill.name for key, skill in a.index.items() if key not in b.index),
        tuple(skill.name for key, skill in b.index.items() if key not in a.index),
        _weight_differences(a, b, shared),
        None if measured is None else measured[0],
        None if measured is None else measured[1],
    )


_NO_SKILLS = SkillsDelta((), (), Presence.NEITHER, (), (), (), None, None, None)
