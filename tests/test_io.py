"""careerdata.io: loading, dumping, strict conversion and error paths."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import io
import json
import sys
import tracemalloc
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import assume, given, note
from hypothesis import strategies as st

import careerdata as cd
import strategies
from careerdata import io as cio
from careerdata import model
from careerdata.io._types import field_types
from careerdata.model import (
    DatasetInfo,
    Distribution,
    Money,
    Pay,
    Provenance,
    Role,
    SalaryBand,
    Translation,
)

CLERK = '{"title": "Clerk"}'


def _problems(source: Any) -> list[str]:
    with pytest.raises(cd.ValidationError) as caught:
        cio.load_roles(source)
    return [str(problem) for problem in caught.value.problems]


def _role_problems(role: dict[str, Any]) -> list[str]:
    return _problems(json.dumps([role]))


# --------------------------------------------------------------------------- round trip


@given(st.lists(strategies.roles(), max_size=4, unique_by=lambda role: role.slug))
def test_dump_then_load_returns_equal_roles(roles: list[Role]) -> None:
    """load_roles(dump_roles(x)) == x for any valid roles."""
    assert tuple(roles) == cio.load_roles(cio.dump_roles(roles))


@given(st.lists(strategies.roles(), max_size=4, unique_by=lambda role: role.slug))
def test_dump_is_byte_stable(roles: list[Role]) -> None:
    """Dumping what was loaded from a dump gives the same text."""
    text = cio.dump_roles(roles)
    assert text == cio.dump_roles(cio.load_roles(text))


@given(strategies.roles(), strategies.provenances)
def test_document_with_dataset_info_round_trips(role: Role, source: Provenance) -> None:
    """A file with a "dataset" object gives back the same info and roles."""
    info = DatasetInfo("mine", title="My roles", description="Roles I track.", source=source)
    document = cio.load_document(cio.dump_roles([role], info=info))
    assert cio.Document((role,), info) == document


@given(strategies.roles())
def test_structure_role_inverts_unstructure_role(role: Role) -> None:
    """The single-role functions are inverse to each other."""
    assert role == cio.structure_role(cio.unstructure_role(role))


def test_dump_writes_money_per_the_format() -> None:
    """Amounts are bare numbers (int when integral), lower bounds {"at_least": n}."""
    pay = Pay(
        yearly=Money("61487.00"),
        hourly=Money("29.560"),
        range=SalaryBand(Money(35000), Money(239200, at_least=True)),
    )
    written = cio.unstructure_role(Role(title="Clerk", pay=pay))
    expected = {
        "currency": "USD",
        "yearly": 61487,
        "hourly": 29.56,
        "range": {"low": 35000, "high": {"at_least": 239200}},
    }
    assert expected == written["pay"]


def test_dump_writes_distributions_titles_and_dates_per_the_format() -> None:
    """Distributions and titles are objects in order; dates ISO strings; None omitted."""
    role = cio.structure_role(
        {
            "title": "Clerk",
            "titles": {"de": {"singular": "Sachbearbeitung", "plural": "Sachbearbeitungen"}},
            "demographics": {"gender": {"Male": 0.441, "Female": 0.559}},
            "source": {"publisher": "Me", "retrieved": "2026-11-23"},
        }
    )
    assert role.source is not None
    assert dt.date(2026, 11, 23) == role.source.retrieved
    written = json.loads(cio.dump_roles([role]))[0]
    assert written == {
        "title": "Clerk",
        "slug": "clerk",
        "titles": {"de": {"singular": "Sachbearbeitung", "plural": "Sachbearbeitungen"}},
        "demographics": {"gender": {"Male": 0.441, "Female": 0.559}},
        "source": {"publisher": "Me", "retrieved": "2026-11-23"},
    }


def test_an_unreported_category_is_an_object_in_the_file_and_round_trips() -> None:
    """``{"share": x, "unreported": true}`` marks the category counting those not reported;
    dumping writes it back so, and a reported category stays a bare number."""
    race = {"White": 0.7, "Unknown": {"share": 0.1, "unreported": True}, "Asian": 0.2}
    (role,) = cio.load_roles(json.dumps([{"title": "Clerk", "demographics": {"race": race}}]))
    assert role.demographics is not None
    assert role.demographics.race is not None
    marked = [(item.category, item.share, item.unreported) for item in role.demographics.race]
    assert marked == [("White", 0.7, False), ("Unknown", 0.1, True), ("Asian", 0.2, False)]
    assert race == json.loads(cio.dump_roles([role]))[0]["demographics"]["race"]
    assert _validator().is_valid(json.loads(cio.dump_roles([role])))


@pytest.mark.parametrize(
    ("share", "path"),
    [
        ({"share": 0.5, "unreported": "yes"}, "demographics.race.Unknown.unreported"),
        ({"share": "0.5", "unreported": True}, "demographics.race.Unknown.share"),
        ({"share": 1.5, "unreported": True}, "demographics.race.Unknown.share"),
        ({"unreported": True}, "demographics.race.Unknown"),
        ({"share": 0.5, "reported": False}, "demographics.race.Unknown"),
    ],
)
def test_a_bad_unreported_category_names_its_path(share: Any, path: str) -> None:
    """The problem is named at the category, or at its share or flag."""
    race = {"White": 0.5, "Unknown": share}
    with pytest.raises(cd.ValidationError) as caught:
        cio.load_roles(json.dumps([{"title": "Clerk", "demographics": {"race": race}}]))
    assert (path,) == tuple(p.removeprefix("roles[0].") for p in caught.value.paths)


def test_loaded_amounts_are_exact_decimals() -> None:
    """29.56 in a file is Decimal("29.56"), not a float."""
    (role,) = cio.load_roles('[{"title": "Clerk", "pay": {"currency": "EUR", "hourly": 29.56}}]')
    assert role.pay is not None
    assert Money(Decimal("29.56"), "EUR") == role.pay.hourly


def test_null_means_absent_everywhere() -> None:
    """null for an optional value, a list or a defaulted field reads as missing."""
    text = '[{"title": "Clerk", "slug": null, "aliases": null, "pay": {"currency": null}}]'
    assert (Role(title="Clerk", pay=Pay()),) == cio.load_roles(text)


def test_slug_defaults_to_the_title_and_an_explicit_slug_is_kept() -> None:
    """An absent slug is derived; a given one is used as is."""
    roles = cio.load_roles('[{"title": "Clerk"}, {"title": "Clerk II", "slug": "clerk-2"}]')
    assert tuple(role.slug for role in roles) == ("clerk", "clerk-2")


def test_object_document_without_dataset_has_no_info() -> None:
    """{"roles": [...]} without "dataset" loads with info None."""
    assert cio.Document((Role(title="Clerk"),)) == cio.load_document('{"roles": [' + CLERK + "]}")


def test_dump_without_target_returns_text_ending_in_a_newline() -> None:
    """The text is an indented JSON array with a final newline, non-ASCII kept."""
    text = cio.dump_roles([Role(title="Café Clerk")])
    assert text == '[\n  {\n    "title": "Café Clerk",\n    "slug": "cafe-clerk"\n  }\n]\n'


# --------------------------------------------------------------------------- sources and targets


def test_load_reads_every_kind_of_source(tmp_path: Path) -> None:
    """Paths (str and PathLike), JSON text, bytes and text/binary streams all load."""
    path = tmp_path / "roles.json"
    path.write_text(f"[{CLERK}]", encoding="utf-8")
    expected = (Role(title="Clerk"),)
    sources: list[Any] = [
        path,
        str(path),
        f"  [{CLERK}]",
        f"[{CLERK}]".encode(),
        bytearray(f"[{CLERK}]".encode()),
        io.StringIO(f"[{CLERK}]"),
        io.BytesIO(f"[{CLERK}]".encode()),
    ]
    assert [expected] * len(sources) == [cio.load_roles(source) for source in sources]


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """A BOM at the start of a file, bytes or text is skipped."""
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf[" + CLERK.encode() + b"]")
    expected = (Role(title="Clerk"),)
    assert expected == cio.load_roles(path)
    assert expected == cio.load_roles("\ufeff[" + CLERK + "]")
    assert expected == cio.load_roles(io.StringIO("\ufeff[" + CLERK + "]"))


def test_dump_writes_to_paths_and_streams(tmp_path: Path) -> None:
    """A path, a text stream and a binary stream receive the same UTF-8 text."""
    roles = [Role(title="Café Clerk")]
    text = cio.dump_roles(roles)
    path = tmp_path / "out.json"
    text_stream, binary_stream = io.StringIO(), io.BytesIO()
    for target in (path, text_stream, binary_stream):
        assert text == cio.dump_roles(roles, target)
    assert text.encode() == path.read_bytes()
    assert text == text_stream.getvalue()
    assert text.encode() == binary_stream.getvalue()


def test_unreadable_source_type_is_our_error_naming_the_argument() -> None:
    """Something that is no source at all is refused with our error, at ``source``."""
    with pytest.raises(cd.ValidationError) as raised:
        cio.load_roles(5)  # type: ignore[arg-type]
    assert str(raised.value) == (
        "source: expected a path, JSON text, bytes or a readable stream, got int"
    )


# --------------------------------------------------------------------------- file errors


def _file_problem(source: Any) -> str:
    with pytest.raises(cd.DataFileError) as caught:
        cio.load_roles(source)
    return str(caught.value)


def test_a_missing_file_is_a_data_file_error(tmp_path: Path) -> None:
    """A path that does not exist names the file."""
    missing = tmp_path / "nope.json"
    assert f"cannot read {missing}: no such file" == _file_problem(missing)


def test_a_directory_is_a_data_file_error(tmp_path: Path) -> None:
    """A directory is not a role file."""
    assert f"cannot read {tmp_path}: it is a directory" == _file_problem(tmp_path)


@pytest.mark.parametrize("content", [b"", b"  \n", b"\xef\xbb\xbf"])
def test_an_empty_file_is_a_data_file_error(tmp_path: Path, content: bytes) -> None:
    """Empty and blank files are reported as empty."""
    path = tmp_path / "empty.json"
    path.write_bytes(content)
    assert _file_problem(path) == "the input is empty: expected a JSON list of roles"


def test_non_utf8_bytes_report_their_offset() -> None:
    """A Latin-1 byte names its value and offset."""
    assert (
        _file_problem(b'[{"title": "Caf\xe9"}]')
        == "the input is not UTF-8 text: byte 0xe9 at offset 15"
    )


def test_offset_counts_the_byte_order_mark() -> None:
    """The offset is into the bytes as given, BOM included."""
    assert (
        _file_problem(b"\xef\xbb\xbf[\xff]") == "the input is not UTF-8 text: byte 0xff at offset 4"
    )


def test_utf16_is_named() -> None:
    """UTF-16 input gets a message saying what to do."""
    data = "[]".encode("utf-16")
    assert _file_problem(data) == "the input is UTF-16 text; save it as UTF-8"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[1,",
            (
                "invalid JSON at line 1 column 4: Expecting value"
                " (the input ends early: is the file cut short?)"
            ),
        ),
        ("[1,]", "invalid JSON at line 1 column 4: Expecting value"),
        (
            '[{"title": "a",\n "title": "b"}]',
            "roles[0]: invalid JSON: the key 'title' repeats in one object",
        ),
        (
            "[NaN]",
            (
                "roles[0]: invalid JSON at line 1 column 2: NaN is not a number"
                " (write null for a missing value)"
            ),
        ),
        (
            '[\n  {"title": "C", "outlook": {"jobs": -Infinity}}]',
            (
                "roles[0].outlook.jobs: invalid JSON at line 2 column 38: -Infinity is not a number"
                " (write null for a missing value)"
            ),
        ),
        ("[" * 100_000 + "]" * 100_000, "invalid JSON: nested too deeply"),
    ],
)
def test_malformed_json_is_a_data_file_error(text: str, message: str) -> None:
    """Syntax errors, repeated keys, NaN and deep nesting are reported, never raised raw."""
    assert message == _file_problem(text)


def test_an_integer_too_long_to_convert_is_a_data_file_error() -> None:
    """Python's integer digit limit surfaces as our error."""
    assert _file_problem('[{"title": "C",\n"pay": {"yearly": ' + "1" * 5000 + "}}]") == (
        "roles[0].pay.yearly: invalid JSON at line 2 column 19: an integer of 5000 digits;"
        " at most 4300 are read"
    )


