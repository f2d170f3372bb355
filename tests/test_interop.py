"""Interop: schema.org JSON-LD for roles, flat records and CSV for roles and comparisons."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from tests import strategies

import careerdata as cd
from careerdata.compare import DELTA_FIELDS, compare
from careerdata.interop import (
    COMPARISON_COLUMNS,
    ROLE_COLUMNS,
    comparison_record,
    comparison_records,
    role_record,
    role_records,
    to_jsonld,
    write_csv,
)
from careerdata.model import (
    Career,
    Demographics,
    Distribution,
    Education,
    Money,
    Outlook,
    Pay,
    PayLeader,
    PayLeaders,
    Percentiles,
    Provenance,
    Role,
    SalaryBand,
    Skill,
    YearRange,
)

# --------------------------------------------------------------------------- a schema.org check
#
# A small validator for the part of the schema.org vocabulary that to_jsonld uses.  TYPES lists,
# for each type, its parent and the properties it defines, each with its expected types as the
# vocabulary gives them (https://schema.org/<Type>); a type accepts its own and its ancestors'
# properties, and a property expecting a type accepts that type's subtypes.  Data types are
# checked by DATATYPES.  schema.org itself makes no property mandatory, so REQUIRED is the shape
# a consumer needs to make sense of a node (a distribution without a currency and a duration
# says nothing), and ONE_OF the groups of which at least one property must be present.


def _is_text(value: object) -> bool:
    return isinstance(value, str) and value != "" and value == value.strip()


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


_ISO_DURATION = re.compile(
    r"P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?\Z"
)

DATATYPES: dict[str, Callable[[object], bool]] = {
    "Text": _is_text,
    "Number": _is_number,
    "Boolean": lambda value: isinstance(value, bool),
    "URL": lambda value: isinstance(value, str) and re.match(r"https?://\S+\Z", value) is not None,
    # schema.org's Duration: an ISO 8601 duration such as P1Y or PT1H.
    "Duration": lambda value: isinstance(value, str) and _ISO_DURATION.match(value) is not None,
    # `currency` expects Text; the vocabulary asks for an ISO 4217 code there.
    "CurrencyCode": lambda value: (
        isinstance(value, str) and re.match(r"[A-Z]{3}\Z", value) is not None
    ),
}

TYPES: dict[str, tuple[str | None, dict[str, tuple[str, ...]]]] = {
    "Thing": (
        None,
        {
            "name": ("Text",),
            "alternateName": ("Text",),
            "description": ("Text",),
            "url": ("URL",),
            "sameAs": ("URL",),
            "subjectOf": ("CreativeWork", "Event"),
        },
    ),
    "Intangible": ("Thing", {}),
    "Occupation": (
        "Intangible",
        {
            "educationRequirements": ("EducationalOccupationalCredential", "Text"),
            "estimatedSalary": ("MonetaryAmount", "MonetaryAmountDistribution", "Number"),
            "experienceRequirements": ("OccupationalExperienceRequirements", "Text"),
            "occupationLocation": ("AdministrativeArea",),
            "occupationalCategory": ("CategoryCode", "Text"),
            "qualifications": ("EducationalOccupationalCredential", "Text"),
            "responsibilities": ("Text",),
            "skills": ("DefinedTerm", "Text"),
        },
    ),
    "StructuredValue": ("Intangible", {}),
    "QuantitativeValueDistribution": (
        "StructuredValue",
        {
            "duration": ("Duration",),
            "median": ("Number",),
            "percentile10": ("Number",),
            "percentile25": ("Number",),
            "percentile75": ("Number",),
            "percentile90": ("Number",),
        },
    ),
    "MonetaryAmountDistribution": (
        "QuantitativeValueDistribution",
        {"currency": ("CurrencyCode",)},
    ),
    "MonetaryAmount": (
        "StructuredValue",
        {
            "currency": ("CurrencyCode",),
            "maxValue": ("Number",),
            "minValue": ("Number",),
            "value": ("Boolean", "Number", "StructuredValue", "Text"),
        },
    ),
    "QuantitativeValue": (
        "StructuredValue",
        {
            "maxValue": ("Number",),
            "minValue": ("Number",),
            "unitCode": ("Text", "URL"),
            "unitText": ("Text",),
            "value": ("Boolean", "Number", "StructuredValue", "Text"),
        },
    ),
    "DefinedTerm": (
        "Intangible",
        {"termCode": ("Text",), "inDefinedTermSet": ("DefinedTermSet", "URL")},
    ),
    "CategoryCode": (
        "DefinedTerm",
        {"codeValue": ("Text",), "inCodeSet": ("CategoryCodeSet", "URL")},
    ),
    "OccupationalExperienceRequirements": ("Intangible", {"monthsOfExperience": ("Number",)}),
    "CreativeWork": (
        "Thing",
        {"publisher": ("Organization", "Person"), "version": ("Number", "Text")},
    ),
    "EducationalOccupationalCredential": (
        "CreativeWork",
        {
            "credentialCategory": ("DefinedTerm", "Text", "URL"),
            "educationalLevel": ("DefinedTerm", "Text", "URL"),
        },
    ),
    "Dataset": ("CreativeWork", {}),
    "Organization": ("Thing", {}),
    "Place": ("Thing", {}),
    "AdministrativeArea": ("Place", {}),
    "Country": ("AdministrativeArea", {}),
}

REQUIRED: dict[str, tuple[str, ...]] = {
    "Occupation": ("name",),
    "MonetaryAmountDistribution": ("currency", "duration"),
    "MonetaryAmount": ("currency", "value"),
    "QuantitativeValue": ("unitText",),
    "CategoryCode": ("codeValue", "inCodeSet"),
    "EducationalOccupationalCredential": ("credentialCategory",),
    "OccupationalExperienceRequirements": ("monthsOfExperience",),
    "Country": ("name",),
    "Organization": ("name",),
    "Dataset": ("publisher",),
}
_PERCENTILES = ("percentile10", "percentile25", "median", "percentile75", "percentile90")
ONE_OF: dict[str, tuple[str, ...]] = {
    "MonetaryAmountDistribution": _PERCENTILES,
    "QuantitativeValue": ("value", "minValue", "maxValue"),
}


def _ancestors(type_name: str) -> Iterator[str]:
    current: str | None = type_name
    while current is not None:
        yield current
        current = TYPES[current][0]


def _properties(type_name: str) -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {}
    for ancestor in _ancestors(type_name):
        merged.update(TYPES[ancestor][1])
    return merged


def validate(node: object, path: str = "$") -> list[str]:
    """Every way ``node`` departs from the vocabulary table above, as ``path: problem``."""
    if not isinstance(node, dict):
        return [f"{path}: expected a node, got {type(node).__name__}"]
    type_name = node.get("@type")
    if type_name not in TYPES:
        return [f"{path}: unknown @type {type_name!r}"]
    problems: list[str] = []
    if ("@context" in node) != (path == "$"):
        problems.append(f"{path}: @context belongs on the top node only")
    if path == "$" and node.get("@context") != "https://schema.org":
        problems.append(f"{path}: @context is {node.get('@context')!r}")
    allowed = _properties(type_name)
    for key, value in node.items():
        if key in ("@type", "@context"):
            continue
        if key not in allowed:
            problems.append(f"{path}.{key}: not a property of {type_name}")
            continue
        problems.extend(_check_values(value, allowed[key], f"{path}.{key}"))
    problems.extend(
        f"{path}: {type_name} lacks {key}" for key in REQUIRED.get(type_name, ()) if key not in node
    )
    group = ONE_OF.get(type_name, ())
    if group and not any(key in node for key in group):
        problems.append(f"{path}: {type_name} needs one of {', '.join(group)}")
    return problems + _check_order(node, path)


def _check_values(value: object, expected: tuple[str, ...], path: str) -> list[str]:
    values = value if isinstance(value, list) else [value]
    if not values:
        return [f"{path}: an empty list says nothing; leave the property out"]
    problems: list[str] = []
    for index, item in enumerate(values):
        item_path = f"{path}[{index}]" if isinstance(value, list) else path
        problems.extend(_check_value(item, expected, item_path))
    return problems


def _check_value(item: object, expected: tuple[str, ...], path: str) -> list[str]:
    if isinstance(item, dict):
        node_type = item.get("@type")
        if not isinstance(node_type, str) or node_type not in TYPES:
            return [f"{path}: unknown @type {node_type!r}"]
        if not any(wanted in _ancestors(node_type) for wanted in expected):
            return [f"{path}: a {node_type} is not one of {', '.join(expected)}"]
        return validate(item, path)
    if any(name in DATATYPES and DATATYPES[name](item) for name in expected):
        return []
    return [f"{path}: {item!r} is not one of {', '.join(expected)}"]


def _check_order(node: dict[str, Any], path: str) -> list[str]:
    """Percentiles rise and a minimum is not above its maximum."""
    present = [node[key] for key in _PERCENTILES if _is_number(node.get(key))]
    problems = [] if present == sorted(present) else [f"{path}: percentiles are not in order"]
    low, high = node.get("minValue"), node.get("maxValue")
    if _is_number(low) and _is_number(high) and low > high:
        problems.append(f"{path}: minValue {low} is above maxValue {high}")
    return problems


# --------------------------------------------------------------------------- roles to test on


def seed_manager() -> Role:
    """A role shaped like the seeds' Customer Service Manager, with every group present."""
    return Role(
        title="Customer Service Manager",
        aliases=("Customer Care Lead",),
        description='Leads a customer service team, "metrics" and coaching;\nsecond line.',
        pay=Pay(
            yearly=Money(61487),
            hourly=Money("29.56"),
            range=SalaryBand(Money(35000), Money(105000)),
            leaders=PayLeaders(
                city=PayLeader("Washington, DC"),
                state=PayLeader("New Jersey"),
                company=PayLeader("KLA"),
                industry=PayLeader("Manufacturing"),
            ),
        ),
        outlook=Outlook(growth_rate=0.06, jobs=313110),
        career=Career(satisfaction=5, experience_years=6, time_to_become=YearRange(4, 6)),
        education=Education(
            degree="Bachelor's Degree",
            degree_share=0.46,
            major="Business",
            college="University of Pennsylvania",
        ),
        demographics=Demographics(
            average_age=44,
            gender=Distribution.of({"Male": 0.37, "Female": 0.63}),
            race=Distribution.of(
                {
                    "Black or African American": 0.063,
                    "Unknown": 0.043,
                    "Hispanic or Latino": 0.155,
                    "Asian": 0.064,
                    "White": 0.67,
                    "American Indian and Alaska Native": 0.005,
                }
            ),
            lgbt_share=0.10,
        ),
        skills=(
            Skill("Strong Customer Service", 0.15),
            Skill("Payroll", 0.06),
            Skill("ISO", 0.05),
        ),
        responsibilities=(
            "Plan staffing for the service desk.",
            "Coach agents on difficult calls.",
        ),
    )


