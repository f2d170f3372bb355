"""Each construction a native reader expects, pinned per language (issue #16).

English, German, French and Spanish: titles that are lists, qualifiers, elision, skill lists,
short spans of years, equal pay, Swiss spelling, currency spacing, and English left in a
translated sentence.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import babel
import pytest

import careerdata as cd
from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.model import (
    Career,
    LocalizedTitle,
    Money,
    Pay,
    Role,
    Skill,
    Translation,
    YearRange,
)
from careerdata.text import render, summarize
from careerdata.text._figures import role_figures
from careerdata.text._locale import resolve
from careerdata.text.languages import Title, rules
from careerdata.text.page import Heading, Paragraph, page_blocks
from careerdata.text.summary import pair_names
from cldr import money

LANGUAGES = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
NBSP = "\N{NO-BREAK SPACE}"


@pytest.fixture(scope="module")
def seeds() -> dict[str, Role]:
    return dict(load_dataset("customer-service"))


@pytest.fixture(scope="module")
def bls() -> dict[str, Role]:
    return dict(load_dataset("bls-oews-2025"))


def _flat(text: str) -> str:
    """The text on one line (no-break spaces kept)."""
    return re.sub(r"[ \n]+", " ", text)


def _paragraphs(comparison: cd.Comparison, locale: str) -> list[str]:
    return [
        block.text
        for block in page_blocks(comparison, resolve(locale))
        if isinstance(block, Paragraph)
    ]


def _headings(comparison: cd.Comparison, locale: str) -> list[str]:
    return [
        block.text
        for block in page_blocks(comparison, resolve(locale))
        if isinstance(block, Heading)
    ]


# ---------------------------------------------------------------------------- English


def test_english_list_titles_are_not_joined_by_another_and(bls: dict[str, Role]) -> None:
    """ "ushers, lobby attendants, and ticket takers and umpires, ..." never appears: the page
    chooses sentences that do not join two lists with "and"."""
    comparison = compare(
        bls["usher-lobby-attendant-or-ticket-taker"], bls["umpire-referee-or-other-sports-official"]
    )
    page = _flat(render(comparison, "en_US", "text"))
    assert page.count("ticket takers and umpires") == 0
    assert (
        "Ushers, lobby attendants, and ticket takers differ from umpires, referees, and other "
        "sports officials in a few details."
    ) in page
    assert "The pay scales of ushers, lobby attendants, and ticket takers differ from" in page
    accountants = compare(bls["accountant-or-auditor"], bls["urban-and-regional-planner"])
    text = _flat(summarize(accountants, "en_US"))
    assert "accountants and auditors and urban" not in text
    assert text.startswith("Accountants and auditors differ from urban and regional planners")


def test_english_seed_titles_keep_the_seed_sentence(seeds: dict[str, Role]) -> None:
    """Titles that are not lists keep the seed pages' sentence word for word."""
    comparison = compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"])
    assert summarize(comparison).startswith(
        "The differences between customer care supervisors and customer service managers can "
        "be seen in a few details. Each job has different responsibilities and duties."
    )


@pytest.mark.parametrize(
    ("slug", "indefinite"),
    [
        (
            "host-or-hostess-restaurant-lounge-and-coffee-shop",
            "A host or hostess (restaurant, lounge, and coffee shop)",
        ),
        (
            "camera-operator-television-video-and-film",
            "A camera operator (television, video, and film)",
        ),
        (
            "insulation-worker-floor-ceiling-and-wall",
            "An insulation worker (floor, ceiling, and wall)",
        ),
    ],
)
def test_english_qualifiers_are_bracketed(bls: dict[str, Role], slug: str, indefinite: str) -> None:
    comparison = compare(bls[slug], bls["actor"])
    text = _flat(summarize(comparison, "en_US"))
    assert indefinite in text
    assert "hosts and hostesses, restaurant" not in text.lower()


