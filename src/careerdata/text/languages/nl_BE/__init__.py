"""Belgian Dutch (Flemish): a regional variant of ``nl``, holding only what it writes differently.

Its catalog translates the messages whose words differ in Flanders ("Jaarloon" for
"Jaarsalaris", "Loonvork" for "Salarisbandbreedte", "Aantal jobs" for "Aantal banen") and its
plural messages; every other message falls back to ``nl``. Its titles are the data's ``nl_BE``
ones where they differ ("manager klantendienst" for "manager klantenservice", "vroedvrouw" for
"verloskundige"). The grammar is Dutch: the same articles, quotation marks and "IJ".

>>> RULES.term("state", "California"), RULES.term("industry", "Retail Trade")
('Californië', 'Detailhandel')
"""

from __future__ import annotations

from careerdata.text.languages.nl import Dutch

__all__ = ["RULES", "FlemishDutch"]


class FlemishDutch(Dutch):
    """Dutch rules as Flanders writes them."""


RULES = FlemishDutch("nl_BE")
