"""The locked test environments agree with pyproject.toml (refresh them with tools/lock.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.version import Version

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ("test.txt", "lowest.txt")
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^ ;\\]+)(?: ; (.+?))?(?: \\)?$")


def _project() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        project: dict[str, object] = tomllib.load(stream)["project"]
    return project


def _declared() -> list[Requirement]:
    """Runtime dependencies and those of the test and docs extras that apply on this Python."""
    project = _project()
    extras = project["optional-dependencies"]
    assert isinstance(extras, dict)
    lines = [*project["dependencies"], *extras["test"], *extras["docs"]]  # type: ignore[misc]
    requirements = [Requirement(line) for line in lines]
    return [item for item in requirements if item.marker is None or item.marker.evaluate()]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(lock: str) -> dict[str, Version]:
    """Each package the lock installs on this Python, with its pinned version."""
    environment = default_environment()
    pins: dict[str, Version] = {}
    for line in (ROOT / "requirements" / lock).read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match is None:
            continue
        name, version, marker = match.groups()
        if marker is None or Requirement(f"x ; {marker}").marker.evaluate(environment):  # type: ignore[union-attr]
            pins[_canonical(name)] = Version(version)
    return pins


@pytest.mark.parametrize("lock", LOCKS)
def test_every_declared_dependency_is_pinned_within_its_bounds(lock: str) -> None:
    """Each dependency pyproject.toml declares is in the lock, at a version it allows."""
    pins = _pins(lock)
    outside = {
        str(requirement): pins.get(_canonical(requirement.name))
        for requirement in _declared()
        if pins.get(_canonical(requirement.name)) not in requirement.specifier
    }
    assert outside == {}


@pytest.mark.parametrize("lock", LOCKS)
def test_every_pin_is_hashed(lock: str) -> None:
    """pip installs the lock in hash-checking mode: every pin carries its hashes."""
    text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    unhashed = [entry.split()[0] for entry in entries if "==" in entry and "--hash=" not in entry]
    assert unhashed == []


def test_lowest_lock_pins_each_runtime_dependency_at_its_lower_bound() -> None:
    """The lowest run tests exactly the versions pyproject.toml says are enough."""
    pins = _pins("lowest.txt")
    project = _project()
    bounds = {}
    for line in project["dependencies"]:  # type: ignore[attr-defined]
        requirement = Requirement(line)
        (lower,) = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        bounds[_canonical(requirement.name)] = Version(lower)
    assert bounds == {name: pins[name] for name in bounds}
