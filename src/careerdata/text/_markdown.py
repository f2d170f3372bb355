"""Escaping data for Markdown, so that nothing a role's data says becomes markup.

Markup characters and table pipes are escaped; a text that would start a block (a list
marker, a heading underline, a thematic break such as ``---``) has its first character
escaped; and nothing becomes a live link under GitHub's autolinking: ``www.`` names and
``scheme://`` addresses lose the character that triggers the link, and an e-mail address is
set as inline code (an escape does not stop GFM from linking one).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

__all__ = ["markdown_escape"]

_BLOCK_START_CHARS = frozenset("-+=0123456789")


class _Patterns(NamedTuple):
    special: re.Pattern[str]
    block_start: re.Pattern[str]
    rule_line: re.Pattern[str]
    www: re.Pattern[str]
    scheme: re.Pattern[str]
    email: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """The patterns, compiled on first use: only Markdown pages need them."""
    return _Patterns(
        special=re.compile(r"[\\`*_\[\]<>|~#&]"),
        # A paragraph or list item that starts like a block marker ("- ", "+ ", "1. ", "= ").
        block_start=re.compile(r"([-+=]|\d+[.)])(?=\s|\Z)"),
        # A text made only of these (and spaces) is a thematic break or a heading underline
        # ("---", "===", "* * *"); escaping its first character keeps it text.
        rule_line=re.compile(r"[-=+*_ ]+\Z"),
        # GFM's extended autolinks: "www." names and "scheme://" addresses.
        www=re.compile(r"(?i)(?<![\w.-])(www)(\.)"),
        scheme=re.compile(r"(?i)(?<![\w+.-])([a-z][a-z0-9+.-]*)(:)(?=//)"),
        # An e-mail address as GFM links one (its local part and a dotted domain).
        email=re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    )


def markdown_escape(text: str) -> str:
    r"""Escape text for Markdown: markup characters and table pipes lose their meaning.

    >>> markdown_escape("R&D | *Ops* [team]")
    'R\\&D \\| \\*Ops\\* \\[team\\]'
    >>> markdown_escape("1. Plan the rota")
    '1\\. Plan the rota'
    >>> markdown_escape("---")
    '\\---'
    >>> markdown_escape("see www.example.com or https://example.com")
    'see www\\.example.com or https\\://example.com'
    >>> markdown_escape("write to jobs@example.com")
    'write to `jobs@example.com`'
    """
    email = _patterns().email
    if "@" in text and email.search(text) is not None:
        escaped = email.sub(lambda match: "\x00" + match.group() + "\x00", text)
        parts = escaped.split("\x00")
        # Odd parts are addresses: set as code, where nothing is escaped or linked.
        escaped = "".join(
            f"`{part}`" if index % 2 else _escape_text(part) for index, part in enumerate(parts)
        )
    else:
        escaped = _escape_text(text)
    return _escape_block_start(escaped)


def _escape_text(text: str) -> str:
    # Most text has nothing to escape, and searching is cheaper than substituting.
    patterns = _patterns()
    escaped = text
    if patterns.special.search(text) is not None:
        escaped = patterns.special.sub(lambda match: "\\" + match.group(), text)
    if "." in escaped and patterns.www.search(escaped) is not None:
        escaped = patterns.www.sub(r"\1\\\2", escaped)
    if "://" in escaped:
        escaped = patterns.scheme.sub(r"\1\\\2", escaped)
    return escaped


def _escape_block_start(escaped: str) -> str:
    if escaped[:1] in _BLOCK_START_CHARS:
        start = _patterns().block_start.match(escaped)
        if start is not None:
            end = start.end()
            return escaped[: end - 1] + "\\" + escaped[end - 1 :]
    stripped = escaped.lstrip(" ")
    if stripped and _patterns().rule_line.match(stripped) is not None:
        at = len(escaped) - len(stripped)
        return escaped[:at] + "\\" + escaped[at:]
    return escaped
