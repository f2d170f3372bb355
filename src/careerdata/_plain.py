"""A plain value class for the internal classes of the text layer, instead of attrs.

attrs writes each class's methods as source and compiles them when the class is defined; for
small internal classes that nothing validates (the blocks of a page, the forms of a title)
that cost about a tenth of a millisecond per class on every start of the command line, some
2 ms in all (benchmarks/README.md, third pass).  The model and the comparison objects stay
attrs classes: they are public, validated, compared and hashed as documented.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Plain"]


class Plain:
    """Fields in ``__slots__``, read-only once made, equal by value, shown as attrs shows them.

    Subclasses name their fields in ``__slots__`` (in the order ``repr`` shows them) and set
    them in ``__init__`` with :meth:`_set`.
    """

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot set {name}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Plain) or type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self), self._values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({shown})"

    def _set(self, **values: object) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)
