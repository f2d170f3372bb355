"""Polish: a translated title declines; an English one stands in quotes after a Polish noun.

Polish sentences put a role's title in the case their verb or noun governs: "średnie
wynagrodzenie *kierownika* obsługi klienta" (genitive), "praca *kierowników*" (genitive
plural).  The data gives each translated title its forms (``genitive``, ``genitive_plural``,
``instrumental``, as in ``tools/bls_titles/pl.json``), so the catalog names them
(``%(a_genitive)s``) instead of inflecting anything itself.  The sentences are built so that
no other word agrees with the title (the verb is in the present tense, the subject is "praca"
or "wynagrodzenie"), and so the title's gender never matters: "kierownik" and "pielęgniarka"
fit the same sentence.

A title Polish cannot decline, an English one standing in for a missing translation, is
named through a phrase that declines in its place, "osoba na stanowisku „…”" (a person in
the post "…"): genitive "osoby na stanowisku „…”", genitive plural "osób na stanowisku „…”".
A translated title missing one of its forms falls back to the same phrase for that form,
with the Polish title in the quotes: never a guessed ending.

>>> from careerdata.text.languages import Title
>>> forms = RULES.forms(Title("Chief Executive", "Chief Executives"))
>>> forms["genitive"], forms["post"]
('osoby na stanowisku „Chief Executive”', 'stanowisko „Chief Executive”')
"""

from __future__ import annotations

import re

from careerdata.text.languages import Language, Title

__all__ = ["RULES", "Polish"]

# A skill name that is an acronym ("SQL", "ISO", "C++"): the same in any language.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9+#&./-]*[A-Z0-9+#]")
# The phrase naming a role through its post when the title itself cannot decline: the
# person ("osoba", feminine, so "osoba na stanowisku" fits any title) in each case, and the
# post itself ("stanowisko", the accusative the sentences use: "droga na stanowisko …").
_PERSON = {
    "": "osoba",
    "plural": "osoby",
    "genitive": "osoby",
    "genitive_plural": "osób",
    "instrumental": "osobą",
}
# The cases the data gives as forms of a title (tools/bls_titles/pl.json).
_DECLINED = ("genitive", "genitive_plural", "instrumental")


class Polish(Language):
    """Polish rules: „…” quotes, declined titles, "oraz" between items that hold "i"."""

    quotes = ("„", "”")
    #: ``genitive`` and ``genitive_plural`` ("wynagrodzenie kierownika", "praca kierowników"),
    #: ``instrumental`` ("zostać kierownikiem"), and ``post``, the post in the accusative
    #: ("droga na stanowisko kierownika").
    extra_forms = ("genitive", "genitive_plural", "instrumental", "post")

    def forms(self, title: Title) -> dict[str, str]:
        """The title in the cases the Polish sentences use.

        ``""`` and ``indefinite`` are the nominative singular (Polish has no article),
        ``plural`` the nominative plural, ``plural_possessive`` the genitive plural (Polish
        says "the demographics *of* managers").

        >>> forms = RULES.forms(
        ...     Title(
        ...         "kierownik sprzedaży",
        ...         "kierownicy sprzedaży",
        ...         translated=True,
        ...         forms={
        ...             "genitive": "kierownika sprzedaży",
        ...             "genitive_plural": "kierowników sprzedaży",
        ...         },
        ...     )
        ... )
        >>> forms["genitive"], forms["plural_possessive"], forms["post"]
        ('kierownika sprzedaży', 'kierowników sprzedaży', 'stanowisko kierownika sprzedaży')
        >>> forms["instrumental"]
        'osobą na stanowisku „kierownik sprzedaży”'
        """
        given: dict[str, str | None]
        if title.translated:
            given = {
                "": title.singular,
                "plural": _nonblank(title.plural),
                **{case: _nonblank(title.forms.get(case)) for case in _DECLINED},
            }
        else:
            given = dict.fromkeys(_PERSON)
        in_post = self.quoted(title.singular)
        cases = {
            case: given[case] or f"{person} na stanowisku {in_post}"
            for case, person in _PERSON.items()
        }
        genitive = given["genitive"]
        return {
            "": cases[""],
            "name": title.singular,
            "indefinite": cases[""],
            "plural": cases["plural"],
            "plural_possessive": cases["genitive_plural"],
            "genitive": cases["genitive"],
            "genitive_plural": cases["genitive_plural"],
            "instrumental": cases["instrumental"],
            "post": f"stanowisko {genitive}" if genitive else f"stanowisko {in_post}",
        }

    def skill_in_prose(self, name: str) -> str:
        """An English skill name from the role's own data, in quotes inside a Polish sentence.

        An acronym reads the same in Polish and stands as it is.

        >>> RULES.skill_in_prose("Customer Satisfaction"), RULES.skill_in_prose("SQL")
        ('„Customer Satisfaction”', 'SQL')
        """
        if _ACRONYM.fullmatch(name):
            return name
        return self.quoted(name)

    def join_pair(self, pattern: str, first: str, last: str) -> str:
        """Join with "oraz" where "i" would be ambiguous: an item holds an "i" of its own.

        >>> RULES.join_pair("{0} i {1}", "obsługa klienta", "komunikacja")
        'obsługa klienta i komunikacja'
        >>> RULES.join_pair("{0} i {1}", "komunikacja", "planowanie i organizacja")
        'komunikacja oraz planowanie i organizacja'
        """
        if " i {1}" in pattern and (_holds_and(first) or _holds_and(last)):
            pattern = pattern.replace(" i {1}", " oraz {1}")
        return pattern.format(first, last)


def _holds_and(text: str) -> bool:
    return " i " in f" {text} "


def _nonblank(text: str | None) -> str | None:
    return text if text and text.strip() else None


RULES = Polish("pl")
