"""Role data in and out of JSON: strict loading that names every bad value, stable dumping.

The file format is a JSON array of roles, or an object ``{"dataset": {...}, "roles": [...]}``.
Unknown keys, duplicate keys and ``NaN``/``Infinity`` are rejected; a missing value is an absent
key or ``null``.  Money amounts are bare JSON numbers (exact decimals) or ``{"at_least": n}`` for
a lower bound, in the currency written once per ``pay`` group; shares are fractions; gender and
race are objects mapping each category to its share, in order; ``titles`` maps a language code
to ``{"singular": ..., "plural": ...}``; dates are ``YYYY-MM-DD`` strings.

Loading never coerces: ``"61487"`` is not a number, ``"CSM"`` is not a list, ``true`` is not
``1``.  Every failure raises :class:`~careerdata.errors.ValidationError` (or its subclass
:class:`~careerdata.errors.DataFileError` when the input cannot be read as JSON at all) listing
every bad value with its path:

>>> from careerdata.errors import ValidationError
>>> try:
...     load_roles('[{"title": "Clerk", "pay": {"yearly": "61487"}}, {"salary": 1}]')
... except ValidationError as error:
...     for problem in error.problems:
...         print(problem)
roles[0].pay.yearly: expected a number, got string '61487'
roles[1].title: required field missing
roles[1]: unknown field 'salary'

What is accepted at the edges, decided once for every source:

* **Encoding**: UTF-8 only.  A UTF-8 byte order mark at the start is accepted and skipped (some
  editors on Windows write one); UTF-16 and UTF-32 (with or without a BOM) and any byte that is
  not UTF-8 are refused with a :class:`~careerdata.errors.DataFileError` naming the encoding or
  the byte and its offset.
* **Text**: titles, names and other short text must not be empty, padded with white space or
  hold a control character (C0 or C1: tabs and newlines included); long text (descriptions,
  responsibilities) may hold newlines only.  Unpaired surrogates are refused.
* **Length**: short text is at most :data:`~careerdata.model.MAX_TITLE_LENGTH` (200)
  characters, long text :data:`~careerdata.model.MAX_TEXT_LENGTH` (5000); a whole input at most
  :data:`MAX_FILE_SIZE` (64 MiB) bytes, checked before a file is read and by reading a stream
  only up to one byte past the limit.  Messages quote at most 40 characters of a bad value.
* **Numbers**: ``NaN`` and ``Infinity`` are refused, as are integers longer than Python converts
  (4300 digits), each named by its line, column and path, and JSON nesting deeper than Python's
  recursion limit; money has at most 15 significant digits and 300 decimal places, read off
  the number as written (``1e-999999999`` is refused, not rounded to 0), so that it survives a
  JSON round trip exactly; a measure too small for a float (``1e-400``) is refused too.
* **Names**: slugs are unique in a file, and so are titles, case aside.
* **Cost**: a bare array is structured item by item as it is parsed, and an error keeps the
  first :data:`~careerdata.errors.MAX_PROBLEMS` problems and counts the rest: loading or
  refusing any input under the size limit takes time roughly linear in its size.
* **Safety**: loading reads only the path, text, bytes or stream it is given (a path named
  inside the data, such as ``source.files``, is never opened), and only a regular file: a
  FIFO, socket or device is refused without blocking on it.  It never evaluates data: no
  ``eval``, no pickle, no templates; strings are kept verbatim.

Both directions go through functions made once per type from the model's attrs fields and
kept: loading through generated structure functions, dumping through their counterparts (no
cattrs).  The values of a field are checked by the model's own
:class:`~careerdata.model.Constraint`, the same object that writes the field's part of the JSON
Schema (:func:`schema`).

Dumping writes every field that is present, in model order, and ``load_roles(dump_roles(x))``
gives back equal roles:

>>> from careerdata.model import Money, Pay, Role
>>> role = Role(title="Clerk", pay=Pay(yearly=Money(41181), hourly=Money("19.80")))
>>> print(dump_roles([role]), end="")
[
  {
    "title": "Clerk",
    "slug": "clerk",
    "pay": {
      "currency": "USD",
      "yearly": 41181,
      "hourly": 19.8
    }
  }
]
>>> load_roles(dump_roles([role])) == (role,)
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careerdata.io._documents import Document, dump_roles, load_document, load_roles
from careerdata.io._reading import MAX_FILE_SIZE, Source
from careerdata.io._structure import structure_role

if TYPE_CHECKING:
    from careerdata.io._schema import _schema_text as _schema_text
    from careerdata.io._schema import schema
    from careerdata.io._unstructure import to_jsonable, unstructure_role

__all__ = [
    "MAX_FILE_SIZE",
    "Document",
    "Source",
    "dump_roles",
    "load_document",
    "load_roles",
    "schema",
    "structure_role",
    "to_jsonable",
    "unstructure_role",
]

# Imported on first use: loading a dataset (every command line that reads one) needs neither
# the schema nor the writing side.
_LAZY = {
    "_schema_text": "careerdata.io._schema",
    "schema": "careerdata.io._schema",
    "to_jsonable": "careerdata.io._unstructure",
    "unstructure_role": "careerdata.io._unstructure",
}


def __getattr__(name: str) -> Any:
    from careerdata import _lazy_attribute  # noqa: PLC0415 - careerdata is imported already

    return _lazy_attribute(__name__, _LAZY, globals(), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
