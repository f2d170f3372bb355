"""Spanish: angle quotes («…»), "e" for "y" before the sound /i/, and the words of each region.

The catalog and the data are written in a Spanish that reads naturally on both sides of the
Atlantic.  Where Spain and the Americas name the same thing with different words, the data
holds one of them and :meth:`Spanish.regional` writes the other for the other region: a
Bachelor's degree is a "grado universitario" in Spain and a "licenciatura" in Mexico or
Argentina, an accountant a "contable" in Spain and a "contador" in the Americas, a plumber a
"fontanero" in Spain and a "plomero" in the Americas.  Only whole titles and names are
replaced, never a part of a word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

import babel

from careerdata.text.languages import Language

__all__ = ["AMERICAS", "RULES", "SPAIN", "SPAIN_TERRITORIES", "Spanish", "starts_with_i_sound"]

_I_SOUND = re.compile(r"h?i(?![aeiouáéíóú])", re.IGNORECASE)
_OPENING_QUOTE = "«"

#: The territories whose Spanish is that of Spain (Canarias, Ceuta and Melilla, and Equatorial
#: Guinea, whose norm is Spain's); the bare language ``es`` writes it too.
SPAIN_TERRITORIES = frozenset({"ES", "EA", "IC", "GQ"})

#: What the Americas (and the Spanish of the United States) write for Spain's words.
AMERICAS: Mapping[str, str] = {
    "grado universitario": "licenciatura",
    "contable o auditor": "contador o auditor",
    "contables y auditores": "contadores y auditores",
    "Administración y Dirección de Empresas": "Administración de Empresas",
    "operador de centralita": "operador de conmutador",
    "operadores de centralita": "operadores de conmutador",
}

#: What Spain writes for the Americas' words.
SPAIN: Mapping[str, str] = {
    "plomero o instalador de tuberías": "fontanero o instalador de tuberías",
    "plomeros e instaladores de tuberías": "fontaneros e instaladores de tuberías",
    "ayudante de plomería": "ayudante de fontanería",
    "ayudantes de plomería": "ayudantes de fontanería",
    "lector de medidores": "lector de contadores",
    "lectores de medidores": "lectores de contadores",
    "curador de museo": "conservador de museo",
    "curadores de museo": "conservadores de museo",
}


def _replacer(words: Mapping[str, str]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern matching every phrase (lower case or with a capital) and its replacements."""
    replacements: dict[str, str] = {}
    for found, written in words.items():
        replacements[found] = written
        replacements[found[0].upper() + found[1:]] = written[0].upper() + written[1:]
    alternatives = "|".join(re.escape(key) for key in sorted(replacements, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), replacements


_REGIONS = {"americas": _replacer(AMERICAS), "spain": _replacer(SPAIN)}


def starts_with_i_sound(word: str) -> bool:
    """Whether a Spanish word starts with the vowel /i/ (i-, hi-; not hie-, hia-, io-).

    A word between angle quotes is a name the role's own data gives in English, not in Spanish
    (:meth:`~careerdata.text.languages.Language.skill_in_prose` quotes it): its "h" is sounded
    ("«Hiring»"), so there only a leading "i" is the vowel.

    >>> [starts_with_i_sound(w) for w in ("informática", "hijos", "hielo", "Iowa")]
    [True, True, False, False]
    >>> [starts_with_i_sound(w) for w in ("«Hiring»", "«Interviewing»", "«ISO»")]
    [False, True, True]
    """
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn"
    )
    letters = stripped.lstrip("«“\"'¿¡([ ")
    if stripped.startswith(_OPENING_QUOTE) and letters[:1] in ("h", "H"):
        return False
    return _I_SOUND.match(letters) is not None


class Spanish(Language):
    """Spanish rules."""

    quotes = (_OPENING_QUOTE, "»")

    def join_pair(self, pattern: str, first: str, last: str) -> str:
        """Write "e" for "y" before a word starting with the sound /i/ ("Francia e Italia")."""
        if starts_with_i_sound(last):
            pattern = pattern.replace(" y {1}", " e {1}")
        return pattern.format(first, last)

    def regional(self, text: str, locale: babel.Locale) -> str:
        """The words of the region: Spain's in Spain, the Americas' everywhere else.

        >>> import babel
        >>> RULES.regional("Grado universitario, 46 %", babel.Locale.parse("es_MX"))
        'Licenciatura, 46 %'
        >>> RULES.regional("«contable o auditor»", babel.Locale.parse("es_AR"))
        '«contador o auditor»'
        >>> RULES.regional("«plomero o instalador de tuberías»", babel.Locale.parse("es_ES"))
        '«fontanero o instalador de tuberías»'
        >>> RULES.regional("«plomero o instalador de tuberías»", babel.Locale.parse("es_US"))
        '«plomero o instalador de tuberías»'
        """
        spain = locale.territory is None or locale.territory in SPAIN_TERRITORIES
        pattern, replacements = _REGIONS["spain" if spain else "americas"]
        return pattern.sub(lambda match: replacements[match.group(0)], text)


RULES = Spanish("es")
