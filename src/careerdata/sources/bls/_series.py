"""OEWS series ids and the codes they are made of: area types, areas, industries, datatypes."""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from careerdata.errors import ValidationError

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
#: The datatype of the employment estimate.
EMPLOYMENT = "01"
#: The datatype of the hourly mean wage.
HOURLY_MEAN = "03"
#: The datatype of the annual mean wage.
ANNUAL_MEAN = "04"
#: Datatypes of the 10th, 25th, 50th, 75th and 90th percentile wages, lowest first.
HOURLY_PERCENTILES = ("06", "07", "08", "09", "10")
#: Datatypes of the annual 10th, 25th, 50th, 75th and 90th percentile wages, lowest first.
ANNUAL_PERCENTILES = ("11", "12", "13", "14", "15")
# The hourly and the annual wage datatypes (a top code has one threshold for each).
HOURLY_WAGES = frozenset((HOURLY_MEAN, *HOURLY_PERCENTILES))
ANNUAL_WAGES = frozenset((ANNUAL_MEAN, *ANNUAL_PERCENTILES))

#: Area type codes (series position 4) and what they cover.
AREA_TYPES: Mapping[str, str] = {
    "N": "National",
    "S": "Statewide",
    "M": "Metropolitan or nonmetropolitan area",
}
#: The area code of the nation.
NATIONAL = "0000000"
#: The industry code of all industries together.
CROSS_INDUSTRY = "000000"
# ``display_level`` of a detailed occupation in ``oe.occupation``.
DETAILED = 3

_SERIES = re.compile(r"OE([A-Z])([NSM])(\d{7})([0-9-]{6})(\d{6})(\d{2})\Z")


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


def cell(area_type: str, area: str, industry: str, occupation: str) -> str:
    """The key of an estimate cell: a series id without its datatype."""
    return f"OEU{area_type}{area}{industry}{occupation}"
