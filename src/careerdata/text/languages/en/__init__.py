"""English, the source language: the messages are its text, so it has rules and no catalog.

English inflects a title itself (text/english.py): "an HR manager", "HR managers", "HR
managers'", with a trailing qualifier in brackets and prose case that keeps acronyms.
"""

from __future__ import annotations

from careerdata.text import english
from careerdata.text.languages import Language, Title


class English(Language):
    """English inflects titles and lower-cases them in prose, keeping acronyms."""

    def forms(self, title: Title) -> dict[str, str]:
        """The inflected forms: "an HR manager", "HR managers", "HR managers'"."""
        singular = english.prose_case(english.bracket_qualifier(title.singular))
        plural_title = title.plural or english.plural(title.singular)
        plural = english.prose_case(english.bracket_qualifier(plural_title))
        return {
            "": singular,
            "name": singular,
            "indefinite": english.indefinite(title.singular, title.article),
            "plural": plural,
            "plural_possessive": english.plural_possessive(plural),
        }

    def skill_in_prose(self, name: str) -> str:
        """Lower case, keeping acronyms and proper words ("SQL", "English")."""
        return english.prose_case(name)


RULES = English("en")
