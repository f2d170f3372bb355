"""careerdata.compare: structured deltas between roles, their laws, rank and similar."""

from __future__ import annotations

import gc
import json
import math
import subprocess
import sys
import weakref
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import careerdata as cd
import strategies
from careerdata.compare import (
    DELTA_FIELDS,
    RANK_KEYS,
    BandDelta,
    Bound,
    CategoryDelta,
    CategoryDifference,
    Comparison,
    Direction,
    DistributionDelta,
    Exchange,
    Match,
    MoneyDelta,
    NumberDelta,
    OverlapMeasure,
    Presence,
    RangeDelta,
    SkillsDelta,
    Unit,
    compare,
    rank,
    similar,
)
from careerdata.compare import _band as band_module
from careerdata.compare._profile import profile
from careerdata.compare._values import _NO_NUMBERS, number_delta
from careerdata.errors import CurrencyMismatchError, ValidationError
from careerdata.io import to_jsonable
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
    Role,
    SalaryBand,
    Skill,
    YearRange,
)

# --------------------------------------------------------------------------- seed roles


def _manager() -> Role:
    """Customer Service Manager with the seed pages' figures."""
    return Role(
        title="Customer Service Manager",
        pay=Pay(
            yearly=Money(61487),
            hourly=Money("29.56"),
            range=SalaryBand(Money(35000), Money(105000)),
            leaders=PayLeaders(city=PayLeader("Washington, DC"), state=PayLeader("New Jersey")),
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
            lgbt_share=0.10,
        ),
        skills=(
            Skill("Strong Customer Service", 0.15),
            Skill("Payroll", 0.06),
            Skill("Customer Satisfaction", 0.06),
            Skill("Customer Complaints", 0.06),
            Skill("Customer Service", 0.06),
            Skill("ISO", 0.05),
        ),
    )


def _supervisor() -> Role:
    """Customer Care Supervisor with the seed pages' figures (no satisfaction, no leaders)."""
    return Role(
        title="Customer Care Supervisor",
        pay=Pay(
            yearly=Money(42702),
            hourly=Money("20.53"),
            range=SalaryBand(Money(30000), Money(59000)),
        ),
        outlook=Outlook(growth_rate=-0.04, jobs=227154),
        career=Career(experience_years=6, time_to_become=YearRange(4, 6)),
        education=Education(
            degree="Bachelor's Degree",
            degree_share=0.55,
            major="Business",
            college="California State University - Bakersfield",
        ),
        demographics=Demographics(
            average_age=47,
            gender=Distribution.of({"Male": 0.441, "Female": 0.559}),
            lgbt_share=0.08,
        ),
        skills=(
            Skill("Customer Satisfaction", 0.06),
            Skill("Process Improvement", 0.06),
            Skill("Corrective Action", 0.06),
            Skill("Customer Complaints", 0.05),
            Skill("Quality Standards", 0.05),
            Skill("Work Ethic", 0.05),
        ),
    )


def _yearly(amount: int | str, currency: str = "USD", *, at_least: bool = False) -> Money:
    return Money(amount, currency, at_least)


# --------------------------------------------------------------------------- seed figures


def test_seed_yearly_pay_difference_and_direction() -> None:
    """$61,487 against $42,702: 18,785 more, higher, ratio a/b, exact."""
    delta = compare(_manager(), _supervisor()).yearly_pay
    assert (delta.difference, delta.direction, delta.bound) == (
        Decimal(18785),
        Direction.HIGHER,
        Bound.EXACT,
    )
    assert (delta.presence, delta.currency) == (Presence.BOTH, "USD")
    assert delta.ratio == pytest.approx(61487 / 42702)


def test_seed_hourly_pay_difference_is_exact_decimal() -> None:
    """$29.56 against $20.53 differs by exactly 9.03, with no float noise."""
    assert compare(_manager(), _supervisor()).hourly_pay.difference == Decimal("9.03")


def test_seed_growth_difference_is_in_percentage_points() -> None:
    """6% against -4% is 10 percentage points (0.10 as a fraction), higher, and has no ratio."""
    delta = compare(_manager(), _supervisor()).growth_rate
    assert (delta.difference, delta.direction, delta.unit, delta.ratio) == (
        0.1,
        Direction.HIGHER,
        Unit.SHARE,
        None,
    )


def test_seed_jobs_difference_stays_whole() -> None:
    """313,110 against 227,154 jobs differs by the whole number 85,956."""
    delta = compare(_manager(), _supervisor()).jobs
    assert (delta.difference, type(delta.difference), delta.unit) == (85956, int, Unit.COUNT)


def test_seed_satisfaction_missing_on_one_side() -> None:
    """Satisfaction 5 against a missing figure: ONLY_A and no fake difference."""
    delta = compare(_manager(), _supervisor()).satisfaction
    assert delta == NumberDelta(5.0, None, Presence.ONLY_A, None, None, None, Unit.SCORE)


def test_seed_equal_experience_is_same() -> None:
    """6 years against 6 years: difference 0, direction SAME, ratio 1."""
    delta = compare(_manager(), _supervisor()).experience_years
    assert (delta.difference, delta.direction, delta.ratio) == (0.0, Direction.SAME, 1.0)


def test_seed_shares_subtract_as_written() -> None:
    """Degree shares 46% against 55% differ by exactly -0.09 (-9 points)."""
    assert compare(_manager(), _supervisor()).degree_share.difference == -0.09


