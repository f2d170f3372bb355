"""English names of OEWS occupations: singular titles, plurals and reviewed overrides.

OEWS titles are plural ("Customer Service Representatives") and list alternatives ("Judges,
Magistrate Judges, and Magistrates"); a role needs its singular for prose ("a judge,
magistrate judge, or magistrate").  The article comes from :mod:`careerdata.text.english`, the
grammar the pages are written with.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

from careerdata.text import english

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


@attrs.frozen
class RoleName:
    """The English forms of a role's title: singular, plural and an article override.

    ``article`` is set only when the first letter would mislead ("an hour...", "a union..."):
    where :func:`careerdata.text.english.article`, the text layer's rule by sound, and a rule
    by first letter disagree.  A reviewed override may set it where the sound rule is wrong.
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
    >>> name_role("Union Organizers").article, name_role("Hourly Associates").article
    ('a', 'an')
    """
    if override is not None:
        return override
    title = singular_title(official)
    plural = official.replace(_HELPERS, "Helpers of ", 1)
    by_letter = "an" if title[:1].lower() in set("aeiou") else "a"
    by_sound: Literal["a", "an"] = "an" if english.article(title) == "an" else "a"
    return RoleName(title, plural, by_sound if by_sound != by_letter else None)
