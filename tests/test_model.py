"""careerdata.model: validators accept what can be true and reject what cannot, with paths."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import careerdata as cd
import strategies
from careerdata import model as m
from careerdata.model import (
    SHARE_SUM_TOLERANCE,
    Career,
    CategoryShare,
    DatasetInfo,
    Demographics,
    Distribution,
    Education,
    LocalizedTitle,
    Money,
    Outlook,
    Pay,
    PayLeader,
    Percentiles,
    Provenance,
    Role,
    SalaryBand,
    Skill,
    YearRange,
)
from careerdata.model._pay import _new_money

NAN = float("nan")
INF = float("inf")

# (what is built, the path of the problem, a fragment of its message)
INVALID: list[tuple[Callable[[], Any], str, str]] = [
    # money
    (lambda: Money(-1), "amount", "must not be negative, got -1"),
    (lambda: Money("-0.01"), "amount", "must not be negative"),
    (lambda: Money(Decimal("NaN")), "amount", "must be a finite amount"),
    (lambda: Money(Decimal("Infinity")), "amount", "must be a finite amount"),
    (lambda: Money(NAN), "amount", "must be a finite amount"),
    (lambda: Money("abc"), "amount", "expected an amount of money"),
    (lambda: Money(amount=True), "amount", "expected an amount of money"),
    (lambda: Money(10**12), "amount", "is too large"),
    (lambda: Money("12345678901.23456"), "amount", "more than 15 significant digits"),
    (lambda: Money("1E-301"), "amount", "more than 300 decimal places"),
    (lambda: Money("1E-400"), "amount", "more than 300 decimal places"),
    (lambda: Money(1, "usd"), "currency", "is not an ISO 4217 code"),
    # salary band
    (lambda: SalaryBand(Money(59000), Money(30000)), "", "low 59000 is above high 30000"),
    (lambda: SalaryBand(Money(1), Money(2, "EUR")), "high", "currency EUR differs from low's USD"),
    (lambda: SalaryBand(Money(1, at_least=True), Money(2)), "low", "lower bound"),
    # pay and percentiles: one currency
    (lambda: Pay(yearly=Money(1, "EUR")), "yearly", "currency EUR differs from the pay's USD"),
    (
        lambda: Pay(currency="EUR", range=SalaryBand(Money(1, "USD"), Money(2, "USD"))),
        "range.low",
        "differs from the pay's EUR",
    ),
    (lambda: Percentiles(p10=Money(5), median=Money(4)), "median", "4 is below p10 5"),
    (lambda: Percentiles(p10=Money(5), p90=Money(6, "EUR")), "p90", "currency EUR differs"),
    # shares
    (lambda: Education(degree="BA", degree_share=1.2), "degree_share", "not a share"),
    (lambda: Education(degree="BA", degree_share=-0.01), "degree_share", "not a share"),
    (lambda: Education(degree_share=0.5), "degree_share", "needs the degree"),
    (lambda: Demographics(lgbt_share=46), "lgbt_share", "0.46 means 46%"),
    (lambda: Demographics(lgbt_share=NAN), "lgbt_share", "must be a finite number"),
    (lambda: CategoryShare("Male", INF), "share", "must be a finite number"),
    (lambda: CategoryShare("", 0.5), "category", "must not be empty"),
    # distributions
    (lambda: Distribution.of({"Male": 0.5, "Female": 0.6}), "shares", "shares sum to 1.1"),
    (lambda: Distribution.of({"Male": 0.4, "Female": 0.5}), "shares", "shares sum to 0.9"),
    (lambda: Distribution.of({}), "shares", "at least one category"),
    (lambda: Distribution.of({"Male": 0.5, "male": 0.5}), "shares[1]", "repeats item 0"),
    # outlook, career, ages
    (lambda: Outlook(growth_rate=NAN), "growth_rate", "must be a finite number"),
    (lambda: Outlook(growth_rate=-1.5), "growth_rate", "outside -1 to 10"),
    (lambda: Outlook(jobs=-1), "jobs", "not a count"),
    (lambda: Outlook(jobs=1.5), "jobs", "expected a whole number"),  # type: ignore[arg-type]
    (lambda: Outlook(jobs=True), "jobs", "expected a whole number"),
    (lambda: Career(satisfaction=0.5), "satisfaction", "outside 1 to 5"),
    (lambda: Career(satisfaction=5.5), "satisfaction", "outside 1 to 5"),
    (lambda: Career(satisfaction=INF), "satisfaction", "must be a finite number"),
    (lambda: Career(experience_years=-1), "experience_years", "outside 0 to 80"),
    (lambda: YearRange(6, 4), "", "low 6 is above high 4"),
    (lambda: YearRange(4, 90), "high", "not a plausible span"),
    (lambda: Demographics(average_age=7), "average_age", "outside 14 to 100"),
    # text
    (lambda: Role(title=""), "title", "must not be empty"),
    (lambda: Role(title="   "), "title", "must not be empty"),
    (lambda: Role(title=" Clerk"), "title", "must not start or end with white space"),
    (lambda: Role(title="Clerk\tII"), "title", "control character"),
    (lambda: Role(title="C" * 201), "title", "at most 200"),
    (lambda: Role(title=5), "title", "expected text"),  # type: ignore[arg-type]
    (lambda: Role(title="Clerk", description="Files.\x00"), "description", "control character"),
    (lambda: Role(title="Clerk", aliases=("A", "a")), "aliases[1]", "repeats item 0"),
    (lambda: Role(title="Clerk", aliases="CSM"), "aliases", "expected a list"),
    (lambda: Role(title="Clerk", slug="Clerk"), "slug", "is not a slug"),
    (lambda: Role(title="Clerk", soc_code="43-405"), "soc_code", "not a SOC code"),
    (lambda: Role(title="Clerk", soc_code="4٣-4051"), "soc_code", "not a SOC code"),
    (lambda: Role(title="Clerk", article="the"), "article", "is not 'a' or 'an'"),  # type: ignore[arg-type]
    (lambda: PayLeader(""), "name", "must not be empty"),
    (lambda: LocalizedTitle("DE", "X", "X"), "language", "not a language code"),
    (
        lambda: Role(
            title="Clerk", titles=(LocalizedTitle("de", "A", "A"), LocalizedTitle("de", "B", "B"))
        ),
        "titles[1].language",
        "'de' repeats",
    ),
    # skills
    (lambda: Role(title="C", skills=(Skill("POS"), Skill("pos"))), "skills[1]", "repeats item 0"),
    (lambda: Role(title="C", skills=(Skill("A", 0.1), Skill("B"))), "skills[1].weight", "every"),
    (lambda: Role(title="C", skills=(Skill("A", 0.6), Skill("B", 0.6))), "skills", "sum to 1.2"),
    (lambda: Skill("A", 1.5), "weight", "not a share"),
    (lambda: Skill("A", NAN), "weight", "must be a finite number"),
    # wrong kinds of groups
    (lambda: Role(title="C", pay=Money(1)), "pay", "expected Pay, got Money"),  # type: ignore[arg-type]
    (lambda: Provenance(publisher="P", retrieved="2026-11-23"), "retrieved", "expected date"),  # type: ignore[arg-type]
    (lambda: DatasetInfo("Customer Service"), "name", "is not a slug"),
    # a source's translated notes
    (
        lambda: Provenance("P", note_translations={"de": "Zahlen."}),
        "note_translations",
        "translates a note, but the source has none",
    ),
    (
        lambda: Provenance("P", note="N.", note_translations={"DE": "Zahlen."}),
        "note_translations",
        "'DE' is not a language code",
    ),
    (
        lambda: Provenance("P", note="N.", note_translations={"de": "Zahlen.\x00"}),
        "note_translations.de",
        "control character",
    ),
    (
        lambda: Provenance("P", note="N.", note_translations=[("de", "A"), ("de", "B")]),
        "note_translations.de",
        "repeats",
    ),
    (
        lambda: Provenance("P", note="N.", note_translations=[("de",)]),
        "note_translations[0]",
        "expected a (language, text) pair",
    ),
]


@pytest.mark.parametrize(("build", "path", "fragment"), INVALID)
def test_invalid_values_raise_the_librarys_error_with_their_path(
    build: Callable[[], Any], path: str, fragment: str
) -> None:
    """Each kind of impossible value is a ValidationError (a ValueError) naming its field."""
    with pytest.raises(cd.ValidationError) as caught:
        build()
    assert isinstance(caught.value, ValueError)
    assert caught.value.paths == (path,)
    assert fragment in caught.value.problems[0].message


def test_combining_currencies_raises_currency_mismatch() -> None:
    """Money.same_currency refuses two currencies with the dedicated error."""
    with pytest.raises(cd.CurrencyMismatchError) as caught:
        Money(1).same_currency(Money(1, "EUR"))
    assert str(caught.value) == "currency: cannot combine USD with EUR"


@pytest.mark.parametrize(
    "build",
    [
        lambda: Money(0),
        lambda: Money("999999999999.99"),
        lambda: SalaryBand(Money(5), Money(5)),
        lambda: SalaryBand(Money(5), Money(239200, at_least=True)),
        lambda: Percentiles(p75=Money(10, at_least=True), p90=Money(10, at_least=True)),
        lambda: Career(satisfaction=1, experience_years=0),
        lambda: Career(satisfaction=5, time_to_become=YearRange(4, 4)),
        lambda: Outlook(growth_rate=-1, jobs=0),
        lambda: Education(degree="BA", degree_share=0),
        lambda: Education(degree="BA", degree_share=1),
        lambda: Distribution.of({"Male": 0.441, "Female": 0.559}),
        lambda: Distribution.of({"A": 0.5, "B": 0.5 - 0.8 * SHARE_SUM_TOLERANCE}),
        lambda: Distribution.of({"A": 0.5, "B": 0.5 + 0.8 * SHARE_SUM_TOLERANCE}),
        lambda: Role(title="Clerk", description="Files.\nSorts."),
        lambda: Role(title="C", skills=(Skill("ISO"), Skill("POS"), Skill("QA"))),
        lambda: Role(title="C", skills=(Skill("A", 0.5), Skill("B", 0.5))),
    ],
)
def test_boundary_values_are_accepted(build: Callable[[], Any]) -> None:
    """Values on the edge of each rule are valid."""
    assert attrs.has(type(build()))


def test_amounts_are_exact_decimals_from_any_number() -> None:
    """ints, strings, floats (by shortest repr) and Decimals give the same exact amount."""
    assert {Money(29.56), Money("29.56"), Money(Decimal("29.560"))} == {Money(Decimal("29.56"))}
    assert Money(61487).amount == Decimal(61487)


def test_missing_is_none_and_the_slug_is_derived() -> None:
    """A bare role has only a title and its derived slug; every group is None."""
    role = Role(title="Customer Service/Operations Manager")
    assert role.slug == "customer-service-operations-manager"
    assert (role.pay, role.outlook, role.career, role.education, role.demographics) == (None,) * 5
    assert (role.aliases, role.skills, role.responsibilities, role.titles) == ((),) * 4


def test_role_helpers() -> None:
    """names, localized_title, skills_weighted and the band's derived values."""
    role = Role(
        title="Clerk",
        soc_code="43-4051",
        aliases=("File Clerk",),
        titles=(LocalizedTitle("de", "Sachbearbeitung", "Sachbearbeitungen"),),
        skills=(Skill("Filing", 0.2),),
    )
    assert role.names == ("clerk", "Clerk", "File Clerk", "43-4051")
    assert role.localized_title("de") == LocalizedTitle(
        "de", "Sachbearbeitung", "Sachbearbeitungen"
    )
    assert role.localized_title("fr") is None
    assert role.skills_weighted
    band = SalaryBand(Money(30000), Money(59000))
    assert (band.width, band.midpoint) == (Money(29000), Money(44500))
    assert (Money(40000) in band, Money(40000, "EUR") in band, 40000 in band) == (
        True,
        False,
        False,
    )


