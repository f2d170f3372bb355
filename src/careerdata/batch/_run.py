"""Generating the pages of many pairs: checked arguments, the work, and the process pool."""

from __future__ import annotations

import concurrent.futures
import itertools
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from careerdata._repr import fields_repr
from careerdata.batch._page import FORMATS, Format, Page
from careerdata.batch._progress import progress_bar
from careerdata.batch._select import Selection, index_pairs
from careerdata.compare import compare
from careerdata.errors import ValidationError
from careerdata.model import Provenance, Role

__all__ = ["DEFAULT_CHUNK_SIZE", "pairs"]

#: Ordered pairs per task sent to a worker, unless ``chunk_size`` says otherwise.
DEFAULT_CHUNK_SIZE = 500


# --- the work itself, shared by every path (serial, pool, Dask) -------------------------------


def _pair(index: int, count: int) -> tuple[int, int]:
    """The ``index``-th ordered pair ``(i, j)``, ``i != j``, of ``count`` roles (row by row)."""
    i, rest = divmod(index, count - 1)
    return i, rest + (rest >= i)


#: Pairs as positions in the roles: ``(i, j)`` compares ``roles[i]`` with ``roles[j]``.
IndexPairs = Sequence[tuple[int, int]]


def _generate(
    roles: Sequence[Role],
    chosen: IndexPairs,
    locales: Sequence[str],
    formats: Sequence[Format],
) -> list[str]:
    """The texts of the ``chosen`` pairs, each pair's locales and formats in order."""
    from careerdata.text import render, summarize  # noqa: PLC0415 - keeps `import` cheap

    texts: list[str] = []
    for i, j in chosen:
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
    chosen: IndexPairs,
    locales: Sequence[str],
    formats: Sequence[Format],
    texts: Iterable[str],
) -> Iterator[Page]:
    """The texts :func:`_generate` made for the ``chosen`` pairs, as pages."""
    position = iter(texts)
    for i, j in chosen:
        for locale in locales:
            for form in formats:
                yield Page(slugs[i], slugs[j], locale, form, next(position))


# Set in each pool worker by _start_worker, so the roles cross the process boundary once.
_worker_roles: tuple[Role, ...] = ()


def _start_worker(roles: tuple[Role, ...]) -> None:
    global _worker_roles  # noqa: PLW0603 - the per-process state of a pool worker
    _worker_roles = roles


def _generate_in_worker(
    chosen: IndexPairs, locales: Sequence[str], formats: Sequence[Format]
) -> list[str]:
    return _generate(_worker_roles, chosen, locales, formats)


# --- arguments --------------------------------------------------------------------------------


def _roles(
    dataset: str | os.PathLike[str] | Mapping[str, Role] | Iterable[Role],
) -> tuple[Role, ...]:
    """The roles of ``dataset``: a name or path, a mapping such as a Dataset, or roles."""
    if isinstance(dataset, (str, os.PathLike)):
        from careerdata.datasets import load_dataset  # noqa: PLC0415 - keeps `import` cheap

        return _roles(load_dataset(dataset))
    if isinstance(dataset, Mapping):
        items = tuple(dataset.values())
        # A Dataset keeps its provenance once (info.source): its roles carry it onto their pages.
        source = getattr(getattr(dataset, "info", None), "source", None)
        if isinstance(source, Provenance):
            items = tuple(
                attrs.evolve(role, source=source)
                if isinstance(role, Role) and role.source is None
                else role
                for role in items
            )
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


