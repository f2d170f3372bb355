"""Titles in other languages: gender, grammatical forms and regional variants (#16, #19)."""

from __future__ import annotations

import json
import pickle
from typing import Any

import pytest

import careerdata as cd
from careerdata import io as cio
from careerdata.interop import role_record, roles_from_records
from careerdata.model import Education, LocalizedTitle, Role, Translation
from careerdata.text import _figures
from careerdata.text._locale import resolve
from careerdata.text.languages import Language, Title

POLISH = LocalizedTitle(
    "pl",
    "kasjer",
    "kasjerzy",
    gender="masculine",
    forms={"instrumental": "kasjerem", "genitive": "kasjera", "genitive_plural": "kasjerów"},
)


def _problems(document: Any) -> list[str]:
    with pytest.raises(cd.ValidationError) as caught:
        cio.load_roles(json.dumps(document))
    return [str(problem) for problem in caught.value.problems]


# --------------------------------------------------------------------------- the model


def test_forms_are_sorted_pairs_read_by_name() -> None:
    """A mapping or pairs in any order become the same sorted pairs; form() reads one."""
    assert POLISH.forms == (
        ("genitive", "kasjera"),
        ("genitive_plural", "kasjerów"),
        ("instrumental", "kasjerem"),
    )
    same = LocalizedTitle(
        "pl", "kasjer", "kasjerzy", gender="masculine", forms=list(reversed(POLISH.forms))
    )
    assert same == POLISH
    assert hash(same) == hash(POLISH)
    assert POLISH.form("genitive") == "kasjera"
    assert POLISH.form("dative") is None
    assert dict(POLISH.form_map) == {
        "genitive": "kasjera",
        "genitive_plural": "kasjerów",
        "instrumental": "kasjerem",
    }
    with pytest.raises(TypeError):
        POLISH.form_map["genitive"] = "x"  # type: ignore[index]


def test_a_title_pickles_and_reprs_without_its_defaults() -> None:
    """repr omits a missing gender and empty forms; the title pickles back equal."""
    plain = LocalizedTitle("de", "Kassierer/-in", "Kassierer/-innen")
    assert repr(plain) == (
        "LocalizedTitle(language='de', singular='Kassierer/-in', plural='Kassierer/-innen')"
    )
    assert "gender='masculine'" in repr(POLISH)
    assert "forms=(('genitive', 'kasjera')" in repr(POLISH)
    assert pickle.loads(pickle.dumps(POLISH)) == POLISH  # noqa: S301 - our own object


@pytest.mark.parametrize(
    ("build", "path", "message"),
    [
        (lambda: LocalizedTitle("pl", "a", "b", gender="m"), "gender", "is not one of"),
        (lambda: LocalizedTitle("pl", "a", "b", gender=1), "gender", "is not one of"),
        (lambda: LocalizedTitle("pl", "a", "b", forms={"Genitive": "x"}), "forms", "not a name"),
        (lambda: LocalizedTitle("pl", "a", "b", forms={"genitive": " x"}), "forms.genitive", ""),
        (lambda: LocalizedTitle("pl", "a", "b", forms={"genitive": 3}), "forms.genitive", "text"),
        (
            lambda: LocalizedTitle("pl", "a", "b", forms=[("genitive", "x"), ("genitive", "y")]),
            "forms.genitive",
            "repeats",
        ),
        (lambda: LocalizedTitle("pl", "a", "b", forms=[("genitive",)]), "forms[0]", "pair"),
        (lambda: LocalizedTitle("pl", "a", "b", forms="genitive"), "forms", "expected a list"),
        (
            lambda: LocalizedTitle("pl", "a", "b", forms={f"f{i}": "x" for i in range(21)}),
            "forms",
            "at most 20",
        ),
        (lambda: LocalizedTitle("pt_pt", "a", "b"), "language", "not a language code"),
        (lambda: LocalizedTitle("pt-PT", "a", "b"), "language", "not a language code"),
        (lambda: Translation("pt_PTX"), "language", "not a language code"),
    ],
)
def test_bad_titles_name_the_bad_value(build: Any, path: str, message: str) -> None:
    """Gender, forms and regional codes are checked, each problem at its path."""
    with pytest.raises(cd.ValidationError) as caught:
        build()
    (problem,) = caught.value.problems
    assert problem.path == path
    assert message in problem.message


