"""Locale resolution: the text language, its message catalog and per-locale number formatters.

A requested locale has two jobs.  Its *language* picks the message catalog: the best shipped
match, so ``de_CH`` writes German and ``fr_CA`` French.  Its *full identifier* formats every
figure through CLDR, so ``de_CH`` groups thousands with an apostrophe and ``en_IN`` writes
3,13,110.  Lists are words, so they follow the full locale when its language is the text
language (``en_IN`` drops the serial comma).

A regional variant's folder comes first: ``pt_PT`` (and ``pt_MZ``, whose CLDR parent locale is
``pt_PT``) writes European Portuguese, whose catalog holds only what differs and falls back to
``pt``'s; ``pt_BR`` writes ``pt``.

A language without a catalog (``it_IT`` before Italian ships, ``sw_KE``) *falls back* to English
text, and then the figures must not mislead the reader of English: they follow CLDR's English
for the territory (``en_JP``, ``en_CH``) when it writes a decimal point as English does, else
plain English (``en``), so ``it_IT`` prose reads "an average salary of $61,487", never
"61.487 USD", which an English reader takes for sixty-one dollars.  The caller sees the
language written (:func:`written_language`, :attr:`LocaleContext.language`,
:attr:`LocaleContext.fell_back`), and ``resolve(locale, fallback=False)`` (``render`` and
``summarize`` take the same option) refuses instead, raising
:class:`~careerdata.errors.UnknownLocaleError`.

CLDR's currency spacing is applied to every amount, which babel does not do: a no-break space
between a currency symbol and a digit when the symbol's edge is a letter ("USD\u00a061,487"
in ``es_MX``), none when it is a sign ("US$61.487" in ``es_AR``, as CLDR writes it).

Each locale is parsed once and its number patterns are prepared once; :func:`resolve` returns
the same :class:`LocaleContext` for equal identifiers from any thread.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from gettext import NullTranslations  # English is the source: no catalog, no babel.support
from typing import Any

import attrs
import babel
from babel.core import get_global
from babel.numbers import NumberPattern, get_currency_symbol, get_decimal_symbol

from careerdata._repr import fields_repr
from careerdata.errors import UnknownLocaleError
from careerdata.model import Money
from careerdata.text.languages import (
    CATALOG_FILE,
    DOMAIN,
    SOURCE_LANGUAGE,
    Language,
    _is_shipped,
    _language_dir,
    rules,
    shipped_languages,
)

__all__ = ["LocaleContext", "currency_spacing", "resolve", "written_language"]


# Stands for the group symbol while babel lays a number out (a private-use character).
_GROUP_MARK = "\ue000"


class _Pattern(NumberPattern):
    """A CLDR number pattern whose group symbols survive babel's unquoting.

    babel ends :meth:`~babel.numbers.NumberPattern.apply` by removing the quotes a pattern
    uses for literal text, and takes two group symbols "'" (Swiss German, Italian and French
    since CLDR 49) for such quotes: it writes 3'089'410 as "3089410".  The integer part is
    laid out with a mark for the symbol, and the symbol put back once babel is done.
    """

    def _format_int(self, *args: Any, **kwargs: Any) -> str:
        # The integer part holds digits and group symbols only.
        return str(super()._format_int(*args, **kwargs)).replace("'", _GROUP_MARK)

    def apply(self, *args: Any, **kwargs: Any) -> str:
        return str(super().apply(*args, **kwargs)).replace(_GROUP_MARK, "'")


def _with_fraction(pattern: NumberPattern, digits: tuple[int, int]) -> NumberPattern:
    """A copy of a CLDR pattern showing between ``digits[0]`` and ``digits[1]`` decimals.

    Keeping the locale's own prefix, suffix and grouping is what makes "61 487 $US" French and
    "$61,487" American; only the number of decimals changes.

    >>> import babel
    >>> from babel.numbers import get_group_symbol
    >>> swiss = babel.Locale.parse("it_CH")
    >>> text = _with_fraction(swiss.decimal_formats[None], (0, 0)).apply(3089410, swiss)
    >>> text.replace(get_group_symbol(swiss), "|")
    '3|089|410'
    """
    # The pattern's attributes in a new _Pattern: copy.copy costs some 15 us a pattern.
    changed = _Pattern.__new__(_Pattern)
    changed.__dict__.update(vars(pattern))
    changed.frac_prec = digits
    return changed


@attrs.frozen(eq=False)
class LocaleContext:
    """Everything needed to write text for one requested locale.

    ``tag`` is the canonical identifier (``"de_CH"``), ``language`` the text language
    (``"de"``, or a regional variant such as ``"pt_PT"``), ``translations`` its catalog.  The
    formatting methods follow the full locale.
    """

    __repr__ = fields_repr

    tag: str
    #: The locale the figures follow: the requested one, or its English under a fallback.
    locale: babel.Locale
    language: str
    translations: NullTranslations
    #: The rules of the text language (quotation marks, title forms, list fix-ups).
    rules: Language
    #: The locale of the text language: ``locale`` itself when it is written, else the bare
    #: language (English for ``pt_BR``); words such as currency names come from it.
    text_locale: babel.Locale
    _list_patterns: dict[str, str]
    _money_whole: NumberPattern
    _money_cents: NumberPattern
    _percent: tuple[NumberPattern, NumberPattern]
    _decimal: tuple[NumberPattern, NumberPattern]
    #: The locale as requested (``it_IT`` when the text falls back to English).
    requested: babel.Locale
    # Each currency's symbol in the figures' locale, looked up once.
    _symbols: dict[str, str] = attrs.field(factory=dict)

    @property
    def fell_back(self) -> bool:
        """Whether the requested locale's language has no catalog, so the text is English."""
        return self.requested.language != self.base_language

    @property
    def base_language(self) -> str:
        """The language of the text without its region: ``"pt"`` for the ``pt_PT`` variant."""
        return self.language.partition("_")[0]

    @property
    def bcp47(self) -> str:
        """The language tag of the written text for HTML ``lang`` (``"de-CH"``, or ``"en"``)."""
        locale = self.requested
        if locale.language != self.base_language:
            return self.language.replace("_", "-")
        parts = (locale.language, locale.script, locale.territory, locale.variant)
        return "-".join(part for part in parts if part)

    def regional(self, text: str) -> str:
        """``text`` as the requested region writes the language (Swiss German "ss" for "ß")."""
        return self.rules.regional(text, self.requested)

    # ------------------------------------------------------------------ messages

    def gettext(self, message: str) -> str:
        """Translate ``message`` into the text language."""
        return str(self.translations.gettext(message))

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """Translate a message whose form depends on ``count`` (CLDR plural rules)."""
        return str(self.translations.ngettext(singular, plural, count))

    def pgettext(self, context: str, message: str) -> str:
        """Translate ``message`` in ``context``, for short strings that are ambiguous alone."""
        return str(self.translations.pgettext(context, message))

    # ------------------------------------------------------------------ figures

    def money(self, money: Money, *, cents: bool = False) -> str:
        """Format an amount: whole currency units, or with the currency's own decimals."""
        return self.amount(money.amount, money.currency, cents=cents)

    def amount(self, amount: Decimal, currency: str, *, cents: bool = False) -> str:
        """Format a number of ``currency`` units as :meth:`money` does (chart axes use it)."""
        pattern = self._money_cents if cents else self._money_whole
        text = str(pattern.apply(amount, self.locale, currency=currency, currency_digits=cents))
        symbol = self._symbols.get(currency)
        if symbol is None:
            symbol = self._symbols.setdefault(currency, get_currency_symbol(currency, self.locale))
        return currency_spacing(text, symbol)

    def percent(self, fraction: float, decimals: int = 0) -> str:
        """Format a fraction as a percentage with exactly ``decimals`` decimals (0 or 1)."""
        return self._apply(self._percent[decimals], Decimal(repr(fraction)), decimals)

    def number(self, value: float, decimals: int = 0) -> str:
        """Format a number with at most ``decimals`` decimals (0 or 1), grouped per locale."""
        return self._apply(self._decimal[decimals], Decimal(repr(value)), decimals)

    def _apply(self, pattern: NumberPattern, value: Decimal, decimals: int) -> str:
        # Round before babel does, to drop the sign of a value that rounds to zero ("-0 %").
        rounded = value.quantize(Decimal(1).scaleb(-decimals - pattern.scale))
        if rounded.is_zero():
            rounded = abs(rounded)
        return str(pattern.apply(rounded, self.locale))

    def join(self, items: list[str]) -> str:
        """Join items as a list with "and", by the CLDR patterns of the text's language.

        The language's rules may adjust the last pair (Spanish writes "e" for "y" before the
        sound /i/).
        """
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        patterns = self._list_patterns
        if len(items) == 2:
            return self._pair(patterns["2"], items[0], items[1])
        result = patterns["start"].format(items[0], items[1])
        for item in items[2:-1]:
            result = patterns["middle"].format(result, item)
        return self._pair(patterns["end"], result, items[-1])

    def _pair(self, pattern: str, first: str, last: str) -> str:
        return self.rules.join_pair(pattern, first, last)


