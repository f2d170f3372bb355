"""Dutch (nl, and its Flemish variant nl_BE): the constructions of its rules and its pages."""

from __future__ import annotations

import io
import itertools
import json
import re
from decimal import Decimal
from html import unescape
from typing import Literal

import attrs
import pytest
from babel import Locale
from babel.numbers import get_currency_symbol, get_group_symbol

from careerdata.cli import main
from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.model import Career, LocalizedTitle, Money, Role, YearRange
from careerdata.text import render, summarize
from careerdata.text._locale import resolve
from careerdata.text.languages import TERMS_FILE, Title, language_folder, rules
from careerdata.text.languages.nl import guess_article
from cldr import money
from hourly_pay import ACTOR, AGENT, DANCER, salary, summaries, wage
from test_text_catalogs import _english_phrases, _page_text

MANAGER = Title(
    "manager klantenservice", "managers klantenservice", translated=True, forms={"article": "de"}
)
HOOFD = Title("hoofd postkantoor", "hoofden postkantoor", translated=True, forms={"article": "het"})


def _one_line(text: str) -> str:
    """The text unwrapped, its no-break spaces kept."""
    return re.sub(r"[ \n]+", " ", text).strip()


def test_a_de_title_takes_de_and_een() -> None:
    """ "de manager klantenservice", "een manager klantenservice", the plural bare."""
    assert rules("nl").forms(MANAGER) == {
        "": "manager klantenservice",
        "name": "manager klantenservice",
        "indefinite": "een manager klantenservice",
        "plural": "managers klantenservice",
        "plural_possessive": "van managers klantenservice",
        "definite": "de manager klantenservice",
        "predicate": "manager klantenservice",
    }


def test_a_het_title_from_the_data_takes_het() -> None:
    """ "het hoofd postkantoor", but "een hoofd" and "hoofden" like any other title."""
    forms = rules("nl").forms(HOOFD)
    assert (forms["definite"], forms["indefinite"], forms["plural"]) == (
        "het hoofd postkantoor",
        "een hoofd postkantoor",
        "hoofden postkantoor",
    )


def test_the_datas_article_wins_over_gender_and_guess() -> None:
    """The article in the data decides; then the gender (neuter: het); then the head word."""
    model = Title("fotomodel", "fotomodellen", translated=True, forms={"article": "de"})
    assert rules("nl").forms(model)["definite"] == "de fotomodel"
    neuter = Title("bestuurslid", "bestuursleden", translated=True, gender="neuter")
    assert rules("nl").forms(neuter)["definite"] == "het bestuurslid"
    feminine = Title("verpleegkundige", "verpleegkundigen", translated=True, gender="feminine")
    assert rules("nl").forms(feminine)["definite"] == "de verpleegkundige"


@pytest.mark.parametrize(
    ("title", "article"),
    [
        ("afdelingshoofd", "het"),
        ("hoofd inkoop", "het"),
        ("brandweerlid", "het"),
        ("model", "het"),
        ("kassameisje", "het"),
        ("kok", "de"),
        ("verpleegkundige", "de"),
        ("manager ICT", "de"),
        ("ijzervlechter", "de"),
    ],
)
def test_without_article_or_gender_the_head_word_decides(title: str, article: str) -> None:
    """ "hoofd", "lid", "model" and diminutives are "het" words; a person is otherwise "de"."""
    assert article == guess_article(title)
    assert (
        f"{article} {title}" == rules("nl").forms(Title(title, None, translated=True))["definite"]
    )


def test_a_title_without_a_plural_takes_a_construction_that_needs_none() -> None:
    """No plural in the data: "mensen die werken als kok"."""
    forms = rules("nl").forms(Title("kok", None, translated=True))
    assert forms["plural"] == "mensen die werken als kok"
    assert forms["plural_possessive"] == "van mensen die werken als kok"


