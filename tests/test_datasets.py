"""careerdata.datasets: embedded data, lookup, caching and the seed figures."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

import careerdata as cd
import strategies
from careerdata import datasets as ds_module
from careerdata.datasets import AmbiguousRoleError, Dataset
from careerdata.io import dump_roles
from careerdata.model import DatasetInfo, Role
from seed_figures import SEED_FIGURES

DATA = resources.files("careerdata.data")
MANIFEST = {
    entry["name"]: entry
    for entry in json.loads(DATA.joinpath("datasets.json").read_text("utf-8"))["datasets"]
}

# --------------------------------------------------------------------------- the seed figures


def _money(text: str) -> Decimal:
    return Decimal(text.removeprefix("$").replace(",", ""))


def _percent(text: str) -> float:
    return float(Decimal(text.removesuffix("%")) / 100)


def _shares(text: str) -> tuple[tuple[str, float], ...]:
    """ "Male, 44.1% Female, 55.9%" -> (("Male", 0.441), ("Female", 0.559))."""
    pairs = re.findall(r"\s*([^,]+?), (-?\d+(?:\.\d+)?%)", text)
    return tuple((name, _percent(share)) for name, share in pairs)


def _skill(text: str) -> tuple[str, float | None]:
    name, _, weight = text.partition(", ")
    return name, _percent(weight) if weight else None


def _band(text: str) -> tuple[Decimal, Decimal]:
    low, high = re.fullmatch(r"Between (\S+) And (\S+)", text).groups()  # type: ignore[union-attr]
    return _money(low), _money(high)


def _years(text: str) -> tuple[int, int]:
    low, high = re.fullmatch(r"(\d+)-(\d+) years", text).groups()  # type: ignore[union-attr]
    return int(low), int(high)


def _degree(text: str) -> tuple[str, float]:
    ((name, share),) = _shares(text)
    return name, share


#: Label -> how to read the page's text.
_PARSE: dict[str, Callable[[Any], Any]] = {
    "Title": str,
    "Yearly salary": _money,
    "Hourly rate": _money,
    "Growth rate": _percent,
    "Number of jobs": lambda text: int(text.replace(",", "")),
    "Job satisfaction": float,
    "Most common degree": _degree,
    "Average age": float,
    "Years of experience": float,
    "Time to become": _years,
    "Salary range": _band,
    "Highest paying City": str,
    "Highest paying state": str,
    "Best paying company": str,
    "Best paying industry": str,
    "Most common major": str,
    "Most common college": str,
    "Gender ratio": _shares,
    "Race ratio": _shares,
    "LGBT Percentage": _percent,
    "Skills": lambda skills: tuple(_skill(skill) for skill in skills),
}


def _expected(figures: dict[str, Any]) -> dict[str, Any]:
    return {label: None if text == "-" else _PARSE[label](text) for label, text in figures.items()}


def _get(value: object, path: str) -> Any:
    """Follow a dotted path of attributes; None as soon as a group is missing."""
    for name in path.split("."):
        if value is None:
            return None
        value = getattr(value, name)
    return value


def _pair(value: object, first: str, second: str) -> tuple[Any, Any] | None:
    return None if value is None else (getattr(value, first), getattr(value, second))


def _shares_of(distribution: object) -> tuple[tuple[str, float], ...] | None:
    if distribution is None:
        return None
    return tuple((item.category, item.share) for item in distribution)  # type: ignore[attr-defined]


def _actual(role: Role) -> dict[str, Any]:
    """The role's figures in the same shape as the parsed table."""
    return {
        "Title": role.title,
        "Yearly salary": _get(role, "pay.yearly.amount"),
        "Hourly rate": _get(role, "pay.hourly.amount"),
        "Growth rate": _get(role, "outlook.growth_rate"),
        "Number of jobs": _get(role, "outlook.jobs"),
        "Job satisfaction": _get(role, "career.satisfaction"),
        "Most common degree": _pair(role.education, "degree", "degree_share"),
        "Average age": _get(role, "demographics.average_age"),
        "Years of experience": _get(role, "career.experience_years"),
        "Time to become": _pair(_get(role, "career.time_to_become"), "low", "high"),
        "Salary range": _pair(_get(role, "pay.range"), "low", "high")
        and (
            _get(role, "pay.range.low.amount"),
            _get(role, "pay.range.high.amount"),
        ),
        "Highest paying City": _get(role, "pay.leaders.city.name"),
        "Highest paying state": _get(role, "pay.leaders.state.name"),
        "Best paying company": _get(role, "pay.leaders.company.name"),
        "Best paying industry": _get(role, "pay.leaders.industry.name"),
        "Most common major": _get(role, "education.major"),
        "Most common college": _get(role, "education.college"),
        "Gender ratio": _shares_of(_get(role, "demographics.gender")),
        "Race ratio": _shares_of(_get(role, "demographics.race")),
        "LGBT Percentage": _get(role, "demographics.lgbt_share"),
        "Skills": tuple((skill.name, skill.weight) for skill in role.skills),
    }


