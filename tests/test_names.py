"""careerdata._names: the name index of a dataset and its bounded suggestions (#15, #18)."""

from __future__ import annotations

import difflib
import random
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import careerdata as cd
from careerdata._names import CANDIDATES, NameIndex, key
from careerdata.datasets import Dataset

_WORDS = [
    "customer",
    "service",
    "care",
    "support",
    "account",
    "billing",
    "claims",
    "field",
    "sales",
    "network",
    "data",
    "security",
    "systems",
    "payroll",
    "benefits",
    "training",
    "quality",
    "safety",
    "warehouse",
    "logistics",
    "clinical",
    "dental",
    "legal",
    "tax",
    "audit",
    "credit",
    "loan",
    "insurance",
    "retail",
    "store",
    "kitchen",
]
_RANKS = [
    "assistant",
    "associate",
    "specialist",
    "analyst",
    "coordinator",
    "supervisor",
    "manager",
    "director",
]


def _titles(count: int, seed: int = 18) -> list[str]:
    """``count`` distinct job titles of one or two words and a rank (at most 7,688)."""
    rng = random.Random(seed)  # noqa: S311 - a fixed sample, not a secret
    titles: dict[str, None] = {}
    while len(titles) < count:
        words = rng.sample(_WORDS, rng.choice((1, 2)))
        titles[" ".join([*words, rng.choice(_RANKS)]).title()] = None
    return list(titles)


def _index(titles: Sequence[str]) -> NameIndex:
    index = NameIndex()
    for number, title in enumerate(titles):
        index.add(number, f"role-{number}", title, (), None)
    return index


def _exhaustive(index: NameIndex, query: str) -> tuple[str, ...]:
    """What suggest gave before the bound: difflib over every name, then names containing."""
    names = list(index._display)
    query_key = key(query)
    close = difflib.get_close_matches(query_key, names, n=12, cutoff=0.6)
    containing = [name for name in names if query_key and query_key in name]
    chosen: list[str] = []
    seen: set[tuple[str, ...]] = set()
    for name in (*close, *containing):
        if index._by_key[name] not in seen:
            seen.add(index._by_key[name])
            chosen.append(index._display[name])
    return tuple(chosen[:3])


@given(
    st.lists(st.sampled_from(_titles(60)), min_size=1, max_size=40, unique=True),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=25),
)
def test_a_small_dataset_is_searched_whole_as_before(titles: list[str], query: str) -> None:
    """Up to CANDIDATES names, every name is compared: the suggestions are difflib's own."""
    index = _index(titles)
    assert index.suggest(query) == _exhaustive(index, query)


@pytest.fixture(scope="module")
def large() -> tuple[list[str], NameIndex]:
    titles = _titles(2_000)
    return titles, _index(titles)


def _typo(title: str, rng: random.Random) -> str:
    """``title`` with one letter dropped and two swapped."""
    letters = list(title.lower())
    drop = rng.randrange(1, len(letters) - 1)
    del letters[drop]
    swap = rng.randrange(1, len(letters) - 1)
    letters[swap - 1], letters[swap] = letters[swap], letters[swap - 1]
    return "".join(letters)


def test_a_typo_in_a_large_dataset_still_suggests_the_title(
    large: tuple[list[str], NameIndex],
) -> None:
    """Among 2,000 titles a typo of a title suggests that title first, as difflib over every
    name does, and the same names after it."""
    titles, index = large
    rng = random.Random(15)  # noqa: S311 - a fixed sample, not a secret
    for title in rng.sample(titles, 12):
        query = _typo(title, rng)
        assert (index.suggest(query)[0], index.suggest(query)) == (title, _exhaustive(index, query))


def test_a_word_in_a_large_dataset_suggests_titles_containing_it(
    large: tuple[list[str], NameIndex],
) -> None:
    """A word finds titles containing it, and the same names as difflib over every name."""
    _, index = large
    for query in ("payroll", "Logistics", "dental analyst", "tax"):
        suggestions = index.suggest(query)
        assert (len(suggestions), suggestions) == (3, _exhaustive(index, query))
        assert any(key(query) in key(title) for title in suggestions)


def test_difflib_sees_a_bounded_number_of_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """A role with 50,000 aliases: each suggestion compares at most CANDIDATES names."""
    compared: list[int] = []
    original = difflib.get_close_matches

    def counting(word: str, possibilities: Sequence[str], *args: Any, **kwargs: Any) -> Any:
        compared.append(len(possibilities))
        return original(word, possibilities, *args, **kwargs)

    monkeypatch.setattr(difflib, "get_close_matches", counting)
    aliases = tuple(f"Alias {number:05d} of the role" for number in range(50_000))
    dataset = Dataset.from_roles([cd.Role(title="Clerk", aliases=aliases), cd.Role(title="Cook")])
    with pytest.raises(cd.RoleNotFoundError) as caught:
        dataset.find("alais 01234 of the role")
    with pytest.raises(KeyError):
        dataset["cok"]
    assert caught.value.suggestions == ("Alias 01234 of the role",)
    assert dataset.suggest("cok") == ("Cook",)
    assert len(compared) == 3
    assert max(compared) <= CANDIDATES
