"""The whole comparison page: title, summary, tables, duties and skills, in three formats.

The page is first built as a list of plain-text blocks (headings, paragraphs, tables, lists) in
the order of the seed pages; a writer per format then escapes what came from the data and lays
the blocks out.  Table rows that neither role fills are left out, as are sections with nothing
to show; a cell that only one role fills shows an em dash for the other.
"""

from __future__ import annotations

import functools
import html
import unicodedata
from collections.abc import Callable, Iterator
from typing import Literal

import attrs
import babel

from careerdata import figures as registry
from careerdata.compare import Comparison
from careerdata.errors import ValidationError
from careerdata.errors import _shown as shown
from careerdata.text import english
from careerdata.text._figures import RoleFigures, role_figures
from careerdata.text._locale import LocaleContext, resolve
from careerdata.text._markdown import markdown_escape
from careerdata.text.summary import check_comparison, currency_note, pair_names, paragraphs

__all__ = ["FORMATS", "Format", "render"]

Format = Literal["markdown", "text", "html"]
#: The output formats :func:`render` writes.
FORMATS: tuple[Format, ...] = ("markdown", "text", "html")
#: What a table shows for a value only the other role has (a table convention, not prose).
MISSING = "—"


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


def render(
    comparison: Comparison,
    locale: str | babel.Locale = "en_US",
    format: Format = "markdown",  # noqa: A002 - the name users know from the CLI's --format
) -> str:
    """Write the whole page comparing ``comparison.a`` with ``comparison.b``.

    ``format`` is ``"markdown"``, ``"text"`` (paragraphs wrapped at :data:`TEXT_WIDTH` columns,
    tables in aligned columns) or ``"html"`` (an ``<article>`` element whose ``lang`` is the
    written language).  Text from the data is escaped for the format.  Language and
    figures follow ``locale`` as in :func:`~careerdata.text.summarize`.  Raises
    :class:`~careerdata.errors.ValidationError` (path ``format``) for an unknown format and
    :class:`~careerdata.errors.UnknownLocaleError` for an unknown locale; both are
    :class:`ValueError`.

    >>> import careerdata as cd
    >>> from careerdata.compare import compare
    >>> a = cd.Role(title="HR Manager", outlook=cd.Outlook(jobs=313110))
    >>> b = cd.Role(
    ...     title="UX Designer",
    ...     outlook=cd.Outlook(jobs=98100),
    ...     career=cd.Career(satisfaction=4.5),
    ... )
    >>> print(render(compare(a, b), "de_DE", "text"), end="")
    HR Manager und UX Designer im Vergleich
    =======================================
    <BLANKLINE>
    Die Berufe „HR Manager“ und „UX Designer“ unterscheiden sich in einigen Details. Jeder
    der beiden Berufe bringt eigene Aufgaben und Pflichten mit sich.
    <BLANKLINE>
    Überblick: HR Manager und UX Designer
    -------------------------------------
    <BLANKLINE>
                          HR Manager  UX Designer
    Anzahl der Stellen    313.110     98.100
    Arbeitszufriedenheit  —           4,5
    """
    check_comparison(comparison)
    writer = _WRITERS.get(format) if isinstance(format, str) else None
    if writer is None:
        raise ValidationError.at(
            "format", f"unknown format {shown(format)}; expected one of: {', '.join(FORMATS)}"
        )
    context = resolve(locale)
    return writer(list(page_blocks(comparison, context)), context)


# ---------------------------------------------------------------------------- the page


def page_blocks(comparison: Comparison, context: LocaleContext) -> Iterator[Block]:
    """The page as plain-text blocks, in the order of the seed pages."""
    a = role_figures(comparison.a, context)
    b = role_figures(comparison.b, context)
    names = pair_names(a, b)
    header = ("", a.names.title, b.names.title)
    overview_rows, salary_rows, education_rows, demographics_rows = _rows(context)
    gettext = context.gettext
    # Translators: the page title; %(a_name)s and %(b_name)s are the titles without quotes.
    yield Heading(1, _sentence(gettext("%(a_name)s vs %(b_name)s") % names))
    yield from (Paragraph(text) for text in paragraphs(comparison, a, b, names, context))
    yield from _section(
        # Translators: a section heading, followed by a table.
        gettext("%(a_name)s vs %(b_name)s overview") % names,
        None,
        _table(header, overview_rows, a, b),
    )
    yield from _descriptions(a, b, context)
    yield from _section(
        gettext("%(a_name)s vs %(b_name)s salary") % names,
        gettext("%(a_plural)s and %(b_plural)s have different pay scales, as shown below.") % names,
        _table(header, salary_rows, a, b),
    )
    note = currency_note(comparison, context)
    if note is not None:
        yield Paragraph(note)
    yield from _section(
        gettext("Differences between %(a_name)s and %(b_name)s education") % names,
        gettext(
            "There are a few differences between %(a_indefinite)s and %(b_indefinite)s in terms "
            "of educational background:"
        )
        % names,
        _table(header, education_rows, a, b),
    )
    yield from _section(
        gettext("%(a_name)s vs %(b_name)s demographics") % names,
        gettext(
            "Here are the differences between %(a_plural_possessive)s and "
            "%(b_plural_possessive)s demographics:"
        )
        % names,
        _table(header, demographics_rows, a, b),
    )
    yield from _responsibilities(a, b, names, context)
    yield from _skills(a, b, names, context)


