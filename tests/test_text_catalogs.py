"""Message catalogs: complete, current, compiled, loaded, and no English left in other pages."""

from __future__ import annotations

import io
import itertools
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
from babel.support import Translations

from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.model import Role
from careerdata.text._locale import DOMAIN, LOCALES_DIR, SHIPPED_LANGUAGES, resolve
from careerdata.text.page import Bullets, Heading, Paragraph, Table, page_blocks

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = [language for language in SHIPPED_LANGUAGES if language != "en"]
POT = LOCALES_DIR / f"{DOMAIN}.pot"


def _po_path(language: str) -> Path:
    return LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def _read_po(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream, locale=language, domain=DOMAIN)


def _ids(catalog: Catalog) -> set[tuple[str | None, str]]:
    """(context, msgid) of every message; a plural message by its singular."""
    return {
        (message.context, message.id[0] if isinstance(message.id, tuple) else message.id)
        for message in catalog
        if message.id
    }


def _extracted_ids() -> set[tuple[str | None, str]]:
    """Extract the marked messages from the source again, as ``pybabel extract`` would."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as stream:
        method_map, options_map = parse_mapping_cfg(stream)
    source = ROOT / "src" / "careerdata" / "text"
    ids = set()
    for _filename, _line, message, _comments, context in extract_from_dir(
        source, method_map, options_map
    ):
        ids.add((context, message[0] if isinstance(message, tuple) else message))
    return ids


def test_template_is_up_to_date_with_the_source() -> None:
    """careerdata.pot holds exactly the messages marked in the source (re-extract to fix)."""
    assert _extracted_ids() == _ids(_read_po(POT))


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_has_every_template_message_and_no_other(language: str) -> None:
    """Each .po translates the template's messages: none missing, none obsolete."""
    catalog = _read_po(_po_path(language), language)
    assert _ids(_read_po(POT)) == _ids(catalog)
    assert dict(catalog.obsolete) == {}


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_is_fully_translated_and_not_fuzzy(language: str) -> None:
    """No untranslated and no fuzzy entry, plural forms included."""
    catalog = _read_po(_po_path(language), language)
    assert not catalog.fuzzy
    untranslated = [
        message.id
        for message in catalog
        if message.id
        and (not message.string or (isinstance(message.string, tuple) and not all(message.string)))
    ]
    fuzzy = [message.id for message in catalog if message.id and message.fuzzy]
    assert (untranslated, fuzzy) == ([], [])


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_passes_babels_checks(language: str) -> None:
    """Placeholders of every translation match its message (babel's python-format checker)."""
    catalog = _read_po(_po_path(language), language)
    problems = [
        (message.id, [str(error) for error in errors]) for message, errors in catalog.check()
    ]
    assert problems == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_plural_rule_is_cldrs(language: str) -> None:
    """The Plural-Forms header is the CLDR rule babel knows for the language."""
    catalog = _read_po(_po_path(language), language)
    assert get_plural(language).plural_forms == catalog.plural_forms
    assert language == str(catalog.locale)


@pytest.mark.parametrize("language", TRANSLATED)
def test_committed_mo_is_a_fresh_compile_of_the_po(language: str) -> None:
    """The shipped .mo is exactly what compiling the .po gives (run pybabel compile to fix)."""
    buffer = io.BytesIO()
    write_mo(buffer, _read_po(_po_path(language), language))
    committed = (LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo").read_bytes()
    assert buffer.getvalue() == committed


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_shipped_language_really_loads(language: str) -> None:
    """Translations.load finds each catalog (it would silently fall back to NullTranslations)."""
    loaded = Translations.load(str(LOCALES_DIR), [language], DOMAIN)
    assert Translations is type(loaded)
    assert Translations is type(resolve(language).translations)


def test_english_needs_no_catalog() -> None:
    """English is the source language: its messages are the msgids themselves."""
    assert resolve("en_GB").language == "en"
    assert resolve("en_GB").gettext("Yearly salary") == "Yearly salary"


@pytest.mark.parametrize(
    ("locale", "language"),
    [("de_CH", "de"), ("de_AT", "de"), ("fr_CA", "fr"), ("es_MX", "es"), ("pt_BR", "en")],
)
def test_text_language_is_the_best_shipped_match(locale: str, language: str) -> None:
    """Regional locales take their language's catalog; others fall back to English."""
    assert language == resolve(locale).language


# ---------------------------------------------------------------------------- no English left


def _data_strings(role: Role) -> list[str]:
    """Everything a page may copy from a role's data."""
    values: list[str | None] = [role.title, role.description, *role.responsibilities]
    values += [title.singular for title in role.titles]
    values += [skill.name for skill in role.skills]
    if role.education is not None:
        values += [role.education.degree, role.education.major, role.education.college]
    if role.pay is not None and role.pay.leaders is not None:
        values += [leader.name for _kind, leader in role.pay.leaders.items()]
    return [value for value in values if value]


def _page_text(a: Role, b: Role, locale: str) -> list[str]:
    """The page's text with every data value cut out."""
    data = sorted({*_data_strings(a), *_data_strings(b)}, key=len, reverse=True)
    texts: list[str] = []
    for block in page_blocks(compare(a, b), resolve(locale)):
        if isinstance(block, Heading | Paragraph):
            texts.append(block.text)
        elif isinstance(block, Table):
            texts += [cell for row in (block.header, *block.rows) for cell in row]
        elif isinstance(block, Bullets):
            texts += block.items
    cleaned = []
    for text in texts:
        remaining = text
        for value in data:  # longest first, so a value inside another goes with it
            remaining = remaining.replace(value, " ")
        cleaned.append(remaining)
    return cleaned


def _english_phrases() -> list[str]:
    """Runs of three or more words from the English messages, placeholders cut out."""
    phrases = set()
    for _context, message in _ids(_read_po(POT)):
        for chunk in re.split(r"%\(\w+\)s", message):
            words = re.findall(r"[A-Za-z']+", chunk)
            if len(words) >= 3:
                phrases.add(" ".join(words))
    return sorted(phrases)


_ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|of|salary|salaries|between|skills?|average|differences|years?|or more)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("locale", ["de_DE", "de_CH", "fr_FR", "fr_CA", "es_ES", "es_MX"])
def test_no_english_left_in_translated_pages(locale: str) -> None:
    """Outside data values, German, French and Spanish pages contain no English phrase."""
    seeds = list(load_dataset("customer-service").values())
    phrases = _english_phrases()
    for a, b in itertools.permutations(seeds, 2):
        for text in _page_text(a, b, locale):
            words = " ".join(re.findall(r"[A-Za-z']+", text))
            assert [phrase for phrase in phrases if phrase in words] == [], text
            assert _ENGLISH_WORDS.findall(text) == [], text


def test_the_english_check_would_catch_a_leftover() -> None:
    """The leak check finds an English sentence when a translation is missing."""
    seeds = load_dataset("customer-service")
    texts = _page_text(seeds["customer-service-manager"], seeds["customer-care-manager"], "pt_BR")
    phrases = _english_phrases()
    found = {phrase for text in texts for phrase in phrases if phrase in text}
    assert "Each job has different responsibilities and duties" in found
