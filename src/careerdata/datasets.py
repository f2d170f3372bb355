"""The embedded datasets and lookup of roles by slug, title, alias or SOC code.

A :class:`Dataset` is a read-only mapping from slug to :class:`~careerdata.model.Role`, in the
order of its file.  Embedded datasets ship as JSON files in the ``careerdata.data`` package,
listed by its manifest ``datasets.json`` (each dataset's name, file and one-line title); the
manifest and each dataset are read on first use, validated once and then shared (datasets are
immutable).

``careerdata.datasets()`` lists the embedded datasets by name (the module is callable for that),
:func:`dataset_titles` gives their titles without loading any:

>>> import careerdata as cd
>>> "customer-service" in cd.datasets()
True
>>> dataset_titles()["customer-service"]
'Customer service roles'
>>> roles = cd.load_dataset("customer-service")
>>> roles.find("call center manager").title
'Contact Center Manager'
>>> roles["customer-care-supervisor"].pay.yearly.amount
Decimal('42702')
"""

from __future__ import annotations

import difflib
import functools
import json
import os
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any, overload

import attrs

from careerdata.errors import (
    AmbiguousRoleError,
    ArgumentError,
    DataFileError,
    Problem,
    RoleNotFoundError,
    UnknownDatasetError,
    ValidationError,
)
from careerdata.io import load_document
from careerdata.model import DatasetInfo, Role, slugify

__all__ = ["AmbiguousRoleError", "Dataset", "dataset_titles", "datasets", "load_dataset"]

_DATA_PACKAGE = "careerdata.data"
_MANIFEST = "datasets.json"
_MAX_SUGGESTIONS = 3
# Name used for roles that come without a dataset description.
_UNNAMED = "roles"


def _key(text: str) -> str:
    """Normalise a name for lookup: case-folded, runs of white space as one space."""
    return " ".join(text.split()).casefold()


def _names(role: Role, index: int) -> Iterator[tuple[str, str]]:
    """Each name of ``role`` that must be unique in a dataset, with its path."""
    yield f"roles[{index}].slug", role.slug
    yield f"roles[{index}].title", role.title
    for position, alias in enumerate(role.aliases):
        yield f"roles[{index}].aliases[{position}]", alias


def _listed(roles: object) -> list[Role]:
    if isinstance(roles, (str, bytes, Mapping)) or not isinstance(roles, Iterable):
        raise ArgumentError.of("roles", "a list of roles", roles)
    return list(roles)


def _soc_codes(roles: list[Role]) -> dict[str, list[tuple[str, int]]]:
    """Each SOC code's lookup key -> the slug and index of every role holding it."""
    codes: dict[str, list[tuple[str, int]]] = {}
    for index, role in enumerate(roles):
        if isinstance(role, Role) and role.soc_code is not None:
            codes.setdefault(_key(role.soc_code), []).append((role.slug, index))
    return codes