# CLDR's root currencySpacing (no locale of CLDR 4x overrides it): between a currency symbol
# and a digit, insert a no-break space when the symbol's edge towards the digit is not a symbol
# character ([:^S:]) nor a space.
_CURRENCY_INSERT = "\u00a0"


def _spaced_edge(character: str) -> bool:
    category = unicodedata.category(character)
    return not category.startswith(("S", "Z"))


def currency_spacing(text: str, symbol: str) -> str:
    r"""Apply CLDR's currency spacing to a formatted amount showing ``symbol``.

    >>> currency_spacing("USD61,487", "USD"), currency_spacing("US$61.487", "US$")
    ('USD\xa061,487', 'US$61.487')
    >>> currency_spacing("61.487USD", "USD"), currency_spacing("$61,487", "$")
    ('61.487\xa0USD', '$61,487')
    """
    if not symbol or symbol not in text:
        return text
    start = text.index(symbol)
    end = start + len(symbol)
    if end < len(text) and text[end].isdigit() and _spaced_edge(symbol[-1]):
        return text[:end] + _CURRENCY_INSERT + text[end:]
    if start > 0 and text[start - 1].isdigit() and _spaced_edge(symbol[0]):
        return text[:start] + _CURRENCY_INSERT + text[start:]
    return text


