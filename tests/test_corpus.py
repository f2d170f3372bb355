"""The bad-input corpus: every malformed role file is refused with our error, at its path.

Each case is a whole file (bytes, exactly as it would arrive) with the error class it must raise
and the path of every problem, in order.  Nothing else may escape: not json's, cattrs' or
Python's own exceptions, and no message may be unreadable (huge, raw reprs, "None").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import careerdata as cd
from careerdata import io as cio


class Case(NamedTuple):
    """One malformed input and what it must produce."""

    name: str
    data: bytes
    error: type[cd.ValidationError]
    paths: tuple[str, ...]
    says: str  # a fragment the message must contain: what is wrong or what would be right


def _roles(*roles: Any) -> bytes:
    return json.dumps(list(roles), ensure_ascii=False).encode()


def _clerk(**fields: Any) -> bytes:
    """A one-role file: a clerk with ``fields`` added (or replaced)."""
    return _roles({"title": "Clerk", **fields})


def _pay(**fields: Any) -> bytes:
    return _clerk(pay=fields)


V = cd.ValidationError
F = cd.DataFileError
LONG = "x" * 201
HUGE = "y" * 1_000_000

CORPUS = [
    # ----------------------------------------------------------------- not JSON at all
    Case("empty", b"", F, ("",), "the input is empty"),
    Case("blank", b" \n\t ", F, ("",), "the input is empty"),
    Case("bom only", b"\xef\xbb\xbf", F, ("",), "the input is empty"),
    Case("truncated array", b'[{"title": "Clerk"}', F, ("",), "the input ends early"),
    Case("truncated string", b'[{"title": "Cle', F, ("",), "Unterminated string"),
    Case("truncated number", b'[{"title": "C", "pay": {"yearly": 1', F, ("",), "invalid JSON"),
    Case("trailing garbage", b'[{"title": "Clerk"}] x', F, ("",), "Extra data"),
    Case("trailing comma", b'[{"title": "Clerk"},]', F, ("",), "invalid JSON at line 1"),
    Case("single quotes", b"[{'title': 'Clerk'}]", F, ("",), "property name enclosed in"),
    Case("comment", b'// roles\n[{"title": "Clerk"}]', F, ("",), "line 1 column 1"),
    Case(
        "NaN",
        b'[{"title": "C", "outlook": {"growth_rate": NaN}}]',
        F,
        ("roles[0].outlook.growth_rate",),
        "line 1 column 44: NaN is not",
    ),
    Case(
        "Infinity",
        b'[{"title": "C", "career": {"satisfaction": Infinity}}]',
        F,
        ("roles[0].career.satisfaction",),
        "null",
    ),
    Case(
        "-Infinity",
        b'[{"title": "C",\n "outlook": {"jobs": -Infinity}}]',
        F,
        ("roles[0].outlook.jobs",),
        "line 2 column 22: -Infinity",
    ),
    Case(
        "NaN after a string holding NaN",
        b'[{"title": "NaN \\" NaN", "outlook": {"jobs": 1}}, {"title": "B", "pay": {"yearly": NaN}}]',
        F,
        ("roles[1].pay.yearly",),
        "line 1 column 84: NaN",
    ),
    Case("deep arrays", b"[" * 100_000 + b"]" * 100_000, F, ("",), "nested too deeply"),
    Case("deep objects", b'{"a":' * 100_000 + b"1" + b"}" * 100_000, F, ("",), "too deeply"),
    Case(
        "5000-digit integer",
        b'[{"title": "C", "pay": {"yearly": 1' + b"0" * 5000 + b"}}]",
        F,
        ("roles[0].pay.yearly",),
        "line 1 column 35: an integer of 5001 digits",
    ),
    # ----------------------------------------------------------------- encodings
    Case("latin-1 byte", '[{"title": "Café"}]'.encode("latin-1"), F, ("",), "byte 0xe9 at offset"),
    Case("stray 0xff", b'[{"title": "Clerk\xff"}]', F, ("",), "not UTF-8"),
    Case("overlong utf-8", b'[{"title": "\xc0\xaf"}]', F, ("",), "byte 0xc0"),
    Case("utf-16 with bom", '[{"title": "Clerk"}]'.encode("utf-16"), F, ("",), "UTF-16"),
    Case("utf-32 with bom", '[{"title": "Clerk"}]'.encode("utf-32"), F, ("",), "UTF-32"),
    Case("utf-16 without bom", '[{"title": "Clerk"}]'.encode("utf-16-le"), F, ("",), "not UTF-8"),
    Case(
        "lone surrogate escape",
        b'[{"title": "C\\ud800"}]',
        V,
        ("roles[0].title",),
        "unpaired surrogate",
    ),
    # ----------------------------------------------------------------- the document's shape
    Case("a string", b'"roles"', V, ("",), "expected a list of roles"),
    Case("a number", b"42", V, ("",), "got number 42"),
    Case("null", b"null", V, ("",), "got null"),
    Case(
        "object without roles",
        b'{"dataset": {"name": "mine"}}',
        V,
        ("roles",),
        "required field missing",
    ),
    Case("roles an object", b'{"roles": {"title": "Clerk"}}', V, ("roles",), "expected a list"),
    Case("unknown top-level key", b'{"roles": [], "version": 2}', V, ("",), "'version'"),
    Case(
        "dataset a string",
        b'{"dataset": "mine", "roles": []}',
        V,
        ("dataset",),
        "expected an object",
    ),
    Case(
        "dataset name not a slug",
        b'{"dataset": {"name": "My Roles"}, "roles": []}',
        V,
        ("dataset.name",),
        "is not a slug",
    ),
    Case("array where a role belongs", _roles(["Clerk"]), V, ("roles[0]",), "expected an object"),
    Case("string where a role belongs", _roles("Clerk"), V, ("roles[0]",), "expected an object"),
    Case("null role", _roles(None), V, ("roles[0]",), "got null"),
    # ----------------------------------------------------------------- keys
    Case(
        "repeated key",
        b'[{"title": "A", "title": "B"}]',
        F,
        ("roles[0]",),
        "the key 'title' repeats",
    ),
    Case(
        "repeated key deep",
        b'[{"title": "A", "pay": {"yearly": 1, "yearly": 2}}]',
        F,
        ("roles[0].pay",),
        "'yearly' repeats",
    ),
    Case(
        "repeated category key",
        b'[{"title": "A", "demographics": {"gender": {"Male": 0.5, "Male": 0.5}}}]',
        F,
        ("roles[0].demographics.gender",),
        "'Male'",
    ),
    Case("unknown role key", _clerk(salary=61487), V, ("roles[0]",), "unknown field 'salary'"),
    Case("unknown pay key", _pay(median=5), V, ("roles[0].pay",), "unknown field 'median'"),
    Case(
        "unknown leader key",
        _pay(leaders={"city": {"name": "X", "pay": 1}}),
        V,
        ("roles[0].pay.leaders.city",),
        "unknown field 'pay'",
    ),
    Case("missing title", _roles({"slug": "clerk"}), V, ("roles[0].title",), "required"),
    # ----------------------------------------------------------------- titles and text
    Case("title a number", _roles({"title": 5}), V, ("roles[0].title",), "expected text"),
    Case("title a list", _roles({"title": ["Clerk"]}), V, ("roles[0].title",), "got a list"),
    Case("empty title", _roles({"title": ""}), V, ("roles[0].title",), "must not be empty"),
    Case("white-space title", _roles({"title": " \t "}), V, ("roles[0].title",), "white space"),
    Case("padded title", _roles({"title": " Clerk"}), V, ("roles[0].title",), "start or end"),
    Case(
        "bell in title",
        _roles({"title": "Cl\u0007erk"}),
        V,
        ("roles[0].title",),
        "control character '\\x07'",
    ),
    Case("newline in title", _roles({"title": "Cl\nerk"}), V, ("roles[0].title",), "'\\n'"),
    Case("NUL in title", b'[{"title": "Cl\\u0000erk"}]', V, ("roles[0].title",), "'\\x00'"),
    Case(
        "C1 control in title",
        _roles({"title": "Cl\u0085erk"}),
        V,
        ("roles[0].title",),
        "control character",
    ),
    Case(
        "tab in a responsibility",
        _clerk(responsibilities=["Files\tpapers."]),
        V,
        ("roles[0].responsibilities[0]",),
        "'\\t'",
    ),
    Case(
        "title too long",
        _roles({"title": LONG}),
        V,
        ("roles[0].title",),
        "201 characters long; at most 200",
    ),
    Case("megabyte title", _roles({"title": HUGE}), V, ("roles[0].title",), "1000000 characters"),
    Case("megabyte padded slug", _clerk(slug=" " + HUGE), V, ("roles[0].slug",), "not a slug"),
    Case(
        "description too long",
        _clerk(description="z" * 5001),
        V,
        ("roles[0].description",),
        "at most 5000",
    ),
    Case("alias too long", _clerk(aliases=[LONG]), V, ("roles[0].aliases[0]",), "at most 200"),
    Case("slug with spaces", _clerk(slug="Clerk Two"), V, ("roles[0].slug",), "is not a slug"),
    Case("title without a slug", _roles({"title": "???"}), V, ("roles[0].slug",), "not a slug"),
    Case("soc code too long", _clerk(soc_code="43-40510"), V, ("roles[0].soc_code",), "43-4051"),
    Case(
        "soc code in arabic digits",
        _clerk(soc_code="٤٣-٤٠٥١"),
        V,
        ("roles[0].soc_code",),
        "not a SOC code",
    ),
    Case("article the", _clerk(article="the"), V, ("roles[0].article",), "'a' or 'an'"),
    # ----------------------------------------------------------------- lists
    Case("aliases a string", _clerk(aliases="CSM"), V, ("roles[0].aliases",), "expected a list"),
    Case("aliases an object", _clerk(aliases={"CSM": 1}), V, ("roles[0].aliases",), "a list"),
    Case(
        "repeated alias",
        _clerk(aliases=["File clerk", "FILE CLERK"]),
        V,
        ("roles[0].aliases[1]",),
        "repeats item 0",
    ),
    Case(
        "repeated responsibility",
        _clerk(responsibilities=["Files.", "Files."]),
        V,
        ("roles[0].responsibilities[1]",),
        "repeats item 0",
    ),
    Case(
        "responsibilities a string",
        _clerk(responsibilities="Files."),
        V,
        ("roles[0].responsibilities",),
        "expected a list",
    ),
    Case(
        "repeated skill",
        _clerk(skills=[{"name": "POS"}, {"name": "pos"}]),
        V,
        ("roles[0].skills[1]",),
        "repeats item 0",
    ),
    Case("skills a string", _clerk(skills="POS, QA"), V, ("roles[0].skills",), "a list"),
    Case(
        "skill a string", _clerk(skills=["POS"]), V, ("roles[0].skills[0]",), "expected an object"
    ),
    Case(
        "some skills weighted",
        _clerk(skills=[{"name": "A", "weight": 0.2}, {"name": "B"}]),
        V,
        ("roles[0].skills[1].weight",),
        "every skill or for none",
    ),
    Case(
        "skill weights over 1",
        _clerk(skills=[{"name": "A", "weight": 0.7}, {"name": "B", "weight": 0.7}]),
        V,
        ("roles[0].skills",),
        "sum to 1.4, more than 1",
    ),
    Case(
        "skill weight a percentage",
        _clerk(skills=[{"name": "A", "weight": 15}]),
        V,
        ("roles[0].skills[0].weight",),
        "0.46 means 46%",
    ),
    # ----------------------------------------------------------------- money
    Case(
        "amount a string",
        _pay(yearly="61487"),
        V,
        ("roles[0].pay.yearly",),
        "expected a number, got string '61487'",
    ),
    Case("amount a boolean", _pay(hourly=True), V, ("roles[0].pay.hourly",), "boolean true"),
    Case("amount an array", _pay(yearly=[61487]), V, ("roles[0].pay.yearly",), "got a list"),
    Case(
        "negative money", _pay(yearly=-61487), V, ("roles[0].pay.yearly",), "must not be negative"
    ),
    Case(
        "negative hourly",
        b'[{"title": "C", "pay": {"hourly": -0.01}}]',
        V,
        ("roles[0].pay.hourly",),
        "must not be negative",
    ),
    Case(
        "1e400",
        b'[{"title": "C", "pay": {"yearly": 1e400}}]',
        V,
        ("roles[0].pay.yearly",),
        "too large",
    ),
    Case(
        "1e-400",
        b'[{"title": "C", "pay": {"hourly": 1e-400}}]',
        V,
        ("roles[0].pay.hourly",),
        "more than 300 decimal places",
    ),
    Case("a trillion", _pay(yearly=10**12), V, ("roles[0].pay.yearly",), "too large"),
    Case(
        "too many digits",
        b'[{"title": "C", "pay": {"yearly": 12345678901.23456}}]',
        V,
        ("roles[0].pay.yearly",),
        "more than 15 significant digits",
    ),
    Case("currency lower case", _pay(currency="usd"), V, ("roles[0].pay.currency",), "'USD'"),
    Case("currency a number", _pay(currency=840), V, ("roles[0].pay.currency",), "expected text"),
    Case(
        "band upside down",
        _pay(range={"low": 59000, "high": 30000}),
        V,
        ("roles[0].pay.range",),
        "low 59000 is above high 30000",
    ),
    Case("band missing high", _pay(range={"low": 1}), V, ("roles[0].pay.range.high",), "required"),
    Case("band an array", _pay(range=[30000, 59000]), V, ("roles[0].pay.range",), "an object"),
    Case(
        "band low a bound",
        _pay(range={"low": {"at_least": 1}, "high": 2}),
        V,
        ("roles[0].pay.range.low",),
        "lower bound",
    ),
    Case(
        "bound with extra key",
        _pay(yearly={"at_least": 1, "currency": "EUR"}),
        V,
        ("roles[0].pay.yearly",),
        '{"at_least": number}',
    ),
    Case(
        "bound a string",
        _pay(yearly={"at_least": "1"}),
        V,
        ("roles[0].pay.yearly.at_least",),
        "expected a number",
    ),
    Case(
        "percentiles falling",
        _pay(yearly_percentiles={"p10": 9, "p25": 5}),
        V,
        ("roles[0].pay.yearly_percentiles.p25",),
        "5 is below p10 9",
    ),
    Case(
        "unknown percentile",
        _pay(yearly_percentiles={"p50": 9}),
        V,
        ("roles[0].pay.yearly_percentiles",),
        "unknown field 'p50'",
    ),
    # ----------------------------------------------------------------- shares and measures
    Case(
        "distribution over 100%",
        _clerk(demographics={"gender": {"Male": 0.6, "Female": 0.6}}),
        V,
        ("roles[0].demographics.gender",),
        "shares sum to 1.2, not 1",
    ),
    Case(
        "distribution under 100%",
        _clerk(demographics={"gender": {"Male": 0.4, "Female": 0.4}}),
        V,
        ("roles[0].demographics.gender",),
        "shares sum to 0.8, not 1",
    ),
    Case(
        "distribution in percent",
        _clerk(demographics={"race": {"White": 60, "Asian": 40}}),
        V,
        ("roles[0].demographics.race.White", "roles[0].demographics.race.Asian"),
        "fractions",
    ),
    Case(
        "negative share",
        _clerk(demographics={"gender": {"Male": -0.5, "Female": 1.5}}),
        V,
        ("roles[0].demographics.gender.Male", "roles[0].demographics.gender.Female"),
        "between 0 and 1",
    ),
    Case(
        "empty distribution",
        _clerk(demographics={"gender": {}}),
        V,
        ("roles[0].demographics.gender",),
        "at least one category",
    ),
    Case(
        "distribution a list",
        _clerk(demographics={"gender": [0.5, 0.5]}),
        V,
        ("roles[0].demographics.gender",),
        "expected an object",
    ),
    Case(
        "repeated category",
        _clerk(demographics={"gender": {"Male": 0.5, "MALE": 0.5}}),
        V,
        ("roles[0].demographics.gender.MALE",),
        "repeats item 0",
    ),
    Case(
        "empty category",
        _clerk(demographics={"gender": {"": 1}}),
        V,
        ('roles[0].demographics.gender[""]',),
        "must not be empty",
    ),
    Case(
        "lgbt share in percent",
        _clerk(demographics={"lgbt_share": 9}),
        V,
        ("roles[0].demographics.lgbt_share",),
        "between 0 and 1",
    ),
    Case(
        "age 200",
        _clerk(demographics={"average_age": 200}),
        V,
        ("roles[0].demographics.average_age",),
        "outside 14 to 100",
    ),
    Case(
        "satisfaction 6",
        _clerk(career={"satisfaction": 6}),
        V,
        ("roles[0].career.satisfaction",),
        "outside 1 to 5",
    ),
    Case(
        "growth 1100%",
        _clerk(outlook={"growth_rate": 11}),
        V,
        ("roles[0].outlook.growth_rate",),
        "outside -1 to 10",
    ),
    Case(
        "huge growth",
        b'[{"title": "C", "outlook": {"growth_rate": 1e400}}]',
        V,
        ("roles[0].outlook.growth_rate",),
        "1E+400 is too large",
    ),
    Case(
        "huge integer measure",
        _clerk(career={"experience_years": 10**400}),
        V,
        ("roles[0].career.experience_years",),
        "too large",
    ),
    Case(
        "jobs a fraction",
        _clerk(outlook={"jobs": 1.5}),
        V,
        ("roles[0].outlook.jobs",),
        "expected a whole number",
    ),
    Case(
        "jobs negative", _clerk(outlook={"jobs": -3}), V, ("roles[0].outlook.jobs",), "not a count"
    ),
    Case(
        "jobs a boolean",
        _clerk(outlook={"jobs": True}),
        V,
        ("roles[0].outlook.jobs",),
        "boolean true",
    ),
    Case(
        "years upside down",
        _clerk(career={"time_to_become": {"low": 6, "high": 4}}),
        V,
        ("roles[0].career.time_to_become",),
        "low 6 is above high 4",
    ),
    Case(
        "years 100",
        _clerk(career={"time_to_become": {"low": 1, "high": 100}}),
        V,
        ("roles[0].career.time_to_become.high",),
        "at most 80",
    ),
    Case(
        "share without degree",
        _clerk(education={"degree_share": 0.4}),
        V,
        ("roles[0].education.degree_share",),
        "needs the degree",
    ),
    # ----------------------------------------------------------------- other groups
    Case(
        "titles a list",
        _clerk(titles=[{"singular": "X"}]),
        V,
        ("roles[0].titles",),
        "expected an object",
    ),
    Case(
        "title language upper case",
        _clerk(titles={"DE": {"singular": "X", "plural": "Xs"}}),
        V,
        ("roles[0].titles.DE",),
        "language code",
    ),
    Case(
        "title form missing",
        _clerk(titles={"de": {"singular": "X"}}),
        V,
        ("roles[0].titles.de.plural",),
        "required",
    ),
    Case(
        "bad calendar date",
        _clerk(source={"publisher": "P", "retrieved": "2026-02-30"}),
        V,
        ("roles[0].source.retrieved",),
        "not a calendar date",
    ),
    Case(
        "date in words",
        _clerk(source={"publisher": "P", "retrieved": "yesterday"}),
        V,
        ("roles[0].source.retrieved",),
        "YYYY-MM-DD",
    ),
    Case(
        "source without publisher",
        _clerk(source={"dataset": "D"}),
        V,
        ("roles[0].source.publisher",),
        "required",
    ),
    Case("pay a number", _clerk(pay=61487), V, ("roles[0].pay",), "expected an object"),
    # ----------------------------------------------------------------- across roles
    Case(
        "repeated slug",
        _roles({"title": "Clerk"}, {"title": "Cashier", "slug": "clerk"}),
        V,
        ("roles[1].slug",),
        "'clerk' repeats roles[0]",
    ),
    Case(
        "repeated derived slug",
        _roles({"title": "Clerk"}, {"title": "CLERK"}),
        V,
        ("roles[1].slug",),
        "repeats roles[0]",
    ),
    Case(
        "every bad role listed",
        _roles({"title": ""}, {"title": "Ok"}, {"salary": 1}),
        V,
        ("roles[0].title", "roles[2].title", "roles[2]"),
        "required field missing",
    ),
    # ----------------------------------------------------------------- round two (#15)
    Case(
        "amount with a billion-place exponent",
        b'[{"title": "C", "pay": {"yearly": 1e-999999999}}]',
        V,
        ("roles[0].pay.yearly",),
        "more than 300 decimal places",
    ),
    Case(
        "amount with a huge exponent",
        b'[{"title": "C", "pay": {"hourly": 1e999999999}}]',
        V,
        ("roles[0].pay.hourly",),
        "is too large",
    ),
    Case(
        "share too small for a float",
        b'[{"title": "C", "outlook": {"growth_rate": 1e-999999999}}]',
        V,
        ("roles[0].outlook.growth_rate",),
        "too small",
    ),
    Case(
        "median below a top-coded p10",
        _pay(yearly_percentiles={"p10": {"at_least": 100000}, "median": 50000}),
        V,
        ("roles[0].pay.yearly_percentiles.median",),
        "50000 is below p10 100000",
    ),
    Case(
        "p90 below a top-coded p25 after a lower bound",
        _pay(hourly_percentiles={"p25": {"at_least": 90}, "median": {"at_least": 80}, "p90": 85}),
        V,
        ("roles[0].pay.hourly_percentiles.p90",),
        "85 is below p25 90",
    ),
    Case(
        "titles differing only in case",
        _roles({"title": "Clerk"}, {"title": "CLERK", "slug": "clerk-2"}),
        V,
        ("roles[1].title",),
        "but for case",
    ),
    Case(
        "the same title twice under two slugs",
        _roles({"title": "Clerk"}, {"title": "Clerk", "slug": "clerk-2"}),
        V,
        ("roles[1].title",),
        "repeats the title of roles[0]",
    ),
    Case(
        "lone surrogate in a distribution key",
        b'[{"title": "C", "demographics": {"gender": {"\\ud800": 1.0}}}]',
        V,
        ('roles[0].demographics.gender["\\ud800"]',),
        "unpaired surrogate",
    ),
    Case(
        "lone surrogate in an alias",
        b'[{"title": "C", "aliases": ["x\\udc00"]}]',
        V,
        ("roles[0].aliases[0]",),
        "unpaired surrogate",
    ),
    Case(
        "over-long integer deep in a role",
        b'[{"title": "C"},\n {"title": "D", "outlook": {"jobs": ' + b"7" * 4301 + b"}}]",
        F,
        ("roles[1].outlook.jobs",),
        "line 2 column 37: an integer of 4301 digits",
    ),
    Case(
        "Infinity in an envelope",
        b'{"dataset": {"name": "x"}, "roles": [{"title": "C", "pay": {"yearly": Infinity}}]}',
        F,
        ("roles[0].pay.yearly",),
        "Infinity is not a number",
    ),
    Case(
        "a long run of zeros",
        b"[" + b",".join([b"0"] * 5000) + b"]",
        V,
        tuple(f"roles[{i}]" for i in range(100)),
        "and 4,900 more problems",
    ),
    Case(
        "a long run of empty objects",
        b"[" + b",".join([b"{}"] * 300) + b"]",
        V,
        tuple(f"roles[{i}].title" for i in range(100)),
        "and 200 more problems",
    ),
    Case(
        "a role with many unknown keys",
        _clerk(**{f"k{i:04}": 0 for i in range(1000)}),
        V,
        ("roles[0]",) * 100,
        "roles[0]: unknown field 'k0099'; ... and 900 more problems",
    ),
    Case(
        "a long run of bad responsibilities",
        _clerk(responsibilities=[0] * 400 + [[]] * 100),
        V,
        tuple(f"roles[0].responsibilities[{i}]" for i in range(100)),
        "and 400 more problems",
    ),
    Case(
        "bad roles after the cap, counted",
        _roles(*([{"title": 1}] * 120), *([{"salary": 1}] * 5)),
        V,
        tuple(f"roles[{i}].title" for i in range(100)),
        "and 30 more problems",  # 20 bad titles; 5 roles lacking one, with an unknown field
    ),
    Case(
        "envelope with many unknown keys",
        json.dumps({"roles": [], **{f"x{i:03}": 1 for i in range(150)}}).encode(),
        V,
        ("",) * 100,
        "and 50 more problems",
    ),
]

_IDS = [case.name for case in CORPUS]
assert len(set(_IDS)) == len(_IDS), "case names must be unique"


def _raised(source: Any) -> cd.ValidationError:
    with pytest.raises(cd.ValidationError) as caught:
        cio.load_roles(source)
    return caught.value


def test_the_corpus_is_large_and_distinct() -> None:
    """At least 60 cases, no two with the same bytes."""
    assert len(CORPUS) >= 60
    assert len({case.data for case in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize("case", CORPUS, ids=_IDS)
def test_bad_bytes_raise_their_error_at_their_paths(case: Case) -> None:
    """The exact error class, every problem's path in order, and what is wrong."""
    error = _raised(case.data)
    assert (case.error, case.paths) == (type(error), error.paths)
    assert case.says in str(error)