def bls_representative() -> Role:
    """A role shaped like a BLS OEWS record: SOC code, percentiles, a top-coded p90."""
    return Role(
        title="Customer Service Representatives",
        soc_code="43-4051",
        pay=Pay(
            yearly=Money(44080),
            hourly=Money("21.19"),
            range=SalaryBand(Money(31470), Money(239200, at_least=True)),
            yearly_percentiles=Percentiles(
                p10=Money(31470),
                p25=Money(35730),
                median=Money(42830),
                p75=Money(49350),
                p90=Money(239200, at_least=True),
            ),
            hourly_percentiles=Percentiles(p10=Money("15.13"), median=Money("20.59")),
            leaders=PayLeaders(state=PayLeader("District of Columbia", Money(55000))),
        ),
        outlook=Outlook(jobs=2_800_000),
        source=Provenance(
            publisher="U.S. Bureau of Labor Statistics",
            dataset="Occupational Employment and Wage Statistics",
            release="May 2025",
            url="https://www.bls.gov/oes/",
            retrieved=dt.date(2026, 4, 1),
            files=("national_M2025_dl.xlsx",),
        ),
    )


def full_role() -> Role:
    """A role with every field of the model set."""
    return Role(
        title="Customer Service Manager",
        soc_code="11-9199",
        aliases=("CS Manager",),
        plural="customer service managers",
        article="a",
        titles=(cd.LocalizedTitle("de", "Kundendienstleiter", "Kundendienstleiter"),),
        description="Runs the service team.",
        pay=Pay(
            yearly=Money(61487),
            hourly=Money("29.56"),
            range=SalaryBand(Money(35000), Money(105000, at_least=True)),
            yearly_percentiles=Percentiles(*(Money(v) for v in (1, 2, 3, 4, 5))),
            hourly_percentiles=Percentiles(*(Money(v) for v in (1, 2, 3, 4, 5))),
            leaders=PayLeaders(
                *(PayLeader(name, Money(9)) for name in ("Dover", "Ohio", "KLA", "Mining"))
            ),
        ),
        outlook=Outlook(0.06, 313110),
        career=Career(5, 6, YearRange(4, 6)),
        education=Education("Bachelor's Degree", 0.46, "Business", "Penn"),
        demographics=Demographics(44, Distribution.of({"A": 1}), Distribution.of({"B": 1}), 0.1),
        skills=(Skill("Payroll"),),
        responsibilities=("Plan shifts.",),
        translations=(cd.Translation("de", skills=("Lohnabrechnung",)),),
        source=Provenance(
            "BLS",
            "OEWS",
            "May 2025",
            "https://www.bls.gov/oes/",
            dt.date(2026, 1, 1),
            ("a.xlsx",),
            "0" * 64,
            "National figures.",
            note_translations={"de": "Landesweite Zahlen."},
        ),
    )