def test_distribution_lookup_ignores_case_and_keeps_order() -> None:
    """Categories keep their order; lookup is case-insensitive; a miss is a KeyError."""
    race = Distribution.of({"White": 0.6, "Asian": 0.4})
    assert (race.categories, race["asian"], race.get("Other"), len(race)) == (
        ("White", "Asian"),
        0.4,
        None,
        2,
    )
    with pytest.raises(KeyError):
        race["Other"]


def test_display_order_is_largest_share_first_and_unreported_last() -> None:
    """Pages show the largest share first, equal shares in the data's order, and a category
    the data marks unreported after every reported one, even when its share is larger; the
    distribution itself keeps the data's order."""
    race = Distribution.of(
        {"Black": 0.1, "Not stated": 0.3, "Asian": 0.05, "White": 0.4, "Other": 0.1, "N/A": 0.05},
        unreported=["not stated", "N/A"],
    )
    shown = [item.category for item in race.display_order]
    assert shown == ["White", "Black", "Other", "Asian", "Not stated", "N/A"]
    assert race.categories == ("Black", "Not stated", "Asian", "White", "Other", "N/A")
    assert sorted(race.display_order, key=race.shares.index) == list(race.shares)


def test_an_unknown_category_is_only_unreported_when_the_data_says_so() -> None:
    """The order follows the data's mark, not the category's name: an unmarked "Unknown"
    takes its place by its share."""
    race = Distribution.of({"Unknown": 0.5, "White": 0.3, "Asian": 0.2})
    assert [item.category for item in race.display_order] == ["Unknown", "White", "Asian"]


