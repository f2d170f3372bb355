"""The library's exceptions.

Every error caused by the caller's input is a :class:`ValueError` subclass, so code that
already guards against bad values with ``except ValueError`` keeps working.  Each carries the
path of every bad value it found (``roles[2].pay.range``) and a message a person can act on.

The hierarchy (every class is importable from ``careerdata`` and from this module)::

    CareerDataError                    anything careerdata raises on purpose
    +-- ValidationError (ValueError)   bad values; ``problems`` holds each with its ``path``
    |   +-- DataFileError              input not readable as role data: missing, empty, too
    |   |                              large, not UTF-8, not JSON; or an output file that
    |   |                              cannot be written
    |   +-- CurrencyMismatchError      amounts in different currencies combined
    |   +-- ArgumentError (TypeError)  a function given an argument of the wrong type
    +-- RoleNotFoundError (KeyError, ValueError)
    |   +-- AmbiguousRoleError         a shared SOC code names several roles
    +-- UnknownDatasetError (KeyError, ValueError)
    +-- UnknownLocaleError (ValueError)

Errors pickle with their paths intact, so they cross process pools.

>>> from careerdata.errors import Problem, ValidationError
>>> err = ValidationError([Problem("roles[2].pay.range", "low 59000 is above high 30000")])
>>> str(err)
'roles[2].pay.range: low 59000 is above high 30000'
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TypeVar

import attrs

from careerdata._repr import fields_repr

__all__ = [
    "AmbiguousRoleError",
    "ArgumentError",
    "CareerDataError",
    "CurrencyMismatchError",
    "DataFileError",
    "Problem",
    "RoleNotFoundError",
    "UnknownDatasetError",
    "UnknownLocaleError",
    "ValidationError",
]


@attrs.frozen
class Problem:
    """One bad value: where it is and what is wrong with it.

    ``path`` uses dots for fields and brackets for list positions, e.g.
    ``roles[3].pay.range.low``; it is empty when the problem concerns the whole input.
    """

    __repr__ = fields_repr

    path: str
    message: str

    def prefixed(self, prefix: str) -> Problem:
        """Return the same problem located below ``prefix``."""
        return Problem(join_path(prefix, self.path), self.message)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def join_path(prefix: str, path: str) -> str:
    """Join two path fragments: ``join_path("roles[0]", "pay")`` is ``roles[0].pay``.

    >>> join_path("roles[0]", "[2].name")
    'roles[0][2].name'
    >>> join_path("", "pay")
    'pay'
    """
    if not prefix:
        return path
    if not path:
        return prefix
    if path.startswith("["):
        return prefix + path
    return f"{prefix}.{path}"


# Longest value quoted in a message: a megabyte of bad text must not make a megabyte message.
_SHOWN_LENGTH = 40


def _shown(value: object) -> str:
    """A value for a message: its repr, cut short when long (``'yyyy...' (1000001 characters)``).

    >>> _shown("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (100 characters)"
    >>> _shown(10**400)
    '1.000E+400'
    >>> _shown(10**5000)  # beyond int-to-str's 4,300 digits
    '1.000E+5000'
    """
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        if isinstance(value, int) and value.bit_length() > 133:  # 41+ digits; str() may refuse
            return f"{Decimal(value):.3E}"
        text = str(value)
        if len(text) <= _SHOWN_LENGTH:
            return text
        return f"{Decimal(value):.3E}"
    text = repr(value)
    if len(text) <= _SHOWN_LENGTH:
        return text
    size = f" ({len(value)} characters)" if isinstance(value, str) else ""
    return f"{text[: _SHOWN_LENGTH - 3]}...{text[0] if isinstance(value, str) else ''}{size}"


#: Most problems an error keeps, first found first: a file of a million bad values gives a
#: message of this many problems and a count of the rest (``... and 12,345 more problems``).
MAX_PROBLEMS = 100


class _Collected(list[Problem]):
    """Problems being collected: the first :data:`MAX_PROBLEMS` are kept, the rest counted.

    Collecting stops growing at the cap, so that refusing a huge bad file costs time linear in
    its size and little memory.  ``extend`` with another collection (or an error's problems
    through :func:`careerdata.io._paths.problems`) adds its count of dropped problems too.

    >>> found = _Collected()
    >>> found.extend(Problem(f"[{i}]", "bad") for i in range(MAX_PROBLEMS + 5))
    >>> len(found), found.more
    (100, 5)
    """

    more: int

    def __init__(self, problems: Iterable[Problem] = (), more: int = 0) -> None:
        super().__init__()
        self.more = more
        self.extend(problems)

    @property
    def full(self) -> bool:
        """Whether further problems are only counted."""
        return len(self) >= MAX_PROBLEMS

    @property
    def total(self) -> int:
        """How many problems were found, kept or not."""
        return len(self) + self.more

    def append(self, problem: Problem) -> None:
        """Keep ``problem``, or count it once the cap is reached."""
        if len(self) < MAX_PROBLEMS:
            super().append(problem)
        else:
            self.more += 1

    def extend(self, problems: Iterable[Problem]) -> None:
        """Keep or count every problem of ``problems`` (and the count it dropped, if any)."""
        self.more += getattr(problems, "more", 0)
        room = MAX_PROBLEMS - len(self)
        if isinstance(problems, list) and len(problems) <= room:
            super().extend(problems)
            return
        for problem in problems:
            self.append(problem)

    def __iadd__(self, problems: Iterable[Problem]) -> _Collected:  # type: ignore[override, misc]  # noqa: PYI034
        self.extend(problems)
        return self


def _count(number: int) -> str:
    """``12,345``: a count as CLDR writes it in English (the messages' language)."""
    from babel.numbers import format_decimal  # noqa: PLC0415 - only for huge error lists

    return format_decimal(number, locale="en_US")


_Error = TypeVar("_Error", bound="ValidationError")


class CareerDataError(Exception):
    """Base class of every exception raised on purpose by careerdata."""


class ValidationError(CareerDataError, ValueError):
    """One or more values are invalid; ``problems`` lists each with its path, in input order.

    At most :data:`MAX_PROBLEMS` problems are kept, the first found; ``more`` counts the rest,
    and the message ends with how many there are:

    >>> error = ValidationError(Problem(f"roles[{i}]", "bad") for i in range(12_445))
    >>> len(error.problems), error.more
    (100, 12345)
    >>> str(error)[-60:]
    'roles[98]: bad; roles[99]: bad; ... and 12,345 more problems'
    """

    problems: tuple[Problem, ...]
    #: How many further problems were found but not kept.
    more: int

    def __init__(self, problems: Iterable[Problem], more: int = 0) -> None:
        kept = problems if isinstance(problems, _Collected) else _Collected(problems)
        self.problems = tuple(kept)
        self.more = kept.more + more
        message = "; ".join(str(p) for p in self.problems) or "invalid value"
        if self.more:
            noun = "problem" if self.more == 1 else "problems"
            message += f"; ... and {_count(self.more)} more {noun}"
        super().__init__(message)

    @classmethod
    def at(cls: type[_Error], path: str, message: str) -> _Error:  # noqa: PYI019 - Python 3.10
        """Build an error with a single problem at ``path``."""
        return cls([Problem(path, message)])

    def prefixed(self, prefix: str) -> ValidationError:
        """Return an error of the same class with every path placed below ``prefix``."""
        return type(self)([p.prefixed(prefix) for p in self.problems], self.more)

    @property
    def paths(self) -> tuple[str, ...]:
        """The path of every problem, in order."""
        return tuple(p.path for p in self.problems)

    def __reduce__(self) -> tuple[object, ...]:
        # Keep errors picklable so they cross process pools intact.
        return (type(self), (self.problems, self.more))


class DataFileError(ValidationError):
    """A data file or string could not be read as role data, or a named file could not be written.

    Reading fails on syntax, encoding or size; writing on the file system (a missing folder, no
    permission, a link in the way).
    """


class CurrencyMismatchError(ValidationError):
    """Two amounts in different currencies were combined or compared.

    Also raised by :class:`~careerdata.model.Pay` for an amount written in a currency other
    than the pay's, at that amount's path (``range.low: currency USD differs from the pay's
    EUR``).
    """


class ArgumentError(ValidationError, TypeError):
    """A public function was given an argument of the wrong type; the path names the argument.

    Also a :class:`TypeError`, which is what Python raises for a wrong argument, so that code
    catching either keeps working.

    >>> from careerdata import compare
    >>> from careerdata.model import Role
    >>> compare(Role(title="Clerk"), "cashier")
    Traceback (most recent call last):
    ...
    careerdata.errors.ArgumentError: b: expected a Role, got str
    """

    @classmethod
    def of(cls, name: str, wanted: str, value: object) -> ArgumentError:
        """The error for argument ``name``: ``expected {wanted}, got {type of value}``."""
        return cls.at(name, f"expected {wanted}, got {type(value).__name__}")


class RoleNotFoundError(CareerDataError, KeyError, ValueError):
    """No role matches a slug, title, alias or code; ``suggestions`` lists the closest names."""

    query: str
    suggestions: tuple[str, ...]

    def __init__(self, query: str, suggestions: Sequence[str] = ()) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        super().__init__(query)

    def __str__(self) -> str:
        message = f"no role matches {self.query!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        return message

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.query, self.suggestions))


