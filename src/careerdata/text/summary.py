"""The opening prose of a comparison page: what differs, how long it takes, pay and skills.

Each sentence is one translatable message with named placeholders; a sentence whose figures are
missing changes its form or is left out, it never shows a dash or "None".
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import babel
from babel.numbers import get_currency_name

from careerdata.compare import Comparison, Direction, Exchange
from careerdata.errors import ValidationError
from careerdata.errors import _shown as shown
from careerdata.model import Money
from careerdata.text._figures import RoleFigures, role_figures
from careerdata.text._locale import LocaleContext, resolve

__all__ = ["check_comparison", "currency_note", "summarize", "summary_paragraphs"]

_RATE_PLACES = Decimal("0.0001")


def summarize(
    comparison: Comparison, locale: str | babel.Locale = "en_US", *, fallback: bool = True
) -> str:
    """Write the opening prose of the page comparing ``comparison.a`` with ``comparison.b``.

    The text is in the best shipped language for ``locale`` (English otherwise:
    :func:`~careerdata.text.written_language` says which) and every figure follows the full
    ``locale``.  It has one or two paragraphs separated by a blank line: the differences, time
    to become and pay, then the top skills.  Raises
    :class:`~careerdata.errors.UnknownLocaleError` for a locale CLDR does not know, and with
    ``fallback=False`` for a locale whose language has no catalog, and
    :class:`~careerdata.errors.ValidationError` (path ``comparison``) for a comparison of a role
    with itself, whose every sentence would contradict itself.

    >>> import careerdata as cd
    >>> from careerdata.compare import compare
    >>> a = cd.Role(title="HR Manager", pay=cd.Pay(yearly=cd.Money(82000)))
    >>> b = cd.Role(title="UX Designer", pay=cd.Pay(yearly=cd.Money(95500)))
    >>> print(summarize(compare(a, b)))  # doctest: +NORMALIZE_WHITESPACE
    The differences between HR managers and UX designers can be seen in a few details. A UX
    designer has an average salary of $95,500, which is higher than the $82,000 average annual
    salary of an HR manager.
    """
    check_comparison(comparison)
    context = resolve(locale, fallback=fallback)
    return "\n\n".join(summary_paragraphs(comparison, context))


def check_comparison(comparison: object) -> None:
    """Raise :class:`~careerdata.errors.ValidationError` at ``comparison`` unless it is one.

    It must compare two different roles: the prose of a role set against itself would
    contradict itself in every sentence ("the differences between actors and actors").
    """
    if not isinstance(comparison, Comparison):
        message = (
            f"expected a Comparison, as careerdata.compare(a, b) returns; got {shown(comparison)}"
        )
        raise ValidationError.at("comparison", message)
    if comparison.a is comparison.b or comparison.a == comparison.b:
        message = (
            f"compares the role {shown(comparison.a.title)} with itself; "
            "a page compares two different roles"
        )
        raise ValidationError.at("comparison", message)


def summary_paragraphs(comparison: Comparison, context: LocaleContext) -> list[str]:
    """The opening paragraphs as plain text, for :func:`summarize` and the page."""
    a = role_figures(comparison.a, context)
    b = role_figures(comparison.b, context)
    texts = paragraphs(comparison, a, b, pair_names(a, b), context)
    return [context.regional(text) for text in texts]


def reads_as_lists(a: RoleFigures, b: RoleFigures, context: LocaleContext) -> bool:
    """Whether either title reads as a list in the plural, so no sentence joins the two."""
    reads = context.rules.reads_as_list
    return reads(a.names.forms["plural"]) or reads(b.names.forms["plural"])


def pair_names(a: RoleFigures, b: RoleFigures) -> dict[str, str]:
    """The message placeholders of both roles: ``a``, ``a_indefinite``, ..., ``b_plural``."""
    return {**a.names.placeholders("a"), **b.names.placeholders("b")}


def paragraphs(
    comparison: Comparison,
    a: RoleFigures,
    b: RoleFigures,
    names: dict[str, str],
    context: LocaleContext,
) -> list[str]:
    """The opening paragraphs from figures the caller already has."""
    if reads_as_lists(a, b, context):
        # Translators: the first sentence of the page when a title is itself a list in English
        # ("accountants and auditors"), so it is not joined to the other by "and"; translate it
        # as the sentence "The differences between ... can be seen in a few details."
        first = context.rules.sentence(
            context.gettext("%(a_plural)s differ from %(b_plural)s in a few details.") % names
        )
    else:
        # Translators: the first sentence of the page. Job titles in every message: %(a)s,
        # %(a_indefinite)s ("a customer care supervisor"), %(a_plural)s and
        # %(a_plural_possessive)s are English forms; in other languages each of them is the
        # title (translated, or English) in your quotation marks, so build every sentence
        # around a noun and the title never inflects ("als %(a)s"). %(a_name)s, in headings,
        # is the title without quotation marks. Your language's rules may give more forms
        # (French %(a_de)s: "d'« ... »"). Likewise for b, role, higher, lower.
        first = (
            context.gettext(
                "The differences between %(a_plural)s and %(b_plural)s can be seen in a few "
                "details."
            )
            % names
        )
    opening = [first]
    if a.responsibilities and b.responsibilities:
        # Translators: said only when the page lists the duties of both roles.
        opening.append(context.gettext("Each job has different responsibilities and duties."))
    opening += _time_to_become(comparison, a, b, names, context)
    # "Additionally" only after a sentence that states a fact of the pair.
    opening += _salary(comparison, (a, b), names, context, follows_fact=len(opening) > 1)
    skills = _skills(a, context, first=True) + _skills(b, context, first=False)
    separator = context.rules.sentence_separator
    return [separator.join(sentences) for sentences in (opening, skills) if sentences]


def _time_to_become(
    comparison: Comparison,
    a: RoleFigures,
    b: RoleFigures,
    names: dict[str, str],
    context: LocaleContext,
) -> list[str]:
    if a.time_to_become is None or b.time_to_become is None:
        return []
    if comparison.time_to_become.same:
        # Translators: %(years)s is a span such as "4-6 years".
        message = context.gettext(
            "It typically takes %(years)s to become both %(a_indefinite)s and %(b_indefinite)s."
        )
        return [message % {**names, "years": a.time_to_become}]
    message = context.gettext(
        "It typically takes %(a_years)s to become %(a_indefinite)s and %(b_years)s to become "
        "%(b_indefinite)s."
    )
    return [message % {**names, "a_years": a.time_to_become, "b_years": b.time_to_become}]


def _salary(
    comparison: Comparison,
    pair: tuple[RoleFigures, RoleFigures],
    names: dict[str, str],
    context: LocaleContext,
    *,
    follows_fact: bool,
) -> list[str]:
    """The pay sentences, the first opening with "Additionally" when ``follows_fact``.

    Two yearly salaries are compared, and so are two hourly wages when neither role has a
    yearly one; otherwise each role's pay is said on its own (its yearly salary, else its
    hourly wage), so that a salary is never weighed against a wage by the hour.
    """
    a, b = pair
    if a.yearly_pay is not None and b.yearly_pay is not None:
        return _yearly_pair(comparison, pair, names, context, follows_fact=follows_fact)
    if a.yearly_pay is None and b.yearly_pay is None:
        hourly = _hourly_pair(comparison, pair, names, context, follows_fact=follows_fact)
        if hourly is not None:
            return hourly
    sentences: list[str] = []
    for figures in pair:
        said = _own_pay(figures, context, follows_fact=follows_fact and not sentences)
        if said is not None:
            sentences.append(said)
    return sentences


def _own_pay(figures: RoleFigures, context: LocaleContext, *, follows_fact: bool) -> str | None:
    """One role's yearly salary, else its hourly wage, as a sentence of its own."""
    gettext = context.gettext
    values = figures.names.placeholders("role")
    if figures.yearly_pay_in_prose is not None:
        # Translators: only one of the two roles has a salary figure.
        message = (
            gettext("Additionally, %(role_indefinite)s has an average salary of %(pay)s.")
            if follows_fact
            # Translators: as "Additionally, ... has an average salary of ...", without
            # "Additionally": no fact of the pair was stated before it.
            else gettext("%(role_indefinite)s has an average salary of %(pay)s.")
        )
        return context.rules.sentence(message % {**values, "pay": figures.yearly_pay_in_prose})
    if figures.hourly_pay_in_prose is None:
        return None
    # Translators: a role with no yearly salary figure, only a mean hourly wage ("$58.29"),
    # as BLS gives for actors; said of one role on its own, never weighed against a salary.
    message = (
        gettext("Additionally, %(role_indefinite)s earns an average of %(pay)s an hour.")
        if follows_fact
        # Translators: as "Additionally, ... earns an average of ... an hour", without
        # "Additionally": no fact of the pair was stated before it.
        else gettext("%(role_indefinite)s earns an average of %(pay)s an hour.")
    )
    return context.rules.sentence(message % {**values, "pay": figures.hourly_pay_in_prose})