def test_seed_salary_bands() -> None:
    """$35,000-$105,000 against $30,000-$59,000 overlap by $24,000; A's band is wider."""
    delta = compare(_manager(), _supervisor()).salary_band
    assert (delta.overlap, delta.overlap_bound) == (Decimal(24000), Bound.EXACT)
    assert (delta.a_overlap_share, delta.b_overlap_share) == (24000 / 70000, 24000 / 29000)
    assert (delta.wider, delta.width_direction) == ("a", Direction.HIGHER)
    assert (delta.a_contains_b, delta.b_contains_a) == (False, False)


def test_seed_categories() -> None:
    """Same degree and major, different colleges, leaders only on A's side."""
    comparison = compare(_manager(), _supervisor())
    assert (comparison.degree.same, comparison.major.same, comparison.college.same) == (
        True,
        True,
        False,
    )
    assert comparison.city == CategoryDelta("Washington, DC", None, Presence.ONLY_A, None)
    assert comparison.industry == CategoryDelta(None, None, Presence.NEITHER, None)


def test_seed_time_to_become_is_the_same() -> None:
    """Both take 4-6 years."""
    delta = compare(_manager(), _supervisor()).time_to_become
    assert (delta.presence, delta.same, delta.overlaps) == (Presence.BOTH, True, True)


def test_seed_gender_differences() -> None:
    """Male 37% against 44.1%: -7.1 points; Female +7.1 points; distances from the formulas."""
    delta = compare(_manager(), _supervisor()).gender
    assert delta.categories == (
        CategoryDifference("Male", 0.37, 0.441, -0.071),
        CategoryDifference("Female", 0.63, 0.559, 0.071),
    )
    assert delta.largest == "Female"  # a tie broken by case-folded name
    assert delta.total_variation == pytest.approx(0.071)
    middle = ((0.37 + 0.441) / 2, (0.63 + 0.559) / 2)
    divergence = 0.5 * sum(
        p * math.log2(p / m) + q * math.log2(q / m)
        for p, q, m in zip((0.37, 0.63), (0.441, 0.559), middle, strict=True)
    )
    assert delta.jensen_shannon == pytest.approx(math.sqrt(divergence))


def test_seed_skills() -> None:
    """Two shared skills in A's order; the weighted Jaccard is 0.11 / 0.66 = 1/6."""
    delta = compare(_manager(), _supervisor()).skills
    assert delta.shared == ("Customer Satisfaction", "Customer Complaints")
    assert delta.only_a == ("Strong Customer Service", "Payroll", "Customer Service", "ISO")
    assert delta.only_b == (
        "Process Improvement",
        "Corrective Action",
        "Quality Standards",
        "Work Ethic",
    )
    assert delta.weight_differences == (0.0, 0.01)
    assert delta.measure is OverlapMeasure.WEIGHTED_JACCARD
    assert delta.overlap == pytest.approx(1 / 6)


def test_seed_higher_paid_and_differences() -> None:
    """The manager is the higher-paid role; equal fields are not listed as differences."""
    manager, supervisor = _manager(), _supervisor()
    comparison = compare(supervisor, manager)
    assert (comparison.higher_paid, comparison.lower_paid) == (manager, supervisor)
    differences = comparison.differences()
    assert "experience_years" not in differences
    assert "degree" not in differences
    assert {"yearly_pay", "satisfaction", "city", "skills"} <= set(differences)


# --------------------------------------------------------------------------- money


def test_top_coded_a_above_b_is_higher_and_a_lower_bound() -> None:
    """At least $239,200 against $100,000: higher, and the difference is a lower bound."""
    delta = MoneyDelta.between(_yearly(239200, at_least=True), _yearly(100000))
    assert (delta.difference, delta.direction, delta.bound) == (
        Decimal(139200),
        Direction.HIGHER,
        Bound.AT_LEAST,
    )
    assert (delta.difference_at_least, delta.difference_at_most) == (True, False)


def test_top_coded_b_makes_an_upper_bound() -> None:
    """$100,000 against at least $239,200: lower, the difference at most -139,200."""
    delta = MoneyDelta.between(_yearly(100000), _yearly(239200, at_least=True))
    assert (delta.difference, delta.direction, delta.bound) == (
        Decimal(-139200),
        Direction.LOWER,
        Bound.AT_MOST,
    )


def test_top_coded_below_the_other_has_no_direction() -> None:
    """At least $100,000 against $239,200 could be either way: no direction."""
    delta = MoneyDelta.between(_yearly(100000, at_least=True), _yearly(239200))
    assert (delta.direction, delta.bound) == (None, Bound.AT_LEAST)


def test_top_coded_equal_to_exact_has_no_direction() -> None:
    """At least $239,200 against $239,200 may be the same or higher: no direction."""
    delta = MoneyDelta.between(_yearly(239200, at_least=True), _yearly(239200))
    assert delta.direction is None


def test_both_top_coded_say_nothing() -> None:
    """Two lower bounds: no difference, ratio, direction or bound."""
    delta = MoneyDelta.between(_yearly(239200, at_least=True), _yearly(239200, at_least=True))
    assert (delta.difference, delta.ratio, delta.direction, delta.bound) == (None,) * 4
    assert delta.presence is Presence.BOTH


def test_money_ratio_needs_a_positive_denominator() -> None:
    """$10 against $0 has a difference but no ratio."""
    delta = MoneyDelta.between(_yearly(10), _yearly(0))
    assert (delta.difference, delta.ratio) == (Decimal(10), None)


