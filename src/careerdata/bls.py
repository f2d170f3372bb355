"""BLS Occupational Employment and Wage Statistics (OEWS): series, flat files and roles.

The U.S. Bureau of Labor Statistics publishes OEWS as time series.  A series id packs where,
in which industry, for which occupation and which measure into 25 characters
(``OEUM001018000000000000001``):

======== ========= ==============================================================
position  example   field
======== ========= ==============================================================
1-2       ``OE``    survey prefix
3         ``U``     seasonal adjustment code (OEWS is not seasonally adjusted)
4         ``M``     area type: ``N`` national, ``S`` statewide, ``M`` metropolitan
                    or nonmetropolitan area
5-11      0010180   area code (a state's FIPS code + ``00000``, or ``00`` + a CBSA code
                    for a metropolitan area)
12-17     000000    industry code (``000000`` cross-industry; ``31--34`` a NAICS sector)
18-23     000000    occupation code (the SOC code without its hyphen)
24-25     ``01``    datatype code, 01-17 (:data:`DATATYPES`)
======== ========= ==============================================================

:func:`read_flat_files` reads the official tab-separated files (``oe.data.0.Current``,
``oe.occupation``, ``oe.area``, ``oe.industry`` and ``oe.footnote``) into a :class:`Release`;
:func:`occupation_roles` turns a release into one :class:`~careerdata.model.Role` per
detailed occupation.  What each role holds:

* **pay**: the national, cross-industry annual and hourly mean wages, the 10th, 25th, 50th,
  75th and 90th percentiles of both, and the salary range as the band from the annual 10th
  to the annual 90th percentile.
* **outlook.jobs**: the national employment estimate.
* **pay.leaders**: the highest-paying state (statewide areas as BLS defines them: the 50
  states, the District of Columbia, Guam, Puerto Rico and the Virgin Islands), the
  highest-paying metropolitan area (nonmetropolitan areas excluded) and the best-paying
  industry at the NAICS *sector* level (22 sectors, government included as sector 99), each
  ranked by annual mean wage.  Where BLS publishes only hourly wages for an occupation
  (actors, dancers, ...), leaders are ranked by hourly mean wage and carry no yearly figure.
  A leader is named only when the release determines it: a tie, or a top-coded wage that
  may or may not be the highest, leaves that leader missing.

BLS special values stay honest.  A value BLS does not release (``-`` with a footnote, or
``*``/``**`` in its spreadsheets) is missing (``None``).  A top-coded wage (``#``, or ``-``
with the footnote "equal to or greater than $115.00 per hour or $239,200 per year") becomes
the threshold marked as a lower bound: ``Money(239200, at_least=True)``.  OEWS has no skills,
demographics or growth rates; those stay missing.

>>> sid = SeriesId.parse("OEUN000000000000043405104")
>>> sid.soc_code, sid.datatype, DATATYPES[sid.datatype]
('43-4051', '04', 'Annual mean wage')
>>> str(sid)
'OEUN000000000000043405104'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Literal

import attrs

from careerdata.errors import DataFileError, Problem, ValidationError
from careerdata.model import (
    Money,
    Outlook,
    Pay,
    PayLeader,
    PayLeaders,
    Percentiles,
    Provenance,
    Role,
    SalaryBand,
)

__all__ = [
    "ANNUAL_MEAN",
    "ANNUAL_PERCENTILES",
    "AREA_TYPES",
    "CROSS_INDUSTRY",
    "DATATYPES",
    "EMPLOYMENT",
    "FLAT_FILES",
    "HOURLY_MEAN",
    "HOURLY_PERCENTILES",
    "NATIONAL",
    "Area",
    "Estimate",
    "Industry",
    "Occupation",
    "Release",
    "RoleName",
    "SeriesId",
    "TopCode",
    "indefinite_article",
    "name_role",
    "occupation_roles",
    "parse_estimate",
    "read_flat_files",
    "singular_title",
]

#: The datatype codes of OEWS series and their names, exactly as ``oe.datatype`` gives them.
DATATYPES: Mapping[str, str] = {
    "01": "Employment",
    "02": "Employment percent relative standard error",
    "03": "Hourly mean wage",
    "04": "Annual mean wage",
    "05": "Wage percent relative standard error",
    "06": "Hourly 10th percentile wage",
    "07": "Hourly 25th percentile wage",
    "08": "Hourly median wage",
    "09": "Hourly 75th percentile wage",
    "10": "Hourly 90th percentile wage",
    "11": "Annual 10th percentile wage",
    "12": "Annual 25th percentile wage",
    "13": "Annual median wage",
    "14": "Annual 75th percentile wage",
    "15": "Annual 90th percentile wage",
    "16": "Employment per 1,000 jobs",
    "17": "Location Quotient",
}
EMPLOYMENT = "01"
HOURLY_MEAN = "03"
ANNUAL_MEAN = "04"
#: Datatypes of the 10th, 25th, 50th, 75th and 90th percentile wages, lowest first.
HOURLY_PERCENTILES = ("06", "07", "08", "09", "10")
ANNUAL_PERCENTILES = ("11", "12", "13", "14", "15")
_HOURLY = frozenset((HOURLY_MEAN, *HOURLY_PERCENTILES))
_ANNUAL = frozenset((ANNUAL_MEAN, *ANNUAL_PERCENTILES))

#: Area type codes (series position 4) and what they cover.
AREA_TYPES: Mapping[str, str] = {
    "N": "National",
    "S": "Statewide",
    "M": "Metropolitan or nonmetropolitan area",
}
#: The area code of the nation and the industry code of all industries together.
NATIONAL = "0000000"
CROSS_INDUSTRY = "000000"
#: ``display_level`` of a detailed occupation in ``oe.occupation``.
DETAILED = 3

#: The official flat files :func:`read_flat_files` reads, by role.
FLAT_FILES: Mapping[str, str] = {
    "data": "oe.data.0.Current",
    "occupation": "oe.occupation",
    "area": "oe.area",
    "industry": "oe.industry",
    "footnote": "oe.footnote",
}

_SERIES = re.compile(r"OE([A-Z])([NSM])(\d{7})([0-9-]{6})(\d{6})(\d{2})\Z")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?\Z")
# Symbols of BLS spreadsheets: "#" top-coded; "*" and "**" not released; "-" in the flat
# files, where a footnote says why.
_TOP_CODED_SYMBOL = "#"
_NOT_RELEASED = frozenset({"-", "*", "**"})
_TOP_CODE_TEXT = re.compile(
    r"equal to or greater than \$([\d,]+\.\d\d) per hour or \$([\d,]+) per year"
)
_SECTOR_PREFIX = re.compile(r"Sectors? \d\d(?:, \d\d)*,?(?: and \d\d)? - ")

# --------------------------------------------------------------------------- series ids


@attrs.frozen
class SeriesId:
    """A parsed OEWS series id: area type, area, industry, occupation and datatype.

    >>> SeriesId("S", "0600000", "000000", "291141", "13")
    SeriesId(area_type='S', area='0600000', industry='000000', occupation='291141', datatype='13', seasonal='U')
    """  # noqa: E501

    area_type: str
    area: str
    industry: str
    occupation: str
    datatype: str
    seasonal: str = "U"

    @classmethod
    def parse(cls, text: str) -> SeriesId:
        """Parse a 25-character series id (surrounding padding is ignored).

        Raises :class:`~careerdata.errors.ValidationError` naming what is wrong.

        >>> SeriesId.parse("OEUM001018000000000000099")
        Traceback (most recent call last):
            ...
        careerdata.errors.ValidationError: series_id: 'OEUM001018000000000000099' has datatype 99; OEWS defines 01-17
        """  # noqa: E501
        found = _SERIES.match(text.strip())
        if found is None:
            raise ValidationError.at(
                "series_id",
                f"{text.strip()!r} is not an OEWS series id such as 'OEUM001018000000000000001'",
            )
        seasonal, area_type, area, industry, occupation, datatype = found.groups()
        if datatype not in DATATYPES:
            raise ValidationError.at(
                "series_id", f"{text.strip()!r} has datatype {datatype}; OEWS defines 01-17"
            )
        return cls(area_type, area, industry, occupation, datatype, seasonal)

    @property
    def cell(self) -> str:
        """The series id without its datatype: the key of one estimate cell."""
        return f"OE{self.seasonal}{self.area_type}{self.area}{self.industry}{self.occupation}"

    @property
    def soc_code(self) -> str:
        """The occupation as a SOC code with its hyphen (``43-4051``)."""
        return f"{self.occupation[:2]}-{self.occupation[2:]}"

    def __str__(self) -> str:
        return self.cell + self.datatype


def _cell(area_type: str, area: str, industry: str, occupation: str) -> str:
    return f"OEU{area_type}{area}{industry}{occupation}"


# --------------------------------------------------------------------------- values


@attrs.frozen
class TopCode:
    """The wage above which BLS publishes no figure, only "this much or more".

    >>> TopCode.from_footnote(
    ...     "This wage is equal to or greater than $115.00 per hour or $239,200 per year."
    ... )
    TopCode(hourly=Decimal('115.00'), yearly=Decimal('239200'))
    """

    hourly: Decimal
    yearly: Decimal

    @classmethod
    def from_footnote(cls, text: str) -> TopCode | None:
        """Read the thresholds from a footnote's text; ``None`` for any other footnote."""
        found = _TOP_CODE_TEXT.search(text)
        if found is None:
            return None
        hourly, yearly = (Decimal(part.replace(",", "")) for part in found.groups())
        return cls(hourly, yearly)

    def for_datatype(self, datatype: str) -> Decimal:
        """The threshold that applies to a wage datatype (hourly or annual)."""
        if datatype in _HOURLY:
            return self.hourly
        if datatype in _ANNUAL:
            return self.yearly
        raise ValidationError.at("datatype", f"{datatype} is not a wage and cannot be top-coded")


