"""Builders of domain objects for the rule tests, and a check that they are consistent."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from barnearket.domain import model as m

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def concern(arose_on: date = date(2026, 3, 2), **changes: Any) -> m.Concern:
    """An open concern about child 1 of case 1, with a 14-day decision date."""
    base = m.Concern(id=1, case_id=1, child_id=1, arose_on=arose_on,
                     decision_due=date.fromordinal(arose_on.toordinal() + 14), level=2,
                     status=m.ConcernStatus.OPEN)
    return replace(base, **changes)


def child(birth_date: date | None = date(2010, 5, 17), child_id: int = 1) -> m.Child:
    """A born child of case 1."""
    return m.Child(child_id, 1, m.ChildDetails(name="Máret Ødegård", birth_date=birth_date))


def consent(**changes: Any) -> m.Consent:
    """A written parent consent for helsestasjon and skole, given 1 January 2026."""
    base = m.Consent(id=1, case_id=1, given_by=m.ConsentGiver.PARENT, purpose="samarbeid",
                     recipients=frozenset({"helsestasjon", "skole"}), form=m.ConsentForm.WRITTEN,
                     given_on=date(2026, 1, 1))
    return replace(base, **changes)


def decision(outcome: m.DecisionOutcome, on: date = date(2026, 3, 10), **changes: Any) -> m.Decision:
    """A decision by user 1."""
    return replace(m.Decision(1, on, outcome, 1), **changes)


def action(action_id: int = 1, **changes: Any) -> m.Action:
    """A planned action of concern 1."""
    return replace(m.Action(action_id, 1, "Samtale med barnet", m.ActionStatus.PLANNED), **changes)


def report(**changes: Any) -> m.Report:
    """A draft report to child welfare."""
    base = m.Report(id=1, concern_id=1, series=1, version=1, recipient=m.ReportRecipient.BARNEVERN,
                    status=m.ReportStatus.DRAFT, created_at=AT, created_by=1)
    return replace(base, **changes)


def case(**changes: Any) -> m.Case:
    """An open case without gate answer."""
    base = m.Case(id=1, number="2026-0001", unit_id=1, responsible_id=1,
                  parent=m.Parent(name="Jovnna Ŧoavdda"), status=m.CaseStatus.OPEN, created_at=AT)
    return replace(base, **changes)


def test_builders_make_consistent_objects() -> None:
    built = concern()
    assert built.decision_due == date(2026, 3, 16)
    assert built.is_open and built.decision is None
    assert child().birth_date == date(2010, 5, 17)
    assert case().gate is None