def test_money_difference_is_exact_however_far_apart() -> None:
    """The largest and the finest amounts the model accepts still differ exactly."""
    delta = MoneyDelta.between(Money("999999999999"), Money("0.000001"))
    assert delta.difference == Decimal("999999999998.999999")
    assert delta.mirror() == MoneyDelta.between(Money("0.000001"), Money("999999999999"))


def test_ratio_too_large_for_a_float_is_none() -> None:
    """80 years against 1e-308 years has a difference but no ratio (JSON has no infinity)."""
    a = Role(title="A", career=Career(experience_years=80))
    b = Role(title="B", career=Career(experience_years=1.1125369292536007e-308))
    comparison = compare(a, b)
    assert (comparison.experience_years.ratio, comparison.experience_years.difference) == (
        None,
        80.0,
    )
    json.dumps(to_jsonable(comparison), allow_nan=False)


def test_one_missing_amount_keeps_the_currency() -> None:
    """A missing amount gives ONLY_B with the present amount's currency."""
    delta = MoneyDelta.between(None, _yearly(5, "EUR"))
    assert (delta.presence, delta.currency, delta.difference) == (Presence.ONLY_B, "EUR", None)


def test_two_currencies_are_shown_but_not_compared() -> None:
    """Yearly pay in EUR against USD: both amounts kept, an Exchange without rates, no figure."""
    a = Role(title="A", pay=Pay(currency="EUR", yearly=_yearly(1, "EUR")), outlook=Outlook(jobs=5))
    b = Role(title="B", pay=Pay(yearly=_yearly(2)), outlook=Outlook(jobs=3))
    comparison = compare(a, b)
    delta = comparison.yearly_pay
    assert (delta.a, delta.b, delta.presence) == (_yearly(1, "EUR"), _yearly(2), Presence.BOTH)
    assert (delta.currency, delta.difference, delta.ratio, delta.direction) == (None,) * 4
    assert delta.exchange == Exchange("EUR", "USD")
    assert not delta.exchange.converted
    assert comparison.higher_paid is None
    assert comparison.jobs.difference == 2
    assert comparison.mirror() == compare(b, a)


def test_two_currencies_in_bands_are_not_compared() -> None:
    """Salary bands in different currencies give no overlap, width or containment."""
    a = Role(title="A", pay=Pay(currency="EUR", range=SalaryBand(Money(1, "EUR"), Money(2, "EUR"))))
    b = Role(title="B", pay=Pay(range=SalaryBand(Money(1), Money(2))))
    delta = compare(a, b).salary_band
    assert (delta.overlap, delta.a_contains_b, delta.exchange) == (
        None,
        None,
        Exchange("EUR", "USD"),
    )


def test_rates_convert_b_into_as_currency() -> None:
    """With rates, b's pay is converted into a's currency, to the cent; the data stays as given."""
    a = Role(title="A", pay=Pay(currency="EUR", yearly=_yearly(60000, "EUR")))
    b = Role(title="B", pay=Pay(yearly=_yearly(90000)))
    rates = {"USD": 1, "EUR": Decimal("1.08")}
    delta = compare(a, b, rates=rates).yearly_pay
    assert delta.b == _yearly(90000)
    assert (delta.currency, delta.difference, delta.direction) == (
        "EUR",
        Decimal(60000) - Decimal("83333.33"),
        Direction.LOWER,
    )
    assert delta.exchange == Exchange("EUR", "USD", Decimal("1.08"), Decimal(1))
    assert compare(a, b, rates=rates).mirror() == compare(b, a, rates=rates)
    assert compare(a, a, rates=rates) == compare(a, a)


@pytest.mark.parametrize(
    ("rates", "path", "fragment"),
    [
        ({"USD": 1}, "rates", "no rate for EUR"),
        ({"USD": 1, "EUR": 0}, "rates['EUR']", "not a positive exchange rate"),
        ({"USD": 1, "EUR": "x"}, "rates['EUR']", "not a positive exchange rate"),
        ({"USD": 1, "EUR": True}, "rates['EUR']", "not a positive exchange rate"),
        ({"USD": 1, "EUR": float("nan")}, "rates['EUR']", "not a positive exchange rate"),
        ({"usd": 1}, "rates['usd']", "three-letter currency code"),
        ([("USD", 1)], "rates", "expected a mapping"),
    ],
)
def test_bad_rates_name_their_place(rates: object, path: str, fragment: str) -> None:
    """A rate that is no positive number, a missing currency or a non-mapping is refused."""
    a = Role(title="A", pay=Pay(currency="EUR", yearly=_yearly(1, "EUR")))
    b = Role(title="B", pay=Pay(yearly=_yearly(1)))
    with pytest.raises(ValidationError) as caught:
        compare(a, b, rates=rates)  # type: ignore[arg-type]
    assert caught.value.paths == (path,)
    assert fragment in str(caught.value)


def test_currencies_that_never_meet_do_not_raise() -> None:
    """Yearly pay on one side and hourly on the other in other currencies compare fine."""
    a = Role(title="A", pay=Pay(currency="EUR", yearly=_yearly(1, "EUR")))
    b = Role(title="B", pay=Pay(hourly=_yearly(1)))
    comparison = compare(a, b)
    assert (comparison.yearly_pay.presence, comparison.hourly_pay.presence) == (
        Presence.ONLY_A,
        Presence.ONLY_B,
    )


