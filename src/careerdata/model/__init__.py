"""The domain model: immutable, validated values describing a job role.

Every class here is a frozen, slotted attrs class: hashable, compared by value, and checked at
construction so that everything downstream can trust an instance.  Invalid values raise
:class:`~careerdata.errors.ValidationError` naming the field (``range: low 59000 is above
high 30000``); the ``io`` layer prefixes the path of the value in the file.

Conventions, used throughout the library:

* **Missing is** ``None``: never ``0`` or ``""``.  Every field of a role except its title may be
  missing.
* **Money** is :class:`Money`: an exact :class:`~decimal.Decimal` amount with an ISO 4217
  currency code.  A BLS top-coded wage is a lower bound (``Money(..., at_least=True)``).
* **Shares and percentages are fractions**: ``0.46`` means 46 %.  Growth rates are signed
  fractions too (``-0.04`` is a 4 % decline).  They are ``float`` because they are measures, not
  money.
* **Distributions** sum to 1 within :data:`SHARE_SUM_TOLERANCE`, the rounding a source that
  prints one decimal per category can introduce.
* **Rules of one field** are :class:`Constraint` objects (:class:`Text`, :class:`Share`,
  :class:`Between`, :class:`Count`, :class:`Pattern`, ...): attrs validators that also state
  their JSON Schema, from which :func:`careerdata.io.schema`'s file is generated.  Rules across
  fields (a band's low end below its high end) are checked by the classes themselves.

>>> from careerdata.model import Money, Pay, Role, SalaryBand
>>> role = Role(
...     title="Customer Service Manager",
...     pay=Pay(yearly=Money(61487), range=SalaryBand(Money(35000), Money(105000))),
... )
>>> role.slug
'customer-service-manager'
>>> role.pay.range.width
Money(amount=Decimal('70000'), currency='USD', at_least=False)
"""

from __future__ import annotations

from careerdata.model import _common
from careerdata.model._common import slugify
from careerdata.model._constraints import (
    Amount,
    Between,
    Constraint,
    Count,
    Currency,
    Pattern,
    Share,
    Text,
    Texts,
    Years,
)
from careerdata.model._facts import (
    Career,
    CategoryShare,
    Demographics,
    Distribution,
    Education,
    Outlook,
    Skill,
    YearRange,
)
from careerdata.model._pay import (
    ExactMoney,
    Money,
    Pay,
    PayLeader,
    PayLeaders,
    Percentiles,
    SalaryBand,
)
from careerdata.model._role import DatasetInfo, LocalizedTitle, Provenance, Role, Translation

# The limits are defined in _common, where the checks use them; stated again here so that the
# API reference shows each with its description.
#: How far the shares of a :class:`Distribution` (and the weights of a role's skills) may sum
#: away from 1: half a percentage point, enough for six categories printed to one decimal.
SHARE_SUM_TOLERANCE = _common.SHARE_SUM_TOLERANCE
#: Longest title, alias, skill, degree or place name accepted, in characters.
MAX_TITLE_LENGTH = _common.MAX_TITLE_LENGTH
#: Longest description or responsibility accepted, in characters.
MAX_TEXT_LENGTH = _common.MAX_TEXT_LENGTH
#: Largest money amount accepted (exclusive), and most significant digits kept exactly.
MAX_AMOUNT = _common.MAX_AMOUNT
MAX_AMOUNT_DIGITS = _common.MAX_AMOUNT_DIGITS
#: Most decimal places of a money amount (see :class:`Amount`).
MAX_AMOUNT_PLACES = _common.MAX_AMOUNT_PLACES

__all__ = [
    "MAX_TEXT_LENGTH",
    "MAX_TITLE_LENGTH",
    "SHARE_SUM_TOLERANCE",
    "Amount",
    "Between",
    "Career",
    "CategoryShare",
    "Constraint",
    "Count",
    "Currency",
    "DatasetInfo",
    "Demographics",
    "Distribution",
    "Education",
    "ExactMoney",
    "LocalizedTitle",
    "Money",
    "Outlook",
    "Pattern",
    "Pay",
    "PayLeader",
    "PayLeaders",
    "Percentiles",
    "Provenance",
    "Role",
    "SalaryBand",
    "Share",
    "Skill",
    "Text",
    "Texts",
    "Translation",
    "YearRange",
    "Years",
    "slugify",
]
