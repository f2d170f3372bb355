"""Role data in and out of JSON, through one strict cattrs converter.

The file format is a JSON array of roles, or an object ``{"dataset": {...}, "roles": [...]}``.
Unknown keys, duplicate keys and ``NaN``/``Infinity`` are rejected; a missing value is an absent
key or ``null``.  Money amounts are bare JSON numbers (exact decimals) or ``{"at_least": n}`` for
a lower bound, in the currency written once per ``pay`` group; shares are fractions; gender and
race are objects mapping each category to its share, in order; ``titles`` maps a language code
to ``{"singular": ..., "plural": ...}``; dates are ``YYYY-MM-DD`` strings.

Loading never coerces: ``"61487"`` is not a number, ``"CSM"`` is not a list, ``true`` is not
``1``.  Every failure raises :class:`~careerdata.errors.ValidationError` (or its subclass
:class:`~careerdata.errors.DataFileError` when the input cannot be read as JSON at all) listing
every bad value with its path:

>>> try:
...     load_roles('[{"title": "Clerk", "pay": {"yearly": "61487"}}, {"salary": 1}]')
... except ValidationError as error:
...     for problem in error.problems:
...         print(problem)
roles[0].pay.yearly: expected a number, got string '61487'
roles[1].title: required field missing
roles[1]: unknown field 'salary'

What is accepted at the edges, decided once for every source:

* **Encoding**: UTF-8 only.  A UTF-8 byte order mark at the start is accepted and skipped (some
  editors on Windows write one); UTF-16 and UTF-32 (with or without a BOM) and any byte that is
  not UTF-8 are refused with a :class:`~careerdata.errors.DataFileError` naming the encoding or
  the byte and its offset.
* **Text**: titles, names and other short text must not be empty, padded with white space or
  hold a control character (C0 or C1: tabs and newlines included); long text (descriptions,
  responsibilities) may hold newlines only.  Unpaired surrogates are refused.
* **Length**: short text is at most :data:`~careerdata.model.MAX_TITLE_LENGTH` (200)
  characters, long text :data:`~careerdata.model.MAX_TEXT_LENGTH` (5000); a whole input at most
  :data:`MAX_FILE_SIZE` (64 MiB) bytes, checked before a file is read and by reading a stream
  only up to one byte past the limit.  Messages quote at most 40 characters of a bad value.
* **Numbers**: ``NaN`` and ``Infinity`` are refused, as are integers longer than Python converts
  (4300 digits) and JSON nesting deeper than Python's recursion limit; money has at most 15
  significant digits and 300 decimal places, so that it survives a JSON round trip exactly.
* **Safety**: loading reads only the path, text, bytes or stream it is given (a path named
  inside the data, such as ``source.files``, is never opened) and never evaluates data: no
  ``eval``, no pickle, no templates; strings are kept verbatim.

Dumping writes every field that is present, in model order, and ``load_roles(dump_roles(x))``
gives back equal roles:

>>> from careerdata.model import Money, Pay, Role
>>> role = Role(title="Clerk", pay=Pay(yearly=Money(41181), hourly=Money("19.80")))
>>> print(dump_roles([role]), end="")
[
  {
    "title": "Clerk",
    "slug": "clerk",
    "pay": {
      "currency": "USD",
      "yearly": 41181,
      "hourly": 19.8
    }
  }
]
>>> load_roles(dump_roles([role])) == (role,)
True
"""

from __future__ import annotations

import codecs
import contextvars
import datetime as dt
import functools
import io
import json
import math
import os
import re
import types
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar, Union, get_args, get_origin

import attrs

from careerdata import model
from careerdata.errors import DataFileError, Problem, ValidationError, _shown, join_path
from careerdata.model import (
    DatasetInfo,
    Distribution,
    LocalizedTitle,
    Money,
    Pay,
    Role,
    Translation,
    _new_money,
)

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "MAX_FILE_SIZE",
    "Document",
    "Source",
    "dump_roles",
    "load_document",
    "load_roles",
    "schema",
    "structure_role",
    "to_jsonable",
    "unstructure_role",
]

#: Largest input accepted, in bytes (64 MiB): larger files are refused before being read whole.
MAX_FILE_SIZE = 64 * 1024 * 1024

#: What :func:`load_roles` reads: a path, JSON text (a ``str`` starting with ``[`` or ``{``),
#: bytes, or a readable text or binary stream.
Source: TypeAlias = "str | os.PathLike[str] | bytes | bytearray | IO[str] | IO[bytes]"

#: Builds one value of the model from JSON data, raising ValidationError with relative paths.
_Structure = Callable[[Any], Any]
_ByLanguage = TypeVar("_ByLanguage", LocalizedTitle, Translation)

# The currency of the pay group being structured or unstructured: amounts inside a ``pay``
# object are bare numbers in that currency.  A context variable keeps nested and concurrent
# conversions apart.
_PAY_CURRENCY: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "careerdata_pay_currency", default=None
)

