"""Closing needs a reason and who closes; reopening needs a reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from barnearket.domain import model as m
from barnearket.domain.errors import ValidationError
from barnearket.domain.rules.closure import check_close, check_reopen, closing_notes
from tests.domain.test_model_builders import action, concern, decision

TODAY = date(2026, 4, 1)


def test_close_with_reason_and_person() -> None:
    check_close(concern(), reason="Bekymringen er avklart", by=3, on=TODAY, today=TODAY)


@pytest.mark.parametrize(("reason", "by", "on", "field"), [
    ("", 3, TODAY, "reason"),
    ("   ", 3, TODAY, "reason"),
    ("Avklart", None, TODAY, "by"),
    ("Avklart", 3, date(2026, 4, 2), "on"),
    ("Avklart", 3, date(2026, 3, 1), "on"),
])
def test_close_refused(reason: str, by: int | None, on: date, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_close(concern(), reason=reason, by=by, on=on, today=TODAY)
    assert caught.value.field == field


def test_closed_concern_cannot_be_closed_again_but_can_be_reopened() -> None:
    closed = concern(status=m.ConcernStatus.CLOSED)
    with pytest.raises(ValidationError, match="allerede"):
        check_close(closed, reason="Igjen", by=3, on=TODAY, today=TODAY)
    check_reopen(closed, reason="Ny bekymring", on=TODAY, today=TODAY)
    with pytest.raises(ValidationError):
        check_reopen(closed, reason=" ", on=TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="ikke avsluttet"):
        check_reopen(concern(), reason="Ny bekymring", on=TODAY, today=TODAY)


def test_closing_notes_only_remind() -> None:
    assert [n.code for n in closing_notes(concern(actions=(action(),)))] == ["no_decision", "not_evaluated"]
    decided = replace(concern(), decisions=(decision(m.DecisionOutcome.CLOSE),))
    assert closing_notes(decided) == []
