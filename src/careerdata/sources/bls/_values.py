"""One published OEWS figure: a number, a top-coded wage (a lower bound) or not released."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal

import attrs

from careerdata.errors import ValidationError
from careerdata.model import Money
from careerdata.sources.bls._series import ANNUAL_WAGES, HOURLY_WAGES

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?\Z")
# Symbols of BLS spreadsheets: "#" top-coded; "*" and "**" not released; "-" in the flat
# files, where a footnote says why.
_TOP_CODED_SYMBOL = "#"
_NOT_RELEASED = frozenset({"-", "*", "**"})
_TOP_CODE_TEXT = re.compile(
    r"equal to or greater than \$([\d,]+\.\d\d) per hour or \$([\d,]+) per year"
)


@attrs.frozen
class TopCode:
    """The wage above which BLS publishes no figure, only "this much or more".

    >>> TopCode.from_footnote(
    ...     "This wage is equal to or greater than $115.00 per hour or $239,200 per year."
    ... )
    TopCode(hourly=Decimal('115.00'), yearly=Decimal('239200'))
    """

    hourly: Decimal
    yearly: Decimal

    @classmethod
    def from_footnote(cls, text: str) -> TopCode | None:
        """Read the thresholds from a footnote's text; ``None`` for any other footnote."""
        found = _TOP_CODE_TEXT.search(text)
        if found is None:
            return None
        hourly, yearly = (Decimal(part.replace(",", "")) for part in found.groups())
        return cls(hourly, yearly)

    def for_datatype(self, datatype: str) -> Decimal:
        """The threshold that applies to a wage datatype (hourly or annual)."""
        if datatype in HOURLY_WAGES:
            return self.hourly
        if datatype in ANNUAL_WAGES:
            return self.yearly
        raise ValidationError.at("datatype", f"{datatype} is not a wage and cannot be top-coded")


@attrs.frozen
class Estimate:
    """One published figure; ``at_least`` marks a top-coded wage (a lower bound)."""

    amount: Decimal
    at_least: bool = False

    def money(self) -> Money:
        """The figure as U.S. dollars."""
        return Money(self.amount, "USD", self.at_least)


def parse_estimate(
    value: str,
    footnotes: str,
    datatype: str,
    top_codes: Mapping[str, TopCode],
) -> Estimate | None:
    """Read one published value: a number, a top-coded wage, or ``None`` when not released.

    ``footnotes`` is the series' comma-separated footnote codes; ``top_codes`` maps the codes
    that mark a top-coded wage to their thresholds (see :meth:`TopCode.from_footnote`).

    >>> codes = {"5": TopCode(Decimal("115.00"), Decimal("239200"))}
    >>> parse_estimate("   61,480", "", "04", codes)
    Estimate(amount=Decimal('61480'), at_least=False)
    >>> parse_estimate("-", "5", "15", codes)
    Estimate(amount=Decimal('239200'), at_least=True)
    >>> parse_estimate("-", "8", "15", codes) is None
    True
    """
    text = value.strip()
    if _NUMBER.match(text):
        return Estimate(Decimal(text.replace(",", "")))
    marked = {top_codes[code] for code in _codes(footnotes) if code in top_codes}
    if text == _TOP_CODED_SYMBOL or (text in _NOT_RELEASED and marked):
        # "#" carries no footnote: it means the release's one top code.
        thresholds = marked or set(top_codes.values())
        if len(thresholds) != 1:
            raise ValidationError.at("value", "a top-coded value needs the release's top code")
        return Estimate(thresholds.pop().for_datatype(datatype), at_least=True)
    if text in _NOT_RELEASED:
        return None
    raise ValidationError.at("value", f"{text!r} is neither a number nor a BLS special value")


def _codes(footnotes: str) -> Iterator[str]:
    return (code.strip() for code in footnotes.split(",") if code.strip())
