"""Write a JSON file of your own roles, load it, compare two of them and see what a bad file says.

Run: ``python examples/own_data.py [OUTPUT_DIR]`` (default: the current folder).  The script
writes ``my-roles.json`` and ``broken-roles.json`` there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import careerdata as cd

ROLES = {
    "roles": [
        {
            "title": "Barista",
            "pay": {"currency": "EUR", "yearly": 24500, "range": {"low": 21000, "high": 29000}},
            "outlook": {"growth_rate": 0.03, "jobs": 41000},
            "skills": [{"name": "Espresso"}, {"name": "Customer Service"}, {"name": "Cash"}],
        },
        {
            "title": "Head Barista",
            "aliases": ["Lead Barista"],
            "pay": {"currency": "EUR", "yearly": 29800, "range": {"low": 25000, "high": 36000}},
            "outlook": {"growth_rate": 0.04, "jobs": 9000},
            "career": {"time_to_become": {"low": 2, "high": 4}},
            "skills": [{"name": "Espresso"}, {"name": "Scheduling"}, {"name": "Training"}],
        },
    ]
}


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "my-roles.json"
    path.write_text(json.dumps(ROLES, indent=2), encoding="utf-8")

    roles = cd.Dataset.from_roles(cd.load_roles(path))
    barista, head = roles.find("barista"), roles.find("Lead Barista")
    comparison = cd.compare(head, barista)
    print(cd.render(comparison, "de_DE", "text"))
    assert comparison.yearly_pay.difference == 5300  # exact decimals, in euros

    # A bad file: every problem is reported at once, each with the path of the value.
    ROLES["roles"][1]["pay"]["range"] = {"low": 36000, "high": 25000}
    ROLES["roles"][0]["outlook"]["jobs"] = -5
    broken = folder / "broken-roles.json"
    broken.write_text(json.dumps(ROLES), encoding="utf-8")
    try:
        cd.load_roles(broken)
    except cd.ValidationError as error:
        print("broken-roles.json was refused:")
        for problem in error.problems:
            print(f"  {problem.path}: {problem.message}")
        assert sorted(error.paths) == ["roles[0].outlook.jobs", "roles[1].pay.range"]
    else:
        raise AssertionError("the broken file was accepted")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path())
