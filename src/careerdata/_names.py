"""The names of a dataset's roles: lookup keys, the clash checks and bounded suggestions.

A :class:`NameIndex` maps each normalised name (slug, title, alias, SOC code) to the slugs it
names.  It is filled from built roles or straight from the raw records of a file, so a lazily
built dataset finds a role without structuring any other.

Suggestions for a name that matches nothing compare the query with difflib, as people expect
("close" names, then names containing the query), but only against a bounded set of
candidates: every name when there are at most :data:`CANDIDATES`, else the names sharing the
most letter trigrams with the query, found through a trigram index built on the first
suggestion and kept.  A typo costs about the same in a dataset of a million names as in one of
a thousand.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from careerdata.errors import Problem
from careerdata.model._common import slugify

#: How many names difflib compares with a query at most.
CANDIDATES = 400
#: How many trigram index entries one suggestion reads at most (the rarest trigrams first).
_POSTINGS_READ = 200_000
_MAX_SUGGESTIONS = 3
_CLOSE = 12  # close matches asked of difflib, before those of the same role are merged
_CUTOFF = 0.6


def key(text: str) -> str:
    """Normalise a name for lookup: case-folded, runs of white space as one space."""
    normal = " ".join(text.split()).casefold()
    return text if normal == text else normal  # one string kept, not two equal ones


def _path(index: int, number: int) -> str:
    """The path of name ``number`` (slug, title, then the aliases) of ``roles[index]``."""
    field = ("slug", "title")[number] if number < 2 else f"aliases[{number - 2}]"
    return f"roles[{index}].{field}"


def _trigrams(name: str) -> set[str]:
    padded = f"  {name} "  # padded, so that short names and first letters count too
    return {padded[start : start + 3] for start in range(len(padded) - 2)}


class NameIndex:
    """Each name of a dataset's roles, the slugs it names, and what to suggest for a typo.

    :meth:`add` records the names of one role and, as problems, any name that already names
    another role; a SOC code may be shared.  :meth:`freeze` ends the adding and drops what
    only the clash checks need.
    """

    __slots__ = (
        "_by_key",
        "_codes",
        "_display",
        "_grams",
        "_index_of",
        "_names",
        "_owner",
        "_where",
        "problems",
    )

    def __init__(self) -> None:
        self._by_key: dict[str, tuple[str, ...]] = {}
        self._display: dict[str, str] = {}
        self._owner: dict[str, str] | None = {}  # name key -> slug of the role it names
        self._index_of: dict[str, int] = {}  # slug -> index of its role, for the messages
        self._where: dict[str, tuple[int, int, str]] = {}  # name key -> (index, number, name)
        self._codes: dict[str, list[str]] = {}  # SOC code key -> slugs of the roles holding it
        self._grams: dict[str, list[int]] | None = None
        self._names: list[str] | None = None
        self.problems: list[Problem] = []

    def add(
        self, index: int, slug: str, title: str, aliases: Sequence[str], soc_code: str | None
    ) -> None:
        """Index the names of the role at ``roles[index]``; clashes become :attr:`problems`."""
        owner = self._owner
        if owner is None:
            raise RuntimeError("the index is frozen")  # a bug here, not bad data
        self._index_of.setdefault(slug, index)
        own = (slug,)
        by_key, display = self._by_key, self._display
        for number, name in enumerate((slug, title, *aliases)):
            name_key = key(name)
            first = owner.setdefault(name_key, slug)
            if first != slug:
                self._clash(index, number, name, first)
                continue
            by_key[name_key] = own
            self._where.setdefault(name_key, (index, number, name))
            # Suggest what people write: the title rather than the slug.
            display.setdefault(name_key, title if number == 0 else name)
        if soc_code is not None:
            self._codes.setdefault(key(soc_code), []).append(slug)
            shared = self._by_key.get(soc_code, ())
            if slug not in shared:
                self._by_key[soc_code] = (*shared, slug) if shared else own
            self._display.setdefault(soc_code, soc_code)

    def _clash(self, index: int, number: int, name: str, owner: str) -> None:
        """Report that name ``number`` of ``roles[index]`` (slug, title, aliases) is taken."""
        message = f"{name!r} already names roles[{self._index_of[owner]}] ({owner!r})"
        self.problems.append(Problem(_path(index, number), message))

    def check(self) -> list[Problem]:
        """The problems of the names added so far, once every role is in.

        Beside the clashes found while adding: a slug, title or alias may be its own role's SOC
        code, never another role's, which it would hide whatever the order of the roles.
        """
        owner = self._owner
        if owner is None:
            raise RuntimeError("the index is frozen")  # a bug here, not bad data
        for code, holders in self._codes.items():
            named = owner.get(code)
            if named is None or named in holders:
                continue
            index, number, name = self._where[code]
            holder = holders[0]
            message = f"{name!r} is the SOC code of roles[{self._index_of[holder]}] ({holder!r})"
            self.problems.append(Problem(_path(index, number), message))
        self._codes = {}
        return self.problems

    def freeze(self) -> None:
        """End the adding: what only the clash checks need is dropped."""
        self._owner = None
        self._index_of, self._where, self._codes = {}, {}, {}

    def slugs(self, query: str) -> tuple[str, ...] | None:
        """The slugs named by ``query`` (case and spacing aside), or ``None``."""
        return self._by_key.get(key(query))

    def suggest(self, query: str) -> tuple[str, ...]:
        """Up to three names of different roles that look like ``query``, closest first."""
        import difflib  # noqa: PLC0415 - only a name that matches nothing needs it

        query_key = key(query)
        names = self._candidates(query_key)
        close = difflib.get_close_matches(query_key, names, n=_CLOSE, cutoff=_CUTOFF)
        containing = [name for name in names if query_key and query_key in name]
        chosen: list[str] = []
        seen: set[tuple[str, ...]] = set()
        for name in (*close, *containing):
            roles = self._by_key[name]
            if roles not in seen:
                seen.add(roles)
                chosen.append(self._display[name])
            if len(chosen) == _MAX_SUGGESTIONS:
                break
        return tuple(chosen)

    def _candidates(self, query_key: str) -> Sequence[str]:
        """The names to compare with ``query_key``, in index order: all of them when few."""
        if len(self._display) <= CANDIDATES:
            return list(self._display)
        names, grams = self._trigram_index()
        counts: Counter[int] = Counter()
        budget = _POSTINGS_READ
        for postings in sorted((grams.get(g, []) for g in _trigrams(query_key)), key=len):
            if len(postings) > budget:
                break
            budget -= len(postings)
            counts.update(postings)
        import heapq  # noqa: PLC0415 - only a typo in a large dataset needs it

        best = heapq.nlargest(CANDIDATES, counts.items(), key=lambda item: (item[1], -item[0]))
        return [names[number] for number in sorted(number for number, _ in best)]

    def _trigram_index(self) -> tuple[list[str], dict[str, list[int]]]:
        if self._grams is None or self._names is None:
            names = list(self._display)
            grams: defaultdict[str, list[int]] = defaultdict(list)
            for number, name in enumerate(names):
                for gram in _trigrams(name):
                    grams[gram].append(number)
            self._names, self._grams = names, dict(grams)
        return self._names, self._grams


def record_names(item: Any) -> tuple[str, str, list[str], str | None] | None:
    """The slug, title, aliases and SOC code of a raw record, or ``None`` if not plain text.

    The slug is derived from the title when absent, as :class:`~careerdata.model.Role` does.
    """
    if type(item) is not dict:
        return None
    title, slug = item.get("title"), item.get("slug")
    aliases, soc_code = item.get("aliases", ()), item.get("soc_code")
    if type(title) is not str or not title.strip():
        return None
    if slug is None:
        slug = slugify(title)
    if type(slug) is not str or not slug or (soc_code is not None and type(soc_code) is not str):
        return None
    if aliases is None:
        aliases = []
    if type(aliases) not in (list, tuple) or any(type(alias) is not str for alias in aliases):
        return None
    return slug, title, list(aliases), soc_code


def place(position: dict[str, int], names: NameIndex, slug: str, index: int) -> bool:
    """Give ``slug`` the next position; a repeated slug becomes a problem instead."""
    earlier = position.setdefault(slug, index)
    if earlier != index:
        names.problems.append(Problem(f"roles[{index}].slug", f"{slug!r} repeats roles[{earlier}]"))
        return False
    return True