def test_files_above_the_size_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Paths, bytes, text and streams larger than MAX_FILE_SIZE are refused."""
    monkeypatch.setattr(cio._reading, "MAX_FILE_SIZE", 10)
    path = tmp_path / "big.json"
    path.write_text(f"[{CLERK}]", encoding="utf-8")
    message = "the input is 20 bytes; at most 10 bytes are accepted"
    assert message == _file_problem(path)
    assert message == _file_problem(path.read_bytes())
    assert message == _file_problem(path.read_text(encoding="utf-8"))
    assert (
        _file_problem(io.BytesIO(b"[" * 20))
        == "the input is too large; at most 10 bytes are accepted"
    )


def test_document_must_be_a_list_or_an_object_with_roles() -> None:
    """Other top-level values and envelopes are validation errors with paths."""
    assert _problems(b"5") == ['expected a list of roles or an object with "roles", got number 5']
    assert _problems("{}") == ["roles: required field missing"]
    assert _problems('{"roles": {}}') == ["roles: expected a list, got an object"]
    assert _problems('{"role": []}') == ["unknown field 'role'", "roles: required field missing"]


# --------------------------------------------------------------------------- value errors


@pytest.mark.parametrize(
    ("role", "problem"),
    [
        (
            {"title": "C", "pay": {"yearly": "61487"}},
            "pay.yearly: expected a number, got string '61487'",
        ),
        (
            {"title": "C", "pay": {"yearly": True}},
            "pay.yearly: expected a number, got boolean true",
        ),
        ({"title": "C", "pay": {"yearly": -5}}, "pay.yearly: must not be negative, got -5"),
        (
            {"title": "C", "pay": {"hourly": {"at_least": "5"}}},
            "pay.hourly.at_least: expected a number, got string '5'",
        ),
        (
            {"title": "C", "pay": {"hourly": {"amount": 5}}},
            'pay.hourly: expected a number or {"at_least": number}, got an object',
        ),
        (
            {"title": "C", "pay": {"range": {"low": 59000, "high": 30000}}},
            "pay.range: low 59000 is above high 30000",
        ),
        ({"title": "C", "pay": {"range": {"low": 1}}}, "pay.range.high: required field missing"),
        (
            {"title": "C", "pay": {"currency": "usd"}},
            "pay.currency: 'usd' is not an ISO 4217 code such as 'USD'",
        ),
        ({"title": "C", "pay": {"currency": 5}}, "pay.currency: expected text, got number 5"),
        (
            {"title": "C", "pay": {"yearly_percentiles": {"p10": 5, "median": 4}}},
            "pay.yearly_percentiles.median: 4 is below p10 5",
        ),
        (
            {"title": "C", "pay": {"leaders": {"city": "Tacoma"}}},
            "pay.leaders.city: expected an object, got string 'Tacoma'",
        ),
        ({"title": "C", "aliases": "CSM"}, "aliases: expected a list, got string 'CSM'"),
        ({"title": "C", "aliases": ["CSM", 5]}, "aliases[1]: expected text, got number 5"),
        ({"title": "C", "aliases": ["CSM", "csm"]}, "aliases[1]: repeats item 0: 'csm'"),
        ({"title": "  "}, "title: must not be empty or only white space"),
        ({"title": 5}, "title: expected text, got number 5"),
        ({}, "title: required field missing"),
        ({"title": None}, "title: required field missing"),
        ({"title": "C", "salary": 1}, "unknown field 'salary'"),
        (
            {"title": "C", "slug": "Not A Slug"},
            "slug: 'Not A Slug' is not a slug (lower-case letters and digits joined by hyphens)",
        ),
        (
            {"title": "C", "soc_code": "119111"},
            "soc_code: '119111' is not a SOC code such as '43-4051'",
        ),
        ({"title": "C", "article": "the"}, "article: expected 'a' or 'an', got string 'the'"),
        (
            {"title": "C", "outlook": {"jobs": 1.5}},
            "outlook.jobs: expected a whole number, got number 1.5",
        ),
        (
            {"title": "C", "outlook": {"jobs": "12"}},
            "outlook.jobs: expected a whole number, got string '12'",
        ),
        (
            {"title": "C", "outlook": {"growth_rate": False}},
            "outlook.growth_rate: expected a number, got boolean false",
        ),
        (
            {"title": "C", "career": {"satisfaction": 6}},
            "career.satisfaction: 6.0 is outside 1 to 5",
        ),
        (
            {"title": "C", "career": {"time_to_become": {"low": 6, "high": 4}}},
            "career.time_to_become: low 6 is above high 4",
        ),
        (
            {"title": "C", "education": {"degree_share": 1.2, "degree": "BA"}},
            "education.degree_share: 1.2 is not a share between 0 and 1 (shares are fractions: 0.46 means 46%)",
        ),
        (
            {"title": "C", "education": {"degree_share": 0.5}},
            "education.degree_share: a degree share needs the degree it belongs to",
        ),
        (
            {"title": "C", "demographics": {"gender": {"Male": 0.5, "Female": 0.6}}},
            "demographics.gender: shares sum to 1.1, not 1 (allowed rounding: 0.005)",
        ),
        (
            {
                "title": "C",
                "demographics": {"race": {"White": 0.5, "Black or African American": "0.5"}},
            },
            "demographics.race[\"Black or African American\"]: expected a number, got string '0.5'",
        ),
        (
            {"title": "C", "demographics": {"gender": {}}},
            "demographics.gender: a distribution needs at least one category",
        ),
        (
            {"title": "C", "demographics": {"gender": {"Male": 0.5, "male": 0.5}}},
            "demographics.gender.male: category 'male' repeats item 0",
        ),
        (
            {"title": "C", "demographics": {"gender": [0.5]}},
            "demographics.gender: expected an object, got a list",
        ),
        (
            {
                "title": "C",
                "skills": [{"name": "POS", "weight": 0.1}, {"name": "pos", "weight": 0.1}],
            },
            "skills[1]: skill 'pos' repeats item 0",
        ),
        ({"title": "C", "skills": ["POS"]}, "skills[0]: expected an object, got string 'POS'"),
        (
            {"title": "C", "skills": [{"name": "POS", "weight": 0.1}, {"name": "QA"}]},
            "skills[1].weight: give a weight for every skill or for none",
        ),
        (
            {"title": "C", "titles": {"de": {"singular": "X"}}},
            "titles.de.plural: required field missing",
        ),
        (
            {"title": "C", "titles": {"DE": {"singular": "X", "plural": "X"}}},
            "titles.DE: 'DE' is not a language code such as 'de', or 'pt_PT' for a regional variant",
        ),
        (
            {"title": "C", "titles": {"de": {"singular": "X", "plural": "X", "language": "de"}}},
            "titles.de: unknown field 'language'",
        ),
        ({"title": "C", "titles": [{"singular": "X"}]}, "titles: expected an object, got a list"),
        (
            {"title": "C", "source": {"publisher": "P", "retrieved": "2026-02-30"}},
            "source.retrieved: '2026-02-30' is not a calendar date",
        ),
        (
            {"title": "C", "source": {"publisher": "P", "retrieved": "23.11.2026"}},
            "source.retrieved: expected a date written YYYY-MM-DD, got string '23.11.2026'",
        ),
        (
            {"title": "C", "source": {"publisher": "P", "retrieved": "20261123"}},
            "source.retrieved: expected a date written YYYY-MM-DD, got string '20261123'",
        ),
        (
            {"title": "C", "description": "a\udc80b"},
            "description: contains an unpaired surrogate: not valid Unicode text",
        ),
    ],
)
def test_each_bad_value_is_reported_with_its_path(role: dict[str, Any], problem: str) -> None:
    """Wrong types, missing fields, unknown keys and model rules name the value's path."""
    assert [
        f"roles[0].{problem}" if not problem.startswith("unknown") else f"roles[0]: {problem}"
    ] == (_role_problems(role))


