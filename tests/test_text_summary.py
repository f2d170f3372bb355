"""The opening prose: the seed pages word for word, and what the seeds never show."""

from __future__ import annotations

import importlib.util
import itertools
import re
import sys
import threading
from decimal import Decimal
from pathlib import Path

import attrs
import babel
import pytest
from babel.lists import format_list
from babel.numbers import get_decimal_symbol
from hypothesis import given

from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.errors import UnknownLocaleError
from careerdata.model import (
    Career,
    LocalizedTitle,
    Money,
    Pay,
    Role,
    Skill,
    YearRange,
)
from careerdata.text import page_description, render, summarize, written_language
from careerdata.text._locale import resolve
from cldr import money
from hourly_pay import ACTOR, DANCER
from strategies import role_pairs

ROOT = Path(__file__).resolve().parent.parent

# The opening sentences of the five seed pages, as the pages print them, with their two roles
# in page order.
SEED_PAGES = {
    ("customer-care-supervisor", "customer-service-manager"): [
        (
            "The differences between customer care supervisors and customer service managers can be "
            "seen in a few details."
        ),
        "Each job has different responsibilities and duties.",
        (
            "It typically takes 4-6 years to become both a customer care supervisor and a customer "
            "service manager."
        ),
        (
            "Additionally, a customer service manager has an average salary of $61,487, which is "
            "higher than the $42,702 average annual salary of a customer care supervisor."
        ),
        (
            "The top three skills for a customer care supervisor include customer satisfaction, "
            "process improvement and corrective action."
        ),
        (
            "The most important skills for a customer service manager are strong customer service, "
            "payroll, and customer satisfaction."
        ),
    ],
    ("customer-service-manager", "customer-care-manager"): [
        (
            "The differences between customer service managers and customer care managers can be "
            "seen in a few details."
        ),
        "Each job has different responsibilities and duties.",
        (
            "It typically takes 4-6 years to become both a customer service manager and a customer "
            "care manager."
        ),
        (
            "Additionally, a customer service manager has an average salary of $61,487, which is "
            "higher than the $41,181 average annual salary of a customer care manager."
        ),
        (
            "The top three skills for a customer service manager include strong customer service, "
            "payroll and customer satisfaction."
        ),
        (
            "The most important skills for a customer care manager are patients, home health, and "
            "social work."
        ),
    ],
    ("customer-service-manager", "customer-service-leader"): [
        (
            "The differences between customer service managers and customer service leaders can be "
            "seen in a few details."
        ),
        "Each job has different responsibilities and duties.",
        (
            "It typically takes 4-6 years to become both a customer service manager and a customer "
            "service leader."
        ),
        (
            "Additionally, a customer service manager has an average salary of $61,487, which is "
            "higher than the $33,791 average annual salary of a customer service leader."
        ),
        (
            "The top three skills for a customer service manager include strong customer service, "
            "payroll and customer satisfaction."
        ),
        (
            "The most important skills for a customer service leader are POS, sales floor, and store "
            "management."
        ),
    ],
    ("customer-service-operations-manager", "customer-service-manager"): [
        (
            "The differences between customer service/operations managers and customer service "
            "managers can be seen in a few details."
        ),
        "Each job has different responsibilities and duties.",
        (
            "It typically takes 4-6 years to become both a customer service/operations manager and a "
            "customer service manager."
        ),
        (
            "Additionally, a customer service/operations manager has an average salary of $69,350, "
            "which is higher than the $61,487 average annual salary of a customer service manager."
        ),
        (
            "The top three skills for a customer service/operations manager include customer "
            "satisfaction, ISO and logistics."
        ),
        (
            "The most important skills for a customer service manager are strong customer service, "
            "payroll, and customer satisfaction."
        ),
    ],
    ("contact-center-manager", "customer-service-manager"): [
        (
            "The differences between contact center managers and customer service managers can be "
            "seen in a few details."
        ),
        "Each job has different responsibilities and duties.",
        (
            "Additionally, a customer service manager has an average salary of $61,487, which is "
            "higher than the $57,880 average annual salary of a contact center manager."
        ),
        (
            "The top three skills for a contact center manager include professional development, IVR "
            "and project management."
        ),
        (
            "The most important skills for a customer service manager are strong customer service, "
            "payroll, and customer satisfaction."
        ),
    ],
}


def _without_serial_comma(text: str) -> str:
    """The seeds use the serial comma only sometimes; compare lists without it."""
    return text.replace(", and ", " and ")


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=\.)\s+", text.strip())


