"""The command line: compare, similar, show, list and datasets; one-line errors, status 2."""

from __future__ import annotations

import datetime as dt
import gc
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.dates import format_date

import careerdata as cd
import careerdata.datasets as datasets_module
from careerdata.cli import build_parser, main, run
from careerdata.datasets import dataset_titles
from careerdata.figures import FIGURES
from careerdata.io import dump_roles, structure_role, unstructure_role
from careerdata.model import Money, Pay, PayLeader, PayLeaders, Percentiles, Role
from careerdata.text._figures import role_figures
from careerdata.text._locale import resolve
from careerdata.text._sheet import SHOWN_ELSEWHERE, sheet_label


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
    prefix = re.match(r"careerdata(?: [a-z]+)?: error: ", err)
    assert prefix is not None, err
    return err[prefix.end() :].rstrip("\n")


def test_datasets_lists_embedded_names_and_titles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each embedded dataset on its own line, with its title from the manifest: none is loaded."""

    def refuse(name: str) -> None:
        raise AssertionError(f"loaded {name}")

    monkeypatch.setattr(datasets_module, "_load_embedded", refuse)
    status, output = _run("datasets")
    lines = output.splitlines()
    assert status == 0
    assert [line.split()[0] for line in lines] == list(cd.datasets())
    assert any(line.endswith("  Customer service roles") for line in lines)
    assert lines == [f"{name:<16}  {title}" for name, title in dataset_titles().items()]


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
        "  Salary range: $35,000–$105,000",
        "  Highest paying city: Washington, DC",
        "  Best paying industry: Manufacturing",
        "  Growth rate: 6%",
        "  Number of jobs: 313,110",
        "  Job satisfaction: 5 out of 5",
        "  Time to become: 4-6 years",
        "  Most common degree: Bachelor's Degree, 46%",
        "  Gender ratio: Female: 63.0%, Male: 37.0%",
        "  LGBT percentage: 10%",
        "  1. Strong Customer Service, 15%",
        "  6. ISO, 5%",
        "  Retrieved: " + format_date(dt.date(2026, 11, 23), "long", locale="en_US"),
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
        "German (de)",
        "French (fr)",
        "French (Belgium, fr_BE)",
        "Canadian French (fr_CA)",
        "Swiss French (fr_CH)",
        "Spanish (es)",
        "Italian (it)",
        "Japanese (ja)",
        "Dutch (nl)",
        "Flemish (nl_BE)",
        "Polish (pl)",
        "Portuguese (pt)",
        "European Portuguese (pt_PT)",
        "Source",
    ]


def test_show_gives_the_dataset_source_to_a_role_without_its_own() -> None:
    """A BLS role's figures come from the dataset's source, so `show` ends with it."""
    dataset = cd.load_dataset("bls-oews-2025")
    role = dataset.find("43-4051")
    source = dataset.info.source
    assert role.source is None
    assert source is not None
    _, output = _run("show", "43-4051", "--dataset", "bls-oews-2025")
    lines = output.splitlines()
    assert lines[lines.index("Source") + 1] == f"  Publisher: {source.publisher}"
    assert "  Release: May 2025" in lines


def test_show_heads_a_translated_title_with_a_capital() -> None:
    """The first line is a heading: a lower-case translated title starts with a capital."""
    _, output = _run("show", "27-2011", "--dataset", "bls-oews-2025", "--locale", "fr_FR")
    role = cd.load_dataset("bls-oews-2025").find("27-2011")
    french = role.localized_title("fr")
    assert french is not None
    assert french.singular[0].islower()
    assert output.splitlines()[0] == french.singular[0].upper() + french.singular[1:]


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
    """Lower bounds say "or more"; percentiles, leader pay and overrides are shown."""
    pay = Pay(
        yearly_percentiles=Percentiles(median=Money(50000), p90=Money(239200, at_least=True)),
        leaders=PayLeaders(state=PayLeader("Ohio", Money(61000))),
    )
    role = Role(title="LVN", article="an", plural="LVNs", soc_code="29-2061", pay=pay)
    path = tmp_path / "r.json"
    dump_roles([role], path)
    _, output = _run("show", "29-2061", "--dataset", str(path))
    lines = output.splitlines()
    assert "  Yearly percentiles: median $50,000, 90th $239,200 or more" in lines
    assert "  Highest paying state: Ohio ($61,000)" in lines
    assert lines[2:5] == ["  SOC code: 29-2061", "  English article: an", "  English plural: LVNs"]


SHEET_LOCALES = ("en_US", "de_DE", "fr_FR", "es_ES", "de_CH", "en_IN", "pt_BR")


@pytest.mark.parametrize("locale", SHEET_LOCALES)
def test_show_writes_each_figure_as_the_pages_of_its_locale(locale: str) -> None:
    """Every figure line's value is the page's text for that locale, under its translated label."""
    roles = [
        *cd.load_dataset("customer-service").values(),
        cd.load_dataset("bls-oews-2025").find("43-4051"),
    ]
    context = resolve(locale)
    for role in roles:
        dataset = "bls-oews-2025" if role.soc_code else "customer-service"
        status, output = _run("show", role.slug, "--dataset", dataset, "--locale", locale)
        lines = output.splitlines()
        figures = role_figures(role, context)
        shown = [
            (sheet_label(figure, context), getattr(figures, figure.name))
            for figure in FIGURES
            if hasattr(figures, figure.name) and figure.name not in SHOWN_ELSEWHERE
        ]
        separator = context.pgettext("role sheet", "%(label)s: %(value)s")
        expected = [
            context.regional("  " + separator % {"label": label, "value": text})
            for label, text in shown
            if text is not None
        ]
        assert status == 0
        assert [line for line in lines if line in expected] == expected, role.slug
        ranked = [context.regional(f"  {rank}. {s}") for rank, s in enumerate(figures.skills, 1)]
        assert [line for line in lines if line in ranked] == ranked, role.slug


def test_show_in_german_uses_the_german_texts_of_the_role() -> None:
    """Heading, description, skills, degree, major and duties come from the German translation."""
    role = cd.load_dataset("customer-service")["customer-service-manager"]
    german = role.translation("de")
    assert german is not None
    status, output = _run("show", role.slug, "--locale", "de_DE")
    lines = output.splitlines()
    assert status == 0
    assert lines[:4] == [
        "Leitung Kundenservice",
        "  Kurzname: customer-service-manager",
        "  auch bekannt als: Customer Support Manager",
        "  en: Customer Service Manager (Plural: Customer Service Managers)",
    ]
    assert german.description in lines
    assert "  Häufigster Abschluss: Bachelor, 46\xa0%" in lines
    assert "  Häufigstes Studienfach: Betriebswirtschaft" in lines
    assert "  1. Ausgeprägte Kundenorientierung, 15\xa0%" in lines
    assert [f"  - {item}" for item in german.responsibilities] == [
        line for line in lines if line.startswith("  - ")
    ]
    for section in ("Vergütung", "Aussichten", "Fähigkeiten", "Aufgaben", "Quelle"):
        assert section in lines
    assert "German (de)" not in lines
    languages = [line for line in lines if line.endswith(("(fr)", "(es)", "(de)"))]
    assert languages == ["Französisch (fr)", "Spanisch (es)"]


def test_show_lists_every_translation_by_language() -> None:
    """Each other language's title and texts appear: description, degree, major, skills, duties."""
    role = cd.load_dataset("customer-service")["customer-care-supervisor"]
    _, output = _run("show", role.slug)
    lines = output.splitlines()
    for title in role.titles:
        forms = f"{title.singular} (plural: {title.plural})"
        if title.plural == title.singular:  # one form for both (Japanese): shown once
            forms = title.singular
        assert f"  {title.language}: {forms}" in lines
    for translation in role.translations:
        # "French (fr)", or a variant CLDR names as a locale: "French (Belgium, fr_BE)".
        code = translation.language
        start = lines.index(
            next(line for line in lines if line.endswith((f"({code})", f", {code})")))
        )
        section = lines[start + 1 : lines.index("", start)]
        # A regional variant gives only the texts it writes differently (fr_BE: its degree).
        texts = [
            ("Description", translation.description),
            ("Most common degree", translation.degree),
            ("Most common major", translation.major),
            ("Skills", "; ".join(translation.skills) or None),
        ]
        assert section == [
            *(f"  {label}: {text}" for label, text in texts if text is not None),
            *(["  Responsibilities"] if translation.responsibilities else []),
            *(f"    - {item}" for item in translation.responsibilities),
        ]


