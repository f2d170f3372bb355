"""The HTML writer of the comparison page: an ``<article>`` in the page's language."""

from __future__ import annotations

import html

from careerdata.text._blocks import Block, Heading, Paragraph, Table
from careerdata.text._locale import LocaleContext

__all__ = ["write_html"]


def write_html(blocks: list[Block], context: LocaleContext) -> str:
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
