"""Text safety: hostile strings in the data never break or get interpreted by any output format.

Roles come from ``strategies.roles()`` with every text field replaced (``attrs.evolve``) by
strings holding HTML tags and entities, Markdown and table syntax, format placeholders, right-to-
left overrides and line breaks.  Each format is checked by a parser of its own: HTML by an
``html.parser`` checker (only the page's own elements and attributes, balanced, text round-trips
after unescaping), Markdown by splitting on unescaped pipes and markup characters, plain text by
its lines.
"""

from __future__ import annotations

import html
import itertools
import re
from html.parser import HTMLParser
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from careerdata import model as m
from careerdata.compare import Comparison, compare
from careerdata.errors import ValidationError
from careerdata.text import render, summarize
from careerdata.text._figures import plain
from careerdata.text._locale import resolve
from careerdata.text.page import (
    TEXT_WIDTH,
    Block,
    Heading,
    Paragraph,
    Table,
    display_width,
    page_blocks,
)

#: Strings that mean something to HTML, Markdown, str.format, %-formatting or the bidi algorithm.
HOSTILE = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<b>bold</b>",
    "</td></tr></table>",
    "<!-- comment -->",
    "&amp; &lt;p&gt; &#124; &#x3C;",
    "| a | b |",
    "|",
    "`code` ``more``",
    "**bold** __bold__",
    "*it* _it_",
    "[link](https://example.org)",
    "![image](x.png)",
    "<https://example.org>",
    "# Heading",
    "- item",
    "1. item",
    "> quote",
    "---",
    "===",
    "~~strike~~",
    "a\\b\\",
    "{0}",
    "{name}",
    "{}",
    "{{a}}",
    "%s",
    "%(a)s",
    "%(a_plural)s",
    "%d %%",
    "\u202eevil\u202c",
    "\u202eunclosed",
    "\u200fmark",
    "\u2067isolate",
    "stray\u202c\u2069",
    "'quote' \"double\"",
)
#: Breaks that titles may not hold but descriptions and duties may.
LONG_HOSTILE = (
    *HOSTILE,
    "line\nbreak",
    "para\n\n# Injected heading\n\n- injected item",
    "| x |\n|---|\n| y |",
    "cell\u2028separator",
    "para\u2029separator",
)
LOCALES = ("en_US", "de_DE", "fr_FR", "es_ES", "ar_EG", "he_IL", "ja_JP")


def _hostile_text(pool: tuple[str, ...]) -> st.SearchStrategy[str]:
    """A hostile fragment, alone or between ordinary words."""
    fragment = st.sampled_from(pool)
    around = st.tuples(strategies.names, fragment, strategies.names).map(" ".join)
    return (fragment | around).filter(lambda text: text == text.strip())


hostile_short = _hostile_text(HOSTILE)
hostile_long = _hostile_text(LONG_HOSTILE)


@st.composite
def hostile_roles(draw: st.DrawFn, currency: str = "USD") -> m.Role:
    """A generated role with every text a page can show replaced by a hostile string."""
    role = draw(strategies.roles(currency=currency))

    def short(index: int = 0) -> str:
        text = draw(hostile_short)
        return f"{text} {index}" if index else text

    changes: dict[str, Any] = {
        "title": short(),
        "plural": draw(st.none() | hostile_short),
        "description": draw(st.none() | hostile_long),
        "responsibilities": tuple(dict.fromkeys(draw(hostile_long) for _ in role.responsibilities)),
        "titles": tuple(attrs.evolve(t, singular=short(), plural=short()) for t in role.titles),
        "skills": tuple(
            attrs.evolve(skill, name=short(index + 1)) for index, skill in enumerate(role.skills)
        ),
    }
    duties, description = changes["responsibilities"], changes["description"]
    changes["translations"] = tuple(
        m.Translation(
            t.language,
            description=None if t.description is None or description is None else short(),
            responsibilities=tuple(f"{short()} {i}" for i in range(len(duties)))
            if t.responsibilities
            else (),
            skills=tuple(short(i + 1) for i in range(len(role.skills))) if t.skills else (),
            degree=None if t.degree is None else short(),
            major=None if t.major is None else short(),
        )
        for t in role.translations
    )
    if role.education is not None:
        changes["education"] = attrs.evolve(
            role.education,
            degree=None if role.education.degree is None else short(),
            major=None if role.education.major is None else short(),
            college=None if role.education.college is None else short(),
        )
    if role.pay is not None and role.pay.leaders is not None:
        leaders = {
            kind: attrs.evolve(leader, name=short()) for kind, leader in role.pay.leaders.items()
        }
        changes["pay"] = attrs.evolve(role.pay, leaders=m.PayLeaders(**leaders))
    if role.demographics is not None:
        changes["demographics"] = attrs.evolve(
            role.demographics,
            gender=_hostile_distribution(role.demographics.gender, short),
            race=_hostile_distribution(role.demographics.race, short),
        )
    return attrs.evolve(role, **changes)


