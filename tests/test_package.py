"""The package surface: version, exported names, and nothing heavy at import time."""

from __future__ import annotations

import ast
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

import careerdata as cd


def test_version_is_the_distribution_version() -> None:
    """`careerdata.__version__` is single-sourced from the package metadata."""
    assert version("careerdata") == cd.__version__


def test_all_is_sorted_and_every_name_resolves() -> None:
    """Every name in `__all__` is importable from the top-level package."""
    assert sorted(cd.__all__) == cd.__all__
    missing = [name for name in cd.__all__ if getattr(cd, name, None) is None]
    assert missing == []


def test_dir_lists_the_public_names() -> None:
    """`dir(careerdata)` shows the lazily served names too."""
    assert set(cd.__all__) <= set(dir(cd))


def test_unknown_attribute_raises_attribute_error() -> None:
    """A typo gives the usual AttributeError, not a crash in the lazy loader."""
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = cd.no_such_name  # type: ignore[attr-defined]


def test_import_loads_no_dataset_catalog_or_cldr_data() -> None:
    """`import careerdata` loads none of its modules: not even the model, nor attrs or babel."""
    probe = "import sys, careerdata; print('\\n'.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run(  # noqa: S603 - fixed probe
            [sys.executable, "-I", "-c", probe], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    ours = {name for name in loaded if name.startswith("careerdata.")}
    assert (ours, loaded & {"attrs", "babel", "babel.core", "cattrs"}) == (set(), set())


def _type_checking_imports() -> list[tuple[str, str, str | None]]:
    """What `careerdata/__init__.py` imports for type checkers only: (module, name, as name)."""
    tree = ast.parse(Path(cd.__file__).read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    return [
        (statement.module or "", alias.name, alias.asname)
        for statement in block.body
        if isinstance(statement, ast.ImportFrom)
        for alias in statement.names
    ]


def test_lazy_names_are_the_type_checking_imports_and_all() -> None:
    """Each lazily served name is re-exported for type checkers (``X as X``) from the module
    serving it, and ``__all__`` is exactly those names."""
    imported = _type_checking_imports()
    served = [(module, name) for module, names in cd._LAZY.items() for name in names]  # type: ignore[attr-defined]
    assert [asname for _, name, asname in imported if asname != name] == []
    assert sorted((module, name) for module, name, _ in imported) == sorted(served)
    assert sorted(name for _, name in served) == cd.__all__


def test_each_name_is_served_from_one_module() -> None:
    """No public name is listed under two modules (the later would win silently)."""
    names = [name for listed in cd._LAZY.values() for name in listed]  # type: ignore[attr-defined]
    assert len(names) == len(set(names))


def test_a_submodule_does_not_hide_the_name_it_shares() -> None:
    """Importing careerdata.compare or careerdata.datasets first leaves the public names."""
    probe = (
        "import sys, careerdata.datasets, careerdata.compare, careerdata as cd; "
        "print(type(cd.compare).__name__, 'customer-service' in cd.datasets(), "
        "cd.compare is sys.modules['careerdata.compare'].compare)"
    )
    result = subprocess.run(  # noqa: S603 - fixed probe
        [sys.executable, "-I", "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["function", "True", "True"]
