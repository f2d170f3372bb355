"""Dutch: sentences name a role through its real title, with "de" or "het" from the data.

Dutch job titles are common nouns written in lower case ("manager klantenservice"), so a
sentence uses the title itself: "Wat doet een manager klantenservice?", "de taken van het
hoofd postkantoor", "managers klantenservice en supervisors klantenzorg". The definite
article comes from the data (``Title.forms["article"]``, "de" or "het"); without it the
gender decides (neuter takes "het"), and without a gender a short guess from the head word
("hoofd", "lid", "model" and diminutives in "-je" are "het" words; anything else "de", as
almost every Dutch word for a person is). The plural always takes "de".

A title with no Dutch translation is the role's English title in quotation marks after a noun
that fixes the grammar whatever the title: "de functie “Customer Service Manager”", "iemand in
de functie “Customer Service Manager”", "mensen in de functie “Customer Service Manager”".
After "als" a bare title stands on its own ("aan de slag als “Customer Service Manager”").

>>> from careerdata.text.languages import Title
>>> hoofd = Title("hoofd postkantoor", "hoofden postkantoor", True, forms={"article": "het"})
>>> forms = RULES.forms(hoofd)
>>> forms["definite"], forms["indefinite"], forms["plural"], forms["predicate"]
('het hoofd postkantoor', 'een hoofd postkantoor', 'hoofden postkantoor', 'hoofd postkantoor')
>>> RULES.forms(Title("Customer Service Manager"))["indefinite"]
'iemand in de functie “Customer Service Manager”'
>>> RULES.sentence("ijzervlechter")
'IJzervlechter'
"""

from __future__ import annotations

import re

from careerdata.text import english
from careerdata.text.languages import Language, Title

__all__ = ["RULES", "Dutch", "guess_article"]

# Head words (the end of a title's first word, where a Dutch compound keeps its head) that
# make a job title a "het" word when the data gives neither article nor gender:
# "afdelingshoofd", "teamlid", "fotomodel", "kassapersoneel"; diminutives end in "-je".
_HET_HEADS = ("hoofd", "lid", "model", "personeel", "kader", "je")

# What makes a Dutch title read as a list: "en", "of" or a comma, outside brackets and
# quotation marks, unless it ends the first half of a shortened compound ("laad- en
# losmedewerkers", "snij-, pons- en persmachines"), which reads as one word.
_LIST_WORDS = re.compile(r"(?<!-)(?:,| en | of )")
_ASIDES = re.compile(r"\([^)]*\)|“[^”]*”")


def guess_article(title: str) -> str:
    """The definite article of a Dutch title from its head word, for data that gives none.

    >>> [guess_article(t) for t in ("afdelingshoofd", "brandweerlid", "kok", "manager ICT")]
    ['het', 'het', 'de', 'de']
    """
    words = title.split(maxsplit=1)
    head = words[0].lower() if words else ""
    return "het" if head.endswith(_HET_HEADS) else "de"


class Dutch(Language):
    """Dutch rules: the title with "de"/"het"/"een", and "IJ" as one capital letter."""

    quotes = ("“", "”")
    #: ``definite`` "de manager klantenservice" / "het hoofd postkantoor", and ``predicate``,
    #: the title with no article after "als" ("als manager klantenservice").
    extra_forms = ("definite", "predicate")
    #: The noun (a "de" word) that carries an untranslated title, and the words for someone,
    #: and for people, who work in it.
    position = "de functie"
    someone = "iemand in"
    people = "mensen in"
    #: The plural of a translated title whose data gives no plural.
    working_as_plural = "mensen die werken als"
    #: Plural messages (by their English singular) whose Dutch is the same in every plural
    #: category: a unit of time after a number stays singular ("1 jaar", "5 jaar", "4 tot 6
    #: jaar"; "5 jaren" reads as archaic or emphatic). The catalog test lets these, and only
    #: these, give one translation for every category.
    invariant_plurals = frozenset(
        {"%(count)s year", "%(low)s-%(high)s year", "up to %(count)s year"}
    )

    def article(self, title: Title) -> str:
        """The title's definite article: the data's, else its gender's, else a guess."""
        given = title.forms.get("article")
        if given in {"de", "het"}:
            return given
        if title.gender == "neuter":
            return "het"
        if title.gender in {"masculine", "feminine"}:
            return "de"
        return guess_article(title.singular)

    def forms(self, title: Title) -> dict[str, str]:
        """The title with its articles ("de manager", "het hoofd", "een model")."""
        if not title.translated:
            return self._untranslated(title)
        singular = title.singular
        plural = title.plural or f"{self.working_as_plural} {singular}"
        return {
            "": singular,
            "name": singular,
            "indefinite": f"een {singular}",
            "plural": plural,
            "plural_possessive": f"van {plural}",
            "definite": f"{self.article(title)} {singular}",
            "predicate": singular,
        }

    def _untranslated(self, title: Title) -> dict[str, str]:
        """An English title in quotation marks after a noun: grammatical whatever the title."""
        quoted = self.quoted(title.singular)
        position = f"{self.position} {quoted}"
        return {
            "": quoted,
            "name": title.singular,
            "indefinite": f"{self.someone} {position}",
            "plural": f"{self.people} {position}",
            "plural_possessive": f"van {self.people} {position}",
            "definite": position,
            "predicate": quoted,
        }

    def reads_as_list(self, form: str) -> bool:
        """Whether a form holds "en", "of" or a comma of its own (not a shortened compound's).

        >>> RULES.reads_as_list("managers klantenservice en operations")
        True
        >>> RULES.reads_as_list("maatschappelijk werkers jeugd, gezin en school")
        True
        >>> RULES.reads_as_list("laad- en losmedewerkers"), RULES.reads_as_list("koks (overig)")
        (False, False)
        >>> RULES.reads_as_list("mensen in de functie “Accountants and Auditors”")
        False
        """
        return _LIST_WORDS.search(_ASIDES.sub("", form)) is not None

    def skill_in_prose(self, name: str) -> str:
        """An English skill name (no Dutch one in the data) in quotation marks."""
        return self.quoted(name)

    def sentence(self, text: str) -> str:
        """A capital first letter; a leading "ij" becomes "IJ", one letter in Dutch.

        >>> RULES.sentence("ijsverkoper"), RULES.sentence("manager ICT"), RULES.sentence("“Chef”")
        ('IJsverkoper', 'Manager ICT', '“Chef”')
        """
        if text[:2] == "ij":
            return "IJ" + text[2:]
        return english.sentence_case(text)


RULES = Dutch("nl")
