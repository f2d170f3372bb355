"""Role files as a whole: the envelope around the roles, loading and dumping.

A role file is a JSON array of roles, or an object ``{"dataset": {...}, "roles": [...]}``.
Loading reads and parses the input (:mod:`careerdata.io._reading`), structures each role
(:mod:`careerdata.io._structure`) and checks what no single role can: unique slugs.  Dumping
unstructures (:mod:`careerdata.io._unstructure`) and writes byte-stable JSON.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any, Literal

import attrs

from careerdata._repr import fields_repr
from careerdata.errors import ArgumentError, Problem, ValidationError, _Collected, _shown
from careerdata.io._items import BrokenArrayError, array_items
from careerdata.io._paths import _problem_count, describe, problems
from careerdata.io._reading import Source, _shown_path, file_error, parse, read
from careerdata.io._structure import structurer
from careerdata.model import DatasetInfo, Role

_ENVELOPE = ("dataset", "roles")


@attrs.frozen
class Document:
    """The content of a role file: its roles, in file order, and its dataset description.

    ``info`` is ``None`` when the file is a bare array or has no ``"dataset"`` object.
    """

    __repr__ = fields_repr

    roles: tuple[Role, ...]
    info: DatasetInfo | None = None


# --------------------------------------------------------------------------- loading


def _split_document(data: Any) -> tuple[Any, Any, _Collected]:
    """Return the roles list, the dataset object (or None) and the problems of the envelope."""
    if isinstance(data, list):
        return data, None, _Collected()
    if not isinstance(data, dict):
        wanted = 'a list of roles or an object with "roles"'
        return [], None, _Collected([Problem("", f"expected {wanted}, got {describe(data)}")])
    found = _Collected(
        Problem("", f"unknown field {_shown(key)}") for key in data if key not in _ENVELOPE
    )
    roles = data.get("roles")
    if roles is None:
        found.append(Problem("roles", "required field missing"))
        roles = []
    elif not isinstance(roles, list):
        found.append(Problem("roles", f"expected a list, got {describe(roles)}"))
        roles = []
    return roles, data.get("dataset"), found


def _structure_info(dataset: Any, found: list[Problem]) -> DatasetInfo | None:
    if dataset is None:
        return None
    try:
        return structurer(DatasetInfo)(dataset)  # type: ignore[no-any-return]
    except Exception as error:  # noqa: BLE001 - every failure becomes a problem
        found.extend(problems(error, "dataset"))
        return None


def read_records(source: Source, *, trusted: bool = False) -> tuple[list[Any], DatasetInfo | None]:
    """The raw roles of a JSON role file and its dataset description, structured.

    The envelope and the ``"dataset"`` object are checked here (raising
    :class:`~careerdata.errors.ValidationError`); each role is left as parsed, for
    :func:`structure_record`.  ``trusted`` parses without the check for repeated keys: only
    for the embedded datasets, which the test suite and the build check load strictly.
    """
    items, dataset, found = _split_document(parse(read(source), trusted=trusted))
    info = _structure_info(dataset, found)
    if found:
        raise ValidationError(found)
    return items, info


def structure_record(item: Any, index: int) -> Role:
    """The role of ``roles[index]`` of a file, from its raw record, as loading builds it.

    Raises :class:`~careerdata.errors.ValidationError` with the paths a whole load reports
    (``roles[3].pay.range.low: ...``).
    """
    try:
        return structurer(Role)(item)  # type: ignore[no-any-return]
    except Exception as error:  # noqa: BLE001 - every failure becomes a problem
        raise ValidationError(problems(error, f"roles[{index}]")) from None


def _structure_document(data: Any) -> Document:
    items, dataset, found = _split_document(data)
    info = _structure_info(dataset, found)
    roles = _structure_roles(items, found)
    if found:
        raise ValidationError(found)
    return Document(tuple(roles), info)


def _structure_roles(items: Iterable[Any], found: _Collected) -> list[Role]:
    """Structure each item; slugs and titles (case aside) must not repeat.

    Once ``found`` is full, problems are only counted, and an item that is the very object the
    last bad item was (the parser shares ``0``, ``""`` and ``{}``) is not structured again: so
    refusing a file of a million bad values costs time linear in its size.
    """
    role_hook = structurer(Role)
    roles: list[Role] = []
    slugs: dict[str, int] = {}
    titles: dict[str, Role] = {}  # case-folded title -> the first role with it
    last_bad: object = _NOTHING
    last_count = 0
    for index, item in enumerate(items):
        if item is last_bad:
            found.more += last_count
            continue
        try:
            role = role_hook(item)
        except Exception as error:  # noqa: BLE001 - every failure becomes a problem
            if found.full:
                last_bad, last_count = item, _problem_count(error)
                found.more += last_count
            else:
                found.extend(problems(error, f"roles[{index}]"))
            continue
        earlier = slugs.setdefault(role.slug, index)
        key = role.title.casefold()
        first = titles.setdefault(role.slug if key == role.slug else key, role)  # share the str
        if earlier != index:
            found.append(Problem(f"roles[{index}].slug", f"{role.slug!r} repeats roles[{earlier}]"))
        elif first is not role:
            message = f"{_shown(role.title)} repeats the title of roles[{slugs[first.slug]}]"
            if first.title != role.title:
                message += f" ({_shown(first.title)}), but for case: titles are unique in a file"
            found.append(Problem(f"roles[{index}].title", message))
        roles.append(role)
    return roles


_NOTHING = object()


#: The formats of a role file: ``"json"`` (the default) and ``"csv"``.
Format = Literal["json", "csv"]


def _is_csv(source: Source, format: Format | None) -> bool:  # noqa: A002 - the caller's word
    if format is not None:
        if format not in ("json", "csv"):
            raise ValidationError.at("format", f'expected "json" or "csv", got {format!r}')
        return format == "csv"
    if isinstance(source, str) and source.lstrip()[:1] in ("[", "{"):
        return False  # JSON text
    if isinstance(source, (str, os.PathLike)):
        return _suffix(source) == ".csv"
    return False


def _suffix(path: str | os.PathLike[str]) -> str:
    """The suffix of the path's last part, lower-cased, as ``Path(path).suffix.lower()``.

    Without pathlib: importing it (with ``urllib.parse`` and ``ipaddress``) costs every start
    of the command line about 3 ms (benchmarks/README.md, third pass).
    """
    name = os.path.basename(os.path.normpath(os.fspath(path)))
    dot = name.rfind(".")  # pathlib's own rule: not a leading dot, nor a trailing one
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def load_document(source: Source, *, format: Format | None = None) -> Document:  # noqa: A002
    """Read a role file: its roles and, when it has one, its ``"dataset"`` description.

    ``source`` is a path, JSON text (a ``str`` whose first non-blank character is ``[`` or
    ``{``), bytes (UTF-8, a BOM is accepted) or a readable stream.

    ``format`` says how to read it.  By default a path ending in ``.csv`` (in any case) is CSV
    and everything else is JSON; text, bytes and streams are JSON unless ``format="csv"``.
    CSV is what :func:`~careerdata.interop.write_csv` writes of role records (see
    :func:`~careerdata.interop.roles_from_csv`); its roles are read through the same checks,
    with problems at ``records[3].pay_yearly``, and it has no dataset description.

    >>> doc = load_document('{"dataset": {"name": "mine"}, "roles": [{"title": "Clerk"}]}')
    >>> doc.info.name, [role.slug for role in doc.roles]
    ('mine', ['clerk'])
    """
    if _is_csv(source, format):
        # The record columns are described in careerdata.interop, which builds on this package
        # to read them: so CSV is reached at call time, not on import.
        from careerdata.interop._csv import roles_from_csv  # noqa: PLC0415

        return Document(roles_from_csv(source))
    return _load_json(read(source))


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a file is structured (and restore it after).

    Structuring builds millions of small objects and no cycles (but a bounded few through the
    first errors' tracebacks); with the collector running, it walks every object again and
    again: measured, loading 300,000 roles took twice as long.
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def _load_json(text: str) -> Document:
    """Structure a role file's text; a bare array item by item, as each is parsed."""
    with _collector_paused():
        return _structure_text(text)


def _structure_text(text: str) -> Document:
    items = array_items(text)
    if items is None:
        return _structure_document(parse(text))
    found = _Collected()
    try:
        roles = _structure_roles(items, found)
    except BrokenArrayError:  # not JSON after all: json says where (a syntax error wins)
        return _structure_document(parse(text))
    if found:
        raise ValidationError(found)
    return Document(tuple(roles))


def load_roles(source: Source, *, format: Format | None = None) -> tuple[Role, ...]:  # noqa: A002
    """Read and validate the roles of a role file, in file order.

    See :func:`load_document` for what ``source`` may be, and how ``format`` tells CSV from
    JSON (JSON unless a path ends in ``.csv`` or ``format="csv"``).  Raises
    :class:`~careerdata.errors.ValidationError` listing every bad value with its path
    (``roles[3].pay.range.low: ...``), or :class:`~careerdata.errors.DataFileError` when the
    input is missing, empty, too large, not UTF-8 or not JSON.

    >>> [role.title for role in load_roles('[{"title": "Clerk"}, {"title": "Cashier"}]')]
    ['Clerk', 'Cashier']
    """
    return load_document(source, format=format).roles


# --------------------------------------------------------------------------- dumping


def _check_roles(roles: Iterable[Any]) -> list[Role]:
    if isinstance(roles, (str, bytes, Mapping)) or not isinstance(roles, Iterable):
        raise ArgumentError.of("roles", "a list of roles", roles)
    checked = list(roles)
    first_index: dict[str, int] = {}
    found: list[Problem] = []
    for index, role in enumerate(checked):
        if not isinstance(role, Role):
            found.append(Problem(f"roles[{index}]", f"expected a Role, got {describe(role)}"))
            continue
        earlier = first_index.setdefault(role.slug, index)
        if earlier != index:
            message = f"{role.slug!r} repeats roles[{earlier}]"
            found.append(Problem(f"roles[{index}].slug", message))
    if found:
        raise ValidationError(found)
    return checked


def _write(text: str, target: str | os.PathLike[str] | IO[Any]) -> None:
    if isinstance(target, (str, os.PathLike)):
        try:
            with open(target, "wb") as stream:
                stream.write(text.encode("utf-8"))
        except OSError as error:
            raise file_error(f"cannot write {_shown_path(target)}: {error.strerror}") from None
        except ValueError:  # a NUL character in the path
            message = f"cannot write {_shown_path(target)}: a path cannot hold a NUL character"
            raise file_error(message) from None
        return
    if isinstance(target, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(target, "mode", ""):
        target.write(text.encode("utf-8"))
    else:
        target.write(text)


def dump_roles(
    roles: Iterable[Role],
    target: str | os.PathLike[str] | IO[Any] | None = None,
    *,
    info: DatasetInfo | None = None,
    indent: int | None = 2,
) -> str:
    """Write roles as a role file and return its text.

    ``target`` is a path or a text or binary stream; ``None`` only returns the text.  With
    ``info`` the file is an object ``{"dataset": ..., "roles": [...]}``, else a bare array.
    ``indent=None`` writes compact JSON (no spaces) for large files.  Output is UTF-8, in model
    field order and byte-stable: loading and dumping again with the same ``indent`` gives the
    same bytes.  Slugs must be unique (a file with repeated slugs would not load).

    >>> print(dump_roles([Role(title="Clerk")], info=DatasetInfo("mine")), end="")
    {
      "dataset": {
        "name": "mine"
      },
      "roles": [
        {
          "title": "Clerk",
          "slug": "clerk"
        }
      ]
    }
    """
    from careerdata.io._unstructure import unstructurer  # noqa: PLC0415 - see io.__init__

    write_role = unstructurer(Role)
    written: Any = [write_role(role) for role in _check_roles(roles)]
    if info is not None:
        written = {"dataset": unstructurer(DatasetInfo)(info), "roles": written}
    separators = (",", ": ") if indent is not None else (",", ":")
    text = json.dumps(
        written, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
    )
    text += "\n"
    if target is not None:
        _write(text, target)
    return text
