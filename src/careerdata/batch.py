"""Batch generation: every pair of a dataset's roles, in several locales and formats.

:func:`pairs` streams one :class:`Page` per ordered pair of roles ``(a, b)`` with ``a != b``,
per locale and per format, in a deterministic order: ``a`` in dataset order, then ``b`` in
dataset order, then the locales in the order given, then the formats in the order given.  The
work runs on a process pool by default (``jobs=-1``, every core) and its output is identical to
the serial path (``jobs=1``).  :func:`write_folder` and :func:`write_jsonl` store the pages;
:func:`dask_pairs` builds the same pages as a :mod:`dask.bag` to run on a cluster (the
``careerdata[dask]`` extra).

>>> pages = list(pairs("customer-service", ["en_US", "de_DE"], ["summary"], jobs=1))
>>> len(pages)  # 6 roles: 30 ordered pairs, 2 locales, 1 format
60
>>> first = pages[0]
>>> first.a, first.b, first.locale, first.format
('customer-care-supervisor', 'customer-service-manager', 'en_US', 'summary')
>>> first.path
'en_US/customer-care-supervisor-vs-customer-service-manager.summary.txt'
>>> print(first.text[:70])
The differences between customer care supervisors and customer service
"""

from __future__ import annotations

import concurrent.futures
import importlib
import itertools
import json
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, cast, get_args

import attrs

from careerdata.compare import compare
from careerdata.errors import CareerDataError, ValidationError
from careerdata.model import Role

if TYPE_CHECKING:
    import dask.bag

__all__ = [
    "FORMATS",
    "Format",
    "Page",
    "dask_pairs",
    "pairs",
    "write_folder",
    "write_jsonl",
]

#: What a page holds: the opening paragraphs (:func:`careerdata.summarize`) or the whole page
#: (:func:`careerdata.render`) in Markdown, plain text or HTML.
Format = Literal["summary", "markdown", "text", "html"]
#: Every :data:`Format`, in the order of its definition.
FORMATS: tuple[str, ...] = get_args(Format)

_SUFFIXES: dict[str, str] = {
    "summary": ".summary.txt",
    "markdown": ".md",
    "text": ".txt",
    "html": ".html",
}

#: Ordered pairs per task sent to a worker, unless ``chunk_size`` says otherwise.
DEFAULT_CHUNK_SIZE = 500


@attrs.frozen
class Page:
    """One generated text: role ``a`` compared with role ``b`` in ``locale`` and ``format``.

    ``a`` and ``b`` are the roles' slugs; ``locale`` is spelt as it was requested.
    """

    a: str
    b: str
    locale: str
    format: Format
    text: str

    @property
    def path(self) -> str:
        """Where :func:`write_folder` puts the page: ``{locale}/{a}-vs-{b}{suffix}``.

        The suffix is ``.md``, ``.txt``, ``.html`` or ``.summary.txt`` by format.
        """
        return f"{self.locale}/{self.a}-vs-{self.b}{_SUFFIXES[self.format]}"

    def to_json(self) -> dict[str, str]:
        """The page as a JSON object (one line of :func:`write_jsonl`)."""
        return {
            "a": self.a,
            "b": self.b,
            "locale": self.locale,
            "format": self.format,
            "text": self.text,
        }


# --- the work itself, shared by every path (serial, pool, Dask) -------------------------------


def _pair(index: int, count: int) -> tuple[int, int]:
    """The ``index``-th ordered pair ``(i, j)``, ``i != j``, of ``count`` roles (row by row)."""
    i, rest = divmod(index, count - 1)
    return i, rest + (rest >= i)


def _generate(
    roles: Sequence[Role],
    start: int,
    stop: int,
    locales: Sequence[str],
    formats: Sequence[Format],
) -> list[str]:
    """The texts of pairs ``start``..``stop - 1``, each pair's locales and formats in order."""
    from careerdata.text import render, summarize  # noqa: PLC0415 - keeps `import` cheap

    texts: list[str] = []
    count = len(roles)
    for index in range(start, stop):
        i, j = _pair(index, count)
        comparison = compare(roles[i], roles[j])
        for locale in locales:
            for form in formats:
                if form == "summary":
                    texts.append(summarize(comparison, locale))
                else:
                    texts.append(render(comparison, locale, form))
    return texts


def _pages(
    slugs: Sequence[str],
    chunk: tuple[int, int],
    locales: Sequence[str],
    formats: Sequence[Format],
    texts: Iterable[str],
) -> Iterator[Page]:
    """The texts :func:`_generate` made for the pairs of ``chunk`` (start, stop) as pages."""
    position = iter(texts)
    count = len(slugs)
    for index in range(*chunk):
        i, j = _pair(index, count)
        for locale in locales:
            for form in formats:
                yield Page(slugs[i], slugs[j], locale, form, next(position))