def test_an_untranslated_title_is_quoted_after_de_functie() -> None:
    """An English title stays grammatical whatever it is, after a "de" word."""
    forms = rules("nl").forms(Title("Customer Service Manager", "Customer Service Managers"))
    assert forms == {
        "": "“Customer Service Manager”",
        "name": "Customer Service Manager",
        "indefinite": "iemand in de functie “Customer Service Manager”",
        "plural": "mensen in de functie “Customer Service Manager”",
        "plural_possessive": "van mensen in de functie “Customer Service Manager”",
        "definite": "de functie “Customer Service Manager”",
        "predicate": "“Customer Service Manager”",
    }


def test_forms_are_the_base_forms_and_the_extra_forms() -> None:
    """Every form the catalog may use, no more and no fewer, for every kind of title."""
    nl = rules("nl")
    expected = {*nl.BASE_FORMS, *nl.extra_forms}
    for title in (MANAGER, HOOFD, Title("Nurse"), Title("kok", None, translated=True)):
        assert expected == set(nl.forms(title))


def test_an_untranslated_skill_is_quoted() -> None:
    assert rules("nl").skill_in_prose("Payroll") == "“Payroll”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ijzervlechter vs. kok", "IJzervlechter vs. kok"),
        ("ijsverkoper", "IJsverkoper"),
        ("iep", "Iep"),
        ("manager klantenservice", "Manager klantenservice"),
        ("ICT-manager", "ICT-manager"),
        ("“Customer Service Manager”", "“Customer Service Manager”"),
    ],
)
def test_a_sentence_capitalises_ij_as_one_letter(text: str, expected: str) -> None:
    """Dutch writes the digraph "ij" as one capital at the start: "IJzervlechter"."""
    assert expected == rules("nl").sentence(text)


def test_the_column_of_an_ij_title_starts_with_ij() -> None:
    title = Title("ijzervlechter", "ijzervlechters", translated=True)
    assert rules("nl").column(title) == "IJzervlechter"


@pytest.mark.parametrize("locale", ["nl_NL", "nl_BE"])
def test_years_follow_cldrs_plural_categories_and_stay_jaar(locale: str) -> None:
    """CLDR gives Dutch one and other; both read "jaar" after a number ("5 jaar")."""
    context = resolve(locale)
    plural_form = Locale.parse(locale).plural_form
    assert {plural_form(n) for n in (0, 1, 2, 1_000_000)} == {"one", "other"}
    for count in (0, 1, 2, 1_000_000):
        written = context.ngettext("%(count)s year", "%(count)s years", count) % {
            "count": context.number(count)
        }
        assert written == f"{context.number(count)} jaar"
    span = context.ngettext("%(low)s-%(high)s year", "%(low)s-%(high)s years", 6)
    assert span % {"low": 4, "high": 6} == "4 tot 6 jaar"


@pytest.mark.parametrize(
    ("locale", "language"), [("nl", "nl"), ("nl_NL", "nl"), ("nl_BE", "nl_BE")]
)
def test_dutch_locales_take_the_dutch_catalog(locale: str, language: str) -> None:
    """The Netherlands write nl; Belgium its variant nl_BE, which falls back to nl."""
    assert resolve(locale).language == language


# ---------------------------------------------------------------------------- pages


@pytest.fixture(scope="module")
def seeds() -> dict[str, Role]:
    return dict(load_dataset("customer-service").items())


def test_the_summary_reads_in_dutch_word_order(seeds: dict[str, Role]) -> None:
    """The opening paragraph: plurals, "als" with the bare title, the verb second."""
    manager, supervisor = seeds["customer-service-manager"], seeds["customer-care-supervisor"]
    text = _one_line(summarize(compare(manager, supervisor), "nl_NL"))
    context = resolve("nl_NL")
    high, low = (context.money(Money(Decimal(value), "USD")) for value in (61487, 42702))
    assert text.startswith(
        "Er zijn een paar verschillen tussen managers klantenservice en supervisors klantenzorg. "
        "Elke functie brengt eigen taken en verantwoordelijkheden met zich mee. "
        "Om aan de slag te kunnen als manager klantenservice of als supervisor klantenzorg, heb "
        "je doorgaans 4 tot 6 jaar nodig. "
        f"Daarnaast verdient een manager klantenservice gemiddeld {high} per jaar; dat is meer "
        f"dan de {low} die een supervisor klantenzorg gemiddeld per jaar verdient."
    )
    assert (
        "De drie belangrijkste vaardigheden voor een manager klantenservice zijn sterke "
        "klantgerichtheid, salarisadministratie en klanttevredenheid." in text
    )


