"""Tests of careerdata.sources.bls: series ids, special values, the flat-file reader and the roles."""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from careerdata.datasets import load_dataset
from careerdata.errors import DataFileError, ValidationError
from careerdata.io import dump_roles, load_roles
from careerdata.model import DatasetInfo, Money, PayLeader, Role, SalaryBand
from careerdata.sources import bls
from careerdata.text import english

FIXTURE = Path(__file__).parent / "fixtures" / "bls"
ROOT = Path(__file__).parent.parent
TOP_CODE = bls.TopCode(Decimal("115.00"), Decimal(239200))
CLERGY = {"21-2011": bls.RoleName("Member of the Clergy", "Clergy")}


@pytest.fixture(scope="module")
def release() -> bls.Release:
    return bls.read_flat_files(FIXTURE)


@pytest.fixture(scope="module")
def roles(release: bls.Release) -> dict[str, Role]:
    return {role.soc_code or "": role for role in bls.occupation_roles(release, names=CLERGY)}


def usd(amount: str, *, at_least: bool = False) -> Money:
    return Money(Decimal(amount), "USD", at_least)


# --------------------------------------------------------------------------- series ids


def test_series_id_fields_follow_the_bls_layout() -> None:
    """Positions 4, 5-11, 12-17, 18-23 and 24-25 are area type, area, industry, occupation, datatype."""
    sid = bls.SeriesId.parse("OEUM001018000000043405113")
    expected = ("M", "0010180", "000000", "434051", "13", "U")
    assert expected == (
        sid.area_type,
        sid.area,
        sid.industry,
        sid.occupation,
        sid.datatype,
        sid.seasonal,
    )


def test_series_id_round_trips_and_names_its_cell() -> None:
    """str() gives the id back; the cell key is the id without its datatype; padding is ignored."""
    sid = bls.SeriesId.parse("OEUN000000031--3443405104     ")
    assert (str(sid), sid.cell) == ("OEUN000000031--3443405104", "OEUN000000031--34434051")
    assert sid.industry == "31--34"


def test_series_id_gives_the_soc_code() -> None:
    """The occupation code reads as a SOC code with its hyphen."""
    assert bls.SeriesId.parse("OEUS060000000000043405101").soc_code == "43-4051"


@pytest.mark.parametrize(
    "text",
    [
        "OEUM00101800000000000001",  # 24 characters
        "XXUM001018000000000000001",  # not the OE survey
        "OEUX001018000000000000001",  # unknown area type
        "OEUM001018000000000000018",  # datatype 18
        "OEUM001018000000000000000",  # datatype 00
    ],
)
def test_malformed_series_ids_are_refused_with_their_path(text: str) -> None:
    """A malformed id raises ValidationError at 'series_id', naming the id."""
    with pytest.raises(ValidationError) as caught:
        bls.SeriesId.parse(text)
    assert caught.value.paths == ("series_id",)
    assert text in str(caught.value)


def test_datatypes_are_the_seventeen_bls_codes() -> None:
    """01-17 with BLS's own names (oe.datatype)."""
    assert [f"{n:02d}" for n in range(1, 18)] == list(bls.DATATYPES)
    expected = ("Employment", "Hourly mean wage", "Annual mean wage", "Annual median wage")
    assert expected == tuple(bls.DATATYPES[code] for code in ("01", "03", "04", "13"))
    assert bls.HOURLY_PERCENTILES == ("06", "07", "08", "09", "10")
    assert bls.ANNUAL_PERCENTILES == ("11", "12", "13", "14", "15")


# --------------------------------------------------------------------------- values


def test_top_code_is_read_from_the_footnote() -> None:
    """The thresholds come from the footnote text; other footnotes are not top codes."""
    text = "This wage is equal to or greater than $115.00 per hour or $239,200 per year."
    assert bls.TopCode.from_footnote(text) == TOP_CODE
    assert None is bls.TopCode.from_footnote("Estimate not released.")


