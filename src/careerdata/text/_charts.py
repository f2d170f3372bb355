"""Inline SVG charts of the HTML page: pay ranges, shares, skill weights, jobs and growth.

No script and no external file: each chart is a ``<figure class="cd-chart">`` holding an
``<svg role="img">`` whose ``<title>`` and ``<desc>`` say in the page's language what it shows.
The table below a chart stays its text alternative.  Every mark carries its raw figure in a
``data-`` attribute (``data-value``, ``data-low``, ``data-high``), so the numbers can be checked
against the table's.  Axis labels are formatted by babel for the locale.  Colour is never the only
cue: each bar is named in text, shares have patterns and a legend, markers have shapes.  Fills are
presentation attributes that the default stylesheet overrides for dark mode; text and outlines use
``currentColor``.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import attrs

from careerdata.model import Money
from careerdata.text._charts_shares import ShareCharts
from careerdata.text._figures import _money
from careerdata.text._svg import (
    _LEFT,
    _RIGHT,
    _ROLE_KEYS,
    ROLE_FILLS,
    _esc,
    _f,
    _name,
    _raw,
    _Scale,
    _text_width,
    _ticks,
)

__all__ = ["Charts"]


@attrs.frozen
class _Mark:
    """One role's bar on the salary chart."""

    index: int
    low: Money
    high: Money
    median: Money | None
    mean: Money | None
    spread: bool = attrs.field(kw_only=True)  # the 10th to 90th percentile, not a given range

    def amounts(self) -> list[Money]:
        return [money for money in (self.low, self.high, self.median, self.mean) if money]


def _overlap(marks: list[_Mark]) -> tuple[Money, Money] | None:
    if len(marks) != 2:
        return None
    start = max((mark.low for mark in marks), key=lambda money: money.amount)
    end = min((mark.high for mark in marks), key=lambda money: money.amount)
    return (start, end) if start.amount < end.amount else None