def test_the_page_headings_and_lead_ins(seeds: dict[str, Role]) -> None:
    """Headings name both titles ("vs."); the question takes "een", the duties "de"."""
    manager, supervisor = seeds["customer-service-manager"], seeds["customer-care-supervisor"]
    lines = render(compare(manager, supervisor), "nl_NL", "text").splitlines()
    assert lines[0] == "Manager klantenservice vs. supervisor klantenzorg"
    assert "Overzicht: manager klantenservice vs. supervisor klantenzorg" in lines
    assert "Wat doet een manager klantenservice?" in lines
    assert "Een greep uit de taken van de manager klantenservice:" in lines
    assert "Veelvoorkomende vaardigheden van supervisors klantenzorg" in lines
    assert any(line.startswith("Leidt een klantenserviceafdeling:") for line in lines)


def test_a_het_title_takes_het_on_the_page(seeds: dict[str, Role]) -> None:
    """A role whose Dutch title is a "het" word: "de taken van het hoofd klantenservice"."""
    manager = seeds["customer-service-manager"]
    titles = tuple(title for title in manager.titles if title.language != "nl")
    hoofd = LocalizedTitle(
        "nl", "hoofd klantenservice", "hoofden klantenservice", forms={"article": "het"}
    )
    role = attrs.evolve(manager, titles=(*titles, hoofd))
    page = render(compare(role, seeds["customer-care-supervisor"]), "nl_NL", "text")
    lines = page.splitlines()
    assert "Een greep uit de taken van het hoofd klantenservice:" in lines
    assert "Wat doet een hoofd klantenservice?" in lines


def test_an_untranslated_role_reads_through_de_functie(seeds: dict[str, Role]) -> None:
    """A role with no Dutch title: its English title in quotes, after "de functie"."""
    manager = seeds["customer-service-manager"]
    role = attrs.evolve(
        manager, titles=tuple(title for title in manager.titles if title.language != "nl")
    )
    page = render(compare(role, seeds["customer-care-supervisor"]), "nl_NL", "text")
    lines = page.splitlines()
    assert lines[0] == "Customer Service Manager vs. supervisor klantenzorg"
    assert "Wat doet iemand in de functie “Customer Service Manager”?" in lines
    assert "Een greep uit de taken van de functie “Customer Service Manager”:" in lines
    assert _one_line(page).startswith(
        "Customer Service Manager vs. supervisor klantenzorg "
        "=================================================== "
        "Er zijn een paar verschillen tussen mensen in de functie “Customer Service Manager” en "
        "supervisors klantenzorg."
    )


def test_a_het_title_from_the_bls_data() -> None:
    """The BLS data gives "hoofd postkantoor" and "brandweerlid" as "het" words."""
    bls = load_dataset("bls-oews-2025")
    postmaster, firefighter = bls.find("11-9131"), bls.find("33-2011")
    assert (postmaster.localized_title("nl").form("article"), firefighter.localized_title("nl").form("article")) == ("het", "het")  # fmt: skip
    text = _one_line(summarize(compare(postmaster, firefighter), "nl_NL"))
    assert text.startswith(
        "Er zijn een paar verschillen tussen hoofden postkantoor en brandweerleden."
    )
    assert "Een hoofd postkantoor verdient gemiddeld" in text


