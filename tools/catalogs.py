"""Extract, update and compile careerdata's message catalogs, with fixed flags.

    python tools/catalogs.py            # extract the template, update every .po, compile every .mo
    python tools/catalogs.py --check    # change nothing; exit 1 naming every file that would change
    python tools/catalogs.py init it    # start the catalog of a new language from the template
    python tools/catalogs.py init pt_PT # start a regional variant's catalog (plural messages only)

Every option that shapes the files is fixed here, so a run on an unchanged tree reproduces the
committed files byte for byte, under any supported babel, and adding one message changes only
that message's lines. The dates in the headers are kept from the files; the ``Generated-By``
header names this script instead of a babel version. A ``.mo`` is checked message by message
against its ``.po`` (its header names the babel that compiled it, so its bytes differ between
babel versions; what gettext reads from it does not).

A regional variant (a folder named language_TERRITORY, such as ``pt_PT``) holds only what it
writes differently from its language, which the text falls back to: updating its catalog keeps
the messages it translates and drops the ones it leaves to the language. Its plural messages
are its own, since the variant's plural rule may differ (CLDR's pt_PT has "0 anos", pt "0 ano").
"""

from __future__ import annotations

import argparse
import datetime as dt
import gettext
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "careerdata" / "text"
# The registry of figures marks its labels with N_ (one of babel's default keywords); the text
# layer translates them.
REGISTRY = ROOT / "src" / "careerdata" / "figures.py"
LOCALES = SOURCE / "languages"
DOMAIN = "careerdata"
TEMPLATE = LOCALES / f"{DOMAIN}.pot"

# What pybabel would take from a mapping file and its command line.
METHOD_MAP = [("**.py", "python")]
COMMENT_TAGS = ("Translators:",)
# Nothing wraps (babel wraps comments at 76 when told not to wrap): a long message stays one
# line, so a change never rewraps its neighbours.
WIDTH = 10_000
HEADER_COMMENT = """\
# Translations template for careerdata.
# Copyright (C) 2026 The careerdata developers
# This file is distributed under the same license as the careerdata project.
#"""
_GENERATED_BY = re.compile(rb'^"Generated-By: [^"\n]*\\n"$', re.MULTILINE)
_GENERATED_BY_HERE = b'"Generated-By: tools/catalogs.py\\n"'


def _po_path(language: str) -> Path:
    return LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages() -> list[str]:
    """The languages with a catalog: every folder under languages/ holding a .po."""
    return sorted(path.parent.parent.name for path in LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def _read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream, locale=language, domain=DOMAIN)


def _po_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(
        buffer,
        catalog,
        width=WIDTH,
        sort_by_file=True,
        ignore_obsolete=True,
        include_lineno=False,
    )
    return _GENERATED_BY.sub(lambda _: _GENERATED_BY_HERE, buffer.getvalue())


def template() -> Catalog:
    """Extract every marked message of the text package into a new template."""
    previous = _read(TEMPLATE) if TEMPLATE.is_file() else None
    created = previous.creation_date if previous else dt.datetime.now(dt.timezone.utc)
    catalog = Catalog(
        project="careerdata",
        version="VERSION",
        copyright_holder="The careerdata developers",
        creation_date=created,
        header_comment=HEADER_COMMENT,
        fuzzy=True,
    )
    found = [
        (SOURCE / filename, *entry)
        for filename, *entry in extract_from_dir(
            SOURCE, METHOD_MAP, {}, comment_tags=COMMENT_TAGS, strip_comment_tags=False
        )
    ]
    with REGISTRY.open("rb") as stream:
        found += [
            (REGISTRY, *entry)
            for entry in extract(
                "python", stream, comment_tags=COMMENT_TAGS, strip_comment_tags=False
            )
        ]
    for source, lineno, message, comments, context in found:
        path = source.relative_to(ROOT).as_posix()
        catalog.add(
            message,
            None,
            [(path, lineno)],
            auto_comments=comments,
            context=context,
        )
    return catalog


