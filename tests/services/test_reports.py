"""Reports of concern: never blocked, locked once sent, corrected in new versions, tracked."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import (
    ReportChannel,
    ReportContent,
    ReportRecipient,
    ReportSection,
    ReportStatus,
)
from barnearket.domain.rules.notes import Severity
from barnearket.services import reports
from barnearket.storage.mapping import load_concern
from barnearket.storage.orm.reports import ReportRow
from tests.services.support import World, assert_audit_clean, audit_rows

TEXT = ReportContent(sections={ReportSection.CONCERN: "Gutten sier han ikke vil leve."},
                     parents_told=False, parents_not_told_why="Mistanke om vold")


def test_bare_report_completes_with_notes_only(world: World, report_concern: int) -> None:
    report = reports.draft_report(world.ctx(), report_concern, ReportRecipient.BARNEVERN)
    ready = reports.complete_report(world.ctx(), report)
    assert ready.can_complete and ready.notes
    assert all(n.severity is Severity.INFO for n in ready.notes)
    assert world.session.get(ReportRow, report).status == ReportStatus.READY  # type: ignore[union-attr]


def test_referral_without_consent_warns_and_still_completes(world: World, report_concern: int) -> None:
    report = reports.draft_report(world.ctx(), report_concern, ReportRecipient.SPESIALISTHELSETJENESTEN, TEXT)
    ready = reports.complete_report(world.ctx(), report)
    assert ready.can_complete
    assert [n.ref for n in ready.notes if n.severity is Severity.WARNING] == ["spesialisthelsetjenesten"]


def test_sent_version_is_locked_and_corrections_are_new_versions(world: World, report_concern: int) -> None:
    first = reports.draft_report(world.ctx(), report_concern, ReportRecipient.BARNEVERN, TEXT)
    due = reports.mark_report_sent(world.ctx(), first, channel=ReportChannel.PORTAL, portal_reference="AB-12")
    assert (due.assessment_by, due.feedback_by, due.chase_on) == (
        date(2026, 3, 9), date(2026, 3, 23), date(2026, 3, 23))
    for change in (lambda: reports.update_report(world.ctx(), first, ReportContent()),
                   lambda: reports.complete_report(world.ctx(), first),
                   lambda: reports.mark_report_sent(world.ctx(), first, channel=ReportChannel.LETTER)):
        with pytest.raises(ValidationError):
            change()
    second = reports.correct_report(world.ctx(), first)
    reports.update_report(world.ctx(), second, ReportContent(
        sections={ReportSection.CONCERN: "Rettet tekst."}, parents_told=True))
    reports.mark_report_sent(world.ctx(), second, channel=ReportChannel.LETTER)
    kept = load_concern(world.session, report_concern).reports
    assert [(r.series, r.version, r.status) for r in kept] == [
        (1, 1, ReportStatus.SENT), (1, 2, ReportStatus.SENT)]
    assert kept[0].content == TEXT and kept[0].portal_reference == "AB-12"
    assert kept[1].content.section(ReportSection.CONCERN) == "Rettet tekst."
    assert ("create", "report", second) in audit_rows(world.session, "report")
    assert_audit_clean(world.session, ["Gutten sier han ikke vil leve", "Mistanke om vold", "Rettet tekst"])


def test_tracking_after_sending(world: World, report_concern: int) -> None:
    report = reports.draft_report(world.ctx(), report_concern, ReportRecipient.BARNEVERN)
    with pytest.raises(ValidationError, match="sendt"):
        reports.record_report_tracking(world.ctx(), report, portal_reference="X")
    reports.mark_report_sent(world.ctx(), report, channel=ReportChannel.PORTAL)
    world.advance(10)
    reports.record_report_tracking(world.ctx(), report, portal_reference="FIKS-991", feedback_on=world.today)
    stored = load_concern(world.session, report_concern).reports[0]
    assert (stored.portal_reference, stored.feedback_on) == ("FIKS-991", date(2026, 3, 12))


def test_only_sent_reports_are_corrected(world: World, report_concern: int) -> None:
    report = reports.draft_report(world.ctx(), report_concern, ReportRecipient.NAV)
    with pytest.raises(ValidationError, match="endres direkte"):
        reports.correct_report(world.ctx(), report)
    second_series = reports.draft_report(world.ctx(), report_concern, ReportRecipient.BARNEVERN)
    assert world.session.get(ReportRow, second_series).series == 2  # type: ignore[union-attr]
