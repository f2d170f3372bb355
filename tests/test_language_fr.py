"""French (fr, and the fr_CA variant): the constructions its catalog, rules and data pin."""

from __future__ import annotations

import pytest

from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.model import LocalizedTitle, Money, Pay, Role, Skill, Translation
from careerdata.text import render, summarize, written_language
from careerdata.text._locale import resolve
from careerdata.text._sheet import role_sheet
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
    """fr_CA writes its own catalog over French's; fr_BE and fr_CH are variants too, France
    and every other French locale write French."""
    assert [written_language(locale) for locale in FRENCH] == ["fr", "fr_CA", "fr_BE", "fr_CH"]
    assert [written_language(locale) for locale in ("fr", "fr_LU", "fr_SN")] == ["fr"] * 3
    context = resolve("fr_CA")
    assert context.gettext("Yearly salary") == "Salaire annuel"  # French's, by fallback
    assert context.bcp47 == "fr-CA"
    assert rules("fr_CA").forms(Title("ingénieur"))["de"] == f"d’«{NBSP}ingénieur{NBSP}»"


@pytest.mark.parametrize(
    ("locale", "degree", "not_degree"),
    [
        ("fr_CA", "| Baccalauréat, 46 %", "Licence"),
        ("fr_FR", "| Licence, 46 %", "Baccalauréat"),
        ("fr_BE", "| Bachelier, 46 %", "Licence"),
        ("fr_CH", "| Bachelor, 46%", "Licence"),
    ],
)
def test_a_bachelors_degree_is_a_licence_in_france_a_baccalaureat_in_quebec(
    seeds: dict[str, Role], locale: str, degree: str, not_degree: str
) -> None:
    """France calls the degree "licence", Quebec "baccalauréat", Belgium "bachelier" and
    Switzerland "bachelor" (a Belgian or Swiss "licence" was a master's)."""
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


AGENT_TITLES = {"fr_FR": "conseiller clientèle", "fr_CA": "préposé au service à la clientèle"}


