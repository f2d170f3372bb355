"""French (fr, and the fr_CA variant): the constructions its catalog, rules and data pin."""

from __future__ import annotations

import pytest

from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.model import Money, Pay, Role, Skill, Translation
from careerdata.text import render, summarize, written_language
from careerdata.text._locale import resolve
from careerdata.text.languages import Title, rules
from hourly_pay import ACTOR, AGENT, DANCER, salary, summaries, wage

NBSP = "\N{NO-BREAK SPACE}"
FRENCH = ["fr_FR", "fr_CA", "fr_BE", "fr_CH"]


def _flat(text: str) -> str:
    """The text on one line, no-break spaces as spaces (the assertions read as prose)."""
    return " ".join(text.replace(NBSP, " ").split())


@pytest.fixture(scope="module")
def seeds() -> dict[str, Role]:
    return dict(load_dataset("customer-service").items())


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("Finance", "Services financiers"),
        ("Telecommunication", "Télécommunications"),
        ("Transportation", "Transports"),
    ],
)
def test_the_seed_roles_industries_have_french_names(english: str, french: str) -> None:
    """The seed roles' own industries ("Finance") are in the French glossary."""
    assert rules("fr").term("industry", english) == french


@pytest.mark.parametrize("locale", FRENCH)
def test_no_seed_page_names_an_english_industry(seeds: dict[str, Role], locale: str) -> None:
    """Every seed pair's salary table names its best-paying industry in French."""
    pages = [
        _flat(render(compare(a, b), locale, "text"))
        for a in seeds.values()
        for b in seeds.values()
        if a is not b
    ]
    text = " ".join(pages)
    for english in ("Telecommunication", "Transportation", "Finance ", "Manufacturing"):
        assert english not in text
    for french in ("Télécommunications", "Transports", "Services financiers"):
        assert french in text


@pytest.mark.parametrize("locale", FRENCH)
def test_the_average_age_row_gives_its_unit(seeds: dict[str, Role], locale: str) -> None:
    """The figure is a number of years: the row says so ("Âge moyen (ans)"), never a bare 44."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    page = render(comparison, locale, "markdown")
    rows = [line for line in page.splitlines() if line.startswith("| Âge moyen")]
    assert rows
    assert all(row.startswith("| Âge moyen (ans) | 44 | 47 |") for row in rows)


def test_the_salary_range_note_elides_after_metier() -> None:
    """The note on a BLS role's range reads "Pour le métier de « … »", elided before a vowel."""
    bls = load_dataset("bls-oews-2025")
    seed = load_dataset("customer-service")["customer-service-manager"]
    page = _flat(render(compare(bls.find("43-4051"), seed), "fr_FR", "text"))
    assert "Pour le métier de « conseiller clientèle », la fourchette de salaire" in page
    assert "Pour le métier « " not in page
    page = _flat(render(compare(bls.find("17-2112"), seed), "fr_FR", "text"))
    assert "Pour le métier d’« ingénieur en génie industriel », la fourchette" in page


def test_the_salary_chart_description_has_one_colon_per_role(seeds: dict[str, Role]) -> None:
    """ "Responsable … : fourchette de salaire (de … à …), moyenne …", not two colons."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    page = _flat(render(comparison, "fr_FR", "html"))
    assert "fourchette de salaire (de 35 000 $US à 105 000 $US), moyenne 61 487 $US." in page
    assert "Fourchette de salaire : de" not in page


def test_the_second_roles_one_skill_sentence() -> None:
    """The second role with one skill: "... s'appuie avant tout sur une compétence clé"."""
    cashier = Role(
        title="Cashier",
        skills=(Skill("Cash Handling"), Skill("Retail")),
        translations=(Translation("fr", skills=("maniement des espèces", "vente")),),
    )
    engineer = Role(
        title="Engineer",
        skills=(Skill("Lean"),),
        translations=(Translation("fr", skills=("amélioration continue",)),),
        pay=Pay(yearly=Money(90000)),
    )
    text = _flat(summarize(compare(cashier, engineer), "fr_FR"))
    assert (
        "Le métier d’« Engineer » s’appuie avant tout sur une compétence clé :"
        " amélioration continue." in text
    )
    assert "demande avant tout une compétence" not in text


# --------------------------------------------------------------------------- fr_CA


def test_canadian_french_is_a_variant_of_french() -> None:
    """fr_CA writes its own catalog over French's; fr_FR, fr_BE and fr_CH write French."""
    assert [written_language(locale) for locale in FRENCH] == ["fr", "fr_CA", "fr", "fr"]
    context = resolve("fr_CA")
    assert context.gettext("Yearly salary") == "Salaire annuel"  # French's, by fallback
    assert context.bcp47 == "fr-CA"
    assert rules("fr_CA").forms(Title("ingénieur"))["de"] == f"d’«{NBSP}ingénieur{NBSP}»"


