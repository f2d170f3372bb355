"""French: guillemets with no-break spaces inside them (« … »), and elision before a vowel.

A title's ``de`` form is the title after the preposition "de", elided (with the typographic
apostrophe, U+2019) before a vowel or a mute h: "de « responsable »", "d'« ingénieur »",
"d'« hôtesse »".  The data may say how the title elides through its ``forms["article"]``
("l'" elides, "le" and "la" do not: "le hockeyeur" has an aspirated h); without it the first
letter decides.
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

    >>> [elides(Title(t)) for t in ("ingénieur", "Économiste", "hôtesse", "responsable")]
    [True, True, True, False]
    >>> elides(Title("hockeyeur", forms={"article": "le"}))
    False
    """
    article = title.forms.get("article")
    if article is not None:
        return article.rstrip().endswith(("'", APOSTROPHE))
    stripped = unicodedata.normalize("NFD", title.singular.lstrip('«\u00a0 "“('))
    return stripped[:1].lower() in _ELIDING


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
