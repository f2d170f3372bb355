"""The sources of a page: who published the figures, which release, when they were retrieved.

Every format ends with them wherever the data has provenance: the role's own ``source``, else
the one the caller gives for roles without one (a dataset's ``info.source``), for both roles or
one per role when they come from two datasets.  Each distinct source is listed once, the first
role's first.  A salary range that is the 10th to 90th percentile of yearly pay (as BLS gives
it) is said to be one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TypeAlias

from careerdata.errors import ValidationError
from careerdata.model import Provenance, Role
from careerdata.text._blocks import Block, Bullets, Heading
from careerdata.text._figures import RoleFigures, plain
from careerdata.text._locale import LocaleContext

__all__ = [
    "PageSource",
    "band_is_spread",
    "date_text",
    "page_sources",
    "provenance",
    "release_text",
    "source_blocks",
    "source_text",
]

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_YEAR = re.compile(r"(?i)([a-z]+) (\d{4})")


#: What a page is told of the sources of roles without their own: one provenance for both
#: roles, or a pair, one for each (``(seed.info.source, bls.info.source)``), ``None`` in the
#: place of a role that has no other.
PageSource: TypeAlias = "Provenance | tuple[Provenance | None, Provenance | None] | None"

_EXPECTED = "expected a Provenance, or a pair of them (one per role, None for none)"


def provenance(role: Role, source: Provenance | None) -> Provenance | None:
    """The role's own provenance, else ``source``."""
    return role.source if role.source is not None else source


def page_sources(
    roles: tuple[Role, Role], source: PageSource
) -> tuple[Provenance | None, Provenance | None]:
    """The provenance of each of the two roles: its own, else the one ``source`` gives it.

    Raises :class:`~careerdata.errors.ValidationError` at ``source`` (or ``source[1]``) for
    anything but a :class:`~careerdata.model.Provenance`, ``None`` or a pair of them.

    >>> bls = Provenance("BLS")
    >>> page_sources((Role(title="Clerk"), Role(title="Cook")), (None, bls))
    (None, Provenance(publisher='BLS', ...))
    """
    given = check_source(source)
    return provenance(roles[0], given[0]), provenance(roles[1], given[1])


def check_source(source: object) -> tuple[Provenance | None, Provenance | None]:
    """``source`` as one provenance (or ``None``) per role, checked."""
    if source is None or isinstance(source, Provenance):
        return source, source
    if not isinstance(source, (tuple, list)) or len(source) != 2:
        raise ValidationError.at("source", f"{_EXPECTED}, got {type(source).__name__}")
    for index, item in enumerate(source):
        if item is not None and not isinstance(item, Provenance):
            raise ValidationError.at(
                f"source[{index}]", f"expected a Provenance or None, got {type(item).__name__}"
            )
    return source[0], source[1]


def band_is_spread(role: Role) -> bool:
    """Whether the role's salary range is its yearly 10th to 90th percentile."""
    pay = role.pay
    if pay is None or pay.range is None or pay.yearly_percentiles is None:
        return False
    percentiles = pay.yearly_percentiles
    return pay.range.low == percentiles.p10 and pay.range.high == percentiles.p90


def release_text(release: str, context: LocaleContext) -> str:
    """A release as the data names it; an English "May 2025" in the text language.

    >>> from careerdata.text._locale import resolve
    >>> release_text("May 2025", resolve("de_DE")), release_text("v2", resolve("de_DE"))
    ('Mai 2025', 'v2')
    """
    text = plain(release)
    match = _MONTH_YEAR.fullmatch(text)
    if match is None or match.group(1).casefold() not in _MONTHS:
        return text
    month = _MONTHS.index(match.group(1).casefold()) + 1
    day = dt.date(int(match.group(2)), month, 1)
    from babel.dates import format_skeleton  # noqa: PLC0415 - babel.dates loads zoneinfo

    return str(format_skeleton("yMMMM", day, locale=context.text_locale))


def date_text(day: dt.date, context: LocaleContext) -> str:
    """A day in the text language's long form ("26. September 2026")."""
    from babel.dates import format_date  # noqa: PLC0415 - only for a source's date

    return str(format_date(day, "long", locale=context.text_locale))


def source_text(source: Provenance, context: LocaleContext) -> str:
    """One source as a sentence: publisher, dataset, release and retrieval date.

    >>> import datetime as dt
    >>> from careerdata.text._locale import resolve
    >>> bls = Provenance("BLS", "OEWS", "May 2025", retrieved=dt.date(2026, 9, 26))
    >>> source_text(bls, resolve("de_DE"))
    'BLS, OEWS, Ausgabe Mai 2025, abgerufen am 26. September 2026.'
    """
    parts = [plain(source.publisher)]
    if source.dataset is not None and source.dataset != source.publisher:
        parts.append(plain(source.dataset))
    if source.release is not None:
        # Translators: the release (edition) of a dataset, "May 2025 release".
        template = context.pgettext("source", "%(release)s release")
        parts.append(template % {"release": release_text(source.release, context)})
    if source.retrieved is not None:
        date = date_text(source.retrieved, context)
        # Translators: when the figures were downloaded, "retrieved September 26, 2026".
        parts.append(context.pgettext("source", "retrieved %(date)s") % {"date": date})
    # Translators: what separates the parts of a source (publisher, dataset, release, date).
    text = context.pgettext("between source parts", ", ").join(parts)
    stop = context.rules.full_stop
    return text if text.endswith((".", stop)) else text + stop


def _key(source: Provenance) -> tuple[object, ...]:
    return (source.publisher, source.dataset, source.release, source.retrieved)


def source_blocks(
    roles: tuple[Role, Role],
    figures: tuple[RoleFigures, RoleFigures],
    context: LocaleContext,
    source: PageSource,
) -> Iterator[Block]:
    """The sources section: each distinct source once, the first role's first, then the range.

    Two roles with different sources have an item each, named after its role.
    """
    sources = page_sources(roles, source)
    items: list[str] = []
    first, second = sources
    if first is not None and second is not None and _key(first) == _key(second):
        items.append(source_text(first, context))
    else:
        for given, role_figures in zip(sources, figures, strict=True):
            if given is not None:
                # Translators: the source of one role's figures ("UX Designer: BLS, OEWS.").
                template = context.pgettext("source of", "%(role)s: %(source)s")
                text = source_text(given, context)
                items.append(template % {"role": role_figures.names.title, "source": text})
    if not items:
        return
    spread = [band_is_spread(role) for role in roles]
    if all(spread):
        items.append(
            context.gettext("The salary range is the 10th to 90th percentile of yearly pay.")
        )
    else:
        for is_spread, role_figures in zip(spread, figures, strict=True):
            if is_spread:
                template = context.gettext(
                    "For %(role_plural)s, the salary range is the 10th to 90th percentile of "
                    "yearly pay."
                )
                items.append(template % role_figures.names.placeholders("role"))
    # Translators: the heading of the list of sources at the end of a page.
    one = len(items) - any(spread) == 1
    # Translators: the heading above a single source.
    heading = (
        context.pgettext("heading", "Source") if one else context.pgettext("heading", "Sources")
    )
    yield Heading(2, heading, section="sources")
    yield Bullets(tuple(items), name="sources")
