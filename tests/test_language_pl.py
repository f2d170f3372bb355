"""Polish: declined titles, the fallback phrase, CLDR's four plural forms, pages in every format."""

from __future__ import annotations

import html
import io
import re
from decimal import Decimal

import pytest
from babel import Locale
from babel.messages.pofile import read_po
from babel.numbers import get_minus_sign_symbol

import careerdata as cd
import test_bls_render as bls_render
from careerdata.cli import main
from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.text import summarize
from careerdata.text._locale import resolve
from careerdata.text.languages import DOMAIN, LANGUAGES_DIR, Language, Title, rules
from careerdata.text.page import Bullets, Heading, Paragraph, Table, page_blocks, render
from hourly_pay import ACTOR, AGENT, DANCER, salary, summaries, wage
from test_text_safety import check_html, check_markdown

POLISH = rules("pl")
# The forms of "kierownik obsługi klienta" as tools/bls_titles/pl.json gives them.
MANAGER = Title(
    "kierownik obsługi klienta",
    "kierownicy obsługi klienta",
    translated=True,
    gender="masculine",
    forms={
        "genitive": "kierownika obsługi klienta",
        "genitive_plural": "kierowników obsługi klienta",
        "instrumental": "kierownikiem obsługi klienta",
    },
)
NURSE = Title(
    "pielęgniarka",
    "pielęgniarki",
    translated=True,
    gender="feminine",
    forms={
        "genitive": "pielęgniarki",
        "genitive_plural": "pielęgniarek",
        "instrumental": "pielęgniarką",
    },
)


def _role(title: str, **fields: object) -> cd.Role:
    return cd.Role(title=title, **fields)  # type: ignore[arg-type]


def _polish(role: cd.Role, singular: str, plural: str) -> cd.Role:
    """The role with a Polish title (singular and plural only: no declined forms)."""
    return cd.Role(
        title=role.title,
        titles=(cd.LocalizedTitle("pl", singular, plural),),
        pay=role.pay,
        career=role.career,
        skills=role.skills,
    )


def _english(role: cd.Role) -> cd.Role:
    """The role with its English title and texts only (no title or texts in Polish)."""
    return cd.Role(title=role.title, pay=role.pay, career=role.career, skills=role.skills)


# ---------------------------------------------------------------------------- rules


def test_polish_rules_are_found_from_the_folder() -> None:
    """The pl folder ships: its rules, its catalog, and „…” quotes."""
    assert isinstance(POLISH, Language)
    assert POLISH.code == "pl"
    assert POLISH.quotes == ("„", "”")
    assert resolve("pl_PL").language == "pl"
    assert resolve("pl_PL").bcp47 == "pl-PL"


@pytest.mark.parametrize(
    "title",
    [MANAGER, NURSE, Title("Data Analyst"), Title("analityk danych", "analitycy", translated=True)],
)
def test_forms_are_exactly_the_base_and_extra_forms(title: Title) -> None:
    assert set(POLISH.forms(title)) == {*Language.BASE_FORMS, *POLISH.extra_forms}


def test_translated_title_declines_with_the_forms_of_the_data() -> None:
    """Each placeholder is the case its sentences govern; the post takes the genitive."""
    assert POLISH.forms(MANAGER) == {
        "": "kierownik obsługi klienta",
        "name": "kierownik obsługi klienta",
        "indefinite": "kierownik obsługi klienta",
        "plural": "kierownicy obsługi klienta",
        "plural_possessive": "kierowników obsługi klienta",
        "genitive": "kierownika obsługi klienta",
        "genitive_plural": "kierowników obsługi klienta",
        "instrumental": "kierownikiem obsługi klienta",
        "post": "stanowisko kierownika obsługi klienta",
    }


def test_feminine_title_uses_its_own_forms() -> None:
    forms = POLISH.forms(NURSE)
    assert (forms["genitive"], forms["genitive_plural"], forms["post"]) == (
        "pielęgniarki",
        "pielęgniarek",
        "stanowisko pielęgniarki",
    )


