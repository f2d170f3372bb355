"""careerdata.model: an amount built without a currency takes the currency of its Pay."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import pytest

import careerdata as cd
from careerdata.model import Money, Pay, PayLeader, PayLeaders, Percentiles, SalaryBand


def _pay(currency: str | None) -> Pay:
    """A pay with an amount in every place, written in ``currency`` or (None) without one."""

    def money(amount: int, *, at_least: bool = False) -> Money:
        if currency is None:
            return Money(amount, at_least=at_least)
        return Money(amount, currency, at_least)

    return Pay(
        currency="EUR",
        yearly=money(52000),
        hourly=money(25),
        range=SalaryBand(money(41000), money(66000, at_least=True)),
        yearly_percentiles=Percentiles(p10=money(40000), median=money(50000)),
        hourly_percentiles=Percentiles(p90=money(40)),
        leaders=PayLeaders(state=PayLeader("Bavaria", money(60000)), city=PayLeader("Köln")),
    )


def test_amounts_without_a_currency_take_the_pays_everywhere() -> None:
    """Yearly, hourly, band, both percentiles and the leaders' pay all become EUR."""
    pay = _pay(None)
    currencies = {path: money.currency for path, money in pay.amounts()}
    assert dict.fromkeys(currencies, "EUR") == currencies
    assert len(currencies) == 8


def test_a_pay_built_without_currencies_equals_one_written_with_them() -> None:
    """Writing the currency once or on every amount builds the same pay, hash included."""
    assert _pay("EUR") == _pay(None)
    assert hash(_pay("EUR")) == hash(_pay(None))


def test_only_the_currency_changes_not_the_amounts_or_bounds() -> None:
    """Amount and lower-bound flag survive taking the pay's currency."""
    pay = _pay(None)
    assert pay.range is not None
    assert Money(66000, "EUR", at_least=True) == pay.range.high


def test_it_loads_and_dumps_as_the_file_with_the_currency_once() -> None:
    """A pay built without currencies equals the one loaded from a file and writes the same."""
    written = '{"roles": [{"title": "Nurse", "pay": {"currency": "EUR", "yearly": 52000}}]}'
    (loaded,) = cd.load_roles(written)
    built = cd.Role(title="Nurse", pay=Pay(currency="EUR", yearly=Money(52000)))
    assert loaded == built
    assert cd.dump_roles([loaded]) == cd.dump_roles([built])


def test_money_alone_is_still_in_us_dollars() -> None:
    """Money(1000) means USD outside a pay: same value, hash and repr as Money(1000, "USD")."""
    bare = Money(1000)
    assert bare.currency == "USD"
    assert Money(1000, "USD") == bare
    assert hash(Money(1000, "USD")) == hash(bare)
    assert repr(Money(1000, "USD")) == repr(bare)


def test_a_default_pay_gives_us_dollars() -> None:
    """Pay() is in USD, so a bare amount there is USD as before."""
    assert Money(1, "USD") == Pay(yearly=Money(1)).yearly


@pytest.mark.parametrize(
    ("build", "path"),
    [
        (lambda: Pay(currency="EUR", yearly=Money(1, "USD")), "yearly"),
        (lambda: Pay(currency="EUR", hourly=Money(1, "GBP")), "hourly"),
        (
            lambda: Pay(currency="EUR", range=SalaryBand(Money(1, "USD"), Money(2, "USD"))),
            "range.low",
        ),
        (
            lambda: Pay(currency="EUR", yearly_percentiles=Percentiles(p25=Money(1, "USD"))),
            "yearly_percentiles.p25",
        ),
        (
            lambda: Pay(
                currency="EUR",
                yearly=Money(5),
                leaders=PayLeaders(industry=PayLeader("Mining", Money(1, "USD"))),
            ),
            "leaders.industry.yearly",
        ),
    ],
)
def test_a_written_currency_other_than_the_pays_raises_at_its_path(
    build: Callable[[], Any], path: str
) -> None:
    """An explicit currency is kept, and a pay in another one refuses it by path."""
    with pytest.raises(cd.CurrencyMismatchError) as caught:
        build()
    assert (path,) == caught.value.paths
    assert "differs from the pay's EUR" in caught.value.problems[0].message


def test_an_explicit_us_dollar_amount_is_not_taken_for_a_bare_one() -> None:
    """Money(1, "USD") is refused by a EUR pay even though it equals Money(1)."""
    with pytest.raises(cd.CurrencyMismatchError):
        Pay(currency="EUR", yearly=Money(1, "USD"))


def test_a_bare_amount_still_takes_the_pays_currency_after_pickling() -> None:
    """An amount sent to a pool worker (pickled) is still one without a written currency."""
    bare = pickle.loads(pickle.dumps(Money(7)))  # noqa: S301 - our own object
    assert Money(7, "EUR") == Pay(currency="EUR", yearly=bare).yearly
    pay = pickle.loads(pickle.dumps(_pay(None)))  # noqa: S301 - our own object
    assert _pay("EUR") == pay
