"""Write a static folder of HTML comparison pages: every ordered pair of a dataset, per language.

Run: ``python examples/static_site.py [OUTPUT_DIR] [DATASET]`` (defaults: ``./site`` and
``customer-service``).  Writes ``OUTPUT_DIR/<locale>/<a>-vs-<b>.html`` and an ``index.html`` per
locale.  The pages come from :func:`careerdata.batch.pairs`, which spreads the work over every
core and formats each role's figures once per locale; this script wraps each ``<article>`` in
a document titled with :func:`careerdata.text.page_title` and described with
:func:`careerdata.text.page_description` (both in the page's language), links the default
stylesheet (:func:`careerdata.text.stylesheet`, written once as ``page.css``) and links the
pages from an index.  :func:`careerdata.text.document` writes such a document in one call.
"""

from __future__ import annotations

import html
import sys
from collections import defaultdict
from pathlib import Path

import careerdata as cd
from careerdata.batch import pairs
from careerdata.compare import compare
from careerdata.text import page_description, page_title, stylesheet

LOCALES = ("en_US", "de_DE", "fr_FR", "es_ES")

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{description}">
<link rel="stylesheet" href="../page.css">
</head>
<body class="cd-document">
<main>
{body}
</main>
</body>
</html>
"""


def main(folder: Path, dataset: str) -> None:
    roles = cd.load_dataset(dataset)
    links: dict[str, list[str]] = defaultdict(list)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.css").write_text(stylesheet(), encoding="utf-8")
    for page in pairs(roles, LOCALES, "html"):
        lang = page.locale.replace("_", "-")
        comparison = compare(roles[page.a], roles[page.b])
        title = html.escape(page_title(comparison, page.locale))
        description = html.escape(page_description(comparison, page.locale))
        target = folder / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        document = PAGE.format(lang=lang, title=title, description=description, body=page.text)
        target.write_text(document, encoding="utf-8")
        links[page.locale].append(f'<li><a href="{Path(page.path).name}">{title}</a></li>')
    for locale, items in links.items():
        index = "<ul>\n" + "\n".join(items) + "\n</ul>"
        name = html.escape(roles.info.title or dataset)
        document = PAGE.format(
            lang=locale.replace("_", "-"), title=name, description=name, body=index
        )
        (folder / locale / "index.html").write_text(document, encoding="utf-8")
    written = sorted(folder.rglob("*.html"))
    sample = (folder / written[0].relative_to(folder)).read_text(encoding="utf-8")
    assert '<meta name="viewport"' in sample
    count = len(roles) * (len(roles) - 1)
    print(f"wrote {len(written)} pages for {count} pairs in {len(LOCALES)} languages")
    assert len(written) == len(LOCALES) * (count + 1)


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path("site"),
        sys.argv[2] if len(sys.argv) > 2 else "customer-service",
    )