@pytest.fixture(scope="module")
def seeds() -> dict[str, Role]:
    return dict(load_dataset("customer-service"))


@pytest.mark.parametrize(("pair", "expected"), list(SEED_PAGES.items()), ids=str)
def test_english_summary_reproduces_each_seed_page(
    seeds: dict[str, Role], pair: tuple[str, str], expected: list[str]
) -> None:
    """Each seed page's opening sentences come out word for word, in order, and nothing else."""
    text = summarize(compare(seeds[pair[0]], seeds[pair[1]]), "en_US")
    actual = [_without_serial_comma(s) for s in _sentences(text)]
    assert [_without_serial_comma(s) for s in expected] == actual


def test_summary_has_two_paragraphs_like_the_seeds(seeds: dict[str, Role]) -> None:
    """Differences, time and pay make the first paragraph; skills the second."""
    text = summarize(compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"]))
    first, second = text.split("\n\n")
    assert first.startswith("The differences between")
    assert second.startswith("The top three skills")


def test_lists_follow_cldr_for_the_locale(seeds: dict[str, Role]) -> None:
    """en_US writes the serial comma (CLDR), en_IN does not."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-manager"])
    assert "strong customer service, payroll, and customer satisfaction" in summarize(
        comparison, "en_US"
    )
    assert "strong customer service, payroll and customer satisfaction" in summarize(
        comparison, "en_IN"
    )


# ---------------------------------------------------------------------------- beyond the seeds


def _role(title: str, yearly: Money | int | None = None, **kwargs: object) -> Role:
    pay = None
    if yearly is not None:
        pay = Pay(yearly=yearly if isinstance(yearly, Money) else Money(yearly))
    return Role(title=title, pay=pay, **kwargs)


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "ja_JP"])
def test_additionally_only_follows_a_stated_fact(locale: str) -> None:
    """With nothing but the opening before it, the salary sentence has no "Additionally"."""
    connector = {"en_US": "Additionally", "de_DE": "Außerdem", "fr_FR": "Par ailleurs"}
    connector["ja_JP"] = "また、"
    plain = (_role("Nurse", 90000), _role("Teacher", 61487))
    timed = tuple(attrs.evolve(r, career=Career(time_to_become=YearRange(2, 4))) for r in plain)
    alone = re.split(r"(?<=\.)\s+|(?<=。)", summarize(compare(*plain), locale).strip("。"))
    after = re.split(r"(?<=\.)\s+|(?<=。)", summarize(compare(*timed), locale).strip("。"))
    assert len(alone) == 2
    assert connector[locale] not in alone[1]
    assert alone[1][0] not in "abcdefghijklmnopqrstuvwxyz"  # a sentence starting with a title
    assert len(after) == 3
    assert after[2].startswith(connector[locale])


def test_japanese_sentences_follow_each_other_with_no_space() -> None:
    """「。」 ends a Japanese sentence with no space after it, in the summary and the meta."""
    titled = [
        attrs.evolve(role, titles=(LocalizedTitle("ja", name, name),))
        for role, name in ((_role("Nurse", 90000), "看護師"), (_role("Teacher", 61487), "教師"))
    ]
    comparison = compare(*titled)
    text = summarize(comparison, "ja_JP")
    assert "。" in text
    assert "。 " not in text
    assert "。 " not in page_description(comparison, "ja_JP")
    assert ". " in summarize(comparison, "de_DE")


def test_equal_pay_is_the_same_as() -> None:
    """Equal salaries are "the same as", never "higher than"."""
    text = summarize(compare(_role("Nurse", 61487), _role("Teacher", 61487)))
    expected = (
        "A nurse has an average salary of $61,487, which is the same as the "
        "average annual salary of a teacher."
    )
    assert expected in _sentences(text)


def test_the_higher_paid_role_comes_first_whichever_it_is() -> None:
    """When the second role earns more it is named first in the salary sentence."""
    text = summarize(compare(_role("HR Manager", 82000), _role("UX Designer", 95500)))
    expected = (
        "A UX designer has an average salary of $95,500, which is higher than "
        "the $82,000 average annual salary of an HR manager."
    )
    assert expected in _sentences(text)


@pytest.mark.parametrize("missing_first", [True, False])
def test_one_salary_missing_leaves_an_honest_sentence(missing_first: bool) -> None:
    """With one salary only, the sentence states it and never shows a dash or None."""
    roles = [_role("Operations Manager", 70000), _role("University Recruiter")]
    if missing_first:
        roles.reverse()
    text = summarize(compare(*roles))
    expected = "An operations manager has an average salary of $70,000."
    assert expected in _sentences(text)
    assert "None" not in text
    assert " - " not in text


def test_no_salary_means_no_salary_sentence() -> None:
    """Without any salary (nor duties) the sentences about them go."""
    text = summarize(compare(_role("Nurse"), _role("Teacher")))
    expected = ["The differences between nurses and teachers can be seen in a few details."]
    assert expected == _sentences(text)


def test_duties_sentence_only_where_duties_are_shown() -> None:
    """ "Each job has different responsibilities and duties" needs the duties of both roles."""
    sentence = "Each job has different responsibilities and duties."
    nurse, teacher = _role("Nurse"), _role("Teacher")
    assert sentence not in _sentences(summarize(compare(nurse, teacher)))
    with_duties = Role(title="Nurse", responsibilities=("Care for patients.",))
    assert sentence not in _sentences(summarize(compare(with_duties, teacher)))
    assert sentence not in _sentences(summarize(compare(teacher, with_duties)))
    both = Role(title="Teacher", responsibilities=("Teach classes.",))
    assert sentence in _sentences(summarize(compare(with_duties, both)))


def test_top_coded_pay_is_a_lower_bound() -> None:
    """A BLS top-coded wage reads "$239,200 or more"."""
    surgeon = _role("Surgeon", Money(239200, at_least=True))
    text = summarize(compare(surgeon, _role("Nurse", 93600)))
    expected = (
        "A surgeon has an average salary of $239,200 or more, which is higher "
        "than the $93,600 average annual salary of a nurse."
    )
    assert expected in _sentences(text)


def test_two_lower_bounds_are_not_ordered() -> None:
    """Two top-coded wages cannot be ranked, so the sentence states both."""
    a = _role("Surgeon", Money(239200, at_least=True))
    b = _role("Anesthesiologist", Money(239200, at_least=True))
    expected = (
        "The average salary of a surgeon is $239,200 or more, and that of an "
        "anesthesiologist is $239,200 or more."
    )
    assert expected in _sentences(summarize(compare(a, b)))


def test_different_times_to_become_name_both() -> None:
    """Different ranges are both stated."""
    a = _role("Nurse", career=Career(time_to_become=YearRange(2, 4)))
    b = _role("Surgeon", career=Career(time_to_become=YearRange(12, 12)))
    expected = "It typically takes 2-4 years to become a nurse and 12 years to become a surgeon."
    assert expected in _sentences(summarize(compare(a, b)))


def test_one_year_is_singular() -> None:
    """One year is "1 year", in the same-range sentence too."""
    a = _role("Cashier", career=Career(time_to_become=YearRange(1, 1)))
    b = _role("Barista", career=Career(time_to_become=YearRange(1, 1)))
    expected = "It typically takes 1 year to become both a cashier and a barista."
    assert expected in _sentences(summarize(compare(a, b)))


def test_time_to_become_of_one_role_only_is_left_out() -> None:
    """Like the seed page of contact center managers, one missing range drops the sentence."""
    a = _role("Nurse", career=Career(time_to_become=YearRange(2, 4)))
    text = summarize(compare(a, _role("Teacher")))
    assert "It typically takes" not in text


def test_skills_without_weights_are_still_ranked() -> None:
    """Unweighted skills keep their order; acronyms keep their case."""
    a = _role("Analyst", skills=(Skill("Customer Satisfaction"), Skill("ISO"), Skill("Logistics")))
    expected = (
        "The top three skills for an analyst include customer satisfaction, ISO, and logistics."
    )
    assert expected in _sentences(summarize(compare(a, _role("Clerk"))))


@pytest.mark.parametrize(
    ("skills", "first", "second"),
    [
        (
            ("Payroll", "QA"),
            "The top two skills for an analyst are payroll and QA.",
            "The most important skills for an analyst are payroll and QA.",
        ),
        (
            ("Payroll",),
            "The top skill for an analyst is payroll.",
            "The most important skill for an analyst is payroll.",
        ),
    ],
)
def test_fewer_than_three_skills(skills: tuple[str, ...], first: str, second: str) -> None:
    """One or two skills get sentences that count them right, for either role."""
    analyst = _role("Analyst", skills=tuple(Skill(name) for name in skills))
    assert first in _sentences(summarize(compare(analyst, _role("Clerk"))))
    assert second in _sentences(summarize(compare(_role("Clerk"), analyst)))


def test_no_skills_means_no_skills_paragraph() -> None:
    """Without skills there is no second paragraph."""
    assert "\n\n" not in summarize(compare(_role("Nurse", 1), _role("Clerk", 2)))


@pytest.mark.parametrize(
    ("title", "phrase"),
    [
        ("HR Manager", "HR managers"),
        ("IT Support Specialist", "IT support specialists"),
        ("Chief of Staff", "chiefs of staff"),
        ("Attorney", "attorneys"),
    ],
)
def test_titles_keep_acronyms_and_take_english_plurals(title: str, phrase: str) -> None:
    """Plural titles in prose keep acronyms and inflect the head noun."""
    assert f"between {phrase} and" in summarize(compare(_role(title), _role("Clerk")))


def test_role_overrides_for_article_and_plural_are_used() -> None:
    """A role's own article and plural win over the rules."""
    a = _role("SCADA Engineer", 90000, article="a", plural="SCADA Engineers")
    text = summarize(compare(a, _role("Clerk", 30000)))
    assert "between SCADA engineers and clerks" in text
    assert "A SCADA engineer has an average salary" in text


# ---------------------------------------------------------------------------- other locales


def test_german_summary_uses_german_figures_and_localized_titles(seeds: dict[str, Role]) -> None:
    """German prose, German number format, titles from the data."""
    text = summarize(
        compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"]), "de_DE"
    )
    manager = seeds["customer-service-manager"].localized_title("de")
    assert manager is not None
    assert f"„{manager.singular}“" in text
    assert "61.487\N{NO-BREAK SPACE}$" in text
    assert "4 bis 6 Jahre" in text


def test_swiss_german_uses_swiss_figures(seeds: dict[str, Role]) -> None:
    """de_CH writes German with Swiss grouping."""
    text = summarize(
        compare(seeds["customer-service-manager"], seeds["customer-care-manager"]), "de_CH"
    )
    assert money("61487", "USD", "de_CH", whole=True) in text
    assert "Ausserdem" in text
    assert "ß" not in text


def test_french_whole_dollars_keep_the_french_pattern(seeds: dict[str, Role]) -> None:
    """French whole units: "61 487 $US" with the narrow no-break space of CLDR."""
    text = summarize(
        compare(seeds["customer-service-manager"], seeds["customer-care-manager"]), "fr_FR"
    )
    assert money("61487", "USD", "fr_FR", whole=True) in text
    assert "Par ailleurs" in text


def test_english_title_without_translation_is_quoted_not_inflected() -> None:
    """Without a localized title, German quotes the English title after a noun."""
    a = _role("Customer Success Manager", 70000)
    b = _role(
        "Help Desk Analyst", 50000, titles=(LocalizedTitle("de", "IT-Helpdesk", "IT-Helpdesks"),)
    )
    text = summarize(compare(a, b), "de_DE")
    assert "für „Customer Success Manager“ liegt bei 70.000\N{NO-BREAK SPACE}$" in text
    assert "als „IT-Helpdesk“" in text
    assert "Beruf" not in text


def test_spanish_uses_e_before_an_i_sound() -> None:
    """Spanish writes "e" instead of "y" before ISO, "i-" and "hi-" words, not before "hie-"."""
    a = _role("Analyst", skills=(Skill("Payroll"), Skill("Logistics"), Skill("ISO")))
    b = _role("Clerk", skills=(Skill("Payroll"), Skill("Hierro")))
    text = summarize(compare(a, b), "es_ES")
    assert "«Payroll», «Logistics» e «ISO»" in text
    assert "«Payroll» y «Hierro»" in text


def _english_figures_for(territory: str) -> str:
    """What CLDR says English for ``territory`` is, when it writes a decimal point; else en."""
    try:
        regional = babel.Locale.parse(f"en_{territory}")
    except babel.UnknownLocaleError:
        return "en"
    english = babel.Locale.parse("en")
    same = get_decimal_symbol(regional) == get_decimal_symbol(english)
    return str(regional) if same else "en"


@pytest.mark.parametrize("locale", ["sw_KE", "tr_TR", "sv_SE", "hu_HU", "ka_GE"])
def test_other_languages_fall_back_to_english_text_with_english_figures(
    seeds: dict[str, Role], locale: str
) -> None:
    """A language with no catalog writes English, and its figures follow English conventions
    (the territory's English when CLDR has one with a decimal point), never the locale's own
    "61.487 USD", which an English reader takes for sixty-one dollars."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-manager"])
    text = summarize(comparison, locale)
    figures = _english_figures_for(babel.Locale.parse(locale).territory or "")
    assert f"an average salary of {money('61487', 'USD', figures, whole=True)}" in text
    skills = ["strong customer service", "payroll", "customer satisfaction"]
    assert format_list(skills, locale=figures) in text
    assert written_language(locale) == "en"
    assert resolve(locale).fell_back


@pytest.mark.parametrize("locale", ["sw_KE", "tr_TR"])
def test_strict_option_refuses_a_locale_with_no_catalog(
    seeds: dict[str, Role], locale: str
) -> None:
    """fallback=False raises UnknownLocaleError naming the locale instead of writing English."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-manager"])
    with pytest.raises(UnknownLocaleError, match=f"'{locale}': no catalog for its language"):
        summarize(comparison, locale, fallback=False)
    with pytest.raises(UnknownLocaleError, match="no catalog"):
        render(comparison, locale, fallback=False)
    assert summarize(comparison, "de_CH", fallback=False) == summarize(comparison, "de_CH")
    assert written_language("de_CH") == "de"
    assert not resolve("de_CH").fell_back