def _hourly_pair(
    comparison: Comparison,
    pair: tuple[RoleFigures, RoleFigures],
    names: dict[str, str],
    context: LocaleContext,
    *,
    follows_fact: bool,
) -> list[str] | None:
    """The sentence comparing two hourly wages, or ``None`` when they cannot be compared.

    Two wages in currencies with no rate between them, or two lower bounds, are said one role
    at a time (:func:`_own_pay`).
    """
    a, b = pair
    if a.hourly_pay_in_prose is None or b.hourly_pay_in_prose is None:
        return None
    delta = comparison.hourly_pay
    direction = delta.direction
    exchange = delta.exchange
    if direction is None or (exchange is not None and not exchange.converted):
        return None
    gettext = context.gettext
    sentence = context.rules.sentence
    pays = {id(a): a.hourly_pay_in_prose, id(b): b.hourly_pay_in_prose}
    if direction is Direction.SAME:
        # Translators: neither role has a yearly salary figure, and both earn the same mean
        # hourly wage.
        message = (
            gettext(
                "Additionally, %(a_indefinite)s earns an average of %(a_pay)s an hour, which is "
                "the same as the average hourly wage of %(b_indefinite)s."
            )
            if follows_fact
            # Translators: the same sentence without "Additionally" (nothing came before it).
            else gettext(
                "%(a_indefinite)s earns an average of %(a_pay)s an hour, which is the same as "
                "the average hourly wage of %(b_indefinite)s."
            )
        )
        return [sentence(message % {**names, "a_pay": pays[id(a)]})]
    note = [] if exchange is None else [_conversion(exchange, context)]
    higher, lower = (a, b) if direction is Direction.HIGHER else (b, a)
    # Translators: neither role has a yearly salary figure, only a mean hourly wage; the
    # better-paid role comes first, whichever it is.
    message = (
        gettext(
            "Additionally, %(higher_indefinite)s earns an average of %(higher_pay)s an hour, "
            "which is higher than the %(lower_pay)s average hourly wage of "
            "%(lower_indefinite)s."
        )
        if follows_fact
        # Translators: the same sentence without "Additionally" (nothing came before it).
        else gettext(
            "%(higher_indefinite)s earns an average of %(higher_pay)s an hour, which is higher "
            "than the %(lower_pay)s average hourly wage of %(lower_indefinite)s."
        )
    )
    return [sentence(message % _ranked(higher, lower, pays)), *note]


