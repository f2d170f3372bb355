"""The HTML writer of the comparison page: an ``<article>`` in the page's language.

The page is a stable structure of sections with documented class names (``docs/howto/html.md``
lists them), tables whose cells carry the raw figures in ``data-`` attributes, and inline SVG
charts (:mod:`careerdata.text._charts`) above the tables they draw.  All text from the data is
escaped here; the charts escape their own.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from decimal import Decimal

from careerdata.compare import Comparison
from careerdata.model import Distribution, Money, Role
from careerdata.text import _charts as charts
from careerdata.text._blocks import Block, Bullets, Heading, Paragraph, Table
from careerdata.text._figures import _money, _standard_categories, plain
from careerdata.text._locale import LocaleContext

__all__ = ["Html", "write_html"]

#: The ``data-role`` of the first and the second role of the pair.
ROLE_KEYS = ("a", "b")


class Html(str):
    """HTML markup that template engines take as safe: a ``str`` with ``__html__``.

    :func:`~careerdata.text.render` returns one for ``format="html"``; Jinja2 and MarkupSafe
    insert it without escaping it again.  It is a ``str`` in every other way (concatenating it
    gives a plain ``str``).

    >>> page = Html("<p>Fish &amp; chips</p>")
    >>> page.__html__(), isinstance(page, str)
    ('<p>Fish &amp; chips</p>', True)
    """

    __slots__ = ()

    def __html__(self) -> str:
        """The markup itself, for template engines."""
        return str(self)


def escape(text: str) -> str:
    """Escape text for HTML content and double-quoted attributes."""
    return html.escape(text)


def number(value: Decimal | float) -> str:
    """A raw figure for a ``data-`` attribute: the data's own digits, a dot for decimals."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int):
        return str(value)
    return repr(value)


def money_attrs(money: Money | None, name: str = "value") -> dict[str, str]:
    """``data-`` attributes for an amount: value, currency, and whether it is a lower bound."""
    if money is None:
        return {}
    found = {f"data-{name}": number(money.amount), "data-currency": money.currency}
    if money.at_least:
        found[f"data-{name}-at-least"] = "true"
    return found


def attributes(values: dict[str, str]) -> str:
    return "".join(f' {key}="{escape(value)}"' for key, value in values.items())


def write_html(blocks: list[Block], context: LocaleContext, comparison: Comparison) -> Html:
    """The page as an ``<article class="cd-page">``; ``comparison`` gives the raw figures."""
    roles = (comparison.a, comparison.b)
    prefix = f"cd-{comparison.a.slug}-vs-{comparison.b.slug}"
    writer = _Writer(context, roles, prefix)
    parts = [
        (
            f'<article class="cd-page" lang="{escape(context.bcp47)}" id="{escape(prefix)}"'
            f' data-a="{escape(comparison.a.slug)}" data-b="{escape(comparison.b.slug)}">'
        )
    ]
    parts.extend(writer.blocks(blocks))
    parts.append("</article>")
    return Html("\n".join(parts) + "\n")


class _Writer:
    """Writes blocks in order, opening a ``<section>`` at each level-2 heading."""

    def __init__(self, context: LocaleContext, roles: tuple[Role, Role], prefix: str) -> None:
        self.context = context
        self.roles = roles
        self.prefix = prefix
        self.section: str | None = None
        self.heading_id = ""
        self.charts = charts.Charts(context, roles, prefix)

    def blocks(self, blocks: list[Block]) -> Iterator[str]:  # noqa: C901 - one case per block
        in_summary = False
        for block in blocks:
            if isinstance(block, Heading) and block.level <= 2:
                if in_summary:
                    yield "</div>"
                    in_summary = False
                if self.section is not None:
                    yield "</section>"
                    self.section = None
            if isinstance(block, Heading) and block.level == 1:
                yield f'<h1 class="cd-title">{escape(block.text)}</h1>'
                yield '<div class="cd-summary">'
                in_summary = True
            elif isinstance(block, Heading):
                yield from self._heading(block)
            elif isinstance(block, Paragraph):
                yield f"<p>{escape(block.text)}</p>"
            elif isinstance(block, Table):
                yield from self.charts.for_table(block.name, block.keys)
                yield self._table(block)
            else:
                yield self._bullets(block)
        if in_summary:
            yield "</div>"
        if self.section is not None:
            yield "</section>"

    def _heading(self, block: Heading) -> Iterator[str]:
        if block.level > 2:
            role = "" if block.role is None else f' data-role="{ROLE_KEYS[block.role]}"'
            level = block.level
            yield f'<h{level} class="cd-subheading"{role}>{escape(block.text)}</h{level}>'
            return
        name = block.section or "section"
        suffix = "" if block.role is None else f"-{ROLE_KEYS[block.role]}"
        self.section = name
        self.heading_id = f"{self.prefix}-{name}{suffix}"
        role = "" if block.role is None else f' data-role="{ROLE_KEYS[block.role]}"'
        yield (
            f'<section class="cd-section cd-{escape(name)}"{role}'
            f' aria-labelledby="{escape(self.heading_id)}">'
        )
        yield f'<h2 id="{escape(self.heading_id)}">{escape(block.text)}</h2>'
        if name == "skills":
            yield from self.charts.skills()

    def _table(self, table: Table) -> str:
        # Translators: the visually hidden header of a table's first column (the row labels).
        corner = self.context.pgettext("table corner", "Figure")
        head = "".join(
            f'<th scope="col" data-role="{key}">{escape(cell)}</th>'
            for key, cell in zip(ROLE_KEYS, table.header[1:], strict=True)
        )
        label = escape(self.heading_id)
        lines = [
            f'<div class="cd-scroll" role="group" tabindex="0" aria-labelledby="{label}">',
            f'<table class="cd-table cd-table-{escape(table.name)}" aria-labelledby="{label}">',
            (
                f'<thead><tr><th scope="col" class="cd-corner"><span class="cd-vh">{escape(corner)}'
                f"</span></th>{head}</tr></thead>"
            ),
            "<tbody>",
        ]
        keys = table.keys or ("",) * len(table.rows)
        for key, (label_text, *cells) in zip(keys, table.rows, strict=True):
            data = "".join(self._cell(key, index, text) for index, text in enumerate(cells))
            figure = f' data-figure="{escape(key)}"' if key else ""
            lines.append(f'<tr{figure}><th scope="row">{escape(label_text)}</th>{data}</tr>')
        lines += ["</tbody>", "</table>", "</div>"]
        return "\n".join(lines)

    def _cell(self, key: str, index: int, text: str) -> str:
        values, inner = cell_content(key, self.roles[index], text, self.context)
        values = {"data-role": ROLE_KEYS[index], **values}
        return f"<td{attributes(values)}>{inner}</td>"

    def _bullets(self, block: Bullets) -> str:
        role = self.roles[block.role] if block.role is not None else None
        values: dict[str, str] = {}
        if block.name:
            values["class"] = f"cd-list cd-{block.name}"
        if block.role is not None:
            values["data-role"] = ROLE_KEYS[block.role]
        weights: list[float | None] = []
        if role is not None and block.name == "skills":
            weights = [skill.weight for skill in role.skills]
        items = []
        for index, item in enumerate(block.items):
            weight = weights[index] if index < len(weights) else None
            extra = "" if weight is None else f' data-weight="{number(weight)}"'
            items.append(f"<li{extra}>{escape(item)}</li>")
        return "\n".join([f"<ul{attributes(values)}>", *items, "</ul>"])


