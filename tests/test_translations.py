"""A role's texts in other languages (Role.translations): checks, files and pages."""

from __future__ import annotations

import itertools

import pytest

import careerdata as cd
from careerdata.io import dump_roles, load_roles
from careerdata.model import Education, Role, Skill, Translation

SEEDS = cd.load_dataset("customer-service")
LANGUAGES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES"}


def _role(**translation: object) -> Role:
    return Role(
        title="Clerk",
        description="Files papers.",
        responsibilities=("File.", "Sort."),
        skills=(Skill("Filing"), Skill("QA")),
        education=Education(degree="Diploma"),
        translations=(Translation("de", **translation),),  # type: ignore[arg-type]
    )


def test_a_role_keeps_its_translations_and_finds_them_by_language() -> None:
    role = _role(description="Legt Akten ab.", skills=("Ablage", "QA"))
    translation = role.translation("de")
    assert translation is not None
    assert translation.skills == ("Ablage", "QA")
    assert role.translation("fr") is None


@pytest.mark.parametrize(
    ("translation", "path", "message"),
    [
        ({"skills": ("Ablage",)}, "translations.de.skills", "1 items for the role's 2 skills"),
        (
            {"responsibilities": ("Ablegen.", "Sortieren.", "Mehr.")},
            "translations.de.responsibilities",
            "3 items for the role's 2 responsibilities",
        ),
        ({"major": "Recht"}, "translations.de.major", "the role has no major to translate"),
        ({"skills": ("Ablage", "ablage")}, "skills[1]", "repeats item 0"),  # the Translation itself
    ],
)
def test_a_translation_must_match_the_role_item_for_item(
    translation: dict[str, object], path: str, message: str
) -> None:
    with pytest.raises(cd.ValidationError) as caught:
        _role(**translation)
    assert caught.value.paths == (path,)
    assert message in str(caught.value)


def test_one_translation_per_language() -> None:
    with pytest.raises(cd.ValidationError, match=r"translations\[1\]\.language: 'de' repeats"):
        Role(title="Clerk", translations=(Translation("de"), Translation("de")))


def test_a_translation_that_is_not_a_language_code_is_refused() -> None:
    with pytest.raises(cd.ValidationError, match="language: 'German' is not a language code"):
        Translation("German")


def test_files_key_translations_by_language_and_round_trip() -> None:
    role = _role(description="Legt Akten ab.", skills=("Ablage", "QA"), degree="Abitur")
    text = dump_roles([role])
    assert '"translations": {\n      "de": {\n        "description": "Legt Akten ab."' in text
    assert load_roles(text) == (role,)


def test_a_bad_translation_in_a_file_names_its_path() -> None:
    text = (
        '[{"title": "Clerk", "skills": [{"name": "Filing"}],'
        ' "translations": {"de": {"skills": ["Ablage", "QA"]}, "fr": {"skill": []}}}]'
    )
    with pytest.raises(cd.ValidationError) as caught:
        load_roles(text)
    assert "roles[0].translations.fr: unknown field 'skill'" in str(caught.value)
    text = '[{"title": "Clerk", "translations": {"de": {"description": "Legt Akten ab."}}}]'
    with pytest.raises(cd.ValidationError) as caught:
        load_roles(text)
    assert caught.value.paths == ("roles[0].translations.de.description",)


def test_every_seed_role_has_its_texts_in_german_french_and_spanish() -> None:
    for role in SEEDS.values():
        for language in LANGUAGES:
            translation = role.translation(language)
            assert translation is not None, (role.slug, language)
            assert translation.description
            assert len(translation.responsibilities) == len(role.responsibilities)
            assert len(translation.skills) == len(role.skills)


def _english_texts(role: Role) -> list[str]:
    """The role's own English sentences and names that a translated page must not show."""
    texts = [role.description or "", *role.responsibilities]
    texts += [s.name for s in role.skills if not s.name.isupper()]  # acronyms stay as they are
    assert role.education is not None
    texts += [role.education.degree or "", role.education.major or ""]
    return [text for text in texts if text]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_seed_pages_in_other_languages_show_the_translated_texts(language: str) -> None:
    """No English description, duty, skill, degree or major is left on a translated page."""
    for a, b in itertools.permutations(SEEDS.values(), 2):
        page = cd.render(cd.compare(a, b), LANGUAGES[language], "markdown")
        for role in (a, b):
            translation = role.translation(language)
            assert translation is not None
            assert translation.description is not None
            for english in _english_texts(role):
                # As a whole word sequence: "Logistics" must not match inside another word.
                assert f" {english}" not in page.replace("\n", " "), (language, english)
            assert translation.description in page
            assert all(duty in page for duty in translation.responsibilities)


def test_translated_skills_read_lower_in_sentences_and_capitalized_in_lists() -> None:
    comparison = cd.compare(SEEDS["customer-service-manager"], SEEDS["customer-care-manager"])
    page = cd.render(comparison, "de_DE", "markdown")
    assert "gehören ausgeprägte Kundenorientierung, Lohn- und Gehaltsabrechnung und" in page
    assert "- Ausgeprägte Kundenorientierung, 15\xa0%" in page
    summary = cd.summarize(comparison, "fr_FR")
    assert (
        "trois compétences\xa0: excellent sens du service client, gestion de la paie et" in summary
    )


def test_english_pages_use_the_roles_own_texts() -> None:
    comparison = cd.compare(SEEDS["customer-service-manager"], SEEDS["customer-care-manager"])
    page = cd.render(comparison, "en_US", "markdown")
    role = SEEDS["customer-service-manager"]
    assert role.description is not None
    assert role.description in page
    assert "strong customer service, payroll, and customer satisfaction" in page
    assert "Kundenorientierung" not in page


def test_a_language_without_translation_shows_the_roles_own_texts() -> None:
    role = Role(title="Clerk", description="Files papers.", skills=(Skill("Filing"),))
    page = cd.render(cd.compare(role, Role(title="Typist")), "de_DE", "markdown")
    assert "Files papers." in page
    assert "Filing" in page
