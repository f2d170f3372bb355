"""The official OEWS flat files of ``https://download.bls.gov/pub/time.series/oe/``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs

from careerdata.errors import DataFileError, Problem, ValidationError
from careerdata.sources.bls._release import Area, Industry, Occupation, Release

#: The official flat files :func:`read_flat_files` reads, by role.
FLAT_FILES: Mapping[str, str] = {
    "data": "oe.data.0.Current",
    "occupation": "oe.occupation",
    "area": "oe.area",
    "industry": "oe.industry",
    "footnote": "oe.footnote",
}


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
