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
    """`import careerdata` leaves io, datasets, text, babel and cattrs unloaded."""
    probe = "import sys, careerdata; print('\\n'.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run(  # noqa: S603 - fixed probe
            [sys.executable, "-I", "-c", probe], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    heavy = {
        "careerdata.io",
        "careerdata.datasets",
        "careerdata.text",
        "careerdata.cli",
        "babel.numbers",
        "babel.core",
        "cattrs",
    }
    assert loaded & heavy == set()


def _type_checking_imports() -> dict[str, str]:
    """The names `careerdata/__init__.py` imports for type checkers only, with their modules."""
    tree = ast.parse(Path(cd.__file__).read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    return {
        alias.name: statement.module or ""
        for statement in block.body
        if isinstance(statement, ast.ImportFrom)
        for alias in statement.names
    }


def test_lazy_names_are_the_type_checking_imports_and_in_all() -> None:
    """Each lazily served name is imported for type checkers from the module serving it, and
    exported."""
    lazy = cd._LAZY  # type: ignore[attr-defined]
    assert (lazy, set(lazy) <= set(cd.__all__)) == (_type_checking_imports(), True)