def test_unreported_must_name_a_category_of_the_distribution() -> None:
    """Marking a category the distribution does not have is the library's error."""
    with pytest.raises(cd.ValidationError) as caught:
        Distribution.of({"White": 1.0}, unreported=["Unknown"])
    assert caught.value.paths == ("unreported",)


def test_unreported_is_true_or_false() -> None:
    """The flag is a bool, nothing that merely looks like one."""
    with pytest.raises(cd.ValidationError) as caught:
        CategoryShare("Unknown", 0.1, unreported=1)  # type: ignore[arg-type]
    assert caught.value.paths == ("unreported",)


@given(strategies.distributions())
def test_display_order_holds_every_share_once(distribution: Distribution) -> None:
    """The display order is a permutation of the shares: nothing dropped, changed or added,
    shares not increasing among the reported and among the unreported categories."""
    shown = distribution.display_order
    assert sorted(shown, key=distribution.shares.index) == list(distribution.shares)
    flags = [item.unreported for item in shown]
    assert flags == sorted(flags)
    for group in (False, True):
        shares = [item.share for item in shown if item.unreported is group]
        assert shares == sorted(shares, reverse=True)


# --------------------------------------------------------------------------- properties


@given(strategies.roles())
def test_roles_are_frozen_hashable_and_equal_by_value(role: Role) -> None:
    """A rebuilt copy is equal with the same hash; no field can be set."""
    copy = attrs.evolve(role)
    assert copy == role
    assert hash(copy) == hash(role)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        role.title = "Other"  # type: ignore[misc]