@pytest.mark.parametrize(
    ("value", "footnotes", "datatype", "expected"),
    [
        ("       46590", "", "04", bls.Estimate(Decimal(46590))),
        ("2,595,750", "", "01", bls.Estimate(Decimal(2595750))),
        ("22.40", "", "03", bls.Estimate(Decimal("22.40"))),
        ("-", "5", "15", bls.Estimate(Decimal(239200), at_least=True)),
        ("-", "5", "10", bls.Estimate(Decimal("115.00"), at_least=True)),
        ("#", "", "04", bls.Estimate(Decimal(239200), at_least=True)),
        ("-", "8", "04", None),
        ("-", "4", "03", None),
        ("*", "", "04", None),
        ("**", "", "01", None),
    ],
)
def test_estimates_keep_bls_special_values_honest(
    value: str, footnotes: str, datatype: str, expected: bls.Estimate | None
) -> None:
    """Numbers are exact, top-coded wages are lower bounds, unreleased values are None."""
    assert expected == bls.parse_estimate(value, footnotes, datatype, {"5": TOP_CODE})


@pytest.mark.parametrize(
    ("value", "footnotes", "datatype", "top_codes"),
    [
        ("n/a", "", "04", {"5": TOP_CODE}),  # not a value BLS uses
        ("#", "", "04", {}),  # top-coded, but the release gives no top code
        ("-", "5", "01", {"5": TOP_CODE}),  # employment cannot be top-coded
    ],
)
def test_bad_estimates_raise(
    value: str, footnotes: str, datatype: str, top_codes: dict[str, bls.TopCode]
) -> None:
    """A value that is neither a number nor a BLS special value raises ValidationError."""
    with pytest.raises(ValidationError):
        bls.parse_estimate(value, footnotes, datatype, top_codes)


def test_sector_names_lose_their_prefix() -> None:
    """'Sector 22 - Utilities' reads 'Utilities'; subsectors are not sectors."""
    sector = bls.Industry("22--23", "Sector 22 - Utilities", 2)
    subsector = bls.Industry("221000", "Utilities", 3)
    assert (sector.is_sector, sector.label, subsector.is_sector) == (True, "Utilities", False)


def test_only_cbsa_areas_are_metropolitan() -> None:
    """A nonmetropolitan area (state code + area number) is not a city."""
    metro = bls.Area("0041860", "M", "San Francisco-Oakland-Fremont, CA")
    rural = bls.Area("3600001", "M", "Capital/Northern New York nonmetropolitan area")
    assert (metro.is_metropolitan, rural.is_metropolitan) == (True, False)


# --------------------------------------------------------------------------- flat files


def test_flat_files_give_the_release_and_its_detailed_occupations(release: bls.Release) -> None:
    """The fixture is the May 2025 release with five detailed occupations."""
    socs = [occupation.soc_code for occupation in release.detailed()]
    assert (
        release.name,
        socs,
    ) == ("May 2025", ["21-2011", "27-2011", "29-1214", "29-1249", "43-4051"])


def test_release_looks_up_series(release: bls.Release) -> None:
    """estimate() finds a series' figure; unpublished and unkept series are None."""
    assert bls.Estimate(Decimal(54640)) == release.estimate("OEUS060000000000043405104")
    assert None is release.estimate("OEUN000000000000043405116")  # not published nationally
    assert None is release.estimate("OEUN000000000000000000001")  # all occupations: not kept
    assert None is release.estimate("OEUN000000000000043405102")  # an RSE: not kept


def test_unreleased_figure_is_kept_as_none(release: bls.Release) -> None:
    """A '-' with the not-released footnote is present, as None."""
    cell = release.estimates["OEUN000000062--63434051"]
    assert dict(cell) == {"03": None, "04": None}


def _copy_fixture(tmp_path: Path) -> Path:
    folder = tmp_path / "oe"
    shutil.copytree(FIXTURE, folder)
    return folder


def _replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8", newline="")


