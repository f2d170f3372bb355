"""The error hierarchy: ValueError subclasses with paths, picklable."""

from __future__ import annotations

import pickle

import pytest

import careerdata as cd
from careerdata.errors import join_path


@pytest.mark.parametrize(
    "cls",
    [
        cd.ValidationError,
        cd.DataFileError,
        cd.CurrencyMismatchError,
        cd.RoleNotFoundError,
        cd.UnknownDatasetError,
        cd.UnknownLocaleError,
    ],
)
def test_every_input_error_is_a_value_error(cls: type[Exception]) -> None:
    """Input errors can be caught as ValueError and as CareerDataError."""
    assert issubclass(cls, ValueError)
    assert issubclass(cls, cd.CareerDataError)


def test_validation_error_lists_every_problem_with_its_path() -> None:
    """The message joins every problem as `path: message`."""
    error = cd.ValidationError(
        [cd.Problem("roles[0].title", "must not be empty"), cd.Problem("roles[2].pay", "bad")]
    )
    assert str(error) == "roles[0].title: must not be empty; roles[2].pay: bad"
    assert error.paths == ("roles[0].title", "roles[2].pay")


def test_prefixed_places_paths_below_a_parent() -> None:
    """Prefixing keeps the class and joins paths with dots and brackets."""
    error = cd.CurrencyMismatchError([cd.Problem("range.low", "x"), cd.Problem("", "y")])
    moved = error.prefixed("roles[1].pay")
    assert type(moved) is cd.CurrencyMismatchError
    assert moved.paths == ("roles[1].pay.range.low", "roles[1].pay")


def test_join_path_handles_indexes_and_empty_parts() -> None:
    """Indexes attach without a dot; empty parts vanish."""
    assert join_path("roles", "[3].pay") == "roles[3].pay"
    assert join_path("", "") == ""
    assert join_path("roles[3]", "") == "roles[3]"


@pytest.mark.parametrize(
    "error",
    [
        cd.ValidationError([cd.Problem("a", "b")]),
        cd.RoleNotFoundError("nurse", ["nurse-manager"]),
        cd.UnknownDatasetError("x", ["customer-service"]),
        cd.UnknownLocaleError("xx_YY", "not in CLDR"),
    ],
)
def test_errors_survive_pickling(error: Exception) -> None:
    """Errors cross process boundaries (batch pools) with their message intact."""
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (type(error), str(error)) == (type(copy), str(copy))


def test_role_not_found_message_names_suggestions() -> None:
    """The message says what was asked and what is close."""
    error = cd.RoleNotFoundError("custmer manager", ["customer-service-manager"])
    assert str(error) == (
        "no role matches 'custmer manager'; did you mean 'customer-service-manager'?"
    )


def test_ambiguous_role_error_lives_in_errors_and_datasets_reexports_it() -> None:
    """One class, importable from errors, datasets and the package; a RoleNotFoundError."""
    from careerdata import datasets, errors  # noqa: PLC0415

    assert errors.AmbiguousRoleError is datasets.AmbiguousRoleError
    assert issubclass(errors.AmbiguousRoleError, cd.RoleNotFoundError)
    assert issubclass(errors.AmbiguousRoleError, ValueError)
    error = errors.AmbiguousRoleError("15-1252", ["a", "b"])
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (type(error), str(error), copy.suggestions) == (type(copy), str(copy), ("a", "b"))
