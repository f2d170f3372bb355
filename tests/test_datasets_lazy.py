"""careerdata.datasets: datasets that build each role on first access (#18)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import careerdata as cd
from careerdata.compare import rank, similar
from careerdata.datasets import Dataset
from careerdata.io import load_document

DATA = resources.files("careerdata.data")
MANIFEST = json.loads(DATA.joinpath("datasets.json").read_text("utf-8"))["datasets"]

ROLES: list[dict[str, Any]] = [
    {"title": "Clerk", "aliases": ["Office Clerk"], "pay": {"yearly": 41181}},
    {"title": "Cashier", "soc_code": "41-2011", "pay": {"yearly": "x"}},
    {"title": "Teller", "pay": {"range": {"low": 59000, "high": 30000}}},
    {"title": "Bank Manager", "slug": "manager", "soc_code": "11-3031"},
]


def _file(tmp_path: Path, roles: list[Any], name: str = "mine.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"dataset": {"name": "mine"}, "roles": roles}), encoding="utf-8")
    return path


def _problems(error: cd.ValidationError) -> list[str]:
    return [str(problem) for problem in error.problems]


@pytest.mark.parametrize("entry", MANIFEST, ids=[entry["name"] for entry in MANIFEST])
def test_every_embedded_role_is_valid_loaded_strictly_and_whole(entry: dict[str, str]) -> None:
    """Each embedded file passes the full check of a user's file (repeated keys included),
    every role at once, and gives the roles and info the lazily built dataset serves."""
    strict = load_document(DATA.joinpath(entry["file"]).read_bytes())
    lazy = cd.load_dataset(entry["name"])
    assert (strict.roles, strict.info) == (lazy.roles, lazy.info)
    assert Dataset.from_roles(strict.roles, strict.info) == lazy


def test_a_users_file_is_validated_whole_by_default(tmp_path: Path) -> None:
    """Without lazy=True every bad value of the file is reported at load, each with its path."""
    with pytest.raises(cd.ValidationError) as caught:
        cd.load_dataset(_file(tmp_path, ROLES))
    assert _problems(caught.value) == [
        "roles[1].pay.yearly: expected a number, got string 'x'",
        "roles[2].pay.range: low 59000 is above high 30000",
    ]


def test_lazy_reports_a_bad_role_when_it_is_used_with_the_path_of_a_whole_load(
    tmp_path: Path,
) -> None:
    """lazy=True loads the file; a bad role raises on use, with the same problem as at load."""
    dataset = cd.load_dataset(_file(tmp_path, ROLES), lazy=True)
    assert (len(dataset), dataset.info.name, list(dataset)) == (
        4,
        "mine",
        ["clerk", "cashier", "teller", "manager"],
    )
    assert dataset.find("office clerk").pay.yearly == cd.Money(41181)  # type: ignore[union-attr]
    assert dataset.find("11-3031").slug == "manager"
    for query, problem in (
        ("Cashier", "roles[1].pay.yearly: expected a number, got string 'x'"),
        ("teller", "roles[2].pay.range: low 59000 is above high 30000"),
    ):
        with pytest.raises(cd.ValidationError) as caught:
            dataset.find(query)
        assert _problems(caught.value) == [problem]
    with pytest.raises(cd.ValidationError):
        dataset.roles  # noqa: B018 - building every role meets the bad ones
    with pytest.raises(cd.ValidationError):  # a failed role is not kept as built
        dataset["cashier"]


def test_lazy_still_refuses_clashing_names_and_malformed_names_at_load(tmp_path: Path) -> None:
    """Names are indexed at load: repeated slugs and records without a usable title are
    reported then, with the messages and paths of a whole load, and so are name clashes (which
    a whole load reports once the roles themselves are valid)."""
    roles: list[Any] = [
        {"title": "Clerk"},
        {"title": "Teller", "aliases": ["clerk"]},
        {"title": "Clerk II", "slug": "clerk"},
        {"title": 5},
        "Cashier",
    ]
    with pytest.raises(cd.ValidationError) as whole:
        cd.load_dataset(_file(tmp_path, roles))
    with pytest.raises(cd.ValidationError) as lazy:
        cd.load_dataset(_file(tmp_path, roles), lazy=True)
    clash = "roles[1].aliases[0]: 'clerk' already names roles[0] ('clerk')"
    assert sorted(_problems(lazy.value)) == sorted([*_problems(whole.value), clash])


def test_lazy_checks_the_envelope_and_the_dataset_description_at_load(tmp_path: Path) -> None:
    """What is not a role (the envelope, the dataset object) is checked at load."""
    path = tmp_path / "bad.json"
    path.write_text('{"dataset": {"name": "Not A Slug"}, "roles": [], "extra": 1}', "utf-8")
    with pytest.raises(cd.ValidationError) as whole:
        cd.load_dataset(path)
    with pytest.raises(cd.ValidationError) as lazy:
        cd.load_dataset(path, lazy=True)
    assert _problems(lazy.value) == _problems(whole.value)
    assert len(_problems(lazy.value)) == 2


def test_a_lazily_built_role_is_built_once_and_kept(tmp_path: Path) -> None:
    """Every access, from any number of threads at once, gets the same role object."""
    dataset = cd.load_dataset(_file(tmp_path, [ROLES[0], ROLES[3]]), lazy=True)
    barrier = threading.Barrier(8)
    seen: list[cd.Role] = []

    def use() -> None:
        barrier.wait()
        seen.append(dataset["clerk"])

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(role) for role in seen}) == 1
    assert dataset.find("Clerk") is seen[0] is dataset.get("clerk")
    assert dataset.get("nobody", "default") == "default"


def test_lazy_and_whole_loads_give_equal_datasets(tmp_path: Path) -> None:
    """Iterating, values, rank and similar see the same roles whichever way a file loads."""
    roles = cd.load_dataset("customer-service").roles
    path = tmp_path / "mine.json"
    cd.dump_roles(roles, path, info=cd.DatasetInfo("mine"))
    whole, lazy = cd.load_dataset(path), cd.load_dataset(path, lazy=True)
    assert list(lazy.items()) == list(whole.items())
    assert lazy == whole
    assert rank(lazy.values(), "yearly_pay") == rank(whole.values(), "yearly_pay")
    target = whole["customer-service-manager"]
    assert similar(target, lazy, 3) == similar(target, whole, 3)


def test_a_csv_file_is_read_whole_even_when_lazy(tmp_path: Path) -> None:
    """CSV records have no lazy form: lazy=True reads and checks them all at load."""
    path = tmp_path / "roles.csv"
    cd.write_csv(cd.role_records(cd.load_dataset("customer-service").roles), path)
    text = path.read_text("utf-8")
    path.write_text(text.replace("61487", "many", 1), "utf-8")
    with pytest.raises(cd.ValidationError, match="records"):
        cd.load_dataset(path, lazy=True)


_COLD_PROBE = """
import json, sys
import careerdata
from careerdata import io
built = []
original = io._documents.structure_record
def counting(item, index):
    built.append(index)
    return original(item, index)
io._documents.structure_record = counting
import careerdata.datasets as d
d.structure_record = counting
dataset = careerdata.load_dataset("bls-oews-2025")
dataset.find("43-4051"), dataset.find("11-9111"), dataset.find("43-4051")
print(json.dumps([len(dataset), built]))
"""


def test_finding_two_roles_builds_two() -> None:
    """A cold lookup of two roles in the 830-role dataset structures those two only."""
    result = subprocess.run(  # noqa: S603 - fixed probe
        [sys.executable, "-I", "-c", _COLD_PROBE], capture_output=True, text=True, check=True
    )
    size, built = json.loads(result.stdout)
    assert (size > 800, len(built), len(set(built))) == (True, 2, 2)