def test_english_title_stands_in_quotes_after_a_declined_phrase() -> None:
    """An untranslated title never inflects: "osoba na stanowisku „…”" declines for it."""
    forms = POLISH.forms(Title("Customer Service Manager", "Customer Service Managers"))
    assert forms == {
        "": "osoba na stanowisku „Customer Service Manager”",
        "name": "Customer Service Manager",
        "indefinite": "osoba na stanowisku „Customer Service Manager”",
        "plural": "osoby na stanowisku „Customer Service Manager”",
        "plural_possessive": "osób na stanowisku „Customer Service Manager”",
        "genitive": "osoby na stanowisku „Customer Service Manager”",
        "genitive_plural": "osób na stanowisku „Customer Service Manager”",
        "instrumental": "osobą na stanowisku „Customer Service Manager”",
        "post": "stanowisko „Customer Service Manager”",
    }


def test_missing_form_falls_back_to_the_phrase_for_that_form_only() -> None:
    """A translated title without a genitive plural keeps its genitive; no ending is guessed."""
    title = Title(
        "analityk danych",
        "analitycy danych",
        translated=True,
        forms={"genitive": "analityka danych", "instrumental": " "},
    )
    forms = POLISH.forms(title)
    assert forms["genitive"] == "analityka danych"
    assert forms["post"] == "stanowisko analityka danych"
    assert forms["plural"] == "analitycy danych"
    assert forms["genitive_plural"] == "osób na stanowisku „analityk danych”"
    assert forms["plural_possessive"] == forms["genitive_plural"]
    assert forms["instrumental"] == "osobą na stanowisku „analityk danych”"
    bare = POLISH.forms(Title("analityk danych", None, translated=True))
    assert bare["plural"] == "osoby na stanowisku „analityk danych”"
    assert bare["post"] == "stanowisko „analityk danych”"


def test_english_skill_names_are_quoted_and_acronyms_are_not() -> None:
    assert POLISH.skill_in_prose("Project Management") == "„Project Management”"
    assert [POLISH.skill_in_prose(name) for name in ("SQL", "ISO", "C++", "QA")] == [
        "SQL",
        "ISO",
        "C++",
        "QA",
    ]


def test_lists_join_with_i_and_with_oraz_when_an_item_holds_i() -> None:
    """CLDR's "i" (no serial comma); "oraz" where "i" inside an item would blur the list."""
    context = resolve("pl_PL")
    assert context.join(["logistyka", "ISO"]) == "logistyka i ISO"
    assert context.join(["a", "b", "c"]) == "a, b i c"
    assert context.join(["logistyka", "planowanie i organizacja"]) == (
        "logistyka oraz planowanie i organizacja"
    )
    assert context.join(["sprzedaż i marketing", "logistyka", "ISO"]) == (
        "sprzedaż i marketing, logistyka oraz ISO"
    )
    assert context.join(["imię", "indeks"]) == "imię i indeks"


# ---------------------------------------------------------------------------- plural forms


def _years(low: int, high: int) -> str:
    a = _role("Data Analyst", career=cd.Career(time_to_become=cd.YearRange(low, high)))
    b = _role("Data Engineer", career=cd.Career(time_to_become=cd.YearRange(low, high)))
    found = re.search(r"trwa zwykle (.+?)\.", summarize(compare(a, b), "pl_PL"))
    assert found is not None
    return found[1]


@pytest.mark.parametrize(
    ("count", "category", "word"),
    [
        (1, "one", "rok"),
        (2, "few", "lata"),
        (4, "few", "lata"),
        (5, "many", "lat"),
        (12, "many", "lat"),
        (14, "many", "lat"),
        (22, "few", "lata"),
        (25, "many", "lat"),
        (0, "many", "lat"),
    ],
)
def test_years_take_the_form_of_cldrs_category(count: int, category: str, word: str) -> None:
    """1 rok, 2-4 lata, 5-21 lat, 22 lata: the category babel's CLDR gives picks the word."""
    assert Locale.parse("pl").plural_form(count) == category
    assert _years(count, count) == f"{count} {word}"


