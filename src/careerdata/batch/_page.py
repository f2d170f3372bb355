"""What batch generation produces: one :class:`Page` per pair, locale and format."""

from __future__ import annotations

import hashlib
import re
from typing import Any, Literal, get_args

import attrs

from careerdata._repr import fields_repr
from careerdata.errors import ValidationError
from careerdata.errors import _shown as shown

__all__ = ["FORMATS", "MAX_NAME_BYTES", "Format", "Page"]

#: What a page holds: the opening paragraphs (:func:`careerdata.summarize`) or the whole page
#: (:func:`careerdata.render`) in Markdown, plain text or HTML.
Format = Literal["summary", "markdown", "text", "html"]
#: Every :data:`Format`, in the order of its definition.
FORMATS: tuple[str, ...] = get_args(Format)

_SUFFIXES: dict[str, str] = {
    "summary": ".summary.txt",
    "markdown": ".md",
    "text": ".txt",
    "html": ".html",
}


#: The longest file name :attr:`Page.path` gives, in bytes: what every common file system
#: (ext4, APFS, NTFS, FAT's long names) allows.
MAX_NAME_BYTES = 255
_HASH_LENGTH = 16
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
# A locale as the text layer accepts it (letters, digits, "_", "-", a "." codeset), never a
# path: no "/", "\\", ".." or NUL.  Its full check is careerdata.text's resolve().
_LOCALE = re.compile(r"[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*(?:\.[A-Za-z0-9][A-Za-z0-9-]*)?\Z")
_MAX_LOCALE = 64


def _slug(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or _SLUG.match(value) is None:
        message = f"{shown(value)} is not a role's slug (lower-case letters and digits and '-')"
        raise ValidationError.at(attribute.name, message)


def _locale(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or len(value) > _MAX_LOCALE or _LOCALE.match(value) is None:
        message = f"{shown(value)} is not a locale identifier such as 'de_DE'"
        raise ValidationError.at(attribute.name, message)


def _format(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or value not in _SUFFIXES:
        message = f"unknown format {shown(value)}; expected one of: {', '.join(FORMATS)}"
        raise ValidationError.at(attribute.name, message)


def _text(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ValidationError.at(attribute.name, f"expected the page's text, got {shown(value)}")


@attrs.frozen
class Page:
    """One generated text: role ``a`` compared with role ``b`` in ``locale`` and ``format``.

    ``a`` and ``b`` are the roles' slugs; ``locale`` is spelt as it was requested.  Every field
    is checked when a page is made, so :attr:`path` always names a file inside the folder it is
    written to: a bad value raises :class:`~careerdata.errors.ValidationError` at its name.

    >>> Page("a", "b", "../x", "html", "")
    Traceback (most recent call last):
    ...
    careerdata.errors.ValidationError: locale: '../x' is not a locale identifier such as 'de_DE'
    """

    __repr__ = fields_repr

    a: str = attrs.field(validator=_slug)
    b: str = attrs.field(validator=_slug)
    locale: str = attrs.field(validator=_locale)
    format: Format = attrs.field(validator=_format)
    text: str = attrs.field(validator=_text, repr=False)

    @property
    def path(self) -> str:
        """Where :func:`write_folder` puts the page: ``{locale}/{a}-vs-{b}{suffix}``.

        The suffix is ``.md``, ``.txt``, ``.html`` or ``.summary.txt`` by format.  A name that
        would be longer than :data:`MAX_NAME_BYTES` keeps as much of ``{a}-vs-{b}`` as fits,
        then ``-`` and 16 hex digits of the SHA-256 of ``a`` and ``b``, so it stays unique and
        the same from run to run.

        >>> page = Page("x" * 200, "y" * 200, "en_US", "html", "")
        >>> name = page.path.split("/")[1]
        >>> len(name), name[-22:]
        (255, '-da32c2d5aa8d51a9.html')
        """
        suffix = _SUFFIXES[self.format]
        name = f"{self.a}-vs-{self.b}"
        if len(name) + len(suffix) > MAX_NAME_BYTES:  # slugs are ASCII: one byte a character
            digest = hashlib.sha256(f"{self.a}\0{self.b}".encode()).hexdigest()[:_HASH_LENGTH]
            keep = MAX_NAME_BYTES - len(suffix) - _HASH_LENGTH - 1
            name = f"{name[:keep].rstrip('-')}-{digest}"
        return f"{self.locale}/{name}{suffix}"

    def to_json(self) -> dict[str, str]:
        """The page as a JSON object (one line of :func:`write_jsonl`)."""
        return {
            "a": self.a,
            "b": self.b,
            "locale": self.locale,
            "format": self.format,
            "text": self.text,
        }