@attrs.frozen
class Estimate:
    """One published figure; ``at_least`` marks a top-coded wage (a lower bound)."""

    amount: Decimal
    at_least: bool = False

    def money(self) -> Money:
        """The figure as U.S. dollars."""
        return Money(self.amount, "USD", self.at_least)


def parse_estimate(
    value: str,
    footnotes: str,
    datatype: str,
    top_codes: Mapping[str, TopCode],
) -> Estimate | None:
    """Read one published value: a number, a top-coded wage, or ``None`` when not released.

    ``footnotes`` is the series' comma-separated footnote codes; ``top_codes`` maps the codes
    that mark a top-coded wage to their thresholds (see :meth:`TopCode.from_footnote`).

    >>> codes = {"5": TopCode(Decimal("115.00"), Decimal("239200"))}
    >>> parse_estimate("   61,480", "", "04", codes)
    Estimate(amount=Decimal('61480'), at_least=False)
    >>> parse_estimate("-", "5", "15", codes)
    Estimate(amount=Decimal('239200'), at_least=True)
    >>> parse_estimate("-", "8", "15", codes) is None
    True
    """
    text = value.strip()
    if _NUMBER.match(text):
        return Estimate(Decimal(text.replace(",", "")))
    marked = {top_codes[code] for code in _codes(footnotes) if code in top_codes}
    if text == _TOP_CODED_SYMBOL or (text in _NOT_RELEASED and marked):
        # "#" carries no footnote: it means the release's one top code.
        thresholds = marked or set(top_codes.values())
        if len(thresholds) != 1:
            raise ValidationError.at("value", "a top-coded value needs the release's top code")
        return Estimate(thresholds.pop().for_datatype(datatype), at_least=True)
    if text in _NOT_RELEASED:
        return None
    raise ValidationError.at("value", f"{text!r} is neither a number nor a BLS special value")


