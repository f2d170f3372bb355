"""Portuguese (Brazilian, the default; ``pt_PT`` holds what European Portuguese does differently).

Portuguese sentences name a role through its real title with its article, and the
prepositions "de" and "em" contract with the article: "o salário médio **do** gerente", "**da**
manicure", "a formação **dos** gerentes". A title's forms carry the article and the
contraction, so a message writes ``%(a_of_definite)s`` for "do gerente de vendas" or "da
manicure ou pedicure" and never builds a contraction itself.

The gender comes from the data (``Title.gender``); without it a short guess from the head
word's ending decides ("costureira" feminine, "gerente" masculine, the generic masculine that
Portuguese job titles use). A title with no Portuguese translation is the role's English title
in quotation marks after a noun that fixes the grammar, whatever the title: "o cargo de
“Customer Service Manager”", "quem atua como “Customer Service Manager”", "os profissionais
que atuam como “Customer Service Manager”".

>>> from careerdata.text.languages import Title
>>> manicure = Title("manicure ou pedicure", "manicures e pedicures", True, "feminine")
>>> forms = RULES.forms(manicure)
>>> forms["of_definite"], forms["indefinite"], forms["of_plural_definite"]
('da manicure ou pedicure', 'uma manicure ou pedicure', 'das manicures e pedicures')
>>> RULES.forms(Title("Customer Service Manager"))["of_definite"]
'do cargo de “Customer Service Manager”'
"""

from __future__ import annotations

from careerdata.text.languages import Language, Title

__all__ = ["RULES", "Portuguese", "guess_gender"]

# Endings of a head word that make a Portuguese job title feminine when the data gives no
# gender ("costureira", "professora", "atriz", "advogada", "secretária", "técnica",
# "psicóloga", "manicura", "fotógrafa", "agrônoma", "executiva", "perita", "bacharela",
# "presidenta", "patroa", "juíza"); anything else takes the generic masculine, including
# "-ista", "-ente", "-eta" and "-ata" nouns of common or masculine gender ("analista",
# "gerente", "atleta", "estafeta", "diplomata").
_FEMININE_ENDINGS = (
    "eira", "ora", "esa", "essa", "isa", "triz", "ina", "ã",
    "ada", "ária", "ica", "óloga", "ura",
    "ógrafa", "ônoma", "ónoma", "iva", "ita", "ela", "enta", "oa", "íza",
)  # fmt: skip

# Articles and their contractions with "de", by gender and number.
_ARTICLES = {
    ("masculine", False): ("o", "do", "um"),
    ("feminine", False): ("a", "da", "uma"),
    ("masculine", True): ("os", "dos", "uns"),
    ("feminine", True): ("as", "das", "umas"),
}


def guess_gender(title: str) -> str:
    """The gender of a Portuguese title from its head word, for data that gives none.

    >>> [guess_gender(t) for t in ("costureira", "gerente de vendas", "analista", "atriz")]
    ['feminine', 'masculine', 'masculine', 'feminine']
    >>> [guess_gender(t) for t in ("técnica de enfermagem", "advogada", "secretária", "técnico")]
    ['feminine', 'feminine', 'feminine', 'masculine']

    The head of a hyphenated compound is its first part, which carries the gender:

    >>> [guess_gender(t) for t in ("enfermeira-chefe", "diretora-geral", "diretor-geral")]
    ['feminine', 'feminine', 'masculine']
    """
    words = title.split(maxsplit=1)
    head = words[0].lower().split("-", 1)[0] if words else ""
    return "feminine" if head.endswith(_FEMININE_ENDINGS) else "masculine"


class Portuguese(Language):
    """Portuguese rules: articles and their contractions with "de", by the title's gender."""

    quotes = ("“", "”")
    #: ``definite`` "o gerente", ``of_definite`` "do gerente", ``plural_definite`` "os
    #: gerentes", ``of_plural_definite`` "dos gerentes", and ``predicate``, the title with no
    #: article after "tornar-se" or "como" ("tornar-se gerente de vendas").
    extra_forms = ("definite", "of_definite", "plural_definite", "of_plural_definite", "predicate")
    #: The noun that carries an untranslated title ("o cargo de “…”") and its plural
    #: construction ("os profissionais que atuam como “…”").
    position = "cargo de"
    working_as = "atua como"
    working_as_plural = "profissionais que atuam como"

    def gender(self, title: Title) -> str:
        """The title's gender: the data's ("masculine"/"feminine"), else a guess.

        A neuter or unknown gender takes the generic masculine, as Portuguese job titles do.
        """
        given = title.gender
        if given in {"masculine", "feminine"}:
            return given
        article = title.forms.get("article")
        if article in {"o", "a"}:
            return "masculine" if article == "o" else "feminine"
        if given is None:
            return guess_gender(title.singular)
        return "masculine"

    def forms(self, title: Title) -> dict[str, str]:
        """The title with its articles and contractions ("do gerente", "das manicures")."""
        if not title.translated:
            return self._untranslated(title)
        gender = self.gender(title)
        the, of_the, a = _ARTICLES[gender, False]
        singular = title.singular
        if title.plural:
            the_plural, of_the_plural, _ = _ARTICLES[gender, True]
            plural = title.plural
        else:
            # No plural in the data: a construction that needs none, whatever the title.
            the_plural, of_the_plural, _ = _ARTICLES["masculine", True]
            plural = f"{self.working_as_plural} {singular}"
        return {
            "": singular,
            "name": singular,
            "indefinite": f"{a} {singular}",
            "plural": plural,
            "plural_possessive": f"{of_the_plural} {plural}",
            "definite": f"{the} {singular}",
            "of_definite": f"{of_the} {singular}",
            "plural_definite": f"{the_plural} {plural}",
            "of_plural_definite": f"{of_the_plural} {plural}",
            "predicate": singular,
        }

    def _untranslated(self, title: Title) -> dict[str, str]:
        """An English title in quotation marks after a noun: grammatical whatever the title."""
        quoted = self.quoted(title.singular)
        people = f"{self.working_as_plural} {quoted}"
        return {
            "": quoted,
            "name": title.singular,
            "indefinite": f"quem {self.working_as} {quoted}",
            "plural": people,
            "plural_possessive": f"dos {people}",
            "definite": f"o {self.position} {quoted}",
            "of_definite": f"do {self.position} {quoted}",
            "plural_definite": f"os {people}",
            "of_plural_definite": f"dos {people}",
            "predicate": quoted,
        }

    def skill_in_prose(self, name: str) -> str:
        """An English skill name (no Portuguese one in the data) in quotation marks."""
        return self.quoted(name)

    def currency_in_prose(self, name: str) -> str:
        """Lower case inside a sentence: CLDR's Brazilian names are capitalised as in a list.

        >>> RULES.currency_in_prose("Dólares americanos"), RULES.currency_in_prose("USD")
        ('dólares americanos', 'USD')
        """
        first = name.split(" ", 1)[0]
        return name if first.isupper() else name[:1].lower() + name[1:]


RULES = Portuguese("pt")
