"""European Portuguese: a regional variant of ``pt``, holding only what it writes differently.

Its catalog translates the messages whose words or spelling differ from Brazilian Portuguese
("Ficheiros" for "Arquivos", "Percentagem" for "Percentual") and its plural messages (CLDR's
pt_PT rule counts 0 as plural: "0 anos"); every other message falls back to ``pt``. Its titles
are the data's ``pt_PT`` ones where they differ ("gestor de vendas" for "gerente de vendas").
Quotation marks are the guillemets of European Portuguese.

>>> RULES.quoted("Customer Service Manager")
'«Customer Service Manager»'
"""

from __future__ import annotations

from careerdata.text.languages import rules
from careerdata.text.languages.pt import Portuguese

__all__ = ["RULES", "EuropeanPortuguese"]


class EuropeanPortuguese(Portuguese):
    """Portuguese rules as Portugal writes them."""

    quotes = ("«", "»")

    def term(self, kind: str, name: str, region: str | None = None) -> str:
        """An industry or state as Portugal writes it, whatever territory was requested.

        ``pt``'s glossary read for the region PT: ``pt_PT/terms.json`` holds only what differs.

        >>> RULES.term("state", "California"), RULES.term("state", "New York")
        ('Califórnia', 'Nova Iorque')
        """
        del region  # pt_AO and pt_MZ write European Portuguese: Portugal's names
        return rules("pt").term(kind, name, "PT")


RULES = EuropeanPortuguese("pt_PT")
