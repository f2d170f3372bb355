"""The whole comparison page: title, summary, tables, duties and skills, in three formats.

The page is first built as a list of plain-text blocks (headings, paragraphs, tables, lists) in
the order of the seed pages; a writer per format then escapes what came from the data and lays
the blocks out.  Table rows that neither role fills are left out, as are sections with nothing
to show; a cell that only one role fills shows an em dash for the other.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import Literal

import babel

from careerdata import figures as registry
from careerdata.compare import Comparison, Direction
from careerdata.errors import ValidationError
from careerdata.errors import _shown as shown
from careerdata.text._blocks import Block, Bullets, Heading, Paragraph, Table
from careerdata.text._figures import RoleFigures, role_figures
from careerdata.text._locale import LocaleContext, resolve
from careerdata.text._markdown import markdown_escape
from careerdata.text._sources import PageSource, band_is_spread, check_source, source_blocks
from careerdata.text.summary import (
    check_comparison,
    currency_note,
    pair_names,
    paragraphs,
    reads_as_lists,
)

__all__ = ["FORMATS", "Format", "render"]

Format = Literal["markdown", "text", "html"]
#: The output formats :func:`render` writes.
FORMATS: tuple[Format, ...] = ("markdown", "text", "html")
#: What a table shows for a value only the other role has (a table convention, not prose).
MISSING = "—"


def render(
    comparison: Comparison,
    locale: str | babel.Locale = "en_US",
    format: Format = "markdown",  # noqa: A002 - the name users know from the CLI's --format
    *,
    source: PageSource = None,
    fallback: bool = True,
) -> str:
    """Write the whole page comparing ``comparison.a`` with ``comparison.b``.

    ``format`` is ``"markdown"``, ``"text"`` (paragraphs wrapped at :data:`TEXT_WIDTH` columns,
    tables in aligned columns) or ``"html"`` (an ``<article>`` element whose ``lang`` is the
    written language, returned as :class:`~careerdata.text.Html`, a ``str`` that template
    engines take as safe markup; see :doc:`/howto/html`).  Text from the data is escaped for the
    format.  The page ends with its sources: each role's own ``source``, else ``source`` (pass
    a dataset's ``info.source``: embedded datasets keep their provenance there; for roles of
    two datasets, a pair ``(first.info.source, second.info.source)``), each distinct source
    once, the first role's first.  Language and
    figures follow ``locale`` as in :func:`~careerdata.text.summarize`.  Raises
    :class:`~careerdata.errors.ValidationError` (path ``format``) for an unknown format, (path
    ``comparison``) for a role compared with itself, and
    :class:`~careerdata.errors.UnknownLocaleError` for an unknown locale, or with
    ``fallback=False`` for a locale whose language has no catalog (rather than writing
    English); both are :class:`ValueError`.

    >>> import careerdata as cd
    >>> from careerdata.compare import compare
    >>> a = cd.Role(title="HR Manager", outlook=cd.Outlook(jobs=313110))
    >>> b = cd.Role(
    ...     title="UX Designer",
    ...     outlook=cd.Outlook(jobs=98100),
    ...     career=cd.Career(satisfaction=4.5),
    ... )
    >>> print(render(compare(a, b), "de_DE", "text"), end="")
    HR Manager vs. UX Designer: Berufe im Vergleich
    ===============================================
    <BLANKLINE>
    Die Tätigkeiten „HR Manager“ und „UX Designer“ unterscheiden sich in einigen Details.
    <BLANKLINE>
    Überblick: HR Manager vs. UX Designer
    -------------------------------------
    <BLANKLINE>
                          HR Manager  UX Designer
    Beschäftigte          313.110     98.100
    Arbeitszufriedenheit  —           4,5 von 5
    """
    check_comparison(comparison)
    if not isinstance(format, str) or format not in FORMATS:
        raise ValidationError.at(
            "format", f"unknown format {shown(format)}; expected one of: {', '.join(FORMATS)}"
        )
    check_source(source)
    context = resolve(locale, fallback=fallback)
    blocks = list(page_blocks(comparison, context, source))
    if format == "html":
        from careerdata.text._html import write_html  # noqa: PLC0415 - charts only for HTML

        html = write_html(blocks, context, comparison)
        # The charts' texts come from the figures, not the blocks: the region's rule again.
        regional = context.regional(html)
        return html if regional == html else type(html)(regional)
    return _WRITERS[format](blocks, context)


# ---------------------------------------------------------------------------- the page


def page_blocks(
    comparison: Comparison, context: LocaleContext, source: PageSource = None
) -> Iterator[Block]:
    """The page as plain-text blocks, in the order of the seed pages, then the sources.

    Every text is written as the requested region writes the language
    (:meth:`~careerdata.text.languages.Language.regional`).
    """
    for block in _blocks(comparison, context, source):
        yield _regional(block, context)


def _regional(block: Block, context: LocaleContext) -> Block:
    regional = context.regional
    if isinstance(block, Heading | Paragraph):
        return block.replace(text=regional(block.text))
    if isinstance(block, Table):
        return block.replace(
            header=tuple(map(regional, block.header)),
            rows=tuple(tuple(map(regional, row)) for row in block.rows),
        )
    return block.replace(items=tuple(map(regional, block.items)))


def _blocks(comparison: Comparison, context: LocaleContext, source: PageSource) -> Iterator[Block]:
    a = role_figures(comparison.a, context)
    b = role_figures(comparison.b, context)
    names = pair_names(a, b)
    header = ("", a.names.title, b.names.title)
    overview_rows, salary_rows, education_rows, demographics_rows = _rows(context)
    if band_is_spread(comparison.a) and band_is_spread(comparison.b):
        salary_rows = _spread_band(salary_rows, context)
    gettext = context.gettext
    lists = reads_as_lists(a, b, context)
    headings = {key: text % names for key, text in _pair_headings(context, lists).items()}
    yield Heading(1, context.rules.sentence(headings["title"]))
    yield from (Paragraph(text) for text in paragraphs(comparison, a, b, names, context))
    yield from _section(
        headings["overview"],
        None,
        _table(header, overview_rows, a, b, registry.Table.OVERVIEW),
        context,
    )
    yield from _descriptions(a, b, context)
    yield from _section(
        headings["salary"],
        _pay_lead_in(comparison, lists, context) % names,
        _table(header, salary_rows, a, b, registry.Table.SALARY),
        context,
    )
    note = currency_note(comparison, context)
    if note is not None:
        yield Paragraph(note)
    yield from _section(
        headings["education"],
        gettext(
            "There are a few differences between %(a_indefinite)s and %(b_indefinite)s in terms "
            "of educational background:"
        )
        % names,
        _table(header, education_rows, a, b, registry.Table.EDUCATION),
        context,
    )
    # A possessive of a title that is a list or ends in a bracket ("engineers' (all other)")
    # does not read: the sentence names the titles in the plural instead.
    possessives = (names["a_plural_possessive"], names["b_plural_possessive"])
    demographics = (
        # Translators: the lead-in of the demographics table when a title is itself a list in
        # English ("accountants and auditors"); translate it as "Here are the differences
        # between ... demographics:".
        gettext("Here is how the demographics of %(a_plural)s differ from those of %(b_plural)s:")
        if lists or any(")" in possessive for possessive in possessives)
        else gettext(
            "Here are the differences between %(a_plural_possessive)s and "
            "%(b_plural_possessive)s demographics:"
        )
    )
    yield from _section(
        headings["demographics"],
        demographics % names,
        _table(header, demographics_rows, a, b, registry.Table.DEMOGRAPHICS),
        context,
    )
    yield from _responsibilities(a, b, headings["responsibilities"], context)
    yield from _skills(a, b, headings["skills"], context)
    yield from source_blocks((comparison.a, comparison.b), (a, b), context, source)


def _pair_headings(context: LocaleContext, lists: bool) -> dict[str, str]:
    """The page's title and the headings naming both titles, as messages to fill with names.

    When a title reads as a list in the page's language (``lists``, as
    :meth:`~careerdata.text.languages.Language.reads_as_list` says), the headings are the
    messages of context "titles that are lists": a language that joins two titles with its
    "and" ("A e B a confronto") names them another way there ("A a confronto con B"), so that
    "direttore generale e operativo" and "verniciatore e decoratore" are not read as one list.
    """
    if lists:
        return {
            # Translators: the page title when a title is itself a list ("accountants and
            # auditors"). Translate it as the title without this context, but if that joins
            # the two titles with your "and", name them another way, so that the lists stay
            # apart (Italian "%(a_name)s a confronto con %(b_name)s"). Likewise the headings
            # of this context below.
            "title": context.pgettext("titles that are lists", "%(a_name)s vs %(b_name)s"),
            "overview": context.pgettext(
                "titles that are lists", "%(a_name)s vs %(b_name)s overview"
            ),
            "salary": context.pgettext("titles that are lists", "%(a_name)s vs %(b_name)s salary"),
            "education": context.pgettext(
                "titles that are lists", "Differences between %(a_name)s and %(b_name)s education"
            ),
            "demographics": context.pgettext(
                "titles that are lists", "%(a_name)s vs %(b_name)s demographics"
            ),
            "responsibilities": context.pgettext(
                "titles that are lists",
                "Differences between %(a_name)s and %(b_name)s duties and responsibilities",
            ),
            "skills": context.pgettext("titles that are lists", "%(a_name)s vs %(b_name)s skills"),
        }
    gettext = context.gettext
    return {
        # Translators: the page title; %(a_name)s and %(b_name)s are the titles without quotes.
        "title": gettext("%(a_name)s vs %(b_name)s"),
        # Translators: a section heading, followed by a table.
        "overview": gettext("%(a_name)s vs %(b_name)s overview"),
        "salary": gettext("%(a_name)s vs %(b_name)s salary"),
        "education": gettext("Differences between %(a_name)s and %(b_name)s education"),
        "demographics": gettext("%(a_name)s vs %(b_name)s demographics"),
        "responsibilities": gettext(
            "Differences between %(a_name)s and %(b_name)s duties and responsibilities"
        ),
        "skills": gettext("%(a_name)s vs %(b_name)s skills"),
    }


def _pay_lead_in(comparison: Comparison, lists: bool, context: LocaleContext) -> str:
    """The sentence above the salary table: the pay differs, or (when it does not) a neutral one.

    The pay "differs" when the yearly pay (the hourly pay where a role has no yearly one) is
    ordered one above the other.
    """
    # The yearly pay decides where both roles have it (equal salaries are not "different pay
    # scales" because the hourly rates differ by a cent); the hourly pay otherwise.
    direction = comparison.yearly_pay.direction
    if direction is None:
        direction = comparison.hourly_pay.direction
    if direction not in (Direction.HIGHER, Direction.LOWER):
        # Translators: above the salary table when neither role is paid more than the other
        # (the same pay, or figures that cannot be ordered).
        return context.gettext(
            "The table below compares the pay of %(a_plural)s with that of %(b_plural)s."
        )
    if lists:
        # Translators: above the salary table when a title is itself a list in English
        # ("accountants and auditors"); translate it as "... have different pay scales, as shown
        # below."
        return context.gettext(
            "The pay scales of %(a_plural)s differ from those of %(b_plural)s, as shown below."
        )
    return context.gettext(
        "%(a_plural)s and %(b_plural)s have different pay scales, as shown below."
    )


def _section(
    heading: str, lead_in: str | None, table: Table | None, context: LocaleContext
) -> Iterator[Block]:
    if table is None:
        return
    sentence = context.rules.sentence
    yield Heading(2, sentence(heading), section=table.name)
    if lead_in is not None:
        yield Paragraph(sentence(lead_in))
    yield table


Row = tuple[str, Callable[[RoleFigures], "str | None"], str]


def _table(
    header: tuple[str, ...],
    rows: list[Row],
    a: RoleFigures,
    b: RoleFigures,
    table: registry.Table,
) -> Table | None:
    """A table of the rows at least one role fills, or ``None`` when there is none."""
    cells = []
    keys = []
    for label, value, key in rows:
        first, second = value(a), value(b)
        if first is None and second is None:
            continue
        cells.append((label, first or MISSING, second or MISSING))
        keys.append(key)
    return Table(header, tuple(cells), table.value, tuple(keys)) if cells else None


def _spread_band(rows: list[Row], context: LocaleContext) -> list[Row]:
    """The salary rows with the range labelled as the 10th to 90th percentile it is."""
    # Translators: a table row; the salary range is the 10th to 90th percentile of pay.
    label = context.gettext("Salary range (10th to 90th percentile)")
    return [
        (label, value, key) if key == "salary_band" else (old, value, key)
        for old, value, key in rows
    ]


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
        [(gettext(label), _cell(cell), cell) for label, cell in TABLE_ROWS[table]]
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
        role = 0 if figures is a else 1
        text = context.rules.sentence(heading % figures.names.placeholders("role"))
        yield Heading(2, text, section="description", role=role)
        yield from (Paragraph(text) for text in figures.description)


def _responsibilities(
    a: RoleFigures, b: RoleFigures, heading: str, context: LocaleContext
) -> Iterator[Block]:
    if not (a.responsibilities or b.responsibilities):
        return
    yield Heading(2, context.rules.sentence(heading), section="responsibilities")
    for role, figures in enumerate((a, b)):
        if figures.responsibilities:
            # Translators: introduces a list of example duties of one role.
            lead_in = context.gettext("%(role)s example responsibilities.")
            yield Paragraph(context.rules.sentence(lead_in % figures.names.placeholders("role")))
            yield Bullets(figures.responsibilities, name="responsibilities", role=role)


def _skills(
    a: RoleFigures, b: RoleFigures, heading: str, context: LocaleContext
) -> Iterator[Block]:
    if not (a.skills or b.skills):
        return
    yield Heading(2, context.rules.sentence(heading), section="skills")
    for role, figures in enumerate((a, b)):
        if figures.skills:
            # Translators: a heading above the list of one role's skills and their weights.
            heading = context.gettext("Common %(role)s skills")
            yield Heading(
                3, context.rules.sentence(heading % figures.names.placeholders("role")), role=role
            )
            yield Bullets(figures.skills, name="skills", role=role)


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


def wrap(text: str, width: int, breaks: Callable[[str], Sequence[int]] | None = None) -> list[str]:
    """Break ``text`` into lines of at most ``width`` display columns.

    Lines break at spaces, and inside a run with no space where ``breaks`` allows
    (:meth:`~careerdata.text.languages.Language.break_points`: Japanese breaks between
    characters); the pieces of a run join with no space.  No-break spaces hold ("6 %" stays
    whole); a piece longer than ``width`` gets its own line.

    >>> wrap("Male: 44.1%, Female: 55.9%", 14)
    ['Male: 44.1%,', 'Female: 55.9%']
    >>> from careerdata.text.languages import rules
    >>> wrap("看護師の平均年収は$86,070です。", 14, rules("ja").break_points)
    ['看護師の平均年', '収は$86,070で', 'す。']
    """
    lines: list[str] = []
    current, used = "", 0  # the line so far and its display width, kept as pieces are added
    for word in text.split(" "):
        cuts = [0, *breaks(word), len(word)] if breaks is not None else [0, len(word)]
        for number, (start, end) in enumerate(itertools.pairwise(cuts)):
            piece = word[start:end]
            size, glue = display_width(piece), 1 if number == 0 else 0
            if current and used + glue + size > width:
                lines.append(current)
                current, used = piece, size
            elif current or number:
                current, used = current + " " * glue + piece, used + glue + size
            else:
                current, used = piece, size
    lines.append(current)
    return lines


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _text(blocks: list[Block], context: LocaleContext) -> str:
    breaks = context.rules.break_points
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            # Wrapped as paragraphs are, and underlined as wide as its widest line.
            lines = wrap(block.text, TEXT_WIDTH, breaks)
            underline = "=" if block.level == 1 else "-" if block.level == 2 else ""
            width = max(map(display_width, lines), default=0)
            parts.append("\n".join([*lines, underline * width] if underline else lines))
        elif isinstance(block, Paragraph):
            parts.append("\n".join(wrap(block.text, TEXT_WIDTH, breaks)))
        elif isinstance(block, Table):
            parts.append(_text_table(block, breaks))
        else:
            parts.append("\n".join(_text_item(item, breaks) for item in block.items))
    return "\n\n".join(parts) + "\n"


def _text_item(item: str, breaks: Callable[[str], Sequence[int]]) -> str:
    return "\n".join(
        ("  • " if index == 0 else "    ") + line
        for index, line in enumerate(wrap(item, TEXT_WIDTH - 4, breaks))
    )


def _text_table(table: Table, breaks: Callable[[str], Sequence[int]]) -> str:
    """Aligned columns; long cells wrap onto more lines within their column."""
    rows = [
        [
            wrap(cell, _LABEL_WIDTH if column == 0 else _CELL_WIDTH, breaks)
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


_WRITERS: dict[str, Callable[[list[Block], LocaleContext], str]] = {
    "markdown": _markdown,
    "text": _text,
}
