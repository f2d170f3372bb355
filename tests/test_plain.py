"""The plain value classes of the text layer: read-only, equal by value, shown like attrs."""

from __future__ import annotations

import pytest

from careerdata.text._blocks import Bullets, Heading, Paragraph, Table
from careerdata.text.languages import Title


def test_equal_by_value_and_type() -> None:
    """Blocks with the same fields are equal and hash alike; another kind never is."""
    heading = Heading(2, "Pay", section="salary")
    assert (heading, hash(heading)) == (
        Heading(2, "Pay", "salary"),
        hash(Heading(2, "Pay", "salary")),
    )
    assert heading != Heading(2, "Pay", section="skills")
    assert Paragraph("x") != Bullets(("x",))
    assert Paragraph("x") != "x"


def test_read_only() -> None:
    """A field cannot be set after the object is made."""
    paragraph = Paragraph("x")
    with pytest.raises(AttributeError, match="read-only"):
        paragraph.text = "y"
    assert paragraph.text == "x"


def test_repr_names_every_field_in_order() -> None:
    """The repr reads as the attrs class's did: the class name, then each field by name."""
    expected = (
        "Title(singular='clerk', plural=None, translated=False, gender=None, forms={}, article='a')"
    )
    assert expected == repr(Title("clerk", article="a"))
    assert repr(Bullets(("a",), "skills", 1)) == "Bullets(items=('a',), name='skills', role=1)"


def test_replace_keeps_the_other_fields() -> None:
    """``replace`` changes the texts a block holds and nothing else."""
    table = Table(("", "A", "B"), (("Jobs", "1", "2"),), name="overview", keys=("jobs",))
    changed = table.replace(header=("", "a", "b"), rows=(("jobs", "1", "2"),))
    assert (changed.name, changed.keys, changed.header) == ("overview", ("jobs",), ("", "a", "b"))
    assert Heading(1, "x", role=0).replace(text="y") == Heading(1, "y", role=0)
    assert Bullets(("a",), "skills", 1).replace(items=("b",)) == Bullets(("b",), "skills", 1)