def _yearly_pair(
    comparison: Comparison,
    pair: tuple[RoleFigures, RoleFigures],
    names: dict[str, str],
    context: LocaleContext,
    *,
    follows_fact: bool,
) -> list[str]:
    """The sentence comparing two yearly salaries."""
    a, b = pair
    gettext = context.gettext
    sentence = context.rules.sentence
    # Each salary as prose reads it (Japanese with 万), by the role's figures.
    pays = {
        id(a): a.yearly_pay_in_prose,
        id(b): b.yearly_pay_in_prose,
    }
    direction = comparison.yearly_pay.direction
    if direction is Direction.SAME:
        message = (
            gettext(
                "Additionally, %(a_indefinite)s has an average salary of %(a_pay)s, which is "
                "the same as the average annual salary of %(b_indefinite)s."
            )
            if follows_fact
            # Translators: the same sentence without "Additionally" (nothing came before it).
            else gettext(
                "%(a_indefinite)s has an average salary of %(a_pay)s, which is the same as the "
                "average annual salary of %(b_indefinite)s."
            )
        )
        return [sentence(message % {**names, "a_pay": pays[id(a)]})]
    exchange = comparison.yearly_pay.exchange
    if exchange is not None and not exchange.converted:
        # Translators: both salaries are known, in two currencies, and no rate was given to
        # convert one into the other.
        message = (
            gettext(
                "Additionally, the average salary of %(a_indefinite)s is %(a_pay)s and that of "
                "%(b_indefinite)s is %(b_pay)s; the two are in different currencies and are "
                "not compared."
            )
            if follows_fact
            # Translators: the same sentence without "Additionally" (nothing came before it).
            else gettext(
                "The average salary of %(a_indefinite)s is %(a_pay)s and that of "
                "%(b_indefinite)s is %(b_pay)s; the two are in different currencies and are "
                "not compared."
            )
        )
        return [message % {**names, "a_pay": pays[id(a)], "b_pay": pays[id(b)]}]
    note = [] if exchange is None else [_conversion(exchange, context)]
    if direction is None:
        # Translators: both salaries are known but cannot be ordered (two lower bounds).
        message = (
            gettext(
                "Additionally, the average salary of %(a_indefinite)s is %(a_pay)s, and that of "
                "%(b_indefinite)s is %(b_pay)s."
            )
            if follows_fact
            # Translators: the same sentence without "Additionally" (nothing came before it).
            else gettext(
                "The average salary of %(a_indefinite)s is %(a_pay)s, and that of "
                "%(b_indefinite)s is %(b_pay)s."
            )
        )
        return [message % {**names, "a_pay": pays[id(a)], "b_pay": pays[id(b)]}, *note]
    higher, lower = (a, b) if direction is Direction.HIGHER else (b, a)
    # Translators: the better-paid role comes first, whichever it is.
    message = (
        gettext(
            "Additionally, %(higher_indefinite)s has an average salary of %(higher_pay)s, which "
            "is higher than the %(lower_pay)s average annual salary of %(lower_indefinite)s."
        )
        if follows_fact
        # Translators: the same sentence without "Additionally" (nothing came before it).
        else gettext(
            "%(higher_indefinite)s has an average salary of %(higher_pay)s, which is higher "
            "than the %(lower_pay)s average annual salary of %(lower_indefinite)s."
        )
    )
    return [sentence(message % _ranked(higher, lower, pays)), *note]


