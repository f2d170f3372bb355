"""Smoke test run against the installed wheel, outside the source tree (see .ci/run).

Exercises what only the wheel's package data can provide: both embedded datasets, the JSON
Schema and the compiled German, French and Spanish catalogs.
"""

from __future__ import annotations

import subprocess
import sys

import careerdata as cd
from careerdata.io import schema
from careerdata.text import document, stylesheet

assert cd.datasets() == ("bls-oews-2025", "customer-service"), cd.datasets()
seeds = cd.load_dataset("customer-service")
bls = cd.load_dataset("bls-oews-2025")
assert len(seeds) == 6, len(seeds)
assert len(bls) == 830, len(bls)
assert schema()["$schema"].startswith("https://json-schema.org/"), schema()["$schema"]

comparison = cd.compare(seeds.find("Customer Service Manager"), seeds["customer-care-supervisor"])
english = cd.summarize(comparison, "en_US")
assert "$61,487" in english, english
english_page = cd.render(comparison, "en_US", "html")
assert "Yearly salary" in english_page, english_page[:300]
for locale in ("de_DE", "fr_FR", "es_ES"):
    # The compiled catalog of each language is in the wheel and used: no English label left.
    page = cd.render(comparison, locale, "html")
    assert "Yearly salary" not in page, (locale, page[:300])
    assert f'lang="{locale.replace("_", "-")}"' in page, (locale, page[:100])

# The default stylesheet is package data, and whole documents inline it.
german = document(comparison, "de_DE")
assert "prefers-color-scheme: dark" in stylesheet(), "stylesheet"
assert stylesheet() in german, german[:300]

cli = subprocess.run(
    [sys.executable, "-m", "careerdata", "compare", "43-4051", "11-9111",
     "--dataset", "bls-oews-2025", "--locale", "de_DE"],
    capture_output=True, text=True, check=True,
)  # fmt: skip
assert "Jahresgehalt" in cli.stdout, cli.stdout[:300]
print("wheel smoke test passed")
