"""Italian: articles and contractions of titles, "ed", plural categories and whole pages."""

from __future__ import annotations

import io
import json
import pathlib

import attrs
import pytest
from babel import Locale
from babel.numbers import format_decimal
from babel.support import Translations

import careerdata as cd
from careerdata.cli import main
from careerdata.datasets import load_dataset
from careerdata.model import Role, YearRange
from careerdata.text._blocks import Heading
from careerdata.text._figures import role_figures
from careerdata.text._locale import resolve
from careerdata.text.languages import DOMAIN, LANGUAGES_DIR, Title, rules
from careerdata.text.languages.it import definite_article, indefinite_article, of_article
from careerdata.text.page import page_blocks
from cldr import money
from hourly_pay import ACTOR, AGENT, DANCER, salary, summaries, wage

ITALIAN = rules("it")


def _title(singular: str, plural: str, gender: str | None = None, **forms: str) -> Title:
    return Title(singular, plural, translated=True, gender=gender, forms=forms)


def _bls(slug: str) -> Role:
    return load_dataset("bls-oews-2025")[slug]


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


# ---------------------------------------------------------------------------- title forms


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            _title("tecnico", "tecnici", "masculine", article="il", plural_article="i"),
            ("il tecnico", "un tecnico", "del tecnico", "i tecnici", "dei tecnici"),
        ),
        (
            _title("stiratore", "stiratori", "masculine", article="lo", plural_article="gli"),
            (
                "lo stiratore",
                "uno stiratore",
                "dello stiratore",
                "gli stiratori",
                "degli stiratori",
            ),
        ),
        (
            _title("addetto", "addetti", "masculine", article="l’", plural_article="gli"),
            ("l’addetto", "un addetto", "dell’addetto", "gli addetti", "degli addetti"),
        ),
        (
            _title("guardia giurata", "guardie giurate", "feminine", article="la"),
            (
                "la guardia giurata",
                "una guardia giurata",
                "della guardia giurata",
                "le guardie giurate",
                "delle guardie giurate",
            ),
        ),
        (
            _title("ostetrica", "ostetriche", "feminine", article="l’", plural_article="le"),
            ("l’ostetrica", "un’ostetrica", "dell’ostetrica", "le ostetriche", "delle ostetriche"),
        ),
    ],
)
def test_a_translated_title_takes_the_data_s_article_and_its_contractions(
    title: Title, expected: tuple[str, ...]
) -> None:
    forms = ITALIAN.forms(title)
    got = tuple(
        forms[key]
        for key in ("definite", "indefinite", "of_definite", "plural_definite", "plural_possessive")
    )
    assert got == expected
    assert (forms[""], forms["name"], forms["plural"]) == (title.singular,) * 2 + (title.plural,)
    assert forms["of_plural_definite"] == forms["plural_possessive"]


def test_every_form_the_rules_promise_is_given_and_no_other() -> None:
    wanted = {*ITALIAN.BASE_FORMS, *ITALIAN.extra_forms}
    assert set(ITALIAN.forms(_title("tecnico", "tecnici"))) == wanted
    assert set(ITALIAN.forms(Title("Billing Clerk", "Billing Clerks"))) == wanted


@pytest.mark.parametrize(
    ("word", "gender", "singular", "plural"),
    [
        ("tecnico", None, "il", "i"),
        ("stiratore", "masculine", "lo", "gli"),
        ("zoologo", "masculine", "lo", "gli"),
        ("psichiatra", "masculine", "lo", "gli"),
        ("gnomista", "masculine", "lo", "gli"),
        ("ingegnere", "masculine", "l’", "gli"),
        ("hostess", "feminine", "l’", "le"),
        ("infermiera", "feminine", "l’", "le"),
        ("guida", "feminine", "la", "le"),
    ],
)
def test_without_an_article_in_the_data_the_title_s_sound_and_gender_choose_it(
    word: str, gender: str | None, singular: str, plural: str
) -> None:
    assert definite_article(word, gender) == singular
    assert definite_article(word, gender, plural=True) == plural