def test_a_babel_locale_object_is_accepted(seeds: dict[str, Role]) -> None:
    """A babel.Locale gives the same text as its identifier."""
    comparison = compare(seeds["customer-service-manager"], seeds["customer-care-manager"])
    assert summarize(comparison, "fr_CA") == summarize(comparison, babel.Locale("fr", "CA"))


@pytest.mark.parametrize("locale", ["xx_YY", "en_XX", "", "en__US", "123", "not a locale"])
def test_unknown_locale_raises_the_library_error_naming_it(locale: str) -> None:
    """A locale babel does not know raises UnknownLocaleError with its name."""
    comparison = compare(_role("Nurse"), _role("Clerk"))
    with pytest.raises(UnknownLocaleError) as raised:
        summarize(comparison, locale)
    assert repr(locale) in str(raised.value)


def test_a_locale_of_the_wrong_type_raises_the_library_error() -> None:
    """Anything but a string or babel.Locale is refused with the library's error."""
    with pytest.raises(UnknownLocaleError):
        summarize(compare(_role("Nurse"), _role("Clerk")), 42)


# ---------------------------------------------------------------------------- properties


@given(role_pairs())
def test_any_pair_summarizes_without_placeholders_or_missing_markers(
    pair: tuple[Role, Role],
) -> None:
    """Any valid pair, however sparse, gives prose without template leftovers in any language.

    (Generated names are letters and digits, so a brace or "%(" can only come from a template.)
    """
    comparison = compare(*pair)
    for locale in ("en_US", "de_DE", "fr_FR", "es_ES"):
        text = summarize(comparison, locale)
        assert [marker for marker in ("%(", "{", "}", "\n\n\n") if marker in text] == []


