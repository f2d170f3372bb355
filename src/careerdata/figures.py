"""The figures of a role, each described once: where the model holds it and how it is used.

:data:`FIGURES` is the one list of what the library knows about each figure: its path in the
model, the kind of delta and unit :func:`~careerdata.compare.compare` gives it, its label, the
page tables and rows it fills, whether :func:`~careerdata.compare.rank` orders by it, and its
columns in :func:`~careerdata.interop.role_record`.  The comparison's profiles, the rank keys,
the page rows and the flat columns are all derived from it, so a new figure is a model field,
one entry here and its translated labels.

This module sits beside the model and imports nothing else of the library: ``compare``,
``text`` and ``interop`` read it, never the other way round.  Labels are English, marked for
extraction with :func:`N_` and translated by the ``text`` layer.

>>> yearly = FIGURE["yearly_pay"]
>>> yearly.path, yearly.delta, yearly.label
('pay.yearly', <Delta.MONEY: 'money'>, 'Yearly salary')
>>> from careerdata.model import Money, Pay, Role
>>> yearly.read(Role(title="Clerk", pay=Pay(yearly=Money(30000))))
Money(amount=Decimal('30000'), currency='USD', at_least=False)
>>> yearly.read(Role(title="Clerk")) is None
True
"""

from __future__ import annotations

import enum
import types
from collections.abc import Mapping
from typing import Any

import attrs

from careerdata._repr import fields_repr

__all__ = [
    "FIGURE",
    "FIGURES",
    "N_",
    "Column",
    "Delta",
    "Figure",
    "Row",
    "Table",
    "Unit",
]


def N_(message: str) -> str:  # noqa: N802 - the name gettext's tools know
    """Mark ``message`` for translation and return it unchanged (translated later, in text)."""
    return message


class Unit(enum.Enum):
    """What the numbers of a :class:`~careerdata.compare.NumberDelta` measure.

    ``SHARE``: fractions (``0.06`` is 6 %, growth rates may be negative); the difference is a
    fraction too and reads in percentage points: ``0.06 - (-0.04) = 0.10`` is 10 percentage
    points.  ``COUNT``: whole numbers (jobs).  ``YEARS``: years (experience, age).  ``SCORE``:
    a rating on the 1-5 job satisfaction scale.
    """

    SHARE = "share"
    COUNT = "count"
    YEARS = "years"
    SCORE = "score"


class Delta(enum.Enum):
    """The kind of delta :func:`~careerdata.compare.compare` gives a figure.

    ``MONEY``: :class:`~careerdata.compare.MoneyDelta`; ``BAND``:
    :class:`~careerdata.compare.BandDelta`; ``NUMBER``: :class:`~careerdata.compare.NumberDelta`
    (with the figure's :class:`Unit`); ``RANGE``: :class:`~careerdata.compare.RangeDelta`;
    ``CATEGORY``: :class:`~careerdata.compare.CategoryDelta`; ``DISTRIBUTION``:
    :class:`~careerdata.compare.DistributionDelta`; ``SKILLS``:
    :class:`~careerdata.compare.SkillsDelta`.
    """

    MONEY = "money"
    BAND = "band"
    NUMBER = "number"
    RANGE = "range"
    CATEGORY = "category"
    DISTRIBUTION = "distribution"
    SKILLS = "skills"


class Table(enum.Enum):
    """The tables of the comparison page, in the order the page shows them."""

    OVERVIEW = "overview"
    SALARY = "salary"
    EDUCATION = "education"
    DEMOGRAPHICS = "demographics"


@attrs.frozen
class Row:
    """A row a figure fills in a page table.

    ``position`` orders the rows of one table (lowest first).  ``label`` is the row's label
    when it is not the figure's own; ``cell`` names the role's formatted text to show when it
    is not the figure's name (one figure may fill several rows: the yearly percentiles give
    the median and the 10th to 90th percentile).
    """

    __repr__ = fields_repr

    table: Table
    position: int
    label: str | None = None
    cell: str | None = None


def _steps(entry: Figure | Column) -> tuple[str, ...]:
    return tuple(entry.path.split("."))


def _walk(value: Any, steps: tuple[str, ...]) -> Any:
    for step in steps:
        value = getattr(value, step)
        if value is None:
            return None
    return value