def test_nl_be_takes_belgiums_figures_from_cldr(seeds: dict[str, Role]) -> None:
    """nl_BE writes the Dutch text with the figures CLDR gives Belgian Dutch."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    for locale in ("nl_NL", "nl_BE"):
        page = render(comparison, locale, "text")
        amount = resolve(locale).money(Money(Decimal(61487), "USD"))
        assert f"61{get_group_symbol(locale=locale)}487" in amount
        assert get_currency_symbol("USD", locale=locale) in amount
        assert amount in page
        assert "Overzicht:" in page
    assert 'lang="nl-BE"' in str(render(comparison, "nl_BE", "html")).split(">", 1)[0]


# The Dutch "of" is "or": the English-word check of the catalog test leaves it out here.
_ENGLISH_WORDS_NOT_DUTCH = re.compile(
    r"\b(?:the|and|salary|salaries|between|skills?|average|differences|years?|or more)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("locale", ["nl_NL", "nl_BE"])
def test_no_english_left_in_dutch_pages(locale: str) -> None:
    """Outside data values, no English phrase or word is left on the seed pages."""
    seeds = list(load_dataset("customer-service").values())
    phrases = _english_phrases()
    for a, b in itertools.permutations(seeds, 2):
        for text in _page_text(a, b, locale):
            words = " ".join(re.findall(r"[A-Za-z']+", text))
            assert [phrase for phrase in phrases if phrase in words] == [], text
            assert _ENGLISH_WORDS_NOT_DUTCH.findall(text) == [], text


# ---------------------------------------------------------------------------- command line

_ENGLISH_MARKERS = ("Additionally", "overview", "The differences between", "Each job has", " vs ")
_CLI_PAIRS = [
    ("customer-service-manager", "customer-care-supervisor", "customer-service"),
    ("contact-center-manager", "customer-service-leader", "customer-service"),
    ("43-4051", "29-2061", "bls-oews-2025"),
    ("11-9131", "33-2011", "bls-oews-2025"),
]


def _compare(a: str, b: str, dataset: str, locale: str, page_format: str) -> str:
    out = io.StringIO()
    argv = ["compare", a, b, "--dataset", dataset, "--locale", locale, "--format", page_format]
    assert main(argv, stdout=out) == 0
    return out.getvalue()


@pytest.mark.parametrize("locale", ["nl_NL", "nl_BE"])
@pytest.mark.parametrize(("a", "b", "dataset"), _CLI_PAIRS)
def test_cli_compare_writes_dutch_in_every_format(
    locale: str, a: str, b: str, dataset: str
) -> None:
    """`careerdata compare A B --locale nl_NL|nl_BE`: Dutch prose in text, markdown and HTML
    (lang nl-NL / nl-BE), seed and BLS roles; JSON is the same in every locale."""
    for page_format in ("text", "markdown", "html"):
        page = _one_line(re.sub(r"<[^>]*>", " ", _compare(a, b, dataset, locale, page_format)))
        assert "Overzicht: " in page
        assert "Er zijn een paar verschillen tussen " in page
        assert " verdient " in page
        assert " gemiddeld " in page
        assert ("Loon: " if locale == "nl_BE" else "Salaris: ") in page
        assert [marker for marker in _ENGLISH_MARKERS if marker in page] == []
    html = _compare(a, b, dataset, locale, "html")
    assert f'lang="{locale.replace("_", "-")}"' in html.split(">", 1)[0]
    assert _compare(a, b, dataset, locale, "json") == _compare(a, b, dataset, "en_US", "json")


# ---------------------------------------------------------------------------- editor's fixes


def _bls_page(
    a: str, b: str, locale: str = "nl_NL", page_format: Literal["text", "markdown"] = "text"
) -> str:
    bls = load_dataset("bls-oews-2025")
    return _one_line(str(render(compare(bls.find(a), bls.find(b)), locale, page_format)))


def test_the_median_rows_name_the_median_first() -> None:
    """ "Mediaan salaris" and "Mediaan uurloon", not the bracketed "Salaris (mediaan)"."""
    page = _bls_page("43-4051", "11-9111")
    assert "Mediaan salaris US$" in page
    assert "Mediaan uurloon US$" in page
    assert "(mediaan)" not in page


@pytest.mark.parametrize("folder", ["nl", "nl_BE"])
def test_no_industry_name_has_brackets(folder: str) -> None:
    """An industry is shown as "name (pay)": a bracket in the name would double them."""
    glossary = json.loads((language_folder(folder) / TERMS_FILE).read_text(encoding="utf-8"))
    assert glossary["industry"]
    assert [name for name in glossary["industry"].values() if "(" in name] == []


def test_the_government_sector_is_named_without_brackets() -> None:
    """BLS's government sector (schools, hospitals and USPS left out) in one Dutch phrase."""
    name = "Federal, State, and Local Government, excl. State & Local Schools & Hospitals & USPS"
    assert rules("nl").term("industry", name) == (
        "Overheid, exclusief de posterijen en de scholen en ziekenhuizen van staten en gemeenten"
    )