def test_a_range_of_years_takes_the_form_of_its_end() -> None:
    assert _years(2, 4) == "2–4 lata"
    assert _years(4, 6) == "4–6 lat"
    assert _years(20, 22) == "20–22 lata"


def test_the_catalog_has_a_fourth_form_for_fractions() -> None:
    """CLDR's "other" (1,5 roku) is the catalog's fourth form, after one, few and many."""
    translations = resolve("pl").translations
    plural = translations.plural
    assert [plural(n) for n in (1, 2, 5, 22, 25)] == [0, 1, 2, 1, 2]
    catalog = translations._catalog
    assert catalog[("%(count)s year", 3)] == "%(count)s roku"


# ---------------------------------------------------------------------------- sentences


def test_summary_declines_translated_titles_without_forms_through_the_phrase() -> None:
    """With a Polish title but no declined forms, the genitive is the phrase, and the
    nominative the title itself."""
    seeds = load_dataset("customer-service")
    a = _polish(seeds["customer-service-manager"], "kierownik obsługi klienta", "kierownicy")
    b = _english(seeds["customer-care-supervisor"])
    text = summarize(compare(a, b), "pl_PL")
    assert text.startswith(
        "Praca osób na stanowisku „kierownik obsługi klienta” oraz osób na stanowisku "
        "„Customer Care Supervisor” różni się w kilku szczegółach."
    )
    assert "Droga na stanowisko „kierownik obsługi klienta”, podobnie jak na stanowisko " in text
    assert "roczne wynagrodzenie osoby na stanowisku „kierownik obsługi klienta” wynosi " in text


def test_salary_sentences_put_amounts_from_cldr_in_polish_word_order() -> None:
    pay_a = cd.Pay(yearly=cd.Money(61487))
    pay_b = cd.Pay(yearly=cd.Money(42702))
    a, b = _role("Manager", pay=pay_a), _role("Supervisor", pay=pay_b)
    context = resolve("pl_PL")
    high, low = context.money(cd.Money(61487)), context.money(cd.Money(42702))
    assert summarize(compare(b, a), "pl_PL").endswith(
        f"Średnie roczne wynagrodzenie osoby na stanowisku „Manager” wynosi {high} i "
        f"przewyższa średnie roczne wynagrodzenie osoby na stanowisku „Supervisor”, "
        f"wynoszące {low}."
    )


def test_pay_in_two_currencies_names_them_in_the_accusative_plural() -> None:
    """CLDR's plural currency names ("dolary amerykańskie") fit "przeliczono … na …"."""
    euro = _role("Analyst", pay=cd.Pay(currency="EUR", yearly=cd.Money(52000, "EUR")))
    dollar = _role("Engineer", pay=cd.Pay(yearly=cd.Money(90000)))
    converted = summarize(compare(euro, dollar, rates={"USD": 1, "EUR": "1.08"}), "pl_PL")
    assert "Na potrzeby porównania przeliczono dolary amerykańskie na euro po kursie " in (
        converted
    )
    page = render(compare(euro, dollar), "pl_PL", "text")
    assert "w różnych walutach (euro i dolary amerykańskie)" in " ".join(page.split())


def test_skills_sentence_names_each_role_in_the_genitive() -> None:
    skills = (cd.Skill("SQL", Decimal("0.2")), cd.Skill("Data Visualization", Decimal("0.1")))
    a = _role("Data Analyst", skills=skills)
    b = _role("Data Engineer", skills=skills[:1])
    text = summarize(compare(a, b), "pl_PL")
    assert (
        "Dwie najważniejsze umiejętności osoby na stanowisku „Data Analyst” to SQL i "
        "„Data Visualization”." in text
    )
    assert "W pracy osoby na stanowisku „Data Engineer” najważniejszą umiejętnością jest SQL." in (
        text
    )


# ---------------------------------------------------------------------------- the CLI