PERCENTILE_PROPERTY = {
    "p10": "percentile10",
    "p25": "percentile25",
    "median": "median",
    "p75": "percentile75",
    "p90": "percentile90",
}


def _walk(value: object) -> Iterator[object]:
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


def _exact(number: object) -> Decimal:
    """The decimal a JSON number stands for (floats through their shortest repr)."""
    assert _is_number(number)
    return Decimal(repr(number)) if isinstance(number, float) else Decimal(str(number))


# --------------------------------------------------------------------------- JSON-LD: the checker


def test_validator_accepts_the_vocabulary_example_shape() -> None:
    """The validator accepts a distribution written as schema.org's own Occupation example."""
    node = {
        "@context": "https://schema.org",
        "@type": "Occupation",
        "name": "Software Developer",
        "estimatedSalary": [
            {
                "@type": "MonetaryAmountDistribution",
                "name": "base",
                "currency": "USD",
                "duration": "P1Y",
                "percentile10": 100000.5,
                "median": 120000.28,
                "percentile90": 150000,
            }
        ],
        "occupationLocation": [{"@type": "Country", "name": "United States"}],
    }
    assert validate(node) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"salary": 1}, "$.salary: not a property of Occupation"),
        ({"@type": "Job"}, "$: unknown @type 'Job'"),
        ({"skills": []}, "$.skills: an empty list says nothing; leave the property out"),
        ({"description": None}, "$.description: None is not one of Text"),
        (
            {"occupationLocation": {"@type": "Organization", "name": "BLS"}},
            "$.occupationLocation: a Organization is not one of AdministrativeArea",
        ),
        (
            {
                "estimatedSalary": {
                    "@type": "MonetaryAmountDistribution",
                    "currency": "USD",
                    "duration": "yearly",
                    "median": 1,
                }
            },
            "$.estimatedSalary.duration: 'yearly' is not one of Duration",
        ),
        (
            {
                "estimatedSalary": {
                    "@type": "MonetaryAmountDistribution",
                    "currency": "usd",
                    "duration": "P1Y",
                    "median": "58000",
                }
            },
            "$.estimatedSalary.currency: 'usd' is not one of CurrencyCode",
        ),
        (
            {
                "estimatedSalary": {
                    "@type": "MonetaryAmountDistribution",
                    "currency": "USD",
                    "duration": "P1Y",
                    "minValue": 1,
                }
            },
            "$.estimatedSalary.minValue: not a property of MonetaryAmountDistribution",
        ),
    ],
)
def test_validator_rejects_what_the_vocabulary_does_not_allow(
    change: dict[str, Any], problem: str
) -> None:
    """Unknown properties and types, nulls, empty lists and badly typed values are caught."""
    node = {"@context": "https://schema.org", "@type": "Occupation", "name": "Cashier", **change}
    assert problem in validate(node)


