"""The one repr shared by the library's attrs classes writes what attrs' own would."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import attrs

from careerdata._repr import fields_repr
from careerdata.compare import compare
from careerdata.datasets import load_dataset


def _attrs_twin(value: Any) -> Any:
    """The same fields and values in a class whose repr attrs generates."""
    cls = type(value)
    fields = {field.name: attrs.field(repr=field.repr) for field in attrs.fields(cls)}
    twin = attrs.make_class(cls.__name__, fields, repr=True, eq=False, slots=True)
    made = object.__new__(twin)
    for name in fields:
        object.__setattr__(made, name, getattr(value, name))
    return made


def _values(value: Any) -> list[Any]:
    """``value`` and every attrs instance reachable from its fields."""
    found, stack, seen = [], [value], set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, tuple):
            stack.extend(item)
        elif attrs.has(type(item)):
            found.append(item)
            stack.extend(getattr(item, field.name) for field in attrs.fields(type(item)))
    return found


#: The modules whose classes use it (the BLS build tools and the deprecated alias are left out).
_MODULES = (
    "careerdata.model",
    "careerdata.compare",
    "careerdata.figures",
    "careerdata.datasets",
    "careerdata.errors",
    "careerdata.io",
    "careerdata.text._figures",
    "careerdata.text._locale",
    "careerdata.batch",
    "careerdata.interop",
)


def _library_classes() -> list[type]:
    """Every attrs class defined in those modules that names :func:`fields_repr`."""
    names = list(_MODULES)
    for name in _MODULES:
        package = importlib.import_module(name)
        if hasattr(package, "__path__"):
            names += [found.name for found in pkgutil.walk_packages(package.__path__, name + ".")]
    classes = []
    for name in names:
        module = importlib.import_module(name)
        classes += [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and attrs.has(value)
            and value.__module__ == name
            and value.__repr__ is fields_repr
        ]
    return classes


def test_matches_attrs_repr_for_every_value_of_a_comparison() -> None:
    """Every value of a real comparison, and the comparison, reads as attrs would write it."""
    roles = load_dataset("bls-oews-2025")
    comparison = compare(roles.find("43-4051"), roles.find("11-9111"))
    values = [value for value in _values(comparison) if type(value).__repr__ is fields_repr]
    assert len({type(value) for value in values}) > 10
    assert [repr(_attrs_twin(value)) for value in values] == [repr(value) for value in values]


def test_honours_a_field_without_repr_and_a_field_with_its_own() -> None:
    """``repr=False`` leaves a field out; a callable ``repr`` shows the field its way."""

    @attrs.frozen
    class Local:
        __repr__ = fields_repr

        shown: int
        hidden: int = attrs.field(repr=False)
        custom: int = attrs.field(repr=lambda value: f"<{value}>")

    value = Local(1, 2, 3)
    assert (repr(_attrs_twin(value)), repr(value)) == ("Local(shown=1, custom=<3>)",) * 2


def test_a_value_shown_inside_itself_is_dots() -> None:
    """A cycle prints ``...`` where attrs' repr does, and the next repr starts afresh."""

    @attrs.define
    class Node:
        __repr__ = fields_repr

        next: Any = None

    node = Node()
    node.next = node
    assert (repr(node), repr(node)) == ("Node(next=...)", "Node(next=...)")


def test_the_library_uses_it_widely() -> None:
    """The model's, the engine's and the text layer's classes share the one repr."""
    names = {cls.__qualname__ for cls in _library_classes()}
    assert {"Role", "Money", "Pay", "Comparison", "MoneyDelta", "LocaleContext"} <= names
