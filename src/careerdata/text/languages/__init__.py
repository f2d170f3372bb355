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

>>> shipped_languages()[:2]
('en', 'de')
>>> rules("de").quotes
('„', '“')
"""

from __future__ import annotations

import functools
import importlib
import threading
from collections.abc import Mapping
from pathlib import Path

import attrs

from careerdata.text import english

__all__ = [
    "DOMAIN",
    "LANGUAGES_DIR",
    "SOURCE_LANGUAGE",
    "Language",
    "Title",
    "rules",
    "shipped_languages",
]

#: The gettext domain of the catalogs.
DOMAIN = "careerdata"
#: The folder holding one folder per language (and the template, ``careerdata.pot``).
LANGUAGES_DIR = Path(__file__).resolve().parent
#: The language the messages are written in; it has rules but no catalog.
SOURCE_LANGUAGE = "en"


@attrs.frozen
class Title:
    """What the data says about a role's title in one language, for :meth:`Language.forms`.

    ``singular`` and ``plural`` are the title's forms (``plural`` is ``None`` when the data
    gives none).  ``translated`` says whether they are in the language itself or are the role's
    own (English) title standing in for a missing translation.  ``gender`` and ``forms`` are
    the grammatical facts the data gives for the title in this language (``"feminine"``; a
    genitive, an article), and ``article`` the English article the data gives ("a", "an").
    """

    singular: str
    plural: str | None = None
    translated: bool = False
    gender: str | None = None
    forms: Mapping[str, str] = attrs.field(factory=dict)
    article: str | None = None


class Language:
    """A language's rules: everything about it that is not a message in its catalog.

    The defaults suit a language whose sentences name a role through a noun ("im Beruf
    „…“"): every form of the title is the title between the language's quotation marks.
    Subclasses override what their language does differently.
    """

    #: Opening and closing quotation marks around a title inside running text.
    quotes: tuple[str, str] = ("“", "”")
    #: What ends a sentence the code closes itself (a source line): "." ("。" in Japanese).
    full_stop: str = "."
    #: The forms every language gives (see :meth:`forms`).
    BASE_FORMS = ("", "name", "indefinite", "plural", "plural_possessive")
    #: Forms of its own that the language's catalog may use besides the base forms, such as
    #: ``"genitive"``: a translation may write ``%(a_genitive)s`` where its English message
    #: names ``%(a)s`` in any form.
    extra_forms: tuple[str, ...] = ()

    def __init__(self, code: str) -> None:
        self.code = code

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

    def skill_in_prose(self, name: str) -> str:
        """A skill name from the role's own (untranslated) data, as it stands in a sentence."""
        return name

    def sentence(self, text: str) -> str:
        """A heading or sentence starting with a capital, unless its first word keeps its case."""
        return english.sentence_case(text)

    def join_pair(self, pattern: str, first: str, last: str) -> str:
        """Fill one of CLDR's list patterns (``"{0} and {1}"``) with two items."""
        return pattern.format(first, last)


_lock = threading.Lock()


@functools.cache
def shipped_languages() -> tuple[str, ...]:
    """The languages with prose: English first, then every folder with a compiled catalog.

    >>> "fr" in shipped_languages(), "xx" in shipped_languages()
    (True, False)
    """
    found = {
        path.parent.parent.name
        for path in LANGUAGES_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")
        if path.is_file()
    }
    found.discard(SOURCE_LANGUAGE)
    return (SOURCE_LANGUAGE, *sorted(found))


@functools.cache
def rules(language: str) -> Language:
    """The rules of a shipped language, from its folder's ``RULES`` (or the defaults).

    Raises :class:`LookupError` for a language that is not shipped.
    """
    if language not in shipped_languages():
        raise LookupError(f"no shipped language {language!r}")
    with _lock:
        module = importlib.import_module(f"{__name__}.{language}")
    found = getattr(module, "RULES", None)
    if found is None:
        return Language(language)
    if not isinstance(found, Language) or found.code != language:
        raise TypeError(f"{module.__name__}.RULES must be a Language for {language!r}")
    return found
