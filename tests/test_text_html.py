"""The HTML page as a product: structure, raw figures, charts, sources, documents, embedding."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser

import jinja2
import pytest

import careerdata as cd
from careerdata.cli import main
from careerdata.compare import compare
from careerdata.model import Provenance, Role
from careerdata.text import Html, document, page_title, render, script_json, stylesheet


@pytest.fixture(scope="module")
def seeds() -> cd.Dataset:
    return cd.load_dataset("customer-service")


class _Marks(HTMLParser):
    """Every element's tag and attributes, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def _elements(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Marks()
    parser.feed(page)
    return parser.elements


def test_sections_tables_and_charts_are_labelled(seeds: cd.Dataset) -> None:
    page = render(
        compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"]),
        "de_DE",
        "html",
    )
    elements = _elements(page)
    ids = {attrs["id"] for _, attrs in elements if "id" in attrs}
    sections = [attrs for tag, attrs in elements if tag == "section"]
    assert {attrs["class"] for attrs in sections} >= {
        "cd-section cd-overview",
        "cd-section cd-salary",
        "cd-section cd-sources",
    }
    for tag, attrs in elements:
        if tag in ("section", "table"):
            assert attrs["aria-labelledby"] in ids
        if tag == "svg":
            title, desc = str(attrs["aria-labelledby"]).split()
            assert {title, desc} <= ids
    assert "<td></td>" not in page
    assert '<th scope="col" class="cd-corner"><span class="cd-vh">Kennzahl</span></th>' in page


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "ja_JP"])
def test_a_salary_chart_of_one_role_is_titled_as_its_table_row(
    seeds: cd.Dataset, locale: str
) -> None:
    """Two ranges: "Yearly pay compared"; one (the other role has no yearly pay): the table's
    row label ("Yearly salary", "Jahresgehalt"), since the chart compares nothing."""
    from careerdata.text._locale import resolve  # noqa: PLC0415

    context = resolve(locale)
    compared = context.pgettext("chart", "Yearly pay compared")
    alone = context.gettext("Yearly salary")
    assert compared != alone

    def titles(page: str) -> list[str]:
        return re.findall(r'<title id="[^"]*-chart-salary-title">([^<]*)</title>', page)

    a, b = seeds["customer-care-supervisor"], seeds["customer-service-manager"]
    assert titles(render(compare(a, b), locale, "html")) == [compared]
    unpaid = Role(title="Volunteer Coordinator", outlook=cd.Outlook(jobs=1000))
    assert titles(render(compare(unpaid, b), locale, "html")) == [alone]


def test_chart_numbers_match_the_table(seeds: cd.Dataset) -> None:
    a, b = seeds["customer-care-supervisor"], seeds["customer-service-manager"]
    page = render(compare(a, b), "en_US", "html")
    elements = _elements(page)
    means = {
        attrs["data-role"]: attrs["data-value"]
        for tag, attrs in elements
        if attrs.get("class") == "cd-mean"
    }
    cells = {
        attrs["data-role"]: attrs.get("data-value")
        for tag, attrs in elements
        if tag == "td" and "data-currency" in attrs and "data-value" in attrs
    }
    assert means == {"a": str(a.pay.yearly.amount), "b": str(b.pay.yearly.amount)}
    assert cells["a"] == means["a"]
    bars = [
        attrs for tag, attrs in elements if tag == "rect" and "cd-bar" in str(attrs.get("class"))
    ]
    drawn = {(attrs["data-role"], attrs["data-value"]) for attrs in bars if "data-low" not in attrs}
    assert {("a", str(a.outlook.jobs)), ("b", str(b.outlook.jobs))} <= drawn
    segments = [attrs for tag, attrs in elements if attrs.get("class") == "cd-segment"]
    shares = {(s["data-role"], s["data-category"]): float(str(s["data-value"])) for s in segments}
    first = next(iter(a.demographics.gender))
    assert shares[("a", first.category)] == first.share


def test_sources_appear_in_every_format_with_the_range_explained() -> None:
    bls = cd.load_dataset("bls-oews-2025")
    comparison = compare(bls.find("43-4051"), bls.find("11-9111"))
    for fmt in ("markdown", "text", "html"):
        page = render(comparison, "de_DE", fmt, source=bls.info.source)
        assert "U.S. Bureau of Labor Statistics" in page
        assert "Ausgabe Mai 2025" in page
        assert "abgerufen am 26. September 2026" in page
        assert "10. bis zum 90. Perzentil der Jahresgehälter" in page
        if fmt != "text":  # the text table wraps its labels
            assert "Gehaltsspanne (10. bis 90. Perzentil)" in page
    assert "Bureau of Labor" not in render(comparison, "en_US", "text")