def test_summaries_are_the_same_from_many_threads(seeds: dict[str, Role]) -> None:
    """Concurrent first uses of the caches give the same text as sequential calls."""
    pairs = list(itertools.permutations(seeds.values(), 2))
    locales = ["en_US", "de_CH", "fr_CA", "es_MX", "ja_JP"]
    expected = {
        (a.slug, b.slug, loc): summarize(compare(a, b), loc) for a, b in pairs for loc in locales
    }
    results: dict[tuple[str, str, str], str] = {}
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for a, b in pairs[offset:] + pairs[:offset]:
                for loc in locales:
                    results[a.slug, b.slug, loc] = summarize(compare(a, b), loc)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert expected == results


# ---------------------------------------------------------------------------- naive baseline


def _naive_module() -> object:
    spec = importlib.util.spec_from_file_location(
        "naive_text", ROOT / "benchmarks" / "naive_text.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("naive_text", module)
    spec.loader.exec_module(module)
    return module


def test_naive_benchmark_baseline_writes_the_same_paragraph(seeds: dict[str, Role]) -> None:
    """The benchmark compares like with like: the naive text equals ours for every seed pair."""
    naive = _naive_module()
    for a, b in itertools.permutations(seeds.values(), 2):
        expected = naive.summarize(a, b, "en_US")
        assert expected == summarize(compare(a, b), "en_US")


def test_money_amounts_are_rounded_to_whole_units_in_prose() -> None:
    """Prose shows whole currency units, rounded, without cents."""
    text = summarize(compare(_role("Nurse", Money(Decimal("61486.50"))), _role("Clerk", 100)))
    assert "A nurse has an average salary of $61,486," in text


def _two_currencies() -> tuple[Role, Role]:
    berlin = Role(title="Developer", pay=Pay(currency="EUR", yearly=Money(60000, "EUR")))
    boston = Role(title="Engineer", pay=Pay(yearly=Money(90000)))
    return berlin, boston


def test_pay_in_two_currencies_is_shown_and_not_compared() -> None:
    """Without rates the summary gives both salaries in their own currencies, ordering neither."""
    text = summarize(compare(*_two_currencies()))
    assert (
        "The average salary of a developer is €60,000 and that of an engineer is $90,000; the two"
        " are in different currencies and are not compared."
    ) in text
    assert "higher" not in text


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "es_ES"])
def test_converted_pay_says_at_which_rate(locale: str) -> None:
    """With rates the salaries are ordered and a sentence gives the rate, formatted by babel."""
    berlin, boston = _two_currencies()
    text = summarize(compare(berlin, boston, rates={"USD": 1, "EUR": "1.08"}), locale)
    one = money("1.00", "USD", locale)
    rate = money("0.93", "EUR", locale)
    assert f"{one} = {rate}" in text
    plain = summarize(compare(berlin, boston), locale)
    assert f"{one} = {rate}" not in plain
    assert money("60000", "EUR", locale, whole=True) in plain
    assert money("90000", "USD", locale, whole=True) in plain