def _codes(footnotes: str) -> Iterator[str]:
    return (code.strip() for code in footnotes.split(",") if code.strip())


# --------------------------------------------------------------------------- the release


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
_ROLE_DATATYPES = frozenset((EMPLOYMENT, *_HOURLY, *_ANNUAL))
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
            and _cell("N", NATIONAL, CROSS_INDUSTRY, code) in self.estimates
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


# --------------------------------------------------------------------------- flat files


def _read_table(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[str, list[str]]]:
    """Yield ``(location, fields)`` of a BLS tab-separated file, in ``columns`` order.

    BLS pads fields with spaces and may add columns; the header names the columns.
    """
    name = path.name
    try:
        with path.open(encoding="utf-8", newline="") as lines:
            header = [field.strip() for field in next(lines, "").rstrip("\r\n").split("\t")]
            missing = [column for column in columns if column not in header]
            if missing:
                raise DataFileError([Problem(f"{name}:1", f"missing columns {missing}")])
            index = [header.index(column) for column in columns]
            for number, line in enumerate(lines, start=2):
                if not line.strip():
                    continue
                fields = line.rstrip("\r\n").split("\t")
                if len(fields) > len(header):
                    message = f"expected {len(header)} tab-separated fields, got {len(fields)}"
                    raise DataFileError([Problem(f"{name}:{number}", message)])
                # An empty last field (no footnote) may lack its tab.
                fields += [""] * (len(header) - len(fields))
                yield f"{name}:{number}", [fields[i].strip() for i in index]
    except OSError as error:
        raise DataFileError([Problem(name, f"cannot read: {error.strerror}")]) from None
    except UnicodeDecodeError as error:
        raise DataFileError([Problem(name, f"not UTF-8 text: {error.reason}")]) from None


