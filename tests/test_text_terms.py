"""Industries and states in the page's language, from each language's ``terms.json``.

Every shipped language names every industry and state the embedded datasets use; a page in that
language shows no English industry or state.  Metro areas and companies are proper names and
stay as the data gives them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.model import Role
from careerdata.text._figures import role_figures
from careerdata.text._locale import resolve
from careerdata.text.languages import (
    LANGUAGES_DIR,
    TERMS_FILE,
    Language,
    language_folder,
    rules,
    shipped_languages,
)
from careerdata.text.page import Table, page_blocks

TRANSLATED = [language for language in shipped_languages() if language != "en"]
# The seed roles name industries of their own ("Finance"): the glossaries cover BLS's sectors.
DATASETS = ("bls-oews-2025",)


def _leaders(kind: str) -> set[str]:
    names = set()
    for dataset in DATASETS:
        for role in load_dataset(dataset).values():
            leaders = role.pay.leaders if role.pay is not None else None
            leader = None if leaders is None else getattr(leaders, kind)
            if leader is not None:
                names.add(leader.name)
    return names


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("kind", ["industry", "state"])
def test_every_industry_and_state_has_a_term(language: str, kind: str) -> None:
    """terms.json of each shipped language names every industry and state of the BLS data (a
    regional variant's, pt_PT, holds what differs: with its language's it names them all; a
    variant naming every one as its language does, fr_BE, has none)."""
    names: set[str] = set()
    base = language.partition("_")[0]
    for folder in {base, language}:
        path = language_folder(folder) / TERMS_FILE
        if folder != base and not path.is_file():
            continue
        terms = json.loads(path.read_text(encoding="utf-8"))
        names |= set(terms.get(kind, {}))
    missing = sorted(_leaders(kind) - names)
    assert missing == []


def _pay_cells(a: Role, b: Role, locale: str) -> list[str]:
    cells = []
    for block in page_blocks(compare(a, b), resolve(locale)):
        if isinstance(block, Table):
            cells += [cell for row in block.rows for cell in row[1:]]
    return cells


def _leader_items(role: Role) -> list[tuple[str, str]]:
    """(kind, English name) of the role's industry and state leaders."""
    leaders = role.pay.leaders if role.pay is not None else None
    if leaders is None:
        return []
    found = [(kind, getattr(leaders, kind)) for kind in ("industry", "state")]
    return [(kind, leader.name) for kind, leader in found if leader is not None]


@pytest.mark.parametrize("language", TRANSLATED)
def test_bls_figures_name_industries_and_states_in_the_language(language: str) -> None:
    """Every BLS role's industry and state show the language's names, not the English ones."""
    context = resolve(language)
    language_rules = rules(language)
    translated_somewhere = False
    for role in load_dataset("bls-oews-2025").values():
        figures = role_figures(role, context)
        for kind, name in _leader_items(role):
            shown = getattr(figures, kind)
            term = language_rules.term(kind, name)
            assert shown is not None
            # The name alone, or with the pay there: "Bayern (72.000 $)".
            # The cell is the name, then its pay in brackets (full-width in Japanese).
            assert shown == term or shown.startswith((f"{term} (", f"{term}（")), (
                role.slug,
                kind,
                shown,
            )
            if term != name:
                translated_somewhere = True
    assert translated_somewhere


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_english_industry_or_state_on_a_translated_bls_page(language: str) -> None:
    """A page shows each leader by its term, and never the English name where they differ."""
    language_rules = rules(language)
    roles = list(load_dataset("bls-oews-2025").values())
    for a, b in zip(roles[::83], roles[41::83], strict=False):
        cells = " ".join(_pay_cells(a, b, language))
        for kind, name in [*_leader_items(a), *_leader_items(b)]:
            term = language_rules.term(kind, name)
            assert term in cells, (a.slug, b.slug, term)
            if name not in term:
                assert name not in cells, (a.slug, b.slug, name)


def test_english_pages_keep_the_datas_names() -> None:
    roles = load_dataset("bls-oews-2025")
    role = roles["chief-executive"]
    assert role.pay is not None
    assert role.pay.leaders is not None
    industry = role.pay.leaders.industry
    assert industry is not None
    assert role_figures(role, resolve("en_US")).industry is not None
    assert industry.name in (role_figures(role, resolve("en_US")).industry or "")


def test_a_regional_glossary_holds_what_the_region_writes_differently(tmp_path: Path) -> None:
    """term(kind, name, region) looks in <code>_<REGION>/terms.json first, then the language's."""
    (tmp_path / "pt").mkdir()
    (tmp_path / "pt_PT").mkdir()
    (tmp_path / "pt" / TERMS_FILE).write_text(
        json.dumps({"industry": {"Retail Trade": "Comércio varejista", "Finance": "Finanças"}}),
        encoding="utf-8",
    )
    (tmp_path / "pt_PT" / TERMS_FILE).write_text(
        json.dumps({"industry": {"Retail Trade": "Comércio a retalho"}}), encoding="utf-8"
    )
    portuguese = Language("pt")
    portuguese.folder = tmp_path / "pt"
    assert portuguese.term("industry", "Retail Trade") == "Comércio varejista"
    assert portuguese.term("industry", "Retail Trade", "BR") == "Comércio varejista"
    assert portuguese.term("industry", "Retail Trade", "PT") == "Comércio a retalho"
    assert portuguese.term("industry", "Finance", "PT") == "Finanças"
    assert portuguese.term("state", "Texas", "PT") == "Texas"
    with pytest.raises(ValueError, match="unknown kind of term 'city'"):
        portuguese.term("city", "Austin")


def test_a_loaded_languages_folder_is_its_shipped_folder() -> None:
    """rules(code).folder is the language's folder (a Path) and reads its terms.json from there;
    a language made by hand has none and translates no term."""
    german = rules("de")
    assert german.folder == language_folder("de") == LANGUAGES_DIR / "de"
    glossary = json.loads((LANGUAGES_DIR / "de" / TERMS_FILE).read_text(encoding="utf-8"))
    english, translated = next(iter(glossary["industry"].items()))
    assert german.term("industry", english) == translated
    assert (Language("de").folder, Language("de").term("industry", english)) == (None, english)
