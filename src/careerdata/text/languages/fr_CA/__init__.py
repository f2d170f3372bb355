"""Canadian French: a regional variant of ``fr``, holding only what Quebec writes differently.

Its catalog translates the messages whose words differ from France's ("Tâches" for
"Missions", "Domaine d'études" for "Spécialité") and its plural messages; every other message
falls back to ``fr``.  The seed roles' texts are the data's ``fr_CA`` ones where they differ
("Baccalauréat", France's "Licence"; "courriel" for "e-mail").  Quotation marks, elision and
the names of industries and states are French's.

>>> from careerdata.text.languages import Title
>>> RULES.forms(Title("ingénieur"))["de"] == "d\u2019«\u00a0ingénieur\u00a0»"
True
"""

from __future__ import annotations

from careerdata.text.languages import rules
from careerdata.text.languages.fr import French

__all__ = ["RULES", "CanadianFrench"]


class CanadianFrench(French):
    """French rules as Quebec writes them."""

    def term(self, kind: str, name: str, region: str | None = None) -> str:
        """An industry or state in French: ``fr``'s glossary, read for the region CA.

        >>> RULES.term("state", "California"), RULES.term("industry", "Transportation")
        ('Californie', 'Transports')
        """
        del region  # every territory writing this variant names them as Canada does
        return rules("fr").term(kind, name, "CA")


RULES = CanadianFrench("fr_CA")
