"""Message catalogs: complete, current, compiled, loaded, and no English left in other pages."""

from __future__ import annotations

import difflib
import gettext
import importlib.util
import itertools
import re
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po
from babel.support import Translations

from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.model import Role
from careerdata.text._locale import resolve
from careerdata.text.languages import (
    DOMAIN,
    LANGUAGES_DIR,
    Language,
    Title,
    _is_shipped,
    rules,
    shipped_languages,
)
from careerdata.text.page import Bullets, Heading, Paragraph, Table, page_blocks

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = [language for language in shipped_languages() if language != "en"]
# Regional variants (pt_PT) hold what they write differently from their language.
VARIANTS = [language for language in TRANSLATED if "_" in language]
LANGUAGES = [language for language in TRANSLATED if language not in VARIANTS]
POT = LANGUAGES_DIR / f"{DOMAIN}.pot"
# CLDR's plural categories in the order gettext numbers a catalog's forms.
CATEGORY_ORDER = ("zero", "one", "two", "few", "many", "other")
SAMPLE_COUNTS = (0, 1, 2, 3, 5, 11, 21, 100, 1_000, 1_000_000, 2_000_000, 1_000_001)


def _load_tool(root: Path = ROOT) -> ModuleType:
    """tools/catalogs.py of a source tree, imported as a module."""
    spec = importlib.util.spec_from_file_location("catalogs_tool", root / "tools" / "catalogs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _po_path(language: str) -> Path:
    return LANGUAGES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


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


def test_catalogs_are_what_the_tool_writes() -> None:
    """tools/catalogs.py --check: template, catalogs and .mo files are current with the source."""
    assert _load_tool().run(check=True) == []


def test_the_tool_notices_a_new_message(tmp_path: Path) -> None:
    """A marked message added to a copy of the source makes the check fail, and only its lines
    change when the tool writes."""
    shutil.copytree(ROOT / "src" / "careerdata" / "text", tmp_path / "src" / "careerdata" / "text")
    registry = Path("src", "careerdata", "figures.py")  # the labels of the figures
    shutil.copy(ROOT / registry, tmp_path / registry)
    (tmp_path / "tools").mkdir()
    shutil.copy(ROOT / "tools" / "catalogs.py", tmp_path / "tools" / "catalogs.py")
    source = tmp_path / "src" / "careerdata" / "text" / "summary.py"
    source.write_text(
        source.read_text(encoding="utf-8") + '\n_ = _EXTRA = lambda c: c.gettext("A new line.")\n',
        encoding="utf-8",
    )
    tool = _load_tool(tmp_path)
    before = (tmp_path / POT.relative_to(ROOT)).read_text(encoding="utf-8").splitlines()
    assert tool.TEMPLATE in tool.run(check=True)
    tool.run(check=False)
    after = (tmp_path / POT.relative_to(ROOT)).read_text(encoding="utf-8").splitlines()
    diff = list(difflib.ndiff(before, after))
    assert [line for line in diff if line.startswith("- ")] == []
    added = sorted(line[2:] for line in diff if line.startswith("+ "))
    assert added == sorted(
        ["", "#: src/careerdata/text/summary.py", 'msgid "A new line."', 'msgstr ""']
    )
    assert tool.run(check=True) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_has_every_template_message_and_no_other(language: str) -> None:
    """Each .po translates the template's messages: none missing, none obsolete."""
    catalog = _read_po(_po_path(language), language)
    assert _ids(_read_po(POT)) == _ids(catalog)
    assert dict(catalog.obsolete) == {}


@pytest.mark.parametrize("variant", VARIANTS)
def test_variant_catalog_holds_what_differs_and_its_own_plurals(variant: str) -> None:
    """A regional variant's .po holds template messages only, every plural message (its plural
    rule is its own), and no other message its language already writes the same way."""
    catalog = _read_po(_po_path(variant), variant)
    template = _read_po(POT)
    assert _ids(catalog) <= _ids(template)
    assert dict(catalog.obsolete) == {}
    plurals = {(m.context, m.id[0]) for m in template if m.id and isinstance(m.id, tuple)}
    assert plurals <= _ids(catalog)
    language = _read_po(_po_path(variant.partition("_")[0]))
    same = [
        message.id
        for message in catalog
        if message.id
        and not message.pluralizable
        and language.get(message.id, message.context).string == message.string
    ]
    assert same == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_variant_falls_back_to_its_language_for_every_other_message(variant: str) -> None:
    """Every template message reads translated in the variant: its own or its language's."""
    own = _read_po(_po_path(variant), variant)
    language = resolve(variant.partition("_")[0])
    context = resolve(variant)
    for message in _read_po(POT):
        if not message.id or isinstance(message.id, tuple):
            continue
        expected = own.get(message.id, message.context)
        wanted = (
            language.pgettext(message.context, message.id)
            if expected is None and message.context
            else language.gettext(message.id)
            if expected is None
            else expected.string
        )
        read = (
            context.pgettext(message.context, message.id)
            if message.context
            else context.gettext(message.id)
        )
        assert (message.id, wanted) == (message.id, read)


def test_the_tool_keeps_a_variant_to_what_differs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Updating a variant's catalog drops the messages it leaves to its language and takes no
    new message by fuzzy matching, so a new message reads in its language's words."""
    tool = _load_tool()
    path = tmp_path / "careerdata.po"
    catalog = Catalog(locale="pt_PT", domain=DOMAIN)
    catalog.add("Files", "Ficheiros", context="role sheet")
    catalog.add("Salary ranges", "Intervalos salariais")  # close to "Salary range"
    catalog.add("Yearly salary", "")  # left to the language
    path.write_bytes(tool._po_bytes(catalog))
    monkeypatch.setattr(tool, "_po_path", lambda _language: path)
    updated = tool.updated("pt_PT", tool.template())
    assert {(m.context, m.id): m.string for m in updated if m.id} == {
        ("role sheet", "Files"): "Ficheiros"
    }


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
def test_a_heading_for_list_titles_names_its_section_as_the_plain_one_does(language: str) -> None:
    """The headings of context "titles that are lists" only join the titles differently: what
    comes before the first title (the section's name, "Vergütung: ") is the plain heading's,
    so a change to one form cannot leave the other behind."""
    catalog = _read_po(_po_path(language), language)
    drifted = []
    for message in catalog:
        plain = catalog.get(message.id) if message.context == "titles that are lists" else None
        if plain is not None and message.string and plain.string:
            before = [text.split("%(", 1)[0] for text in (message.string, plain.string)]
            if before[0] != before[1]:
                drifted.append((message.id, *before))
    assert drifted == []


_PLACEHOLDER = re.compile(r"%\((\w+)\)s")
_UNKNOWN_PLACEHOLDER = re.compile(r"unknown named placeholder '(\w+)'")


def _prefixes(message: str) -> set[str]:
    """The role prefixes a message names: ``a`` for ``%(a)s``, ``%(a_plural)s`` and so on."""
    found = set()
    for name in _PLACEHOLDER.findall(message):
        found.add(name)
        for form in Language.BASE_FORMS:
            if form and name.endswith(f"_{form}"):
                found.add(name[: -len(form) - 1])
    return found


def _allowed_extra(message: str, language: str) -> set[str]:
    """The placeholders a translation may add: every form the language gives (base forms and
    its extra forms) of each role the message names."""
    language_rules = rules(language)
    forms = (*language_rules.BASE_FORMS, *language_rules.extra_forms)
    return {
        f"{prefix}_{form}" if form else prefix
        for prefix in _prefixes(message) & {"a", "b", "role", "higher", "lower"}
        for form in forms
    }


def _strings(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value


def _unknown_placeholders(message: Message, language: str) -> list[str]:
    """Placeholders of the translation that neither the English message nor the language's
    extra forms of its prefixes give."""
    ids = _strings(message.id)
    allowed = {name for text in ids for name in _PLACEHOLDER.findall(text)}
    allowed |= {name for text in ids for name in _allowed_extra(text, language)}
    return sorted(
        {
            name
            for text in _strings(message.string)
            for name in _PLACEHOLDER.findall(text)
            if name not in allowed
        }
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_passes_babels_checks(language: str) -> None:
    """Placeholders of every translation match its message (babel's python-format checker),
    except that a translation may use its language's extra forms of a role's title: French
    ``%(a_de)s`` where the English message names ``%(a…)s``.  Any other unknown placeholder
    fails."""
    catalog = _read_po(_po_path(language), language)
    problems = []
    for message, errors in catalog.check():
        message_id = message.id[0] if isinstance(message.id, tuple) else message.id
        allowed = {
            f"unknown named placeholder {name!r}" for name in _allowed_extra(message_id, language)
        }
        left = [str(error) for error in errors if str(error) not in allowed]
        if left:
            problems.append((message.id, left))
    assert problems == []
    unknown = [
        (message.id, names)
        for message in catalog
        if message.id and (names := _unknown_placeholders(message, language))
    ]
    assert unknown == []


def test_the_placeholder_check_allows_only_the_languages_extra_forms() -> None:
    """%(a_de)s is allowed in French where the message names %(a...)s; %(c_de)s, a form
    French does not give, and any form in German are not."""
    message = Message(
        "The differences between %(a_plural)s and %(b_plural)s",
        "Les métiers %(a_de)s et %(b_de)s",
    )
    assert _unknown_placeholders(message, "fr") == []
    assert _unknown_placeholders(message, "de") == ["a_de", "b_de"]
    wrong = Message("%(a_plural)s", "%(c_de)s %(a_genitive)s")
    assert _unknown_placeholders(wrong, "fr") == ["a_genitive", "c_de"]


@pytest.mark.parametrize("language", shipped_languages())
def test_forms_are_exactly_the_base_and_the_languages_extra_forms(language: str) -> None:
    """Every language gives the base forms and its extra forms, no more and no fewer, for
    translated and untranslated titles, with and without the data's grammatical facts."""
    language_rules = rules(language)
    expected = [*Language.BASE_FORMS, *language_rules.extra_forms]
    for title in (
        Title("Ingénieur", "Ingénieurs", translated=True, gender="masculine"),
        Title("Host or Hostess, Restaurant, Lounge, and Coffee Shop"),
        Title("Hôtesse", "Hôtesses", translated=True, forms={"article": "l’"}),
    ):
        forms = language_rules.forms(title)
        assert sorted(forms) == sorted(expected)
        assert len(expected) == len(set(expected))
        assert all(forms.values())


def test_babels_check_still_catches_an_unknown_placeholder() -> None:
    """Only the language's extra forms of the message's own titles are let through."""
    allowed = _allowed_extra("%(a_indefinite)s and %(b)s", "pt")
    assert {"a", "a_of_definite", "b_plural_definite"} <= allowed
    assert "role_of_definite" not in allowed
    assert "a_of_definite" not in _allowed_extra("%(a_indefinite)s", "de")
    assert "a_years" not in allowed


def _categories(language: str) -> list[str]:
    """The plural categories the installed CLDR gives the language, in gettext's order."""
    tags = {*Locale.parse(language).plural_form.tags, "other"}
    return [category for category in CATEGORY_ORDER if category in tags]


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_plural_rule_picks_cldrs_category(language: str) -> None:
    """For every sample count, the form the catalog's Plural-Forms picks is the CLDR category
    the installed babel gives that count (babel 2.19 also writes this rule; older babels knew
    the categories but wrote a two-form rule)."""
    catalog = _read_po(_po_path(language), language)
    categories = _categories(language)
    assert catalog.num_plurals == len(categories)
    pick = gettext.c2py(catalog.plural_expr)
    plural_form = Locale.parse(language).plural_form
    assert [categories[pick(n)] for n in SAMPLE_COUNTS] == [plural_form(n) for n in SAMPLE_COUNTS]
    assert language == str(catalog.locale)


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_plural_form_has_its_own_translation(language: str) -> None:
    """Every plural message gives each CLDR category a distinct translation (one translation
    for them all where the language's rules say the word does not change after a number), and
    the loaded catalog chooses it for 0, 1, 2 and 1,000,000."""
    catalog = _read_po(_po_path(language), language)
    translations = resolve(language).translations
    plural_form = Locale.parse(language).plural_form
    categories = _categories(language)
    plurals = [message for message in catalog if message.id and isinstance(message.id, tuple)]
    assert plurals
    invariant = getattr(rules(language), "invariant_plurals", frozenset())
    for message in plurals:
        forms = dict(zip(categories, message.string, strict=True))
        if message.id[0] in invariant:
            # The language counts this word in one form (Dutch "1 jaar", "5 jaar").
            assert len(set(forms.values())) == 1, message.id
        else:
            assert len(set(forms.values())) == len(forms), message.id
        for count in (0, 1, 2, 1_000_000):
            chosen = translations.ngettext(message.id[0], message.id[1], count)
            assert (count, forms[plural_form(count)]) == (count, chosen)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_shipped_language_really_loads(language: str) -> None:
    """Translations.load finds each catalog (it would silently fall back to NullTranslations)."""
    loaded = Translations.load(str(LANGUAGES_DIR), [language], DOMAIN)
    assert Translations is type(loaded)
    assert Translations is type(resolve(language).translations)


def test_english_needs_no_catalog() -> None:
    """English is the source language: its messages are the msgids themselves."""
    assert resolve("en_GB").language == "en"
    assert resolve("en_GB").gettext("Yearly salary") == "Yearly salary"


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("de_CH", "de"),
        ("de_AT", "de"),
        ("fr_CA", "fr_CA"),
        ("es_MX", "es"),
        ("pt_BR", "pt"),
        ("pt", "pt"),
        ("pt_PT", "pt_PT"),
        ("pt_MZ", "pt_PT"),  # CLDR's parent of pt_MZ is pt_PT
        ("sv_SE", "en"),
    ],
)
def test_text_language_is_the_best_shipped_match(locale: str, language: str) -> None:
    """Regional locales take their variant's catalog, else their language's; others fall
    back to English."""
    assert language == resolve(locale).language


def test_a_language_is_shipped_as_the_listing_says() -> None:
    """Looking at one folder (before the languages are listed) and looking the code up in the
    listing (after) agree with the listing, for every folder and for codes without one."""
    codes = [entry.name for entry in LANGUAGES_DIR.iterdir() if entry.is_dir()]
    codes += ["en", "en_US", "xx", "pt_BR", "fr_BE"]
    listed = shipped_languages()
    shipped_languages.cache_clear()
    try:
        before = {code: _is_shipped(code) for code in codes}
    finally:
        shipped_languages()
    after = {code: _is_shipped(code) for code in codes}
    expected = {code: code in listed for code in codes}
    assert (expected, expected) == (before, after)


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


@pytest.mark.parametrize(
    "locale",
    [
        "de_DE",
        "de_CH",
        "fr_FR",
        "fr_CA",
        "es_ES",
        "es_MX",
        "it_IT",
        "it_CH",
        "pt_BR",
        "pt_PT",
        "pl_PL",
        "ja_JP",
    ],
)
def test_no_english_left_in_translated_pages(locale: str) -> None:
    """Outside data values, pages in the translated languages contain no English
    phrase."""
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
    texts = _page_text(seeds["customer-service-manager"], seeds["customer-care-manager"], "sv_SE")
    phrases = _english_phrases()
    found = {phrase for text in texts for phrase in phrases if phrase in text}
    assert "Each job has different responsibilities and duties" in found
