"""Whole HTML documents of a comparison page, and the parts callers need for their own.

:func:`document` writes a complete page: doctype, ``charset``, viewport, the translated
``<title>`` (:func:`page_title`), the summary as meta description (:func:`page_description`),
schema.org JSON-LD of both roles in the page's language (:func:`~careerdata.to_jsonld`, made
safe inside ``<script>`` by :func:`script_json`) and the default stylesheet
(:func:`stylesheet`), inlined or linked.  The ``<article>`` inside is :func:`render`'s.

>>> import careerdata as cd
>>> from careerdata.compare import compare
>>> comparison = compare(cd.Role(title="HR Manager"), cd.Role(title="UX Designer"))
>>> page_title(comparison, "de_DE")
'HR Manager vs. UX Designer: Berufe im Vergleich'
>>> page = document(comparison, "de_DE", css=None)
>>> print(page[: page.index("<title>")])
<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<BLANKLINE>
"""

from __future__ import annotations

import html
import json
from importlib import resources
from typing import Any, Literal

import babel

from careerdata.compare import Comparison
from careerdata.errors import ValidationError
from careerdata.text._blocks import Heading
from careerdata.text._html import Html
from careerdata.text._locale import resolve
from careerdata.text._sources import PageSource
from careerdata.text.page import page_blocks, render
from careerdata.text.summary import check_comparison, summarize

__all__ = ["document", "page_description", "page_title", "script_json", "stylesheet"]

#: How :func:`document` brings in the stylesheet: ``"inline"`` (a ``<style>`` element),
#: ``"link"`` (a ``<link>`` to ``css_href``) or ``None`` (none).
Css = Literal["inline", "link"] | None

_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def stylesheet() -> str:
    """The default stylesheet of the HTML page (CSS text, shipped as ``careerdata/text/page.css``).

    It styles only ``.cd-page`` and what is inside it (and ``.cd-document``, the body of
    :func:`document`): light and dark colour schemes, print styles, and no sideways scrolling
    at a width of 360 CSS pixels, where a wide table scrolls in its own box.

    >>> css = stylesheet()
    >>> "prefers-color-scheme: dark" in css and "@media print" in css
    True
    """
    return resources.files("careerdata.text").joinpath("page.css").read_text(encoding="utf-8")


def page_title(comparison: Comparison, locale: str | babel.Locale = "en_US") -> str:
    """The page's title in its language, as its ``<h1>`` shows it (plain text).

    >>> import careerdata as cd
    >>> from careerdata.compare import compare
    >>> page_title(compare(cd.Role(title="HR Manager"), cd.Role(title="UX Designer")))
    'HR manager vs UX designer'
    """
    check_comparison(comparison)
    title = next(iter(page_blocks(comparison, resolve(locale))))
    return title.text if isinstance(title, Heading) else ""  # the page starts with its title


def page_description(comparison: Comparison, locale: str | babel.Locale = "en_US") -> str:
    """The page's summary on one line, for a meta description (plain text).

    >>> import careerdata as cd
    >>> from careerdata.compare import compare
    >>> a = cd.Role(title="HR Manager", pay=cd.Pay(yearly=cd.Money(70000)))
    >>> description = page_description(compare(a, cd.Role(title="UX Designer")), "fr_FR")
    >>> description.startswith("Les métiers"), len(description.splitlines())
    (True, 1)
    """
    context = resolve(locale)
    paragraphs = summarize(comparison, locale).split("\n\n")
    return context.rules.sentence_separator.join(" ".join(text.split()) for text in paragraphs)


def script_json(node: Any) -> str:
    r"""``node`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as ``\u003c``, ``\u003e`` and ``\u0026``, and the
    line and paragraph separators U+2028 and U+2029 as ``\u2028`` and ``\u2029``, so no text
    from the data can end the script; JSON parsers read the same values back.

    >>> script_json({"name": "</script>"})
    '{"name": "\\u003c/script\\u003e"}'
    """
    text = json.dumps(node, ensure_ascii=False)
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def document(
    comparison: Comparison,
    locale: str | babel.Locale = "en_US",
    *,
    source: PageSource = None,
    css: Css = "inline",
    css_href: str = "page.css",
) -> Html:
    """The page as a complete HTML document (an :class:`~careerdata.text.Html` string).

    ``source`` is as in :func:`~careerdata.text.render`.  ``css="inline"`` puts the default
    :func:`stylesheet` in a ``<style>`` element, ``"link"`` links ``css_href`` (write
    :func:`stylesheet` there), ``None`` adds none.  The document is UTF-8 and says so in its
    first bytes, so a browser reads it right from a file or a server that sends no charset.
    """
    if css not in ("inline", "link", None):
        raise ValidationError.at("css", f"{css!r} is not 'inline', 'link' or None")
    if not isinstance(css_href, str) or not css_href:
        raise ValidationError.at("css_href", "expected a non-empty URL")
    from careerdata.interop import to_jsonld  # noqa: PLC0415

    article = render(comparison, locale, "html", source=source)
    context = resolve(locale)
    escape = html.escape
    node = to_jsonld(comparison, source=source, locale=locale)
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(context.bcp47)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(node['name'])}</title>",
        f'<meta name="description" content="{escape(node["description"])}">',
    ]
    if css == "inline":
        head.append(f"<style>\n{stylesheet()}</style>")
    elif css == "link":
        head.append(f'<link rel="stylesheet" href="{escape(css_href)}">')
    head += [
        f'<script type="application/ld+json">{script_json(node)}</script>',
        "</head>",
        '<body class="cd-document">',
        "<main>",
    ]
    return Html("\n".join([*head, article.rstrip("\n"), "</main>", "</body>", "</html>"]) + "\n")
