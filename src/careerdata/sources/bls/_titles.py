"""English names of OEWS occupations: singular titles, plurals and reviewed overrides.

OEWS titles are plural ("Customer Service Representatives") and list alternatives ("Judges,
Magistrate Judges, and Magistrates"); a role needs its singular for prose ("a judge,
magistrate judge, or magistrate").
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

# Plural words that end a head phrase but do not name people: "Compensation, Benefits, and
# Job Analysis Specialists" lists modifiers, "Meter Readers, Utilities" is a qualifier.
_NOT_PEOPLE = frozenset((
    "animals", "benefits", "claims", "commodities", "communications", "electronics", "engines",
    "fibers", "gas", "goods", "materials", "news", "operations", "products", "programs",
    "promotions", "relations", "resources", "sales", "sciences", "securities", "services",
    "sports", "studies", "surfaces", "systems", "tiles", "trades", "utilities", "vehicles",
    "vessels",
))  # fmt: skip
_IRREGULAR = {"Midwives": "Midwife", "Wives": "Wife", "Women": "Woman", "Men": "Man"}
_QUALIFIERS = ("Except ", "Including ", "All Other")
_CONJUNCTION = re.compile(r"(,? (?:and|or|&) |, )")
_HELPERS = "Helpers--"


def _names_people(phrase: str) -> bool:
    word = phrase.rsplit(" ", 1)[-1]
    if word in _IRREGULAR:
        return True
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    return word.lower() not in _NOT_PEOPLE


def _singular_word(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def _singular_phrase(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    return f"{head} {_singular_word(last)}" if head else _singular_word(last)


def _singular_list(text: str) -> str:
    """Singularize each head noun of a list; heads are alternatives, so "and" becomes "or"."""
    parts = _CONJUNCTION.split(text)
    out: list[str] = []
    for index in range(0, len(parts), 2):
        phrase = parts[index]
        if index:
            joint = parts[index - 1]
            if _names_people(parts[index - 2]) and joint.strip(", "):
                joint = joint.replace(joint.strip(", "), "or")
            out.append(joint)
        out.append(_singular_phrase(phrase) if _names_people(phrase) else phrase)
    return "".join(out)


def singular_title(title: str) -> str:
    """The singular of an OEWS occupation title, by rule.

    The head nouns are made singular and the qualifiers after them kept; heads listed as
    alternatives are joined with "or".  Raises :class:`ValueError` when the title names no
    plural head (``"Clergy"``): such titles need an entry in the reviewed override table.

    >>> singular_title("Customer Service Representatives")
    'Customer Service Representative'
    >>> singular_title("Judges, Magistrate Judges, and Magistrates")
    'Judge, Magistrate Judge, or Magistrate'
    >>> singular_title(
    ...     "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive"
    ... )
    'Secretary or Administrative Assistant, Except Legal, Medical, and Executive'
    >>> singular_title("First-Line Supervisors of Retail Sales Workers")
    'First-Line Supervisor of Retail Sales Workers'
    """
    if title.startswith(_HELPERS):
        return "Helper of " + title.removeprefix(_HELPERS)
    head, of, complement = title.partition(" of ")
    segments = head.split(", ")
    end = _head_end(segments)
    if end is None:
        raise ValueError(f"{title!r} names no plural head noun; give its singular explicitly")
    singular = ", ".join([_singular_list(", ".join(segments[: end + 1])), *segments[end + 1 :]])
    return singular + of + complement


def _head_end(segments: list[str]) -> int | None:
    """Index of the last segment of the head list: qualifiers follow it."""
    end = None
    for index, segment in enumerate(segments):
        if index and segment.startswith(_QUALIFIERS):
            break
        if _names_people(segment):
            end = index
        elif end is not None:
            break
    return end


_SILENT_H = ("heir", "herb", "honest", "honor", "honour", "hour")
_CONSONANT_VOWEL = ("eu", "ewe", "one", "once", "ubiq", "uni", "uran", "use", "usu", "uten", "uti")
# Letters whose names start with a vowel sound: "an HVAC mechanic", "an MRI technologist".
_VOWEL_NAMED = frozenset("AEFHILMNORSX")


def indefinite_article(title: str) -> Literal["a", "an"]:
    """The English indefinite article of a title, by the sound of its first word.

    >>> [indefinite_article(t) for t in ("Actuary", "Union Organizer", "Hourly Associate")]
    ['an', 'a', 'an']
    >>> [indefinite_article(t) for t in ("HVAC Mechanic", "UX Designer", "Usher")]
    ['an', 'a', 'an']
    """
    word = re.split(r"[\s/-]", title.strip(), maxsplit=1)[0]
    if len(word) > 1 and word.isupper():
        return "an" if word[0] in _VOWEL_NAMED else "a"
    lower = word.lower()
    if lower.startswith(_SILENT_H):
        return "an"
    if lower.startswith(_CONSONANT_VOWEL):
        return "a"
    return "an" if lower[:1] in set("aeiou") else "a"


@attrs.frozen
class RoleName:
    """The English forms of a role's title: singular, plural and an article override.

    ``article`` is set only when the first letter would mislead ("an hour...", "a union...").
    """

    title: str
    plural: str
    article: Literal["a", "an"] | None = None


def name_role(official: str, override: RoleName | None = None) -> RoleName:
    """Name a role from its OEWS title, unless a reviewed ``override`` says otherwise.

    >>> name_role("Actuaries")
    RoleName(title='Actuary', plural='Actuaries', article=None)
    >>> name_role("Helpers--Carpenters")
    RoleName(title='Helper of Carpenters', plural='Helpers of Carpenters', article=None)
    """
    if override is not None:
        return override
    title = singular_title(official)
    plural = official.replace(_HELPERS, "Helpers of ", 1)
    by_letter = "an" if title[:1].lower() in set("aeiou") else "a"
    by_sound = indefinite_article(title)
    return RoleName(title, plural, by_sound if by_sound != by_letter else None)