def test_english_list_of_nouns_is_not_bracketed(bls: dict[str, Role]) -> None:
    """A title that is a list of nouns stays a list ("a claims adjuster, examiner, or ...")."""
    comparison = compare(bls["claims-adjuster-examiner-or-investigator"], bls["actor"])
    assert "A claims adjuster, examiner, or investigator" in _flat(summarize(comparison))


def test_english_skills_keep_the_case_of_names() -> None:
    """Product and language names keep their capital in prose; ordinary skills do not."""
    a = Role(
        title="Developer",
        skills=(Skill("Python"), Skill("Figma"), Skill("C++")),
        pay=Pay(yearly=Money(90000)),
    )
    b = Role(title="Clerk", skills=(Skill("Customer Service"), Skill("Microsoft Excel")))
    text = summarize(compare(a, b))
    assert "Python, Figma, and C++" in text
    assert "customer service and Microsoft Excel" in text
    assert "python" not in text
    assert "figma" not in text


def test_english_skills_in_prose_as_the_data_gives_them() -> None:
    """An English translation of the skills gives their in-prose form (a name no list knows)."""
    a = Role(
        title="Planner",
        skills=(Skill("Asana"), Skill("Scheduling")),
        translations=(Translation("en", skills=("Asana", "scheduling")),),
    )
    assert "are Asana and scheduling." in summarize(compare(a, Role(title="Clerk")))
    plain = Role(title="Planner", skills=(Skill("Asana"), Skill("Scheduling")))
    assert "are asana and scheduling." in summarize(compare(plain, Role(title="Clerk")))


_BRITISH = re.compile(
    r"\b(?:organis\w*|programmes?|fulfilment|rota|colour\w*|behaviour\w*|utilis\w*|"
    r"prioritis\w*|optimis\w*|labour|centre)\b",
    re.IGNORECASE,
)


def test_english_seed_pages_use_american_spelling(seeds: dict[str, Role]) -> None:
    """The seed data is American: its own English texts use American spelling."""
    for a in seeds.values():
        for b in seeds.values():
            if a is b:
                continue
            page = render(compare(a, b), "en_US", "text")
            assert _BRITISH.findall(page) == [], (a.slug, b.slug)


# ---------------------------------------------------------------------------- every language


