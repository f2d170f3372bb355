"""careerdata.model as a package: one public namespace over its private modules."""

from __future__ import annotations

import pickle

import attrs
from hypothesis import given

import strategies
from careerdata import model as m
from careerdata.io import to_jsonable

# Today's public names, as listed before the module became a package.
PUBLIC = [
    "MAX_TEXT_LENGTH",
    "MAX_TITLE_LENGTH",
    "SHARE_SUM_TOLERANCE",
    "Amount",
    "Between",
    "Career",
    "CategoryShare",
    "Constraint",
    "Count",
    "Currency",
    "DatasetInfo",
    "Demographics",
    "Distribution",
    "Education",
    "ExactMoney",
    "LocalizedTitle",
    "Money",
    "Outlook",
    "Pattern",
    "Pay",
    "PayLeader",
    "PayLeaders",
    "Percentiles",
    "Provenance",
    "Role",
    "SalaryBand",
    "Share",
    "Skill",
    "Text",
    "Texts",
    "Translation",
    "YearRange",
    "Years",
    "slugify",
]


def test_the_package_exports_exactly_the_names_the_module_did() -> None:
    """`careerdata.model.__all__` is unchanged and every name in it is importable."""
    assert m.__all__ == PUBLIC
    assert all(hasattr(m, name) for name in m.__all__)


def test_every_model_class_lives_in_the_model_package() -> None:
    """Each attrs class is defined in a careerdata.model submodule (io writes them alike)."""
    classes = [getattr(m, name) for name in m.__all__ if attrs.has(getattr(m, name))]
    modules = {cls.__module__ for cls in classes}
    assert all(module.startswith("careerdata.model._") for module in modules), modules


def test_a_default_field_is_left_out_of_every_model_class_written() -> None:
    """Writing a model value from any submodule omits its defaults, as before the split."""
    written = to_jsonable(m.Role(title="Nurse", career=m.Career(satisfaction=4)))
    assert written == {"title": "Nurse", "slug": "nurse", "career": {"satisfaction": 4.0}}


@given(strategies.roles())
def test_roles_pickle_to_equal_roles(role: m.Role) -> None:
    """A role crosses a process pool (pickle) unchanged."""
    assert role == pickle.loads(pickle.dumps(role))  # noqa: S301 - our own object
