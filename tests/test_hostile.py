"""Hostile and careless input, round two (#15): each class of defect, with variants.

Bounded cost (capped error lists, exponents checked before arithmetic), files that are not
regular files, formula injection in records and CSV, the terminal (control characters, output
that is not UTF-8, a full or closed stdout), data that means what it says, and wrong arguments.
"""

from __future__ import annotations

import csv
import decimal
import io
import json
import os
import pickle
import re
import socket
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import careerdata as cd
from careerdata import io as cio
from careerdata.compare import compare
from careerdata.datasets import Dataset, load_dataset
from careerdata.errors import MAX_PROBLEMS, Problem
from careerdata.interop import (
    comparison_records,
    role_records,
    roles_from_csv,
    roles_from_records,
    write_csv,
)
from careerdata.model import (
    Distribution,
    Money,
    Outlook,
    Pay,
    Percentiles,
    Role,
    slugify,
)
from careerdata.text import render

# --------------------------------------------------------------------------- capped errors


def test_an_error_keeps_the_first_problems_in_order_and_counts_the_rest() -> None:
    """12,445 problems: the first 100 kept, in order; the message says how many more."""
    error = cd.ValidationError(Problem(f"roles[{i}]", "bad") for i in range(12_445))
    assert error.paths == tuple(f"roles[{i}]" for i in range(MAX_PROBLEMS))
    assert error.more == 12_345
    assert str(error).endswith("roles[99]: bad; ... and 12,345 more problems")
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own error
    assert (again.paths, again.more, str(again)) == (error.paths, error.more, str(error))
    prefixed = error.prefixed("dataset")
    assert (prefixed.paths[0], prefixed.more) == ("dataset.roles[0]", 12_345)


def test_one_more_problem_is_singular() -> None:
    """'1 more problem', not '1 more problems'."""
    error = cd.ValidationError(Problem("", "bad") for _ in range(MAX_PROBLEMS + 1))
    assert str(error).endswith("... and 1 more problem")


@pytest.mark.parametrize(
    ("document", "first", "total"),
    [
        ([0] * 3000, "roles[0]: expected an object, got number 0", 3000),
        ([{}] * 2000, "roles[0].title: required field missing", 2000),
        (["x", {}, 0, [], None] * 300, "roles[0]: expected an object, got string 'x'", 1500),
        ([{"title": "C", "skills": [{"name": 1}] * 500}], "roles[0].skills[0].name", 500),
        ([{"title": 1, "slug": 2, "aliases": [3] * 200}] * 3, "roles[0].title", 3 * 202),
    ],
)
def test_load_counts_every_problem_beyond_the_cap(
    document: list[Any], first: str, total: int
) -> None:
    """Every problem is counted, kept or not; the kept ones are the first in file order."""
    with pytest.raises(cd.ValidationError) as raised:
        cio.load_roles(json.dumps(document))
    error = raised.value
    assert str(error).startswith(first)
    assert (len(error.problems), len(error.problems) + error.more) == (MAX_PROBLEMS, total)


def test_a_role_with_many_unknown_keys_names_the_first_in_sorted_order() -> None:
    """The first 100 unknown keys in sorted order, whatever order the file has them in."""
    keys = [f"k{i:05}" for i in range(20_000)]
    role = {"title": "Clerk", **dict.fromkeys(reversed(keys), 0)}
    with pytest.raises(cd.ValidationError) as raised:
        cio.load_roles(json.dumps([role]))
    assert [p.message for p in raised.value.problems] == [
        f"unknown field {key!r}" for key in keys[:MAX_PROBLEMS]
    ]
    assert raised.value.more == 20_000 - MAX_PROBLEMS


def test_a_syntax_error_after_bad_roles_wins() -> None:
    """Item-by-item parsing still reports broken JSON as json says it, not the bad roles."""
    text = "[" + ",".join(["0"] * 500) + ", {]"
    with pytest.raises(cd.DataFileError) as raised:
        cio.load_roles(text)
    assert str(raised.value).startswith("invalid JSON at line 1 column ")