def _level(location: str, text: str) -> int:
    if not text.isdigit():
        raise DataFileError([Problem(location, f"display_level {text!r} is not a number")])
    return int(text)


def _occupations(path: Path) -> Iterator[Occupation]:
    columns = ("occupation_code", "occupation_name", "display_level")
    for location, (code, title, level) in _read_table(path, columns):
        yield Occupation(code, title, _level(location, level))


def _areas(path: Path) -> Iterator[Area]:
    for _, (code, area_type, name) in _read_table(
        path, ("area_code", "areatype_code", "area_name")
    ):
        yield Area(code, area_type, name)


def _industries(path: Path) -> Iterator[Industry]:
    columns = ("industry_code", "industry_name", "display_level")
    for location, (code, name, level) in _read_table(path, columns):
        yield Industry(code, name, _level(location, level))


def _data_rows(path: Path, periods: set[tuple[str, str]]) -> Iterator[tuple[str, str, str]]:
    columns = ("series_id", "year", "period", "value", "footnote_codes")
    for _, (series_id, year, period, value, codes) in _read_table(path, columns):
        periods.add((year, period))
        yield series_id, value, codes


def read_flat_files(directory: str | Path) -> Release:
    """Read an OEWS release from the official BLS flat files in ``directory``.

    The files are those of ``https://download.bls.gov/pub/time.series/oe/`` named in
    :data:`FLAT_FILES`.  OEWS estimates are for May of their year, so a release whose data
    rows are all for year 2025, period ``A01`` is named ``"May 2025"``.  Raises
    :class:`~careerdata.errors.DataFileError` naming the file and the line, or the series id,
    of a bad row.
    """
    folder = Path(directory)
    footnotes = {
        code: text
        for _, (code, text) in _read_table(
            folder / FLAT_FILES["footnote"], ("footnote_code", "footnote_text")
        )
    }
    periods: set[tuple[str, str]] = set()
    tables = Release.of(
        "",
        _occupations(folder / FLAT_FILES["occupation"]),
        _areas(folder / FLAT_FILES["area"]),
        _industries(folder / FLAT_FILES["industry"]),
    )
    try:
        release = tables.with_estimates(_data_rows(folder / FLAT_FILES["data"], periods), footnotes)
    except DataFileError:
        raise
    except ValidationError as error:
        raise DataFileError(error.prefixed(FLAT_FILES["data"]).problems) from None
    if len(periods) != 1 or next(iter(periods))[1] != "A01":
        found = ", ".join(f"{year} {period}" for year, period in sorted(periods)) or "none"
        message = f"expected one annual (A01) release, found {found}"
        raise DataFileError([Problem(FLAT_FILES["data"], message)])
    return attrs.evolve(release, name=f"May {next(iter(periods))[0]}")


