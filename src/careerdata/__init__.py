"""careerdata: typed job-role data, structured comparisons and locale-aware comparison prose.

>>> import careerdata as cd
>>> role = cd.Role(title="Customer Service Manager")
>>> role.slug
'customer-service-manager'

The public names are re-exported here; the modules behind them are loaded on first use, so
``import careerdata`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# Imported eagerly, not served lazily: the function ``compare`` shares its name with the module
# ``careerdata.compare``, and importing a submodule binds it on the package, which would hide a
# lazily served function of the same name.  Binding the function here, after the submodule is
# loaded, keeps ``careerdata.compare`` the function for good.  compare needs only model.
from careerdata.compare import Comparison, Direction, Presence, compare, rank, similar
from careerdata.errors import (
    AmbiguousRoleError,
    ArgumentError,
    CareerDataError,
    CurrencyMismatchError,
    DataFileError,
    Problem,
    RoleNotFoundError,
    UnknownDatasetError,
    UnknownLocaleError,
    ValidationError,
)
from careerdata.model import (
    Career,
    CategoryShare,
    DatasetInfo,
    Demographics,
    Distribution,
    Education,
    LocalizedTitle,
    Money,
    Outlook,
    Pay,
    PayLeader,
    PayLeaders,
    Percentiles,
    Provenance,
    Role,
    SalaryBand,
    Skill,
    Translation,
    YearRange,
)

if TYPE_CHECKING:
    # Served lazily by __getattr__ below; imported here for type checkers only.
    # Each entry here also needs its line in _LAZY and its name in __all__ (mypy reads these
    # imports, the runtime reads _LAZY); tests/test_package.py checks that the three agree.
    from careerdata.datasets import Dataset, datasets, load_dataset
    from careerdata.interop import (
        comparison_record,
        comparison_records,
        role_record,
        role_records,
        to_jsonld,
        write_csv,
    )
    from careerdata.io import dump_roles, load_document, load_roles
    from careerdata.text import render, summarize

__all__ = [
    "AmbiguousRoleError",
    "ArgumentError",
    "Career",
    "CareerDataError",
    "CategoryShare",
    "Comparison",
    "CurrencyMismatchError",
    "DataFileError",
    "Dataset",
    "DatasetInfo",
    "Demographics",
    "Direction",
    "Distribution",
    "Education",
    "LocalizedTitle",
    "Money",
    "Outlook",
    "Pay",
    "PayLeader",
    "PayLeaders",
    "Percentiles",
    "Presence",
    "Problem",
    "Provenance",
    "Role",
    "RoleNotFoundError",
    "SalaryBand",
    "Skill",
    "Translation",
    "UnknownDatasetError",
    "UnknownLocaleError",
    "ValidationError",
    "YearRange",
    "compare",
    "comparison_record",
    "comparison_records",
    "datasets",
    "dump_roles",
    "load_dataset",
    "load_document",
    "load_roles",
    "rank",
    "render",
    "role_record",
    "role_records",
    "similar",
    "summarize",
    "to_jsonld",
    "write_csv",
]

# Public name -> module serving it; imported on first access (PEP 562).
_LAZY: dict[str, str] = {
    "comparison_record": "careerdata.interop",
    "comparison_records": "careerdata.interop",
    "role_record": "careerdata.interop",
    "role_records": "careerdata.interop",
    "to_jsonld": "careerdata.interop",
    "write_csv": "careerdata.interop",
    "Dataset": "careerdata.datasets",
    "datasets": "careerdata.datasets",
    "load_dataset": "careerdata.datasets",
    "dump_roles": "careerdata.io",
    "load_document": "careerdata.io",
    "load_roles": "careerdata.io",
    "render": "careerdata.text",
    "summarize": "careerdata.text",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415

        return version("careerdata")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'careerdata' has no attribute {name!r}")
    from importlib import import_module  # noqa: PLC0415

    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
