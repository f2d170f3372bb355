"""German: sentences name a role through a noun ("im Beruf „…“"), with German quotation marks."""

from __future__ import annotations

from careerdata.text.languages import Language


class German(Language):
    """German rules."""

    quotes = ("„", "“")


RULES = German("de")
