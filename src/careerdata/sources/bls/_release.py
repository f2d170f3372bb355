"""An OEWS release: its occupations, areas and industries and the estimates a role needs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from careerdata.errors import ValidationError
from careerdata.sources.bls._series import (
    ANNUAL_MEAN,
    ANNUAL_WAGES,
    CROSS_INDUSTRY,
    DETAILED,
    EMPLOYMENT,
    HOURLY_MEAN,
    HOURLY_WAGES,
    NATIONAL,
    SeriesId,
    cell,
)
from careerdata.sources.bls._values import Estimate, TopCode, parse_estimate

_SECTOR_PREFIX = re.compile(r"Sectors? \d\d(?:, \d\d)*,?(?: and \d\d)? - ")


@attrs.frozen
class Occupation:
    """A line of ``oe.occupation``: code, title and level (3 is a detailed occupation)."""

    code: str
    title: str
    display_level: int

    @property
    def soc_code(self) -> str:
        """The code with its hyphen (``43-4051``)."""
        return f"{self.code[:2]}-{self.code[2:]}"


@attrs.frozen
class Area:
    """A line of ``oe.area``: code, area type and name."""

    code: str
    area_type: str
    name: str

    @property
    def is_metropolitan(self) -> bool:
        """Whether this is a metropolitan area (its code is ``00`` + a CBSA code)."""
        return self.area_type == "M" and self.code.startswith("00")


@attrs.frozen
class Industry:
    """A line of ``oe.industry``: code, name and level."""

    code: str
    name: str
    display_level: int

    @property
    def is_sector(self) -> bool:
        """Whether this is a NAICS sector (``Sector 22 - Utilities``)."""
        return _SECTOR_PREFIX.match(self.name) is not None

    @property
    def label(self) -> str:
        """The name without its ``Sector NN -`` prefix.

        >>> Industry("31--34", "Sectors 31, 32, and 33 - Manufacturing", 2).label
        'Manufacturing'
        """
        return _SECTOR_PREFIX.sub("", self.name, count=1)


#: The cells kept from a release and the datatypes each needs: national cross-industry
#: figures for the roles, mean wages elsewhere to rank the leaders.
_ROLE_DATATYPES = frozenset((EMPLOYMENT, *HOURLY_WAGES, *ANNUAL_WAGES))
_LEADER_DATATYPES = frozenset((HOURLY_MEAN, ANNUAL_MEAN))


@attrs.frozen(eq=False)
class Release:
    """One OEWS release, reduced to what :func:`occupation_roles` needs.

    ``estimates`` maps a cell (a series id without its datatype) to its figures by datatype;
    a figure BLS did not release is ``None``, a cell BLS did not publish is absent.
    """

    name: str
    occupations: Mapping[str, Occupation]
    areas: Mapping[str, Area]
    industries: Mapping[str, Industry]
    estimates: Mapping[str, Mapping[str, Estimate | None]]

    @classmethod
    def of(
        cls,
        name: str,
        occupations: Iterable[Occupation],
        areas: Iterable[Area],
        industries: Iterable[Industry],
    ) -> Release:
        """A release with its mapping tables and no estimates yet (see :meth:`with_estimates`)."""
        return cls(
            name,
            {item.code: item for item in occupations},
            {item.code: item for item in areas},
            {item.code: item for item in industries},
            {},
        )

    def with_estimates(
        self, rows: Iterable[tuple[str, str, str]], footnotes: Mapping[str, str]
    ) -> Release:
        """This release with the figures of ``(series_id, value, footnote_codes)`` rows.

        ``footnotes`` maps footnote codes to their text (``oe.footnote``): the top-code
        thresholds are read from it.  Only the cells a role needs are kept (see the module
        description); rows of other cells, or of codes the mapping tables lack, are skipped.
        Raises :class:`~careerdata.errors.ValidationError` for a kept row whose series id or
        value is malformed.
        """
        top_codes = {
            code: top for code, text in footnotes.items() if (top := TopCode.from_footnote(text))
        }
        keep = _Scope(self)
        estimates: dict[str, dict[str, Estimate | None]] = {}
        for series_id, value, codes in rows:
            wanted = keep(series_id)
            if wanted is None or series_id.strip()[23:] not in wanted:
                continue
            sid = SeriesId.parse(series_id)
            try:
                figure = parse_estimate(value, codes, sid.datatype, top_codes)
            except ValidationError as error:
                raise error.prefixed(str(sid)) from None
            estimates.setdefault(sid.cell, {})[sid.datatype] = figure
        return attrs.evolve(self, estimates=estimates)

    def estimate(self, series: SeriesId | str) -> Estimate | None:
        """The figure of one series, or ``None`` when it is not released or not published."""
        sid = series if isinstance(series, SeriesId) else SeriesId.parse(series)
        return self.estimates.get(sid.cell, {}).get(sid.datatype)

    def detailed(self) -> list[Occupation]:
        """The detailed occupations with national estimates, in SOC order."""
        return [
            occupation
            for code, occupation in sorted(self.occupations.items())
            if occupation.display_level == DETAILED
            and cell("N", NATIONAL, CROSS_INDUSTRY, code) in self.estimates
        ]


class _Scope:
    """Decide quickly from a series id's slices whether a row is needed, and which datatypes."""

    def __init__(self, release: Release) -> None:
        self._detailed = {c for c, o in release.occupations.items() if o.display_level == DETAILED}
        self._states = {c for c, a in release.areas.items() if a.area_type == "S"}
        self._metros = {c for c, a in release.areas.items() if a.is_metropolitan}
        self._sectors = {c for c, i in release.industries.items() if i.is_sector}

    def __call__(self, series_id: str) -> frozenset[str] | None:
        sid = series_id.strip()
        if len(sid) != 25 or not sid.startswith("OE"):
            SeriesId.parse(sid)  # raises, naming what is wrong
        if sid[17:23] not in self._detailed:
            return None
        area_type, area, industry = sid[3], sid[4:11], sid[11:17]
        if area_type == "N" and area == NATIONAL:
            if industry == CROSS_INDUSTRY:
                return _ROLE_DATATYPES
            return _LEADER_DATATYPES if industry in self._sectors else None
        if industry != CROSS_INDUSTRY:
            return None
        places = self._states if area_type == "S" else self._metros
        return _LEADER_DATATYPES if area in places else None
