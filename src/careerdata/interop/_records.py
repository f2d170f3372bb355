"""Role records back to roles: the way back of :func:`~careerdata.interop.role_record`.

Each record becomes the role's object in the role file format, column by column as
:data:`careerdata.interop._roles.COLUMNS` describes them, and is then structured and validated
by the same code that loads role files (:func:`careerdata.io.structure_role`).  A problem found
there is reported at the column its path falls in (``records[3].pay_yearly``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from careerdata.errors import DataFileError, Problem, ValidationError, _Collected
from careerdata.figures import Column
from careerdata.interop._common import recovered
from careerdata.interop._roles import COLUMNS, LOWER_BOUNDS, Kind
from careerdata.io import structure_role
from careerdata.io._paths import describe
from careerdata.io._reading import parse
from careerdata.model import Role

_KNOWN = frozenset({LOWER_BOUNDS, *(column.name for column, _ in COLUMNS)})
_MONEY = frozenset(column.name for column, kind in COLUMNS if kind is Kind.MONEY)
_NUMBERS = (Kind.WHOLE, Kind.MEASURE, Kind.MONEY)
_TEXTS = (Kind.TEXT, Kind.DATE)
# A number as JSON writes it: no sign but "-", no leading zeros, no "NaN" or "inf".
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")
# The file paths of the columns, longest first: a problem's path falls in the first it starts.
_PLACES = sorted(((column.path, column.name) for column, _ in COLUMNS), key=lambda p: -len(p[0]))


class _CellError(Exception):
    """A cell that cannot be read: its message, reported at its column."""


def roles_from_records(records: Iterable[Mapping[str, Any]]) -> tuple[Role, ...]:
    """Read roles back from role records, such as :func:`role_records` or a DataFrame writes.

    ``records`` is a list of mappings whose keys are columns of :data:`ROLE_COLUMNS`; a column
    left out is a missing value, and so is a cell holding ``None``, ``""`` or a float ``NaN``
    (what ``pandas`` puts in an empty cell).  Cells hold what :func:`role_record` writes:
    text, numbers (or the text of a JSON number), money as a decimal string, and the JSON text
    of lists and mappings, parsed strictly.  The values are then checked as a role file's are:
    nothing is coerced.  ``role_record`` and ``roles_from_records`` undo each other, except that
    a group holding no value at all (an empty ``Outlook()``) reads back as missing.

    Raises :class:`~careerdata.errors.ValidationError` listing every bad cell by record and
    column (``records[3].pay_yearly``), and repeated slugs (``records[4].slug``).

    >>> from careerdata.interop import role_record
    >>> from careerdata.model import Money, Pay, Role
    >>> role = Role(title="Cashier", pay=Pay(hourly=Money("15.10")))
    >>> roles_from_records([role_record(role)]) == (role,)
    True
    >>> roles_from_records([{"title": "Cashier", "outlook_jobs": "many"}])
    Traceback (most recent call last):
    ...
    careerdata.errors.ValidationError: records[0].outlook_jobs: expected a number, got 'many'
    """
    if isinstance(records, (str, bytes, Mapping)) or not isinstance(records, Iterable):
        raise ValidationError.at("records", f"expected a list of records, got {describe(records)}")
    found = _Collected()
    roles: list[Role] = []
    first_index: dict[str, int] = {}
    for index, record in enumerate(records):
        path = f"records[{index}]"
        role = _role(record, path, found)
        if role is None:
            continue
        earlier = first_index.setdefault(role.slug, index)
        if earlier != index:
            found.append(Problem(f"{path}.slug", f"{role.slug!r} repeats records[{earlier}]"))
        roles.append(role)
    if found:
        raise ValidationError(found)
    return tuple(roles)


def _role(record: object, path: str, found: list[Problem]) -> Role | None:
    if not isinstance(record, Mapping):
        found.append(Problem(path, f"expected a record (a mapping), got {describe(record)}"))
        return None
    before = len(found)
    found.extend(Problem(path, f"unknown column {key!r}") for key in record if key not in _KNOWN)
    bounds = _lower_bounds(record.get(LOWER_BOUNDS), f"{path}.{LOWER_BOUNDS}", found)
    document: dict[str, Any] = {}
    for column, kind in COLUMNS:
        cell = record.get(column.name)
        if _missing(cell):
            continue
        try:
            value = _value(kind, cell)
        except _CellError as error:
            found.append(Problem(f"{path}.{column.name}", str(error)))
            continue
        if column.name in bounds:
            value = {"at_least": value}
        _place(document, column, value)
    if len(found) > before:
        return None
    try:
        return structure_role(document)
    except ValidationError as error:
        found.extend(_at_column(problem, path) for problem in error.problems)
        return None


def _missing(cell: object) -> bool:
    return cell is None or cell == "" or (isinstance(cell, float) and math.isnan(cell))


def _lower_bounds(cell: object, path: str, found: list[Problem]) -> frozenset[str]:
    if _missing(cell):
        return frozenset()
    try:
        names = _json_cell(cell)
    except _CellError as error:
        found.append(Problem(path, str(error)))
        return frozenset()
    if not isinstance(names, list) or not all(name in _MONEY for name in names):
        found.append(Problem(path, "expected a JSON array of money columns, such as pay_yearly"))
        return frozenset()
    return frozenset(names)


def _value(kind: Kind, cell: object) -> Any:
    """The role file's value for one cell of ``kind`` (raises _CellError)."""
    if kind in _TEXTS:  # text stays text, its formula guard removed; the rest is refused later
        return recovered(cell) if isinstance(cell, str) else cell
    if kind in _NUMBERS:
        return _number(cell) if isinstance(cell, str) else cell
    data = _json_cell(cell)
    if kind is Kind.SKILLS:
        if not isinstance(data, dict):
            raise _CellError(
                f"expected a JSON object of skill name to weight, got {describe(data)}"
            )
        return [{"name": name, "weight": weight} for name, weight in data.items()]
    if kind is Kind.TITLES:
        return _titles(data)
    return data


