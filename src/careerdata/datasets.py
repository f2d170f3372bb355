"""The embedded datasets and lookup of roles by slug, title, alias or SOC code.

A :class:`Dataset` is a read-only mapping from slug to :class:`~careerdata.model.Role`, in the
order of its file.  Embedded datasets ship as JSON files in the ``careerdata.data`` package,
listed by its manifest ``datasets.json`` (each dataset's name, file and one-line title); the
manifest and each dataset are read on first use and then shared (datasets are immutable).  An
embedded dataset is parsed once and each role is built when first asked for: looking up two
roles of the 830 in ``bls-oews-2025`` builds two.  The test suite proves every embedded role
valid; your own files are validated whole unless you ask for ``lazy=True``
(:func:`load_dataset`).

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

import functools
import json
import os
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any, overload

import attrs

from careerdata._names import NameIndex, place, record_names
from careerdata._repr import fields_repr
from careerdata.errors import (
    AmbiguousRoleError,
    ArgumentError,
    DataFileError,
    Problem,
    RoleNotFoundError,
    UnknownDatasetError,
    ValidationError,
)
from careerdata.io._documents import load_document, read_records, structure_record
from careerdata.model import DatasetInfo, Role, slugify

__all__ = ["AmbiguousRoleError", "Dataset", "dataset_titles", "datasets", "load_dataset"]

_DATA_PACKAGE = "careerdata.data"
_MANIFEST = "datasets.json"
# Name used for roles that come without a dataset description.
_UNNAMED = "roles"


class Dataset(Mapping[str, Role]):
    """A read-only mapping from slug to role, with lookup by any name through :meth:`find`.

    Every slug, title and alias names exactly one role (case and spacing aside): a dataset
    whose names clash is rejected when built.  SOC codes may be shared by several roles; finding
    by a shared code raises :class:`AmbiguousRoleError`.

    A dataset loaded lazily (the embedded ones, or ``load_dataset(path, lazy=True)``) keeps
    each role as parsed and builds it on first access, then keeps the role and drops the
    record; iterating its values, :func:`~careerdata.compare.rank` and
    :func:`~careerdata.compare.similar` build every role.

    >>> ds = Dataset.from_roles([Role(title="Clerk", aliases=("File Clerk",))])
    >>> list(ds), ds.info.name
    (['clerk'], 'roles')
    >>> ds.find("  FILE   clerk ").slug
    'clerk'
    """

    __slots__ = ("_built", "_info", "_lock", "_names", "_position", "_records")

    _position: dict[str, int]  # slug -> position in file order
    _built: list[Role | None]  # the roles built so far, by position
    _records: list[Any]  # the raw records not yet built, by position (None once built)
    _names: NameIndex
    _info: DatasetInfo
    _lock: threading.Lock

    def __init__(self, roles: Iterable[Role], info: DatasetInfo | None = None) -> None:
        built: list[Role | None] = []
        names = NameIndex()
        position: dict[str, int] = {}
        if isinstance(roles, (str, bytes, Mapping)) or not isinstance(roles, Iterable):
            raise ArgumentError.of("roles", "a list of roles", roles)
        for index, item in enumerate(roles):
            role: object = item  # checked: callers' lists are not always what they say
            if not isinstance(role, Role):
                names.problems.append(Problem(f"roles[{index}]", f"expected a Role, got {role!r}"))
                continue
            if not place(position, names, role.slug, index):
                continue
            built.append(role)
            names.add(index, role.slug, role.title, role.aliases, role.soc_code)
        if names.check():
            raise ValidationError(names.problems)
        self._setup(position, built, [None] * len(built), names, info)

    def _setup(
        self,
        position: dict[str, int],
        built: list[Role | None],
        records: list[Any],
        names: NameIndex,
        info: DatasetInfo | None,
    ) -> None:
        self._position = position  # positions are indexes: a repeated slug was refused
        names.freeze()
        self._built, self._records, self._names = built, records, names
        self._info = info if info is not None else DatasetInfo(_UNNAMED)
        self._lock = threading.Lock()

    @classmethod
    def _from_records(cls, records: list[Any], info: DatasetInfo | None) -> Dataset:
        """A dataset of raw role records, each built on first access (see :func:`load_dataset`).

        The names come straight from the records; a record whose names are not plain text is
        built at once, so that its problems are reported here with their paths.
        """
        names = NameIndex()
        position: dict[str, int] = {}
        built: list[Role | None] = []
        kept: list[Any] = []
        problems: list[Problem] = []
        for index, record in enumerate(records):
            found = record_names(record)
            role = None
            if found is None:
                try:
                    role = structure_record(record, index)
                except ValidationError as error:
                    problems.extend(error.problems)
                    continue
                found = role.slug, role.title, list(role.aliases), role.soc_code
            if place(position, names, found[0], index):
                names.add(index, *found)
                built.append(role)
                kept.append(None if role is not None else record)
        if names.check() or problems:
            raise ValidationError([*problems, *names.problems])
        dataset = cls.__new__(cls)
        dataset._setup(position, built, kept, names, info)  # noqa: SLF001 - its own class
        return dataset

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
        """The roles in file order (a lazily loaded dataset builds every role)."""
        return tuple(self._role(position) for position in range(len(self._built)))

    def _role(self, position: int) -> Role:
        role = self._built[position]
        if role is not None:
            return role
        with self._lock:  # built once, even when two threads ask at the same time
            role = self._built[position]
            if role is None:
                # The paths of a whole load: a position is the index of the role in its file.
                role = structure_record(self._records[position], position)
                self._built[position], self._records[position] = role, None
        return role

    def find(self, query: str) -> Role:
        """The role named by ``query``: its slug, title, alias or SOC code.

        Case and spacing do not matter, and a title written as a slug or the other way round
        matches too.  Raises :class:`~careerdata.errors.RoleNotFoundError` (a ``KeyError`` and
        ``ValueError``) with up to three close names as ``suggestions``.
        """
        if not isinstance(query, str):
            raise TypeError(f"a role is found by its name, not by {type(query).__name__}")
        slugs = self._names.slugs(query)
        if slugs is None:
            slug = slugify(query)
            if slug in self._position:
                return self._role(self._position[slug])
            raise RoleNotFoundError(query, self.suggest(query))
        if len(slugs) > 1:
            raise AmbiguousRoleError(query, slugs)
        return self._role(self._position[slugs[0]])

    def suggest(self, query: str) -> tuple[str, ...]:
        """Up to three names of different roles that look like ``query``, closest first.

        Its cost is bounded: difflib compares the query with at most a few hundred names,
        those sharing the most letter trigrams with it when the dataset has more.
        """
        return self._names.suggest(query)

    def __getitem__(self, slug: str) -> Role:
        try:
            position = self._position[slug]
        except (KeyError, TypeError):
            raise RoleNotFoundError(str(slug), self.suggest(str(slug))) from None
        return self._role(position)

    def __contains__(self, slug: object) -> bool:
        return isinstance(slug, str) and slug in self._position

    @overload
    def get(self, slug: str, /) -> Role | None: ...
    @overload
    def get(self, slug: str, /, default: Role | Any) -> Role | Any: ...
    def get(self, slug: str, /, default: Any = None) -> Any:
        """The role with this exact slug, or ``default``."""
        position = self._position.get(slug) if isinstance(slug, str) else None
        return default if position is None else self._role(position)

    def __iter__(self) -> Iterator[str]:
        return iter(self._position)

    def __len__(self) -> int:
        return len(self._position)

    def __repr__(self) -> str:
        return f"<Dataset {self._info.name!r}: {len(self)} roles>"


# --------------------------------------------------------------------------- embedded data

_CACHE: dict[str, Dataset] = {}
_LOCK = threading.Lock()


def _data_dir() -> Any:
    """The directory holding the embedded datasets (a ``Path``, or a ``Traversable``).

    The package folder itself when it is on disk, as after any pip install: importing
    ``importlib.resources`` (with ``zipfile`` and ``tempfile``) would cost a command's start
    a few milliseconds, and ``pathlib`` (with ``urllib.parse`` and ``ipaddress``) about 3 ms:
    the folder is read through :class:`_Folder`.  A zipped package is read through
    ``importlib.resources``.
    """
    folder = os.path.join(os.path.dirname(__file__), "data")
    if os.path.isdir(folder):
        return _Folder(folder)
    from importlib import resources  # noqa: PLC0415 - only for a package that is not on disk

    return resources.files(_DATA_PACKAGE)


class _Folder:
    """A folder on disk, read as a ``Path`` is: ``joinpath``, ``read_bytes``, ``read_text``."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def joinpath(self, name: str) -> _Folder:
        return _Folder(os.path.join(self.path, name))

    def read_bytes(self) -> bytes:
        with open(self.path, "rb") as stream:
            return stream.read()

    def read_text(self, encoding: str) -> str:
        return self.read_bytes().decode(encoding)


