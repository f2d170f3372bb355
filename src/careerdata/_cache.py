"""One cache for values computed from an object, found by the object's identity.

Comparing and writing many pairs meets each role again and again; what is computed from a role
(its profile for comparisons, its formatted figures per locale) is kept here.  Keyed by
identity because hashing a role walks every nested value (microseconds, more than a lookup
should cost).  Every such cache of the library is an :class:`IdentityCache`.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Hashable
from typing import Generic, TypeVar

__all__ = ["IdentityCache"]

_V = TypeVar("_V")


class IdentityCache(Generic[_V]):
    """Values computed from objects, found by the object's identity and an optional key.

    Each entry holds a weak reference to its object and is dropped when the object is
    collected: the cache keeps nothing alive, and an id reused by a new object never finds the
    old entry.  ``size`` bounds the number of entries (the oldest goes first); ``None`` keeps
    each entry as long as its object lives.  Lookups take no lock (a dict lookup is atomic);
    stores take one, and the first value stored for an object and key is the one every caller
    gets.

    >>> class Thing:
    ...     pass
    >>> cache: IdentityCache[str] = IdentityCache()
    >>> thing = Thing()
    >>> cache.get(thing) is None
    True
    >>> cache.put(thing, "computed"), cache.put(thing, "again"), cache.get(thing)
    ('computed', 'computed', 'computed')
    >>> del thing
    >>> len(cache)
    0
    """

    __slots__ = ("_entries", "_lock", "_size")

    def __init__(self, size: int | None = None) -> None:
        """An empty cache of at most ``size`` entries (``None``: no bound)."""
        self._entries: dict[Hashable, tuple[weakref.ref[object], _V]] = {}
        self._lock = threading.Lock()
        self._size = size

    def get(self, obj: object, key: Hashable = None) -> _V | None:
        """The value stored for ``obj`` (and ``key``), or ``None``."""
        entry = self._entries.get(id(obj) if key is None else (id(obj), key))
        if entry is not None and entry[0]() is obj:
            return entry[1]
        return None

    def put(self, obj: object, value: _V, key: Hashable = None) -> _V:
        """Store ``value`` for ``obj`` (and ``key``) unless one is there; return the one kept."""
        full_key = id(obj) if key is None else (id(obj), key)
        with self._lock:
            entry = self._entries.get(full_key)
            if entry is not None and entry[0]() is obj:
                return entry[1]
            if self._size is not None and len(self._entries) >= self._size:
                # The oldest entry; a collected object's callback may have dropped it already.
                self._entries.pop(next(iter(self._entries)), None)
            ref = weakref.ref(obj, functools.partial(self._forget, full_key))
            self._entries[full_key] = (ref, value)
        return value

    def clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        """The number of entries."""
        return len(self._entries)

    def _forget(self, full_key: Hashable, ref: weakref.ref[object]) -> None:
        # Called when an object is collected, possibly inside put (by the garbage collector) on
        # the thread holding the lock: so no lock here.  Drop the entry only if it is still
        # the collected object's.
        entry = self._entries.get(full_key)
        if entry is not None and entry[0] is ref:
            self._entries.pop(full_key, None)
