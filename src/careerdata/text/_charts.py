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

import math
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal

import attrs
from babel.numbers import format_compact_decimal

from careerdata.model import Distribution, Money, Role
from careerdata.text._figures import _money, plain, role_figures
from careerdata.text._locale import LocaleContext

__all__ = ["Charts"]

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
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    steps = math.ceil(high / step - start / step - 1e-9)
    # Rounded, so that float steps give the round values they stand for (0.075, not 0.0750...01).
    return [round(start + index * step, 9) for index in range(steps + 1)]


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


class _Scale:
    def __init__(self, low: float, high: float) -> None:
        self.low, self.high = low, high

    def __call__(self, value: float) -> float:
        return _LEFT + (value - self.low) / (self.high - self.low) * (_RIGHT - _LEFT)


class Charts:
    """The charts of one page, with ids under ``prefix``."""

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

    def _line(self, index: int, parts: Sequence[str]) -> str:
        # Translators: one role's figures in a chart's description ("UX Designer: $61,000.").
        template = self.context.pgettext("chart", "%(role)s: %(figures)s.")
        separator = self.context.pgettext("between source parts", ", ")
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
        for position, tick in enumerate(ticks):
            x = _f(scale(tick))
            anchor = "start" if position == 0 else "end" if position == last else "middle"
            body.append(
                f'<line x1="{x}" x2="{x}" y1="{_f(top)}" y2="{_f(bottom)}" stroke="#767676"'
                ' stroke-width="0.5" stroke-dasharray="2 2"/>'
            )
            body.append(
                f'<text x="{x}" y="{_f(bottom + 13)}" text-anchor="{anchor}">'
                f"{_esc(label(tick))}</text>"
            )
        body.append("</g>")
        return body

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
            label = pgettext("chart legend", "Overlap")
            body.append(
                f'<text x="{_f(_LEFT)}" y="{_f(y + 7)}" font-size="11">{_esc(label)}: '
                f"{_esc(self._span_text(start, end))}</text>"
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
            ("median", pgettext("chart legend", "Median")),
            ("mean", pgettext("chart legend", "Mean")),
        ]
        if overlap is not None:
            entries.append(("overlap", pgettext("chart legend", "Overlap")))
        legend_y = bottom + 30
        body += self._legend(legend_y, entries)
        title = pgettext("chart", "Yearly pay compared")
        yield self._figure("salary", legend_y + 10, title, " ".join(descs), body)

    def _salary_row(self, mark: _Mark, y: float, scale: _Scale, body: list[str]) -> str:
        """Draw one role's bar and markers into ``body``; its sentence for the description."""
        key = _ROLE_KEYS[mark.index]
        span_text = self._span_text(mark.low, mark.high)
        body.append(
            f'<text x="{_f(_LEFT)}" y="{_f(y + 11)}" font-weight="600">'
            f"{_esc(self.figures[mark.index].names.title)}</text>"
            f'<text x="{_f(_LEFT)}" y="{_f(y + 25)}" font-size="11">{_esc(span_text)}</text>'
        )
        y += 12
        x1, x2 = scale(float(mark.low.amount)), scale(float(mark.high.amount))
        body.append(
            f'<rect class="cd-bar cd-fill-{key}" data-role="{key}" x="{_f(x1)}"'
            f' y="{_f(y + 18)}" width="{_f(max(x2 - x1, 1))}" height="18"'
            f' fill="{ROLE_FILLS[mark.index]}" stroke="currentColor" stroke-width="0.75"'
            f' data-low="{_raw(mark.low.amount)}" data-high="{_raw(mark.high.amount)}"/>'
        )
        gettext, pgettext = self.context.gettext, self.context.pgettext
        kind = gettext("10th to 90th percentile") if mark.spread else gettext("Salary range")
        # Translators: a salary range in a chart's description ("Salary range $30,000-$40,000").
        parts = [pgettext("chart", "%(kind)s %(span)s") % {"kind": kind, "span": span_text}]
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
        return self.context.money(Money(Decimal(repr(value)), currency))

    def _hatch(self) -> str:
        return (
            f'<defs><pattern id="{self.prefix}-hatch" width="6" height="6"'
            ' patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            '<rect class="cd-hatch-ground" width="6" height="6" fill="#fff" fill-opacity="0"/>'
            '<line x1="0" y1="0" x2="0" y2="6" stroke="#767676" stroke-width="2"/>'
            "</pattern></defs>"
        )

    def _legend(self, y: float, entries: list[tuple[str, str]]) -> list[str]:
        body = ['<g class="cd-legend" font-size="11">']
        x = _LEFT
        for kind, label in entries:
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
            x += 24 + len(label) * 6.2 + 14
        body.append("</g>")
        return body

    # ------------------------------------------------------------------ shares

    def _shares(self, name: str) -> Iterator[str]:  # noqa: C901 - one pass draws bars and legend
        distributions: list[tuple[int, Distribution]] = []
        for index, role in enumerate(self.roles):
            demographics = role.demographics
            found = None if demographics is None else getattr(demographics, name)
            if found is not None:
                distributions.append((index, found))
        if not distributions:
            return
        categories: list[str] = []
        for _, distribution in distributions:
            for item in distribution:
                key = item.category.casefold()
                if key not in categories:
                    categories.append(key)
        labels = self._category_names(distributions)
        ident = f"{self.prefix}-{name}"
        body = [self._patterns(ident, len(categories))]
        row = 44.0
        descs = []
        for position, (index, distribution) in enumerate(distributions):
            y = 6 + position * row
            key = _ROLE_KEYS[index]
            body.append(
                f'<text x="{_f(_LEFT)}" y="{_f(y + 11)}" font-weight="600">'
                f"{_esc(self.figures[index].names.title)}</text>"
            )
            total = sum(item.share for item in distribution) or 1.0
            x = _LEFT
            for item in distribution:
                category = categories.index(item.category.casefold())
                width = item.share / max(total, 1.0) * (_RIGHT - _LEFT)
                fill = CATEGORY_FILLS[category % len(CATEGORY_FILLS)]
                body.append(
                    f'<g class="cd-segment" data-role="{key}"'
                    f' data-category="{_esc(plain(item.category))}"'
                    f' data-value="{_raw(item.share)}">'
                    f'<rect x="{_f(x)}" y="{_f(y + 18)}" width="{_f(width)}" height="20"'
                    f' fill="{fill}"/>'
                    f'<rect x="{_f(x)}" y="{_f(y + 18)}" width="{_f(width)}" height="20"'
                    f' fill="url(#{ident}-p{category})" stroke="currentColor" stroke-width="0.75"/>'
                )
                share = self.context.percent(item.share, 1)
                if width >= len(share) * 7 + 12:
                    middle, half = x + width / 2, len(share) * 3.3 + 4
                    body.append(
                        f'<rect class="cd-label-ground" x="{_f(middle - half)}" y="{_f(y + 21)}"'
                        f' width="{_f(half * 2)}" height="14" rx="3" fill="#fff"/>'
                        f'<text x="{_f(middle)}" y="{_f(y + 32)}" text-anchor="middle"'
                        f' font-size="11">{_esc(share)}</text>'
                    )
                body.append("</g>")
                x += width
            shown = getattr(self.figures[index], name) or ""
            descs.append(self._line(index, [shown]))
        legend_y = 6 + row * len(distributions) + 8
        body.append('<g class="cd-legend" font-size="11">')
        x, y = _LEFT, legend_y
        for category, label in enumerate(labels):
            width = 24 + len(label) * 6.2 + 14
            if x + width > _RIGHT and x > _LEFT:
                x, y = _LEFT, y + 18
            fill = CATEGORY_FILLS[category % len(CATEGORY_FILLS)]
            body.append(
                f'<rect x="{_f(x)}" y="{_f(y)}" width="18" height="12" fill="{fill}"/>'
                f'<rect x="{_f(x)}" y="{_f(y)}" width="18" height="12"'
                f' fill="url(#{ident}-p{category})" stroke="currentColor" stroke-width="0.75"/>'
                f'<text x="{_f(x + 24)}" y="{_f(y + 10)}">{_esc(label)}</text>'
            )
            x += width
        body.append("</g>")
        gettext = self.context.gettext
        title = gettext("Gender ratio") if name == "gender" else gettext("Race ratio")
        yield self._figure(name, y + 20, title, " ".join(descs), body)

    def _category_names(self, distributions: list[tuple[int, Distribution]]) -> list[str]:
        from careerdata.text._figures import _standard_categories  # noqa: PLC0415

        standard = _standard_categories(self.context)
        seen: dict[str, str] = {}
        for _, distribution in distributions:
            for item in distribution:
                key = item.category.casefold()
                seen.setdefault(key, standard.get(key) or plain(item.category))
        return list(seen.values())

    def _patterns(self, ident: str, count: int) -> str:
        """One pattern per category: none, stripes, dots, crosses and so on, in white."""
        shapes = (
            "",
            '<path d="M0 6L6 0" stroke="#fff" stroke-width="1"/>',
            '<circle cx="3" cy="3" r="1" fill="#fff"/>',
            '<path d="M0 3H6" stroke="#fff" stroke-width="1"/>',
            '<path d="M0 0L6 6M0 6L6 0" stroke="#fff" stroke-width="0.75"/>',
            '<path d="M3 0V6" stroke="#fff" stroke-width="1"/>',
            '<path d="M0 0L6 6" stroke="#fff" stroke-width="1"/>',
        )
        parts = ["<defs>"]
        for category in range(count):
            shape = shapes[category % len(shapes)]
            parts.append(
                f'<pattern id="{ident}-p{category}" width="6" height="6"'
                f' patternUnits="userSpaceOnUse">{shape}</pattern>'
            )
        parts.append("</defs>")
        return "".join(parts)

    # ------------------------------------------------------------------ skills

    def skills(self) -> Iterator[str]:
        """Skill weights as bars, one group per role whose skills are weighted."""
        groups = [(index, role) for index, role in enumerate(self.roles) if role.skills_weighted]
        if not groups:
            return
        top = max(skill.weight or 0.0 for _, role in groups for skill in role.skills) or 1.0
        span = _RIGHT - _LEFT - 44  # room for the label after the longest bar
        body: list[str] = []
        descs = []
        y = 4.0
        for index, role in groups:
            key = _ROLE_KEYS[index]
            body.append(
                f'<text x="{_f(_LEFT)}" y="{_f(y + 12)}" font-weight="600">'
                f"{_esc(self.figures[index].names.title)}</text>"
            )
            y += 20
            names = self.figures[index].skills
            for skill, shown in zip(role.skills, names, strict=True):
                weight = skill.weight or 0.0
                label = self.context.percent(weight)
                name = self._skill_name(shown, label)
                width = max(weight / top * span, 1)
                body.append(
                    f'<g class="cd-skill" data-role="{key}" data-value="{_raw(weight)}">'
                    f'<text x="{_f(_LEFT)}" y="{_f(y + 10)}">{_esc(name)}</text>'
                    f'<rect class="cd-fill-{key}" x="{_f(_LEFT)}" y="{_f(y + 14)}"'
                    f' width="{_f(width)}" height="10" fill="{ROLE_FILLS[index]}"'
                    ' stroke="currentColor" stroke-width="0.5"/>'
                    f'<text x="{_f(_LEFT + width + 6)}" y="{_f(y + 23)}" font-size="11">'
                    f"{_esc(label)}</text></g>"
                )
                y += 30
            descs.append(self._line(index, list(names)))
            y += 8
        title = self.context.pgettext("chart", "Skill weights")
        yield self._figure("skills", y, title, " ".join(descs), body)

    @staticmethod
    def _skill_name(shown: str, label: str) -> str:
        """The skill's name without the share the list item appends to it."""
        for tail in (f", {label}", f" {label}"):
            if shown.endswith(tail):
                return shown[: -len(tail)]
        return shown

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
        for index, value in enumerate(values):
            y = 4 + index * row
            key = _ROLE_KEYS[index]
            shown = getattr(self.figures[index], name) or ""
            body.append(
                f'<text x="{_f(_LEFT)}" y="{_f(y + 12)}" font-weight="600">'
                f"{_esc(self.figures[index].names.title)}: {_esc(shown)}</text>"
            )
            x1, x2 = sorted((zero, scale(value)))
            raw = getattr(self.roles[index].outlook, name)
            body.append(
                f'<rect class="cd-bar cd-fill-{key}" data-role="{key}" x="{_f(x1)}"'
                f' y="{_f(y + 18)}" width="{_f(max(x2 - x1, 1))}" height="16"'
                f' fill="{ROLE_FILLS[index]}" stroke="currentColor" stroke-width="0.75"'
                f' data-value="{_raw(raw)}"/>'
            )
            descs.append(self._line(index, [shown]))
        body.append(
            f'<line x1="{_f(zero)}" x2="{_f(zero)}" y1="4" y2="{_f(4 + row * 2)}"'
            ' stroke="currentColor" stroke-width="1"/>'
        )
        gettext = self.context.gettext
        title = gettext("Number of jobs") if name == "jobs" else gettext("Growth rate")
        kind = "jobs" if name == "jobs" else "growth"
        yield self._figure(kind, 4 + row * 2 + 20, title, " ".join(descs), body)

    def _count_tick(self, value: float) -> str:
        return str(format_compact_decimal(value, locale=self.context.locale, fraction_digits=1))

    def _share_tick(self, value: float) -> str:
        return self.context.percent(value)