_TEXT = attrs.validators.and_(attrs.validators.instance_of(str), attrs.validators.min_len(1))


@attrs.frozen
class _Entry:
    """One dataset of the manifest: its name, its file in the data package and its title."""

    __repr__ = fields_repr

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
    # Built lazily and parsed without the repeated-key check: the embedded files are proven
    # valid whole by the test suite and the build check (tools/build_bls_oews.py --check).
    data = _data_dir().joinpath(_manifest()[name].file).read_bytes()
    records, info = read_records(data, trusted=True)
    return Dataset._from_records(records, info or DatasetInfo(name))  # noqa: SLF001


def _load_file(path: str | os.PathLike[str], *, lazy: bool) -> Dataset:
    from pathlib import Path  # noqa: PLC0415 - see _data_dir; a user's file only

    named = DatasetInfo(slugify(Path(path).stem) or _UNNAMED)
    if lazy and Path(path).suffix.lower() != ".csv":
        records, info = read_records(Path(path))
        return Dataset._from_records(records, info or named)  # noqa: SLF001
    document = load_document(Path(path))
    return Dataset(document.roles, document.info or named)


def _looks_like_path(name: str) -> bool:
    return os.sep in name or "/" in name or name.endswith((".json", ".csv")) or os.path.isfile(name)


