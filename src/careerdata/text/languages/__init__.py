"""The languages the prose is written in: one folder each, holding its catalog and its rules.

A language is a folder under ``careerdata/text/languages/`` named by its ISO 639 code::

    languages/
    ├── careerdata.pot                 the template of every message (English, the source)
    ├── en/__init__.py                 English: rules only; its text is the source itself
    └── de/
        ├── __init__.py                RULES: the language's rules (a Language)
        └── LC_MESSAGES/careerdata.po  the translations; careerdata.mo is compiled from it

The shipped languages are the folders found here: English, and every folder with a compiled
catalog.  Nothing else lists them.  A folder's ``__init__.py`` sets ``RULES``, an instance of
:class:`Language` (or of a subclass overriding what the language does differently: its
quotation marks, how it joins a list, which forms of a title its sentences use); a folder
without rules gets the defaults.  The how-to "Add a language" walks through adding one.

A language's rules are one :class:`Language`, whose methods the text layer calls and nothing
else: no ``if language == ...`` anywhere.  What a subclass may override:

- :attr:`Language.quotes`: the quotation marks around a title in running text;
- :meth:`Language.forms` and :attr:`Language.extra_forms`: the forms of a title its messages
  use.  Every language gives the :attr:`~Language.BASE_FORMS`; ``extra_forms`` names more of
  its own (French ``"de"``: "de « … »" or "d'« … »"), which its translations may use as
  ``%(a_de)s`` wherever the English message names ``%(a…)s`` (the catalog tests allow exactly
  these);
- :meth:`Language.reads_as_list`: whether a form of a title reads as a list ("accountants and
  auditors"), so that the text joins two titles without another "and";
- :meth:`Language.skill_in_prose`: an untranslated skill name inside a sentence (quoted
  unless the language is the data's own);
- :meth:`Language.join_pair`: a fix-up of CLDR's list pattern (Spanish "e" before /i/);
- :meth:`Language.regional`: a rule applied to the whole text of a region (Swiss German writes
  "ss" for "ß");
- :meth:`Language.column` and :meth:`Language.sentence`: a title heading a column, and the
  case of a sentence's first letter.

:meth:`Language.term` (not overridden) reads the folder's ``terms.json``, the language's names
of industries and states, once, on first use; a regional variant's folder (``pt_PT/``) may hold
a ``terms.json`` of the names its region writes differently.

>>> shipped_languages()[:2]
('en', 'de')
>>> rules("de").quotes
('„', '“')
>>> rules("fr").forms(Title("ingénieur"))["de"] == "d\u2019«\u00a0ingénieur\u00a0»"
True
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import babel

from careerdata._plain import Plain
from careerdata.text import english

if TYPE_CHECKING:
    from pathlib import Path

    from careerdata.model import Money

__all__ = [
    "DOMAIN",
    "LANGUAGES_DIR",
    "SOURCE_LANGUAGE",
    "TERMS_FILE",
    "TERM_KINDS",
    "Language",
    "Title",
    "language_folder",
    "rules",
    "shipped_languages",
]

#: The gettext domain of the catalogs.
DOMAIN = "careerdata"
if TYPE_CHECKING:
    #: The folder holding one folder per language (and the template, ``careerdata.pot``), a
    #: ``Path``.
    LANGUAGES_DIR: Path
#: The language the messages are written in; it has rules but no catalog.
SOURCE_LANGUAGE = "en"
#: A language folder's compiled catalog, relative to the folder.
CATALOG_FILE = os.path.join("LC_MESSAGES", f"{DOMAIN}.mo")
#: The file in a language's folder naming industries and states in that language.
TERMS_FILE = "terms.json"
#: The kinds of names a ``terms.json`` translates (its top-level keys).
TERM_KINDS = ("industry", "state")


class Title(Plain):
    """What the data says about a role's title in one language, for :meth:`Language.forms`.

    ``singular`` and ``plural`` are the title's forms (``plural`` is ``None`` when the data
    gives none).  ``translated`` says whether they are in the language itself or are the role's
    own (English) title standing in for a missing translation.  ``gender`` and ``forms`` are
    the grammatical facts the data gives for the title in this language (``"feminine"``; a
    genitive, an article), and ``article`` the English article the data gives ("a", "an").
    A title is read-only and equal to another with the same facts.
    """

    __slots__ = ("singular", "plural", "translated", "gender", "forms", "article")  # noqa: RUF023 - the order repr shows
    singular: str
    plural: str | None
    translated: bool
    gender: str | None
    forms: Mapping[str, str]
    article: str | None

    def __init__(  # noqa: PLR0913, PLR0917 - positional as the attrs class took them
        self,
        singular: str,
        plural: str | None = None,
        translated: bool = False,
        gender: str | None = None,
        forms: Mapping[str, str] | None = None,
        article: str | None = None,
    ) -> None:
        self._set(
            singular=singular,
            plural=plural,
            translated=translated,
            gender=gender,
            forms={} if forms is None else forms,
            article=article,
        )


class Language:
    """A language's rules: everything about it that is not a message in its catalog.

    The defaults suit a language whose sentences name a role through a noun ("als „…“"):
    every form of the title is the title between the language's quotation marks.
    Subclasses override what their language does differently.
    """

    #: Opening and closing quotation marks around a title inside running text.
    quotes: tuple[str, str] = ("“", "”")
    #: What ends a sentence the code closes itself (a source line): "." ("。" in Japanese).
    full_stop: str = "."
    #: What goes between two sentences of a paragraph: a space ("" in Japanese, whose "。"
    #: ends a sentence with no space after it).
    sentence_separator: str = " "
    #: The forms every language gives (see :meth:`forms`).
    BASE_FORMS = ("", "name", "indefinite", "plural", "plural_possessive")
    #: Forms of its own that the language's catalog may use besides the base forms, such as
    #: ``"genitive"``: a translation may write ``%(a_genitive)s`` where its English message
    #: names ``%(a)s`` in any form.  A subclass naming one here adds it in :meth:`forms`.
    extra_forms: tuple[str, ...] = ()

    def __init__(self, code: str) -> None:
        self.code = code
        self._folder: Path | None = None
        self._shipped = False  # rules() loaded it: its folder is found when first asked for
        # The glossaries read so far, by folder name ("pt", "pt_PT").
        self._terms: dict[str, dict[str, dict[str, str]]] = {}
        self._terms_lock = threading.Lock()

    @property
    def folder(self) -> Path | None:
        """The language's folder, for a language :func:`rules` loaded (else ``None``).

        ``terms.json`` is read from it.  It is found when first asked for, then kept.
        """
        if self._folder is None and self._shipped:
            self._folder = language_folder(self.code)
        return self._folder

    @folder.setter
    def folder(self, folder: Path | None) -> None:
        self._folder = folder

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.code!r}>"

    def quoted(self, text: str) -> str:
        """``text`` between the language's quotation marks."""
        opening, closing = self.quotes
        return f"{opening}{text}{closing}"

    def column(self, title: Title) -> str:
        """The title at the head of a table column."""
        return self.sentence(title.singular)

    def forms(self, title: Title) -> dict[str, str]:
        """The forms of a title that messages use, keyed by placeholder suffix.

        A message names a role's title through placeholders: ``%(a)s`` is the key ``""``,
        ``%(a_name)s`` the key ``"name"``, ``%(a_indefinite)s`` the key ``"indefinite"`` and so
        on.  Every language gives the :data:`BASE_FORMS` and its :data:`extra_forms`, no more
        and no fewer: forms its own sentences need (a genitive, a form with its article), which
        its catalog may use.
        """
        quoted = self.quoted(title.singular)
        return {
            "": quoted,
            "name": title.singular,
            "indefinite": quoted,
            "plural": quoted,
            "plural_possessive": quoted,
        }

    def reads_as_list(self, form: str) -> bool:
        """Whether a form of a title reads as a list of its own ("accountants and auditors").

        Two such titles joined by one more "and" are ambiguous, so the text then chooses a
        sentence that does not join them.  A title in quotation marks never does.
        """
        del form
        return False

    def skill_in_prose(self, name: str) -> str:
        """A skill name from the role's own (untranslated) data, as it stands in a sentence.

        The data's own language is not this one, so the name stands in quotation marks.
        """
        return self.quoted(name)

    def sentence(self, text: str) -> str:
        """A heading or sentence starting with a capital, unless its first word keeps its case."""
        return english.sentence_case(text)

    def prose_amount(self, shown: str, money: Money, locale: babel.Locale) -> str:
        """An amount inside a sentence; ``shown`` is how CLDR writes it in a table ("$61,487").

        The default keeps CLDR's figure; Japanese reads it with 万 ("6万1487米ドル").

        >>> from careerdata.model import Money
        >>> rules("de").prose_amount("61.487 $", Money(61487), babel.Locale.parse("de_DE"))
        '61.487 $'
        """
        del money, locale
        return shown

    def currency_in_prose(self, name: str) -> str:
        """CLDR's name of a currency ("US dollars") as it stands inside a sentence.

        The default keeps CLDR's case, which is the language's (German "US-Dollar").

        >>> rules("de").currency_in_prose("US-Dollar")
        'US-Dollar'
        """
        return name

    def break_points(self, word: str) -> Sequence[int]:
        """Where a line of plain text may break inside ``word``, a run with no space in it.

        Offsets into ``word``; the default is none, so lines break at spaces only.  A language
        written without spaces (Japanese) gives the places between its characters.

        >>> rules("en").break_points("customer-service")
        ()
        """
        del word
        return ()

    def join_pair(self, pattern: str, first: str, last: str) -> str:
        """Fill one of CLDR's list patterns (``"{0} and {1}"``) with two items."""
        return pattern.format(first, last)

    def regional(self, text: str, locale: babel.Locale) -> str:
        """The text as the region of ``locale`` writes the language (the default: unchanged).

        Applied to every text of a page or summary written for ``locale``, data included.
        """
        del locale
        return text

    def term(self, kind: str, name: str, region: str | None = None) -> str:
        """``name`` (an industry or state, ``kind`` one of :data:`TERM_KINDS`) in this language.

        The names come from the folder's ``terms.json``, ``{"industry": {English: translated},
        "state": {...}}``, read once on first use.  A ``region`` (a territory such as ``"PT"``)
        first looks in the regional variant's folder next to it (``pt_PT/terms.json``), which
        holds only the names the region writes differently.  A name no glossary lists is a
        proper name that stays as the data gives it.  A regional variant (``pt_PT``) reads its
        language's glossary for its own region, whatever territory was requested: Angola writes
        Portugal's names.

        >>> rules("en").term("state", "California")
        'California'
        >>> rules("pt_PT").term("state", "New York"), rules("pt").term("state", "New York")
        ('Nova Iorque', 'Nova York')
        """
        if kind not in TERM_KINDS:
            raise ValueError(f"unknown kind of term {kind!r}; expected one of {TERM_KINDS}")
        language, _, own_region = self.code.partition("_")
        if own_region:
            return rules(language).term(kind, name, own_region)
        if region is not None:
            regional = self._glossary(f"{self.code}_{region}").get(kind, {}).get(name)
            if regional is not None:
                return regional
        return self._glossary(self.code).get(kind, {}).get(name, name)

    def _glossary(self, folder_name: str) -> dict[str, dict[str, str]]:
        """The glossary of a folder next to this language's (its own, or a regional one)."""
        found = self._terms.get(folder_name)
        if found is None:
            with self._terms_lock:
                found = self._terms.get(folder_name)
                if found is None:
                    found = self._terms[folder_name] = self._read_terms(folder_name)
        return found

    def _read_terms(self, folder_name: str) -> dict[str, dict[str, str]]:
        if self._folder is not None:
            own = os.fspath(self._folder)
        elif self._shipped:
            own = _language_dir(self.code)  # a str: the folder as a Path is made only if asked
        else:
            return {}
        path = os.path.join(os.path.dirname(own), folder_name, TERMS_FILE)
        if not os.path.isfile(path):
            return {}
        with open(path, encoding="utf-8") as stream:
            loaded = json.load(stream)
        if not isinstance(loaded, dict) or not all(
            isinstance(names, dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in names.items())
            for names in loaded.values()
        ):
            raise TypeError(f"{path} must map each kind to an object of names")
        return {kind: dict(names) for kind, names in loaded.items()}


