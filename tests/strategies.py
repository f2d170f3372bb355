"""Hypothesis strategies for the model, shared by every property test.

Each strategy builds only valid values; ``roles()`` makes anything from a bare title to a fully
populated role, so properties are tested on sparse and rich data alike.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from careerdata import model as m

_WORD = st.text(
    alphabet=st.characters(
        codec="utf-8",
        categories=("Lu", "Ll", "Nd"),
        exclude_characters="\x00",
    ),
    min_size=1,
    max_size=8,
)

#: Valid short text: words separated by single spaces, no padding or control characters.
names = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)
#: Valid long text (descriptions, responsibilities).
sentences = st.lists(_WORD, min_size=1, max_size=8).map(lambda ws: " ".join(ws) + ".")

CURRENCIES = ("USD", "EUR", "GBP", "INR", "CHF", "JPY")
currencies = st.sampled_from(CURRENCIES)

amounts = st.decimals(
    min_value=Decimal(0),
    max_value=Decimal(999_999_999),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


def money(currency: str = "USD", *, at_least: bool | None = False) -> st.SearchStrategy[m.Money]:
    """Money in ``currency``; ``at_least=None`` draws the lower-bound flag too."""
    flag = st.booleans() if at_least is None else st.just(at_least)
    return st.builds(m.Money, amounts, st.just(currency), flag)


@st.composite
def salary_bands(draw: st.DrawFn, currency: str = "USD") -> m.SalaryBand:
    """A valid band: low <= high."""
    low, high = sorted((draw(amounts), draw(amounts)))
    return m.SalaryBand(m.Money(low, currency), m.Money(high, currency, draw(st.booleans())))


@st.composite
def percentiles(draw: st.DrawFn, currency: str = "USD") -> m.Percentiles:
    """Non-decreasing percentiles with some missing."""
    values = sorted(draw(st.lists(amounts, min_size=5, max_size=5)))
    present = draw(st.lists(st.booleans(), min_size=5, max_size=5))
    fields = ("p10", "p25", "median", "p75", "p90")
    kwargs = {
        name: m.Money(value, currency) if keep else None
        for name, value, keep in zip(fields, values, present, strict=True)
    }
    return m.Percentiles(**kwargs)


def _optional(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.none() | strategy


@st.composite
def pay_leaders(draw: st.DrawFn, currency: str = "USD") -> m.PayLeaders:
    """Some of city, state, company and industry, each with or without pay."""

    def leader() -> st.SearchStrategy[object]:
        return _optional(st.builds(m.PayLeader, names, _optional(money(currency))))

    return m.PayLeaders(
        city=draw(leader()),
        state=draw(leader()),
        company=draw(leader()),
        industry=draw(leader()),
    )


@st.composite
def pays(draw: st.DrawFn, currency: str | None = None) -> m.Pay:
    """A pay group in one currency (drawn unless given) with any subset of its fields."""
    currency = draw(currencies) if currency is None else currency
    return m.Pay(
        currency=currency,
        yearly=draw(_optional(money(currency, at_least=None))),
        hourly=draw(_optional(money(currency, at_least=None))),
        range=draw(_optional(salary_bands(currency))),
        yearly_percentiles=draw(_optional(percentiles(currency))),
        hourly_percentiles=draw(_optional(percentiles(currency))),
        leaders=draw(_optional(pay_leaders(currency))),
    )


shares = st.floats(min_value=0, max_value=1, allow_nan=False, allow_infinity=False)


@st.composite
def distributions(draw: st.DrawFn) -> m.Distribution:
    """Shares over distinct categories that sum to 1, perhaps one of them unreported."""
    categories = draw(st.lists(names, min_size=1, max_size=7, unique_by=str.casefold))
    weights = draw(
        st.lists(
            st.integers(min_value=0, max_value=1000),
            min_size=len(categories),
            max_size=len(categories),
        ).filter(any)
    )
    total = sum(weights)
    # Now and then one category counts those not reported ("Unknown").
    unreported = draw(st.none() | st.sampled_from(categories))
    return m.Distribution(
        tuple(
            m.CategoryShare(c, w / total, unreported=c == unreported)
            for c, w in zip(categories, weights, strict=True)
        )
    )


@st.composite
def skill_lists(draw: st.DrawFn) -> tuple[m.Skill, ...]:
    """Ranked skills, either all weighted (weights summing to at most 1) or none."""
    skill_names = draw(st.lists(names, max_size=8, unique_by=str.casefold))
    if not skill_names or draw(st.booleans()):
        return tuple(m.Skill(name) for name in skill_names)
    raw = draw(
        st.lists(
            st.integers(min_value=0, max_value=100),
            min_size=len(skill_names),
            max_size=len(skill_names),
        )
    )
    raw.sort(reverse=True)
    scale = max(sum(raw), 100)
    return tuple(
        m.Skill(name, weight / scale) for name, weight in zip(skill_names, raw, strict=True)
    )


@st.composite
def year_ranges(draw: st.DrawFn) -> m.YearRange:
    """A valid span of years."""
    low, high = sorted((draw(st.integers(0, 80)), draw(st.integers(0, 80))))
    return m.YearRange(low, high)


outlooks = st.builds(
    m.Outlook,
    growth_rate=_optional(st.floats(min_value=-1, max_value=10, allow_nan=False)),
    jobs=_optional(st.integers(min_value=0, max_value=10**9)),
)
careers = st.builds(
    m.Career,
    satisfaction=_optional(st.floats(min_value=1, max_value=5, allow_nan=False)),
    experience_years=_optional(st.floats(min_value=0, max_value=80, allow_nan=False)),
    time_to_become=_optional(year_ranges()),
)


@st.composite
def educations(draw: st.DrawFn) -> m.Education:
    """Education with the degree share only when the degree is there."""
    degree = draw(_optional(names))
    return m.Education(
        degree=degree,
        degree_share=draw(_optional(shares)) if degree is not None else None,
        major=draw(_optional(names)),
        college=draw(_optional(names)),
    )


demographics = st.builds(
    m.Demographics,
    average_age=_optional(st.floats(min_value=14, max_value=100, allow_nan=False)),
    gender=_optional(distributions()),
    race=_optional(distributions()),
    lgbt_share=_optional(shares),
)

#: The names a title's forms take in the shipped data, and a few more.
form_names = st.sampled_from(
    ["article", "plural_article", "genitive", "genitive_plural", "instrumental", "dative2"]
)
localized_titles = st.lists(
    st.builds(
        m.LocalizedTitle,
        st.sampled_from(["de", "fr", "es", "it", "pt", "pt_PT"]),
        names,
        names,
        gender=st.sampled_from([None, "masculine", "feminine", "neuter"]),
        forms=st.dictionaries(form_names, names, max_size=3),
    ),
    max_size=3,
    unique_by=lambda t: t.language,
).map(tuple)

# A source's note and its translations (none without a note).
_notes = st.one_of(
    st.just((None, {})),
    st.tuples(
        names, st.dictionaries(st.sampled_from(["de", "fr", "ja", "pt_PT"]), names, max_size=2)
    ),
)


def _provenance(note: tuple[str | None, dict[str, str]], **fields: Any) -> m.Provenance:
    return m.Provenance(note=note[0], note_translations=note[1], **fields)


provenances = st.builds(
    _provenance,
    note=_notes,
    publisher=names,
    dataset=_optional(names),
    release=_optional(names),
    url=_optional(st.just("https://example.org/data")),
    retrieved=_optional(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1))),
    files=st.lists(names, max_size=3, unique_by=str.casefold).map(tuple),
    checksum=_optional(st.text("0123456789abcdef", min_size=8, max_size=64)),
)

titles = names.filter(lambda t: m.slugify(t) != "")


@st.composite
def roles(draw: st.DrawFn, *, title: str | None = None, currency: str | None = None) -> m.Role:
    """A valid role: only the title is certain, every group may be missing.

    ``currency`` fixes the pay currency so that two roles can be compared.
    """
    chosen = title if title is not None else draw(titles)
    description = draw(_optional(sentences))
    education = draw(_optional(educations()))
    skills = draw(skill_lists())
    responsibilities = draw(st.lists(sentences, max_size=4, unique_by=str.casefold).map(tuple))
    return m.Role(
        title=chosen,
        soc_code=draw(_optional(st.from_regex(r"[0-9]{2}-[0-9]{4}", fullmatch=True))),
        aliases=draw(st.lists(names, max_size=3, unique_by=str.casefold).map(tuple)),
        plural=draw(_optional(names)),
        article=draw(st.sampled_from([None, "a", "an"])),
        titles=draw(localized_titles),
        description=description,
        pay=draw(_optional(pays(currency))),
        outlook=draw(_optional(outlooks)),
        career=draw(_optional(careers)),
        education=education,
        demographics=draw(_optional(demographics)),
        skills=skills,
        responsibilities=responsibilities,
        translations=draw(
            translations(
                description=description is not None,
                degree=education is not None and education.degree is not None,
                major=education is not None and education.major is not None,
                skills=len(skills),
                responsibilities=len(responsibilities),
            )
        ),
        source=draw(_optional(provenances)),
    )


@st.composite
def translations(
    draw: st.DrawFn,
    *,
    description: bool,
    degree: bool,
    major: bool,
    skills: int,
    responsibilities: int,
) -> tuple[m.Translation, ...]:
    """Translations of whichever texts a role has, each list item for item, or of none."""
    languages = draw(
        st.lists(st.sampled_from(["de", "fr", "es", "it", "pt_PT"]), max_size=2, unique=True)
    )

    def texts(items: st.SearchStrategy[str], count: int) -> st.SearchStrategy[tuple[str, ...]]:
        exact = st.lists(items, min_size=count, max_size=count, unique_by=str.casefold)
        return st.just(()) | exact.map(tuple)

    return tuple(
        m.Translation(
            language,
            description=draw(_optional(sentences)) if description else None,
            degree=draw(_optional(names)) if degree else None,
            major=draw(_optional(names)) if major else None,
            skills=draw(texts(names, skills)),
            responsibilities=draw(texts(sentences, responsibilities)),
        )
        for language in languages
    )


@st.composite
def role_pairs(draw: st.DrawFn) -> tuple[m.Role, m.Role]:
    """Two different roles whose pay (when present) is in the same currency, so they compare.

    Different, because a page refuses a role compared with itself (tests/test_compare.py
    checks the comparison of a role with itself on its own).
    """
    currency = draw(currencies)
    first = draw(roles(currency=currency))
    return first, draw(roles(currency=currency).filter(lambda other: other != first))


# --------------------------------------------------------------------------- edges of the rules

#: Numbers at and around every bound the model states (shares, ranges, counts, amounts).
_EDGE_NUMBERS = st.sampled_from(
    [
        *(-1, -0.5, -0.0, 0, 0.5, 1, 1.5, 4.99, 5, 5.01, 10, 10.5, 13.9, 14, 79, 80, 80.5, 81),
        *(100, 100.1, 10**12 - 1, 10**12, 999_999_999_999.999, 1e15, 1e-310, 0.1 + 0.2),
    ]
)
#: Text at and around every text rule: empty, padded, control characters, lengths, patterns.
_EDGE_TEXTS = st.sampled_from(
    [
        *("", " ", "a", " a", "a ", "a\nb", "a\n", "\na", "a\tb", "a\x85b", "a\u00a0", "\ufeffa"),
        *("USD", "usd", "USD\n", "US", "EURO", "43-4051", "43-40511", "43-4051\n", "4-4051"),
        *("de", "deu", "DE", "d", "de\n", "clerk", "Clerk", "a-b", "a--b", "-a", "a-", "clerk\n"),
        *("pt_PT", "pt_pt", "pt-PT", "pt_PTX", "pt_P", "masculine", "Feminine", "m", "neuter\n"),
        *("genitive", "plural_article", "a_", "_a", "a__b", "a1", "1a", "genitive\n"),
        *("a" * 200, "a" * 201, "a" * 5000, "a" * 5001, "a\n" * 100 + "a", "é" * 201),
    ]
)
_JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    _EDGE_NUMBERS,
    st.integers(min_value=-(2**60), max_value=2**60),
    st.floats(allow_nan=False, allow_infinity=False),
    shares,
    amounts.map(float),
    _EDGE_TEXTS,
    st.text(max_size=12),
    names,
    sentences,
    currencies,
    names.map(m.slugify),
)

#: Any JSON value a field of a role file might be given, valid or not, biased to the edges of
#: the model's rules: scalars, short lists of them, ``{"at_least": n}`` objects and objects of
#: text (a title's forms).
json_probes = st.one_of(
    _JSON_SCALARS,
    st.lists(_JSON_SCALARS, max_size=3),
    st.lists(_EDGE_TEXTS | names, max_size=3),
    st.fixed_dictionaries({"at_least": _EDGE_NUMBERS | amounts.map(float)}),
    st.dictionaries(_EDGE_TEXTS | names, _EDGE_TEXTS | names | _JSON_SCALARS, max_size=3),
    st.just({}),
)


# --------------------------------------------------------------------------- hostile shapes (#15)

#: Characters no terminal should be sent raw (ESC, BEL, CSI, NEL, DEL, bidi embeddings,
#: overrides and isolates, line separators) and lone surrogates, which are no text at all.
HOSTILE_CHARACTERS = (
    *("\x1b", "\x07", "\x9b", "\x85", "\x7f", "\x00"),
    *("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"),
    *("\u2028", "\u2029", "\ud800", "\udbff", "\udc00", "\udfff"),
)
#: What a spreadsheet takes for the start of a formula, and text already quoted before one.
FORMULA_PREFIXES = (
    *("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20"),
    *("'", "'=", "''+", "'-", "-1", "=-"),
)


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Short text, perhaps after a formula's start, with hostile characters put anywhere."""
    text = draw(st.sampled_from(("", *FORMULA_PREFIXES))) + draw(names)
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(HOSTILE_CHARACTERS)) + text[at:]
    return text