@given(strategies.roles(), st.sampled_from(["", " ", "\t", " padded", "a\x00b"]))
def test_any_role_with_a_bad_title_is_rejected(role: Role, title: str) -> None:
    """Changing a valid role's title to blank, padded or control text fails at "title"."""
    with pytest.raises(cd.ValidationError) as caught:
        attrs.evolve(role, title=title, slug=role.slug)
    assert caught.value.paths == ("title",)


@given(strategies.amounts.filter(lambda amount: amount > 0))
def test_every_positive_amount_is_valid_and_its_negative_is_not(amount: Decimal) -> None:
    """Money accepts non-negative amounts and rejects their negatives."""
    assert Money(amount).amount == amount
    with pytest.raises(cd.ValidationError):
        Money(-amount)


@given(strategies.amounts, strategies.amounts)
def test_a_band_is_valid_exactly_when_low_is_at_most_high(low: Decimal, high: Decimal) -> None:
    """SalaryBand accepts ordered ends and rejects reversed ones."""
    if low <= high:
        assert SalaryBand(Money(low), Money(high)).width == Money(high - low)
    else:
        with pytest.raises(cd.ValidationError):
            SalaryBand(Money(low), Money(high))


@given(strategies.distributions(), st.floats(min_value=0.01, max_value=0.5))
def test_distributions_off_by_more_than_the_tolerance_are_rejected(
    distribution: Distribution, excess: float
) -> None:
    """Adding a category of share above the tolerance breaks the sum."""
    shares = {item.category: item.share for item in distribution}
    extra = "zz extra category"
    assert math.isclose(math.fsum(shares.values()), 1, abs_tol=SHARE_SUM_TOLERANCE)
    with pytest.raises(cd.ValidationError) as caught:
        Distribution.of({**shares, extra: excess})
    assert caught.value.paths[0] in {"shares", f"shares[{len(shares)}]"}


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_shares_outside_zero_to_one_are_rejected(value: float) -> None:
    """A share is valid exactly when it is a finite fraction in [0, 1]."""
    if math.isfinite(value) and 0 <= value <= 1:
        assert Skill("A", value).weight == value
    else:
        with pytest.raises(cd.ValidationError):
            Skill("A", value)


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_satisfaction_is_valid_exactly_between_one_and_five(value: float) -> None:
    """Job satisfaction accepts 1-5 and nothing else."""
    if math.isfinite(value) and 1 <= value <= 5:
        assert Career(satisfaction=value).satisfaction == value
    else:
        with pytest.raises(cd.ValidationError):
            Career(satisfaction=value)