def _lead_ins(comparison: cd.Comparison, locale: str) -> tuple[str, str]:
    """The neutral and the "different pay scales" lead-ins of the pair, written out."""
    context = resolve(locale)
    names = pair_names(role_figures(comparison.a, context), role_figures(comparison.b, context))
    neutral = context.gettext(
        "The table below compares the pay of %(a_plural)s with that of %(b_plural)s."
    )
    different = context.gettext(
        "%(a_plural)s and %(b_plural)s have different pay scales, as shown below."
    )
    return (
        context.rules.sentence(neutral % names),
        context.rules.sentence(different % names),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_equal_pay_has_no_different_pay_scales_lead_in(language: str) -> None:
    locale = LANGUAGES[language]
    a = Role(title="Nurse", pay=Pay(yearly=Money(50000)))
    equal = compare(a, Role(title="Teacher", pay=Pay(yearly=Money(50000))))
    neutral, different = _lead_ins(equal, locale)
    assert neutral in _paragraphs(equal, locale)
    assert different not in _paragraphs(equal, locale)
    unequal = compare(a, Role(title="Teacher", pay=Pay(yearly=Money(60000))))
    neutral, different = _lead_ins(unequal, locale)
    assert different in _paragraphs(unequal, locale)
    assert neutral not in _paragraphs(unequal, locale)


@pytest.mark.parametrize("language", LANGUAGES)
def test_equal_salaries_are_not_different_pay_scales_for_a_cent_an_hour(language: str) -> None:
    """The yearly pay decides the lead-in where both roles have it, whatever the hourly rates."""
    locale = LANGUAGES[language]
    a = Role(title="Nurse", pay=Pay(yearly=Money(94750), hourly=Money("45.55")))
    b = Role(title="Teacher", pay=Pay(yearly=Money(94750), hourly=Money("45.56")))
    equal = compare(a, b)
    neutral, different = _lead_ins(equal, locale)
    assert neutral in _paragraphs(equal, locale)
    assert different not in _paragraphs(equal, locale)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", "It typically takes up to 3 years to become a cashier"),
        ("de_DE", "dauert es in der Regel bis zu 3 Jahren"),
        ("fr_FR", "Il faut en général jusqu’à 3 ans pour devenir"),
        ("es_ES", "se tarda hasta 3 años en llegar a ser"),
        ("pl_PL", "trwa zwykle nie dłużej niż 3 lata"),
    ],
)
def test_zero_to_some_years_reads_up_to(locale: str, expected: str) -> None:
    """0-3 years reads "up to 3 years", never "0-3 years" ("bis zu 3 Jahren", "nie dłużej niż
    3 lata")."""
    a = Role(title="Cashier", career=Career(time_to_become=YearRange(0, 3)))
    b = Role(title="Clerk", career=Career(time_to_become=YearRange(2, 4)))
    text = _flat(summarize(compare(a, b), locale))
    assert expected in text
    assert "0-3" not in text
    assert "0–3" not in text


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", "It typically takes up to a year to become"),
        ("de_DE", "dauert es in der Regel jeweils bis zu einem Jahr"),
        ("fr_FR", "Il faut en général moins d’un an pour devenir"),
        ("es_ES", "se tarda hasta un año tanto en llegar a ser"),
    ],
)
def test_zero_to_one_year(locale: str, expected: str) -> None:
    """0-1 years reads "up to a year" ("moins d'un an", "hasta un año", "bis zu einem Jahr")."""
    a = Role(title="Cashier", career=Career(time_to_become=YearRange(0, 1)))
    b = Role(title="Clerk", career=Career(time_to_become=YearRange(0, 1)))
    text = _flat(summarize(compare(a, b), locale))
    assert expected in text
    assert "0" not in text
    c = Role(title="Nurse", career=Career(time_to_become=YearRange(2, 4)))
    assert "0" not in _flat(summarize(compare(a, c), locale))


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_untranslated_skills_stand_in_quotation_marks(language: str) -> None:
    """A role with no skill names in the language shows its English names only quoted."""
    a = Role(title="Typist", skills=(Skill("Typing"),), pay=Pay(yearly=Money(30000)))
    b = Role(title="Clerk", skills=(Skill("Filing"), Skill("Data Entry")))
    text = summarize(compare(a, b), LANGUAGES[language])
    language_rules = rules(language)
    for name in ("Typing", "Filing", "Data Entry"):
        assert language_rules.quoted(name) in text
        assert text.count(name) == text.count(language_rules.quoted(name))


# ---------------------------------------------------------------------------- French


def test_french_elides_de_before_a_vowel() -> None:
    a = Role(
        title="Industrial Engineer",
        titles=(LocalizedTitle("fr", "ingénieur industriel", "ingénieurs industriels"),),
        pay=Pay(yearly=Money(90000)),
    )
    b = Role(title="Accountant", pay=Pay(yearly=Money(70000)))
    text = _flat(summarize(compare(a, b), "fr_FR"))
    assert f"d’«{NBSP}ingénieur industriel{NBSP}»" in text
    assert f"d’«{NBSP}Accountant{NBSP}»" in text
    assert f"de «{NBSP}ingénieur" not in text
    assert f"de «{NBSP}Accountant" not in text
    page = _flat(render(compare(a, b), "fr_FR", "text"))
    assert re.search(f"de «{NBSP}[aeiouéèêhAEIOUÉH]", page) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (Title("responsable", translated=True), f"de «{NBSP}responsable{NBSP}»"),
        (Title("hôtesse", translated=True), f"d’«{NBSP}hôtesse{NBSP}»"),
        (Title("Économiste", translated=True), f"d’«{NBSP}Économiste{NBSP}»"),
        (
            Title("hockeyeur", translated=True, forms={"article": "le"}),
            f"de «{NBSP}hockeyeur{NBSP}»",
        ),
        (Title("yogi", translated=True), f"de «{NBSP}yogi{NBSP}»"),
        (Title("Hôte", translated=True, forms={"article": "l’"}), f"d’«{NBSP}Hôte{NBSP}»"),
        # The role's own English title: its h is aspirated, its vowels elide.
        (Title("Hotel Manager"), f"de «{NBSP}Hotel Manager{NBSP}»"),
        (Title("Economist"), f"d’«{NBSP}Economist{NBSP}»"),
    ],
)
def test_french_de_form_follows_the_data_then_the_first_letter(title: Title, expected: str) -> None:
    assert rules("fr").forms(title)["de"] == expected


