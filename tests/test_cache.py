"""The identity-keyed cache every per-role cache of the library uses."""

from __future__ import annotations

import gc

from careerdata._cache import IdentityCache
from careerdata.model import Role


class _Thing:
    """An object with identity and weak references, as a Role is."""


def test_first_value_stored_is_the_one_kept() -> None:
    """put returns what is already stored; get finds it."""
    cache: IdentityCache[str] = IdentityCache()
    thing = _Thing()
    assert (cache.put(thing, "first"), cache.put(thing, "second"), cache.get(thing)) == (
        "first",
        "first",
        "first",
    )


def test_keys_keep_separate_entries_per_object() -> None:
    """One object under two keys has two entries; a missing key finds nothing."""
    cache: IdentityCache[str] = IdentityCache()
    thing = _Thing()
    cache.put(thing, "german", "de")
    cache.put(thing, "french", "fr")
    assert (cache.get(thing, "de"), cache.get(thing, "fr"), cache.get(thing, "es")) == (
        "german",
        "french",
        None,
    )


def test_an_entry_goes_with_its_object() -> None:
    """The cache keeps no object alive: a collected object's entries are dropped."""
    cache: IdentityCache[str] = IdentityCache()
    kept, gone = _Thing(), _Thing()
    cache.put(kept, "kept")
    cache.put(gone, "gone", "de")
    del gone
    gc.collect()
    assert (len(cache), cache.get(kept)) == (1, "kept")


def test_a_bounded_cache_drops_the_oldest_entry() -> None:
    """With size 2, a third entry pushes out the first."""
    cache: IdentityCache[int] = IdentityCache(2)
    things = [_Thing(), _Thing(), _Thing()]
    for number, thing in enumerate(things):
        cache.put(thing, number)
    assert [cache.get(thing) for thing in things] == [None, 1, 2]


def test_an_equal_role_is_another_entry() -> None:
    """Entries are found by identity, not equality: an equal but distinct role has none."""
    cache: IdentityCache[str] = IdentityCache()
    first, second = Role(title="Clerk"), Role(title="Clerk")
    cache.put(first, "first's")
    assert (first == second, cache.get(first), cache.get(second)) == (True, "first's", None)


def test_clear_drops_every_entry() -> None:
    """clear empties the cache."""
    cache: IdentityCache[str] = IdentityCache()
    thing = _Thing()
    cache.put(thing, "value")
    cache.clear()
    assert (len(cache), cache.get(thing)) == (0, None)