class Dataset(Mapping[str, Role]):
    """A read-only mapping from slug to role, with lookup by any name through :meth:`find`.

    Every slug, title and alias names exactly one role (case and spacing aside): a dataset
    whose names clash is rejected when built.  SOC codes may be shared by several roles; finding
    by a shared code raises :class:`AmbiguousRoleError`.

    >>> ds = Dataset.from_roles([Role(title="Clerk", aliases=("File Clerk",))])
    >>> list(ds), ds.info.name
    (['clerk'], 'roles')
    >>> ds.find("  FILE   clerk ").slug
    'clerk'
    """

    __slots__ = ("_by_key", "_by_slug", "_display", "_info")

    _by_slug: Mapping[str, Role]
    _by_key: Mapping[str, tuple[str, ...]]
    _display: Mapping[str, str]
    _info: DatasetInfo

    def __init__(self, roles: Iterable[Role], info: DatasetInfo | None = None) -> None:
        by_slug: dict[str, Role] = {}
        slug_index: dict[str, int] = {}
        owner: dict[str, tuple[str, int]] = {}  # name key -> (slug, index of the role)
        by_key: dict[str, tuple[str, ...]] = {}
        display: dict[str, str] = {}
        problems: list[Problem] = []
        listed = _listed(roles)
        codes = _soc_codes(listed)
        for index, item in enumerate(listed):
            role: object = item  # checked: callers' lists are not always what they say
            if not isinstance(role, Role):
                problems.append(Problem(f"roles[{index}]", f"expected a Role, got {role!r}"))
                continue
            earlier = slug_index.setdefault(role.slug, index)
            if earlier != index:
                message = f"{role.slug!r} repeats roles[{earlier}]"
                problems.append(Problem(f"roles[{index}].slug", message))
                continue
            by_slug[role.slug] = role
            for path, name in _names(role, index):
                key = _key(name)
                # A name may be its own role's SOC code, never another's: it would hide it.
                other = next((c for c in codes.get(key, ()) if c[0] != role.slug), None)
                if other is not None:
                    message = f"{name!r} is the SOC code of roles[{other[1]}] ({other[0]!r})"
                    problems.append(Problem(path, message))
                    continue
                first = owner.setdefault(key, (role.slug, index))
                if first[0] != role.slug:
                    message = f"{name!r} already names roles[{first[1]}] ({first[0]!r})"
                    problems.append(Problem(path, message))
                    continue
                by_key[key] = (role.slug,)
                # Suggest what people write: the title rather than the slug.
                display.setdefault(key, role.title if name == role.slug else name)
            if role.soc_code is not None:
                shared = by_key.get(role.soc_code, ())
                if role.slug not in shared:
                    by_key[role.soc_code] = (*shared, role.slug)
                display.setdefault(role.soc_code, role.soc_code)
        if problems:
            raise ValidationError(problems)
        self._by_slug = MappingProxyType(by_slug)
        self._by_key = MappingProxyType(by_key)
        self._display = MappingProxyType(display)
        self._info = info if info is not None else DatasetInfo(_UNNAMED)

    @classmethod
    def from_roles(cls, roles: Iterable[Role], info: DatasetInfo | None = None) -> Dataset:
        """Build a dataset from your own roles (``info`` defaults to a dataset named "roles").

        Raises :class:`~careerdata.errors.ValidationError` when two roles share a slug, or a
        title or alias names two roles (``roles[4].aliases[0]: 'CSM' already names roles[1]``).
        """
        return cls(roles, info)

    @property
    def info(self) -> DatasetInfo:
        """What this dataset is: name, title, description and source."""
        return self._info

    @property
    def roles(self) -> tuple[Role, ...]:
        """The roles in file order."""
        return tuple(self._by_slug.values())

    def find(self, query: str) -> Role:
        """The role named by ``query``: its slug, title, alias or SOC code.

        Case and spacing do not matter, and a title written as a slug or the other way round
        matches too.  Raises :class:`~careerdata.errors.RoleNotFoundError` (a ``KeyError`` and
        ``ValueError``) with up to three close names as ``suggestions``.
        """
        if not isinstance(query, str):
            raise TypeError(f"a role is found by its name, not by {type(query).__name__}")
        slugs = self._by_key.get(_key(query))
        if slugs is None:
            slug = slugify(query)
            if slug in self._by_slug:
                return self._by_slug[slug]
            raise RoleNotFoundError(query, self.suggest(query))
        if len(slugs) > 1:
            raise AmbiguousRoleError(query, slugs)
        return self._by_slug[slugs[0]]

    def suggest(self, query: str) -> tuple[str, ...]:
        """Up to three names of different roles that look like ``query``, closest first."""
        key = _key(query)
        close = difflib.get_close_matches(key, self._display, n=12, cutoff=0.6)
        containing = [name for name in self._display if key and key in name]
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

    def __getitem__(self, slug: str) -> Role:
        try:
            return self._by_slug[slug]
        except (KeyError, TypeError):
            raise RoleNotFoundError(str(slug), self.suggest(str(slug))) from None

    def __contains__(self, slug: object) -> bool:
        return isinstance(slug, str) and slug in self._by_slug

    @overload
    def get(self, slug: str, /) -> Role | None: ...
    @overload
    def get(self, slug: str, /, default: Role | Any) -> Role | Any: ...
    def get(self, slug: str, /, default: Any = None) -> Any:
        """The role with this exact slug, or ``default``."""
        return self._by_slug.get(slug, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_slug)

    def __len__(self) -> int:
        return len(self._by_slug)

    def __repr__(self) -> str:
        return f"<Dataset {self._info.name!r}: {len(self)} roles>"


# --------------------------------------------------------------------------- embedded data

_CACHE: dict[str, Dataset] = {}
_LOCK = threading.Lock()


def _data_dir() -> Any:
    """The directory (a ``Traversable``) holding the embedded datasets."""
    return resources.files(_DATA_PACKAGE)


_TEXT = attrs.validators.and_(attrs.validators.instance_of(str), attrs.validators.min_len(1))


@attrs.frozen
class _Entry:
    """One dataset of the manifest: its name, its file in the data package and its title."""

    name: str = attrs.field(validator=_TEXT)
    file: str = attrs.field(validator=_TEXT)
    title: str = attrs.field(validator=_TEXT)


