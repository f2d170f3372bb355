"""schema.org JSON-LD: a role as an ``Occupation`` node."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from careerdata.errors import ValidationError
from careerdata.interop._common import _provenance, _require
from careerdata.model import Money, Pay, Percentiles, Provenance, Role, SalaryBand

if TYPE_CHECKING:
    import babel

    from careerdata.compare import Comparison
    from careerdata.text._sources import PageSource

#: The JSON-LD context of every node :func:`to_jsonld` writes.
SCHEMA_ORG = "https://schema.org"
#: The code set a role's SOC code belongs to, as written in ``occupationalCategory``.
SOC_CODE_SET = "https://www.bls.gov/soc/"


# Publishers whose data describe one country's labour market, matched case-insensitively as a
# part of the provenance publisher.  Only these let to_jsonld state an occupationLocation on its
# own: a currency is no evidence of a country (USD is also Ecuador's, EUR is twenty countries').
# The country is named by its CLDR territory code, in the page's language ("Stati Uniti").
_NATIONAL_PUBLISHERS = (("bureau of labor statistics", "US"),)

# (model field, ISO 8601 duration of a distribution, unitText of a QuantitativeValue)
_BASES = (("yearly", "P1Y", "YEAR"), ("hourly", "PT1H", "HOUR"))
_PERCENTILE_PROPERTIES = {
    "p10": "percentile10",
    "p25": "percentile25",
    "median": "median",
    "p75": "percentile75",
    "p90": "percentile90",
}


def to_jsonld(
    role: Role | Comparison,
    *,
    country: str | None = None,
    source: PageSource = None,
    locale: str | babel.Locale | None = None,
) -> dict[str, Any]:
    """Describe ``role`` as a schema.org ``Occupation`` JSON-LD node (a JSON-ready dict).

    Given a :class:`~careerdata.compare.Comparison` instead, the node is the ``WebPage`` of its
    comparison page: ``name`` the page title, ``description`` the summary, ``inLanguage`` the
    page's language tag and ``about`` the ``Occupation`` of both roles, all written in the
    language of ``locale`` (``"en_US"`` when not given), as :func:`~careerdata.text.render`
    writes the page.  With a ``locale``, a role's ``name``, ``description``, ``skills``,
    ``responsibilities`` and degree are its texts in that language where the data has them
    (:class:`~careerdata.model.Translation`, :class:`~careerdata.model.LocalizedTitle`); without
    one they are the role's own.

    Only what the role has is written: a missing field is left out, never ``null`` or ``0``.
    Amounts are JSON numbers (an ``int`` when whole), exactly the role's decimals.

    * ``estimatedSalary`` lists a ``MonetaryAmountDistribution`` per pay basis with percentiles
      (``duration`` ``P1Y`` or ``PT1H``), then the mean yearly and hourly pay and the salary band
      as ``MonetaryAmount`` nodes whose ``value`` is a ``QuantitativeValue`` with ``unitText``
      ``YEAR`` or ``HOUR`` (a ``MonetaryAmount`` has no duration of its own).  The band is
      taken as yearly, as the model defines it.
    * A top-coded amount (``Money(at_least=True)``) is left out: schema.org cannot mark a
      percentile or a mean as a lower bound, and writing the top code as the figure would state
      a wage the data does not know.  A band with a top-coded high end keeps only ``minValue``.
    * ``occupationLocation`` is the ``Country`` the figures describe: ``country`` when given,
      else derived from a national statistics publisher in the role's provenance (the U.S.
      Bureau of Labor Statistics gives "United States"), else left out.  The currency alone is
      not taken as evidence of a country.
    * ``educationRequirements`` is the most common degree as an
      ``EducationalOccupationalCredential``; ``experienceRequirements`` the typical years of
      experience as ``monthsOfExperience``; ``skills`` the skill names in rank order.
    * The provenance becomes ``subjectOf``: the ``Dataset`` the figures come from (its ``url``
      is the dataset's address, so it is not the occupation's ``url`` or ``sameAs``).  It is the
      role's own ``source``, else ``source``: pass a dataset's ``info.source``, as embedded
      datasets keep their provenance there rather than on each role.  For a comparison of
      roles from two datasets, ``source`` may be a pair, one for each role (as
      :func:`~careerdata.text.render` takes it).

    >>> from careerdata.model import Money, Pay, Percentiles, Role
    >>> role = Role(
    ...     title="Customer Service Manager",
    ...     soc_code="11-9199",
    ...     pay=Pay(
    ...         yearly_percentiles=Percentiles(
    ...             median=Money("58000"), p90=Money("239200", at_least=True)
    ...         )
    ...     ),
    ... )
    >>> node = to_jsonld(role, country="United States")
    >>> node["occupationalCategory"]["codeValue"], node["occupationLocation"]["name"]
    ('11-9199', 'United States')
    >>> node["estimatedSalary"]
    [{'@type': 'MonetaryAmountDistribution', 'currency': 'USD', 'duration': 'P1Y', 'median': 58000}]
    >>> from careerdata.compare import compare
    >>> page = to_jsonld(compare(role, Role(title="Clerk")), locale="de_DE")
    >>> page["@type"], page["inLanguage"], [node["name"] for node in page["about"]]
    ('WebPage', 'de-DE', ['Customer Service Manager', 'Clerk'])
    """
    from careerdata.compare import Comparison  # noqa: PLC0415 - compare imports interop's peers

    if isinstance(role, Comparison):
        return _page(role, country, source, locale)
    _require(role, Role, "role")
    texts = _Texts(role) if locale is None else _Texts.of(role, locale)
    provenance = _provenance(role, source)
    node: dict[str, Any] = {"@context": SCHEMA_ORG, "@type": "Occupation", "name": texts.name}
    _put(node, "alternateName", list(role.aliases))
    _put(node, "description", texts.description)
    if role.soc_code is not None:
        node["occupationalCategory"] = {
            "@type": "CategoryCode",
            "codeValue": role.soc_code,
            "inCodeSet": SOC_CODE_SET,
        }
    if role.pay is not None:
        _put(node, "estimatedSalary", _estimated_salary(role.pay))
    location = _country(country, provenance, locale)
    if location is not None:
        node["occupationLocation"] = {"@type": "Country", "name": location}
    if texts.degree is not None:
        node["educationRequirements"] = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": texts.degree,
        }
    if role.career is not None and role.career.experience_years is not None:
        months = Decimal(repr(role.career.experience_years)) * 12
        node["experienceRequirements"] = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": _number(months),
        }
    _put(node, "skills", list(texts.skills))
    _put(node, "responsibilities", list(texts.responsibilities))
    if provenance is not None:
        node["subjectOf"] = _dataset(provenance)
    return node


class _Texts:
    """A role's texts for a JSON-LD node: its own, or those of one language."""

    def __init__(self, role: Role) -> None:
        self.name = role.title
        self.description = role.description
        self.degree = None if role.education is None else role.education.degree
        self.skills = tuple(skill.name for skill in role.skills)
        self.responsibilities = role.responsibilities

    @classmethod
    def of(cls, role: Role, locale: str | babel.Locale) -> _Texts:
        from careerdata.text._locale import resolve  # noqa: PLC0415

        texts = cls(role)
        context = resolve(locale)
        language = context.language
        title = role.localized_title(language)
        if title is not None:
            texts.name = title.singular
        translation = role.translation(language)
        if translation is not None:
            texts.description = translation.description or texts.description
            texts.degree = translation.degree or texts.degree
            texts.skills = translation.skills or texts.skills
            texts.responsibilities = translation.responsibilities or texts.responsibilities
        # Written as the region writes the language (Swiss German "ss"), as the page is.
        regional = context.regional
        texts.name = regional(texts.name)
        texts.description = None if texts.description is None else regional(texts.description)
        texts.degree = None if texts.degree is None else regional(texts.degree)
        texts.skills = tuple(map(regional, texts.skills))
        texts.responsibilities = tuple(map(regional, texts.responsibilities))
        return texts


