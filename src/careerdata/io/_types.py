"""What the walks over the model share: tests of declared types, and the model's constraints.

Structuring, unstructuring and the schema each turn a declared field type into something
(a function, a schema); these are the tests they branch on, written once.
"""

from __future__ import annotations

import sys
import types
from typing import Any, Literal, Union, get_args, get_origin

import attrs

from careerdata import model

_LITERAL: Any = Literal
_UNIONS: tuple[Any, ...] = (Union, types.UnionType)


# Annotation text -> type, per module: the model writes the same few ("str | None",
# "Money | None") on many fields.
_RESOLVED: dict[tuple[str, str], Any] = {}


def field_types(cls: type) -> list[tuple[attrs.Attribute[Any], Any]]:
    """Each field of the attrs class ``cls`` with its declared type, evaluated.

    The model's annotations are text (``from __future__ import annotations``).
    :func:`attrs.resolve_types` evaluates them through :func:`typing.get_type_hints`, which
    compiles every annotation of the class and of its bases anew: a few milliseconds of the
    first role a process loads.  Here each annotation text is evaluated once per module, in the
    module that defines the class; a class with inherited fields (whose annotations belong to
    another module) goes through :func:`attrs.resolve_types`.
    """
    fields = attrs.fields(cls)
    module = sys.modules[cls.__module__]
    if any(field.inherited for field in fields):
        return [(field, field.type) for field in attrs.fields(attrs.resolve_types(cls))]
    found = []
    for field in fields:
        annotation = field.type
        if isinstance(annotation, str):
            key = (module.__name__, annotation)
            resolved = _RESOLVED.get(key, _UNRESOLVED)
            if resolved is _UNRESOLVED:
                # The model's own annotation text, never data; evaluated as typing would.
                resolved = eval(annotation, vars(module))  # noqa: S307
                _RESOLVED[key] = resolved
            annotation = resolved
        found.append((field, annotation))
    return found


_UNRESOLVED = object()


def constraint(cls: type, name: str) -> model.Constraint:
    """The constraint the model states for field ``name`` of ``cls``."""
    validator = getattr(attrs.fields(cls), name).validator
    if not isinstance(validator, model.Constraint):
        raise TypeError(f"{cls.__name__}.{name} has no Constraint")  # the model changed
    return validator


def is_literal(type_: Any) -> bool:
    """Whether ``type_`` is ``Literal[...]``."""
    return get_origin(type_) is _LITERAL


def optional_inner(type_: Any) -> Any:
    """``X`` for ``X | None``, else ``None``."""
    args = get_args(type_)
    if len(args) == 2 and type(None) in args and get_origin(type_) in _UNIONS:
        return next(arg for arg in args if arg is not type(None))
    return None


def homogeneous_item(type_: Any) -> Any:
    """``X`` for ``tuple[X, ...]``, else ``None``."""
    args = get_args(type_)
    if get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None