@pytest.mark.parametrize(
    "text",
    [" [ ] ", '[\n {"title": "A"} ,\r\n\t{"title": "B"}\n]\n', '[{"title":"A"},{"title":"B"}]'],
)
def test_arrays_with_any_white_space_load_as_json_reads_them(text: str) -> None:
    """The item-by-item reader agrees with json on white space between items."""
    assert [role.title for role in cio.load_roles(text)] == [
        item["title"] for item in json.loads(text)
    ]


# --------------------------------------------------------------------------- exponents


@pytest.mark.parametrize(
    ("amount", "says"),
    [
        ("1e-999999999", "more than 300 decimal places"),
        ("1E-301", "more than 300 decimal places"),
        ("1.5e-300", "more than 300 decimal places"),
        ("1e999999999", "is too large"),
        ("-1e-999999999", "must not be negative"),
        ("1234567890123456e-300", "more than 15 significant digits"),
    ],
)
def test_amounts_are_checked_on_their_written_exponent(amount: str, says: str) -> None:
    """No arithmetic first: 1e-999999999 is not rounded to 0 and accepted."""
    with pytest.raises(cd.ValidationError) as raised:
        cio.load_roles(f'[{{"title": "C", "pay": {{"yearly": {amount}}}}}]')
    assert raised.value.paths == ("roles[0].pay.yearly",)
    assert says in str(raised.value)
    with pytest.raises(cd.ValidationError, match=says):
        Money(Decimal(amount))


@pytest.mark.parametrize("amount", ["1e-300", "1.000e-297", "10e-301", "999999999999.999", "0e-5"])
def test_amounts_at_the_limits_round_trip_exactly(amount: str) -> None:
    """What is accepted is written back as the same number."""
    roles = cio.load_roles(f'[{{"title": "C", "pay": {{"yearly": {amount}}}}}]')
    assert roles[0].pay is not None
    assert roles[0].pay.yearly == Money(Decimal(amount))
    assert cio.load_roles(cio.dump_roles(roles)) == roles


def test_comparing_the_extreme_amounts_builds_no_huge_number() -> None:
    """The finest and the largest amounts differ by a number of at most 315 digits."""
    fine = Role(title="A", pay=Pay(yearly=Money(Decimal("1e-300"))))
    large = Role(title="B", pay=Pay(yearly=Money(Decimal("999999999999.999"))))
    difference = compare(fine, large).yearly_pay.difference
    assert difference is not None
    assert len(difference.as_tuple().digits) <= 315
    with decimal.localcontext(prec=400):  # exact: the difference is kept to the last digit
        assert difference == Decimal("1e-300") - Decimal("999999999999.999")


def test_a_measure_too_small_for_a_float_is_refused() -> None:
    """1e-999 would be read as 0.0: the file did not say 0."""
    with pytest.raises(cd.ValidationError, match="too small") as raised:
        cio.load_roles('[{"title": "C", "outlook": {"growth_rate": 1e-999}}]')
    assert raised.value.paths == ("roles[0].outlook.growth_rate",)


# --------------------------------------------------------------------------- not regular files


def _fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    path = tmp_path / "roles.json"
    os.mkfifo(path)
    return path


def _socket(tmp_path: Path) -> Path:
    path = tmp_path / "roles.json"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()
    return path


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (_fifo, "it is a FIFO (a named pipe), not a regular file"),
        (_socket, "it is a socket, not a regular file"),
        (lambda _: Path(os.devnull), "it is a character device, not a regular file"),
        (lambda tmp: tmp, "it is a directory"),
    ],
)
def test_only_regular_files_are_read(
    tmp_path: Path, make: Callable[[Path], Path], says: str
) -> None:
    """A FIFO (which would block), a socket, a device or a folder: our error, naming it."""
    path = make(tmp_path)
    for source in (path, str(path)):
        with pytest.raises(cd.DataFileError) as raised:
            cio.load_roles(source)
        assert str(raised.value) == f"cannot read {path}: {says}"
    with pytest.raises(cd.DataFileError, match=re.escape(says)):
        load_dataset(path)


def test_the_cli_refuses_a_fifo_as_dataset_without_blocking(tmp_path: Path) -> None:
    """``--dataset`` naming a FIFO: one line, status 2 (the timeout catches a hang)."""
    path = _fifo(tmp_path)
    result = _cli("list", "--dataset", str(path))
    assert (result.returncode, result.stdout) == (2, "")
    assert (
        result.stderr
        == f"careerdata: error: cannot read {path}: it is a FIFO (a named pipe), not a regular file\n"
    )


