"""English grammar for job titles: prose case, "a"/"an" by sound, plurals and possessives.

Titles arrive in title case ("Customer Service/Operations Manager"); running English prose
lower-cases them except acronyms and words with inner capitals ("HR manager", "iOS developer").
The article follows the sound of the first word, not its letter ("an HR manager", "a UX
designer", "an hourly associate", "a university recruiter"), and the plural inflects the head
noun of the title ("chiefs of staff", "customer service/operations managers").  A role's own
``article`` and ``plural`` fields override these rules where English is irregular.

>>> prose_case("Customer Service/Operations Manager")
'customer service/operations manager'
>>> indefinite("HR Manager")
'an HR manager'
>>> plural("Chief of Staff")
'Chiefs of Staff'
"""

from __future__ import annotations

import re
import unicodedata

from careerdata.text._words import CONSONANT_SOUND_STARTS as _CONSONANT_SOUND_STARTS
from careerdata.text._words import MAKERS, PRODUCT_NAMES
from careerdata.text._words import PROPER_WORDS as _PROPER_WORDS
from careerdata.text._words import SILENT_H_STARTS as _SILENT_H_STARTS
from careerdata.text._words import VOWEL_SOUND_STARTS as _VOWEL_SOUND_STARTS

__all__ = [
    "article",
    "bracket_qualifier",
    "indefinite",
    "keeps_case",
    "plural",
    "plural_possessive",
    "pluralize_word",
    "prose_case",
    "sentence_case",
    "skill_case",
]

# Words split on spaces, slashes and hyphens; the separators are kept so the title rebuilds.
_PIECES = re.compile(r"([\s/\-\u2013]+)")
_LETTERS = re.compile(r"[^\W\d_]+")

# Acronyms said as words, not letter by letter: "a NATO officer", "a NICU nurse".
_WORD_ACRONYMS = frozenset(
    {"NASA", "NATO", "NICU", "SWAT", "FEMA", "UNICEF", "UNESCO", "LEED", "GAAP", "SCUBA", "LASIK"}
)
# Letters whose spoken name starts with a vowel sound: "an F-16 pilot", "an MRI technologist".
_VOWEL_SOUND_LETTERS = frozenset("AEFHILMNORSX")


# Words that introduce a post-modifier: the head noun before them takes the plural
# ("directors of operations", "managers in training").
_POSTMODIFIERS = frozenset({"of", "in", "for", "to", "at", "with", "on", "under"})
_UNCOUNTABLE = frozenset({"staff", "personnel", "clergy", "police", "faculty"})
# A level after the noun stays as it is: "Engineers II", "Analysts 3".
_LEVEL = re.compile(r"(?:[IVX]+|\d+)\Z")
# Agent nouns already in the plural ("Managers", "Analysts"): BLS titles come that way.
_ALREADY_PLURAL = re.compile(r"(?:er|or|ist|ian|ant|ent)s\Z", re.IGNORECASE)
_MAN_EXCEPTIONS = frozenset(
    {"human", "german", "shaman", "talisman", "caiman", "cayman", "ottoman", "roman", "walkman"}
)
_CH_AS_K = frozenset({"tech", "monarch", "patriarch", "matriarch", "eunuch", "stomach", "czech"})
_IRREGULAR = {"child": "children", "chairperson": "chairpersons", "foot": "feet"}


def is_acronym(word: str) -> bool:
    """Whether ``word`` is an acronym or has inner capitals, so prose keeps its case.

    >>> [is_acronym(w) for w in ("HR", "iOS", "Manager", "McKinsey", "A")]
    [True, True, False, True, False]
    """
    letters = "".join(_LETTERS.findall(word))
    if len(letters) < 2:
        return False
    return any(ch.isupper() for ch in letters[1:])


def keeps_case(word: str) -> bool:
    """Whether running prose keeps ``word`` as written: an acronym or a proper word.

    Proper words are names of languages, nations and peoples and the adjectives made from
    them ("English", "Spanish", "American"), which English capitalises everywhere.

    >>> [keeps_case(w) for w in ("HR", "English", "Manager", "english")]
    [True, True, False, False]
    """
    return is_acronym(word) or word in _PROPER_WORDS