def _compare(*argv: str) -> str:
    out = io.StringIO()
    assert main(["compare", *argv], stdout=out) == 0
    return out.getvalue()


@pytest.mark.parametrize("output", ["markdown", "text", "html"])
@pytest.mark.parametrize(
    "pair",
    [
        ("customer-service-manager", "customer-care-supervisor"),
        ("29-1141", "29-1161", "--dataset", "bls-oews-2025"),
    ],
)
def test_cli_writes_the_page_in_polish_in_every_format(output: str, pair: tuple[str, ...]) -> None:
    """`careerdata compare A B --locale pl_PL` writes Polish headings, sentences and labels."""
    page = _compare(*pair, "--locale", "pl_PL", "--format", output)
    flat = " ".join(page.split())
    assert "– porównanie" in flat
    assert "różni się w kilku szczegółach." in flat
    assert "Średnie wynagrodzenie" in flat
    assert "Przedział wynagrodzeń" in flat
    for english in ("The differences between", "Average salary", " vs ", "Salary range"):
        assert english not in flat
    if output == "html":
        assert 'lang="pl-PL"' in page


# ---------------------------------------------------------------------------- no English left

_BLS_PAIRS = [("29-1141", "29-1161"), ("27-2011", "27-2042"), ("11-1011", "11-1021")]


def _english_phrases() -> set[str]:
    """Runs of three or more words from the template's English messages."""
    template = LANGUAGES_DIR / f"{DOMAIN}.pot"
    with template.open("rb") as stream:
        catalog = read_po(stream)
    texts = [
        text
        for message in catalog
        if message.id
        for text in (message.id if isinstance(message.id, tuple) else (message.id,))
    ]
    phrases = set()
    for text in texts:
        if isinstance(text, str):
            for chunk in re.split(r"%\(\w+\)s", text):
                words = re.findall(r"[A-Za-z']+", chunk)
                if len(words) >= 3:
                    phrases.add(" ".join(words))
    return phrases


def _data_values(role: cd.Role) -> list[str]:
    values = [role.title, *(title.singular for title in role.titles)]
    if role.pay is not None and role.pay.leaders is not None:
        values += [leader.name for _kind, leader in role.pay.leaders.items()]
    return values


def _english_left(a: str, b: str, locale: str) -> tuple[list[str], list[str]]:
    """English phrases and words on a BLS page, outside the data's own names."""
    roles = {role.soc_code: role for role in load_dataset("bls-oews-2025").values()}
    first, second = roles[a], roles[b]
    texts: list[str] = []
    for block in page_blocks(compare(first, second), resolve(locale)):
        if isinstance(block, Heading | Paragraph):
            texts.append(block.text)
        elif isinstance(block, Table):
            texts += [cell for row in (block.header, *block.rows) for cell in row]
        elif isinstance(block, Bullets):
            texts += block.items
    page = "\n".join(texts)
    for value in sorted({*_data_values(first), *_data_values(second)}, key=len, reverse=True):
        page = page.replace(value, " ")
    words = " ".join(re.findall(r"[A-Za-z']+", page))
    phrases = sorted(phrase for phrase in _english_phrases() if phrase in words)
    return phrases, re.findall(r"\b(?:the|and|of|salary|average|years?)\b", page, re.IGNORECASE)


@pytest.mark.parametrize(("a", "b"), _BLS_PAIRS)
def test_no_english_phrase_on_polish_bls_pages(a: str, b: str) -> None:
    """Outside the data's own names (titles, places, industries), a BLS page is Polish."""
    assert _english_left(a, b, "pl_PL") == ([], [])


def test_the_check_finds_english_on_an_english_page() -> None:
    phrases, words = _english_left(*_BLS_PAIRS[0], "en_US")
    assert "have different pay scales as shown below" in phrases
    assert words


# ---------------------------------------------------------------------------- every BLS role


