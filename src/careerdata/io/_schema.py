"""The JSON Schema (draft 2020-12) of role files, generated from the model.

The shipped file ``careerdata/data/roles.schema.json`` is :func:`_schema_text` written out;
a test checks that it still is.  The schema checks structure, types and ranges; rules across
values (shares summing to 1, a band's low end below its high end, one currency per pay group,
unique slugs and skills) are checked by loading.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, get_args

import attrs

from careerdata import model
from careerdata.io._structure import ISO_DATE
from careerdata.io._types import constraint, homogeneous_item, is_literal, optional_inner
from careerdata.model import (
    DatasetInfo,
    Distribution,
    LocalizedTitle,
    Money,
    Role,
    Translation,
)

_SCHEMA_FILE = "roles.schema.json"
_DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _shared_defs() -> dict[str, Any]:
    """The definitions every role file uses, each built from the model's own constraints."""
    defs: dict[str, Any] = {}
    category = constraint(model.CategoryShare, "category").json_schema(defs)
    share = constraint(model.CategoryShare, "share").json_schema(defs)
    constraint(model.Role, "description").json_schema(defs)  # long text, shared
    amount = constraint(Money, "amount").json_schema(defs)
    defs["amount"] = {
        "description": "An exact amount in the pay group's currency, or a lower bound.",
        "oneOf": [
            amount,
            {
                "type": "object",
                "properties": {"at_least": amount},
                "required": ["at_least"],
                "additionalProperties": False,
            },
        ],
    }
    defs["distribution"] = {
        "description": (
            "Category -> share (a fraction); the shares sum to 1.  A category counting those "
            'whose category was not reported is {"share": fraction, "unreported": true}.'
        ),
        "type": "object",
        "minProperties": 1,
        "propertyNames": category,
        "additionalProperties": {
            "oneOf": [
                share,
                {
                    "type": "object",
                    "properties": {"share": share, "unreported": {"type": "boolean"}},
                    "required": ["share"],
                    "additionalProperties": False,
                },
            ]
        },
    }
    defs["date"] = {"type": "string", "format": "date", "pattern": f"^{ISO_DATE}(?!\\n)$"}
    return defs


# Fields written as objects keyed by language code: field type -> (def name, class, description).
_BY_LANGUAGE: dict[Any, tuple[str, type, str]] = {
    tuple[LocalizedTitle, ...]: (
        "titles",
        LocalizedTitle,
        (
            "Language code (pt_PT for a regional variant) -> the title in that language: its "
            "singular and plural, and its gender and grammatical forms where given."
        ),
    ),
    tuple[Translation, ...]: (
        "translations",
        Translation,
        "Language code (pt_PT for a regional variant) -> the role's texts in that language.",
    ),
}


def _by_language_schema(
    name: str, cls: type, description: str, defs: dict[str, Any]
) -> dict[str, Any]:
    """The def ``name``: an object keyed by language code whose values are ``cls`` objects."""
    scratch: dict[str, Any] = {}  # the class itself is written inline, not as a def
    _class_schema(cls, scratch)
    value = scratch.pop(cls.__name__)
    defs.update(scratch)  # the shared definitions its fields refer to
    del value["description"]
    value["properties"] = {k: v for k, v in value["properties"].items() if k != "language"}
    value["required"] = [k for k in value["required"] if k != "language"]
    defs[name] = {
        "description": description,
        "type": "object",
        "propertyNames": constraint(cls, "language").json_schema(defs),
        "additionalProperties": value,
    }
    return _ref(name)


def _type_schema(type_: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one field type; adds the classes it refers to under ``defs``."""
    inner = optional_inner(type_)
    if inner is not None:
        return _type_schema(inner, defs)
    simple = {
        float: {"type": "number"},
        bool: {"type": "boolean"},
        Money: _ref("amount"),
        Distribution: _ref("distribution"),
        dt.date: _ref("date"),
    }
    if type_ in simple:
        return simple[type_]
    keyed = _BY_LANGUAGE.get(type_)
    if keyed is not None:
        return _by_language_schema(*keyed, defs)
    if is_literal(type_):
        return {"enum": list(get_args(type_))}
    item = homogeneous_item(type_)
    if item is not None:
        items = _type_schema(item, defs)
        unique = {"uniqueItems": True} if item is str else {}
        return {"type": "array", "items": items, **unique}
    if attrs.has(type_):
        _class_schema(type_, defs)
        return _ref(type_.__name__)
    raise TypeError(f"no JSON Schema for {type_!r}")  # a new model type: extend this function


def _class_schema(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # reserve the name first: classes may refer to each other
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(attrs.resolve_types(cls)):
        validator = field.validator
        if isinstance(validator, model.Constraint):
            schema = validator.json_schema(defs)
        else:
            schema = _type_schema(field.type, defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
            properties[field.name] = schema
        else:
            properties[field.name] = {"anyOf": [schema, {"type": "null"}]}
    first_line = (cls.__doc__ or "").strip().splitlines()[0]
    defs[cls.__name__] = {
        "description": first_line,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _generate_schema() -> dict[str, Any]:
    """Build the role-file schema from the model (the shipped file is this, written out)."""
    defs = _shared_defs()
    _class_schema(DatasetInfo, defs)
    _class_schema(Role, defs)
    defs["roles"] = {"type": "array", "items": _ref("Role")}
    return {
        "$schema": _DRAFT,
        "title": "careerdata role file",
        "description": (
            "A list of job roles, or an object with the roles and a description of the dataset. "
            "Structure, types and ranges are checked here; rules across values (shares summing "
            "to 1, a band's low end below its high end, one currency per pay group, unique "
            "slugs and skills) are checked by careerdata.load_roles."
        ),
        "anyOf": [
            _ref("roles"),
            {
                "type": "object",
                "properties": {"dataset": _ref("DatasetInfo"), "roles": _ref("roles")},
                "required": ["roles"],
                "additionalProperties": False,
            },
        ],
        "$defs": defs,
    }


def _schema_text() -> str:
    return json.dumps(_generate_schema(), ensure_ascii=False, indent=2) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of role files, as a new dict.

    It is shipped as ``careerdata/data/roles.schema.json`` for editors and other languages.
    It checks structure, types and ranges; rules across values (shares summing to 1, a band's
    low end below its high end, unique slugs) are checked by :func:`load_roles`.

    >>> schema()["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    from importlib import resources  # noqa: PLC0415 - only this function reads package data

    text = resources.files("careerdata.data").joinpath(_SCHEMA_FILE).read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result
