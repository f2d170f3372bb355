"""Limits, converters and checks that the model's classes and constraints share."""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

from careerdata.errors import ArgumentError, Problem, ValidationError, _shown

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


# Control characters (category Cc: U+0000-U+001F and U+007F-U+009F) as a character class body,
# written once for Python's re and for JSON Schema patterns alike.
_CONTROL_CHARACTERS = "\\u0000-\\u001f\\u007f-\\u009f"
_CONTROL_CHARACTERS_BUT_NEWLINE = "\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f"
# Unpaired surrogates are no text at all (they cannot be written as UTF-8): refused by the
# same search as control characters.
_SURROGATES = "\ud800-\udfff"
_CONTROL = re.compile(f"[{_CONTROL_CHARACTERS}{_SURROGATES}]")
_CONTROL_IN_LONG_TEXT = re.compile(f"[{_CONTROL_CHARACTERS_BUT_NEWLINE}{_SURROGATES}]")


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
        if "\ud800" <= control.group() <= "\udfff":
            raise _fail(path, "contains an unpaired surrogate: not valid Unicode text")
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


# --------------------------------------------------------------------------- helpers


def slugify(text: str) -> str:
    """Derive a URL slug from a title: lower case ASCII words joined by hyphens.

    >>> slugify("Customer Service/Operations Manager")
    'customer-service-operations-manager'
    >>> slugify("Café Gérant")
    'cafe-gerant'
    """
    if not isinstance(text, str):
        raise ArgumentError.of("text", "text", text)
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
    # Read off the exponent and digits as written: no arithmetic (normalize() would round
    # 1e-999999999 to 0 under the context's limits), and trailing zeros do not count.
    _, digits, exponent = value.as_tuple()
    written = bytes(digits)
    significant = written.rstrip(b"\0")
    if int(exponent) + len(written) - len(significant) < -MAX_AMOUNT_PLACES:
        raise _fail(path, f"{_shown(value)} has more than {MAX_AMOUNT_PLACES} decimal places")
    if len(significant) > MAX_AMOUNT_DIGITS:
        raise _fail(path, f"{_shown(value)} has more than {MAX_AMOUNT_DIGITS} significant digits")


def _flag(_: Any, attribute: attrs.Attribute[Any], value: bool) -> None:
    if value is not True and value is not False:
        raise _fail(attribute.name, f"expected true or false, got {_shown(value)}")
