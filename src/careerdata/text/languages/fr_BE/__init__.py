"""Belgian French: a regional variant of ``fr``, holding only what Belgium writes differently.

Its texts are the data's ``fr_BE`` ones where they differ: the seed roles' degree is a
"Bachelier", the first degree of Belgium's universities and colleges since 2004 (a Belgian
"licence" was the older degree of the second cycle, a master's).  Its catalog holds only its
plural messages; every other message, the quotation marks, elision and the names of
industries and states are French's.

>>> from careerdata.text.languages import Title
>>> RULES.forms(Title("ingénieur", translated=True))["de"] == "d\u2019«\u00a0ingénieur\u00a0»"
True
"""

from __future__ import annotations

from careerdata.text.languages.fr import French

__all__ = ["RULES", "BelgianFrench"]


class BelgianFrench(French):
    """French rules as Belgium writes them."""


RULES = BelgianFrench("fr_BE")
