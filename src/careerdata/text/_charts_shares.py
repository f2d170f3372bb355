"""Charts of shares and weights: gender and race as stacked bars, skill weights as bars."""

from __future__ import annotations

from collections.abc import Iterator

from careerdata.model import CategoryShare, Distribution
from careerdata.text._figures import _standard_categories, plain
from careerdata.text._svg import (
    _LEFT,
    _RIGHT,
    _ROLE_KEYS,
    CATEGORY_FILLS,
    ROLE_FILLS,
    ChartBase,
    _esc,
    _f,
    _name,
    _raw,
    _text_width,
)

__all__ = ["ShareCharts"]


def _legend_order(distributions: list[tuple[int, Distribution]]) -> list[CategoryShare]:
    """Each category once, in the order of the legend (and of the fills).

    The first role's categories in its display order, then those only the second role has,
    and a category either role marks unreported after all the others, as in the bars.
    """
    items = [item for _, distribution in distributions for item in distribution.display_order]
    first: dict[str, CategoryShare] = {}
    for item in sorted(items, key=lambda item: item.unreported):  # stable: keeps the order
        first.setdefault(item.category.casefold(), item)
    return list(first.values())


class ShareCharts(ChartBase):
    """Stacked share bars and skill-weight bars."""

    # ------------------------------------------------------------------ shares

    def _shares(self, name: str) -> Iterator[str]:
        distributions: list[tuple[int, Distribution]] = []
        for index, role in enumerate(self.roles):
            demographics = role.demographics
            found = None if demographics is None else getattr(demographics, name)
            if found is not None:
                distributions.append((index, found))
        if not distributions:
            return
        legend = _legend_order(distributions)
        categories = [item.category.casefold() for item in legend]
        labels = self._category_names(legend)
        ident = f"{self.prefix}-{name}"
        body = [self._patterns(ident, len(categories))]
        row = 44.0
        descs = []
        for position, (index, distribution) in enumerate(distributions):
            y = 6 + position * row
            key = _ROLE_KEYS[index]
            body.append(_name(y + 11, self.figures[index].names.title))
            total = sum(item.share for item in distribution) or 1.0
            x = _LEFT
            for item in distribution.display_order:
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
                if width >= _text_width(share) + 12:
                    middle, half = x + width / 2, _text_width(share) / 2 + 4
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
            width = 24 + _text_width(label) + 14
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
        yield self._figure(name, y + 20, title, self._sentences(descs), body)

    def _category_names(self, legend: list[CategoryShare]) -> list[str]:
        standard = _standard_categories(self.context)
        return [standard.get(item.category.casefold()) or plain(item.category) for item in legend]

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
            body.append(_name(y + 12, self.figures[index].names.title))
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
            descs.append(self._line(index, list(names), items=True))
            y += 8
        title = self.context.pgettext("chart", "Skill weights")
        yield self._figure("skills", y, title, self._sentences(descs), body)

    @staticmethod
    def _skill_name(shown: str, label: str) -> str:
        """The skill's name without the share the list item appends to it."""
        for tail in (f", {label}", f" {label}"):
            if shown.endswith(tail):
                return shown[: -len(tail)]
        return shown
