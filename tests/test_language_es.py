"""Spanish (es, for Spain and the Americas): the constructions its catalog, data and rules fix."""

from __future__ import annotations

import io
import json
import re
from typing import Literal

import attrs
import babel
import pytest

import careerdata as cd
from careerdata.cli import main
from careerdata.datasets import load_dataset
from careerdata.model import Role
from careerdata.model._facts import YearRange
from careerdata.text.languages import LANGUAGES_DIR, rules
from cldr import exact_percent, money
from hourly_pay import ACTOR, AGENT, DANCER, salary, summaries, wage

NBSP = "\N{NO-BREAK SPACE}"
SEED_SLUGS = (
    "customer-care-supervisor",
    "customer-service-manager",
    "customer-care-manager",
    "customer-service-leader",
    "customer-service-operations-manager",
    "contact-center-manager",
)
AMERICAS = ("es_MX", "es_AR", "es_US", "es_419")


def _seed(slug: str) -> Role:
    return load_dataset("customer-service")[slug]


def _bls(code: str) -> Role:
    return load_dataset("bls-oews-2025").find(code)


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


def _flat(text: str) -> str:
    """The text with every run of white space (no-break spaces too) as one space."""
    return re.sub(r"\s+", " ", text.replace(NBSP, " "))


def _page(
    a: Role, b: Role, locale: str, output: Literal["text", "markdown", "html"] = "text"
) -> str:
    return _flat(cd.render(cd.compare(a, b), locale, format=output))


# ---------------------------------------------------------------------------- seed texts


@pytest.mark.parametrize("locale", ["es_ES", *AMERICAS])
def test_seed_pages_use_no_word_only_spain_uses(locale: str) -> None:
    """The seed texts say "horario de turnos", "personal", "costes" nowhere: one Spanish for all."""
    text = " ".join(
        _page(_seed(a), _seed(b), locale)
        for a, b in zip(SEED_SLUGS, SEED_SLUGS[1:] + SEED_SLUGS[:1], strict=True)
    )
    for word in ("cuadrante", "plantilla", "TPV", "abonos", "costes", "escalad", "género"):
        assert word not in text
    assert "horario semanal de turnos" in text


def test_point_of_sale_skill_reads_as_spanish() -> None:
    """ "terminales de punto de venta", never "terminal punto de venta (TPV)"."""
    text = cd.summarize(
        cd.compare(_seed("customer-service-leader"), _seed("customer-care-manager")), "es_MX"
    )
    assert "destacan estas tres: terminales de punto de venta, trabajo en sala de ventas y" in (
        _flat(text)
    )


# ---------------------------------------------------------------------------- industries, states


@pytest.mark.parametrize(
    ("slug", "industry"),
    [
        ("customer-care-manager", "Telecomunicaciones"),
        ("customer-service-leader", "Transporte"),
        ("customer-service-operations-manager", "Finanzas"),
        ("customer-service-manager", "Industria manufacturera"),
    ],
)
def test_seed_industries_are_spanish_in_show(slug: str, industry: str) -> None:
    """The seed data's "Finance", "Transportation"... are named in Spanish by `show`."""
    status, out = _run("show", slug, "--locale", "es_ES")
    assert status == 0
    assert f"Sector que mejor paga: {industry}" in out


def test_telecommunication_is_spanish_on_a_page() -> None:
    """ "Telecommunication" (a seed industry) is "Telecomunicaciones" on a page."""
    status, out = _run("show", "customer-care-manager", "--locale", "es_AR")
    page = _page(_seed("customer-care-manager"), _seed("contact-center-manager"), "es_AR")
    assert status == 0
    assert "Telecommunication" not in out + page
    assert "| Sector que mejor paga | Telecomunicaciones |" in _page(
        _seed("customer-care-manager"), _seed("contact-center-manager"), "es_AR", "markdown"
    )
    assert rules("es").term("industry", "Telecommunication") == "Telecomunicaciones"


