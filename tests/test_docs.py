"""The documentation builds without warnings, and every example in it runs.

The ``pycon`` examples of ``docs/**/*.md`` run as doctests (``--doctest-glob=*.md``, in a
scratch folder set up by ``docs/conftest.py``); this module checks that every code block is one
of the kinds that is run, runs the shell sessions (``console`` blocks) through the CLI and the
catalog commands of the locale how-to (``sh`` blocks) in a copy of the sources, and checks the
example role files the pages show.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest
from sphinx.util.inventory import InventoryFile

import careerdata
from careerdata import model
from careerdata.cli import main
from careerdata.io import load_document, schema

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
EXAMPLE_FILES = sorted((DOCS / "examples").glob("*.json"))
FENCE = re.compile(r"^(`{3,})([^\s`]*)[^\n]*\n(.*?)^\1[ \t]*$", re.MULTILINE | re.DOTALL)
# Block languages and how each is checked: pycon by the doctest run, console here through the
# CLI, sh here (catalog commands) or not at all (installing from PyPI), text and json are not
# code (directory trees, the error hierarchy; JSON files are checked below).
RUN_LANGUAGES = {"pycon", "console", "sh"}
PLAIN_LANGUAGES = {"text", "json", "{literalinclude}", "{eval-rst}", "{toctree}", "{include}"}
# Shell commands shown but not run by the tests, each with why.
LOCALES = ROOT / "src" / "careerdata" / "text" / "languages"
CLONE = "git clone https://github.com/careerdata/careerdata.git"
INSTALL = "python -m pip install ./careerdata"
NOT_RUN = {
    CLONE: "run by test_the_install_the_tutorial_shows_works_from_a_clone",
    INSTALL: "run by test_the_install_the_tutorial_shows_works_from_a_clone",
    "python -m pytest tests/test_text_catalogs.py": "runs in the test suite itself",
    "python -m pytest tests/test_text_catalogs.py tests/test_text_grammar.py "
    "tests/test_add_a_language.py": "runs in the test suite itself",
}


def _load_docs_conftest() -> ModuleType:
    """docs/conftest.py, which knows which files a page asks its reader to save."""
    spec = importlib.util.spec_from_file_location("docs_conftest", DOCS / "conftest.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_files_to_save = _load_docs_conftest().files_to_save
PUBLIC_MODULES = (
    "careerdata",
    "careerdata.model",
    "careerdata.figures",
    "careerdata.errors",
    "careerdata.io",
    "careerdata.datasets",
    "careerdata.compare",
    "careerdata.text",
    "careerdata.interop",
    "careerdata.batch",
    "careerdata.sources",
    "careerdata.sources.bls",
    "careerdata.cli",
)


def _blocks(language: str | None = None) -> list[tuple[Path, str, str]]:
    """(page, language, body) of every fenced block, optionally of one language."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        found.extend(
            (page, match.group(2), match.group(3))
            for match in FENCE.finditer(text)
            if language is None or match.group(2) == language
        )
    return found


def _id(block: tuple[Path, str, str]) -> str:
    page, _, body = block
    return f"{page.relative_to(DOCS)}:{body.splitlines()[0][:40] if body else ''}"


