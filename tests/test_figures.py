"""The registry of figures, and the lists compare, text and interop derive from it."""

from __future__ import annotations

import ast
import gc
import importlib.util
import inspect
import io
import typing
import weakref
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import strategies
from careerdata import cli
from careerdata.compare import (
    DELTA_FIELDS,
    RANK_KEYS,
    Comparison,
    NumberDelta,
    _comparison,
    compare,
)
from careerdata.compare._comparison import DELTA_CLASSES
from careerdata.compare._profile import COMPARED, INDEX, Profile, profile
from careerdata.datasets import load_dataset
from careerdata.figures import FIGURE, FIGURES, Delta, Figure, Table
from careerdata.interop import COMPARISON_COLUMNS, ROLE_COLUMNS, role_record
from careerdata.model import Career, Money, Pay, Role
from careerdata.text import _figures, page, summarize
from careerdata.text._figures import FIELDS, role_figures
from careerdata.text._locale import resolve
from careerdata.text._sheet import SHOWN_ELSEWHERE, sheet_label
from careerdata.text.languages import shipped_languages


def _compared() -> list[Figure]:
    return [figure for figure in FIGURES if figure.delta is not None]


def test_figure_names_are_unique_and_indexed() -> None:
    """Every figure has its own name, and FIGURE finds each by it."""
    names = [figure.name for figure in FIGURES]
    assert (len(set(names)), list(FIGURE)) == (len(names), names)


def test_comparison_fields_are_the_compared_figures() -> None:
    """Comparison holds one delta per compared figure, of the class its kind of delta gives."""
    hints = typing.get_type_hints(Comparison)
    expected = {figure.name: DELTA_CLASSES[figure.delta] for figure in COMPARED}
    assert expected == {name: hints[name] for name in DELTA_FIELDS}


def test_declared_comparison_fields_are_the_registry_s_in_order() -> None:
    """The fields type checkers see (the TYPE_CHECKING class) are the runtime class's, in order.

    The runtime Comparison is built from the registry; the declared one must say the same, or
    a type checker would accept a field that does not exist (or miss one that does).
    """
    tree = ast.parse(inspect.getsource(_comparison))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    declared = next(node for node in block.body if isinstance(node, ast.ClassDef))
    fields = [
        (statement.target.id, ast.unparse(statement.annotation))
        for statement in declared.body
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
    ]
    runtime = [
        (field.name, typing.get_type_hints(Comparison)[field.name].__name__)
        for field in attrs.fields(Comparison)
    ]
    assert fields == runtime


def test_numbers_and_only_numbers_have_a_unit() -> None:
    """A NUMBER figure names its unit; no other figure has one."""
    assert [f.name for f in FIGURES if (f.delta is Delta.NUMBER) != (f.unit is not None)] == []


def test_rank_keys_are_the_ranked_figures_in_rank_order() -> None:
    """RANK_KEYS are the figures with a rank, ordered by it, numbered 0, 1, 2, ..."""
    ranked = sorted((f for f in FIGURES if f.rank is not None), key=lambda f: f.rank or 0)
    assert (RANK_KEYS, [f.rank for f in ranked]) == (
        tuple(f.name for f in ranked),
        list(range(len(ranked))),
    )


def test_ranked_figures_are_numbers_or_money() -> None:
    """Only figures with an order (money, numbers) are rank keys."""
    kinds = {FIGURE[name].delta for name in RANK_KEYS}
    assert kinds <= {Delta.MONEY, Delta.NUMBER}


def test_rows_have_distinct_positions_in_each_table() -> None:
    """No two rows of one table claim the same position."""
    for table in Table:
        positions = [row.position for f in FIGURES for row in f.rows if row.table is table]
        assert sorted(positions) == sorted(set(positions)), table


@given(strategies.roles())
def test_profile_holds_each_compared_figure_read_from_the_role(role: Role) -> None:
    """Profile.values follow COMPARED: each is the figure's value, prepared (None stays None)."""
    values = Profile.of(role).values
    present = [value is not None for value in values]
    expected = [figure.read(role) is not None for figure in COMPARED]
    expected[COMPARED.index(FIGURE["skills"])] = True  # no skills is an empty set, not None
    assert (len(values), present) == (len(COMPARED), expected)


