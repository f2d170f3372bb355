"""Read ``tools/bls_titles/<code>.json``: titles, industries and states in other languages.

One file per language (see ``tools/bls_titles/README.md``) holds, by SOC code, the singular and
plural title of every BLS occupation with the grammatical facts the language's sentences need,
the six seed roles' titles by slug (``seed_titles``), and the names of industries and states
(``industries``, ``states``: English name -> translation).  Regional variants sit beside the
language's own: a title's ``pt_PT`` object, and ``industries_pt_PT`` / ``states_pt_PT`` holding
only the names that differ.  This module turns them into the model's
:class:`~careerdata.model.LocalizedTitle` (used by ``build_bls_oews.py`` and
``seed_translations.py``) and into the glossaries ``terms.py`` writes.  It is a library of the
tools, not a script.

The files' facts become the model's: gender ``m``/``f``/``n`` is ``masculine``/``feminine``/
``neuter``; French ``elision`` becomes the form ``article`` (the definite article the title
takes: l and the apostrophe U+2019 when it elides, else ``le`` or ``la`` by gender); Italian
``article`` and ``plural_article``, Dutch ``article`` and Polish ``genitive``,
``genitive_plural`` and ``instrumental`` are forms of those names.  A key this module does not
know stops the build: nothing given is dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from careerdata.errors import ValidationError
from careerdata.model import LocalizedTitle

FOLDER = Path(__file__).resolve().parent / "bls_titles"
#: The languages the project has shipped longest come first, in the order their data has always
#: listed them; every other language follows in code order, a regional variant right after its
#: language.
FIRST = ("de", "fr", "es")
GENDERS = {"m": "masculine", "f": "feminine", "n": "neuter"}
# The facts a title's object may give besides singular, plural and gender, which are forms.
FORM_KEYS = frozenset({"article", "plural_article", "genitive", "genitive_plural", "instrumental"})
# French: the definite article of a title that does not elide, by gender.
FRENCH_ARTICLES = {"masculine": "le", "feminine": "la"}
FRENCH_ELIDED = "l\u2019"  # with the apostrophe of the French catalog (U+2019)
KINDS = {"industries": "industry", "states": "state"}


class TitlesError(Exception):
    """A file of tools/bls_titles is not what this module expects."""


def language_order(code: str) -> tuple[int, str]:
    """The sort key of a language code: de, fr, es first, then by code (pt before pt_PT)."""
    base = code.partition("_")[0]
    rank = FIRST.index(base) if base in FIRST else len(FIRST)
    return rank, base if rank == len(FIRST) else "", code


def files(folder: Path = FOLDER) -> dict[str, dict[str, Any]]:
    """Every language file of ``folder``, by language code, in :func:`language_order`."""
    found = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("language") != path.stem:
            raise TitlesError(f"{path.name}: 'language' is {data.get('language')!r}")
        found[path.stem] = data
    return dict(sorted(found.items(), key=lambda item: language_order(item[0])))


def localized_title(
    language: str, entry: Mapping[str, Any], where: str, *, variants: bool = False
) -> LocalizedTitle:
    """One title's object of a file as a LocalizedTitle (with ``variants``, those left out)."""
    known = {"singular", "plural", "gender", "elision", *FORM_KEYS}
    unknown = {
        key for key in entry if key not in known and not (variants and is_variant(key, language))
    }
    if unknown:
        raise TitlesError(f"{where}: unknown keys {sorted(unknown)}")
    gender = entry.get("gender")
    if gender is not None and gender not in GENDERS:
        raise TitlesError(f"{where}: gender {gender!r} is not one of {sorted(GENDERS)}")
    forms = {key: entry[key] for key in sorted(FORM_KEYS) if key in entry}
    if "elision" in entry:
        elides = entry["elision"]
        if language != "fr" or not isinstance(elides, bool) or "article" in forms:
            raise TitlesError(f"{where}: 'elision' is a French fact, true or false")
        gendered = GENDERS.get(gender or "")
        if not elides and gendered not in FRENCH_ARTICLES:
            raise TitlesError(f"{where}: a title that does not elide needs gender m or f")
        forms["article"] = FRENCH_ELIDED if elides else FRENCH_ARTICLES[gendered or ""]
    try:
        return LocalizedTitle(
            language,
            entry.get("singular"),  # type: ignore[arg-type] # checked by the model
            entry.get("plural"),  # type: ignore[arg-type]
            gender=None if gender is None else GENDERS[gender],  # type: ignore[arg-type]
            forms=forms,
        )
    except ValidationError as error:
        raise TitlesError(f"{where}: {error}") from None


def is_variant(code: str, language: str) -> bool:
    """Whether ``code`` is a regional variant of ``language`` (``pt_PT`` of ``pt``)."""
    base, _, region = code.partition("_")
    return base == language and len(region) == 2 and region.isascii() and region.isupper()