def _span_html(low: Money, high: Money, context: LocaleContext, cents: bool = False) -> str:
    """A range as two ``<data>`` elements in the locale's range pattern."""
    template = context.pgettext("range of amounts", "%(low)s\u2013%(high)s")
    ends = {}
    for name, money in (("low", low), ("high", high)):
        shown = _money(money, context, cents=cents) or ""
        ends[name] = (
            f'<data class="cd-{name}" value="{number(money.amount)}">{escape(shown)}</data>'
        )
    return escape(template) % ends


def cell_content(  # noqa: C901, PLR0912 - one case per kind of figure, read in table order
    key: str, role: Role, text: str, context: LocaleContext
) -> tuple[dict[str, str], str]:
    """The ``data-`` attributes and the markup of one table cell (``text`` as the page shows it)."""
    plain_cell = escape(text)
    pay, outlook, career = role.pay, role.outlook, role.career
    education, demographics = role.education, role.demographics
    if pay is not None:
        percentiles, hourly = pay.yearly_percentiles, pay.hourly_percentiles
        leaders = pay.leaders
        if key == "yearly_pay":
            return money_attrs(pay.yearly), plain_cell
        if key == "hourly_pay":
            return money_attrs(pay.hourly), plain_cell
        if key == "yearly_median" and percentiles is not None:
            return money_attrs(percentiles.median), plain_cell
        if key == "hourly_median" and hourly is not None:
            return money_attrs(hourly.median), plain_cell
        if key == "salary_band" and pay.range is not None:
            band = pay.range
            values = {**money_attrs(band.low, "low"), **money_attrs(band.high, "high")}
            return values, _span_html(band.low, band.high, context)
        if key == "yearly_spread" and percentiles is not None:
            low, high = percentiles.p10, percentiles.p90
            if low is not None and high is not None:
                values = {**money_attrs(low, "low"), **money_attrs(high, "high")}
                return values, _span_html(low, high, context)
        if key in ("city", "state", "company", "industry") and leaders is not None:
            leader = getattr(leaders, key)
            if leader is not None:
                return money_attrs(leader.yearly), plain_cell
    if key in ("jobs", "growth_rate") and outlook is not None:
        value = getattr(outlook, key)
        return ({} if value is None else {"data-value": number(value)}), plain_cell
    if key in ("satisfaction", "experience_years") and career is not None:
        value = getattr(career, key)
        return ({} if value is None else {"data-value": number(value)}), plain_cell
    if key == "degree" and education is not None and education.degree_share is not None:
        return {"data-share": number(education.degree_share)}, plain_cell
    if demographics is not None:
        if key in ("average_age", "lgbt_share"):
            value = getattr(demographics, key)
            return ({} if value is None else {"data-value": number(value)}), plain_cell
        if key in ("gender", "race"):
            distribution = getattr(demographics, key)
            if distribution is not None:
                return {}, shares_html(distribution, context)
    return {}, plain_cell


def shares_html(distribution: Distribution, context: LocaleContext) -> str:
    """A distribution as a list of categories, each with its share in a ``<data>`` element.

    The categories are in :attr:`~careerdata.model.Distribution.display_order`, as in text.
    """
    standard = _standard_categories(context)
    template = context.pgettext("category and its share", "%(category)s: %(share)s")
    items = []
    for item in distribution.display_order:
        category = standard.get(item.category.casefold()) or plain(item.category)
        share = context.percent(item.share, 1)
        entry = escape(template) % {
            "category": f'<span class="cd-category">{escape(category)}</span>',
            "share": f'<data value="{number(item.share)}">{escape(share)}</data>',
        }
        items.append(f"<li>{entry}</li>")
    return '<ul class="cd-shares">' + "".join(items) + "</ul>"
