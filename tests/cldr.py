"""What the installed babel's CLDR data says, for tests that check figures follow the locale.

Tests compare pages against these instead of hard-coding a CLDR datum (a grouping character, a
currency pattern), which changes between CLDR releases: de_CH grouped with U+2019 until CLDR 48 and
with U+0027 from CLDR 49 (babel 2.19).
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import format_currency, format_decimal, format_percent


def grouped(number: int, locale: str) -> str:
    """A whole number with the locale's grouping ("2,27,154" in en_IN)."""
    return format_decimal(number, locale=locale)


def percent(fraction: float, locale: str) -> str:
    """A fraction as a whole percentage in the locale's pattern ("-4 %" in de_DE)."""
    return format_percent(fraction, locale=locale)


def money(amount: str, currency: str, locale: str, *, whole: bool = False) -> str:
    """An amount in the locale's standard currency pattern; ``whole`` shows no decimals."""
    value = Decimal(amount)
    if not whole:
        return format_currency(value, currency, locale=locale)
    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    integer = pattern.split(";")[0].replace(".00", "").replace(",00", "")
    return format_currency(value, currency, locale=locale, format=integer, currency_digits=False)
