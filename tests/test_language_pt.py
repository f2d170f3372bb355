"""Portuguese (pt, Brazilian by default, and the pt_PT variant): the constructions of its rules."""

from __future__ import annotations

import html as html_module
import io
import re

import attrs
import pytest
from babel import Locale

from careerdata.cli import main
from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.model import LocalizedTitle, Money, Pay, Role
from careerdata.text import render, summarize
from careerdata.text._locale import resolve
from careerdata.text.languages import Title, rules
from careerdata.text.languages.pt import guess_gender
from hourly_pay import ACTOR, AGENT, DANCER, salary, summaries, wage

NBSP = "\N{NO-BREAK SPACE}"
MANAGER = Title("gerente de vendas", "gerentes de vendas", translated=True, gender="masculine")
MANICURE = Title(
    "manicure ou pedicure", "manicures e pedicures", translated=True, gender="feminine"
)


def test_a_masculine_title_takes_o_and_contracts_with_de() -> None:
    """ "o gerente", "do gerente", "os gerentes", "dos gerentes", "um gerente"."""
    forms = rules("pt").forms(MANAGER)
    assert forms == {
        "": "gerente de vendas",
        "name": "gerente de vendas",
        "indefinite": "um gerente de vendas",
        "plural": "gerentes de vendas",
        "plural_possessive": "dos gerentes de vendas",
        "definite": "o gerente de vendas",
        "of_definite": "do gerente de vendas",
        "plural_definite": "os gerentes de vendas",
        "of_plural_definite": "dos gerentes de vendas",
        "predicate": "gerente de vendas",
    }


def test_a_feminine_title_takes_a_and_contracts_to_da() -> None:
    """ "a manicure", "da manicure", "as manicures", "das manicures", "uma manicure"."""
    forms = rules("pt").forms(MANICURE)
    assert (
        forms["indefinite"],
        forms["definite"],
        forms["of_definite"],
        forms["plural_definite"],
        forms["of_plural_definite"],
    ) == (
        "uma manicure ou pedicure",
        "a manicure ou pedicure",
        "da manicure ou pedicure",
        "as manicures e pedicures",
        "das manicures e pedicures",
    )


@pytest.mark.parametrize(
    ("title", "gender"),
    [
        ("costureira", "feminine"),
        ("professora de música", "feminine"),
        ("atriz", "feminine"),
        ("gerente de vendas", "masculine"),
        ("analista de sistemas", "masculine"),
        ("motorista", "masculine"),
        ("diretor executivo", "masculine"),
    ],
)
def test_without_a_gender_the_head_word_decides(title: str, gender: str) -> None:
    """A title with no gender in the data: feminine endings, else the generic masculine."""
    assert gender == guess_gender(title)
    expected = "da" if gender == "feminine" else "do"
    assert (
        f"{expected} {title}"
        == rules("pt").forms(Title(title, None, translated=True))["of_definite"]
    )


def test_a_neuter_or_article_given_gender() -> None:
    """Portuguese has no neuter: it takes the masculine; an article in the data decides."""
    neuter = Title("membro do conselho", "membros do conselho", translated=True, gender="neuter")
    assert rules("pt").forms(neuter)["of_definite"] == "do membro do conselho"
    with_article = Title(
        "pessoa de apoio", "pessoas de apoio", translated=True, forms={"article": "a"}
    )
    assert rules("pt").forms(with_article)["of_definite"] == "da pessoa de apoio"


def test_a_title_without_a_plural_takes_a_construction_that_needs_none() -> None:
    """No plural in the data: "os profissionais que atuam como gerente de vendas"."""
    forms = rules("pt").forms(Title("gerente de vendas", None, translated=True))
    assert forms["plural_definite"] == "os profissionais que atuam como gerente de vendas"
    assert forms["of_plural_definite"] == "dos profissionais que atuam como gerente de vendas"


def test_an_untranslated_title_is_quoted_after_a_noun() -> None:
    """An English title stays grammatical whatever it is: "do cargo de “…”", "quem atua como"."""
    forms = rules("pt").forms(Title("Customer Service Manager"))
    assert (forms[""], forms["indefinite"], forms["of_definite"], forms["plural_definite"]) == (
        "“Customer Service Manager”",
        "quem atua como “Customer Service Manager”",
        "do cargo de “Customer Service Manager”",
        "os profissionais que atuam como “Customer Service Manager”",
    )
    assert (
        rules("pt_PT").forms(Title("Customer Service Manager"))[""] == "«Customer Service Manager»"
    )