_LITERAL: Any = Literal
_UNIONS: tuple[Any, ...] = (Union, types.UnionType)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_SURROGATE = re.compile("[\ud800-\udfff]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_ISO_CURRENCY = re.compile(r"[A-Z]{3}\Z")
# Fields written even when they hold their default, so a file says what it means.
_ALWAYS_WRITTEN = {Role: ("slug",), Pay: ("currency",)}


@attrs.frozen
class Document:
    """The content of a role file: its roles, in file order, and its dataset description.

    ``info`` is ``None`` when the file is a bare array or has no ``"dataset"`` object.
    """

    roles: tuple[Role, ...]
    info: DatasetInfo | None = None


# --------------------------------------------------------------------------- messages


def _describe(value: Any) -> str:
    """Name a JSON value for a message: ``string '61487'``, ``a list``, ``null``."""
    if value is None:
        return "null"
    if value is True or value is False:
        return f"boolean {str(value).lower()}"
    if isinstance(value, str):
        return f"string {_shown(value)}"
    if isinstance(value, (int, float, Decimal)):
        return f"number {_shown(value)}"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _expected(what: str, value: Any) -> ValidationError:
    return ValidationError.at("", f"expected {what}, got {_describe(value)}")


def _key_path(key: object) -> str:
    """The path step for an object key: ``de`` or ``["Black or African American"]``."""
    text = str(key)
    if _IDENTIFIER.match(text):
        return text
    return f"[{json.dumps(text, ensure_ascii=False)}]"


def _problems(error: BaseException, path: str) -> list[Problem]:
    """Turn an exception (ours or, as a last resort, anything) into problems below ``path``."""
    if isinstance(error, ValidationError):
        return [problem.prefixed(path) for problem in error.problems]
    if isinstance(error, RecursionError):
        return [Problem(path, "nested too deeply")]
    return [Problem(path, f"invalid value ({type(error).__name__}: {_shown(str(error))})")]


# --------------------------------------------------------------------------- strict scalars


def _structure_text(value: Any) -> str:
    if not isinstance(value, str):
        raise _expected("text", value)
    text = str(value)
    if not text.isascii() and _SURROGATE.search(text):
        raise ValidationError.at("", "contains an unpaired surrogate: not valid Unicode text")
    return text


def _structure_whole(value: Any) -> int:
    if type(value) is int:
        return value
    # 6.0 is a whole number written with a point; nothing is lost by reading it as 6.
    if isinstance(value, (Decimal, float)) and math.isfinite(value):  # noqa: SIM102
        if -(10**15) < value < 10**15 and value == int(value):
            return int(value)
    raise _expected("a whole number", value)


def _structure_measure(value: Any) -> float:
    if type(value) is float:
        return value
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        try:
            measure = float(value)
        except OverflowError:
            measure = math.inf
        if math.isinf(measure):  # 1e400 is a finite decimal but no float
            raise ValidationError.at("", f"{_shown(value)} is too large")
        return measure
    raise _expected("a number", value)


def _amount(value: Any) -> Any:
    """Check that ``value`` is a JSON number; :class:`Money` converts it exactly."""
    if isinstance(value, (int, Decimal, float)) and not isinstance(value, bool):
        return value
    raise _expected("a number", value)


def _structure_decimal(value: Any) -> Decimal:
    number = _amount(value)
    if isinstance(number, Decimal):
        return number
    # repr() is the shortest string that round-trips: 29.56 stays Decimal("29.56").
    return Decimal(repr(number) if isinstance(number, float) else number)


def _structure_flag(value: Any) -> bool:
    if value is True or value is False:
        return value
    raise _expected("true or false", value)


def _structure_date(value: Any) -> dt.date:
    if type(value) is dt.date:
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValidationError.at("", f"{value!r} is not a calendar date") from None
    raise _expected("a date written YYYY-MM-DD", value)


def _literal_structure(literal: Any) -> _Structure:
    allowed = get_args(literal)
    listed = " or ".join(repr(choice) for choice in allowed)

    def structure(value: Any) -> Any:
        if type(value) is str and value in allowed:
            return value
        raise _expected(listed, value)

    return structure


def _object(value: Any) -> dict[Any, Any]:
    if type(value) is dict:
        return value
    if isinstance(value, Mapping):
        return dict(value)
    raise _expected("an object", value)


# --------------------------------------------------------------------------- composites


def _is_literal(type_: Any) -> bool:
    return get_origin(type_) is _LITERAL


def _is_optional(type_: Any) -> bool:
    args = get_args(type_)
    return len(args) == 2 and type(None) in args and get_origin(type_) in _UNIONS


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_structure(item_type: Any) -> _Structure:
    item_structure = _structurer(item_type)

    def structure(value: Any) -> tuple[Any, ...]:
        if type(value) is not list and not isinstance(value, tuple):
            raise _expected("a list", value)
        items = []
        problems: list[Problem] = []
        for index, item in enumerate(value):
            try:
                items.append(item_structure(item))
            except Exception as error:  # noqa: BLE001, PERF203 - report every item
                problems.extend(_problems(error, f"[{index}]"))
        if problems:
            raise ValidationError(problems)
        return tuple(items)

    return structure


def _structure_distribution(value: Any) -> Distribution:
    shares = []
    problems: list[Problem] = []
    for category, share in _object(value).items():
        try:
            shares.append(model.CategoryShare(category, _structure_measure(share)))
        except ValidationError as error:  # noqa: PERF203 - report every category
            problems.extend(Problem(_key_path(category), p.message) for p in error.problems)
    if problems:
        raise ValidationError(problems)
    try:
        return Distribution(tuple(shares))
    except ValidationError as error:
        raise ValidationError(
            [Problem(_distribution_path(p.path, shares), p.message) for p in error.problems]
        ) from None


def _distribution_path(path: str, shares: list[model.CategoryShare]) -> str:
    """Map ``shares[2]`` (the model's path) to the category's key in the file."""
    match = re.match(r"shares(?:\[(\d+)\])?", path)
    if match is None:
        return path
    rest = path[match.end() :]
    if match.group(1) is None:
        return rest.lstrip(".")
    return join_path(_key_path(shares[int(match.group(1))].category), rest.lstrip("."))


def _by_language_structure(cls: type[_ByLanguage]) -> _Structure:
    """Read an object keyed by language code (``titles``, ``translations``) into a tuple."""

    def structure(value: Any) -> tuple[_ByLanguage, ...]:
        item_structure = _class_structurer(cls)
        items = []
        problems: list[Problem] = []
        for language, body in _object(value).items():
            path = _key_path(language)
            try:
                fields = _object(body)
                if "language" in fields:
                    raise ValidationError.at("", "unknown field 'language'")
                items.append(item_structure({**fields, "language": language}))
            except ValidationError as error:
                for problem in error.problems:
                    inner = "" if problem.path == "language" else problem.path
                    problems.append(Problem(join_path(path, inner), problem.message))
        if problems:
            raise ValidationError(problems)
        return tuple(items)

    return structure


# Whole amounts already built, shared: Money is immutable, and an int has one representation
# (a decimal's "19.80" and "19.8" are equal but print differently, so decimals are not shared).
_WHOLE_AMOUNTS: dict[tuple[int, str], Money] = {}
_WHOLE_AMOUNTS_KEPT = 100_000


def _structure_money(value: Any) -> Money:
    currency = _PAY_CURRENCY.get()
    if currency is None:
        # Outside a pay group an amount names its currency: {"amount": 1, "currency": "EUR"}.
        return _class_structurer(Money)(value)  # type: ignore[no-any-return]
    kind = type(value)
    if kind is int:  # the usual case, first: whole amounts repeat (a band's ends are percentiles)
        key = (value, currency)
        money = _WHOLE_AMOUNTS.get(key)
        if money is None:
            money = _money(value, currency, at_least=False, path="")
            if len(_WHOLE_AMOUNTS) >= _WHOLE_AMOUNTS_KEPT:
                _WHOLE_AMOUNTS.clear()
            _WHOLE_AMOUNTS[key] = money
        return money
    if kind is dict or isinstance(value, Mapping):
        bound = _object(value)
        unknown = sorted(str(key) for key in bound if key != "at_least")
        if unknown or "at_least" not in bound:
            raise _expected('a number or {"at_least": number}', value)
        return _money(bound["at_least"], currency, at_least=True, path="at_least")
    return _money(value, currency, at_least=False, path="")


def _money(value: Any, currency: str, *, at_least: bool, path: str) -> Money:
    try:
        return _new_money(_amount(value), currency, at_least)
    except ValidationError as error:
        raise _money_error(error, path) from None


def _money_error(error: ValidationError, path: str) -> ValidationError:
    """Money's own paths (``amount``) become the place of the amount in the file."""
    return ValidationError(
        [Problem(path if p.path in ("", "amount") else p.path, p.message) for p in error.problems]
    )


def _unknown_fields(data: Mapping[Any, Any], allowed: frozenset[str]) -> list[Problem]:
    unknown = sorted(str(key) for key in data if key not in allowed)
    return [Problem("", f"unknown field {_shown(key)}") for key in unknown]


def _class_structurer(cls: type) -> _Structure:
    """The structure function of an attrs class, written out once from its fields.

    Objects only; a missing key and ``null`` both mean absent; every field's problems are
    collected with the field's name as path, then unknown keys; the class's own validators
    run when it is built.  Generated source (like attrs' and cattrs' own) avoids a loop and a
    dispatch per field: loading a large dataset calls these functions tens of thousands of
    times.  Only the model's field names go into the source, never data.
    """
    key = ("class", cls)
    cached = _STRUCTURERS.get(key)
    if cached is not None:
        return cached
    fields = attrs.fields(attrs.resolve_types(cls))
    namespace: dict[str, Any] = {
        "cls": cls,
        "dict": dict,
        "type": type,
        "Problem": Problem,
        "ValidationError": ValidationError,
        "_object": _object,
        "_problems": _problems,
        "_unknown_fields": _unknown_fields,
        "allowed": frozenset(field.name for field in fields),
    }
    lines = [
        "def structure(value):",
        "    data = value if type(value) is dict else _object(value)",
        "    kwargs = {}",
        "    problems = []",
    ]
    for index, field in enumerate(fields):
        namespace[f"structure_{index}"] = _structurer(field.type)
        name = repr(field.name)
        lines += [
            f"    item = data.get({name})",
            "    if item is not None:",
            "        try:",
            f"            kwargs[{name}] = structure_{index}(item)",
            "        except ValidationError as error:",
            f"            problems.extend(_problems(error, {name}))",
        ]
        if field.default is attrs.NOTHING:
            lines += [
                "    else:",
                f"        problems.append(Problem({name}, 'required field missing'))",
            ]
    lines += [
        "    if not allowed.issuperset(data):",
        "        problems.extend(_unknown_fields(data, allowed))",
        "    if problems:",
        "        raise ValidationError(problems)",
        "    return cls(**kwargs)",
    ]
    exec(compile("\n".join(lines), f"<careerdata structure {cls.__name__}>", "exec"), namespace)  # noqa: S102
    structure: _Structure = namespace["structure"]
    _STRUCTURERS[key] = structure
    return structure


def _structure_pay(value: Any) -> Pay:
    """A pay group: its amounts are bare numbers in its currency (checked by Pay itself)."""
    currency = value.get("currency") if isinstance(value, Mapping) else None
    if not isinstance(currency, str) or not _ISO_CURRENCY.match(currency):
        currency = "USD"  # Pay itself reports a bad code once, at ``currency``.
    token = _PAY_CURRENCY.set(currency)
    try:
        return _class_structurer(Pay)(value)  # type: ignore[no-any-return]
    finally:
        _PAY_CURRENCY.reset(token)


_STRUCTURERS: dict[Any, _Structure] = {}
_SCALARS: dict[Any, _Structure] = {
    str: _structure_text,
    int: _structure_whole,
    float: _structure_measure,
    bool: _structure_flag,
    Decimal: _structure_decimal,
    dt.date: _structure_date,
    Money: _structure_money,
    Pay: _structure_pay,
    Distribution: _structure_distribution,
    tuple[LocalizedTitle, ...]: _by_language_structure(LocalizedTitle),
    tuple[Translation, ...]: _by_language_structure(Translation),
}


def _structurer(type_: Any) -> _Structure:
    """The structure function of a field type, made on first use and kept."""
    found = _SCALARS.get(type_) or _STRUCTURERS.get(type_)
    if found is not None:
        return found
    if _is_optional(type_):  # null never reaches a field's function: the class drops it
        (inner,) = (arg for arg in get_args(type_) if arg is not type(None))
        found = _structurer(inner)
    elif _is_literal(type_):
        found = _literal_structure(type_)
    elif _is_homogeneous_tuple(type_):
        found = _tuple_structure(get_args(type_)[0])
    elif attrs.has(type_):
        found = _class_structurer(type_)
    else:
        raise TypeError(f"no structure function for {type_!r}")  # a new model type: add one
    _STRUCTURERS[type_] = found
    return found


# --------------------------------------------------------------------------- unstructuring


def _number(amount: Decimal) -> int | float:
    """A decimal as JSON wants it: an int when integral, else the shortest float repr.

    Exact for money: amounts have at most 15 significant digits, which a float keeps.
    """
    if amount == amount.to_integral_value():
        return int(amount)
    return float(amount)


def _unstructure_money(money: Money) -> Any:
    amount = _number(money.amount)
    if _PAY_CURRENCY.get() == money.currency:
        return {"at_least": amount} if money.at_least else amount
    written: dict[str, Any] = {"amount": amount, "currency": money.currency}
    if money.at_least:
        written["at_least"] = True
    return written


def _unstructure_distribution(distribution: Distribution) -> dict[str, float]:
    return {item.category: item.share for item in distribution.shares}


def _unstructure_by_language(
    converter: cattrs.Converter,
) -> Callable[[tuple[LocalizedTitle | Translation, ...]], dict[str, Any]]:
    """Write ``titles`` and ``translations`` as objects keyed by language code."""

    def unstructure(items: tuple[LocalizedTitle | Translation, ...]) -> dict[str, Any]:
        written = {}
        for item in items:
            fields = converter.unstructure(item)
            del fields["language"]
            written[item.language] = fields
        return written

    return unstructure


def _class_unstructure_hook(cls: type, converter: cattrs.Converter) -> Callable[[Any], Any]:
    from cattrs.gen import make_dict_unstructure_fn, override  # noqa: PLC0415 - see _converter

    generated: Callable[[Any], dict[str, Any]]
    if cls.__module__ == model.__name__ or cls is Document:
        keep: dict[str, Any] = {
            name: override(omit_if_default=False) for name in _ALWAYS_WRITTEN.get(cls, ())
        }
        generated = make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True, **keep)
    else:
        # Other classes (comparisons) may have any defaults: omit exactly None and empty lists.
        plain: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(cls, converter)

        def generated(obj: Any) -> dict[str, Any]:
            return {k: v for k, v in plain(obj).items() if v is not None and v != []}

    if cls is not Pay:
        return generated

    def unstructure_pay(pay: Pay) -> Any:
        token = _PAY_CURRENCY.set(pay.currency)
        try:
            return generated(pay)
        finally:
            _PAY_CURRENCY.reset(token)

    return unstructure_pay


