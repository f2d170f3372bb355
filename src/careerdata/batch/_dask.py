"""The pages of :func:`careerdata.batch.pairs` as a Dask bag, for a cluster."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from careerdata.batch._page import Format, Page
from careerdata.batch._run import (
    DEFAULT_CHUNK_SIZE,
    _chunk_size,
    _formats,
    _generate,
    _locales,
    _pages,
    _roles,
    tasks,
)
from careerdata.batch._select import Selection, index_pairs
from careerdata.errors import CareerDataError
from careerdata.model import Role

if TYPE_CHECKING:
    import dask.bag

__all__ = ["dask_pairs"]


def _dask_partition(
    partition: list[list[tuple[int, int]]],
    roles: tuple[Role, ...],
    locales: tuple[str, ...],
    formats: tuple[Format, ...],
) -> list[Page]:
    slugs = [role.slug for role in roles]
    pages: list[Page] = []
    for task in partition:
        texts = _generate(roles, task, locales, formats)
        pages.extend(_pages(slugs, task, locales, formats, texts))
    return pages


def dask_pairs(
    dataset: str | os.PathLike[str] | Mapping[str, Role] | Iterable[Role],
    locales: Iterable[str] | str = ("en_US",),
    formats: Iterable[Format] | Format = ("summary",),
    *,
    select: Selection | Iterable[Sequence[str]] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> dask.bag.Bag:
    """The pages of :func:`pairs` as a lazy :class:`dask.bag.Bag`, for a Dask cluster.

    ``select`` picks the pairs as for :func:`pairs`.  Each partition is ``chunk_size`` pairs; the
    roles are one node of the graph, so
    a distributed scheduler sends them to each worker once.  Computing the bag (on any
    scheduler) gives the pages in the order :func:`pairs` streams them.  Needs Dask:
    ``pip install 'careerdata[dask]'``; without it this raises
    :class:`~careerdata.errors.CareerDataError` saying so.  Arguments are checked as by
    :func:`pairs`.

    >>> from careerdata.batch import pairs
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
    chosen = None if select is None else index_pairs(select, roles)
    try:
        # An optional dependency, imported when used; typed loosely (parts of Dask are untyped).
        bags: Any = importlib.import_module("dask.bag")
        delayed: Any = importlib.import_module("dask.delayed").delayed
    except ImportError as error:
        raise CareerDataError(
            "dask_pairs needs Dask, which is not installed: pip install 'careerdata[dask]'"
        ) from error
    shared = delayed(roles, pure=True, traverse=False)
    bag = bags.from_sequence(list(tasks(len(roles), chosen, size)), partition_size=1)
    return cast(
        "dask.bag.Bag",
        bag.map_partitions(_dask_partition, shared, wanted_locales, wanted_formats),
    )