# --------------------------------------------------------------------------- bands


def _band(low: int, high: int, *, at_least: bool = False) -> SalaryBand:
    return SalaryBand(Money(low), Money(high, at_least=at_least))


def test_band_containing_another() -> None:
    """$20,000-$100,000 contains $30,000-$50,000: all of B overlaps, a quarter of A."""
    delta = BandDelta.between(_band(20000, 100000), _band(30000, 50000))
    assert (delta.a_contains_b, delta.b_contains_a) == (True, False)
    assert (delta.a_overlap_share, delta.b_overlap_share) == (0.25, 1.0)


def test_equal_bands_contain_each_other() -> None:
    """A band contains an equal band both ways, overlaps it wholly, and is not wider."""
    delta = BandDelta.between(_band(1, 5), _band(1, 5))
    assert (delta.a_contains_b, delta.b_contains_a, delta.wider) == (True, True, None)
    assert (delta.a_overlap_share, delta.b_overlap_share, delta.width_direction) == (
        1.0,
        1.0,
        Direction.SAME,
    )


def test_disjoint_bands_overlap_by_nothing() -> None:
    """$1-$5 and $10-$20 overlap by 0 and neither contains the other."""
    delta = BandDelta.between(_band(1, 5), _band(10, 20))
    assert (delta.overlap, delta.a_overlap_share, delta.b_overlap_share) == (Decimal(0), 0.0, 0.0)


def test_one_point_band_inside_another() -> None:
    """A one-point band inside another is wholly covered; the other by none of its width."""
    delta = BandDelta.between(_band(7, 7), _band(5, 10))
    assert (delta.a_overlap_share, delta.b_overlap_share, delta.a_contains_b) == (1.0, 0.0, False)
    assert delta.b_contains_a is True


def test_top_coded_band_makes_its_figures_uncertain() -> None:
    """A band ending at least $200,000 against $50,000-$300,000: only bounds are known."""
    delta = BandDelta.between(_band(100000, 200000, at_least=True), _band(50000, 300000))
    assert (delta.overlap, delta.overlap_bound) == (Decimal(100000), Bound.AT_LEAST)
    assert (delta.a_overlap_share, delta.b_overlap_share) == (None, None)
    assert (delta.a_contains_b, delta.b_contains_a, delta.width_direction) == (False, None, None)


def test_top_coded_band_reaching_past_the_other_contains_it() -> None:
    """A band from $10 to at least $100 contains $20-$50 whatever its true top."""
    delta = BandDelta.between(_band(10, 100, at_least=True), _band(20, 50))
    assert (delta.overlap_bound, delta.a_contains_b, delta.b_overlap_share) == (
        Bound.EXACT,
        True,
        1.0,
    )
    assert (delta.a_overlap_share, delta.width_direction) == (None, Direction.HIGHER)


def test_missing_band_keeps_presence_only() -> None:
    """With one band missing every derived figure is None."""
    delta = BandDelta.between(_band(1, 5), None)
    assert delta == BandDelta(_band(1, 5), None, Presence.ONLY_A, "USD", *(None,) * 7)


# --------------------------------------------------------------------------- categories, ranges


def test_categories_compare_ignoring_case() -> None:
    """'Business' and 'business' are the same; both names are kept as written."""
    delta = CategoryDelta.between("Business", "business")
    assert (delta.a, delta.b, delta.same, delta.differs) == ("Business", "business", True, False)


def test_ranges_that_differ_but_overlap() -> None:
    """4-6 and 2-4 years differ and share a year."""
    delta = RangeDelta.between(YearRange(4, 6), YearRange(2, 4))
    assert (delta.same, delta.overlaps, delta.differs) == (False, True, True)


def test_ranges_that_do_not_overlap() -> None:
    """1-2 and 3-4 years do not overlap."""
    assert RangeDelta.between(YearRange(1, 2), YearRange(3, 4)).overlaps is False


# --------------------------------------------------------------------------- distributions


def test_disjoint_distributions_are_at_distance_one() -> None:
    """All men against all women: total variation and Jensen-Shannon distance 1."""
    delta = DistributionDelta.between(
        Distribution.of({"Male": 1.0}), Distribution.of({"Female": 1.0})
    )
    assert (delta.total_variation, delta.jensen_shannon) == (1.0, 1.0)
    assert delta.categories == (
        CategoryDifference("Male", 1.0, None, 1.0),
        CategoryDifference("Female", None, 1.0, -1.0),
    )


def test_jensen_shannon_by_hand() -> None:
    """Half and half against all one category: the textbook divergence, square-rooted."""
    delta = DistributionDelta.between(
        Distribution.of({"x": 0.5, "y": 0.5}), Distribution.of({"x": 1.0})
    )
    kl_p = 0.5 * math.log2(0.5 / 0.75) + 0.5 * math.log2(0.5 / 0.25)
    kl_q = 1.0 * math.log2(1.0 / 0.75)
    assert delta.jensen_shannon == pytest.approx(math.sqrt(0.5 * (kl_p + kl_q)))
    assert delta.total_variation == 0.5
    assert delta.largest == "x"


