"""A one-line progress bar on stderr, drawn only when stderr is a terminal."""

from __future__ import annotations

import sys
import time
from typing import IO

__all__ = ["progress_bar"]


class _Progress:
    """A one-line progress bar on a terminal: ``[#####.....]  50% 300/600 pages  1.2 s``."""

    _WIDTH = 30
    _EVERY = 0.1  # seconds between redraws

    def __init__(self, total: int, stream: IO[str]) -> None:
        self._total, self._stream = total, stream
        self._done = 0
        self._start = self._drawn = time.monotonic()

    def advance(self, count: int) -> None:
        self._done += count
        now = time.monotonic()
        if now - self._drawn >= self._EVERY or self._done >= self._total:
            self._drawn = now
            self._draw(now)

    def close(self) -> None:
        self._draw(time.monotonic())
        self._stream.write("\n")
        self._stream.flush()

    def _draw(self, now: float) -> None:
        share = self._done / self._total if self._total else 1.0
        filled = round(share * self._WIDTH)
        bar = "#" * filled + "." * (self._WIDTH - filled)
        self._stream.write(
            f"\r[{bar}] {share:4.0%} {self._done}/{self._total} pages {now - self._start:6.1f} s"
        )
        self._stream.flush()


def progress_bar(show: bool, total: int) -> _Progress | None:
    """A bar for ``total`` pages on stderr, or ``None`` when not shown or not a terminal."""
    stream = sys.stderr
    if not show or stream is None or not stream.isatty():
        return None
    return _Progress(total, stream)
