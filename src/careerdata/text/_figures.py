"""A role's names and figures written out for one locale, computed once and reused.

Every pair a role appears in needs the same strings ("$61,487", "Bachelor's Degree, 46%", "an
HR manager"), so :func:`role_figures` formats them once per (role, locale) and keeps them in a
bounded, thread-safe cache.  Everything here is plain text: the page escapes it per format.

Text from the data passes through :func:`plain` first, so a value cannot break a line or a
table row, nor turn the direction of the text around it.
"""

from __future__ import annotations

import functools
import re
from typing import TypeVar

from careerdata import figures as registry
from careerdata._cache import IdentityCache
from careerdata._plain import Plain
from careerdata.model import (
    Distribution,
    Money,
    PayLeader,
    Role,
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


class Names(Plain):
    """The forms of a role's title that messages use, in the text language.

    ``title`` heads the role's table column; ``forms`` are the running-text forms the
    language's rules give (:meth:`~careerdata.text.languages.Language.forms`).  In English
    ``forms[""]`` is "customer care supervisor", ``forms["indefinite"]`` "a customer care
    supervisor", ``forms["plural_possessive"]`` "customer care supervisors'".
    """

    __slots__ = ("title", "forms")  # noqa: RUF023 - the order repr shows
    title: str
    forms: dict[str, str]

    def __init__(self, title: str, forms: dict[str, str]) -> None:
        self._set(title=title, forms=forms)

    def placeholders(self, prefix: str) -> dict[str, str]:
        """The forms as message placeholders: ``a``, ``a_name``, ``a_indefinite`` and so on."""
        return {f"{prefix}_{key}" if key else prefix: form for key, form in self.forms.items()}


class RoleFigures:
    """Every figure of a role as display text for one locale; ``None`` where data is missing.

    A figure's text is named after the figure (:data:`careerdata.figures.FIGURES`), or after the
    row showing it (``Row.cell``): the page finds each table cell by that name.  Each text is
    formatted the first time it is read and then kept: a summary reads five of a role's thirty,
    a page all of them.  The figures keep the parts of the role they format (its pay, outlook,
    ...), never the role itself, so that the cache of :func:`role_figures` keeps no role alive.
    """

    def __init__(self, role: Role, context: LocaleContext) -> None:
        """The figures of ``role`` for ``context``; only its names are formatted now."""
        self._context = context
        # The role's own texts in the text language when the data has them (Role.translations).
        self._translation = role.translation(context.language)
        self._pay = role.pay
        self._outlook = role.outlook
        self._career = role.career
        self._education = role.education
        self._demographics = role.demographics
        self._skill_list = role.skills
        self._description = role.description
        self._duties = role.responsibilities
        self.names: Names = _names(role, context)
        #: The texts of registered figures with no text of their own below, by figure name,
        #: formatted from the figure's kind and unit (:func:`generic_text`).
        self.others: dict[str, str] = _others(role, context)

    def __repr__(self) -> str:
        return f"RoleFigures(names={self.names!r}, locale={self._context.tag!r})"

    def text(self, name: str) -> str | None:
        """The text of the figure or row cell ``name`` (``"jobs"``, ``"yearly_median"``)."""
        if name in _OWN_TEXTS:
            return getattr(self, name)  # type: ignore[no-any-return]
        return self.others.get(name)

    # ------------------------------------------------------------------------ pay

    @functools.cached_property
    def _yearly_shown(self) -> str | None:
        # The amount alone, formatted once for the cell and the sentence.
        return None if self._pay is None else _shown(self._pay.yearly, self._context)

    @functools.cached_property
    def _hourly_shown(self) -> str | None:
        return None if self._pay is None else _shown(self._pay.hourly, self._context, cents=True)

    @functools.cached_property
    def yearly_pay(self) -> str | None:
        """The average yearly pay ("$61,487")."""
        money = None if self._pay is None else self._pay.yearly
        return _or_more(self._yearly_shown, money, self._context)

    @functools.cached_property
    def yearly_pay_in_prose(self) -> str | None:
        """The average yearly pay as a sentence reads it (Japanese "6万1487米ドル")."""
        money = None if self._pay is None else self._pay.yearly
        return _in_prose(self.yearly_pay, money, self._context, self._yearly_shown)

    @functools.cached_property
    def hourly_pay(self) -> str | None:
        """The average hourly pay, with cents."""
        money = None if self._pay is None else self._pay.hourly
        return _or_more(self._hourly_shown, money, self._context)

    @functools.cached_property
    def hourly_pay_in_prose(self) -> str | None:
        """The average hourly pay as a sentence reads it, with cents."""
        money = None if self._pay is None else self._pay.hourly
        return _in_prose(self.hourly_pay, money, self._context, self._hourly_shown)

    @functools.cached_property
    def salary_band(self) -> str | None:
        """The salary range ("$35,000\u2013$105,000")."""
        band = None if self._pay is None else self._pay.range
        if band is None:
            return None
        context = self._context
        return _span(_money(band.low, context), _money(band.high, context), context)

    @functools.cached_property
    def yearly_median(self) -> str | None:
        """The median yearly pay."""
        return _money(self._percentile("yearly_percentiles", "median"), self._context)

    @functools.cached_property
    def yearly_spread(self) -> str | None:
        """The 10th to 90th percentile of yearly pay, unless it is the salary range."""
        context = self._context
        low = _money(self._percentile("yearly_percentiles", "p10"), context)
        high = _money(self._percentile("yearly_percentiles", "p90"), context)
        spread = _span(low, high, context)
        # BLS gives its band as the 10th to 90th percentile: say it once.
        return None if spread == self.salary_band else spread

    @functools.cached_property
    def hourly_median(self) -> str | None:
        """The median hourly pay, with cents."""
        median = self._percentile("hourly_percentiles", "median")
        return _money(median, self._context, cents=True)

    @functools.cached_property
    def city(self) -> str | None:
        """The best-paying city, with its pay when known."""
        return _leader(self._pay_leader("city"), self._context)

    @functools.cached_property
    def state(self) -> str | None:
        """The best-paying state, named in the text language."""
        return _leader(self._pay_leader("state"), self._context, "state")

    @functools.cached_property
    def company(self) -> str | None:
        """The best-paying company."""
        return _leader(self._pay_leader("company"), self._context)

    @functools.cached_property
    def industry(self) -> str | None:
        """The best-paying industry, named in the text language."""
        return _leader(self._pay_leader("industry"), self._context, "industry")

    def _percentile(self, basis: str, name: str) -> Money | None:
        percentiles = None if self._pay is None else getattr(self._pay, basis)
        return None if percentiles is None else getattr(percentiles, name)

    def _pay_leader(self, name: str) -> PayLeader | None:
        leaders = None if self._pay is None else self._pay.leaders
        return None if leaders is None else getattr(leaders, name)

    # ------------------------------------------------------------------------ outlook, career

    @functools.cached_property
    def growth_rate(self) -> str | None:
        """The projected growth of jobs, as a percentage."""
        growth = None if self._outlook is None else self._outlook.growth_rate
        return None if growth is None else self._context.percent(growth)

    @functools.cached_property
    def jobs(self) -> str | None:
        """The number of jobs."""
        jobs = None if self._outlook is None else self._outlook.jobs
        return None if jobs is None else self._context.number(jobs)

    @functools.cached_property
    def satisfaction(self) -> str | None:
        """The job-satisfaction score on its scale ("4.5 of 5")."""
        score = None if self._career is None else self._career.satisfaction
        return _satisfaction(score, self._context)

    @functools.cached_property
    def experience_years(self) -> str | None:
        """The years of experience, to one decimal."""
        years = None if self._career is None else self._career.experience_years
        return None if years is None else self._context.number(years, 1)

    @functools.cached_property
    def time_to_become(self) -> str | None:
        """How long it takes to become one ("4-6 years")."""
        span = None if self._career is None else self._career.time_to_become
        return _years(span, self._context)

    # ------------------------------------------------------------------------ education

    @functools.cached_property
    def degree(self) -> str | None:
        """The usual degree with its share ("Bachelor's Degree, 46%")."""
        education = self._education
        if education is None:
            return None
        degree = _translated(self._translation, "degree", education.degree)
        if degree is None:
            return None
        return _with_share(plain(degree), education.degree_share, self._context)

    @functools.cached_property
    def major(self) -> str | None:
        """The usual major."""
        education = self._education
        if education is None:
            return None
        return _optional_plain(_translated(self._translation, "major", education.major))

    @functools.cached_property
    def college(self) -> str | None:
        """The usual college."""
        return None if self._education is None else _optional_plain(self._education.college)

    # ------------------------------------------------------------------------ demographics

    @functools.cached_property
    def average_age(self) -> str | None:
        """The average age."""
        age = None if self._demographics is None else self._demographics.average_age
        return None if age is None else self._context.number(age)

    @functools.cached_property
    def gender(self) -> str | None:
        """Every gender category with its share, largest first ("Female: 55.9%, Male: 44.1%")."""
        distribution = None if self._demographics is None else self._demographics.gender
        return _distribution(distribution, self._context, self._translation)

    @functools.cached_property
    def race(self) -> str | None:
        """Every race category with its share."""
        distribution = None if self._demographics is None else self._demographics.race
        return _distribution(distribution, self._context, self._translation)

    @functools.cached_property
    def lgbt_share(self) -> str | None:
        """The LGBT share, as a percentage."""
        share = None if self._demographics is None else self._demographics.lgbt_share
        return None if share is None else self._context.percent(share)

    # ------------------------------------------------------------------------ lists and texts

    @functools.cached_property
    def top_skills(self) -> tuple[str, ...]:
        """The first :data:`TOP_SKILLS` skills as they stand inside a sentence."""
        return self._skill_names[1][:TOP_SKILLS]

    @functools.cached_property
    def skills(self) -> tuple[str, ...]:
        """Every skill as a list item, with its share where the data gives a weight."""
        listed = self._skill_names[0]
        weights = [skill.weight for skill in self._skill_list]
        return tuple(
            _with_share(name, weight, self._context)
            for name, weight in zip(listed, weights, strict=True)
        )

    @functools.cached_property
    def description(self) -> tuple[str, ...]:
        """The description's paragraphs."""
        return _paragraphs(_translated(self._translation, "description", self._description))

    @functools.cached_property
    def responsibilities(self) -> tuple[str, ...]:
        """The duties, each on one plain line."""
        duties = _translated(self._translation, "responsibilities", self._duties)
        return tuple(plain(item) for item in duties)

    @functools.cached_property
    def _skill_names(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The skill names as list items and as they stand inside a sentence."""
        translation = self._translation
        if translation is not None and translation.skills:
            # Translated skill names are written as they stand inside a sentence; a list item
            # starts with a capital ("ausgeprägte Kundenorientierung" -> "Ausgeprägte ...").
            in_prose = tuple(plain(name) for name in translation.skills)
            return tuple(_capitalized(name) for name in in_prose), in_prose
        listed = tuple(plain(skill.name) for skill in self._skill_list)
        return listed, tuple(_skill_prose(name, self._context) for name in listed)


#: The texts of a role's figures that RoleFigures has an attribute for, in model order.
TEXTS = (
    "yearly_pay",
    "hourly_pay",
    "salary_band",
    "yearly_median",
    "yearly_spread",
    "hourly_median",
    "city",
    "state",
    "company",
    "industry",
    "growth_rate",
    "jobs",
    "satisfaction",
    "experience_years",
    "time_to_become",
    "degree",
    "major",
    "college",
    "average_age",
    "gender",
    "race",
    "lgbt_share",
)
#: Every public attribute of RoleFigures: its names, each text, the lists and ``others``.
FIELDS = ("names", *TEXTS, "top_skills", "skills", "description", "responsibilities", "others")
_FIELDS = frozenset(FIELDS)
#: The figure texts RoleFigures has an attribute for; every other registered figure is generic.
_OWN_TEXTS = frozenset(TEXTS)
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
    """The figures of ``role`` for ``context``, each formatted on first use, and cached.

    Every pair a role takes part in reuses the same strings.  The cache keeps the most recent
    :data:`CACHE_SIZE` (role, locale) entries, drops those of roles no longer in use, and is
    safe to use from many threads.
    """
    found = _cache.get(role, context.tag)
    if found is not None:
        return found
    return _cache.put(role, RoleFigures(role, context), context.tag)


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
    return _or_more(_shown(money, context, cents=cents), money, context)


def _shown(money: Money | None, context: LocaleContext, *, cents: bool = False) -> str | None:
    """The amount alone, as the locale formats it (no "or more")."""
    return None if money is None else context.money(money, cents=cents)


def _or_more(shown: str | None, money: Money | None, context: LocaleContext) -> str | None:
    """An amount's text, marked as a lower bound when the amount is one."""
    if shown is None or money is None:
        return None
    if money.at_least:
        # Translators: a top-coded wage, known only as a lower bound ("$239,200 or more").
        return context.pgettext("amount", "%(amount)s or more") % {"amount": shown}
    return shown


def _in_prose(
    text: str | None, money: Money | None, context: LocaleContext, shown: str | None
) -> str | None:
    """An amount's ``text`` (as :func:`_money` writes it) as a sentence reads the amount.

    ``shown`` is the amount alone, as :func:`_shown` formats it.
    """
    if text is None or money is None or shown is None:
        return text
    prose = context.rules.prose_amount(shown, money, context.locale)
    return text if prose == shown else text.replace(shown, prose)


def _span(low: str | None, high: str | None, context: LocaleContext) -> str | None:
    if low is None or high is None:
        return None
    # Translators: a range of amounts of money in a table cell; English joins them with an
    # en dash.
    return context.pgettext("range of amounts", "%(low)s\u2013%(high)s") % {
        "low": low,
        "high": high,
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


#: The top of the job-satisfaction scale (:class:`~careerdata.model.Career`: 1 to 5).
SATISFACTION_SCALE = 5


def _satisfaction(score: float | None, context: LocaleContext) -> str | None:
    """A satisfaction score with its scale: "4.5 out of 5"."""
    if score is None:
        return None
    # Translators: a job-satisfaction score on its scale in a table cell ("4.5 out of 5").
    return context.pgettext("score on a scale", "%(score)s out of %(scale)s") % {
        "score": context.number(score, 1),
        "scale": context.number(SATISFACTION_SCALE),
    }


def _years(span: YearRange | None, context: LocaleContext) -> str | None:
    """How long it takes to become one: "4-6 years", "2 years", "up to 2 years".

    A range takes the plural form of its end, as CLDR's plural ranges give it for the
    languages shipped ("2-4 lata", "4-6 lat"; German "bis", French "à" alike).
    """
    if span is None:
        return None
    low, high = context.number(span.low), context.number(span.high)
    if (span.low, span.high) == (0, 1):
        # Translators: the time to become one when it is from 0 to 1 year ("It typically takes
        # up to a year to become ..."); say it as your language does ("less than a year").
        return context.pgettext("time to become", "up to a year")
    if span.low == span.high:
        return context.ngettext("%(count)s year", "%(count)s years", span.high) % {"count": high}
    if span.low == 0:
        # Translators: the time to become one when it is from 0 to N years ("It typically
        # takes up to 3 years to become ..."), never "0-3 years".
        template = context.ngettext("up to %(count)s year", "up to %(count)s years", span.high)
        return template % {"count": high}
    return context.ngettext("%(low)s-%(high)s year", "%(low)s-%(high)s years", span.high) % {
        "low": low,
        "high": high,
    }


# ---------------------------------------------------------------------------- education


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


def _distribution(
    distribution: Distribution | None, context: LocaleContext, translation: Translation | None
) -> str | None:
    """Every category with its share to one decimal: "Female: 55.9%, Male: 44.1%".

    The categories are in :attr:`~careerdata.model.Distribution.display_order`: the largest
    share first, a category the data marks unreported last.  A category is named as the
    role's translation names it (``Translation.categories``), else as the catalog names the
    categories of U.S. statistics, else as the data gives it.
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
        for item in distribution.display_order
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