def test_validator_rejects_percentiles_out_of_order() -> None:
    """A distribution whose percentiles fall is reported."""
    node = {
        "@type": "MonetaryAmountDistribution",
        "currency": "USD",
        "duration": "P1Y",
        "percentile10": 5,
        "median": 4,
    }
    assert validate(node, "$.x")[-1:] == ["$.x: percentiles are not in order"]


# --------------------------------------------------------------------------- JSON-LD: output


def test_jsonld_of_a_seed_like_role() -> None:
    """Every group of a seed-like role lands in its schema.org property."""
    expected = {
        "@context": "https://schema.org",
        "@type": "Occupation",
        "name": "Customer Service Manager",
        "alternateName": ["Customer Care Lead"],
        "description": 'Leads a customer service team, "metrics" and coaching;\nsecond line.',
        "estimatedSalary": [
            {
                "@type": "MonetaryAmount",
                "currency": "USD",
                "value": {"@type": "QuantitativeValue", "unitText": "YEAR", "value": 61487},
            },
            {
                "@type": "MonetaryAmount",
                "currency": "USD",
                "value": {"@type": "QuantitativeValue", "unitText": "HOUR", "value": 29.56},
            },
            {
                "@type": "MonetaryAmount",
                "currency": "USD",
                "value": {
                    "@type": "QuantitativeValue",
                    "unitText": "YEAR",
                    "minValue": 35000,
                    "maxValue": 105000,
                },
            },
        ],
        "educationRequirements": {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": "Bachelor's Degree",
        },
        "experienceRequirements": {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": 72,
        },
        "skills": ["Strong Customer Service", "Payroll", "ISO"],
        "responsibilities": [
            "Plan staffing for the service desk.",
            "Coach agents on difficult calls.",
        ],
    }
    assert expected == to_jsonld(seed_manager())


def test_jsonld_of_a_bls_like_role_leaves_top_codes_out() -> None:
    """Percentiles become distributions; a top-coded p90 and band high are left out."""
    node = to_jsonld(bls_representative())
    assert node["occupationalCategory"] == {
        "@type": "CategoryCode",
        "codeValue": "43-4051",
        "inCodeSet": "https://www.bls.gov/soc/",
    }
    assert node["estimatedSalary"] == [
        {
            "@type": "MonetaryAmountDistribution",
            "currency": "USD",
            "duration": "P1Y",
            "percentile10": 31470,
            "percentile25": 35730,
            "median": 42830,
            "percentile75": 49350,
        },
        {
            "@type": "MonetaryAmountDistribution",
            "currency": "USD",
            "duration": "PT1H",
            "percentile10": 15.13,
            "median": 20.59,
        },
        {
            "@type": "MonetaryAmount",
            "currency": "USD",
            "value": {"@type": "QuantitativeValue", "unitText": "YEAR", "value": 44080},
        },
        {
            "@type": "MonetaryAmount",
            "currency": "USD",
            "value": {"@type": "QuantitativeValue", "unitText": "HOUR", "value": 21.19},
        },
        {
            "@type": "MonetaryAmount",
            "currency": "USD",
            "value": {"@type": "QuantitativeValue", "unitText": "YEAR", "minValue": 31470},
        },
    ]
    assert 239200 not in list(_walk(node))


def test_jsonld_location_and_dataset_come_from_bls_provenance() -> None:
    """A BLS publisher gives the United States and a Dataset node with its address."""
    node = to_jsonld(bls_representative())
    assert node["occupationLocation"] == {"@type": "Country", "name": "United States"}
    assert node["subjectOf"] == {
        "@type": "Dataset",
        "name": "Occupational Employment and Wage Statistics",
        "version": "May 2025",
        "url": "https://www.bls.gov/oes/",
        "publisher": {"@type": "Organization", "name": "U.S. Bureau of Labor Statistics"},
    }
    assert "url" not in node
    assert "sameAs" not in node