def test_every_bad_value_of_every_role_is_listed() -> None:
    """One error lists the problems of all roles, not just the first."""
    text = json.dumps(
        [
            {"title": "Clerk", "pay": {"yearly": "61487", "range": {"low": "a"}}},
            {"title": "Cashier"},
            {"salary": 1},
            "Manager",
        ]
    )
    assert _problems(text) == [
        "roles[0].pay.yearly: expected a number, got string '61487'",
        "roles[0].pay.range.low: expected a number, got string 'a'",
        "roles[0].pay.range.high: required field missing",
        "roles[2].title: required field missing",
        "roles[2]: unknown field 'salary'",
        "roles[3]: expected an object, got string 'Manager'",
    ]


def test_repeated_slugs_are_rejected() -> None:
    """A slug used twice names both positions."""
    text = json.dumps([{"title": "A"}, {"title": "X"}, {"title": "B"}, {"title": "x"}])
    assert _problems(text) == ["roles[3].slug: 'x' repeats roles[1]"]


def test_dataset_info_problems_have_their_path() -> None:
    """The "dataset" object is validated like a role."""
    text = '{"dataset": {"name": "Mine", "owner": "me"}, "roles": []}'
    assert _problems(text) == [
        "dataset: unknown field 'owner'",
    ]


def test_structure_role_raises_paths_relative_to_the_role() -> None:
    """Single-role structuring has no roles[i] prefix, and rejects non-objects."""
    with pytest.raises(cd.ValidationError) as caught:
        cio.structure_role({"title": "C", "pay": {"yearly": "1"}})
    assert caught.value.paths == ("pay.yearly",)
    with pytest.raises(cd.ValidationError, match="expected an object, got a list"):
        cio.structure_role([])  # type: ignore[arg-type]


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.floats(allow_nan=False),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["title", "pay", "yearly", "range", "low", "skills", "name", "x"]),
            inner,
            max_size=3,
        )
    ),
    max_leaves=12,
)