def test_every_bls_role_renders_in_polish_without_leaks() -> None:
    """Every BLS role against its neighbour, in the three formats: no leak, no broken spacing,
    well-formed HTML and Markdown."""
    roles = list(load_dataset("bls-oews-2025").values())
    context = resolve("pl_PL")
    problems: list[tuple[str, ...]] = []
    for index, comparison in enumerate(bls_render._pairs(roles)):
        pages = {name: render(comparison, "pl_PL", name) for name in ("markdown", "text", "html")}
        if index % 3 == 0:
            blocks = list(page_blocks(comparison, context))
            check_html(pages["html"], blocks)
            check_markdown(pages["markdown"], blocks)
        summary = summarize(comparison, "pl_PL")
        problems += [(comparison.a.slug, s) for s in bls_render.SPACING.findall(summary)]
        for name, page in pages.items():
            problems += [(comparison.a.slug, name, leak) for leak in bls_render._leaks(page)]
    assert problems == []


def test_top_coded_wage_reads_co_najmniej() -> None:
    """A wage known only as a lower bound is "co najmniej …" in prose and in tables."""
    by_code = {role.soc_code: role for role in load_dataset("bls-oews-2025").values()}
    comparison = compare(bls_render._top_coded(by_code["29-1223"]), by_code["11-1011"])
    amount = resolve("pl_PL").money(cd.Money(239200))
    summary = summarize(comparison, "pl_PL").replace("\n", " ")
    assert f"wynosi co najmniej {amount}" in summary
    for name in ("markdown", "text", "html"):
        assert render(comparison, "pl_PL", name).count("co najmniej") >= 3


# ---------------------------------------------------------------------------- the data's Polish


def _flat(text: str) -> str:
    return text.replace("\n", " ")


def test_seed_page_declines_the_seed_titles_and_shows_the_polish_texts() -> None:
    """The seed roles carry Polish titles with their forms, and Polish texts."""
    seeds = load_dataset("customer-service")
    page = render(
        compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"]),
        "pl_PL",
        "markdown",
    )
    assert page.startswith(
        "# Kierownik obsługi klienta a kierownik zespołu opieki nad klientem – porównanie\n\n"
        "Praca kierowników obsługi klienta oraz kierowników zespołów opieki nad klientem "
        "różni się w kilku szczegółach."
    )
    for expected in (
        (
            "Droga na stanowisko kierownika obsługi klienta, podobnie jak na stanowisko "
            "kierownika zespołu opieki nad klientem, trwa zwykle 4–6 lat."
        ),
        "Ponadto średnie roczne wynagrodzenie kierownika obsługi klienta wynosi ",
        (
            "Trzy najważniejsze umiejętności kierownika obsługi klienta to "
            "doskonała obsługa klienta, rozliczanie płac i dbanie o satysfakcję klienta."
        ),
        "## Czym zajmuje się kierownik obsługi klienta?\n\nKieruje działem obsługi klienta: ",
        "Przykładowe obowiązki kierownika zespołu opieki nad klientem:\n\n- Układanie ",
        "### Typowe umiejętności kierownika obsługi klienta\n\n- Doskonała obsługa klienta (",
        "| Najczęstsze wykształcenie | Licencjat (",
    ):
        assert expected in page


def test_feminine_bls_titles_take_their_own_forms() -> None:
    by_code = {role.soc_code: role for role in load_dataset("bls-oews-2025").values()}
    text = _flat(summarize(compare(by_code["29-1141"], by_code["29-1161"]), "pl_PL"))
    assert text.startswith("Praca pielęgniarek oraz położnych różni się w kilku szczegółach.")
    assert "Średnie roczne wynagrodzenie położnej wynosi " in text
    assert "przewyższa średnie roczne wynagrodzenie pielęgniarki, wynoszące " in text


