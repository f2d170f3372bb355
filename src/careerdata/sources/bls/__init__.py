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

Titles are made singular by the rules of :func:`singular_title` (with reviewed overrides
where they fail), and articles come from :mod:`careerdata.text.english`, the grammar the
pages are written with; importing this package loads neither babel nor the catalogs.

>>> sid = SeriesId.parse("OEUN000000000000043405104")
>>> sid.soc_code, sid.datatype, DATATYPES[sid.datatype]
('43-4051', '04', 'Annual mean wage')
>>> str(sid)
'OEUN000000000000043405104'
"""

from __future__ import annotations

from careerdata.sources.bls._flatfiles import FLAT_FILES, read_flat_files
from careerdata.sources.bls._release import Area, Industry, Occupation, Release
from careerdata.sources.bls._roles import occupation_roles
from careerdata.sources.bls._series import (
    ANNUAL_MEAN,
    ANNUAL_PERCENTILES,
    AREA_TYPES,
    CROSS_INDUSTRY,
    DATATYPES,
    EMPLOYMENT,
    HOURLY_MEAN,
    HOURLY_PERCENTILES,
    NATIONAL,
    SeriesId,
)
from careerdata.sources.bls._titles import RoleName, name_role, singular_title
from careerdata.sources.bls._values import Estimate, TopCode, parse_estimate

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
    "name_role",
    "occupation_roles",
    "parse_estimate",
    "read_flat_files",
    "singular_title",
]