@given(st.lists(_JSON, max_size=3))
def test_arbitrary_json_never_escapes_as_a_foreign_exception(document: list[Any]) -> None:
    """Any JSON either loads or raises ValidationError: never cattrs', json's or KeyError."""
    messages: list[str] = []
    try:
        cio.load_roles(json.dumps(document))
    except cd.ValidationError as error:
        messages = [problem.message for problem in error.problems] or [""]
    assert all(messages)


# --------------------------------------------------------------------------- dumping errors


def test_dump_rejects_repeated_slugs_and_non_roles() -> None:
    """What could not be loaded back is not written."""
    with pytest.raises(cd.ValidationError) as caught:
        cio.dump_roles([Role(title="A"), "B", Role(title="a")])  # type: ignore[list-item]
    assert [str(p) for p in caught.value.problems] == [
        "roles[1]: expected a Role, got string 'B'",
        "roles[2].slug: 'a' repeats roles[0]",
    ]


def test_dump_to_an_unwritable_path_is_a_data_file_error(tmp_path: Path) -> None:
    """Write failures are our error, naming the file."""
    target = tmp_path / "missing-dir" / "out.json"
    with pytest.raises(cd.DataFileError, match=r"cannot write .*out\.json"):
        cio.dump_roles([Role(title="A")], target)