def test_the_mining_industry_reads_without_double_brackets() -> None:
    """ "Mijnbouw, steengroeven en olie- en gaswinning (US$ 114.020)" in the salary table."""
    page = _bls_page("13-2011", "19-3051", page_format="markdown")
    amount = resolve("nl_NL").money(Money(Decimal(114020), "USD"))
    assert f"Mijnbouw, steengroeven en olie- en gaswinning ({amount})" in page
    assert ") (" not in page


@pytest.mark.parametrize(
    ("title", "is_list"),
    [
        ("managers klantenservice en operations", True),
        ("maatschappelijk werkers jeugd, gezin en school", True),
        ("laad- en losmedewerkers", False),
        ("operators snij-, pons- en persmachines", False),
        ("koks (overige keukens)", False),
        ("mensen in de functie “Accountants and Auditors”", False),
        ("managers klantenservice", False),
    ],
)
def test_a_title_with_en_or_a_comma_reads_as_a_list(title: str, is_list: bool) -> None:
    """ "en", "of" or a comma of the title's own, outside brackets, quotes and compounds."""
    assert is_list == rules("nl").reads_as_list(title)


def test_a_list_title_is_not_joined_to_the_other_by_en(seeds: dict[str, Role]) -> None:
    """No "tussen managers klantenservice en operations en managers contactcenter"."""
    comparison = compare(
        seeds["customer-service-operations-manager"], seeds["contact-center-manager"]
    )
    page = _one_line(render(comparison, "nl_NL", "text"))
    assert (
        "Managers klantenservice en operations verschillen op een paar punten van managers "
        "contactcenter." in page
    )
    assert "Managers klantenservice en operations worden anders betaald dan managers" in page
    assert "en operations en managers contactcenter" not in page


def test_a_compound_with_en_is_joined_as_usual() -> None:
    """ "laad- en losmedewerkers" is one word: "tussen laad- en losmedewerkers en inpakkers"."""
    page = _bls_page("53-7062", "53-7064")
    assert "Er zijn een paar verschillen tussen laad- en losmedewerkers en inpakkers." in page


def test_the_education_lead_in_compares_without_joining(seeds: dict[str, Role]) -> None:
    """ "De opleidingsachtergrond van X verschilt op een paar punten van die van Y:"."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    page = _one_line(render(comparison, "nl_NL", "text"))
    assert (
        "De opleidingsachtergrond van managers klantenservice verschilt op een paar punten van "
        "die van supervisors klantenzorg:" in page
    )
    assert "Wat de opleiding betreft" not in page


def test_the_source_sheet_says_editie() -> None:
    """A release is an "editie" on the role sheet too, as in the page's source line."""
    context = resolve("nl_NL")
    assert context.pgettext("role sheet", "Release") == "Editie"


# ---------------------------------------------------------------------------- Flemish


