"""A role's names and figures written out for one locale, computed once and reused.

Every pair a role appears in needs the same strings ("$61,487", "Bachelor's Degree, 46%", "an
HR manager"), so :func:`role_figures` formats them once per (role, locale) and keeps them in a
bounded, thread-safe cache.  Everything here is plain text: the page escapes it per format.

Text from the data passes through :func:`plain` first, so a value cannot break a line or a
table row, nor turn the direction of the text around it.
"""

from __future__ import annotations

import re
from typing import TypeVar

import attrs

from careerdata import figures as registry
from careerdata._cache import IdentityCache
from careerdata._repr import fields_repr
from careerdata.model import (
    Distribution,
    Money,
    PayLeader,
    PayLeaders,
    Percentiles,
    Role,
    SalaryBand,
    Translation,
    YearRange,
)
from careerdata.text._locale import LocaleContext
from careerdata.text.languages import SOURCE_LANGUAGE, Title

_T = TypeVar("_T")

__all__ = ["Names", "RoleFigures", "plain", "role_figures"]

#: How many (role, locale) entries the cache keeps: every role of a large dataset in a few
#: locales at once.
CACHE_SIZE = 8192
#: How many skills the opening paragraph names.
TOP_SKILLS = 3


# Line and paragraph breaks (str.splitlines breaks at all of them) and the explicit
# bidirectional formatting characters: embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and
# isolates (LRI, RLI, FSI, PDI).
_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_UNSAFE = re.compile(f"[{_BREAKS}\u202a-\u202e\u2066-\u2069]")
# A break with the spaces around it.  "(?<! )" starts a match only at the first space of a run,
# so a long run of spaces with no break after it is scanned once, not once per space.
_LINE_BREAKS = re.compile(f"(?<! ) *[{_BREAKS}][{_BREAKS} ]*")
_EMBEDDINGS = "\u202a\u202b\u202d\u202e"
_ISOLATES = "\u2066\u2067\u2068"
_POP_EMBEDDING = "\u202c"
_POP_ISOLATE = "\u2069"


def plain(text: str) -> str:
    r"""A data value made safe to place inside running text and table cells.

    Line breaks become a space, and explicit bidirectional formatting is balanced within the
    value: an unclosed override (U+202E) is closed at its end and a stray closer dropped, so
    the value cannot reverse the words that follow it.  Right-to-left marks (U+200F) and all
    other characters are kept as they are.

    >>> plain("Cashier\nSupervisor")
    'Cashier Supervisor'
    >>> plain("\u202eManager") == "\u202eManager\u202c"
    True
    """
    if _UNSAFE.search(text) is None:
        return text
    text = _LINE_BREAKS.sub(" ", text)
    stack: list[str] = []
    kept: list[str] = []
    for ch in text:
        if ch in _EMBEDDINGS or ch in _ISOLATES:
            stack.append(ch)
        elif ch == _POP_EMBEDDING:
            if not stack or stack[-1] in _ISOLATES:
                continue  # nothing of the value's own to close
            stack.pop()
        elif ch == _POP_ISOLATE:
            if not any(opened in _ISOLATES for opened in stack):
                continue
            # Closing an isolate also closes the embeddings opened inside it.
            while stack.pop() not in _ISOLATES:
                pass
        kept.append(ch)
    kept.extend(_POP_ISOLATE if ch in _ISOLATES else _POP_EMBEDDING for ch in reversed(stack))
    return "".join(kept)


@attrs.frozen
class Names:
    """The forms of a role's title that messages use, in the text language.

    ``title`` heads the role's table column; ``forms`` are the running-text forms the
    language's rules give (:meth:`~careerdata.text.languages.Language.forms`).  In English
    ``forms[""]`` is "customer care supervisor", ``forms["indefinite"]`` "a customer care
    supervisor", ``forms["plural_possessive"]`` "customer care supervisors'".
    """

    __repr__ = fields_repr

    title: str
    forms: dict[str, str]

    def placeholders(self, prefix: str) -> dict[str, str]:
        """The forms as message placeholders: ``a``, ``a_name``, ``a_indefinite`` and so on."""
        return {f"{prefix}_{key}" if key else prefix: form for key, form in self.forms.items()}