# --------------------------------------------------------------------------- formula cells

_FORMULAS = ["=1+1", "+1", "-lead", "@SUM(A1)", "\uff1dA", "\uff0bA", "\uff0dA", "\uff20A"]


@pytest.mark.parametrize("title", _FORMULAS)
def test_role_records_guard_text_that_starts_a_formula(title: str) -> None:
    """A single quote before the formula's start (OWASP), in every text cell."""
    role = Role(title=title, slug="r", aliases=(f"{title} alias",), description=title)
    record = role_records([role])[0]
    assert (record["title"], record["description"]) == ("'" + title, "'" + title)
    assert record["aliases"] == json.dumps([f"{title} alias"], ensure_ascii=False)  # JSON: inert


@pytest.mark.parametrize(
    "title", [*_FORMULAS, "'=1+1", "''=1", "'quoted", "Clerk", "'", "a=b", "-", "=", "'-5"]
)
def test_role_to_records_and_csv_and_back_is_equal(title: str, tmp_path: Path) -> None:
    """The guard is removed on the way back in, even for a title that starts with "'="."""
    roles = (Role(title=title, slug="r", outlook=Outlook(growth_rate=-0.04)),)
    records = role_records(roles)
    assert roles_from_records(records) == roles
    path = tmp_path / "roles.csv"
    write_csv(records, path)
    assert roles_from_csv(path) == roles
    assert cio.load_roles(path) == roles
    assert cio.load_roles(path.read_bytes(), format="csv") == roles


def test_numbers_stay_numbers() -> None:
    """A growth of -0.04 stays a float cell; a negative difference stays an unquoted number."""
    a = Role(title="A", pay=Pay(yearly=Money(50000)), outlook=Outlook(growth_rate=-0.04))
    b = Role(title="B", pay=Pay(yearly=Money(40000)), outlook=Outlook(growth_rate=0.02))
    assert role_records([a])[0]["outlook_growth_rate"] == -0.04
    record = comparison_records([compare(a, b)])[0]
    assert record["yearly_pay_difference"] == "10000"
    record = comparison_records([compare(b, a)])[0]
    assert record["yearly_pay_difference"] == "-10000"
    out = io.StringIO()
    write_csv([{"growth": -0.04, "difference": "-10000", "note": "-lead"}], out)
    assert out.getvalue().splitlines()[1] == "-0.04,-10000,'-lead"


def test_comparison_records_guard_titles() -> None:
    """Both titles and slugs of a comparison record are inert."""
    record = comparison_records([compare(Role(title="=A", slug="a"), Role(title="@B"))])[0]
    assert (record["a_title"], record["b_title"], record["b_slug"]) == ("'=A", "'@B", "b")


@pytest.mark.parametrize("cell", ["=cmd|' /C calc'!A0", "\t=1", "\r=1", "\n=1", "+1", "@x"])
def test_write_csv_guards_any_record(cell: str) -> None:
    """Records not made by role_records are guarded too: no cell starts a formula."""
    out = io.StringIO()
    write_csv([{"a": cell}], out)
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [["a"], ["'" + cell]]


# --------------------------------------------------------------------------- the terminal


def _cli(
    *argv: str, env: dict[str, str] | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "careerdata", *argv],
        capture_output=kwargs.pop("capture_output", True),
        text=True,
        encoding="utf-8",
        errors="strict",
        timeout=60,
        check=False,
        env={**os.environ, **(env or {})},
        **kwargs,
    )


def _assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


_CONTROL_CHARACTERS = ["\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u2028", "\x7f"]


@pytest.mark.parametrize("char", _CONTROL_CHARACTERS)
def test_error_lines_show_control_characters_escaped(char: str) -> None:
    """An argument with ESC, BEL, CSI, a bidi override ... is echoed escaped."""
    result = _cli("show", f"{char}[31mfoo")
    line = _assert_one_line_error(result)
    assert char not in line
    assert repr(char)[1:-1] in line