@pytest.fixture(scope="module")
def seed() -> Dataset:
    return cd.load_dataset("customer-service")


def test_customer_service_holds_the_six_seed_roles_once(seed: Dataset) -> None:
    """Six distinct roles, in the table's order; Customer Service Manager once."""
    assert tuple(seed) == tuple(SEED_FIGURES)
    assert [role.title for role in seed.values()].count("Customer Service Manager") == 1


@pytest.mark.parametrize("slug", list(SEED_FIGURES))
def test_every_figure_matches_the_hand_transcribed_table(seed: Dataset, slug: str) -> None:
    """Each figure of the role equals the page's, and blanks on the page are missing here."""
    assert _actual(seed[slug]) == _expected(SEED_FIGURES[slug])


@pytest.mark.parametrize("slug", list(SEED_FIGURES))
def test_roles_carry_nothing_the_pages_do_not_give(seed: Dataset, slug: str) -> None:
    """No percentiles, leader pay or SOC code were invented; money is exact USD."""
    role = seed[slug]
    assert role.pay is not None
    assert (role.soc_code, role.pay.yearly_percentiles, role.pay.hourly_percentiles) == (
        None,
        None,
        None,
    )
    leaders = list(role.pay.leaders.items()) if role.pay.leaders else []
    assert [leader.yearly for _, leader in leaders] == [None] * len(leaders)
    assert {money.currency for _, money in role.pay.amounts()} == {"USD"}
    assert not any(money.at_least for _, money in role.pay.amounts())


@pytest.mark.parametrize("slug", list(SEED_FIGURES))
def test_roles_have_text_titles_and_a_source(seed: Dataset, slug: str) -> None:
    """A description, 4-6 responsibilities, titles in eight languages and the retrieval date."""
    role = seed[slug]
    assert role.description is not None
    assert 4 <= len(role.responsibilities) <= 6
    languages = [title.language for title in role.titles]
    # A regional variant's title (fr_CA, nl_BE, pt_PT) follows its language's, where it differs.
    assert [code for code in languages if "_" not in code] == [
        *("de", "fr", "es", "it", "ja", "nl", "pl", "pt")
    ]
    assert "pt_PT" in languages
    assert {code for code in languages if "_" in code} <= {"fr_CA", "nl_BE", "pt_PT"}
    assert all(
        languages.index(code) > languages.index(code[:2]) for code in languages if "_" in code
    )
    assert role.source is not None
    assert role.source.retrieved == dt.date(2026, 11, 23)


def test_dataset_info_describes_its_source(seed: Dataset) -> None:
    """The dataset names itself and says where its figures come from."""
    info = seed.info
    assert (info.name, info.title) == ("customer-service", "Customer service roles")
    assert info.source is not None
    assert info.source.retrieved == dt.date(2026, 11, 23)


@pytest.mark.parametrize("name", cd.datasets())
def test_embedded_files_are_byte_stable_and_as_the_manifest_says(name: str) -> None:
    """Dumping an embedded dataset reproduces its file; its name and title are the manifest's."""
    dataset = cd.load_dataset(name)
    entry = MANIFEST[name]
    text = resources.files("careerdata.data").joinpath(entry["file"]).read_text("utf-8")
    indent = 2 if text.startswith("{\n") else None
    assert dump_roles(dataset.roles, info=dataset.info, indent=indent) == text
    assert (name, entry["title"]) == (dataset.info.name, dataset.info.title)


# --------------------------------------------------------------------------- lookup


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("customer-care-supervisor", "customer-care-supervisor"),
        ("Customer Care Supervisor", "customer-care-supervisor"),
        ("  customer   CARE supervisor ", "customer-care-supervisor"),
        ("Call Center Manager", "contact-center-manager"),
        ("customer service operations manager", "customer-service-operations-manager"),
        ("Customer Service/Operations Manager", "customer-service-operations-manager"),
    ],
)
def test_find_accepts_slug_title_alias_in_any_case(seed: Dataset, query: str, slug: str) -> None:
    """Slugs, titles and aliases match case- and space-insensitively; so do slugified titles."""
    assert seed.find(query).slug == slug


def test_find_unknown_suggests_close_names(seed: Dataset) -> None:
    """A typo gets the closest titles; a word gets the titles that contain it."""
    with pytest.raises(cd.RoleNotFoundError) as caught:
        seed.find("custmer service manger")
    assert caught.value.suggestions == (
        "Customer Service Manager",
        "Customer Service Leader",
        "Customer Care Manager",
    )
    assert str(caught.value) == (
        "no role matches 'custmer service manger'; did you mean 'Customer Service Manager', "
        "'Customer Service Leader', 'Customer Care Manager'?"
    )
    assert seed.suggest("supervisor") == ("Customer Care Supervisor",)
    assert seed.suggest("zzz") == ()