# --------------------------------------------------------------------------- to_jsonable


class _Direction(enum.Enum):
    UP = "up"


@attrs.frozen
class _Comparison:
    first: Role
    delta: Money | None
    ratio: Decimal
    direction: _Direction
    note: str | None = None
    items: tuple[int, ...] = ()
    count: int = 0


def test_to_jsonable_serialises_any_attrs_object_of_the_library() -> None:
    """Comparison-like objects: roles as in files, money with currency, enums as values."""
    comparison = _Comparison(
        first=Role(title="Clerk", pay=Pay(yearly=Money(5))),
        delta=Money("2.50", at_least=True),
        ratio=Decimal("1.25"),
        direction=_Direction.UP,
    )
    assert cio.to_jsonable(comparison) == {
        "first": {"title": "Clerk", "slug": "clerk", "pay": {"currency": "USD", "yearly": 5}},
        "delta": {"amount": 2.5, "currency": "USD", "at_least": True},
        "ratio": 1.25,
        "direction": "up",
        "count": 0,
    }


def test_to_jsonable_of_values() -> None:
    """Distributions become objects, dates strings, money outside pay names its currency."""
    assert cio.to_jsonable(Distribution.of({"Male": 0.5, "Female": 0.5})) == {
        "Male": 0.5,
        "Female": 0.5,
    }
    assert cio.to_jsonable(dt.date(2026, 11, 23)) == "2026-11-23"
    assert cio.to_jsonable(Money(7, "EUR")) == {"amount": 7, "currency": "EUR"}


@given(st.lists(strategies.roles(), max_size=3, unique_by=lambda role: role.slug))
def test_compact_dump_is_byte_stable_and_loads_equal(roles: list[Role]) -> None:
    """indent=None writes compact JSON that round-trips like the indented form."""
    text = cio.dump_roles(roles, indent=None)
    assert "\n" not in text.rstrip("\n")
    assert cio.load_roles(text) == tuple(roles)
    assert cio.dump_roles(cio.load_roles(text), indent=None) == text


# --------------------------------------------------------------------------- JSON Schema

SCHEMA_PATH = Path(cd.__file__).parent / "data" / "roles.schema.json"
REGENERATE = (
    'python -c "import careerdata.io as io, pathlib; pathlib.Path('
    "'src/careerdata/data/roles.schema.json').write_text(io._schema_text(), 'utf-8')\""
)


@functools.cache
def _validator() -> Any:
    """A draft 2020-12 validator of the shipped schema (a plain function: hypothesis reprs
    fixture arguments of failing examples, and this one is large)."""
    schema = cio.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_shipped_schema_is_generated_from_the_model() -> None:
    """The packaged schema file is exactly what the model generates today."""
    assert SCHEMA_PATH.read_text(encoding="utf-8") == cio._schema_text(), REGENERATE


def _model_classes(cls: type, seen: dict[str, type]) -> dict[str, type]:
    """Every attrs class reachable from ``cls`` through its fields' annotations."""
    seen[cls.__name__] = cls
    for field in attrs.fields(attrs.resolve_types(cls)):
        for candidate in vars(cd.model).values():
            if (
                isinstance(candidate, type)
                and attrs.has(candidate)
                and candidate.__name__ not in seen
                and candidate.__name__ in str(field.type)
            ):
                _model_classes(candidate, seen)
    return seen


