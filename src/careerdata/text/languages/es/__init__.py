"""Spanish: angle quotes («…»), and "e" for "y" before the sound /i/."""

from __future__ import annotations

import re
import unicodedata

from careerdata.text.languages import Language

_I_SOUND = re.compile(r"h?i(?![aeiouáéíóú])", re.IGNORECASE)


def starts_with_i_sound(word: str) -> bool:
    """Whether a Spanish word starts with the vowel /i/ (i-, hi-; not hie-, hia-, io-).

    >>> [starts_with_i_sound(w) for w in ("informática", "hijos", "hielo", "Iowa")]
    [True, True, False, False]
    """
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn"
    )
    letters = stripped.lstrip("«“\"'¿¡([ ")
    return _I_SOUND.match(letters) is not None


class Spanish(Language):
    """Spanish rules."""

    quotes = ("«", "»")

    def join_pair(self, pattern: str, first: str, last: str) -> str:
        """Write "e" for "y" before a word starting with the sound /i/ ("Francia e Italia")."""
        if starts_with_i_sound(last):
            pattern = pattern.replace(" y {1}", " e {1}")
        return pattern.format(first, last)


RULES = Spanish("es")
