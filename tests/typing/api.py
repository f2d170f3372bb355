"""Type-checked only (by mypy in test_quality): the public API keeps its types."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Literal

import careerdata as cd
from careerdata.compare import MoneyDelta, NumberDelta, Unit
from careerdata.datasets import dataset_titles
from careerdata.figures import FIGURE, FIGURES, Figure
from careerdata.interop import role_records, roles_from_csv, roles_from_records
from careerdata.sources import bls
from careerdata.text import Html, document, page_description, page_title, script_json, stylesheet

role: cd.Role = cd.Role(title="Customer Service Manager")
slug: str = role.slug
amount: Decimal = cd.Money(61487).amount
share: float | None = cd.Distribution.of({"Male": 0.5, "Female": 0.5}).get("Male")
race = cd.Distribution.of({"White": 0.9, "Unknown": 0.1}, unreported=["Unknown"])
shown: tuple[cd.CategoryShare, ...] = race.display_order
unreported: bool = shown[-1].unreported
error: ValueError = cd.ValidationError([cd.Problem("pay", "bad")])

roles: cd.Dataset = cd.load_dataset("customer-service")
lazy: cd.Dataset = cd.load_dataset("customer-service", lazy=True)
names: tuple[str, ...] = cd.datasets()
found: cd.Role = roles.find("customer-service-manager")
loaded: tuple[cd.Role, ...] = cd.load_roles("[]")
from_csv: tuple[cd.Role, ...] = cd.load_roles(b"title\r\nClerk\r\n", format="csv")
from_records: tuple[cd.Role, ...] = roles_from_records(role_records(loaded))
read_csv: tuple[cd.Role, ...] = roles_from_csv(b"title\r\nClerk\r\n")
dumped: str | None = cd.dump_roles(loaded)
comparison: cd.Comparison = cd.compare(role, found)
direction: cd.Direction | None = comparison.yearly_pay.direction
difference: Decimal | None = comparison.yearly_pay.difference
summary: str = cd.summarize(comparison, "de_DE")
page: str = cd.render(comparison, "de_DE", "html")
ranked: list[cd.Role] = cd.rank(roles, by="yearly_pay")
nearest: float = cd.similar(found, roles, 3)[0].score
jsonld: dict[str, object] = cd.to_jsonld(found)

titles: Mapping[str, str] = dataset_titles()
series: bls.SeriesId = bls.SeriesId.parse("OEUN000000000000043405104")
soc: str = series.soc_code
named: bls.RoleName = bls.name_role("Actuaries")
article: Literal["a", "an"] | None = named.article
empty: bls.Release = bls.Release.of("May 2025", [], [], [])
release_roles: tuple[cd.Role, ...] = bls.occupation_roles(empty, names={"21-2011": named})
yearly: MoneyDelta = comparison.yearly_pay
jobs: NumberDelta = comparison.jobs
unit: Unit = comparison.jobs.unit
figure: Figure = FIGURE["yearly_pay"]
paths: tuple[str, ...] = tuple(each.path for each in FIGURES)

with_source: str = cd.render(comparison, "de_DE", "text", source=roles.info.source)
whole: Html = document(comparison, "de_DE", source=roles.info.source, css="link")
one_each: str = cd.render(comparison, "de_DE", "markdown", source=(roles.info.source, None))
pair_node: dict[str, object] = cd.to_jsonld(comparison, source=(None, roles.info.source))
markup: str = whole.__html__()
heading: str = page_title(comparison, "de_DE")
meta: str = page_description(comparison, "de_DE")
css: str = stylesheet()
safe_json: str = script_json({"a": 1})
page_node: dict[str, object] = cd.to_jsonld(comparison, locale="de_DE")
localized: dict[str, object] = cd.to_jsonld(found, locale="fr_FR")