def test_missing_file_is_a_data_file_error(tmp_path: Path) -> None:
    """A folder without oe.area names the missing file."""
    folder = _copy_fixture(tmp_path)
    (folder / "oe.area").unlink()
    with pytest.raises(DataFileError) as caught:
        bls.read_flat_files(folder)
    assert caught.value.paths == ("oe.area",)


def test_missing_column_is_reported_on_the_header(tmp_path: Path) -> None:
    """A header without a required column points at line 1."""
    folder = _copy_fixture(tmp_path)
    _replace_in(folder / "oe.industry", "industry_name", "name")
    with pytest.raises(DataFileError) as caught:
        bls.read_flat_files(folder)
    assert caught.value.paths == ("oe.industry:1",)


def test_bad_value_names_file_and_series(tmp_path: Path) -> None:
    """A garbled value is reported under oe.data.0.Current and its series id."""
    folder = _copy_fixture(tmp_path)
    _replace_in(folder / "oe.data.0.Current", "       46590", "      46x590")
    with pytest.raises(DataFileError) as caught:
        bls.read_flat_files(folder)
    assert caught.value.paths == ("oe.data.0.Current.OEUN000000000000043405104.value",)


def test_truncated_series_id_is_refused(tmp_path: Path) -> None:
    """A series id that is not 25 characters of the OE survey is an error, not skipped."""
    folder = _copy_fixture(tmp_path)
    _replace_in(
        folder / "oe.data.0.Current", "OEUN000000000000043405104", "OEUN00000000000004340510"
    )
    with pytest.raises(DataFileError) as caught:
        bls.read_flat_files(folder)
    assert caught.value.paths == ("oe.data.0.Current.series_id",)


def test_extra_fields_name_the_line(tmp_path: Path) -> None:
    """A row with more fields than the header names its line."""
    folder = _copy_fixture(tmp_path)
    _replace_in(folder / "oe.area", "California", "California\textra")
    with pytest.raises(DataFileError) as caught:
        bls.read_flat_files(folder)
    assert caught.value.paths == ("oe.area:3",)


def test_rows_of_two_years_are_refused(tmp_path: Path) -> None:
    """The data file must hold one annual release."""
    folder = _copy_fixture(tmp_path)
    _replace_in(folder / "oe.data.0.Current", "\t2025\tA01", "\t2024\tA01")
    with pytest.raises(DataFileError, match="expected one annual"):
        bls.read_flat_files(folder)


def test_crlf_lines_and_missing_last_tab_are_read(tmp_path: Path) -> None:
    """Windows line ends and a row without its empty footnote field still read."""
    folder = _copy_fixture(tmp_path)
    data = folder / "oe.data.0.Current"
    lines = data.read_text(encoding="utf-8").splitlines()
    data.write_text("\r\n".join(line.rstrip("\t") for line in lines) + "\r\n", newline="")
    assert bls.read_flat_files(FIXTURE).estimates == bls.read_flat_files(folder).estimates


# --------------------------------------------------------------------------- roles


def test_role_holds_every_national_figure(roles: dict[str, Role]) -> None:
    """Employment, means and both percentile sets come from the national cross-industry cell."""
    role = roles["43-4051"]
    assert role.pay is not None
    assert role.outlook is not None
    assert (2595750, usd("46590"), usd("22.40")) == (
        role.outlook.jobs,
        role.pay.yearly,
        role.pay.hourly,
    )
    assert role.pay.yearly_percentiles is not None
    assert role.pay.hourly_percentiles is not None
    yearly = [str(money.amount) for _, money in role.pay.yearly_percentiles.items()]
    hourly = [str(money.amount) for _, money in role.pay.hourly_percentiles.items()]
    assert yearly == ["31750", "36870", "44770", "51780", "63590"]
    assert hourly == ["15.27", "17.72", "21.53", "24.89", "30.57"]


def test_salary_range_is_the_annual_p10_to_p90_band(roles: dict[str, Role]) -> None:
    """The range runs from the yearly 10th to the yearly 90th percentile."""
    pay = roles["43-4051"].pay
    assert pay is not None
    assert SalaryBand(usd("31750"), usd("63590")) == pay.range