def test_union_of_categories_matches_case_and_keeps_a_first() -> None:
    """B's 'female' matches A's 'Female'; B's extra category comes last, A's spelling wins."""
    delta = DistributionDelta.between(
        Distribution.of({"Male": 0.5, "Female": 0.5}),
        Distribution.of({"female": 0.6, "Male": 0.3, "Nonbinary": 0.1}),
    )
    assert delta.categories == (
        CategoryDifference("Male", 0.5, 0.3, 0.2),
        CategoryDifference("Female", 0.5, 0.6, -0.1),
        CategoryDifference("Nonbinary", None, 0.1, -0.1),
    )
    assert (delta.largest, delta.largest_difference) == ("Male", delta.categories[0])


def test_mirror_of_distributions_uses_b_order_and_spelling() -> None:
    """Mirroring puts B's categories first, spelt as B spells them."""
    a = Distribution.of({"Male": 0.5, "Female": 0.5, "Other": 0.0})
    b = Distribution.of({"FEMALE": 0.6, "male": 0.4})
    assert DistributionDelta.between(a, b).mirror() == DistributionDelta.between(b, a)


def test_equal_distributions_have_no_largest_difference() -> None:
    """The same distribution in another order: distances 0, no largest, no difference."""
    delta = DistributionDelta.between(
        Distribution.of({"Male": 0.4, "Female": 0.6}),
        Distribution.of({"Female": 0.6, "Male": 0.4}),
    )
    assert (delta.total_variation, delta.jensen_shannon, delta.largest, delta.differs) == (
        0.0,
        0.0,
        None,
        False,
    )


def test_one_missing_distribution_has_no_figures() -> None:
    """A missing distribution on one side: no categories, no distances."""
    gender = Distribution.of({"Male": 1.0})
    delta = DistributionDelta.between(None, gender)
    assert delta == DistributionDelta(None, gender, Presence.ONLY_B, (), None, None, None)


# --------------------------------------------------------------------------- skills


def test_unweighted_skills_use_plain_jaccard() -> None:
    """Top three without weights against weighted skills: names only, 1 shared of 5."""
    delta = SkillsDelta.between(
        (Skill("Customer Satisfaction"), Skill("ISO"), Skill("Logistics")),
        (Skill("customer satisfaction", 0.5), Skill("Payroll", 0.3), Skill("POS", 0.2)),
    )
    assert (delta.measure, delta.overlap, delta.weight_differences) == (
        OverlapMeasure.JACCARD,
        0.2,
        None,
    )
    assert delta.shared == ("Customer Satisfaction",)


def test_all_zero_weights_fall_back_to_names() -> None:
    """Weights that are all 0 say nothing: the overlap counts names."""
    delta = SkillsDelta.between((Skill("A", 0.0),), (Skill("a", 0.0), Skill("B", 0.0)))
    assert (delta.measure, delta.overlap) == (OverlapMeasure.JACCARD, 0.5)


def test_skills_missing_on_one_side() -> None:
    """A role without skills: ONLY_A, everything of A in only_a, and no overlap."""
    delta = SkillsDelta.between((Skill("A"),), ())
    assert (delta.presence, delta.only_a, delta.overlap, delta.measure) == (
        Presence.ONLY_A,
        ("A",),
        None,
        None,
    )


def test_skills_mirror_uses_b_order_and_spelling() -> None:
    """Mirrored shared skills follow B's rank and spelling, with negated weight differences."""
    a = (Skill("X", 0.5), Skill("Y", 0.3))
    b = (Skill("y", 0.4), Skill("x", 0.1))
    mirrored = SkillsDelta.between(a, b).mirror()
    assert mirrored == SkillsDelta.between(b, a)
    assert (mirrored.shared, mirrored.weight_differences) == (("y", "x"), (0.1, -0.4))


# --------------------------------------------------------------------------- compare itself


def test_compare_rejects_what_is_not_a_role() -> None:
    """A slug instead of a role: our ArgumentError (a TypeError too) naming the side."""
    with pytest.raises(cd.ArgumentError, match=r"^b: expected a Role, got str$"):
        compare(_manager(), "customer-care-supervisor")  # type: ignore[arg-type]


def test_bare_roles_compare_as_all_missing() -> None:
    """Two bare titles: every delta says NEITHER and nothing differs."""
    comparison = compare(Role(title="A"), Role(title="B"))
    presences = {getattr(comparison, name).presence for name in DELTA_FIELDS}
    assert (presences, comparison.differences(), comparison.higher_paid) == (
        {Presence.NEITHER},
        (),
        None,
    )


def test_delta_fields_are_every_field_but_the_roles() -> None:
    """DELTA_FIELDS lists every field of Comparison except a and b."""
    names = tuple(field.name for field in attrs.fields(Comparison))
    assert names == ("a", "b", *DELTA_FIELDS)


def test_profile_is_cached_per_role_and_does_not_keep_it_alive() -> None:
    """The per-role work is done once, and the cache lets the role be collected."""
    role = _manager()
    assert profile(role) is profile(role)
    ref = weakref.ref(role)
    del role
    gc.collect()
    assert ref() is None


def test_equal_roles_share_no_profile_confusion() -> None:
    """Two equal but distinct roles compare as identical."""
    assert compare(_manager(), _manager()).differences() == ()


# --------------------------------------------------------------------------- JSON


def test_comparison_serialises_through_the_io_converter() -> None:
    """to_jsonable gives JSON-ready data with decimals as numbers and enums as values."""
    data = to_jsonable(compare(_manager(), _supervisor()))
    text = json.dumps(data, allow_nan=False)
    back = json.loads(text)
    assert back["yearly_pay"]["difference"] == 18785
    assert back["yearly_pay"]["direction"] == "higher"
    assert back["growth_rate"]["unit"] == "share"
    assert back["satisfaction"]["presence"] == "only_a"
    assert back["skills"]["measure"] == "weighted_jaccard"
    assert back["a"]["title"] == "Customer Service Manager"