def _hostile_distribution(
    distribution: m.Distribution | None, short: object
) -> m.Distribution | None:
    if distribution is None:
        return None
    assert callable(short)
    return m.Distribution(
        tuple(
            attrs.evolve(item, category=short(index + 1)) for index, item in enumerate(distribution)
        )
    )


# ---------------------------------------------------------------------------- HTML checker

_FIGURES = {"data-value", "data-currency", "data-low", "data-high", "data-share"}
_FIGURES |= {f"{name}-at-least" for name in ("data-value", "data-low", "data-high")}
_ALLOWED = {
    "article": {"lang", "class", "id", "data-a", "data-b"},
    "section": {"class", "aria-labelledby", "data-role"},
    "div": {"class", "role", "tabindex", "aria-labelledby"},
    "figure": {"class"},
    "h1": {"class"},
    "h2": {"id"},
    "h3": {"class", "data-role"},
    "p": set(),
    "table": {"class", "aria-labelledby"},
    "thead": set(),
    "tbody": set(),
    "tr": {"data-figure"},
    "th": {"scope", "class", "data-role"},
    "td": {"data-role", *_FIGURES},
    "ul": {"class", "data-role"},
    "li": {"data-weight"},
}
_LEAVES = frozenset({"h1", "h2", "h3", "p", "th", "td", "li"})
# What a leaf may hold: the visually hidden corner label, a range's ends, a list of shares.
_INLINE = {"span": {"class"}, "data": {"class", "value"}, "ul": {"class"}, "li": set()}
# The charts' SVG: checked for its elements and text, left out of the page's texts.
_SVG = frozenset(
    {"svg", "title", "desc", "g", "line", "text", "rect", "path", "defs", "pattern", "circle"}
)
# Separators between the shares of a distribution, which the HTML list leaves out.
_SEPARATORS = re.compile(r"[,、]\s*|\s+")  # "、" between Japanese categories


