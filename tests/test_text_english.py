"""English grammar of job titles: prose case, "a"/"an" by sound, plurals and possessives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerdata.text import english
from strategies import titles


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("HR manager", "an"),
        ("UX designer", "a"),
        ("operations manager", "an"),
        ("university recruiter", "a"),
        ("hourly associate", "an"),
        ("MRI technologist", "an"),
        ("one-stop shop clerk", "a"),
        ("honors program coordinator", "an"),
        ("European sales director", "a"),
        ("customer care supervisor", "a"),
        ("account executive", "an"),
        ("FBI agent", "an"),
        ("NASA engineer", "a"),
        ("NICU nurse", "a"),
        ("ICU nurse", "an"),
        ("LPN", "an"),
        ("RN case manager", "an"),
        ("CEO", "a"),
        ("iOS developer", "an"),
        ("x-ray technician", "an"),
        ("e-commerce manager", "an"),
        ("uninsured claims adjuster", "an"),
        ("urologist", "a"),
        ("urban planner", "an"),
        ("usher", "an"),
        ("utility worker", "a"),
        ("utensil maker", "a"),
        ("uranium miner", "a"),
        ("heir hunter", "an"),
        ("herder", "a"),
        ("herbalist", "an"),
        ("8-hour shift lead", "an"),
        ("18-wheeler driver", "an"),
        ("3D artist", "a"),
        ("11th grade teacher", "an"),
        ("1st shift supervisor", "a"),
        ("110-volt electrician", "a"),
    ],
)
def test_article_follows_the_sound_of_the_first_word(title: str, expected: str) -> None:
    """The article is chosen by how the first word is said, not by its first letter."""
    assert expected == english.article(title)


def test_indefinite_uses_the_role_override_as_given() -> None:
    """A role's own article wins over the rules (acronyms said as words, like SCADA)."""
    by_rule, overridden = "an SCADA engineer", "a SCADA engineer"
    assert by_rule == english.indefinite("SCADA Engineer")
    assert overridden == english.indefinite("SCADA Engineer", override="a")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Customer Care Supervisor", "Customer Care Supervisors"),
        ("Customer Service/Operations Manager", "Customer Service/Operations Managers"),
        ("Cashier/Clerk", "Cashiers/Clerks"),
        ("Attorney", "Attorneys"),
        ("Secretary", "Secretaries"),
        ("Deputy Sheriff", "Deputy Sheriffs"),
        ("Coach", "Coaches"),
        ("Dishwasher", "Dishwashers"),
        ("Bus Boss", "Bus Bosses"),
        ("Tax Analyst", "Tax Analysts"),
        ("Fireman", "Firemen"),
        ("Foreman", "Foremen"),
        ("Saleswoman", "Saleswomen"),
        ("Human Resources Generalist", "Human Resources Generalists"),
        ("Human", "Humans"),
        ("Chief", "Chiefs"),
        ("Sous Chef", "Sous Chefs"),
        ("Midwife", "Midwives"),
        ("Support Staff", "Support Staff"),
        ("Chief of Staff", "Chiefs of Staff"),
        ("Director of Operations", "Directors of Operations"),
        ("Manager in Training", "Managers in Training"),
        ("Attorney at Law", "Attorneys at Law"),
        ("Editor-in-Chief", "Editors-in-Chief"),
        ("Stand-in", "Stand-ins"),
        ("Manager, All Other", "Managers, All Other"),
        ("Managers, All Other", "Managers, All Other"),
        ("Engineer (Software)", "Engineers (Software)"),
        ("Software Engineer II", "Software Engineers II"),
        ("Analyst 3", "Analysts 3"),
        ("CEO", "CEOs"),
        ("Associate VP", "Associate VPs"),
        ("Salesperson", "Salespeople"),
        ("Chairperson", "Chairpersons"),
        ("Pharmacy Tech", "Pharmacy Techs"),
        ("Busboy", "Busboys"),
        ("Policeman", "Policemen"),
    ],
)
def test_plural_inflects_the_head_noun(title: str, expected: str) -> None:
    """Multi-word, slash, hyphen and post-modified titles take the plural on their head noun."""
    assert expected == english.plural(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Customer Care Supervisor", "customer care supervisor"),
        ("Customer Service/Operations Manager", "customer service/operations manager"),
        ("HR Manager", "HR manager"),
        ("iOS Developer", "iOS developer"),
        ("ISO Compliance Lead", "ISO compliance lead"),
        ("Editor-in-Chief", "editor-in-chief"),
        ("Software Engineer II", "software engineer II"),
        ("POS", "POS"),
        ("Strong Customer Service", "strong customer service"),
    ],
)
def test_prose_case_keeps_acronyms(title: str, expected: str) -> None:
    """Prose lower-cases titles and skills but keeps acronyms and inner capitals."""
    assert expected == english.prose_case(title)