def _number(text: str) -> int | Decimal:
    if not _NUMBER.match(text):
        raise _CellError(f"expected a number, got {text[:40]!r}")
    return int(text) if text.lstrip("-").isdigit() else Decimal(text)


def _json_cell(cell: object) -> Any:
    if isinstance(cell, (list, dict)):  # records built in Python may hold the value itself
        return cell
    if not isinstance(cell, str):
        raise _CellError(f"expected JSON text, got {describe(cell)}")
    try:
        return parse(cell)
    except DataFileError as error:
        raise _CellError(error.problems[0].message) from None


def _titles(data: Any) -> dict[str, Any]:
    wanted = (
        'a JSON object of language to [singular, plural] or to a title\'s object, such as {"de": '
        '["Kassierer", ...]}'
    )
    if not isinstance(data, dict):
        raise _CellError(f"expected {wanted}, got {describe(data)}")
    titles = {}
    for language, forms in data.items():
        if isinstance(forms, dict):  # as a role file writes it; structuring checks it
            titles[language] = forms
            continue
        if not isinstance(forms, list) or len(forms) != 2:
            raise _CellError(f"expected {wanted}, got {describe(forms)} for {language!r}")
        titles[language] = {"singular": forms[0], "plural": forms[1]}
    return titles


def _place(document: dict[str, Any], column: Column, value: Any) -> None:
    *groups, name = column.path.split(".")
    for group in groups:
        document = document.setdefault(group, {})
    document[name] = value


def _at_column(problem: Problem, path: str) -> Problem:
    """A problem of the role file's object, at the column holding its value."""
    for place, name in _PLACES:
        if problem.path == place or problem.path.startswith((f"{place}.", f"{place}[")):
            inner = problem.path[len(place) :].lstrip(".")
            message = f"{problem.message} (at {inner} in the cell)" if inner else problem.message
            return Problem(f"{path}.{name}", message)
    return Problem(f"{path}.{problem.path}" if problem.path else path, problem.message)