def prose_case(title: str) -> str:
    """Lower-case a title for running prose, keeping acronyms and proper words.

    >>> prose_case("Customer Care Supervisor")
    'customer care supervisor'
    >>> prose_case("ISO Compliance Manager")
    'ISO compliance manager'
    >>> prose_case("English as a Second Language Instructor")
    'English as a second language instructor'
    """
    pieces = _PIECES.split(title)
    return "".join(piece if keeps_case(piece) else piece.lower() for piece in pieces)


def skill_case(name: str) -> str:
    """A skill name in running prose: lower case, keeping the case of names.

    Acronyms, words with inner capitals and proper words keep their case as in
    :func:`prose_case`, and so do the names of products and programming languages in
    :data:`PRODUCT_NAMES`, a capital letter alone ("R", "C") and a word with a sign in it
    ("C++", "C#", ".NET").  Words that are also common nouns ("Outlook", "Swift") are not
    listed: a name the list does not know keeps its case when the data writes it with an
    inner capital or in capitals ("MySQL", "SAS"), and the data can give every skill's
    in-prose form itself, as for any language, in an English translation of the role
    (``Translation("en", skills=("Asana", "customer service"))``), which English pages use
    as written.

    >>> [skill_case(s) for s in ("Python", "Figma", "C++", "Customer Service", "SQL", "R")]
    ['Python', 'Figma', 'C++', 'customer service', 'SQL', 'R']

    After a maker's name (:data:`MAKERS`) the capitalised words name its product and keep
    their case too:

    >>> [skill_case(s) for s in ("Microsoft Office", "Google Analytics", "Salesforce Reporting")]
    ['Microsoft Office', 'Google Analytics', 'Salesforce reporting']
    """
    pieces = _PIECES.split(name)
    cased = []
    in_product = False  # after a maker's name, while the words are capitalised
    # Words and separators alternate: the split keeps each run of separators between words.
    for index, piece in enumerate(pieces):
        if index % 2:
            cased.append(piece)
            continue
        in_product = in_product and piece[:1].isupper()
        keep = in_product or piece in MAKERS or _keeps_skill_case(piece)
        cased.append(piece if keep else piece.lower())
        in_product = in_product or piece in MAKERS
    return "".join(cased)


def _keeps_skill_case(word: str) -> bool:
    if keeps_case(word) or word in PRODUCT_NAMES:
        return True
    if len(word) == 1 and word.isupper():
        return True
    return any(ch in "+#." for ch in word) and any(ch.isupper() for ch in word)


def bracket_qualifier(title: str) -> str:
    """Put a title's trailing qualifier in brackets, so that it reads well inside a sentence.

    Official titles qualify the noun after a comma ("Teacher, Postsecondary", "Manager, All
    Other"); in running prose that comma would read as a list ("teachers, postsecondary and
    nurses").  A list of nouns in the title ("Claims Adjuster, Examiner, or Investigator")
    stays as it is; a qualifier after the list or opened by "Except"/"Including" is bracketed.

    >>> bracket_qualifier("Education Administrator, Postsecondary")
    'Education Administrator (Postsecondary)'
    >>> bracket_qualifier("Setter, Operator, or Tender, Metal and Plastic")
    'Setter, Operator, or Tender (Metal and Plastic)'
    >>> bracket_qualifier("Floor Layer, Except Carpet, Wood, and Hard Tiles")
    'Floor Layer (Except Carpet, Wood, and Hard Tiles)'
    >>> bracket_qualifier("Claims Adjuster, Examiner, or Investigator")
    'Claims Adjuster, Examiner, or Investigator'

    A list after a whole title that ends in no person is a qualifier too:

    >>> bracket_qualifier("Host or Hostess, Restaurant, Lounge, and Coffee Shop")
    'Host or Hostess (Restaurant, Lounge, and Coffee Shop)'
    >>> bracket_qualifier("Hosts and Hostesses, Restaurant, Lounge, and Coffee Shop")
    'Hosts and Hostesses (Restaurant, Lounge, and Coffee Shop)'
    >>> bracket_qualifier("Meeting, Convention, and Event Planner")
    'Meeting, Convention, and Event Planner'
    """
    segments = title.split(", ")
    if len(segments) < 2:
        return title
    start = next(
        (
            index
            for index, segment in enumerate(segments)
            if index and _OPENS_QUALIFIER.match(segment)
        ),
        None,
    )
    if start is None:
        list_ends = [index for index, segment in enumerate(segments) if _ENDS_LIST.match(segment)]
        start = (list_ends[-1] if list_ends else 0) + 1
    if start >= len(segments):
        head = segments[0]
        if " of " in head or not _names_person(head) or _names_person(segments[-1]):
            return title
        start = 1
    return ", ".join(segments[:start]) + " (" + ", ".join(segments[start:]) + ")"