def test_a_title_without_its_articles_gets_them_from_its_sound() -> None:
    forms = ITALIAN.forms(_title("stiratore", "stiratori", "masculine"))
    assert (forms["indefinite"], forms["of_definite"], forms["plural_possessive"]) == (
        "uno stiratore",
        "dello stiratore",
        "degli stiratori",
    )


def test_a_straight_apostrophe_in_the_data_is_read_as_the_italian_one() -> None:
    forms = ITALIAN.forms(_title("addetto", "addetti", "masculine", article="l'"))
    assert forms["of_definite"] == "dell’addetto"
    assert (indefinite_article("l'", "feminine"), of_article("l'")) == ("un’", "dell’")


def test_an_english_title_is_named_through_a_phrase_that_never_takes_an_article() -> None:
    forms = ITALIAN.forms(Title("Billing Clerk", "Billing Clerks"))
    assert forms["definite"] == "chi lavora come “Billing Clerk”"
    assert forms["indefinite"] == forms["plural_definite"] == forms["definite"]
    assert forms["of_definite"] == "di chi lavora come “Billing Clerk”"
    assert (forms[""], forms["name"]) == ("“Billing Clerk”", "Billing Clerk")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("economista", "ed economista"), ("attore", "e attore"), ("Executive", "ed Executive")],
)
def test_and_is_ed_before_the_same_vowel_only(word: str, expected: str) -> None:
    assert ITALIAN.forms(_title(word, word))["and_name"] == expected
    assert ITALIAN.forms(Title(word))["and_name"] == expected


def test_lists_write_ed_before_a_last_item_starting_with_e() -> None:
    context = resolve("it_IT")
    assert context.join(["ascolto", "empatia"]) == "ascolto ed empatia"
    assert context.join(["ascolto", "analisi", "empatia"]) == "ascolto, analisi ed empatia"
    assert context.join(["empatia", "ascolto"]) == "empatia e ascolto"


# ---------------------------------------------------------------------------- plural forms

_YEARS = {"one": "un anno", "many": "%(count)s di anni", "other": "%(count)s anni"}


@pytest.mark.parametrize("count", [1, 2, 5, 21, 1000, 1000000, 2000000])
def test_years_take_the_form_of_cldr_s_plural_category(count: int) -> None:
    catalog = Translations.load(LANGUAGES_DIR, ["it"], DOMAIN)
    category = Locale.parse("it").plural_form(count)
    got = catalog.ngettext("%(count)s year", "%(count)s years", count)
    assert got == _YEARS[category]


# ---------------------------------------------------------------------------- pages


def test_a_bls_page_contracts_di_with_each_article_and_puts_the_higher_pay_first() -> None:
    page = cd.render(
        cd.compare(_bls("presser-textile-garment-and-related-materials"), _bls("chief-executive")),
        "it_IT",
        "text",
    )
    assert page.startswith("Stiratore e amministratore delegato a confronto\n")
    prose = " ".join(page.split())
    assert "Le differenze tra lo stiratore e l’amministratore delegato si colgono" in prose
    assert (
        "Lo stipendio medio dell’amministratore delegato è di 269.630 USD, superiore a "
        "quello dello stiratore, pari a 34.640 USD." in prose
    )


def test_feminine_titles_take_la_and_elide_before_a_vowel() -> None:
    page = cd.render(cd.compare(_bls("security-guard"), _bls("nurse-midwife")), "it_IT", "text")
    prose = " ".join(page.split())
    assert "Le differenze tra la guardia giurata e l’ostetrica" in prose
    assert "Lo stipendio medio dell’ostetrica" in prose
    assert "superiore a quello della guardia giurata" in prose


def test_headings_write_ed_before_a_title_starting_with_e() -> None:
    page = cd.render(cd.compare(_bls("actor"), _bls("economist")), "it_IT", "markdown")
    assert page.startswith("# Attore ed economista a confronto\n")
    assert "## Panoramica: attore ed economista\n" in page


def test_seed_pages_use_the_italian_texts_and_skills() -> None:
    roles = load_dataset("customer-service")
    page = cd.render(
        cd.compare(roles["customer-care-supervisor"], roles["customer-service-manager"]),
        "it_IT",
        "text",
    )
    prose = " ".join(page.split())
    assert "Di cosa si occupa un supervisore assistenza clienti?" in prose
    assert "Per il supervisore assistenza clienti contano soprattutto tre competenze: " in prose
    assert "Alcune mansioni tipiche del responsabile servizio clienti:" in prose
    assert "Laurea triennale" in prose
    assert "Bachelor" not in prose