def test_getitem_is_by_exact_slug_and_raises_a_key_error(seed: Dataset) -> None:
    """Unknown slugs raise RoleNotFoundError, a KeyError and a ValueError, with suggestions."""
    with pytest.raises(KeyError) as caught:
        seed["customer-care-superviser"]
    assert isinstance(caught.value, cd.RoleNotFoundError)
    assert isinstance(caught.value, ValueError)
    assert caught.value.suggestions[0] == "Customer Care Supervisor"
    assert "Customer Care Supervisor" not in seed
    assert seed.get("Customer Care Supervisor") is None
    assert seed.get("customer-care-supervisor") is seed["customer-care-supervisor"]


def test_a_dataset_is_read_only(seed: Dataset) -> None:
    """No item assignment, no new attributes."""
    with pytest.raises(TypeError):
        seed["x"] = Role(title="X")  # type: ignore[index]
    with pytest.raises(AttributeError):
        seed.extra = 1  # type: ignore[attr-defined]


def test_a_dataset_is_a_mapping(seed: Dataset) -> None:
    """Length, iteration, values and equality follow the Mapping protocol."""
    assert len(seed) == 6
    assert dict(seed) == {role.slug: role for role in seed.roles}
    assert seed == Dataset.from_roles(seed.roles)
    assert repr(seed) == "<Dataset 'customer-service': 6 roles>"


@given(st.lists(strategies.roles(), max_size=5))
def test_every_role_is_found_by_each_of_its_names(roles: list[Role]) -> None:
    """In any dataset whose names do not clash, each name finds its own role."""
    try:
        dataset = Dataset.from_roles(roles)
    except cd.ValidationError:
        reject()
    for role in roles:
        names = [role.slug, role.title, *role.aliases]
        assert [dataset.find(name) for name in names] == [role] * len(names)


# --------------------------------------------------------------------------- own roles


def test_from_roles_rejects_repeated_slugs_and_clashing_names() -> None:
    """Every slug, title and alias must name one role; each clash is reported with its path."""
    roles = [
        Role(title="Clerk", aliases=("Office Clerk",)),
        Role(title="Cashier"),
        Role(title="Clerk II", slug="clerk"),
        Role(title="Teller", aliases=("office  CLERK", "cashier")),
    ]
    with pytest.raises(cd.ValidationError) as caught:
        Dataset.from_roles(roles)
    assert [str(problem) for problem in caught.value.problems] == [
        "roles[2].slug: 'clerk' repeats roles[0]",
        "roles[3].aliases[0]: 'office  CLERK' already names roles[0] ('clerk')",
        "roles[3].aliases[1]: 'cashier' already names roles[1] ('cashier')",
    ]


def test_from_roles_rejects_what_is_not_a_role() -> None:
    """Items that are not roles are named by position."""
    with pytest.raises(cd.ValidationError, match=r"roles\[0\]: expected a Role, got 'Clerk'"):
        Dataset.from_roles(["Clerk"])  # type: ignore[list-item]


def test_a_shared_soc_code_is_ambiguous_and_a_unique_one_finds_its_role() -> None:
    """SOC codes may be shared; finding by a shared one names every role it covers."""
    dataset = Dataset.from_roles(
        [
            Role(title="Clerk", soc_code="43-4051"),
            Role(title="Agent", soc_code="43-4051"),
            Role(title="Cashier", soc_code="41-2011"),
        ],
        DatasetInfo("mine"),
    )
    assert dataset.find("41-2011").slug == "cashier"
    with pytest.raises(AmbiguousRoleError) as caught:
        dataset.find("43-4051")
    assert str(caught.value) == "'43-4051' names several roles: 'clerk', 'agent'; use a slug"
    assert isinstance(caught.value, cd.RoleNotFoundError)


def test_from_roles_without_info_is_named_roles() -> None:
    """Roles without a description get a dataset named "roles"."""
    assert Dataset.from_roles([]).info == DatasetInfo("roles")


# --------------------------------------------------------------------------- loading


def test_load_dataset_reads_a_users_file(tmp_path: Path) -> None:
    """A path (str or PathLike) loads; a bare array is named after the file."""
    path = tmp_path / "My Roles.json"
    path.write_text(dump_roles([Role(title="Clerk")]), encoding="utf-8")
    for source in (path, str(path)):
        dataset = cd.load_dataset(source)
        assert (dataset.info.name, list(dataset)) == ("my-roles", ["clerk"])


