# ruff: noqa: RUF001, RUF002, RUF003  (Italian text: the apostrophe ’ is the one Italian writes)
"""Italian: titles with their articles and the contractions of "di" ("del", "dello", "dell’").

A translated title is named as Italian names a profession: with the definite article the data
gives (``forms["article"]``: "il", "lo", "l’" or "la"; ``forms["plural_article"]``: "i",
"gli" or "le"), or, when the data gives none, the article the title's first sound and gender
call for.  The indefinite article follows from the definite one ("lo" -> "uno", a feminine
"l’" -> "un’"), and "di" contracts with the article ("del", "dello", "dell’", "della", "dei",
"degli", "delle"), as "da" does ("dal", "dallo", "dall’", "dalla", "dai", "dagli",
"dalle").  An English title with no Italian translation never takes an article: it
is named through "chi lavora come “…”" (whoever works as …), which stays grammatical in every
sentence, as subject or after a preposition.

>>> from careerdata.text.languages import Title, rules
>>> title = Title(
...     "amministratore delegato",
...     "amministratori delegati",
...     translated=True,
...     gender="masculine",
...     forms={"article": "l’", "plural_article": "gli"},
... )
>>> forms = rules("it").forms(title)
>>> forms["indefinite"], forms["of_definite"], forms["plural_possessive"]
('un amministratore delegato', 'dell’amministratore delegato', 'degli amministratori delegati')
>>> forms["from_definite"]
'dall’amministratore delegato'
>>> rules("it").forms(Title("Billing Clerk", "Billing Clerks"))["of_definite"]
'di chi lavora come “Billing Clerk”'
"""

from __future__ import annotations

import re

from careerdata.text.languages import Language, Title

__all__ = [
    "Italian",
    "and_before",
    "definite_article",
    "from_article",
    "indefinite_article",
    "of_article",
    "with_article",
]

# "di" + the definite article.
_OF = {
    "il": "del",
    "lo": "dello",
    "l’": "dell’",
    "la": "della",
    "i": "dei",
    "gli": "degli",
    "le": "delle",
}
# "da" + the definite article.
_FROM = {
    "il": "dal",
    "lo": "dallo",
    "l’": "dall’",
    "la": "dalla",
    "i": "dai",
    "gli": "dagli",
    "le": "dalle",
}
# The indefinite article by the definite one, for each gender.
_INDEFINITE = {
    ("masculine", "il"): "un",
    ("masculine", "lo"): "uno",
    ("masculine", "l’"): "un",
    ("feminine", "la"): "una",
    ("feminine", "l’"): "un’",
}
# What may stand before a title's first letter: quotation marks, brackets.
_LEADING = "“”«»\"'‘’([ "
# A masculine word taking "lo"/"gli": s + consonant, z, x, y, gn, ps, pn, i + vowel.
_LO = re.compile(r"(s[^aeiouàèéìíòóù\W]|z|x|gn|ps|pn|[iy][aeiouàèéìòù])", re.IGNORECASE)
# A word starting with a vowel sound (a silent h included: "l’hotel").
_VOWEL = re.compile(r"h?[aeiouàèéìíòóù]", re.IGNORECASE)
# What makes a title read as a list of its own: "e"/"ed" between words, or a comma
# ("direttori generali e operativi", "responsabili trasporti, magazzino e distribuzione").
_LIST = re.compile(r"\s(?:e|ed)\s|,", re.IGNORECASE)
# What does not count: words in brackets or between quotation marks (an English title).
_ASIDE = re.compile(r"\([^)]*\)|“[^”]*”|«[^»]*»|\"[^\"]*\"")
# The Italian apostrophe, as the data writes it; a straight one is read as the same.
APOSTROPHE = "’"


def _first_letters(word: str) -> str:
    return word.lstrip(_LEADING)


def _normalized(article: str) -> str:
    return article.strip().lower().replace("'", APOSTROPHE)


def definite_article(word: str, gender: str | None = None, *, plural: bool = False) -> str:
    """The definite article a noun phrase takes by its first sound and gender.

    Without a gender, the masculine (Italian's generic form for a profession).

    >>> [definite_article(w) for w in ("tecnico", "stiratore", "addetto", "zoologo", "psichiatra")]
    ['il', 'lo', 'l’', 'lo', 'lo']
    >>> [definite_article(w, plural=True) for w in ("tecnici", "stiratori", "addetti")]
    ['i', 'gli', 'gli']
    >>> [definite_article(w, "feminine") for w in ("guida turistica", "ostetrica")]
    ['la', 'l’']
    >>> definite_article("ostetriche", "feminine", plural=True)
    'le'
    """
    letters = _first_letters(word)
    lo = _LO.match(letters) is not None
    vowel = not lo and _VOWEL.match(letters) is not None
    if gender == "feminine":
        if plural:
            return "le"
        return "l’" if vowel else "la"
    if plural:
        return "gli" if lo or vowel else "i"
    return "l’" if vowel else "lo" if lo else "il"


def indefinite_article(definite: str, gender: str | None = None) -> str:
    """The indefinite article going with a singular definite one ("lo" -> "uno").

    >>> [indefinite_article(a) for a in ("il", "lo", "l’")]
    ['un', 'uno', 'un']
    >>> [indefinite_article(a, "feminine") for a in ("la", "l’")]
    ['una', 'un’']
    """
    definite = _normalized(definite)
    key = ("feminine" if gender == "feminine" else "masculine", definite)
    found = _INDEFINITE.get(key)
    if found is not None:
        return found
    # An article the data pairs with another gender: go by the article alone.
    return {"la": "una", "lo": "uno"}.get(definite, "un")