_contexts: dict[str, LocaleContext] = {}
_translations: dict[str, NullTranslations] = {}
_lock = threading.Lock()


def written_language(locale: str | babel.Locale) -> str:
    """The language the text for ``locale`` is written in: its own, or English as a fallback.

    >>> written_language("de_CH"), written_language("sw_KE")
    ('de', 'en')
    """
    return resolve(locale).language


def resolve(locale: str | babel.Locale, *, fallback: bool = True) -> LocaleContext:
    """The context of a locale given as an identifier (``"de_CH"``, ``"de-CH"``) or a Locale.

    An identifier is a CLDR locale in underscore form (``"zh_Hant_TW"``) or in the hyphen form
    of a BCP 47 language tag (``"zh-Hant-TW"``), in any letter case; a POSIX codeset is ignored
    (``"de_DE.UTF-8"``, as in ``LANG``), since the text is a Python string.  Raises
    :class:`~careerdata.errors.UnknownLocaleError` naming the locale when CLDR has no data for
    it, or when it is malformed: empty, padded, mixing ``_`` and ``-``, with a POSIX modifier
    (``"@euro"``) or BCP 47 extensions (``"-u-ca-buddhist"``), the POSIX default locale
    (``"C"``, ``"POSIX"``, ``"C.UTF-8"``: it names no language), or not a locale at all.

    With ``fallback=False`` a locale whose language has no catalog raises
    :class:`~careerdata.errors.UnknownLocaleError` instead of writing English.

    >>> resolve("de_CH").language, resolve("sw_KE").language, resolve("sw_KE").fell_back
    ('de', 'en', True)
    >>> resolve("pt_BR").language, resolve("pt_PT").language, resolve("pt_PT").bcp47
    ('pt', 'pt_PT', 'pt-PT')
    >>> resolve("de_CH") is resolve(babel.Locale("de", "CH"))
    True
    >>> resolve("sw_KE", fallback=False)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    careerdata.errors.UnknownLocaleError: unknown locale 'sw_KE': no catalog for its language ...
    """
    key = _key(locale)
    context = _contexts.get(key)
    if context is None:
        parsed = _parse(locale)
        with _lock:
            context = _contexts.get(str(parsed))
            if context is None:
                context = _build(parsed)
                _contexts[context.tag] = context
            _contexts[key] = context
    if not fallback and context.fell_back:
        shipped = ", ".join(shipped_languages())
        reason = f"no catalog for its language {context.requested.language!r}; "
        raise UnknownLocaleError(key, reason + f"the shipped languages are {shipped}")
    return context


def _key(locale: object) -> str:
    if isinstance(locale, babel.Locale):
        return str(locale)
    if isinstance(locale, str):
        return locale
    raise UnknownLocaleError(
        repr(locale), "expected a locale identifier such as 'en_US' or a babel.Locale"
    )


# No locale identifier, codeset included, comes near this ("sr_Latn_BA.ISO-8859-16" is 21).
_MAX_IDENTIFIER = 64
# The POSIX default locale, as in LANG=C.UTF-8.
_POSIX_DEFAULT = frozenset({"C", "POSIX"})
# A POSIX codeset after the territory: "UTF-8", "utf8", "ISO-8859-1".
_CODESET = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*\Z")