class Charts(ShareCharts):
    """The charts of one page, with ids under ``prefix``."""

    # ------------------------------------------------------------------ tables

    def for_table(self, table: str, keys: tuple[str, ...]) -> Iterator[str]:
        """The charts drawn above the page table ``table`` (a Table value)."""
        del keys
        if table == "overview":
            yield from self._outlook("jobs")
            yield from self._outlook("growth_rate")
        elif table == "salary":
            yield from self._salary()
        elif table == "demographics":
            yield from self._shares("gender")
            yield from self._shares("race")

    # ------------------------------------------------------------------ salary

    def _mark(self, index: int) -> _Mark | None:
        """The role's 10th to 90th percentile, else its range, with its median and mean."""
        pay = self.roles[index].pay
        if pay is None:
            return None
        percentiles = pay.yearly_percentiles
        median = None if percentiles is None else percentiles.median
        if percentiles is not None and percentiles.p10 is not None and percentiles.p90 is not None:
            return _Mark(index, percentiles.p10, percentiles.p90, median, pay.yearly, spread=True)
        if pay.range is not None:
            return _Mark(index, pay.range.low, pay.range.high, median, pay.yearly, spread=False)
        return None

    def _salary(self) -> Iterator[str]:
        marks = [mark for mark in map(self._mark, range(2)) if mark is not None]
        currencies = {role.pay.currency for role in self.roles if role.pay is not None}
        if not marks or len(currencies) != 1:
            return  # nothing to draw, or two currencies that share no axis (the table has both)
        currency = currencies.pop()
        gettext, pgettext = self.context.gettext, self.context.pgettext
        values = [float(money.amount) for mark in marks for money in mark.amounts()]
        ticks = _ticks(min(values), max(values), 3)
        scale = _Scale(ticks[0], ticks[-1])
        overlap = _overlap(marks)
        row, top = 58.0, 8.0
        bottom = top + row * len(marks) + (30 if overlap is not None else 0)
        body = [self._hatch()]
        body += self._axis(scale, ticks, top, bottom, lambda tick: self._money_tick(tick, currency))
        if overlap is not None:
            start, end = overlap
            y = top + row * len(marks)
            label = self._labelled(pgettext("chart legend", "Overlap"), self._span_text(start, end))
            body.append(
                f'<text x="{_f(_LEFT)}" y="{_f(y + 7)}" font-size="11">{_esc(label)}</text>'
                f'<rect class="cd-overlap" x="{_f(scale(float(start.amount)))}" y="{_f(y + 11)}"'
                f' width="{_f(scale(float(end.amount)) - scale(float(start.amount)))}"'
                f' height="12" fill="url(#{self.prefix}-hatch)"'
                ' stroke="currentColor" stroke-width="0.75"'
                f' data-low="{_raw(start.amount)}" data-high="{_raw(end.amount)}"/>'
            )
        descs = [
            self._salary_row(mark, top + position * row, scale, body)
            for position, mark in enumerate(marks)
        ]
        if len(marks) == 2 and overlap is not None:
            descs.append(
                pgettext("chart", "The ranges overlap from %(low)s to %(high)s.")
                % {
                    "low": _money(overlap[0], self.context),
                    "high": _money(overlap[1], self.context),
                }
            )
        elif len(marks) == 2:
            descs.append(pgettext("chart", "The ranges do not overlap."))
        spread = all(mark.spread for mark in marks)
        entries = [
            ("bar", gettext("10th to 90th percentile") if spread else gettext("Salary range")),
        ]
        if any(mark.median is not None for mark in marks):
            entries.append(("median", pgettext("chart legend", "Median")))
        if any(mark.mean is not None for mark in marks):
            entries.append(("mean", pgettext("chart legend", "Mean")))
        if overlap is not None:
            entries.append(("overlap", pgettext("chart legend", "Overlap")))
        legend_y = bottom + 30
        legend, legend_bottom = self._legend(legend_y, entries)
        body += legend
        # With one role's range the chart compares nothing: it is titled as the table's row.
        title = (
            pgettext("chart", "Yearly pay compared")
            if len(marks) == 2
            else gettext("Yearly salary")
        )
        yield self._figure("salary", legend_bottom + 10, title, self._sentences(descs), body)

    def _salary_row(self, mark: _Mark, y: float, scale: _Scale, body: list[str]) -> str:
        """Draw one role's bar and markers into ``body``; its sentence for the description."""
        key = _ROLE_KEYS[mark.index]
        span_text = self._span_text(mark.low, mark.high)
        body.append(
            _name(y + 11, self.figures[mark.index].names.title)
            + f'<text x="{_f(_LEFT)}" y="{_f(y + 25)}" font-size="11">{_esc(span_text)}</text>'
        )
        y += 12
        x1, x2 = scale(float(mark.low.amount)), scale(float(mark.high.amount))
        body.append(
            f'<rect class="cd-bar cd-fill-{key}" data-role="{key}" x="{_f(x1)}"'
            f' y="{_f(y + 18)}" width="{_f(max(x2 - x1, 1))}" height="18"'
            f' fill="{ROLE_FILLS[mark.index]}" stroke="currentColor" stroke-width="0.75"'
            f' data-low="{_raw(mark.low.amount)}" data-high="{_raw(mark.high.amount)}"/>'
        )
        pgettext = self.context.pgettext
        # Translators: a salary range in a chart's description, after the role's name and
        # before its median ("UX Designer: salary range $30,000-$40,000, median $35,000.").
        kind = (
            pgettext("chart", "10th to 90th percentile %(span)s")
            if mark.spread
            else pgettext("chart", "salary range %(span)s")
        )
        parts = [kind % {"span": span_text}]
        if mark.median is not None:
            x = _f(scale(float(mark.median.amount)))
            body.append(
                f'<line class="cd-median" data-role="{key}" x1="{x}" x2="{x}"'
                f' y1="{_f(y + 14)}" y2="{_f(y + 40)}" stroke="currentColor" stroke-width="3"'
                f' data-value="{_raw(mark.median.amount)}"/>'
            )
            amount = _money(mark.median, self.context) or ""
            parts.append(pgettext("chart", "median %(amount)s") % {"amount": amount})
        if mark.mean is not None:
            cx, cy = scale(float(mark.mean.amount)), y + 27
            body.append(
                f'<path class="cd-mean" data-role="{key}" d="M{_f(cx)} {_f(cy - 6)}'
                'l6 6l-6 6l-6 -6z" fill="#fff" stroke="currentColor" stroke-width="1.5"'
                f' data-value="{_raw(mark.mean.amount)}"/>'
            )
            amount = _money(mark.mean, self.context) or ""
            parts.append(pgettext("chart", "mean %(amount)s") % {"amount": amount})
        return self._line(mark.index, parts)

    def _span_text(self, low: Money, high: Money) -> str:
        template = self.context.pgettext("range of amounts", "%(low)s\u2013%(high)s")
        return template % {"low": _money(low, self.context), "high": _money(high, self.context)}

    def _money_tick(self, value: float, currency: str) -> str:
        return self.context.amount(Decimal(repr(value)), currency)

    def _hatch(self) -> str:
        return (
            f'<defs><pattern id="{self.prefix}-hatch" width="6" height="6"'
            ' patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            '<rect class="cd-hatch-ground" width="6" height="6" fill="#fff" fill-opacity="0"/>'
            '<line x1="0" y1="0" x2="0" y2="6" stroke="#767676" stroke-width="2"/>'
            "</pattern></defs>"
        )

    def _legend(self, y: float, entries: list[tuple[str, str]]) -> tuple[list[str], float]:
        """The legend's drawing and the baseline of its last line.

        Its entries wrap onto more lines as they need (long labels in some languages).
        """
        body = ['<g class="cd-legend" font-size="11">']
        x = _LEFT
        for kind, label in entries:
            width = 24 + _text_width(label) + 14
            if x + width > _RIGHT and x > _LEFT:
                x, y = _LEFT, y + 18
            if kind == "bar":
                body.append(
                    f'<rect x="{_f(x)}" y="{_f(y - 9)}" width="18" height="10"'
                    f' fill="{ROLE_FILLS[0]}" class="cd-fill-a" stroke="currentColor"'
                    ' stroke-width="0.75"/>'
                )
            elif kind == "median":
                body.append(
                    f'<line x1="{_f(x + 9)}" x2="{_f(x + 9)}" y1="{_f(y - 11)}" y2="{_f(y + 2)}"'
                    ' stroke="currentColor" stroke-width="3"/>'
                )
            elif kind == "mean":
                body.append(
                    f'<path d="M{_f(x + 9)} {_f(y - 10)}l5 5l-5 5l-5 -5z" fill="#fff"'
                    ' stroke="currentColor" stroke-width="1.5"/>'
                )
            else:
                body.append(
                    f'<rect x="{_f(x)}" y="{_f(y - 9)}" width="18" height="10"'
                    f' fill="url(#{self.prefix}-hatch)" stroke="currentColor" stroke-width="0.75"/>'
                )
            body.append(f'<text x="{_f(x + 24)}" y="{_f(y)}">{_esc(label)}</text>')
            x += width
        body.append("</g>")
        return body, y

    # ------------------------------------------------------------------ outlook

    def _outlook(self, name: str) -> Iterator[str]:
        values = []
        for role in self.roles:
            value = None if role.outlook is None else getattr(role.outlook, name)
            if value is None:
                return  # drawn only where both roles have it
            values.append(float(value))
        low, high = min(0.0, *values), max(0.0, *values)
        ticks = _ticks(low, high, 3)
        scale = _Scale(ticks[0], ticks[-1])
        fmt = self._count_tick if name == "jobs" else self._share_tick
        row = 40.0
        body = self._axis(scale, ticks, 4, 4 + row * 2, fmt)
        descs = []
        zero = scale(0.0)
        body.append(
            f'<line x1="{_f(zero)}" x2="{_f(zero)}" y1="4" y2="{_f(4 + row * 2)}"'
            ' stroke="currentColor" stroke-width="1"/>'
        )
        for index, value in enumerate(values):
            y = 4 + index * row
            key = _ROLE_KEYS[index]
            shown = getattr(self.figures[index], name) or ""
            body.append(_name(y + 12, self._labelled(self.figures[index].names.title, shown)))
            x1, x2 = sorted((zero, scale(value)))
            raw = getattr(self.roles[index].outlook, name)
            body.append(
                f'<rect class="cd-bar cd-fill-{key}" data-role="{key}" x="{_f(x1)}"'
                f' y="{_f(y + 18)}" width="{_f(max(x2 - x1, 1))}" height="16"'
                f' fill="{ROLE_FILLS[index]}" stroke="currentColor" stroke-width="0.75"'
                f' data-value="{_raw(raw)}"/>'
            )
            descs.append(self._line(index, [shown]))
        gettext = self.context.gettext
        title = gettext("Number of jobs") if name == "jobs" else gettext("Growth rate")
        kind = "jobs" if name == "jobs" else "growth"
        yield self._figure(kind, 4 + row * 2 + 20, title, self._sentences(descs), body)

    def _count_tick(self, value: float) -> str:
        return self.context.number(value)

    def _share_tick(self, value: float) -> str:
        return self.context.percent(value)