# The last word of a title naming a person: "Operator", "Hostess", "Clerk", "Masons".
_PERSON_NOUN = re.compile(
    r"(?:er|or|ist|ian|ant|ent|ee|ess|man|men|person|people|clerk|agent|judge|magistrate"
    r"|official|expert|aide|nurse|chef|cook|guard|pilot|mason|officer|staff|athlete)\Z",
    re.IGNORECASE,
)


def _names_person(segment: str) -> bool:
    """Whether a segment of a title ends with a noun naming a person ("Camera Operator")."""
    words = segment.split()
    if not words:
        return False
    last = words[-1]
    # The noun itself, or its plural ("Operators", "Hostesses").
    return any(_PERSON_NOUN.search(word) for word in (last, last[:-1], last[:-2]) if word)


_OPENS_QUALIFIER = re.compile(r"(?:Except|Including|All Other)\b", re.IGNORECASE)
_ENDS_LIST = re.compile(r"(?:and|or|&) ", re.IGNORECASE)


def sentence_case(text: str) -> str:
    """Capitalise the first letter of a sentence unless its first word keeps its own case.

    >>> sentence_case("customer care supervisors and HR managers")
    'Customer care supervisors and HR managers'
    >>> sentence_case("iOS developers")
    'iOS developers'
    >>> sentence_case("ǆuro") == "\u01c5uro"  # titlecase, not upper case ("Ǆuro")
    True
    """
    if not text or not text[0].islower():
        return text
    first_word = text.split(maxsplit=1)[0]
    if is_acronym(first_word):
        return text
    return text[0].title() + text[1:]  # titlecase: "ǆ" -> "ǅ", where upper() gives "Ǆ"


def article(title: str) -> str:
    """Return "a" or "an" for ``title`` by the sound of its first word.

    >>> [article(t) for t in ("HR manager", "UX designer", "hourly associate", "one-stop clerk")]
    ['an', 'a', 'an', 'a']
    >>> [article(t) for t in ("MRI technologist", "European buyer", "8-hour shift lead")]
    ['an', 'a', 'an']
    >>> article("émigré liaison")
    'an'

    """
    match = re.match(r"\W*([\w']+)", title)
    if match is None:
        return "a"
    word = match.group(1)
    if word[0].isdigit():
        return "an" if _number_starts_with_vowel(word) else "a"
    if is_acronym(word) and word.upper() == word and word not in _WORD_ACRONYMS:
        return "an" if word[0] in _VOWEL_SOUND_LETTERS else "a"
    if len(word) == 1:
        return "an" if word.upper() in _VOWEL_SOUND_LETTERS else "a"
    return "an" if _starts_with_vowel_sound(_unaccented(word.lower())) else "a"


