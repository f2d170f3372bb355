"""Japanese: no articles, no plurals, no capitals; 「」 around a title that stays in English.

Japanese particles attach to any noun phrase, so a title needs no inflected form: every form
of a translated title is the title itself ("カスタマーケアマネージャーの平均年収"), and an
English title standing in for a missing translation is set off in 「」 as a foreign name
("「Customer Care Manager」の平均年収"), which stays grammatical whatever the title.  Headings
use the bare title in both cases.  Sentences have no capital letters to fix up, and CLDR's
list pattern joins with the ideographic comma ("顧客満足、物流").

Amounts are CLDR's figures for the locale in tables ("$61,487"); inside a sentence they are
read as Japanese reads a number, in units of 万 (and 億, 兆) from CLDR's compact patterns,
with the currency's CLDR name after them: "6万1487米ドル", exactly the table's amount (never
rounded to "約6.1万ドル"); an amount below 1万 is written the same way ("9500米ドル").
The yen is "円" after the figure ("614万8700円"), as prose writes it; CLDR's name 日本円
names the currency.

>>> from careerdata.text.languages import Title
>>> RULES.forms(Title("営業マネージャー", "営業マネージャー", translated=True))[""]
'営業マネージャー'
>>> RULES.forms(Title("Sales Manager", "Sales Managers"))["plural"]
'「Sales Manager」'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING

import babel
from babel.numbers import format_decimal, get_currency_name

from careerdata.text.languages import Language, Title

if TYPE_CHECKING:
    from careerdata.model import Money

#: 1万: an amount with cents from here up is written as CLDR writes it, not read in 万.
_MAN = 10_000
_LATIN = re.compile(r"[A-Za-z]")
# Line-breaking rules (kinsoku): a line never starts with a closing mark, a small kana or the
# long-vowel mark, and never ends with an opening mark or a currency sign.
_NO_LINE_START = frozenset(
    "、。，．・：；？！）」』】〕］｝〉》ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ～％%"  # noqa: RUF001
)
_NO_LINE_END = frozenset("（「『【〔［｛〈《$￥¥€£")  # noqa: RUF001
# A short qualifier in full-width brackets (sonota "other", "10-90 percentile") is read as one
# unit and stays on one line; a longer one (more than 12 characters inside, too wide for a table's
# 28-column cell) may still break inside, so that it never overflows its column.
_BRACKETS = re.compile(r"（[^（）]{1,12}）")  # noqa: RUF001


def _wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in ("W", "F")


_ACRONYM = re.compile(r"[A-Z0-9&/.\-]*[A-Z][A-Z0-9&/.\-]*\Z")


def is_acronym(name: str) -> bool:
    """Whether ``name`` is one word of capitals (and digits), such as "ISO" or "B2B".

    >>> [is_acronym(name) for name in ("ISO", "QA", "B2B", "Payroll", "Work Ethic", "給与計算")]
    [True, True, True, False, False, False]
    """
    return len(name) >= 2 and _ACRONYM.match(name) is not None


class Japanese(Language):
    """Japanese rules: 「」 quotation marks, uninflected titles, no sentence case."""

    quotes = ("「", "」")
    full_stop = "。"
    sentence_separator = ""

    def forms(self, title: Title) -> dict[str, str]:
        """Every form is the title itself; an English stand-in title is quoted in 「」.

        >>> from careerdata.text.languages import Title
        >>> sorted(set(RULES.forms(Title("Contact Center Manager")).values()))
        ['Contact Center Manager', '「Contact Center Manager」']
        """
        bare = title.singular
        prose = bare if title.translated else self.quoted(bare)
        return {
            "": prose,
            "name": bare,
            "indefinite": prose,
            "plural": prose,
            "plural_possessive": prose,
        }

    def skill_in_prose(self, name: str) -> str:
        """An untranslated skill in 「」 when it is written in Latin letters, unless an acronym.

        >>> [RULES.skill_in_prose(name) for name in ("Work Ethic", "ISO", "給与計算")]
        ['「Work Ethic」', 'ISO', '給与計算']
        """
        if _LATIN.search(name) is None or is_acronym(name):
            return name
        return self.quoted(name)

    def break_points(self, word: str) -> Sequence[int]:
        """Between two characters of which one is wide, unless kinsoku forbids it.

        Runs of narrow characters ("$61,487", "IVR") stay whole, and so does a short
        qualifier in full-width brackets: a line breaks before it, never inside it.

        >>> ["年収は$86,070です。"[:i] for i in RULES.break_points("年収は$86,070です。")]
        ['年', '年収', '年収は', '年収は$86,070', '年収は$86,070で']
        >>> other = "管理職\uff08その他\uff09"
        >>> [other[:i] for i in RULES.break_points(other)]
        ['管', '管理', '管理職']
        """
        whole = {
            index
            for match in _BRACKETS.finditer(word)
            for index in range(match.start() + 1, match.end())
        }
        points = []
        for index in range(1, len(word)):
            before, after = word[index - 1], word[index]
            if not (_wide(before) or _wide(after)) or index in whole:
                continue
            if after in _NO_LINE_START or before in _NO_LINE_END:
                continue
            points.append(index)
        return points

    def prose_amount(self, shown: str, money: Money, locale: babel.Locale) -> str:
        """The amount read with 万, 億 and 兆 (CLDR's units) and the currency's name.

        >>> from careerdata.model import Money
        >>> japan = babel.Locale.parse("ja_JP")
        >>> RULES.prose_amount("$140,970", Money(140970), japan)
        '14万970米ドル'
        >>> RULES.prose_amount("￥61,487,000", Money(61487000, "JPY"), japan)
        '6148万7000円'
        >>> RULES.prose_amount("$9,500", Money(9500), japan)
        '9500米ドル'
        >>> RULES.prose_amount("$120,000", Money(120000), japan)
        '12万米ドル'

        An hourly wage keeps its cents, and below 1万 still reads with the currency's name:

        >>> RULES.prose_amount("$58.29", Money("58.29"), japan)
        '58.29米ドル'
        """
        name = "円" if money.currency == "JPY" else get_currency_name(money.currency, 2, locale)
        if money.amount != money.amount.to_integral_value():
            if money.amount >= _MAN:
                return shown  # cents have no reading in 万: the figure as CLDR writes it
            return format_decimal(money.amount, "0.00", locale=locale) + name
        whole = int(money.amount.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
        patterns = locale.compact_decimal_formats["short"]["other"]
        units = [(10**power, patterns[str(10**power)].suffix[0]) for power in (12, 8, 4)]
        # Below 1万 the figure has no unit but still reads with the currency's name, as the
        # larger amounts beside it do ("9500米ドル", not "$9,500" next to "4万2702米ドル").
        parts, rest = [], whole
        for size, unit in units:
            count, rest = divmod(rest, size)
            if count:
                parts.append(format_decimal(count, "#0", locale=locale) + unit)
        if rest or not parts:
            parts.append(format_decimal(rest, "#0", locale=locale))
        return "".join(parts) + name

    def sentence(self, text: str) -> str:
        """Japanese has no capital letters to set: the text as it is.

        >>> RULES.sentence("eコマース担当者")
        'eコマース担当者'
        """
        return text


RULES = Japanese("ja")
