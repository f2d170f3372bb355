r"""The terminal the command line writes to: control characters escaped, any encoding taken.

The data and the arguments do not control the terminal: what the command prints shows C0 and
C1 controls, bidi embeddings, overrides and isolates and line separators as escapes
(``\x1b``, ``\u202e``); an output whose encoding lacks a character gets a backslash escape;
a failed write leaves nothing buffered for the interpreter's exit to fail on again.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from typing import TextIO

# What the data may not send a terminal: C0 and C1 controls (not tab and newline), bidi
# embeddings, overrides and isolates, line and paragraph separators, lone surrogates.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    return _escape_char(match.group())


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _escaped_line(text: str) -> str:
    r"""An error line: every character that is not printable (but the space) escaped.

    >>> print(_escaped_line("no role matches \x1b[31mred\u202e"))
    no role matches \x1b[31mred\u202e
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else _escape_char(c) for c in text)


def _escape_char(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class _Escaping(io.TextIOBase):
    """A text stream writing to ``raw`` with control characters escaped (:data:`_CONTROLS`)."""

    def __init__(self, raw: TextIO) -> None:
        super().__init__()
        self.raw = raw
        #: The first write that failed: argparse swallows the OSError of ``--help``.
        self.failed: OSError | None = None

    def write(self, text: str) -> int:
        try:
            self.raw.write(_CONTROLS.sub(_escape, text))
        except OSError as error:
            self.failed = self.failed or error
            raise
        return len(text)

    def flush(self) -> None:
        self.raw.flush()


def _unescaped(out: TextIO) -> TextIO:
    """The stream below an escaping one: for pages and JSON, which escape in their own way."""
    return out.raw if isinstance(out, _Escaping) else out


def _tolerant(stream: TextIO | None) -> None:
    """Write what the stream's encoding lacks as backslash escapes instead of failing."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")


def _drop_output(out: TextIO) -> None:
    """After a failed write, send what is still buffered nowhere, so exiting does not fail."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        os.close(devnull)
