"""What the walks over the model share: tests of declared types, and the model's constraints.

Structuring, unstructuring and the schema each turn a declared field type into something
(a function, a schema); these are the tests they branch on, written once.
"""

from __future__ import annotations

import types
from typing import Any, Literal, Union, get_args, get_origin

import attrs

from careerdata import model

_LITERAL: Any = Literal
_UNIONS: tuple[Any, ...] = (Union, types.UnionType)


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
