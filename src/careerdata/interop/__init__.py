"""Interoperability: schema.org JSON-LD, and flat records for pandas or CSV, both ways.

Two ways out of the library for data that other tools read, and the way back in:

* :func:`to_jsonld` describes a role as a schema.org ``Occupation`` node, ready for a
  ``<script type="application/ld+json">`` block or a knowledge graph.
* :func:`role_records` and :func:`comparison_records` flatten roles and comparisons into lists
  of dicts with a fixed, ordered set of columns (:data:`ROLE_COLUMNS`,
  :data:`COMPARISON_COLUMNS`): ``pandas.DataFrame(records)`` reads them as they are, and
  :func:`write_csv` writes them with the standard library's :mod:`csv` module.  pandas is not
  needed by any of this.
* :func:`roles_from_records` reads role records back (from :func:`role_records`, or a
  DataFrame's ``to_dict("records")``), and :func:`roles_from_csv` the CSV :func:`write_csv`
  writes of them; :func:`~careerdata.io.load_roles` and
  :func:`~careerdata.load_dataset` read a path ending in ``.csv`` with it.  Both check every
  value as a role file's are, and ``role → record → role`` gives back an equal role.

Conventions of the flat records:

* A missing value is ``None`` (an empty cell in CSV), never ``0`` or ``""``; reading back, an
  empty cell, ``""`` and a float ``NaN`` (pandas' empty cell) are missing values.
* Money is the exact decimal amount as a string (``"29.56"``), so nothing is lost to binary
  floating point; convert with ``Decimal`` or ``pandas.to_numeric``.  The currency is in its own
  column.  An amount known only as a lower bound (a top-coded wage) keeps its amount, and its
  column name is listed in the JSON array of ``pay_lower_bounds``.
* Shares, rates and distances are fractions as Python floats (``0.46`` means 46 %); counts are
  ints.
* Values that are lists or mappings (aliases, titles, skills, distributions, responsibilities,
  translations, a source's note translations) are one JSON text cell each, so every role has
  the same columns whatever its categories.
* Text cells are inert in a spreadsheet (OWASP's advice on CSV injection): one that starts
  with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or a line feed (or the full-width
  forms U+FF1D, U+FF0B, U+FF0D and U+FF20) gets a single quote in front, as does one already
  starting with quotes before such a character.  Numbers are never quoted, nor is the text of
  a number (``"-10000"``).  :func:`roles_from_records` and :func:`roles_from_csv` remove the
  quote again, so
  ``role → record → role`` stays exact; :func:`write_csv` quotes any record's text cells that
  start a formula.
* Comparison records name each column after the delta and its part (``yearly_pay_difference``,
  ``gender_total_variation``); directions, bounds and presences are their enum values as text.

>>> from careerdata.model import Money, Pay, Role
>>> role = Role(title="Customer Service Manager", pay=Pay(yearly=Money(61487)))
>>> to_jsonld(role)["estimatedSalary"]  # doctest: +NORMALIZE_WHITESPACE
[{'@type': 'MonetaryAmount', 'currency': 'USD',
  'value': {'@type': 'QuantitativeValue', 'unitText': 'YEAR', 'value': 61487}}]
>>> record = role_record(role)
>>> record["pay_yearly"]
'61487'
>>> roles_from_records([record]) == (role,)
True
"""

from careerdata.interop._common import Cell
from careerdata.interop._comparisons import (
    COMPARISON_COLUMNS,
    comparison_record,
    comparison_records,
)
from careerdata.interop._csv import roles_from_csv, write_csv
from careerdata.interop._jsonld import SCHEMA_ORG, SOC_CODE_SET, to_jsonld
from careerdata.interop._records import roles_from_records
from careerdata.interop._roles import ROLE_COLUMNS, role_record, role_records

__all__ = [
    "COMPARISON_COLUMNS",
    "ROLE_COLUMNS",
    "SCHEMA_ORG",
    "SOC_CODE_SET",
    "Cell",
    "comparison_record",
    "comparison_records",
    "role_record",
    "role_records",
    "roles_from_csv",
    "roles_from_records",
    "to_jsonld",
    "write_csv",
]
