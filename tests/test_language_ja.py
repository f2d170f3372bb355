"""Japanese: the rules, every sentence construction, the catalog's punctuation, pages and CLI."""

from __future__ import annotations

import io
import itertools
import json
import re
from pathlib import Path

import attrs
import pytest
from babel import Locale
from babel.lists import format_list
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, get_currency_name

from careerdata.cli import main
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
from careerdata.text._blocks import Bullets, Heading, Paragraph, Table
from careerdata.text._locale import resolve
from careerdata.text.languages import LANGUAGES_DIR, Title, rules, shipped_languages
from careerdata.text.languages.ja import is_acronym
from careerdata.text.page import TEXT_WIDTH, display_width, page_blocks, wrap
from cldr import grouped, money
from hourly_pay import ACTOR, AGENT, DANCER, summaries, wage

ROOT = Path(__file__).resolve().parent.parent
TITLES = json.loads((ROOT / "tools" / "bls_titles" / "ja.json").read_text(encoding="utf-8"))
SEED_TEXTS = json.loads(
    (ROOT / "tools" / "seed_translations" / "ja.json").read_text(encoding="utf-8")
)
JA = rules("ja")
CSM = "カスタマーサービスマネージャー"
CCS = "カスタマーケアスーパーバイザー"


def _in_japanese(role: Role) -> Role:
    """A seed role with its Japanese title and texts (from tools/, until the dataset has them)."""
    titles = role.titles
    if role.localized_title("ja") is None:
        title = TITLES["seed_titles"][role.slug]
        titles += (LocalizedTitle("ja", title["singular"], title["plural"]),)
    translations = role.translations
    if role.translation("ja") is None:
        texts = SEED_TEXTS["roles"][role.slug]
        translations += (Translation("ja", **texts),)
    return attrs.evolve(role, titles=titles, translations=translations)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Role]:
    return {slug: _in_japanese(role) for slug, role in load_dataset("customer-service").items()}


def _sentences(text: str) -> list[str]:
    """The sentences of a paragraph, each ending in 。."""
    return [sentence.strip() + "。" for sentence in text.split("。") if sentence.strip()]


def _usd(amount: int) -> str:
    return money(str(amount), "USD", "ja_JP", whole=True)


def _read(amount: int, currency: str = "USD") -> str:
    """An amount as a Japanese sentence reads it: in CLDR's 万 with the currency's CLDR name."""
    man = Locale.parse("ja_JP").compact_decimal_formats["short"]["other"]["10000"].suffix[0]
    name = get_currency_name(currency, count=2, locale="ja")
    count, rest = divmod(amount, 10000)
    return f"{count}{man}{rest or ''}{name}"


# ---------------------------------------------------------------------------- rules


def test_japanese_is_shipped_and_its_locales_write_it() -> None:
    """The folder ships the language; ja and ja_JP write Japanese, tagged for HTML."""
    assert "ja" in shipped_languages()
    assert (resolve("ja").language, resolve("ja_JP").language) == ("ja", "ja")
    assert resolve("ja_JP").bcp47 == "ja-JP"


def test_a_translated_title_is_the_same_bare_noun_in_every_form() -> None:
    """No articles, no plurals: every form of a Japanese title is the title itself."""
    forms = JA.forms(Title("営業マネージャー", "営業マネージャー", translated=True))
    assert {"": "営業マネージャー"} | dict.fromkeys(
        ("name", "indefinite", "plural", "plural_possessive"), "営業マネージャー"
    ) == forms


def test_an_english_title_is_quoted_in_prose_and_bare_in_headings() -> None:
    """An English stand-in title is a foreign name in 「」 in sentences, bare in headings."""
    forms = JA.forms(Title("Sales Manager", "Sales Managers", article="a"))
    assert forms["name"] == "Sales Manager"
    assert {"「Sales Manager」"} == {forms[key] for key in ("", "indefinite", "plural")}
    assert forms["plural_possessive"] == "「Sales Manager」"


def test_columns_and_sentences_keep_their_case() -> None:
    """Japanese sets no capitals: a lower-case English title heads its column as written."""
    assert JA.sentence("eコマース担当者") == "eコマース担当者"
    assert JA.column(Title("barista")) == "barista"


