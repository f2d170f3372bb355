"""Check the built wheel and sdist hold what they must and nothing else.

Usage: ``python tools/check_dist.py dist``.  Exits non-zero naming every problem.
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from pathlib import Path

# Every language folder of the source tree ships its rules and, except English, its catalog;
# a folder with a glossary (terms.json) ships it.
_LANGUAGES = Path(__file__).resolve().parent.parent / "src" / "careerdata" / "text" / "languages"
_CATALOGUED = sorted(path.parent.parent.name for path in _LANGUAGES.glob("*/LC_MESSAGES/*.po"))
_FOLDERS = sorted(path.parent.name for path in _LANGUAGES.glob("*/__init__.py"))
_GLOSSARIES = sorted(path.parent.name for path in _LANGUAGES.glob("*/terms.json"))

# Files every wheel must contain (package data included).
REQUIRED = {
    "careerdata/__init__.py",
    "careerdata/py.typed",
    "careerdata/__main__.py",
    "careerdata/cli.py",
    "careerdata/bls.py",  # the deprecated alias, for one release
    "careerdata/sources/__init__.py",
    "careerdata/sources/bls/__init__.py",
    "careerdata/compare/__init__.py",
    "careerdata/text/__init__.py",
    "careerdata/data/__init__.py",
    "careerdata/data/datasets.json",
    "careerdata/data/customer-service.json",
    "careerdata/data/bls-oews-2025.json",
    "careerdata/data/roles.schema.json",
    "careerdata/text/page.css",  # the HTML page's default stylesheet (careerdata.text.stylesheet)
    "careerdata/text/languages/careerdata.pot",
    *(
        f"careerdata/text/languages/{language}/LC_MESSAGES/careerdata.{kind}"
        for language in _CATALOGUED
        for kind in ("po", "mo")
    ),
    *(f"careerdata/text/languages/{language}/__init__.py" for language in _FOLDERS),
    *(f"careerdata/text/languages/{language}/terms.json" for language in _GLOSSARIES),
}
# Package data patterns that must be present once the features that ship them exist.
REQUIRED_SUFFIXES: tuple[str, ...] = ()
ALLOWED_TOP = {"careerdata"}


def check_wheel(path: Path) -> list[str]:
    """Return the problems found in the wheel at ``path``."""
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
    problems = [f"{path.name}: missing {required}" for required in sorted(REQUIRED - set(names))]
    problems += [
        f"{path.name}: no file ending in {suffix}"
        for suffix in REQUIRED_SUFFIXES
        if not any(name.endswith(suffix) for name in names)
    ]
    for name in names:
        top = name.split("/", 1)[0]
        if top.endswith(".dist-info"):
            continue
        if top not in ALLOWED_TOP:
            problems.append(f"{path.name}: stray top-level entry {name}")
        if "__pycache__" in name or name.endswith((".pyc", ".po~", ".orig", ".rej")):
            problems.append(f"{path.name}: stray file {name}")
        if "/tests/" in name or name.startswith("tests/"):
            problems.append(f"{path.name}: test file inside the wheel: {name}")
    return problems


def check_sdist(path: Path) -> list[str]:
    """Return the problems found in the sdist at ``path``."""
    with tarfile.open(path) as sdist:
        names = sdist.getnames()
    root = names[0].split("/", 1)[0]
    needed = [
        "pyproject.toml",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "src/careerdata/__init__.py",
        "tools/catalogs.py",
        "requirements/test.txt",
        "requirements/lowest.txt",
        "tools/build_bls_oews.py",
        "src/careerdata/text/languages/de/LC_MESSAGES/careerdata.po",
    ]
    return [f"{path.name}: missing {n}" for n in needed if f"{root}/{n}" not in names]


def main(folder: str) -> int:
    """Check every distribution in ``folder``; print problems; return an exit status."""
    dist = Path(folder)
    wheels = sorted(dist.glob("*.whl"))
    sdists = sorted(dist.glob("*.tar.gz"))
    problems: list[str] = []
    if len(wheels) != 1 or len(sdists) != 1:
        problems.append(f"expected one wheel and one sdist in {dist}, found {wheels + sdists}")
    for wheel in wheels:
        problems += check_wheel(wheel)
    for sdist in sdists:
        problems += check_sdist(sdist)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"distributions OK: {', '.join(p.name for p in wheels + sdists)}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