def test_a_role_without_an_italian_title_is_named_with_its_english_title_in_quotes() -> None:
    roles = load_dataset("customer-service")

    def english(role: Role) -> Role:
        return attrs.evolve(
            role,
            titles=tuple(t for t in role.titles if t.language != "it"),
            translations=tuple(t for t in role.translations if t.language != "it"),
        )

    a, b = english(roles["customer-care-supervisor"]), english(roles["customer-service-manager"])
    prose = " ".join(cd.render(cd.compare(a, b), "it_IT", "text").split())
    assert (
        "Le differenze tra chi lavora come “Customer Care Supervisor” e chi lavora come "
        "“Customer Service Manager” si colgono in alcuni dettagli." in prose
    )
    assert "il percorso per diventare sia “Customer Care Supervisor” sia " in prose


def test_swiss_italian_pages_take_their_figures_from_cldr() -> None:
    role = _bls("psychiatrist")
    page = cd.render(cd.compare(role, _bls("tour-and-travel-guide")), "it_CH", "text")
    yearly = role.pay.yearly if role.pay is not None else None
    assert yearly is not None
    swiss, italian = (format_decimal(yearly.amount, locale=tag) for tag in ("it_CH", "it_IT"))
    assert swiss != italian  # CLDR groups the digits differently in Switzerland
    prose = " ".join(page.split())
    assert swiss in prose
    assert italian not in prose


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
@pytest.mark.parametrize(
    ("a", "b", "dataset", "heading"),
    [
        (
            "customer-care-supervisor",
            "contact-center-manager",
            "customer-service",
            "Supervisore assistenza clienti e responsabile contact center a confronto",
        ),
        (
            "11-1011",
            "19-3011",
            "bls-oews-2025",
            "Amministratore delegato ed economista a confronto",
        ),
    ],
)
def test_the_cli_writes_the_italian_page_in_every_format(
    a: str, b: str, dataset: str, heading: str, fmt: str
) -> None:
    status, out = _run("compare", a, b, "--dataset", dataset, "--locale", "it_IT", "--format", fmt)
    assert status == 0
    if fmt == "json":
        record = json.loads(out)
        assert {"a", "b"} <= set(record)
        return
    assert heading in out
    duties = "Ciascuno dei due ruoli ha mansioni e responsabilità proprie."
    # Said only where the page shows duties: the seed roles have them, BLS occupations not.
    assert (duties in " ".join(out.split())) == (dataset == "customer-service")
    if fmt == "html":
        assert 'lang="it-IT"' in out.split(">", 1)[0]


def test_seed_pages_name_the_seed_roles_industries_in_italian() -> None:
    """The seed data's own industry names ("Transportation", "Finance") are in the glossary."""
    roles = load_dataset("customer-service")
    page = cd.render(
        cd.compare(roles["customer-care-manager"], roles["customer-service-operations-manager"]),
        "it_IT",
        "text",
    )
    for english in ("Transportation", "Telecommunication", "Finance", "Manufacturing"):
        assert english not in page
    assert "Telecomunicazioni" in page
    assert "Finanza" in page


# ---------------------------------------------------------------------------- titles that are lists


@pytest.mark.parametrize(
    ("singular", "article", "expected"),
    [
        ("tecnico", "il", "dal tecnico"),
        ("stiratore", "lo", "dallo stiratore"),
        ("chef", "lo", "dallo chef"),
        ("addetto", "l’", "dall’addetto"),
        ("addetto", "l'", "dall’addetto"),
    ],
)
def test_da_contracts_with_the_article_the_data_gives(
    singular: str, article: str, expected: str
) -> None:
    """The preposition da and the article are one word ("dal", "dallo"), as with di."""
    forms = ITALIAN.forms(_title(singular, singular, "masculine", article=article))
    assert forms["from_definite"] == expected