def test_a_users_title_with_its_forms_declines() -> None:
    """A LocalizedTitle with gender and forms, as a data file gives it."""
    title = cd.LocalizedTitle(
        "pl",
        "analityk danych",
        "analitycy danych",
        gender="masculine",
        forms={"genitive": "analityka danych", "genitive_plural": "analityków danych"},
    )
    analyst = _role(
        "Data Analyst", titles=(title,), career=cd.Career(time_to_become=cd.YearRange(2, 4))
    )
    engineer = _role("Data Engineer", career=cd.Career(time_to_become=cd.YearRange(5, 5)))
    text = _flat(summarize(compare(analyst, engineer), "pl_PL"))
    assert text.startswith(
        "Praca analityków danych oraz osób na stanowisku „Data Engineer” różni się w kilku "
        "szczegółach."
    )
    assert text.endswith(
        "Droga na stanowisko analityka danych trwa zwykle 2–4 lata, a na stanowisko "
        "„Data Engineer” – 5 lat."
    )


# ---------------------------------------------------------------------------- editor's fixes


def test_a_span_of_up_to_a_year_reads_nie_dluzej_niz_rok() -> None:
    """0 to 1 year is "nie dłużej niż rok" ("up to a year"), as "up to N years" reads."""
    assert _years(0, 1) == "nie dłużej niż rok"
    a = _role("Data Analyst", career=cd.Career(time_to_become=cd.YearRange(0, 1)))
    b = _role("Data Engineer", career=cd.Career(time_to_become=cd.YearRange(3, 3)))
    text = _flat(summarize(compare(a, b), "pl_PL"))
    assert (
        "Droga na stanowisko „Data Analyst” trwa zwykle nie dłużej niż rok, a na stanowisko "
        in text
    )
    assert "„Data Engineer” – 3 lata." in text
    assert "0–1" not in text
    assert " rok." not in text


@pytest.mark.parametrize(
    ("high", "expected"),
    [(2, "nie dłużej niż 2 lata"), (5, "nie dłużej niż 5 lat"), (22, "nie dłużej niż 22 lata")],
)
def test_up_to_some_years_reads_nie_dluzej_niz(high: int, expected: str) -> None:
    """0 to N years reads "nie dłużej niż N lat" in N's own form, never "zwykle maksymalnie",
    and both ends of the pair read alike ("nie dłużej niż rok", "nie dłużej niż 3 lata")."""
    assert _years(0, high) == expected
    a = _role("Data Analyst", career=cd.Career(time_to_become=cd.YearRange(0, 1)))
    b = _role("Data Engineer", career=cd.Career(time_to_become=cd.YearRange(0, high)))
    text = _flat(summarize(compare(a, b), "pl_PL"))
    assert f"trwa zwykle nie dłużej niż rok, a na stanowisko „Data Engineer” – {expected}." in text
    assert "maksymalnie" not in text


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [(1, 2, "1–2 lata"), (1, 3, "1–3 lata"), (12, 14, "12–14 lat"), (21, 22, "21–22 lata")],
)
def test_a_span_of_years_agrees_with_its_last_number(low: int, high: int, expected: str) -> None:
    """The noun of a span agrees with its last number: lata after 2, lat after 14."""
    assert _years(low, high) == expected


def test_years_of_experience_label_reads_w_latach() -> None:
    """The table row is "Doświadczenie zawodowe (w latach)", not the bare "(lata)"."""
    seeds = load_dataset("customer-service")
    page = render(
        compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"]),
        "pl_PL",
        "markdown",
    )
    assert "| Doświadczenie zawodowe (w latach) | 6 | 6 |" in page
    assert "(lata)" not in page


@pytest.mark.parametrize(
    ("slug", "polish", "english"),
    [
        ("customer-care-manager", "Telekomunikacja", "Telecommunication"),
        ("customer-service-leader", "Transport", "Transportation"),
        ("customer-service-operations-manager", "Finanse", "Finance"),
        ("customer-service-manager", "Przetwórstwo przemysłowe", "Manufacturing"),
    ],
)
def test_the_seed_roles_industries_are_in_polish(slug: str, polish: str, english: str) -> None:
    """The seed data's own industry names are in the Polish glossary, on pages and sheets."""
    assert POLISH.term("industry", english) == polish
    seeds = load_dataset("customer-service")
    other = "contact-center-manager"
    page = render(compare(seeds[slug], seeds[other]), "pl_PL", "markdown")
    assert f"| Branża z najwyższymi zarobkami | {polish} |" in page
    assert english not in page
    out = io.StringIO()
    assert main(["show", slug, "--locale", "pl_PL"], stdout=out) == 0
    assert f"Branża z najwyższymi zarobkami: {polish}\n" in out.getvalue()


