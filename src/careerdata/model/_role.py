"""A role and what names and describes it: titles, translations, provenance, datasets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Literal, TypeVar, get_args

import attrs

from careerdata._repr import fields_repr
from careerdata.errors import _shown
from careerdata.model._common import _check_sequence, _fail, _instance_of, _tuple, slugify
from careerdata.model._constraints import (
    _LANGUAGE_CODE,
    _LONG_TEXT,
    _OPTIONAL_LONG_TEXT,
    _SLUG,
    _SOC_CODE,
    CATEGORY_TEXTS,
    FORMS,
    NOTE_TRANSLATIONS,
    OneOf,
    Text,
    Texts,
    sorted_pairs,
)
from careerdata.model._facts import Career, Demographics, Education, Outlook, Skill, _skills
from careerdata.model._pay import Pay

#: The grammatical gender of a title in its language.
Gender = Literal["masculine", "feminine", "neuter"]


@attrs.frozen(repr=False)
class LocalizedTitle:
    """A role's title in another language: its singular and plural and grammatical facts.

    ``language`` is a lower-case ISO 639 code (``"de"``), or one with a region for a regional
    variant (``"pt_PT"``: see :meth:`Role.localized_title`).  ``gender`` is the title's
    grammatical gender (``"masculine"``, ``"feminine"`` or ``"neuter"``) where the language
    has one.  ``forms`` holds the further forms or facts the language's sentences need, by
    name: lower-case identifiers such as ``"article"`` (the definite article the title takes:
    French "l\u2019", "le" or "la", Italian "il", "lo" or "l\u2019", Dutch "de" or "het"),
    ``"plural_article"``, ``"genitive"``, ``"genitive_plural"`` or ``"instrumental"``; each a
    short text.  Given as a mapping or as pairs, they are kept as ``(name, text)`` pairs sorted
    by name, so a title stays immutable and hashable; :meth:`form` reads one and
    :attr:`form_map` gives them as a mapping.

    >>> title = LocalizedTitle(
    ...     "pl",
    ...     "kasjer",
    ...     "kasjerzy",
    ...     gender="masculine",
    ...     forms={"instrumental": "kasjerem", "genitive": "kasjera"},
    ... )
    >>> title.forms
    (('genitive', 'kasjera'), ('instrumental', 'kasjerem'))
    >>> title.form("genitive"), title.form("dative")
    ('kasjera', None)
    >>> LocalizedTitle("de", "Kassierer/-in", "Kassierer/-innen")
    LocalizedTitle(language='de', singular='Kassierer/-in', plural='Kassierer/-innen')
    """

    language: str = attrs.field(validator=_LANGUAGE_CODE)
    singular: str = attrs.field(validator=Text())
    plural: str = attrs.field(validator=Text())
    gender: Gender | None = attrs.field(
        default=None, validator=OneOf(*get_args(Gender)), kw_only=True
    )
    forms: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=sorted_pairs, validator=FORMS, kw_only=True
    )

    def form(self, name: str) -> str | None:
        """The form called ``name`` (``"genitive"``), or ``None`` when the data gives none."""
        for given, text in self.forms:
            if given == name:
                return text
        return None

    @property
    def form_map(self) -> Mapping[str, str]:
        """The forms as a read-only mapping of name to text, sorted by name."""
        return MappingProxyType(dict(self.forms))

    def __repr__(self) -> str:
        fields = [f"language={self.language!r}", f"singular={self.singular!r}"]
        fields.append(f"plural={self.plural!r}")
        if self.gender is not None:
            fields.append(f"gender={self.gender!r}")
        if self.forms:
            fields.append(f"forms={self.forms!r}")
        return f"LocalizedTitle({', '.join(fields)})"


@attrs.frozen
class Translation:
    """A role's own texts in another language: description, duties, skills, degree and major.

    ``language`` is a lower-case ISO 639 code (``"de"``), or one with a region for a regional
    variant (``"pt_PT"``) that gives only what differs (see :meth:`Role.translation`).
    ``description``, ``responsibilities``, ``skills`` (the skill names, in the role's order),
    ``degree`` and ``major`` translate the role's fields of the same names, and ``categories``
    the role's own demographic categories (see :meth:`category`).  Each is optional; a list,
    when given, has one item for each of the role's (checked by :class:`Role`).  Skill names are
    written as they stand inside a sentence ("ausgeprägte Kundenorientierung"); lists
    capitalize their first letter.  Pages in that language use these texts; without them they
    show the role's own.  The title in that language is a :class:`LocalizedTitle`.

    >>> Translation("de", skills=("Kundenzufriedenheit",)).skills
    ('Kundenzufriedenheit',)
    """

    __repr__ = fields_repr

    language: str = attrs.field(validator=_LANGUAGE_CODE)
    description: str | None = attrs.field(default=None, validator=_OPTIONAL_LONG_TEXT, kw_only=True)
    responsibilities: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=Texts(_LONG_TEXT), kw_only=True
    )
    skills: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=Texts(), kw_only=True
    )
    degree: str | None = attrs.field(default=None, validator=Text(optional=True), kw_only=True)
    major: str | None = attrs.field(default=None, validator=Text(optional=True), kw_only=True)
    categories: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=sorted_pairs, validator=CATEGORY_TEXTS, kw_only=True
    )

    def category(self, name: str) -> str | None:
        """The translation of the demographic category ``name``, or ``None``.

        ``categories`` translates the role's own categories of its gender and race
        distributions (``{"Non-binary": "Nicht-binär"}``), kept as ``(category, translated)``
        pairs sorted by category; the categories of U.S. statistics ("Male", "Asian") are
        translated by the catalogs and need none.

        >>> Translation("de", categories={"Non-binary": "Nicht-binär"}).category("Non-binary")
        'Nicht-binär'
        """
        for category, translated in self.categories:
            if category == name:
                return translated
        return None


@attrs.frozen
class Provenance:
    """Where figures come from: publisher, dataset, release, files and retrieval date.

    ``note`` is free text on the figures (how they were obtained), in the data's own
    language; ``note_translations`` gives it in other languages, by language code (a mapping
    or ``(language, text)`` pairs, kept sorted by language), and :meth:`note_in` picks the one
    for a text language.  The publisher, the dataset and the release are names and are not
    translated.

    >>> source = Provenance("BLS", note="Rounded.", note_translations={"de": "Gerundet."})
    >>> source.note_in("de"), source.note_in("de_CH"), source.note_in("ja")
    ('Gerundet.', 'Gerundet.', 'Rounded.')
    """

    __repr__ = fields_repr

    publisher: str = attrs.field(validator=Text())
    dataset: str | None = attrs.field(default=None, validator=Text(optional=True))
    release: str | None = attrs.field(default=None, validator=Text(optional=True))
    url: str | None = attrs.field(default=None, validator=Text(optional=True))
    retrieved: dt.date | None = attrs.field(default=None, validator=_instance_of(dt.date))
    files: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=Texts())
    checksum: str | None = attrs.field(default=None, validator=Text(optional=True))
    note: str | None = attrs.field(default=None, validator=_OPTIONAL_LONG_TEXT)
    note_translations: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=sorted_pairs, validator=NOTE_TRANSLATIONS, kw_only=True
    )

    def __attrs_post_init__(self) -> None:
        if self.note_translations and self.note is None:
            raise _fail("note_translations", "translates a note, but the source has none")

    def note_in(self, language: str) -> str | None:
        """The note in ``language`` (``"de"``, ``"pt_PT"``), else the note as the data gives it.

        A regional variant without a translation of its own takes its language's.
        """
        found = dict(self.note_translations)
        base = language.partition("_")[0]
        return found.get(language) or found.get(base) or self.note


def _by_language(name: str, value: Any, item_type: type) -> None:
    """A sequence of ``item_type`` with each language once."""
    _check_sequence(name, value, item_type)
    seen: set[str] = set()
    for index, item in enumerate(value):
        if item.language in seen:
            raise _fail(f"{name}[{index}].language", f"{_shown(item.language)} repeats")
        seen.add(item.language)


_Coded = TypeVar("_Coded", LocalizedTitle, Translation)
# The texts of a Translation, which a regional variant may give or leave to its language's.
_TRANSLATED = ("description", "responsibilities", "skills", "degree", "major")


def _by_code(items: tuple[_Coded, ...], language: str) -> _Coded | None:
    """The item whose language is ``language`` exactly, if any."""
    for item in items:
        if item.language == language:
            return item
    return None


def _localized_titles(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _by_language(attribute.name, value, LocalizedTitle)


def _check_categories(role: Role, translation: Translation, path: str) -> None:
    """A translation's categories are categories of the role's gender or race distribution."""
    if not translation.categories:
        return
    own: set[str] = set()
    demographics = role.demographics
    if demographics is not None:
        for distribution in (demographics.gender, demographics.race):
            if distribution is not None:
                own.update(distribution.categories)
    for category, _ in translation.categories:
        if category not in own:
            raise _fail(
                f"{path}.categories.{category}",
                "the role has no demographic category of that name to translate",
            )


def _translations(role: Role, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Each translation once per language, and only of texts the role has, item for item."""
    _by_language(attribute.name, value, Translation)
    if not value:
        return
    education = role.education
    own: dict[str, str | None] = {
        "description": role.description,
        "degree": None if education is None else education.degree,
        "major": None if education is None else education.major,
    }
    for item in value:
        path = f"{attribute.name}.{item.language}"  # as in a role file, keyed by language
        for name, original in own.items():
            if getattr(item, name) is not None and original is None:
                raise _fail(f"{path}.{name}", f"the role has no {name} to translate")
        _check_categories(role, item, path)
        for name, originals in (
            ("responsibilities", role.responsibilities),
            ("skills", role.skills),
        ):
            given = getattr(item, name)
            if given and len(given) != len(originals):
                raise _fail(
                    f"{path}.{name}",
                    f"{len(given)} items for the role's {len(originals)} {name}; "
                    "translate each one, in order",
                )


@attrs.frozen
class DatasetInfo:
    """What a collection of roles is: its name, title, description and source.

    ``name`` is slug-like (``"customer-service"``); ``title`` and ``description`` are for
    people and may be missing.

    >>> DatasetInfo("customer-service", title="Customer service roles").name
    'customer-service'
    """

    __repr__ = fields_repr

    name: str = attrs.field(validator=_SLUG)
    title: str | None = attrs.field(default=None, validator=Text(optional=True), kw_only=True)
    description: str | None = attrs.field(default=None, validator=_OPTIONAL_LONG_TEXT, kw_only=True)
    source: Provenance | None = attrs.field(
        default=None, validator=_instance_of(Provenance), kw_only=True
    )


@attrs.frozen
class Role:
    """A job role and everything known about it.

    Only ``title`` is required.  ``slug`` is derived from the title when not given.  ``plural``
    and ``article`` override the English forms the text layer derives from the title
    (``plural="attorneys general"``, ``article="an"`` for "an LVN").  ``titles`` carries the
    title in other languages and ``translations`` the role's other texts (description,
    responsibilities, skill names, degree and major).

    >>> Role(title="HR Manager").slug
    'hr-manager'
    """

    __repr__ = fields_repr

    title: str = attrs.field(validator=Text())
    slug: str = attrs.field(validator=_SLUG)
    soc_code: str | None = attrs.field(default=None, validator=_SOC_CODE, kw_only=True)
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=Texts(), kw_only=True
    )
    plural: str | None = attrs.field(default=None, validator=Text(optional=True), kw_only=True)
    article: Literal["a", "an"] | None = attrs.field(default=None, kw_only=True)
    titles: tuple[LocalizedTitle, ...] = attrs.field(
        default=(), converter=_tuple, validator=_localized_titles, kw_only=True
    )
    description: str | None = attrs.field(default=None, validator=_OPTIONAL_LONG_TEXT, kw_only=True)
    pay: Pay | None = attrs.field(default=None, validator=_instance_of(Pay), kw_only=True)
    outlook: Outlook | None = attrs.field(
        default=None, validator=_instance_of(Outlook), kw_only=True
    )
    career: Career | None = attrs.field(default=None, validator=_instance_of(Career), kw_only=True)
    education: Education | None = attrs.field(
        default=None, validator=_instance_of(Education), kw_only=True
    )
    demographics: Demographics | None = attrs.field(
        default=None, validator=_instance_of(Demographics), kw_only=True
    )
    skills: tuple[Skill, ...] = attrs.field(
        default=(), converter=_tuple, validator=_skills, kw_only=True
    )
    responsibilities: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=Texts(_LONG_TEXT), kw_only=True
    )
    translations: tuple[Translation, ...] = attrs.field(
        default=(), converter=_tuple, validator=_translations, kw_only=True
    )
    source: Provenance | None = attrs.field(
        default=None, validator=_instance_of(Provenance), kw_only=True
    )

    @slug.default
    def _derive_slug(self) -> str:
        return slugify(self.title) if isinstance(self.title, str) else ""

    @article.validator
    def _check_article(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value not in (None, "a", "an"):
            raise _fail(attribute.name, f"{_shown(value)} is not 'a' or 'an'")

    @property
    def skills_weighted(self) -> bool:
        """Whether this role's skills carry weights (``False`` when it has no skills)."""
        return bool(self.skills) and self.skills[0].weight is not None

    def translation(self, language: str) -> Translation | None:
        """The role's texts in ``language`` (``"de"``), or ``None`` when the data has none.

        For a regional variant (``"pt_PT"``) the texts of the variant, each text it does not
        give taken from the language's own translation (``"pt"``); the language's alone when
        the data has no variant.

        >>> role = Role(
        ...     title="Clerk",
        ...     description="Files.",
        ...     education=Education(degree="Bachelor's", major="Business"),
        ...     translations=[
        ...         Translation("pt", description="Arquiva.", major="Administração"),
        ...         Translation("pt_PT", major="Gestão"),
        ...     ],
        ... )
        >>> variant = role.translation("pt_PT")
        >>> variant.language, variant.description, variant.major
        ('pt_PT', 'Arquiva.', 'Gestão')
        >>> role.translation("pt_BR").major
        'Administração'
        """
        variant = _by_code(self.translations, language)
        base, _, region = language.partition("_")
        own = _by_code(self.translations, base) if region else None
        if variant is None or own is None:
            return variant or own
        given = {
            name: getattr(variant, name)
            for name in _TRANSLATED
            if getattr(variant, name) not in (None, ())
        }
        return attrs.evolve(own, language=language, **given)

    def localized_title(self, language: str) -> LocalizedTitle | None:
        """The title in ``language`` (``"de"``), or ``None`` when the data has none.

        For a regional variant (``"pt_PT"``) the variant's title when the data has one, else
        the language's own (``"pt"``).

        >>> role = Role(
        ...     title="Manager",
        ...     titles=[
        ...         LocalizedTitle("pt", "gerente", "gerentes"),
        ...         LocalizedTitle("pt_PT", "gestor", "gestores", gender="masculine"),
        ...     ],
        ... )
        >>> role.localized_title("pt_PT").singular, role.localized_title("pt_BR").singular
        ('gestor', 'gerente')
        """
        found = _by_code(self.titles, language)
        base, _, region = language.partition("_")
        return _by_code(self.titles, base) if found is None and region else found

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the role can be found by: slug, title, aliases and SOC code."""
        names = [self.slug, self.title, *self.aliases]
        if self.soc_code is not None:
            names.append(self.soc_code)
        return tuple(names)
