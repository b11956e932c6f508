"""A report of concern can always be completed: whatever is missing only gives notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from barnearket.domain import model as m
from barnearket.domain.errors import ValidationError
from barnearket.domain.rules.notes import Severity
from barnearket.domain.rules.reports import report_readiness, require_editable
from tests.domain.test_model_builders import child, concern, consent, report

ON = date(2026, 3, 10)
optional_bool = st.none() | st.booleans()


def test_bare_report_to_child_welfare_can_be_completed_with_notes() -> None:
    ready = report_readiness(report(), concern(), [], child(), ON)
    assert ready.can_complete
    codes = {n.code for n in ready.notes}
    assert {"parents_told_unknown", "child_told_unknown", "interpreter_unknown", "section_empty",
            "step_missing", "consent_not_needed"} <= codes
    assert all(n.severity is Severity.INFO for n in ready.notes)


def test_referral_without_consent_warns_but_can_still_be_completed() -> None:
    referral = report(recipient=m.ReportRecipient.NAV)
    ready = report_readiness(referral, concern(), [], child(), ON)
    assert ready.can_complete
    assert [n.ref for n in ready.notes if n.severity is Severity.WARNING] == ["nav"]
    covered = report_readiness(referral, concern(), [consent(recipients=frozenset({"nav"}))], child(), ON)
    assert not [n for n in covered.notes if n.severity is Severity.WARNING]


def test_parents_not_told_asks_for_the_reason() -> None:
    untold = replace(report(), content=m.ReportContent(parents_told=False))
    assert "parents_why_missing" in {n.code for n in report_readiness(untold, concern(), [], None, ON).notes}
    why = m.ReportContent(parents_told=False, parents_not_told_why="Mistanke om vold i hjemmet")
    codes = {n.code for n in report_readiness(replace(untold, content=why), concern(), [], None, ON).notes}
    assert "parents_why_missing" not in codes


@given(optional_bool, optional_bool, optional_bool, st.text(max_size=5),
       st.sampled_from(list(m.ReportRecipient)), st.booleans())
def test_nothing_missing_ever_blocks_completion(
    parents: bool | None, child_told: bool | None, interpreter: bool | None, text: str,
    recipient: m.ReportRecipient, with_consent: bool,
) -> None:
    content = m.ReportContent({m.ReportSection.CONCERN: text}, parents, "", child_told, "", interpreter)
    consents = [consent()] if with_consent else []
    ready = report_readiness(report(recipient=recipient, content=content), concern(), consents, None, ON)
    assert ready.can_complete is True


def test_sent_version_is_locked() -> None:
    require_editable(report(status=m.ReportStatus.READY))
    with pytest.raises(ValidationError, match="ny versjon"):
        require_editable(report(status=m.ReportStatus.SENT))