def _hourly(title: str, hourly: Money | str, currency: str = "USD") -> Role:
    wage = hourly if isinstance(hourly, Money) else Money(hourly, currency)
    return Role(title=title, pay=Pay(currency=currency, hourly=wage))


def test_an_hourly_wage_beside_a_salary_is_said_apart_never_weighed() -> None:
    """A salary and an hourly wage are two sentences; neither is "higher" than the other."""
    for pair in [
        (_hourly("Actor", "58.29"), _role("Nurse", 93600)),
        (_role("Nurse", 93600), _hourly("Actor", "58.29")),
    ]:
        text = summarize(compare(*pair))
        assert "An actor earns an average of $58.29 an hour." in _sentences(text)
        assert "A nurse has an average salary of $93,600." in _sentences(text)
        assert "higher" not in text
        assert "same" not in text


def test_a_role_with_yearly_pay_is_said_by_its_salary_not_its_hourly_rate() -> None:
    """The yearly salary is the figure a role with both is named by, as before."""
    both = Role(title="Nurse", pay=Pay(yearly=Money(93600), hourly=Money("45.00")))
    text = summarize(compare(both, _hourly("Actor", "58.29")))
    assert "A nurse has an average salary of $93,600." in _sentences(text)
    assert "$45.00" not in text


