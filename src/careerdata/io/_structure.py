"""Structuring: parsed JSON to model objects, strictly, with every problem's path.

Nothing is coerced: ``"61487"`` is not a number, ``"CSM"`` is not a list, ``true`` is not
``1``.  Each class gets a structure function made once from its attrs fields (see
:func:`_class_structurer`: a loop over them at first, then code written out for the class);
the model's own validators run when the object is built, so the rules of a value are those of
the model.  cattrs is not used: measured on the OEWS file, its
generated functions with the same strict hooks took 10-17 % more CPU time (about 25 % with
the detailed validation that error paths need), its import about 20 ms more, and their errors
would still need translating to these messages and paths.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar, get_args

import attrs

from careerdata import model
from careerdata.errors import Problem, ValidationError, _Collected, _shown, join_path
from careerdata.io._paths import (
    _count_rest,
    distribution_path,
    expected,
    key_path,
    money_error,
    problems,
    unknown_fields,
)
from careerdata.io._types import (
    constraint,
    field_types,
    homogeneous_item,
    is_literal,
    optional_inner,
)
from careerdata.model import Distribution, LocalizedTitle, Money, Pay, Role, Translation
from careerdata.model._pay import _new_money

#: Builds one value of the model from JSON data, raising ValidationError with relative paths.
Structure = Callable[[Any], Any]
_ByLanguage = TypeVar("_ByLanguage", LocalizedTitle, Translation)

# The currency of the pay group being structured: amounts inside a ``pay`` object are bare
# numbers in that currency.  A context variable keeps nested and concurrent loads apart.
_PAY_CURRENCY: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "careerdata_pay_currency", default=None
)

#: A date as the file writes it (``YYYY-MM-DD``), for ``re`` and the JSON Schema alike.
ISO_DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
_ISO_DATE = re.compile(f"{ISO_DATE}\\Z")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _pattern(cls: type, name: str) -> model.Pattern:
    rule = constraint(cls, name)
    if not isinstance(rule, model.Pattern):
        raise TypeError(f"{cls.__name__}.{name} is not a Pattern")  # the model changed
    return rule


# The rule of a pay group's currency, as Pay states it.
_CURRENCY = _pattern(Pay, "currency")


# --------------------------------------------------------------------------- strict scalars


def _structure_text(value: Any) -> str:
    if not isinstance(value, str):
        raise expected("text", value)
    text = str(value)
    if not text.isascii() and _SURROGATE.search(text):
        raise ValidationError.at("", "contains an unpaired surrogate: not valid Unicode text")
    return text


def _structure_whole(value: Any) -> int:
    if type(value) is int:
        return value
    if isinstance(value, Decimal) and value.is_nan():  # sNaN raises when compared
        raise expected("a whole number", value)
    # 6.0 is a whole number written with a point; nothing is lost by reading it as 6.
    if isinstance(value, (Decimal, float)) and math.isfinite(value):  # noqa: SIM102
        if -(10**15) < value < 10**15 and value == int(value):
            return int(value)
    raise expected("a whole number", value)


def _structure_measure(value: Any) -> float:
    if type(value) is float:
        return value
    if isinstance(value, Decimal) and value.is_nan():  # float(sNaN) raises
        raise expected("a number", value)
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        try:
            measure = float(value)
        except OverflowError:
            measure = math.inf
        if math.isinf(measure):  # 1e400 is a finite decimal but no float
            raise ValidationError.at("", f"{_shown(value)} is too large")
        if measure == 0 and value != 0:  # 1e-400 would be read as 0: not what the file says
            raise ValidationError.at("", f"{_shown(value)} is too small to be read as a number")
        return measure
    raise expected("a number", value)


def _amount(value: Any) -> Any:
    """Check that ``value`` is a JSON number; :class:`Money` converts it exactly."""
    if isinstance(value, (int, Decimal, float)) and not isinstance(value, bool):
        return value
    raise expected("a number", value)


def _structure_decimal(value: Any) -> Decimal:
    number = _amount(value)
    if isinstance(number, Decimal):
        return number
    # repr() is the shortest string that round-trips: 29.56 stays Decimal("29.56").
    return Decimal(repr(number) if isinstance(number, float) else number)


def _structure_flag(value: Any) -> bool:
    if value is True or value is False:
        return value
    raise expected("true or false", value)


def _structure_date(value: Any) -> dt.date:
    if type(value) is dt.date:
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValidationError.at("", f"{value!r} is not a calendar date") from None
    raise expected("a date written YYYY-MM-DD", value)


def _literal_structure(literal: Any) -> Structure:
    allowed = get_args(literal)
    listed = " or ".join(repr(choice) for choice in allowed)

    def structure(value: Any) -> Any:
        if type(value) is str and value in allowed:
            return value
        raise expected(listed, value)

    return structure


def _object(value: Any) -> dict[Any, Any]:
    if type(value) is dict:
        return value
    if isinstance(value, Mapping):
        return dict(value)
    raise expected("an object", value)


# --------------------------------------------------------------------------- composites


def _tuple_structure(item_type: Any) -> Structure:
    item_structure = structurer(item_type)

    def structure(value: Any) -> tuple[Any, ...]:
        if type(value) is not list and not isinstance(value, tuple):
            raise expected("a list", value)
        items = []
        found = _Collected()
        for index, item in enumerate(value):
            try:
                items.append(item_structure(item))
            except Exception as error:  # noqa: BLE001, PERF203 - report every item
                if found.full:  # only counted from here on: the rest are counted fast
                    found.more += _count_rest(item_structure, value, index, error)
                    break
                found.extend(problems(error, f"[{index}]"))
        if found:
            raise ValidationError(found)
        return tuple(items)

    return structure


def _category_share(category: Any, value: Any) -> model.CategoryShare:
    """A category's share: a number, or ``{"share": number, "unreported": true}``.

    Problems are reported at the category (a bare number), or at its ``share`` or
    ``unreported`` (the object).
    """
    if not isinstance(value, Mapping):
        try:
            return model.CategoryShare(category, _structure_measure(value))
        except ValidationError as error:
            raise _moved(error, "") from None
    found = _object(value)
    keys = sorted(str(key) for key in found)
    if keys not in (["share"], ["share", "unreported"]):
        raise expected('a number or {"share": number, "unreported": true}', value)
    try:
        share = _structure_measure(found["share"])
    except ValidationError as error:
        raise _moved(error, "share") from None
    try:
        unreported = _structure_flag(found.get("unreported", False))
    except ValidationError as error:
        raise _moved(error, "unreported") from None
    try:
        return model.CategoryShare(category, share, unreported=unreported)
    except ValidationError as error:  # the share's range, or the category's name
        raise ValidationError(
            [Problem("share" if p.path == "share" else "", p.message) for p in error.problems]
        ) from None


def _moved(error: ValidationError, path: str) -> ValidationError:
    """``error`` with every problem at ``path`` (the model's own paths name its fields)."""
    return ValidationError([Problem(path, problem.message) for problem in error.problems])


def _structure_distribution(value: Any) -> Distribution:
    shares = []
    found = _Collected()
    for category, share in _object(value).items():
        try:
            shares.append(_category_share(category, share))
        except ValidationError as error:  # noqa: PERF203 - report every category
            found.extend(
                Problem(join_path(key_path(category), p.path), p.message) for p in error.problems
            )
    if found:
        raise ValidationError(found)
    try:
        return Distribution(tuple(shares))
    except ValidationError as error:
        categories = [share.category for share in shares]
        raise ValidationError(
            [Problem(distribution_path(p.path, categories), p.message) for p in error.problems]
        ) from None


def _by_language_structure(cls: type[_ByLanguage]) -> Structure:
    """Read an object keyed by language code (``titles``, ``translations``) into a tuple."""

    def structure(value: Any) -> tuple[_ByLanguage, ...]:
        item_structure = _class_structurer(cls)
        items = []
        found = _Collected()
        for language, body in _object(value).items():
            path = key_path(language)
            try:
                fields = _object(body)
                if "language" in fields:
                    raise ValidationError.at("", "unknown field 'language'")
                items.append(item_structure({**fields, "language": language}))
            except ValidationError as error:
                for problem in error.problems:
                    inner = "" if problem.path == "language" else problem.path
                    found.append(Problem(join_path(path, inner), problem.message))
        if found:
            raise ValidationError(found)
        return tuple(items)

    return structure


def _structure_named_texts(value: Any) -> tuple[tuple[str, str], ...]:
    """An object of name to text (a title's ``forms``) as pairs; the model checks them."""
    pairs = []
    found: list[Problem] = []
    for name, text in _object(value).items():
        try:
            pairs.append((name, _structure_text(text)))
        except ValidationError as error:  # noqa: PERF203 - report every form
            found.extend(problems(error, key_path(name)))
    if found:
        raise ValidationError(found)
    return tuple(pairs)


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
            raise expected('a number or {"at_least": number}', value)
        return _money(bound["at_least"], currency, at_least=True, path="at_least")
    return _money(value, currency, at_least=False, path="")


def _money(value: Any, currency: str, *, at_least: bool, path: str) -> Money:
    try:
        return _new_money(_amount(value), currency, at_least)
    except ValidationError as error:
        raise money_error(error, path) from None


def _structure_pay(value: Any) -> Pay:
    """A pay group: its amounts are bare numbers in its currency (checked by Pay itself)."""
    currency = value.get("currency") if isinstance(value, Mapping) else None
    if not isinstance(currency, str) or not _CURRENCY.matches(currency):
        currency = "USD"  # Pay itself reports a bad code once, at ``currency``.
    token = _PAY_CURRENCY.set(currency)
    try:
        return _class_structurer(Pay)(value)  # type: ignore[no-any-return]
    finally:
        _PAY_CURRENCY.reset(token)


# --------------------------------------------------------------------------- classes


#: How many objects a class's structure function builds by a loop over the fields before the
#: function written out for the class replaces it (see :class:`_Tiered`).
WRITE_OUT_AFTER = 50

# One field of a class: its name, its structure function, and whether it is required.
_Plan = tuple[tuple[str, Structure, bool], ...]


def _class_structurer(cls: type) -> Structure:
    """The structure function of an attrs class, made once from its fields.

    Objects only; a missing key and ``null`` both mean absent; every field's problems are
    collected with the field's name as path, then unknown keys; the class's own validators
    run when it is built.
    """
    key = ("class", cls)
    cached = _STRUCTURERS.get(key)
    if cached is not None:
        return cached
    plan = tuple(
        (field.name, structurer(type_), field.default is attrs.NOTHING)
        for field, type_ in field_types(cls)
    )
    structure = _Tiered(cls, plan)
    _STRUCTURERS[key] = structure
    return structure


class _Tiered:
    """A class's structure function: a loop over its fields, then its own written-out code.

    Generated source (like attrs' and cattrs' own) avoids a loop and a dispatch per field:
    loading a large dataset builds tens of thousands of objects.  Writing it out and compiling
    it costs about 0.15 ms per class, though, some 2.5 ms for the sixteen classes of a role,
    which a command that builds two roles pays for nothing.  So the first
    :data:`WRITE_OUT_AFTER` objects of a class are built by :meth:`_loop`, and then by the
    written-out function.  Both read the same plan (name, function, required) in the same
    order, and so collect the same problems with the same paths and build the same object.
    """

    __slots__ = ("_allowed", "_cls", "_plan", "_uses", "_written")

    def __init__(self, cls: type, plan: _Plan) -> None:
        self._cls = cls
        self._plan = plan
        self._allowed = frozenset(name for name, _, _ in plan)
        self._uses = 0
        self._written: Structure | None = None

    def __call__(self, value: Any) -> Any:
        written = self._written
        if written is not None:
            return written(value)
        self._uses += 1  # a race only writes the function out twice, the same both times
        if self._uses > WRITE_OUT_AFTER:
            written = self._written = self.write_out()
            return written(value)
        return self._loop(value)

    def _loop(self, value: Any) -> Any:
        data = value if type(value) is dict else _object(value)
        kwargs = {}
        found = _Collected()
        for name, structure, required in self._plan:
            item = data.get(name)
            if item is not None:
                try:
                    kwargs[name] = structure(item)
                except Exception as error:  # noqa: BLE001 - ours, or a last resort: at the field
                    found.extend(problems(error, name))
            elif required:
                found.append(Problem(name, "required field missing"))
        if not self._allowed.issuperset(data):
            found.extend(unknown_fields(data, self._allowed))
        if found:
            raise ValidationError(found)
        return self._cls(**kwargs)

    def write_out(self) -> Structure:
        """The class's structure function as written-out code (made anew on each call).

        Only the model's field names go into the source, never data.  A field whose own
        function has been written out already is called directly.
        """
        namespace: dict[str, Any] = {
            "cls": self._cls,
            "dict": dict,
            "type": type,
            "Problem": Problem,
            "ValidationError": ValidationError,
            "_Collected": _Collected,
            "_object": _object,
            "_problems": problems,
            "_unknown_fields": unknown_fields,
            "allowed": self._allowed,
        }
        lines = [
            "def structure(value):",
            "    data = value if type(value) is dict else _object(value)",
            "    kwargs = {}",
            "    problems = _Collected()",
        ]
        for index, (field_name, structure, required) in enumerate(self._plan):
            inner = structure._written if isinstance(structure, _Tiered) else None  # noqa: SLF001
            namespace[f"structure_{index}"] = inner or structure
            name = repr(field_name)
            lines += [
                f"    item = data.get({name})",
                "    if item is not None:",
                "        try:",
                f"            kwargs[{name}] = structure_{index}(item)",
                "        except Exception as error:  # ours, or a last resort: at the field",
                f"            problems.extend(_problems(error, {name}))",
            ]
            if required:
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
        filename = f"<careerdata structure {self._cls.__name__}>"
        exec(compile("\n".join(lines), filename, "exec"), namespace)  # noqa: S102
        written: Structure = namespace["structure"]
        return written


_STRUCTURERS: dict[Any, Structure] = {}
_SCALARS: dict[Any, Structure] = {
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
    tuple[tuple[str, str], ...]: _structure_named_texts,
    tuple[Translation, ...]: _by_language_structure(Translation),
}


def structurer(type_: Any) -> Structure:
    """The structure function of a field type, made on first use and kept."""
    found = _SCALARS.get(type_) or _STRUCTURERS.get(type_)
    if found is not None:
        return found
    inner = optional_inner(type_)
    item = homogeneous_item(type_)
    if inner is not None:  # null never reaches a field's function: the class drops it
        found = structurer(inner)
    elif is_literal(type_):
        found = _literal_structure(type_)
    elif item is not None:
        found = _tuple_structure(item)
    elif attrs.has(type_):
        found = _class_structurer(type_)
    else:
        raise TypeError(f"no structure function for {type_!r}")  # a new model type: add one
    _STRUCTURERS[type_] = found
    return found


def structure_role(data: Mapping[str, Any]) -> Role:
    """Build a :class:`~careerdata.model.Role` from a JSON-like mapping in the file format.

    Raises :class:`~careerdata.errors.ValidationError` with paths relative to the role.

    >>> structure_role({"title": "Clerk", "pay": {"hourly": {"at_least": 115}}}).pay.hourly
    Money(amount=Decimal('115'), currency='USD', at_least=True)
    """
    try:
        return structurer(Role)(data)  # type: ignore[no-any-return]
    except ValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - nothing else may escape
        raise ValidationError(problems(error, "")) from None
