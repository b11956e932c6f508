"""Concerns: opening with the decision clock, levels with history, steps, closing and reopening."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import (
    ActionStatus,
    ConcernStatus,
    ConsultationWith,
    DecisionOutcome,
    ReportChannel,
    ReportRecipient,
    Scale,
    StatusChange,
    Step,
)
from barnearket.domain.rules.settings import RuleSettings
from barnearket.domain.rules.steps import step_progress
from barnearket.services import actions, concerns, reports, steps
from barnearket.services.settings import load_rules, save_rules
from barnearket.storage.mapping import load_concern
from barnearket.storage.orm.concerns import ConcernRow
from tests.services.support import World, audit_rows, new_case, new_child


def _open(world: World, **kwargs: object) -> int:
    case_id = new_case(world)
    child = new_child(world, case_id)
    return concerns.open_concern(world.ctx(), case_id, child, level=2, categories=["alkohol"],
                                 description="Kommer sulten på skolen", **kwargs)  # type: ignore[arg-type]


def test_open_concern_starts_the_decision_clock(world: World) -> None:
    concern_id = _open(world, arose_on=date(2026, 2, 20), parent_level=3)
    concern = load_concern(world.session, concern_id)
    assert (concern.arose_on, concern.decision_due, concern.level, concern.parent_level) == (
        date(2026, 2, 20), date(2026, 3, 6), 2, 3)
    assert [(x.scale, x.level) for x in concern.levels] == [(Scale.CHILD, 2), (Scale.PARENT, 3)]
    assert concern.categories == {"alkohol"} and concern.is_open
    assert ("create", "concern", concern_id) in audit_rows(world.session, "concern")


def test_decision_days_come_from_the_file_settings(world: World) -> None:
    save_rules(world.session, RuleSettings(decision_days=10))
    assert load_rules(world.session).decision_days == 10
    concern_id = _open(world)
    assert load_concern(world.session, concern_id).decision_due == date(2026, 3, 12)


def test_concern_input_is_checked(world: World) -> None:
    case_id = new_case(world)
    child = new_child(world, case_id)
    other_child = new_child(world, new_case(world, "Per Hansen"))
    with pytest.raises(ValidationError, match="mellom 1 og 4"):
        concerns.open_concern(world.ctx(), case_id, child, level=5)
    with pytest.raises(ValidationError, match="hører ikke"):
        concerns.open_concern(world.ctx(), case_id, other_child, level=1)
    with pytest.raises(ValidationError, match="fram i tid"):
        concerns.open_concern(world.ctx(), case_id, child, level=1, arose_on=date(2026, 3, 3))


def test_levels_move_with_history(world: World) -> None:
    concern_id = _open(world)
    world.advance(1)
    concerns.set_level(world.ctx(), concern_id, 4, note="Sa at han ikke vil leve")
    concerns.set_level(world.ctx(), concern_id, 2, scale=Scale.PARENT)
    concern = load_concern(world.session, concern_id)
    assert (concern.level, concern.parent_level) == (4, 2)
    assert [(x.scale, x.level, x.note) for x in concern.levels][1:] == [
        (Scale.CHILD, 4, "Sa at han ikke vil leve"), (Scale.PARENT, 2, "")]


def test_update_concern_moves_the_due_date(world: World) -> None:
    concern_id = _open(world)
    names = concerns.update_concern(world.ctx(), concern_id, arose_on=date(2026, 2, 1),
                                    categories=["alkohol", "omsorgssvikt"])
    assert names == ["arose_on", "decision_due", "categories"]
    assert load_concern(world.session, concern_id).decision_due == date(2026, 2, 15)


def test_close_and_reopen(world: World) -> None:
    concern_id = _open(world)
    with pytest.raises(ValidationError, match="hvorfor"):
        concerns.close_concern(world.ctx(), concern_id, "  ")
    notes = concerns.close_concern(world.ctx(), concern_id, "Avklart i samtale")
    assert [n.code for n in notes] == ["no_decision"]
    concern = load_concern(world.session, concern_id)
    assert concern.status is ConcernStatus.CLOSED
    assert world.session.get(ConcernRow, concern_id).step == Step.CLOSURE  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="hvorfor"):
        concerns.reopen_concern(world.ctx(), concern_id, "")
    concerns.reopen_concern(world.ctx(), concern_id, "Ny hendelse")
    history = load_concern(world.session, concern_id).history
    assert [(h.kind, h.reason, h.by) for h in history] == [
        (StatusChange.CLOSED, "Avklart i samtale", world.worker.user_id),
        (StatusChange.REOPENED, "Ny hendelse", world.worker.user_id)]
    assert world.session.get(ConcernRow, concern_id).step == Step.AROSE  # type: ignore[union-attr]


ENTRIES = st.lists(st.sampled_from(
    ["observation", "consultation", "conversation", "decision_close", "decision_own", "action",
     "report", "close"]), max_size=6)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ENTRIES)
def test_stored_progress_matches_the_domain_rule(world: World, entries: list[str]) -> None:
    concern_id = _open(world)
    ctx = world.ctx()
    for entry in entries:
        row = world.session.get(ConcernRow, concern_id)
        assert row is not None
        if entry == "close" and row.status == ConcernStatus.OPEN:
            concerns.close_concern(ctx, concern_id, "Ferdig")
        elif entry == "observation":
            steps.add_observation(ctx, concern_id, "Gråt i friminuttet")
        elif entry == "consultation":
            steps.add_consultation(ctx, concern_id, with_whom=ConsultationWith.LEADER)
        elif entry == "conversation":
            steps.record_parent_conversation(ctx, concern_id, shared="Det vi har sett")
        elif entry.startswith("decision"):
            outcome = DecisionOutcome.CLOSE if entry.endswith("close") else DecisionOutcome.OWN_UNIT
            steps.record_decision(ctx, concern_id, outcome)
        elif entry == "action":
            actions.add_action(ctx, concern_id, "Samtale", evaluate_on=date(2026, 4, 1))
        elif entry == "report":
            report = reports.draft_report(ctx, concern_id, ReportRecipient.BARNEVERN)
            reports.mark_report_sent(ctx, report, channel=ReportChannel.PORTAL)
    concern = load_concern(world.session, concern_id)
    row = world.session.get(ConcernRow, concern_id)
    assert row is not None
    assert row.step == step_progress(concern).current
    active = [a.next_date for a in concern.actions if a.status is ActionStatus.PLANNED]
    assert row.next_follow_up == min((d for d in active if d), default=None)
    assert row.decided_on == (concern.decision.decided_on if concern.decision else None)