@attrs.frozen
class Column:
    """A column of :func:`~careerdata.interop.role_record` and the model path of its value."""

    __repr__ = fields_repr

    name: str
    path: str
    _steps: tuple[str, ...] = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_steps, takes_self=True)
    )

    def read(self, role: object) -> Any:
        """The value in ``role`` (a :class:`~careerdata.model.Role`); ``None`` when missing."""
        return _walk(role, self._steps)


@attrs.frozen
class Figure:
    """One figure of a role, described once.

    ``name`` is its name everywhere: the field of :class:`~careerdata.compare.Comparison`
    holding its delta, the rank key, the key of its formatted text.  ``path`` is where a
    :class:`~careerdata.model.Role` holds it (``"pay.yearly"``).  ``delta`` is the kind of delta
    comparisons give it (``None``: shown, not compared) and ``unit`` what a ``NUMBER``
    measures.  ``label`` is its English label, marked with :func:`N_` when a page shows it.
    ``rows`` are the page rows it fills; ``rank`` its place among the rank keys (``None``: not a
    rank key); ``columns`` its flat columns, in order.
    """

    __repr__ = fields_repr

    name: str
    path: str
    label: str
    delta: Delta | None = None
    unit: Unit | None = None
    rows: tuple[Row, ...] = ()
    rank: int | None = None
    columns: tuple[Column, ...] = ()
    _steps: tuple[str, ...] = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_steps, takes_self=True)
    )

    def read(self, role: object) -> Any:
        """The value in ``role`` (a :class:`~careerdata.model.Role`); ``None`` when missing."""
        return _walk(role, self._steps)


def _column(path: str) -> Column:
    """The column of ``path``, named after it: ``outlook.jobs`` is ``outlook_jobs``."""
    return Column(path.replace(".", "_"), path)


def _percentiles(basis: str) -> tuple[Column, ...]:
    path = f"pay.{basis}_percentiles"
    return tuple(
        Column(f"pay_{basis}_{name}", f"{path}.{name}")
        for name in ("p10", "p25", "median", "p75", "p90")
    )


def _leader(kind: str, label: str, position: int) -> Figure:
    path = f"pay.leaders.{kind}"
    return Figure(
        kind,
        f"{path}.name",
        label,
        Delta.CATEGORY,
        rows=(Row(Table.SALARY, position),),
        columns=(
            Column(f"pay_leader_{kind}", f"{path}.name"),
            Column(f"pay_leader_{kind}_yearly", f"{path}.yearly"),
        ),
    )


_OVERVIEW, _SALARY = Table.OVERVIEW, Table.SALARY
_EDUCATION, _DEMOGRAPHICS = Table.EDUCATION, Table.DEMOGRAPHICS

