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

from careerdata.text.languages.fr import French

__all__ = ["RULES", "CanadianFrench"]


class CanadianFrench(French):
    """French rules as Quebec writes them."""


RULES = CanadianFrench("fr_CA")