def _leader_names(kind: str) -> set[str]:
    roles = [*load_dataset("bls-oews-2025").values(), *load_dataset("customer-service").values()]
    leaders = [role.pay.leaders for role in roles if role.pay is not None]
    return {
        leader.name
        for found in leaders
        if found is not None
        for leader in (getattr(found, kind),)
        if leader is not None
    }


def _industry_cell(soc_code: str) -> str:
    by_code = {role.soc_code: role for role in load_dataset("bls-oews-2025").values()}
    page = render(compare(by_code[soc_code], by_code["11-1011"]), "pl_PL", "markdown")
    found = re.search(r"^\| Branża z najwyższymi zarobkami \| ([^|]+) \|", page, re.MULTILINE)
    assert found is not None
    return found[1]


def test_industry_names_leave_the_brackets_to_the_pay() -> None:
    """No industry name ends in brackets of its own, so "(116 410 USD)" never follows ")"."""
    amount = resolve("pl_PL").money(cd.Money(116410))
    assert _industry_cell("29-1141") == (
        "Administracja federalna, stanowa i lokalna z wyłączeniem szkół i szpitali stanowych "
        f"i lokalnych oraz Poczty Stanów Zjednoczonych ({amount})"
    )
    assert _industry_cell("11-9171").startswith("Pozostała działalność usługowa (")
    industries = [POLISH.term("industry", name) for name in _leader_names("industry")]
    assert [name for name in industries if name.endswith(")")] == []


def test_equal_pay_names_the_second_role_in_the_genitive_after_w_przypadku() -> None:
    """ "w przypadku" governs the genitive: "tyle samo co w przypadku urbanisty"."""
    by_code = {role.soc_code: role for role in load_dataset("bls-oews-2025").values()}
    text = _flat(summarize(compare(by_code["13-2011"], by_code["19-3051"]), "pl_PL"))
    amount = resolve("pl_PL").money(cd.Money(94750))
    assert text.endswith(
        f"Średnie roczne wynagrodzenie księgowego lub audytora wynosi {amount}, czyli tyle "
        "samo co w przypadku urbanisty."
    )
    assert "w przypadku urbanista" not in text


def test_titles_with_a_place_decline_only_their_head() -> None:
    """ "kucharz w restauracji": the head declines, the place after "w" stays in its case."""
    by_code = {role.soc_code: role for role in load_dataset("bls-oews-2025").values()}
    text = _flat(summarize(compare(by_code["25-2051"], by_code["35-2014"]), "pl_PL"))
    assert text.startswith(
        "Praca pedagogów specjalnych w przedszkolach oraz kucharzy w restauracjach różni się"
    )
    assert "wynagrodzenie pedagoga specjalnego w przedszkolu wynosi " in text
    assert "wynagrodzenie kucharza w restauracji, wynoszące " in text


# A phrase after the head of a title that keeps its own case in every form of the title.
_GOVERNED = re.compile(r" (?:w|we|na|przy|ds\.|do|dla|z|ze|o) .*$| \(.*\)$")


def test_every_polish_bls_title_has_its_cases_and_keeps_its_phrases() -> None:
    """Every BLS role's Polish title gives its genitive, genitive plural and instrumental,
    and a phrase after a preposition ("w szkole", "ds. płac") stays as it is in the
    singular cases."""
    problems: list[tuple[str | None, ...]] = []
    for role in load_dataset("bls-oews-2025").values():
        title = next(title for title in role.titles if title.language == "pl")
        forms = dict(title.forms)
        if set(forms) < {"genitive", "genitive_plural", "instrumental"} or not title.plural:
            problems.append((role.soc_code, "missing"))
            continue
        phrase = _GOVERNED.search(title.singular)
        if phrase is None:
            continue
        problems += [
            (role.soc_code, case, forms[case])
            for case in ("genitive", "instrumental")
            if not forms[case].endswith(phrase[0])
        ]
    assert problems == []