def test_da_before_a_feminine_or_an_english_title() -> None:
    """A feminine title takes "dalla"; an English one "da chi lavora come"."""
    assert ITALIAN.forms(_title("guida", "guide", "feminine"))["from_definite"] == "dalla guida"
    assert ITALIAN.forms(_title("ostetrica", "ostetriche", "feminine"))["from_definite"] == (
        "dall’ostetrica"
    )
    assert ITALIAN.forms(Title("Billing Clerk"))["from_definite"] == (
        "da chi lavora come “Billing Clerk”"
    )


@pytest.mark.parametrize(
    ("plural", "expected"),
    [
        ("direttori generali e operativi", True),
        ("responsabili trasporti, magazzino e distribuzione", True),
        ("disegnatori elettrici ed elettronici", True),
        ("contabili e revisori dei conti", True),
        ("sviluppatori software", False),
        ("guide turistiche", False),
        ("posatori (esclusi moquette e parquet)", False),
        ("“Accountants and Auditors”", False),
    ],
)
def test_a_title_reads_as_a_list_when_it_joins_words_with_e_or_a_comma(
    plural: str, expected: bool
) -> None:
    """The words e, ed or a comma make a list; brackets and an English title do not."""
    assert ITALIAN.reads_as_list(plural) is expected


def test_a_title_with_e_is_not_joined_to_the_other_by_one_more_e() -> None:
    """Joining a title that holds "e" by one more "e" is ambiguous: the page avoids it."""
    page = cd.render(
        cd.compare(_bls("general-and-operations-manager"), _bls("economist")), "it_IT", "text"
    )
    prose = " ".join(page.split())
    assert (
        "Il direttore generale e operativo si distingue dall’economista per alcuni dettagli."
        in (prose)
    )
    assert (
        "I livelli retributivi del direttore generale e operativo sono diversi da quelli "
        "dell’economista, come si vede qui sotto." in prose
    )
    assert "direttore generale e operativo e l’economista" not in prose


def test_a_feminine_title_with_e_is_named_after_da_with_its_article() -> None:
    """The list sentence contracts "da" with "la" ("dalla guardia venatoria e ittica")."""
    page = cd.render(
        cd.compare(_bls("tour-and-travel-guide"), _bls("fish-and-game-warden")), "it_IT", "text"
    )
    prose = " ".join(page.split())
    assert (
        "La guida turistica si distingue dalla guardia venatoria e ittica per alcuni dettagli."
        in prose
    )
    assert "I livelli retributivi della guida turistica sono diversi da quelli della guardia" in (
        prose
    )


def test_two_titles_that_are_not_lists_keep_the_sentence_joining_them() -> None:
    """Without a list in either title, the page says "Le differenze tra … e …"."""
    page = cd.render(
        cd.compare(_bls("software-developer"), _bls("registered-nurse")), "it_IT", "text"
    )
    prose = " ".join(page.split())
    assert "Le differenze tra lo sviluppatore software e l’infermiere si colgono" in prose
    assert "Lo sviluppatore software e l’infermiere hanno livelli retributivi diversi" in prose


def test_the_summary_uses_the_list_sentence_too() -> None:
    """:func:`careerdata.summarize` chooses the same sentence as the page."""
    text = cd.summarize(
        cd.compare(_bls("accountant-or-auditor"), _bls("urban-and-regional-planner")), "it_IT"
    )
    assert text.startswith(
        "Il contabile o revisore dei conti si distingue dall’urbanista per alcuni dettagli."
    )


# ---------------------------------------------------------------------------- seed titles, industries


def test_the_seed_operations_manager_has_an_italian_title() -> None:
    """The seed Customer Service Operations Manager is "responsabile operativo servizio clienti"."""
    roles = load_dataset("customer-service")
    page = cd.render(
        cd.compare(roles["customer-service-leader"], roles["customer-service-operations-manager"]),
        "it_IT",
        "text",
    )
    prose = " ".join(page.split())
    assert (
        "Le differenze tra il team leader servizio clienti e il responsabile operativo servizio "
        "clienti si colgono in alcuni dettagli." in prose
    )
    assert "operations" not in prose


