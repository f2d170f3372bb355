"""Interoperability: schema.org JSON-LD, and flat records for pandas or CSV.

Two ways out of the library for data that other tools read:

* :func:`to_jsonld` describes a role as a schema.org ``Occupation`` node, ready for a
  ``<script type="application/ld+json">`` block or a knowledge graph.
* :func:`role_records` and :func:`comparison_records` flatten roles and comparisons into lists
  of dicts with a fixed, ordered set of columns (:data:`ROLE_COLUMNS`,
  :data:`COMPARISON_COLUMNS`): ``pandas.DataFrame(records)`` reads them as they are, and
  :func:`write_csv` writes them with the standard library's :mod:`csv` module.  pandas is not
  needed by any of this.

Conventions of the flat records:

* A missing value is ``None`` (an empty cell in CSV), never ``0`` or ``""``.
* Money is the exact decimal amount as a string (``"29.56"``), so nothing is lost to binary
  floating point; convert with ``Decimal`` or ``pandas.to_numeric``.  The currency is in its own
  column.  An amount known only as a lower bound (a top-coded wage) keeps its amount, and its
  column name is listed in the JSON array of ``pay_lower_bounds``.
* Shares, rates and distances are fractions as Python floats (``0.46`` means 46 %); counts are
  ints.
* Values that are lists or mappings (aliases, skills, distributions, responsibilities) are one
  JSON text cell each, so every role has the same columns whatever its categories.
* Comparison records name each column after the delta and its part (``yearly_pay_difference``,
  ``gender_total_variation``); directions, bounds and presences are their enum values as text.

>>> from careerdata.model import Money, Pay, Role
>>> role = Role(title="Customer Service Manager", pay=Pay(yearly=Money(61487)))
>>> to_jsonld(role)["estimatedSalary"]  # doctest: +NORMALIZE_WHITESPACE
[{'@type': 'MonetaryAmount', 'currency': 'USD',
  'value': {'@type': 'QuantitativeValue', 'unitText': 'YEAR', 'value': 61487}}]
>>> role_record(role)["pay_yearly"]
'61487'
"""

from __future__ import annotations

import csv
import enum
import json
import os
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, TextIO, TypeAlias

from careerdata.compare import (
    DELTA_FIELDS,
    BandDelta,
    CategoryDelta,
    Comparison,
    DistributionDelta,
    MoneyDelta,
    NumberDelta,
    RangeDelta,
    SkillsDelta,
)
from careerdata.errors import ValidationError
from careerdata.figures import FIGURES
from careerdata.model import (
    Distribution,
    Money,
    Pay,
    Percentiles,
    Provenance,
    Role,
    SalaryBand,
)

__all__ = [
    "COMPARISON_COLUMNS",
    "ROLE_COLUMNS",
    "SCHEMA_ORG",
    "SOC_CODE_SET",
    "Cell",
    "comparison_record",
    "comparison_records",
    "role_record",
    "role_records",
    "to_jsonld",
    "write_csv",
]

#: The JSON-LD context of every node :func:`to_jsonld` writes.
SCHEMA_ORG = "https://schema.org"
#: The code set a role's SOC code belongs to, as written in ``occupationalCategory``.
SOC_CODE_SET = "https://www.bls.gov/soc/"

#: One cell of a flat record.
Cell: TypeAlias = str | int | float | bool | None

# Publishers whose data describe one country's labour market, matched case-insensitively as a
# part of the provenance publisher.  Only these let to_jsonld state an occupationLocation on its
# own: a currency is no evidence of a country (USD is also Ecuador's, EUR is twenty countries').
_NATIONAL_PUBLISHERS = (("bureau of labor statistics", "United States"),)

# (model field, ISO 8601 duration of a distribution, unitText of a QuantitativeValue)
_BASES = (("yearly", "P1Y", "YEAR"), ("hourly", "PT1H", "HOUR"))
_PERCENTILE_PROPERTIES = {
    "p10": "percentile10",
    "p25": "percentile25",
    "median": "median",
    "p75": "percentile75",
    "p90": "percentile90",
}


# --------------------------------------------------------------------------- JSON-LD


