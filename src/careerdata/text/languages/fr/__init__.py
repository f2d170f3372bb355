"""French: guillemets with no-break spaces inside them (« … »), and elision before a vowel.

A title's ``de`` form is the title after the preposition "de", elided (with the typographic
apostrophe, U+2019) before a vowel or a mute h: "de « responsable »", "d'« ingénieur »",
"d'« hôtesse »".  The data may say how the title elides through its ``forms["article"]``
("l'" elides, "le" and "la" do not: "le hockeyeur" has an aspirated h); without it the first
letter decides.  A role's own English title standing in for a missing French one keeps its
English h, which French treats as aspirated ("le hall", "le hit-parade"): "de « Hotel
Manager »", "de « HR Manager »".
"""

from __future__ import annotations

import unicodedata

from careerdata.text.languages import Language, Title

#: The typographic apostrophe French text uses ("d\u2019« … »").
APOSTROPHE = "\u2019"
# Letters before which "de" and "le"/"la" elide; an h is taken as mute unless the data says.
_ELIDING = frozenset("aeiouh")


def elides(title: Title) -> bool:
    """Whether "de" before ``title`` becomes "d'".

    >>> titles = ("ingénieur", "Économiste", "hôtesse", "responsable")
    >>> [elides(Title(t, translated=True)) for t in titles]
    [True, True, True, False]
    >>> elides(Title("hockeyeur", translated=True, forms={"article": "le"}))
    False

    An English title standing in for a French one keeps its aspirated h:

    >>> [elides(Title(t)) for t in ("Hotel Manager", "HR Manager", "Account Manager")]
    [False, False, True]
    """
    article = title.forms.get("article")
    if article is not None:
        return article.rstrip().endswith(("'", APOSTROPHE))
    stripped = unicodedata.normalize("NFD", title.singular.lstrip('«\u00a0 "“('))
    first = stripped[:1].lower()
    if first == "h" and not title.translated:
        return False
    return first in _ELIDING


class French(Language):
    """French rules."""

    quotes = ("«\u00a0", "\u00a0»")
    extra_forms = ("de",)

    def forms(self, title: Title) -> dict[str, str]:
        """The base forms, and ``de``: the title after "de", elided ("d'« ingénieur »")."""
        forms = super().forms(title)
        preposition = f"d{APOSTROPHE}" if elides(title) else "de "
        forms["de"] = preposition + forms[""]
        return forms


RULES = French("fr")