class PageChecker(HTMLParser):
    """Collects problems of a rendered page and the text of its leaf elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.texts: list[str] = []
        self.svg_texts: list[str] = []
        self._stack: list[str] = []
        self._text: list[str] | None = None
        self._svg = 0
        self._corner = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._svg or tag == "svg":
            if tag not in _SVG:
                self.problems.append(f"element <{tag}> in a chart")
            self._svg += 1
            self._stack.append(tag)
            return
        if self._text is not None and tag in _INLINE:
            extra = [name for name, _value in attrs if name not in _INLINE[tag]]
            if extra:
                self.problems.append(f"attributes {extra} on <{tag}> in a text element")
            self._stack.append(f"inline {tag}")
            return
        if tag == "th" and ("class", "cd-corner") in attrs:
            self._corner = True
        allowed = _ALLOWED.get(tag)
        if allowed is None:
            self.problems.append(f"element <{tag}>")
            return
        extra = [name for name, _value in attrs if name not in allowed]
        if extra:
            self.problems.append(f"attributes {extra} on <{tag}>")
        if self._text is not None:
            self.problems.append(f"<{tag}> inside a text element")
        self._stack.append(tag)
        if tag in _LEAVES:
            self._text = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._svg or tag not in _SVG:
            self.problems.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if self._stack and self._stack[-1] == f"inline {tag}":
            self._stack.pop()
            return
        if not self._stack or self._stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self._stack[-1:] or 'nothing'}")
            return
        self._stack.pop()
        if self._svg:
            self._svg -= 1
            return
        if tag in _LEAVES and self._text is not None:
            self.texts.append("" if self._corner else "".join(self._text))
            self._text = None
            self._corner = False

    def handle_data(self, data: str) -> None:
        if self._svg:
            if data.strip():
                self.svg_texts.append(data)
            return
        if self._text is not None:
            self._text.append(data)
        elif data.strip():
            self.problems.append(f"text outside an element: {data!r}")

    def handle_comment(self, data: str) -> None:
        self.problems.append(f"comment {data!r}")

    def handle_decl(self, decl: str) -> None:
        self.problems.append(f"declaration {decl!r}")

    def handle_pi(self, data: str) -> None:
        self.problems.append(f"processing instruction {data!r}")

    def unknown_decl(self, data: str) -> None:
        self.problems.append(f"declaration {data!r}")

    def finish(self) -> list[str]:
        """Close the parser; every problem found, unclosed elements included."""
        self.close()
        if self._stack:
            self.problems.append(f"unclosed {self._stack}")
        return self.problems


def html_texts(page: str) -> list[str]:
    """The text of every heading, paragraph, cell and item of a page; fails on any problem."""
    checker = PageChecker()
    checker.feed(page)
    assert checker.finish() == []
    return checker.texts


def block_texts(blocks: list[Block]) -> list[str]:
    """The texts the blocks hold, in page order (the empty corner cell included)."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading | Paragraph):
            texts.append(block.text)
        elif isinstance(block, Table):
            texts += [cell for row in (block.header, *block.rows) for cell in row]
        else:
            texts += block.items
    return texts


def check_html(page: str, blocks: list[Block]) -> None:
    """The page parses to exactly the blocks' text and nothing else (charts aside).

    A distribution's shares are a list in HTML and a comma-separated cell in the blocks, so
    texts are compared without separators.
    """
    assert page.startswith('<article class="cd-page" lang=')
    shown = [_SEPARATORS.sub("", text) for text in html_texts(page)]
    assert shown == [_SEPARATORS.sub("", text) for text in block_texts(blocks)]


# ---------------------------------------------------------------------------- Markdown checker

_ESCAPED = re.compile(r"\\(.)")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)((?:\\\\)*)\|")
_MARKUP = re.compile(r"[\\`*_\[\]<>|~#&]")
_BLOCK_START = re.compile(r"(?:[-+=>]|\d+[.)]|#{1,6})(?:\s|\Z)")


def _unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def _check_markdown_text(text: str, expected: str) -> None:
    """Escaped text: no live markup character, no block marker at its start, round-trips."""
    assert _MARKUP.search(_ESCAPED.sub("", text)) is None, text
    assert _BLOCK_START.match(text) is None, text
    assert _unescape(text) == expected


def _table_cells(line: str) -> list[str]:
    marked = _UNESCAPED_PIPE.sub(lambda match: match.group(1) + "\0", line)
    return [cell.strip(" ") for cell in marked.split("\0")]


def check_markdown(page: str, blocks: list[Block]) -> None:
    """One chunk per block; tables keep their columns; all data text is escaped."""
    chunks = page.removesuffix("\n").split("\n\n")
    assert len(blocks) == len(chunks)
    for block, chunk in zip(blocks, chunks, strict=True):
        if isinstance(block, Heading):
            marker = "#" * block.level + " "
            assert chunk.startswith(marker)
            assert "\n" not in chunk
            _check_markdown_text(chunk.removeprefix(marker), block.text)
        elif isinstance(block, Paragraph):
            assert "\n" not in chunk
            _check_markdown_text(chunk, block.text)
        elif isinstance(block, Table):
            lines = chunk.split("\n")
            columns = len(block.header)
            assert len(lines) == len(block.rows) + 2
            assert _table_cells(lines[1]) == ["", *["---"] * columns, ""]
            for line, row in zip([lines[0], *lines[2:]], (block.header, *block.rows), strict=True):
                cells = _table_cells(line)
                assert len(cells) == columns + 2, line
                assert (cells[0], cells[-1]) == ("", "")
                for cell, expected in zip(cells[1:-1], row, strict=True):
                    assert _MARKUP.search(_ESCAPED.sub("", cell)) is None, cell
                    assert _unescape(cell) == expected
        else:
            lines = chunk.split("\n")
            assert len(lines) == len(block.items)
            for line, item in zip(lines, block.items, strict=True):
                assert line.startswith("- ")
                _check_markdown_text(line.removeprefix("- "), item)


