"""German: the editor's constructions, pinned through the public API (summaries and pages)."""

from __future__ import annotations

import io
import itertools
import re
from decimal import Decimal

import attrs
import pytest

import careerdata as cd
from careerdata.cli import main
from careerdata.model import (
    Career,
    LocalizedTitle,
    Money,
    Pay,
    PayLeader,
    PayLeaders,
    Role,
    Skill,
    YearRange,
)
from cldr import grouped
from hourly_pay import ACTOR, AGENT, DANCER, salary, summaries, wage

SEEDS = cd.load_dataset("customer-service")
BLS = cd.load_dataset("bls-oews-2025")
SEED_PAIRS = list(itertools.permutations(SEEDS.values(), 2))
BLS_PAIRS = [
    ("43-4051", "11-9111"),
    ("13-2011", "19-3051"),
    ("39-3031", "27-2023"),
    ("35-9031", "27-4031"),
    ("47-3019", "53-3032"),
    ("15-1252", "29-1141"),
    ("25-2021", "33-3051"),
    ("27-2011", "27-2031"),
    ("11-1011", "41-2011"),
    ("17-2112", "45-2092"),
]
GERMAN = ("de_DE", "de_AT", "de_CH")


def _role(
    title: str,
    german: str,
    yearly: int | None = None,
    years: tuple[int, int] | None = None,
    skills: tuple[str, ...] = (),
) -> Role:
    """A role with a German title, a salary, a time to become and ranked skills."""
    return Role(
        title=title,
        titles=(LocalizedTitle("de", german, german),),
        pay=None if yearly is None else Pay(yearly=Money(Decimal(yearly))),
        career=None if years is None else Career(time_to_become=YearRange(*years)),
        skills=tuple(Skill(name) for name in skills),
    )


def _paragraphs(text: str) -> list[str]:
    return [" ".join(part.split()) for part in text.split("\n\n") if part.strip()]


