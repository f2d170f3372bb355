"""Interop, the way back: role records and their CSV read back into equal roles."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from tests import strategies

import careerdata as cd
from careerdata.errors import DataFileError, ValidationError
from careerdata.interop import (
    ROLE_COLUMNS,
    role_record,
    role_records,
    roles_from_csv,
    roles_from_records,
    write_csv,
)
from careerdata.model import Money, Pay, Percentiles, Role

DATASETS = ["customer-service", "bls-oews-2025"]


def _without_empty_groups(value: Any, *, top: bool = True) -> Any:
    """``value`` with every group that holds no value at all (``Outlook()``) as None.

    A record has no cell to tell an empty group from a missing one; a pay group keeps its
    currency column, so it stays.
    """
    if not attrs.has(type(value)):
        return value
    changes = {
        field.name: _without_empty_groups(getattr(value, field.name), top=False)
        for field in attrs.fields(type(value))
        if field.init
    }
    if not top and not isinstance(value, Pay) and all(v in (None, ()) for v in changes.values()):
        return None
    return attrs.evolve(value, **{k.lstrip("_"): v for k, v in changes.items()})


def _problems(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [str(problem) for problem in error.value.problems]


def _csv_text(roles: Any) -> str:
    out = io.StringIO(newline="")
    write_csv(role_records(roles), out)
    return out.getvalue()


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("name", DATASETS)
def test_every_embedded_role_survives_the_records_round_trip(name: str) -> None:
    """role -> record -> role is equal for every role of both datasets, translations included."""
    roles = tuple(cd.load_dataset(name).values())
    assert roles == roles_from_records(role_records(roles))


@pytest.mark.parametrize("name", DATASETS)
def test_every_embedded_role_survives_the_csv_round_trip(name: str, tmp_path: Path) -> None:
    """A dataset written by write_csv loads back equal with load_roles and load_dataset."""
    roles = tuple(cd.load_dataset(name).values())
    path = tmp_path / f"{name}.csv"
    write_csv(role_records(roles), path)
    assert roles == cd.load_roles(path)
    assert roles == tuple(cd.load_dataset(str(path)).values())
    assert name == cd.load_dataset(path).info.name


@given(strategies.roles())
def test_any_role_survives_the_records_and_csv_round_trips(role: Role) -> None:
    """Generated roles read back equal, apart from groups holding no value."""
    expected = (_without_empty_groups(role),)
    assert expected == roles_from_records([role_record(role)])
    assert expected == cd.load_roles(io.StringIO(_csv_text([role])), format="csv")


def test_translations_have_a_column() -> None:
    """The German skill names of a seed role are in its translations cell."""
    role = cd.load_dataset("customer-service")["customer-care-supervisor"]
    german = next(t for t in role.translations if t.language == "de")
    cell = json.loads(str(role_record(role)["translations"]))
    assert list(german.skills) == cell["de"]["skills"]


def test_lower_bounds_read_back_as_lower_bounds() -> None:
    """A top-coded amount listed in pay_lower_bounds is a lower bound again."""
    role = Role(
        title="Surgeon",
        pay=Pay(yearly_percentiles=Percentiles(p90=Money("239200", at_least=True))),
    )
    record = role_record(role)
    assert record["pay_lower_bounds"] == '["pay_yearly_p90"]'
    assert (role,) == roles_from_records([record])


# --------------------------------------------------------------------------- cells


def test_missing_cells_are_none_never_zero_or_empty() -> None:
    """Columns left out, None, "" and NaN all read as missing values."""
    record = {"title": "Clerk", "outlook_jobs": math.nan, "description": "", "plural": None}
    (role,) = roles_from_records([record])
    assert (role.outlook, role.description, role.plural) == (None, None, None)


def test_a_dataframe_style_record_reads_numbers_as_numbers() -> None:
    """Numbers as pandas gives them (a whole float, a float) and number text both read."""
    record = {"title": "Clerk", "outlook_jobs": 1200.0, "outlook_growth_rate": "-0.04"}
    (role,) = roles_from_records([record])
    assert role.outlook is not None
    assert (role.outlook.jobs, role.outlook.growth_rate) == (1200, -0.04)


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"title": "Clerk", "pay_yearly": "61,487"}, "records[0].pay_yearly: expected a number"),
        ({"title": "Clerk", "outlook_jobs": "NaN"}, "records[0].outlook_jobs: expected a number"),
        ({"title": "Clerk", "outlook_jobs": "1.5"}, "records[0].outlook_jobs: expected a whole"),
        ({"title": "Clerk", "aliases": "CSM"}, "records[0].aliases: invalid JSON at line 1"),
        ({"title": "Clerk", "aliases": '["a", "a"]'}, "records[0].aliases: "),
        ({"title": "Clerk", "skills": '["Payroll"]'}, "records[0].skills: expected a JSON object"),
        ({"title": "Clerk", "titles": '{"de": ["x"]}'}, "records[0].titles: expected a JSON"),
        ({"title": "Clerk", "titles": '{"de": ["x", " y"]}'}, "records[0].titles: "),
        ({"title": "Clerk", "aliases": '["a"] x'}, "records[0].aliases: invalid JSON at line 1"),
        ({"title": "Clerk", "titles": '{"de": ["a", "b"], "de": ["c", "d"]}'}, "repeats"),
        ({"title": "Clerk", "demographics_gender": '{"M": NaN}'}, "NaN is not a number"),
        ({"title": "Clerk", "salary": 1}, "records[0]: unknown column 'salary'"),
        ({"title": "Clerk", "pay_lower_bounds": '["title"]'}, "records[0].pay_lower_bounds: "),
        ({"title": 7}, "records[0].title: expected text, got number 7"),
        ({"title": "Clerk", "demographics_gender": '{"M": 0.2}'}, "records[0].demographics_gender"),
        ({"slug": "clerk"}, "records[0].title: required field missing"),
        ("Clerk", "records[0]: expected a record"),
    ],
)
def test_bad_cells_are_reported_at_their_record_and_column(record: Any, problem: str) -> None:
    """Each bad cell raises the library's ValidationError naming records[i].<column>."""
    with pytest.raises(ValidationError) as error:
        roles_from_records([{"title": "Fine"}, record])
    assert problem.replace("records[0]", "records[1]", 1) in str(error.value)