# ---------------------------------------------------------------------------- text checker


def _rejoins(lines: list[str], text: str, *, inside_runs: bool) -> bool:
    """Whether ``lines`` are ``text`` broken at spaces, and (``inside_runs``, Japanese) between
    the characters of a run: each line follows the last, with the space between dropped."""
    position = 0
    for number, line in enumerate(lines):
        if number and text.startswith(" ", position):
            position += 1
        elif number and not inside_runs:
            return False
        if not text.startswith(line, position):
            return False
        position += len(line)
    return position == len(text)


def check_text(page: str, blocks: list[Block], *, inside_runs: bool = False) -> None:
    """Lines break only where the layout breaks them; paragraphs and lists re-join exactly."""
    assert page.splitlines() == page.removesuffix("\n").split("\n")
    chunks = page.removesuffix("\n").split("\n\n")
    assert len(blocks) == len(chunks)
    for block, chunk in zip(blocks, chunks, strict=True):
        lines = chunk.split("\n")
        if isinstance(block, Heading):
            # Wrapped as a paragraph is, then underlined as wide as its widest line.
            text = lines[:-1] if block.level < 3 else lines
            assert _rejoins(text, block.text, inside_runs=inside_runs), block.text
            assert all(display_width(line) <= TEXT_WIDTH or " " not in line for line in text)
            if block.level < 3:
                widest = max(map(display_width, text))
                assert lines[-1] == "=-"[block.level - 1] * widest
        elif isinstance(block, Paragraph):
            assert _rejoins(lines, block.text, inside_runs=inside_runs), block.text
            assert all(display_width(line) <= TEXT_WIDTH or " " not in line for line in lines)
        elif isinstance(block, Table):
            assert len(lines) >= len(block.rows) + 1
        else:
            items = re.split(r"\n(?=  • )", chunk)
            assert len(items) == len(block.items)
            for text, item in zip(items, block.items, strict=True):
                stripped = [line.strip() for line in text.split("\n")]
                assert _rejoins(stripped, "• " + item, inside_runs=inside_runs)


def check_page(comparison: Comparison, locale: str) -> dict[str, str]:
    """Render every format and check each; return the pages."""
    blocks = list(page_blocks(comparison, resolve(locale)))
    pages = {name: render(comparison, locale, name) for name in ("html", "markdown", "text")}
    check_html(pages["html"], blocks)
    check_markdown(pages["markdown"], blocks)
    inside_runs = bool(resolve(locale).rules.break_points("給与"))
    check_text(pages["text"], blocks, inside_runs=inside_runs)
    # Every text on the page is one line with its bidirectional formatting balanced.
    assert [text for text in block_texts(blocks) if plain(text) != text] == []
    return pages


# ---------------------------------------------------------------------------- the tests


