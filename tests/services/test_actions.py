"""The action plan: actions, evaluations and the concern's next follow-up date."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import ActionStatus
from barnearket.services import actions, corrections
from barnearket.storage.mapping import load_concern
from barnearket.storage.orm.concerns import ConcernRow
from tests.services.support import World, audit_rows


def _next(world: World, concern_id: int) -> date | None:
    row = world.session.get(ConcernRow, concern_id)
    assert row is not None
    return row.next_follow_up


def test_actions_set_the_next_follow_up(world: World, action_concern: int) -> None:
    first = actions.add_action(world.ctx(), action_concern, "Samtale med barnet", responsible="Kari",
                               deadline=date(2026, 4, 1))
    assert _next(world, action_concern) == date(2026, 4, 1)
    actions.add_action(world.ctx(), action_concern, "Ansvarsgruppe", service_id="helsestasjon",
                       evaluate_on=date(2026, 3, 20))
    assert _next(world, action_concern) == date(2026, 3, 20)
    corrections.update_action(world.ctx(), first, "Samtale med barnet", responsible="Kari",
                              deadline=date(2026, 4, 1), evaluate_on=None, status=ActionStatus.DONE)
    assert _next(world, action_concern) == date(2026, 3, 20)
    assert ("create", "action", first) in audit_rows(world.session, "action")


def test_evaluation_moves_the_evaluation_date_and_status(world: World, action_concern: int) -> None:
    action = actions.add_action(world.ctx(), action_concern, "Samtale", evaluate_on=date(2026, 3, 2))
    with pytest.raises(ValidationError, match="etter"):
        actions.add_evaluation(world.ctx(), action, "Gikk fint", next_evaluate_on=date(2026, 3, 2))
    actions.add_evaluation(world.ctx(), action, "Gikk fint", next_evaluate_on=date(2026, 4, 2),
                           status=ActionStatus.ONGOING)
    assert _next(world, action_concern) == date(2026, 4, 2)
    actions.add_evaluation(world.ctx(), action, "Avsluttet", status=ActionStatus.DONE)
    assert _next(world, action_concern) is None
    stored = load_concern(world.session, action_concern).actions[0]
    assert [e.text for e in stored.evaluations] == ["Gikk fint", "Avsluttet"]
    assert stored.status is ActionStatus.DONE


def test_action_needs_a_measure(world: World, action_concern: int) -> None:
    with pytest.raises(ValidationError, match="tiltaket"):
        actions.add_action(world.ctx(), action_concern, "\t")
    with pytest.raises(ValidationError):
        actions.add_evaluation(world.ctx(), actions.add_action(world.ctx(), action_concern, "Tiltak"), " ")
