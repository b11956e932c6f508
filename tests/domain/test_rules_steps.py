"""Steps guide but do not imprison: progress is read from whatever entries exist, in any order."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from barnearket.domain import model as m
from barnearket.domain.model import Step
from barnearket.domain.rules.steps import progress, step_progress, steps_done
from tests.domain.test_model_builders import AT, action, concern, decision, report

OBS = m.Observation(1, date(2026, 3, 3), "Kom uten matpakke", 1)
TALK = m.Consultation(1, date(2026, 3, 4), m.ConsultationWith.COLLEAGUE, False, 1)
CONV = m.ParentConversation(1, date(2026, 3, 5), 1)


def test_new_concern_stands_at_the_first_step() -> None:
    got = step_progress(concern())
    assert got.current is Step.AROSE and got.done == {Step.AROSE} and got.missing == ()


def test_skipped_steps_are_missing_not_blocking() -> None:
    got = step_progress(concern(decisions=(decision(m.DecisionOutcome.OWN_UNIT),)))
    assert got.current is Step.DECISION
    assert got.missing == (Step.CONCRETISE, Step.SHARE, Step.CONVERSATION)


def test_full_walk() -> None:
    full = concern(observations=(OBS,), consultations=(TALK,), conversations=(CONV,),
                   decisions=(decision(m.DecisionOutcome.OWN_UNIT),), actions=(action(),),
                   status=m.ConcernStatus.CLOSED)
    got = step_progress(full)
    assert got.current is Step.CLOSURE and got.missing == () and got.done == set(Step)


def test_sent_report_counts_as_follow_up() -> None:
    sent = concern(reports=(report(status=m.ReportStatus.SENT),))
    draft = concern(reports=(report(),))
    assert Step.FOLLOW_UP in steps_done(sent)
    assert Step.FOLLOW_UP not in steps_done(draft)


def test_decision_to_close_needs_no_follow_up() -> None:
    closed = concern(decisions=(decision(m.DecisionOutcome.CLOSE),), status=m.ConcernStatus.CLOSED,
                     observations=(OBS,), consultations=(TALK,), conversations=(CONV,))
    assert step_progress(closed).missing == ()
    kept_open = replace(closed, decisions=(decision(m.DecisionOutcome.OWN_UNIT),))
    assert step_progress(kept_open).missing == (Step.FOLLOW_UP,)


@given(st.sets(st.sampled_from(list(Step))), st.none() | st.sampled_from(list(m.DecisionOutcome)))
def test_progress_is_consistent(done: set[Step], outcome: m.DecisionOutcome | None) -> None:
    got = progress(done, outcome)
    assert got.current in got.done
    assert Step.AROSE in got.done
    assert all(s.number < got.current.number and s not in got.done for s in got.missing)
    if Step.CLOSURE not in done:
        assert all(s.number <= got.current.number for s in got.done)


def test_level_history_is_not_a_step() -> None:
    moved = concern(levels=(m.LevelChange(m.Scale.CHILD, 3, AT, 1),))
    assert step_progress(moved).current is Step.AROSE