# Set in each pool worker by _start_worker, so the roles cross the process boundary once.
_worker_roles: tuple[Role, ...] = ()


def _start_worker(roles: tuple[Role, ...]) -> None:
    global _worker_roles  # noqa: PLW0603 - the per-process state of a pool worker
    _worker_roles = roles


def _generate_in_worker(
    start: int, stop: int, locales: Sequence[str], formats: Sequence[Format]
) -> list[str]:
    return _generate(_worker_roles, start, stop, locales, formats)


# --- arguments --------------------------------------------------------------------------------


def _roles(
    dataset: str | os.PathLike[str] | Mapping[str, Role] | Iterable[Role],
) -> tuple[Role, ...]:
    """The roles of ``dataset``: a name or path, a mapping such as a Dataset, or roles."""
    if isinstance(dataset, (str, os.PathLike)):
        from careerdata.datasets import load_dataset  # noqa: PLC0415 - keeps `import` cheap

        return tuple(load_dataset(dataset).values())
    if isinstance(dataset, Mapping):
        items = tuple(dataset.values())
    elif isinstance(dataset, Iterable):
        items = tuple(dataset)
    else:
        raise ValidationError.at(
            "dataset",
            f"expected a dataset name, a Dataset or roles; got {type(dataset).__name__}",
        )
    seen: dict[str, int] = {}
    for index, role in enumerate(items):
        if not isinstance(role, Role):
            raise ValidationError.at(f"dataset[{index}]", f"expected a Role; got {role!r}")
        if role.slug in seen:
            raise ValidationError.at(
                f"dataset[{index}]",
                f"slug {role.slug!r} repeats dataset[{seen[role.slug]}]'s: pages would collide",
            )
        seen[role.slug] = index
    return items


def _sequence(values: Iterable[str] | str, path: str) -> tuple[str, ...]:
    if isinstance(values, str):
        values = (values,)
    items = tuple(values)
    if not items:
        raise ValidationError.at(path, "expected at least one value")
    for index, value in enumerate(items):
        if not isinstance(value, str):
            raise ValidationError.at(f"{path}[{index}]", f"expected a string; got {value!r}")
    return items


def _locales(locales: Iterable[str] | str) -> tuple[str, ...]:
    from careerdata.text._locale import resolve  # noqa: PLC0415 - keeps `import` cheap

    items = _sequence(locales, "locales")
    for locale in items:
        resolve(locale)  # raises UnknownLocaleError naming it, before any work starts
    return items


def _formats(formats: Iterable[str] | str) -> tuple[Format, ...]:
    items = _sequence(formats, "formats")
    for index, value in enumerate(items):
        if value not in FORMATS:
            raise ValidationError.at(
                f"formats[{index}]",
                f"unknown format {value!r}; expected one of: {', '.join(FORMATS)}",
            )
    return items  # type: ignore[return-value] # checked against FORMATS just above


def _jobs(jobs: int) -> int:
    if isinstance(jobs, bool) or not isinstance(jobs, int) or (jobs < 1 and jobs != -1):
        raise ValidationError.at(
            "jobs", f"expected a number of processes, 1 or more, or -1 for every core; got {jobs!r}"
        )
    if jobs != -1:
        return jobs
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def _chunk_size(chunk_size: int) -> int:
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise ValidationError.at(
            "chunk_size", f"expected a number of pairs per task, 1 or more; got {chunk_size!r}"
        )
    return chunk_size


def _chunks(total: int, size: int) -> list[tuple[int, int]]:
    return [(start, min(start + size, total)) for start in range(0, total, size)]


# --- progress ---------------------------------------------------------------------------------


class _Progress:
    """A one-line progress bar on a terminal: ``[#####.....]  50% 300/600 pages  1.2 s``."""

    _WIDTH = 30
    _EVERY = 0.1  # seconds between redraws

    def __init__(self, total: int, stream: IO[str]) -> None:
        self._total, self._stream = total, stream
        self._done = 0
        self._start = self._drawn = time.monotonic()

    def advance(self, count: int) -> None:
        self._done += count
        now = time.monotonic()
        if now - self._drawn >= self._EVERY or self._done >= self._total:
            self._drawn = now
            self._draw(now)

    def close(self) -> None:
        self._draw(time.monotonic())
        self._stream.write("\n")
        self._stream.flush()

    def _draw(self, now: float) -> None:
        share = self._done / self._total if self._total else 1.0
        filled = round(share * self._WIDTH)
        bar = "#" * filled + "." * (self._WIDTH - filled)
        self._stream.write(
            f"\r[{bar}] {share:4.0%} {self._done}/{self._total} pages {now - self._start:6.1f} s"
        )
        self._stream.flush()