# --------------------------------------------------------------------------- the build


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path_factory.mktemp("html")
    result = subprocess.run(  # noqa: S603 - fixed argument list
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            str(DOCS),
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return result, out


@pytest.mark.slow
def test_sphinx_builds_with_warnings_as_errors(
    built: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    """`sphinx-build -W` succeeds: no broken references, directives or docstrings."""
    result, _ = built
    assert result.returncode == 0, result.stdout + result.stderr


def _inventory(built: tuple[subprocess.CompletedProcess[str], Path]) -> Any:
    """The objects.inv of a successful docs build."""
    result, out = built
    assert result.returncode == 0, result.stdout + result.stderr
    with (out / "objects.inv").open("rb") as stream:
        return InventoryFile.load(stream, "", lambda base, uri: uri)


@pytest.mark.slow
def test_api_reference_documents_every_public_module_and_name(
    built: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    """Every public module and every name exported by `careerdata` has an API entry."""
    inventory = _inventory(built)
    modules = set(inventory.get("py:module", {}))
    assert set(PUBLIC_MODULES) <= modules
    # Objects, not modules: `careerdata.datasets` the module documents `careerdata.datasets()`
    # (the module is callable), every other public name has an entry of its own.
    documented = {
        name.rsplit(".", 1)[-1]
        for kind, entries in inventory.items()
        if kind.startswith("py:") and kind != "py:module"
        for name in entries
        if name.startswith("careerdata.")
    }
    missing = [name for name in careerdata.__all__ if name not in documented | {"datasets"}]
    assert missing == []
    summary = (DOCS / "api.md").read_text(encoding="utf-8")
    unlisted = [
        name
        for name in careerdata.__all__
        if name != "datasets"
        and not re.search(rf"^   ~careerdata\.[\w.]+\.{name}$", summary, re.MULTILINE)
    ]
    assert unlisted == [], "add them to the summary table at the top of docs/api.md"


@pytest.mark.slow
def test_api_reference_lists_every_model_name_under_careerdata_model(
    built: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    """The model package's automodule documents each public name as careerdata.model.NAME."""
    inventory = _inventory(built)
    documented = {name for entries in inventory.values() for name in entries}
    missing = [name for name in model.__all__ if f"careerdata.model.{name}" not in documented]
    assert missing == []


# --------------------------------------------------------------------------- code blocks


def test_every_code_block_is_run_or_is_not_code() -> None:
    """No block is shown unchecked: Python only as pycon doctests, shell only as run sessions."""
    languages = {language for _, language, _ in _blocks()}
    assert languages <= RUN_LANGUAGES | PLAIN_LANGUAGES, languages - RUN_LANGUAGES - PLAIN_LANGUAGES


@pytest.mark.parametrize("block", _blocks("pycon"), ids=_id)
def test_pycon_blocks_are_doctests(block: tuple[Path, str, str]) -> None:
    """A pycon block starts with a prompt and ends with a blank line, so doctest runs all of it."""
    _, _, body = block
    assert body.startswith(">>> ")
    assert body.endswith("\n\n"), "a blank line must end the example, or the fence is its output"


def _sessions() -> list[tuple[Path, str, list[tuple[str, str]]]]:
    """Every console block as (page, first command, [(command, shown output)])."""
    sessions = []
    for page, _, body in _blocks("console"):
        steps: list[tuple[str, str]] = []
        for line in body.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], ""))
            else:
                command, shown = steps[-1]
                steps[-1] = (command, shown + line + "\n")
        sessions.append((page, steps[0][0], steps))
    return sessions


def _run_careerdata(argv: list[str]) -> tuple[int, str]:
    """Run the CLI as the shell would: status, and stdout then stderr as the terminal shows."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as done:  # --help and --version exit through argparse
            status = done.code if isinstance(done.code, int) else 0
    return status, out.getvalue() + err.getvalue()


@pytest.mark.parametrize(
    "session", _sessions(), ids=lambda s: f"{s[0].relative_to(DOCS)}:{s[1][:50]}"
)
def test_console_sessions_show_what_the_cli_prints(
    session: tuple[Path, str, list[tuple[str, str]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each `$ careerdata ...` line prints exactly the lines shown under it; `$ echo $?` its status.

    The session runs as a reader runs it: in an empty folder holding only the files its page
    says to save.
    """
    for name, content in _files_to_save(session[0]):
        (tmp_path / name).write_bytes(content)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")  # argparse wraps --help to the terminal width
    status = 0
    for command, shown in session[2]:
        if command in NOT_RUN:
            assert shown == ""
            continue
        if command == "echo $?":
            assert shown == f"{status}\n"
            continue
        words = shlex.split(command)
        assert words[0] == "careerdata", f"only careerdata commands run here: {command}"
        target = None
        if ">" in words:
            words, target = words[: words.index(">")], words[words.index(">") + 1]
        status, printed = _run_careerdata(words[1:])
        if target is not None:
            Path(target).write_text(printed, encoding="utf-8")
            assert status == 0
            assert Path(target).stat().st_size > 0
            printed = ""
        assert printed == shown, command


def _sh_commands() -> list[str]:
    commands = []
    for _, _, body in _blocks("sh"):
        commands.extend(line for line in body.splitlines() if line.strip())
    return commands


_CATALOG_TOOL = "python tools/catalogs.py"


def test_sh_commands_are_known() -> None:
    """Every sh command is either one of the catalog commands run below or listed as not run."""
    for command in _sh_commands():
        assert command.startswith(_CATALOG_TOOL) or command in NOT_RUN, command


@pytest.mark.slow
def test_catalog_commands_of_the_locale_howto_work(tmp_path: Path) -> None:
    """The catalog commands add a language to a copy of the sources, in the order shown."""
    (tmp_path / "tools").mkdir()
    shutil.copy(ROOT / "tools" / "catalogs.py", tmp_path / "tools" / "catalogs.py")
    shutil.copytree(ROOT / "src" / "careerdata" / "text", tmp_path / "src" / "careerdata" / "text")
    registry = Path("src", "careerdata", "figures.py")  # the labels of the figures
    shutil.copy(ROOT / registry, tmp_path / registry)
    for command in _sh_commands():
        if not command.startswith(_CATALOG_TOOL):
            continue
        words = [sys.executable, *shlex.split(command)[1:]]
        result = subprocess.run(words, cwd=tmp_path, capture_output=True, text=True, check=False)  # noqa: S603
        assert result.returncode == 0, command + "\n" + result.stderr
    locales = tmp_path / "src" / "careerdata" / "text" / "languages"
    assert (locales / "ca" / "LC_MESSAGES" / "careerdata.po").is_file()
    assert (locales / "ca" / "LC_MESSAGES" / "careerdata.mo").is_file()
    assert (locales / "careerdata.pot").read_bytes() == (LOCALES / "careerdata.pot").read_bytes()


# --------------------------------------------------------------------------- example files


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_files_load_and_match_the_schema(path: Path) -> None:
    """Each role file the docs show loads, and the shipped JSON Schema accepts it too."""
    document = load_document(path)
    assert document.roles
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema())


