"""What the page's SVG charts share: the frame with title and description, axes, scales."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from decimal import Decimal

from careerdata.model import Role
from careerdata.text._figures import role_figures
from careerdata.text._locale import LocaleContext

__all__ = ["ChartBase"]

#: The viewBox width of every chart, and its side margins.
WIDTH = 400
_LEFT, _RIGHT = 8.0, 392.0
#: Fills of the first and second role (light mode; the stylesheet sets dark-mode ones).
ROLE_FILLS = ("#1d5fa6", "#a4480f")
#: Fills of share categories, each also drawn with its own pattern.
CATEGORY_FILLS = ("#1d5fa6", "#a4480f", "#2e7d32", "#6a3d9a", "#7a5c00", "#b0306a", "#00695c")
_ROLE_KEYS = ("a", "b")


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _f(value: float) -> str:
    """A coordinate, one decimal, no trailing zero (deterministic bytes)."""
    text = f"{value:.1f}"
    return text.removesuffix(".0")


def _raw(value: Decimal | float) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    return repr(value) if isinstance(value, float) else str(value)


def _ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values covering ``low`` to ``high``."""
    if high <= low:
        high = low + (abs(low) or 1.0)
    # Differences below a billionth of the values are drawn as none (no subnormal steps).
    high = max(high, low + 1e-9 * max(1.0, abs(low), abs(high)))
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    steps = max(math.ceil(high / step - start / step - 1e-9), 1)
    # Rounded to the step's digits, so that float steps give the round values they stand for
    # (0.075, not 0.07500000000000001), however small the step.
    digits = max(0, 3 - math.floor(math.log10(step)))
    return [round(start + index * step, digits) for index in range(steps + 1)]


def _name(y: float, text: str) -> str:
    """A role's name in bold at the left, over grid lines.

    It is drawn on an outline of itself in the background colour (the stylesheet sets the dark
    one), so no line crosses its letters.
    """
    at = f'x="{_f(_LEFT)}" y="{_f(y)}" font-weight="600"'
    return (
        f'<text {at} class="cd-halo" fill="#fff" stroke="#fff" stroke-width="4">{_esc(text)}</text>'
        f"<text {at}>{_esc(text)}</text>"
    )


# The least room between two axis labels, in pixels.
_LABEL_GAP = 6.0


def _text_width(text: str) -> float:
    """About how wide ``text`` is drawn at 11 pixels.

    A Latin letter or digit takes 6.5 pixels at the most, a wide character (Japanese) the whole
    11: "125 000 $ US" is about 70 pixels.
    """
    return sum(11.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 6.5 for ch in text)


def _labelled(texts: Sequence[str], xs: Sequence[float]) -> set[int]:
    """The ticks whose labels are drawn.

    The first, the last, and every one between them that leaves room to the labels beside it:
    long currency labels ("125 000 $ US") would otherwise run into each other.
    """

    def extent(index: int) -> tuple[float, float]:
        width = _text_width(texts[index])
        if index == 0:
            return xs[index], xs[index] + width
        if index == len(texts) - 1:
            return xs[index] - width, xs[index]
        return xs[index] - width / 2, xs[index] + width / 2

    last = len(texts) - 1
    kept = [0]
    for index in range(1, last + 1):
        if extent(kept[-1])[1] + _LABEL_GAP <= extent(index)[0]:
            kept.append(index)
        elif index == last and len(kept) > 1:
            kept[-1] = last  # the last label stands; the one before it gives way
    return set(kept)


class _Scale:
    def __init__(self, low: float, high: float) -> None:
        self.low, self.high = low, high if high > low else low + 1.0

    def __call__(self, value: float) -> float:
        return _LEFT + (value - self.low) / (self.high - self.low) * (_RIGHT - _LEFT)


class ChartBase:
    """The charts of one page, with ids under ``prefix``: what every kind of chart uses."""

    def __init__(self, context: LocaleContext, roles: tuple[Role, Role], prefix: str) -> None:
        self.context = context
        self.roles = roles
        self.figures = tuple(role_figures(role, context) for role in roles)
        self.prefix = prefix

    # ------------------------------------------------------------------ frame

    def _figure(self, kind: str, height: float, title: str, desc: str, body: list[str]) -> str:
        ident = f"{self.prefix}-chart-{kind}"
        return "\n".join(
            [
                f'<figure class="cd-chart cd-chart-{kind}">',
                (
                    f'<svg class="cd-svg" role="img" viewBox="0 0 {WIDTH} {_f(height)}"'
                    f' aria-labelledby="{ident}-title {ident}-desc" font-size="13"'
                    ' fill="currentColor">'
                ),
                f'<title id="{ident}-title">{_esc(title)}</title>',
                f'<desc id="{ident}-desc">{_esc(desc)}</desc>',
                *body,
                "</svg>",
                "</figure>",
            ]
        )

    def _labelled(self, label: str, value: str) -> str:
        """A label and its figure drawn in a chart ("Nurse: 12%", "Overlap: $35,000-$59,000")."""
        # Translators: a name and its figure drawn in a chart ("Nurse: 12%").
        template = self.context.pgettext("chart label", "%(label)s: %(value)s")
        return template % {"label": label, "value": value}

    def _sentences(self, sentences: Sequence[str]) -> str:
        """A chart's description: its sentences as the language joins them."""
        return self.context.rules.sentence_separator.join(sentences)

    def _line(self, index: int, parts: Sequence[str], *, items: bool = False) -> str:
        """One role's sentence of a chart's description.

        ``items`` that hold commas of their own ("Payroll, 6%") are set apart by a semicolon.
        """
        # Translators: one role's figures in a chart's description ("UX Designer: $61,000.").
        template = self.context.pgettext("chart", "%(role)s: %(figures)s.")
        separator = (
            # Translators: between the skills of a chart's description, each with its weight
            # ("Payroll, 6%; Scheduling, 5%").
            self.context.pgettext("between chart items", "; ")
            if items
            else self.context.pgettext("between source parts", ", ")
        )
        return template % {
            "role": self.figures[index].names.title,
            "figures": separator.join(parts),
        }

    def _axis(
        self,
        scale: _Scale,
        ticks: list[float],
        top: float,
        bottom: float,
        label: Callable[[float], str],
    ) -> list[str]:
        body = ['<g class="cd-axis" font-size="11">']
        last = len(ticks) - 1
        texts = [label(tick) for tick in ticks]
        shown = _labelled(texts, [scale(tick) for tick in ticks])
        for position, tick in enumerate(ticks):
            x = _f(scale(tick))
            anchor = "start" if position == 0 else "end" if position == last else "middle"
            body.append(
                f'<line x1="{x}" x2="{x}" y1="{_f(top)}" y2="{_f(bottom)}" stroke="#767676"'
                ' stroke-width="0.5" stroke-dasharray="2 2"/>'
            )
            if position in shown:
                body.append(
                    f'<text x="{x}" y="{_f(bottom + 13)}" text-anchor="{anchor}">'
                    f"{_esc(texts[position])}</text>"
                )
        body.append("</g>")
        return body