class AmbiguousRoleError(RoleNotFoundError):
    """A query (a SOC code shared by several roles) names more than one role.

    ``suggestions`` holds the slugs of every role it names; use one of them instead.

    >>> str(AmbiguousRoleError("15-1252", ["software-developer", "software-tester"]))
    "'15-1252' names several roles: 'software-developer', 'software-tester'; use a slug"
    """

    def __str__(self) -> str:
        slugs = ", ".join(repr(slug) for slug in self.suggestions)
        return f"{self.query!r} names several roles: {slugs}; use a slug"


class UnknownDatasetError(CareerDataError, KeyError, ValueError):
    """No embedded dataset has the requested name; ``available`` lists the names there are."""

    name: str
    available: tuple[str, ...]

    def __init__(self, name: str, available: Sequence[str] = ()) -> None:
        self.name = name
        self.available = tuple(available)
        super().__init__(name)

    def __str__(self) -> str:
        return f"unknown dataset {self.name!r}; available: {', '.join(self.available)}"

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.name, self.available))


class UnknownLocaleError(CareerDataError, ValueError):
    """A locale identifier is malformed or unknown to CLDR."""

    locale: str
    reason: str

    def __init__(self, locale: str, reason: str = "") -> None:
        self.locale = locale
        self.reason = reason
        message = f"unknown locale {locale!r}"
        if reason:
            message += f": {reason}"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.locale, self.reason))
