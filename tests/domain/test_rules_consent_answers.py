"""A consent asked for and refused: kept, dated, never in force, warns below the threshold, never blocks."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain import model as m
from barnearket.domain.errors import ValidationError
from barnearket.domain.model.enums import ConsentAnswer
from barnearket.domain.rules.consent import (
    ConsentState,
    check_consent,
    consent_state,
    in_force,
    referral_warnings,
    sharing_warnings,
)
from barnearket.domain.rules.notes import Severity
from barnearket.domain.rules.reports import report_readiness
from tests.domain.test_model_builders import child, concern, consent, report

ON = date(2026, 3, 10)
REFUSED = consent(answer=ConsentAnswer.REFUSED, recipients=frozenset({"nav"}))


def test_a_refused_consent_is_never_in_force() -> None:
    assert not in_force(REFUSED, ON)
    assert consent_state(REFUSED, ON) is ConsentState.REFUSED
    assert REFUSED.refused and not consent().refused


@pytest.mark.parametrize(("changes", "state"), [
    ({}, ConsentState.IN_FORCE),
    ({"given_on": date(2026, 3, 11)}, ConsentState.NOT_YET),
    ({"expires_on": date(2026, 3, 9)}, ConsentState.EXPIRED),
    ({"withdrawn_on": date(2026, 3, 10)}, ConsentState.WITHDRAWN),
    ({"withdrawn_on": date(2026, 3, 11)}, ConsentState.IN_FORCE),
])
def test_state_of_a_given_consent(changes: dict[str, object], state: ConsentState) -> None:
    assert consent_state(consent(**changes), ON) is state


def test_sharing_after_a_refusal_warns_and_says_it_was_refused() -> None:
    notes = sharing_warnings(["nav", "skole"], [REFUSED], child(), ON)
    assert [(n.code, n.ref, n.severity) for n in notes] == [
        ("consent_refused", "nav", Severity.WARNING), ("no_consent", "skole", Severity.WARNING)]
    assert "nektet" in notes[0].message


def test_a_later_consent_after_a_refusal_covers_the_recipient() -> None:
    later = consent(id=2, recipients=frozenset({"nav"}), given_on=date(2026, 3, 5))
    assert sharing_warnings(["nav"], [REFUSED, later], child(), ON) == []


def test_a_referral_after_a_refusal_warns() -> None:
    referral = report(recipient=m.ReportRecipient.NAV)
    assert [n.code for n in referral_warnings(referral, [REFUSED], child(), ON)] == ["consent_refused"]


def test_a_refusal_never_blocks_a_report_to_child_welfare() -> None:
    ready = report_readiness(report(), concern(level=4), [REFUSED], child(), ON)
    assert ready.can_complete
    codes = {n.code for n in ready.notes}
    assert {"consent_not_needed", "consent_refused"} <= codes
    assert all(n.severity is not Severity.WARNING for n in ready.notes if n.code.startswith("consent"))


def test_a_refusal_is_dated_and_has_no_expiry() -> None:
    check_consent(REFUSED, None, ON)
    with pytest.raises(ValidationError) as error:
        check_consent(consent(answer=ConsentAnswer.REFUSED, expires_on=date(2026, 6, 1)), None, ON)
    assert error.value.field == "expires_on"
    with pytest.raises(ValidationError) as error:
        check_consent(consent(answer=ConsentAnswer.REFUSED, given_on=date(2026, 3, 11)), None, ON)
    assert error.value.field == "given_on"