# --------------------------------------------------------------------------- the converter


@functools.cache
def _converter() -> cattrs.Converter:
    """The converter that writes roles and comparisons out; made on first use.

    Reading goes through :func:`_structurer` instead, so that loading a dataset neither
    imports cattrs nor generates its hooks.
    """
    import cattrs  # noqa: PLC0415 - only writing needs it

    converter = cattrs.Converter()
    # A one-argument factory: cattrs before 24.1 does not pass the converter to factories.
    converter.register_unstructure_hook_factory(
        attrs.has, lambda cls: _class_unstructure_hook(cls, converter)
    )
    converter.register_unstructure_hook(Decimal, _number)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook(Money, _unstructure_money)
    converter.register_unstructure_hook(Distribution, _unstructure_distribution)
    converter.register_unstructure_hook_func(
        lambda t: t in (tuple[LocalizedTitle, ...], tuple[Translation, ...]),
        _unstructure_by_language(converter),
    )
    return converter


# --------------------------------------------------------------------------- single values


def structure_role(data: Mapping[str, Any]) -> Role:
    """Build a :class:`~careerdata.model.Role` from a JSON-like mapping in the file format.

    Raises :class:`~careerdata.errors.ValidationError` with paths relative to the role.

    >>> structure_role({"title": "Clerk", "pay": {"hourly": {"at_least": 115}}}).pay.hourly
    Money(amount=Decimal('115'), currency='USD', at_least=True)
    """
    try:
        return _structurer(Role)(data)  # type: ignore[no-any-return]
    except ValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - nothing else may escape
        raise ValidationError(_problems(error, "")) from None