@pytest.mark.parametrize("language", ["pt", "pt_PT"])
def test_forms_are_the_base_forms_and_the_extra_forms(language: str) -> None:
    """Every form the catalog may use, no more and no fewer, in both regimes."""
    language_rules = rules(language)
    expected = {*language_rules.BASE_FORMS, *language_rules.extra_forms}
    for title in (MANAGER, MANICURE, Title("Nurse"), Title("gerente", None, translated=True)):
        assert expected == set(language_rules.forms(title))


def test_an_untranslated_skill_is_quoted() -> None:
    """An English skill name inside a Portuguese sentence stands in quotation marks."""
    assert (
        rules("pt").skill_in_prose("Payroll"),
        rules("pt_PT").skill_in_prose("Payroll"),
    ) == ("“Payroll”", "«Payroll»")


@pytest.mark.parametrize(
    ("locale", "counts"),
    [
        (
            "pt_BR",
            {
                0: ("one", "0 ano"),
                1: ("one", "1 ano"),
                2: ("other", "2 anos"),
                1_000_000: ("many", "1.000.000 de anos"),
            },
        ),
        (
            "pt_PT",
            {
                0: ("other", "0 anos"),
                1: ("one", "1 ano"),
                2: ("other", "2 anos"),
                1_000_000: ("many", f"1{NBSP}000{NBSP}000 de anos"),
            },
        ),
    ],
)
def test_years_follow_cldrs_plural_categories(
    locale: str, counts: dict[int, tuple[str, str]]
) -> None:
    """CLDR: pt counts 0 and 1 as "one", pt_PT only 1; millions are "many" ("de anos")."""
    context = resolve(locale)
    plural_form = Locale.parse(locale).plural_form
    written = {
        count: (
            plural_form(count),
            context.ngettext("%(count)s year", "%(count)s years", count)
            % {"count": context.number(count)},
        )
        for count in counts
    }
    assert counts == written


# ---------------------------------------------------------------------------- pages


def _with_title(role: Role, singular: str, plural: str) -> Role:
    """The role with a Portuguese title (the datasets' own come with the data)."""
    titles = tuple(title for title in role.titles if title.language != "pt")
    return attrs.evolve(role, titles=(*titles, LocalizedTitle("pt", singular, plural)))


@pytest.fixture(scope="module")
def seeds() -> dict[str, Role]:
    roles = load_dataset("customer-service")
    manager = _with_title(
        roles["customer-service-manager"],
        "gerente de atendimento ao cliente",
        "gerentes de atendimento ao cliente",
    )
    supervisor = _with_title(
        roles["customer-care-supervisor"],
        "supervisor de relacionamento com o cliente",
        "supervisores de relacionamento com o cliente",
    )
    return {"manager": manager, "supervisor": supervisor}


def test_the_summary_contracts_and_orders_the_sentences(seeds: dict[str, Role]) -> None:
    """The opening paragraph reads in Portuguese word order with "do"/"dos" contractions."""
    text = summarize(compare(seeds["manager"], seeds["supervisor"]), "pt_BR")
    assert text.startswith(
        "Alguns detalhes diferenciam os gerentes de atendimento ao cliente dos supervisores de "
        "relacionamento com o cliente. Cada cargo tem atribuições "
        "e responsabilidades próprias. Em geral, tornar-se gerente de atendimento ao cliente "
        "leva de 4 a 6 anos, o mesmo tempo necessário para se tornar supervisor de "
        "relacionamento com o cliente."
    )
    assert (
        f"Além disso, o salário médio do gerente de atendimento ao cliente é de US${NBSP}61.487, "
        "acima do salário anual médio do supervisor de relacionamento com o cliente, que é de "
        f"US${NBSP}42.702."
    ) in text