# --------------------------------------------------------------------------- laws


def _values(role: Role) -> dict[str, Any]:
    """The model value behind each delta field, read straight from the role."""
    pay, outlook, career = role.pay, role.outlook, role.career
    education, people = role.education, role.demographics
    leaders = pay.leaders if pay is not None else None

    def leader(kind: str) -> str | None:
        value = getattr(leaders, kind) if leaders is not None else None
        return value.name if value is not None else None

    return {
        "yearly_pay": pay.yearly if pay else None,
        "hourly_pay": pay.hourly if pay else None,
        "salary_band": pay.range if pay else None,
        "growth_rate": outlook.growth_rate if outlook else None,
        "jobs": outlook.jobs if outlook else None,
        "satisfaction": career.satisfaction if career else None,
        "experience_years": career.experience_years if career else None,
        "time_to_become": career.time_to_become if career else None,
        "degree": education.degree if education else None,
        "degree_share": education.degree_share if education else None,
        "major": education.major if education else None,
        "college": education.college if education else None,
        "average_age": people.average_age if people else None,
        "gender": people.gender if people else None,
        "race": people.race if people else None,
        "lgbt_share": people.lgbt_share if people else None,
        "city": leader("city"),
        "state": leader("state"),
        "company": leader("company"),
        "industry": leader("industry"),
        "skills": role.skills or None,
    }


# Fields computed only when both sides are present, per delta class.
_DERIVED: dict[type, tuple[str, ...]] = {
    NumberDelta: ("difference", "ratio", "direction"),
    MoneyDelta: ("difference", "ratio", "direction", "bound"),
    BandDelta: (
        "overlap",
        "overlap_bound",
        "a_overlap_share",
        "b_overlap_share",
        "width_direction",
        "a_contains_b",
        "b_contains_a",
    ),
    CategoryDelta: ("same",),
    RangeDelta: ("same", "overlaps"),
    DistributionDelta: ("largest", "total_variation", "jensen_shannon"),
    SkillsDelta: ("overlap", "measure", "weight_differences"),
}


def _distances(comparison: Comparison) -> list[float | None]:
    return [
        comparison.gender.total_variation,
        comparison.gender.jensen_shannon,
        comparison.race.total_variation,
        comparison.race.jensen_shannon,
        comparison.skills.overlap,
        comparison.salary_band.a_overlap_share,
        comparison.salary_band.b_overlap_share,
    ]


@given(strategies.roles())
def test_law_a_role_does_not_differ_from_itself(role: Role) -> None:
    """compare(a, a) lists no differences and every distance is 0 (overlaps 1)."""
    comparison = compare(role, role)
    assert comparison.differences() == ()
    for delta in (comparison.gender, comparison.race):
        assert (delta.total_variation, delta.jensen_shannon) in {(None, None), (0.0, 0.0)}
    assert comparison.skills.overlap in {None, 1.0}


@given(strategies.role_pairs())
def test_law_mirror_is_the_swapped_comparison(pair: tuple[Role, Role]) -> None:
    """compare(b, a) equals compare(a, b).mirror(), and mirroring twice gives back the original."""
    a, b = pair
    forward = compare(a, b)
    assert compare(b, a) == forward.mirror()
    assert forward.mirror().mirror() == forward


@given(strategies.role_pairs())
def test_law_mirror_flips_signs_and_keeps_distances(pair: tuple[Role, Role]) -> None:
    """Swapping sides negates differences, flips directions and keeps every distance."""
    a, b = pair
    forward, backward = compare(a, b), compare(b, a)
    for name in ("growth_rate", "jobs", "average_age", "yearly_pay", "hourly_pay"):
        there, back = getattr(forward, name), getattr(backward, name)
        assert (there.difference is None) == (back.difference is None)
        if there.difference is not None:
            assert back.difference == -there.difference
        if there.direction is not None:
            assert back.direction is there.direction.flipped
    assert _distances(backward)[:5] == _distances(forward)[:5]


@given(strategies.role_pairs())
def test_law_distances_are_in_the_unit_interval(pair: tuple[Role, Role]) -> None:
    """Every distance, overlap and share is None or within [0, 1]."""
    for value in _distances(compare(*pair)):
        assert value is None or 0.0 <= value <= 1.0


@given(strategies.role_pairs())
def test_law_presence_is_honest(pair: tuple[Role, Role]) -> None:
    """Each delta's presence matches the roles' data; without both, no derived figure exists."""
    a, b = pair
    comparison = compare(a, b)
    values_a, values_b = _values(a), _values(b)
    for name in DELTA_FIELDS:
        delta = getattr(comparison, name)
        assert delta.presence is Presence.of(values_a[name], values_b[name]), name
        if delta.presence is not Presence.BOTH:
            assert [getattr(delta, f) for f in _DERIVED[type(delta)]] == [
                None for _ in _DERIVED[type(delta)]
            ], name