def test_every_model_field_appears_in_the_schema() -> None:
    """Each field of each class in a role file is a property of its class in the schema."""
    defs = cio.schema()["$defs"]
    classes = _model_classes(Role, {}) | _model_classes(DatasetInfo, {})
    # Written in a form of their own: money as numbers, distributions and titles as objects.
    inline = {"Money", "Distribution", "CategoryShare", "LocalizedTitle", "Translation"}
    expected = {
        name: [field.name for field in attrs.fields(cls)]
        for name, cls in classes.items()
        if name not in inline
    }
    assert {name: list(defs[name]["properties"]) for name in expected} == expected
    titled = [field.name for field in attrs.fields(cd.model.LocalizedTitle)][1:]
    assert list(defs["titles"]["additionalProperties"]["properties"]) == titled
    translated = [field.name for field in attrs.fields(Translation) if field.name != "language"]
    assert list(defs["translations"]["additionalProperties"]["properties"]) == translated


@given(st.lists(strategies.roles(), max_size=3, unique_by=lambda role: role.slug))
def test_every_valid_file_validates_against_the_schema(roles: list[Role]) -> None:
    """Whatever dump_roles writes, as an array or with a dataset object, the schema accepts."""
    info = DatasetInfo("mine", title="Mine", description="Mine.")
    for text in (cio.dump_roles(roles), cio.dump_roles(roles, info=info)):
        assert [error.message for error in _validator().iter_errors(json.loads(text))] == []


@pytest.mark.parametrize("name", cd.datasets())
def test_embedded_datasets_validate_against_the_schema(name: str) -> None:
    """The shipped data files satisfy the shipped schema."""
    path = Path(cd.__file__).parent / "data" / f"{name}.json"
    assert [e.message for e in _validator().iter_errors(json.loads(path.read_bytes()))] == []


@pytest.mark.parametrize(
    "role",
    [
        {"title": "C", "salary": 1},
        {},
        {"title": " C"},
        {"title": "C", "pay": {"yearly": "61487"}},
        {"title": "C", "pay": {"yearly": -1}},
        {"title": "C", "pay": {"hourly": {"amount": 5}}},
        {"title": "C", "pay": {"range": {"low": {"at_least": 1}, "high": 2}}},
        {"title": "C", "aliases": "CSM"},
        {"title": "C", "aliases": ["A", "A"]},
        {"title": "C", "education": {"degree": "BA", "degree_share": 46}},
        {"title": "C", "career": {"satisfaction": 6}},
        {"title": "C", "outlook": {"jobs": 1.5}},
        {"title": "C", "demographics": {"gender": {"Male": "0.5"}}},
        {"title": "C", "demographics": {"race": {"X": {"share": 1, "unreported": 1}}}},
        {"title": "C", "demographics": {"race": {"X": {"share": 1, "unknown": True}}}},
        {"title": "C", "demographics": {"race": {"X": {"unreported": True}}}},
        {"title": "C", "demographics": {"race": {"X": {"share": 2, "unreported": True}}}},
        {"title": "C", "titles": {"de": {"singular": "X"}}},
        {"title": "C", "source": {"publisher": "P", "retrieved": "23.11.2026"}},
        {"title": "C", "article": "the"},
        {"title": "C", "slug": "Not A Slug"},
    ],
)
def test_the_schema_rejects_what_loading_rejects(role: dict[str, Any]) -> None:
    """Wrong types, ranges, formats and unknown keys fail both the schema and load_roles."""
    assert not _validator().is_valid([role])
    with pytest.raises(cd.ValidationError):
        cio.load_roles(json.dumps([role]))


# The place of each constrained field in a role file: a base object of its class, valid with
# the field left out and with every other rule of the class (rules across fields) satisfied
# whatever the field holds, and how the object sits in a file.
def _in_role(**fields: Any) -> list[dict[str, Any]]:
    return [{"title": "Clerk", "slug": "clerk", **fields}]


_PLACES: dict[type, tuple[dict[str, Any], Any]] = {
    Role: ({"title": "Clerk", "slug": "clerk"}, lambda obj: [obj]),
    DatasetInfo: ({"name": "mine"}, lambda obj: {"dataset": obj, "roles": []}),
    Provenance: ({"publisher": "P"}, lambda obj: _in_role(source=obj)),
    Pay: ({}, lambda obj: _in_role(pay=obj)),
    # The high end is the largest amount there is: no low end is above it.
    SalaryBand: ({"high": 999_999_999_999.999}, lambda obj: _in_role(pay={"range": obj})),
    Money: ({}, lambda obj: _in_role(pay={"yearly": obj["amount"]})),  # as a pay group has it
    cd.model.Outlook: ({}, lambda obj: _in_role(outlook=obj)),
    cd.model.Career: ({}, lambda obj: _in_role(career=obj)),
    cd.model.YearRange: (
        {"low": 0, "high": 80},
        lambda obj: _in_role(career={"time_to_become": obj}),
    ),
    cd.model.Education: ({"degree": "BA"}, lambda obj: _in_role(education=obj)),
    cd.model.Demographics: ({}, lambda obj: _in_role(demographics=obj)),
    cd.model.Skill: ({"name": "X"}, lambda obj: _in_role(skills=[obj])),
    cd.model.PayLeader: ({"name": "X"}, lambda obj: _in_role(pay={"leaders": {"city": obj}})),
    cd.model.LocalizedTitle: (
        {"language": "de", "singular": "X", "plural": "Xs"},
        lambda obj: _in_role(titles={obj.pop("language"): obj}),
    ),
    cd.model.Translation: (
        {"language": "de"},
        lambda obj: _in_role(
            description="D.",
            education={"degree": "BA", "major": "M"},
            # As many as the translation gives, so that each has its original.
            responsibilities=[f"Duty {i}." for i in range(_length(obj, "responsibilities"))],
            skills=[{"name": f"S{i}"} for i in range(_length(obj, "skills"))],
            translations={obj.pop("language"): obj},
        ),
    ),
    cd.model.CategoryShare: (
        {"category": "Male", "share": 1},
        # The other category takes the rest, so that the shares sum to 1 whenever they can.
        lambda obj: _in_role(demographics={"gender": _two_categories(obj)}),
    ),
}


