"""Fuzzing load_roles: any input loads as valid roles or raises the library's error, nothing else.

Two kinds of input: arbitrary JSON values shaped like role files (keys drawn from the model's
field names, so the fuzzer reaches deep into roles), and valid files mutated at the JSON level
(keys deleted, values swapped for other types, numbers perturbed, items repeated) and at the
byte level (truncated, bytes flipped, inserted or deleted).  Whatever loads must round-trip:
load(dump(x)) == x and dump(load(dump(x))) == dump(x).

Run with HYPOTHESIS_PROFILE=thorough for many more examples.
"""

from __future__ import annotations

import io
import json
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import given, note, settings
from hypothesis import strategies as st

import careerdata as cd
import strategies
from careerdata import io as cio
from careerdata import model
from careerdata._terminal import _CONTROLS, _escaped_line
from careerdata.errors import MAX_PROBLEMS
from careerdata.interop import role_records, roles_from_csv, roles_from_records, write_csv
from careerdata.interop._common import FORMULA_STARTS

# Drawing whole valid roles is slow (tens of milliseconds each): those tests run a quarter of the
# profile's examples (15 by default, 500 with HYPOTHESIS_PROFILE=thorough).
_ROLE_BASED = settings(max_examples=max(10, settings().max_examples // 4))

_FIELDS = sorted(
    {
        field.name
        for cls in vars(model).values()
        if isinstance(cls, type) and attrs.has(cls)
        for field in attrs.fields(cls)
    }
    | {"roles", "dataset", "at_least", "Male", "Female", "de", "singular", "plural"}
)

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.decimals(allow_nan=False, allow_infinity=False).filter(lambda d: abs(d.adjusted()) < 400)
    | st.text(max_size=8)
    | st.sampled_from(["USD", "clerk", "2026-11-23", "43-4051", "a", "an", " x", "\x00", ""])
)
_KEYS = st.sampled_from(_FIELDS) | st.text(max_size=4)
json_values = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=5),
    max_leaves=24,
)


def _encode(value: Any) -> str:
    """JSON text of a value that may hold decimals (written as JSON numbers)."""
    if isinstance(value, Decimal):
        return str(value) if value.is_finite() else "null"
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{_encode(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_encode(item) for item in value) + "]"
    return json.dumps(value)


def _check(source: str | bytes) -> tuple[cd.Role, ...] | None:
    """Load ``source``: our error (None) or roles, which must round-trip exactly."""
    caught: cd.ValidationError | None = None
    try:
        roles = cio.load_roles(source)
    except cd.ValidationError as error:
        caught = error
    if caught is not None:
        assert 0 < len(caught.problems) <= MAX_PROBLEMS
        assert all(problem.message for problem in caught.problems)
        assert len(str(caught)) < 400 * MAX_PROBLEMS  # bounded, however bad the input
        return None
    assert all(isinstance(role, cd.Role) for role in roles)
    text = cio.dump_roles(roles)
    assert roles == cio.load_roles(text)
    assert text == cio.dump_roles(cio.load_roles(text))
    return roles


@given(json_values)
def test_arbitrary_json_values_load_or_raise_our_error(value: Any) -> None:
    """Any JSON value at the top: roles or ValidationError."""
    _check(_encode(value))


@given(st.lists(json_values, max_size=3))
def test_arbitrary_roles_load_or_raise_our_error(items: list[Any]) -> None:
    """Any JSON values where roles belong: roles or ValidationError."""
    _check(_encode(items))


@given(st.dictionaries(_KEYS, json_values, max_size=6))
def test_arbitrary_role_objects_load_or_raise_our_error(role: dict[str, Any]) -> None:
    """Objects with role-like keys and any values: roles or ValidationError."""
    _check(_encode([{"title": "Clerk", **role}]))


# --------------------------------------------------------------------------- mutated valid files


def _containers(value: Any, found: list[Any]) -> list[Any]:
    """Every list and object inside ``value`` (itself included), depth first."""
    if isinstance(value, (dict, list)):
        found.append(value)
        for item in value.values() if isinstance(value, dict) else value:
            _containers(item, found)
    return found


def _perturb(draw: st.DrawFn, old: Any) -> Any:
    if isinstance(old, bool) or not isinstance(old, (int, float, Decimal)):
        return draw(_SCALARS)
    old = Decimal(repr(old)) if isinstance(old, float) else old
    return draw(
        st.sampled_from(
            [
                -old,
                old * 100,
                old + Decimal("0.0000001"),
                Decimal("1e400"),
                Decimal("1e-400"),
                10**30,
                float(old) / 3,
                str(old),
                0,
            ]
        )
    )


@st.composite
def mutated_documents(draw: st.DrawFn) -> str:
    """A valid role file with one to three JSON-level mutations."""
    roles = draw(st.lists(strategies.roles(), min_size=1, max_size=3, unique_by=lambda r: r.slug))
    document: Any = json.loads(cio.dump_roles(roles), parse_float=Decimal)
    for _ in range(draw(st.integers(1, 3))):
        target = draw(st.sampled_from(_containers(document, [])))
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        if not keys:
            continue
        key = draw(st.sampled_from(keys))
        action = draw(st.sampled_from(["delete", "retype", "perturb", "repeat", "wrap", "add"]))
        note(f"{action} {key!r}")
        if action == "delete":
            del target[key]
        elif action == "retype":
            target[key] = draw(json_values)
        elif action == "perturb":
            target[key] = _perturb(draw, target[key])
        elif action == "repeat" and isinstance(target, list):
            target.append(target[key])
        elif action == "wrap":
            target[key] = draw(st.sampled_from([[target[key]], {"value": target[key]}]))
        elif isinstance(target, dict):
            target[draw(_KEYS)] = draw(json_values)
    return _encode(document)


@_ROLE_BASED
@given(mutated_documents())
def test_mutated_valid_files_load_or_raise_our_error(text: str) -> None:
    """Deleted keys, swapped types, perturbed numbers: roles or ValidationError."""
    note(text)
    _check(text)


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """A valid role file, truncated or with bytes flipped, inserted or deleted."""
    roles = draw(st.lists(strategies.roles(), min_size=1, max_size=2, unique_by=lambda r: r.slug))
    data = bytearray(cio.dump_roles(roles, indent=draw(st.sampled_from([None, 2]))).encode())
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["truncate", "flip", "insert", "delete"]))
        if action == "truncate":
            del data[at:]
        elif action == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=4))
        else:
            del data[at]
    return bytes(data)