def _page(
    comparison: Comparison,
    country: str | None,
    source: PageSource,
    locale: str | babel.Locale | None,
) -> dict[str, Any]:
    from careerdata.text._document import page_description, page_title  # noqa: PLC0415
    from careerdata.text._locale import resolve  # noqa: PLC0415
    from careerdata.text._sources import check_source  # noqa: PLC0415

    given = "en_US" if locale is None else locale
    context = resolve(given)
    about = []
    sources = check_source(source)
    for role, role_source in zip((comparison.a, comparison.b), sources, strict=True):
        node = to_jsonld(role, country=country, source=role_source, locale=given)
        del node["@context"]
        about.append(node)
    return {
        "@context": SCHEMA_ORG,
        "@type": "WebPage",
        "name": page_title(comparison, given),
        "description": page_description(comparison, given),
        "inLanguage": context.bcp47,
        "about": about,
    }


def _put(node: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` unless ``value`` is missing or empty."""
    if value is not None and value != []:
        node[key] = value


def _number(amount: Decimal) -> int | float:
    """A JSON number for an exact decimal: an int when whole, else the nearest float."""
    if amount == amount.to_integral_value():
        return int(amount)
    return float(amount)


def _estimated_salary(pay: Pay) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for basis, duration, _unit in _BASES:
        percentiles: Percentiles | None = getattr(pay, f"{basis}_percentiles")
        if percentiles is not None:
            _put_entry(entries, _distribution(percentiles, pay.currency, duration))
    for basis, _duration, unit in _BASES:
        mean: Money | None = getattr(pay, basis)
        if mean is not None and not mean.at_least:
            _put_entry(entries, _monetary_amount(pay.currency, unit, value=mean.amount))
    if pay.range is not None:
        _put_entry(entries, _band(pay.range))
    return entries


def _put_entry(entries: list[dict[str, Any]], entry: dict[str, Any] | None) -> None:
    if entry is not None:
        entries.append(entry)


def _distribution(percentiles: Percentiles, currency: str, duration: str) -> dict[str, Any] | None:
    figures = {
        _PERCENTILE_PROPERTIES[name]: _number(money.amount)
        for name, money in percentiles.items()
        if not money.at_least
    }
    if not figures:
        return None
    return {
        "@type": "MonetaryAmountDistribution",
        "currency": currency,
        "duration": duration,
        **figures,
    }


def _monetary_amount(currency: str, unit: str, **figures: Decimal) -> dict[str, Any]:
    value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": unit}
    value.update((key, _number(amount)) for key, amount in figures.items())
    return {"@type": "MonetaryAmount", "currency": currency, "value": value}


def _band(band: SalaryBand) -> dict[str, Any]:
    if band.high.at_least:
        return _monetary_amount(band.currency, "YEAR", minValue=band.low.amount)
    return _monetary_amount(
        band.currency, "YEAR", minValue=band.low.amount, maxValue=band.high.amount
    )


def _country(
    country: str | None, source: Provenance | None, locale: str | babel.Locale | None
) -> str | None:
    if country is not None:
        if not isinstance(country, str) or not country.strip() or country != country.strip():
            raise ValidationError.at("country", f"{country!r} is not a country name")
        return country
    if source is None:
        return None
    publisher = source.publisher.casefold()
    for marker, territory in _NATIONAL_PUBLISHERS:
        if marker in publisher:
            from careerdata.text._locale import resolve  # noqa: PLC0415

            context = resolve("en_US" if locale is None else locale)
            return context.regional(str(context.text_locale.territories[territory]))
    return None


def _dataset(source: Provenance) -> dict[str, Any]:
    dataset: dict[str, Any] = {"@type": "Dataset"}
    _put(dataset, "name", source.dataset)
    _put(dataset, "version", source.release)
    _put(dataset, "url", source.url)
    dataset["publisher"] = {"@type": "Organization", "name": source.publisher}
    return dataset