def _keys(value: object) -> set[str]:
    """Every key of every object in a JSON value."""
    if isinstance(value, dict):
        return set(value).union(*(_keys(item) for item in value.values()))
    if isinstance(value, list):
        return set().union(*(_keys(item) for item in value))
    return set()


def test_full_example_uses_every_field_of_the_schema() -> None:
    """full.json shows every property of every object the schema defines."""
    used = _keys(json.loads((DOCS / "examples" / "full.json").read_text(encoding="utf-8")))
    defined = {
        name
        for definition in schema()["$defs"].values()
        for name in definition.get("properties", {})
    }
    assert defined - used == set()


# --------------------------------------------------------------------------- as a reader


def test_each_example_file_is_one_a_page_asks_the_reader_to_save() -> None:
    """Every file in docs/examples is saved by some page, with exactly its bytes."""
    saved = {name: content for page in PAGES for name, content in _files_to_save(page)}
    assert {path.name: path.read_bytes() for path in EXAMPLE_FILES} == {
        name: saved.get(name) for name in (path.name for path in EXAMPLE_FILES)
    }


def test_save_instructions_take_the_next_block(tmp_path: Path) -> None:
    """ "Save this as `x`" names the file; the next json block or literalinclude is its content."""
    page = tmp_path / "page.md"
    (tmp_path / "included.json").write_text('{"b": 2}\n', encoding="utf-8")
    page.write_text(
        "Intro, no file.\n\n```json\n[]\n```\n\nSave this\nas `a.json`:\n\n```json\n"
        '{"a": 1}\n```\n\nThen save the other file as `b.json`:\n\n'
        "```{literalinclude} included.json\n:language: json\n```\n",
        encoding="utf-8",
    )
    assert _files_to_save(page) == [("a.json", b'{"a": 1}\n'), ("b.json", b'{"b": 2}\n')]


@pytest.mark.slow
def test_the_install_the_tutorial_shows_works_from_a_clone(tmp_path: Path) -> None:
    """The tutorial's clone-and-install steps give a working careerdata in a fresh venv.

    The clone is of this checkout (the tests cannot reach the public repository); pip builds
    and installs it as it would the published one.
    """
    steps = [step for page, _, steps in _sessions() if page.name == "tutorial.md" for step in steps]
    assert [command for command, _ in steps[:2]] == [CLONE, INSTALL]
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (an sdist): there is nothing to clone")
    git = shutil.which("git")
    assert git is not None

    def run(*words: str) -> str:
        done = subprocess.run(words, cwd=tmp_path, capture_output=True, text=True, check=False)  # noqa: S603
        assert done.returncode == 0, " ".join(words) + "\n" + done.stdout + done.stderr
        return done.stdout

    run(git, "clone", "--quiet", str(ROOT), "careerdata")
    run(sys.executable, "-m", "venv", "venv")
    python = str(tmp_path / "venv" / "bin" / "python")
    run(python, *shlex.split(INSTALL)[1:], "--quiet")
    assert (
        run(str(tmp_path / "venv" / "bin" / "careerdata"), "--version")
        .strip()
        .endswith(careerdata.__version__)
    )
    located = run(python, "-I", "-c", "import careerdata; print(careerdata.__file__)")
    assert "site-packages" in located
