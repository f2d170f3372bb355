"""careerdata.batch: every pair of a dataset, in order, the same on every path (serial, pool, Dask)."""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import careerdata as cd
from careerdata import batch
from careerdata.batch import Page, dask_pairs, pairs, write_folder, write_jsonl
from careerdata.batch import _run as batch_run
from careerdata.errors import (
    CareerDataError,
    CurrencyMismatchError,
    UnknownLocaleError,
    ValidationError,
)
from careerdata.model import Money, Pay, Role

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ["en_US", "de_DE"]
FORMATS = ["summary", "markdown"]


@pytest.fixture(scope="module")
def serial() -> list[Page]:
    """The reference output: the serial path over the seed dataset."""
    return list(pairs("customer-service", LOCALES, FORMATS, jobs=1))


def test_serial_order_is_pairs_then_locales_then_formats(serial: list[Page]) -> None:
    """Ordered pairs a != b in dataset order, then locale, then format, as documented."""
    slugs = list(cd.load_dataset("customer-service"))
    expected = [
        (a, b, locale, form)
        for a in slugs
        for b in slugs
        if a != b
        for locale in LOCALES
        for form in FORMATS
    ]
    assert expected == [(p.a, p.b, p.locale, p.format) for p in serial]


def test_pages_hold_the_text_api_output(serial: list[Page]) -> None:
    """Each page is exactly what summarize/render give for its pair."""
    roles = cd.load_dataset("customer-service")
    for page in serial[:8]:
        comparison = cd.compare(roles[page.a], roles[page.b])
        if page.format == "summary":
            expected = cd.summarize(comparison, page.locale)
        else:
            expected = cd.render(comparison, page.locale, page.format)
        assert expected == page.text


def test_process_pool_output_is_identical_to_serial(serial: list[Page]) -> None:
    """Two workers, many small tasks: the same pages in the same order."""
    assert serial == list(pairs("customer-service", LOCALES, FORMATS, jobs=2, chunk_size=4))


def test_pool_started_beside_other_threads_does_not_fork(serial: list[Page]) -> None:
    """With another thread running, workers start fresh interpreters and still agree."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert batch_run._pool_context().get_start_method() != "fork"
        pooled = list(pairs("customer-service", LOCALES, FORMATS, jobs=2, chunk_size=10))
    finally:
        stop.set()
        thread.join()
    assert serial == pooled


def test_every_core_is_the_default_and_agrees(serial: list[Page]) -> None:
    """jobs=-1 (the default) gives the serial output."""
    assert serial == list(pairs("customer-service", LOCALES, FORMATS, chunk_size=7))


def test_a_dataset_object_or_roles_give_the_same_pages(serial: list[Page]) -> None:
    """A name, a Dataset and a list of roles are the same input."""
    dataset = cd.load_dataset("customer-service")
    assert serial == list(pairs(dataset, LOCALES, FORMATS, jobs=1))
    assert serial == list(pairs(list(dataset.values()), LOCALES, FORMATS, jobs=1))


def test_closing_the_stream_early_stops_the_pool() -> None:
    """Taking a few pages and dropping the generator neither hangs nor raises."""
    stream = pairs("customer-service", ["en_US"], ["summary"], jobs=2, chunk_size=2)
    first = list(itertools.islice(stream, 3))
    stream.close()
    assert len(first) == 3


def _failing_worker(*_: object) -> list[str]:
    """A worker's task that fails as a comparison of bad data would."""
    raise CurrencyMismatchError.at("pay.yearly", "cannot compare EUR with USD")


def test_roles_in_two_currencies_give_pages_on_the_pool_too() -> None:
    """Pay in two currencies is shown, not compared: every page is written, as serially."""
    roles = [
        Role(title="A", pay=Pay(yearly=Money(1, "USD"))),
        Role(title="B", pay=Pay(currency="EUR", yearly=Money(2, "EUR"))),
        Role(title="C"),
    ]
    serial = list(pairs(roles, jobs=1))
    assert len(serial) == 6
    assert serial == list(pairs(roles, jobs=2, chunk_size=1, progress=False))


def test_an_error_in_a_worker_reaches_the_caller_with_its_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An error raised in a worker process arrives as the library's own error, path intact."""
    if batch_run._pool_context().get_start_method() != "fork":
        pytest.skip("workers see this process's patch only when they are forked")
    monkeypatch.setattr(batch_run, "_generate_in_worker", _failing_worker)
    roles = [Role(title="A"), Role(title="B"), Role(title="C")]
    with pytest.raises(CurrencyMismatchError) as caught:
        list(pairs(roles, jobs=2, chunk_size=1, progress=False))
    assert caught.value.paths == ("pay.yearly",)


