"""The command line: datasets, list and show, and one-line errors with exit status 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import careerdata as cd
from careerdata.cli import main
from careerdata.io import dump_roles, structure_role, unstructure_role
from careerdata.model import Money, Pay, PayLeader, PayLeaders, Percentiles, Role


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run a failing command; check status 2, nothing on stdout and one line on stderr."""
    capsys.readouterr()
    status, output = _run(*argv)
    err = capsys.readouterr().err
    assert (status, output, err.count("\n")) == (2, "", 1)
    assert err.startswith("careerdata: error: ")
    return err.removeprefix("careerdata: error: ").rstrip("\n")


def test_datasets_lists_embedded_names_and_titles() -> None:
    """Each embedded dataset on its own line, with its title."""
    status, output = _run("datasets")
    lines = output.splitlines()
    assert status == 0
    assert [line.split()[0] for line in lines] == list(cd.datasets())
    assert any(line.endswith("  Customer service roles") for line in lines)


def test_list_prints_slug_and_title_per_line() -> None:
    """The default dataset's roles in order, slugs aligned."""
    status, output = _run("list")
    assert status == 0
    assert output.splitlines() == [
        "customer-care-supervisor             Customer Care Supervisor",
        "customer-service-manager             Customer Service Manager",
        "customer-care-manager                Customer Care Manager",
        "customer-service-leader              Customer Service Leader",
        "customer-service-operations-manager  Customer Service/Operations Manager",
        "contact-center-manager               Contact Center Manager",
    ]


def test_list_reads_a_users_file(tmp_path: Path) -> None:
    """--dataset takes the path of a role file."""
    path = tmp_path / "mine.json"
    dump_roles([Role(title="Clerk"), Role(title="Bank Teller")], path)
    assert _run("list", "--dataset", str(path)) == (
        0,
        "clerk        Clerk\nbank-teller  Bank Teller\n",
    )


def test_show_prints_every_present_field_of_a_seed_role() -> None:
    """Identity, pay, outlook, career, education, demographics, skills, duties and source."""
    status, output = _run("show", "Customer Service Manager")
    assert status == 0
    lines = output.splitlines()
    assert lines[:3] == [
        "Customer Service Manager",
        "  slug: customer-service-manager",
        "  also known as: Customer Support Manager",
    ]
    for expected in [
        "  de: Leitung Kundenservice (plural: Leitungen Kundenservice)",
        "  Yearly salary: $61,487",
        "  Hourly rate: $29.56",
        "  Salary range: $35,000 to $105,000",
        "  Highest paying city: Washington, DC",
        "  Best paying industry: Manufacturing",
        "  Growth rate: 6%",
        "  Number of jobs: 313,110",
        "  Job satisfaction: 5 of 5",
        "  Time to become: 4-6 years",
        "  Most common degree: Bachelor's Degree, 46%",
        "  Gender: Male 37%; Female 63%",
        "  LGBT: 10%",
        "  1. Strong Customer Service, 15%",
        "  6. ISO, 5%",
        "  Retrieved: 2026-11-23",
    ]:
        assert expected in lines
    sections = [line for line in lines if line and not line.startswith(" ")]
    assert sections[2:] == [
        "Pay",
        "Outlook",
        "Career",
        "Education",
        "Demographics",
        "Skills",
        "Responsibilities",
        "Source",
    ]


def test_show_leaves_out_what_is_missing() -> None:
    """A figure the data lacks has no line at all: no "None", "-" or empty value."""
    _, output = _run("show", "contact-center-manager")
    assert "Years of experience" not in output
    assert "Time to become" not in output
    assert "Best paying industry" not in output
    assert "  Best paying company: Capgemini" in output.splitlines()
    for role in cd.load_dataset("customer-service").values():
        _, text = _run("show", role.slug)
        assert [
            line for line in text.splitlines() if line.endswith((": ", ":", "None", " -"))
        ] == []


def test_show_formats_bounds_percentiles_and_english_forms(tmp_path: Path) -> None:
    """Lower bounds say "at least"; percentiles, leader pay and overrides are shown."""
    pay = Pay(
        yearly_percentiles=Percentiles(median=Money(50000), p90=Money(239200, at_least=True)),
        leaders=PayLeaders(state=PayLeader("Ohio", Money(61000))),
    )
    role = Role(title="LVN", article="an", plural="LVNs", soc_code="29-2061", pay=pay)
    path = tmp_path / "r.json"
    dump_roles([role], path)
    _, output = _run("show", "29-2061", "--dataset", str(path))
    lines = output.splitlines()
    assert "  Yearly percentiles: median $50,000, 90th at least $239,200" in lines
    assert "  Highest paying state: Ohio ($61,000 a year)" in lines
    assert lines[2:5] == ["  SOC code: 29-2061", "  English article: an", "  English plural: LVNs"]


def test_show_json_is_the_role_in_the_file_format() -> None:
    """--json prints the converter's mapping, which loads back to the same role."""
    status, output = _run("show", "call center manager", "--json")
    role = cd.load_dataset("customer-service")["contact-center-manager"]
    assert status == 0
    assert json.loads(output) == unstructure_role(role)
    assert structure_role(json.loads(output)) == role


def test_unknown_role_is_one_line_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    """A typo exits 2 and suggests the closest titles."""
    assert _error(capsys, "show", "customer servce manager") == (
        "no role matches 'customer servce manager'; did you mean 'Customer Service Manager', "
        "'Customer Care Manager', 'Customer Service Leader'?"
    )


def test_unknown_dataset_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown name lists the datasets there are."""
    message = _error(capsys, "list", "--dataset", "nope")
    assert message.startswith("unknown dataset 'nope'; available: ")
    assert "customer-service" in message


def test_missing_and_empty_files_are_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A missing file and an empty file each give one clear line."""
    missing = tmp_path / "missing.json"
    assert (
        _error(capsys, "list", "--dataset", str(missing)) == f"cannot read {missing}: no such file"
    )
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    assert _error(capsys, "list", "--dataset", str(empty)) == (
        "the input is empty: expected a JSON list of roles"
    )


def test_an_invalid_file_lists_every_problem_on_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Validation problems keep their paths, joined on one line."""
    path = tmp_path / "bad.json"
    path.write_text(
        '[{"title": "Clerk", "pay": {"yearly": "61487"}},\n {"titel": "Teller"}]', encoding="utf-8"
    )
    assert _error(capsys, "show", "clerk", "--dataset", str(path)) == (
        "roles[0].pay.yearly: expected a number, got string '61487'; "
        "roles[1].title: required field missing; roles[1]: unknown field 'titel'"
    )


def test_malformed_json_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Syntax errors name the line and column."""
    path = tmp_path / "bad.json"
    path.write_text('[{"title": "Clerk",}]', encoding="utf-8")
    assert _error(capsys, "list", "--dataset", str(path)) == (
        "invalid JSON at line 1 column 20: Expecting property name enclosed in double quotes"
    )


@pytest.mark.parametrize(
    "argv",
    [("show",), ("list", "--datset", "x"), ("show", "a", "b"), ("frobnicate",)],
)
def test_usage_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    """Missing or unknown arguments and commands exit 2 with one line."""
    assert _error(capsys, *argv)


def test_no_command_prints_help_listing_the_commands() -> None:
    """Without a command the help names every command."""
    status, output = _run()
    assert status == 0
    assert all(name in output for name in ("datasets", "list", "show"))