def _sentence(text: str) -> str:
    return english.sentence_case(text)


def _section(heading: str, lead_in: str | None, table: Table | None) -> Iterator[Block]:
    if table is None:
        return
    yield Heading(2, _sentence(heading))
    if lead_in is not None:
        yield Paragraph(_sentence(lead_in))
    yield table


Row = tuple[str, Callable[[RoleFigures], "str | None"]]


def _table(
    header: tuple[str, ...], rows: list[Row], a: RoleFigures, b: RoleFigures
) -> Table | None:
    """A table of the rows at least one role fills, or ``None`` when there is none."""
    cells = []
    for label, value in rows:
        first, second = value(a), value(b)
        if first is None and second is None:
            continue
        cells.append((label, first or MISSING, second or MISSING))
    return Table(header, tuple(cells)) if cells else None


def _registered_rows(table: registry.Table) -> tuple[tuple[str, str], ...]:
    """The rows of ``table`` from the registry of figures: (English label, cell), by position.

    The cell is the name of the :class:`RoleFigures` text the row shows.
    """
    rows = sorted(
        (row.position, row.label or figure.label, row.cell or figure.name)
        for figure in registry.FIGURES
        for row in figure.rows
        if row.table is table
    )
    return tuple((label, cell) for _, label, cell in rows)


#: Each page table's rows, (English label, cell), as the registry of figures gives them.
TABLE_ROWS: dict[registry.Table, tuple[tuple[str, str], ...]] = {
    table: _registered_rows(table) for table in registry.Table
}


@functools.cache  # one set of lists per locale: the labels do not depend on the roles
def _rows(context: LocaleContext) -> tuple[list[Row], ...]:
    """Each page table's rows with their translated labels, in the registry's Table order."""
    gettext = context.gettext
    return tuple(
        [(gettext(label), _cell(cell)) for label, cell in TABLE_ROWS[table]]
        for table in registry.Table
    )


def _cell(name: str) -> Callable[[RoleFigures], str | None]:
    """The function reading the text ``name`` of a role's figures."""
    return lambda figures: figures.text(name)


def _descriptions(a: RoleFigures, b: RoleFigures, context: LocaleContext) -> Iterator[Block]:
    for figures in (a, b):
        if not figures.description:
            continue
        # Translators: a heading above the description of one role.
        heading = context.gettext("What does %(role_indefinite)s do?")
        yield Heading(2, _sentence(heading % figures.names.placeholders("role")))
        yield from (Paragraph(text) for text in figures.description)


def _responsibilities(
    a: RoleFigures, b: RoleFigures, names: dict[str, str], context: LocaleContext
) -> Iterator[Block]:
    if not (a.responsibilities or b.responsibilities):
        return
    heading = context.gettext(
        "Differences between %(a_name)s and %(b_name)s duties and responsibilities"
    )
    yield Heading(2, _sentence(heading % names))
    for figures in (a, b):
        if figures.responsibilities:
            # Translators: introduces a list of example duties of one role.
            lead_in = context.gettext("%(role)s example responsibilities.")
            yield Paragraph(_sentence(lead_in % figures.names.placeholders("role")))
            yield Bullets(figures.responsibilities)


def _skills(
    a: RoleFigures, b: RoleFigures, names: dict[str, str], context: LocaleContext
) -> Iterator[Block]:
    if not (a.skills or b.skills):
        return
    yield Heading(2, _sentence(context.gettext("%(a_name)s vs %(b_name)s skills") % names))
    for figures in (a, b):
        if figures.skills:
            # Translators: a heading above the list of one role's skills and their weights.
            heading = context.gettext("Common %(role)s skills")
            yield Heading(3, _sentence(heading % figures.names.placeholders("role")))
            yield Bullets(figures.skills)


# ---------------------------------------------------------------------------- markdown