def _hostile_file(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.json"
    roles = [
        {"title": "Clerk \u202eevil", "aliases": ["x\u2067y"]},
        {"title": "Cashier", "description": "line one\nline two \u202d"},
    ]
    path.write_text(json.dumps(roles, ensure_ascii=False), encoding="utf-8")
    return path


def test_show_and_list_escape_bidi_controls(tmp_path: Path) -> None:
    """``show`` and ``list`` print the data's bidi overrides escaped, not raw."""
    path = _hostile_file(tmp_path)
    listed = _cli("list", "--dataset", str(path))
    assert listed.returncode == 0, listed.stderr
    assert "\u202e" not in listed.stdout
    assert "Clerk \\u202eevil" in listed.stdout
    shown = _cli("show", "clerk-evil", "--dataset", str(path))
    assert shown.returncode == 0, shown.stderr
    assert "\u202e" not in shown.stdout
    assert "\u2067" not in shown.stdout
    assert "x\\u2067y" in shown.stdout


def test_show_json_escapes_controls_as_json(tmp_path: Path) -> None:
    """``--json`` writes the controls as JSON escapes: the output reads back as the data."""
    path = _hostile_file(tmp_path)
    shown = _cli("show", "clerk-evil", "--dataset", str(path), "--json")
    assert shown.returncode == 0, shown.stderr
    assert "\u202e" not in shown.stdout
    assert json.loads(shown.stdout)["title"] == "Clerk \u202eevil"


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"PYTHONIOENCODING": "latin-1"},
        {"PYTHONIOENCODING": "ascii:strict"},
        {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
    ],
)
@pytest.mark.parametrize(
    "argv",
    [
        ("compare", "customer-service-manager", "customer-care-supervisor", "--locale", "ar"),
        ("compare", "customer-service-manager", "customer-care-supervisor", "--locale", "fr"),
        ("show", "customer-service-manager", "--locale", "de_DE"),
        ("show", "customer-service-manager", "--locale", "ar_EG", "--json"),
        ("show", "\u00e9\u202e\u4e2d"),
    ],
)
def test_output_that_is_not_utf8_is_escaped_not_a_traceback(
    env: dict[str, str], argv: tuple[str, ...]
) -> None:
    """Characters the output's encoding lacks are written as backslash escapes."""
    result = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "careerdata", *argv],
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, **env},
    )
    assert b"Traceback" not in result.stderr
    if argv[1].startswith("\u00e9"):
        assert (result.returncode, result.stderr.count(b"\n")) == (2, 1)
    else:
        assert result.returncode == 0, result.stderr
        assert result.stdout.isascii() or env.get("PYTHONIOENCODING") == "latin-1"
        assert b"\\u" in result.stdout or b"\\x" in result.stdout or argv[-1] == "de_DE"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize(
    "argv",
    [("list",), ("compare", "customer-service-manager", "customer-care-supervisor"), ("--help",)],
)
def test_a_full_disk_is_one_line_and_status_2(argv: tuple[str, ...]) -> None:
    """``> /dev/full``: the write fails; one line on stderr, status 2, no traceback."""
    with Path("/dev/full").open("w") as full:
        result = _cli(*argv, capture_output=False, stdout=full, stderr=subprocess.PIPE)
    line = _assert_one_line_error(result)
    assert line == "careerdata: error: cannot write the output: No space left on device\n"


@pytest.mark.parametrize("argv", [("list",), ("show", "nobody"), ("datasets",)])
def test_a_closed_stdout_is_one_line_and_status_2(argv: tuple[str, ...]) -> None:
    """``>&-``: no AttributeError traceback; one line on stderr."""
    command = 'exec "$0" -m careerdata "$@" >&-'
    result = subprocess.run(  # noqa: S603 - our own command
        ["/bin/sh", "-c", command, sys.executable, *argv],
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
    )
    line = _assert_one_line_error(result)
    assert line == "careerdata: error: the standard output is closed\n"


# --------------------------------------------------------------------------- the data's meaning

_SURROGATES = ["\ud800", "\udfff", "a\udc00b"]


@pytest.mark.parametrize("text", _SURROGATES)
@pytest.mark.parametrize(
    ("build", "path"),
    [
        (lambda t: Role(title=t), "title"),
        (lambda t: Role(title="A", aliases=("b", t)), "aliases[1]"),
        (lambda t: Role(title="A", description=t), "description"),
        (lambda t: Role(title="A", responsibilities=(t,)), "responsibilities[0]"),
        (lambda t: Distribution.of({t: 1.0}), "category"),
    ],
)
def test_lone_surrogates_are_refused_by_the_constructors(
    text: str, build: Callable[[str], object], path: str
) -> None:
    """Text that cannot be written as UTF-8 never gets into the model."""
    with pytest.raises(cd.ValidationError, match="unpaired surrogate") as raised:
        build(text)
    assert raised.value.paths == (path,)