@given(strategies.role_pairs())
def test_law_direction_agrees_with_the_difference(pair: tuple[Role, Role]) -> None:
    """A positive difference reads HIGHER, a negative LOWER, zero SAME."""
    comparison = compare(*pair)
    expected = {1: Direction.HIGHER, -1: Direction.LOWER, 0: Direction.SAME}
    for name in DELTA_FIELDS:
        delta = getattr(comparison, name)
        if isinstance(delta, NumberDelta) and delta.difference is not None:
            sign = (delta.difference > 0) - (delta.difference < 0)
            assert delta.direction is expected[sign], name


@given(strategies.role_pairs())
def test_law_comparisons_serialise_to_json(pair: tuple[Role, Role]) -> None:
    """Every comparison of valid roles becomes strict JSON (no NaN, no infinity)."""
    json.dumps(to_jsonable(compare(*pair)), allow_nan=False)


# --------------------------------------------------------------------------- rank


def _paid(title: str, yearly: int | None, *, at_least: bool = False) -> Role:
    pay = Pay(yearly=Money(yearly, at_least=at_least)) if yearly is not None else None
    return Role(title=title, pay=pay)


def test_rank_by_yearly_pay_puts_missing_last_and_breaks_ties_by_title() -> None:
    """Highest pay first, equal pay by title, roles without pay last (by title too)."""
    roles = [
        _paid("Zeta", None),
        _paid("Clerk", 40000),
        _paid("Alpha", None),
        _paid("Boss", 90000),
        _paid("Agent", 40000),
    ]
    titles = [role.title for role in rank(roles, by="yearly_pay")]
    assert titles == ["Boss", "Agent", "Clerk", "Alpha", "Zeta"]


def test_rank_ascending_keeps_missing_last() -> None:
    """Lowest first when not descending; missing values still last."""
    roles = [_paid("A", None), _paid("B", 3), _paid("C", 1)]
    assert [r.title for r in rank(roles, by="yearly_pay", descending=False)] == ["C", "B", "A"]


def test_rank_top_coded_ranks_just_above_its_bound() -> None:
    """At least $239,200 ranks above exactly $239,200 and below $250,000."""
    roles = [_paid("Exact", 239200), _paid("Top", 239200, at_least=True), _paid("More", 250000)]
    assert [r.title for r in rank(roles, by="yearly_pay")] == ["More", "Top", "Exact"]


def test_rank_by_growth_rate_orders_signed_values() -> None:
    """Growth rates rank as signed numbers: 6% above 0% above -4%."""
    roles = [
        Role(title=title, outlook=Outlook(growth_rate=rate))
        for title, rate in (("Down", -0.04), ("Up", 0.06), ("Flat", 0.0))
    ]
    assert [r.title for r in rank(roles, by="growth_rate")] == ["Up", "Flat", "Down"]


def test_rank_unknown_key_names_it_and_the_valid_ones() -> None:
    """An unknown key raises ValidationError at 'by' listing every accepted key."""
    with pytest.raises(ValidationError) as caught:
        rank([], by="salary")
    assert caught.value.paths == ("by",)
    assert str(caught.value) == "by: cannot rank by 'salary'; choose one of: " + ", ".join(
        RANK_KEYS
    )


def test_rank_mixed_currencies_raise_at_the_clashing_role() -> None:
    """Yearly pay in USD then EUR raises CurrencyMismatchError at roles[1].pay.yearly."""
    roles = [
        _paid("A", 1),
        Role(title="B", pay=Pay(currency="EUR", yearly=Money(2, "EUR"))),
    ]
    with pytest.raises(CurrencyMismatchError) as caught:
        rank(roles, by="yearly_pay")
    assert str(caught.value) == "roles[1].pay.yearly: cannot compare USD with EUR (roles[0])"


def test_rank_accepts_a_mapping_of_roles() -> None:
    """A mapping slug -> role (such as a dataset) ranks its values."""
    roles = {"a": _paid("A", 1), "b": _paid("B", 2)}
    assert [r.title for r in rank(roles, by="yearly_pay")] == ["B", "A"]


@given(st.lists(strategies.roles(currency="USD"), max_size=6), st.sampled_from(RANK_KEYS))
def test_law_rank_is_an_ordered_permutation(roles: list[Role], by: str) -> None:
    """rank returns the same roles, present values non-increasing, missing ones after them."""
    ranked = rank(roles, by=by)
    assert sorted(map(id, ranked)) == sorted(map(id, roles))
    field = {"yearly_pay": "yearly_pay", "hourly_pay": "hourly_pay"}.get(by, by)
    values = [_values(role)[field] for role in ranked]
    present = [v for v in values if v is not None]
    assert values == present + [None] * (len(values) - len(present))
    amounts = [v.amount if isinstance(v, Money) else v for v in present]
    assert amounts == sorted(amounts, reverse=True)


# --------------------------------------------------------------------------- similar


def _educated(title: str, degree: str | None, major: str | None = None) -> Role:
    return Role(title=title, education=Education(degree=degree, major=major))


def test_similar_ranks_by_score_and_leaves_out_the_role_itself() -> None:
    """Nearest first; the role and an equal copy of it are left out; k limits the list."""
    me = _educated("Clerk", "Diploma", "Business")
    roles = [
        me,
        _educated("Clerk", "Diploma", "Business"),
        _educated("Typist", "Diploma", "Arts"),
        _educated("Analyst", "Diploma", "Business"),
        _educated("Pilot", "Licence", "Flying"),
    ]
    matches = similar(me, roles, k=2)
    assert matches == [Match(roles[3], 1.0), Match(roles[2], 0.5)]