def to_jsonld(
    role: Role, *, country: str | None = None, source: Provenance | None = None
) -> dict[str, Any]:
    """Describe ``role`` as a schema.org ``Occupation`` JSON-LD node (a JSON-ready dict).

    Only what the role has is written: a missing field is left out, never ``null`` or ``0``.
    Amounts are JSON numbers (an ``int`` when whole), exactly the role's decimals.

    * ``estimatedSalary`` lists a ``MonetaryAmountDistribution`` per pay basis with percentiles
      (``duration`` ``P1Y`` or ``PT1H``), then the mean yearly and hourly pay and the salary band
      as ``MonetaryAmount`` nodes whose ``value`` is a ``QuantitativeValue`` with ``unitText``
      ``YEAR`` or ``HOUR`` (a ``MonetaryAmount`` has no duration of its own).  The band is
      taken as yearly, as the model defines it.
    * A top-coded amount (``Money(at_least=True)``) is left out: schema.org cannot mark a
      percentile or a mean as a lower bound, and writing the top code as the figure would state
      a wage the data does not know.  A band with a top-coded high end keeps only ``minValue``.
    * ``occupationLocation`` is the ``Country`` the figures describe: ``country`` when given,
      else derived from a national statistics publisher in the role's provenance (the U.S.
      Bureau of Labor Statistics gives "United States"), else left out.  The currency alone is
      not taken as evidence of a country.
    * ``educationRequirements`` is the most common degree as an
      ``EducationalOccupationalCredential``; ``experienceRequirements`` the typical years of
      experience as ``monthsOfExperience``; ``skills`` the skill names in rank order.
    * The provenance becomes ``subjectOf``: the ``Dataset`` the figures come from (its ``url``
      is the dataset's address, so it is not the occupation's ``url`` or ``sameAs``).  It is the
      role's own ``source``, else ``source``: pass a dataset's ``info.source``, as embedded
      datasets keep their provenance there rather than on each role.

    >>> from careerdata.model import Money, Pay, Percentiles, Role
    >>> role = Role(
    ...     title="Customer Service Manager",
    ...     soc_code="11-9199",
    ...     pay=Pay(
    ...         yearly_percentiles=Percentiles(
    ...             median=Money("58000"), p90=Money("239200", at_least=True)
    ...         )
    ...     ),
    ... )
    >>> node = to_jsonld(role, country="United States")
    >>> node["occupationalCategory"]["codeValue"], node["occupationLocation"]["name"]
    ('11-9199', 'United States')
    >>> node["estimatedSalary"]
    [{'@type': 'MonetaryAmountDistribution', 'currency': 'USD', 'duration': 'P1Y', 'median': 58000}]
    """
    _require(role, Role, "role")
    provenance = _provenance(role, source)
    node: dict[str, Any] = {"@context": SCHEMA_ORG, "@type": "Occupation", "name": role.title}
    _put(node, "alternateName", list(role.aliases))
    _put(node, "description", role.description)
    if role.soc_code is not None:
        node["occupationalCategory"] = {
            "@type": "CategoryCode",
            "codeValue": role.soc_code,
            "inCodeSet": SOC_CODE_SET,
        }
    if role.pay is not None:
        _put(node, "estimatedSalary", _estimated_salary(role.pay))
    location = _country(country, provenance)
    if location is not None:
        node["occupationLocation"] = {"@type": "Country", "name": location}
    if role.education is not None and role.education.degree is not None:
        node["educationRequirements"] = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": role.education.degree,
        }
    if role.career is not None and role.career.experience_years is not None:
        months = Decimal(repr(role.career.experience_years)) * 12
        node["experienceRequirements"] = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": _number(months),
        }
    _put(node, "skills", [skill.name for skill in role.skills])
    _put(node, "responsibilities", list(role.responsibilities))
    if provenance is not None:
        node["subjectOf"] = _dataset(provenance)
    return node


