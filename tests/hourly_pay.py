"""The summaries that say each hourly-pay sentence, for every language's tests of them.

BLS gives actors and dancers a mean hourly wage and no yearly salary; a customer service
representative has both.  Each key names a message: ``alone`` (a role's hourly wage beside
the other's salary), ``higher`` (two hourly wages), ``same`` (two equal hourly wages), each
also after a stated fact (``..._additionally``: both roles have a time to become).
"""

from __future__ import annotations

import attrs

import careerdata as cd
from careerdata.model import Career, Role, YearRange
from cldr import money

_BLS = cd.load_dataset("bls-oews-2025")
ACTOR = _BLS.find("actor")
DANCER = _BLS.find("dancer")
AGENT = _BLS.find("43-4051")


def _after_a_fact(role: Role) -> Role:
    return attrs.evolve(role, career=Career(time_to_become=YearRange(2, 4)))


def _pairs() -> dict[str, tuple[Role, Role]]:
    equal = attrs.evolve(DANCER, pay=ACTOR.pay)
    return {
        # The representative first: the actor's wage is said second, never "Additionally".
        "alone": (AGENT, ACTOR),
        "higher": (ACTOR, DANCER),
        "same": (ACTOR, equal),
    }


def summaries(locale: str) -> dict[str, str]:
    """Each pair's summary in ``locale``, with and without a fact stated before the pay."""
    texts = {}
    for key, (a, b) in _pairs().items():
        texts[key] = cd.summarize(cd.compare(a, b), locale)
        first, second = (ACTOR, AGENT) if key == "alone" else (a, b)
        fact = cd.compare(_after_a_fact(first), _after_a_fact(second))
        texts[f"{key}_additionally"] = cd.summarize(fact, locale)
    return texts


def wage(role: Role, locale: str) -> str:
    """The role's mean hourly wage with cents, as CLDR writes it in ``locale``."""
    assert role.pay is not None
    assert role.pay.hourly is not None
    return money(str(role.pay.hourly.amount), role.pay.currency, locale)


def salary(role: Role, locale: str) -> str:
    """The role's mean yearly salary in whole units, as CLDR writes it in ``locale``."""
    assert role.pay is not None
    assert role.pay.yearly is not None
    return money(str(role.pay.yearly.amount), role.pay.currency, locale, whole=True)