def _unaccented(word: str) -> str:
    """Drop diacritics so "Émigré" starts with a vowel like "emigre"."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


def _starts_with_vowel_sound(word: str) -> bool:
    if word.startswith(_SILENT_H_STARTS):
        return True
    if word.startswith(_VOWEL_SOUND_STARTS):
        return True
    if word.startswith(_CONSONANT_SOUND_STARTS):
        return False
    return word[0] in "aeiou"


def _number_starts_with_vowel(word: str) -> bool:
    """Numbers said "eight…", "eleven", "eighteen" take "an"."""
    digits = re.match(r"\d[\d,]*", word)
    number = digits.group(0).replace(",", "") if digits else word
    if number.startswith("8"):
        return True
    # 11 and 18 on their own or in thousands (11,000; 18,000): "an eleven-…", "an eighteen-…".
    return number[:2] in ("11", "18") and len(number) in (2, 5, 8)


def indefinite(title: str, override: str | None = None) -> str:
    """The title in prose case with its indefinite article ("an HR manager").

    ``override`` is a role's own ``article`` ("a" or "an"), used as given.

    >>> indefinite("Operations Manager")
    'an operations manager'
    >>> indefinite("SCADA Engineer"), indefinite("SCADA Engineer", override="a")
    ('an SCADA engineer', 'a SCADA engineer')
    >>> indefinite("Teacher, Postsecondary")
    'a teacher (postsecondary)'
    """
    prose = prose_case(bracket_qualifier(title))
    return f"{override or article(prose)} {prose}"


def plural(title: str) -> str:
    """The English plural of a job title, inflecting its head noun and keeping its case.

    Post-modifiers stay singular ("Chiefs of Staff", "Directors of Operations"), as do BLS
    qualifiers after a comma ("Managers, All Other"); a slash between whole nouns pluralises
    each ("Cashiers/Clerks").

    >>> plural("Customer Service/Operations Manager")
    'Customer Service/Operations Managers'
    >>> plural("Attorney"), plural("Secretary"), plural("Coach"), plural("Foreman")
    ('Attorneys', 'Secretaries', 'Coaches', 'Foremen')
    >>> plural("Manager, All Other")
    'Managers, All Other'
    """
    for marker in (", ", " ("):
        head, sep, tail = title.partition(marker)
        if sep:
            return plural(head) + sep + tail
    words = title.split(" ")
    if len(words) > 1 and _LEVEL.match(words[-1]):
        return plural(" ".join(words[:-1])) + " " + words[-1]
    for index in range(1, len(words)):
        if _is_postmodifier(words[index]):
            return " ".join([plural(" ".join(words[:index])), *words[index:]])
    words[-1] = _pluralize_compound(words[-1])
    return " ".join(words)


def _is_postmodifier(word: str) -> bool:
    """A preposition such as "of" or "Of" ("IN" in capitals is an acronym, not "in")."""
    return word.lower() in _POSTMODIFIERS and not word.isupper()


def _pluralize_compound(word: str) -> str:
    """Pluralise the last word of a title, which may hold slashes or hyphens."""
    if "/" in word:
        return "/".join(_pluralize_compound(part) for part in word.split("/"))
    parts = word.split("-")
    for index in range(1, len(parts) - 1):
        # "editor-in-chief" -> "editors-in-chief": the noun before the preposition.
        if _is_postmodifier(parts[index]):
            parts[index - 1] = pluralize_word(parts[index - 1])
            return "-".join(parts)
    parts[-1] = pluralize_word(parts[-1])
    return "-".join(parts)


def pluralize_word(word: str) -> str:
    """The plural of one English noun, keeping its case ("CEO" -> "CEOs", "Man" -> "Men").

    >>> [pluralize_word(w) for w in ("chief", "staff", "human", "midwife", "tech", "boss")]
    ['chiefs', 'staff', 'humans', 'midwives', 'techs', 'bosses']
    """
    if not word or not word[-1].isalpha():
        return word
    lower = word.lower()
    if is_acronym(word) and word.upper() == word:
        return word + "s"
    if lower in _UNCOUNTABLE or _ALREADY_PLURAL.search(lower):
        return word
    if lower in _IRREGULAR:
        return _match_case(word, _IRREGULAR[lower])
    return _match_case(word, _pluralize_lower(lower))


def _pluralize_lower(word: str) -> str:
    if word.endswith("person"):
        return word[: -len("person")] + "people"
    if word.endswith("man") and word not in _MAN_EXCEPTIONS:
        return word[: -len("man")] + "men"
    if word.endswith(("wife", "knife")):
        return word[: -len("fe")] + "ves"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word in _CH_AS_K:
        return word + "s"
    if word.endswith(("ch", "sh", "s", "x", "z")):
        return word + "es"
    return word + "s"


def _match_case(original: str, inflected: str) -> str:
    """Give ``inflected`` the capitalisation of ``original`` (title, upper or lower case)."""
    if original.isupper():
        return inflected.upper()
    if original[:1].isupper():
        return inflected[:1].upper() + inflected[1:]
    return inflected


def plural_possessive(plural_form: str) -> str:
    """The possessive of a plural: "supervisors'" but "women's", "staff's".

    A bracketed qualifier stays after the possessive noun ("teachers' (postsecondary)").

    >>> plural_possessive("customer care supervisors"), plural_possessive("salesmen")
    ("customer care supervisors'", "salesmen's")
    >>> plural_possessive("teachers (postsecondary)")
    "teachers' (postsecondary)"
    """
    head, bracket, qualifier = plural_form.partition(" (")
    if bracket and qualifier.endswith(")") and head:
        return plural_possessive(head) + bracket + qualifier
    if plural_form.endswith(("s", "S")):
        return plural_form + "'"
    return plural_form + "'s"