def _markdown(blocks: list[Block], context: LocaleContext) -> str:
    del context  # Markdown has no language attribute
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append("#" * block.level + " " + markdown_escape(block.text))
        elif isinstance(block, Paragraph):
            parts.append(markdown_escape(block.text))
        elif isinstance(block, Table):
            parts.append(_markdown_table(block))
        else:
            parts.append("\n".join("- " + markdown_escape(item) for item in block.items))
    return "\n\n".join(parts) + "\n"


def _markdown_table(table: Table) -> str:
    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(markdown_escape(cell) for cell in cells) + " |"

    rule = "|" + "|".join("---" for _ in table.header) + "|"
    return "\n".join([line(table.header), rule, *(line(row) for row in table.rows)])


# ---------------------------------------------------------------------------- text


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide East Asian characters count two, marks none.

    >>> display_width("Café"), display_width("給与"), display_width("\u200f61,487")
    (4, 4, 6)
    """
    if text.isascii():  # the usual case: one column a character
        return len(text)
    width = 0
    for ch in text:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


#: Columns of plain text: paragraphs wrap at this width, and so do tables of two roles.
TEXT_WIDTH = 88
_LABEL_WIDTH = 28
_CELL_WIDTH = 28


def wrap(text: str, width: int) -> list[str]:
    """Break ``text`` at spaces into lines of at most ``width`` display columns.

    No-break spaces hold ("6 %" stays whole); a word longer than ``width`` gets its own line.

    >>> wrap("Male: 44.1%, Female: 55.9%", 14)
    ['Male: 44.1%,', 'Female: 55.9%']
    """
    lines: list[str] = []
    current, used = "", 0  # the line so far and its display width, kept as words are added
    for word in text.split(" "):
        size = display_width(word)
        if current and used + 1 + size > width:
            lines.append(current)
            current, used = word, size
        elif current:
            current, used = f"{current} {word}", used + 1 + size
        else:
            current, used = word, size
    lines.append(current)
    return lines


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _text(blocks: list[Block], context: LocaleContext) -> str:
    del context  # plain text has no language attribute
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            underline = "=" if block.level == 1 else "-" if block.level == 2 else ""
            rule = "\n" + underline * display_width(block.text) if underline else ""
            parts.append(block.text + rule)
        elif isinstance(block, Paragraph):
            parts.append("\n".join(wrap(block.text, TEXT_WIDTH)))
        elif isinstance(block, Table):
            parts.append(_text_table(block))
        else:
            parts.append("\n".join(_text_item(item) for item in block.items))
    return "\n\n".join(parts) + "\n"


def _text_item(item: str) -> str:
    return "\n".join(
        ("  • " if index == 0 else "    ") + line
        for index, line in enumerate(wrap(item, TEXT_WIDTH - 4))
    )


def _text_table(table: Table) -> str:
    """Aligned columns; long cells wrap onto more lines within their column."""
    rows = [
        [
            wrap(cell, _LABEL_WIDTH if column == 0 else _CELL_WIDTH)
            for column, cell in enumerate(row)
        ]
        for row in (table.header, *table.rows)
    ]
    widths = [
        max(display_width(line) for row in rows for line in row[column])
        for column in range(len(table.header))
    ]
    lines = []
    for row in rows:
        for index in range(max(len(cell) for cell in row)):
            cells = [
                _pad(cell[index] if index < len(cell) else "", width)
                for cell, width in zip(row, widths, strict=True)
            ]
            lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


# ---------------------------------------------------------------------------- HTML


def _html(blocks: list[Block], context: LocaleContext) -> str:
    escape = html.escape
    parts = [f'<article lang="{escape(context.bcp47)}">']
    for block in blocks:
        if isinstance(block, Heading):
            parts.append(f"<h{block.level}>{escape(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            parts.append(f"<p>{escape(block.text)}</p>")
        elif isinstance(block, Table):
            parts.append(_html_table(block))
        else:
            parts.append("<ul>")
            parts.extend(f"<li>{escape(item)}</li>" for item in block.items)
            parts.append("</ul>")
    parts.append("</article>")
    return "\n".join(parts) + "\n"


def _html_table(table: Table) -> str:
    escape = html.escape
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in table.header[1:])
    lines = ["<table>", f"<thead><tr><td></td>{head}</tr></thead>", "<tbody>"]
    for label, *cells in table.rows:
        data = "".join(f"<td>{escape(cell)}</td>" for cell in cells)
        lines.append(f'<tr><th scope="row">{escape(label)}</th>{data}</tr>')
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


_WRITERS: dict[str, Callable[[list[Block], LocaleContext], str]] = {
    "markdown": _markdown,
    "text": _text,
    "html": _html,
}
