"""careerdata: typed job-role data, structured comparisons and locale-aware comparison prose.

>>> import careerdata as cd
>>> role = cd.Role(title="Customer Service Manager")
>>> role.slug
'customer-service-manager'

The public names are re-exported here; the modules behind them are loaded on first use, so
``import careerdata`` (and the ``careerdata`` command) loads only what is used.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # For type checkers only (``X as X`` marks a re-export); the runtime serves each name from
    # _LAZY below.  tests/test_package.py checks that this block and _LAZY list the same names
    # from the same modules.
    from careerdata.compare import Comparison as Comparison
    from careerdata.compare import Direction as Direction
    from careerdata.compare import Presence as Presence
    from careerdata.compare import compare as compare
    from careerdata.compare import rank as rank
    from careerdata.compare import similar as similar
    from careerdata.datasets import Dataset as Dataset
    from careerdata.datasets import datasets as datasets
    from careerdata.datasets import load_dataset as load_dataset
    from careerdata.errors import AmbiguousRoleError as AmbiguousRoleError
    from careerdata.errors import ArgumentError as ArgumentError
    from careerdata.errors import CareerDataError as CareerDataError
    from careerdata.errors import CurrencyMismatchError as CurrencyMismatchError
    from careerdata.errors import DataFileError as DataFileError
    from careerdata.errors import Problem as Problem
    from careerdata.errors import RoleNotFoundError as RoleNotFoundError
    from careerdata.errors import UnknownDatasetError as UnknownDatasetError
    from careerdata.errors import UnknownLocaleError as UnknownLocaleError
    from careerdata.errors import ValidationError as ValidationError
    from careerdata.interop import comparison_record as comparison_record
    from careerdata.interop import comparison_records as comparison_records
    from careerdata.interop import role_record as role_record
    from careerdata.interop import role_records as role_records
    from careerdata.interop import to_jsonld as to_jsonld
    from careerdata.interop import write_csv as write_csv
    from careerdata.io import dump_roles as dump_roles
    from careerdata.io import load_document as load_document
    from careerdata.io import load_roles as load_roles
    from careerdata.model import Career as Career
    from careerdata.model import CategoryShare as CategoryShare
    from careerdata.model import DatasetInfo as DatasetInfo
    from careerdata.model import Demographics as Demographics
    from careerdata.model import Distribution as Distribution
    from careerdata.model import Education as Education
    from careerdata.model import LocalizedTitle as LocalizedTitle
    from careerdata.model import Money as Money
    from careerdata.model import Outlook as Outlook
    from careerdata.model import Pay as Pay
    from careerdata.model import PayLeader as PayLeader
    from careerdata.model import PayLeaders as PayLeaders
    from careerdata.model import Percentiles as Percentiles
    from careerdata.model import Provenance as Provenance
    from careerdata.model import Role as Role
    from careerdata.model import SalaryBand as SalaryBand
    from careerdata.model import Skill as Skill
    from careerdata.model import Translation as Translation
    from careerdata.model import YearRange as YearRange
    from careerdata.text import render as render
    from careerdata.text import summarize as summarize

# Each public name by the module serving it, imported on first access (PEP 562).  The one
# runtime list of the package's names: __all__ is derived from it.
_LAZY: dict[str, tuple[str, ...]] = {
    "careerdata.compare": ("Comparison", "Direction", "Presence", "compare", "rank", "similar"),
    "careerdata.datasets": ("Dataset", "datasets", "load_dataset"),
    "careerdata.errors": (
        "AmbiguousRoleError",
        "ArgumentError",
        "CareerDataError",
        "CurrencyMismatchError",
        "DataFileError",
        "Problem",
        "RoleNotFoundError",
        "UnknownDatasetError",
        "UnknownLocaleError",
        "ValidationError",
    ),
    "careerdata.interop": (
        "comparison_record",
        "comparison_records",
        "role_record",
        "role_records",
        "to_jsonld",
        "write_csv",
    ),
    "careerdata.io": ("dump_roles", "load_document", "load_roles"),
    "careerdata.model": (
        "Career",
        "CategoryShare",
        "DatasetInfo",
        "Demographics",
        "Distribution",
        "Education",
        "LocalizedTitle",
        "Money",
        "Outlook",
        "Pay",
        "PayLeader",
        "PayLeaders",
        "Percentiles",
        "Provenance",
        "Role",
        "SalaryBand",
        "Skill",
        "Translation",
        "YearRange",
    ),
    "careerdata.text": ("render", "summarize"),
}
_MODULE_OF = {name: module for module, names in _LAZY.items() for name in names}

__all__ = sorted(_MODULE_OF)  # noqa: PLE0605 - derived from _LAZY, checked by the tests


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415

        return version("careerdata")
    return _lazy_attribute(__name__, _MODULE_OF, globals(), name)


def _lazy_attribute(
    package: str, modules: dict[str, str], namespace: dict[str, Any], name: str
) -> Any:
    """A package's ``__getattr__``: ``name`` imported from its module on first use.

    The value is kept in the package's ``namespace``; a name ``modules`` does not list is an
    :class:`AttributeError`.
    """
    module = modules.get(name)
    if module is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    from importlib import import_module  # noqa: PLC0415

    value = getattr(import_module(module), name)
    namespace[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])


class _Package(ModuleType):
    """This package's module type: a submodule never hides the public name it shares.

    Importing ``careerdata.compare`` binds the submodule on the package, which would hide the
    function ``careerdata.compare`` served by ``__getattr__``; so the binding of a submodule
    under a public name is skipped (the submodule stays in ``sys.modules``).
    """

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, ModuleType) and name in _MODULE_OF:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