def test_flemish_pages_use_flemish_words(seeds: dict[str, Role]) -> None:
    """nl_BE: "Jaarloon", "Loonvork", "Aantal jobs", "Jobgroei", "Loon:"; nl_NL keeps its own."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    flemish = _one_line(render(comparison, "nl_BE", "markdown"))
    dutch = _one_line(render(comparison, "nl_NL", "markdown"))
    for word in ("Jaarloon | US$", "Loonvork | US$", "Aantal jobs", "Jobgroei", "Loon: manager"):
        assert word in flemish
        assert word not in dutch
    for word in ("Jaarsalaris", "Salarisbandbreedte", "Aantal banen", "Banengroei", "lhbt"):
        assert word in dutch
        assert word not in flemish
    assert "| Aandeel holebi's en transgenders |" in flemish


def test_flemish_falls_back_to_dutch_for_every_other_message(seeds: dict[str, Role]) -> None:
    """The sentences nl_BE does not write otherwise are the Dutch ones."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    text = _one_line(summarize(comparison, "nl_BE"))
    assert text.startswith(
        "Er zijn een paar verschillen tussen managers klantendienst en supervisors klantenzorg. "
        "Elke functie brengt eigen taken en verantwoordelijkheden met zich mee."
    )
    assert "4 tot 6 jaar" in text


def test_flemish_seed_titles_and_texts(seeds: dict[str, Role]) -> None:
    """ "manager klantendienst" and its texts in Flanders; "manager klantenservice" elsewhere."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-service-leader"])
    flemish = render(comparison, "nl_BE", "text").splitlines()
    assert flemish[0] == "Manager klantendienst vs. teamleider klantendienst"
    assert "Wat doet een manager klantendienst?" in flemish
    assert any(line.startswith("Leidt een klantendienst:") for line in flemish)
    assert "  • Loonadministratie, 6%" in flemish
    assert any("retours, ruilingen en vragen over prijzen af die kassiers" in x for x in flemish)
    dutch = render(comparison, "nl_NL", "text").splitlines()
    assert dutch[0] == "Manager klantenservice vs. teamleider klantenservice"
    assert any(
        "retouren, ruilingen en vragen over prijzen af die kassamedewerkers" in x for x in dutch
    )
    assert "klantendienst" not in "\n".join(dutch)


@pytest.mark.parametrize(
    ("soc", "dutch", "flemish"),
    [
        ("43-4051", "klantenservicemedewerker", "medewerker klantendienst"),
        ("41-2011", "kassamedewerker", "kassier"),
        ("25-2021", "leerkracht basisonderwijs", "leerkracht lager onderwijs"),
        ("29-1161", "verloskundige", "vroedvrouw"),
        ("51-3021", "slager", "beenhouwer"),
        ("19-3051", "planoloog", "ruimtelijk planner"),
        ("29-1123", "fysiotherapeut", "kinesitherapeut"),
        ("43-4171", "receptionist", "onthaalmedewerker"),
        ("11-9131", "hoofd postkantoor", "hoofd postkantoor"),
        (
            "25-2051",
            "leerkracht speciaal onderwijs (voorschool)",
            "leerkracht buitengewoon kleuteronderwijs",
        ),
        ("53-6031", "tankstationmedewerker", "pompbediende"),
        ("29-1214", "SEH-arts", "urgentiearts"),
        (
            "25-2023",
            "docent beroepsgerichte vakken onderbouw",
            "leerkracht beroepsgerichte vakken eerste graad",
        ),
        ("33-3052", "agent spoorweg- en ov-politie", "agent spoorweg- en vervoerspolitie"),
    ],
)
def test_flemish_bls_titles_where_flanders_says_otherwise(
    soc: str, dutch: str, flemish: str
) -> None:
    """The data's nl_BE title where it differs, else the Dutch one, with its article."""
    role = load_dataset("bls-oews-2025").find(soc)
    own, regional = role.localized_title("nl"), role.localized_title("nl_BE")
    assert own is not None
    assert regional is not None
    assert (own.singular, regional.singular) == (dutch, flemish)
    page = _bls_page(soc, "11-9111", "nl_BE")
    assert page.startswith(rules("nl_BE").sentence(flemish) + " vs. ")
    if flemish != dutch:
        assert dutch not in page