def task_count(total: int, size: int) -> int:
    """How many tasks of ``size`` pairs hold ``total`` pairs."""
    return -(-total // size)


def tasks(count: int, chosen: IndexPairs | None, size: int) -> Iterator[list[tuple[int, int]]]:
    """The pairs in tasks of ``size``, made as they are needed.

    Every ordered pair of ``count`` roles when ``chosen`` is ``None``, else ``chosen`` in order.
    """
    if chosen is None:
        total = count * (count - 1)
        for start in range(0, total, size):
            yield [_pair(index, count) for index in range(start, min(start + size, total))]
        return
    for start in range(0, len(chosen), size):
        yield list(chosen[start : start + size])


def pair_total(count: int, chosen: IndexPairs | None) -> int:
    """How many pairs: every ordered pair of ``count`` roles, or the ``chosen`` ones."""
    return count * (count - 1) if chosen is None else len(chosen)


# --- the public function ----------------------------------------------------------------------


def pairs(  # noqa: PLR0913 - the options are keyword-only
    dataset: str | os.PathLike[str] | Mapping[str, Role] | Iterable[Role],
    locales: Iterable[str] | str = ("en_US",),
    formats: Iterable[Format] | Format = ("summary",),
    *,
    select: Selection | Iterable[Sequence[str]] | None = None,
    jobs: int = -1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: bool = True,
) -> Iterator[Page]:
    """Stream a :class:`Page` for each chosen pair of ``dataset``'s roles, locale and format.

    ``dataset`` is a dataset name or path (as for :func:`careerdata.load_dataset`), a mapping
    such as a :class:`~careerdata.Dataset`, or an iterable of roles (their slugs must differ).
    A dataset's ``info.source`` is the source its pages name for roles without their own.
    ``select`` picks the pairs: every ordered pair by default (:func:`every_pair`: 688,070 for
    the 830 BLS roles), :func:`one_against_all`, :func:`most_similar`, or a list of pairs of
    role names (slug, title, alias or SOC code), written in the order given.  Every ordered
    pair runs ``(a, b)``, ``a != b``, with ``a`` then ``b`` in dataset order; for each pair come
    the ``locales`` in order, each with the ``formats`` in order (see :data:`FORMATS`).
    ``jobs`` processes share the work (``-1``: one per core; ``1``: in this process, no pool);
    the roles are sent to each worker once and each task is ``chunk_size`` pairs, so the output
    is the same whatever ``jobs`` is.  At most a few tasks per worker are in flight, so memory
    stays flat however slowly the pages are consumed.  A progress bar is drawn on stderr when
    it is a terminal and ``progress`` is true.

    On Linux a single-threaded caller forks its workers; elsewhere, or when other threads run,
    each worker starts a fresh interpreter that imports the caller's main module, so a script
    must then guard its entry point with ``if __name__ == "__main__":`` (as for any
    :mod:`multiprocessing` code).

    Arguments are checked before any work starts: a bad ``jobs``, ``chunk_size``, ``formats``,
    ``select`` or ``dataset`` raises :class:`~careerdata.errors.ValidationError` at that path
    (``select[2]: no role matches 'x'`` for a listed name the dataset lacks), an unknown locale
    :class:`~careerdata.errors.UnknownLocaleError`, and the role of :func:`one_against_all`
    missing from the dataset :class:`~careerdata.errors.RoleNotFoundError` with suggestions.

    >>> pages = pairs("customer-service", "fr_FR", ["markdown", "html"], jobs=1)
    >>> for page in itertools.islice(pages, 3):
    ...     print(page.a, page.b, page.format)
    customer-care-supervisor customer-service-manager markdown
    customer-care-supervisor customer-service-manager html
    customer-care-supervisor customer-care-manager markdown
    >>> chosen = [("customer-care-manager", "Contact Center Manager")]
    >>> [(page.a, page.b) for page in pairs("customer-service", select=chosen, jobs=1)]
    [('customer-care-manager', 'contact-center-manager')]
    >>> pairs("customer-service", jobs=0)
    Traceback (most recent call last):
    ...
    careerdata.errors.ValidationError: jobs: expected a number of processes, 1 or more, ...
    """
    workers = _jobs(jobs)
    size = _chunk_size(chunk_size)
    wanted_formats = _formats(formats)
    wanted_locales = _locales(locales)
    roles = _roles(dataset)
    chosen = None if select is None else index_pairs(select, roles)
    work = _Work(roles, chosen, wanted_locales, wanted_formats, size)
    return _stream(work, workers, progress)


@attrs.frozen
class _Work:
    """Checked arguments: what to generate, in which order (``chosen`` ``None``: every pair)."""

    __repr__ = fields_repr

    roles: tuple[Role, ...]
    chosen: IndexPairs | None
    locales: tuple[str, ...]
    formats: tuple[Format, ...]
    chunk_size: int


def _stream(work: _Work, workers: int, progress: bool) -> Iterator[Page]:
    roles, locales, formats, size = work.roles, work.locales, work.formats, work.chunk_size
    total = pair_total(len(roles), work.chosen)
    bar = progress_bar(progress, total * len(locales) * len(formats))
    work_tasks = tasks(len(roles), work.chosen, size)
    if workers == 1 or task_count(total, size) <= 1:
        done: Iterator[tuple[list[tuple[int, int]], list[str]]] = (
            (task, _generate(roles, task, locales, formats)) for task in work_tasks
        )
    else:
        done = _pooled(roles, work_tasks, task_count(total, size), locales, formats, workers)
    slugs = [role.slug for role in roles]
    try:
        for task, generated in done:
            yield from _pages(slugs, task, locales, formats, generated)
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


def _pooled(  # noqa: PLR0913, PLR0917 - the checked arguments of one run
    roles: tuple[Role, ...],
    work_tasks: Iterator[list[tuple[int, int]]],
    count: int,
    locales: tuple[str, ...],
    formats: tuple[Format, ...],
    workers: int,
) -> Iterator[tuple[list[tuple[int, int]], list[str]]]:
    """Each task with its texts, in order, from a pool keeping a few tasks per worker in flight."""
    workers = min(workers, count)
    with concurrent.futures.ProcessPoolExecutor(
        workers, mp_context=_pool_context(), initializer=_start_worker, initargs=(roles,)
    ) as pool:
        pending: deque[tuple[list[tuple[int, int]], concurrent.futures.Future[list[str]]]]
        pending = deque()
        try:
            for task in itertools.islice(work_tasks, 4 * workers):
                pending.append((task, pool.submit(_generate_in_worker, task, locales, formats)))
            while pending:
                task, future = pending.popleft()
                result = future.result()
                for following in itertools.islice(work_tasks, 1):
                    pending.append(
                        (following, pool.submit(_generate_in_worker, following, locales, formats))
                    )
                yield task, result
        finally:
            for _task, future in pending:
                future.cancel()
