"""Write a static folder of HTML comparison pages: every ordered pair of a dataset, per language.

Run: ``python examples/static_site.py [OUTPUT_DIR] [DATASET]`` (defaults: ``./site`` and
``customer-service``).  Writes ``OUTPUT_DIR/<lang>/<a>-vs-<b>.html`` and an ``index.html`` per
language.  Each role's figures are formatted once per locale and reused for all its pairs.
"""

from __future__ import annotations

import html
import sys
from itertools import permutations
from pathlib import Path

import careerdata as cd

LOCALES = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{title}</title></head>
<body>
{article}
</body>
</html>
"""


def main(folder: Path, dataset: str) -> None:
    roles = cd.load_dataset(dataset)
    pairs = list(permutations(roles.values(), 2))
    comparisons = [cd.compare(a, b) for a, b in pairs]
    for lang, locale in LOCALES.items():
        out = folder / lang
        out.mkdir(parents=True, exist_ok=True)
        links = []
        for comparison in comparisons:
            name = f"{comparison.a.slug}-vs-{comparison.b.slug}.html"
            article = cd.render(comparison, locale, "html")
            title = f"{comparison.a.title} / {comparison.b.title}"
            (out / name).write_text(
                PAGE.format(lang=lang, title=html.escape(title), article=article),
                encoding="utf-8",
            )
            links.append(f'<li><a href="{name}">{html.escape(title)}</a></li>')
        index = PAGE.format(
            lang=lang,
            title=html.escape(roles.info.title or dataset),
            article="<ul>\n" + "\n".join(links) + "\n</ul>",
        )
        (out / "index.html").write_text(index, encoding="utf-8")
    written = sorted(folder.rglob("*.html"))
    print(f"wrote {len(written)} pages for {len(pairs)} pairs in {len(LOCALES)} languages")
    assert len(written) == len(LOCALES) * (len(pairs) + 1)


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path("site"),
        sys.argv[2] if len(sys.argv) > 2 else "customer-service",
    )
