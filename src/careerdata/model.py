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
* **Rules of one field** are :class:`Constraint` objects (:class:`Text`, :class:`Share`,
  :class:`Between`, :class:`Count`, :class:`Pattern`, ...): attrs validators that also state
  their JSON Schema, from which :func:`careerdata.io.schema`'s file is generated.  Rules across
  fields (a band's low end below its high end) are checked by the classes themselves.

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
    "Amount",
    "Between",
    "Career",
    "CategoryShare",
    "Constraint",
    "Count",
    "Currency",
    "DatasetInfo",
    "Demographics",
    "Distribution",
    "Education",
    "ExactMoney",
    "LocalizedTitle",
    "Money",
    "Outlook",
    "Pattern",
    "Pay",
    "PayLeader",
    "PayLeaders",
    "Percentiles",
    "Provenance",
    "Role",
    "SalaryBand",
    "Share",
    "Skill",
    "Text",
    "Texts",
    "Translation",
    "YearRange",
    "Years",
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


def _fail(path: str, message: str) -> ValidationError:
    return ValidationError([Problem(path, message)])


# --------------------------------------------------------------------------- validators


def _check_text(
    path: str, value: str, limit: int = MAX_TITLE_LENGTH, *, lines: bool = False
) -> None:
    """Reject empty, padded, over-long or control-character text (newlines only with ``lines``)."""
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
    control = (_CONTROL_IN_LONG_TEXT if lines else _CONTROL).search(value)
    if control is not None:
        raise _fail(path, f"contains the control character {control.group()!r}")


def _check_number(path: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(path, f"expected a number, got {type(value).__name__}")
    if not math.isfinite(value):
        raise _fail(path, f"must be a finite number, got {_shown(value)}")


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


def _instance_of(cls: type) -> Any:
    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, cls):
            raise _fail(attribute.name, f"expected {cls.__name__}, got {type(value).__name__}")

    return check


# --------------------------------------------------------------------------- constraints

# Control characters (category Cc: U+0000-U+001F and U+007F-U+009F) as a character class body,
# written once for Python's re and for JSON Schema patterns alike.
_CONTROL_CHARACTERS = "\\u0000-\\u001f\\u007f-\\u009f"
_CONTROL_CHARACTERS_BUT_NEWLINE = "\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f"
_CONTROL = re.compile(f"[{_CONTROL_CHARACTERS}]")
_CONTROL_IN_LONG_TEXT = re.compile(f"[{_CONTROL_CHARACTERS_BUT_NEWLINE}]")


def _schema_pattern(body: str) -> str:
    r"""A JSON Schema pattern matching exactly the strings ``body`` matches whole.

    ``(?!\n)`` keeps Python's ``$`` (which also matches before a final newline, and is what
    Python's jsonschema uses) from accepting ``"USD\n"``; in ECMA-262 it changes nothing.
    """
    return f"^{body}(?!\\n)$"


def _shared(defs: dict[str, Any], name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """Put ``schema`` under ``$defs`` as ``name`` and return a reference to it."""
    defs[name] = schema
    return {"$ref": f"#/$defs/{name}"}


class Constraint:
    """A rule for the value of one field: an attrs validator that also states its JSON Schema.

    Called as attrs calls validators, ``constraint(instance, attribute, value)``, it raises
    :class:`~careerdata.errors.ValidationError` at the field's name.  :meth:`json_schema` is
    the same rule for a JSON Schema validator; the shipped schema of role files is built from
    the constraints of the model's fields (``attrs.fields(cls).name.validator``), so a bound
    is written once, here.
    """

    __slots__ = ()

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Raise ValidationError at ``attribute.name`` unless ``value`` obeys the rule."""
        raise NotImplementedError

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """The rule as a JSON Schema; shared definitions it refers to are added to ``defs``."""
        raise NotImplementedError

    def __repr__(self) -> str:
        names: tuple[str, ...] = self.__slots__
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({fields})"


class Text(Constraint):
    """Text that is not empty, not padded with white space and holds no control character.

    ``max`` is the most characters allowed; ``lines=True`` allows newlines inside (long text
    such as descriptions); ``optional=True`` lets ``None`` through (a missing value).
    """

    __slots__ = ("lines", "max", "optional")

    def __init__(
        self,
        *,
        max: int = MAX_TITLE_LENGTH,  # noqa: A002 - the schema's maxLength
        lines: bool = False,
        optional: bool = False,
    ) -> None:
        self.max = max
        self.lines = lines
        self.optional = optional

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse what is not text of this kind."""
        if value is None and self.optional:
            return
        _check_text(attribute.name, value, self.max, lines=self.lines)

    def check(self, path: str, value: Any) -> None:
        """Raise ValidationError at ``path`` unless ``value`` is text of this kind."""
        _check_text(path, value, self.max, lines=self.lines)

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """``{"$ref": "#/$defs/text"}`` (or ``long_text``), else the string schema inline."""
        edge = f"[^\\s{_CONTROL_CHARACTERS}]"
        inside = _CONTROL_CHARACTERS_BUT_NEWLINE if self.lines else _CONTROL_CHARACTERS
        pattern = _schema_pattern(f"{edge}([^{inside}]*{edge})?")
        schema = {"type": "string", "maxLength": self.max, "pattern": pattern}
        if (self.max, self.lines) == (MAX_TITLE_LENGTH, False):
            return _shared(defs, "text", schema)
        if (self.max, self.lines) == (MAX_TEXT_LENGTH, True):
            return _shared(defs, "long_text", schema)
        return schema


class Texts(Constraint):
    """A list of texts of one kind (``item``), none repeated (compared case-insensitively)."""

    __slots__ = ("item",)

    def __init__(self, item: Text | None = None) -> None:
        self.item = Text() if item is None else item

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse what is not a list of such texts, each once."""
        _check_sequence(attribute.name, value, str)
        seen: dict[str, int] = {}
        for index, item in enumerate(value):
            self.item.check(f"{attribute.name}[{index}]", item)
            key = item.casefold()
            if key in seen:
                raise _fail(
                    f"{attribute.name}[{index}]", f"repeats item {seen[key]}: {_shown(item)}"
                )
            seen[key] = index

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """An array of the item schema with ``uniqueItems``."""
        # uniqueItems compares exactly; "A" and "a" are told apart by loading only.
        return {"type": "array", "items": self.item.json_schema(defs), "uniqueItems": True}


class Between(Constraint):
    """A finite number from ``low`` to ``high`` inclusive, or ``None``."""

    __slots__ = ("high", "low")

    def __init__(self, low: float, high: float) -> None:
        self.low = low
        self.high = high

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse a number outside ``low`` to ``high`` (``None`` passes)."""
        if value is None:
            return
        _check_number(attribute.name, value)
        if not self.low <= value <= self.high:
            raise _fail(attribute.name, f"{_shown(value)} is outside {self.low} to {self.high}")

    def json_schema(self, _defs: dict[str, Any]) -> dict[str, Any]:
        """``{"type": "number", "minimum": low, "maximum": high}``."""
        return {"type": "number", "minimum": self.low, "maximum": self.high}

    def __repr__(self) -> str:
        return f"Between({self.low!r}, {self.high!r})"


class Share(Constraint):
    """A fraction from 0 to 1 (``0.46`` means 46 %), or ``None``."""

    __slots__ = ()

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse a number outside 0 to 1 (``None`` passes)."""
        if value is None:
            return
        _check_number(attribute.name, value)
        if not 0 <= value <= 1:
            raise _fail(
                attribute.name,
                f"{_shown(value)} is not a share between 0 and 1 "
                "(shares are fractions: 0.46 means 46%)",
            )

    def json_schema(self, _defs: dict[str, Any]) -> dict[str, Any]:
        """``{"type": "number", "minimum": 0, "maximum": 1}``."""
        return {"type": "number", "minimum": 0, "maximum": 1}


_MAX_COUNT = 10**12


class Count(Constraint):
    """A whole number from 0 to below 10^12, or ``None``."""

    __slots__ = ()

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse what is not a whole number from 0 to below 10^12 (``None`` passes)."""
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(attribute.name, f"expected a whole number, got {type(value).__name__}")
        if not 0 <= value < _MAX_COUNT:
            raise _fail(attribute.name, f"{_shown(value)} is not a count between 0 and 10^12")

    def json_schema(self, _defs: dict[str, Any]) -> dict[str, Any]:
        """``{"type": "integer", "minimum": 0, "maximum": 10^12 - 1}``."""
        return {"type": "integer", "minimum": 0, "maximum": _MAX_COUNT - 1}


class Years(Count):
    """A whole number of years from 0 to ``max`` (a career's span: at most 80)."""

    __slots__ = ("max",)

    def __init__(self, max: int = 80) -> None:  # noqa: A002 - the schema's maximum
        self.max = max

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse what is not a count, or more years than ``max``."""
        super().__call__(_instance, attribute, value)
        if value is not None and value > self.max:
            raise _fail(
                attribute.name, f"{value} years is not a plausible span (at most {self.max})"
            )

    def json_schema(self, _defs: dict[str, Any]) -> dict[str, Any]:
        """``{"type": "integer", "minimum": 0, "maximum": max}``."""
        return {"type": "integer", "minimum": 0, "maximum": self.max}


class Pattern(Constraint):
    """Text matching a regular expression whole: ``Pattern("[0-9]{2}-[0-9]{4}", ...)``.

    ``body`` is written in the syntax Python's ``re`` and JSON Schema (ECMA-262) share;
    ``what`` completes the message ``'x' is not {what}``; ``optional=True`` lets ``None``
    through; ``name`` shares the schema under that name in ``$defs``.
    """

    __slots__ = ("_regex", "body", "name", "optional", "what")

    def __init__(self, body: str, what: str, *, optional: bool = False, name: str = "") -> None:
        self.body = body
        self.what = what
        self.optional = optional
        self.name = name
        self._regex = re.compile(f"{body}\\Z")

    def matches(self, value: object) -> bool:
        """Whether ``value`` is text this pattern matches whole."""
        return isinstance(value, str) and self._regex.match(value) is not None

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse what is not text matching the pattern whole."""
        if value is None and self.optional:
            return
        if not isinstance(value, str) or not self._regex.match(value):
            raise _fail(attribute.name, f"{_shown(value)} is not {self.what}")

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """A string schema with the pattern, shared under ``name`` when it has one."""
        schema = {"type": "string", "pattern": _schema_pattern(self.body)}
        return _shared(defs, self.name, schema) if self.name else schema

    def __repr__(self) -> str:
        return f"Pattern({self.body!r}, {self.what!r}, optional={self.optional!r})"


class Currency(Pattern):
    """An ISO 4217 currency code: three capital letters (``"USD"``)."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__("[A-Z]{3}", "an ISO 4217 code such as 'USD'")

    def __repr__(self) -> str:
        return "Currency()"


class Amount(Constraint):
    """An exact amount of money that JSON carries exactly.

    A finite :class:`~decimal.Decimal` from 0 to below :data:`MAX_AMOUNT`, with at most
    :data:`MAX_AMOUNT_DIGITS` significant digits and :data:`MAX_AMOUNT_PLACES` decimal places
    (those two limits are checked by loading only: JSON Schema cannot count digits).
    """

    __slots__ = ()

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse what is not an amount JSON carries exactly."""
        if not isinstance(value, Decimal):
            raise _fail(attribute.name, f"expected an amount of money, got {_shown(value)}")
        _check_amount(attribute.name, value)

    def json_schema(self, _defs: dict[str, Any]) -> dict[str, Any]:
        """``{"type": "number", "minimum": 0, "exclusiveMaximum": 10^12}``."""
        return {"type": "number", "minimum": 0, "exclusiveMaximum": int(MAX_AMOUNT)}


class ExactMoney(Constraint):
    """:class:`Money` that is not a lower bound only: a salary band's low end."""

    __slots__ = ()

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse what is not Money, or is a lower bound only."""
        if value is not None and not isinstance(value, Money):
            raise _fail(attribute.name, f"expected Money, got {type(value).__name__}")
        if value is not None and value.at_least:
            raise _fail(attribute.name, "a band's low end cannot be a lower bound only")

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """The number schema of :class:`Amount`: no ``{"at_least": n}``."""
        amount = attrs.fields(Money).amount.validator
        assert isinstance(amount, Constraint)  # noqa: S101 - the model states it just below
        return amount.json_schema(defs)


_LANGUAGE_CODE = Pattern("[a-z]{2,3}", "a language code such as 'de'")
_SLUG = Pattern(
    "[a-z0-9]+(?:-[a-z0-9]+)*",
    "a slug (lower-case letters and digits joined by hyphens)",
    name="slug",
)
# ASCII digits: \d also matches other scripts.
_SOC_CODE = Pattern("[0-9]{2}-[0-9]{4}", "a SOC code such as '43-4051'", optional=True)
_LONG_TEXT = Text(max=MAX_TEXT_LENGTH, lines=True)
_OPTIONAL_LONG_TEXT = Text(max=MAX_TEXT_LENGTH, lines=True, optional=True)


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


@attrs.frozen
class Money:
    """An exact, non-negative amount of money in one currency.

    ``at_least`` marks a lower bound: the true value is this amount or more (BLS publishes
    wages above its top code that way).  Amounts accept ``int``, ``str``, ``float`` (through
    its shortest repr) or :class:`~decimal.Decimal`.

    >>> Money("29.56")
    Money(amount=Decimal('29.56'), currency='USD', at_least=False)
    """

    amount: Decimal = attrs.field(converter=_to_decimal, validator=Amount())
    currency: str = attrs.field(default="USD", validator=Currency(), kw_only=False)
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

    low: Money = attrs.field(validator=ExactMoney())
    high: Money = attrs.field(validator=_instance_of(Money))

    def __attrs_post_init__(self) -> None:
        if self.low.currency != self.high.currency:
            raise _fail(
                "high", f"currency {self.high.currency} differs from low's {self.low.currency}"
            )
        if self.low.amount > self.high.amount:
            raise _fail("", f"low {self.low.amount} is above high {self.high.amount}")

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

    name: str = attrs.field(validator=Text())
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

    currency: str = attrs.field(default="USD", validator=Currency())
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

    category: str = attrs.field(validator=Text())
    share: float = attrs.field(converter=_to_float, validator=Share())


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

    low: int = attrs.field(validator=Years())
    high: int = attrs.field(validator=Years())

    def __attrs_post_init__(self) -> None:
        if self.low > self.high:
            raise _fail("", f"low {self.low} is above high {self.high}")


@attrs.frozen
class Outlook:
    """Job outlook: the growth rate (a signed fraction) and the number of jobs."""

    growth_rate: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Between(-1, 10)
    )
    jobs: int | None = attrs.field(default=None, validator=Count())


@attrs.frozen
class Career:
    """Job satisfaction (1-5), typical years of experience and time to become one."""

    satisfaction: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Between(1, 5)
    )
    experience_years: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Between(0, 80)
    )
    time_to_become: YearRange | None = attrs.field(default=None, validator=_instance_of(YearRange))


@attrs.frozen
class Education:
    """The most common degree (with its share), major and college of people in a role."""

    degree: str | None = attrs.field(default=None, validator=Text(optional=True))
    degree_share: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Share()
    )
    major: str | None = attrs.field(default=None, validator=Text(optional=True))
    college: str | None = attrs.field(default=None, validator=Text(optional=True))

    def __attrs_post_init__(self) -> None:
        if self.degree_share is not None and self.degree is None:
            raise _fail("degree_share", "a degree share needs the degree it belongs to")


@attrs.frozen
class Demographics:
    """Average age, gender and race distributions and the LGBT share of a role."""

    average_age: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Between(14, 100)
    )
    gender: Distribution | None = attrs.field(default=None, validator=_instance_of(Distribution))
    race: Distribution | None = attrs.field(default=None, validator=_instance_of(Distribution))
    lgbt_share: float | None = attrs.field(
        default=None, converter=_optional_float, validator=Share()
    )


@attrs.frozen
class Skill:
    """A skill and, when the source gives one, its weight (a fraction in [0, 1])."""

    name: str = attrs.field(validator=Text())
    weight: float | None = attrs.field(default=None, converter=_optional_float, validator=Share())


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


@attrs.frozen
class LocalizedTitle:
    """A role's title in another language: singular and plural forms.

    ``language`` is a lower-case ISO 639 code (``"de"``).
    """

    language: str = attrs.field(validator=_LANGUAGE_CODE)
    singular: str = attrs.field(validator=Text())
    plural: str = attrs.field(validator=Text())


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

    language: str = attrs.field(validator=_LANGUAGE_CODE)
    description: str | None = attrs.field(default=None, validator=_OPTIONAL_LONG_TEXT, kw_only=True)
    responsibilities: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=Texts(_LONG_TEXT), kw_only=True
    )
    skills: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=Texts(), kw_only=True
    )
    degree: str | None = attrs.field(default=None, validator=Text(optional=True), kw_only=True)
    major: str | None = attrs.field(default=None, validator=Text(optional=True), kw_only=True)


@attrs.frozen
class Provenance:
    """Where figures come from: publisher, dataset, release, files and retrieval date."""

    publisher: str = attrs.field(validator=Text())
    dataset: str | None = attrs.field(default=None, validator=Text(optional=True))
    release: str | None = attrs.field(default=None, validator=Text(optional=True))
    url: str | None = attrs.field(default=None, validator=Text(optional=True))
    retrieved: dt.date | None = attrs.field(default=None, validator=_instance_of(dt.date))
    files: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=Texts())
    checksum: str | None = attrs.field(default=None, validator=Text(optional=True))
    note: str | None = attrs.field(default=None, validator=_OPTIONAL_LONG_TEXT)


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

    name: str = attrs.field(validator=_SLUG)
    title: str | None = attrs.field(default=None, validator=Text(optional=True), kw_only=True)
    description: str | None = attrs.field(default=None, validator=_OPTIONAL_LONG_TEXT, kw_only=True)
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

    title: str = attrs.field(validator=Text())
    slug: str = attrs.field(validator=_SLUG)
    soc_code: str | None = attrs.field(default=None, validator=_SOC_CODE, kw_only=True)
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=Texts(), kw_only=True
    )
    plural: str | None = attrs.field(default=None, validator=Text(optional=True), kw_only=True)
    article: Literal["a", "an"] | None = attrs.field(default=None, kw_only=True)
    titles: tuple[LocalizedTitle, ...] = attrs.field(
        default=(), converter=_tuple, validator=_localized_titles, kw_only=True
    )
    description: str | None = attrs.field(default=None, validator=_OPTIONAL_LONG_TEXT, kw_only=True)
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
        default=(), converter=_tuple, validator=Texts(_LONG_TEXT), kw_only=True
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
