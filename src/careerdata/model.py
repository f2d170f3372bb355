"""The domain model: immutable, validated values describing a job role.

Every class here is a frozen, slotted attrs class: hashable, compared by value, and checked at
construction so that everything downstream can trust an instance.  Invalid values raise
:class:`~careerdata.errors.ValidationError` naming the field (``range: low 59000 is above
high 30000``); the ``io`` layer prefixes the path of the value in the file.

Conventions, used throughout the library:

* **Missing is** ``None``: never ``0`` or ``""``.  Every field of a role except its title may be
  missing.
* **Money** is :class:`Money`: an exact :class:`~decimal.Decimal` amount with an ISO 4217
  currency code.  A BLS top-coded wage is a lower bound (``Money(..., at_least=True)``).
* **Shares and percentages are fractions**: ``0.46`` means 46 %.  Growth rates are signed
  fractions too (``-0.04`` is a 4 % decline).  They are ``float`` because they are measures, not
  money.
* **Distributions** sum to 1 within :data:`SHARE_SUM_TOLERANCE`, the rounding a source that
  prints one decimal per category can introduce.

>>> from careerdata.model import Money, Pay, Role, SalaryBand
>>> role = Role(
...     title="Customer Service Manager",
...     pay=Pay(yearly=Money(61487), range=SalaryBand(Money(35000), Money(105000))),
... )
>>> role.slug
'customer-service-manager'
>>> role.pay.range.width
Money(amount=Decimal('70000'), currency='USD', at_least=False)
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

import attrs

from careerdata.errors import CurrencyMismatchError, Problem, ValidationError, _shown

__all__ = [
    "MAX_TEXT_LENGTH",
    "MAX_TITLE_LENGTH",
    "SHARE_SUM_TOLERANCE",
    "Career",
    "CategoryShare",
    "DatasetInfo",
    "Demographics",
    "Distribution",
    "Education",
    "LocalizedTitle",
    "Money",
    "Outlook",
    "Pay",
    "PayLeader",
    "PayLeaders",
    "Percentiles",
    "Provenance",
    "Role",
    "SalaryBand",
    "Skill",
    "Translation",
    "YearRange",
    "slugify",
]

#: How far the shares of a :class:`Distribution` (and the weights of a role's skills) may sum
#: away from 1: half a percentage point, enough for six categories printed to one decimal.
SHARE_SUM_TOLERANCE = 0.005
#: Longest title, alias, skill, degree or place name accepted, in characters.
MAX_TITLE_LENGTH = 200
#: Longest description or responsibility accepted, in characters.
MAX_TEXT_LENGTH = 5000
#: Largest money amount accepted (exclusive), and most significant digits kept exactly.
MAX_AMOUNT = Decimal("1e12")
MAX_AMOUNT_DIGITS = 15
#: Most decimal places of a money amount: a finer one (1e-400) is no float, so it would not
#: survive a JSON round trip; above this, 15 significant digits always do.
MAX_AMOUNT_PLACES = 300
_THOUSANDTH = Decimal("0.001")

_CURRENCY = re.compile(r"[A-Z]{3}\Z")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_LANGUAGE = re.compile(r"[a-z]{2,3}\Z")
_SOC = re.compile(r"[0-9]{2}-[0-9]{4}\Z")  # ASCII digits: \d also matches other scripts
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_LONG_TEXT = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # newlines allowed


def _fail(path: str, message: str) -> ValidationError:
    return ValidationError([Problem(path, message)])


# --------------------------------------------------------------------------- validators


def _check_text(path: str, value: str, limit: int = MAX_TITLE_LENGTH) -> None:
    """Reject empty, padded, over-long or control-character text (newlines only in long text)."""
    if not isinstance(value, str):
        raise _fail(path, f"expected text, got {type(value).__name__}")
    if not value.strip():
        raise _fail(path, "must not be empty or only white space")
    if value != value.strip():
        raise _fail(path, f"must not start or end with white space: {_shown(value)}")
    if len(value) > limit:
        raise _fail(path, f"is {len(value)} characters long; at most {limit} are allowed")
    # One regex search instead of a Python loop per character: loading large datasets checks
    # thousands of strings.  Category Cc is exactly U+0000-U+001F and U+007F-U+009F.
    control = (_CONTROL_IN_LONG_TEXT if limit > MAX_TITLE_LENGTH else _CONTROL).search(value)
    if control is not None:
        raise _fail(path, f"contains the control character {control.group()!r}")


def _text(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    _check_text(attribute.name, value)


def _long_text(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    _check_text(attribute.name, value, MAX_TEXT_LENGTH)


def _optional_text(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _check_text(attribute.name, value)


def _optional_long_text(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _check_text(attribute.name, value, MAX_TEXT_LENGTH)


def _check_number(path: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(path, f"expected a number, got {type(value).__name__}")
    if not math.isfinite(value):
        raise _fail(path, f"must be a finite number, got {_shown(value)}")


def _share(_: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    """A fraction in [0, 1]."""
    if value is None:
        return
    _check_number(attribute.name, value)
    if not 0 <= value <= 1:
        raise _fail(
            attribute.name,
            f"{_shown(value)} is not a share between 0 and 1 "
            "(shares are fractions: 0.46 means 46%)",
        )


def _between(low: float, high: float) -> Any:
    def check(_: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
        if value is None:
            return
        _check_number(attribute.name, value)
        if not low <= value <= high:
            raise _fail(attribute.name, f"{_shown(value)} is outside {low} to {high}")

    return check


def _count(_: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(attribute.name, f"expected a whole number, got {type(value).__name__}")
    if not 0 <= value < 10**12:
        raise _fail(attribute.name, f"{_shown(value)} is not a count between 0 and 10^12")


def _to_float(value: Any) -> Any:
    """Accept exact JSON decimals and ints for float measures; leave anything else to validate."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53:
        return float(value)
    return value


