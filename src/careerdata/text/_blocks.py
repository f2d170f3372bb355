"""The blocks a page is built from, in plain text: headings, paragraphs, tables and lists.

:func:`careerdata.text.page.page_blocks` yields them in the order of the seed pages; a writer per
format (Markdown, plain text, HTML) escapes what came from the data and lays them out.
"""

from __future__ import annotations

from careerdata._plain import Plain

__all__ = ["Block", "Bullets", "Heading", "Paragraph", "Table"]


class Heading(Plain):
    """A heading; level 1 is the page title.

    ``section`` names the page section a level-2 heading opens (``"salary"``); HTML writes it
    as the section's class.  ``role`` is 0 or 1 for a heading about one role of the pair.
    """

    __slots__ = ("level", "text", "section", "role")  # noqa: RUF023 - the order repr shows
    level: int
    text: str
    section: str | None
    role: int | None

    def __init__(
        self, level: int, text: str, section: str | None = None, role: int | None = None
    ) -> None:
        self._set(level=level, text=text, section=section, role=role)

    def replace(self, *, text: str) -> Heading:
        """This heading with another text."""
        return Heading(self.level, text, self.section, self.role)


class Paragraph(Plain):
    """A paragraph of running text."""

    __slots__ = ("text",)
    text: str

    def __init__(self, text: str) -> None:
        self._set(text=text)

    def replace(self, *, text: str) -> Paragraph:
        """A paragraph of another text."""
        return Paragraph(text)


class Table(Plain):
    """A table with a header row (an empty corner cell, then the two roles) and labelled rows.

    ``name`` is the page table (:class:`careerdata.figures.Table` value) and ``keys`` name
    each row's figure text (:class:`~careerdata.text._figures.RoleFigures` field), in order.
    """

    __slots__ = ("header", "rows", "name", "keys")  # noqa: RUF023 - the order repr shows
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    name: str
    keys: tuple[str, ...]

    def __init__(
        self,
        header: tuple[str, ...],
        rows: tuple[tuple[str, ...], ...],
        name: str = "",
        keys: tuple[str, ...] = (),
    ) -> None:
        self._set(header=header, rows=rows, name=name, keys=keys)

    def replace(self, *, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> Table:
        """This table with another header and other rows."""
        return Table(header, rows, self.name, self.keys)


class Bullets(Plain):
    """An unordered list.

    ``name`` says what it lists (``"skills"``, ``"responsibilities"``, ``"sources"``) and
    ``role`` (0 or 1) whose it is, when it is one role's.
    """

    __slots__ = ("items", "name", "role")
    items: tuple[str, ...]
    name: str
    role: int | None

    def __init__(self, items: tuple[str, ...], name: str = "", role: int | None = None) -> None:
        self._set(items=items, name=name, role=role)

    def replace(self, *, items: tuple[str, ...]) -> Bullets:
        """This list with other items."""
        return Bullets(items, self.name, self.role)


Block = Heading | Paragraph | Table | Bullets
