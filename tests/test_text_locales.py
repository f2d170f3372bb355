"""Every CLDR locale babel lists renders every seed pair; malformed locale strings are refused.

Accepted forms (documented in ``careerdata.text._locale.resolve``): CLDR identifiers with ``_``
or BCP 47 tags with ``-`` in any letter case, with an optional POSIX codeset that is ignored
(``de_DE.UTF-8``).  Refused with :class:`careerdata.errors.UnknownLocaleError`: locales CLDR
does not know, empty or padded strings, mixed separators, POSIX modifiers, BCP 47 extensions,
paths and other garbage.
"""

from __future__ import annotations

import itertools

import babel
import pytest
from babel.core import get_global
from babel.localedata import locale_identifiers

import careerdata
from careerdata.compare import Comparison, compare
from careerdata.datasets import load_dataset
from careerdata.errors import UnknownLocaleError
from careerdata.text import render, summarize
from careerdata.text._locale import resolve
from careerdata.text.languages import shipped_languages

FORMATS = ("markdown", "text", "html")


@pytest.fixture(scope="module")
def seed_pairs() -> list[Comparison]:
    roles = list(load_dataset("customer-service").values())
    assert len(roles) == 6
    return [compare(a, b) for a, b in itertools.permutations(roles, 2)]


def _first_sentence(text: str) -> str:
    return text.split(". ", 1)[0]


def test_every_babel_locale_summarizes_every_seed_pair(seed_pairs: list[Comparison]) -> None:
    """All of babel's locales: no error, and the text is in the best shipped language (a
    regional variant's for its territory, or for a locale whose CLDR parent it is)."""
    parents = get_global("parent_exceptions")
    reference = {
        language: [_first_sentence(summarize(c, language)) for c in seed_pairs]
        for language in shipped_languages()
    }
    wrong = []
    for identifier in locale_identifiers():
        context = resolve(identifier)
        parsed = babel.Locale.parse(identifier)
        regional = [f"{parsed.language}_{parsed.territory}", parents.get(identifier)]
        shipped = [name for name in regional if name in shipped_languages()]
        language = parsed.language
        expected = shipped[0] if shipped else language if language in shipped_languages() else "en"
        if context.language != expected:
            wrong.append((identifier, context.language))
            continue
        sentences = [_first_sentence(summarize(c, identifier)) for c in seed_pairs]
        if sentences != reference[expected]:
            wrong.append((identifier, sentences[0]))
    assert wrong == []


# A spread of scripts, number systems, right-to-left languages and regional variants.
SAMPLE = (
    "ar_EG",
    "fa_IR",
    "he_IL",
    "hi_IN",
    "bn_BD",
    "th_TH",
    "my_MM",
    "ja_JP",
    "zh_Hant_TW",
    "ko_KR",
    "ru_RU",
    "sr_Latn_BA",
    "de_CH",
    "de_LI",
    "fr_CA",
    "fr_CH",
    "es_MX",
    "es_419",
    "en_IN",
    "en_150",
    "pt_BR",
    "ca_ES_VALENCIA",
    "root",
)


@pytest.mark.parametrize("identifier", SAMPLE)
def test_sample_locales_render_every_seed_pair_in_every_format(
    identifier: str, seed_pairs: list[Comparison]
) -> None:
    """Full pages for a sample of locales: no error and no leaked placeholder."""
    for comparison in seed_pairs:
        for name in FORMATS:
            page = render(comparison, identifier, name)
            assert "%(" not in page
            assert "{0}" not in page
            assert "None" not in page


@pytest.mark.parametrize(
    ("given", "tag"),
    [
        ("de-DE", "de_DE"),
        ("de-de", "de_DE"),
        ("DE_de", "de_DE"),
        ("zh-Hant-TW", "zh_Hant_TW"),
        ("en_US.UTF-8", "en_US"),
        ("de_CH.utf8", "de_CH"),
        ("fr", "fr"),
    ],
)
def test_accepted_spellings(given: str, tag: str) -> None:
    """Hyphen form, any letter case and a POSIX codeset all name the same locale."""
    assert tag == resolve(given).tag
    assert resolve(given) is resolve(tag)