def test_roles_paid_only_by_the_hour_have_their_wage_said() -> None:
    """An hourly wage alone, two compared, two equal: "stawka godzinowa", never a salary."""
    texts = summaries("pl_PL")
    actor, dancer = wage(ACTOR, "pl_PL"), wage(DANCER, "pl_PL")
    yearly = salary(AGENT, "pl_PL")
    expected = {
        "alone": "Średnie roczne wynagrodzenie konsultanta ds. obsługi klienta wynosi "
        f"{yearly}. Średnia stawka godzinowa aktora wynosi {actor}.",
        "alone_additionally": f"Ponadto średnia stawka godzinowa aktora wynosi {actor}. "
        f"Średnie roczne wynagrodzenie konsultanta ds. obsługi klienta wynosi {yearly}.",
        "higher": f"Średnia stawka godzinowa aktora wynosi {actor} i przewyższa średnią stawkę "
        f"godzinową tancerza, wynoszącą {dancer}.",
        "higher_additionally": f"Ponadto średnia stawka godzinowa aktora wynosi {actor} i "
        f"przewyższa średnią stawkę godzinową tancerza, wynoszącą {dancer}.",
        "same": f"Średnia stawka godzinowa aktora wynosi {actor}, czyli tyle samo co w przypadku "
        "tancerza.",
        "same_additionally": f"Ponadto średnia stawka godzinowa aktora wynosi {actor}, czyli tyle "
        "samo co w przypadku tancerza.",
    }
    assert expected == {key: text[-len(expected[key]) :] for key, text in texts.items()}


def _chart_descriptions(page: str) -> list[str]:
    return [html.unescape(text) for text in re.findall(r"<desc[^>]*>([^<]*)</desc>", page)]


def test_chart_descriptions_name_each_role_with_a_colon() -> None:
    """A chart's description reads "rola: figures." so a negative growth rate never follows a
    dash (en dash, then minus), and a salary range needs no second colon ("przedział wynagrodzeń od ...")."""
    seeds = load_dataset("customer-service")
    manager, supervisor = seeds["customer-service-manager"], seeds["customer-care-supervisor"]
    assert supervisor.outlook is not None
    assert supervisor.outlook.growth_rate is not None
    assert supervisor.outlook.growth_rate < 0
    page = render(compare(manager, supervisor), locale="pl_PL", format="html")
    descriptions = _chart_descriptions(page)
    growth = get_minus_sign_symbol("pl_PL")
    assert descriptions
    for text in descriptions:
        assert "Kierownik obsługi klienta: " in text
        assert "Kierownik zespołu opieki nad klientem: " in text
        assert f"– {growth}" not in text
        assert " – " not in text
    salary = next(text for text in descriptions if "przedział wynagrodzeń" in text)
    assert "Kierownik obsługi klienta: przedział wynagrodzeń od " in salary
    assert "przedział wynagrodzeń:" not in salary


def test_a_percentile_span_in_a_chart_reads_as_the_table_row() -> None:
    """A BLS role's 10th-90th percentile span reads as the table's row does:
    "przedział wynagrodzeń (od 10. do 90. percentyla) od … do …", with one colon."""
    roles = load_dataset("bls-oews-2025")
    page = render(
        compare(roles.find("11-1021"), roles.find("13-2011")), locale="pl_PL", format="html"
    )
    salary = next(text for text in _chart_descriptions(page) if "percentyla" in text)
    expected = (
        "Dyrektor generalny lub operacyjny: przedział wynagrodzeń (od 10. do 90. percentyla) od "
    )
    assert salary.startswith(expected)
    assert salary.count(":") == 2