# --------------------------------------------------------------------------- titles

# Plural words that end a head phrase but do not name people: "Compensation, Benefits, and
# Job Analysis Specialists" lists modifiers, "Meter Readers, Utilities" is a qualifier.
_NOT_PEOPLE = frozenset((
    "animals", "benefits", "claims", "commodities", "communications", "electronics", "engines",
    "fibers", "gas", "goods", "materials", "news", "operations", "products", "programs",
    "promotions", "relations", "resources", "sales", "sciences", "securities", "services",
    "sports", "studies", "surfaces", "systems", "tiles", "trades", "utilities", "vehicles",
    "vessels",
))  # fmt: skip
_IRREGULAR = {"Midwives": "Midwife", "Wives": "Wife", "Women": "Woman", "Men": "Man"}
_QUALIFIERS = ("Except ", "Including ", "All Other")
_CONJUNCTION = re.compile(r"(,? (?:and|or|&) |, )")
_HELPERS = "Helpers--"


def _names_people(phrase: str) -> bool:
    word = phrase.rsplit(" ", 1)[-1]
    if word in _IRREGULAR:
        return True
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    return word.lower() not in _NOT_PEOPLE


def _singular_word(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def _singular_phrase(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    return f"{head} {_singular_word(last)}" if head else _singular_word(last)


def _singular_list(text: str) -> str:
    """Singularize each head noun of a list; heads are alternatives, so "and" becomes "or"."""
    parts = _CONJUNCTION.split(text)
    out: list[str] = []
    for index in range(0, len(parts), 2):
        phrase = parts[index]
        if index:
            joint = parts[index - 1]
            if _names_people(parts[index - 2]) and joint.strip(", "):
                joint = joint.replace(joint.strip(", "), "or")
            out.append(joint)
        out.append(_singular_phrase(phrase) if _names_people(phrase) else phrase)
    return "".join(out)


def singular_title(title: str) -> str:
    """The singular of an OEWS occupation title, by rule.

    The head nouns are made singular and the qualifiers after them kept; heads listed as
    alternatives are joined with "or".  Raises :class:`ValueError` when the title names no
    plural head (``"Clergy"``): such titles need an entry in the reviewed override table.

    >>> singular_title("Customer Service Representatives")
    'Customer Service Representative'
    >>> singular_title("Judges, Magistrate Judges, and Magistrates")
    'Judge, Magistrate Judge, or Magistrate'
    >>> singular_title(
    ...     "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive"
    ... )
    'Secretary or Administrative Assistant, Except Legal, Medical, and Executive'
    >>> singular_title("First-Line Supervisors of Retail Sales Workers")
    'First-Line Supervisor of Retail Sales Workers'
    """
    if title.startswith(_HELPERS):
        return "Helper of " + title.removeprefix(_HELPERS)
    head, of, complement = title.partition(" of ")
    segments = head.split(", ")
    end = _head_end(segments)
    if end is None:
        raise ValueError(f"{title!r} names no plural head noun; give its singular explicitly")
    singular = ", ".join([_singular_list(", ".join(segments[: end + 1])), *segments[end + 1 :]])
    return singular + of + complement


def _head_end(segments: list[str]) -> int | None:
    """Index of the last segment of the head list: qualifiers follow it."""
    end = None
    for index, segment in enumerate(segments):
        if index and segment.startswith(_QUALIFIERS):
            break
        if _names_people(segment):
            end = index
        elif end is not None:
            break
    return end


_SILENT_H = ("heir", "herb", "honest", "honor", "honour", "hour")
_CONSONANT_VOWEL = ("eu", "ewe", "one", "once", "ubiq", "uni", "uran", "use", "usu", "uten", "uti")
# Letters whose names start with a vowel sound: "an HVAC mechanic", "an MRI technologist".
_VOWEL_NAMED = frozenset("AEFHILMNORSX")


def indefinite_article(title: str) -> Literal["a", "an"]:
    """The English indefinite article of a title, by the sound of its first word.

    >>> [indefinite_article(t) for t in ("Actuary", "Union Organizer", "Hourly Associate")]
    ['an', 'a', 'an']
    >>> [indefinite_article(t) for t in ("HVAC Mechanic", "UX Designer", "Usher")]
    ['an', 'a', 'an']
    """
    word = re.split(r"[\s/-]", title.strip(), maxsplit=1)[0]
    if len(word) > 1 and word.isupper():
        return "an" if word[0] in _VOWEL_NAMED else "a"
    lower = word.lower()
    if lower.startswith(_SILENT_H):
        return "an"
    if lower.startswith(_CONSONANT_VOWEL):
        return "a"
    return "an" if lower[:1] in set("aeiou") else "a"


@attrs.frozen
class RoleName:
    """The English forms of a role's title: singular, plural and an article override.

    ``article`` is set only when the first letter would mislead ("an hour...", "a union...").
    """

    title: str
    plural: str
    article: Literal["a", "an"] | None = None


def name_role(official: str, override: RoleName | None = None) -> RoleName:
    """Name a role from its OEWS title, unless a reviewed ``override`` says otherwise.

    >>> name_role("Actuaries")
    RoleName(title='Actuary', plural='Actuaries', article=None)
    >>> name_role("Helpers--Carpenters")
    RoleName(title='Helper of Carpenters', plural='Helpers of Carpenters', article=None)
    """
    if override is not None:
        return override
    title = singular_title(official)
    plural = official.replace(_HELPERS, "Helpers of ", 1)
    by_letter = "an" if title[:1].lower() in set("aeiou") else "a"
    by_sound = indefinite_article(title)
    return RoleName(title, plural, by_sound if by_sound != by_letter else None)


# --------------------------------------------------------------------------- roles

# Candidates for one kind of leader: (name, cell key without the occupation code).
_Rivals = list[tuple[str, str]]


def occupation_roles(
    release: Release,
    *,
    names: Mapping[str, RoleName] | None = None,
    source: Provenance | None = None,
) -> tuple[Role, ...]:
    """One role per detailed occupation of ``release``, in SOC order.

    ``names`` maps SOC codes (``21-2011``) to reviewed :class:`RoleName` overrides; other
    titles are named by :func:`name_role`.  ``source`` is set on every role when given (a
    dataset usually carries it once instead).  Raises
    :class:`~careerdata.errors.ValidationError` naming the occupation whose figures do not
    make a valid role, or whose title needs an override.
    """
    overrides = names or {}
    rivals = _rivals(release)
    return tuple(
        _checked_role(release, occupation, overrides.get(occupation.soc_code), rivals, source)
        for occupation in release.detailed()
    )


def _checked_role(
    release: Release,
    occupation: Occupation,
    override: RoleName | None,
    rivals: tuple[_Rivals, _Rivals, _Rivals],
    source: Provenance | None,
) -> Role:
    """Build one role; any problem is reported against the occupation's SOC code."""
    try:
        return _role(release, occupation, name_role(occupation.title, override), rivals, source)
    except ValueError as error:
        problems = getattr(error, "problems", None) or [Problem("", str(error))]
        where = f"occupation {occupation.soc_code}"
        raise ValidationError([problem.prefixed(where) for problem in problems]) from None


def _rivals(release: Release) -> tuple[_Rivals, _Rivals, _Rivals]:
    """Metropolitan areas, states and NAICS sectors, in that order (city, state, industry)."""
    areas = sorted(release.areas.values(), key=lambda area: area.code)
    metros = [(a.name, _cell("M", a.code, CROSS_INDUSTRY, "")) for a in areas if a.is_metropolitan]
    states = [(a.name, _cell("S", a.code, CROSS_INDUSTRY, "")) for a in areas if a.area_type == "S"]
    industries = sorted(release.industries.values(), key=lambda industry: industry.code)
    sectors = [(i.label, _cell("N", NATIONAL, i.code, "")) for i in industries if i.is_sector]
    return metros, states, sectors


def _role(
    release: Release,
    occupation: Occupation,
    name: RoleName,
    rivals: tuple[_Rivals, _Rivals, _Rivals],
    source: Provenance | None,
) -> Role:
    national = release.estimates[_cell("N", NATIONAL, CROSS_INDUSTRY, occupation.code)]
    jobs = national.get(EMPLOYMENT)
    aliases = [occupation.title] if occupation.title.casefold() != name.title.casefold() else []
    basis = ANNUAL_MEAN if national.get(ANNUAL_MEAN) is not None else HOURLY_MEAN
    leaders = [_leader(release, group, occupation.code, basis) for group in rivals]
    return Role(
        title=name.title,
        soc_code=occupation.soc_code,
        aliases=aliases,
        plural=name.plural,
        article=name.article,
        pay=_pay(national, leaders),
        outlook=Outlook(jobs=int(jobs.amount)) if jobs is not None else None,
        source=source,
    )


def _money(figures: Mapping[str, Estimate | None], datatype: str) -> Money | None:
    figure = figures.get(datatype)
    return figure.money() if figure is not None else None


def _percentiles(
    figures: Mapping[str, Estimate | None], datatypes: tuple[str, ...]
) -> Percentiles | None:
    values = [_money(figures, datatype) for datatype in datatypes]
    if all(value is None for value in values):
        return None
    return Percentiles(*values)


def _pay(national: Mapping[str, Estimate | None], leaders: list[PayLeader | None]) -> Pay:
    low, high = _money(national, ANNUAL_PERCENTILES[0]), _money(national, ANNUAL_PERCENTILES[-1])
    band = None
    if low is not None and high is not None and not low.at_least:
        band = SalaryBand(low, high)
    city, state, industry = leaders
    named = any(leader is not None for leader in leaders)
    return Pay(
        yearly=_money(national, ANNUAL_MEAN),
        hourly=_money(national, HOURLY_MEAN),
        range=band,
        yearly_percentiles=_percentiles(national, ANNUAL_PERCENTILES),
        hourly_percentiles=_percentiles(national, HOURLY_PERCENTILES),
        leaders=PayLeaders(city=city, state=state, industry=industry) if named else None,
    )


def _leader(release: Release, rivals: _Rivals, code: str, datatype: str) -> PayLeader | None:
    """The rival paying ``code`` most by ``datatype``, when the release determines it."""
    figures = []
    for name, prefix in rivals:
        figure = release.estimates.get(prefix + code, {}).get(datatype)
        if figure is not None:
            figures.append((name, figure))
    best = _highest(figures)
    if best is None:
        return None
    name, figure = best
    return PayLeader(name, figure.money() if datatype == ANNUAL_MEAN else None)


def _highest(figures: list[tuple[str, Estimate]]) -> tuple[str, Estimate] | None:
    """The unique highest figure; a lower bound wins only when it beats every exact figure.

    A top-coded wage is "the top code or more": it may be below an exact figure above the top
    code, and two of them cannot be ordered, so either case names no leader.
    """
    bounds = [item for item in figures if item[1].at_least]
    exact = [item for item in figures if not item[1].at_least]
    if bounds:
        only = bounds[0]
        if len(bounds) == 1 and all(item[1].amount < only[1].amount for item in exact):
            return only
        return None
    if not exact:
        return None
    top = max(item[1].amount for item in exact)
    tied = [item for item in exact if item[1].amount == top]
    return tied[0] if len(tied) == 1 else None