def test_a_users_own_source_is_shown() -> None:
    mine = Provenance("Acme HR survey", release="2026")
    a = Role(title="Clerk", source=mine)
    page = render(compare(a, Role(title="Nurse")), "en_US", "text")
    assert "Clerk: Acme HR survey, 2026 release." in page


def test_html_is_safe_markup_for_templates(seeds: cd.Dataset) -> None:
    page = render(
        compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"]),
        "en_US",
        "html",
    )
    assert isinstance(page, Html)
    assert isinstance(page, str)
    shown = jinja2.Environment(autoescape=True).from_string("{{ page }}").render(page=page)
    assert shown == str(page)
    assert type(render(compare(Role(title="A"), Role(title="B")), "en_US", "text")) is str


def test_documents_carry_charset_title_description_and_safe_json_ld() -> None:
    hostile = Role(title="</script>\u2028<b>x</b>", description="& <end>")
    comparison = compare(hostile, Role(title="Nurse"))
    page = document(comparison, "de_DE")
    assert page.startswith('<!DOCTYPE html>\n<html lang="de-DE">\n<head>\n<meta charset="utf-8">')
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert stylesheet() in page
    (script,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    for raw in ("<", ">", "&", "\u2028"):
        assert raw not in script
    node = json.loads(script)
    assert node["inLanguage"] == "de-DE"
    assert node["name"] == page_title(comparison, "de_DE")
    assert [item["@type"] for item in node["about"]] == ["Occupation", "Occupation"]
    assert node["about"][0]["name"] == hostile.title
    assert json.loads(script_json({"x": "\u2029</script>"})) == {"x": "\u2029</script>"}


def test_json_ld_uses_the_languages_texts(seeds: cd.Dataset) -> None:
    role = seeds["customer-care-supervisor"]
    node = cd.to_jsonld(role, locale="de_DE")
    assert node["name"] == role.localized_title("de").singular
    assert node["skills"] == list(role.translation("de").skills)
    assert cd.to_jsonld(role) == cd.to_jsonld(role, locale=None)


def test_cli_document_needs_html(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "contact-center-manager", "customer-care-manager", "--document"]) == 2
    assert "--document: needs --format html" in capsys.readouterr().err
    code = main(
        [
            "compare",
            "contact-center-manager",
            "customer-care-manager",
            "--format",
            "html",
            "--document",
            "--locale",
            "de_DE",
        ]
    )
    assert code == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


def test_batch_pages_of_a_dataset_name_its_source() -> None:
    from careerdata.batch import pairs  # noqa: PLC0415

    (page,) = pairs("bls-oews-2025", "en_US", "markdown", select=[("43-4051", "11-9111")])
    assert "U.S. Bureau of Labor Statistics" in page.text
    assert "May 2025 release, retrieved September 26, 2026." in page.text


def test_a_hostile_source_is_escaped_and_a_wrong_one_refused() -> None:
    hostile = Provenance("<img src=x onerror=alert(1)>", dataset="a | b *c*")
    comparison = compare(Role(title="Clerk", source=hostile), Role(title="Nurse"))
    page = render(comparison, "en_US", "html")
    assert "<img" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;, a | b *c*." in page
    assert r"a \| b \*c\*" in render(comparison, "en_US", "markdown")
    with pytest.raises(cd.ValidationError, match=r"^source: expected a Provenance, or a pair"):
        render(comparison, "en_US", "html", source="BLS")  # type: ignore[arg-type]
    with pytest.raises(cd.ValidationError, match=r"^source\[1\]: expected a Provenance or None"):
        render(comparison, "en_US", "html", source=(None, "BLS"))  # type: ignore[arg-type]
    with pytest.raises(cd.ValidationError, match=r"^source: expected a Provenance, or a pair"):
        document(comparison, source=(hostile, hostile, hostile))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b"),
    [(0.0, 0.0), (2.5e-117, 0.0), (-0.04, 0.06), (5e-324, -5e-324)],
)
def test_growth_charts_draw_any_rates(a: float, b: float) -> None:
    first = Role(title="A", outlook=cd.Outlook(growth_rate=a))
    second = Role(title="B", outlook=cd.Outlook(growth_rate=b))
    page = render(compare(first, second), "de_DE", "html")
    values = re.findall(
        r'class="cd-bar cd-fill-[ab]" data-role="[ab]"[^>]*data-value="([^"]+)"', page
    )
    assert [float(value) for value in values] == [a, b]