_lock = threading.Lock()


@functools.cache
def shipped_languages() -> tuple[str, ...]:
    """The languages with prose: English first, then every folder with a compiled catalog.

    The folders are looked for in every directory of this package's ``__path__`` (the
    package's own first), so a language may also live outside it.

    >>> "fr" in shipped_languages(), "xx" in shipped_languages()
    (True, False)
    """
    found = {name for directory in __path__ for name in _languages_in(directory)}
    found.discard(SOURCE_LANGUAGE)
    return (SOURCE_LANGUAGE, *sorted(found))


def _is_shipped(language: str) -> bool:
    """Whether ``language`` is in :func:`shipped_languages`, for a canonical CLDR code.

    Until the languages have been listed, only the folder of ``language`` is looked at: the
    first English page asks for ``en_US`` and ``en``, and stats no other language's folder.

    >>> _is_shipped("fr"), _is_shipped("fr_CA"), _is_shipped("xx")
    (True, True, False)
    """
    if language == SOURCE_LANGUAGE:
        return True
    if shipped_languages.cache_info().currsize:
        return language in shipped_languages()
    return any(
        os.path.isfile(os.path.join(directory, language, CATALOG_FILE)) for directory in __path__
    )


def _languages_in(directory: str) -> Iterator[str]:
    """The folders of ``directory`` holding a compiled catalog, as ``*/LC_MESSAGES/*.mo`` finds.

    With ``os.scandir``: pathlib (with ``urllib.parse`` and ``ipaddress``) costs every start of
    the command line about 3 ms, and an English page needs no ``Path`` at all.
    """
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.is_dir() and os.path.isfile(os.path.join(entry.path, CATALOG_FILE)):
                    yield entry.name
    except OSError:  # no such directory: no languages there, as a glob finds none
        return