#: A JSON number literal with a tiny or huge exponent (or a long mantissa).
exponent_literals = st.builds(
    lambda mantissa, exponent: f"{mantissa}e{exponent}",
    st.sampled_from(["0", "1", "9.99", "123456789012345", "1234567890123456", "1" + "0" * 40]),
    st.sampled_from([-(10**9), -400, -324, -301, -300, -297, -1, 0, 1, 11, 12, 308, 309, 10**9]),
)

#: A JSON value a role file might hold many of in a row: long runs are refused item by item.
_RUN_ITEMS = ("0", '""', "{}", "[]", "null", '{"title": 1}', '{"x": 0}', '"\\u001b"', "1e-999")


@st.composite
def long_runs(draw: st.DrawFn) -> str:
    """JSON text of a list holding a long run of one bad item, perhaps inside a role."""
    item = draw(st.sampled_from(_RUN_ITEMS))
    run = "[" + ",".join([item] * draw(st.integers(0, 400))) + "]"
    where = draw(st.sampled_from(["top", "responsibilities", "aliases", "skills"]))
    if where == "top":
        return run
    return f'[{{"title": "Clerk", "{where}": {run}}}]'


@st.composite
def many_keys(draw: st.DrawFn) -> str:
    """JSON text of a role (or the envelope) with hundreds of keys, known or not."""
    count = draw(st.integers(0, 400))
    prefix = draw(st.sampled_from(["k", "title", "\u202e", "pay"]))
    keys = ",".join(f'"{prefix}{i}": 0' for i in range(count))
    if draw(st.booleans()):
        return f'{{"roles": [], {keys}}}' if count else '{"roles": []}'
    return f'[{{"title": "Clerk"{", " if count else ""}{keys}}}]'