def _length(obj: dict[str, Any], name: str) -> int:
    value = obj.get(name)
    return len(value) if isinstance(value, list) else 0


def _two_categories(obj: dict[str, Any]) -> dict[Any, Any]:
    share = obj["share"]
    if isinstance(share, (int, float)) and not isinstance(share, bool):
        return {obj["category"]: share, "Other": 1 - share}
    return {obj["category"]: share}


# Amounts in a role file are written in their pay group's currency (Pay.currency).
_NOT_WRITTEN = {(Money, "currency")}


def _constrained_fields() -> list[tuple[type, str]]:
    """Every field of a class in a role file whose validator is a model Constraint."""
    classes = _model_classes(Role, {}) | _model_classes(DatasetInfo, {})
    return [
        (cls, field.name)
        for cls in classes.values()
        for field in attrs.fields(cls)
        if isinstance(field.validator, cd.model.Constraint)
        and (cls, field.name) not in _NOT_WRITTEN
    ]


def _loads(document: Any) -> bool:
    try:
        cio.load_roles(json.dumps(document))
    except cd.ValidationError:
        return False
    return True


def _digits_beyond_json_schema(value: Any) -> bool:
    """Amounts with more significant digits or decimal places than loading keeps exactly."""
    if isinstance(value, dict):
        value = value.get("at_least")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    _, digits, exponent = Decimal(repr(value)).normalize().as_tuple()
    return len(digits) > cd.model.MAX_AMOUNT_DIGITS or (
        isinstance(exponent, int) and exponent < -cd.model.MAX_AMOUNT_PLACES
    )


def test_every_constrained_field_has_a_place_in_the_agreement_test() -> None:
    """Each model Constraint is probed by the test below: a new one needs its place."""
    assert [(c.__name__, n) for c, n in _constrained_fields() if c not in _PLACES] == []


@pytest.mark.parametrize(
    ("cls", "name"), _constrained_fields(), ids=lambda x: getattr(x, "__name__", x)
)
@given(value=strategies.json_probes)
def test_loading_and_the_schema_agree_on_every_constrained_field(
    cls: type, name: str, value: Any
) -> None:
    """For any value of a constrained field, load_roles and the schema both accept or refuse."""
    rule = getattr(attrs.fields(cls), name).validator
    # Rules JSON Schema cannot state, which loading alone checks (documented on the rules):
    # case-insensitive repeats in a list, and amounts' significant digits and decimal places.
    if isinstance(rule, cd.model.Texts) and isinstance(value, list):
        texts = [item for item in value if isinstance(item, str)]
        assume(len({text.casefold() for text in texts}) == len(set(texts)))
    if isinstance(rule, (cd.model.Amount, cd.model.ExactMoney)):
        assume(not _digits_beyond_json_schema(value))
    if name in ("language", "category"):
        assume(isinstance(value, str))  # an object key
    if (cls, name) == (cd.Translation, "categories") and isinstance(value, dict):
        # A translated category must be one of the role's own (checked across values).
        assume(not value)
    base, place = _PLACES[cls]
    document = place({**base, name: value})
    note(json.dumps(document))
    assert _validator().is_valid(json.loads(json.dumps(document))) == _loads(document)


def test_schema_returns_a_fresh_dict() -> None:
    """Changing the returned schema does not change the next one."""
    cio.schema()["title"] = "changed"
    assert cio.schema()["title"] == "careerdata role file"


# --------------------------------------------------------------------------- safety

_AUDITED: list[tuple[str, tuple[Any, ...]]] | None = None
_WATCHED = ("open", "exec", "compile", "os.system", "subprocess.Popen", "pickle.find_class")


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _AUDITED is not None and event in _WATCHED:
        _AUDITED.append((event, args))


sys.addaudithook(_audit)  # hooks cannot be removed; this one records only inside _audited()


def _audited(source: Any) -> tuple[tuple[cd.Role, ...], list[tuple[str, tuple[Any, ...]]]]:
    """Load ``source`` (twice: the first warms lazy imports up) and record audit events."""
    global _AUDITED  # noqa: PLW0603 - the hook cannot take arguments
    cio.load_roles(source)
    _AUDITED = []
    try:
        roles = cio.load_roles(source)
        return roles, _AUDITED
    finally:
        _AUDITED = None


_HOSTILE = [
    "__import__('os').system('touch /tmp/pwned')",
    "{{ 7 * 7 }} ${7*7} %(x)s {0}",
    "file:///etc/passwd",
    "/etc/passwd",
    "c__builtin__\neval",
]


def test_loading_opens_only_the_given_file_and_evaluates_nothing(tmp_path: Path) -> None:
    """Paths and code inside the data are kept as text: no other file opened, nothing run."""
    role = {
        "title": "Clerk",
        "description": _HOSTILE[0],
        "aliases": _HOSTILE[1:4],
        "source": {
            "publisher": "P",
            "url": "file:///etc/passwd",
            "files": ["/etc/passwd", "../secret.json"],
            "note": _HOSTILE[4],
        },
    }
    path = tmp_path / "roles.json"
    path.write_text(json.dumps([role]), encoding="utf-8")
    roles, events = _audited(path)
    assert [("open", str(path))] == [(event, str(args[0])) for event, args in events]
    assert (_HOSTILE[0], tuple(_HOSTILE[1:4]), _HOSTILE[4]) == (
        roles[0].description,
        roles[0].aliases,
        roles[0].source.note if roles[0].source else None,
    )