def test_the_page_headings_and_lead_ins(seeds: dict[str, Role]) -> None:
    """Headings name both titles ("vs."), questions take the indefinite, lists the "do" form."""
    page = render(compare(seeds["manager"], seeds["supervisor"]), "pt_BR", "text")
    lines = page.splitlines()
    assert (
        lines[0]
        == "Gerente de atendimento ao cliente vs. supervisor de relacionamento com o cliente"
    )
    assert "O que faz um gerente de atendimento ao cliente?" in lines
    assert "Exemplos de responsabilidades do gerente de atendimento ao cliente:" in lines
    assert "Competências mais comuns do supervisor de relacionamento com o cliente" in lines


def test_pt_pt_writes_its_own_words_and_falls_back_to_pt(seeds: dict[str, Role]) -> None:
    """pt_PT: its own words ("Percentagem", "Intervalo salarial"), pt's for the rest, and
    Portugal's figures."""
    page = render(compare(seeds["manager"], seeds["supervisor"]), "pt_PT", "text")
    assert "Percentagem de pessoas LGBT" in page
    assert "Intervalo salarial" in page
    assert "Faixa salarial" not in page
    assert "Visão geral:" in page  # from the pt catalog
    assert f"61{NBSP}487{NBSP}US$" in page


def test_pt_pt_is_its_own_language_tag() -> None:
    """HTML says pt-PT and pt-BR; the variant's rules and catalog are its own."""
    comparison = compare(*list(load_dataset("customer-service").values())[:2])
    assert render(comparison, "pt_PT", "html").startswith('<article class="cd-page" lang="pt-PT"')
    assert render(comparison, "pt_BR", "html").startswith('<article class="cd-page" lang="pt-BR"')
    assert (resolve("pt_PT").language, resolve("pt_BR").language) == ("pt_PT", "pt")


# ---------------------------------------------------------------------------- command line

_ENGLISH_MARKERS = ("Additionally", "overview", "The differences between", "Each job has", " vs ")
_CLI_PAIRS = [
    ("customer-service-manager", "customer-care-supervisor", "customer-service"),
    ("43-4051", "29-2061", "bls-oews-2025"),
]


def _compare(a: str, b: str, dataset: str, locale: str, page_format: str) -> str:
    out = io.StringIO()
    argv = ["compare", a, b, "--dataset", dataset, "--locale", locale, "--format", page_format]
    assert main(argv, stdout=out) == 0
    return out.getvalue()


@pytest.mark.parametrize("locale", ["pt_BR", "pt_PT"])
@pytest.mark.parametrize(("a", "b", "dataset"), _CLI_PAIRS)
def test_cli_compare_writes_portuguese_in_every_format(
    locale: str, a: str, b: str, dataset: str
) -> None:
    """`careerdata compare A B --locale pt_BR|pt_PT`: Portuguese prose in text, markdown and
    HTML (lang pt-BR / pt-PT), seed and BLS roles; JSON, the structured comparison, is the
    same in every locale."""
    salary_range = "Intervalo salarial" if locale == "pt_PT" else "Faixa salarial"
    for page_format in ("text", "markdown", "html"):
        written = _compare(a, b, dataset, locale, page_format)
        if page_format == "html":  # the words a reader sees, not the markup's class names
            written = html_module.unescape(re.sub(r"<[^>]*>", " ", written))
        page = " ".join(written.split())  # unwrapped
        assert "Visão geral: " in page
        assert "o salário médio d" in page.lower()
        assert salary_range in page
        assert [marker for marker in _ENGLISH_MARKERS if marker in page] == []
    html = _compare(a, b, dataset, locale, "html")
    assert html.startswith(f'<article class="cd-page" lang="{locale.replace("_", "-")}"')
    assert _compare(a, b, dataset, locale, "json") == _compare(a, b, dataset, "en_US", "json")


# ---------------------------------------------------------------------------- the datasets' titles


def test_a_feminine_bls_title_from_the_data_contracts_to_da() -> None:
    """The BLS data gives "manicure ou pedicure" as feminine: "das manicures", "da manicure"."""
    bls = load_dataset("bls-oews-2025")
    text = summarize(compare(bls.find("35-3031"), bls.find("39-5092")), "pt_BR")
    assert text.startswith("Alguns detalhes diferenciam os garçons das manicures e pedicures.")
    assert "acima do salário anual médio da manicure ou pedicure, que é de" in text