@pytest.mark.parametrize("case", CORPUS, ids=_IDS)
def test_bad_files_raise_the_same_error_as_bad_bytes(case: Case, tmp_path: Path) -> None:
    """Reading the case from a file gives the same class and message as from bytes."""
    path = tmp_path / "roles.json"
    path.write_bytes(case.data)
    from_file, from_bytes = _raised(path), _raised(case.data)
    assert (type(from_bytes), str(from_bytes)) == (type(from_file), str(from_file))


@pytest.mark.parametrize("case", CORPUS, ids=_IDS)
def test_messages_are_short_and_readable(case: Case) -> None:
    """A person can act on every message: short, no None, no leaked exception names."""
    for problem in _raised(case.data).problems:
        assert problem.message
        assert len(problem.message) <= 200, problem.message[:300]
        assert "None" not in problem.message
        assert "Error" not in problem.message  # a leaked exception class name
        assert not problem.message.startswith("invalid value (")


def test_a_repeated_key_before_a_syntax_error_is_still_reported() -> None:
    """Found by fuzzing: locating the repeated key must survive a later syntax error."""
    error = _raised(b'[{"title": "A", "title": "B"}, {]')
    assert (cd.DataFileError, ("",)) == (type(error), error.paths)
    assert "the key 'title' repeats" in str(error)