def of_article(definite: str) -> str:
    """The preposition "di" contracted with a definite article ("lo" -> "dello").

    >>> [of_article(a) for a in ("il", "lo", "l’", "la", "i", "gli", "le")]
    ['del', 'dello', 'dell’', 'della', 'dei', 'degli', 'delle']
    """
    definite = _normalized(definite)
    return _OF.get(definite, f"di {definite}")


def from_article(definite: str) -> str:
    """The preposition "da" contracted with a definite article ("l’" -> "dall’").

    >>> [from_article(a) for a in ("il", "lo", "l’", "la", "i", "gli", "le")]
    ['dal', 'dallo', 'dall’', 'dalla', 'dai', 'dagli', 'dalle']
    """
    definite = _normalized(definite)
    return _FROM.get(definite, f"da {definite}")


def with_article(article: str, words: str) -> str:
    """``words`` after an article: no space after an elided one ("l’", "dell’", "un’").

    >>> with_article("l’", "addetto"), with_article("il", "tecnico")
    ('l’addetto', 'il tecnico')
    """
    if article.endswith(APOSTROPHE):
        return f"{article}{words}"
    return f"{article} {words}"


def _starts_with_e(word: str) -> bool:
    return _first_letters(word)[:1].lower() in ("e", "è", "é")


def and_before(words: str) -> str:
    """``words`` after "and": "ed" before a word starting with "e", else "e".

    Current usage keeps the euphonic "d" for the same vowel only ("ed economista",
    "e attore").

    >>> and_before("economista"), and_before("attore"), and_before("tecnico")
    ('ed economista', 'e attore', 'e tecnico')
    """
    return f"ed {words}" if _starts_with_e(words) else f"e {words}"


class Italian(Language):
    """Italian rules: articles and contractions for translated titles, "ed" before "e-"."""

    quotes = ("“", "”")
    #: ``definite`` ("il tecnico"), ``plural_definite`` ("i tecnici"), ``of_definite`` ("del
    #: tecnico") and ``of_plural_definite`` ("dei tecnici"), besides the base forms.
    #: ``and_name`` is the bare title after "and": "e tecnico", "ed economista";
    #: ``from_definite`` the title after "da" ("dal tecnico", "dall’economista").
    extra_forms = (
        "definite",
        "plural_definite",
        "of_definite",
        "of_plural_definite",
        "and_name",
        "from_definite",
    )
    #: How an English title with no Italian translation is named in a sentence.
    UNTRANSLATED = "chi lavora come {title}"

    def forms(self, title: Title) -> dict[str, str]:
        """The forms of a title; see the module's documentation.

        ``""`` is the bare title, as after "diventare" ("diventare tecnico"), ``indefinite``
        takes "un"/"uno"/"una"/"un’", ``plural`` is the bare plural and
        ``plural_possessive`` the plural after "di" ("dei tecnici").
        """
        if not title.translated:
            return self._untranslated(title)
        singular = title.singular
        plural = title.plural or singular
        given = title.forms
        article = given.get("article")
        article = (
            _normalized(article)
            if article
            else definite_article(singular, title.gender, plural=False)
        )
        plural_article = given.get("plural_article")
        plural_article = (
            _normalized(plural_article)
            if plural_article
            else definite_article(plural, title.gender, plural=True)
        )
        of_plural = with_article(of_article(plural_article), plural)
        return {
            "": singular,
            "name": singular,
            "indefinite": with_article(indefinite_article(article, title.gender), singular),
            "plural": plural,
            "plural_possessive": of_plural,
            "definite": with_article(article, singular),
            "plural_definite": with_article(plural_article, plural),
            "of_definite": with_article(of_article(article), singular),
            "of_plural_definite": of_plural,
            "and_name": and_before(singular),
            "from_definite": with_article(from_article(article), singular),
        }

    def _untranslated(self, title: Title) -> dict[str, str]:
        quoted = self.quoted(title.singular)
        worker = self.UNTRANSLATED.format(title=quoted)
        return {
            "": quoted,
            "name": title.singular,
            "indefinite": worker,
            "plural": self.quoted(title.plural or title.singular),
            "plural_possessive": f"di {worker}",
            "definite": worker,
            "plural_definite": worker,
            "of_definite": f"di {worker}",
            "of_plural_definite": f"di {worker}",
            "and_name": and_before(title.singular),
            "from_definite": f"da {worker}",
        }

    def reads_as_list(self, form: str) -> bool:
        """Whether a title reads as a list: "e"/"ed" or a comma outside brackets and quotes.

        Two such titles joined by one more "e" are ambiguous ("il direttore generale e
        operativo e l’economista"), so the text then chooses a sentence that does not join
        them, and headings that name them "A a confronto con B" rather than "A e B a
        confronto".  An English title stands in quotation marks and never does.

        >>> from careerdata.text.languages import rules
        >>> [rules("it").reads_as_list(p) for p in ("direttori generali e operativi", "tecnici")]
        [True, False]
        >>> rules("it").reads_as_list("“Accountants and Auditors”")
        False
        """
        return _LIST.search(_ASIDE.sub("", form)) is not None

    def join_pair(self, pattern: str, first: str, last: str) -> str:
        """Write "ed" for "e" before a word starting with "e" ("analisi ed empatia").

        Only before the same vowel, as current usage has it ("e analisi", not "ed analisi").

        >>> from careerdata.text.languages import rules
        >>> rules("it").join_pair("{0} e {1}", "ascolto", "empatia")
        'ascolto ed empatia'
        >>> rules("it").join_pair("{0} e {1}", "ascolto", "analisi")
        'ascolto e analisi'
        """
        if _starts_with_e(last):
            pattern = pattern.replace(" e {1}", " ed {1}")
        return pattern.format(first, last)


RULES = Italian("it")
