"""Write each language's glossary of industry and state names from ``tools/bls_titles``.

Usage (from the repository root, with the development environment)::

    python tools/terms.py           # write src/careerdata/text/languages/<code>/terms.json
    python tools/terms.py --check   # fail (exit status 1) if a written file differs

A glossary is ``{"industry": {English: translated}, "state": {English: translated}}``, sorted by
the English name: the 20 NAICS sectors and the 54 states and territories BLS names, from the
``industries`` and ``states`` of ``tools/bls_titles/<code>.json``.  A regional variant
(``languages/pt_PT/terms.json``) holds only the names it writes differently from its language
(``industries_pt_PT``, ``states_pt_PT``).  The text layer reads them; this tool only writes
the files (never a language folder's ``__init__.py``).  The same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# The tools' own modules, also when this file is loaded by path (as the tests do).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from translated_titles import TitlesError, terms

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ROOT / "src" / "careerdata" / "text" / "languages"
FILE_NAME = "terms.json"


def glossary_files(folder: Path = LANGUAGES) -> dict[Path, str]:
    """Each glossary's path and text."""
    return {
        folder / code / FILE_NAME: json.dumps(glossary, ensure_ascii=False, indent=2) + "\n"
        for code, glossary in terms().items()
    }


def main(argv: list[str] | None = None) -> int:
    """Write or check the glossaries; 0 when done or up to date, 1 when stale, 2 on error."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    try:
        wanted = glossary_files()
    except (TitlesError, OSError, ValueError) as error:
        print(f"terms: {error}", file=sys.stderr)
        return 2
    stale = [
        path
        for path, text in wanted.items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]
    if args.check:
        for path in stale:
            print(f"terms: {path.relative_to(ROOT)} is OUT OF DATE", file=sys.stderr)
        print(f"terms: {len(wanted) - len(stale)} of {len(wanted)} glossaries up to date")
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(wanted[path], encoding="utf-8", newline="\n")
        print(f"terms: wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