def test_pt_pt_takes_the_datas_european_titles() -> None:
    """pt_PT pages use the data's pt_PT titles where they differ ("empregado de mesa")."""
    bls = load_dataset("bls-oews-2025")
    page = render(compare(bls.find("35-3031"), bls.find("39-5092")), "pt_PT", "text")
    assert page.splitlines()[0] == "Empregado de mesa vs. manicura ou pedicura"
    assert "Alguns detalhes diferenciam os empregados de mesa das manicuras e pedicuras." in (
        " ".join(page.split())
    )


@pytest.mark.parametrize(
    ("locale", "description", "skills"),
    [
        (
            "pt_BR",
            "Dirige um departamento de atendimento ao cliente:",
            (
                "As três principais competências do gerente de atendimento ao cliente são "
                "excelência no atendimento ao cliente, folha de pagamento e satisfação do cliente."
            ),
        ),
        (
            "pt_PT",
            "Dirige um departamento de apoio ao cliente:",
            (
                "As três principais competências do gestor de apoio ao cliente são excelência no "
                "apoio ao cliente, processamento salarial e satisfação do cliente."
            ),
        ),
    ],
)
def test_seed_pages_use_the_seed_translations(locale: str, description: str, skills: str) -> None:
    """The seed roles' Portuguese texts (tools/seed_translations/pt.json, pt_PT where it
    differs) fill the page: description, skills in prose."""
    seeds = load_dataset("customer-service")
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    page = " ".join(render(comparison, locale, "text").split())
    assert description in page
    assert skills in page


@pytest.mark.parametrize("locale", ["pt_BR", "en_US", "ja_JP"])
def test_show_names_the_european_variant_as_cldr_does(locale: str) -> None:
    """The role sheet heads the pt_PT texts with CLDR's name for it in the page's language."""
    out = io.StringIO()
    assert main(["show", "customer-service-manager", "--locale", locale], stdout=out) == 0
    written = Locale.parse(resolve(locale).language)
    expected = written.languages.get("pt_PT") or Locale.parse("pt_PT").get_display_name(written)
    assert expected
    name = f"{expected[:1].upper()}{expected[1:]}"
    # The code joins CLDR's own brackets: "Português (Portugal, pt_PT)".
    heading = f"{name[:-1]}, pt_PT)" if name.endswith(")") else f"{name} (pt_PT)"
    assert heading in out.getvalue().splitlines()


# ---------------------------------------------------------------------------- editor's fixes


@pytest.mark.parametrize(
    ("title", "gender"),
    [
        ("técnica de enfermagem", "feminine"),
        ("advogada", "feminine"),
        ("secretária executiva", "feminine"),
        ("psicóloga", "feminine"),
        ("manicura", "feminine"),
        ("técnico de enfermagem", "masculine"),
        ("secretário executivo", "masculine"),
        ("atleta", "masculine"),
    ],
)
def test_more_feminine_head_words_contract_to_da(title: str, gender: str) -> None:
    """User data without a gender: "-ada", "-ária", "-ica", "-óloga", "-ura" are feminine,
    so the page writes "da técnica", "das advogadas", never "do técnica"."""
    assert gender == guess_gender(title)
    forms = rules("pt").forms(Title(title, f"{title}s", translated=True))
    of_the, of_the_plural = ("da", "das") if gender == "feminine" else ("do", "dos")
    assert (f"{of_the} {title}", f"{of_the_plural} {title}s") == (
        forms["of_definite"],
        forms["of_plural_definite"],
    )


@pytest.mark.parametrize(
    ("locale", "industries", "english"),
    [
        ("pt_BR", ("Telecomunicações", "Transporte"), ("Telecommunication", "Transportation")),
        ("pt_PT", ("Telecomunicações", "Transportes"), ("Telecommunication", "Transportation")),
    ],
)
def test_seed_industries_are_portuguese(
    locale: str, industries: tuple[str, str], english: tuple[str, str]
) -> None:
    """The seed roles' best-paying industries are named in Portuguese, not in English."""
    seeds = load_dataset("customer-service")
    page = render(
        compare(seeds["customer-care-manager"], seeds["customer-service-leader"]), locale, "text"
    )
    row = next(line for line in page.splitlines() if line.startswith("Setor que paga melhor"))
    assert row.split()[4:] == list(industries)
    assert [word for word in english if word in page] == []