@pytest.mark.parametrize("language", ["fr", "es"])
def test_skill_lists_need_no_article(seeds: dict[str, Role], language: str) -> None:
    """French and Spanish name skills after a colon, where a bare noun list is correct."""
    for a in seeds.values():
        for b in seeds.values():
            if a is b:
                continue
            paragraphs = summarize(compare(a, b), LANGUAGES[language]).split("\n\n")
            skills = paragraphs[-1]
            for sentence in re.split(r"(?<=\.) ", skills):
                assert re.search(r" ?: \S", sentence), sentence
                assert "figurent" not in sentence
                assert "la suivante" not in sentence


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("fr_FR", "une compétence prime : "),
        ("es_ES", "destaca una competencia: "),
        ("de_DE", "Die wichtigste Fähigkeit für die Tätigkeit als"),
        ("en_US", "The top skill for a cashier is"),
    ],
)
def test_one_skill_sentence(locale: str, expected: str) -> None:
    a = Role(
        title="Cashier",
        skills=(Skill("Cash Handling"),),
        translations=(
            Translation("de", skills=("Umgang mit Bargeld",)),
            Translation("fr", skills=("maniement des espèces",)),
            Translation("es", skills=("manejo de efectivo",)),
        ),
    )
    text = summarize(compare(a, Role(title="Clerk")), locale)
    assert expected in text.replace(NBSP, " ")


# ---------------------------------------------------------------------------- Spanish


def test_spanish_currency_spacing_follows_cldr(seeds: dict[str, Role]) -> None:
    """es_MX writes "USD 61,487" (no-break space after a letter symbol); es_AR "US$61.487"
    (a symbol ending in a sign takes none), as CLDR's currencySpacing says."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-manager"])
    mexico = summarize(comparison, "es_MX")
    assert f"USD{NBSP}61,487" in mexico
    assert money("61487", "USD", "es_MX", whole=True) in mexico
    argentina = summarize(comparison, "es_AR")
    assert money("61487", "USD", "es_AR", whole=True) in argentina
    assert "US$61.487" in argentina


@pytest.mark.parametrize("locale", ["es_MX", "es_AR", "de_CH", "fr_FR", "nl_NL", "ja_JP", "en_US"])
def test_no_letter_of_a_currency_symbol_touches_a_digit(locale: str) -> None:
    context = resolve(locale)
    for currency in ("USD", "EUR", "CHF", "MXN", "JPY"):
        text = context.money(Money(61487, currency))
        assert re.search(r"[^\W\d_]\d|\d[^\W\d_]", text) is None, (locale, text)


# ---------------------------------------------------------------------------- German


def test_german_headings_never_join_two_titles_with_und(seeds: dict[str, Role]) -> None:
    a = seeds["customer-service-operations-manager"]
    b = seeds["contact-center-manager"]
    titles = [t.singular for role in (a, b) if (t := role.localized_title("de"))]
    assert any(" und " in title for title in titles)
    for heading in _headings(compare(a, b), "de_DE"):
        rest = heading.rpartition(": ")[2]  # the names, after a label such as "Überblick:"
        for title in titles:
            rest = rest.replace(title, "")
        assert " und " not in rest, heading
    assert (
        _headings(compare(a, b), "de_DE")[0] == f"{titles[0]} vs. {titles[1]}: Berufe im Vergleich"
    )


def test_german_never_says_beruf_and_varies_the_construction(seeds: dict[str, Role]) -> None:
    for a in seeds.values():
        for b in seeds.values():
            if a is b:
                continue
            paragraphs = _paragraphs(compare(a, b), "de_DE")
            for text in paragraphs:
                assert "Beruf" not in text
                assert text.count("im Beruf") == 0
                assert text.count("als „") <= 3, text


def test_german_gender_rows_say_maenner_and_frauen(seeds: dict[str, Role]) -> None:
    page = render(
        compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"]), "de_DE"
    )
    assert "Männer: " in page
    assert "Frauen: " in page
    assert "Männlich" not in page
    assert "Weiblich" not in page


@pytest.mark.parametrize("locale", ["de_CH", "de_LI"])
def test_swiss_german_writes_ss(seeds: dict[str, Role], locale: str) -> None:
    """Every text of a Swiss or Liechtenstein page, the data's too, writes "ss" for "ß"."""
    found_sharp_s = False
    for a in seeds.values():
        for b in seeds.values():
            if a is b:
                continue
            comparison = compare(a, b)
            found_sharp_s |= "ß" in render(comparison, "de_DE", "text")
            for page_format in ("text", "markdown", "html"):
                assert "ß" not in render(comparison, locale, page_format)
            assert "ß" not in summarize(comparison, locale)
    assert found_sharp_s  # the German pages do have an ß to replace
    assert "Ausserdem" in summarize(
        compare(seeds["customer-service-manager"], seeds["customer-care-manager"]), locale
    )