def test_load_dataset_keeps_a_files_own_info(tmp_path: Path) -> None:
    """A file with a "dataset" object keeps its description."""
    path = tmp_path / "x.json"
    info = DatasetInfo("mine", title="Mine")
    path.write_text(dump_roles([Role(title="Clerk")], info=info), encoding="utf-8")
    assert cd.load_dataset(path).info == info


def test_unknown_dataset_names_the_available_ones() -> None:
    """A name that is neither embedded nor a file lists what there is."""
    with pytest.raises(cd.UnknownDatasetError) as caught:
        cd.load_dataset("customer-services")
    assert "customer-service" in caught.value.available
    assert str(caught.value).startswith("unknown dataset 'customer-services'; available: ")


def test_a_missing_json_path_is_a_data_file_error(tmp_path: Path) -> None:
    """Something that looks like a path but is not there is a file error."""
    with pytest.raises(cd.DataFileError, match="no such file"):
        cd.load_dataset(str(tmp_path / "missing.json"))


def test_embedded_datasets_are_loaded_once_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    """Concurrent first uses build one dataset object, shared by every caller."""
    monkeypatch.setattr(ds_module, "_CACHE", {})
    built: list[str] = []
    original = ds_module._load_embedded

    def counting(name: str) -> Dataset:
        built.append(name)
        return original(name)

    monkeypatch.setattr(ds_module, "_load_embedded", counting)
    barrier = threading.Barrier(8)
    results: list[Dataset] = []

    def load() -> None:
        barrier.wait()
        results.append(cd.load_dataset("customer-service"))

    threads = [threading.Thread(target=load) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert built == ["customer-service"]
    assert len({id(result) for result in results}) == 1
    assert len(results) == 8


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data package of the test's own, its manifest read afresh."""
    monkeypatch.setattr(ds_module, "_data_dir", lambda: tmp_path)
    monkeypatch.setattr(ds_module, "_CACHE", {})
    ds_module._manifest.cache_clear()
    yield tmp_path
    ds_module._manifest.cache_clear()


def _write_manifest(folder: Path, manifest: object) -> None:
    (folder / "datasets.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_every_json_file_of_the_data_package_is_listed_or_not_a_dataset() -> None:
    """The manifest lists each dataset file shipped; only the schema and itself are not."""
    files = {entry.name for entry in DATA.iterdir() if entry.name.endswith(".json")}
    listed = {entry["file"] for entry in MANIFEST.values()}
    assert files - listed == {"datasets.json", "roles.schema.json"}
    assert listed <= files
    assert tuple(sorted(MANIFEST)) == cd.datasets()


def test_the_manifest_not_the_file_names_lists_the_datasets(data_dir: Path) -> None:
    """A listed dataset loads from the file the manifest names; an unlisted file is ignored."""
    (data_dir / "roles-v1.json").write_text("[]", encoding="utf-8")
    (data_dir / "stray.json").write_text("[]", encoding="utf-8")
    _write_manifest(
        data_dir, {"datasets": [{"name": "b", "file": "roles-v1.json", "title": "Roles"}]}
    )
    assert cd.datasets() == ("b",)
    assert dict(ds_module.dataset_titles()) == {"b": "Roles"}
    assert cd.load_dataset("b").info == DatasetInfo("b")
    with pytest.raises(cd.UnknownDatasetError):
        cd.load_dataset("stray")


def test_titles_come_from_the_manifest_without_loading_a_dataset() -> None:
    """dataset_titles gives each dataset's title; no dataset is read for it."""
    code = (
        "import careerdata.datasets as d; t = dict(d.dataset_titles()); "
        "assert d._CACHE == {}, d._CACHE; print(t)"
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    expected = {name: entry["title"] for name, entry in MANIFEST.items()}
    assert str(expected) == result.stdout.strip()


@pytest.mark.parametrize(
    ("manifest", "problem"),
    [
        ([], 'datasets.json: expected {"datasets": '),
        ({"datasets": [{"name": "a", "file": "a.json"}]}, "datasets.json:datasets[0]: expected"),
        ({"datasets": ["a.json"]}, "datasets.json:datasets[0]: expected an object"),
        (
            {"datasets": [{"name": "a", "file": "a.json", "title": "A"}] * 2},
            "datasets.json:datasets[1].name: 'a' is listed twice",
        ),
    ],
)
def test_a_broken_manifest_names_the_problem(
    data_dir: Path, manifest: object, problem: str
) -> None:
    """A malformed manifest is a DataFileError saying what is wrong and where."""
    _write_manifest(data_dir, manifest)
    with pytest.raises(cd.DataFileError) as caught:
        cd.datasets()
    assert str(caught.value).startswith(problem)


def test_nothing_is_loaded_at_import() -> None:
    """Importing the package and the module reads no dataset."""
    code = (
        "import careerdata.datasets as d; "
        "assert (d._CACHE, d._manifest.cache_info().currsize) == ({}, 0)"
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stderr) == (0, "")