def test_similar_renormalises_over_shared_components() -> None:
    """Pay closeness 0.5 (weight 0.3) and the same degree (weight 0.2): (0.15 + 0.2) / 0.5."""
    me = Role(title="Me", pay=Pay(yearly=Money(50000)), education=Education(degree="BA"))
    other = Role(title="Other", pay=Pay(yearly=Money(100000)), education=Education(degree="ba"))
    (match,) = similar(me, [other])
    assert match.score == pytest.approx(0.7)


def test_similar_leaves_out_roles_sharing_nothing() -> None:
    """A role with no component in common is not scored 0 but left out."""
    me = _educated("Me", "BA")
    assert similar(me, [Role(title="Bare")]) == []


def test_similar_ties_break_by_title() -> None:
    """Equal scores come in title order."""
    me = _educated("Me", "BA")
    roles = [_educated("Zed", "BA"), _educated("Amy", "BA")]
    assert [m.role.title for m in similar(me, roles)] == ["Amy", "Zed"]


def test_similar_refuses_a_negative_k() -> None:
    """k below 0 raises ValidationError at 'k'."""
    with pytest.raises(ValidationError) as caught:
        similar(_educated("Me", "BA"), [], k=-1)
    assert caught.value.paths == ("k",)


def test_similar_raises_on_pay_in_another_currency() -> None:
    """Pay closeness in two currencies is meaningless: CurrencyMismatchError at the role."""
    me = _paid("Me", 1)
    other = Role(title="Other", pay=Pay(currency="EUR", yearly=Money(1, "EUR")))
    with pytest.raises(CurrencyMismatchError) as caught:
        similar(me, [me, other])
    assert caught.value.paths == ("roles[1].pay.yearly",)


@given(strategies.role_pairs())
def test_law_similarity_is_symmetric_and_bounded(pair: tuple[Role, Role]) -> None:
    """A pair's score is the same both ways and within [0, 1]."""
    a, b = pair
    if a == b:
        return
    there = [m.score for m in similar(a, [b])]
    back = [m.score for m in similar(b, [a])]
    assert there == back
    assert all(0.0 <= score <= 1.0 for score in there)


# --------------------------------------------------------------------------- public names


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("compare", compare),
        ("rank", rank),
        ("similar", similar),
        ("Comparison", Comparison),
        ("Direction", Direction),
        ("Presence", Presence),
    ],
)
def test_exported_from_the_package(name: str, value: Callable[..., Any] | type) -> None:
    """The engine's main names are served by ``careerdata`` itself."""
    assert getattr(cd, name) is value


def test_the_function_survives_importing_the_module_first() -> None:
    """``import careerdata.compare`` before anything else leaves ``careerdata.compare`` callable."""
    probe = (
        "import sys, careerdata.compare, careerdata.text, careerdata as cd; "
        "print(type(cd.compare).__name__, cd.compare is sys.modules['careerdata.compare'].compare)"
    )
    result = subprocess.run(  # noqa: S603 - fixed probe
        [sys.executable, "-I", "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["function", "True"]


# The hot path: per-role preparation and shortcuts for exact amounts must change no result.


@given(st.tuples(strategies.salary_bands(), strategies.salary_bands()))
def test_exact_band_shortcut_agrees_with_the_general_rules(
    pair: tuple[SalaryBand, SalaryBand],
) -> None:
    """For bands without a top-coded end, the shortcut gives what the bound-aware rules give."""
    a, b = (attrs.evolve(band, high=attrs.evolve(band.high, at_least=False)) for band in pair)
    first, second = band_module.Band.of(a), band_module.Band.of(b)
    assert first is not None
    assert second is not None
    expected = band_module._bounded_band_delta(first, second)
    assert expected == band_module.band_delta(first, second)


@given(strategies.money(), strategies.money())
def test_exact_money_shortcut_agrees_with_the_general_rules(a: Money, b: Money) -> None:
    """Prepared exact amounts give the difference, ratio and direction of the plain formulas."""
    delta = MoneyDelta.between(a, b)
    assert delta.difference == a.amount - b.amount
    assert delta.bound is Bound.EXACT
    assert delta.direction is Direction.of(a.amount, b.amount)
    assert delta.ratio == (None if b.amount == 0 else float(a.amount) / float(b.amount))


@given(
    st.one_of(st.none(), st.integers(-5, 5), st.floats(-1, 1)),
    st.one_of(st.none(), st.integers(-5, 5), st.floats(-1, 1)),
    st.sampled_from(list(Unit)),
)
def test_number_shortcut_agrees_with_between(a: float | None, b: float | None, unit: Unit) -> None:
    """The hot path's number_delta is NumberDelta.between."""
    assert NumberDelta.between(a, b, unit) == number_delta(a, b, unit, _NO_NUMBERS[unit])


def test_equal_pairs_of_names_share_one_category_delta() -> None:
    """Comparisons of roles in the same state share the state's delta object (small at scale)."""
    a = Role(title="A", pay=Pay(leaders=PayLeaders(state=PayLeader("Texas"))))
    b = Role(title="B", pay=Pay(leaders=PayLeaders(state=PayLeader("texas"))))
    c = Role(title="C", pay=Pay(leaders=PayLeaders(state=PayLeader("Texas"))))
    first, second = compare(a, b).state, compare(c, b).state
    assert first is second
    assert (first.a, first.b, first.same, first.presence) == ("Texas", "texas", True, Presence.BOTH)