def test_untranslated_skills_are_quoted_unless_acronyms() -> None:
    """A skill left in English is a foreign name in 「」; ISO, QA and Japanese names stand bare."""
    assert [
        JA.skill_in_prose(name) for name in ("Work Ethic", "Payroll", "ISO", "QA", "給与計算")
    ] == ["「Work Ethic」", "「Payroll」", "ISO", "QA", "給与計算"]
    assert [is_acronym("B2B"), is_acronym("Payroll")] == [True, False]


# ---------------------------------------------------------------------------- the catalog


def _catalog_strings() -> list[str]:
    path = LANGUAGES_DIR / "ja" / "LC_MESSAGES" / "careerdata.po"
    with path.open("rb") as stream:
        catalog = read_po(stream, locale="ja")
    strings: list[str] = []
    for message in catalog:
        if message.id:
            given = message.string
            if isinstance(given, tuple | list):
                strings += [str(text) for text in given]
            elif given:
                strings.append(given)
    return strings


def test_the_catalog_writes_full_width_punctuation_and_no_spaces() -> None:
    """Outside placeholders no translation has ASCII punctuation, spaces or Western quotes."""
    wrong = [
        text
        for text in _catalog_strings()
        if re.search(r"[ ,.:;()!?\"“”'‘’]", re.sub(r"%\(\w+\)s", "", text))
    ]
    assert wrong == []


def test_japanese_has_one_plural_form_for_every_count() -> None:
    """CLDR gives Japanese the category "other" only: 1, 2 and 1,000,000 years read alike."""
    assert set() == set(Locale.parse("ja").plural_form.tags)
    context = resolve("ja_JP")
    forms = {context.ngettext("%(count)s year", "%(count)s years", n) for n in (0, 1, 2, 10**6)}
    assert {"%(count)s年"} == forms
    one_year = Role(title="A", career=Career(time_to_become=YearRange(1, 1)))
    two_years = Role(title="B", career=Career(time_to_become=YearRange(2, 2)))
    text = summarize(compare(one_year, two_years), "ja_JP")
    assert (
        f"「A」になるには通常{grouped(1, 'ja_JP')}年、「B」になるには通常{grouped(2, 'ja_JP')}年"
        "かかります。" in _sentences(text)
    )


# ---------------------------------------------------------------------------- sentences


def test_the_summary_in_japanese_word_order(seeds: dict[str, Role]) -> None:
    """Subject, then figures, then the verb; the higher-paid role first in either order."""
    csm, ccs = seeds["customer-service-manager"], seeds["customer-care-supervisor"]
    years = f"{grouped(4, 'ja_JP')}～{grouped(6, 'ja_JP')}年"
    pay = f"また、{CSM}の平均年収は{_read(61487)}で、{CCS}の平均年収{_read(42702)}を上回ります。"
    for a, b in ((csm, ccs), (ccs, csm)):
        first, _skills = summarize(compare(a, b), "ja_JP").split("\n\n")
        x, y = (CSM, CCS) if a is csm else (CCS, CSM)
        assert [
            f"{x}と{y}には、いくつかの点で違いがあります。",
            "職務と責任の内容も、両者で異なります。",
            f"{x}になるにも{y}になるにも、通常{years}かかります。",
            pay,
        ] == _sentences(first)
    top_three = format_list(["優れた顧客対応力", "給与計算", "顧客満足"], locale="ja")
    important = format_list(["顧客満足", "業務プロセスの改善", "是正措置"], locale="ja")
    assert [
        f"{CSM}に求められるスキルの上位三つは、{top_three}です。",
        f"{CCS}にとって特に重要なスキルは、{important}です。",
    ] == _sentences(summarize(compare(csm, ccs), "ja_JP").split("\n\n")[1])


def test_english_stand_in_titles_read_as_quoted_names() -> None:
    """Without Japanese titles the sentences name the roles in 「」 and stay grammatical."""
    raw = {  # without the Japanese title and texts the dataset may carry
        slug: attrs.evolve(
            role,
            titles=tuple(t for t in role.titles if t.language != "ja"),
            translations=tuple(t for t in role.translations if t.language != "ja"),
        )
        for slug, role in load_dataset("customer-service").items()
    }
    text = summarize(
        compare(raw["customer-service-manager"], raw["customer-care-supervisor"]), "ja_JP"
    )
    sentences = _sentences(text.split("\n\n")[0])
    assert (
        sentences[0]
        == "「Customer Service Manager」と「Customer Care Supervisor」には、いくつかの点で違いが"
        "あります。"
    )
    skills = format_list(
        ["「Strong Customer Service」", "「Payroll」", "「Customer Satisfaction」"], locale="ja"
    )
    assert f"に求められるスキルの上位三つは、{skills}です。" in text


