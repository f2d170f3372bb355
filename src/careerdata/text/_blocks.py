"""The blocks a page is built from, in plain text: headings, paragraphs, tables and lists.

:func:`careerdata.text.page.page_blocks` yields them in the order of the seed pages; a writer per
format (Markdown, plain text, HTML) escapes what came from the data and lays them out.
"""

from __future__ import annotations

import attrs

__all__ = ["Block", "Bullets", "Heading", "Paragraph", "Table"]


@attrs.frozen
class Heading:
    """A heading; level 1 is the page title.

    ``section`` names the page section a level-2 heading opens (``"salary"``); HTML writes it
    as the section's class.  ``role`` is 0 or 1 for a heading about one role of the pair.
    """

    level: int
    text: str
    section: str | None = None
    role: int | None = None


@attrs.frozen
class Paragraph:
    """A paragraph of running text."""

    text: str


@attrs.frozen
class Table:
    """A table with a header row (an empty corner cell, then the two roles) and labelled rows.

    ``name`` is the page table (:class:`careerdata.figures.Table` value) and ``keys`` name
    each row's figure text (:class:`~careerdata.text._figures.RoleFigures` field), in order.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    name: str = ""
    keys: tuple[str, ...] = ()


@attrs.frozen
class Bullets:
    """An unordered list.

    ``name`` says what it lists (``"skills"``, ``"responsibilities"``, ``"sources"``) and
    ``role`` (0 or 1) whose it is, when it is one role's.
    """

    items: tuple[str, ...]
    name: str = ""
    role: int | None = None


Block = Heading | Paragraph | Table | Bullets