def test_every_industry_of_both_datasets_has_a_spanish_name() -> None:
    """No industry of the data is left in English in Spanish text."""
    glossary = json.loads((LANGUAGES_DIR / "es" / "terms.json").read_text(encoding="utf-8"))
    for name in ("customer-service", "bls-oews-2025"):
        for role in load_dataset(name).values():
            leaders = role.pay.leaders if role.pay is not None else None
            industry = leaders.industry if leaders is not None else None
            if industry is not None:
                assert glossary["industry"][industry.name] != industry.name


@pytest.mark.parametrize(
    ("kind", "english", "spanish"),
    [
        (
            "industry",
            "Mining, Quarrying, and Oil and Gas Extraction",
            "Minería, explotación de canteras y extracción de petróleo y gas",
        ),
        (
            "industry",
            "Accommodation and Food Services",
            "Alojamiento y servicios de comidas y bebidas",
        ),
        ("state", "Virgin Islands", "Islas Vírgenes de EE. UU."),
        ("state", "Hawaii", "Hawái"),
        ("state", "Pennsylvania", "Pensilvania"),
    ],
)
def test_glossary_names(kind: str, english: str, spanish: str) -> None:
    """Industries and states take the project's Spanish names."""
    assert rules("es").term(kind, english) == spanish


# ---------------------------------------------------------------------------- regional words


@pytest.mark.parametrize("locale", AMERICAS)
def test_the_americas_write_licenciatura_and_contador(locale: str) -> None:
    """A Bachelor's degree is a "licenciatura" and an accountant a "contador" in the Americas."""
    seed = _page(_seed("customer-care-supervisor"), _seed("customer-service-manager"), locale)
    assert "Licenciatura, 55" in seed
    assert "Grado universitario" not in seed
    bls = _page(_bls("13-2011"), _bls("19-3051"), locale, "markdown")
    assert "# Contador o auditor frente a urbanista" in bls
    assert "«contador o auditor»" in bls
    assert "contable" not in bls.lower()


def test_spain_writes_grado_contable_and_fontanero() -> None:
    """Spain keeps "Grado universitario" and "contable", and writes "fontanero" for "plomero"."""
    seed = _page(_seed("customer-care-supervisor"), _seed("customer-service-manager"), "es_ES")
    assert "Nivel de estudios más común Grado universitario, 55 %" in seed
    bls = _page(_bls("47-2152"), _bls("13-2011"), "es_ES")
    assert "«fontanero o instalador de tuberías» y de «contable o auditor»" in bls
    assert "plomero" not in bls


@pytest.mark.parametrize("locale", AMERICAS)
def test_the_americas_keep_plomero(locale: str) -> None:
    """ "plomero" is the Americas' own word and stays there; no rare "tubero" beside it."""
    text = cd.summarize(cd.compare(_bls("47-2152"), _bls("13-2011")), locale)
    assert "«plomero o instalador de tuberías»" in text
    assert "tubero" not in text


@pytest.mark.parametrize("locale", AMERICAS)
def test_the_americas_write_administracion_de_empresas(locale: str) -> None:
    """Spain's degree name "Administración y Dirección de Empresas" is "Administración de
    Empresas" in the Americas, on pages and in `show`."""
    page = _page(
        _seed("customer-care-supervisor"), _seed("customer-service-manager"), locale, "markdown"
    )
    status, out = _run("show", "customer-care-supervisor", "--locale", locale)
    assert status == 0
    assert "| Carrera más común | Administración de Empresas |" in page
    assert "Carrera más común: Administración de Empresas" in out
    assert "Dirección de Empresas" not in page + out


def test_spain_keeps_administracion_y_direccion_de_empresas() -> None:
    """Spain names the degree as its universities do."""
    page = _page(
        _seed("customer-care-supervisor"), _seed("customer-service-manager"), "es_ES", "markdown"
    )
    assert "| Carrera más común | Administración y Dirección de Empresas |" in page