@given(st.data(), st.sampled_from(LOCALES))
def test_hostile_roles_keep_every_format_well_formed(data: st.DataObject, locale: str) -> None:
    """Any hostile text in any field: HTML parses clean, Markdown tables keep their columns."""
    currency = data.draw(strategies.currencies)
    a = data.draw(hostile_roles(currency))
    b = data.draw(hostile_roles(currency).filter(lambda other: other != a))  # pages need two
    comparison = compare(a, b)
    pages = check_page(comparison, locale)
    # Placeholders and markup from the data are shown, never interpreted: the column headings
    # are the titles as given (first letter capitalised, breaks and bidi balanced by plain()).
    language = resolve(locale).language
    headers, titles = [], []
    for role in (a, b):
        localized = role.localized_title(language) if language != "en" else None
        title = localized.singular if localized is not None else role.title
        titles.append(plain(title))
        headers.append(resolve(locale).rules.sentence(plain(title)))  # Japanese: as given
    texts = html_texts(pages["html"])
    tables = [
        block for block in page_blocks(comparison, resolve(locale)) if isinstance(block, Table)
    ]
    for table in tables:
        assert ("", *headers) == table.header
    if language != "en":
        # The page title names both, literally (the first letter may be capitalised, and a
        # capital may be longer than its letter: "ᾳ" is titlecased "ᾼ", "ß" "Ss").
        assert all(title[1:] in texts[0] for title in titles)


def _chunks(limit: int = m.MAX_TITLE_LENGTH) -> list[str]:
    """Every hostile fragment, joined into as few strings as a title's length allows."""
    chunks = [""]
    for fragment in HOSTILE:
        if len(chunks[-1]) + len(fragment) + 1 > limit:
            chunks.append("")
        chunks[-1] = f"{chunks[-1]} {fragment}".strip()
    return chunks


_CHUNKS = _chunks()


def _role_with_everything(title: str) -> m.Role:
    """A full role whose every text field holds every hostile fragment at once."""
    return m.Role(
        title=title,
        plural=f"{title}s",
        description="\n\n".join(LONG_HOSTILE),
        responsibilities=LONG_HOSTILE,
        pay=m.Pay(
            yearly=m.Money(61487),
            hourly=m.Money("29.56"),
            leaders=m.PayLeaders(
                city=m.PayLeader(_CHUNKS[0], m.Money(70000)),
                state=m.PayLeader(_CHUNKS[1]),
                industry=m.PayLeader(_CHUNKS[-1], m.Money(1)),
            ),
        ),
        education=m.Education(
            degree=_CHUNKS[0], degree_share=0.46, major=_CHUNKS[1], college=_CHUNKS[-1]
        ),
        demographics=m.Demographics(
            gender=m.Distribution(
                (m.CategoryShare("Male", 0.4), m.CategoryShare("<b>x</b> | {0}", 0.6))
            )
        ),
        skills=tuple(m.Skill(fragment) for fragment in HOSTILE),
    )


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "es_ES", "ar_EG"])
def test_every_hostile_fragment_at_once(locale: str) -> None:
    """A role holding every hostile fragment in every field renders well-formed pages."""
    a = _role_with_everything("<i>Agent</i> | {0} %(a)s \u202eRLO")
    b = _role_with_everything("Clerk `x` *y* [z](w) \u200f")
    for first, second in itertools.permutations((a, b)):
        pages = check_page(compare(first, second), locale)
        assert "<script>" not in pages["html"] + pages["markdown"]
        assert "{0}" in pages["text"]
        assert "%(a)s" in pages["text"] or "%(A)s" in pages["text"]


