"""English (en_US, en_GB, en_CA, en_IN...): the constructions its rules and data fixed on pages."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerdata.compare import compare
from careerdata.datasets import load_dataset
from careerdata.model import Role, Skill
from careerdata.text import render, summarize
from careerdata.text.languages import rules
from hourly_pay import ACTOR, AGENT, DANCER, salary, summaries, wage


def _one_line(text: str) -> str:
    """The text unwrapped."""
    return re.sub(r"\s+", " ", text).strip()


_WRONG_COMMA = re.compile(r"helpers?, construction|teachers?, postsecondary|tatives?, wholesale")


def _bls(code: str) -> Role:
    return load_dataset("bls-oews-2025").find(code)


def _page(a: str, b: str, locale: str) -> str:
    return _one_line(render(compare(_bls(a), _bls(b)), locale=locale, format="markdown"))


# --------------------------------------------------------------------------- reviewed titles


@pytest.mark.parametrize(
    ("code", "indefinite", "plural"),
    [
        (
            "47-3019",
            "a construction trades helper (all other)",
            "construction trades helpers (all other)",
        ),
        (
            "25-1069",
            "a postsecondary social sciences teacher (all other)",
            "postsecondary social sciences teachers (all other)",
        ),
        (
            "41-4012",
            (
                "a wholesale and manufacturing sales representative (except technical and "
                "scientific products)"
            ),
            (
                "wholesale and manufacturing sales representatives (except technical and "
                "scientific products)"
            ),
        ),
        (
            "51-4033",
            (
                "a grinding, lapping, polishing, and buffing machine tool setter, operator, or "
                "tender (metal and plastic)"
            ),
            (
                "grinding, lapping, polishing, and buffing machine tool setters, operators, and "
                "tenders (metal and plastic)"
            ),
        ),
    ],
)
def test_a_reviewed_bls_title_reads_as_english_in_prose(
    code: str, indefinite: str, plural: str
) -> None:
    """No comma before a qualifier and no "&" in running text; the official title an alias."""
    role = _bls(code)
    text = _one_line(summarize(compare(role, _bls("53-3032")), "en_US"))
    assert indefinite in text.lower() or plural in text.lower()  # a sentence may start with it
    assert "&" not in text
    assert _WRONG_COMMA.search(text) is None
    assert role.aliases
    assert role.aliases[0] != role.title


def test_the_helper_page_names_the_role_in_prose_without_a_comma() -> None:
    """Heading and lead-in: "construction trades helper(s) (all other)"."""
    page = _page("47-3019", "53-3032", "en_US")
    assert "# Construction trades helper (all other) vs heavy and tractor-trailer" in page
    assert "construction trades helpers (all other)" in page
    assert "helper, construction trades" not in page.lower()
    assert "helpers, construction trades" not in page.lower()


def test_the_official_title_still_finds_a_reviewed_role() -> None:
    """The OEWS title, an alias, and the SOC code find the same role."""
    roles = load_dataset("bls-oews-2025")
    assert roles.find("Helpers, Construction Trades, All Other") == roles.find("47-3019")


# --------------------------------------------------------------------------- skills in prose


def test_names_of_products_and_languages_keep_their_capitals_in_prose() -> None:
    """ "Figma", "Python", "C++", "JavaScript", "Adobe XD" keep their case; common skills do not."""
    designer = Role(
        title="UX Designer",
        skills=(Skill("Figma", 0.2), Skill("User Research", 0.1), Skill("Adobe XD", 0.05)),
    )
    developer = Role(
        title="Software Developer",
        skills=(Skill("Python", 0.2), Skill("C++", 0.1), Skill("JavaScript", 0.05)),
    )
    text = _one_line(summarize(compare(designer, developer), "en_US"))
    assert "include Figma, user research, and Adobe XD." in text
    assert "are Python, C++, and JavaScript." in text
    assert "python" not in text
    assert "figma" not in text


def test_languages_and_program_names_among_skills_keep_their_capitals() -> None:
    """ "Mandarin", "Medicare", "Drupal" and "Jenkins" are names and keep their capitals.

    Names that are also common nouns ("Asana", "React") are not listed: the data gives their
    in-prose form (an English translation of the skills), as the word lists say.
    """
    nurse = Role(
        title="Home Health Nurse",
        skills=(Skill("Medicare", 0.2), Skill("Patient Care", 0.1), Skill("Mandarin", 0.05)),
    )
    developer = Role(
        title="Web Developer",
        skills=(Skill("Drupal", 0.2), Skill("Jenkins", 0.1), Skill("Code Review", 0.05)),
    )
    text = _one_line(summarize(compare(nurse, developer), "en_GB"))
    assert "include Medicare, patient care and Mandarin." in text
    assert "are Drupal, Jenkins and code review." in text


# --------------------------------------------------------------------------- second review


@pytest.mark.parametrize(
    ("code", "right", "wrong"),
    [
        ("15-2099", "a mathematical science worker (all other)", "science occupation"),
        ("29-1029", "a dental specialist (all other)", "a dentist (all other specialists)"),
        ("13-2081", "a tax examiner, collector, or revenue agent", "or collector, or"),
        ("21-2021", "a director of religious activities and education", "a director ("),
        ("29-2081", "a dispensing optician", "an optician (dispensing)"),
        ("35-2014", "a restaurant cook", "a cook (restaurant)"),
        ("35-2015", "a short-order cook", "a cook (short order)"),
        ("43-9061", "a general office clerk", "an office clerk (general)"),
        ("51-6051", "a hand sewer", "a sewer (hand)"),
        ("53-3051", "a school bus driver", "a bus driver (school)"),
        ("25-3031", "a short-term substitute teacher", "(short-term)"),
        ("53-7064", "a hand packer or packager", "a packer or packager (hand)"),
        ("51-9031", "a hand cutter or trimmer", "(hand)"),
        ("53-7062", "a hand laborer or freight, stock, and material mover", "(hand)"),
    ],
)
def test_a_reviewed_title_names_a_person_in_natural_word_order(
    code: str, right: str, wrong: str
) -> None:
    """A title names a worker, not an occupation, with its qualifier where English puts it."""
    text = _one_line(summarize(compare(_bls("11-1011"), _bls(code)), "en_US"))
    # The role is named "a ..." after the chief executive, or opens the sentence if paid more.
    assert f"salary of {right}." in text or f"{right[0].upper()}{right[1:]} has" in text
    assert wrong not in text


def test_the_official_title_still_finds_a_role_whose_title_was_reviewed() -> None:
    """ "Mathematical Science Occupations, All Other" and the SOC code find the renamed role."""
    roles = load_dataset("bls-oews-2025")
    assert roles.find("Mathematical Science Occupations, All Other") == roles.find("15-2099")
    assert roles.find("15-2099").title == "Mathematical Science Worker, All Other"


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "en_IN"])
def test_the_government_sector_is_named_in_words(locale: str) -> None:
    """No "excl." or "&" in the government sector's name, in tables and in `show`."""
    page = _page("47-3019", "53-3032", locale)
    assert (
        "Federal, State, and Local Government, excluding State and Local Government Schools "
        "and Hospitals and the U.S. Postal Service" in page
    )
    assert "excl." not in page
    assert "&" not in page