def test_the_regional_rule_replaces_whole_phrases_only() -> None:
    """ "contable" as an adjective ("información contable") is not an accountant."""
    mexico = babel.Locale.parse("es_MX")
    assert rules("es").regional("información contable", mexico) == "información contable"
    assert rules("es").regional("Contables y auditores", mexico) == "Contadores y auditores"


def test_regional_words_reach_the_html_document() -> None:
    """The title and headings of an es_AR document say "Contador o auditor"."""
    html = cd.render(cd.compare(_bls("13-2011"), _bls("19-3051")), "es_AR", format="html")
    assert "Contador o auditor frente a urbanista o planificador regional" in html


# ---------------------------------------------------------------------------- catalog wording


def test_degree_row_is_the_level_of_studies() -> None:
    """The degree row reads "Nivel de estudios más común" (no Spain-only "Titulación")."""
    page = _page(_seed("customer-care-supervisor"), _seed("customer-service-manager"), "es_MX")
    assert "Nivel de estudios más común Licenciatura, 55%" in page
    assert "Titulación" not in page


def test_distribution_shares_stand_in_parentheses() -> None:
    """ "Mujeres (55,9 %), Hombres (44,1 %)": a decimal comma never reads as the list's comma."""
    page = _page(
        _seed("customer-care-supervisor"), _seed("customer-service-manager"), "es_ES", "markdown"
    )
    assert "Mujeres (55,9 %), Hombres (44,1 %)" in page
    assert "Hombres: 44,1 %" not in page


def test_show_lists_percentiles_after_their_amounts() -> None:
    """ "31.750 US$ (percentil 10); ..." with no second colon after the label."""
    status, out = _run("show", "43-4051", "--dataset", "bls-oews-2025", "--locale", "es_ES")
    assert status == 0
    line = next(line for line in out.splitlines() if "Percentiles del salario anual" in line)
    assert _flat(line).strip() == (
        "Percentiles del salario anual: 31.750 US$ (percentil 10), 36.870 US$ (percentil 25), "
        "44.770 US$ (mediana), 51.780 US$ (percentil 75), 63.590 US$ (percentil 90)"
    )


def test_chart_descriptions_have_one_colon_after_the_role() -> None:
    """ "Role: rango salarial de X a Y, media Z." and "del percentil 10 al 90, de X a Y"."""
    seed = cd.render(
        cd.compare(_seed("customer-service-manager"), _seed("contact-center-manager")),
        "es_MX",
        format="html",
    )
    assert _flat("Gerente de servicio al cliente: rango salarial de USD 35,000 a USD 105,000") in (
        _flat(seed)
    )
    assert "Peso de cada competencia" in seed
    bls = _flat(cd.render(cd.compare(_bls("13-2011"), _bls("19-3051")), "es_AR", format="html"))
    assert "del percentil 10 al 90, de US$56.020 a US$144.090, mediana US$83.680" in bls
    assert "90: de" not in bls


def test_zero_to_one_year_in_the_table_and_the_summary() -> None:
    """0-1 years is "hasta un año" in the summary and in the overview table."""
    a, b = _seed("customer-care-supervisor"), _seed("customer-service-manager")
    career = a.career
    assert career is not None
    quick = attrs.evolve(a, career=attrs.evolve(career, time_to_become=YearRange(0, 1)))
    text = _flat(cd.summarize(cd.compare(quick, b), "es_ES"))
    assert "se tarda hasta un año en llegar a ser «supervisor de atención al cliente»" in text
    assert "y de 4 a 6 años en llegar a ser «gerente de servicio al cliente»" in text


@pytest.mark.parametrize("locale", ["es_ES", "es_MX", "es_AR", "es_US"])
def test_currency_follows_cldr_spacing_in_each_region(locale: str) -> None:
    """CLDR's currency spacing: a no-break space after a letter symbol ("USD 61,487" in es_MX),
    none after one that ends in a sign ("US$61.487" in es_AR), as the installed CLDR gives it."""
    text = cd.summarize(
        cd.compare(_seed("customer-care-supervisor"), _seed("customer-service-manager")), locale
    )
    assert money("61487", "USD", locale, whole=True) in text