def test_every_bad_record_is_reported_and_slugs_are_unique() -> None:
    """All problems come at once; a slug repeated by a later record is named there."""
    records = [{"title": "Clerk"}, {"title": "Clerk"}, {"title": "Clerk", "pay_hourly": "x"}]
    with pytest.raises(ValidationError) as error:
        roles_from_records(records)
    assert sorted(_problems(error)) == [
        "records[1].slug: 'clerk' repeats records[0]",
        "records[2].pay_hourly: expected a number, got 'x'",
    ]


@pytest.mark.parametrize("records", ["title,pay\n", {"title": "Clerk"}, 3])
def test_records_must_be_a_list_of_records(records: Any) -> None:
    """A string, a single mapping or a number is not a list of records."""
    with pytest.raises(ValidationError, match=r"^records: expected a list of records"):
        roles_from_records(records)


# --------------------------------------------------------------------------- CSV


def test_csv_is_told_from_json_by_suffix_or_format(tmp_path: Path) -> None:
    """A .csv path (any case) is CSV; text and streams are JSON unless format="csv"."""
    text = "title,outlook_jobs\r\nClerk,12\r\n"
    (tmp_path / "mine.CSV").write_text(text, encoding="utf-8")
    clerk = (Role(title="Clerk", outlook=cd.Outlook(jobs=12)),)
    assert clerk == cd.load_roles(tmp_path / "mine.CSV")
    assert clerk == cd.load_roles(str(tmp_path / "mine.CSV"))
    assert clerk == cd.load_roles(text.encode(), format="csv")
    assert clerk == cd.load_roles(io.StringIO('[{"title": "Clerk", "outlook": {"jobs": 12}}]'))
    with pytest.raises(DataFileError, match="invalid JSON"):
        cd.load_roles(io.StringIO(text))


def test_an_unknown_format_is_refused() -> None:
    """format names one of the two formats."""
    with pytest.raises(ValidationError, match=r'^format: expected "json" or "csv"'):
        cd.load_roles("[]", format="xml")  # type: ignore[arg-type]


def test_csv_columns_may_be_any_subset_in_any_order() -> None:
    """A hand-written CSV with a few columns reads; blank lines hold no role."""
    text = "pay_yearly,title,pay_currency\n52000,Nurse,EUR\n\n"
    (role,) = roles_from_csv(io.StringIO(text))
    assert Role(title="Nurse", pay=Pay(currency="EUR", yearly=Money(52000, "EUR"))) == role


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "the input is empty"),
        ("title,title\nClerk,Clerk\n", "the column 'title' repeats in the header"),
        ("title\nClerk,1\n", "records[0]: has 2 cells, the header 1"),
        ('title\n"Clerk\n', "invalid CSV at line"),
    ],
)
def test_bad_csv_raises_a_data_file_error(text: str, problem: str) -> None:
    """A CSV that cannot be read as rows of the header's columns is a DataFileError."""
    with pytest.raises(DataFileError) as error:
        roles_from_csv(io.StringIO(text))
    assert problem in str(error.value)


def test_a_csv_cell_problem_names_the_record_and_column(tmp_path: Path) -> None:
    """Cell problems of a CSV file come with records[i].<column>, as for records."""
    path = tmp_path / "roles.csv"
    path.write_text("title,career_satisfaction\nClerk,7\n", encoding="utf-8")
    with pytest.raises(ValidationError) as error:
        cd.load_dataset(path)
    assert [p.path for p in error.value.problems] == ["records[0].career_satisfaction"]


def test_the_csv_header_is_role_columns() -> None:
    """write_csv of role records writes ROLE_COLUMNS, translations among them."""
    header = _csv_text([Role(title="Clerk")]).splitlines()[0].split(",")
    assert list(ROLE_COLUMNS) == header
    assert "translations" in header
