"""One ``__repr__`` for every attrs class of the library, written once instead of per class.

attrs writes a class's ``__repr__`` as Python source (an f-string naming every field) and
compiles it when the class is defined.  For the ~50 classes a comparison page needs, compiling
the reprs was about a third of what defining the classes costs (some 14 ms of every start),
for a method that only debugging and doctests call.  :func:`fields_repr` gives the same text
as attrs' generated method (fields with ``repr=False`` left out, a field's own ``repr``
callable honoured, ``...`` for an instance already being shown higher up) from the class's
:func:`attrs.fields`; a class opts in by naming it in its body, which attrs' ``auto_detect``
(on by default for ``attrs.frozen`` and ``attrs.define``) takes as the class's own repr::

    @attrs.frozen
    class Money:
        __repr__ = fields_repr
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["fields_repr"]

# The instances being shown on this thread, so that a cycle prints "..." as attrs' repr does.
_showing = threading.local()


def fields_repr(self: Any) -> str:
    """``ClassName(field=value, ...)``, exactly as attrs' generated ``__repr__`` writes it."""
    try:
        showing: set[int] = _showing.ids
    except AttributeError:
        showing = _showing.ids = set()
    key = id(self)
    if key in showing:
        return "..."
    showing.add(key)
    try:
        cls = type(self)
        shown = []
        for field in cls.__attrs_attrs__:
            if field.repr is False:
                continue
            show = repr if field.repr is True else field.repr
            shown.append(f"{field.name}={show(getattr(self, field.name))}")
        # attrs' own rule for the name: the qualified name past any "<locals>." part.
        return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({', '.join(shown)})"
    finally:
        showing.discard(key)
