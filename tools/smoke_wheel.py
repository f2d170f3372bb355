"""Smoke test run against the installed wheel, outside the source tree (see .ci/run)."""

from __future__ import annotations

import careerdata as cd

role = cd.Role(title="Customer Service Manager", pay=cd.Pay(yearly=cd.Money(61487)))
assert role.slug == "customer-service-manager", role.slug
print("wheel smoke test passed")