def test_leaders_are_the_best_metro_state_and_sector(roles: dict[str, Role]) -> None:
    """Nonmetro areas, subsectors, non-sector codes and unreleased means take no part."""
    pay = roles["43-4051"].pay
    assert pay is not None
    assert pay.leaders is not None
    assert PayLeader("San Francisco-Oakland-Fremont, CA", usd("63890")) == pay.leaders.city
    assert PayLeader("California", usd("54640")) == pay.leaders.state
    assert PayLeader("Utilities", usd("61620")) == pay.leaders.industry
    assert None is pay.leaders.company


def test_top_coded_wages_are_lower_bounds(roles: dict[str, Role]) -> None:
    """Top-coded means and percentiles are the top code marked at_least."""
    pay = roles["29-1249"].pay
    assert pay is not None
    assert pay.yearly_percentiles is not None
    assert (usd("239200", at_least=True), usd("115.00", at_least=True)) == (pay.yearly, pay.hourly)
    assert usd("239200", at_least=True) == pay.yearly_percentiles.p90
    assert usd("229840") == pay.yearly_percentiles.median
    assert SalaryBand(usd("93600"), usd("239200", at_least=True)) == pay.range


def test_top_coded_leader_wins_only_when_certain(roles: dict[str, Role]) -> None:
    """One bound above every exact mean leads; two bounds, or an exact mean above it, do not."""
    pay = roles["29-1249"].pay
    assert pay is not None
    assert pay.leaders is not None
    assert PayLeader("California", usd("239200", at_least=True)) == pay.leaders.state
    assert (pay.leaders.city, pay.leaders.industry) == (None, None)


def test_tie_and_unreleased_employment_stay_missing(roles: dict[str, Role]) -> None:
    """Two states with the same mean name no leader; unreleased employment is no outlook."""
    role = roles["29-1214"]
    assert role.pay is not None
    assert (role.pay.leaders, role.outlook) == (None, None)


def test_hourly_only_occupations_rank_leaders_by_hourly_mean(roles: dict[str, Role]) -> None:
    """No yearly figure is invented; leaders come from hourly means and carry no amount."""
    pay = roles["27-2011"].pay
    assert pay is not None
    assert pay.leaders is not None
    assert (pay.yearly, pay.range, pay.yearly_percentiles) == (None, None, None)
    assert usd("58.29") == pay.hourly
    assert PayLeader("New York") == pay.leaders.state
    assert PayLeader("San Francisco-Oakland-Fremont, CA") == pay.leaders.city


def test_roles_have_no_fields_oews_lacks(roles: dict[str, Role]) -> None:
    """Skills, demographics, growth, career, education and descriptions stay missing."""
    for role in roles.values():
        growth = role.outlook.growth_rate if role.outlook else None
        missing = (role.skills, role.demographics, growth, role.career, role.education)
        assert missing == ((), None, None, None, None)
        assert (role.description, role.responsibilities) == (None, ())


def test_role_keeps_the_official_title_for_lookup(roles: dict[str, Role]) -> None:
    """Title singular, plural and alias the OEWS title, SOC code set."""
    role = roles["43-4051"]
    assert (role.title, role.plural, role.aliases, role.soc_code) == (
        "Customer Service Representative",
        "Customer Service Representatives",
        ("Customer Service Representatives",),
        "43-4051",
    )


def test_title_without_plural_head_needs_an_override(release: bls.Release) -> None:
    """'Clergy' cannot be made singular by rule: the error names the occupation."""
    with pytest.raises(ValidationError) as caught:
        bls.occupation_roles(release)
    assert caught.value.paths == ("occupation 21-2011",)


def test_override_names_the_role(roles: dict[str, Role]) -> None:
    """A reviewed override gives the title and plural."""
    role = roles["21-2011"]
    assert (
        role.title,
        role.plural,
        role.aliases,
    ) == ("Member of the Clergy", "Clergy", ("Clergy",))