def test_austrian_german_keeps_sharp_s(seeds: dict[str, Role]) -> None:
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-manager"])
    assert "Außerdem" in summarize(comparison, "de_AT")


def test_regional_rule_is_the_languages_own() -> None:
    assert rules("de").regional("Straße", babel.Locale.parse("de_CH")) == "Strasse"
    assert rules("fr").regional("Straße", babel.Locale.parse("fr_CH")) == "Straße"


# ---------------------------------------------------------------------------- user categories


def _with_categories(*translations: Translation) -> Role:
    return Role(
        title="Nurse",
        demographics=cd.Demographics(
            gender=cd.Distribution.of({"Female": 0.6, "Non-binary": 0.1, "Male": 0.3})
        ),
        translations=translations,
    )


def test_users_categories_are_translated_by_the_roles_translation() -> None:
    nurse = _with_categories(
        Translation("de", categories={"Non-binary": "Nicht-binär"}),
        Translation("fr", categories={"Non-binary": "Non binaire"}),
    )
    clerk = Role(title="Clerk")
    german = render(compare(nurse, clerk), "de_DE")
    assert f"Frauen: 60,0{NBSP}%, Männer: 30,0{NBSP}%, Nicht-binär: 10,0{NBSP}%" in german
    assert "Non-binary" not in german
    assert "Non binaire" in render(compare(nurse, clerk), "fr_FR")
    # Without a translation the category stays as the data gives it.
    assert "Non-binary: 10.0%" in render(compare(nurse, clerk), "en_US")
    assert "Non-binary" in render(compare(nurse, clerk), "es_ES")


def test_a_translated_category_must_be_the_roles_own() -> None:
    with pytest.raises(cd.ValidationError, match=r"translations\.de\.categories\.Nonbinary: "):
        _with_categories(Translation("de", categories={"Nonbinary": "Nicht-binär"}))
    with pytest.raises(cd.ValidationError, match=r"categories\.Non-binary"):
        Translation("de", categories={"Non-binary": ""})


def test_translated_categories_round_trip_through_a_role_file(tmp_path: Path) -> None:
    nurse = _with_categories(Translation("de", categories={"Non-binary": "Nicht-binär"}))
    path = tmp_path / "roles.json"
    with path.open("w", encoding="utf-8") as stream:
        cd.dump_roles([nurse], stream)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data[0]["translations"]["de"]["categories"] == {"Non-binary": "Nicht-binär"}
    assert cd.load_roles(path) == (nurse,)
    bad = tmp_path / "bad.json"
    data[0]["translations"]["de"]["categories"] = {"Nonbinary": "Nicht-binär"}
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(cd.ValidationError, match=r"roles\[0\]\.translations\.de\.categories"):
        cd.load_roles(bad)