def unstructure_role(role: Role) -> dict[str, Any]:
    """The file-format mapping of one role: JSON-ready, ``None`` and empty lists omitted.

    >>> unstructure_role(Role(title="Clerk", aliases=("File clerk",)))
    {'title': 'Clerk', 'slug': 'clerk', 'aliases': ['File clerk']}
    """
    return _converter().unstructure(role, Role)  # type: ignore[no-any-return]


def to_jsonable(obj: Any) -> Any:
    """Turn any value of the library (a role, a comparison, ...) into JSON-ready data.

    attrs objects become dicts without their ``None`` fields and empty lists, decimals become
    ints or floats, enums their values, dates ISO strings.  Money inside a pay group is a bare
    number; elsewhere it names its currency.

    >>> to_jsonable(Money("29.56"))
    {'amount': 29.56, 'currency': 'USD'}
    """
    return _converter().unstructure(obj)


# --------------------------------------------------------------------------- reading input


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _ConstantError(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _reject_constant(name: str) -> Any:
    raise _ConstantError(name)


class _Repeated(dict[str, Any]):
    """An object of the input whose keys repeat (found on a second, slow parse)."""


def _mark_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    return _Repeated(result) if len(result) != len(pairs) else result


def _duplicate_path(text: str) -> str:
    """The path of the first object with a repeated key: parsed again, only when there is one."""
    try:
        document = json.loads(text, parse_float=Decimal, object_pairs_hook=_mark_repeats)
    except (ValueError, RecursionError):  # broken further on too: the repeated key is news enough
        return ""
    pending: list[tuple[str, Any]] = [("", document)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, _Repeated):
            return _document_path(path)
        if isinstance(value, dict):
            items = [(join_path(path, _key_path(k)), v) for k, v in value.items()]
        elif isinstance(value, list):
            items = [(f"{path}[{index}]", v) for index, v in enumerate(value)]
        else:
            continue
        pending.extend(reversed(items))
    return ""


def _document_path(path: str) -> str:
    """``[2].pay`` in a bare array is ``roles[2].pay``, as every other problem says."""
    return "roles" + path if path.startswith("[") else path


def _file_error(message: str) -> DataFileError:
    return DataFileError([Problem("", message)])


def _parse(text: str) -> Any:
    if not text.strip():
        raise _file_error("the input is empty: expected a JSON list of roles")
    try:
        return json.loads(
            text,
            parse_float=Decimal,
            parse_constant=_reject_constant,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as error:
        message = f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        if not text[error.pos :].strip():
            message += " (the input ends early: is the file cut short?)"
        raise _file_error(message) from None
    except _DuplicateKeyError as error:
        message = f"invalid JSON: the key {_shown(error.key)} repeats in one object"
        raise DataFileError([Problem(_duplicate_path(text), message)]) from None
    except _ConstantError as error:
        message = f"invalid JSON: {error.name} is not a number (write null for a missing value)"
        raise _file_error(message) from None
    except RecursionError:
        raise _file_error("invalid JSON: nested too deeply") from None
    except ValueError as error:  # e.g. an integer with more digits than Python converts
        raise _file_error(f"invalid JSON: {error}") from None


def _decode(data: bytes) -> str:
    offset = 0
    if data.startswith(codecs.BOM_UTF8):
        data, offset = data[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise _file_error("the input is UTF-32 text; save it as UTF-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _file_error("the input is UTF-16 text; save it as UTF-8")
    elif b"\x00" in data[:4]:
        # JSON text never holds a NUL byte; one among the first bytes means a wider encoding.
        raise _file_error("the input is not UTF-8 text: it looks like UTF-16 or UTF-32")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        message = f"the input is not UTF-8 text: byte 0x{bad:02x} at offset {error.start + offset}"
        raise _file_error(message) from None


def _too_large(size: int | None = None) -> DataFileError:
    limit = f"at most {MAX_FILE_SIZE} bytes are accepted"
    if size is None:  # a stream: only known to be longer than the limit
        return _file_error(f"the input is too large; {limit}")
    return _file_error(f"the input is {size} bytes; {limit}")


def _read_path(path: str | os.PathLike[str]) -> str:
    try:
        with Path(path).open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_FILE_SIZE:
                raise _too_large(size)
            data = stream.read(MAX_FILE_SIZE + 1)
    except FileNotFoundError:
        raise _file_error(f"cannot read {os.fspath(path)}: no such file") from None
    except IsADirectoryError:
        raise _file_error(f"cannot read {os.fspath(path)}: it is a directory") from None
    except OSError as error:
        raise _file_error(f"cannot read {os.fspath(path)}: {error.strerror}") from None
    if len(data) > MAX_FILE_SIZE:  # the file grew after fstat
        raise _too_large()
    return _decode(data)


def _read_stream(stream: IO[Any]) -> str:
    try:
        data = stream.read(MAX_FILE_SIZE + 1)
    except UnicodeDecodeError as error:
        raise _file_error(f"the input is not UTF-8 text: {error.reason}") from None
    except OSError as error:
        raise _file_error(f"cannot read the stream: {error}") from None
    if len(data) > MAX_FILE_SIZE:
        raise _too_large()
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if isinstance(data, (bytes, bytearray)):
        return _decode(bytes(data))
    raise TypeError(f"the stream returned {type(data).__name__}, not str or bytes")


def _read(source: Source) -> str:
    if isinstance(source, (bytes, bytearray, memoryview)):
        if len(source) > MAX_FILE_SIZE:
            raise _too_large(len(source))
        return _decode(bytes(source))
    if isinstance(source, str):
        text = source.removeprefix("\ufeff")
        stripped = text.lstrip()
        if not stripped or stripped[0] in "[{":
            if len(text) > MAX_FILE_SIZE:
                raise _too_large(len(text))
            return text
        return _read_path(source)
    if isinstance(source, os.PathLike):
        return _read_path(source)
    if hasattr(source, "read"):
        return _read_stream(source)
    raise TypeError(f"cannot read roles from {type(source).__name__}: give a path, text or stream")


# --------------------------------------------------------------------------- documents


def _split_document(data: Any) -> tuple[Any, Any, list[Problem]]:
    """Return the roles list, the dataset object (or None) and the problems of the envelope."""
    if isinstance(data, list):
        return data, None, []
    if not isinstance(data, dict):
        expected = 'a list of roles or an object with "roles"'
        return [], None, [Problem("", f"expected {expected}, got {_describe(data)}")]
    problems = [Problem("", f"unknown field {key!r}") for key in data if key not in _ENVELOPE]
    roles = data.get("roles")
    if roles is None:
        problems.append(Problem("roles", "required field missing"))
        roles = []
    elif not isinstance(roles, list):
        problems.append(Problem("roles", f"expected a list, got {_describe(roles)}"))
        roles = []
    return roles, data.get("dataset"), problems


_ENVELOPE = ("dataset", "roles")


def _structure_document(data: Any) -> Document:
    items, dataset, problems = _split_document(data)
    info = None
    if dataset is not None:
        try:
            info = _structurer(DatasetInfo)(dataset)
        except Exception as error:  # noqa: BLE001 - every failure becomes a problem
            problems.extend(_problems(error, "dataset"))
    role_hook = _structurer(Role)
    roles: list[Role] = []
    first_index: dict[str, int] = {}
    for index, item in enumerate(items):
        path = f"roles[{index}]"
        try:
            role = role_hook(item)
        except Exception as error:  # noqa: BLE001 - every failure becomes a problem
            problems.extend(_problems(error, path))
            continue
        earlier = first_index.setdefault(role.slug, index)
        if earlier != index:
            message = f"{role.slug!r} repeats roles[{earlier}]"
            problems.append(Problem(f"{path}.slug", message))
        roles.append(role)
    if problems:
        raise ValidationError(problems)
    return Document(tuple(roles), info)


def load_document(source: Source) -> Document:
    """Read a role file: its roles and, when it has one, its ``"dataset"`` description.

    ``source`` is a path, JSON text (a ``str`` whose first non-blank character is ``[`` or
    ``{``), bytes (UTF-8, a BOM is accepted) or a readable stream.

    >>> doc = load_document('{"dataset": {"name": "mine"}, "roles": [{"title": "Clerk"}]}')
    >>> doc.info.name, [role.slug for role in doc.roles]
    ('mine', ['clerk'])
    """
    return _structure_document(_parse(_read(source)))


def load_roles(source: Source) -> tuple[Role, ...]:
    """Read and validate the roles of a role file, in file order.

    See :func:`load_document` for what ``source`` may be.  Raises
    :class:`~careerdata.errors.ValidationError` listing every bad value with its path
    (``roles[3].pay.range.low: ...``), or :class:`~careerdata.errors.DataFileError` when the
    input is missing, empty, too large, not UTF-8 or not JSON.

    >>> [role.title for role in load_roles('[{"title": "Clerk"}, {"title": "Cashier"}]')]
    ['Clerk', 'Cashier']
    """
    return load_document(source).roles


# --------------------------------------------------------------------------- writing output


def _check_roles(roles: Iterable[Any]) -> list[Role]:
    checked = list(roles)
    first_index: dict[str, int] = {}
    problems: list[Problem] = []
    for index, role in enumerate(checked):
        if not isinstance(role, Role):
            problems.append(Problem(f"roles[{index}]", f"expected a Role, got {_describe(role)}"))
            continue
        earlier = first_index.setdefault(role.slug, index)
        if earlier != index:
            message = f"{role.slug!r} repeats roles[{earlier}]"
            problems.append(Problem(f"roles[{index}].slug", message))
    if problems:
        raise ValidationError(problems)
    return checked


def _write(text: str, target: str | os.PathLike[str] | IO[Any]) -> None:
    if isinstance(target, (str, os.PathLike)):
        try:
            Path(target).write_bytes(text.encode("utf-8"))
        except OSError as error:
            name = os.fspath(target)
            raise _file_error(f"cannot write {name}: {error.strerror}") from None
        return
    if isinstance(target, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(target, "mode", ""):
        target.write(text.encode("utf-8"))
    else:
        target.write(text)


def dump_roles(
    roles: Iterable[Role],
    target: str | os.PathLike[str] | IO[Any] | None = None,
    *,
    info: DatasetInfo | None = None,
    indent: int | None = 2,
) -> str:
    """Write roles as a role file and return its text.

    ``target`` is a path or a text or binary stream; ``None`` only returns the text.  With
    ``info`` the file is an object ``{"dataset": ..., "roles": [...]}``, else a bare array.
    ``indent=None`` writes compact JSON (no spaces) for large files.  Output is UTF-8, in model
    field order and byte-stable: loading and dumping again with the same ``indent`` gives the
    same bytes.  Slugs must be unique (a file with repeated slugs would not load).

    >>> print(dump_roles([Role(title="Clerk")], info=DatasetInfo("mine")), end="")
    {
      "dataset": {
        "name": "mine"
      },
      "roles": [
        {
          "title": "Clerk",
          "slug": "clerk"
        }
      ]
    }
    """
    converter = _converter()
    # unstructure(..., Role) rather than get_unstructure_hook, which cattrs 23.2 lacks; the
    # dispatch is cached, so the hook is looked up once either way.
    written: Any = [converter.unstructure(role, Role) for role in _check_roles(roles)]
    if info is not None:
        written = {"dataset": converter.unstructure(info, DatasetInfo), "roles": written}
    separators = (",", ": ") if indent is not None else (",", ":")
    text = json.dumps(
        written, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
    )
    text += "\n"
    if target is not None:
        _write(text, target)
    return text


# --------------------------------------------------------------------------- JSON Schema

_SCHEMA_FILE = "roles.schema.json"
_DRAFT = "https://json-schema.org/draft/2020-12/schema"
# No leading or trailing white space, no control characters (newlines allowed in long text).
_SHORT_TEXT = r"^[^\s\u0000-\u001f\u007f-\u009f]([^\u0000-\u001f\u007f-\u009f]*[^\s\u0000-\u001f\u007f-\u009f])?$"  # noqa: E501
_LONG_TEXT = r"^[^\s\u0000-\u001f\u007f-\u009f]([^\u0000-\u0009\u000b-\u001f\u007f-\u009f]*[^\s\u0000-\u001f\u007f-\u009f])?$"  # noqa: E501


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _range(kind: str, low: float, high: float) -> dict[str, Any]:
    return {"type": kind, "minimum": low, "maximum": high}


_SHARE = {"type": "number", "minimum": 0, "maximum": 1}

_LONG_TEXTS = {"type": "array", "items": _ref("long_text"), "uniqueItems": True}
#: Constraints the types alone do not carry; keyed by (class, field).
_FIELD_SCHEMAS: dict[tuple[type, str], dict[str, Any]] = {
    (Role, "slug"): _ref("slug"),
    (Role, "soc_code"): {"type": "string", "pattern": r"^[0-9]{2}-[0-9]{4}$"},
    (Role, "description"): _ref("long_text"),
    (Role, "responsibilities"): _LONG_TEXTS,
    (Translation, "description"): _ref("long_text"),
    (Translation, "responsibilities"): _LONG_TEXTS,
    (DatasetInfo, "name"): _ref("slug"),
    (DatasetInfo, "description"): _ref("long_text"),
    (model.Provenance, "note"): _ref("long_text"),
    (Pay, "currency"): {"type": "string", "pattern": "^[A-Z]{3}$"},
    (model.SalaryBand, "low"): {
        "type": "number",
        "minimum": 0,
        "exclusiveMaximum": int(model.MAX_AMOUNT),
    },
    (model.Outlook, "growth_rate"): _range("number", -1, 10),
    (model.Outlook, "jobs"): _range("integer", 0, 10**12 - 1),
    (model.Career, "satisfaction"): _range("number", 1, 5),
    (model.Career, "experience_years"): _range("number", 0, 80),
    (model.YearRange, "low"): _range("integer", 0, 80),
    (model.YearRange, "high"): _range("integer", 0, 80),
    (model.Education, "degree_share"): _SHARE,
    (model.Demographics, "average_age"): _range("number", 14, 100),
    (model.Demographics, "lgbt_share"): _SHARE,
    (model.Skill, "weight"): _SHARE,
}

_SHARED_DEFS: dict[str, Any] = {
    "text": {"type": "string", "maxLength": model.MAX_TITLE_LENGTH, "pattern": _SHORT_TEXT},
    "long_text": {"type": "string", "maxLength": model.MAX_TEXT_LENGTH, "pattern": _LONG_TEXT},
    "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
    "amount": {
        "description": "An exact amount in the pay group's currency, or a lower bound.",
        "oneOf": [
            {"type": "number", "minimum": 0, "exclusiveMaximum": int(model.MAX_AMOUNT)},
            {
                "type": "object",
                "properties": {
                    "at_least": {
                        "type": "number",
                        "minimum": 0,
                        "exclusiveMaximum": int(model.MAX_AMOUNT),
                    }
                },
                "required": ["at_least"],
                "additionalProperties": False,
            },
        ],
    },
    "distribution": {
        "description": "Category -> share (a fraction); the shares sum to 1.",
        "type": "object",
        "minProperties": 1,
        "propertyNames": _ref("text"),
        "additionalProperties": _SHARE,
    },
    "date": {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
}


# Fields written as objects keyed by language code: field type -> (def name, class, description).
_BY_LANGUAGE: dict[Any, tuple[str, type, str]] = {
    tuple[LocalizedTitle, ...]: (
        "titles",
        LocalizedTitle,
        "Language code -> the title's singular and plural in that language.",
    ),
    tuple[Translation, ...]: (
        "translations",
        Translation,
        "Language code -> the role's texts in that language.",
    ),
}


def _by_language_schema(
    name: str, cls: type, description: str, defs: dict[str, Any]
) -> dict[str, Any]:
    """The def ``name``: an object keyed by language code whose values are ``cls`` objects."""
    scratch: dict[str, Any] = {}  # the classes hold plain text: nothing to add to defs
    _class_schema(cls, scratch)
    value = scratch[cls.__name__]
    del value["description"]
    value["properties"] = {k: v for k, v in value["properties"].items() if k != "language"}
    value["required"] = [k for k in value["required"] if k != "language"]
    defs[name] = {
        "description": description,
        "type": "object",
        "propertyNames": {"pattern": "^[a-z]{2,3}$"},
        "additionalProperties": value,
    }
    return _ref(name)


def _type_schema(type_: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one field type; adds the classes it refers to under ``defs``."""
    if _is_optional(type_):
        (inner,) = (arg for arg in get_args(type_) if arg is not type(None))
        return _type_schema(inner, defs)
    simple = {
        str: _ref("text"),
        float: {"type": "number"},
        int: {"type": "integer", "minimum": 0},
        bool: {"type": "boolean"},
        Money: _ref("amount"),
        Distribution: _ref("distribution"),
        dt.date: _ref("date"),
    }
    if type_ in simple:
        return simple[type_]
    keyed = _BY_LANGUAGE.get(type_)
    if keyed is not None:
        return _by_language_schema(*keyed, defs)
    if _is_literal(type_):
        return {"enum": list(get_args(type_))}
    if _is_homogeneous_tuple(type_):
        items = _type_schema(get_args(type_)[0], defs)
        unique = {"uniqueItems": True} if get_args(type_)[0] is str else {}
        return {"type": "array", "items": items, **unique}
    if attrs.has(type_):
        _class_schema(type_, defs)
        return _ref(type_.__name__)
    raise TypeError(f"no JSON Schema for {type_!r}")  # a new model type: extend this function


def _class_schema(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # reserve the name first: classes may refer to each other
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(attrs.resolve_types(cls)):
        schema = _FIELD_SCHEMAS.get((cls, field.name)) or _type_schema(field.type, defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
            properties[field.name] = schema
        else:
            properties[field.name] = {"anyOf": [schema, {"type": "null"}]}
    first_line = (cls.__doc__ or "").strip().splitlines()[0]
    defs[cls.__name__] = {
        "description": first_line,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _generate_schema() -> dict[str, Any]:
    """Build the role-file schema from the model (the shipped file is this, written out)."""
    defs: dict[str, Any] = dict(_SHARED_DEFS)
    _class_schema(DatasetInfo, defs)
    _class_schema(Role, defs)
    defs["roles"] = {"type": "array", "items": _ref("Role")}
    return {
        "$schema": _DRAFT,
        "title": "careerdata role file",
        "description": (
            "A list of job roles, or an object with the roles and a description of the dataset. "
            "Structure, types and ranges are checked here; rules across values (shares summing "
            "to 1, a band's low end below its high end, one currency per pay group, unique "
            "slugs and skills) are checked by careerdata.load_roles."
        ),
        "anyOf": [
            _ref("roles"),
            {
                "type": "object",
                "properties": {"dataset": _ref("DatasetInfo"), "roles": _ref("roles")},
                "required": ["roles"],
                "additionalProperties": False,
            },
        ],
        "$defs": defs,
    }


def _schema_text() -> str:
    return json.dumps(_generate_schema(), ensure_ascii=False, indent=2) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of role files, as a new dict.

    It is shipped as ``careerdata/data/roles.schema.json`` for editors and other languages.
    It checks structure, types and ranges; rules across values (shares summing to 1, a band's
    low end below its high end, unique slugs) are checked by :func:`load_roles`.

    >>> schema()["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    from importlib import resources  # noqa: PLC0415 - only this function reads package data

    text = resources.files("careerdata.data").joinpath(_SCHEMA_FILE).read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result
