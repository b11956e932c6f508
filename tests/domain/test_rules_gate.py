"""The gate question: answered before a sheet is completed and before a case counts as complete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from barnearket.domain import model as m
from barnearket.domain.errors import ValidationError
from barnearket.domain.rules.gate import (
    case_completeness,
    check_gate_date,
    gate_answered,
    is_case_complete,
    require_gate,
    require_sheet_completable,
)
from tests.domain.test_model_builders import case

SHEET = m.Sheet(1, 1, 1, "barnearket", 1, date(2026, 3, 2), m.SheetStatus.DRAFT)
CHILD = m.Child(1, 1, m.ChildDetails(name="Iŋgá"))


def _gate(answer: m.GateAnswer, siblings: m.GateAnswer | None = None) -> m.Gate:
    return m.Gate(answer, date(2026, 3, 2), 1, siblings)


def test_unanswered_gate_blocks_completing_a_sheet() -> None:
    with pytest.raises(ValidationError, match="barn under 18"):
        require_sheet_completable(case(), SHEET)


@pytest.mark.parametrize("answer", list(m.GateAnswer))
def test_any_answer_counts_as_answered(answer: m.GateAnswer) -> None:
    answered = case(gate=_gate(answer))
    assert gate_answered(answered)
    require_gate(answered)
    require_sheet_completable(answered, SHEET)


def test_completed_sheet_cannot_be_completed_again() -> None:
    with pytest.raises(ValidationError, match="fullført"):
        require_sheet_completable(case(gate=_gate(m.GateAnswer.JA)),
                                  replace(SHEET, status=m.SheetStatus.COMPLETED))


def test_case_without_gate_is_incomplete() -> None:
    assert [n.code for n in case_completeness(case())] == ["gate_missing"]
    assert not is_case_complete(case())


def test_case_with_no_children_is_complete_once_answered() -> None:
    assert is_case_complete(case(gate=_gate(m.GateAnswer.NEI)))
    assert is_case_complete(case(gate=_gate(m.GateAnswer.VIL_IKKE_SVARE)))


def test_case_with_children_needs_them_and_a_completed_sheet() -> None:
    yes = case(gate=_gate(m.GateAnswer.NEI, siblings=m.GateAnswer.JA))
    assert [n.code for n in case_completeness(yes)] == ["no_children", "no_sheet"]
    with_child = replace(yes, children=(CHILD,))
    assert [n.code for n in case_completeness(with_child)] == ["no_sheet"]
    done = replace(with_child, sheets=(replace(SHEET, status=m.SheetStatus.COMPLETED),))
    assert is_case_complete(done)


def test_gate_cannot_be_dated_in_the_future() -> None:
    check_gate_date(date(2026, 3, 2), date(2026, 3, 2))
    with pytest.raises(ValidationError):
        check_gate_date(date(2026, 3, 3), date(2026, 3, 2))
