"""Escaping data for Markdown, so that nothing a role's data says becomes markup.

Markup characters and table pipes are escaped; a text that would start a block (a list
marker, a heading underline, a thematic break such as ``---``) has its first character
escaped; and nothing becomes a live link under GitHub's autolinking: ``www.`` names and
``scheme://`` addresses lose the character that triggers the link, and an e-mail address is
set as inline code (an escape does not stop GFM from linking one).
"""

from __future__ import annotations

import re

__all__ = ["markdown_escape"]

_BLOCK_START_CHARS = frozenset("-+=0123456789")

# The patterns are compiled on first use (only Markdown pages need them), into these globals,
# so that escaping, which runs for every cell of a page, reads them as plainly as constants.
_MARKDOWN_SPECIAL: re.Pattern[str]
_MARKDOWN_BLOCK_START: re.Pattern[str]
_RULE_LINE: re.Pattern[str]
_WWW: re.Pattern[str]
_SCHEME: re.Pattern[str]
_EMAIL: re.Pattern[str]
_compiled = False


def _compile() -> None:
    """Compile the patterns (two threads doing it at once assign equal patterns)."""
    global _MARKDOWN_SPECIAL, _MARKDOWN_BLOCK_START, _RULE_LINE, _WWW, _SCHEME, _EMAIL  # noqa: PLW0603
    global _compiled  # noqa: PLW0603 - set last, once every pattern is there
    _MARKDOWN_SPECIAL = re.compile(r"[\\`*_\[\]<>|~#&]")
    # A paragraph or list item that starts like a block marker ("- ", "+ ", "1. ", "= ").
    _MARKDOWN_BLOCK_START = re.compile(r"([-+=]|\d+[.)])(?=\s|\Z)")
    # A text made only of these (and spaces) is a thematic break or a heading underline
    # ("---", "===", "* * *"); escaping its first character keeps it text.
    _RULE_LINE = re.compile(r"[-=+*_ ]+\Z")
    # GFM's extended autolinks: "www." names and "scheme://" addresses.
    _WWW = re.compile(r"(?i)(?<![\w.-])(www)(\.)")
    _SCHEME = re.compile(r"(?i)(?<![\w+.-])([a-z][a-z0-9+.-]*)(:)(?=//)")
    # An e-mail address as GFM links one (its local part and a dotted domain).
    _EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    _compiled = True


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
    if not _compiled:
        _compile()
    if "@" in text and _EMAIL.search(text) is not None:
        escaped = _EMAIL.sub(lambda match: "\x00" + match.group() + "\x00", text)
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
    escaped = text
    if _MARKDOWN_SPECIAL.search(text) is not None:
        escaped = _MARKDOWN_SPECIAL.sub(lambda match: "\\" + match.group(), text)
    if "." in escaped and _WWW.search(escaped) is not None:
        escaped = _WWW.sub(r"\1\\\2", escaped)
    if "://" in escaped:
        escaped = _SCHEME.sub(r"\1\\\2", escaped)
    return escaped


def _escape_block_start(escaped: str) -> str:
    if escaped[:1] in _BLOCK_START_CHARS:
        start = _MARKDOWN_BLOCK_START.match(escaped)
        if start is not None:
            end = start.end()
            return escaped[: end - 1] + "\\" + escaped[end - 1 :]
    stripped = escaped.lstrip(" ")
    if stripped and _RULE_LINE.match(stripped) is not None:
        at = len(escaped) - len(stripped)
        return escaped[:at] + "\\" + escaped[at:]
    return escaped
