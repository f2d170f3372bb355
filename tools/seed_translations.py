"""Merge the seed roles' titles and texts in other languages into ``customer-service.json``.

Usage (from the repository root, with the development environment)::

    python tools/seed_translations.py           # rewrite src/careerdata/data/customer-service.json
    python tools/seed_translations.py --check   # fail (exit status 1) if the file differs

Every language is handled one way.  Its titles of the six seed roles are the ``seed_titles``
of ``tools/bls_titles/<code>.json`` (with gender and forms, and a regional variant such as
``pt_PT`` where it differs), read by ``tools/translated_titles.py``.  Its texts are
``tools/seed_translations/<code>.json``::

    {
        "language": "pt",
        "roles": {
            "customer-service-manager": {
                "description": "...",
                "responsibilities": [...],
                "skills": [...],
                "degree": "...",
                "major": "...",
            }
        },
        "variants": {"pt_PT": {"roles": {...}}},
    }

each text optional, each list one item for each of the role's, in order; a variant (its
``roles`` object, or the object of slugs itself) gives only the texts it writes differently.
A language without a file is skipped.  The source notes of the dataset and of each role are
translated by ``tools/source_notes/<code>.json`` (see ``tools/source_notes.py``), keyed by
the dataset's name and the role's slug.  The tool replaces each seed role's ``titles`` and
``translations`` with the merged ones, in language order (de, fr, es, then by code, a variant
after its language), checks the result loads (every problem named at its path in the role
file), and writes it as ``careerdata.io.dump_roles`` does: the same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from careerdata.errors import ValidationError
from careerdata.io import dump_roles, load_document, unstructure_role
from careerdata.model import LocalizedTitle, Role

# The tools' own modules, also when this file is loaded by path (as the tests do).
sys.path.insert(0, str(Path(__file__).resolve().parent))
import source_notes
from translated_titles import FOLDER, TitlesError, language_order, language_sections, titles_by_key

ROOT = Path(__file__).resolve().parent.parent
DATASET = ROOT / "src" / "careerdata" / "data" / "customer-service.json"
TRANSLATIONS = ROOT / "tools" / "seed_translations"
TEXTS = ("description", "responsibilities", "skills", "degree", "major")


class SeedError(Exception):
    """A translation file is not what this tool expects."""


def _slug_texts(given: Any, slugs: list[str], where: str) -> dict[str, dict[str, Any]]:
    """``{slug: {text: value}}`` of one language or variant, checked for slugs and keys."""
    if isinstance(given, dict) and isinstance(given.get("roles"), dict):
        given = given["roles"]  # a variant written like a file
    if not isinstance(given, dict):
        raise SeedError(f"{where}: expected an object of role slugs")
    for slug, texts in given.items():
        if slug not in slugs:
            raise SeedError(f"{where}.{slug}: no seed role has this slug")
        if not isinstance(texts, dict):
            raise SeedError(f"{where}.{slug}: expected an object of texts")
        unknown = sorted(set(texts) - set(TEXTS))
        if unknown:
            raise SeedError(f"{where}.{slug}: unknown texts {unknown}; expected {list(TEXTS)}")
    return given


def translations(
    slugs: list[str], folder: Path = TRANSLATIONS
) -> dict[str, dict[str, dict[str, Any]]]:
    """``{language: {slug: texts}}`` of every file of ``folder``, in language order."""
    found = {
        code: _slug_texts(given, slugs, where)
        for code, given, where in language_sections(folder, "seed_translations", "roles", SeedError)
    }
    return dict(sorted(found.items(), key=lambda item: language_order(item[0])))


def _titles_object(titles: tuple[LocalizedTitle, ...]) -> dict[str, Any]:
    """Titles as a role file writes them: an object keyed by language code."""
    return dict(unstructure_role(Role(title="Titles", titles=titles)).get("titles", {}))


def _translate_note(
    source: dict[str, Any] | None, key: str, notes: dict[str, dict[str, str]]
) -> None:
    """Set the ``note_translations`` of a source object from ``tools/source_notes``."""
    if source is None:
        return
    source.pop("note_translations", None)
    found = source_notes.fill(notes, key)
    if found:
        source["note_translations"] = found


def merged(
    dataset: Path = DATASET,
    folder: Path = TRANSLATIONS,
    titles_folder: Path = FOLDER,
    notes_folder: Path = source_notes.FOLDER,
) -> str:
    """The text of the dataset with every seed role's titles and translations merged in."""
    document = json.loads(dataset.read_text(encoding="utf-8"))
    roles = document["roles"]
    slugs = [role["slug"] for role in roles]
    try:
        titles = titles_by_key("seed_titles", slugs, titles_folder)
    except TitlesError as error:
        raise SeedError(f"bls_titles/{error}") from None
    texts = translations(slugs, folder)
    try:
        notes = source_notes.notes(notes_folder)
    except source_notes.NotesError as error:
        raise SeedError(str(error)) from None
    _translate_note(document["dataset"].get("source"), document["dataset"]["name"], notes)
    for role in roles:
        _translate_note(role.get("source"), role["slug"], notes)
        role.pop("titles", None)
        role.pop("translations", None)
        role["titles"] = _titles_object(titles[role["slug"]])
        role["translations"] = {
            language: {name: own[name] for name in TEXTS if name in own}
            for language, given in texts.items()
            if (own := given.get(role["slug"]))
        }
    try:
        loaded = load_document(json.dumps(document, ensure_ascii=False))
    except ValidationError as error:
        raise SeedError(f"the merged {dataset.name} does not load: {error}") from None
    return dump_roles(loaded.roles, info=loaded.info)


def main(argv: list[str] | None = None) -> int:
    """Merge or check; 0 when written or up to date, 1 when stale, 2 on error."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    try:
        text = merged()
    except (SeedError, OSError, ValueError) as error:
        print(f"seed_translations: {error}", file=sys.stderr)
        return 2
    same = DATASET.read_text(encoding="utf-8") == text
    name = DATASET.relative_to(ROOT)
    if args.check:
        print(f"seed_translations: {name} is {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    if not same:
        DATASET.write_text(text, encoding="utf-8", newline="\n")
    print(f"seed_translations: {name} {'unchanged' if same else 'written'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