def test_jsonld_location_is_never_guessed_from_the_currency() -> None:
    """A USD role from a non-national publisher has no location unless the caller names one."""
    role = Role(
        title="Cashier",
        pay=Pay(yearly=Money(31000)),
        source=Provenance(publisher="Example Careers Inc."),
    )
    assert "occupationLocation" not in to_jsonld(role)
    assert to_jsonld(role, country="Canada")["occupationLocation"] == {
        "@type": "Country",
        "name": "Canada",
    }


def test_jsonld_of_a_bare_title_is_just_the_name() -> None:
    """A role with only a title gives no empty or null property."""
    expected = {"@context": "https://schema.org", "@type": "Occupation", "name": "Actuary"}
    assert expected == to_jsonld(Role(title="Actuary"))


def test_jsonld_of_an_all_top_coded_distribution_is_left_out() -> None:
    """A distribution whose only percentile is a lower bound is not written at all."""
    pay = Pay(hourly_percentiles=Percentiles(p90=Money(115, at_least=True)))
    assert "estimatedSalary" not in to_jsonld(Role(title="Surgeon", pay=pay))


def test_jsonld_months_of_experience_is_exact() -> None:
    """4.1 years is 49.2 months, not the float product 49.199999999999996."""
    role = Role(title="Nurse", career=Career(experience_years=4.1))
    assert to_jsonld(role)["experienceRequirements"]["monthsOfExperience"] == 49.2


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: to_jsonld("Cashier"), "role: expected a Role, got str"),  # type: ignore[arg-type]
        (lambda: to_jsonld(Role(title="Cashier"), country=" "), "country: ' ' is not a country"),
        (
            lambda: to_jsonld(Role(title="Cashier"), source="BLS"),  # type: ignore[arg-type]
            "source: expected a Provenance, got str",
        ),
    ],
)
def test_jsonld_bad_input_raises_with_a_path(call: Callable[[], object], message: str) -> None:
    """A wrong argument is a ValidationError naming it."""
    with pytest.raises(cd.ValidationError, match=re.escape(message)):
        call()


@given(strategies.roles())
def test_jsonld_of_any_role_fits_the_vocabulary(role: Role) -> None:
    """Every generated role gives a node the vocabulary check accepts, and it is JSON."""
    node = to_jsonld(role)
    assert validate(node) == []
    assert node == json.loads(json.dumps(node, allow_nan=False))
    assert None not in list(_walk(node))


@pytest.mark.parametrize("role", [seed_manager(), bls_representative()], ids=lambda r: r.slug)
def test_jsonld_of_hand_built_roles_fits_the_vocabulary(role: Role) -> None:
    """The seed-like and BLS-like roles give nodes the vocabulary check accepts."""
    assert validate(to_jsonld(role)) == []


@given(strategies.roles())
def test_jsonld_amounts_are_the_roles_exact_amounts(role: Role) -> None:
    """Each percentile written equals the role's amount exactly; top codes never appear."""
    node = to_jsonld(role)
    written = {
        (entry["duration"], key): _exact(value)
        for entry in node.get("estimatedSalary", [])
        if entry["@type"] == "MonetaryAmountDistribution"
        for key, value in entry.items()
        if key in _PERCENTILES
    }
    expected: dict[tuple[str, str], Decimal] = {}
    if role.pay is not None:
        for basis, duration in (("yearly", "P1Y"), ("hourly", "PT1H")):
            percentiles = getattr(role.pay, f"{basis}_percentiles")
            for name, money in percentiles.items() if percentiles is not None else ():
                if not money.at_least:
                    expected[duration, PERCENTILE_PROPERTY[name]] = money.amount
    assert expected == written


# --------------------------------------------------------------------------- role records


def _cell_text(value: object) -> str:
    """What a CSV cell holds for a record value."""
    if value is None:
        return ""
    return repr(value) if isinstance(value, float) else str(value)


def test_role_record_of_a_seed_like_role() -> None:
    """Every figure of the seed-like role is in its column, money as exact strings."""
    record = role_record(seed_manager())
    assert list(ROLE_COLUMNS) == list(record)
    expected_subset = {
        "slug": "customer-service-manager",
        "title": "Customer Service Manager",
        "soc_code": None,
        "aliases": '["Customer Care Lead"]',
        "pay_currency": "USD",
        "pay_yearly": "61487",
        "pay_hourly": "29.56",
        "pay_range_low": "35000",
        "pay_range_high": "105000",
        "pay_yearly_p10": None,
        "pay_leader_city": "Washington, DC",
        "pay_leader_city_yearly": None,
        "pay_leader_industry": "Manufacturing",
        "pay_lower_bounds": None,
        "outlook_growth_rate": 0.06,
        "outlook_jobs": 313110,
        "career_satisfaction": 5.0,
        "career_experience_years": 6.0,
        "career_time_to_become_low": 4,
        "career_time_to_become_high": 6,
        "education_degree": "Bachelor's Degree",
        "education_degree_share": 0.46,
        "demographics_average_age": 44.0,
        "demographics_gender": '{"Male": 0.37, "Female": 0.63}',
        "demographics_lgbt_share": 0.1,
        "skills": '{"Strong Customer Service": 0.15, "Payroll": 0.06, "ISO": 0.05}',
        "source_publisher": None,
    }
    assert expected_subset == {key: record[key] for key in expected_subset}
    assert list(seed_manager().demographics.race.categories) == list(  # type: ignore[union-attr]
        json.loads(str(record["demographics_race"]))
    )
    assert json.loads(str(record["demographics_race"]))["White"] == 0.67