def load_dataset(name_or_path: str | os.PathLike[str], *, lazy: bool = False) -> Dataset:
    """An embedded dataset by name (see :func:`datasets`), or your own role file by path.

    A file is JSON, or CSV of role records when its name ends in ``.csv`` (see
    :func:`~careerdata.io.load_roles`); a CSV file's dataset is named after the file.
    Embedded datasets are loaded once and shared; a file is read on every call.  A name of an
    embedded dataset wins over a file of the same name in the working directory.  Raises
    :class:`~careerdata.errors.UnknownDatasetError` for an unknown name, and the errors of
    :func:`~careerdata.io.load_roles` for a bad file.

    Your file is validated whole by default, so that every problem is reported at once.  With
    ``lazy=True`` a JSON file is parsed and its names indexed (clashes and malformed names are
    still reported at load), but each role is built and validated when first used: a lookup
    of two roles in a large file is much faster, and a bad value is reported only when its
    role is used, with the path a whole load gives (``roles[7].pay.yearly: ...``).  CSV files
    are always read whole.  The embedded datasets are always lazy: the test suite proves them
    valid.  See "Large files: building roles on first use" in the own-data how-to.

    >>> load_dataset("customer-service").info.title
    'Customer service roles'
    """
    if isinstance(name_or_path, os.PathLike):
        return _load_file(name_or_path, lazy=lazy)
    given: object = name_or_path  # checked: callers do not always pass what they say
    if not isinstance(given, str):
        raise ArgumentError.of("name_or_path", "a dataset name or a path", given)
    cached = _CACHE.get(name_or_path)
    if cached is not None:
        return cached
    available = _dataset_names()
    if name_or_path not in available:
        if _looks_like_path(name_or_path):
            return _load_file(name_or_path, lazy=lazy)
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