@pytest.mark.parametrize(
    "given",
    [
        "",
        " ",
        "de_DE ",
        " de_DE",
        "de_DE\n",
        "xx_YY_ZZ_1",
        "xx",
        "zz_ZZ",
        "C",
        "POSIX",
        "c",
        "C.UTF-8",
        "POSIX.utf8",
        "de_DE." + "U" * 100,
        "../etc",
        "/etc/passwd",
        "de_DE/../../x",
        "en_US@euro",
        "de_DE.UTF-8@euro",
        "de_DE-1996",
        "en_US-x",
        "en-US-u-ca-buddhist",
        "en_US.",
        ".UTF-8",
        "en_US..UTF-8",
        "de__DE",
        "_DE",
        "de_",
        "-",
        "\u0430\u0431",
        "de_DE\x00",
        "%s",
        "{0}",
    ],
)
def test_malformed_or_unknown_locales_raise_the_librarys_error(
    given: str, seed_pairs: list[Comparison]
) -> None:
    """Every entry point raises UnknownLocaleError (a ValueError) naming the locale."""
    for call in (
        lambda: resolve(given),
        lambda: summarize(seed_pairs[0], given),
        lambda: render(seed_pairs[0], given, "html"),
    ):
        with pytest.raises(UnknownLocaleError) as caught:
            call()
        assert given == caught.value.locale
        assert repr(given) in str(caught.value)
        assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("given", [None, 5, b"de_DE", ["de_DE"]])
def test_a_locale_of_the_wrong_type_raises_the_librarys_error(given: object) -> None:
    """Not a string or a babel.Locale: UnknownLocaleError, not a TypeError from babel."""
    with pytest.raises(UnknownLocaleError):
        resolve(given)  # type: ignore[arg-type]


def test_the_error_is_exported() -> None:
    """Users catch it as careerdata.UnknownLocaleError."""
    assert careerdata.UnknownLocaleError is UnknownLocaleError


@pytest.mark.parametrize(
    ("given", "lang"),
    [
        ("de_CH", "de-CH"),
        ("de-CH", "de-CH"),
        ("en_US.UTF-8", "en-US"),
        ("ca_ES_VALENCIA", "en"),
        ("en_US_POSIX", "en-US-POSIX"),
        ("sr_Latn_BA", "en"),
        ("fr_CA", "fr-CA"),
        ("ja_JP", "ja-JP"),
    ],
)
def test_html_lang_is_a_bcp47_tag_of_the_written_language(given: str, lang: str) -> None:
    """The article's lang attribute is a valid tag of the text's language."""
    assert lang == resolve(given).bcp47


def _grouped_by_cldr(number: int, locale: str) -> str:
    """The number grouped by CLDR's sizes and symbol, laid out here (babel drops a pair of
    "'" group symbols as if they were quotes: the case under test)."""
    from babel import Locale  # noqa: PLC0415
    from babel.numbers import get_group_symbol  # noqa: PLC0415

    first, other = Locale.parse(locale).decimal_formats[None].grouping
    digits, groups = str(number), []
    size = first
    while len(digits) > size:
        groups.insert(0, digits[-size:])
        digits, size = digits[:-size], other
    return get_group_symbol(locale).join([digits, *groups])


@pytest.mark.parametrize("locale", ["de_CH", "it_CH", "fr_CH", "de_DE", "en_IN"])
def test_millions_keep_their_grouping_in_every_locale(locale: str) -> None:
    """2,595,750 jobs: "2'595'750" in Switzerland (CLDR 49), never "2595750"."""
    roles = load_dataset("bls-oews-2025")
    page = render(compare(roles.find("43-4051"), roles.find("11-9111")), locale, "markdown")
    assert _grouped_by_cldr(2595750, locale) in page
    assert "2595750" not in page