def _progress(show: bool, total: int) -> _Progress | None:
    stream = sys.stderr
    if not show or stream is None or not stream.isatty():
        return None
    return _Progress(total, stream)


# --- the public functions ---------------------------------------------------------------------


def pairs(  # noqa: PLR0913 - the options are keyword-only
    dataset: str | os.PathLike[str] | Mapping[str, Role] | Iterable[Role],
    locales: Iterable[str] | str = ("en_US",),
    formats: Iterable[Format] | Format = ("summary",),
    *,
    jobs: int = -1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: bool = True,
) -> Iterator[Page]:
    """Stream a :class:`Page` for every ordered pair of ``dataset``'s roles, locale and format.

    ``dataset`` is a dataset name or path (as for :func:`careerdata.load_dataset`), a mapping
    such as a :class:`~careerdata.Dataset`, or an iterable of roles (their slugs must differ).
    The order is fixed: pairs ``(a, b)``, ``a != b``, with ``a`` then ``b`` in dataset order,
    and for each pair the ``locales`` in order, each with the ``formats`` in order (see
    :data:`FORMATS`).  ``jobs`` processes share the work (``-1``: one per core; ``1``: in this
    process, no pool); the roles are sent to each worker once and each task is a range of
    ``chunk_size`` pairs, so the output is the same whatever ``jobs`` is.  At most a few tasks
    per worker are in flight, so memory stays flat however slowly the pages are consumed.  A
    progress bar is drawn on stderr when it is a terminal and ``progress`` is true.

    On Linux a single-threaded caller forks its workers; elsewhere, or when other threads run,
    each worker starts a fresh interpreter that imports the caller's main module, so a script
    must then guard its entry point with ``if __name__ == "__main__":`` (as for any
    :mod:`multiprocessing` code).

    Arguments are checked before any work starts: a bad ``jobs``, ``chunk_size``, ``formats``
    or ``dataset`` raises :class:`~careerdata.errors.ValidationError` at that path, an unknown
    locale :class:`~careerdata.errors.UnknownLocaleError`.

    >>> pages = pairs("customer-service", "fr_FR", ["markdown", "html"], jobs=1)
    >>> for page in itertools.islice(pages, 3):
    ...     print(page.a, page.b, page.format)
    customer-care-supervisor customer-service-manager markdown
    customer-care-supervisor customer-service-manager html
    customer-care-supervisor customer-care-manager markdown
    >>> pairs("customer-service", jobs=0)
    Traceback (most recent call last):
    ...
    careerdata.errors.ValidationError: jobs: expected a number of processes, 1 or more, ...
    """
    workers = _jobs(jobs)
    size = _chunk_size(chunk_size)
    wanted_formats = _formats(formats)
    wanted_locales = _locales(locales)
    work = _Work(_roles(dataset), wanted_locales, wanted_formats, size)
    return _stream(work, workers, progress)


@attrs.frozen
class _Work:
    """Checked arguments: what to generate, in which order."""

    roles: tuple[Role, ...]
    locales: tuple[str, ...]
    formats: tuple[Format, ...]
    chunk_size: int


def _stream(work: _Work, workers: int, progress: bool) -> Iterator[Page]:
    roles, locales, formats, size = work.roles, work.locales, work.formats, work.chunk_size
    count = len(roles)
    total = count * (count - 1)
    chunks = _chunks(total, size)
    bar = _progress(progress, total * len(locales) * len(formats))
    if workers == 1 or len(chunks) <= 1:
        texts: Iterator[list[str]] = (
            _generate(roles, start, stop, locales, formats) for start, stop in chunks
        )
    else:
        texts = _pooled(roles, chunks, locales, formats, workers)
    slugs = [role.slug for role in roles]
    try:
        for chunk, generated in zip(chunks, texts, strict=True):
            yield from _pages(slugs, chunk, locales, formats, generated)
            if bar is not None:
                bar.advance(len(generated))
    finally:
        if bar is not None:
            bar.close()


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork where it is safe and cheap, else a fresh interpreter per worker.

    Forking is quick and needs no ``if __name__ == "__main__":`` guard in the caller's script,
    but forking a process that runs other threads (a web server, a Dask client) may deadlock,
    and on macOS system libraries do not survive it.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _pooled(
    roles: tuple[Role, ...],
    chunks: list[tuple[int, int]],
    locales: tuple[str, ...],
    formats: tuple[Format, ...],
    workers: int,
) -> Iterator[list[str]]:
    """Each chunk's texts, in order, from a pool keeping a few tasks per worker in flight."""
    workers = min(workers, len(chunks))
    with concurrent.futures.ProcessPoolExecutor(
        workers, mp_context=_pool_context(), initializer=_start_worker, initargs=(roles,)
    ) as pool:
        pending: deque[concurrent.futures.Future[list[str]]] = deque()
        tasks = iter(chunks)
        try:
            for start, stop in itertools.islice(tasks, 4 * workers):
                pending.append(pool.submit(_generate_in_worker, start, stop, locales, formats))
            while pending:
                result = pending.popleft().result()
                for start, stop in itertools.islice(tasks, 1):
                    pending.append(pool.submit(_generate_in_worker, start, stop, locales, formats))
                yield result
        finally:
            for future in pending:
                future.cancel()