def test_race_categories_and_the_pay_lead_in_read_as_spanish() -> None:
    """ "Indígenas americanos y nativos de Alaska"; "como se muestra a continuación"."""
    page = _page(
        _seed("customer-care-supervisor"), _seed("customer-service-manager"), "es_AR", "markdown"
    )
    assert (
        f"Indígenas americanos y nativos de Alaska ({_flat(exact_percent(0.006, 'es_AR'))})" in page
    )
    assert "Indígenas de América" not in page
    assert "tienen escalas salariales distintas, como se muestra a continuación." in page


def test_roles_paid_only_by_the_hour_have_their_wage_said() -> None:
    """An hourly wage alone, two compared, two equal: "por hora", never against a salary."""
    texts = summaries("es_ES")
    actor, dancer = wage(ACTOR, "es_ES"), wage(DANCER, "es_ES")
    yearly = salary(AGENT, "es_ES")
    expected = {
        "alone": "El salario medio del puesto de «representante de servicio al cliente» es de "
        f"{yearly}. El salario medio por hora del puesto de «actor» es de {actor}.",
        "alone_additionally": "Además, el salario medio por hora del puesto de «actor» es de "
        f"{actor}. El salario medio del puesto de «representante de servicio al cliente» es de "
        f"{yearly}.",
        "higher": f"El salario medio por hora del puesto de «actor» es de {actor}, superior a los "
        f"{dancer} por hora del puesto de «bailarín».",
        "higher_additionally": "Además, el salario medio por hora del puesto de «actor» es de "
        f"{actor}, superior a los {dancer} por hora del puesto de «bailarín».",
        "same": f"El salario medio por hora del puesto de «actor» es de {actor}, el mismo que el "
        "del puesto de «bailarín».",
        "same_additionally": "Además, el salario medio por hora del puesto de «actor» es de "
        f"{actor}, el mismo que el del puesto de «bailarín».",
    }
    assert expected == {key: text[-len(expected[key]) :] for key, text in texts.items()}


# ---------------------------------------------------------------------------- review fixes


def test_industry_names_need_no_brackets_of_their_own_before_the_pay() -> None:
    """An industry with its pay reads "Otros servicios, excepto la administración pública (…)",
    never two brackets in a row (") (")."""
    page = cd.render(
        cd.compare(_bls("accountant-or-auditor"), _bls("police-and-sheriff-s-patrol-officer")),
        "es_ES",
        "markdown",
    )
    other = money("96290", "USD", "es_ES", whole=True)
    assert f"Otros servicios, excepto la administración pública ({other})" in page
    assert ") (" not in page
    glossary = json.loads((LANGUAGES_DIR / "es" / "terms.json").read_text(encoding="utf-8"))
    for name in glossary["industry"].values():
        assert "(" not in name


def test_government_industry_reads_without_brackets() -> None:
    """The government sector names its exclusions after a comma, not in brackets."""
    page = _flat(
        cd.render(
            cd.compare(_bls("historian"), _bls("interpreter-or-translator")), "es_AR", "markdown"
        )
    )
    assert (
        "Administración pública federal, estatal y local, excepto las escuelas y los hospitales"
        " estatales y locales y el Servicio Postal de EE. UU. ("
    ) in page
    assert ") (" not in page


def test_property_manager_title_names_each_thing_once() -> None:
    """ "administrador de inmuebles y comunidades", not "propiedades, inmuebles" (one thing)."""
    role = _bls("property-real-estate-and-community-association-manager")
    text = cd.summarize(cd.compare(role, _bls("13-2011")), "es_MX")
    assert "«administrador de inmuebles y comunidades»" in text
    assert "propiedades, inmuebles" not in text


