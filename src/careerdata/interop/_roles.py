"""Role records: a role as one flat record of :data:`ROLE_COLUMNS`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from careerdata.figures import FIGURES
from careerdata.interop._common import Cell, _each, _json, _provenance, _require
from careerdata.model import Distribution, Money, Provenance, Role

_IDENTITY_COLUMNS = ("slug", "title", "soc_code", "aliases", "plural", "article", "titles")
_SOURCE_COLUMNS = tuple(
    f"source_{name}"
    for name in ("publisher", "dataset", "release", "url", "retrieved", "files", "checksum", "note")
)
# The columns of the figures (careerdata.figures.FIGURES), in registry order: those of pay,
# which the pay's currency and lower bounds enclose, then the others.
_PAY_COLUMNS = tuple(c for f in FIGURES if f.path.startswith("pay.") for c in f.columns)
_OTHER_COLUMNS = tuple(c for f in FIGURES if not f.path.startswith("pay.") for c in f.columns)

#: The columns of :func:`role_record`, in order; every record has exactly these keys.  The
#: columns of the figures are those :data:`careerdata.figures.FIGURES` gives.
ROLE_COLUMNS: tuple[str, ...] = (
    *_IDENTITY_COLUMNS,
    "description",
    "pay_currency",
    *(column.name for column in _PAY_COLUMNS),
    "pay_lower_bounds",
    *(column.name for column in _OTHER_COLUMNS),
    "responsibilities",
    *_SOURCE_COLUMNS,
)


def role_record(role: Role, *, source: Provenance | None = None) -> dict[str, Cell]:
    """Flatten ``role`` into one record with the keys of :data:`ROLE_COLUMNS`, in that order.

    See the module documentation for how money, shares, lower bounds and lists are written.
    The ``source_*`` columns describe the role's own provenance, else ``source`` (a dataset's
    ``info.source``).
    Skills are a JSON object of name to weight (``null`` weights when the source gives only a
    ranking), distributions a JSON object of category to share, both in their original order.

    >>> from careerdata.model import Demographics, Distribution, Role
    >>> role = Role(
    ...     title="Customer Service Manager",
    ...     demographics=Demographics(gender=Distribution.of({"Male": 0.37, "Female": 0.63})),
    ... )
    >>> record = role_record(role)
    >>> record["slug"], record["demographics_gender"], record["pay_yearly"]
    ('customer-service-manager', '{"Male": 0.37, "Female": 0.63}', None)
    """
    _require(role, Role, "role")
    provenance = _provenance(role, source)
    cells: dict[str, Cell] = {
        "slug": role.slug,
        "title": role.title,
        "soc_code": role.soc_code,
        "aliases": _json(list(role.aliases)),
        "plural": role.plural,
        "article": role.article,
        "titles": _json({t.language: [t.singular, t.plural] for t in role.titles}),
        "description": role.description,
        "responsibilities": _json(list(role.responsibilities)),
    }
    cells.update(_figure_cells(role))
    cells.update(_source_cells(provenance))
    return {column: cells.get(column) for column in ROLE_COLUMNS}


def role_records(
    roles: Iterable[Role] | Mapping[str, Role], *, source: Provenance | None = None
) -> list[dict[str, Cell]]:
    """Flatten many roles (a list, or a mapping such as a dataset) with :func:`role_record`.

    ``source`` is the provenance of roles that carry none of their own: pass a dataset's
    ``info.source`` to fill the ``source_*`` columns of an embedded dataset's roles.

    A value that is not a :class:`~careerdata.model.Role` raises
    :class:`~careerdata.errors.ValidationError` naming its position (``roles[2]``).

    >>> from careerdata.model import Role
    >>> [r["title"] for r in role_records([Role(title="Cashier"), Role(title="Actuary")])]
    ['Cashier', 'Actuary']
    """
    return [role_record(role, source=source) for role in _each(roles, Role, "roles")]


def _money(money: Money | None) -> str | None:
    return None if money is None else str(money.amount)


def _figure_cells(role: Role) -> dict[str, Cell]:
    """The cells of every figure's columns, with the pay's currency and lower bounds."""
    cells: dict[str, Cell] = {}
    lower_bounds: list[str] = []
    for column in _FIGURE_COLUMNS:
        value = column.read(role)
        if value is None:
            continue
        if isinstance(value, Money):
            cells[column.name] = str(value.amount)
            if value.at_least:
                lower_bounds.append(column.name)
        else:
            cells[column.name] = _cell(value)
    if role.pay is not None:
        cells["pay_currency"] = role.pay.currency
        cells["pay_lower_bounds"] = _json(lower_bounds)
    return cells


_FIGURE_COLUMNS = (*_PAY_COLUMNS, *_OTHER_COLUMNS)


def _cell(value: object) -> Cell:
    """A figure's value as a cell: distributions and skills as JSON, text and numbers as is."""
    if isinstance(value, Distribution):
        return _distribution_json(value)
    if isinstance(value, tuple):  # the skills, a JSON object of name to weight
        return _json({skill.name: skill.weight for skill in value})
    if isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"no cell for a {type(value).__name__}")  # a new kind of figure


def _distribution_json(distribution: Distribution | None) -> str | None:
    if distribution is None:
        return None
    return _json({item.category: item.share for item in distribution})


def _source_cells(source: Provenance | None) -> dict[str, Cell]:
    if source is None:
        return {}
    return {
        "source_publisher": source.publisher,
        "source_dataset": source.dataset,
        "source_release": source.release,
        "source_url": source.url,
        "source_retrieved": None if source.retrieved is None else source.retrieved.isoformat(),
        "source_files": _json(list(source.files)),
        "source_checksum": source.checksum,
        "source_note": source.note,
    }