@pytest.mark.parametrize(
    ("options", "path"),
    [
        ({"jobs": 0}, "jobs"),
        ({"jobs": -2}, "jobs"),
        ({"jobs": True}, "jobs"),
        ({"chunk_size": 0}, "chunk_size"),
        ({"formats": ["summary", "pdf"]}, "formats[1]"),
        ({"formats": []}, "formats"),
        ({"locales": []}, "locales"),
        ({"locales": ["en_US", 7]}, "locales[1]"),
    ],
)
def test_bad_arguments_raise_validation_errors_at_their_path(
    options: dict[str, object], path: str
) -> None:
    """Arguments are checked when pairs() is called, before any work, naming the argument."""
    with pytest.raises(ValidationError) as caught:
        pairs("customer-service", **options)  # type: ignore[arg-type]
    assert (path,) == caught.value.paths


def test_bad_datasets_raise_validation_errors() -> None:
    """A non-role entry and two roles sharing a slug are refused with their index."""
    role = Role(title="Clerk")
    with pytest.raises(ValidationError) as caught:
        pairs([role, "Typist"])  # type: ignore[list-item]
    assert caught.value.paths == ("dataset[1]",)
    with pytest.raises(ValidationError) as caught:
        pairs([role, Role(title="Typist"), Role(title="clerk")])
    assert caught.value.paths == ("dataset[2]",)
    with pytest.raises(ValidationError) as caught:
        pairs(42)  # type: ignore[arg-type]
    assert caught.value.paths == ("dataset",)


def test_an_unknown_locale_is_refused_up_front() -> None:
    """The text layer's UnknownLocaleError, raised by the call itself."""
    with pytest.raises(UnknownLocaleError, match="xx_YY"):
        pairs("customer-service", ["en_US", "xx_YY"])


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_is_drawn_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tty stderr gets a bar ending at 100 %; a pipe, or progress=False, gets nothing."""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    list(pairs("customer-service", jobs=1, chunk_size=7))
    drawn = terminal.getvalue()
    assert drawn.endswith("\n")
    assert "100% 30/30 pages" in drawn.rsplit("\r", 1)[-1]
    quiet = _Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    list(pairs("customer-service", jobs=1, progress=False))
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    list(pairs("customer-service", jobs=1))
    assert (quiet.getvalue(), pipe.getvalue()) == ("", "")


def test_write_folder_writes_one_file_per_page(serial: list[Page], tmp_path: Path) -> None:
    """Each page lands at its path with its text and a final newline."""
    assert len(serial) == write_folder(serial, tmp_path)
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert sorted(page.path for page in serial) == files
    for page in serial[:2]:  # a summary has no final newline, a Markdown page has one
        written = (tmp_path / page.path).read_text(encoding="utf-8")
        assert page.text.rstrip("\n") + "\n" == written
    page = serial[1]
    assert page.path.startswith("en_US/")
    assert page.path.endswith(".md")


def test_write_jsonl_round_trips(serial: list[Page], tmp_path: Path) -> None:
    """One JSON object per line, in order, giving back every page."""
    target = tmp_path / "pages.jsonl"
    assert len(serial) == write_jsonl(serial, target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert serial == [Page(**json.loads(line)) for line in lines]


def test_dask_on_a_local_cluster_gives_the_serial_output(serial: list[Page]) -> None:
    """dask_pairs computed on a distributed LocalCluster equals the serial path, in order."""
    distributed = pytest.importorskip("distributed")
    bag = dask_pairs("customer-service", LOCALES, FORMATS, chunk_size=6)
    assert bag.npartitions == 5
    # ":0": any free port for the HTTP server, which some versions start even with no
    # dashboard (8787 may be taken, by another suite's cluster running beside this one).
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert serial == client.compute(bag).result()


def test_dask_missing_raises_a_careerdata_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Dask, dask_pairs names the extra to install."""
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(CareerDataError, match=r"careerdata\[dask\]"):
        dask_pairs("customer-service")


def test_benchmark_runner_quick_mode_prints_its_table() -> None:
    """``python benchmarks/run.py --quick --only import`` starts and prints the table header."""
    result = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--only", "import"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "baseline" in result.stdout
    assert "import careerdata" in result.stdout


# --------------------------------------------------------------------------- choosing pairs


def _pairs_of(pages: list[Page]) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    for page in pages:
        if not seen or seen[-1] != (page.a, page.b):
            seen.append((page.a, page.b))
    return seen