def test_roles_dump_and_load_back(release: bls.Release) -> None:
    """The roles survive the role-file format unchanged."""
    built = bls.occupation_roles(release, names=CLERGY)
    assert built == load_roles(dump_roles(built))


def test_building_twice_gives_the_same_bytes() -> None:
    """Reading the fixture and dumping its roles is deterministic."""
    texts = [
        dump_roles(
            bls.occupation_roles(bls.read_flat_files(FIXTURE), names=CLERGY),
            info=DatasetInfo("bls-fixture"),
        )
        for _ in range(2)
    ]
    assert texts[0] == texts[1]


def test_build_script_is_byte_stable_on_the_fixture(tmp_path: Path) -> None:
    """tools/build_bls_oews.py on the flat files writes the same bytes twice; --check agrees."""
    command = [sys.executable, str(ROOT / "tools" / "build_bls_oews.py"), "--flat-files"]
    command += [str(FIXTURE), "--retrieved", "2026-05-20"]
    outputs = []
    for name in ("first.json", "second.json"):
        target = tmp_path / name
        subprocess.run([*command, "--output", str(target)], check=True, capture_output=True)  # noqa: S603
        outputs.append(target.read_bytes())
    check = [*command, "--output", str(tmp_path / "first.json"), "--check"]
    status = subprocess.run(check, check=False, capture_output=True).returncode  # noqa: S603
    assert (outputs[0], 0) == (outputs[1], status)
    assert outputs[0].endswith(b"}\n")
    assert b"\n  " not in outputs[0]  # compact, not indented


def test_build_script_names_the_manifest_entry_a_new_data_file_needs(tmp_path: Path) -> None:
    """A data file written into the package must be in datasets.json; the script says what to add."""
    spec = importlib.util.spec_from_file_location(
        "build_bls_oews", ROOT / "tools" / "build_bls_oews.py"
    )
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    shipped = load_dataset("bls-oews-2025").info
    later = DatasetInfo("bls-oews-2026", title="U.S. occupations: BLS OEWS May 2026")
    new_file = tool.OUTPUT.parent / "bls-oews-2026.json"
    expected = (
        'datasets.json does not list bls-oews-2026.json: add {"name": "bls-oews-2026", '
        '"file": "bls-oews-2026.json", "title": "U.S. occupations: BLS OEWS May 2026"}'
    )
    assert expected == tool.unlisted(new_file, later)
    assert None is tool.unlisted(tool.OUTPUT, shipped)
    assert None is tool.unlisted(tmp_path / "bls-oews-2026.json", later)


# --------------------------------------------------------------------------- titles