def test_two_hourly_wages_that_cannot_be_ordered_are_said_one_by_one() -> None:
    """Two top-coded wages, or two currencies with no rate, are stated, never ranked."""
    top_coded = Money("115.00", at_least=True)
    pairs = [
        (_hourly("Pilot", top_coded), _hourly("Surgeon", top_coded)),
        (_hourly("Actor", "58.29"), _hourly("Dancer", "30.00", "EUR")),
    ]
    for a, b in pairs:
        text = summarize(compare(a, b))
        sentences = _sentences(text)
        assert len(sentences) == 3  # the differences, then one wage each
        assert all(" an hour." in sentence for sentence in sentences[1:])
        assert "higher" not in text
        assert "same" not in text


def test_converted_hourly_wages_are_ordered_and_say_the_rate() -> None:
    """With a rate, two hourly wages in two currencies are compared, and the rate is given."""
    a, b = _hourly("Actor", "58.29"), _hourly("Dancer", "30.00", "EUR")
    text = summarize(compare(a, b, rates={"USD": 1, "EUR": "1.08"}))
    assert "An actor earns an average of $58.29 an hour, which is higher than the" in text
    assert money("1.00", "EUR", "en_US") in text


@pytest.mark.parametrize(
    ("equal", "lead_in"),
    [
        (False, "Actors and dancers have different pay scales, as shown below."),
        (True, "The table below compares the pay of actors with that of dancers."),
    ],
)
def test_the_pay_lead_in_follows_the_hourly_wages_of_roles_paid_by_the_hour(
    equal: bool, lead_in: str
) -> None:
    """BLS roles with hourly wages only have "different pay scales" unless the wages are equal."""
    dancer = attrs.evolve(DANCER, pay=ACTOR.pay) if equal else DANCER
    page = render(compare(ACTOR, dancer), format="text")
    assert lead_in in " ".join(page.split())