def test_text_and_bytes_open_no_file_at_all() -> None:
    """JSON text and bytes are read from memory only, even when they name files."""
    text = json.dumps([{"title": "Clerk", "source": {"publisher": "P", "files": ["/etc/passwd"]}}])
    for source in (text, text.encode()):
        _, events = _audited(source)
        assert events == []


class _EndlessStream(io.RawIOBase):
    """A stream that never ends, counting the bytes asked for."""

    def __init__(self) -> None:
        self.asked = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            raise AssertionError("read everything from an endless stream")
        self.asked += size
        return b"[" * size


def test_an_endless_stream_is_read_only_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stream is asked for MAX_FILE_SIZE + 1 bytes at most, then refused."""
    monkeypatch.setattr(cio._reading, "MAX_FILE_SIZE", 1000)
    stream = _EndlessStream()
    assert _file_problem(stream) == "the input is too large; at most 1000 bytes are accepted"
    assert stream.asked == 1001


def test_a_file_above_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A sparse 64 MiB + 1 file is refused by its size: memory stays small."""
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(cio.MAX_FILE_SIZE + 1)
    tracemalloc.start()
    try:
        message = _file_problem(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f"the input is {cio.MAX_FILE_SIZE + 1} bytes; at most 67108864 bytes are accepted" == (
        message
    )
    assert peak < 1024 * 1024


def test_the_documented_limit_is_64_mib() -> None:
    """MAX_FILE_SIZE is what the docs say."""
    assert cio.MAX_FILE_SIZE == 64 * 1024 * 1024


def test_field_types_are_those_typing_resolves() -> None:
    """Each model class's field types, evaluated once per annotation, are get_type_hints'."""
    classes = [
        value for value in vars(model).values() if isinstance(value, type) and attrs.has(value)
    ]
    assert len(classes) > 15
    for cls in classes:
        hints = typing.get_type_hints(cls)
        assert [(field.name, hints[field.name]) for field in attrs.fields(cls)] == [
            (field.name, type_) for field, type_ in field_types(cls)
        ]


@pytest.mark.parametrize(
    "name",
    ["roles.csv", "roles.CSV", "a/b.tar.csv", ".csv", "..csv", "roles.", "dir.csv/", "a/..", "", "/",
     "roles", "x/./y.Json", "über.csv"],
)  # fmt: skip
def test_a_paths_suffix_is_read_as_pathlib_reads_it(name: str) -> None:
    """The suffix that tells CSV from JSON is pathlib's, without importing pathlib."""
    from careerdata.io._documents import _suffix  # noqa: PLC0415

    assert Path(name).suffix.lower() == _suffix(name)


# --------------------------------------------------------------------------- the two tiers


def _structured(data: Any, write_out_after: int) -> object:
    """``structure_role(data)`` (or its problems) with fresh structure functions that loop
    over the fields for ``write_out_after`` objects per class, then are written out."""
    from careerdata.io import _structure  # noqa: PLC0415

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_structure, "_STRUCTURERS", {})
        patch.setattr(_structure, "WRITE_OUT_AFTER", write_out_after)
        try:
            return cio.structure_role(data)
        except cd.ValidationError as error:
            return [(problem.path, problem.message) for problem in error.problems]


def _embedded_records() -> list[Any]:
    from careerdata.datasets import _data_dir, _manifest  # noqa: PLC0415
    from careerdata.io._documents import read_records  # noqa: PLC0415

    return [
        record
        for entry in _manifest().values()
        for record in read_records(_data_dir().joinpath(entry.file).read_bytes())[0]
    ]


def _broken(record: dict[str, Any]) -> list[Any]:
    """Bad variants of a good record: each level of the model gets a wrong value."""
    pay = record.get("pay") or {}
    return [
        {**record, "title": 61487},
        {key: value for key, value in record.items() if key != "title"},
        {**record, "unknown": 1, "aliases": "CSM"},
        {**record, "pay": {**pay, "yearly": "61487", "currency": "usd"}},
        {**record, "titles": {"de": {"singular": 1}, "xx-": {"plural": None}}},
        {**record, "skills": [{"name": ""}, 3, {"name": "x", "weight": 2}]},
        {**record, "demographics": {"gender": {"male": 0.7, "female": "0.3"}}},
        [record],
    ]


def test_the_loop_and_the_written_out_functions_build_the_same_roles() -> None:
    """Every embedded role is built equal by both tiers, and each bad variant of one fails in
    both with the same problems at the same paths."""
    records = _embedded_records()
    corpus = [*records, *(bad for record in records[::97] for bad in _broken(record))]
    looped = [_structured(data, 10**9) for data in corpus]
    written = [_structured(data, 0) for data in corpus]
    assert looped == written
    assert sum(isinstance(found, list) for found in looped) == len(corpus) - len(records)


@given(strategies.roles())
def test_both_tiers_invert_unstructure_role(role: Role) -> None:
    """For any valid role, either tier gives back the role that was unstructured."""
    data = cio.unstructure_role(role)
    assert (role, role) == (_structured(data, 10**9), _structured(data, 0))
