"""Type-checked only (by mypy in test_quality): the public API keeps its types."""

from __future__ import annotations

from decimal import Decimal

import careerdata as cd

role: cd.Role = cd.Role(title="Customer Service Manager")
slug: str = role.slug
amount: Decimal = cd.Money(61487).amount
share: float | None = cd.Distribution.of({"Male": 0.5, "Female": 0.5}).get("Male")
error: ValueError = cd.ValidationError([cd.Problem("pay", "bad")])
