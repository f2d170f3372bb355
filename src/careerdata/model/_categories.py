"""The translations of a role's own demographic categories (``Translation.categories``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from careerdata.model._common import _check_sequence, _fail
from careerdata.model._constraints import Constraint, Text


def _category_pairs(value: Any) -> Any:
    """A mapping or pairs of category and translation as pairs sorted by category."""
    if isinstance(value, Mapping):
        value = list(value.items())
    if isinstance(value, (list, tuple)):
        pairs = [tuple(pair) if isinstance(pair, list) else pair for pair in value]
        try:
            return tuple(sorted(pairs))
        except TypeError:  # not pairs of texts: the validator names what is wrong
            return tuple(pairs)
    return value


class _CategoryTexts(Constraint):
    """Translations of demographic categories: ``((category, text), ...)``, each category once.

    JSON writes them as an object of category to text.
    """

    __slots__ = ("text",)

    def __init__(self) -> None:
        self.text = Text()

    def __call__(self, _instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """Refuse what is not such pairs of texts, each category once."""
        path = attribute.name
        _check_sequence(path, value, tuple)
        seen: set[str] = set()
        for index, pair in enumerate(value):
            if len(pair) != 2 or not isinstance(pair[0], str):
                raise _fail(f"{path}[{index}]", f"expected a (category, text) pair, got {pair!r}")
            category, text = pair
            self.text.check(path, category)
            if category in seen:
                raise _fail(f"{path}.{category}", "repeats")
            seen.add(category)
            self.text.check(f"{path}.{category}", text)

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """An object of category to text."""
        return {
            "type": "object",
            "propertyNames": self.text.json_schema(defs),
            "additionalProperties": self.text.json_schema(defs),
        }


_CATEGORIES = _CategoryTexts()
