"""Comparison prose and pages in many locales: :func:`summarize` and :func:`render`.

The text is written in the best shipped language for the requested locale (a regional
variant such as ``pt_PT`` first, then the language; one folder each under ``languages/``),
and every figure — amounts, percentages, counts, ranges, lists — follows the full locale
through babel's CLDR data, so ``de_CH`` is German text with Swiss figures.  A language with no
catalog falls back to English text whose figures follow English conventions, so that they
cannot mislead its reader; :func:`written_language` tells the caller which language is
written, and ``fallback=False`` refuses instead:

>>> written_language("de_CH"), written_language("sw_KE")
('de', 'en')

:func:`document` wraps the HTML page in a whole document; :func:`page_title`,
:func:`page_description` and :func:`stylesheet` give its parts to callers who build their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from careerdata.text._document import (
        document,
        page_description,
        page_title,
        script_json,
        stylesheet,
    )
    from careerdata.text._html import Html
    from careerdata.text._locale import written_language
    from careerdata.text._sources import PageSource
    from careerdata.text.page import render
    from careerdata.text.summary import summarize

__all__ = [
    "Html",
    "PageSource",
    "document",
    "page_description",
    "page_title",
    "render",
    "script_json",
    "stylesheet",
    "summarize",
    "written_language",
]

# Loaded on first use, so that the English grammar helpers import without the catalogs.
_LAZY = {
    "Html": "careerdata.text._html",
    "PageSource": "careerdata.text._sources",
    "document": "careerdata.text._document",
    "page_description": "careerdata.text._document",
    "page_title": "careerdata.text._document",
    "render": "careerdata.text.page",
    "script_json": "careerdata.text._document",
    "stylesheet": "careerdata.text._document",
    "summarize": "careerdata.text.summary",
    "written_language": "careerdata.text._locale",
}


def __getattr__(name: str) -> Any:
    from careerdata import _lazy_attribute  # noqa: PLC0415 - careerdata is imported already

    return _lazy_attribute(__name__, _LAZY, globals(), name)


def __dir__() -> list[str]:
    return sorted(__all__)