@attrs.frozen
class RoleFigures:
    """Every figure of a role as display text for one locale; ``None`` where data is missing.

    A figure's text is named after the figure (:data:`careerdata.figures.FIGURES`), or after the
    row showing it (``Row.cell``): the page finds each table cell by that name.
    """

    __repr__ = fields_repr

    names: Names
    yearly_pay: str | None = None
    hourly_pay: str | None = None
    salary_band: str | None = None
    yearly_median: str | None = None
    yearly_spread: str | None = None
    hourly_median: str | None = None
    city: str | None = None
    state: str | None = None
    company: str | None = None
    industry: str | None = None
    growth_rate: str | None = None
    jobs: str | None = None
    satisfaction: str | None = None
    experience_years: str | None = None
    time_to_become: str | None = None
    degree: str | None = None
    major: str | None = None
    college: str | None = None
    average_age: str | None = None
    gender: str | None = None
    race: str | None = None
    lgbt_share: str | None = None
    top_skills: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    description: tuple[str, ...] = ()  # paragraphs
    responsibilities: tuple[str, ...] = ()
    #: The texts of registered figures with no field of their own above, by figure name,
    #: formatted from the figure's kind and unit (:func:`generic_text`).
    others: dict[str, str] = attrs.field(factory=dict)

    def text(self, name: str) -> str | None:
        """The text of the figure or row cell ``name`` (``"jobs"``, ``"yearly_median"``)."""
        if name in _OWN_TEXTS:
            return getattr(self, name)  # type: ignore[no-any-return]
        return self.others.get(name)


_FIELDS = frozenset(field.name for field in attrs.fields(RoleFigures))
#: The figure texts RoleFigures has a field for; every other registered figure is generic.
_OWN_TEXTS = frozenset(
    field.name for field in attrs.fields(RoleFigures) if field.type in ("str | None", str | None)
)
#: The registered figures whose text RoleFigures has no field for (nor any row of theirs).
_GENERIC = tuple(
    figure
    for figure in registry.FIGURES
    if figure.name not in _FIELDS
    and all((row.cell or figure.name) not in _FIELDS for row in figure.rows)
)


