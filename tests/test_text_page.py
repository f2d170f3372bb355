"""The whole page: seed order and labels, figures per locale, escaping and layout per format."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import attrs
import babel.numbers
import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.errors import ValidationError
from careerdata.model import (
    Career,
    Demographics,
    Distribution,
    Education,
    Money,
    Outlook,
    Pay,
    PayLeader,
    PayLeaders,
    Percentiles,
    Role,
    SalaryBand,
    Skill,
)
from careerdata.text import render
from careerdata.text._locale import resolve
from careerdata.text.page import Heading, Paragraph, Table, display_width, page_blocks
from cldr import grouped, money, percent
from seed_figures import SEED_FIGURES
from strategies import role_pairs

SEED_PAIRS = [
    ("customer-care-supervisor", "customer-service-manager"),
    ("customer-service-manager", "customer-care-manager"),
    ("customer-service-manager", "customer-service-leader"),
    ("customer-service-operations-manager", "customer-service-manager"),
    ("contact-center-manager", "customer-service-manager"),
]
LOCALES = ["en_US", "en_IN", "de_DE", "de_CH", "fr_FR", "fr_CA", "es_ES", "es_MX", "ja_JP", "ar_EG"]


@pytest.fixture(scope="module")
def seeds() -> dict[str, Role]:
    return dict(load_dataset("customer-service"))


def _markdown_tables(page: str) -> list[dict[str, tuple[str, ...]]]:
    """Each Markdown table of a page as {row label: cells}, header under ""."""
    tables = []
    for block in page.split("\n\n"):
        lines = block.splitlines()
        if not lines or not lines[0].startswith("|"):
            continue
        table = {}
        for line in [lines[0], *lines[2:]]:
            cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
            table[cells[0]] = tuple(cells[1:])
        tables.append(table)
    return tables


# ---------------------------------------------------------------------------- the seed layout


def test_headings_and_lead_ins_follow_the_seed_page(seeds: dict[str, Role]) -> None:
    """The first seed page's headings and lead-in sentences, in its order."""
    page = render(compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"]))
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert headings == [
        "# Customer care supervisor vs customer service manager",
        "## Customer care supervisor vs customer service manager overview",
        "## What does a customer care supervisor do?",
        "## What does a customer service manager do?",
        "## Customer care supervisor vs customer service manager salary",
        "## Differences between customer care supervisor and customer service manager education",
        "## Customer care supervisor vs customer service manager demographics",
        (
            "## Differences between customer care supervisor and customer service manager duties "
            "and responsibilities"
        ),
        "## Customer care supervisor vs customer service manager skills",
        "### Common customer care supervisor skills",
        "### Common customer service manager skills",
        "## Source",
    ]
    for lead_in in (
        (
            "Customer care supervisors and customer service managers have different pay scales, as "
            "shown below."
        ),
        (
            "There are a few differences between a customer care supervisor and a customer service "
            "manager in terms of educational background:"
        ),
        (
            "Here are the differences between customer care supervisors' and customer service "
            "managers' demographics:"
        ),
        "Customer care supervisor example responsibilities.",
        "Customer service manager example responsibilities.",
    ):
        assert f"\n\n{lead_in}\n\n" in page


def test_tables_have_the_seed_row_labels_in_order(seeds: dict[str, Role]) -> None:
    """Overview, salary, education and demographics tables label their rows like the seeds."""
    page = render(compare(seeds["customer-service-manager"], seeds["customer-care-manager"]))
    overview, salary, education, demographics = _markdown_tables(page)
    assert list(overview) == [
        "",
        "Yearly salary",
        "Hourly rate",
        "Growth rate",
        "Number of jobs",
        "Job satisfaction",
        "Most common degree",
        "Average age",
        "Years of experience",
    ]
    assert list(salary) == [
        "",
        "Average salary",
        "Salary range",
        "Highest paying city",
        "Highest paying state",
        "Best paying company",
        "Best paying industry",
    ]
    assert list(education) == ["", "Most common degree", "Most common major", "Most common college"]
    assert list(demographics) == [
        "",
        "Average age",
        "Gender ratio",
        "Race ratio",
        "LGBT percentage",
    ]
    assert overview[""] == ("Customer Service Manager", "Customer Care Manager")


# Seed rows whose cells the page writes exactly as the seeds print them.
_SAME_AS_SEED = [
    "Yearly salary",
    "Hourly rate",
    "Growth rate",
    "Number of jobs",
    "Most common degree",
    "Average age",
    "Years of experience",
    "Most common major",
    "Most common college",
    "Highest paying state",
    "Best paying company",
    "Best paying industry",
]


@pytest.mark.parametrize("pair", SEED_PAIRS, ids="-vs-".join)
def test_english_cells_match_the_seed_figures(
    seeds: dict[str, Role], pair: tuple[str, str]
) -> None:
    """Every figure the seeds print is printed the same; a blank "-" becomes an em dash."""
    page = render(compare(seeds[pair[0]], seeds[pair[1]]))
    cells: dict[str, tuple[str, ...]] = {}
    for table in _markdown_tables(page):
        cells.update(table)
    for label in _SAME_AS_SEED:
        expected = tuple(
            "—" if SEED_FIGURES[slug][label] == "-" else SEED_FIGURES[slug][label] for slug in pair
        )
        if expected == ("—", "—"):
            assert label not in cells
        else:
            assert expected == cells[label], label


@pytest.mark.parametrize(
    ("locale", "scale"), [("en_US", "out of"), ("de_DE", "von"), ("fr_FR", "sur"), ("es_ES", "de")]
)
def test_satisfaction_shows_its_scale(seeds: dict[str, Role], locale: str, scale: str) -> None:
    """The seeds print a bare "5"; the page says on which scale: "5 of 5", "5 von 5"."""
    pair = (seeds["customer-service-manager"], seeds["customer-care-manager"])
    assert SEED_FIGURES["customer-service-manager"]["Job satisfaction"] == "5"
    (overview, *_) = _markdown_tables(render(compare(*pair), locale))
    five = format_decimal(5, locale=locale)
    assert (f"{five} {scale} {five}", "—") in overview.values()
    half = Role(title="Clerk", career=Career(satisfaction=4.5))
    (overview, *_) = _markdown_tables(render(compare(half, Role(title="Nurse")), locale))
    assert (f"{format_decimal(4.5, locale=locale)} {scale} {five}", "—") in overview.values()


def test_skill_lists_match_the_seeds(seeds: dict[str, Role]) -> None:
    """The skills section lists each role's skills with weights as the seed pages do."""
    page = render(compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"]))
    before_sources = page.split("\n## Source")[0]
    items = [line[2:] for line in before_sources.splitlines() if line.startswith("- ")]
    skills = [*SEED_FIGURES["customer-care-supervisor"]["Skills"]]
    skills += [*SEED_FIGURES["customer-service-manager"]["Skills"]]
    assert skills == items[-len(skills) :]


# ---------------------------------------------------------------------------- missing values


def test_rows_neither_role_fills_are_left_out_and_one_sided_rows_show_a_dash() -> None:
    """A row only one role fills shows "—" for the other; a row neither fills is absent."""
    a = Role(title="Nurse", outlook=Outlook(jobs=3_300_000))
    b = Role(title="Clerk", outlook=Outlook(growth_rate=-0.04, jobs=1_200_000))
    (overview,) = _markdown_tables(render(compare(a, b)))
    assert overview == {
        "": ("Nurse", "Clerk"),
        "Growth rate": ("—", "-4%"),
        "Number of jobs": ("3,300,000", "1,200,000"),
    }


def test_a_bare_pair_has_title_and_summary_only() -> None:
    """Two roles with titles only: no empty tables, lists or headings."""
    page = render(compare(Role(title="Nurse"), Role(title="Clerk")), format="markdown")
    expected = (
        "# Nurse vs clerk\n\nThe differences between nurses and clerks can be seen in a few "
        "details.\n"
    )
    assert expected == page


def test_bls_figures_show_percentiles_and_leader_pay() -> None:
    """Percentiles, medians and the pay at each leader appear when the data has them."""
    pay = Pay(
        yearly=Money(164760),
        hourly=Money("79.21"),
        range=SalaryBand(Money(90000), Money(239200, at_least=True)),
        yearly_percentiles=Percentiles(
            p10=Money(82410), median=Money(146910), p90=Money(239200, at_least=True)
        ),
        hourly_percentiles=Percentiles(median=Money("70.63")),
        leaders=PayLeaders(state=PayLeader("District of Columbia", Money(217060))),
    )
    a = Role(title="Public Relations Manager", pay=pay)
    (overview, salary) = _markdown_tables(render(compare(a, Role(title="Clerk"))))
    assert overview["Yearly salary"] == ("$164,760", "—")
    assert salary == {
        "": ("Public Relations Manager", "Clerk"),
        "Average salary": ("$164,760", "—"),
        "Median salary": ("$146,910", "—"),
        "Salary range": ("$90,000–$239,200 or more", "—"),
        "10th to 90th percentile": ("$82,410–$239,200 or more", "—"),
        "Median hourly rate": ("$70.63", "—"),
        "Highest paying state": ("District of Columbia ($217,060)", "—"),
    }


# ---------------------------------------------------------------------------- locales


def _overview(pair: tuple[Role, Role], locale: str) -> dict[str, tuple[str, ...]]:
    return _markdown_tables(render(compare(*pair), locale))[0]


def test_figures_follow_the_full_locale(seeds: dict[str, Role]) -> None:
    """Counts, percentages and amounts are what the installed CLDR says for the full locale."""
    pair = (seeds["customer-care-supervisor"], seeds["customer-service-manager"])
    for locale, jobs in (("en_IN", "Number of jobs"), ("de_CH", "Beschäftigte")):
        assert _overview(pair, locale)[jobs] == (grouped(227154, locale), grouped(313110, locale))
    assert _overview(pair, "de_DE")["Beschäftigungswachstum"] == (
        percent(-0.04, "de_DE"),
        percent(0.06, "de_DE"),
    )
    assert _overview(pair, "fr_FR")["Salaire annuel"] == (
        money("42702", "USD", "fr_FR", whole=True),
        money("61487", "USD", "fr_FR", whole=True),
    )
    assert _overview(pair, "es_ES")["Salario por hora"] == (
        money("20.53", "USD", "es_ES"),
        money("29.56", "USD", "es_ES"),
    )


def test_one_decimal_shares_in_demographics(seeds: dict[str, Role]) -> None:
    """Gender shares keep one decimal, in the locale's own format."""
    pair = (seeds["customer-care-supervisor"], seeds["customer-service-manager"])
    demographics = _markdown_tables(render(compare(*pair), "de_DE"))[3]
    expected = "Frauen: 55,9\N{NO-BREAK SPACE}%, Männer: 44,1\N{NO-BREAK SPACE}%"
    assert expected == demographics["Geschlechterverteilung"][0]


def test_html_lang_names_the_written_language(seeds: dict[str, Role]) -> None:
    """The lang attribute is the text's language: de-CH, or en for the English fallback."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-manager"])
    assert render(comparison, "de_CH", "html").startswith('<article class="cd-page" lang="de-CH"')
    assert render(comparison, "pt_PT", "html").startswith('<article class="cd-page" lang="pt-PT"')
    assert render(comparison, "sv_SE", "html").startswith('<article class="cd-page" lang="en"')


# ---------------------------------------------------------------------------- formats


_HOSTILE = Role(
    title="R&D <Lead> | *Ops*",
    description="Runs <script>alert('x')</script> & [links](http://x) | pipes\n\n# not a heading",
    education=Education(degree="B.Sc. | Hons", major="C#", college="A_B_C"),
    skills=(Skill("1. Ranking", 0.5), Skill("- Dash", 0.2)),
    responsibilities=("* starts like a list", "1. starts like a number"),
)


def test_markdown_escapes_markup_and_pipes_from_data() -> None:
    """Data cannot open tags, links, emphasis, headings or extra table columns."""
    page = render(compare(_HOSTILE, Role(title="Clerk")), format="markdown")
    assert "# R\\&D \\<lead\\> \\| \\*ops\\* vs clerk" in page
    assert "Runs \\<script\\>alert('x')\\</script\\> \\& \\[links\\](http\\://x) \\| pipes" in page
    assert "\n\\# not a heading\n" in page
    assert "- \\* starts like a list" in page
    assert "- 1\\. starts like a number" in page
    assert "- 1\\. Ranking, 50%" in page
    assert "- \\- Dash, 20%" in page
    for line in page.splitlines():
        if line.startswith("|"):
            assert len(re.findall(r"(?<!\\)\|", line)) == 4, line


def test_html_escapes_everything_from_data_and_is_well_formed(seeds: dict[str, Role]) -> None:
    """HTML output parses as XML and data shows as text, never as markup."""
    page = render(compare(_HOSTILE, seeds["customer-service-manager"]), "fr_FR", "html")
    root = ET.fromstring(page)  # noqa: S314 - our own output
    assert root.tag == "article"
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    texts = "".join(root.itertext())
    assert "R&D <Lead> | *Ops*" in texts
    assert root.findall(".//script") == []


def test_text_tables_align_by_display_width() -> None:
    """Columns line up in a terminal, wide characters counted twice."""
    a = Role(title="営業マネージャー", slug="sales-manager", outlook=Outlook(jobs=1200))
    b = Role(title="Clerk", outlook=Outlook(jobs=98100))
    lines = render(compare(a, b), "ja_JP", "text").splitlines()
    header = next(line for line in lines if line.endswith("Clerk"))
    label = resolve("ja_JP").gettext("Number of jobs")  # Japanese: two columns a character
    row = next(line for line in lines if line.startswith(label))

    def column(line: str, cell: str) -> int:
        return display_width(line[: line.index(cell)])

    assert column(header, "営業") == column(row, "1,200")
    assert column(header, "Clerk") == column(row, "98,100")


def test_text_wraps_long_cells_within_their_column(seeds: dict[str, Role]) -> None:
    """A long race distribution wraps onto several lines that start in its column."""
    page = render(
        compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"]), format="text"
    )
    lines = page.splitlines()
    table_lines = [line for line in lines if "%" in line]
    assert max(display_width(line) for line in table_lines) <= 100
    race = lines.index(next(line for line in lines if line.startswith("Race ratio")))
    start = lines[race].index("White")
    continued = lines[race + 1 : race + 4]
    assert [start] * 3 == [len(line) - len(line.lstrip(" ")) for line in continued]


def test_long_headings_wrap_in_text_and_are_underlined_to_their_widest_line() -> None:
    """A heading of two long titles fits the text width, its rule as wide as its widest line."""
    from careerdata.text.page import TEXT_WIDTH  # noqa: PLC0415

    a = Role(title="Health and Safety Engineer (Except Mining Safety Engineers and Inspectors)")
    b = Role(title="Mining and Geological Engineer (Including Mining Safety Engineers)")
    lines = render(compare(a, b), "en_US", "text").splitlines()
    rule = next(index for index, line in enumerate(lines) if set(line) == {"="})
    heading = lines[:rule]
    assert len(heading) > 1
    assert max(map(display_width, heading)) <= TEXT_WIDTH
    assert display_width(lines[rule]) == max(map(display_width, heading))
    assert " ".join(heading).startswith("Health and safety engineer (except mining")


def test_unknown_format_is_refused(seeds: dict[str, Role]) -> None:
    """Only markdown, text and html are written; anything else is the library's error."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-manager"])
    with pytest.raises(ValidationError, match="'pdf'") as raised:
        render(comparison, format="pdf")  # type: ignore[arg-type]
    expected = ("format",)
    assert expected == raised.value.paths


def test_a_role_compared_with_itself_gets_no_page(seeds: dict[str, Role]) -> None:
    """Its every sentence would contradict itself: the library's error at ``comparison``, for
    the same object and for an equal copy, from render, summarize and document alike; roles
    that differ in any field still get their page."""
    from careerdata.text import document, summarize  # noqa: PLC0415

    role = seeds["customer-care-manager"]
    copy = attrs.evolve(role)
    for other in (role, copy):
        comparison = compare(role, other)
        for write in (render, summarize, document):
            with pytest.raises(ValidationError, match="with itself") as raised:
                write(comparison)
            assert raised.value.paths == ("comparison",)
    renamed = attrs.evolve(role, title="Customer Care Lead")
    assert "Customer Care Lead" in render(compare(role, renamed))


def test_output_is_deterministic(seeds: dict[str, Role]) -> None:
    """The same comparison renders the same bytes every time, before and after caching."""
    comparison = compare(seeds["contact-center-manager"], seeds["customer-service-manager"])
    for fmt in ("markdown", "text", "html"):
        assert render(comparison, "es_MX", fmt) == render(comparison, "es_MX", fmt)


# ---------------------------------------------------------------------------- every seed pair


def _prose_blocks(a: Role, b: Role, locale: str) -> list[str]:
    """Headings and paragraphs the library writes (not descriptions copied from the data)."""
    data = {a.description, b.description}
    return [
        block.text
        for block in page_blocks(compare(a, b), resolve(locale))
        if isinstance(block, Heading | Paragraph) and block.text not in data
    ]


def _cells(a: Role, b: Role, locale: str) -> list[str]:
    return [
        cell
        for block in page_blocks(compare(a, b), resolve(locale))
        if isinstance(block, Table)
        for row in block.rows
        for cell in row
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_no_missing_markers_or_template_leftovers_anywhere(
    seeds: dict[str, Role], locale: str
) -> None:
    """No None, nan, braces or %( in any format, no "-" cell, no dash for missing in prose."""
    for a, b in itertools.permutations(seeds.values(), 2):
        for fmt in ("markdown", "text", "html"):
            page = render(compare(a, b), locale, fmt)
            leftovers = re.findall(r"\bNone\b|\bnan\b|[{}]|%\(", page)
            assert leftovers == [], (a.slug, b.slug, fmt)
        assert "-" not in _cells(a, b, locale)
        for text in _prose_blocks(a, b, locale):
            assert re.search(r"(^|\s)[-–—](\s|$)", text) is None, text


def test_seed_pair_pages_differ_only_by_locale_formats(seeds: dict[str, Role]) -> None:
    """A page per seed pair and language: same structure, a table per section in every language."""
    for a, b in itertools.permutations(seeds.values(), 2):
        counts = {
            locale: sum(
                isinstance(block, Table) for block in page_blocks(compare(a, b), resolve(locale))
            )
            for locale in LOCALES
        }
        assert {4} == set(counts.values())


def test_money_cells_round_to_whole_units() -> None:
    """Salaries show whole units; hourly rates keep cents."""
    a = Role(title="Nurse", pay=Pay(yearly=Money(Decimal("61487.4")), hourly=Money("29.5")))
    overview = _markdown_tables(render(compare(a, Role(title="Clerk"))))[0]
    assert overview["Yearly salary"] == ("$61,487", "—")
    assert overview["Hourly rate"] == ("$29.50", "—")


@given(role_pairs(), st.sampled_from(["en_US", "de_CH", "fr_CA", "es_MX", "ja_JP"]))
def test_any_pair_renders_well_formed_pages(pair: tuple[Role, Role], locale: str) -> None:
    """For any valid pair: HTML parses, Markdown rows keep three columns, no template leftovers."""
    comparison = compare(*pair)
    html_page = render(comparison, locale, "html")
    assert ET.fromstring(html_page).tag == "article"  # noqa: S314 - our own output
    markdown = render(comparison, locale, "markdown")
    for line in markdown.splitlines():
        if line.startswith("| "):
            assert len(re.findall(r"(?<!\\)\|", line)) == 4, line
    for page in (html_page, markdown, render(comparison, locale, "text")):
        assert re.findall(r"%\(|[{}]", page) == []


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "es_ES"])
def test_the_salary_section_says_when_pay_is_in_two_currencies(locale: str) -> None:
    """Pay in two currencies gets a note below the salary table in every format; one currency none."""
    berlin = Role(title="Developer", pay=Pay(currency="EUR", yearly=Money(60000, "EUR")))
    boston = Role(title="Engineer", pay=Pay(yearly=Money(90000)))
    blocks = list(page_blocks(compare(berlin, boston), resolve(locale)))
    euros = babel.numbers.get_currency_name("EUR", count=2, locale=locale[:2])
    (index,) = [
        place
        for place, block in enumerate(blocks)
        if isinstance(block, Paragraph) and euros in block.text
    ]
    note = blocks[index]
    assert isinstance(note, Paragraph)
    assert isinstance(blocks[index - 1], Table)
    for form in ("markdown", "text", "html"):
        rendered = str(render(compare(berlin, boston), locale, form))
        assert note.text.split(" ")[1] in rendered
    same = list(page_blocks(compare(boston, boston), resolve(locale)))
    assert len(same) == len(blocks) - 1


def test_data_stays_text_under_githubs_markdown() -> None:
    """Under cmark-gfm no data value becomes a rule, a link or a vanished list item."""
    cmarkgfm = pytest.importorskip("cmarkgfm")
    hostile = Role(
        title="Clerk",
        description="---\n\nMail jobs@example.com or see www.example.com and https://example.com",
        responsibilities=("---", "===", "* * *", "Write to first_last@example.co.uk today."),
    )
    page = render(compare(hostile, Role(title="Typist")), format="markdown")
    html = cmarkgfm.github_flavored_markdown_to_html(page)
    assert "<a " not in html
    assert "<hr" not in html
    for shown in ("jobs@example.com", "www.example.com", "https://example.com", "first_last@"):
        assert shown in html
    items = re.findall(r"<li>(.*?)</li>", html)
    assert items[:3] == ["---", "===", "* * *"]


def test_a_bracketed_title_gets_no_possessive_in_the_demographics_lead_in() -> None:
    """ "engineers' (all other)" does not read: the lead-in names the titles in the plural."""
    ages = Demographics(average_age=40)
    a = Role(title="Engineer, All Other", demographics=ages)
    b = Role(title="Drafter", demographics=Demographics(average_age=45))
    page = render(compare(a, b))
    assert "Here is how the demographics of engineers (all other) differ from those of" in page
    plain = render(compare(Role(title="Engineer", demographics=ages), b))
    assert "Here are the differences between engineers' and drafters' demographics:" in plain


# ---------------------------------------------------------------------------- demographic order


def _race_roles() -> tuple[Role, Role]:
    """Two roles whose race categories are given in no particular order, each with one
    category the data marks unreported: one larger than some reported ones."""
    a = Role(
        title="Analyst",
        demographics=Demographics(
            race=Distribution.of(
                {"Black": 0.2, "Prefer not to say": 0.25, "Asian": 0.05, "White": 0.5},
                unreported=["Prefer not to say"],
            )
        ),
    )
    b = Role(
        title="Clerk",
        demographics=Demographics(
            race=Distribution.of(
                {"White": 0.3, "Unknown": 0.1, "Hispanic or Latino": 0.6}, unreported=["Unknown"]
            )
        ),
    )
    return a, b


# Each role's race categories as a page shows them: the largest share first, unreported last.
_RACE_ORDER = (
    ["White", "Black", "Asian", "Prefer not to say"],
    ["Hispanic or Latino", "White", "Unknown"],
)


def _names(locale: str) -> dict[str, str]:
    """The data's category names as the page's language names them (the catalog's, if any)."""
    context = resolve(locale)
    return {name: context.pgettext("category", name) for order in _RACE_ORDER for name in order}


def _in_order(text: str, names: list[str]) -> bool:
    """Whether every name occurs in ``text``, each after the one before."""
    at = [text.find(name) for name in names]
    return -1 not in at and at == sorted(at)


@pytest.mark.parametrize("locale", ["en_US", "es_ES", "de_DE"])
def test_race_categories_are_shown_largest_first_and_unreported_last(locale: str) -> None:
    """Markdown, text and HTML tables and the HTML chart show each role's categories largest
    share first and the unreported one last, whatever the data's order; the figures are the
    data's, none dropped."""
    a, b = _race_roles()
    comparison = compare(a, b)
    names = _names(locale)
    label = resolve(locale).gettext("Race ratio")
    cells = _markdown_tables(render(comparison, locale, "markdown"))[-1][label]
    for cell, order in zip(cells, _RACE_ORDER, strict=True):
        assert _in_order(cell, [names[name] for name in order]), cell
    # The text format lays out the cells of the same table blocks, column by column.
    (table,) = [
        block
        for block in page_blocks(comparison, resolve(locale))
        if isinstance(block, Table) and "race" in block.keys
    ]
    cells = table.rows[table.keys.index("race")][1:]
    for cell, order in zip(cells, _RACE_ORDER, strict=True):
        assert _in_order(cell, [names[name] for name in order]), cell
    html = render(comparison, locale, "html")
    row = html[html.index('<tr data-figure="race">') :]
    row = row[: row.index("</tr>")]
    listed = re.findall(r'<span class="cd-category">([^<]*)</span>', row)
    assert listed == [names[name] for name in _RACE_ORDER[0] + _RACE_ORDER[1]]
    chart = html[html.index("cd-chart-race") :]
    for key, order in zip("ab", _RACE_ORDER, strict=True):
        drawn = re.findall(rf'data-role="{key}" data-category="([^"]*)"', chart)
        assert drawn == order
    legend = chart[chart.index('class="cd-legend"') :]
    legend = legend[: legend.index("</g>")]
    shown = re.findall(r"<text [^>]*>([^<]*)</text>", legend)
    # One entry per category: the first role's in its order, then the second's new ones, and
    # the unreported ones after every reported one.
    expected = ["White", "Black", "Asian", "Hispanic or Latino", "Prefer not to say", "Unknown"]
    assert shown == [names[name] for name in expected]


@pytest.mark.parametrize("locale", ["en_US", "es_ES", "de_DE"])
def test_the_seed_pages_show_the_unreported_race_category_last(
    seeds: dict[str, Role], locale: str
) -> None:
    """The seed data marks "Unknown" as unreported, so "Sin datos" ends each race cell."""
    context = resolve(locale)
    unknown = context.pgettext("category", "Unknown")
    comparison = compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"])
    cells = _markdown_tables(render(comparison, locale))[3][context.gettext("Race ratio")]
    separator = context.pgettext("between categories", ", ")
    assert [cell.split(separator)[-1].startswith(unknown) for cell in cells] == [True, True]