@functools.cache
def _manifest() -> Mapping[str, _Entry]:
    """The embedded datasets by name, as the manifest lists them; read on first use, then kept.

    The manifest is package data, so a broken one is a packaging bug: it raises
    :class:`~careerdata.errors.DataFileError` naming each problem and where it is.
    """
    text = _data_dir().joinpath(_MANIFEST).read_text(encoding="utf-8")
    try:
        listed = json.loads(text)["datasets"]
    except (ValueError, KeyError, TypeError):
        listed = None
    if not isinstance(listed, list):
        message = 'expected {"datasets": [{"name": ..., "file": ..., "title": ...}, ...]}'
        raise DataFileError([Problem(_MANIFEST, message)])
    entries: dict[str, _Entry] = {}
    problems: list[Problem] = []
    for index, item in enumerate(listed):
        where = f"{_MANIFEST}:datasets[{index}]"
        try:
            entry = _Entry(**{key: item.get(key) for key in ("name", "file", "title")})
        except (AttributeError, TypeError, ValueError):
            message = "expected an object whose name, file and title are non-empty strings"
            problems.append(Problem(where, message))
            continue
        if entries.setdefault(entry.name, entry) is not entry:
            problems.append(Problem(f"{where}.name", f"{entry.name!r} is listed twice"))
    if problems:
        raise DataFileError(problems)
    return MappingProxyType(entries)


def _dataset_names() -> tuple[str, ...]:
    """The names of the embedded datasets, sorted: ``careerdata.datasets()``.

    >>> "customer-service" in _dataset_names()
    True
    """
    return tuple(sorted(_manifest()))


def dataset_titles() -> Mapping[str, str]:
    """The one-line title of each embedded dataset by name, from the manifest.

    No dataset is loaded: this is what a listing needs.  The titles are those of each dataset's
    :attr:`~careerdata.model.DatasetInfo.title`.

    >>> dataset_titles()["bls-oews-2025"]
    'U.S. occupations: BLS OEWS May 2025'
    """
    return MappingProxyType({name: _manifest()[name].title for name in _dataset_names()})


def _load_embedded(name: str) -> Dataset:
    data = _data_dir().joinpath(_manifest()[name].file).read_bytes()
    document = load_document(data)
    return Dataset(document.roles, document.info or DatasetInfo(name))


def _load_file(path: str | os.PathLike[str]) -> Dataset:
    document = load_document(Path(path))
    if document.info is not None:
        return Dataset(document.roles, document.info)
    return Dataset(document.roles, DatasetInfo(slugify(Path(path).stem) or _UNNAMED))


def _looks_like_path(name: str) -> bool:
    return os.sep in name or "/" in name or name.endswith((".json", ".csv")) or Path(name).is_file()


def load_dataset(name_or_path: str | os.PathLike[str]) -> Dataset:
    """An embedded dataset by name (see :func:`datasets`), or your own role file by path.

    A file is JSON, or CSV of role records when its name ends in ``.csv`` (see
    :func:`~careerdata.io.load_roles`); a CSV file's dataset is named after the file.
    Embedded datasets are loaded once and shared; a file is read on every call.  A name of an
    embedded dataset wins over a file of the same name in the working directory.  Raises
    :class:`~careerdata.errors.UnknownDatasetError` for an unknown name, and the errors of
    :func:`~careerdata.io.load_roles` for a bad file.

    >>> load_dataset("customer-service").info.title
    'Customer service roles'
    """
    if isinstance(name_or_path, os.PathLike):
        return _load_file(name_or_path)
    given: object = name_or_path  # checked: callers do not always pass what they say
    if not isinstance(given, str):
        raise ArgumentError.of("name_or_path", "a dataset name or a path", given)
    cached = _CACHE.get(name_or_path)
    if cached is not None:
        return cached
    available = _dataset_names()
    if name_or_path not in available:
        if _looks_like_path(name_or_path):
            return _load_file(name_or_path)
        raise UnknownDatasetError(name_or_path, available)
    with _LOCK:
        cached = _CACHE.get(name_or_path)
        if cached is None:
            cached = _CACHE[name_or_path] = _load_embedded(name_or_path)
    return cached


# ``careerdata.datasets`` is both this module and the function listing the embedded datasets
# (``careerdata.datasets()``).  Whichever of the two the import system or the package's lazy
# exports binds to that name, it must work both ways: so the module itself is callable, and its
# ``datasets`` attribute is the module.


class _CallableModule(ModuleType):
    def __call__(self) -> tuple[str, ...]:
        return _dataset_names()


if TYPE_CHECKING:
    datasets = _dataset_names
else:
    sys.modules[__name__].__class__ = _CallableModule
    datasets = sys.modules[__name__]
