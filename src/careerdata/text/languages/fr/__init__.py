"""French: guillemets with no-break spaces inside them (« … »)."""

from __future__ import annotations

from careerdata.text.languages import Language


class French(Language):
    """French rules."""

    quotes = ("«\u00a0", "\u00a0»")


RULES = French("fr")