def updated(language: str, new_template: Catalog) -> Catalog:
    """The catalog of ``language`` brought up to date with the template (babel's update)."""
    catalog = _read(_po_path(language), language)
    revised = catalog.revision_date
    # A variant leaves a new message to its language: no guess from a similar one.
    catalog.update(new_template, no_fuzzy_matching=is_variant(language))
    catalog.creation_date = new_template.creation_date
    catalog.revision_date = revised
    if is_variant(language):
        for message in list(catalog):
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.id and not any(strings):
                catalog.delete(message.id, message.context)
    return catalog


def is_variant(language: str) -> bool:
    """Whether a catalog is a regional variant's (``pt_PT``), falling back to its language's."""
    return "_" in language


def mo_messages(data: bytes) -> dict[object, str]:
    """What gettext reads from a compiled catalog, header aside."""
    translations = gettext.GNUTranslations(io.BytesIO(data))
    messages: dict[object, str] = dict(translations._catalog)  # type: ignore[attr-defined]  # noqa: SLF001
    messages.pop("", None)
    return messages


def _mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def _plural_header(data: bytes) -> str:
    translations = gettext.GNUTranslations(io.BytesIO(data))
    return str(translations._info.get("plural-forms", ""))  # type: ignore[attr-defined]  # noqa: SLF001


def _mo_matches(path: Path, catalog: Catalog) -> bool:
    if not path.is_file():
        return False
    fresh, committed = _mo_bytes(catalog), path.read_bytes()
    return mo_messages(fresh) == mo_messages(committed) and _plural_header(fresh) == _plural_header(
        committed
    )


def run(*, check: bool) -> list[Path]:
    """Extract, update and compile; return the files that changed (or would, with ``check``)."""
    changed: list[Path] = []

    def put(path: Path, data: bytes) -> None:
        if path.is_file() and path.read_bytes() == data:
            return
        changed.append(path)
        if not check:
            path.write_bytes(data)

    new_template = template()
    put(TEMPLATE, _po_bytes(new_template))
    for language in languages():
        catalog = updated(language, new_template)
        put(_po_path(language), _po_bytes(catalog))
        mo_path = _po_path(language).with_suffix(".mo")
        if not _mo_matches(mo_path, catalog):
            changed.append(mo_path)
            if not check:
                mo_path.write_bytes(_mo_bytes(catalog))
    return changed


def init(language: str) -> Path:
    """Start ``languages/<language>/LC_MESSAGES/careerdata.po`` from the template."""
    path = _po_path(language)
    if path.exists():
        raise SystemExit(f"{path.relative_to(ROOT)} exists already")
    source = _read(TEMPLATE)
    catalog = Catalog(
        locale=language,
        domain=DOMAIN,
        project="careerdata",
        version="VERSION",
        copyright_holder="The careerdata developers",
        creation_date=source.creation_date,
        header_comment=HEADER_COMMENT,
        fuzzy=False,
    )
    catalog.update(source)
    catalog.creation_date = source.creation_date
    if is_variant(language):
        # What the variant writes differently is added by hand; its plural messages are its own.
        for message in list(catalog):
            if message.id and not message.pluralizable:
                catalog.delete(message.id, message.context)
    path.parent.mkdir(parents=True)
    path.write_bytes(_po_bytes(catalog))
    rules = path.parent.parent / "__init__.py"
    if not rules.exists():
        rules.write_text(RULES_TEMPLATE.format(language=language), encoding="utf-8")
    return path


# The rules a new language starts with: the defaults of Language, to adjust.
RULES_TEMPLATE = '''"""The rules of {language!r}: see careerdata.text.languages.Language."""

from __future__ import annotations

from careerdata.text.languages import Language


class Rules(Language):
    """What {language!r} does differently from the defaults (quotation marks, title forms)."""

    quotes = ("\u201c", "\u201d")


RULES = Rules({language!r})
'''


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    sub = parser.add_subparsers(dest="command")
    start = sub.add_parser("init", help="start the catalog of a new language")
    start.add_argument("language", help="a CLDR language code such as 'it' or 'pt_PT'")
    args = parser.parse_args(argv)
    if args.command == "init":
        print(f"created {init(args.language).relative_to(ROOT)}")
        return 0
    changed = run(check=args.check)
    for path in changed:
        verb = "stale" if args.check else "wrote"
        print(f"{verb}: {path.relative_to(ROOT)}")
    if args.check and changed:
        print("run 'python tools/catalogs.py' to update the catalogs", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
