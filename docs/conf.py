"""Sphinx configuration for the careerdata documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "careerdata"
author = "The careerdata developers"
copyright = "2026, The careerdata developers"
release = _version("careerdata")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autosummary_generate = False
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = False

html_theme = "furo"
html_title = f"careerdata {release}"


# ---------------------------------------------------------------------------- derived pages

FIGURES_MARKER = "<!-- the table of figures, written by docs/conf.py from careerdata.figures -->"


def figures_table() -> str:
    """The reference table of every figure, from the registry (careerdata.figures.FIGURES)."""
    from careerdata.figures import FIGURES  # noqa: PLC0415 - read when the page is built

    lines = [
        "| figure | model path | delta | unit | label | page rows | rank | columns |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for figure in FIGURES:
        rows = ", ".join(
            f"{row.table.value} {row.position}" + (f" ({row.label})" if row.label else "")
            for row in figure.rows
        )
        cells = (
            f"`{figure.name}`",
            f"`{figure.path}`",
            figure.delta.value if figure.delta else "not compared",
            figure.unit.value if figure.unit else "",
            figure.label,
            rows or "not in a table",
            "" if figure.rank is None else str(figure.rank),
            ", ".join(f"`{column.name}`" for column in figure.columns),
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _fill_derived(_app: object, _docname: str, source: list[str]) -> None:
    if FIGURES_MARKER in source[0]:
        source[0] = source[0].replace(FIGURES_MARKER, figures_table())


def setup(app: object) -> dict[str, bool]:
    """Register the hook filling the derived tables."""
    app.connect("source-read", _fill_derived)  # type: ignore[attr-defined]
    return {"parallel_read_safe": True}
