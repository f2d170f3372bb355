"""Swiss French: a regional variant of ``fr``, holding only what Switzerland writes differently.

Its texts are the data's ``fr_CH`` ones where they differ: the seed roles' degree is a
"Bachelor", the first degree of Swiss universities since Bologna (a Swiss "licence" was the
older degree of four or five years, a master's).  Its catalog holds only its plural messages;
every other message, the quotation marks, elision and the names of industries and states are
French's.

>>> from careerdata.text.languages import Title
>>> RULES.forms(Title("ingénieur", translated=True))["de"] == "d\u2019«\u00a0ingénieur\u00a0»"
True
"""

from __future__ import annotations

from careerdata.text.languages.fr import French

__all__ = ["RULES", "SwissFrench"]


class SwissFrench(French):
    """French rules as Switzerland writes them."""


RULES = SwissFrench("fr_CH")