def _ranked(
    higher: RoleFigures, lower: RoleFigures, pays: Mapping[int, str | None]
) -> dict[str, str | None]:
    """The placeholders of a sentence naming the better-paid role first, with both pays."""
    return {
        **higher.names.placeholders("higher"),
        **lower.names.placeholders("lower"),
        "higher_pay": pays[id(higher)],
        "lower_pay": pays[id(lower)],
    }


def currency_note(comparison: Comparison, context: LocaleContext) -> str | None:
    """What the page says of pay in two currencies: not compared, or converted at which rate.

    ``None`` when every amount compared is in one currency.
    """
    for delta in (comparison.yearly_pay, comparison.hourly_pay, comparison.salary_band):
        exchange = delta.exchange
        if exchange is None:
            continue
        if exchange.converted:
            return _conversion(exchange, context)
        # Translators: a note below the salary table when the two roles are paid in two
        # currencies and no exchange rate was given; the currencies are their names in the
        # plural ("US dollars", "euros").
        message = context.gettext(
            "The pay of the two roles is in %(a_currency)s and %(b_currency)s, and is not "
            "converted: compare these figures with care."
        )
        return message % {
            "a_currency": _currency_name(exchange.a_currency, context),
            "b_currency": _currency_name(exchange.b_currency, context),
        }
    return None


def _conversion(exchange: Exchange, context: LocaleContext) -> str:
    rate = exchange.rate
    assert rate is not None  # noqa: S101 - only converted exchanges come here
    # Translators: how pay in two currencies was compared; %(one)s is one unit of the second
    # role's currency ("$1.00") and %(rate)s its value in the first role's ("€0.93").
    message = context.gettext(
        "For the comparison, pay in %(from_currency)s is converted into %(to_currency)s at "
        "%(one)s = %(rate)s."
    )
    return message % {
        "from_currency": _currency_name(exchange.b_currency, context),
        "to_currency": _currency_name(exchange.a_currency, context),
        "one": context.money(Money(1, exchange.b_currency), cents=True),
        "rate": context.money(Money(rate.quantize(_RATE_PLACES), exchange.a_currency), cents=True),
    }


def _currency_name(code: str, context: LocaleContext) -> str:
    """A currency's name in the text language, in the plural ("US dollars", "euros")."""
    name = str(get_currency_name(code, count=2, locale=context.text_locale))
    return context.rules.currency_in_prose(name)


def _skills(figures: RoleFigures, context: LocaleContext, *, first: bool) -> list[str]:
    """The sentence naming a role's top skills; the seeds word the first and second differently."""
    skills = figures.top_skills
    if not skills:
        return []
    values = {
        **figures.names.placeholders("role"),
        "skills": context.join(list(skills)),
        "skill": skills[0],
    }
    if len(skills) == 1:
        message = (
            context.gettext("The top skill for %(role_indefinite)s is %(skill)s.")
            if first
            else context.gettext("The most important skill for %(role_indefinite)s is %(skill)s.")
        )
    elif first and len(skills) == 2:
        message = context.gettext("The top two skills for %(role_indefinite)s are %(skills)s.")
    elif first:
        message = context.gettext(
            "The top three skills for %(role_indefinite)s include %(skills)s."
        )
    else:
        message = context.gettext(
            "The most important skills for %(role_indefinite)s are %(skills)s."
        )
    return [message % values]
