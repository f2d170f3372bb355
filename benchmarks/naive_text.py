"""Naive baseline for benchmark 2: the English opening paragraph written the obvious way.

It produces the same text as ``careerdata.summarize(comparison, "en_US")`` (a test checks this
for every seed pair) but, as a first implementation would, calls babel's public
``Locale.parse``, ``format_currency``, ``format_decimal`` and ``format_list`` on every call and
formats each role's figures again for every pair.  It covers the branches the seed pairs take:
both salaries known (higher, lower or equal), one known, and the skills sentences.
"""

from __future__ import annotations

import re

from babel import Locale
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal

from careerdata.model import Money, Role
from careerdata.text import english


def _money(money: Money, locale: str) -> str:
    # Whole units in the locale's own pattern: drop the fraction digits from its pattern.
    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    whole = re.sub(r"\.0+", "", pattern)
    text = format_currency(
        money.amount,
        money.currency,
        format=whole,
        locale=Locale.parse(locale),
        currency_digits=False,
    )
    return f"{text} or more" if money.at_least else text


def _years(role: Role, locale: str) -> str | None:
    span = role.career.time_to_become if role.career else None
    if span is None:
        return None
    low = format_decimal(span.low, locale=Locale.parse(locale))
    high = format_decimal(span.high, locale=Locale.parse(locale))
    if span.low == span.high:
        return f"{high} year" if span.high == 1 else f"{high} years"
    return f"{low}-{high} years"


def _with_article(role: Role) -> str:
    return english.indefinite(role.title, role.article)


def _plural(role: Role) -> str:
    return english.prose_case(role.plural or english.plural(role.title))


def _salary(a: Role, b: Role, locale: str) -> list[str]:
    a_pay = a.pay.yearly if a.pay else None
    b_pay = b.pay.yearly if b.pay else None
    if a_pay is None and b_pay is None:
        return []
    if a_pay is None or b_pay is None:
        role, pay = (a, a_pay) if a_pay is not None else (b, b_pay)
        assert pay is not None
        return [
            f"Additionally, {_with_article(role)} has an average salary of {_money(pay, locale)}."
        ]
    if a_pay.amount == b_pay.amount:
        same = (
            f"Additionally, {_with_article(a)} has an average salary of {_money(a_pay, locale)}, "
            f"which is the same as the average annual salary of {_with_article(b)}."
        )
        return [same]
    (high, high_pay), (low, low_pay) = sorted(
        [(a, a_pay), (b, b_pay)], key=lambda item: item[1].amount, reverse=True
    )
    higher = (
        f"Additionally, {_with_article(high)} has an average salary of {_money(high_pay, locale)}, "
        f"which is higher than the {_money(low_pay, locale)} average annual salary of "
        f"{_with_article(low)}."
    )
    return [higher]


def _skills(role: Role, locale: str, *, first: bool) -> list[str]:
    skills = [english.prose_case(skill.name) for skill in role.skills[:3]]
    if not skills:
        return []
    listed = format_list(skills, locale=Locale.parse(locale))
    who = _with_article(role)
    if len(skills) == 1:
        verb = "The top skill for" if first else "The most important skill for"
        return [f"{verb} {who} is {listed}."]
    if not first:
        return [f"The most important skills for {who} are {listed}."]
    if len(skills) == 2:
        return [f"The top two skills for {who} are {listed}."]
    return [f"The top three skills for {who} include {listed}."]


def summarize(a: Role, b: Role, locale: str = "en_US") -> str:
    """The English opening paragraphs for roles ``a`` and ``b``, formatted from scratch."""
    opening = [
        f"The differences between {_plural(a)} and {_plural(b)} can be seen in a few details.",
        "Each job has different responsibilities and duties.",
    ]
    a_years, b_years = _years(a, locale), _years(b, locale)
    if a_years is not None and b_years is not None:
        if a_years == b_years:
            opening.append(
                f"It typically takes {a_years} to become both {_with_article(a)} and "
                f"{_with_article(b)}."
            )
        else:
            opening.append(
                f"It typically takes {a_years} to become {_with_article(a)} and {b_years} to "
                f"become {_with_article(b)}."
            )
    opening += _salary(a, b, locale)
    skills = _skills(a, locale, first=True) + _skills(b, locale, first=False)
    return "\n\n".join(" ".join(part) for part in (opening, skills) if part)