@given(strategies.role_pairs())
def test_every_delta_holds_its_own_figure(pair: tuple[Role, Role]) -> None:
    """Each delta compares the figure named like it: its a and b are that figure's values."""
    a, b = pair
    comparison = compare(a, b)
    for figure in COMPARED:
        delta = getattr(comparison, figure.name)
        expected_a, expected_b = figure.read(a), figure.read(b)
        if figure.delta is Delta.SKILLS:
            expected_a, expected_b = tuple(a.skills), tuple(b.skills)
        assert (delta.a, delta.b) == (expected_a, expected_b), figure.name
        if isinstance(delta, NumberDelta):
            assert delta.unit is figure.unit, figure.name


def test_comparison_is_built_by_keyword_not_by_position() -> None:
    """A satisfaction of 4.0 and experience of 6.0 land in their own deltas, with their units."""
    comparison = compare(
        Role(title="A", career=Career(satisfaction=4.0, experience_years=6.0)), Role(title="B")
    )
    seen = (comparison.satisfaction.a, comparison.satisfaction.unit)
    assert (seen, comparison.experience_years.a) == ((4.0, FIGURE["satisfaction"].unit), 6.0)


def test_profile_values_are_found_by_figure_name() -> None:
    """Profile.get gives the prepared value of the figure named."""
    role = Role(title="A", career=Career(satisfaction=4.0))
    assert (profile(role).get("satisfaction"), profile(role).get("jobs")) == (4.0, None)


# --------------------------------------------------------------------------- page rows


def test_every_row_shows_a_formatted_text_of_the_role() -> None:
    """Each registered row names a RoleFigures text, so every row has a cell to show."""
    fields = set(FIELDS)
    cells = {cell for rows in page.TABLE_ROWS.values() for _, cell in rows}
    assert cells - fields == set()


def test_rows_are_the_registry_rows_in_position_order() -> None:
    """TABLE_ROWS lists each table's registered rows by position, with the row's own label."""
    salary = [label for label, _ in page.TABLE_ROWS[Table.SALARY]]
    assert salary[:5] == [
        "Average salary",
        "Median salary",
        "Salary range",
        "10th to 90th percentile",
        "Median hourly rate",
    ]


def _tables(blocks: list[page.Block]) -> list[page.Table]:
    return [block for block in blocks if isinstance(block, page.Table)]


@pytest.mark.parametrize("language", shipped_languages())
def test_page_tables_are_the_registered_rows_the_roles_fill(language: str) -> None:
    """In every shipped language each table shows, in order, the translated registered rows
    that either role fills."""
    roles = load_dataset("bls-oews-2025")
    a, b = roles.find("11-9111"), load_dataset("customer-service")["customer-service-manager"]
    context = resolve(language)
    comparison = compare(a, b)
    fa, fb = role_figures(a, context), role_figures(b, context)
    expected = []
    for table in Table:
        rows = [
            context.gettext(label)
            for label, cell in page.TABLE_ROWS[table]
            if getattr(fa, cell) is not None or getattr(fb, cell) is not None
        ]
        if rows:
            expected.append(rows)
    shown = [
        [row[0] for row in table.rows]
        for table in _tables(list(page.page_blocks(comparison, context)))
    ]
    assert expected == shown


def test_a_role_figure_is_formatted_when_first_read_and_kept() -> None:
    """A summary formats the few texts it reads; a text read again is the same string."""
    roles = load_dataset("bls-oews-2025")
    a, b = roles.find("29-1141"), roles.find("31-1131")
    context = resolve("en_US")
    _figures._cache.clear()  # pages of these roles written by other tests formatted it all
    summarize(compare(a, b), context.tag)
    figures = role_figures(a, context)
    formatted = set(vars(figures)) & set(FIELDS)
    assert ("yearly_pay" in formatted, "gender" in formatted, "city" in formatted) == (
        True,
        False,
        False,
    )
    assert figures.yearly_pay is figures.yearly_pay
    assert figures.city == role_figures(a, context).text("city") is not None


