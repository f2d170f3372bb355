"""Constraints: the rules of one field, each an attrs validator that states its JSON Schema."""

from __future__ import annotations

import abc
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from careerdata.errors import _shown
from careerdata.model._common import (
    _CONTROL_CHARACTERS,
    _CONTROL_CHARACTERS_BUT_NEWLINE,
    MAX_AMOUNT,
    MAX_TEXT_LENGTH,
    MAX_TITLE_LENGTH,
    _check_amount,
    _check_number,
    _check_sequence,
    _check_text,
    _fail,
)


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


class Constraint(abc.ABC):
    """A rule for the value of one field: an attrs validator that also states its JSON Schema.

    Called as attrs calls validators, ``constraint(instance, attribute, value)``, it raises
    :class:`~careerdata.errors.ValidationError` at the field's name.  :meth:`json_schema` is
    the same rule for a JSON Schema validator; the shipped schema of role files is built from
    the constraints of the model's fields (``attrs.fields(cls).name.validator``), so a bound
    is written once, here.
    """

    __slots__ = ()

    @abc.abstractmethod
    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Raise ValidationError at ``attribute.name`` unless ``value`` obeys the rule."""

    @abc.abstractmethod
    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """The rule as a JSON Schema; shared definitions it refers to are added to ``defs``."""

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
        self.check(attribute.name, value)

    def check(self, path: str, value: Any) -> None:
        """Raise ValidationError at ``path`` unless ``value`` is text matching the pattern."""
        if not isinstance(value, str) or not self._regex.match(value):
            raise _fail(path, f"{_shown(value)} is not {self.what}")

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


class OneOf(Constraint):
    """One of a few texts (``OneOf("masculine", "feminine")``), or ``None``."""

    __slots__ = ("choices",)

    def __init__(self, *choices: str) -> None:
        self.choices = choices

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse what is not one of the choices (``None`` passes)."""
        if value is not None and (not isinstance(value, str) or value not in self.choices):
            listed = ", ".join(repr(choice) for choice in self.choices)
            raise _fail(attribute.name, f"{_shown(value)} is not one of {listed}")

    def json_schema(self, _defs: dict[str, Any]) -> dict[str, Any]:
        """``{"enum": [choices]}``."""
        return {"enum": list(self.choices)}

    def __repr__(self) -> str:
        return f"OneOf({', '.join(repr(choice) for choice in self.choices)})"


def sorted_pairs(value: Any) -> Any:
    """A mapping or pairs of key and text as pairs sorted by key (leaving bad input as is).

    The converter of :class:`KeyedTexts` fields: JSON gives an object, Python code a dict or
    pairs; whatever is not pairs of texts is left for the validator to name.

    >>> sorted_pairs({"plural": "b", "genitive": "a"})
    (('genitive', 'a'), ('plural', 'b'))
    """
    if isinstance(value, Mapping):
        value = list(value.items())
    elif isinstance(value, (list, tuple)):
        value = [tuple(pair) if isinstance(pair, list) else pair for pair in value]
    else:
        return value
    try:
        return tuple(sorted(value))
    except TypeError:  # keys or texts of other types: the validator names what is wrong
        return tuple(value)


class KeyedTexts(Constraint):
    """Texts by key: ``((key, text), ...)`` with each key once; JSON writes an object.

    ``key`` is the rule of a key (a :class:`Pattern`, or a :class:`Text`), ``text`` the rule
    of each text, ``noun`` what a key is called in messages (``"category"``), ``max`` the most
    pairs allowed (``None``: as many as there are keys) and ``counted`` what the message on
    too many counts (``"forms"``).
    """

    __slots__ = ("_good_keys", "counted", "key", "max", "noun", "text")

    def __init__(
        self,
        key: Pattern | Text,
        text: Text,
        noun: str,
        *,
        max: int | None = None,  # noqa: A002 - the schema's maxProperties
        counted: str = "texts",
    ) -> None:
        self.key = key
        self.counted = counted
        self.text = text
        self.noun = noun
        self.max = max
        self._good_keys: set[str] = set()  # keys seen to be valid: they repeat in a dataset

    def _check_key(self, path: str, key: str) -> None:
        if key in self._good_keys:
            return
        self.key.check(path, key)
        if len(self._good_keys) < 1000:
            self._good_keys.add(key)

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse what is not such pairs, each key once and valid, each text valid."""
        path = attribute.name
        _check_sequence(path, value, tuple)
        if self.max is not None and len(value) > self.max:
            raise _fail(path, f"{len(value)} {self.counted}; at most {self.max} are allowed")
        seen: set[str] = set()
        for index, pair in enumerate(value):
            if len(pair) != 2 or not isinstance(pair[0], str):
                expected = f"expected a ({self.noun}, text) pair, got {pair!r}"
                raise _fail(f"{path}[{index}]", expected)
            key, text = pair
            self._check_key(path, key)
            if key in seen:
                raise _fail(f"{path}.{key}", "repeats")
            seen.add(key)
            self.text.check(f"{path}.{key}", text)

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """An object of key to text."""
        schema: dict[str, Any] = {"type": "object"}
        if self.max is not None:
            schema["maxProperties"] = self.max
        schema["propertyNames"] = self.key.json_schema(defs)
        schema["additionalProperties"] = self.text.json_schema(defs)
        return schema

    def __repr__(self) -> str:
        return f"KeyedTexts({self.key!r}, {self.text!r}, {self.noun!r}, max={self.max!r})"


#: A title's forms by name (``"genitive"``, ``"plural_article"``): at most 20.
FORMS = KeyedTexts(
    Pattern(
        "[a-z][a-z0-9]*(?:_[a-z0-9]+)*",
        "a name of lower-case letters, digits and underscores such as 'genitive'",
    ),
    Text(),
    "name",
    max=20,
    counted="forms",
)
#: The translations of a role's own demographic categories, by category.
CATEGORY_TEXTS = KeyedTexts(Text(), Text(), "category")


_LANGUAGE_CODE = Pattern(
    "[a-z]{2,3}(?:_[A-Z]{2})?",
    "a language code such as 'de', or 'pt_PT' for a regional variant",
)
_SLUG = Pattern(
    "[a-z0-9]+(?:-[a-z0-9]+)*",
    "a slug (lower-case letters and digits joined by hyphens)",
    name="slug",
)
# ASCII digits: \d also matches other scripts.
_SOC_CODE = Pattern("[0-9]{2}-[0-9]{4}", "a SOC code such as '43-4051'", optional=True)
_LONG_TEXT = Text(max=MAX_TEXT_LENGTH, lines=True)
_OPTIONAL_LONG_TEXT = Text(max=MAX_TEXT_LENGTH, lines=True, optional=True)
#: A source's note in other languages, by language code (``"de"``, ``"pt_PT"``).
NOTE_TRANSLATIONS = KeyedTexts(_LANGUAGE_CODE, _LONG_TEXT, "language")
