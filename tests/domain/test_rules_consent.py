"""Consent validity and the warnings for sharing below the reporting threshold."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from barnearket.domain import model as m
from barnearket.domain.errors import ValidationError
from barnearket.domain.rules.consent import (
    check_consent,
    decision_warnings,
    in_force,
    is_consent_valid,
    referral_warnings,
    sharing_warnings,
)
from barnearket.domain.rules.notes import Severity
from tests.domain.test_model_builders import child, consent, decision, report

ON = date(2026, 3, 10)


def test_parent_consent_in_force_covers_its_recipients() -> None:
    given_ = consent()
    assert is_consent_valid(given_, "helsestasjon", child(), ON)
    assert not is_consent_valid(given_, "nav", child(), ON)


@pytest.mark.parametrize(("changes", "valid"), [
    ({"given_on": date(2026, 3, 11)}, False),
    ({"expires_on": date(2026, 3, 9)}, False),
    ({"expires_on": date(2026, 3, 10)}, True),
    ({"withdrawn_on": date(2026, 3, 10)}, False),
    ({"withdrawn_on": date(2026, 3, 11)}, True),
    ({"child_id": 2}, False),
    ({"child_id": 1}, True),
])
def test_consent_dates_and_child(changes: dict[str, object], valid: bool) -> None:
    assert is_consent_valid(consent(**changes), "skole", child(), ON) is valid


def test_child_may_consent_for_itself_from_fifteen() -> None:
    born = date(2011, 3, 10)  # 15 on ON
    own = consent(given_by=m.ConsentGiver.CHILD, child_id=1, given_on=ON)
    assert is_consent_valid(own, "skole", child(born), ON)
    assert not is_consent_valid(own, "skole", child(date(2011, 3, 11)), ON)
    assert not is_consent_valid(own, "skole", child(None), ON)
    assert not is_consent_valid(own, "skole", child(born, child_id=2), ON)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)))
def test_in_force_never_before_given_or_after_withdrawal(given_on: date, on: date) -> None:
    withdrawn = consent(given_on=given_on, withdrawn_on=given_on)
    assert not in_force(withdrawn, on)
    assert in_force(consent(given_on=given_on), on) is (on >= given_on)


def test_sharing_warns_once_per_uncovered_recipient() -> None:
    notes = sharing_warnings(["skole", "nav", "bup", "nav"], [consent()], child(), ON)
    assert [(n.code, n.ref, n.severity) for n in notes] == [
        ("no_consent", "bup", Severity.WARNING), ("no_consent", "nav", Severity.WARNING)]
    assert "bup" not in notes[0].message


def test_withdrawn_consent_warns_again() -> None:
    assert sharing_warnings(["skole"], [consent(withdrawn_on=ON)], child(), ON)


def test_only_cooperation_decisions_warn() -> None:
    shared = frozenset({"helsestasjon", "ppt"})
    cooperate = decision(m.DecisionOutcome.COOPERATE, recipients=shared)
    assert [n.ref for n in decision_warnings(cooperate, [consent()], child())] == ["ppt"]
    report_decision = decision(m.DecisionOutcome.REPORT, recipients=shared)
    assert decision_warnings(report_decision, [], child()) == []


def test_referral_warns_but_child_welfare_never_does() -> None:
    assert referral_warnings(report(), [], child(), ON) == []
    referral = report(recipient=m.ReportRecipient.SPESIALISTHELSETJENESTEN)
    assert [n.ref for n in referral_warnings(referral, [], child(), ON)] == ["spesialisthelsetjenesten"]


@pytest.mark.parametrize(("changes", "field"), [
    ({"recipients": frozenset()}, "recipients"),
    ({"purpose": "  "}, "purpose"),
    ({"given_on": date(2026, 3, 11)}, "given_on"),
    ({"expires_on": date(2025, 12, 31)}, "expires_on"),
    ({"given_by": m.ConsentGiver.CHILD}, "child_id"),
    ({"given_by": m.ConsentGiver.CHILD, "child_id": 1, "given_on": date(2026, 3, 1)}, "given_by"),
])
def test_consent_that_cannot_be_recorded(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_consent(consent(**changes), child(date(2011, 3, 10)), ON)
    assert caught.value.field == field


def test_consent_from_a_fifteen_year_old_can_be_recorded() -> None:
    check_consent(consent(given_by=m.ConsentGiver.CHILD, child_id=1, given_on=ON),
                  child(date(2011, 3, 10)), ON)