# Hand-checked singulars of OEWS May 2025 titles, one or more per rule.
SINGULARS = [
    ("Customer Service Representatives", "Customer Service Representative"),
    ("Chief Executives", "Chief Executive"),
    ("General and Operations Managers", "General and Operations Manager"),
    ("Advertising and Promotions Managers", "Advertising and Promotions Manager"),
    ("Computer and Information Systems Managers", "Computer and Information Systems Manager"),
    ("Compensation and Benefits Managers", "Compensation and Benefits Manager"),
    (
        "Compensation, Benefits, and Job Analysis Specialists",
        "Compensation, Benefits, and Job Analysis Specialist",
    ),
    (
        "Farmers, Ranchers, and Other Agricultural Managers",
        "Farmer, Rancher, or Other Agricultural Manager",
    ),
    (
        "Education Administrators, Kindergarten through Secondary",
        "Education Administrator, Kindergarten through Secondary",
    ),
    ("Managers, All Other", "Manager, All Other"),
    (
        "Agents and Business Managers of Artists, Performers, and Athletes",
        "Agent or Business Manager of Artists, Performers, and Athletes",
    ),
    ("Accountants and Auditors", "Accountant or Auditor"),
    (
        "Tax Examiners and Collectors, and Revenue Agents",
        "Tax Examiner or Collector, or Revenue Agent",
    ),
    ("Meeting, Convention, and Event Planners", "Meeting, Convention, and Event Planner"),
    ("Actuaries", "Actuary"),
    ("Computer Occupations, All Other", "Computer Occupation, All Other"),
    ("Architects, Except Landscape and Naval", "Architect, Except Landscape and Naval"),
    (
        "Health and Safety Engineers, Except Mining Safety Engineers and Inspectors",
        "Health and Safety Engineer, Except Mining Safety Engineers and Inspectors",
    ),
    (
        "Mining and Geological Engineers, Including Mining Safety Engineers",
        "Mining and Geological Engineer, Including Mining Safety Engineers",
    ),
    (
        "Electrical and Electronics Drafters",
        "Electrical and Electronics Drafter",
    ),
    ("Biochemists and Biophysicists", "Biochemist or Biophysicist"),
    (
        "Environmental Scientists and Specialists, Including Health",
        "Environmental Scientist or Specialist, Including Health",
    ),
    (
        "Educational, Guidance, and Career Counselors and Advisors",
        "Educational, Guidance, and Career Counselor or Advisor",
    ),
    ("Judges, Magistrate Judges, and Magistrates", "Judge, Magistrate Judge, or Magistrate"),
    (
        "Atmospheric, Earth, Marine, and Space Sciences Teachers, Postsecondary",
        "Atmospheric, Earth, Marine, and Space Sciences Teacher, Postsecondary",
    ),
    (
        (
            "Adult Basic Education, Adult Secondary Education, and English as a Second Language"
            " Instructors"
        ),
        (
            "Adult Basic Education, Adult Secondary Education, and English as a Second Language"
            " Instructor"
        ),
    ),
    (
        "Fine Artists, Including Painters, Sculptors, and Illustrators",
        "Fine Artist, Including Painters, Sculptors, and Illustrators",
    ),
    ("Coaches and Scouts", "Coach or Scout"),
    ("Disc Jockeys, Except Radio", "Disc Jockey, Except Radio"),
    ("News Analysts, Reporters, and Journalists", "News Analyst, Reporter, or Journalist"),
    ("Dentists, All Other Specialists", "Dentist, All Other Specialists"),
    ("Physicians, Pathologists", "Physician, Pathologist"),
    ("Pediatricians, General", "Pediatrician, General"),
    ("Nurse Midwives", "Nurse Midwife"),
    (
        "Healthcare Diagnosing or Treating Practitioners, All Other",
        "Healthcare Diagnosing or Treating Practitioner, All Other",
    ),
    ("Orderlies", "Orderly"),
    ("Home Health and Personal Care Aides", "Home Health and Personal Care Aide"),
    ("Police and Sheriff's Patrol Officers", "Police and Sheriff's Patrol Officer"),
    ("Fish and Game Wardens", "Fish and Game Warden"),
    ("Waiters and Waitresses", "Waiter or Waitress"),
    (
        "Hosts and Hostesses, Restaurant, Lounge, and Coffee Shop",
        "Host or Hostess, Restaurant, Lounge, and Coffee Shop",
    ),
    (
        "Dining Room and Cafeteria Attendants and Bartender Helpers",
        "Dining Room and Cafeteria Attendant or Bartender Helper",
    ),
    ("Cooks, Fast Food", "Cook, Fast Food"),
    (
        "Janitors and Cleaners, Except Maids and Housekeeping Cleaners",
        "Janitor or Cleaner, Except Maids and Housekeeping Cleaners",
    ),
    ("Parts Salespersons", "Parts Salesperson"),
    (
        "Securities, Commodities, and Financial Services Sales Agents",
        "Securities, Commodities, and Financial Services Sales Agent",
    ),
    (
        "Sales Representatives, Wholesale and Manufacturing, Technical and Scientific Products",
        "Sales Representative, Wholesale and Manufacturing, Technical and Scientific Products",
    ),
    (
        "Door-to-Door Sales Workers, News and Street Vendors, and Related Workers",
        "Door-to-Door Sales Worker, News and Street Vendor, or Related Worker",
    ),
    (
        "Eligibility Interviewers, Government Programs",
        "Eligibility Interviewer, Government Programs",
    ),
    ("Meter Readers, Utilities", "Meter Reader, Utilities"),
    (
        "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive",
        "Secretary or Administrative Assistant, Except Legal, Medical, and Executive",
    ),
    (
        "Insurance Claims and Policy Processing Clerks",
        "Insurance Claims and Policy Processing Clerk",
    ),
    (
        "Farmworkers, Farm, Ranch, and Aquacultural Animals",
        "Farmworker, Farm, Ranch, and Aquacultural Animals",
    ),
    (
        "Farmworkers and Laborers, Crop, Nursery, and Greenhouse",
        "Farmworker or Laborer, Crop, Nursery, and Greenhouse",
    ),
    (
        "First-Line Supervisors of Construction Trades and Extraction Workers",
        "First-Line Supervisor of Construction Trades and Extraction Workers",
    ),
    ("Helpers--Carpenters", "Helper of Carpenters"),
    ("Helpers, Construction Trades, All Other", "Helper, Construction Trades, All Other"),
    ("Derrick Operators, Oil and Gas", "Derrick Operator, Oil and Gas"),
    (
        "Bus and Truck Mechanics and Diesel Engine Specialists",
        "Bus and Truck Mechanic or Diesel Engine Specialist",
    ),
    (
        "Electronic Equipment Installers and Repairers, Motor Vehicles",
        "Electronic Equipment Installer or Repairer, Motor Vehicles",
    ),
    (
        "Aircraft Structure, Surfaces, Rigging, and Systems Assemblers",
        "Aircraft Structure, Surfaces, Rigging, and Systems Assembler",
    ),
    ("Butchers and Meat Cutters", "Butcher or Meat Cutter"),
    (
        "Cutting, Punching, and Press Machine Setters, Operators, and Tenders, Metal and Plastic",
        "Cutting, Punching, and Press Machine Setter, Operator, or Tender, Metal and Plastic",
    ),
    (
        (
            "Grinding, Lapping, Polishing, & Buffing Machine Tool Setters, Operators, & Tenders,"
            " Metal & Plastic"
        ),
        (
            "Grinding, Lapping, Polishing, & Buffing Machine Tool Setter, Operator, or Tender,"
            " Metal & Plastic"
        ),
    ),
    (
        "Extruding and Forming Machine Setters, Operators, and Tenders, Synthetic and Glass Fibers",
        "Extruding and Forming Machine Setter, Operator, or Tender, Synthetic and Glass Fibers",
    ),
    (
        "Jewelers and Precious Stone and Metal Workers",
        "Jeweler or Precious Stone and Metal Worker",
    ),
    (
        "Pressers, Textile, Garment, and Related Materials",
        "Presser, Textile, Garment, and Related Materials",
    ),
    ("Captains, Mates, and Pilots of Water Vessels", "Captain, Mate, or Pilot of Water Vessels"),
    ("Cleaners of Vehicles and Equipment", "Cleaner of Vehicles and Equipment"),
    (
        "Laborers and Freight, Stock, and Material Movers, Hand",
        "Laborer or Freight, Stock, and Material Mover, Hand",
    ),
    ("Driver/Sales Workers", "Driver/Sales Worker"),
]