@pytest.mark.parametrize(
    ("percentiles", "path"),
    [
        ({"p10": Money(100000, at_least=True), "median": Money(50000)}, "median"),
        (
            {"p25": Money(90, at_least=True), "median": Money(80, at_least=True), "p90": Money(85)},
            "p90",
        ),
        ({"p10": Money(10), "p25": Money(5)}, "p25"),
    ],
)
def test_percentiles_stay_in_order_after_a_top_coded_value(
    percentiles: dict[str, Money], path: str
) -> None:
    """A lower bound still bounds every percentile above it."""
    with pytest.raises(cd.ValidationError) as raised:
        Percentiles(**percentiles)
    assert raised.value.paths == (path,)


def test_top_coded_percentiles_may_repeat_their_bound() -> None:
    """BLS writes p75 and p90 as 'at least 239,200' both: that is consistent."""
    top = Money(239200, at_least=True)
    assert Percentiles(median=Money(200000), p75=top, p90=top).p90 == top
    assert Percentiles(p75=top, p90=Money(100, at_least=True)).p90 is not None


@pytest.mark.parametrize("second", ["CLERK", "clerk", "Clerk", "cLeRk"])
def test_titles_are_unique_in_a_file_case_aside(second: str) -> None:
    """Two titles differing only in case are refused, at the second one's title."""
    text = json.dumps([{"title": "Clerk"}, {"title": second, "slug": "other"}])
    with pytest.raises(cd.ValidationError) as raised:
        cio.load_roles(text)
    assert raised.value.paths == ("roles[1].title",)


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize("field", ["aliases", "title", "slug"])
def test_a_name_may_not_hide_another_roles_soc_code(reverse: bool, field: str) -> None:
    """Whatever the order of the roles, an alias (title, slug) equal to another's code fails."""
    named = (
        Role(title="X", aliases=("43-4051",))
        if field == "aliases"
        else Role(title="43-4051", slug="x")
        if field == "title"
        else Role(title="X", slug="43-4051")
    )
    coded = Role(title="Y", soc_code="43-4051")
    roles = [coded, named] if reverse else [named, coded]
    with pytest.raises(cd.ValidationError, match="is the SOC code of roles") as raised:
        Dataset(roles)
    index = roles.index(named)
    path = {"aliases": "aliases[0]", "title": "title", "slug": "slug"}[field]
    assert raised.value.paths == (f"roles[{index}].{path}",)


def test_a_role_may_be_named_by_its_own_soc_code() -> None:
    """An alias repeating the role's own code hides nothing."""
    roles = Dataset([Role(title="X", soc_code="43-4051", aliases=("43-4051",)), Role(title="Y")])
    assert roles.find("43-4051").slug == "x"


# --------------------------------------------------------------------------- wrong arguments


class _IntStream:
    def read(self, size: int = -1) -> int:
        return 5


