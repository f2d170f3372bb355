"""Reading the input: from a path, text, bytes or stream to parsed JSON, within its limits.

What is accepted here is decided once for every source: at most :data:`MAX_FILE_SIZE` bytes
(checked before a file is read, and by reading a stream only up to one byte past it); UTF-8
only, a UTF-8 byte order mark skipped, UTF-16 and UTF-32 refused by name; JSON without
``NaN``/``Infinity`` and without a key repeated in one object.  Every failure is a
:class:`~careerdata.errors.DataFileError` with one problem.
"""

from __future__ import annotations

import codecs
import json
import os
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, TypeAlias

from careerdata.errors import DataFileError, Problem, _shown, join_path
from careerdata.io._paths import document_path, key_path

#: Largest input accepted, in bytes (64 MiB): larger files are refused before being read whole.
MAX_FILE_SIZE = 64 * 1024 * 1024

#: What :func:`~careerdata.io.load_roles` reads: a path, JSON text (a ``str`` starting with
#: ``[`` or ``{``), bytes, or a readable text or binary stream.
Source: TypeAlias = "str | os.PathLike[str] | bytes | bytearray | IO[str] | IO[bytes]"


def file_error(message: str) -> DataFileError:
    """The error for an input that cannot be read as JSON at all."""
    return DataFileError([Problem("", message)])


# --------------------------------------------------------------------------- bytes to text


def _decode(data: bytes) -> str:
    offset = 0
    if data.startswith(codecs.BOM_UTF8):
        data, offset = data[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise file_error("the input is UTF-32 text; save it as UTF-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise file_error("the input is UTF-16 text; save it as UTF-8")
    elif b"\x00" in data[:4]:
        # JSON text never holds a NUL byte; one among the first bytes means a wider encoding.
        raise file_error("the input is not UTF-8 text: it looks like UTF-16 or UTF-32")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        message = f"the input is not UTF-8 text: byte 0x{bad:02x} at offset {error.start + offset}"
        raise file_error(message) from None


def _too_large(size: int | None = None) -> DataFileError:
    limit = f"at most {MAX_FILE_SIZE} bytes are accepted"
    if size is None:  # a stream: only known to be longer than the limit
        return file_error(f"the input is too large; {limit}")
    return file_error(f"the input is {size} bytes; {limit}")


def _read_path(path: str | os.PathLike[str]) -> str:
    try:
        with Path(path).open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_FILE_SIZE:
                raise _too_large(size)
            data = stream.read(MAX_FILE_SIZE + 1)
    except FileNotFoundError:
        raise file_error(f"cannot read {os.fspath(path)}: no such file") from None
    except IsADirectoryError:
        raise file_error(f"cannot read {os.fspath(path)}: it is a directory") from None
    except OSError as error:
        raise file_error(f"cannot read {os.fspath(path)}: {error.strerror}") from None
    if len(data) > MAX_FILE_SIZE:  # the file grew after fstat
        raise _too_large()
    return _decode(data)


def _read_stream(stream: IO[Any]) -> str:
    try:
        data = stream.read(MAX_FILE_SIZE + 1)
    except UnicodeDecodeError as error:
        raise file_error(f"the input is not UTF-8 text: {error.reason}") from None
    except OSError as error:
        raise file_error(f"cannot read the stream: {error}") from None
    if len(data) > MAX_FILE_SIZE:
        raise _too_large()
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if isinstance(data, (bytes, bytearray)):
        return _decode(bytes(data))
    raise TypeError(f"the stream returned {type(data).__name__}, not str or bytes")


def read(source: Source) -> str:
    """The text of ``source``: decoded, without its BOM, checked against the size limit.

    A ``str`` whose first non-blank character is ``[`` or ``{`` is JSON text; any other
    ``str`` is a path.  Only the path given is opened.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        if len(source) > MAX_FILE_SIZE:
            raise _too_large(len(source))
        return _decode(bytes(source))
    if isinstance(source, str):
        text = source.removeprefix("\ufeff")
        stripped = text.lstrip()
        if not stripped or stripped[0] in "[{":
            if len(text) > MAX_FILE_SIZE:
                raise _too_large(len(text))
            return text
        return _read_path(source)
    if isinstance(source, os.PathLike):
        return _read_path(source)
    if hasattr(source, "read"):
        return _read_stream(source)
    raise TypeError(f"cannot read roles from {type(source).__name__}: give a path, text or stream")


# --------------------------------------------------------------------------- text to JSON


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _ConstantError(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _reject_constant(name: str) -> Any:
    raise _ConstantError(name)


class _Repeated(dict[str, Any]):
    """An object of the input whose keys repeat (found on a second, slow parse)."""


def _mark_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    return _Repeated(result) if len(result) != len(pairs) else result


def _duplicate_path(text: str) -> str:
    """The path of the first object with a repeated key: parsed again, only when there is one."""
    try:
        document = json.loads(text, parse_float=Decimal, object_pairs_hook=_mark_repeats)
    except (ValueError, RecursionError):  # broken further on too: the repeated key is news enough
        return ""
    pending: list[tuple[str, Any]] = [("", document)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, _Repeated):
            return document_path(path)
        if isinstance(value, dict):
            items = [(join_path(path, key_path(k)), v) for k, v in value.items()]
        elif isinstance(value, list):
            items = [(f"{path}[{index}]", v) for index, v in enumerate(value)]
        else:
            continue
        pending.extend(reversed(items))
    return ""


def parse(text: str, *, trusted: bool = False) -> Any:
    """Parse JSON text: numbers with a point as exact decimals, repeated keys refused.

    ``trusted`` skips the check for repeated keys, which doubles the time of a parse: for the
    embedded datasets only, whose files the test suite and the build check parse strictly.
    """
    if not text.strip():
        raise file_error("the input is empty: expected a JSON list of roles")
    try:
        if trusted:
            return json.loads(text, parse_float=Decimal, parse_constant=_reject_constant)
        return json.loads(
            text,
            parse_float=Decimal,
            parse_constant=_reject_constant,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as error:
        message = f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        if not text[error.pos :].strip():
            message += " (the input ends early: is the file cut short?)"
        raise file_error(message) from None
    except _DuplicateKeyError as error:
        message = f"invalid JSON: the key {_shown(error.key)} repeats in one object"
        raise DataFileError([Problem(_duplicate_path(text), message)]) from None
    except _ConstantError as error:
        message = f"invalid JSON: {error.name} is not a number (write null for a missing value)"
        raise file_error(message) from None
    except RecursionError:
        raise file_error("invalid JSON: nested too deeply") from None
    except ValueError as error:  # e.g. an integer with more digits than Python converts
        raise file_error(f"invalid JSON: {error}") from None