@pytest.mark.parametrize(
    ("plural", "expected"),
    [
        ("customer care supervisors", "customer care supervisors'"),
        ("customer service/operations managers", "customer service/operations managers'"),
        ("women", "women's"),
        ("support staff", "support staff's"),
        ("salespeople", "salespeople's"),
    ],
)
def test_plural_possessive(plural: str, expected: str) -> None:
    """Plurals in -s take a bare apostrophe, other plurals 's."""
    assert expected == english.plural_possessive(plural)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("customer care supervisor vs HR manager", "Customer care supervisor vs HR manager"),
        ("HR managers and nurses", "HR managers and nurses"),
        ("iOS developers", "iOS developers"),
        ("", ""),
        ("„Leitung Kundenservice“", "„Leitung Kundenservice“"),
    ],
)
def test_sentence_case(text: str, expected: str) -> None:
    """A sentence gets a capital unless its first word keeps its own case."""
    assert expected == english.sentence_case(text)


@given(titles)
def test_prose_case_is_idempotent(title: str) -> None:
    """Lower-casing a title for prose twice changes nothing more."""
    once = english.prose_case(title)
    assert once == english.prose_case(once)


@given(titles)
def test_article_is_a_or_an(title: str) -> None:
    """Any title gets one of the two articles, never an error."""
    assert english.article(title) in {"a", "an"}


@given(titles)
def test_plural_keeps_every_word_but_the_head(title: str) -> None:
    """Pluralising changes at most one word per slash part; word count stays the same."""
    assert len(title.split(" ")) == len(english.plural(title).split(" "))


_WITHOUT_PREPOSITIONS = titles.filter(
    lambda title: not any(word.lower() in english._POSTMODIFIERS for word in title.split())
)


@given(st.sampled_from(["Manager", "Clerk", "Nurse", "Developer"]), _WITHOUT_PREPOSITIONS)
def test_plural_of_a_title_ending_in_a_regular_noun_ends_in_s(head: str, prefix: str) -> None:
    """Titles ending in a regular noun (and no "of", "in"...) end in that noun plus "s"."""
    assert english.plural(f"{prefix} {head}").endswith(head + "s")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("English Language and Literature Teacher", "English language and literature teacher"),
        ("English as a Second Language Instructor", "English as a second language instructor"),
        ("Spanish Interpreter", "Spanish interpreter"),
        ("American Sign Language Tutor", "American sign language tutor"),
        ("Native Plant Specialist", "native plant specialist"),
        ("Web Developer", "web developer"),
    ],
)
def test_prose_case_keeps_language_and_nationality_words(title: str, expected: str) -> None:
    """Names of languages and nations and their adjectives keep their capital letter."""
    assert expected == english.prose_case(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Teachers, Postsecondary", "Teachers (Postsecondary)"),
        ("Managers, All Other", "Managers (All Other)"),
        ("Roustabouts, Oil and Gas", "Roustabouts (Oil and Gas)"),
        (
            "Sales Representatives, Wholesale and Manufacturing, Technical Products",
            "Sales Representatives (Wholesale and Manufacturing, Technical Products)",
        ),
        (
            "Grinding, Lapping, & Buffing Tenders, Metal",
            "Grinding, Lapping, & Buffing Tenders (Metal)",
        ),
        (
            "Floor Layers, Except Carpet, Wood, and Hard Tiles",
            "Floor Layers (Except Carpet, Wood, and Hard Tiles)",
        ),
        ("Meeting, Convention, and Event Planners", "Meeting, Convention, and Event Planners"),
        (
            "Judges, Magistrate Judges, and Magistrates",
            "Judges, Magistrate Judges, and Magistrates",
        ),
        ("Customer Service Manager", "Customer Service Manager"),
    ],
)
def test_bracket_qualifier(title: str, expected: str) -> None:
    """A qualifier after a comma goes in brackets; a list of nouns stays a list."""
    assert expected == english.bracket_qualifier(title)


def test_possessive_of_a_bracketed_plural_marks_the_noun() -> None:
    """The apostrophe goes on the noun, before the bracket."""
    assert english.plural_possessive("managers (all other)") == "managers' (all other)"
    assert english.plural_possessive("women (retail)") == "women's (retail)"