def test_role_record_lists_top_coded_columns() -> None:
    """Top-coded amounts keep their figure and are named in pay_lower_bounds."""
    record = role_record(bls_representative())
    assert record["pay_yearly_p90"] == "239200"
    assert record["pay_lower_bounds"] == '["pay_range_high", "pay_yearly_p90"]'
    assert record["pay_leader_state_yearly"] == "55000"
    assert record["source_retrieved"] == "2026-04-01"
    assert record["source_files"] == '["national_M2025_dl.xlsx"]'


def test_role_columns_are_all_filled_by_a_full_role() -> None:
    """No column is dead: a role with every field set fills every column."""
    full = full_role()
    record = role_record(full)
    assert [column for column in ROLE_COLUMNS if record[column] is None] == []
    assert record["titles"] == '{"de": ["Kundendienstleiter", "Kundendienstleiter"]}'
    assert record["skills"] == '{"Payroll": null}'


@given(strategies.roles())
def test_role_records_have_the_fixed_columns_and_cell_types(role: Role) -> None:
    """Every role gives exactly ROLE_COLUMNS, each cell text, a number or None (never empty)."""
    record = role_record(role)
    assert list(ROLE_COLUMNS) == list(record)
    for value in record.values():
        assert value is None or (isinstance(value, (str, int, float)) and value != "")
        assert not isinstance(value, bool)


def _money_column(model_path: str) -> str:
    """The record column of a Pay.amounts() path: yearly_percentiles.p10 -> pay_yearly_p10."""
    path = model_path.replace("_percentiles", "").replace("leaders.", "leader.")
    return "pay_" + path.replace(".", "_")


@given(strategies.roles())
def test_role_record_money_is_exact(role: Role) -> None:
    """Each amount of the role is in its column as an exact decimal string; no other."""
    record = role_record(role)
    amounts = list(role.pay.amounts()) if role.pay is not None else []
    expected = {_money_column(path): str(money.amount) for path, money in amounts}
    assert expected == {column: record[column] for column in expected}
    money_columns = {_money_column(path) for path, _ in full_role().pay.amounts()}  # type: ignore[union-attr]
    assert set() == {c for c in money_columns - set(expected) if record[c] is not None}
    lower_bounds = [_money_column(path) for path, money in amounts if money.at_least]
    assert (json.dumps(lower_bounds) if lower_bounds else None) == record["pay_lower_bounds"]


def test_role_records_take_a_mapping_of_roles() -> None:
    """A dataset-like mapping is flattened by its values, not its keys."""
    roles = {"cashier": Role(title="Cashier"), "actuary": Role(title="Actuary")}
    assert [record["slug"] for record in role_records(roles)] == ["cashier", "actuary"]


def test_role_records_name_the_bad_item() -> None:
    """A non-role in the list is reported at its index."""
    with pytest.raises(cd.ValidationError, match=re.escape("roles[1]: expected a Role, got str")):
        role_records([Role(title="Cashier"), "Actuary"])  # type: ignore[list-item]


# --------------------------------------------------------------------------- CSV


def _read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@given(strategies.roles())
def test_csv_round_trip_keeps_every_value(role: Role) -> None:
    """Reading the CSV back gives every value's text, and an empty cell for each None."""
    records = role_records([role, seed_manager(), bls_representative()])
    out = io.StringIO(newline="")
    write_csv(records, out)
    rows = _read_csv(out.getvalue())
    assert [{k: _cell_text(v) for k, v in record.items()} for record in records] == rows


def test_csv_to_a_path_is_utf8_with_the_header_in_column_order(tmp_path: Path) -> None:
    """Writing to a path gives a UTF-8 file whose header is ROLE_COLUMNS."""
    target = tmp_path / "roles.csv"
    role = Role(title="Café Gérant", description="Runs a café, «well».")
    write_csv(role_records([role]), target)
    with target.open(encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader)
        row = next(reader)
    assert list(ROLE_COLUMNS) == header
    assert row[ROLE_COLUMNS.index("description")] == "Runs a café, «well»."


def test_csv_columns_choose_and_order_the_output() -> None:
    """Given columns, only those are written, in that order."""
    out = io.StringIO(newline="")
    write_csv(role_records([seed_manager()]), out, columns=["pay_yearly", "title"])
    assert out.getvalue() == "pay_yearly,title\r\n61487,Customer Service Manager\r\n"


def test_csv_decimals_are_written_exactly() -> None:
    """A Decimal cell is written digit for digit."""
    out = io.StringIO(newline="")
    write_csv([{"amount": Decimal("0.10000000000000001")}], out)  # type: ignore[dict-item]
    assert out.getvalue() == "amount\r\n0.10000000000000001\r\n"