def test_show_of_a_role_without_translations_in_french(tmp_path: Path) -> None:
    """Without a French title the heading is the title; labels and figures are French."""
    path = tmp_path / "r.json"
    dump_roles([Role(title="Barista", pay=Pay(currency="EUR", yearly=Money(31000, "EUR")))], path)
    assert _run("show", "barista", "--dataset", str(path), "--locale", "fr_FR") == (
        0,
        (
            "Barista\n"
            "  identifiant\xa0: barista\n"
            "\n"
            "Rémunération\n"
            "  Devise\xa0: EUR\n"
            "  Salaire annuel\xa0: 31\u202f000\xa0€\n"
        ),
    )


def test_show_rejects_a_bad_locale_before_reading_data(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An unknown locale is one line naming it, exit 2, even where the dataset is missing too."""
    missing = str(tmp_path / "missing.json")
    message = _error(capsys, "show", "clerk", "--locale", "xx_QQ", "--dataset", missing)
    assert message == "unknown locale 'xx_QQ': CLDR has no data for it"
    assert _error(capsys, "show", "clerk", "--locale", "de_DE@euro", "--json")


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


@pytest.mark.parametrize("form", ["text", "html", "json"])
def test_compare_refuses_a_role_named_twice(capsys: pytest.CaptureFixture[str], form: str) -> None:
    """Two names of one role (slug and title, SOC code and slug) exit 2 naming B and the role."""
    message = _error(
        capsys, "compare", "customer-care-manager", "Customer Care Manager", "--format", form
    )
    assert message.startswith("B: names the same role as A, 'customer-care-manager'")
    bls = ("--dataset", "bls-oews-2025", "--format", form)
    message = _error(capsys, "compare", "11-1011", "chief-executive", *bls)
    assert message.startswith("B: names the same role as A, 'chief-executive'")


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
    assert all(
        name in output for name in ("compare", "similar", "show", "list", "datasets", "--version")
    )


COMMANDS = ("compare", "similar", "show", "list", "datasets")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(command: str) -> None:
    """``COMMAND --help`` exits 0 and shows examples of that very command and the exit codes."""
    status, output = _run(command, "--help")
    assert status == 0
    examples = output.split("examples:", 1)[1]
    assert f"careerdata {command}" in examples
    assert "2 bad input" in examples


@pytest.mark.parametrize("command", ["compare", "show"])
def test_locale_option_has_help_and_an_example(command: str) -> None:
    """Commands taking --locale document it and show it in an example, here and in the overview."""
    _, output = _run(command, "--help")
    options, examples = output.split("examples:", 1)
    assert "--locale L" in options
    assert f"careerdata {command} " in examples
    assert "--locale de_DE" in examples
    _, overview = _run("--help")
    assert any(
        line.startswith(f"  careerdata {command} ") and "--locale" in line
        for line in overview.splitlines()
    )


def test_version_prints_the_package_version() -> None:
    status, output = _run("--version")
    assert (status, output) == (0, f"careerdata {cd.__version__}\n")


def test_compare_prints_the_english_page_as_text() -> None:
    """The default is the English page for a terminal: seed sentences, figures, no markup."""
    status, output = _run("compare", "Customer Service Manager", "customer-care-supervisor")
    assert status == 0
    assert output.startswith("Customer service manager vs customer care supervisor\n===")
    flat = " ".join(output.split())
    assert (
        "a customer service manager has an average salary of $61,487, which is higher than the "
        "$42,702 average annual salary of a customer care supervisor." in flat
    )
    assert "<" not in output
    assert "|" not in output


def test_compare_in_german_markdown_and_html() -> None:
    status, markdown = _run(
        "compare", "customer-service-manager", "customer-care-supervisor",
        "--locale", "de_DE", "--format", "markdown",
    )  # fmt: skip
    assert status == 0
    assert markdown.startswith("# ")
    assert "61.487\xa0$" in markdown  # CLDR: no-break space before the sign
    assert "| --- |" in markdown or "|---" in markdown
    status, html = _run(
        "compare", "customer-service-manager", "customer-care-supervisor",
        "--locale", "fr_FR", "--format", "html",
    )  # fmt: skip
    assert status == 0
    assert html.startswith("<article")
    assert 'lang="fr-FR"' in html
    assert "61\u202f487\xa0$US" in html  # CLDR: narrow no-break space groups


def test_compare_json_is_the_structured_comparison() -> None:
    status, output = _run(
        "compare", "customer-service-manager", "customer-care-supervisor", "--format", "json"
    )
    assert status == 0
    data = json.loads(output)
    assert data["a"]["slug"] == "customer-service-manager"
    assert data["b"]["slug"] == "customer-care-supervisor"
    direct = cd.compare(
        cd.load_dataset("customer-service")["customer-service-manager"],
        cd.load_dataset("customer-service")["customer-care-supervisor"],
    )
    from careerdata.io import to_jsonable  # noqa: PLC0415

    assert data == json.loads(json.dumps(to_jsonable(direct)))


def test_compare_a_users_file(tmp_path: Path) -> None:
    """``--dataset`` takes the path of the user's own role file."""
    path = tmp_path / "mine.json"
    dump_roles(
        [
            Role(title="Barista", pay=Pay(yearly=Money(31000))),
            Role(title="Head Barista", pay=Pay(yearly=Money(36500))),
        ],
        path,
    )
    status, output = _run("compare", "barista", "Head Barista", "--dataset", str(path))
    assert status == 0
    assert "$36,500" in output
    assert "$31,000" in output


def test_compare_bls_roles_by_soc_code_in_german() -> None:
    """The acceptance check of the BLS dataset: a German page for two SOC codes."""
    status, output = _run(
        "compare", "43-4051", "11-9111", "--dataset", "bls-oews-2025", "--locale", "de_DE"
    )
    assert status == 0
    assert "Fachkraft Kundenservice" in output  # the German title (tools/bls_titles/de.json)
    assert "Jahresgehalt" in output
    assert "None" not in output
    assert "nan" not in output


def test_compare_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown role, locale or format: one line on stderr naming it, exit status 2."""
    assert "no role matches 'nobody'" in _error(capsys, "compare", "nobody", "barista-x")
    assert "xx_QQ" in _error(
        capsys, "compare", "customer-service-manager", "contact-center-manager",
        "--locale", "xx_QQ",
    )  # fmt: skip
    assert "--format" in _error(
        capsys, "compare", "customer-service-manager", "contact-center-manager",
        "--format", "pdf",
    )  # fmt: skip


def test_similar_lists_scores_most_alike_first() -> None:
    status, output = _run("similar", "customer-service-manager", "-k", "3")
    assert status == 0
    lines = output.splitlines()
    assert len(lines) == 3
    role = cd.load_dataset("customer-service")["customer-service-manager"]
    expected = cd.similar(role, cd.load_dataset("customer-service"), 3)
    for line, match in zip(lines, expected, strict=True):
        score, slug, title = line.split(maxsplit=2)
        assert (slug, title) == (match.role.slug, match.role.title)
        assert float(score) == pytest.approx(match.score, abs=0.0005)
    assert "customer-service-manager " not in output


def test_similar_json() -> None:
    status, output = _run("similar", "contact-center-manager", "--json", "-k", "2")
    assert status == 0
    listed = json.loads(output)
    assert [sorted(item) for item in listed] == [["score", "slug", "title"]] * 2
    assert listed[0]["score"] >= listed[1]["score"]


@pytest.mark.parametrize("k", ["-1", "two", "1.5"])
def test_similar_rejects_a_bad_k(capsys: pytest.CaptureFixture[str], k: str) -> None:
    assert "-k" in _error(capsys, "similar", "customer-service-manager", "-k", k)


@pytest.mark.slow
def test_the_console_script_and_python_m_agree() -> None:
    """``python -m careerdata`` runs the same command; errors reach stderr, status 2."""
    ok = subprocess.run(
        [sys.executable, "-m", "careerdata", "compare", "customer-service-manager",
         "contact-center-manager", "--format", "markdown"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (ok.returncode, ok.stderr) == (0, "")
    assert ok.stdout.startswith("# ")
    bad = subprocess.run(
        [sys.executable, "-m", "careerdata", "compare", "nobody", "none"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (bad.returncode, bad.stdout) == (2, "")
    assert bad.stderr.startswith("careerdata: error: ")


def test_run_exits_with_the_status_of_main_on_sys_argv(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The console script runs ``sys.argv[1:]`` and exits with main's status (2 on bad input)."""
    monkeypatch.setattr(sys, "argv", ["careerdata", "compare", "nobody", "none"])
    try:
        with pytest.raises(SystemExit) as done:
            run()
        collector_off = not gc.isenabled()
    finally:
        gc.enable()  # run() leaves it off for the rest of its process; this one goes on
    assert (done.value.code, collector_off) == (2, True)
    assert capsys.readouterr().err.startswith("careerdata: error: no role matches 'nobody'")


@pytest.mark.parametrize(
    "argv",
    [
        ["compare", "a", "b", "--format", "json", "--dataset", "bls-oews-2025"],
        ["similar", "a", "-k", "3", "--json"],
        ["show", "a", "--locale", "de_DE"],
        ["list", "--dataset", "x.json"],
        ["datasets"],
    ],
)
def test_the_parser_of_one_command_reads_it_as_the_whole_parser_does(argv: list[str]) -> None:
    """build_parser(command) parses a command line that starts with it as build_parser() does."""
    assert vars(build_parser().parse_args(argv)) == vars(build_parser(argv[0]).parse_args(argv))


_IMPORT_PROBE = """
import io, json, sys
from careerdata.cli import main
loaded = []
for argv in json.loads(sys.argv[1]):
    main(argv, stdout=io.StringIO())
    loaded.append(sorted(sys.modules))
print(json.dumps(loaded))
"""


def test_commands_import_only_what_they_need() -> None:
    """--help reads no data; datasets and list load neither the text layer nor babel."""
    commands = [["--help"], ["show", "--help"], ["datasets"], ["list"]]
    result = subprocess.run(  # noqa: S603 - fixed probe
        [sys.executable, "-I", "-c", _IMPORT_PROBE, json.dumps(commands)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    help_, show_help, datasets, listing = (set(found) for found in json.loads(result.stdout))
    data = {"careerdata.io", "careerdata.datasets", "careerdata.text", "babel"}
    assert (help_ | show_help) & data == set()
    assert "careerdata.datasets" in datasets
    assert (datasets | listing) & {"careerdata.text", "careerdata.text._sheet", "babel"} == set()


def test_version_and_list_import_neither_the_model_of_comparison_nor_the_text_layer() -> None:
    """--version reads only the package metadata; list reads its dataset, not the text layer."""
    commands = [["--version"], ["list", "--dataset", "bls-oews-2025"]]
    result = subprocess.run(  # noqa: S603 - fixed probe
        [sys.executable, "-I", "-c", _IMPORT_PROBE, json.dumps(commands)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    version, listing = (set(found) for found in json.loads(result.stdout))
    text = {name for name in listing if name.startswith(("careerdata.text", "babel"))}
    assert (text, "careerdata.compare" in listing, "careerdata.datasets" in listing) == (
        set(),
        False,
        True,
    )
    ours = {name for name in version if name.startswith("careerdata.")}
    # _terminal: the escaping of what the CLI prints (standard library only); _repr: the one
    # repr of the library's attrs classes (errors.Problem is one).
    assert ours == {
        "careerdata.cli",
        "careerdata.errors",
        "careerdata._terminal",
        "careerdata._repr",
    }


def test_an_english_compare_imports_no_pathlib_ranking_schema_or_writer() -> None:
    """pathlib (with urllib.parse and ipaddress, some 3 ms), the ranking, the JSON Schema and
    the writing side of io are not part of a seed compare."""
    commands = [["compare", "Customer Service Manager", "customer-care-supervisor"]]
    result = subprocess.run(  # noqa: S603 - fixed probe
        [sys.executable, "-I", "-c", _IMPORT_PROBE, json.dumps(commands)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    (loaded,) = (set(found) for found in json.loads(result.stdout))
    unneeded = {
        "pathlib",
        "urllib.parse",
        "careerdata.compare._ranking",
        "careerdata.io._schema",
        "careerdata.io._unstructure",
    }
    assert ("careerdata.text.page" in loaded, unneeded & loaded) == (True, set())


_OPEN_PROBE = """
import io, json, sys
opened = []
def record(event, args):
    if event == "open" and isinstance(args[0], str):
        opened.append(args[0])
sys.addaudithook(record)
from careerdata.cli import main
status = main(json.loads(sys.argv[1]), stdout=io.StringIO())
print(json.dumps([status, opened]))
"""


@pytest.mark.parametrize(
    ("argv", "dataset"),
    [
        (["compare", "43-4051", "11-9111", "--dataset", "bls-oews-2025"], "bls-oews-2025.json"),
        (["compare", "Customer Service Manager", "customer-care-supervisor"], "customer-service"),
    ],
)
def test_compare_in_en_us_reads_one_dataset_no_catalog_and_english_cldr_data(
    argv: list[str], dataset: str
) -> None:
    """An English page reads its dataset and no other, no .mo catalog, and only CLDR's global,
    root and English data."""
    result = subprocess.run(  # noqa: S603 - fixed probe
        [sys.executable, "-I", "-c", _OPEN_PROBE, json.dumps(argv)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    status, opened = json.loads(result.stdout)
    data = sorted(Path(path).name for path in opened if path.endswith(".json"))
    cldr = sorted(Path(path).name for path in opened if path.endswith(".dat"))
    catalogs = [path for path in opened if path.endswith((".mo", ".po"))]
    assert (status, catalogs) == (0, [])
    assert [name for name in data if name != "datasets.json"] == [
        next(name for name in data if name.startswith(dataset))
    ]
    assert set(cldr) <= {"global.dat", "root.dat", "en.dat", "en_US.dat"}


@pytest.mark.parametrize(
    ("locale", "heading", "release", "note"),
    [
        ("en_US", "Source", "May 2025", "The salary range is the 10th to 90th percentile"),
        ("de_DE", "Quelle", "Mai 2025", "Die Gehaltsspanne reicht vom 10. bis zum 90. Perzentil"),
        ("ja_JP", "出典", "2025年5月", "年収の範囲は、10パーセンタイルから90パーセンタイル"),
    ],
)
def test_show_names_the_dataset_source_of_a_bls_role(
    locale: str, heading: str, release: str, note: str
) -> None:
    """A BLS role keeps no source of its own: show names its dataset's, as its pages do."""
    bls = cd.load_dataset("bls-oews-2025")
    assert bls.find("43-4051").source is None
    status, output = _run("show", "43-4051", "--dataset", "bls-oews-2025", "--locale", locale)
    assert status == 0
    lines = output.splitlines()
    section = lines[lines.index(heading) + 1 :]
    assert "U.S. Bureau of Labor Statistics" in section[0]
    assert any(line.endswith(release) for line in section)
    assert section[-1].strip().startswith(note)
    seed = _run("show", "customer-service-manager", "--locale", locale)[1].splitlines()
    assert heading in seed
    assert not any(line.strip().startswith(note) for line in seed)  # not a percentile band


@pytest.mark.parametrize(
    ("locale", "label"), [("en_US", "Note: "), ("de_CH", "Hinweis: "), ("pt_PT", "Observação: ")]
)
@pytest.mark.parametrize(
    ("role", "dataset"),
    [("43-4051", "bls-oews-2025"), ("customer-care-manager", "customer-service")],
)
def test_show_gives_the_source_note_in_its_language(
    locale: str, label: str, role: str, dataset: str
) -> None:
    """The note of the role's source (its own, else its dataset's) in the sheet's language."""
    roles = cd.load_dataset(dataset)
    source = roles.find(role).source or roles.info.source
    assert source is not None
    assert source.note is not None
    status, output = _run("show", role, "--dataset", dataset, "--locale", locale)
    assert status == 0
    notes = [line.strip() for line in output.splitlines() if line.strip().startswith(label)]
    language = locale.partition("_")[0] if locale != "pt_PT" else locale
    expected = source.note_in(language)
    assert expected is not None
    if locale == "de_CH":  # Swiss German writes ss for ß
        expected = expected.replace("ß", "ss")
    assert notes == [label + expected]
    assert (expected == source.note) is (locale == "en_US")