_AMOUNT_INPUTS = (
    st.integers(min_value=-5, max_value=10**13)
    | st.decimals(allow_nan=True, allow_infinity=True, places=None)
    | st.sampled_from(
        [Decimal("19.80"), Decimal("1E-7"), Decimal("0.000001"), Decimal("1E+5"), "5", 1.5, True]
    )
)


@given(
    _AMOUNT_INPUTS,
    st.sampled_from(["USD", "EUR", "usd", "US", 5]),
    st.sampled_from([False, True, 0, None]),
)
def test_the_fast_money_path_checks_exactly_what_money_checks(
    amount: Any, currency: Any, at_least: Any
) -> None:
    """_new_money (used by io) accepts, refuses and builds exactly as Money(...) does."""

    def outcome(build: Any) -> Any:
        try:
            money = build(amount, currency, at_least)
        except cd.ValidationError as error:
            return type(error), str(error)
        return money, money.amount.as_tuple()

    outcome(_new_money)  # a first call may take the long path and remember the currency
    assert outcome(Money) == outcome(_new_money)


# --------------------------------------------------------------------------- constraints


def _rules() -> list[tuple[type, str, m.Constraint]]:
    """Every (class, field, constraint) of the model."""
    classes = [getattr(m, name) for name in m.__all__]
    return [
        (cls, field.name, field.validator)
        for cls in classes
        if isinstance(cls, type) and attrs.has(cls)
        for field in attrs.fields(cls)
        if isinstance(field.validator, m.Constraint)
    ]


def test_every_value_rule_of_the_model_is_a_constraint() -> None:
    """Fields whose rule is about their own value carry a Constraint, not a bare function."""
    described = {(cls.__name__, name) for cls, name, _ in _rules()}
    assert {
        ("Role", "title"),
        ("Role", "slug"),
        ("Role", "soc_code"),
        ("Pay", "currency"),
        ("Money", "amount"),
        ("SalaryBand", "low"),
        ("YearRange", "high"),
        ("Education", "degree_share"),
        ("Outlook", "jobs"),
        ("Career", "satisfaction"),
    } <= described


