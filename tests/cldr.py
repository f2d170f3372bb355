"""What the installed babel's CLDR data says, for tests that check figures follow the locale.

Tests compare pages against these instead of hard-coding a CLDR datum (a grouping character, a
currency pattern), which changes between CLDR releases: de_CH grouped with U+2019 until CLDR 48 and
with U+0027 from CLDR 49 (babel 2.19).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from babel import Locale
from babel.numbers import format_currency, format_decimal, format_percent, get_currency_symbol


def grouped(number: int, locale: str) -> str:
    """A whole number with the locale's grouping ("2,27,154" in en_IN)."""
    return format_decimal(number, locale=locale)


def percent(fraction: float, locale: str) -> str:
    """A fraction as a whole percentage in the locale's pattern ("-4 %" in de_DE)."""
    return format_percent(fraction, locale=locale)


def exact_percent(fraction: float, locale: str) -> str:
    """A fraction as a percentage with every decimal it has ("0,6 %" in es_AR under CLDR 42)."""
    return format_percent(fraction, locale=locale, decimal_quantization=False)


def money(amount: str, currency: str, locale: str, *, whole: bool = False) -> str:
    """An amount in the locale's standard currency pattern; ``whole`` shows no decimals.

    CLDR's currency spacing (root ``currencySpacing``, which babel does not apply) is applied:
    U+00A0 between a digit and a symbol whose edge next to it is not a symbol character.
    """
    value = Decimal(amount)
    if whole:
        pattern = Locale.parse(locale).currency_formats["standard"].pattern
        integer = pattern.split(";")[0].replace(".00", "").replace(",00", "")
        text = format_currency(
            value, currency, locale=locale, format=integer, currency_digits=False
        )
    else:
        text = format_currency(value, currency, locale=locale)
    return _currency_spacing(text, get_currency_symbol(currency, locale))


def _is_symbol_or_space(character: str) -> bool:
    return unicodedata.category(character)[0] in "SZ"


def _currency_spacing(text: str, symbol: str) -> str:
    escaped = re.escape(symbol)
    if not _is_symbol_or_space(symbol[-1]):
        text = re.sub(f"({escaped})(?=[0-9])", "\\1\u00a0", text)
    if not _is_symbol_or_space(symbol[0]):
        text = re.sub(f"(?<=[0-9])({escaped})", "\u00a0\\1", text)
    return text
