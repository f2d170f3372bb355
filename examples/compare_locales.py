"""Compare two roles of the embedded dataset and print the summary in several locales.

Run: ``python examples/compare_locales.py`` (an output folder argument is accepted and unused).

The language of the prose is the best shipped match for the locale, while every figure follows
the full locale: ``de_CH`` is German prose with Swiss number formats, ``en_IN`` groups digits the
Indian way.
"""

from __future__ import annotations

from babel.numbers import format_currency

import careerdata as cd

LOCALES = ("en_US", "en_IN", "de_DE", "de_CH", "fr_FR", "fr_CA", "es_ES", "es_MX")


def main() -> None:
    roles = cd.load_dataset("customer-service")
    manager = roles.find("Customer Service Manager")
    supervisor = roles.find("customer care supervisor")
    comparison = cd.compare(manager, supervisor)

    pay = comparison.yearly_pay
    assert pay.difference is not None
    difference = format_currency(pay.difference, pay.currency, locale="en_US")
    print(f"Higher paid: {comparison.higher_paid.title if comparison.higher_paid else 'neither'}")
    print(f"Yearly pay difference: {difference}")
    print()
    for locale in LOCALES:
        summary = cd.summarize(comparison, locale)
        print(f"[{locale}]")
        print(summary)
        print()
        # Each locale's figures come from CLDR: the same amount, written its own way.
        assert summary
        assert "None" not in summary


if __name__ == "__main__":
    main()
