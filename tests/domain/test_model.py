"""The domain model's own small behaviours: lookups, latest entries, labels."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import StrEnum

import pytest

from barnearket.domain import model as m
from barnearket.domain.model import enums
from tests.domain.test_model_builders import AT, action, case, concern, decision


def _sheet(version: int, status: m.SheetStatus) -> m.Sheet:
    answers = (m.Answer("child_knows", 7, "delvis"), m.Answer("parent_situation", None, "Stabil"))
    return m.Sheet(id=version, case_id=1, version=version, form_id="barnearket", form_version=1,
                   held_on=date(2026, 3, version), status=status, answers=answers)


def test_sheet_answers_are_keyed_per_child_and_question() -> None:
    sheet = _sheet(1, m.SheetStatus.DRAFT)
    assert sheet.answer("child_knows", 7) == "delvis"
    assert sheet.answer("child_knows") is None
    assert sheet.answers_for(None) == {"parent_situation": "Stabil"}
    assert not sheet.is_completed


def test_latest_sheet_prefers_completed_versions() -> None:
    built = case(sheets=(_sheet(1, m.SheetStatus.COMPLETED), _sheet(2, m.SheetStatus.DRAFT)))
    completed, newest = built.latest_sheet(), built.latest_sheet(completed_only=False)
    assert completed is not None and completed.version == 1
    assert newest is not None and newest.version == 2


def test_case_finds_its_children() -> None:
    child = m.Child(4, 1, m.ChildDetails(name="Sárá"))
    built = case(children=(child,))
    assert built.child(4) is child
    assert built.child(5) is None


def test_unborn_child_has_no_birth_date() -> None:
    details = m.ChildDetails(name="", unborn=True, due_date=date(2026, 9, 1), birth_date=date(2026, 1, 1))
    assert m.Child(1, 1, details).birth_date is None


def test_latest_decision_by_date_then_entry_order() -> None:
    first = decision(m.DecisionOutcome.OWN_UNIT, date(2026, 3, 10), id=1)
    later = decision(m.DecisionOutcome.COOPERATE, date(2026, 3, 12), id=2)
    same_day = decision(m.DecisionOutcome.REPORT, date(2026, 3, 12), id=3)
    assert concern(decisions=(later, first)).decision == later
    assert concern(decisions=(first, later, same_day)).decision == same_day


def test_action_next_date_uses_evaluation_then_deadline_while_active() -> None:
    assert action(deadline=date(2026, 4, 1)).next_date == date(2026, 4, 1)
    assert action(deadline=date(2026, 4, 1), evaluate_on=date(2026, 3, 20)).next_date == date(2026, 3, 20)
    assert action(evaluate_on=date(2026, 3, 20), status=m.ActionStatus.DONE).next_date is None


def test_decision_levels_follow_bti() -> None:
    assert [o.level for o in m.DecisionOutcome] == [0, 1, 2, 3]


def test_only_barnevern_police_and_pregnancy_reports_need_no_consent() -> None:
    assert {r for r in m.ReportRecipient if not r.needs_consent} == {
        m.ReportRecipient.BARNEVERN, m.ReportRecipient.POLITI, m.ReportRecipient.SOSIAL_SVANGERSKAP,
        m.ReportRecipient.SPESIALIST_SVANGERSKAP}
    assert [r for r in m.ReportRecipient if r.needs_consent] == [
        m.ReportRecipient.NAV, m.ReportRecipient.SPESIALISTHELSETJENESTEN]


def test_sent_report_is_locked() -> None:
    report = m.Report(1, 1, 1, 1, m.ReportRecipient.NAV, m.ReportStatus.SENT, AT, 1)
    assert report.locked
    assert not replace(report, status=m.ReportStatus.READY).locked


def test_step_numbers() -> None:
    assert [s.number for s in m.Step] == list(range(1, 8))


ALL_ENUMS = [v for v in vars(enums).values()
             if isinstance(v, type) and issubclass(v, StrEnum) and v is not StrEnum]


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_value_has_a_norwegian_label_and_a_stable_id(enum: type[StrEnum]) -> None:
    for member in enum:
        assert m.label(member) != member.value
        assert member.value.isascii() and member.value == member.value.lower()


def test_equal_values_of_different_vocabularies_keep_their_own_labels() -> None:
    assert m.label(m.ConsultationWith.BARNEVERN) != m.label(m.ReportRecipient.BARNEVERN)