def test_one_salary_the_same_salary_and_a_lower_bound() -> None:
    """Each salary sentence: one role's pay, equal pay, and a top-coded amount with 以上;
    amounts read with 万 (the tables keep CLDR's figures)."""
    a = Role(title="A", titles=(LocalizedTitle("ja", "看護師", "看護師"),))
    paid = attrs.evolve(a, pay=Pay(yearly=Money(86070)))
    b = Role(title="B", titles=(LocalizedTitle("ja", "准看護師", "准看護師"),))
    assert f"看護師の平均年収は{_read(86070)}です。" in _sentences(
        summarize(compare(paid, b), "ja_JP")
    )
    same = attrs.evolve(b, pay=Pay(yearly=Money(86070)))
    assert f"看護師の平均年収は{_read(86070)}で、准看護師の平均年収と同じです。" in _sentences(
        summarize(compare(paid, same), "ja_JP")
    )
    top = attrs.evolve(a, pay=Pay(yearly=Money(239200, at_least=True)))
    assert (
        f"看護師の平均年収は{_read(239200)}以上で、准看護師の平均年収{_read(86070)}を"
        "上回ります。" in _sentences(summarize(compare(top, same), "ja_JP"))
    )


def test_pay_in_two_currencies_is_named_by_its_japanese_currency_names() -> None:
    """Not compared, or converted at the caller's rate: currency names come from CLDR."""
    a = Role(
        title="A", titles=(LocalizedTitle("ja", "看護師", "看護師"),), pay=Pay(yearly=Money(86070))
    )
    b = Role(
        title="B",
        titles=(LocalizedTitle("ja", "准看護師", "准看護師"),),
        pay=Pay(currency="EUR", yearly=Money(39000)),
    )
    text = summarize(compare(a, b), "ja_JP")
    assert (
        f"平均年収は看護師が{_read(86070)}、准看護師が{_read(39000, 'EUR')}ですが、通貨が異なるため"
        "比較していません。" in _sentences(text)
    )
    dollars = get_currency_name("USD", count=2, locale="ja")
    euros = get_currency_name("EUR", count=2, locale="ja")
    page = render(compare(a, b), "ja_JP", "markdown")
    assert f"両職種の給与はそれぞれ{dollars}建てと{euros}建てで、換算していません。" in page
    converted = summarize(compare(a, b, rates={"USD": 1, "EUR": "1.08"}), "ja_JP")
    one, rate = money("1", "EUR", "ja_JP"), money("1.08", "USD", "ja_JP")
    assert (
        f"比較のため、{euros}建ての給与を{one}＝{rate}のレートで{dollars}に換算しています。"
        in _sentences(converted)
    )


def test_skills_join_with_cldrs_japanese_list_pattern() -> None:
    """Two skills, and the second role's single skill, in their own sentences."""
    a = Role(
        title="A",
        titles=(LocalizedTitle("ja", "看護師", "看護師"),),
        skills=(Skill("Patient Care", 0.5), Skill("ISO", 0.2)),
    )
    b = Role(title="B", skills=(Skill("Logistics", 0.4),))
    text = summarize(compare(a, b), "ja_JP")
    pair = format_list(["「Patient Care」", "ISO"], locale="ja")
    assert [
        f"看護師に求められるスキルの上位二つは、{pair}です。",
        "「B」にとって最も重要なスキルは「Logistics」です。",
    ] == _sentences(text.split("\n\n")[1])


def test_the_page_headings(seeds: dict[str, Role]) -> None:
    """Every heading of a seed page, in page order: bare titles joined by と."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"])
    headings = [
        block.text
        for block in page_blocks(comparison, resolve("ja_JP"))
        if isinstance(block, Heading)
    ]
    pair = f"{CSM}と{CCS}"
    assert [
        f"{pair}の比較",
        f"{pair}の概要",
        f"{CSM}の仕事内容",
        f"{CCS}の仕事内容",
        f"{pair}の給与",
        f"{pair}の学歴の違い",
        f"{pair}の就業者の属性",
        f"{pair}の職務と責任の違い",
        f"{pair}のスキル",
        f"{CSM}によく求められるスキル",
        f"{CCS}によく求められるスキル",
        "出典",
    ] == headings


def test_cells_use_full_width_brackets_and_the_wave_dash(seeds: dict[str, Role]) -> None:
    """Shares in full-width brackets, ranges with a wave dash, categories with a full-width colon."""
    page = render(
        compare(seeds["customer-service-manager"], seeds["customer-care-supervisor"]),
        "ja_JP",
        "markdown",
    )
    assert f"| 年収の範囲 | {_usd(35000)}～{_usd(105000)} | {_usd(30000)}～{_usd(59000)} |" in page
    assert "| 最も多い学位 | 学士号（46%） | 学士号（55%） |" in page
    assert "女性：55.9%、男性：44.1%" in page


def _data_values(role: Role) -> list[str]:
    """The texts a page copies from a role's data (names of places, companies, colleges)."""
    values = [role.title, *(title.singular for title in role.titles)]
    if role.education is not None and role.education.college is not None:
        values.append(role.education.college)
    if role.pay is not None and role.pay.leaders is not None:
        values += [leader.name for _kind, leader in role.pay.leaders.items()]
    return values