def _optional_float(value: Any) -> Any:
    return None if value is None else _to_float(value)


def _to_decimal(value: Any) -> Any:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        # repr() is the shortest string that round-trips: 29.56 stays Decimal("29.56").
        return Decimal(repr(value))
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except InvalidOperation:
            return value
    return value


def _tuple(value: Any) -> Any:
    """Turn lists into tuples; refuse to iterate a string or a mapping as a sequence."""
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return value


def _check_sequence(path: str, value: Any, item_type: type) -> None:
    if not isinstance(value, tuple):
        raise _fail(path, f"expected a list, got {type(value).__name__}")
    for index, item in enumerate(value):
        if not isinstance(item, item_type):
            raise _fail(
                f"{path}[{index}]",
                f"expected {item_type.__name__}, got {type(item).__name__}",
            )


def _texts(_: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    _check_sequence(attribute.name, value, str)
    limit = MAX_TEXT_LENGTH if attribute.name == "responsibilities" else MAX_TITLE_LENGTH
    seen: dict[str, int] = {}
    for index, item in enumerate(value):
        _check_text(f"{attribute.name}[{index}]", item, limit)
        key = item.casefold()
        if key in seen:
            raise _fail(f"{attribute.name}[{index}]", f"repeats item {seen[key]}: {_shown(item)}")
        seen[key] = index


def _instance_of(cls: type) -> Any:
    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, cls):
            raise _fail(attribute.name, f"expected {cls.__name__}, got {type(value).__name__}")

    return check


# --------------------------------------------------------------------------- helpers


