"""English, the source language: the messages are its text, so it has rules and no catalog.

English inflects a title itself (text/english.py): "an HR manager", "HR managers", "HR
managers'", with a trailing qualifier in brackets and prose case that keeps acronyms.  A
plural that is itself a list ("accountants and auditors") is never joined to another with one
more "and": :meth:`English.reads_as_list` makes the text choose a sentence that does not.
"""

from __future__ import annotations

from careerdata.text import english
from careerdata.text.languages import Language, Title

# What makes a form read as a list, outside brackets: a bracketed qualifier is not part of the
# list ("floor layers (except carpet, wood, ...)").  Written out, not as regular expressions
# (r"\([^)]*\)", then r"\b(?:and|or)\b|,|&"): compiling those cost the first English page of
# a process some 80 us.
_LIST_MARKS = (",", "&")
_LIST_WORDS = ("and", "or")
# OEWS abbreviates the name of its government sector; a page writes it out, as the OEWS
# designation does.  NAICS brackets the exception of "Other Services", and a pay leader
# brackets its pay after it: the exception follows a comma, as OEWS titles write theirs, so a
# cell never reads "Other Services (except Public Administration) ($55,000)".  (A
# ``terms.json`` would be their home, but every glossary is written by tools/terms.py from a
# tools/bls_titles file, which English, the data's own language, lacks.)
_INDUSTRIES = {
    "Federal, State, and Local Government, excl. State & Local Schools & Hospitals & USPS": (
        "Federal, State, and Local Government, excluding State and Local Government Schools "
        "and Hospitals and the U.S. Postal Service"
    ),
    "Other Services (except Public Administration)": "Other Services, Except Public Administration",
}


class English(Language):
    """English inflects titles and lower-cases them in prose, keeping acronyms."""

    def column(self, title: Title) -> str:
        """The title at the head of a column, in title case, its qualifier in brackets.

        A qualifier after a comma would read as more items of a list in a header
        ("Host or Hostess, Restaurant, Lounge, and Coffee Shop"), as it would in prose.

        >>> RULES.column(Title("Host or Hostess, Restaurant, Lounge, and Coffee Shop"))
        'Host or Hostess (Restaurant, Lounge, and Coffee Shop)'
        >>> RULES.column(Title("Customer Care Supervisor"))
        'Customer Care Supervisor'
        """
        return self.sentence(english.bracket_qualifier(title.singular))

    def forms(self, title: Title) -> dict[str, str]:
        """The inflected forms: "an HR manager", "HR managers", "HR managers'"."""
        singular = english.prose_case(english.bracket_qualifier(title.singular))
        plural_title = title.plural or english.plural(title.singular)
        plural = english.prose_case(english.bracket_qualifier(plural_title))
        return {
            "": singular,
            "name": singular,
            # english.indefinite(title.singular, title.article), its prose case not made twice
            "indefinite": f"{title.article or english.article(singular)} {singular}",
            "plural": plural,
            "plural_possessive": english.plural_possessive(plural),
        }

    def reads_as_list(self, form: str) -> bool:
        """Whether the form holds "and", "or", "&" or a comma outside brackets.

        >>> RULES.reads_as_list("accountants and auditors"), RULES.reads_as_list("HR managers")
        (True, False)
        >>> RULES.reads_as_list("floor layers (except carpet, wood, and hard tiles)")
        False
        """
        text = _without_brackets(form)
        return any(mark in text for mark in _LIST_MARKS) or any(
            _has_word(text, word) for word in _LIST_WORDS
        )

    def term(self, kind: str, name: str, region: str | None = None) -> str:
        """An industry or state as English pages write it: OEWS's names, abbreviations spelled out.

        >>> RULES.term("industry", "Utilities")
        'Utilities'
        >>> RULES.term("industry", "Other Services (except Public Administration)")
        'Other Services, Except Public Administration'
        """
        if kind == "industry" and name in _INDUSTRIES:
            return _INDUSTRIES[name]
        return super().term(kind, name, region)

    def skill_in_prose(self, name: str) -> str:
        """Lower case, keeping acronyms, proper words and names of products ("SQL", "Python")."""
        return english.skill_case(name)


def _without_brackets(text: str) -> str:
    """``text`` without each "(" and what follows up to the first ")" after it.

    >>> _without_brackets("layers (except carpet, wood) and (tiles"), _without_brackets("a)b")
    ('layers  and (tiles', 'a)b')
    """
    kept, start = [], 0
    while (opening := text.find("(", start)) != -1:
        closing = text.find(")", opening + 1)
        if closing == -1:
            break
        kept.append(text[start:opening])
        start = closing + 1
    kept.append(text[start:])
    return "".join(kept)


def _is_word_character(character: str) -> bool:
    # What re's \w matches in a str pattern: Unicode letters and digits, and "_".
    return character.isalnum() or character == "_"


def _has_word(text: str, word: str) -> bool:
    r"""Whether ``word`` stands in ``text`` between word boundaries, as re's ``\b`` finds them.

    >>> _has_word("floor and tiles", "and"), _has_word("sanders", "and"), _has_word("and", "and")
    (True, False, True)
    """
    found = text.find(word)
    while found != -1:
        end = found + len(word)
        if (found == 0 or not _is_word_character(text[found - 1])) and (
            end == len(text) or not _is_word_character(text[end])
        ):
            return True
        found = text.find(word, found + 1)
    return False


RULES = English("en")