@pytest.mark.parametrize("locale", ["pt_BR", "pt_PT"])
def test_seed_finance_industry_is_portuguese(locale: str) -> None:
    """ "Finance" (the operations manager's best-paying industry) is "Finanças"."""
    seeds = load_dataset("customer-service")
    comparison = compare(
        seeds["customer-service-operations-manager"], seeds["contact-center-manager"]
    )
    page = render(comparison, locale, "text")
    assert "Finanças" in page
    assert "Finance" not in page


@pytest.mark.parametrize(
    ("locale", "label", "described"),
    [
        (
            "pt_BR",
            "10º–90º percentil",
            (
                "Assistente de atendimento ao cliente: faixa do 10º ao 90º percentil de "
                f"US${NBSP}31.750 a US${NBSP}63.590, mediana US${NBSP}44.770,"
            ),
        ),
        (
            "pt_PT",
            "10.º–90.º percentil",
            (
                "Assistente de apoio ao cliente: intervalo do 10.º ao 90.º percentil de "
                f"31{NBSP}750{NBSP}US$ a 63{NBSP}590{NBSP}US$, mediana 44{NBSP}770{NBSP}US$,"
            ),
        ),
    ],
)
def test_the_percentile_range_reads_as_a_label_and_mid_sentence(
    locale: str, label: str, described: str
) -> None:
    """The chart's legend names the bar as a label of its own; its description, after the
    role's name, says "faixa do 10º ao 90º percentil de …" in lower case, with no second
    colon and no capitalised "Do"."""
    bls = load_dataset("bls-oews-2025")
    page = html_module.unescape(
        render(compare(bls.find("43-4051"), bls.find("11-9111")), locale, "html")
    )
    desc = re.search(r'<desc id="[^"]*chart-salary-desc">([^<]*)</desc>', page)
    assert desc is not None
    assert desc.group(1).startswith(described)
    assert f">{label}</text>" in page  # the legend
    assert "Do percentil" not in page
    assert "percentil: " not in page


def test_a_given_salary_range_reads_mid_sentence() -> None:
    """A seed role's range (no percentiles): "…: faixa salarial de US$ 30.000 a …"."""
    seeds = load_dataset("customer-service")
    comparison = compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"])
    page = html_module.unescape(render(comparison, "pt_BR", "html"))
    assert (
        f"Supervisor de relacionamento com o cliente: faixa salarial de US${NBSP}30.000 a "
        f"US${NBSP}59.000, média US${NBSP}42.702."
    ) in page
    assert "Faixa salarial de" not in page


@pytest.mark.parametrize(
    ("locale", "retrieved"),
    [
        ("pt_BR", "acesso em 26 de setembro de 2026"),
        ("pt_PT", "consultado em 26 de setembro de 2026"),
    ],
)
def test_the_source_line_dates_the_access_as_each_country_cites(
    locale: str, retrieved: str
) -> None:
    """Brazil cites an online source "acesso em <data>" (no agreement with "edição");
    Portugal "consultado em <data>"."""
    bls = load_dataset("bls-oews-2025")
    comparison = compare(bls.find("43-4051"), bls.find("11-9111"))
    page = " ".join(render(comparison, locale, "text", source=bls.info.source).split())
    assert f"edição de maio de 2025, {retrieved}." in page


@pytest.mark.parametrize(
    ("locale", "outlook", "retrieved"),
    [("pt_BR", "Perspectivas", "Acesso em"), ("pt_PT", "Perspetivas", "Consultado em")],
)
def test_show_spells_each_variants_words(locale: str, outlook: str, retrieved: str) -> None:
    """`careerdata show`: pt_PT writes the AO90 European spelling "Perspetivas"."""
    out = io.StringIO()
    assert main(["show", "customer-care-manager", "--locale", locale], stdout=out) == 0
    lines = [line.strip() for line in out.getvalue().splitlines()]
    assert outlook in lines
    assert any(line.startswith(f"{retrieved}: ") for line in lines)
    assert "Telecomunicações" in out.getvalue()