@pytest.mark.parametrize(("official", "singular"), SINGULARS)
def test_singular_titles(official: str, singular: str) -> None:
    """The rules give the hand-checked singular of each OEWS title."""
    assert singular == bls.singular_title(official)


def test_title_sample_is_wide() -> None:
    """At least 60 titles are checked by hand."""
    assert len(SINGULARS) >= 60


@pytest.mark.parametrize("official", ["Clergy", "Transit and Railroad Police"])
def test_titles_without_a_plural_head_raise(official: str) -> None:
    """No plural head noun: the rules refuse rather than guess."""
    with pytest.raises(ValueError, match="no plural head"):
        bls.singular_title(official)


@pytest.mark.parametrize(
    ("official", "article"),
    [
        ("Actuaries", None),
        ("Union Organizers", "a"),
        ("Hourly Associates", "an"),
        ("HVAC Mechanics", "an"),
        ("Economists", None),
        ("Helpers--Roofers", None),
        ("Urologists", "a"),
        ("Utensil Makers", "a"),
        ("Uranium Miners", "a"),
        ("Herbalists", "an"),
        ("NASA Engineers", None),
        ("MRI Technologists", "an"),
        ("European Affairs Analysts", "a"),
        ("One-Stop Counselors", "a"),
        ("Upholsterers", None),
    ],
)
def test_article_is_set_only_where_the_letter_misleads(official: str, article: str | None) -> None:
    """name_role sets an article only where a vowel-letter rule would get it wrong."""
    assert article == bls.name_role(official).article


