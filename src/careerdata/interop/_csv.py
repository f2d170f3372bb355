"""CSV: flat records written with the standard library's :mod:`csv` module."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TextIO

from careerdata.errors import ValidationError
from careerdata.interop._common import Cell


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
    the caller chose which columns to write.  Strings are written as they are, ints and
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
    rows = list(records)
    header = list(columns) if columns is not None else (list(rows[0]) if rows else [])
    lines = [_csv_row(row, header, index, strict=columns is None) for index, row in enumerate(rows)]
    if not header:
        return
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8", newline="") as stream:  # noqa: PTH123
            _write_rows(stream, header, lines)
    else:
        _write_rows(target, header, lines)


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
        return value
    if isinstance(value, (bool, int, float, Decimal)):
        return repr(value) if isinstance(value, float) else str(value)
    raise ValidationError.at(path, f"expected text or a number, got {type(value).__name__}")