def _parse(locale: str | babel.Locale) -> babel.Locale:
    if isinstance(locale, babel.Locale):
        return locale
    if len(locale) > _MAX_IDENTIFIER:
        raise UnknownLocaleError(locale, f"longer than {_MAX_IDENTIFIER} characters")
    identifier, dot, codeset = locale.partition(".")
    if dot and _CODESET.match(codeset) is None:
        raise UnknownLocaleError(locale, "not a locale identifier such as 'en_US'")
    if "@" in identifier:
        raise UnknownLocaleError(locale, "POSIX modifiers such as '@euro' are not supported")
    if identifier.upper() in _POSIX_DEFAULT:
        # babel 2.19 reads these as en_US_POSIX, older babels refuse them: they name no
        # language, so the library refuses them whatever babel is installed.
        raise UnknownLocaleError(locale, "the POSIX default locale names no language")
    if "_" in identifier and "-" in identifier:
        raise UnknownLocaleError(locale, "mixes '_' and '-'; write 'de_CH' or 'de-CH'")
    separator = "-" if "-" in identifier else "_"
    try:
        return babel.Locale.parse(identifier, sep=separator)
    except (ValueError, TypeError, babel.UnknownLocaleError) as error:
        reason = "not a locale identifier such as 'en_US'"
        if isinstance(error, babel.UnknownLocaleError):
            reason = "CLDR has no data for it"
        raise UnknownLocaleError(locale, reason) from None


def _text_language(locale: babel.Locale) -> str:
    """The most specific shipped language for a locale.

    A regional variant's folder first (``pt_PT``, also for ``pt_AO``, whose CLDR parent it
    is), else the language's, else English.
    """
    for candidate in _variants(locale):
        if _is_shipped(candidate):
            return candidate
    return locale.language if _is_shipped(locale.language) else SOURCE_LANGUAGE


def _variants(locale: babel.Locale) -> list[str]:
    """The regional variants a locale may be written in, most specific first.

    Its own language and territory, then CLDR's parent locale chain (``pt_MZ`` -> ``pt_PT``).
    """
    if not locale.territory:
        return []
    found = [f"{locale.language}_{locale.territory}"]
    parents: Mapping[str, str] = get_global("parent_exceptions")
    full = str(locale)
    while full in parents and len(found) < _MAX_PARENTS:
        full = parents[full]
        found.append(full)
    return found


# CLDR's parent chains are short ("pt_MZ" -> "pt_PT"); this bounds a malformed one.
_MAX_PARENTS = 8


def translations_for(language: str) -> NullTranslations:
    """The catalog of a shipped language, loaded once (English is the source: no catalog)."""
    cached = _translations.get(language)
    if cached is not None:
        return cached
    if language == SOURCE_LANGUAGE:
        loaded: NullTranslations = NullTranslations()
    else:
        from babel.support import Translations  # noqa: PLC0415 - not needed for English pages

        # The folder's own file: Translations.load would expand "pt" to "pt_PT" first (as
        # gettext.find does, through the C library's locale aliases) and load the variant.
        path = os.path.join(_language_dir(language), CATALOG_FILE)
        with open(path, "rb") as stream:
            loaded = Translations(stream, domain=DOMAIN)
        base, _, region = language.partition("_")
        if region:
            # A regional variant's catalog holds only what differs: the rest is the language's.
            loaded.add_fallback(translations_for(base))
    # setdefault is atomic: threads loading the same catalog at once all keep the first one.
    return _translations.setdefault(language, loaded)


def _english_figures(locale: babel.Locale) -> babel.Locale:
    """The locale of the figures in English text written for ``locale`` (a fallback).

    CLDR's English for the territory when it has one that writes a decimal point, else
    English: ``en_JP`` for ``ja_JP``, ``en`` for ``it_IT`` (``en_IT`` writes "61.487,00").
    """
    english = babel.Locale.parse(SOURCE_LANGUAGE)
    if locale.territory:
        try:
            regional = babel.Locale.parse(f"{SOURCE_LANGUAGE}_{locale.territory}")
        except (ValueError, babel.UnknownLocaleError):
            return english
        if get_decimal_symbol(regional) == get_decimal_symbol(english):
            return regional
    return english


def _build(requested: babel.Locale) -> LocaleContext:
    language = _text_language(requested)
    base = language.partition("_")[0]
    locale = requested if requested.language == base else _english_figures(requested)
    list_locale = locale if locale.language == base else babel.Locale.parse(language)
    currency = locale.currency_formats["standard"]
    percent = locale.percent_formats[None]
    decimal = locale.decimal_formats[None]
    return LocaleContext(
        tag=str(requested),
        requested=requested,
        locale=locale,
        language=language,
        translations=translations_for(language),
        rules=rules(language),
        text_locale=list_locale,
        list_patterns=dict(list_locale.list_patterns["standard"]),
        money_whole=_with_fraction(currency, (0, 0)),
        money_cents=currency,
        percent=(_with_fraction(percent, (0, 0)), _with_fraction(percent, (1, 1))),
        decimal=(_with_fraction(decimal, (0, 0)), _with_fraction(decimal, (0, 1))),
    )