@pytest.mark.parametrize(
    ("locale", "degree", "gender"),
    [
        ("pt_BR", "Bacharelado (55%)", "Mulheres: 55,9%; Homens: 44,1%"),
        ("pt_PT", "Licenciatura (55%)", "Mulheres: 55,9%; Homens: 44,1%"),
    ],
)
def test_shares_are_not_confused_with_the_decimal_comma(
    locale: str, degree: str, gender: str
) -> None:
    """Portuguese writes 44,1%: a share stands in parentheses after its name and the
    categories of a distribution are separated by semicolons, never "44,1%, Mulheres"."""
    seeds = load_dataset("customer-service")
    comparison = compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"])
    page = " ".join(render(comparison, locale, "markdown").split())
    assert f"| {degree} |" in page
    assert gender in page
    assert "Homens: 44,1%, Mulheres" not in page
    assert "Satisfação do cliente (6%)" in page


@pytest.mark.parametrize(
    ("locale", "skills", "quality"),
    [
        ("pt_BR", "satisfação do cliente, normas ISO e logística", "Garantia da qualidade"),
        ("pt_PT", "satisfação do cliente, normas ISO e logística", "Garantia de qualidade"),
    ],
)
def test_seed_skills_named_in_portuguese(locale: str, skills: str, quality: str) -> None:
    """The seed skills "ISO" and "QA" read as Portuguese skills: "normas ISO", "garantia da
    qualidade" (pt_PT "garantia de qualidade"), not a bare acronym."""
    seeds = load_dataset("customer-service")
    comparison = compare(
        seeds["customer-service-operations-manager"], seeds["contact-center-manager"]
    )
    page = render(comparison, locale, "text")
    assert skills in " ".join(page.split())
    assert f"  • {quality} (" in page
    assert "• QA" not in page


def test_currency_names_are_lower_case_inside_a_brazilian_sentence() -> None:
    """CLDR capitalises pt's currency names ("Dólares americanos"); a sentence does not."""
    a = Role(title="A", pay=Pay(yearly=Money(50000)))
    b = Role(title="B", pay=Pay(currency="EUR", yearly=Money(40000, "EUR")))
    page = " ".join(render(compare(a, b), "pt_BR", "text").split())
    assert "(dólares americanos e euros)" in page
    assert "Dólares americanos" not in page


@pytest.mark.parametrize(
    ("locale", "agent", "dancer_title"),
    [
        ("pt_BR", "assistente de atendimento ao cliente", "dançarino"),
        ("pt_PT", "assistente de apoio ao cliente", "bailarino"),
    ],
)
def test_roles_paid_only_by_the_hour_have_their_wage_said(
    locale: str, agent: str, dancer_title: str
) -> None:
    """An hourly wage alone, two compared, two equal: "por hora", never against a salary."""
    texts = summaries(locale)
    actor, dancer = wage(ACTOR, locale), wage(DANCER, locale)
    yearly = salary(AGENT, locale)
    expected = {
        "alone": f"O salário médio do {agent} é de {yearly}. "
        f"A remuneração média por hora do ator é de {actor}.",
        "alone_additionally": f"Além disso, a remuneração média por hora do ator é de {actor}. "
        f"O salário médio do {agent} é de {yearly}.",
        "higher": f"A remuneração média por hora do ator é de {actor}, acima da remuneração "
        f"média por hora do {dancer_title}, que é de {dancer}.",
        "higher_additionally": "Além disso, a remuneração média por hora do ator é de "
        f"{actor}, acima da remuneração média por hora do {dancer_title}, que é de {dancer}.",
        "same": f"A remuneração média por hora do ator é de {actor}, igual à remuneração média "
        f"por hora do {dancer_title}.",
        "same_additionally": "Além disso, a remuneração média por hora do ator é de "
        f"{actor}, igual à remuneração média por hora do {dancer_title}.",
    }
    assert expected == {key: text[-len(expected[key]) :] for key, text in texts.items()}


# ---------------------------------------------------------------------------- fourth review