def _flat(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------- industries


@pytest.mark.parametrize(
    ("english", "german"),
    [
        ("Finance", "Finanzdienstleistungen"),
        ("Telecommunication", "Telekommunikation"),
        ("Transportation", "Transportwesen"),
        ("Manufacturing", "Verarbeitendes Gewerbe"),
    ],
)
def test_seed_industries_are_german_on_the_page(english: str, german: str) -> None:
    """Every industry the seed roles name is written in German, never in English."""
    role = next(
        r
        for r in SEEDS.values()
        if r.pay
        and r.pay.leaders
        and r.pay.leaders.industry
        and r.pay.leaders.industry.name == english
    )
    other = next(r for r in SEEDS.values() if r is not role)
    page = cd.render(cd.compare(role, other), "de_DE")
    assert german in page
    assert f" {english}" not in page.replace("Verarbeitendes Gewerbe", "")


def test_an_invented_industry_of_the_seed_kind_is_still_a_proper_name() -> None:
    """A name no glossary lists stays as the data gives it (the rule behind the fix)."""
    role = _role("Clerk", "Sachbearbeiter/-in", 40000)
    assert role.pay is not None
    leaders = PayLeaders(industry=PayLeader(name="Space Mining"))
    role = attrs.evolve(role, pay=attrs.evolve(role.pay, leaders=leaders))
    page = cd.render(cd.compare(role, _role("Nurse", "Pflegefachkraft", 50000)), "de_DE")
    assert "Space Mining" in page


# ---------------------------------------------------------------------------- "als „…“"


@pytest.mark.parametrize(("a", "b"), SEED_PAIRS, ids=lambda r: r.slug)
def test_no_paragraph_says_als_more_than_twice(a: Role, b: Role) -> None:
    """The summary varies its constructions: at most two "als „…“" in a paragraph."""
    for paragraph in _paragraphs(cd.summarize(cd.compare(a, b), "de_DE")):
        assert paragraph.count("als „") <= 2, paragraph


def test_time_to_become_names_both_roles_after_one_als() -> None:
    """The same time for both: "Bis man als „A“ oder „B“ arbeiten kann", not "oder als"."""
    a, b = SEEDS["customer-care-supervisor"], SEEDS["customer-service-manager"]
    text = _flat(cd.summarize(cd.compare(a, b), "de_DE"))
    assert (
        "Bis man als „Teamleitung Kundenbetreuung“ oder „Leitung Kundenservice“ arbeiten kann, "
        "dauert es in der Regel jeweils 4 bis 6 Jahre."
    ) in text
    assert "oder als „" not in text


def test_different_times_to_become_name_the_second_role_through_taetigkeit() -> None:
    """Two times: "…, dauert es in der Regel X, für die Tätigkeit „B“ Y." (one "als")."""
    a = _role("Cashier", "Kassierer/-in", 30000, (0, 1))
    b = _role("Engineer", "Ingenieur/-in", 90000, (4, 6))
    text = _flat(cd.summarize(cd.compare(a, b), "de_DE"))
    assert (
        "Bis man als „Kassierer/-in“ arbeiten kann, dauert es in der Regel bis zu einem Jahr, "
        "für die Tätigkeit „Ingenieur/-in“ 4 bis 6 Jahre."
    ) in text


def test_zero_to_one_year_is_bis_zu_einem_jahr() -> None:
    """A 0-1 year range reads "bis zu einem Jahr", never "0 bis 1 Jahr(e)"."""
    a = _role("Cashier", "Kassierer/-in", years=(0, 1))
    b = _role("Nurse", "Pflegefachkraft", years=(0, 1))
    text = _flat(cd.summarize(cd.compare(a, b), "de_DE"))
    assert "dauert es in der Regel jeweils bis zu einem Jahr." in text
    assert "0 bis 1" not in text


def test_skills_are_the_subject_in_the_nominative() -> None:
    """Skills stand in the nominative ("… sind vor allem x, y und z wichtig"), not after
    "braucht" (which would need "Kundenzufriedenheit" as something one needs)."""
    a, b = SEEDS["customer-care-supervisor"], SEEDS["customer-service-manager"]
    text = _flat(cd.summarize(cd.compare(a, b), "de_DE"))
    assert (
        "Für die Arbeit als „Leitung Kundenservice“ sind vor allem ausgeprägte "
        "Kundenorientierung, Lohn- und Gehaltsabrechnung und Kundenzufriedenheit wichtig."
    ) in text
    assert "braucht vor allem" not in text
    one = _role("Clerk", "Sachbearbeiter/-in", skills=("Excel",))
    two = _role("Nurse", "Pflegefachkraft", skills=("Pflege", "Empathie", "Geduld", "Ruhe"))
    single = _flat(cd.summarize(cd.compare(two, one), "de_DE"))
    assert "Für die Arbeit als „Sachbearbeiter/-in“ ist vor allem „Excel“ wichtig." in single


def test_page_lead_ins_name_both_roles_without_als() -> None:
    """Salary and demographics lead-ins: "Bezahlung für „A“ und „B“", "in den Tätigkeiten"."""
    a, b = SEEDS["customer-care-supervisor"], SEEDS["customer-service-manager"]
    page = _flat(cd.render(cd.compare(a, b), "de_DE"))
    assert (
        "Die folgende Übersicht zeigt, wie sich die Bezahlung für „Teamleitung "
        "Kundenbetreuung“ und „Leitung Kundenservice“ unterscheidet."
    ) in page
    assert (
        "So unterscheiden sich die Beschäftigten in den Tätigkeiten „Teamleitung "
        "Kundenbetreuung“ und „Leitung Kundenservice“ demografisch:"
    ) in page
    assert "Typische Fähigkeiten für die Tätigkeit „Leitung Kundenservice“" in page
    assert "Bezahlung als" not in page
    assert "die als „" not in page


def test_equal_pay_table_lead_in() -> None:
    """Equal figures: "vergleicht die Bezahlung für „A“ mit der für „B“"."""
    a = _role("Cashier", "Kassierer/-in", 30000)
    b = _role("Nurse", "Pflegefachkraft", 30000)
    page = _flat(cd.render(cd.compare(a, b), "de_DE"))
    assert (
        "Die folgende Übersicht vergleicht die Bezahlung für „Kassierer/-in“ mit der für "
        "„Pflegefachkraft“."
    ) in page
    assert "genauso hoch wie für „Pflegefachkraft“" in page


# ---------------------------------------------------------------------------- regions


@pytest.mark.parametrize(("a", "b"), SEED_PAIRS[:6], ids=lambda r: r.slug)
@pytest.mark.parametrize("form", ["text", "markdown", "html"])
def test_swiss_pages_write_ss(a: Role, b: Role, form: str) -> None:
    """de_CH pages and summaries write "ss" for "ß" everywhere, the data's texts included."""
    comparison = cd.compare(a, b)
    page = cd.render(comparison, "de_CH", form)  # type: ignore[arg-type]
    assert "ß" not in page
    assert "ß" not in cd.summarize(comparison, "de_CH")
    assert "ß" in cd.render(comparison, "de_DE", form)  # type: ignore[arg-type]


def test_swiss_summary_says_ausserdem_and_austrian_keeps_sz() -> None:
    """de_CH "Ausserdem", de_AT (and de_DE) "Außerdem"."""
    c = cd.compare(SEEDS["customer-service-manager"], SEEDS["customer-care-supervisor"])
    assert "Ausserdem" in cd.summarize(c, "de_CH")
    assert "Außerdem" in cd.summarize(c, "de_AT")
    assert "Außerdem" in cd.summarize(c, "de_DE")


# ---------------------------------------------------------------------------- rows, titles


@pytest.mark.parametrize("locale", GERMAN)
def test_gender_rows_say_maenner_and_frauen(locale: str) -> None:
    """The gender row names "Männer" and "Frauen", never "Männlich"/"Weiblich"."""
    a, b = SEEDS["customer-care-supervisor"], SEEDS["customer-service-manager"]
    page = cd.render(cd.compare(a, b), locale, "markdown")
    row = next(line for line in page.splitlines() if line.startswith("| Geschlechterverteilung"))
    assert "Männer: " in row
    assert "Frauen: " in row
    assert "Männlich" not in page
    assert "Weiblich" not in page


def test_titles_with_und_are_joined_by_vs_in_headings() -> None:
    """A title holding "und" never meets another through "und": headings say "A vs. B"."""
    a = SEEDS["customer-service-operations-manager"]
    b = SEEDS["customer-service-manager"]
    page = cd.render(cd.compare(a, b), "de_DE", "markdown")
    first = page.splitlines()[0]
    assert first == (
        "# Leitung Kundenservice und Auftragsabwicklung vs. Leitung Kundenservice: "
        "Berufe im Vergleich"
    )
    assert "im Vergleich" not in first.partition(":")[0]
    for heading in (line for line in page.splitlines() if line.startswith("## ")):
        names = heading.rpartition(": ")[2]
        assert " und " not in names.replace("Kundenservice und Auftragsabwicklung", ""), heading


@pytest.mark.parametrize(
    ("key", "german"),
    [
        ("customer-service-operations-manager", "Leitung Kundenservice und Auftragsabwicklung"),
        ("15-2051", "Datenwissenschaftler/-in"),
        ("27-1011", "Künstlerische Leitung (Medien, Werbung)"),
        ("29-1071", "Arztassistent/-in"),
    ],
)
def test_titles_are_german_not_english(key: str, german: str) -> None:
    """Titles once left in English ("Operations", "Data Scientist") are German."""
    role = SEEDS[key] if key in SEEDS else BLS.find(key)
    title = role.localized_title("de")
    assert title is not None
    assert title.singular == german
    other = SEEDS["customer-service-manager"] if key in SEEDS else BLS.find("43-4051")
    page = cd.render(cd.compare(role, other), "de_DE")
    for english in ("Operations", "Data Scientist", "Art Director", "Physician Assistant"):
        assert english not in page


def test_bls_titles_are_gender_fair_in_one_style() -> None:
    """Every German BLS title is neutral or a slash pair; a slash pair's plural is one too
    (or a neutral plural such as "Kameraleute", "Steuerfachangestellte")."""
    for role in BLS.values():
        title = role.localized_title("de")
        assert title is not None
        for form in (title.singular, title.plural or ""):
            assert not re.search(r"\*in|:in\b|Innen\b|\(m/w", form), form
        if "/" in title.singular:
            plural = title.plural or ""
            assert "/" in plural or plural.endswith(("leute", "e")), (title.singular, plural)


@pytest.mark.parametrize(("a", "b"), BLS_PAIRS)
@pytest.mark.parametrize("locale", GERMAN)
def test_bls_pages_have_no_english_sector_or_template_leftovers(
    a: str, b: str, locale: str
) -> None:
    """The BLS pages render in German: no "None", braces or English sector names."""
    page = cd.render(cd.compare(BLS.find(a), BLS.find(b)), locale, "markdown")
    for bad in ("None", "{", "%(", "Transportation and", "Manufacturing", "Finance and"):
        assert bad not in page
    assert page.startswith("# ")
    assert "Berufe im Vergleich" in page.splitlines()[0]


def test_show_names_the_time_to_become_in_german() -> None:
    """`careerdata show` labels the time to become "Übliche Vorbereitungszeit"."""
    out = io.StringIO()
    assert main(["show", "customer-service-manager", "--locale", "de_DE"], stdout=out) == 0
    text = out.getvalue()
    assert "Übliche Vorbereitungszeit: 4 bis 6 Jahre" in text
    assert "Branche mit der höchsten Bezahlung: Verarbeitendes Gewerbe" in text


def test_swiss_show_writes_ss_in_its_own_lines_only() -> None:
    """`show --locale de_CH`: the German lines write "ss"; another language's text is untouched."""
    from careerdata.text._locale import resolve  # noqa: PLC0415
    from careerdata.text._sheet import role_sheet  # noqa: PLC0415

    role = SEEDS["customer-care-supervisor"]
    swiss = list(role_sheet(role, resolve("de_CH")))
    german = list(role_sheet(role, resolve("de_DE")))
    assert any("ß" in line for line in german)
    assert not [line for line in swiss if "ß" in line]
    assert any("Weiß" in line for line in german)
    assert any("Weiss" in line for line in swiss)


def test_show_names_a_regional_variant_with_one_pair_of_brackets() -> None:
    """ "Portugiesisch (Portugal, pt_PT)", not "Portugiesisch (Portugal) (pt_PT)"."""
    from careerdata.text._locale import resolve  # noqa: PLC0415
    from careerdata.text._sheet import role_sheet  # noqa: PLC0415

    lines = list(role_sheet(SEEDS["customer-care-supervisor"], resolve("de_DE")))
    assert "Portugiesisch (Portugal, pt_PT)" in lines
    assert "Portugiesisch (pt)" in lines
    assert not [line for line in lines if ") (" in line]


def test_roles_paid_only_by_the_hour_have_their_wage_said() -> None:
    """An hourly wage alone, two compared, two equal: "pro Stunde", never weighed against "im Jahr"."""
    texts = summaries("de_DE")
    actor, dancer = wage(ACTOR, "de_DE"), wage(DANCER, "de_DE")
    yearly = salary(AGENT, "de_DE")
    expected = {
        "alone": f"Als „Fachkraft Kundenservice“ verdient man im Durchschnitt {yearly} im Jahr. "
        f"Als „Schauspieler/-in“ verdient man im Durchschnitt {actor} pro Stunde.",
        "alone_additionally": f"Außerdem verdient man als „Schauspieler/-in“ im Durchschnitt "
        f"{actor} pro Stunde. Als „Fachkraft Kundenservice“ verdient man im Durchschnitt "
        f"{yearly} im Jahr.",
        "higher": f"Als „Schauspieler/-in“ verdient man im Durchschnitt {actor} pro Stunde und "
        f"damit mehr als die {dancer}, die man im Durchschnitt als „Tänzer/-in“ pro Stunde "
        "verdient.",
        "higher_additionally": f"Außerdem verdient man als „Schauspieler/-in“ im Durchschnitt "
        f"{actor} pro Stunde und damit mehr als die {dancer}, die man im Durchschnitt als "
        "„Tänzer/-in“ pro Stunde verdient.",
        "same": f"Als „Schauspieler/-in“ verdient man im Durchschnitt {actor} pro Stunde und "
        "damit genauso viel wie als „Tänzer/-in“.",
        "same_additionally": f"Außerdem verdient man als „Schauspieler/-in“ im Durchschnitt "
        f"{actor} pro Stunde und damit genauso viel wie als „Tänzer/-in“.",
    }
    assert expected == {key: text[-len(expected[key]) :] for key, text in texts.items()}


# ---------------------------------------------------------------------------- second review


def _terms() -> dict[str, dict[str, str]]:
    import json  # noqa: PLC0415
    from importlib.resources import files  # noqa: PLC0415

    path = files("careerdata.text.languages.de").joinpath("terms.json")
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("locale", GERMAN)
def test_number_of_jobs_is_beschaeftigte_not_stellen(locale: str) -> None:
    """Employment reads "Beschäftigte": "Stellen" on a careers site reads as open vacancies."""
    a, b = BLS.find("27-2011"), BLS.find("27-2031")
    assert a.outlook is not None
    assert a.outlook.jobs is not None
    assert b.outlook is not None
    assert b.outlook.jobs is not None
    comparison = cd.compare(a, b)
    text = cd.render(comparison, locale, "text")
    html = cd.render(comparison, locale, "html")
    row = next(line for line in text.splitlines() if line.startswith("Beschäftigte "))
    assert row.split()[1:] == [grouped(a.outlook.jobs, locale), grouped(b.outlook.jobs, locale)]
    assert re.search(r"<title[^>]*>Beschäftigte</title>", html)
    for page in (text, html):
        assert "Stellen" not in page


@pytest.mark.parametrize("locale", GERMAN)
def test_hourly_pay_is_not_called_a_salary(locale: str) -> None:
    """Actors and dancers earn hourly wages: the section is "Vergütung", leaders "Bezahlung"."""
    page = cd.render(cd.compare(BLS.find("27-2011"), BLS.find("27-2031")), locale, "markdown")
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert "## Vergütung: Schauspieler/-in vs. Tänzer/-in" in headings
    assert not [line for line in headings if line.startswith("## Gehalt")]
    assert "Gehältern" not in page
    rows = {line.split(" | ")[0] for line in page.splitlines() if line.startswith("| ")}
    for place in ("Stadt", "Bundesstaat", "Branche"):
        assert f"| {place} mit der höchsten Bezahlung" in rows


def test_pay_chart_names_the_percentile_span_as_a_salary_range() -> None:
    """The chart text says "Gehaltsspanne (10. bis 90. Perzentil) A bis B", not "Perzentil A bis"."""
    html = cd.render(cd.compare(BLS.find("33-3051"), BLS.find("19-4092")), "de_DE", "html")
    desc = re.findall(r"<desc[^>]*>([^<]*)</desc>", html)
    pay = next(text for text in desc if "Median" in text)
    assert pay.count("Gehaltsspanne (10. bis 90. Perzentil) ") == 2
    assert not re.search(r"Perzentil \d", pay)


def test_show_names_skills_as_the_page_does() -> None:
    """`show` heads the skills "Fähigkeiten", the word of the page's skills section."""
    out = io.StringIO()
    assert main(["show", "customer-service-manager", "--locale", "de_DE"], stdout=out) == 0
    lines = out.getvalue().splitlines()
    assert "Fähigkeiten" in lines
    assert "Kompetenzen" not in lines
    a, b = SEEDS["customer-service-manager"], SEEDS["customer-care-supervisor"]
    page = cd.render(cd.compare(a, b), "de_DE", "markdown")
    assert "## Fähigkeiten: Leitung Kundenservice vs. Teamleitung Kundenbetreuung" in page


def test_sector_lists_end_with_a_conjunction() -> None:
    """A sector named as a list joins its last item with "und" or "sowie", never commas only."""
    for english, german in _terms()["industry"].items():
        if "," in german:
            last = german.rsplit(",", 1)[1]
            assert " und " in last or " sowie " in last, (english, german)
    assert _terms()["industry"]["Arts, Entertainment, and Recreation"] == (
        "Kunst, Unterhaltung und Erholung"
    )


def test_bls_sector_on_the_page_is_a_german_list() -> None:
    """The dancer's best paying sector reads as a German list on the page."""
    text = _flat(cd.render(cd.compare(BLS.find("27-2031"), BLS.find("27-2011")), "de_DE"))
    assert "Kunst, Unterhaltung und Erholung" in text
    assert "Kunst, Unterhaltung, Freizeit" not in text


def test_adult_education_title_names_english_as_the_second_language() -> None:
    """25-3011 names what is taught ("Englisch als Zweitsprache"), not a bare "Zweitsprache"."""
    title = BLS.find("25-3011").localized_title("de")
    assert title is not None
    assert "Englisch als Zweitsprache" in title.singular
    assert "Englisch als Zweitsprache" in title.plural
    assert title.singular.startswith("Lehrkraft Erwachsenenbildung")
    assert title.plural.startswith("Lehrkräfte Erwachsenenbildung")
    assert not [part for part in title.singular.split(", ") if part.strip("()") == "Zweitsprache"]