def test_every_pair_is_the_default() -> None:
    """select=every_pair() gives exactly what no select gives."""
    default = list(pairs("customer-service", jobs=1))
    assert default == list(pairs("customer-service", select=batch.every_pair(), jobs=1))
    assert len(default) == batch.every_pair().count(
        list(cd.load_dataset("customer-service").values())
    )


def test_one_against_all_pairs_the_role_with_every_other_in_order() -> None:
    """(role, other) for each other role in dataset order; both_ways adds each mirror after."""
    slugs = list(cd.load_dataset("customer-service"))
    me = "customer-care-manager"
    others = [slug for slug in slugs if slug != me]
    one_way = list(
        pairs("customer-service", select=batch.one_against_all("Customer Care Manager"), jobs=1)
    )
    assert [(me, other) for other in others] == _pairs_of(one_way)
    both = list(pairs("customer-service", select=batch.one_against_all(me, both_ways=True), jobs=1))
    assert [pair for other in others for pair in ((me, other), (other, me))] == _pairs_of(both)


def test_most_similar_follows_careerdata_similar() -> None:
    """Each role, in dataset order, against its k most similar roles, most similar first."""
    roles = list(cd.load_dataset("customer-service").values())
    expected = [
        (role.slug, match.role.slug) for role in roles for match in cd.similar(role, roles, 2)
    ]
    pages = list(pairs("customer-service", select=batch.most_similar(2), jobs=1))
    assert expected == _pairs_of(pages)
    assert len(expected) == batch.most_similar(2).count(roles)


def test_listed_pairs_are_found_by_any_name_and_kept_in_order() -> None:
    """A list of pairs of slugs, titles or aliases gives those pages, in the order listed."""
    chosen = [
        ("contact-center-manager", "Customer Care Supervisor"),
        ("customer care supervisor", "contact-center-manager"),
    ]
    pages = list(pairs("customer-service", ["en_US", "de_DE"], select=chosen, jobs=1))
    assert _pairs_of(pages) == [
        ("contact-center-manager", "customer-care-supervisor"),
        ("customer-care-supervisor", "contact-center-manager"),
    ]
    assert len(pages) == 4


def test_a_selection_on_the_pool_and_on_dask_gives_the_serial_pages() -> None:
    """The chosen pairs come out the same serially, on a process pool and as a Dask bag."""
    select = batch.most_similar(3)
    serial = list(pairs("customer-service", select=select, jobs=1))
    pooled = list(pairs("customer-service", select=select, jobs=2, chunk_size=2, progress=False))
    bag = dask_pairs("customer-service", select=select, chunk_size=4)
    assert serial == pooled == bag.compute(scheduler="synchronous")


@pytest.mark.parametrize(
    ("select", "path"),
    [
        ("customer-care-manager", "select"),
        (5, "select"),
        ([("customer-care-manager",)], "select[0]"),
        ([("customer-care-manager", "contact-center-manager"), "ab"], "select[1]"),
        ([("customer-care-manager", 7)], "select[0][1]"),
        ([("customer-care-manager", "nobody")], "select[0]"),
        ([("customer-care-manager", "Customer Care Manager")], "select[0]"),
    ],
)
def test_bad_selections_raise_validation_errors_at_their_path(select: object, path: str) -> None:
    """A malformed selection, an unknown name or a role paired with itself names its place."""
    with pytest.raises(ValidationError) as caught:
        pairs("customer-service", select=select, jobs=1)  # type: ignore[arg-type]
    assert [path] == [problem.path for problem in caught.value.problems]


def test_one_against_an_unknown_role_suggests_names() -> None:
    """The role of one_against_all is found as Dataset.find finds it, with suggestions."""
    with pytest.raises(cd.RoleNotFoundError) as caught:
        pairs("customer-service", select=batch.one_against_all("Customer Care Manger"), jobs=1)
    assert "Customer Care Manager" in caught.value.suggestions


@pytest.mark.parametrize(
    ("make", "path"),
    [
        (lambda: batch.most_similar(0), "k"),
        (lambda: batch.most_similar(k=True), "k"),
        (lambda: batch.one_against_all(3), "role"),
        (lambda: batch.one_against_all("x", both_ways=1), "both_ways"),
    ],
)
def test_bad_selection_arguments_name_their_argument(make: object, path: str) -> None:
    """most_similar and one_against_all check their arguments."""
    with pytest.raises(ValidationError) as caught:
        make()  # type: ignore[operator]
    assert [path] == [problem.path for problem in caught.value.problems]