def test_the_seed_team_leader_is_described_as_a_caposquadra_in_one_word() -> None:
    """Italian writes "caposquadra" as one word, as the BLS titles do."""
    roles = load_dataset("customer-service")
    page = cd.render(
        cd.compare(roles["customer-service-leader"], roles["customer-care-manager"]), "it_IT"
    )
    prose = " ".join(page.split())
    assert "È un caposquadra operativo in un punto vendita" in prose
    assert "capo squadra" not in prose


def test_the_role_sheet_names_a_release_edizione_as_the_page_source_does(
    tmp_path: pathlib.Path,
) -> None:
    """`careerdata show` says "Edizione", as the page's source line says "edizione"."""
    role = load_dataset("customer-service")["customer-care-supervisor"]
    assert role.source is not None
    role = attrs.evolve(role, source=attrs.evolve(role.source, release="2025"))
    path = tmp_path / "roles.json"
    cd.dump_roles([role], path)
    status, out = _run("show", role.slug, "--dataset", str(path), "--locale", "it_IT")
    assert status == 0
    assert "  Edizione: 2025" in out.splitlines()
    assert "Versione" not in out


def test_industry_names_need_no_brackets_of_their_own_before_the_pay() -> None:
    """An industry with its pay reads "Estrazione di minerali, petrolio e gas (…)", not ") ("."""
    page = cd.render(
        cd.compare(_bls("accountant-or-auditor"), _bls("police-and-sheriff-s-patrol-officer")),
        "it_IT",
        "markdown",
    )
    mining, other = (money(amount, "USD", "it_IT", whole=True) for amount in ("114020", "96290"))
    assert f"Estrazione di minerali, petrolio e gas ({mining})" in page
    assert f"Altri servizi, esclusa la pubblica amministrazione ({other})" in page
    assert ") (" not in page
    assert "a esclusione di" not in page


def test_a_time_to_become_of_exactly_one_year_reads_un_anno() -> None:
    """One year is "un anno", as Italian says it, not "1 anno"."""
    roles = load_dataset("customer-service")
    a, b = roles["customer-care-supervisor"], roles["customer-service-manager"]
    assert a.career is not None
    one_year = attrs.evolve(a, career=attrs.evolve(a.career, time_to_become=YearRange(1, 1)))
    prose = " ".join(cd.summarize(cd.compare(one_year, b), locale="it_IT").split())
    assert "per diventare supervisore assistenza clienti richiede un anno," in prose
    assert "1 anno" not in prose


def test_the_pay_section_is_headed_retribuzione_as_it_also_holds_hourly_pay() -> None:
    """Actors and dancers have hourly pay only: the section is "Retribuzione", not "Stipendio"."""
    page = cd.render(cd.compare(_bls("actor"), _bls("dancer")), "it_IT", "markdown")
    assert "\n## Retribuzione: attore e ballerino a confronto\n" in page
    assert "## Stipendio" not in page


def test_the_pay_chart_names_the_percentile_span_a_fascia_retributiva() -> None:
    """The chart's description calls the 10th to 90th percentile span a "fascia retributiva"."""
    role = _bls("cardiologist")
    pay = role.pay
    assert pay is not None
    assert pay.yearly_percentiles is not None
    low, high = (
        money(str(amount.amount), "USD", "it_IT", whole=True)
        for amount in (pay.yearly_percentiles.p10, pay.yearly_percentiles.p90)
    )
    page = cd.render(cd.compare(role, _bls("orthodontist")), "it_IT", "html")
    expected = f"Cardiologo: fascia retributiva (10°–90° percentile) da {low} a {high}, mediana"
    assert expected in page


def test_the_seed_team_leader_works_on_a_store_or_customer_facing_floor() -> None:
    """A "store or service floor" is not an "area di servizio" (a motorway service area)."""
    role = load_dataset("customer-service")["customer-service-leader"]
    (italian,) = (t for t in role.translations if t.language == "it")
    assert italian.description is not None
    assert "in un reparto a contatto con il pubblico" in italian.description
    assert "area di servizio" not in italian.description


