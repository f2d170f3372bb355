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
from careerdata.io._structure import homogeneous_item, is_literal, optional_inner
from careerdata.model import (
    DatasetInfo,
    Distribution,
    LocalizedTitle,
    Money,
    Pay,
    Role,
    Translation,
)

_SCHEMA_FILE = "roles.schema.json"
_DRAFT = "https://json-schema.org/draft/2020-12/schema"
# No leading or trailing white space, no control characters (newlines allowed in long text).
_SHORT_TEXT = r"^[^\s\u0000-\u001f\u007f-\u009f]([^\u0000-\u001f\u007f-\u009f]*[^\s\u0000-\u001f\u007f-\u009f])?$"  # noqa: E501
_LONG_TEXT = r"^[^\s\u0000-\u001f\u007f-\u009f]([^\u0000-\u0009\u000b-\u001f\u007f-\u009f]*[^\s\u0000-\u001f\u007f-\u009f])?$"  # noqa: E501


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _range(kind: str, low: float, high: float) -> dict[str, Any]:
    return {"type": kind, "minimum": low, "maximum": high}


_SHARE = {"type": "number", "minimum": 0, "maximum": 1}

_LONG_TEXTS = {"type": "array", "items": _ref("long_text"), "uniqueItems": True}
#: Constraints the types alone do not carry; keyed by (class, field).
_FIELD_SCHEMAS: dict[tuple[type, str], dict[str, Any]] = {
    (Role, "slug"): _ref("slug"),
    (Role, "soc_code"): {"type": "string", "pattern": r"^[0-9]{2}-[0-9]{4}$"},
    (Role, "description"): _ref("long_text"),
    (Role, "responsibilities"): _LONG_TEXTS,
    (Translation, "description"): _ref("long_text"),
    (Translation, "responsibilities"): _LONG_TEXTS,
    (DatasetInfo, "name"): _ref("slug"),
    (DatasetInfo, "description"): _ref("long_text"),
    (model.Provenance, "note"): _ref("long_text"),
    (Pay, "currency"): {"type": "string", "pattern": "^[A-Z]{3}$"},
    (model.SalaryBand, "low"): {
        "type": "number",
        "minimum": 0,
        "exclusiveMaximum": int(model.MAX_AMOUNT),
    },
    (model.Outlook, "growth_rate"): _range("number", -1, 10),
    (model.Outlook, "jobs"): _range("integer", 0, 10**12 - 1),
    (model.Career, "satisfaction"): _range("number", 1, 5),
    (model.Career, "experience_years"): _range("number", 0, 80),
    (model.YearRange, "low"): _range("integer", 0, 80),
    (model.YearRange, "high"): _range("integer", 0, 80),
    (model.Education, "degree_share"): _SHARE,
    (model.Demographics, "average_age"): _range("number", 14, 100),
    (model.Demographics, "lgbt_share"): _SHARE,
    (model.Skill, "weight"): _SHARE,
}

_SHARED_DEFS: dict[str, Any] = {
    "text": {"type": "string", "maxLength": model.MAX_TITLE_LENGTH, "pattern": _SHORT_TEXT},
    "long_text": {"type": "string", "maxLength": model.MAX_TEXT_LENGTH, "pattern": _LONG_TEXT},
    "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
    "amount": {
        "description": "An exact amount in the pay group's currency, or a lower bound.",
        "oneOf": [
            {"type": "number", "minimum": 0, "exclusiveMaximum": int(model.MAX_AMOUNT)},
            {
                "type": "object",
                "properties": {
                    "at_least": {
                        "type": "number",
                        "minimum": 0,
                        "exclusiveMaximum": int(model.MAX_AMOUNT),
                    }
                },
                "required": ["at_least"],
                "additionalProperties": False,
            },
        ],
    },
    "distribution": {
        "description": "Category -> share (a fraction); the shares sum to 1.",
        "type": "object",
        "minProperties": 1,
        "propertyNames": _ref("text"),
        "additionalProperties": _SHARE,
    },
    "date": {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
}


# Fields written as objects keyed by language code: field type -> (def name, class, description).
_BY_LANGUAGE: dict[Any, tuple[str, type, str]] = {
    tuple[LocalizedTitle, ...]: (
        "titles",
        LocalizedTitle,
        "Language code -> the title's singular and plural in that language.",
    ),
    tuple[Translation, ...]: (
        "translations",
        Translation,
        "Language code -> the role's texts in that language.",
    ),
}


def _by_language_schema(
    name: str, cls: type, description: str, defs: dict[str, Any]
) -> dict[str, Any]:
    """The def ``name``: an object keyed by language code whose values are ``cls`` objects."""
    scratch: dict[str, Any] = {}  # the classes hold plain text: nothing to add to defs
    _class_schema(cls, scratch)
    value = scratch[cls.__name__]
    del value["description"]
    value["properties"] = {k: v for k, v in value["properties"].items() if k != "language"}
    value["required"] = [k for k in value["required"] if k != "language"]
    defs[name] = {
        "description": description,
        "type": "object",
        "propertyNames": {"pattern": "^[a-z]{2,3}$"},
        "additionalProperties": value,
    }
    return _ref(name)


def _type_schema(type_: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one field type; adds the classes it refers to under ``defs``."""
    inner = optional_inner(type_)
    if inner is not None:
        return _type_schema(inner, defs)
    simple = {
        str: _ref("text"),
        float: {"type": "number"},
        int: {"type": "integer", "minimum": 0},
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
        schema = _FIELD_SCHEMAS.get((cls, field.name)) or _type_schema(field.type, defs)
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
    defs: dict[str, Any] = dict(_SHARED_DEFS)
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
