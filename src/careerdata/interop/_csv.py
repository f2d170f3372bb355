"""CSV: flat records written, and role records read back, with the standard library's :mod:`csv`."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from careerdata.errors import DataFileError, Problem, ValidationError, _Collected, _shown
from careerdata.interop._common import FORMULA_STARTS, Cell, inert
from careerdata.interop._records import roles_from_records
from careerdata.io._paths import describe
from careerdata.io._reading import Source, _shown_path, file_error, read
from careerdata.model import Role


def write_csv(
    records: Iterable[Mapping[str, Cell]],
    target: str | os.PathLike[str] | TextIO,
    *,
    columns: Sequence[str] | None = None,
) -> None:
    r"""Write flat records as CSV (RFC 4180 quoting, a header row, UTF-8) with :mod:`csv`.

    ``columns`` is the header in order; by default the first record's keys.  Every record must
    have every column (``None`` says a value is missing, and is written as an empty cell, the
    CSV convention).  Keys outside ``columns`` are an error unless ``columns`` was given: then
    the caller chose which columns to write.  Strings are written as they are (but a quote goes
    before one that starts a formula, ``=`` ``+`` ``-`` ``@`` a tab or a line break, as OWASP
    advises; role records' cells already have theirs), ints and
    :class:`~decimal.Decimal` exactly, floats as their shortest round-tripping ``repr``, bools
    as ``True`` and ``False`` (which ``pandas.read_csv`` reads back as booleans).

    ``target`` is a path (created or overwritten, UTF-8) or an open text file, which should be
    opened with ``newline=""`` as :mod:`csv` asks.  With no records and no ``columns`` nothing
    is written.

    >>> import io
    >>> out = io.StringIO()
    >>> write_csv([{"title": "Cashier", "pay_yearly": "31010.5", "outlook_jobs": None}], out)
    >>> out.getvalue()  # csv's own line ends: CR LF
    'title,pay_yearly,outlook_jobs\r\nCashier,31010.5,\r\n'
    """
    if isinstance(records, (str, bytes, Mapping)) or not isinstance(records, Iterable):
        raise ValidationError.at("records", f"expected a list of records, got {describe(records)}")
    rows = list(records)
    header = _header(columns, rows)
    lines = [_csv_row(row, header, index, strict=columns is None) for index, row in enumerate(rows)]
    if not header:
        return
    if isinstance(target, (str, os.PathLike)):
        name = _shown_path(target)
        try:
            with open(target, "w", encoding="utf-8", newline="") as stream:  # noqa: PTH123
                _write_rows(stream, header, lines)
        except OSError as error:
            raise file_error(f"cannot write {name}: {error.strerror}") from None
        except ValueError:  # a NUL character in the path
            raise file_error(f"cannot write {name}: a path cannot hold a NUL character") from None
    elif callable(getattr(target, "write", None)):
        _write_rows(target, header, lines)
    else:
        wanted = "a path or an open text file"
        raise ValidationError.at("target", f"expected {wanted}, got {type(target).__name__}")


def _header(columns: Sequence[str] | None, rows: list[Mapping[str, Cell]]) -> list[str]:
    if columns is None:
        return [str(key) for key in rows[0]] if rows and isinstance(rows[0], Mapping) else []
    if isinstance(columns, (str, bytes)) or not isinstance(columns, Iterable):
        raise ValidationError.at("columns", f"expected a list of names, got {describe(columns)}")
    header = list(columns)
    for index, name in enumerate(header):
        if not isinstance(name, str):
            raise ValidationError.at(f"columns[{index}]", f"expected text, got {describe(name)}")
    return header


def _write_rows(stream: TextIO, header: list[str], lines: list[list[str]]) -> None:
    writer = csv.writer(stream)
    writer.writerow(header)
    writer.writerows(lines)


def _csv_row(
    record: Mapping[str, Cell], header: list[str], index: int, *, strict: bool
) -> list[str]:
    path = f"records[{index}]"
    if not isinstance(record, Mapping):
        raise ValidationError.at(path, f"expected a mapping, got {type(record).__name__}")
    missing = [column for column in header if column not in record]
    if missing:
        raise ValidationError.at(path, f"lacks the columns {', '.join(missing)}")
    extra = [key for key in record if key not in header]
    if strict and extra:
        raise ValidationError.at(
            path, f"has columns the first record lacks: {', '.join(map(str, extra))}"
        )
    return [_csv_cell(record[column], f"{path}.{column}") for column in header]


def _csv_cell(value: object, path: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if _SURROGATE.search(value):
            raise ValidationError.at(path, "contains an unpaired surrogate: not valid Unicode text")
        # A formula's start gets a quote (OWASP); role records' cells already are inert.
        return inert(value) if value[:1] in FORMULA_STARTS else value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:  # beyond sys.get_int_max_str_digits() (4,300)
            raise ValidationError.at(
                path, f"the integer {_shown(value)} has too many digits"
            ) from None
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return str(value)
    raise ValidationError.at(path, f"expected text or a number, got {type(value).__name__}")


_SURROGATE = re.compile("[\ud800-\udfff]")


def roles_from_csv(source: Source) -> tuple[Role, ...]:
    r"""Read roles from CSV as :func:`write_csv` writes role records (``load_roles`` calls this).

    ``source`` is a path (a ``str`` is always a path here), bytes or a readable stream, read
    within the limits of a role file (UTF-8, a BOM skipped, at most 64 MiB).  The first row
    names the columns (any columns of :data:`ROLE_COLUMNS`, in any order); every further row
    is one role, read by :func:`roles_from_records`, so an empty cell is a missing value.  A
    row with more or fewer cells than the header is refused, as is CSV the :mod:`csv` module
    cannot read (a quote left open).

    >>> import io
    >>> roles = roles_from_csv(io.StringIO("title,pay_yearly\r\nCashier,31010\r\n"))
    >>> roles[0].pay.yearly
    Money(amount=Decimal('31010'), currency='USD', at_least=False)
    """
    text = read(Path(source) if isinstance(source, str) else source)
    rows = _csv_rows(text)
    header = next(rows, None)
    if header is None:
        raise file_error("the input is empty: expected a CSV header row and a row per role")
    found = _Collected()
    seen: set[str] = set()
    for name in header:
        if name in seen:
            found.append(Problem("", f"the column {_shown(name)} repeats in the header"))
        seen.add(name)
    # A first pass checks the shape of every row, keeping nothing; the second reads the roles
    # one record at a time: a large file is never held as rows and records at once.
    for index, row in enumerate(rows):
        if len(row) != len(header):
            message = f"has {len(row)} cells, the header {len(header)}"
            found.append(Problem(f"records[{index}]", message))
    if found:
        raise DataFileError(found)
    records = _csv_rows(text)
    next(records)
    return roles_from_records(dict(zip(header, row, strict=True)) for row in records)


def _csv_rows(text: str) -> Iterator[list[str]]:
    """The rows of CSV text, one at a time; a blank line (a trailing one, say) holds no role."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for row in reader:
            if row:
                yield row
    except csv.Error as error:
        raise file_error(f"invalid CSV at line {reader.line_num}: {error}") from None