def _closed_file(tmp_path: Path) -> io.BufferedReader:
    path = tmp_path / "roles.json"
    path.write_text("[]")
    stream = path.open("rb")
    stream.close()
    return stream


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda tmp: cio.load_roles(_closed_file(tmp)), "source"),
        (lambda _: cio.load_roles(_IntStream()), "source"),  # type: ignore[arg-type]
        (lambda _: cio.load_roles(5), "source"),  # type: ignore[arg-type]
        (lambda _: cio.load_document(object()), "source"),  # type: ignore[arg-type]
        (lambda _: load_dataset(5), "name_or_path"),  # type: ignore[arg-type]
        (lambda _: render("x"), "comparison"),  # type: ignore[arg-type]
        (lambda _: compare(Role(title="A"), "b"), "b"),  # type: ignore[arg-type]
        (lambda _: cd.similar("a", []), "role"),  # type: ignore[arg-type]
        (lambda _: cd.similar(Role(title="A"), 5), "roles"),  # type: ignore[arg-type]
        (lambda _: cd.similar(Role(title="A"), [Role(title="B"), "c"]), "roles[1]"),  # type: ignore[list-item]
        (lambda _: cio.dump_roles(5), "roles"),  # type: ignore[arg-type]
        (lambda _: cio.unstructure_role({"title": "A"}), "role"),  # type: ignore[arg-type]
        (lambda _: role_records(5), "roles"),  # type: ignore[arg-type]
        (lambda _: comparison_records(None), "comparisons"),  # type: ignore[arg-type]
        (lambda _: Dataset(5), "roles"),  # type: ignore[arg-type]
        (lambda _: slugify(5), "text"),  # type: ignore[arg-type]
        (lambda _: write_csv(5, io.StringIO()), "records"),  # type: ignore[arg-type]
        (lambda _: write_csv([{"a": 1}], io.StringIO(), columns=[1]), "columns[0]"),  # type: ignore[list-item]
        (lambda _: write_csv([{"a": 1}], io.StringIO(), columns="a"), "columns"),
        (lambda _: write_csv([{"a": 1}], 5), "target"),  # type: ignore[arg-type]
        (lambda _: write_csv([{"a": 10**5000}], io.StringIO()), "records[0].a"),
        (lambda _: write_csv([{"a": "x\ud800"}], io.StringIO()), "records[0].a"),
    ],
)
def test_wrong_arguments_get_our_error_naming_the_argument(
    tmp_path: Path, call: Callable[[Path], object], path: str
) -> None:
    """Never a foreign exception: the library's error, at the argument's name."""
    with pytest.raises(cd.ValidationError) as raised:
        call(tmp_path)
    assert raised.value.paths == (path,)
    assert len(str(raised.value)) < 200


def test_render_with_a_list_as_format_names_the_format() -> None:
    """``format=[...]`` is our error at ``format``."""
    comparison = compare(Role(title="A"), Role(title="B"))
    with pytest.raises(cd.ValidationError) as raised:
        render(comparison, format=["html"])  # type: ignore[arg-type]
    assert raised.value.paths == ("format",)


def test_argument_errors_are_type_errors_too() -> None:
    """Code catching TypeError for a wrong argument keeps working."""
    with pytest.raises(TypeError):
        compare(Role(title="A"), "b")  # type: ignore[arg-type]
    assert issubclass(cd.ArgumentError, cd.ValidationError)


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"title": "A", "pay": {"yearly": Decimal("sNaN")}}, "pay.yearly"),
        ({"title": "A", "pay": {"hourly": {"at_least": Decimal("sNaN")}}}, "pay.hourly.at_least"),
        ({"title": "A", "outlook": {"growth_rate": Decimal("sNaN")}}, "outlook.growth_rate"),
        ({"title": "A", "outlook": {"jobs": Decimal("sNaN")}}, "outlook.jobs"),
        (
            {"title": "A", "demographics": {"gender": {"M": Decimal("sNaN")}}},
            "demographics.gender.M",
        ),
        ({"title": "A", "career": {"satisfaction": Decimal("NaN")}}, "career.satisfaction"),
    ],
)
def test_structure_role_keeps_the_path_of_a_signalling_nan(data: dict[str, Any], path: str) -> None:
    """Decimal("sNaN") raises on comparison; the problem still names its place."""
    with pytest.raises(cd.ValidationError) as raised:
        cio.structure_role(data)
    assert raised.value.paths == (path,)


def test_csv_problems_are_capped_too() -> None:
    """Rows of the wrong width, then bad cells: the first 100 kept, every one counted."""
    with pytest.raises(cd.DataFileError) as raised:
        cio.load_roles(b"title\r\n" + b"a,b\r\n" * 500, format="csv")
    assert raised.value.paths == tuple(f"records[{i}]" for i in range(MAX_PROBLEMS))
    assert raised.value.more == 400
    rows = "".join(f"Clerk {i},many\r\n" for i in range(300))
    with pytest.raises(cd.ValidationError) as raised:
        cio.load_roles(("title,outlook_jobs\r\n" + rows).encode(), format="csv")
    assert raised.value.paths[0] == "records[0].outlook_jobs"
    assert (len(raised.value.problems), raised.value.more) == (MAX_PROBLEMS, 200)