@pytest.mark.parametrize("locale", ["fr_FR", "fr_CA"])
def test_roles_paid_only_by_the_hour_have_their_wage_said(locale: str) -> None:
    """An hourly wage alone, two compared, two equal: "salaire horaire", never against a salary."""
    texts = summaries(locale)
    actor, dancer = wage(ACTOR, locale), wage(DANCER, locale)
    yearly = salary(AGENT, locale)
    # The customer service representative as France and Quebec name the role.
    agent = AGENT_TITLES[locale]
    expected = {
        "alone": f"Le salaire moyen du métier de « {agent} » s’élève à {yearly}. "
        f"Le salaire horaire moyen du métier de « comédien » s’élève à {actor}.",
        "alone_additionally": "Par ailleurs, le salaire horaire moyen du métier de « comédien » "
        f"s’élève à {actor}. Le salaire moyen du métier de « {agent} » s’élève à "
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


# --------------------------------------------------------------------------- review 3


def test_an_untranslated_titles_english_h_is_aspirated() -> None:
    """A role's own English title keeps "de" before its h; a French title's mute h elides."""
    hotel = Role(title="Hotel Manager", pay=Pay(yearly=Money(50000)))
    hostess = Role(
        title="Hostess",
        titles=(LocalizedTitle("fr", "hôtesse", "hôtesses", gender="feminine"),),
        pay=Pay(yearly=Money(40000)),
    )
    text = _flat(summarize(compare(hotel, hostess), "fr_FR"))
    assert "Les métiers de « Hotel Manager » et d’« hôtesse »" in text
    assert "d’« Hotel" not in text


@pytest.mark.parametrize("locale", FRENCH)
def test_the_pay_section_is_headed_remuneration(locale: str) -> None:
    """The pay section also holds hourly pay (actors), so it is "Rémunération", not "Salaires"."""
    bls = load_dataset("bls-oews-2025")
    page = _flat(render(compare(bls.find("actor"), bls.find("dancer")), locale, "markdown"))
    assert "## Rémunération : comédien face à danseur" in page
    assert "Salaires :" not in page


def test_a_share_of_a_category_adds_no_second_colon(seeds: dict[str, Role]) -> None:
    """ "Répartition par sexe : Hommes (44,1 %), …" and "Responsable … : Hommes (37,0 %), …":
    a show line or a chart's sentence has one colon, the category its share in brackets."""
    role = seeds["customer-care-supervisor"]
    lines = [_flat(line) for line in role_sheet(role, resolve("fr_FR"))]
    gender = [line for line in lines if line.startswith("Répartition par sexe")]
    assert len(gender) == 1
    assert gender[0].count(":") == 1
    assert "Hommes (44,1 %)" in gender[0]
    comparison = compare(seeds["customer-service-manager"], role)
    page = _flat(render(comparison, "fr_FR", "html"))
    assert (
        "Responsable du service client : Femmes (63,0 %), Hommes (37,0 %)." in page
    )  # largest first


@pytest.mark.parametrize("language", ["fr", "fr_CA"])
def test_no_industry_name_brings_brackets_of_its_own(language: str) -> None:
    """A pay leader reads "Name (pay)": no French industry name holds brackets itself."""
    bls = load_dataset("bls-oews-2025")
    names = {
        role.pay.leaders.industry.name
        for role in bls.roles
        if role.pay and role.pay.leaders and role.pay.leaders.industry
    }
    assert len(names) > 10
    translated = {rules(language).term("industry", name) for name in names}
    assert translated.isdisjoint(names - {"Construction"})  # every name is translated
    assert [name for name in translated if "(" in name] == []


def test_a_sheet_lists_items_with_frances_semicolon(seeds: dict[str, Role]) -> None:
    """`careerdata show` in French sets ";" apart with a narrow no-break space; English not."""
    role = seeds["customer-service-operations-manager"]
    french = [line for line in role_sheet(role, resolve("fr_FR")) if "autres intitulés" in line]
    english = [line for line in role_sheet(role, resolve("en_US")) if "also known as" in line]
    assert french[0].endswith(
        "Customer Service and Operations Manager\N{NARROW NO-BREAK SPACE}; Customer Operations Manager"
    )
    assert english[0].endswith(
        "Customer Service and Operations Manager; Customer Operations Manager"
    )


def test_quebecs_seed_titles_say_service_a_la_clientele(seeds: dict[str, Role]) -> None:
    """Quebec's pages name the seed roles as their texts do; France's keep "service client"."""
    pages = {
        locale: " ".join(
            _flat(render(compare(a, b), locale, "markdown"))
            for a in seeds.values()
            for b in seeds.values()
            if a is not b
        )
        for locale in ("fr_CA", "fr_FR")
    }
    assert "« responsable du service à la clientèle »" in pages["fr_CA"]
    assert "« responsable de centre de contact »" in pages["fr_CA"]
    assert "service client" not in pages["fr_CA"]
    assert "« responsable du service client »" in pages["fr_FR"]
    assert "« responsable de centre de contacts »" in pages["fr_FR"]


@pytest.mark.parametrize(
    ("soc", "france", "quebec"),
    [
        ("25-2022", "professeur de collège", "enseignant au premier cycle du secondaire"),
        ("25-2021", "professeur des écoles", "enseignant au primaire"),
        ("43-4051", "conseiller clientèle", "préposé au service à la clientèle"),
    ],
)
def test_quebec_names_occupations_by_its_own_school_system(
    soc: str, france: str, quebec: str
) -> None:
    """A collège is post-secondary in Quebec: a middle-school teacher is not "de collège"."""
    bls = load_dataset("bls-oews-2025")
    comparison = compare(bls.find(soc), bls.find("11-9111"))
    in_quebec = _flat(render(comparison, "fr_CA", "text"))
    in_france = _flat(render(comparison, "fr_FR", "text"))
    assert (f"« {quebec} »" in in_quebec, france in in_quebec) == (True, False)
    assert (f"« {france} »" in in_france, quebec in in_france) == (True, False)
