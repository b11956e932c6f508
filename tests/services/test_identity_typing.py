"""Identity numbers are accepted with the spaces, dots and hyphens people type, and stored as digits."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.identity import InvalidIdentityNumber, InvalidReason, parse_identity_number
from barnearket.domain.model import ChildDetails, Parent
from barnearket.services.cases import create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.search import search_cases
from tests.services.support import World, new_case

TYPED = ["120360 00099", "120360.00099", "12.03.60 000 99", "12.03.60-00099", "120360\u00a000099",
         " 12036000099 "]


@pytest.mark.parametrize("typed", TYPED)
def test_typed_forms_of_one_number_are_the_same_number(typed: str) -> None:
    parsed = parse_identity_number(typed)
    assert parsed.digits == "12036000099" and parsed.birth_date == date(1960, 3, 12)


@pytest.mark.parametrize(("typed", "reason"), [
    ("120360 0009", InvalidReason.WRONG_LENGTH), ("120360a0099", InvalidReason.NOT_DIGITS),
    ("120360.00098", InvalidReason.BAD_CHECK_DIGIT),
])
def test_what_is_still_refused(typed: str, reason: InvalidReason) -> None:
    with pytest.raises(InvalidIdentityNumber) as error:
        parse_identity_number(typed)
    assert error.value.reason is reason


def test_a_number_typed_with_spaces_or_dots_is_stored_as_digits_and_found(world: World) -> None:
    parent = Parent(name="Ánde", identity_number="120360 00099")
    case_id = create_case(world.ctx(), unit_id=world.rus, parent=parent)
    assert view_case(world.ctx(), case_id).parent.identity_number == "12036000099"
    other = new_case(world)
    add_child(world.ctx(), other, ChildDetails(name="Sárá", identity_number="29.02.00 758.38"))
    assert view_case(world.ctx(), other).children[0].details.identity_number == "29020075838"
    assert [c.id for c in search_cases(world.ctx(), "120360.00099")] == [case_id]
    assert [c.id for c in search_cases(world.ctx(), "290200-75838")] == [other]
    with pytest.raises(ValidationError, match="elleve siffer"):
        create_case(world.ctx(), unit_id=world.rus, parent=Parent(name="Per", identity_number="120360 0009"))
