"""German: German quotation marks („…“), and Swiss spelling in Switzerland and Liechtenstein.

Sentences name a role through "als „…“" (a title in quotation marks never inflects, whatever
its gender), and Swiss and Liechtenstein German write "ss" for "ß" ("Ausserdem", "weiss").
"""

from __future__ import annotations

import babel

from careerdata.text.languages import Language

#: Territories whose German writes "ss" for "ß".
SWISS_SPELLING = frozenset({"CH", "LI"})


class German(Language):
    """German rules."""

    quotes = ("„", "“")

    def regional(self, text: str, locale: babel.Locale) -> str:
        """Swiss and Liechtenstein German write "ss" for "ß" (and "SS" for "ẞ").

        >>> import babel
        >>> RULES.regional("Außerdem weiß", babel.Locale.parse("de_CH"))
        'Ausserdem weiss'
        >>> RULES.regional("Außerdem", babel.Locale.parse("de_AT"))
        'Außerdem'
        """
        if locale.territory not in SWISS_SPELLING:
            return text
        return text.replace("ß", "ss").replace("ẞ", "SS")


RULES = German("de")