def generic_text(figure: registry.Figure, value: object, context: LocaleContext) -> str:
    """A figure's value as text from its kind and unit alone, for figures with no own format.

    A share is a percentage, a count a grouped whole number, years and scores a number with
    at most one decimal, an amount of money the currency's whole units; anything else is the
    data's own text.
    """
    if isinstance(value, Money):
        return context.money(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if figure.unit is registry.Unit.SHARE:
            return context.percent(value)
        return context.number(value, 0 if figure.unit is registry.Unit.COUNT else 1)
    return plain(str(value))


# Per (role, locale tag); an entry lives until its role is collected or CACHE_SIZE newer ones
# push it out.
_cache: IdentityCache[RoleFigures] = IdentityCache(CACHE_SIZE)


def role_figures(role: Role, context: LocaleContext) -> RoleFigures:
    """The figures of ``role`` for ``context``, formatted on first use and cached.

    Every pair a role takes part in reuses the same strings.  The cache keeps the most recent
    :data:`CACHE_SIZE` (role, locale) entries, drops those of roles no longer in use, and is
    safe to use from many threads.
    """
    found = _cache.get(role, context.tag)
    if found is not None:
        return found
    return _cache.put(role, _format(role, context), context.tag)


def _format(role: Role, context: LocaleContext) -> RoleFigures:
    # The role's own texts in the text language when the data has them (Role.translations).
    translation = role.translation(context.language)
    if translation is not None and translation.skills:
        # Translated skill names are written as they stand inside a sentence; a list item
        # starts with a capital ("ausgeprägte Kundenorientierung" -> "Ausgeprägte ...").
        in_prose = tuple(plain(name) for name in translation.skills)
        listed = tuple(_capitalized(name) for name in in_prose)
    else:
        listed = tuple(plain(skill.name) for skill in role.skills)
        in_prose = tuple(_skill_prose(name, context) for name in listed)
    weights = [skill.weight for skill in role.skills]
    description = _translated(translation, "description", role.description)
    duties = _translated(translation, "responsibilities", role.responsibilities)
    return RoleFigures(
        names=_names(role, context),
        **_pay(role, context),
        **_outlook(role, context),
        **_education(role, context, translation),
        **_demographics(role, context, translation),
        top_skills=in_prose[:TOP_SKILLS],
        skills=tuple(
            _with_share(name, weight, context) for name, weight in zip(listed, weights, strict=True)
        ),
        description=_paragraphs(description),
        responsibilities=tuple(plain(item) for item in duties),
        others=_others(role, context),
    )


def _others(role: Role, context: LocaleContext) -> dict[str, str]:
    """The texts of the generic figures the role has."""
    texts: dict[str, str] = {}
    for figure in _GENERIC:
        value = figure.read(role)
        if value is not None:
            texts[figure.name] = generic_text(figure, value, context)
    return texts


def _paragraphs(text: str | None) -> tuple[str, ...]:
    """A description as its paragraphs (split at blank lines), each on one plain line."""
    if text is None:
        return ()
    parts = (" ".join(part.split()) for part in re.split(r"\n\s*\n", text))
    return tuple(plain(part) for part in parts if part)


def _translated(translation: Translation | None, name: str, own: _T) -> _T:
    """The translation's text ``name`` when it has one, else the role's ``own``."""
    given: _T | None = None if translation is None else getattr(translation, name)
    return given or own


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------- names


def _names(role: Role, context: LocaleContext) -> Names:
    rules = context.rules
    localized = (
        None if context.language == SOURCE_LANGUAGE else role.localized_title(context.language)
    )
    if localized is None:
        title = Title(
            plain(role.title),
            plain(role.plural) if role.plural else None,
            translated=context.language == SOURCE_LANGUAGE,
            article=role.article,
        )
    else:
        title = Title(
            plain(localized.singular),
            plain(localized.plural),
            translated=True,
            gender=localized.gender,
            forms={name: plain(text) for name, text in localized.forms},
        )
    return Names(rules.column(title), rules.forms(title))


def _skill_prose(name: str, context: LocaleContext) -> str:
    """A skill name from the role's own data in prose (English lower-cases all but acronyms)."""
    return context.rules.skill_in_prose(name)


# ---------------------------------------------------------------------------- pay


def _money(money: Money | None, context: LocaleContext, *, cents: bool = False) -> str | None:
    if money is None:
        return None
    text = context.money(money, cents=cents)
    if money.at_least:
        # Translators: a top-coded wage, known only as a lower bound ("$239,200 or more").
        return context.pgettext("amount", "%(amount)s or more") % {"amount": text}
    return text


def _span(low: str | None, high: str | None, context: LocaleContext) -> str | None:
    if low is None or high is None:
        return None
    # Translators: a range of amounts of money in a table cell; English joins them with an
    # en dash.
    return context.pgettext("range of amounts", "%(low)s\u2013%(high)s") % {
        "low": low,
        "high": high,
    }


@attrs.frozen
class _NoBand:
    __repr__ = fields_repr
    low: Money | None = None
    high: Money | None = None


_NO_BAND = _NoBand()


def _pay(role: Role, context: LocaleContext) -> dict[str, str | None]:
    pay = role.pay
    if pay is None:
        return {}
    band: SalaryBand | _NoBand = pay.range or _NO_BAND
    yearly_percentiles = pay.yearly_percentiles or Percentiles()
    hourly_percentiles = pay.hourly_percentiles or Percentiles()
    leaders = pay.leaders or PayLeaders()
    salary_range = _span(_money(band.low, context), _money(band.high, context), context)
    spread = _span(
        _money(yearly_percentiles.p10, context), _money(yearly_percentiles.p90, context), context
    )
    return {
        "yearly_pay": _money(pay.yearly, context),
        "hourly_pay": _money(pay.hourly, context, cents=True),
        "salary_band": salary_range,
        "yearly_median": _money(yearly_percentiles.median, context),
        # BLS gives its band as the 10th to 90th percentile: say it once.
        "yearly_spread": None if spread == salary_range else spread,
        "hourly_median": _money(hourly_percentiles.median, context, cents=True),
        "city": _leader(leaders.city, context),
        "state": _leader(leaders.state, context, "state"),
        "company": _leader(leaders.company, context),
        "industry": _leader(leaders.industry, context, "industry"),
    }


def _leader(
    leader: PayLeader | None, context: LocaleContext, kind: str | None = None
) -> str | None:
    """A pay leader; a state or an industry by its name in the text language when it has one.

    Cities (official metro-area names) and companies are proper names and stay as given.
    """
    if leader is None:
        return None
    if kind is None:
        name = plain(leader.name)
    else:
        name = plain(context.rules.term(kind, leader.name, context.requested.territory))
    pay = _money(leader.yearly, context)
    if pay is None:
        return name
    # Translators: where a role pays best, with the yearly pay there ("New Jersey ($72,000)").
    return context.pgettext("pay leader", "%(name)s (%(pay)s)") % {"name": name, "pay": pay}


# ---------------------------------------------------------------------------- outlook, career


def _outlook(role: Role, context: LocaleContext) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    if role.outlook is not None:
        growth, jobs = role.outlook.growth_rate, role.outlook.jobs
        values["growth_rate"] = None if growth is None else context.percent(growth)
        values["jobs"] = None if jobs is None else context.number(jobs)
    career = role.career
    if career is not None:
        satisfaction, experience = career.satisfaction, career.experience_years
        values["satisfaction"] = _satisfaction(satisfaction, context)
        values["experience_years"] = None if experience is None else context.number(experience, 1)
        values["time_to_become"] = _years(career.time_to_become, context)
    return values


#: The top of the job-satisfaction scale (:class:`~careerdata.model.Career`: 1 to 5).
SATISFACTION_SCALE = 5


def _satisfaction(score: float | None, context: LocaleContext) -> str | None:
    """A satisfaction score with its scale: "4.5 of 5"."""
    if score is None:
        return None
    # Translators: a job-satisfaction score on its scale in a table cell ("4.5 of 5").
    return context.pgettext("score on a scale", "%(score)s of %(scale)s") % {
        "score": context.number(score, 1),
        "scale": context.number(SATISFACTION_SCALE),
    }


# CLDR plural ranges: in German and French a range ending in a "one" value takes the singular
# ("0 bis 1 Jahr", "de 0 à 1 an"); in English and Spanish every range is plural ("0-1 years").
_RANGE_TAKES_END_FORM = frozenset({"de", "fr"})


def _years(span: YearRange | None, context: LocaleContext) -> str | None:
    """How long it takes to become one: "4-6 years", "2 years"."""
    if span is None:
        return None
    low, high = context.number(span.low), context.number(span.high)
    if (span.low, span.high) == (0, 1):
        # Translators: the time to become one when it is from 0 to 1 year ("It typically takes
        # up to a year to become ..."); say it as your language does ("less than a year").
        return context.pgettext("time to become", "up to a year")
    if span.low == span.high:
        return context.ngettext("%(count)s year", "%(count)s years", span.high) % {"count": high}
    count = span.high if context.language in _RANGE_TAKES_END_FORM else max(span.high, 2)
    return context.ngettext("%(low)s-%(high)s year", "%(low)s-%(high)s years", count) % {
        "low": low,
        "high": high,
    }


# ---------------------------------------------------------------------------- education


def _education(
    role: Role, context: LocaleContext, translation: Translation | None
) -> dict[str, str | None]:
    education = role.education
    if education is None:
        return {}
    degree = _translated(translation, "degree", education.degree)
    major = _translated(translation, "major", education.major)
    return {
        "degree": (
            None if degree is None else _with_share(plain(degree), education.degree_share, context)
        ),
        "major": _optional_plain(major),
        "college": _optional_plain(education.college),
    }


def _optional_plain(text: str | None) -> str | None:
    return None if text is None else plain(text)


def _with_share(name: str, share: float | None, context: LocaleContext) -> str:
    """A name with its share, as the seeds write it: "Bachelor's Degree, 46%"."""
    if share is None:
        return name
    # Translators: a degree or a skill with its share ("Bachelor's Degree, 46%").
    template = context.pgettext("name and its share", "%(name)s, %(share)s")
    return template % {"name": name, "share": context.percent(share)}


# ---------------------------------------------------------------------------- demographics


def _demographics(
    role: Role, context: LocaleContext, translation: Translation | None
) -> dict[str, str | None]:
    demographics = role.demographics
    if demographics is None:
        return {}
    age, lgbt = demographics.average_age, demographics.lgbt_share
    return {
        "average_age": None if age is None else context.number(age),
        "gender": _distribution(demographics.gender, context, translation),
        "race": _distribution(demographics.race, context, translation),
        "lgbt_share": None if lgbt is None else context.percent(lgbt),
    }


def _distribution(
    distribution: Distribution | None, context: LocaleContext, translation: Translation | None
) -> str | None:
    """Every category with its share to one decimal: "Male: 44.1%, Female: 55.9%".

    A category is named as the role's translation names it (``Translation.categories``), else
    as the catalog names the categories of U.S. statistics, else as the data gives it.
    """
    if distribution is None:
        return None
    standard = _standard_categories(context)
    if translation is not None and translation.categories:
        standard = {**standard, **{k.casefold(): v for k, v in translation.categories}}
    # Translators: one category of a gender or race distribution with its share.
    template = context.pgettext("category and its share", "%(category)s: %(share)s")
    entries = [
        template
        % {
            "category": standard.get(item.category.casefold()) or plain(item.category),
            "share": context.percent(item.share, 1),
        }
        for item in distribution
    ]
    # Translators: what separates the categories of a distribution in a table cell.
    return context.pgettext("between categories", ", ").join(entries)


def _standard_categories(context: LocaleContext) -> dict[str, str]:
    """The gender and race categories of U.S. statistics in the text language.

    Other categories are shown as the data gives them.
    """
    native_american = context.pgettext("category", "American Indian and Alaska Native")
    pacific_islander = context.pgettext("category", "Native Hawaiian and Other Pacific Islander")
    return {
        "male": context.pgettext("category", "Male"),
        "female": context.pgettext("category", "Female"),
        "unknown": context.pgettext("category", "Unknown"),
        "other": context.pgettext("category", "Other"),
        "black or african american": context.pgettext("category", "Black or African American"),
        "hispanic or latino": context.pgettext("category", "Hispanic or Latino"),
        "asian": context.pgettext("category", "Asian"),
        "white": context.pgettext("category", "White"),
        "american indian and alaska native": native_american,
        "american indian or alaska native": native_american,
        "native hawaiian and other pacific islander": pacific_islander,
        "native hawaiian or other pacific islander": pacific_islander,
        "two or more races": context.pgettext("category", "Two or More Races"),
    }