def test_roles_paid_only_by_the_hour_have_their_wage_said() -> None:
    """An hourly wage alone, two compared, two equal: "retribuzione oraria", never a salary."""
    texts = summaries("it_IT")
    actor, dancer = wage(ACTOR, "it_IT"), wage(DANCER, "it_IT")
    yearly = salary(AGENT, "it_IT")
    expected = {
        "alone": f"Lo stipendio medio dell’addetto al servizio clienti è di {yearly}. "
        f"La retribuzione oraria media dell’attore è di {actor}.",
        "alone_additionally": f"Inoltre, la retribuzione oraria media dell’attore è di {actor}. "
        f"Lo stipendio medio dell’addetto al servizio clienti è di {yearly}.",
        "higher": f"La retribuzione oraria media dell’attore è di {actor}, superiore a quella del "
        f"ballerino, pari a {dancer}.",
        "higher_additionally": f"Inoltre, la retribuzione oraria media dell’attore è di {actor}, "
        f"superiore a quella del ballerino, pari a {dancer}.",
        "same": f"La retribuzione oraria media dell’attore è di {actor}, pari a quella del "
        "ballerino.",
        "same_additionally": f"Inoltre, la retribuzione oraria media dell’attore è di {actor}, "
        "pari a quella del ballerino.",
    }
    assert expected == {key: text[-len(expected[key]) :] for key, text in texts.items()}


# ---------------------------------------------------------------------------- headings of list titles


def _headings(a: Role, b: Role, locale: str) -> list[str]:
    """The page's title and every heading naming both roles, as the page writes them."""
    context = resolve(locale)
    blocks = page_blocks(cd.compare(a, b), context, None)
    return [block.text for block in blocks if isinstance(block, Heading) and block.role is None]


def _between(heading: str, a: str, b: str) -> str:
    """What stands between the two titles in ``heading`` (either may start it, capitalised)."""
    folded = heading.casefold()
    start = folded.index(a.casefold()) + len(a)
    return heading[start : folded.index(b.casefold(), start)]


@pytest.mark.parametrize("locale", ["it_IT", "it_CH"])
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Both titles are lists in Italian ("direttore generale e operativo", "verniciatore e
        # decoratore"; "orafo o gioielliere", "scaffalista o magazziniere").
        ("general-and-operations-manager", "painting-coating-and-decorating-worker"),
        ("jeweler-or-precious-stone-and-metal-worker", "stocker-or-order-filler"),
        # One title is a list, the other not ("maschera").
        ("usher-lobby-attendant-or-ticket-taker", "general-and-operations-manager"),
    ],
)
def test_headings_never_join_titles_that_are_lists_with_one_more_e(
    a: str, b: str, locale: str
) -> None:
    """The page title and every section heading name the two titles with words that do not
    read as a list ("… a confronto con …"), so "direttore generale e operativo e verniciatore
    e decoratore" is never written; every title is named whole, in the order of the page."""
    first, second = _bls(a), _bls(b)
    forms = [_forms(role, locale) for role in (first, second)]
    names = [found["name"] for found in forms]
    assert any(ITALIAN.reads_as_list(found["plural"]) for found in forms)
    headings = _headings(first, second, locale)
    assert len(headings) >= 3  # title, overview, salary (BLS roles have no duties or skills)
    for heading in headings:
        between = _between(heading, *names)
        assert between.strip()
        assert not ITALIAN.reads_as_list(between), heading
    page_title = cd.text.page_title(cd.compare(first, second), locale)
    assert page_title == headings[0]
    assert not ITALIAN.reads_as_list(_between(page_title, *names))


def test_headings_of_two_titles_that_are_not_lists_still_join_them_with_e() -> None:
    """Only list titles change the headings: "Maschera e cuoco di ristorante a confronto"."""
    first, second = _bls("usher-lobby-attendant-or-ticket-taker"), _bls("restaurant-cook")
    forms = [_forms(role, "it_IT") for role in (first, second)]
    assert not any(ITALIAN.reads_as_list(found["plural"]) for found in forms)
    names = [found["name"] for found in forms]
    for heading in _headings(first, second, "it_IT"):
        assert _between(heading, *names).strip() == "e"


def _forms(role: Role, locale: str) -> dict[str, str]:
    """The forms of the role's title the page's messages use."""
    return dict(role_figures(role, resolve(locale)).names.forms)