def test_seed_pages_have_no_english_words_but_data_values(seeds: dict[str, Role]) -> None:
    """With Japanese titles and texts, a Latin word on a page is a data value or an acronym."""
    source = load_dataset("customer-service").info.source
    assert source is not None
    names = [source.publisher, source.dataset or ""]  # the data's names in the sources list
    for a, b in itertools.permutations(seeds.values(), 2):
        data = sorted({*_data_values(a), *_data_values(b), *names}, key=len, reverse=True)
        texts = []
        for block in page_blocks(compare(a, b), resolve("ja_JP")):
            if isinstance(block, Heading | Paragraph):
                texts.append(block.text)
            elif isinstance(block, Table):
                texts += [cell for row in (block.header, *block.rows) for cell in row]
            elif isinstance(block, Bullets):
                texts += block.items
        page = "\n".join(texts)
        for value in data:
            page = page.replace(value, " ")
        words = [word for word in re.findall(r"[A-Za-z]+", page) if not word.isupper()]
        assert words == [], (a.slug, b.slug)


# ---------------------------------------------------------------------------- seed texts


def test_the_seed_translations_match_the_seed_roles_item_for_item() -> None:
    """tools/seed_translations/ja.json: one entry per seed role, lists as long as the role's."""
    assert SEED_TEXTS["language"] == "ja"
    roles = load_dataset("customer-service")
    assert sorted(roles) == sorted(SEED_TEXTS["roles"])
    for slug, texts in SEED_TEXTS["roles"].items():
        role = roles[slug]
        assert (len(role.responsibilities), len(role.skills)) == (
            len(texts["responsibilities"]),
            len(texts["skills"]),
        ), slug
        translation = Translation("ja", **texts)
        if role.translation("ja") is None:  # the Role checks the lists item for item
            attrs.evolve(role, translations=(*role.translations, translation))
        else:  # merged into the dataset: the same texts
            assert role.translation("ja") == translation


# ---------------------------------------------------------------------------- the CLI


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


_ENGLISH = ("The differences", "Each job has", "average salary", "Additionally", " vs ")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize(
    "argv",
    [
        ("customer-service-manager", "customer-care-supervisor"),
        ("43-4051", "11-9111", "--dataset", "bls-oews-2025"),
    ],
)
def test_compare_writes_the_japanese_page_in_every_format(fmt: str, argv: tuple[str, ...]) -> None:
    """`careerdata compare A B --locale ja_JP` for seed and BLS roles: Japanese prose only."""
    status, page = _run("compare", *argv, "--locale", "ja_JP", "--format", fmt)
    assert status == 0
    # The duties sentence only where duties are shown: the seed roles have them, BLS's not.
    duties = "職務と責任の内容も、両者で異なります。" in page
    assert duties == ("--dataset" not in argv)
    assert "の比較" in page
    assert [phrase for phrase in _ENGLISH if phrase in page] == []
    assert [marker for marker in ("None", "nan", "%(", "{") if marker in page] == []
    if fmt == "html":
        assert re.match(r'<article [^>]*lang="ja-JP"', page) is not None


def test_the_source_line_ends_with_a_japanese_full_stop() -> None:
    """The sources list closes its line with 。, and the chart descriptions read as sentences."""
    status, page = _run(
        "compare", "43-4051", "11-9111", "--dataset", "bls-oews-2025", "--locale", "ja_JP",
        "--format", "markdown",
    )  # fmt: skip
    assert status == 0
    source = next(line for line in page.splitlines() if line.startswith("- U.S. Bureau"))
    assert source.endswith("取得。")
    assert not source.endswith(".")


