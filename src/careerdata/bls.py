"""Deprecated alias of :mod:`careerdata.sources.bls`, kept for one release.

Importing this module, or any name from it, emits a :class:`DeprecationWarning` that names
the new module; the names are those of :mod:`careerdata.sources.bls`, unchanged, and
``indefinite_article``, which is now :func:`careerdata.text.english.article`::

    from careerdata.sources.bls import read_flat_files  # instead of careerdata.bls
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, Literal

from careerdata.sources import bls as _bls
from careerdata.text import english

if TYPE_CHECKING:
    from careerdata.sources.bls import (
        ANNUAL_MEAN,
        ANNUAL_PERCENTILES,
        AREA_TYPES,
        CROSS_INDUSTRY,
        DATATYPES,
        EMPLOYMENT,
        FLAT_FILES,
        HOURLY_MEAN,
        HOURLY_PERCENTILES,
        NATIONAL,
        Area,
        Estimate,
        Industry,
        Occupation,
        Release,
        RoleName,
        SeriesId,
        TopCode,
        name_role,
        occupation_roles,
        parse_estimate,
        read_flat_files,
        singular_title,
    )

__all__ = [
    "ANNUAL_MEAN",
    "ANNUAL_PERCENTILES",
    "AREA_TYPES",
    "CROSS_INDUSTRY",
    "DATATYPES",
    "EMPLOYMENT",
    "FLAT_FILES",
    "HOURLY_MEAN",
    "HOURLY_PERCENTILES",
    "NATIONAL",
    "Area",
    "Estimate",
    "Industry",
    "Occupation",
    "Release",
    "RoleName",
    "SeriesId",
    "TopCode",
    "indefinite_article",
    "name_role",
    "occupation_roles",
    "parse_estimate",
    "read_flat_files",
    "singular_title",
]

_NEW = "careerdata.sources.bls"
# Names that moved elsewhere, and where; every other name is in careerdata.sources.bls.
_MOVED = {"indefinite_article": "careerdata.text.english.article"}

warnings.warn(
    f"careerdata.bls is deprecated and will be removed in the next release; import {_NEW}",
    DeprecationWarning,
    stacklevel=2,
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'careerdata.bls' has no attribute {name!r}")
    warnings.warn(
        f"careerdata.bls.{name} is deprecated and will be removed in the next release; "
        f"use {_MOVED.get(name, f'{_NEW}.{name}')}",
        DeprecationWarning,
        stacklevel=2,
    )
    if name == "indefinite_article":
        return _indefinite_article
    return getattr(_bls, name)


def _indefinite_article(title: str) -> Literal["a", "an"]:
    """The article of ``title`` by :func:`careerdata.text.english.article` (as "a" or "an")."""
    return "an" if english.article(title) == "an" else "a"


if TYPE_CHECKING:
    indefinite_article = _indefinite_article


def __dir__() -> list[str]:
    return sorted(__all__)