def test_flemish_industry_names_and_the_shared_ones() -> None:
    """nl_BE/terms.json holds what Flanders names otherwise; the rest is nl's glossary."""
    flemish, dutch = rules("nl_BE"), rules("nl")
    name = "Professional, Scientific, and Technical Services"
    assert flemish.term("industry", name) == (
        "Vrije beroepen en wetenschappelijke en technische diensten"
    )
    assert dutch.term("industry", name, "NL").startswith("Specialistische zakelijke")
    assert flemish.term("industry", "Retail Trade") == dutch.term("industry", "Retail Trade")
    assert flemish.term("state", "California") == "Californië"


@pytest.mark.parametrize("language", ["nl", "nl_BE"])
def test_every_bls_title_has_its_article_in_the_data(language: str) -> None:
    """All 830 titles (lists, "(overige …)", slashes, "het" words) carry "de" or "het", and
    the definite form is that article before the title."""
    dutch = rules("nl")
    articles = set()
    for role in load_dataset("bls-oews-2025").roles:
        title = role.localized_title(language)
        assert title is not None
        article = title.form("article")
        assert article in {"de", "het"}, role.soc_code
        articles.add(article)
        forms = dutch.forms(
            Title(title.singular, title.plural, translated=True, forms=dict(title.forms))
        )
        assert forms["definite"] == f"{article} {title.singular}"
    assert articles == {"de", "het"}


@pytest.mark.parametrize(
    ("locale", "agent"),
    [("nl_NL", "klantenservicemedewerker"), ("nl_BE", "medewerker klantendienst")],
)
def test_roles_paid_only_by_the_hour_have_their_wage_said(locale: str, agent: str) -> None:
    """An hourly wage alone, two compared, two equal: "per uur", never against "per jaar"."""
    texts = summaries(locale)
    actor, dancer = wage(ACTOR, locale), wage(DANCER, locale)
    yearly = salary(AGENT, locale)
    expected = {
        "alone": f"Een {agent} verdient gemiddeld {yearly} per jaar. "
        f"Een acteur verdient gemiddeld {actor} per uur.",
        "alone_additionally": f"Daarnaast verdient een acteur gemiddeld {actor} per uur. "
        f"Een {agent} verdient gemiddeld {yearly} per jaar.",
        "higher": f"Een acteur verdient gemiddeld {actor} per uur; dat is meer dan de {dancer} "
        "die een danser gemiddeld per uur verdient.",
        "higher_additionally": f"Daarnaast verdient een acteur gemiddeld {actor} per uur; dat is "
        f"meer dan de {dancer} die een danser gemiddeld per uur verdient.",
        "same": f"Een acteur verdient gemiddeld {actor} per uur, evenveel als een danser.",
        "same_additionally": f"Daarnaast verdient een acteur gemiddeld {actor} per uur, evenveel "
        "als een danser.",
    }
    assert expected == {key: text[-len(expected[key]) :] for key, text in texts.items()}


# ---------------------------------------------------------------------- charts and spans


def _chart_descriptions(a: Role, b: Role, locale: str) -> str:
    """The text of every chart description (``<desc>``) of the pair's HTML page."""
    page = unescape(str(render(compare(a, b), locale, "html")))
    return " ".join(re.findall(r"<desc[^>]*>(.*?)</desc>", page, flags=re.DOTALL))