def test_csv_of_nothing_writes_nothing_unless_columns_are_given() -> None:
    """No records and no columns: an empty file; with columns: the header."""
    empty, header_only = io.StringIO(newline=""), io.StringIO(newline="")
    write_csv([], empty)
    write_csv([], header_only, columns=["title"])
    assert (empty.getvalue(), header_only.getvalue()) == ("", "title\r\n")


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([{"a": 1}, {"b": 2}], "records[1]: lacks the columns a"),
        ([{"a": 1}, {"a": 2, "b": 3}], "records[1]: has columns the first record lacks: b"),
        ([{"a": [1]}], "records[0].a: expected text or a number, got list"),
        ([["a"]], "records[0]: expected a mapping, got list"),
    ],
)
def test_csv_bad_records_are_reported_with_their_path(records: Any, message: str) -> None:
    """Records that do not fit the header, or cells that are not values, are refused."""
    out = io.StringIO(newline="")
    with pytest.raises(cd.ValidationError, match=re.escape(message)):
        write_csv(records, out)
    assert out.getvalue() == ""


def test_interop_functions_are_exported_from_the_package() -> None:
    """`careerdata.to_jsonld` and friends are the interop module's functions."""
    from careerdata import interop  # noqa: PLC0415 - the lazy export is what is tested

    names = [
        "comparison_record",
        "comparison_records",
        "role_record",
        "role_records",
        "to_jsonld",
        "write_csv",
    ]
    assert [getattr(interop, n) for n in names] == [getattr(cd, n) for n in names]
    assert set(names) <= set(cd.__all__)


@pytest.mark.parametrize("name", ["customer-service", "bls-oews-2025"])
def test_every_embedded_role_gives_valid_jsonld_and_csv(name: str) -> None:
    """Each shipped role fits the vocabulary and survives the CSV round trip."""
    dataset = cd.load_dataset(name)
    source = dataset.info.source
    problems = {
        slug: found
        for slug, role in dataset.items()
        if (found := validate(to_jsonld(role, source=source)))
    }
    assert problems == {}
    records = role_records(dataset, source=source)
    out = io.StringIO(newline="")
    write_csv(records, out)
    assert _read_csv(out.getvalue()) == [
        {k: _cell_text(v) for k, v in record.items()} for record in records
    ]


def test_dataset_provenance_fills_in_for_roles_without_their_own() -> None:
    """A BLS role of the embedded dataset is located in the United States via its source."""
    dataset = cd.load_dataset("bls-oews-2025")
    role = dataset.find("43-4051")
    node = to_jsonld(role, source=dataset.info.source)
    assert node["occupationLocation"] == {"@type": "Country", "name": "United States"}
    assert node["subjectOf"]["publisher"]["name"] == "U.S. Bureau of Labor Statistics"
    assert "occupationLocation" not in to_jsonld(role)
    record = role_record(role, source=dataset.info.source)
    assert (record["source_publisher"], record["source_release"]) == (
        "U.S. Bureau of Labor Statistics",
        "May 2025",
    )


def test_a_roles_own_provenance_wins_over_the_given_one() -> None:
    """`source` only fills in: a role with its own provenance keeps it."""
    other = Provenance(publisher="Someone Else")
    node = to_jsonld(bls_representative(), source=other)
    assert node["subjectOf"]["publisher"]["name"] == "U.S. Bureau of Labor Statistics"
    assert role_record(Role(title="Cashier"), source=other)["source_publisher"] == "Someone Else"


def test_csv_writes_bools_as_python_spells_them() -> None:
    """A bool cell (a comparison's `same`) is written True or False."""
    out = io.StringIO(newline="")
    write_csv([{"same": True, "overlaps": False}], out)
    assert out.getvalue() == "same,overlaps\r\nTrue,False\r\n"


# --------------------------------------------------------------------------- comparison records


def test_comparison_record_of_seed_like_and_bls_like_roles() -> None:
    """Deltas land in their columns; a top-coded band end is listed in lower_bounds."""
    record = comparison_record(compare(seed_manager(), bls_representative()))
    assert list(record) == list(COMPARISON_COLUMNS)
    expected_subset = {
        "a_slug": "customer-service-manager",
        "b_slug": "customer-service-representatives",
        "a_currency": "USD",
        "b_currency": "USD",
        "yearly_pay_a": "61487",
        "yearly_pay_b": "44080",
        "yearly_pay_difference": "17407",
        "yearly_pay_direction": "higher",
        "yearly_pay_bound": "exact",
        "yearly_pay_presence": "both",
        "hourly_pay_difference": "8.37",
        "salary_band_b_high": "239200",
        "salary_band_overlap": "70000",
        "salary_band_a_overlap_share": 1.0,
        "salary_band_b_overlap_share": None,
        "salary_band_b_contains_a": True,
        "jobs_difference": 313110 - 2_800_000,
        "jobs_direction": "lower",
        "growth_rate_a": 0.06,
        "growth_rate_b": None,
        "growth_rate_difference": None,
        "growth_rate_presence": "only_a",
        "time_to_become_a_low": 4,
        "time_to_become_b_low": None,
        "state_a": "New Jersey",
        "state_b": "District of Columbia",
        "state_same": False,
        "city_presence": "only_a",
        "gender_a": '{"Male": 0.37, "Female": 0.63}',
        "gender_total_variation": None,
        "skills_shared": None,
        "skills_presence": "only_a",
        "lower_bounds": '["salary_band_b_high"]',
    }
    assert {key: record[key] for key in expected_subset} == expected_subset


