"""French (fr, and the fr_CA variant): the constructions its catalog, rules and data pin."""

from __future__ import annotations

import pytest

from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.model import Money, Pay, Role, Skill, Translation
from careerdata.text import render, summarize
from careerdata.text.languages import rules

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
    """ "Responsable … : Fourchette de salaire (de … à …), moyenne …", not two colons."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    page = _flat(render(comparison, "fr_FR", "html"))
    assert "Fourchette de salaire (de 35 000 $US à 105 000 $US), moyenne 61 487 $US." in page
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