def test_a_regional_title_and_translation_fall_back_to_the_language() -> None:
    """pt_PT finds its own title, else the pt one; its translation takes what it lacks."""
    role = Role(
        title="Manager",
        description="Manages.",
        education=Education(degree="Bachelor's", major="Business"),
        titles=[
            LocalizedTitle("pt", "gerente", "gerentes", gender="masculine"),
            LocalizedTitle("pt_PT", "gestor", "gestores", gender="masculine"),
        ],
        translations=[
            Translation("pt", description="Gere.", degree="Bacharelado", major="Administração"),
            Translation("pt_PT", degree="Licenciatura"),
        ],
    )
    assert role.localized_title("pt_PT") == role.titles[1]
    assert role.localized_title("pt") == role.titles[0]
    assert role.localized_title("pt_BR") == role.titles[0]
    assert role.localized_title("de") is None
    assert role.localized_title("de_AT") is None
    variant = role.translation("pt_PT")
    assert variant == Translation(
        "pt_PT", description="Gere.", degree="Licenciatura", major="Administração"
    )
    assert role.translation("pt") == role.translations[0]
    assert role.translation("pt_BR") == role.translations[0]
    alone = Role(title="Manager", description="Manages.", translations=[Translation("pt_PT")])
    assert alone.translation("pt_PT") == Translation("pt_PT")
    assert alone.translation("pt") is None


# --------------------------------------------------------------------------- the file


def test_a_title_with_gender_and_forms_round_trips_through_a_file() -> None:
    """The file writes gender and forms as given (forms an object by name) and reads them back."""
    role = Role(title="Cashier", titles=[POLISH, LocalizedTitle("pt_PT", "caixa", "caixas")])
    written = json.loads(cio.dump_roles([role]))[0]["titles"]
    assert written == {
        "pl": {
            "singular": "kasjer",
            "plural": "kasjerzy",
            "gender": "masculine",
            "forms": {
                "genitive": "kasjera",
                "genitive_plural": "kasjerów",
                "instrumental": "kasjerem",
            },
        },
        "pt_PT": {"singular": "caixa", "plural": "caixas"},
    }
    assert cio.load_roles(cio.dump_roles([role])) == (role,)


@pytest.mark.parametrize(
    ("title", "problem"),
    [
        ({"gender": "m"}, "gender: expected 'masculine' or 'feminine' or 'neuter', got string 'm'"),
        ({"forms": {"genitive": " x"}}, "forms.genitive: must not start or end with white space"),
        ({"forms": {"genitive": 3}}, "forms.genitive: expected text, got number 3"),
        ({"forms": {"Genitive": "x"}}, "forms: 'Genitive' is not a name of lower-case letters"),
        ({"forms": ["genitive"]}, "forms: expected an object, got a list"),
    ],
)
def test_bad_forms_in_a_file_are_reported_at_their_path(
    title: dict[str, Any], problem: str
) -> None:
    """roles[0].titles.pl.forms.genitive: the path reaches into the title's object."""
    document = [{"title": "C", "titles": {"pl": {"singular": "a", "plural": "b", **title}}}]
    (found,) = _problems(document)
    assert found.startswith(f"roles[0].titles.pl.{problem}")


# --------------------------------------------------------------------------- records


def test_records_write_the_pair_or_the_whole_title_and_read_both_back() -> None:
    """A bare title stays [singular, plural]; one with gender or forms is its object."""
    role = Role(title="Cashier", titles=[LocalizedTitle("de", "Kasse", "Kassen"), POLISH])
    record = role_record(role)
    assert json.loads(str(record["titles"])) == {
        "de": ["Kasse", "Kassen"],
        "pl": json.loads(cio.dump_roles([role]))[0]["titles"]["pl"],
    }
    assert roles_from_records([record]) == (role,)
    bad = {**record, "titles": '{"pl": {"singular": "a", "plural": "b", "gender": "x"}}'}
    with pytest.raises(cd.ValidationError) as caught:
        roles_from_records([bad])
    assert str(caught.value.problems[0]).startswith("records[0].titles: ")
    assert "(at pl.gender in the cell)" in str(caught.value.problems[0])


# --------------------------------------------------------------------------- the text layer


def test_the_text_layer_is_given_the_titles_gender_and_forms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Language.forms receives the data's gender and forms for the title of its language."""
    seen: list[Title] = []
    original = Language.forms

    def spy(self: Language, title: Title) -> dict[str, str]:
        seen.append(title)
        return original(self, title)

    context = resolve("de_DE")
    monkeypatch.setattr(type(context.rules), "forms", spy)
    german = LocalizedTitle(
        "de", "Kassierer/-in", "Kassierer/-innen", gender="neuter", forms={"genitive": "x*y"}
    )
    _figures._names(Role(title="Cashier", titles=[german]), context)
    (title,) = seen
    assert (title.singular, title.gender, dict(title.forms)) == (
        "Kassierer/-in",
        "neuter",
        {"genitive": _figures.plain("x*y")},
    )
