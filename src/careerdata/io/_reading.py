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
import re
import stat
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import IO, Any, TypeAlias

from careerdata.errors import ArgumentError, DataFileError, Problem, _shown, join_path
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


_KINDS = (
    (stat.S_ISDIR, "it is a directory"),
    (stat.S_ISFIFO, "it is a FIFO (a named pipe), not a regular file"),
    (stat.S_ISSOCK, "it is a socket, not a regular file"),
    (stat.S_ISCHR, "it is a character device, not a regular file"),
    (stat.S_ISBLK, "it is a block device, not a regular file"),
)


def _not_regular(mode: int) -> str | None:
    """Why a file of ``mode`` is not read (``None`` for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    return next((why for test, why in _KINDS if test(mode)), "it is not a regular file")


def _read_path(path: str | os.PathLike[str]) -> str:
    """Read a regular file; a FIFO, socket or device is refused, without blocking on it."""
    name = _shown_path(path)
    _refuse_special(path, name)
    try:
        # O_NONBLOCK: a FIFO made after the check opens at once, and is then refused.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise file_error(f"cannot read {name}: no such file") from None
    except IsADirectoryError:
        raise file_error(f"cannot read {name}: it is a directory") from None
    except OSError as error:
        raise file_error(f"cannot read {name}: {error.strerror}") from None
    except ValueError:  # a NUL byte in the path
        raise file_error(f"cannot read {name}: a path cannot hold a NUL character") from None
    status = os.fstat(fd)
    why = _not_regular(status.st_mode)
    if why is not None:
        os.close(fd)
        raise file_error(f"cannot read {name}: {why}")
    try:
        if status.st_size > MAX_FILE_SIZE:
            raise _too_large(status.st_size)
        data = _read_fd(fd)
    except OSError as error:
        raise file_error(f"cannot read {name}: {error.strerror}") from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_SIZE:  # the file grew after fstat
        raise _too_large()
    return _decode(data)


def _read_fd(fd: int) -> bytes:
    """At most one byte more than :data:`MAX_FILE_SIZE` from ``fd`` (read whole, in one go)."""
    chunks: list[bytes] = []
    wanted = MAX_FILE_SIZE + 1
    while wanted > 0:
        chunk = os.read(fd, wanted)
        if not chunk:
            break
        chunks.append(chunk)
        wanted -= len(chunk)
    return b"".join(chunks)


def _refuse_special(path: str | os.PathLike[str], name: str) -> None:
    """Refuse a FIFO, socket or device before opening it (a socket cannot even be opened)."""
    try:
        why = _not_regular(os.stat(path).st_mode)
    except (OSError, ValueError):
        return  # opening says what is wrong
    if why is not None and why != _KINDS[0][1]:  # a directory: opening says so
        raise file_error(f"cannot read {name}: {why}")


def _shown_path(path: str | os.PathLike[str]) -> str:
    """A path for a message: as given, with control characters escaped."""
    text = os.fsdecode(os.fspath(path))
    return text if text.isprintable() else repr(text)[1:-1]


def _read_stream(stream: IO[Any]) -> str:
    try:
        data = stream.read(MAX_FILE_SIZE + 1)
    except UnicodeDecodeError as error:
        raise file_error(f"the input is not UTF-8 text: {error.reason}") from None
    except OSError as error:
        raise file_error(f"cannot read the stream: {error}") from None
    except ValueError as error:  # a closed file
        raise _wrong_source(f"a stream that cannot be read ({error})") from None
    except TypeError:  # a read() that takes no size
        raise _wrong_source(f"a {type(stream).__name__} whose read() takes no size") from None
    if isinstance(data, str):
        if len(data) > MAX_FILE_SIZE:
            raise _too_large()
        return data.removeprefix("\ufeff")
    if isinstance(data, (bytes, bytearray)):
        if len(data) > MAX_FILE_SIZE:
            raise _too_large()
        return _decode(bytes(data))
    raise _wrong_source(f"a stream whose read() returned {type(data).__name__}, not str or bytes")


def _wrong_source(what: str) -> ArgumentError:
    wanted = "a path, JSON text, bytes or a readable stream"
    return ArgumentError.at("source", f"expected {wanted}, got {what}")


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
    raise _wrong_source(type(source).__name__)


# --------------------------------------------------------------------------- text to JSON


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _ConstantError(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class _EmptyObject(dict[str, Any]):
    """The one ``{}`` every empty JSON object of the input is parsed to: 8 bytes each, not 64.

    It refuses to be changed, so that no reader of parsed data can alter another's.
    """

    __slots__ = ()

    def _refuse(self, *_: object, **__: object) -> Any:
        raise TypeError("the parsed empty object is shared: copy it to change it")

    __setitem__ = __delitem__ = __ior__ = setdefault = update = pop = popitem = clear = _refuse


_EMPTY = _EmptyObject()


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    if not pairs:
        return _EMPTY
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


# What a second, slow parse puts in place of a NaN, an Infinity or an over-long integer.
_BAD_NUMBER = object()


def _mark_number(text: str) -> Any:
    return _BAD_NUMBER if len(text.lstrip("-")) > sys.get_int_max_str_digits() else int(text)


def _first_path(document: Any, marked: Callable[[Any], bool]) -> str:
    """The path of the first value of ``document`` (in file order) that is ``marked``."""
    pending: list[tuple[str, Any]] = [("", document)]
    while pending:
        path, value = pending.pop()
        if marked(value):
            return document_path(path)
        if isinstance(value, dict):
            items = [(join_path(path, key_path(k)), v) for k, v in value.items()]
        elif isinstance(value, list):
            items = [(f"{path}[{index}]", v) for index, v in enumerate(value)]
        else:
            continue
        pending.extend(reversed(items))
    return ""


def _duplicate_path(text: str) -> str:
    """The path of the first object with a repeated key: parsed again, only when there is one."""
    try:
        document = json.loads(text, parse_float=Decimal, object_pairs_hook=_mark_repeats)
    except (ValueError, RecursionError):  # broken further on too: the repeated key is news enough
        return ""
    return _first_path(document, lambda value: isinstance(value, _Repeated))


# A JSON string (skipped), or a number token outside strings: where the first bad number is.
# Compiled by re when first needed (some 0.3 ms): only a file with a bad number needs it.
_NUMBER_SCAN = (
    r'"[^"\\]*(?:\\.[^"\\]*)*"'  # a string, skipped
    r"|(-?(?:NaN|Infinity))|(-?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)"
)


def _bad_number(text: str, constant: str | None) -> Problem:
    """The problem of the first NaN, Infinity or over-long integer: its line, column and path."""
    limit = sys.get_int_max_str_digits()
    position, token = 0, constant or ""
    for match in re.finditer(_NUMBER_SCAN, text):
        name, number = match.group(1, 2)
        if name is not None or (
            number is not None and number.lstrip("-").isdigit() and len(number.lstrip("-")) > limit
        ):
            position, token = match.start(), name or number
            break
    line = text.count("\n", 0, position) + 1
    column = position - text.rfind("\n", 0, position)
    if token.lstrip("-")[:1].isalpha():
        what = f"{token} is not a number (write null for a missing value)"
    else:
        digits = len(token.lstrip("-"))
        what = f"an integer of {digits} digits; at most {limit} are read"
    message = f"invalid JSON at line {line} column {column}: {what}"
    try:
        document = json.loads(
            text, parse_float=Decimal, parse_int=_mark_number, parse_constant=lambda _: _BAD_NUMBER
        )
    except (ValueError, RecursionError):
        return Problem("", message)
    return Problem(_first_path(document, lambda value: value is _BAD_NUMBER), message)


def _decoder() -> json.JSONDecoder:
    return json.JSONDecoder(
        parse_float=Decimal, parse_constant=_reject_constant, object_pairs_hook=_unique_keys
    )


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
        return _decoder().decode(text)
    except json.JSONDecodeError as error:
        message = f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        if not text[error.pos :].strip():
            message += " (the input ends early: is the file cut short?)"
        raise file_error(message) from None
    except _DuplicateKeyError as error:
        message = f"invalid JSON: the key {_shown(error.key)} repeats in one object"
        raise DataFileError([Problem(_duplicate_path(text), message)]) from None
    except _ConstantError as error:
        raise DataFileError([_bad_number(text, error.name)]) from None
    except RecursionError:
        raise file_error("invalid JSON: nested too deeply") from None
    except ValueError as error:  # an integer with more digits than Python converts
        if "digits" in str(error):
            raise DataFileError([_bad_number(text, None)]) from None
        raise file_error(f"invalid JSON: {error}") from None