# --------------------------------------------------------------------------- files go where told


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("a", "../x"),
        ("b", "/etc/passwd"),
        ("a", 5),
        ("locale", "../../x"),
        ("locale", "/etc"),
        ("locale", "de_DE/../.."),
        ("locale", "en_US." + "a" * 100),
        ("locale", "de\0DE"),
        ("format", "pdf"),
        ("format", ["html"]),
        ("text", b"bytes"),
    ],
)
def test_a_page_checks_its_fields(field: str, value: object) -> None:
    """Page refuses a slug, locale or format that could lead a path astray, naming the field."""
    fields: dict[str, object] = {
        "a": "a",
        "b": "b",
        "locale": "en_US",
        "format": "html",
        "text": "",
    }
    fields[field] = value
    with pytest.raises(ValidationError) as caught:
        Page(**fields)  # type: ignore[arg-type]
    assert [field] == list(caught.value.paths)


def test_long_names_are_shortened_stably_and_stay_unique() -> None:
    """Two 194-character slugs give a 255-byte name, the same each time, unique per pair."""
    a, b = "a" * 194, "b" * 194
    one, again = Page(a, b, "en_US", "html", ""), Page(a, b, "en_US", "html", "")
    other = Page(a, "b" * 193 + "c", "en_US", "html", "")
    names = [page.path.split("/")[1] for page in (one, again, other)]
    assert [len(name.encode()) for name in names] == [255, 255, 255]
    assert names[0] == names[1] != names[2]
    assert names[0].startswith(a)
    short = Page("ab", "cd", "en_US", "markdown", "")
    assert short.path == "en_US/ab-vs-cd.md"


def test_write_folder_writes_long_names(tmp_path: Path) -> None:
    """Pages of two very long slugs are written, not refused by the file system."""
    a, b = "a" * 194, "b" * 194
    assert write_folder([Page(a, b, "en_US", "html", "x")], tmp_path) == 1
    (written,) = (tmp_path / "en_US").iterdir()
    assert written.read_text(encoding="utf-8") == "x\n"


def test_write_folder_does_not_follow_a_planted_link(tmp_path: Path) -> None:
    """A locale folder or page file inside the target that links elsewhere is refused."""
    outside = tmp_path / "outside"
    outside.mkdir()
    site = tmp_path / "site"
    site.mkdir()
    (site / "en_US").symlink_to(outside, target_is_directory=True)
    with pytest.raises(cd.DataFileError) as caught:
        write_folder([Page("a", "b", "en_US", "html", "x")], site)
    assert "site/en_US" in str(caught.value)
    (site / "de_DE").mkdir()
    (site / "de_DE" / "a-vs-b.html").symlink_to(outside / "victim.html")
    with pytest.raises(cd.DataFileError):
        write_folder([Page("a", "b", "de_DE", "html", "x")], site)
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("kind", ["file in the way", "nul", "not a path", "read-only"])
def test_file_problems_raise_the_librarys_error_naming_the_path(tmp_path: Path, kind: str) -> None:
    """A folder that cannot be made or written, a NUL byte or a non-path is the library's error."""
    page = Page("a", "b", "en_US", "html", "x")
    blocker = tmp_path / "blocker"
    blocker.write_text("", encoding="utf-8")
    target: object = {
        "file in the way": blocker / "site",
        "nul": str(tmp_path / "si\0te"),
        "not a path": 42,
        "read-only": tmp_path / "locked",
    }[kind]
    if kind == "read-only":
        (tmp_path / "locked").mkdir(mode=0o500)
        if os.access(tmp_path / "locked", os.W_OK):  # root may write anyway
            (tmp_path / "locked" / "en_US").write_text("", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        write_folder([page], target)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "Traceback" not in message
    if kind in {"file in the way", "read-only"}:
        assert isinstance(caught.value, cd.DataFileError)
        assert str(target) in message


def test_write_jsonl_problems_raise_the_librarys_error(tmp_path: Path) -> None:
    """A JSON Lines file in a missing folder, or a non-file, raises the library's error."""
    missing = tmp_path / "nowhere" / "pages.jsonl"
    with pytest.raises(cd.DataFileError) as caught:
        write_jsonl([], missing)
    assert str(missing) in str(caught.value)
    with pytest.raises(ValidationError) as refused:
        write_jsonl([], 3.5)  # type: ignore[arg-type]
    assert refused.value.paths == ("file",)
    with pytest.raises(ValidationError) as not_pages:
        write_jsonl(["page"], io.StringIO())  # type: ignore[list-item]
    assert not_pages.value.paths == ("pages[0]",)