def language_folder(language: str) -> Path:
    """The folder of a shipped language (``.../languages/de``).

    Raises :class:`LookupError` for a language that is not shipped.
    """
    from pathlib import Path  # noqa: PLC0415 - see _languages_in

    return Path(_language_dir(language))


def _language_dir(language: str) -> str:
    """:func:`language_folder` as a ``str``."""
    for directory in __path__:
        folder = os.path.join(directory, language)
        if os.path.isfile(os.path.join(folder, CATALOG_FILE)) or (
            language == SOURCE_LANGUAGE and os.path.isdir(folder)
        ):
            return folder
    raise LookupError(f"no shipped language {language!r}")


@functools.cache
def rules(language: str) -> Language:
    """The rules of a shipped language, from its folder's ``RULES`` (or the defaults).

    Raises :class:`LookupError` for a language that is not shipped.
    """
    if language != SOURCE_LANGUAGE and language not in shipped_languages():
        raise LookupError(f"no shipped language {language!r}")
    with _lock:
        module = importlib.import_module(f"{__name__}.{language}")
    found = getattr(module, "RULES", None)
    if found is None:
        found = Language(language)
    elif not isinstance(found, Language) or found.code != language:
        raise TypeError(f"{module.__name__}.RULES must be a Language for {language!r}")
    found._shipped = True  # noqa: SLF001 - the folder is found on first use: see Language.folder
    return found


def __getattr__(name: str) -> Any:
    """``LANGUAGES_DIR``, made when first read (see :func:`_languages_in`)."""
    if name != "LANGUAGES_DIR":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from pathlib import Path  # noqa: PLC0415 - see _languages_in

    folder = Path(__file__).resolve().parent
    globals()[name] = folder
    return folder