def slugify(text: str) -> str:
    """Derive a URL slug from a title: lower case ASCII words joined by hyphens.

    >>> slugify("Customer Service/Operations Manager")
    'customer-service-operations-manager'
    >>> slugify("Café Gérant")
    'cafe-gerant'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


# --------------------------------------------------------------------------- money


def _amount(_: Any, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    if not isinstance(value, Decimal):
        raise _fail(attribute.name, f"expected an amount of money, got {_shown(value)}")
    _check_amount(attribute.name, value)


def _check_amount(path: str, value: Decimal) -> None:
    """Reject what is not a finite amount in [0, MAX_AMOUNT) that JSON can carry exactly."""
    if not value.is_finite():
        raise _fail(path, f"must be a finite amount, got {value}")
    if value < 0:
        raise _fail(path, f"must not be negative, got {_shown(value)}")
    if value >= MAX_AMOUNT:
        raise _fail(path, f"{_shown(value)} is too large (at most {MAX_AMOUNT:,.0f})")
    # The usual amount has at most 3 decimal places: then below 10^12 it has at most 15
    # significant digits.  quantize() and == are exact and cheaper than as_tuple().
    if value.quantize(_THOUSANDTH) == value:
        return
    _, digits, exponent = value.normalize().as_tuple()
    if exponent < -MAX_AMOUNT_PLACES:  # type: ignore[operator]
        raise _fail(path, f"{_shown(value)} has more than {MAX_AMOUNT_PLACES} decimal places")
    if len(digits) > MAX_AMOUNT_DIGITS:
        raise _fail(path, f"{_shown(value)} has more than {MAX_AMOUNT_DIGITS} significant digits")


def _flag(_: Any, attribute: attrs.Attribute[Any], value: bool) -> None:
    if value is not True and value is not False:
        raise _fail(attribute.name, f"expected true or false, got {_shown(value)}")


def _currency(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not _CURRENCY.match(value):
        raise _fail(attribute.name, f"{_shown(value)} is not an ISO 4217 code such as 'USD'")


@attrs.frozen
class Money:
    """An exact, non-negative amount of money in one currency.

    ``at_least`` marks a lower bound: the true value is this amount or more (BLS publishes
    wages above its top code that way).  Amounts accept ``int``, ``str``, ``float`` (through
    its shortest repr) or :class:`~decimal.Decimal`.

    >>> Money("29.56")
    Money(amount=Decimal('29.56'), currency='USD', at_least=False)
    """

    amount: Decimal = attrs.field(converter=_to_decimal, validator=_amount)
    currency: str = attrs.field(default="USD", validator=_currency, kw_only=False)
    at_least: bool = attrs.field(default=False, validator=_flag)

    def same_currency(self, other: Money) -> None:
        """Raise :class:`~careerdata.errors.CurrencyMismatchError` unless both share a currency."""
        if self.currency != other.currency:
            raise CurrencyMismatchError(
                [Problem("currency", f"cannot combine {self.currency} with {other.currency}")]
            )


# Currency codes Money has accepted: most data repeats one or two, checked once here.
_ACCEPTED_CURRENCIES: set[str] = set()
_new_object = object.__new__
_set_field = object.__setattr__


def _new_money(amount: Any, currency: str, at_least: bool = False) -> Money:
    """``Money(amount, currency, at_least)`` with the same checks and fewer calls.

    For the ``io`` layer, which builds tens of thousands of amounts when loading a dataset:
    an ``int`` or ``Decimal`` amount, a currency already accepted and a real bool take the
    short path (the amount is checked by the very function Money's validator uses); anything
    else goes through ``Money`` itself.

    >>> _new_money(Decimal("19.80"), "USD") == Money("19.80")
    True
    """
    kind = type(amount)
    if kind is int:
        amount = Decimal(amount)
    elif kind is not Decimal:
        return Money(amount, currency, at_least)
    if currency not in _ACCEPTED_CURRENCIES or (at_least is not True and at_least is not False):
        money = Money(amount, currency, at_least)
        _ACCEPTED_CURRENCIES.add(currency)
        return money
    _check_amount("amount", amount)
    money = _new_object(Money)
    _set_field(money, "amount", amount)
    _set_field(money, "currency", currency)
    _set_field(money, "at_least", at_least)
    return money


@attrs.frozen
class SalaryBand:
    """A salary range from ``low`` to ``high`` (inclusive), both in one currency."""

    low: Money = attrs.field(validator=_instance_of(Money))
    high: Money = attrs.field(validator=_instance_of(Money))

    def __attrs_post_init__(self) -> None:
        if self.low.currency != self.high.currency:
            raise _fail(
                "high", f"currency {self.high.currency} differs from low's {self.low.currency}"
            )
        if self.low.amount > self.high.amount:
            raise _fail("", f"low {self.low.amount} is above high {self.high.amount}")
        if self.low.at_least:
            raise _fail("low", "a band's low end cannot be a lower bound only")

    @property
    def currency(self) -> str:
        """The band's currency."""
        return self.low.currency

    @property
    def width(self) -> Money:
        """``high - low`` (a lower bound when ``high`` is one)."""
        return Money(self.high.amount - self.low.amount, self.currency, self.high.at_least)

    @property
    def midpoint(self) -> Money:
        """The middle of the band."""
        return Money((self.low.amount + self.high.amount) / 2, self.currency, self.high.at_least)

    def __contains__(self, amount: object) -> bool:
        if isinstance(amount, Money):
            return amount.currency == self.currency and self.low.amount <= amount.amount <= (
                self.high.amount
            )
        return False


@attrs.frozen
class Percentiles:
    """Wage percentiles of one pay basis (yearly or hourly); any may be missing."""

    p10: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    p25: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    median: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    p75: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    p90: Money | None = attrs.field(default=None, validator=_instance_of(Money))

    def __attrs_post_init__(self) -> None:
        previous: tuple[str, Money] | None = None
        for name, value in self.items():
            if previous is not None:
                _same_currency(name, previous[1], value)
                if value.amount < previous[1].amount and not previous[1].at_least:
                    raise _fail(name, f"{value.amount} is below {previous[0]} {previous[1].amount}")
            previous = (name, value)

    def items(self) -> Iterator[tuple[str, Money]]:
        """The percentiles that are present, lowest first, as ``(name, amount)`` pairs."""
        for name in ("p10", "p25", "median", "p75", "p90"):
            value = getattr(self, name)
            if value is not None:
                yield name, value


def _same_currency(path: str, first: Money, second: Money) -> None:
    if first.currency != second.currency:
        raise _fail(path, f"currency {second.currency} differs from {first.currency}")


@attrs.frozen
class PayLeader:
    """Where a role pays best: a city, state, company or industry, with its pay when known."""

    name: str = attrs.field(validator=_text)
    yearly: Money | None = attrs.field(default=None, validator=_instance_of(Money))


@attrs.frozen
class PayLeaders:
    """The highest-paying city, state, company and industry of a role."""

    city: PayLeader | None = attrs.field(default=None, validator=_instance_of(PayLeader))
    state: PayLeader | None = attrs.field(default=None, validator=_instance_of(PayLeader))
    company: PayLeader | None = attrs.field(default=None, validator=_instance_of(PayLeader))
    industry: PayLeader | None = attrs.field(default=None, validator=_instance_of(PayLeader))

    def items(self) -> Iterator[tuple[str, PayLeader]]:
        """The leaders that are present as ``(kind, leader)`` pairs."""
        for name in ("city", "state", "company", "industry"):
            value = getattr(self, name)
            if value is not None:
                yield name, value


@attrs.frozen
class Pay:
    """What a role pays: mean yearly and hourly pay, a salary band, percentiles and leaders.

    Every amount shares :attr:`currency`; in data files it is written once, here.
    """

    currency: str = attrs.field(default="USD", validator=_currency)
    yearly: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    hourly: Money | None = attrs.field(default=None, validator=_instance_of(Money))
    range: SalaryBand | None = attrs.field(default=None, validator=_instance_of(SalaryBand))
    yearly_percentiles: Percentiles | None = attrs.field(
        default=None, validator=_instance_of(Percentiles)
    )
    hourly_percentiles: Percentiles | None = attrs.field(
        default=None, validator=_instance_of(Percentiles)
    )
    leaders: PayLeaders | None = attrs.field(default=None, validator=_instance_of(PayLeaders))

    def __attrs_post_init__(self) -> None:
        for path, money in self.amounts():
            if money.currency != self.currency:
                raise _fail(
                    path, f"currency {money.currency} differs from the pay's {self.currency}"
                )

    def amounts(self) -> Iterator[tuple[str, Money]]:
        """Every amount of this pay with its path (``range.low``, ``leaders.state.yearly``)."""
        for name in ("yearly", "hourly"):
            value = getattr(self, name)
            if value is not None:
                yield name, value
        if self.range is not None:
            yield "range.low", self.range.low
            yield "range.high", self.range.high
        for basis in ("yearly_percentiles", "hourly_percentiles"):
            percentiles = getattr(self, basis)
            if percentiles is not None:
                for name, value in percentiles.items():
                    yield f"{basis}.{name}", value
        if self.leaders is not None:
            for kind, leader in self.leaders.items():
                if leader.yearly is not None:
                    yield f"leaders.{kind}.yearly", leader.yearly


# --------------------------------------------------------------------------- shares


@attrs.frozen
class CategoryShare:
    """One category of a distribution and its share (a fraction in [0, 1])."""

    category: str = attrs.field(validator=_text)
    share: float = attrs.field(converter=_to_float, validator=_share)


def _category_shares(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _check_sequence(attribute.name, value, CategoryShare)
    if not value:
        raise _fail(attribute.name, "a distribution needs at least one category")
    seen: dict[str, int] = {}
    for index, item in enumerate(value):
        key = item.category.casefold()
        if key in seen:
            raise _fail(
                f"{attribute.name}[{index}]",
                f"category {_shown(item.category)} repeats item {seen[key]}",
            )
        seen[key] = index
    total = math.fsum(item.share for item in value)
    if abs(total - 1) > SHARE_SUM_TOLERANCE:
        raise _fail(
            attribute.name,
            f"shares sum to {total:.4g}, not 1 (allowed rounding: {SHARE_SUM_TOLERANCE})",
        )


@attrs.frozen
class Distribution:
    """Shares of categories (gender, race) in the order given, summing to 1.

    >>> gender = Distribution.of({"Male": 0.37, "Female": 0.63})
    >>> gender["Female"]
    0.63
    >>> gender.categories
    ('Male', 'Female')
    """

    shares: tuple[CategoryShare, ...] = attrs.field(converter=_tuple, validator=_category_shares)

    @classmethod
    def of(cls, shares: dict[str, float]) -> Distribution:
        """Build a distribution from a ``{category: share}`` mapping, keeping its order."""
        return cls(tuple(CategoryShare(name, share) for name, share in shares.items()))

    @property
    def categories(self) -> tuple[str, ...]:
        """The category names in order."""
        return tuple(item.category for item in self.shares)

    def get(self, category: str, default: float | None = None) -> float | None:
        """The share of ``category`` (matched case-insensitively), or ``default``."""
        key = category.casefold()
        for item in self.shares:
            if item.category.casefold() == key:
                return item.share
        return default

    def __getitem__(self, category: str) -> float:
        share = self.get(category)
        if share is None:
            raise KeyError(category)
        return share

    def __len__(self) -> int:
        return len(self.shares)

    def __iter__(self) -> Iterator[CategoryShare]:
        return iter(self.shares)


# --------------------------------------------------------------------------- other groups


@attrs.frozen
class YearRange:
    """A span of years such as "4-6 years" (``low == high`` for a single figure)."""

    low: int = attrs.field(validator=_count)
    high: int = attrs.field(validator=_count)

    def __attrs_post_init__(self) -> None:
        if self.low > self.high:
            raise _fail("", f"low {self.low} is above high {self.high}")
        if self.high > 80:
            raise _fail("high", f"{self.high} years is not a plausible span (at most 80)")


@attrs.frozen
class Outlook:
    """Job outlook: the growth rate (a signed fraction) and the number of jobs."""

    growth_rate: float | None = attrs.field(
        default=None, converter=_optional_float, validator=_between(-1, 10)
    )
    jobs: int | None = attrs.field(default=None, validator=_count)


@attrs.frozen
class Career:
    """Job satisfaction (1-5), typical years of experience and time to become one."""

    satisfaction: float | None = attrs.field(
        default=None, converter=_optional_float, validator=_between(1, 5)
    )
    experience_years: float | None = attrs.field(
        default=None, converter=_optional_float, validator=_between(0, 80)
    )
    time_to_become: YearRange | None = attrs.field(default=None, validator=_instance_of(YearRange))


@attrs.frozen
class Education:
    """The most common degree (with its share), major and college of people in a role."""

    degree: str | None = attrs.field(default=None, validator=_optional_text)
    degree_share: float | None = attrs.field(
        default=None, converter=_optional_float, validator=_share
    )
    major: str | None = attrs.field(default=None, validator=_optional_text)
    college: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.degree_share is not None and self.degree is None:
            raise _fail("degree_share", "a degree share needs the degree it belongs to")


@attrs.frozen
class Demographics:
    """Average age, gender and race distributions and the LGBT share of a role."""

    average_age: float | None = attrs.field(
        default=None, converter=_optional_float, validator=_between(14, 100)
    )
    gender: Distribution | None = attrs.field(default=None, validator=_instance_of(Distribution))
    race: Distribution | None = attrs.field(default=None, validator=_instance_of(Distribution))
    lgbt_share: float | None = attrs.field(
        default=None, converter=_optional_float, validator=_share
    )


@attrs.frozen
class Skill:
    """A skill and, when the source gives one, its weight (a fraction in [0, 1])."""

    name: str = attrs.field(validator=_text)
    weight: float | None = attrs.field(default=None, converter=_optional_float, validator=_share)


def _skills(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _check_sequence(attribute.name, value, Skill)
    seen: dict[str, int] = {}
    for index, skill in enumerate(value):
        key = skill.name.casefold()
        if key in seen:
            raise _fail(
                f"{attribute.name}[{index}]", f"skill {_shown(skill.name)} repeats item {seen[key]}"
            )
        seen[key] = index
    weighted = [skill.weight is not None for skill in value]
    if any(weighted) and not all(weighted):
        index = weighted.index(False)
        raise _fail(
            f"{attribute.name}[{index}].weight",
            "give a weight for every skill or for none",
        )
    total = math.fsum(skill.weight or 0.0 for skill in value)
    if total > 1 + SHARE_SUM_TOLERANCE:
        raise _fail(attribute.name, f"weights sum to {total:.4g}, more than 1")


def _language_code(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not _LANGUAGE.match(value):
        raise _fail(attribute.name, f"{_shown(value)} is not a language code such as 'de'")


@attrs.frozen
class LocalizedTitle:
    """A role's title in another language: singular and plural forms.

    ``language`` is a lower-case ISO 639 code (``"de"``).
    """

    language: str = attrs.field(validator=_language_code)
    singular: str = attrs.field(validator=_text)
    plural: str = attrs.field(validator=_text)


@attrs.frozen
class Translation:
    """A role's own texts in another language: description, duties, skills, degree and major.

    ``language`` is a lower-case ISO 639 code (``"de"``).  ``description``, ``responsibilities``,
    ``skills`` (the skill names, in the role's order), ``degree`` and ``major`` translate the
    role's fields of the same names.  Each is optional; a list, when given, has one item for each
    of the role's (checked by :class:`Role`).  Skill names are written as they stand inside a
    sentence ("ausgeprägte Kundenorientierung"); lists capitalize their first letter.  Pages in
    that language use these texts; without them they show the role's own.  The title in that
    language is a :class:`LocalizedTitle`.

    >>> Translation("de", skills=("Kundenzufriedenheit",)).skills
    ('Kundenzufriedenheit',)
    """

    language: str = attrs.field(validator=_language_code)
    description: str | None = attrs.field(default=None, validator=_optional_long_text, kw_only=True)
    responsibilities: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_texts, kw_only=True
    )
    skills: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_texts, kw_only=True
    )
    degree: str | None = attrs.field(default=None, validator=_optional_text, kw_only=True)
    major: str | None = attrs.field(default=None, validator=_optional_text, kw_only=True)


@attrs.frozen
class Provenance:
    """Where figures come from: publisher, dataset, release, files and retrieval date."""

    publisher: str = attrs.field(validator=_text)
    dataset: str | None = attrs.field(default=None, validator=_optional_text)
    release: str | None = attrs.field(default=None, validator=_optional_text)
    url: str | None = attrs.field(default=None, validator=_optional_text)
    retrieved: dt.date | None = attrs.field(default=None, validator=_instance_of(dt.date))
    files: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_texts)
    checksum: str | None = attrs.field(default=None, validator=_optional_text)
    note: str | None = attrs.field(default=None, validator=_optional_long_text)


def _slug(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not _SLUG.match(value):
        raise _fail(
            attribute.name,
            f"{_shown(value)} is not a slug (lower-case letters and digits joined by hyphens)",
        )


def _soc(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not _SOC.match(value)):
        raise _fail(attribute.name, f"{_shown(value)} is not a SOC code such as '43-4051'")


def _by_language(name: str, value: Any, item_type: type) -> None:
    """A sequence of ``item_type`` with each language once."""
    _check_sequence(name, value, item_type)
    seen: set[str] = set()
    for index, item in enumerate(value):
        if item.language in seen:
            raise _fail(f"{name}[{index}].language", f"{_shown(item.language)} repeats")
        seen.add(item.language)


def _localized_titles(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _by_language(attribute.name, value, LocalizedTitle)


def _translations(role: Role, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Each translation once per language, and only of texts the role has, item for item."""
    _by_language(attribute.name, value, Translation)
    if not value:
        return
    education = role.education
    own: dict[str, str | None] = {
        "description": role.description,
        "degree": None if education is None else education.degree,
        "major": None if education is None else education.major,
    }
    for item in value:
        path = f"{attribute.name}.{item.language}"  # as in a role file, keyed by language
        for name, original in own.items():
            if getattr(item, name) is not None and original is None:
                raise _fail(f"{path}.{name}", f"the role has no {name} to translate")
        for name, originals in (
            ("responsibilities", role.responsibilities),
            ("skills", role.skills),
        ):
            given = getattr(item, name)
            if given and len(given) != len(originals):
                raise _fail(
                    f"{path}.{name}",
                    f"{len(given)} items for the role's {len(originals)} {name}; "
                    "translate each one, in order",
                )


@attrs.frozen
class DatasetInfo:
    """What a collection of roles is: its name, title, description and source.

    ``name`` is slug-like (``"customer-service"``); ``title`` and ``description`` are for
    people and may be missing.

    >>> DatasetInfo("customer-service", title="Customer service roles").name
    'customer-service'
    """

    name: str = attrs.field(validator=_slug)
    title: str | None = attrs.field(default=None, validator=_optional_text, kw_only=True)
    description: str | None = attrs.field(default=None, validator=_optional_long_text, kw_only=True)
    source: Provenance | None = attrs.field(
        default=None, validator=_instance_of(Provenance), kw_only=True
    )


@attrs.frozen
class Role:
    """A job role and everything known about it.

    Only ``title`` is required.  ``slug`` is derived from the title when not given.  ``plural``
    and ``article`` override the English forms the text layer derives from the title
    (``plural="attorneys general"``, ``article="an"`` for "an LVN").  ``titles`` carries the
    title in other languages and ``translations`` the role's other texts (description,
    responsibilities, skill names, degree and major).

    >>> Role(title="HR Manager").slug
    'hr-manager'
    """

    title: str = attrs.field(validator=_text)
    slug: str = attrs.field(validator=_slug)
    soc_code: str | None = attrs.field(default=None, validator=_soc, kw_only=True)
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_texts, kw_only=True
    )
    plural: str | None = attrs.field(default=None, validator=_optional_text, kw_only=True)
    article: Literal["a", "an"] | None = attrs.field(default=None, kw_only=True)
    titles: tuple[LocalizedTitle, ...] = attrs.field(
        default=(), converter=_tuple, validator=_localized_titles, kw_only=True
    )
    description: str | None = attrs.field(default=None, validator=_optional_long_text, kw_only=True)
    pay: Pay | None = attrs.field(default=None, validator=_instance_of(Pay), kw_only=True)
    outlook: Outlook | None = attrs.field(
        default=None, validator=_instance_of(Outlook), kw_only=True
    )
    career: Career | None = attrs.field(default=None, validator=_instance_of(Career), kw_only=True)
    education: Education | None = attrs.field(
        default=None, validator=_instance_of(Education), kw_only=True
    )
    demographics: Demographics | None = attrs.field(
        default=None, validator=_instance_of(Demographics), kw_only=True
    )
    skills: tuple[Skill, ...] = attrs.field(
        default=(), converter=_tuple, validator=_skills, kw_only=True
    )
    responsibilities: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_texts, kw_only=True
    )
    translations: tuple[Translation, ...] = attrs.field(
        default=(), converter=_tuple, validator=_translations, kw_only=True
    )
    source: Provenance | None = attrs.field(
        default=None, validator=_instance_of(Provenance), kw_only=True
    )

    @slug.default
    def _derive_slug(self) -> str:
        return slugify(self.title) if isinstance(self.title, str) else ""

    @article.validator
    def _check_article(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value not in (None, "a", "an"):
            raise _fail(attribute.name, f"{_shown(value)} is not 'a' or 'an'")

    @property
    def skills_weighted(self) -> bool:
        """Whether this role's skills carry weights (``False`` when it has no skills)."""
        return bool(self.skills) and self.skills[0].weight is not None

    def translation(self, language: str) -> Translation | None:
        """The role's texts in ``language`` (``"de"``), or ``None`` when the data has none."""
        for item in self.translations:
            if item.language == language:
                return item
        return None

    def localized_title(self, language: str) -> LocalizedTitle | None:
        """The title in ``language`` (``"de"``), or ``None`` when the data has none."""
        for item in self.titles:
            if item.language == language:
                return item
        return None

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the role can be found by: slug, title, aliases and SOC code."""
        names = [self.slug, self.title, *self.aliases]
        if self.soc_code is not None:
            names.append(self.soc_code)
        return tuple(names)
