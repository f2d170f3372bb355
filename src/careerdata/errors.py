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

import attrs

__all__ = [
    "AmbiguousRoleError",
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


class CareerDataError(Exception):
    """Base class of every exception raised on purpose by careerdata."""


class ValidationError(CareerDataError, ValueError):
    """One or more values are invalid; ``problems`` lists every one with its path."""

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems) or "invalid value")

    @classmethod
    def at(cls, path: str, message: str) -> ValidationError:
        """Build an error with a single problem at ``path``."""
        return cls([Problem(path, message)])

    def prefixed(self, prefix: str) -> ValidationError:
        """Return an error of the same class with every path placed below ``prefix``."""
        return type(self)([p.prefixed(prefix) for p in self.problems])

    @property
    def paths(self) -> tuple[str, ...]:
        """The path of every problem, in order."""
        return tuple(p.path for p in self.problems)

    def __reduce__(self) -> tuple[object, ...]:
        # Keep errors picklable so they cross process pools intact.
        return (type(self), (self.problems,))


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
