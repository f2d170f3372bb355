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

from careerdata.text.languages.pt import Portuguese

__all__ = ["RULES", "EuropeanPortuguese"]


class EuropeanPortuguese(Portuguese):
    """Portuguese rules as Portugal writes them."""

    quotes = ("«", "»")


RULES = EuropeanPortuguese("pt_PT")