@pytest.mark.parametrize(
    ("last", "joined"),
    [
        ("«Hiring»", "«Coaching» y «Hiring»"),  # English "h" is sounded
        ("«Interviewing»", "«Coaching» e «Interviewing»"),
        ("«ISO»", "«Coaching» e «ISO»"),
        ("«Hospitality»", "«Coaching» y «Hospitality»"),
    ],
)
def test_y_or_e_before_an_english_skill_name(last: str, joined: str) -> None:
    """Before an English skill in quotes, "e" only for a leading "i": "y «Hiring»"."""
    assert rules("es").join_pair("{0} y {1}", "«Coaching»", last) == joined


def test_spanish_hi_words_still_take_e() -> None:
    """A Spanish word's "h" is silent: "idiomas e historia", "e higiene"."""
    assert rules("es").join_pair("{0} y {1}", "idiomas", "historia") == "idiomas e historia"
    assert rules("es").join_pair("{0} y {1}", "orden", "higiene") == "orden e higiene"


def test_untranslated_skills_in_a_summary_take_y_before_an_h() -> None:
    """A role whose skills the data gives only in English: "«Scheduling» y «Hiring»"."""
    role = Role(
        title="Recruiter",
        skills=[cd.Skill("Sourcing"), cd.Skill("Scheduling"), cd.Skill("Hiring")],
    )
    text = _flat(cd.summarize(cd.compare(role, _seed("customer-service-manager")), "es_ES"))
    assert "«Sourcing», «Scheduling» y «Hiring»" in text


def test_show_names_the_outlook_section_perspectivas_laborales() -> None:
    """`show` heads the outlook figures "Perspectivas laborales", not a bare "Perspectivas"."""
    status, out = _run("show", "dancer", "--dataset", "bls-oews-2025", "--locale", "es_MX")
    assert status == 0
    assert "Perspectivas laborales" in out.splitlines()
    assert "Perspectivas" not in out.replace("Perspectivas laborales", "")


@pytest.mark.parametrize(
    ("code", "heading"),
    [("13-2011", "Contador o auditor"), ("27-2031", "Bailarín"), ("11-1011", "Director ejecutivo")],
)
def test_show_heads_the_sheet_with_a_capital(code: str, heading: str) -> None:
    """`show` starts with the Spanish title as a heading ("Contador o auditor"), while the
    identity lines keep the title's own lower case."""
    status, out = _run("show", code, "--dataset", "bls-oews-2025", "--locale", "es_AR")
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == heading
    assert f"  es: {heading[0].lower()}{heading[1:]}" in " ".join(lines)


def test_show_of_a_bls_role_names_the_dataset_as_its_source() -> None:
    """A BLS role has no source of its own: `show` gives the dataset's, in Spanish."""
    status, out = _run("show", "actor", "--dataset", "bls-oews-2025", "--locale", "es_ES")
    lines = out.splitlines()
    assert status == 0
    source = lines[lines.index("Fuente") :]
    assert "  Editor: U.S. Bureau of Labor Statistics" in source
    assert "  Edición: mayo de 2025" in source


@pytest.mark.parametrize(
    ("code", "spain", "americas"),
    [
        ("43-2011", "operador de centralita", "operador de conmutador"),
        ("43-5041", "lector de contadores", "lector de medidores"),
        ("25-4012", "conservador de museo", "curador de museo"),
    ],
)
def test_regional_titles(code: str, spain: str, americas: str) -> None:
    """A switchboard is a "centralita" in Spain and a "conmutador" in the Americas; a meter a
    "contador" and a "medidor"; a museum curator a "conservador" and a "curador"."""
    other = _bls("13-2011")
    in_spain = cd.summarize(cd.compare(_bls(code), other), "es_ES")
    assert f"«{spain}»" in in_spain
    assert americas not in in_spain
    for locale in AMERICAS:
        text = cd.summarize(cd.compare(_bls(code), other), locale)
        assert f"«{americas}»" in text
        assert spain not in text