@pytest.mark.parametrize(
    "official",
    ["Urologists", "Herbalists", "NASA Engineers", "Union Organizers", "Actuaries", "LVNs"],
)
def test_the_article_written_is_the_text_layers(official: str) -> None:
    """A role's article, stored or not, is the one careerdata.text.english writes."""
    name = bls.name_role(official)
    written = english.indefinite(name.title, name.article).split(" ", 1)[0]
    assert english.article(english.prose_case(name.title)) == written


def test_the_source_loads_no_babel() -> None:
    """Importing careerdata.sources.bls loads the English grammar but no babel or catalogs."""
    probe = "import sys, careerdata.sources.bls; print('\\n'.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run(  # noqa: S603 - fixed probe
            [sys.executable, "-I", "-c", probe], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "careerdata.text.english" in loaded
    assert {"babel", "careerdata.text.page", "careerdata.text._locale"} & loaded == set()


def test_helpers_get_a_matching_plural() -> None:
    """'Helpers--X' reads 'Helper of X' and 'Helpers of X'."""
    assert bls.RoleName("Helper of Roofers", "Helpers of Roofers") == bls.name_role(
        "Helpers--Roofers"
    )


# --------------------------------------------------------------------------- the deprecated alias


def _import_alias(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """Import careerdata.bls afresh (its warning is given once per import)."""
    monkeypatch.delitem(sys.modules, "careerdata.bls", raising=False)
    with pytest.warns(DeprecationWarning, match=r"careerdata\.bls .*careerdata\.sources\.bls"):
        return importlib.import_module("careerdata.bls")


def test_importing_the_old_module_warns_and_names_the_new_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`import careerdata.bls` gives a DeprecationWarning naming careerdata.sources.bls."""
    alias = _import_alias(monkeypatch)
    assert set(alias.__all__) == {*bls.__all__, "indefinite_article"}


def test_names_from_the_old_module_warn_and_are_the_new_objects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each name of careerdata.bls warns, naming its new home, and is the very same object."""
    alias = _import_alias(monkeypatch)
    for name in bls.__all__:
        with pytest.warns(DeprecationWarning, match=rf"use careerdata\.sources\.bls\.{name}\Z"):
            value = getattr(alias, name)
        assert value is getattr(bls, name)


def test_the_old_article_function_warns_and_follows_the_text_layer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """careerdata.bls.indefinite_article names its replacement and gives english.article's answer."""
    alias = _import_alias(monkeypatch)
    with pytest.warns(DeprecationWarning, match=r"use careerdata\.text\.english\.article\Z"):
        article = alias.indefinite_article
    titles = ("Urologist", "Utensil Maker", "NASA Engineer", "Herbalist", "HVAC Mechanic")
    assert [article(title) for title in titles] == ["a", "a", "a", "an", "an"]


def test_the_old_module_has_no_other_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unknown name of the alias is an AttributeError, not a warning."""
    alias = _import_alias(monkeypatch)
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = alias.no_such_name