# --------------------------------------------------------------------------- third review


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "en_IN", "en_AU"])
def test_the_other_services_sector_has_no_bracket_before_the_pay_bracket(locale: str) -> None:
    """A pay leader reads "Other Services, Except Public Administration ($…)", one bracket."""
    page = _page("13-2061", "15-2011", locale)
    assert "| Other Services, Except Public Administration (" in page
    assert "Administration) (" not in page
    assert "(except Public Administration)" not in page


def test_the_hand_laborer_is_found_by_its_official_title() -> None:
    """The reviewed "Hand Laborer ..." keeps the OEWS title as an alias."""
    roles = load_dataset("bls-oews-2025")
    official = roles.find("Laborers and Freight, Stock, and Material Movers, Hand")
    assert official == roles.find("53-7062")
    assert official.plural == "Hand Laborers and Freight, Stock, and Material Movers"


def test_a_product_named_after_its_maker_keeps_its_capitals_in_prose() -> None:
    """ "Microsoft Office", "Google Analytics": the words after the maker are the product's."""
    analyst = Role(
        title="Marketing Analyst",
        skills=(Skill("Google Analytics"), Skill("Microsoft Office"), Skill("Market Research")),
    )
    admin = Role(title="Office Administrator", skills=(Skill("Salesforce Reporting"),))
    text = _one_line(summarize(compare(analyst, admin), "en_US"))
    assert "include Google Analytics, Microsoft Office, and market research." in text
    assert "is Salesforce reporting." in text


def test_roles_paid_only_by_the_hour_have_their_wage_said() -> None:
    """An hourly wage alone, two compared, two equal; a salary is never weighed against one."""
    texts = summaries("en_US")
    actor, dancer, agent = (wage(role, "en_US") for role in (ACTOR, DANCER, AGENT))
    yearly = salary(AGENT, "en_US")
    assert texts["alone"].endswith(
        f"A customer service representative has an average salary of {yearly}. "
        f"An actor earns an average of {actor} an hour."
    )
    assert texts["alone_additionally"].endswith(
        f"Additionally, an actor earns an average of {actor} an hour. "
        f"A customer service representative has an average salary of {yearly}."
    )
    assert texts["higher"].endswith(
        f"An actor earns an average of {actor} an hour, which is higher than the {dancer} "
        "average hourly wage of a dancer."
    )
    assert texts["higher_additionally"].endswith(
        f"Additionally, an actor earns an average of {actor} an hour, which is higher than the "
        f"{dancer} average hourly wage of a dancer."
    )
    assert texts["same"].endswith(
        f"An actor earns an average of {actor} an hour, which is the same as the average hourly "
        "wage of a dancer."
    )
    assert texts["same_additionally"].endswith(
        f"Additionally, an actor earns an average of {actor} an hour, which is the same as the "
        "average hourly wage of a dancer."
    )
    assert agent not in texts["alone"]  # the representative's salary, not its hourly rate


# --------------------------------------------------------------------------- lists in titles

# The regular expressions reads_as_list was first written with: the written-out test agrees.
_BRACKETED = re.compile(r"\([^)]*\)")
_LIST_WORDS = re.compile(r"\b(?:and|or)\b|,|&")
_PIECES = ["and", "or", "And", "(", ")", ",", "&", " ", "_", "s", "l", "é", "1", "٣", "-", "'"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_a_form_reads_as_a_list_as_the_regular_expressions_say(form: str) -> None:
    """ "and" or "or" as words, a comma or "&", outside brackets, as re finds them."""
    expected = _LIST_WORDS.search(_BRACKETED.sub("", form)) is not None
    assert expected == rules("en").reads_as_list(form)