def test_role_figures_keep_no_role_alive() -> None:
    """The figures keep the parts of a role they format, so the role itself can go."""
    role = Role(title="Cashier", pay=Pay(yearly=Money(30000)))
    figures = role_figures(role, resolve("en_US"))
    alive = weakref.ref(role)
    del role
    gc.collect()
    assert (alive(), figures.yearly_pay) == (None, "$30,000")


# --------------------------------------------------------------------------- flat columns


def test_role_columns_hold_every_figure_column_once_in_registry_order() -> None:
    """ROLE_COLUMNS has each figure's columns once; pay's come first, each group in order."""
    registered = [column.name for figure in FIGURES for column in figure.columns]
    listed = [name for name in ROLE_COLUMNS if name in set(registered)]
    pay = [c.name for f in FIGURES if f.path.startswith("pay.") for c in f.columns]
    assert (len(set(registered)), listed) == (
        len(registered),
        pay + [name for name in registered if name not in pay],
    )


@given(strategies.roles())
def test_role_record_writes_each_column_from_its_path(role: Role) -> None:
    """A figure's column is filled exactly when its path holds a value (money as its amount)."""
    record = role_record(role)
    for figure in FIGURES:
        for column in figure.columns:
            value = column.read(role)
            if value is None or value == ():
                assert record[column.name] is None, column.name
            elif isinstance(value, Money):
                assert record[column.name] == str(value.amount), column.name
            elif isinstance(value, (str, int, float)):
                assert record[column.name] == value, column.name
            else:
                assert isinstance(record[column.name], str), column.name


def test_comparison_columns_cover_every_compared_figure() -> None:
    """Each compared figure gives its delta's columns, ending with its presence."""
    presences = {column for column in COMPARISON_COLUMNS if column.endswith("_presence")}
    assert {f"{figure.name}_presence" for figure in COMPARED} == presences


# --------------------------------------------------------------------------- show


def test_show_lists_every_figure_a_role_has_under_its_part_of_the_model() -> None:
    """`careerdata show` writes a line for each figure the role has, in its model section."""
    role = load_dataset("customer-service")["customer-service-manager"]
    out = io.StringIO()
    assert cli.main(["show", role.slug], stdout=out) == 0
    lines = out.getvalue().splitlines()
    for figure in FIGURES:
        if figure.name in SHOWN_ELSEWHERE or figure.read(role) is None:
            continue
        label = sheet_label(figure, resolve("en_US"))
        line = next(index for index, text in enumerate(lines) if text.startswith(f"  {label}: "))
        section = next(text for text in reversed(lines[:line]) if not text.startswith(" "))
        assert section == figure.path.split(".")[0].capitalize(), figure.name


def test_generated_comparison_passes_each_field_its_own_figure() -> None:
    """The written _compare_profiles gives each field, in field order, its figure's values."""
    source = inspect.getsource(_comparison._compare_profiles)
    lines = [line.strip() for line in source.splitlines() if "  # " in line]
    fields = [line.rsplit("# ", 1)[1] for line in lines]
    places = [f"va[{INDEX[name]}], vb[{INDEX[name]}]" for name in DELTA_FIELDS]
    assert fields == ["a", "b", *DELTA_FIELDS]
    assert all(place in line for place, line in zip(places, lines[2:], strict=True))


def test_the_docs_table_of_figures_is_derived_from_the_registry() -> None:
    """docs/figures.md holds the marker that docs/conf.py fills with one row per figure."""
    docs = Path(__file__).resolve().parent.parent / "docs"
    spec = importlib.util.spec_from_file_location("docs_conf", docs / "conf.py")
    assert spec is not None
    assert spec.loader is not None
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    assert conf.FIGURES_MARKER in (docs / "figures.md").read_text(encoding="utf-8")
    rows = conf.figures_table().splitlines()[2:]
    assert [row.split(" | ")[0] for row in rows] == [f"| `{figure.name}`" for figure in FIGURES]
