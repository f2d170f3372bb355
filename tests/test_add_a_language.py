"""The how-to "Add a language", walked through with a made-up Esperanto folder.

Esperanto (``eo``) is a language CLDR knows and careerdata does not ship.  The test builds its
folder the way the how-to says (rules, catalog, glossary) in a temporary directory, adds that
directory to ``careerdata.text.languages.__path__`` and checks that Esperanto is then a shipped
language like the others, with nothing but the folder added.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

import careerdata as cd
from careerdata.text import _locale, languages, written_language
from careerdata.text.languages import DOMAIN, LANGUAGES_DIR, rules, shipped_languages

RULES = """
from careerdata.text.languages import Language, Title


class Esperanto(Language):
    quotes = ("«", "»")
    extra_forms = ("de",)

    def forms(self, title: Title) -> dict[str, str]:
        forms = super().forms(title)
        forms["de"] = "de " + forms[""]
        return forms


RULES = Esperanto("eo")
"""

# A few messages in Esperanto; every other message is marked, so that a page shows which
# sentences came from the new catalog.
ESPERANTO = {
    "%(a_name)s vs %(b_name)s": "%(a_name)s kontraŭ %(b_name)s",
    "The differences between %(a_plural)s and %(b_plural)s can be seen in a few details.": (
        "La profesioj %(a_de)s kaj %(b_de)s diferencas en kelkaj detaloj."
    ),
    "Yearly salary": "Jara salajro",
}
MARK = "[eo] "
TERMS = {"industry": {"Manufacturing": "Fabrikado"}, "state": {"New Jersey": "Nov-Ĵerzejo"}}


def _translated(message: str) -> str:
    return ESPERANTO.get(message, MARK + message)


def _catalog() -> Catalog:
    """The template with every message translated, as step 3 of the how-to asks."""
    with (LANGUAGES_DIR / f"{DOMAIN}.pot").open("rb") as stream:
        template = read_po(stream)
    catalog = Catalog(locale="eo", domain=DOMAIN, fuzzy=False)
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            string: str | tuple[str, ...] = tuple(
                _translated(message.id[0] if index == 0 else message.id[1])
                for index in range(catalog.num_plurals)
            )
        else:
            string = _translated(message.id)
        catalog.add(message.id, string, context=message.context)
    return catalog


def _clear_caches() -> None:
    shipped_languages.cache_clear()
    rules.cache_clear()


@pytest.fixture
def esperanto(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Steps 1-4 of the how-to: the folder ``eo/`` with its rules, catalog and glossary,
    in a directory added to the package's ``__path__``."""
    folder = tmp_path / "eo"
    (folder / "LC_MESSAGES").mkdir(parents=True)
    (folder / "__init__.py").write_text(RULES, encoding="utf-8")
    with (folder / "LC_MESSAGES" / f"{DOMAIN}.mo").open("wb") as stream:
        write_mo(stream, _catalog())
    (folder / "terms.json").write_text(json.dumps(TERMS), encoding="utf-8")
    monkeypatch.setattr(languages, "__path__", [*languages.__path__, str(tmp_path)])
    monkeypatch.setattr(_locale, "_contexts", {})
    monkeypatch.setattr(_locale, "_translations", {})
    _clear_caches()
    yield folder
    _clear_caches()


def test_without_the_folder_esperanto_falls_back_to_english() -> None:
    assert "eo" not in shipped_languages()
    assert written_language("eo") == "en"


def test_a_folder_makes_a_shipped_language(esperanto: Path) -> None:
    assert "eo" in shipped_languages()
    assert written_language("eo") == "eo"
    assert type(rules("eo")).__name__ == "Esperanto"
    assert rules("eo").folder == esperanto


def test_its_pages_use_its_catalog_rules_and_glossary(esperanto: Path) -> None:
    a = cd.Role(
        title="Assembler",
        pay=cd.Pay(
            yearly=cd.Money(45000),
            leaders=cd.PayLeaders(
                industry=cd.PayLeader("Manufacturing", cd.Money(52000)),
                state=cd.PayLeader("New Jersey", cd.Money(51000)),
            ),
        ),
    )
    b = cd.Role(title="Inspector", pay=cd.Pay(yearly=cd.Money(47000)))
    comparison = cd.compare(a, b)
    page = cd.render(comparison, "eo", "text", fallback=False)
    assert page.startswith("Assembler kontraŭ Inspector\n")
    assert "La profesioj de «Assembler» kaj de «Inspector» diferencas en kelkaj detaloj." in page
    assert "Jara salajro  " in page
    assert "Fabrikado" in page
    assert "Nov-Ĵerzejo" in page
    assert "Manufacturing" not in page
    # Every other sentence comes from the new catalog too.
    assert MARK + "«Inspector» has an average salary" in cd.summarize(
        comparison, "eo", fallback=False
    )
    assert 'lang="eo"' in cd.render(comparison, "eo", "html").split(">", 1)[0]


def test_the_catalog_checks_hold_for_it(esperanto: Path) -> None:
    """The placeholder rule of the catalog tests: only the English message's placeholders and
    the language's extra forms of its prefixes."""
    from test_text_catalogs import _unknown_placeholders  # noqa: PLC0415

    catalog = _catalog()
    unknown = [
        message.id for message in catalog if message.id and _unknown_placeholders(message, "eo")
    ]
    assert unknown == []
    forms = rules("eo").forms(languages.Title("Assembler"))
    assert sorted(forms) == sorted([*languages.Language.BASE_FORMS, "de"])