def language_sections(
    folder: Path, label: str, section: str, error: type[Exception]
) -> Iterator[tuple[str, Any, str]]:
    """``(code, given, where)`` for the ``section`` of each language file of ``folder``.

    Each file ``<code>.json`` holds ``{"language": code, section: ..., "variants": {...}}``;
    the variants' objects (``"pt_PT": ...``) follow their language's, each yielded with its
    own code.  ``where`` names the place for messages (``label/de.json roles``).  A file that
    is not JSON, names another language, has other keys or a variant of another language
    raises ``error``.
    """
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        where = f"{label}/{path.name}"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as problem:
            raise error(f"{where}: not JSON: {problem}") from None
        if not isinstance(data, dict) or data.get("language") != path.stem:
            raise error(f"{where}: 'language' must be {path.stem!r}")
        unknown = sorted(set(data) - {"language", section, "variants"})
        if unknown:
            raise error(f"{where}: unknown keys {unknown}")
        yield path.stem, data.get(section, {}), f"{where} {section}"
        variants = data.get("variants", {})
        if not isinstance(variants, dict):
            raise error(f"{where}: variants must be an object of language codes")
        for code, given in variants.items():
            if not is_variant(code, path.stem):
                raise error(f"{where} variants: {code!r} is no variant of {path.stem!r}")
            yield code, given, f"{where} variants.{code}"


def titles_of(entry: Mapping[str, Any], language: str, where: str) -> list[LocalizedTitle]:
    """The title of one entry in ``language``, and its regional variants where they differ."""
    own = localized_title(language, entry, where, variants=True)
    titles = [own]
    for key, variant in sorted(entry.items()):
        if not is_variant(key, language):
            continue
        if not isinstance(variant, Mapping):
            raise TitlesError(f"{where}.{key}: expected a title's object")
        regional = localized_title(key, variant, f"{where}.{key}")
        if (regional.singular, regional.plural, regional.gender, regional.forms) != (
            own.singular,
            own.plural,
            own.gender,
            own.forms,
        ):
            titles.append(regional)
    return titles


def titles_by_key(
    section: str, keys: Iterable[str], folder: Path = FOLDER
) -> dict[str, tuple[LocalizedTitle, ...]]:
    """``section`` (``titles`` by SOC code, ``seed_titles`` by slug) of every file, by key.

    Each key of ``keys`` gets its titles in every file that has the section, in language order;
    a file's section lacking one of them stops the build (every role has a title in every
    language), and so does a key no role has (a stale entry).
    """
    wanted = list(keys)
    found: dict[str, list[LocalizedTitle]] = {key: [] for key in wanted}
    for language, data in files(folder).items():
        given = data.get(section)
        if given is None:
            continue
        missing = [key for key in wanted if key not in given]
        stale = sorted(set(given) - set(wanted))
        if missing:
            raise TitlesError(f"{language}.json: {section} lacks {', '.join(missing[:10])}")
        if stale and section != "titles":  # a release may retire BLS codes; seed slugs stay
            raise TitlesError(f"{language}.json: {section} has no role {', '.join(stale[:10])}")
        for key in wanted:
            found[key] += titles_of(given[key], language, f"{language}.json {section}.{key}")
    return {
        key: tuple(sorted(items, key=lambda t: language_order(t.language)))
        for key, items in found.items()
    }


def terms(folder: Path = FOLDER) -> dict[str, dict[str, dict[str, str]]]:
    """The glossary of every language: ``{code: {"industry": {...}, "state": {...}}}``.

    A regional variant (``pt_PT``, from ``industries_pt_PT`` and ``states_pt_PT``) holds only
    the names it translates differently.
    """
    glossaries: dict[str, dict[str, dict[str, str]]] = {}
    for language, data in files(folder).items():
        for key, names in data.items():
            section, _, code = key.partition("_")
            if section not in KINDS:
                continue
            if code and not is_variant(code, language):
                raise TitlesError(f"{language}.json: {key} names no variant of {language!r}")
            code = code or language
            if not isinstance(names, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and k and v and v == v.strip()
                for k, v in names.items()
            ):
                raise TitlesError(f"{language}.json: {key} must map English names to text")
            glossaries.setdefault(code, {"industry": {}, "state": {}})[KINDS[section]] = dict(
                sorted(names.items())
            )
    for code, glossary in glossaries.items():
        base = code.partition("_")[0]
        if base != code:
            same = {
                kind: sorted(k for k, v in names.items() if glossaries[base][kind].get(k) == v)
                for kind, names in glossary.items()
            }
            if any(same.values()):
                raise TitlesError(f"{base}.json: the {code} names {same} repeat the {base} ones")
    return dict(sorted(glossaries.items(), key=lambda item: language_order(item[0])))
