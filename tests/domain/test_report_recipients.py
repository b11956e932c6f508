"""Recipients of a report: barnevernet, the police and the referrals; what applies to each."""

from __future__ import annotations

from datetime import date

from barnearket.domain import model as m
from barnearket.domain.rules.agenda import AgendaKind, agenda_for
from barnearket.domain.rules.reports import report_readiness
from barnearket.reports.names import report_heading
from tests.domain.test_model_builders import concern, decision, report

ARISEN = date(2026, 3, 2)


def test_police_and_barnevern_need_no_consent_the_referrals_do() -> None:
    assert not m.ReportRecipient.BARNEVERN.needs_consent and not m.ReportRecipient.POLITI.needs_consent
    assert m.ReportRecipient.NAV.needs_consent and m.ReportRecipient.SPESIALISTHELSETJENESTEN.needs_consent
    assert [r for r in m.ReportRecipient if r.portal_applies] == [m.ReportRecipient.BARNEVERN]
    assert m.label(m.ReportRecipient.POLITI) == "Politiet"


def test_each_recipient_has_its_own_title() -> None:
    titles = {report_heading(r) for r in m.ReportRecipient}
    assert len(titles) == len(m.ReportRecipient)
    assert "politiet" in report_heading(m.ReportRecipient.POLITI)
    assert report_heading(m.ReportRecipient.NAV).startswith("Melding til NAV")


def test_only_child_welfare_is_chased_for_feedback() -> None:
    for recipient, chased in ((m.ReportRecipient.BARNEVERN, True), (m.ReportRecipient.POLITI, False)):
        sent = report(status=m.ReportStatus.SENT, sent_on=date(2026, 3, 5), recipient=recipient)
        subject = concern(ARISEN, decisions=(decision(m.DecisionOutcome.REPORT),), reports=(sent,))
        kinds = [i.kind for i in agenda_for(subject, date(2026, 4, 30))]
        assert (AgendaKind.REPORT_FEEDBACK in kinds) is chased, recipient


def test_a_police_report_is_never_blocked_and_says_no_consent_is_needed() -> None:
    to_police = report(recipient=m.ReportRecipient.POLITI)
    ready = report_readiness(to_police, concern(ARISEN), (), None, date(2026, 3, 10))
    assert ready.can_complete
    assert any(n.code == "consent_not_needed" and "politiet" in n.message for n in ready.notes)
