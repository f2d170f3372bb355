"""Every BLS OEWS occupation renders in all four languages and all formats, cleanly.

Each of the 830 roles of ``bls-oews-2025`` is compared with its neighbour in dataset order (and
a few fixed pairs), then rendered as Markdown, text and HTML in English, German, French and
Spanish.  No page may show a missing-value leak ("None", "nan", a lone "-", braces, "%s"), the
HTML must parse to the page's own blocks, and the prose must keep its grammar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import attrs
import pytest

from careerdata import model as m
from careerdata.compare import Comparison, compare
from careerdata.datasets import load_dataset
from careerdata.text import english, render, summarize
from careerdata.text._locale import resolve
from careerdata.text.page import page_blocks
from test_text_safety import check_html, check_markdown

LANGUAGES = ("en_US", "de_DE", "fr_FR", "es_ES")
#: Pairs worth a look beyond neighbours: the issue's German page, far apart groups, roles
#: without yearly wages, titles with commas and lists, the proper noun "English".
FIXED = (
    ("43-4051", "11-9111"),
    ("11-9111", "43-4051"),
    ("27-2011", "29-1223"),
    ("25-1123", "25-3011"),
    ("23-1023", "53-7062"),
    ("27-2042", "27-2091"),
)
#: What a page never shows: None/nan from Python, a dash or template syntax for a missing value.
LEAK = re.compile(r"\bNone\b|\bnan\b|\bNaN\b|[{}]|%[sd(]|(?<!\S)-(?!\S)")
#: Broken spacing in prose: doubled spaces, an ASCII space before a comma or full stop.
SPACING = re.compile(r"  | [,.]")
#: "or more" in each language, for a wage known only as a lower bound.
OR_MORE = {
    "en_US": "$239,200 or more",
    "de_DE": "mindestens 239.200 $",
    "fr_FR": "239 200 $US ou plus",
    "es_ES": "239.200 US$ o más",
}


@pytest.fixture(scope="module")
def roles() -> list[m.Role]:
    return list(load_dataset("bls-oews-2025").values())


def _pairs(roles: list[m.Role]) -> Iterator[Comparison]:
    by_code = {role.soc_code: role for role in roles}
    for index, role in enumerate(roles):
        yield compare(role, roles[(index + 1) % len(roles)])
    for a, b in FIXED:
        yield compare(by_code[a], by_code[b])


def _leaks(page: str) -> list[str]:
    # Markdown bullets and table rules start with a dash on purpose; prose and cells never do.
    body = re.sub(r"^(?:- |\|---.*$)", "", page, flags=re.MULTILINE)
    return [body[max(0, found.start() - 40) : found.end() + 40] for found in LEAK.finditer(body)]


def test_dataset_has_every_detailed_occupation(roles: list[m.Role]) -> None:
    """830 roles, each with a SOC code."""
    assert len(roles) == 830
    assert all(role.soc_code for role in roles)


@pytest.mark.parametrize("locale", LANGUAGES)
def test_every_role_renders_in_every_format_without_leaks(roles: list[m.Role], locale: str) -> None:
    """Every role against its neighbour: three formats, no leak, HTML and Markdown well-formed."""
    context = resolve(locale)
    offset = LANGUAGES.index(locale)
    problems = []
    for index, comparison in enumerate(_pairs(roles)):
        pages = {name: render(comparison, locale, name) for name in ("markdown", "text", "html")}
        if index % 3 == offset % 3:  # every role's pages parsed in some language, to save time
            blocks = list(page_blocks(comparison, context))
            check_html(pages["html"], blocks)
            check_markdown(pages["markdown"], blocks)
        summary = summarize(comparison, locale)
        problems += [(comparison.a.slug, "spacing", s) for s in SPACING.findall(summary)]
        for name, page in pages.items():
            problems += [
                (comparison.a.slug, comparison.b.slug, name, leak) for leak in _leaks(page)
            ]
    assert problems == []


def _prose(title: str) -> str:
    return english.prose_case(english.bracket_qualifier(title))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=\S)", text.replace("\n\n", " ")) if s]


def test_english_summaries_are_grammatical(roles: list[m.Role]) -> None:
    """English prose: articles by sound, sentences capitalised, the higher pay named first."""
    problems = []
    for comparison in _pairs(roles):
        a, b = comparison.a, comparison.b
        text = summarize(comparison, "en_US")
        problems.extend(
            ("sentence", sentence)
            for sentence in _sentences(text)
            if not (sentence[0].isupper() and sentence.endswith("."))
        )
        for role in (a, b):
            title = _prose(role.title)
            expected = f"{role.article or english.article(title)} {title}"
            # The title is lower case inside a sentence, capitalised where one starts with it.
            found = expected in text or expected[0].upper() + expected[1:] in text
            if role.pay is not None and role.pay.yearly is not None and not found:
                problems.append(("article", expected, text))
        pay_a, pay_b = (role.pay.yearly if role.pay else None for role in (a, b))
        if pay_a is not None and pay_b is not None and pay_a.amount != pay_b.amount:
            higher, lower = (a, b) if pay_a.amount > pay_b.amount else (b, a)
            sentence = next(s for s in _sentences(text) if "higher than" in s)
            if sentence.find(_prose(higher.title)) > sentence.find(_prose(lower.title) + "."):
                problems.append(("order", sentence))
    assert problems == []


def test_proper_nouns_keep_their_case_in_prose(roles: list[m.Role]) -> None:
    """ "English" stays capitalised in running English prose about BLS titles."""
    by_code = {role.soc_code: role for role in roles}
    text = summarize(compare(by_code["25-1123"], by_code["25-3011"]), "en_US")
    assert "English language and literature teachers (postsecondary)" in text
    assert "English as a second language instructors" in text
    assert "english" not in text


def test_qualifiers_are_bracketed_in_prose_not_in_tables(roles: list[m.Role]) -> None:
    """ "Teachers, Postsecondary" reads "teachers (postsecondary)" in a sentence, "Teacher (Postsecondary)" in a column head."""
    by_code = {role.soc_code: role for role in roles}
    comparison = compare(by_code["11-9033"], by_code["11-9199"])
    text = " ".join(summarize(comparison, "en_US").split())
    assert text.startswith(
        "The differences between education administrators (postsecondary) and managers (all "
        "other) can be seen in a few details."
    )
    page = render(comparison, "en_US", "markdown")
    assert "|  | Education Administrator (Postsecondary) | Manager (All Other) |" in page


def test_german_page_for_the_issue_pair(roles: list[m.Role]) -> None:
    """43-4051 vs 11-9111 in de_DE: a German page with German figures and the German titles."""
    by_code = {role.soc_code: role for role in roles}
    page = render(compare(by_code["43-4051"], by_code["11-9111"]), "de_DE", "text")
    assert page.startswith(
        "Fachkraft Kundenservice vs. Leitung im Gesundheitswesen: Berufe im Vergleich\n"
    )
    flat = " ".join(page.split())
    assert (
        "Das durchschnittliche Jahresgehalt für „Leitung im Gesundheitswesen“ liegt "
        "bei 140.970 $ und damit über den 46.590 $, die man im Durchschnitt als „Fachkraft "
        "Kundenservice“ verdient."
    ) in flat
    assert "Customer Service Representative" not in flat
    assert "Beschäftigte 2.595.750 597.080" in flat


def _top_coded(role: m.Role) -> m.Role:
    """The role with its mean and its band's top known only as at least $239,200."""
    assert role.pay is not None
    top = m.Money(Decimal(239200), at_least=True)
    low = role.pay.range.low if role.pay.range is not None else None
    return attrs.evolve(role, pay=attrs.evolve(role.pay, yearly=top, range=m.SalaryBand(low, top)))


@pytest.mark.parametrize("locale", LANGUAGES)
def test_top_coded_wages_read_or_more(roles: list[m.Role], locale: str) -> None:
    """A lower-bound wage reads "... or more" in every language, in prose and in tables."""
    by_code = {role.soc_code: role for role in roles}
    comparison = compare(_top_coded(by_code["29-1223"]), by_code["11-1011"])
    summary = summarize(comparison, locale)
    assert OR_MORE[locale] in " ".join(summary.split())
    for name in ("markdown", "text", "html"):
        page = render(comparison, locale, name)
        assert page.count(OR_MORE[locale].split()[-1]) >= 3
        assert _leaks(page) == []
