"""Children and siblings: born or unborn, identity numbers, services, changes by field name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import ChildDetails, Relation, Residence
from barnearket.services.cases import view_case
from barnearket.services.children import add_child, update_child
from tests.services.support import World, assert_audit_clean, audit_rows, new_case

FULL = ChildDetails(
    name="Niillas Ŋuolas", relation=Relation.STEP, identity_number="29020075838",
    parental_responsibility=False, residence=Residence.SAMVAER, daily_carer="Moren",
    other_parent="Elle Ŋuolas", school="Vågen skole", services=frozenset({"skole", "bup"}),
)


def test_add_child_with_everything(world: World) -> None:
    case_id = new_case(world)
    child_id = add_child(world.ctx(), case_id, FULL)
    child = view_case(world.ctx(), case_id).children[0]
    assert child.id == child_id and child.birth_date == date(2000, 2, 29)
    assert child.details == replace(FULL, birth_date=date(2000, 2, 29))
    assert ("create", "child", child_id) in audit_rows(world.session, "child")
    assert_audit_clean(world.session, ["Niillas Ŋuolas", "Elle Ŋuolas", "Vågen skole", "29020075838"])


def test_unborn_child_then_born(world: World) -> None:
    case_id = new_case(world)
    unborn = ChildDetails(name="", unborn=True, due_date=date(2026, 3, 20))
    child_id = add_child(world.ctx(), case_id, unborn)
    assert view_case(world.ctx(), case_id).children[0].unborn
    world.advance(20)
    born = ChildDetails(name="Ŋeavvu Čeavrris", birth_date=date(2026, 3, 18))
    changed = update_child(world.ctx(), child_id, born)
    assert sorted(changed) == ["birth_date", "due_date", "name", "name_search", "unborn"]
    child = view_case(world.ctx(), case_id).children[0]
    assert (child.unborn, child.birth_date, child.name) == (False, date(2026, 3, 18), "Ŋeavvu Čeavrris")
    assert update_child(world.ctx(), child_id, born) == []


def test_update_services_only(world: World) -> None:
    case_id = new_case(world)
    child_id = add_child(world.ctx(), case_id, FULL)
    assert update_child(world.ctx(), child_id, replace(FULL, services=frozenset({"skole"}))) == ["services"]


@pytest.mark.parametrize("details", [
    ChildDetails(name=""),
    ChildDetails(name="Sárá", birth_date=date(2026, 3, 3)),
    ChildDetails(name="", unborn=True),
    ChildDetails(name="Sárá", identity_number="13097248023"),
    ChildDetails(name="Sárá", services=frozenset({"Skole!"})),
])
def test_wrong_child_details_are_refused(world: World, details: ChildDetails) -> None:
    case_id = new_case(world)
    with pytest.raises(ValidationError):
        add_child(world.ctx(), case_id, details)