@pytest.mark.parametrize(
    ("locale", "ranges"), [("nl_NL", "De bandbreedtes"), ("nl_BE", "De loonvorken")]
)
def test_the_chart_says_the_ranges_overlap_between_two_amounts(
    locale: str, ranges: str, seeds: dict[str, Role]
) -> None:
    """The salary chart: "overlappen tussen X en Y", not the calque "overlappen van X tot Y"."""
    text = _chart_descriptions(
        seeds["customer-service-manager"], seeds["customer-care-supervisor"], locale
    )
    low, high = (money(amount, "USD", locale, whole=True) for amount in ("35000", "59000"))
    assert f"{ranges} overlappen tussen {low} en {high}." in text
    assert "overlappen van" not in text


@pytest.mark.parametrize(
    ("locale", "range_name", "other"),
    [("nl_NL", "salarisbandbreedte", "loonvork"), ("nl_BE", "loonvork", "salarisbandbreedte")],
)
def test_the_chart_names_a_percentile_range_as_the_range_it_is(
    locale: str, range_name: str, other: str, seeds: dict[str, Role]
) -> None:
    """A BLS range is the range with its percentiles in brackets (nl_BE "loonvork"), never
    "10e tot 90e percentiel X tot Y"; a seed range is the plain range, in Flemish too."""
    agent = load_dataset("bls-oews-2025").find("43-4051")
    text = _chart_descriptions(seeds["customer-service-manager"], agent, locale)
    seed_low = money("35000", "USD", locale, whole=True)
    bls_low = money("31750", "USD", locale, whole=True)
    assert f": {range_name} {seed_low} tot " in text
    assert f": {range_name} (10e–90e percentiel) {bls_low} tot " in text
    assert "percentiel US" not in text
    assert other not in text


@pytest.mark.parametrize("locale", ["nl_NL", "nl_BE"])
def test_a_time_to_become_from_zero_is_at_most_that_many_years(
    locale: str, seeds: dict[str, Role]
) -> None:
    """0-3 years reads "hooguit 3 jaar", as 0-1 reads "hooguit een jaar"; never the
    ambiguous "duurt het tot 3 jaar"."""
    manager, supervisor = seeds["customer-service-manager"], seeds["customer-care-supervisor"]
    a = attrs.evolve(manager, career=Career(time_to_become=YearRange(0, 1)))
    b = attrs.evolve(supervisor, career=Career(time_to_become=YearRange(0, 3)))
    text = _one_line(summarize(compare(a, b), locale))
    assert "duurt het hooguit een jaar voordat je aan de slag kunt als manager klant" in text
    assert "en hooguit 3 jaar voordat je aan de slag kunt als supervisor klantenzorg" in text
    assert " tot 3 jaar" not in text


def test_the_flemish_team_leader_fills_the_rekken(seeds: dict[str, Role]) -> None:
    """nl_BE's customer service leader keeps the "rekken" filled; nl_NL's the "schappen"."""
    comparison = compare(seeds["customer-service-leader"], seeds["customer-service-manager"])
    flemish = _one_line(render(comparison, "nl_BE", "text"))
    dutch = _one_line(render(comparison, "nl_NL", "text"))
    assert "de rekken gevuld zijn" in flemish
    assert "Houdt tijdens de dienst de rekken aangevuld" in flemish
    assert "schappen" not in flemish
    assert "de schappen gevuld zijn" in dutch


@pytest.mark.parametrize(("locale", "word"), [("nl_NL", "van"), ("nl_BE", "op")])
def test_a_score_on_its_scale_reads_as_the_region_says(
    locale: str, word: str, seeds: dict[str, Role]
) -> None:
    """Job satisfaction: "5 van 5" in the Netherlands, "5 op 5" in Flanders ("8 op 10")."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    context = resolve(locale)
    career = seeds["customer-service-manager"].career
    assert career is not None
    assert career.satisfaction is not None
    score = context.number(career.satisfaction)
    lines = str(render(comparison, locale, "text")).splitlines()
    row = next(line for line in lines if line.startswith("Werktevredenheid"))
    assert f" {score} {word} {context.number(5)} " in f"{row} "