@pytest.mark.parametrize(
    ("locale", "degree", "not_degree"),
    [
        ("fr_CA", "| Baccalauréat, 46 %", "Licence"),
        ("fr_FR", "| Licence, 46 %", "Baccalauréat"),
        ("fr_BE", "| Licence, 46 %", "Baccalauréat"),
        ("fr_CH", "| Licence, 46%", "Baccalauréat"),
    ],
)
def test_a_bachelors_degree_is_a_licence_in_france_a_baccalaureat_in_quebec(
    seeds: dict[str, Role], locale: str, degree: str, not_degree: str
) -> None:
    """France (and Belgium, Switzerland) call the degree "licence", Quebec "baccalauréat"."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    page = _flat(render(comparison, locale, "markdown"))
    assert degree in page
    assert not_degree not in page


@pytest.mark.parametrize(
    ("france", "quebec"),
    [
        ("Missions et responsabilités :", "Tâches et responsabilités :"),
        ("Exemples de missions du métier", "Exemples de tâches du métier"),
        ("ses propres missions et responsabilités", "ses propres tâches et responsabilités"),
        ("Spécialité la plus courante", "Domaine d’études le plus courant"),
        ("Industrie manufacturière", "Fabrication"),
        ("excellent sens du service client,", "excellent sens du service à la clientèle,"),
        ("chats et e-mails", "séances de clavardage et des courriels"),
    ],
)
def test_quebec_writes_its_own_words(seeds: dict[str, Role], france: str, quebec: str) -> None:
    """The words Quebec uses where France's differ, in the catalog, glossary and seed texts."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    in_france = _flat(render(comparison, "fr_FR", "markdown"))
    in_quebec = _flat(render(comparison, "fr_CA", "markdown"))
    assert (france in in_france, quebec in in_france) == (True, False)
    assert (quebec in in_quebec, france in in_quebec) == (True, False)


def test_quebec_names_bls_industries_its_way() -> None:
    """A BLS page for fr_CA names the sector as Quebec does, and a state as French does."""
    bls = load_dataset("bls-oews-2025")
    comparison = compare(bls.find("43-4051"), bls.find("11-9111"))
    quebec = _flat(render(comparison, "fr_CA", "markdown"))
    france = _flat(render(comparison, "fr_FR", "markdown"))
    assert "Fabrication (227 030 $ US)" in quebec
    assert "Industrie manufacturière (227 030 $US)" in france
    assert "Californie" in quebec
    assert rules("fr_CA").term("state", "New York") == rules("fr").term("state", "New York")


@pytest.mark.parametrize("locale", ["fr_FR", "fr_CA"])
def test_roles_paid_only_by_the_hour_have_their_wage_said(locale: str) -> None:
    """An hourly wage alone, two compared, two equal: "salaire horaire", never against a salary."""
    texts = summaries(locale)
    actor, dancer = wage(ACTOR, locale), wage(DANCER, locale)
    yearly = salary(AGENT, locale)
    expected = {
        "alone": f"Le salaire moyen du métier de « conseiller clientèle » s’élève à {yearly}. "
        f"Le salaire horaire moyen du métier de « comédien » s’élève à {actor}.",
        "alone_additionally": "Par ailleurs, le salaire horaire moyen du métier de « comédien » "
        f"s’élève à {actor}. Le salaire moyen du métier de « conseiller clientèle » s’élève à "
        f"{yearly}.",
        "higher": f"Le salaire horaire moyen du métier de « comédien » s’élève à {actor}, soit "
        f"plus que celui du métier de « danseur », qui est de {dancer}.",
        "higher_additionally": "Par ailleurs, le salaire horaire moyen du métier de « comédien » "
        f"s’élève à {actor}, soit plus que celui du métier de « danseur », qui est de {dancer}.",
        "same": f"Le salaire horaire moyen du métier de « comédien » s’élève à {actor}, soit "
        "autant que celui du métier de « danseur ».",
        "same_additionally": "Par ailleurs, le salaire horaire moyen du métier de « comédien » "
        f"s’élève à {actor}, soit autant que celui du métier de « danseur ».",
    }
    # French guillemets hold their title with no-break spaces: compare the words.
    flat = {key: " ".join(text.split()) for key, text in texts.items()}
    wanted = {key: " ".join(text.split()) for key, text in expected.items()}
    assert wanted == {key: text[-len(wanted[key]) :] for key, text in flat.items()}