@pytest.mark.parametrize("locale", ["pt_BR", "pt_PT"])
def test_a_pay_leaders_sector_has_no_bracket_before_the_pay_bracket(locale: str) -> None:
    """ "Outros serviços, exceto administração pública (US$ …)": one bracket, not "…) (…"."""
    bls = load_dataset("bls-oews-2025")
    comparison = compare(bls.find("13-2061"), bls.find("13-2081"))  # both sectors lead
    page = render(comparison, locale, "markdown")
    row = next(line for line in page.splitlines() if line.startswith("| Setor que paga melhor"))
    assert "| Outros serviços, exceto administração pública (" in row
    assert "| Administração pública federal, estadual e local, exceto escolas" in row
    assert ") (" not in row


@pytest.mark.parametrize(
    ("title", "gender"),
    [
        ("enfermeira-chefe", "feminine"),
        ("diretora-geral", "feminine"),
        ("diretor-geral", "masculine"),
        ("juíza", "feminine"),
        ("fotógrafa", "feminine"),
        ("agrônoma", "feminine"),
        ("agrónoma", "feminine"),
        ("executiva de contas", "feminine"),
        ("perita criminal", "feminine"),
        ("bacharela em direito", "feminine"),
        ("presidenta do conselho", "feminine"),
        ("estafeta", "masculine"),
        ("diplomata", "masculine"),
        ("guarda-vidas", "masculine"),
    ],
)
def test_compound_and_more_feminine_head_words(title: str, gender: str) -> None:
    """User data without a gender: the first part of a hyphenated head decides
    ("enfermeira-chefe"), and "-ógrafa", "-ônoma", "-iva", "-ita", "-ela", "-enta", "-íza"
    are feminine, so a page never writes "do juíza" or "os enfermeiras-chefes"."""
    assert gender == guess_gender(title)


def test_a_feminine_compound_title_reads_with_a_and_da() -> None:
    """The summary of two user roles with feminine Portuguese titles and no gender."""

    def role(title: str, singular: str, plural: str, pay: int) -> Role:
        return Role(
            title=title,
            titles=(LocalizedTitle("pt", singular, plural),),
            pay=Pay(yearly=Money(pay)),
        )

    nurse = role("Head Nurse", "enfermeira-chefe", "enfermeiras-chefes", 52000)
    judge = role("Judge", "juíza", "juízas", 152000)
    for locale in ("pt_BR", "pt_PT"):
        text = summarize(compare(nurse, judge), locale)
        assert text.startswith("Alguns detalhes diferenciam as enfermeiras-chefes das juízas.")
        assert "O salário médio da juíza é de" in text
        assert "acima do salário anual médio da enfermeira-chefe, que é de" in text


@pytest.mark.parametrize(
    ("locale", "overlap", "amounts"),
    [
        ("pt_BR", "As faixas se sobrepõem entre", (f"US${NBSP}35.000", f"US${NBSP}59.000")),
        (
            "pt_PT",
            "Os intervalos sobrepõem-se entre",
            (f"35{NBSP}000{NBSP}US$", f"59{NBSP}000{NBSP}US$"),
        ),
    ],
)
def test_the_chart_says_where_the_ranges_overlap_between_two_amounts(
    locale: str, overlap: str, amounts: tuple[str, str]
) -> None:
    """The salary chart's description: "sobrepõem-se entre X e Y", not the calque "de X a Y"."""
    seeds = load_dataset("customer-service")
    comparison = compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"])
    page = html_module.unescape(render(comparison, locale, "html"))
    low, high = amounts
    assert f"{overlap} {low} e {high}." in page
    assert "sobrepõem de" not in page
    assert "sobrepõem-se de" not in page


@pytest.mark.parametrize("locale", ["pt_BR", "pt_PT"])
def test_show_names_other_titles_without_a_gender_to_agree_with(locale: str) -> None:
    """`show` lists aliases as "outros nomes", which reads for "a manicure" as for "o ator"."""
    out = io.StringIO()
    argv = ["show", "39-5092", "--dataset", "bls-oews-2025", "--locale", locale]
    assert main(argv, stdout=out) == 0
    lines = [line.strip() for line in out.getvalue().splitlines()]
    assert "outros nomes: Manicurists and Pedicurists" in lines
    assert "conhecido como" not in out.getvalue()