# ---------------------------------------------------------------------------- review fixes


def _bls_page(a: str, b: str, fmt: str = "markdown") -> str:
    status, page = _run(
        "compare", a, b, "--dataset", "bls-oews-2025", "--locale", "ja_JP", "--format", fmt
    )
    assert status == 0
    return page


def test_other_services_reads_without_a_second_bracket() -> None:
    """NAICS 81 is その他のサービス業, with no bracketed exception before the pay's brackets."""
    page = _bls_page("25-2021", "33-3051")
    assert "その他のサービス業（" in page
    assert "公務を除く" not in page
    assert JA.term("industry", "Other Services (except Public Administration)") == (
        "その他のサービス業"
    )


def test_the_salary_range_note_names_the_percentiles_once() -> None:
    """The note under BLS tables names the 10th to 90th percentile with 年収 said once."""
    page = _bls_page("43-4051", "11-9111")
    assert "年収の範囲は、10パーセンタイルから90パーセンタイルまでの年収を示します。" in page
    assert "年収の10パーセンタイル" not in page
    bls = load_dataset("bls-oews-2025").find("43-4051")
    seed = load_dataset("customer-service")["customer-service-manager"]
    mixed = render(compare(bls, seed), "ja_JP", "markdown")
    title = bls.localized_title("ja")
    assert title is not None
    assert (
        f"{title.singular}の年収の範囲は、10パーセンタイルから90パーセンタイルまでの年収を示します。"
        in mixed
    )


def test_show_lists_percentiles_as_short_statements() -> None:
    """`careerdata show`: 10パーセンタイルは…, 中央値は…, not a colon inside the field's colon."""
    status, sheet = _run("show", "13-2011", "--dataset", "bls-oews-2025", "--locale", "ja_JP")
    assert status == 0
    line = next(line for line in sheet.splitlines() if "年収のパーセンタイル" in line)
    assert line.startswith(f"  年収のパーセンタイル：10パーセンタイルは{_usd(56020)}、")
    assert f"中央値は{_usd(83680)}、" in line
    assert "パーセンタイル：$" not in line
    assert "中央値：" not in line


def test_the_summary_joins_sentences_without_spaces_and_opens_without_mata() -> None:
    """No space after 。, and no また when no fact of the pair comes before the pay."""
    roles = load_dataset("bls-oews-2025")
    text = summarize(compare(roles.find("43-4051"), roles.find("11-9111")), "ja_JP")
    assert "。 " not in text
    assert "また、" not in text
    assert "違いがあります。医療・保健サービス管理者の平均年収は" in text


def test_the_text_format_wraps_japanese_between_characters_by_kinsoku() -> None:
    """Lines of Japanese prose fill the width; no line starts or ends with a mark kinsoku bars."""
    roles = load_dataset("bls-oews-2025")
    page = render(compare(roles.find("43-4051"), roles.find("11-9111")), "ja_JP", "text")
    lines = page.splitlines()
    assert max(display_width(line) for line in lines) <= TEXT_WIDTH
    assert not [line for line in lines if line[:1] in ("。", "、", "）", "」")]
    assert not [line for line in lines if line.rstrip()[-1:] in ("（", "$", "「")]
    summary = summarize(compare(roles.find("43-4051"), roles.find("11-9111")), "ja_JP")
    first = summary.split("\n\n")[0]
    wrapped = [line for line in lines if line and first.startswith(line)]
    assert len(wrapped) == 1  # the opening paragraph starts a full line ...
    assert display_width(wrapped[0]) >= TEXT_WIDTH - 2  # ... filled to the width


# ---------------------------------------------------------------------------- second review


def test_the_duties_sentence_follows_the_opening_with_mo() -> None:
    """The duties sentence adds to the opening one (…も、両者で異なります), not 職種ごとに."""
    status, page = _run("compare", "customer-care-supervisor", "customer-service-manager",
                        "--locale", "ja_JP", "--format", "markdown")  # fmt: skip
    assert status == 0
    assert "違いがあります。職務と責任の内容も、両者で異なります。" in page
    assert "職種ごとに" not in page