def test_comparison_record_of_two_skill_lists_without_shared_skills() -> None:
    """With both skill lists known, "none shared" is an empty JSON list, not a missing cell."""
    a = Role(title="Cashier", skills=(Skill("POS"), Skill("Cash Handling")))
    b = Role(title="Actuary", skills=(Skill("Statistics"),))
    record = comparison_record(compare(a, b))
    assert (record["skills_shared"], record["skills_only_a"], record["skills_only_b"]) == (
        "[]",
        '["POS", "Cash Handling"]',
        '["Statistics"]',
    )
    assert (record["skills_overlap"], record["skills_measure"]) == (0.0, "jaccard")


def test_comparison_record_of_two_distributions() -> None:
    """Per-category differences, the largest and both distances are written."""
    a = Role(
        title="Cashier",
        demographics=Demographics(gender=Distribution.of({"Male": 0.4, "Female": 0.6})),
    )
    b = Role(
        title="Actuary",
        demographics=Demographics(gender=Distribution.of({"Female": 0.5, "Male": 0.5})),
    )
    record = comparison_record(compare(a, b))
    assert record["gender_differences"] == '{"Male": -0.1, "Female": 0.1}'
    assert record["gender_largest"] == "Female"
    assert record["gender_total_variation"] == pytest.approx(0.1)
    assert record["race_presence"] == "neither"


def test_comparison_columns_cover_every_delta() -> None:
    """Each delta field of Comparison has its columns, ending with its presence."""
    assert [f"{name}_presence" for name in DELTA_FIELDS] == [
        column for column in COMPARISON_COLUMNS if column.endswith("_presence")
    ]
    assert len(set(COMPARISON_COLUMNS)) == len(COMPARISON_COLUMNS)


# The parts of a delta that belong to one side, with their other side's part; longest first,
# so that "a_contains_b" is not read as a part ending in "b".
_SIDE_PARTS = sorted(
    [
        ("a", "b"),
        ("a_low", "b_low"),
        ("a_high", "b_high"),
        ("a_overlap_share", "b_overlap_share"),
        ("a_contains_b", "b_contains_a"),
        ("only_a", "only_b"),
    ],
    key=lambda pair: -len(pair[0]),
)


def _side_swapped(column: str) -> str | None:
    """The column holding the other role's side of ``column`` (``None`` for symmetric parts)."""
    for this, that in (("a_", "b_"), ("b_", "a_")):
        if column.startswith(this) and column[2:] in ("slug", "title", "currency"):
            return that + column[2:]
    for first, second in _SIDE_PARTS:
        for this, that in ((first, second), (second, first)):
            if column.endswith("_" + this):
                return column[: -len(this)] + that
    return None


@given(strategies.role_pairs())
def test_comparison_record_of_the_mirror_swaps_the_sides(pair: tuple[Role, Role]) -> None:
    """compare(b, a) gives the same record with every a-column and b-column swapped."""
    a, b = pair
    record = comparison_record(compare(a, b))
    mirrored = comparison_record(compare(b, a))
    swapped = {
        column: record[other]
        for column in COMPARISON_COLUMNS
        if (other := _side_swapped(column)) is not None
    }
    assert swapped == {column: mirrored[column] for column in swapped}
    assert {"yearly_pay_a", "skills_only_a", "salary_band_a_contains_b", "b_slug"} <= set(swapped)


@given(strategies.role_pairs())
def test_comparison_records_have_fixed_columns_exact_money_and_survive_csv(
    pair: tuple[Role, Role],
) -> None:
    """Every pair gives COMPARISON_COLUMNS with exact money, and the CSV reads back the same."""
    a, b = pair
    records = comparison_records([compare(a, b), compare(seed_manager(), seed_manager())])
    record = records[0]
    assert list(record) == list(COMPARISON_COLUMNS)
    for side, role in (("a", a), ("b", b)):
        money = None if role.pay is None else role.pay.yearly
        assert record[f"yearly_pay_{side}"] == (None if money is None else str(money.amount))
    for value in record.values():
        assert value is None or (isinstance(value, (str, int, float)) and value != "")
    out = io.StringIO(newline="")
    write_csv(records, out)
    assert _read_csv(out.getvalue()) == [{k: _cell_text(v) for k, v in r.items()} for r in records]


def test_comparison_records_name_the_bad_item() -> None:
    """A non-comparison in the list is reported at its index."""
    good = compare(Role(title="Cashier"), Role(title="Actuary"))
    message = "comparisons[1]: expected a Comparison, got Role"
    with pytest.raises(cd.ValidationError, match=re.escape(message)):
        comparison_records([good, Role(title="Actuary")])  # type: ignore[list-item]


def test_comparison_columns_are_all_filled_by_two_rich_roles() -> None:
    """No column is dead: only what the inputs leave open is missing for two full roles."""
    record = comparison_record(compare(full_role(), seed_manager()))
    # full_role's band ends in a top code (its share inside the other band, the wider band and
    # whether it lies inside the other are unknown) and its skills carry no weights.
    assert [column for column in COMPARISON_COLUMNS if record[column] is None] == [
        "salary_band_a_overlap_share",
        "salary_band_width_direction",
        "salary_band_b_contains_a",
        "skills_weight_differences",
    ]
