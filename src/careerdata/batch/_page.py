"""What batch generation produces: one :class:`Page` per pair, locale and format."""

from __future__ import annotations

from typing import Literal, get_args

import attrs

__all__ = ["FORMATS", "Format", "Page"]

#: What a page holds: the opening paragraphs (:func:`careerdata.summarize`) or the whole page
#: (:func:`careerdata.render`) in Markdown, plain text or HTML.
Format = Literal["summary", "markdown", "text", "html"]
#: Every :data:`Format`, in the order of its definition.
FORMATS: tuple[str, ...] = get_args(Format)

_SUFFIXES: dict[str, str] = {
    "summary": ".summary.txt",
    "markdown": ".md",
    "text": ".txt",
    "html": ".html",
}


@attrs.frozen
class Page:
    """One generated text: role ``a`` compared with role ``b`` in ``locale`` and ``format``.

    ``a`` and ``b`` are the roles' slugs; ``locale`` is spelt as it was requested.
    """

    a: str
    b: str
    locale: str
    format: Format
    text: str

    @property
    def path(self) -> str:
        """Where :func:`write_folder` puts the page: ``{locale}/{a}-vs-{b}{suffix}``.

        The suffix is ``.md``, ``.txt``, ``.html`` or ``.summary.txt`` by format.
        """
        return f"{self.locale}/{self.a}-vs-{self.b}{_SUFFIXES[self.format]}"

    def to_json(self) -> dict[str, str]:
        """The page as a JSON object (one line of :func:`write_jsonl`)."""
        return {
            "a": self.a,
            "b": self.b,
            "locale": self.locale,
            "format": self.format,
            "text": self.text,
        }