@_ROLE_BASED
@given(damaged_bytes())
def test_damaged_bytes_load_or_raise_our_error(data: bytes) -> None:
    """Truncated and corrupted bytes: roles or ValidationError (mostly DataFileError)."""
    note(repr(data))
    _check(data)


# --------------------------------------------------------------------------- hostile shapes (#15)


@given(strategies.long_runs() | strategies.many_keys())
def test_long_runs_and_many_keys_load_or_raise_a_capped_error(text: str) -> None:
    """Hundreds of bad items or keys: at most MAX_PROBLEMS kept, every one counted."""
    note(text[:200])
    _check(text)


@given(
    strategies.exponent_literals,
    st.sampled_from(["pay.yearly", "outlook.growth_rate", "outlook.jobs"]),
)
def test_tiny_and_huge_exponents_load_exactly_or_raise_our_error(literal: str, where: str) -> None:
    """An exponent of -10**9 or 10**9 is refused or kept exactly, never rounded away."""
    group, field = where.split(".")
    roles = _check(f'[{{"title": "C", "{group}": {{"{field}": {literal}}}}}]')
    if roles is not None and group == "pay":
        assert roles[0].pay is not None
        assert roles[0].pay.yearly is not None
        assert roles[0].pay.yearly.amount == Decimal(literal)


@given(strategies.hostile_texts())
def test_hostile_text_is_refused_or_survives_files_records_and_csv(text: str) -> None:
    """Control and bidi characters, surrogates and formula prefixes in a title and a text."""
    note(repr(text))
    refused: tuple[str, ...] = ()
    try:
        role = cd.Role(title=text, slug="r", description=text)
    except cd.ValidationError as error:
        refused = error.paths
    if refused:
        assert refused in (("title",), ("description",))
        return
    roles = (role,)
    assert cio.load_roles(cio.dump_roles(roles)) == roles
    records = role_records(roles)
    for cell in records[0].values():
        if isinstance(cell, str):
            assert cell[:1] not in FORMULA_STARTS or cell.lstrip("-").replace(".", "").isdigit()
    assert roles_from_records(records) == roles
    out = io.StringIO()
    write_csv(records, out)
    assert roles_from_csv(io.StringIO(out.getvalue())) == roles


@given(strategies.hostile_texts() | st.text())
def test_the_cli_never_sends_a_control_character(text: str) -> None:
    """Error lines escape everything unprintable; data lines every control of the terminal."""
    line = _escaped_line(text)
    assert all(char.isprintable() or char == " " for char in line)
    assert _CONTROLS.search(_CONTROLS.sub("", text)) is None
