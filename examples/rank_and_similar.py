"""Rank the BLS occupations by pay and find the occupations most like one of them.

Run: ``python examples/rank_and_similar.py`` (an output folder argument is accepted and unused).
"""

from __future__ import annotations

from babel.numbers import format_currency, format_decimal

import careerdata as cd


def main() -> None:
    bls = cd.load_dataset("bls-oews-2025")
    print(f"{bls.info.title}: {len(bls)} occupations\n")

    print("Best paid (mean yearly wage):")
    best = cd.rank(bls, by="yearly_pay")[:5]
    for role in best:
        assert role.pay is not None
        assert role.pay.yearly is not None
        amount = format_currency(
            role.pay.yearly.amount, "USD", "¤#,##0", locale="en_US", currency_digits=False
        )
        more = " or more" if role.pay.yearly.at_least else ""
        print(f"  {role.soc_code}  {role.title}: {amount}{more}")

    print("\nMost jobs:")
    for role in cd.rank(bls, by="jobs")[:5]:
        print(f"  {role.soc_code}  {role.title}")

    representative = bls.find("43-4051")
    print(f"\nMost like {representative.title}:")
    matches = cd.similar(representative, bls, k=5)
    for match in matches:
        score = format_decimal(match.score, "0.000", locale="en_US")
        print(f"  {score}  {match.role.soc_code}  {match.role.title}")
    assert len(matches) == 5
    assert representative not in [match.role for match in matches]
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


if __name__ == "__main__":
    main()