def test_salary_axis_of_the_largest_amounts() -> None:
    top = cd.Money("999999999999.99")  # near the largest amount the model allows
    rich = Role(title="A", pay=cd.Pay(range=cd.SalaryBand(cd.Money("1"), top)))
    page = render(compare(rich, Role(title="B", pay=cd.Pay(yearly=top))), "en_US", "html")
    assert 'class="cd-chart cd-chart-salary"' in page


def test_document_stays_the_function_whatever_was_imported_before() -> None:
    """No submodule of careerdata.text shares a name with what the package exports, so that
    importing one (as the JSON-LD writer does) never hides the function behind a module."""
    import importlib  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415
    import types  # noqa: PLC0415

    from careerdata import text  # noqa: PLC0415

    for module in pkgutil.walk_packages(text.__path__, "careerdata.text."):
        importlib.import_module(module.name)
    for name in text.__all__:
        assert not isinstance(getattr(text, name), types.ModuleType), name
    assert callable(text.document)


# The publisher of each dataset, as every language writes it in the source line.
_SEED_SOURCE = "careerdata"
_BLS_SOURCE = "U.S. Bureau of Labor Statistics"


def _flat(page: str) -> str:
    return " ".join(page.split())


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "ja_JP"])
@pytest.mark.parametrize("seed_first", [True, False])
def test_a_page_of_roles_from_two_datasets_names_both_sources_once_in_role_order(
    seeds: cd.Dataset, locale: str, *, seed_first: bool
) -> None:
    """A seed role beside a BLS role: each dataset's source once, the first role's first."""
    bls = cd.load_dataset("bls-oews-2025")
    pairs = [(seeds["customer-service-manager"], seeds), (bls.find("43-4051"), bls)]
    if not seed_first:
        pairs.reverse()
    (a, first), (b, second) = pairs
    comparison = compare(a, b)
    source = (first.info.source, second.info.source)
    order = [_SEED_SOURCE, _BLS_SOURCE] if seed_first else [_BLS_SOURCE, _SEED_SOURCE]
    for fmt in ("markdown", "text", "html"):
        page = _flat(render(comparison, locale, fmt, source=source))
        assert [page.count(words) for words in order] == [1, 1], fmt
        assert page.index(order[0]) < page.index(order[1]), fmt
    node = cd.to_jsonld(comparison, source=source, locale=locale)
    publishers = [role["subjectOf"]["publisher"]["name"] for role in node["about"]]
    names = ["careerdata", "U.S. Bureau of Labor Statistics"]
    assert publishers == (names if seed_first else names[::-1])
    script = re.search(
        r'<script type="application/ld\+json">(.*?)</script>',
        document(comparison, locale, source=source),
        re.DOTALL,
    )
    assert script is not None
    assert json.loads(script.group(1))["about"] == node["about"]


def test_one_source_given_for_both_roles_of_one_dataset_is_listed_once() -> None:
    """The pair form with the same source twice reads as the single form: one item, no names."""
    bls = cd.load_dataset("bls-oews-2025")
    comparison = compare(bls.find("43-4051"), bls.find("11-9111"))
    twice = render(comparison, "en_US", "text", source=(bls.info.source, bls.info.source))
    assert twice == render(comparison, "en_US", "text", source=bls.info.source)
    assert _flat(twice).count(_BLS_SOURCE) == 1


def test_the_command_line_compares_roles_of_two_datasets_naming_both_sources() -> None:
    """compare --dataset-b finds B in another dataset; every format names both sources."""
    for fmt in ("text", "markdown", "html"):
        out = io.StringIO()
        argv = ["compare", "customer-service-manager", "43-4051", "--dataset-b", "bls-oews-2025"]
        assert main([*argv, "--format", fmt], stdout=out) == 0
        page = _flat(out.getvalue())
        assert [page.count(_SEED_SOURCE), page.count(_BLS_SOURCE)] == [1, 1], fmt
        assert page.index(_SEED_SOURCE) < page.index(_BLS_SOURCE)
    out = io.StringIO()
    argv = ["compare", "43-4051", "customer-service-manager", "--dataset", "bls-oews-2025"]
    code = main(
        [*argv, "--dataset-b", "customer-service", "--format", "html", "--document"], stdout=out
    )
    assert code == 0
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', out.getvalue())
    assert script is not None
    about = json.loads(script.group(1))["about"]
    assert [role["subjectOf"]["publisher"]["name"] for role in about] == [
        "U.S. Bureau of Labor Statistics",
        "careerdata",
    ]