def test_html_escapes_markup_from_the_data() -> None:
    """A script tag in a title arrives as text, not as an element."""
    a = m.Role(title="<script>alert(1)</script>", outlook=m.Outlook(jobs=1))
    b = m.Role(title='"><img src=x>', outlook=m.Outlook(jobs=2))
    page = render(compare(a, b), "en_US", "html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page
    assert {"<script>alert(1)</script>", '"><img src=x>'} <= set(html_texts(page))


def test_markdown_table_keeps_its_columns_with_pipes_in_a_title() -> None:
    """A pipe in a title is escaped, so the table has three columns on every row."""
    a = m.Role(title="A | B", outlook=m.Outlook(jobs=1))
    b = m.Role(title="C || D", outlook=m.Outlook(jobs=2))
    page = render(compare(a, b), "en_US", "markdown")
    table = [line for line in page.splitlines() if line.startswith("|")]
    assert [len(_table_cells(line)) for line in table] == [5, 5, 5]
    assert "| A \\| B | C \\|\\| D |" in table[0]


def test_placeholders_in_data_are_shown_literally() -> None:
    """Braces and percent placeholders in a title are not filled in by any message."""
    a = m.Role(title="{0} {name} %s %(b_plural)s", pay=m.Pay(yearly=m.Money(1)))
    b = m.Role(title="Clerk", pay=m.Pay(yearly=m.Money(2)))
    summary = render(compare(a, b), "de_DE", "text")
    assert "„{0} {name} %s %(b_plural)s“" in summary


def test_titles_cannot_hold_line_breaks() -> None:
    """The model refuses a newline in a title, so it never reaches a heading or a cell."""
    with pytest.raises(ValidationError) as caught:
        m.Role(title="Cashier\n# Injected")
    assert caught.value.problems[0].path == "title"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_unicode_line_separators_do_not_break_text_lines(separator: str) -> None:
    """A Unicode line or paragraph separator in a title becomes a space in every format."""
    try:
        a = m.Role(title=f"Cashier{separator}Lead", outlook=m.Outlook(jobs=1))
    except ValidationError:
        return  # the model refuses it (U+0085 is a control character): nothing to render
    b = m.Role(title="Clerk", outlook=m.Outlook(jobs=2))
    for name in ("markdown", "text", "html"):
        page = render(compare(a, b), "en_US", name)
        assert separator not in page
        assert "Cashier Lead" in page


def test_plain_balances_bidirectional_formatting() -> None:
    """Overrides and isolates opened in a value close in it; stray closers are dropped."""
    rlo, pdf, rli, pdi, lre = "\u202e", "\u202c", "\u2067", "\u2069", "\u202a"
    assert f"{rlo}abc{pdf}" == plain(f"{rlo}abc")
    assert f"{rlo}abc{pdf}" == plain(f"{rlo}abc{pdf}")
    assert plain(f"abc{pdf}{pdi}") == "abc"
    assert f"{rli}{lre}x{pdi}" == plain(f"{rli}{lre}x{pdi}")
    assert f"{lre}{rli}x{pdi}{pdf}" == plain(f"{lre}{rli}x")
    assert plain("a\u200fb") == "a\u200fb"
    assert plain("a\nb\r\n\u2028 c") == "a b c"


def test_the_checkers_catch_injection() -> None:
    """The HTML and Markdown checkers fail on an injected element and an extra column."""
    blocks: list[Block] = [Paragraph("x")]
    with pytest.raises(AssertionError):
        check_html('<article lang="en">\n<p>x<b>y</b></p>\n</article>\n', blocks)
    with pytest.raises(AssertionError):
        check_html('<article lang="en">\n<p onclick="y">x</p>\n</article>\n', blocks)
    table = Table(("", "A", "B"), (("Jobs", "1", "2"),))
    with pytest.raises(AssertionError):
        check_markdown("| | A | B |\n|---|---|---|\n| Jobs | 1 | 2 | 3 |\n", [table])
    with pytest.raises(AssertionError):
        check_markdown("*x*\n", [Paragraph("*x*")])
    assert html.unescape("&lt;") == "<"


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda c: render("x"), "comparison"),
        (lambda c: render(None, "de_DE", "html"), "comparison"),
        (lambda c: summarize(42), "comparison"),
        (lambda c: render(c, format=["html"]), "format"),
        (lambda c: render(c, format="pdf"), "format"),
    ],
)
def test_wrong_arguments_raise_the_librarys_error_naming_them(call: object, path: str) -> None:
    """render and summarize name the argument that is not a comparison or not a format."""
    comparison = compare(m.Role(title="A"), m.Role(title="B"))
    with pytest.raises(ValidationError) as caught:
        call(comparison)  # type: ignore[operator]
    assert caught.value.paths == (path,)


def test_plain_keeps_its_meaning_on_long_runs_of_spaces() -> None:
    """Breaks with their spaces become one space; a long run of spaces with no break stays."""
    run = " " * 5000
    assert plain("x" + run + "\u202e") == "x" + run + "\u202e\u202c"
    assert plain("a" + run + "\n" + run + "b") == "a b"
    assert plain("a  \n\n  b") == "a b"
