r"""A role as readable lines for one locale: what ``careerdata show`` prints.

Every figure is the very text the comparison pages show for that locale
(:func:`~careerdata.text._figures.role_figures`), under its label from the registry of figures
(:data:`careerdata.figures.FIGURES`) translated by the locale's catalog, in a section for each
part of the model holding it.  The role's description, duties, skills, degree and major are in
the text language where the data has them; the texts of every other language the data gives
follow, one section each.

>>> from careerdata.model import LocalizedTitle, Money, Pay, Role
>>> from careerdata.text._locale import resolve
>>> german = LocalizedTitle("de", "Bürokraft", "Bürokräfte")
>>> role = Role(title="Clerk", titles=[german], pay=Pay(yearly=Money(30000)))
>>> lines = list(role_sheet(role, resolve("de_DE")))
>>> lines[:2]
['Bürokraft', '  Kurzname: clerk']
>>> lines[2:4]
['  en: Clerk (Plural: Clerks)', '  de: Bürokraft (Plural: Bürokräfte)']
>>> lines[4:]
['', 'Vergütung', '  Währung: USD', '  Jahresgehalt: 30.000\xa0$']
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import babel

from careerdata.figures import FIGURE, FIGURES, N_, Figure
from careerdata.model import Percentiles, Provenance, Role, Translation
from careerdata.text import english
from careerdata.text._figures import RoleFigures, _money, _paragraphs, plain, role_figures
from careerdata.text._locale import LocaleContext
from careerdata.text._sources import band_is_spread, date_text, provenance, release_text

__all__ = ["SHOWN_ELSEWHERE", "role_sheet", "sheet_label"]

#: Figures without a line of their own: the degree's share is on the degree's line, skills
#: have their own section.
SHOWN_ELSEWHERE = frozenset({"degree_share", "skills"})
# The sheet lists every percentile where the page shows the median only.
_LABELS = {
    "yearly_percentiles": N_("Yearly percentiles"),
    "hourly_percentiles": N_("Hourly percentiles"),
}
_HOURLY = frozenset({"hourly_percentiles"})  # amounts with cents, as the page's hourly rates


def sheet_label(figure: Figure, context: LocaleContext) -> str:
    """The label of ``figure``'s line, in the text language of ``context``.

    >>> from careerdata.text._locale import resolve
    >>> sheet_label(FIGURE["yearly_pay"], resolve("fr_FR"))
    'Salaire annuel'
    """
    return context.gettext(_LABELS.get(figure.name, figure.label))


def role_sheet(
    role: Role, context: LocaleContext, source: Provenance | None = None
) -> Iterator[str]:
    """Every field of ``role`` that is present, as lines of text for ``context``.

    Missing fields have no line at all.  Data text is made :func:`plain` (one line, balanced
    bidirectional formatting).  The lines in the text language are written as its region
    writes them (Swiss German "ss"); the texts of other languages are left as they are.  The
    first line is the title in the text language, with the capital of a heading; the role's
    own title stands as the data gives it.  The sheet ends with the role's own source, else
    ``source`` (its dataset's ``info.source``), as the pages do.
    """
    regional = context.regional
    for line in _own_lines(role, context):
        yield regional(line)
    for translation in role.translations:
        if translation.language != context.language:
            yield from _translation_lines(translation, context)
    yield from map(regional, _source_lines(role, context, source))


def _own_lines(role: Role, context: LocaleContext) -> Iterator[str]:
    """The role's identity, figures and texts in the text language."""
    figures = role_figures(role, context)
    yield from _identity(role, context)
    for paragraph in figures.description:
        yield ""
        yield paragraph
    yield from _figure_lines(role, figures, context)
    if figures.skills:
        yield ""
        yield context.pgettext("role sheet", "Skills")
        yield from (f"  {rank}. {skill}" for rank, skill in enumerate(figures.skills, 1))
    if figures.responsibilities:
        yield ""
        yield context.pgettext("role sheet", "Responsibilities")
        yield from (f"  - {item}" for item in figures.responsibilities)


def _list_separator(context: LocaleContext) -> str:
    """What separates the items of a list on one line of the sheet (aliases, skills)."""
    # Translators: between the items of a list on one line of `careerdata show` (a role's
    # other names, its skills in another language): "CSM; Customer Operations Manager".
    return context.pgettext("role sheet", "; ")


def _identity(role: Role, context: LocaleContext) -> Iterator[str]:
    localized = role.localized_title(context.language)
    # A translated title is a lower-case noun in many languages ("contador o auditor").
    yield (
        plain(role.title)
        if localized is None
        else context.rules.sentence(plain(localized.singular))
    )
    yield _field(context.pgettext("role sheet", "slug"), role.slug, context)
    if role.soc_code:
        yield _field(context.pgettext("role sheet", "SOC code"), role.soc_code, context)
    if role.aliases:
        aliases = _list_separator(context).join(plain(alias) for alias in role.aliases)
        yield _field(context.pgettext("role sheet", "also known as"), aliases, context)
    # Translators: a title with its plural form in another language, after the language code.
    forms = context.pgettext("role sheet", "%(singular)s (plural: %(plural)s)")
    if localized is not None and context.language != "en":  # the English title, replaced above
        plural = role.plural or english.plural(role.title)
        names = {"singular": plain(role.title), "plural": plain(plural)}
        yield _field("en", forms % names, context)
    for title in role.titles:
        names = {"singular": plain(title.singular), "plural": plain(title.plural)}
        # A language with one form for both (Japanese) shows it once.
        same = title.plural is None or title.plural == title.singular
        yield _field(title.language, names["singular"] if same else forms % names, context)
    if role.article:
        yield _field(context.pgettext("role sheet", "English article"), role.article, context)
    if role.plural:
        plural_form = plain(role.plural)
        yield _field(context.pgettext("role sheet", "English plural"), plural_form, context)


def _field(label: str, value: str, context: LocaleContext) -> str:
    """One indented line: a label and its value."""
    # Translators: a line of `careerdata show`: a field's label and its value ("Pay: USD").
    template = context.pgettext("role sheet", "%(label)s: %(value)s")
    return "  " + template % {"label": label, "value": value}


def _section(
    title: str, rows: list[tuple[str, str | None]], context: LocaleContext
) -> Iterator[str]:
    """A blank line, the section's title and its rows that have a value; nothing without one."""
    present = [(label, value) for label, value in rows if value is not None]
    if present:
        yield ""
        yield title
        yield from (_field(label, value, context) for label, value in present)


def _section_titles(context: LocaleContext) -> dict[str, str]:
    """The sections of the figures, named after the part of the model holding them."""
    # Translators: the sections of `careerdata show`, one for each part of a role's data.
    return {
        "pay": context.pgettext("role sheet", "Pay"),
        "outlook": context.pgettext("role sheet", "Outlook"),
        "career": context.pgettext("role sheet", "Career"),
        "education": context.pgettext("role sheet", "Education"),
        "demographics": context.pgettext("role sheet", "Demographics"),
    }


def _figure_lines(role: Role, figures: RoleFigures, context: LocaleContext) -> Iterator[str]:
    sections: dict[str, list[tuple[str, str | None]]] = {}
    if role.pay is not None:
        sections["pay"] = [(context.pgettext("role sheet", "Currency"), role.pay.currency)]
    for figure in FIGURES:
        if figure.name in SHOWN_ELSEWHERE:
            continue
        value = figure.read(role)
        text = None if value is None else _text(figure, value, figures, context)
        part = figure.path.split(".", 1)[0]
        sections.setdefault(part, []).append((sheet_label(figure, context), text))
    titles = _section_titles(context)
    for part, rows in sections.items():
        yield from _section(titles[part], rows, context)


def _text(figure: Figure, value: Any, figures: RoleFigures, context: LocaleContext) -> str | None:
    """``value``, the figure's, as the pages write it; every percentile where they show one."""
    if isinstance(value, Percentiles):
        return _percentiles(value, context, cents=figure.name in _HOURLY)
    return figures.text(figure.name)


def _percentiles(percentiles: Percentiles, context: LocaleContext, *, cents: bool) -> str | None:
    # Translators: one wage percentile and its amount in `careerdata show`.
    templates = {
        "p10": context.pgettext("percentile", "10th %(amount)s"),
        "p25": context.pgettext("percentile", "25th %(amount)s"),
        "median": context.pgettext("percentile", "median %(amount)s"),
        "p75": context.pgettext("percentile", "75th %(amount)s"),
        "p90": context.pgettext("percentile", "90th %(amount)s"),
    }
    entries = [
        templates[name] % {"amount": _money(money, context, cents=cents)}
        for name, money in percentiles.items()
    ]
    return context.pgettext("between categories", ", ").join(entries) or None


def _translation_lines(translation: Translation, context: LocaleContext) -> Iterator[str]:
    """The role's texts in another language, under that language's name."""
    language = translation.language
    written = babel.Locale.parse(context.language)
    name = written.languages.get(language)
    if name is None:  # a regional variant CLDR names only as a locale: "português (Portugal)"
        name = babel.Locale.parse(language).get_display_name(written) or language
    yield ""
    name = name[:1].upper() + name[1:]
    # The code joins the name's own brackets: "Portugiesisch (Portugal, pt_PT)".
    yield f"{name[:-1]}, {language})" if name.endswith(")") else f"{name} ({language})"
    description = " ".join(_paragraphs(translation.description))
    rows = [
        (context.pgettext("role sheet", "Description"), description or None),
        (sheet_label(FIGURE["degree"], context), _optional_plain(translation.degree)),
        (sheet_label(FIGURE["major"], context), _optional_plain(translation.major)),
        (
            context.pgettext("role sheet", "Skills"),
            _list_separator(context).join(plain(skill) for skill in translation.skills) or None,
        ),
    ]
    yield from (_field(label, value, context) for label, value in rows if value is not None)
    if translation.responsibilities:
        yield "  " + context.pgettext("role sheet", "Responsibilities")
        yield from (f"    - {plain(item)}" for item in translation.responsibilities)


def _optional_plain(text: str | None) -> str | None:
    return None if text is None else plain(text)


def _source_lines(role: Role, context: LocaleContext, given: Provenance | None) -> Iterator[str]:
    source = provenance(role, given)
    if source is None:
        return
    retrieved = date_text(source.retrieved, context) if source.retrieved else None
    release = release_text(source.release, context) if source.release else None
    # Translators: the fields of a role's source in `careerdata show`.
    yield from _section(
        context.pgettext("role sheet", "Source"),
        [
            (context.pgettext("role sheet", "Publisher"), source.publisher),
            (context.pgettext("role sheet", "Dataset"), source.dataset),
            (context.pgettext("role sheet", "Release"), release),
            (context.pgettext("role sheet", "URL"), source.url),
            (context.pgettext("role sheet", "Retrieved"), retrieved),
            (context.pgettext("role sheet", "Files"), ", ".join(source.files) or None),
            (context.pgettext("role sheet", "Checksum"), source.checksum),
            (context.pgettext("role sheet", "Note"), source.note_in(context.language)),
        ],
        context,
    )
    if band_is_spread(role):
        # The page's own words under its sources.
        yield "  " + context.gettext(
            "The salary range is the 10th to 90th percentile of yearly pay."
        )