def test_an_all_other_title_puts_its_category_in_brackets_after_the_noun() -> None:
    """An "All Other" title ends in its category in brackets: "その他の A と B" reads "other A and B"."""
    roles = load_dataset("bls-oews-2025")
    helper = roles.find("47-3019").localized_title("ja")
    assert helper is not None
    assert (helper.singular, helper.plural) == ("建設補助作業員（その他）",) * 2
    text = summarize(compare(roles.find("47-3019"), roles.find("53-3032")), "ja_JP")
    assert text.startswith("建設補助作業員（その他）と大型トラック・トレーラードライバーには、")
    assert "その他の" not in text
    leftovers = [
        code for code, title in TITLES["titles"].items() if title["singular"].startswith("その他の")
    ]
    assert leftovers == []


def test_an_amount_below_ten_thousand_reads_like_the_larger_one() -> None:
    """Below 1万 the amount still reads with the currency's name: 9500米ドル, not $9,500."""
    low = Role(title="A", titles=(LocalizedTitle("ja", "看護師", "看護師"),),
               pay=Pay(yearly=Money(9500)))  # fmt: skip
    high = Role(title="B", titles=(LocalizedTitle("ja", "准看護師", "准看護師"),),
                pay=Pay(yearly=Money(42702)))  # fmt: skip
    text = summarize(compare(high, low), "ja_JP")
    dollars = get_currency_name("USD", count=2, locale="ja")
    assert (
        f"准看護師の平均年収は{_read(42702)}で、看護師の平均年収9500{dollars}を上回ります。" in text
    )
    assert _usd(9500) not in text


def test_chart_descriptions_read_as_japanese_sentences() -> None:
    """Charts: 【role】 before the figures, skills joined with 、, the overlap said of both roles."""
    status, page = _run("compare", "customer-care-supervisor", "customer-service-manager",
                        "--locale", "ja_JP", "--format", "html")  # fmt: skip
    assert status == 0
    assert f"【{CCS}】女性：" in page
    assert f"{CCS}：女性：" not in page
    assert "；" not in page
    overlap = f"両者の年収の範囲は、{_usd(35000)}～{_usd(59000)}の間で重なっています。"
    assert overlap in page
    bls = _bls_page("43-4051", "11-9111", "html")
    assert "両者の年収の範囲は重なっていません。" in bls


def test_roles_paid_only_by_the_hour_have_their_wage_said() -> None:
    """An hourly wage alone, two compared, two equal: 平均時給, read with the currency's name."""
    texts = summaries("ja_JP")
    name = get_currency_name("USD", count=2, locale="ja")
    actor, dancer = (
        format_decimal(role.pay.hourly.amount, "0.00", locale="ja_JP") + name  # type: ignore[union-attr]
        for role in (ACTOR, DANCER)
    )
    assert AGENT.pay is not None
    assert AGENT.pay.yearly is not None
    yearly = _read(int(AGENT.pay.yearly.amount))
    expected = {
        "alone": f"カスタマーサービス担当者の平均年収は{yearly}です。俳優の平均時給は{actor}です。",
        "alone_additionally": f"また、俳優の平均時給は{actor}です。"
        f"カスタマーサービス担当者の平均年収は{yearly}です。",
        "higher": f"俳優の平均時給は{actor}で、ダンサーの平均時給{dancer}を上回ります。",
        "higher_additionally": f"また、俳優の平均時給は{actor}で、ダンサーの平均時給{dancer}を上回ります。",
        "same": f"俳優の平均時給は{actor}で、ダンサーの平均時給と同じです。",
        "same_additionally": f"また、俳優の平均時給は{actor}で、ダンサーの平均時給と同じです。",
    }
    assert expected == {key: text[-len(expected[key]) :] for key, text in texts.items()}
    assert wage(ACTOR, "ja_JP") not in texts["higher"]  # read with the currency's name


@pytest.mark.parametrize("page_format", ["text", "markdown", "html"])
def test_a_page_of_roles_paid_by_the_hour_never_says_yearly_pay(page_format: str) -> None:
    """Actors and dancers have no 年収: the pay heading and the pay leaders say 給与."""
    page = render(compare(ACTOR, DANCER), "ja_JP", page_format)
    assert "年収" not in page
    assert "俳優とダンサーの給与" in page
    assert "給与が最も高い州" in page


def test_a_short_bracketed_qualifier_stays_on_one_line() -> None:
    """A line breaks before a short bracketed qualifier, never inside; a long one still fits."""
    for width in range(12, 20, 2):
        lines = wrap("芸能・スポーツ関連職（その他）", width, JA.break_points)
        assert any("（その他）" in line for line in lines), lines
    long = "（" + "あ" * 20 + "）"
    assert all(display_width(line) <= 12 for line in wrap(long, 12, JA.break_points))
