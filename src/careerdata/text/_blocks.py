"""The blocks a page is built from, in plain text: headings, paragraphs, tables and lists.

:func:`careerdata.text.page.page_blocks` yields them in the order of the seed pages; a writer per
format (Markdown, plain text, HTML) escapes what came from the data and lays them out.
"""

from __future__ import annotations

import attrs

__all__ = ["Block", "Bullets", "Heading", "Paragraph", "Table"]


@attrs.frozen
class Heading:
    """A heading; level 1 is the page title."""

    level: int
    text: str


@attrs.frozen
class Paragraph:
    """A paragraph of running text."""

    text: str


@attrs.frozen
class Table:
    """A table with a header row (an empty corner cell, then the two roles) and labelled rows."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@attrs.frozen
class Bullets:
    """An unordered list."""

    items: tuple[str, ...]


Block = Heading | Paragraph | Table | Bullets