def test_a_constraint_states_its_bounds_in_its_json_schema() -> None:
    """Share, Between, Count and Years give JSON Schema the bounds they check."""
    defs: dict[str, Any] = {}
    assert [
        rule.json_schema(defs) for rule in (m.Share(), m.Between(1, 5), m.Count(), m.Years())
    ] == [
        {"type": "number", "minimum": 0, "maximum": 1},
        {"type": "number", "minimum": 1, "maximum": 5},
        {"type": "integer", "minimum": 0, "maximum": 10**12 - 1},
        {"type": "integer", "minimum": 0, "maximum": 80},
    ]
    assert defs == {}


def test_named_constraints_are_shared_definitions() -> None:
    """Short text, long text and slugs are written once under $defs and referred to."""
    defs: dict[str, Any] = {}
    refs = [m.Text().json_schema(defs), m.Text(max=5000, lines=True).json_schema(defs)]
    assert refs == [{"$ref": "#/$defs/text"}, {"$ref": "#/$defs/long_text"}]
    assert (defs["text"]["maxLength"], defs["long_text"]["maxLength"]) == (200, 5000)


@pytest.mark.parametrize("value", ["USD\n", "usd", "US", "USDX", None, 840])
def test_a_currency_is_three_capital_letters_and_nothing_after(value: Any) -> None:
    """Currency() refuses a trailing newline, lower case, other lengths and non-text."""
    assert not m.Currency().matches(value)
    with pytest.raises(cd.ValidationError, match="is not an ISO 4217 code such as 'USD'"):
        Pay(currency=value)


def test_years_refuse_more_than_eighty_at_either_end() -> None:
    """A span's ends are at most 80 years, each checked where it is given."""
    with pytest.raises(cd.ValidationError) as caught:
        YearRange(90, 95)
    assert [str(problem) for problem in caught.value.problems] == [
        "low: 90 years is not a plausible span (at most 80)"
    ]


def test_a_band_low_end_that_is_a_lower_bound_is_refused_at_low() -> None:
    """ExactMoney refuses an at-least amount as a band's low end, with the same message."""
    with pytest.raises(cd.ValidationError) as caught:
        SalaryBand(Money(1, at_least=True), Money(2))
    assert [str(problem) for problem in caught.value.problems] == [
        "low: a band's low end cannot be a lower bound only"
    ]


def test_constraints_show_their_parameters() -> None:
    """A constraint's repr says what it checks."""
    assert [
        repr(m.Between(1, 5)),
        repr(m.Text(optional=True)),
        repr(m.Currency()),
    ] == ["Between(1, 5)", "Text(lines=False, max=200, optional=True)", "Currency()"]


def test_a_source_note_is_read_in_a_language_with_fallbacks() -> None:
    """The variant's own note, else its language's, else the note as the data gives it."""
    source = Provenance(
        "P",
        note="Rounded figures.",
        note_translations={"pt_PT": "Números arredondados (PT).", "pt": "Números arredondados."},
    )
    assert source.note_translations == (
        ("pt", "Números arredondados."),
        ("pt_PT", "Números arredondados (PT)."),
    )
    assert source.note_in("pt_PT") == "Números arredondados (PT)."
    assert source.note_in("pt_BR") == source.note_in("pt") == "Números arredondados."
    assert source.note_in("en") == source.note_in("de") == "Rounded figures."
    assert Provenance("P").note_in("de") is None


def test_a_bad_note_translation_in_a_file_is_named_at_its_path() -> None:
    """Loaded from a role file, the problem names the role, the source and the language."""
    role = {
        "title": "Clerk",
        "source": {"publisher": "P", "note": "N.", "note_translations": {"de": " x"}},
    }
    with pytest.raises(cd.ValidationError) as raised:
        cd.load_roles(json.dumps([role]))
    assert str(raised.value).startswith("roles[0].source.note_translations.de: ")