def _put(node: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` unless ``value`` is missing or empty."""
    if value is not None and value != []:
        node[key] = value


def _number(amount: Decimal) -> int | float:
    """A JSON number for an exact decimal: an int when whole, else the nearest float."""
    if amount == amount.to_integral_value():
        return int(amount)
    return float(amount)


def _estimated_salary(pay: Pay) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for basis, duration, _unit in _BASES:
        percentiles: Percentiles | None = getattr(pay, f"{basis}_percentiles")
        if percentiles is not None:
            _put_entry(entries, _distribution(percentiles, pay.currency, duration))
    for basis, _duration, unit in _BASES:
        mean: Money | None = getattr(pay, basis)
        if mean is not None and not mean.at_least:
            _put_entry(entries, _monetary_amount(pay.currency, unit, value=mean.amount))
    if pay.range is not None:
        _put_entry(entries, _band(pay.range))
    return entries


def _put_entry(entries: list[dict[str, Any]], entry: dict[str, Any] | None) -> None:
    if entry is not None:
        entries.append(entry)


def _distribution(percentiles: Percentiles, currency: str, duration: str) -> dict[str, Any] | None:
    figures = {
        _PERCENTILE_PROPERTIES[name]: _number(money.amount)
        for name, money in percentiles.items()
        if not money.at_least
    }
    if not figures:
        return None
    return {
        "@type": "MonetaryAmountDistribution",
        "currency": currency,
        "duration": duration,
        **figures,
    }


def _monetary_amount(currency: str, unit: str, **figures: Decimal) -> dict[str, Any]:
    value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": unit}
    value.update((key, _number(amount)) for key, amount in figures.items())
    return {"@type": "MonetaryAmount", "currency": currency, "value": value}


def _band(band: SalaryBand) -> dict[str, Any]:
    if band.high.at_least:
        return _monetary_amount(band.currency, "YEAR", minValue=band.low.amount)
    return _monetary_amount(
        band.currency, "YEAR", minValue=band.low.amount, maxValue=band.high.amount
    )


def _country(country: str | None, source: Provenance | None) -> str | None:
    if country is not None:
        if not isinstance(country, str) or not country.strip() or country != country.strip():
            raise ValidationError.at("country", f"{country!r} is not a country name")
        return country
    if source is None:
        return None
    publisher = source.publisher.casefold()
    for marker, name in _NATIONAL_PUBLISHERS:
        if marker in publisher:
            return name
    return None


def _dataset(source: Provenance) -> dict[str, Any]:
    dataset: dict[str, Any] = {"@type": "Dataset"}
    _put(dataset, "name", source.dataset)
    _put(dataset, "version", source.release)
    _put(dataset, "url", source.url)
    dataset["publisher"] = {"@type": "Organization", "name": source.publisher}
    return dataset


def _provenance(role: Role, source: Provenance | None) -> Provenance | None:
    """The role's own provenance, else the one given for it (checked)."""
    if source is not None:
        _require(source, Provenance, "source")
    return role.source if role.source is not None else source


def _require(value: object, cls: type, path: str) -> None:
    if not isinstance(value, cls):
        raise ValidationError.at(path, f"expected a {cls.__name__}, got {type(value).__name__}")


# --------------------------------------------------------------------------- role records

_IDENTITY_COLUMNS = ("slug", "title", "soc_code", "aliases", "plural", "article", "titles")
_SOURCE_COLUMNS = tuple(
    f"source_{name}"
    for name in ("publisher", "dataset", "release", "url", "retrieved", "files", "checksum", "note")
)
# The columns of the figures (careerdata.figures.FIGURES), in registry order: those of pay,
# which the pay's currency and lower bounds enclose, then the others.
_PAY_COLUMNS = tuple(c for f in FIGURES if f.path.startswith("pay.") for c in f.columns)
_OTHER_COLUMNS = tuple(c for f in FIGURES if not f.path.startswith("pay.") for c in f.columns)

#: The columns of :func:`role_record`, in order; every record has exactly these keys.  The
#: columns of the figures are those :data:`careerdata.figures.FIGURES` gives.
ROLE_COLUMNS: tuple[str, ...] = (
    *_IDENTITY_COLUMNS,
    "description",
    "pay_currency",
    *(column.name for column in _PAY_COLUMNS),
    "pay_lower_bounds",
    *(column.name for column in _OTHER_COLUMNS),
    "responsibilities",
    *_SOURCE_COLUMNS,
)


def role_record(role: Role, *, source: Provenance | None = None) -> dict[str, Cell]:
    """Flatten ``role`` into one record with the keys of :data:`ROLE_COLUMNS`, in that order.

    See the module documentation for how money, shares, lower bounds and lists are written.
    The ``source_*`` columns describe the role's own provenance, else ``source`` (a dataset's
    ``info.source``).
    Skills are a JSON object of name to weight (``null`` weights when the source gives only a
    ranking), distributions a JSON object of category to share, both in their original order.

    >>> from careerdata.model import Demographics, Distribution, Role
    >>> role = Role(
    ...     title="Customer Service Manager",
    ...     demographics=Demographics(gender=Distribution.of({"Male": 0.37, "Female": 0.63})),
    ... )
    >>> record = role_record(role)
    >>> record["slug"], record["demographics_gender"], record["pay_yearly"]
    ('customer-service-manager', '{"Male": 0.37, "Female": 0.63}', None)
    """
    _require(role, Role, "role")
    provenance = _provenance(role, source)
    cells: dict[str, Cell] = {
        "slug": role.slug,
        "title": role.title,
        "soc_code": role.soc_code,
        "aliases": _json(list(role.aliases)),
        "plural": role.plural,
        "article": role.article,
        "titles": _json({t.language: [t.singular, t.plural] for t in role.titles}),
        "description": role.description,
        "responsibilities": _json(list(role.responsibilities)),
    }
    cells.update(_figure_cells(role))
    cells.update(_source_cells(provenance))
    return {column: cells.get(column) for column in ROLE_COLUMNS}


def role_records(
    roles: Iterable[Role] | Mapping[str, Role], *, source: Provenance | None = None
) -> list[dict[str, Cell]]:
    """Flatten many roles (a list, or a mapping such as a dataset) with :func:`role_record`.

    ``source`` is the provenance of roles that carry none of their own: pass a dataset's
    ``info.source`` to fill the ``source_*`` columns of an embedded dataset's roles.

    A value that is not a :class:`~careerdata.model.Role` raises
    :class:`~careerdata.errors.ValidationError` naming its position (``roles[2]``).

    >>> from careerdata.model import Role
    >>> [r["title"] for r in role_records([Role(title="Cashier"), Role(title="Actuary")])]
    ['Cashier', 'Actuary']
    """
    return [role_record(role, source=source) for role in _each(roles, Role, "roles")]


def _each(items: Iterable[Any] | Mapping[str, Any], cls: type, name: str) -> Iterator[Any]:
    values = items.values() if isinstance(items, Mapping) else items
    for index, item in enumerate(values):
        _require(item, cls, f"{name}[{index}]")
        yield item


def _json(value: list[Any] | dict[str, Any]) -> str | None:
    """One JSON text cell, or ``None`` for an empty list or mapping (missing, not empty)."""
    if not value:
        return None
    return json.dumps(value, ensure_ascii=False)


def _money(money: Money | None) -> str | None:
    return None if money is None else str(money.amount)


def _figure_cells(role: Role) -> dict[str, Cell]:
    """The cells of every figure's columns, with the pay's currency and lower bounds."""
    cells: dict[str, Cell] = {}
    lower_bounds: list[str] = []
    for column in _FIGURE_COLUMNS:
        value = column.read(role)
        if value is None:
            continue
        if isinstance(value, Money):
            cells[column.name] = str(value.amount)
            if value.at_least:
                lower_bounds.append(column.name)
        else:
            cells[column.name] = _cell(value)
    if role.pay is not None:
        cells["pay_currency"] = role.pay.currency
        cells["pay_lower_bounds"] = _json(lower_bounds)
    return cells


_FIGURE_COLUMNS = (*_PAY_COLUMNS, *_OTHER_COLUMNS)


def _cell(value: object) -> Cell:
    """A figure's value as a cell: distributions and skills as JSON, text and numbers as is."""
    if isinstance(value, Distribution):
        return _distribution_json(value)
    if isinstance(value, tuple):  # the skills, a JSON object of name to weight
        return _json({skill.name: skill.weight for skill in value})
    if isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"no cell for a {type(value).__name__}")  # a new kind of figure


def _distribution_json(distribution: Distribution | None) -> str | None:
    if distribution is None:
        return None
    return _json({item.category: item.share for item in distribution})


def _source_cells(source: Provenance | None) -> dict[str, Cell]:
    if source is None:
        return {}
    return {
        "source_publisher": source.publisher,
        "source_dataset": source.dataset,
        "source_release": source.release,
        "source_url": source.url,
        "source_retrieved": None if source.retrieved is None else source.retrieved.isoformat(),
        "source_files": _json(list(source.files)),
        "source_checksum": source.checksum,
        "source_note": source.note,
    }


# --------------------------------------------------------------------------- comparison records

# Per kind of delta: the column suffixes it fills, after the delta's name (``yearly_pay_a``).
_DELTA_SUFFIXES: dict[type, tuple[str, ...]] = {
    MoneyDelta: ("a", "b", "difference", "ratio", "direction", "bound", "presence"),
    BandDelta: (
        *("a_low", "a_high", "b_low", "b_high", "overlap", "overlap_bound"),
        *("a_overlap_share", "b_overlap_share", "width_direction"),
        *("a_contains_b", "b_contains_a", "presence"),
    ),
    NumberDelta: ("a", "b", "difference", "ratio", "direction", "presence"),
    RangeDelta: ("a_low", "a_high", "b_low", "b_high", "same", "overlaps", "presence"),
    CategoryDelta: ("a", "b", "same", "presence"),
    DistributionDelta: (
        *("a", "b", "differences", "largest"),
        *("total_variation", "jensen_shannon", "presence"),
    ),
    SkillsDelta: (
        *("a", "b", "shared", "only_a", "only_b", "weight_differences"),
        *("overlap", "measure", "presence"),
    ),
}
# The class of each delta field of Comparison, read from its annotations.
_DELTA_TYPES: dict[str, type] = {
    name: typing.get_type_hints(Comparison)[name] for name in DELTA_FIELDS
}

#: The columns of :func:`comparison_record`, in order: the two roles, then each delta of
#: :class:`~careerdata.compare.Comparison` in its field order, then ``lower_bounds``.
COMPARISON_COLUMNS: tuple[str, ...] = (
    *("a_slug", "b_slug", "a_title", "b_title", "a_currency", "b_currency"),
    *(
        f"{name}_{suffix}"
        for name in DELTA_FIELDS
        for suffix in _DELTA_SUFFIXES[_DELTA_TYPES[name]]
    ),
    "lower_bounds",
)


def comparison_record(comparison: Comparison) -> dict[str, Cell]:
    """Flatten ``comparison`` into one record with the keys of :data:`COMPARISON_COLUMNS`.

    Each delta gives the columns ``<delta>_<part>``: both values (``yearly_pay_a``), what
    follows from them (``_difference``, ``_ratio``, ``_same``, ``_overlap``, distances) and
    ``_presence`` (``both``, ``only_a``, ``only_b``, ``neither``).  Directions, bounds and
    measures are their enum values as text (``higher``, ``at_least``, ``weighted_jaccard``);
    ``same``, ``overlaps`` and ``contains`` are ``bool``.  Money and money differences are exact
    decimal strings; an amount that is a lower bound keeps its figure and its column is listed
    in the JSON array of ``lower_bounds`` (a difference built on one says so in ``_bound``).
    Skills and distributions are JSON text as in :func:`role_record`; the shared and own skill
    lists are written (``"[]"`` when empty) only when both roles have skills.

    >>> from careerdata.compare import compare
    >>> from careerdata.model import Money, Pay, Role
    >>> c = compare(
    ...     Role(title="Customer Service Manager", pay=Pay(yearly=Money(61487))),
    ...     Role(title="Customer Care Supervisor", pay=Pay(yearly=Money(42702))),
    ... )
    >>> record = comparison_record(c)
    >>> record["a_slug"], record["yearly_pay_difference"], record["yearly_pay_direction"]
    ('customer-service-manager', '18785', 'higher')
    >>> record["hourly_pay_presence"], record["hourly_pay_a"]
    ('neither', None)
    """
    _require(comparison, Comparison, "comparison")
    a, b = comparison.a, comparison.b
    cells: dict[str, Cell] = {
        "a_slug": a.slug,
        "b_slug": b.slug,
        "a_title": a.title,
        "b_title": b.title,
        "a_currency": None if a.pay is None else a.pay.currency,
        "b_currency": None if b.pay is None else b.pay.currency,
    }
    lower_bounds: list[str] = []
    for name in DELTA_FIELDS:
        for part, value in _delta_cells(getattr(comparison, name)).items():
            column = f"{name}_{part}"
            if isinstance(value, Money):
                cells[column] = str(value.amount)
                if value.at_least:
                    lower_bounds.append(column)
            else:
                cells[column] = value
    cells["lower_bounds"] = _json(lower_bounds)
    return {column: cells.get(column) for column in COMPARISON_COLUMNS}


def comparison_records(
    comparisons: Iterable[Comparison],
) -> list[dict[str, Cell]]:
    """Flatten many comparisons with :func:`comparison_record`.

    A value that is not a :class:`~careerdata.compare.Comparison` raises
    :class:`~careerdata.errors.ValidationError` naming its position (``comparisons[1]``).

    >>> from careerdata.compare import compare
    >>> from careerdata.model import Role
    >>> a, b = Role(title="Cashier"), Role(title="Actuary")
    >>> [(r["a_slug"], r["b_slug"]) for r in comparison_records([compare(a, b), compare(b, a)])]
    [('cashier', 'actuary'), ('actuary', 'cashier')]
    """
    return [comparison_record(c) for c in _each(comparisons, Comparison, "comparisons")]


# A delta's cells before money is written: Money stays Money so that its bound can be noted.
_Parts: TypeAlias = dict[str, "Cell | Money"]


def _delta_cells(delta: object) -> _Parts:
    if isinstance(delta, MoneyDelta):
        return _money_delta_cells(delta)
    if isinstance(delta, BandDelta):
        return _band_delta_cells(delta)
    if isinstance(delta, NumberDelta):
        return {
            "a": delta.a,
            "b": delta.b,
            "difference": delta.difference,
            "ratio": delta.ratio,
            "direction": _enum(delta.direction),
            "presence": delta.presence.value,
        }
    if isinstance(delta, RangeDelta):
        return _range_delta_cells(delta)
    if isinstance(delta, CategoryDelta):
        return {"a": delta.a, "b": delta.b, "same": delta.same, "presence": delta.presence.value}
    if isinstance(delta, DistributionDelta):
        return _distribution_delta_cells(delta)
    if isinstance(delta, SkillsDelta):
        return _skills_delta_cells(delta)
    raise TypeError(f"no columns for a {type(delta).__name__}")  # a new kind of delta


def _enum(value: enum.Enum | None) -> str | None:
    return None if value is None else str(value.value)


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _money_delta_cells(delta: MoneyDelta) -> _Parts:
    return {
        "a": delta.a,
        "b": delta.b,
        "difference": _decimal(delta.difference),
        "ratio": delta.ratio,
        "direction": _enum(delta.direction),
        "bound": _enum(delta.bound),
        "presence": delta.presence.value,
    }


def _band_delta_cells(delta: BandDelta) -> _Parts:
    parts: _Parts = {}
    for side, band in (("a", delta.a), ("b", delta.b)):
        if band is not None:
            parts[f"{side}_low"] = band.low
            parts[f"{side}_high"] = band.high
    parts.update(
        overlap=_decimal(delta.overlap),
        overlap_bound=_enum(delta.overlap_bound),
        a_overlap_share=delta.a_overlap_share,
        b_overlap_share=delta.b_overlap_share,
        width_direction=_enum(delta.width_direction),
        a_contains_b=delta.a_contains_b,
        b_contains_a=delta.b_contains_a,
        presence=delta.presence.value,
    )
    return parts


def _range_delta_cells(delta: RangeDelta) -> _Parts:
    parts: _Parts = {}
    for side, years in (("a", delta.a), ("b", delta.b)):
        if years is not None:
            parts[f"{side}_low"] = years.low
            parts[f"{side}_high"] = years.high
    parts.update(same=delta.same, overlaps=delta.overlaps, presence=delta.presence.value)
    return parts


def _distribution_delta_cells(delta: DistributionDelta) -> _Parts:
    return {
        "a": _distribution_json(delta.a),
        "b": _distribution_json(delta.b),
        "differences": _json({item.category: item.difference for item in delta.categories}),
        "largest": delta.largest,
        "total_variation": delta.total_variation,
        "jensen_shannon": delta.jensen_shannon,
        "presence": delta.presence.value,
    }


def _skills_delta_cells(delta: SkillsDelta) -> _Parts:
    parts: _Parts = {
        "a": _json({skill.name: skill.weight for skill in delta.a}),
        "b": _json({skill.name: skill.weight for skill in delta.b}),
        "overlap": delta.overlap,
        "measure": _enum(delta.measure),
        "presence": delta.presence.value,
    }
    if delta.weight_differences is not None:
        parts["weight_differences"] = _json(list(delta.weight_differences))
    if delta.a and delta.b:
        # Both lists are known, so an empty one says "none", not "missing".
        for part in ("shared", "only_a", "only_b"):
            parts[part] = json.dumps(list(getattr(delta, part)), ensure_ascii=False)
    return parts


# --------------------------------------------------------------------------- CSV


def write_csv(
    records: Iterable[Mapping[str, Cell]],
    target: str | os.PathLike[str] | TextIO,
    *,
    columns: Sequence[str] | None = None,
) -> None:
    r"""Write flat records as CSV (RFC 4180 quoting, a header row, UTF-8) with :mod:`csv`.

    ``columns`` is the header in order; by default the first record's keys.  Every record must
    have every column (``None`` says a value is missing, and is written as an empty cell, the
    CSV convention).  Keys outside ``columns`` are an error unless ``columns`` was given: then
    the caller chose which columns to write.  Strings are written as they are, ints and
    :class:`~decimal.Decimal` exactly, floats as their shortest round-tripping ``repr``, bools
    as ``True`` and ``False`` (which ``pandas.read_csv`` reads back as booleans).

    ``target`` is a path (created or overwritten, UTF-8) or an open text file, which should be
    opened with ``newline=""`` as :mod:`csv` asks.  With no records and no ``columns`` nothing
    is written.

    >>> import io
    >>> out = io.StringIO()
    >>> write_csv([{"title": "Cashier", "pay_yearly": "31010.5", "outlook_jobs": None}], out)
    >>> out.getvalue()  # csv's own line ends: CR LF
    'title,pay_yearly,outlook_jobs\r\nCashier,31010.5,\r\n'
    """
    rows = list(records)
    header = list(columns) if columns is not None else (list(rows[0]) if rows else [])
    lines = [_csv_row(row, header, index, strict=columns is None) for index, row in enumerate(rows)]
    if not header:
        return
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8", newline="") as stream:  # noqa: PTH123
            _write_rows(stream, header, lines)
    else:
        _write_rows(target, header, lines)


def _write_rows(stream: TextIO, header: list[str], lines: list[list[str]]) -> None:
    writer = csv.writer(stream)
    writer.writerow(header)
    writer.writerows(lines)


def _csv_row(
    record: Mapping[str, Cell], header: list[str], index: int, *, strict: bool
) -> list[str]:
    path = f"records[{index}]"
    if not isinstance(record, Mapping):
        raise ValidationError.at(path, f"expected a mapping, got {type(record).__name__}")
    missing = [column for column in header if column not in record]
    if missing:
        raise ValidationError.at(path, f"lacks the columns {', '.join(missing)}")
    extra = [key for key in record if key not in header]
    if strict and extra:
        raise ValidationError.at(
            path, f"has columns the first record lacks: {', '.join(map(str, extra))}"
        )
    return [_csv_cell(record[column], f"{path}.{column}") for column in header]


def _csv_cell(value: object, path: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int, float, Decimal)):
        return repr(value) if isinstance(value, float) else str(value)
    raise ValidationError.at(path, f"expected text or a number, got {type(value).__name__}")