#: Every figure, in the order of the model (which is the order of the flat role columns).
FIGURES: tuple[Figure, ...] = (
    Figure(
        "yearly_pay",
        "pay.yearly",
        N_("Yearly salary"),
        Delta.MONEY,
        rows=(Row(_OVERVIEW, 1), Row(_SALARY, 1, N_("Average salary"))),
        rank=0,
        columns=(_column("pay.yearly"),),
    ),
    Figure(
        "hourly_pay",
        "pay.hourly",
        N_("Hourly rate"),
        Delta.MONEY,
        rows=(Row(_OVERVIEW, 2),),
        rank=1,
        columns=(_column("pay.hourly"),),
    ),
    Figure(
        "salary_band",
        "pay.range",
        N_("Salary range"),
        Delta.BAND,
        rows=(Row(_SALARY, 3),),
        columns=(_column("pay.range.low"), _column("pay.range.high")),
    ),
    Figure(
        "yearly_percentiles",
        "pay.yearly_percentiles",
        N_("Median salary"),
        rows=(
            Row(_SALARY, 2, cell="yearly_median"),
            # Translators: the salaries between which the middle 80% of workers are paid.
            Row(_SALARY, 4, N_("10th to 90th percentile"), cell="yearly_spread"),
        ),
        columns=_percentiles("yearly"),
    ),
    Figure(
        "hourly_percentiles",
        "pay.hourly_percentiles",
        N_("Median hourly rate"),
        rows=(Row(_SALARY, 5, cell="hourly_median"),),
        columns=_percentiles("hourly"),
    ),
    _leader("city", N_("Highest paying city"), 6),
    _leader("state", N_("Highest paying state"), 7),
    _leader("company", N_("Best paying company"), 8),
    _leader("industry", N_("Best paying industry"), 9),
    Figure(
        "growth_rate",
        "outlook.growth_rate",
        N_("Growth rate"),
        Delta.NUMBER,
        Unit.SHARE,
        rows=(Row(_OVERVIEW, 3),),
        rank=2,
        columns=(_column("outlook.growth_rate"),),
    ),
    Figure(
        "jobs",
        "outlook.jobs",
        N_("Number of jobs"),
        Delta.NUMBER,
        Unit.COUNT,
        rows=(Row(_OVERVIEW, 4),),
        rank=3,
        columns=(_column("outlook.jobs"),),
    ),
    Figure(
        "satisfaction",
        "career.satisfaction",
        N_("Job satisfaction"),
        Delta.NUMBER,
        Unit.SCORE,
        rows=(Row(_OVERVIEW, 5),),
        rank=4,
        columns=(_column("career.satisfaction"),),
    ),
    Figure(
        "experience_years",
        "career.experience_years",
        N_("Years of experience"),
        Delta.NUMBER,
        Unit.YEARS,
        rows=(Row(_OVERVIEW, 8),),
        rank=5,
        columns=(_column("career.experience_years"),),
    ),
    Figure(
        "time_to_become",
        "career.time_to_become",
        N_("Time to become"),  # in the summary's prose and `careerdata show`, not in a table
        Delta.RANGE,
        columns=(_column("career.time_to_become.low"), _column("career.time_to_become.high")),
    ),
    Figure(
        "degree",
        "education.degree",
        N_("Most common degree"),
        Delta.CATEGORY,
        rows=(Row(_OVERVIEW, 6), Row(_EDUCATION, 1)),
        columns=(_column("education.degree"),),
    ),
    Figure(
        "degree_share",
        "education.degree_share",
        "Most common degree's share",  # shown with the degree, not in a row of its own
        Delta.NUMBER,
        Unit.SHARE,
        rank=8,
        columns=(_column("education.degree_share"),),
    ),
    Figure(
        "major",
        "education.major",
        N_("Most common major"),
        Delta.CATEGORY,
        rows=(Row(_EDUCATION, 2),),
        columns=(_column("education.major"),),
    ),
    Figure(
        "college",
        "education.college",
        N_("Most common college"),
        Delta.CATEGORY,
        rows=(Row(_EDUCATION, 3),),
        columns=(_column("education.college"),),
    ),
    Figure(
        "average_age",
        "demographics.average_age",
        N_("Average age"),
        Delta.NUMBER,
        Unit.YEARS,
        rows=(Row(_OVERVIEW, 7), Row(_DEMOGRAPHICS, 1)),
        rank=6,
        columns=(_column("demographics.average_age"),),
    ),
    Figure(
        "gender",
        "demographics.gender",
        N_("Gender ratio"),
        Delta.DISTRIBUTION,
        rows=(Row(_DEMOGRAPHICS, 2),),
        columns=(_column("demographics.gender"),),
    ),
    Figure(
        "race",
        "demographics.race",
        N_("Race ratio"),
        Delta.DISTRIBUTION,
        rows=(Row(_DEMOGRAPHICS, 3),),
        columns=(_column("demographics.race"),),
    ),
    Figure(
        "lgbt_share",
        "demographics.lgbt_share",
        N_("LGBT percentage"),
        Delta.NUMBER,
        Unit.SHARE,
        rows=(Row(_DEMOGRAPHICS, 4),),
        rank=7,
        columns=(_column("demographics.lgbt_share"),),
    ),
    Figure(
        "skills",
        "skills",
        "Skills",  # a section of its own on the page, not a table row
        Delta.SKILLS,
        columns=(_column("skills"),),
    ),
)

#: Each figure by its name.
FIGURE: Mapping[str, Figure] = types.MappingProxyType({figure.name: figure for figure in FIGURES})