def write_folder(pages: Iterable[Page], directory: str | os.PathLike[str]) -> int:
    """Write each page to ``directory/{page.path}`` (UTF-8, ending in a newline); return the count.

    Folders are created as needed and existing files are replaced.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = write_folder(pairs("customer-service", jobs=1), folder)
    ...     names = sorted(p.name for p in Path(folder, "en_US").iterdir())
    >>> written, names[0]
    (30, 'contact-center-manager-vs-customer-care-manager.summary.txt')
    """
    root = Path(directory)
    made: set[Path] = set()
    count = 0
    for page in pages:
        target = root / page.path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        text = page.text if page.text.endswith("\n") else page.text + "\n"
        target.write_text(text, encoding="utf-8")
        count += 1
    return count


def write_jsonl(pages: Iterable[Page], file: str | os.PathLike[str] | IO[str]) -> int:
    """Write one JSON object per page and line (see :meth:`Page.to_json`); return the count.

    ``file`` is a path (written in UTF-8, replaced if it exists) or an open text file.

    >>> import io
    >>> buffer = io.StringIO()
    >>> write_jsonl(pairs("customer-service", "de_DE", jobs=1), buffer)
    30
    >>> json.loads(buffer.getvalue().splitlines()[0])["locale"]
    'de_DE'
    """
    if isinstance(file, (str, os.PathLike)):
        with Path(file).open("w", encoding="utf-8", newline="\n") as stream:
            return write_jsonl(pages, stream)
    count = 0
    for page in pages:
        file.write(json.dumps(page.to_json(), ensure_ascii=False) + "\n")
        count += 1
    return count


def _dask_partition(
    ranges: list[tuple[int, int]],
    roles: tuple[Role, ...],
    locales: tuple[str, ...],
    formats: tuple[Format, ...],
) -> list[Page]:
    slugs = [role.slug for role in roles]
    pages: list[Page] = []
    for start, stop in ranges:
        texts = _generate(roles, start, stop, locales, formats)
        pages.extend(_pages(slugs, (start, stop), locales, formats, texts))
    return pages


def dask_pairs(
    dataset: str | os.PathLike[str] | Mapping[str, Role] | Iterable[Role],
    locales: Iterable[str] | str = ("en_US",),
    formats: Iterable[Format] | Format = ("summary",),
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> dask.bag.Bag:
    """The pages of :func:`pairs` as a lazy :class:`dask.bag.Bag`, for a Dask cluster.

    Each partition is a range of ``chunk_size`` pairs; the roles are one node of the graph, so
    a distributed scheduler sends them to each worker once.  Computing the bag (on any
    scheduler) gives the pages in the order :func:`pairs` streams them.  Needs Dask:
    ``pip install 'careerdata[dask]'``; without it this raises
    :class:`~careerdata.errors.CareerDataError` saying so.  Arguments are checked as by
    :func:`pairs`.

    >>> bag = dask_pairs("customer-service", ["en_US"], ["summary"], chunk_size=8)
    >>> bag.npartitions
    4
    >>> pages = bag.compute(scheduler="synchronous")
    >>> pages == list(pairs("customer-service", ["en_US"], ["summary"], jobs=1))
    True
    """
    size = _chunk_size(chunk_size)
    wanted_formats = _formats(formats)
    wanted_locales = _locales(locales)
    roles = _roles(dataset)
    try:
        # An optional dependency, imported when used; typed loosely (parts of Dask are untyped).
        bags: Any = importlib.import_module("dask.bag")
        delayed: Any = importlib.import_module("dask.delayed").delayed
    except ImportError as error:
        raise CareerDataError(
            "dask_pairs needs Dask, which is not installed: pip install 'careerdata[dask]'"
        ) from error
    count = len(roles)
    chunks = _chunks(count * (count - 1), size)
    shared = delayed(roles, pure=True, traverse=False)
    bag = bags.from_sequence(chunks, partition_size=1)
    return cast(
        "dask.bag.Bag",
        bag.map_partitions(_dask_partition, shared, wanted_locales, wanted_formats),
    )
