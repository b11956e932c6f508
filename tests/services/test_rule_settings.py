"""An administrator changes the file's deadlines; the new ones count from then on, and no one else may."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.services import concerns
from barnearket.services.settings import change_rules, load_rules
from barnearket.storage.mapping import load_concern
from tests.services.support import World, audit_rows, new_case, new_child


def _concern(world: World) -> int:
    case_id = new_case(world)
    return concerns.open_concern(world.ctx(), case_id, new_child(world, case_id), level=2,
                                 arose_on=date(2026, 2, 20))


def test_new_deadlines_count_for_new_concerns_only(world: World) -> None:
    before = _concern(world)
    assert change_rules(world.ctx(world.admin), {"decision_days": 10, "chase_days": 21}) == ["decision_days"]
    assert load_rules(world.session).decision_days == 10
    assert load_concern(world.session, _concern(world)).decision_due == date(2026, 3, 2)
    assert load_concern(world.session, before).decision_due == date(2026, 3, 6), "already set, kept"
    assert ("settings", "rules", None) in audit_rows(world.session, "rules")
    assert change_rules(world.ctx(world.admin), {"decision_days": 10}) == []


def test_only_adjustable_deadlines_within_their_range(world: World) -> None:
    with pytest.raises(ValidationError, match="fra 1 til 60") as error:
        change_rules(world.ctx(world.admin), {"decision_days": 0})
    assert error.value.field == "decision_days"
    for by_law in ("adult_age", "feedback_days", "assessment_days"):
        with pytest.raises(ValidationError, match="kan ikke endres"):
            change_rules(world.ctx(world.admin), {by_law: 16})
    assert load_rules(world.session) == load_rules(world.session).with_values({})


def test_only_an_administrator_changes_deadlines(world: World) -> None:
    for someone in (world.worker, world.coordinator):
        with pytest.raises(AccessDeniedError):
            change_rules(world.ctx(someone), {"decision_days": 7})
    assert load_rules(world.session).decision_days == 14
