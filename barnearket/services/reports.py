"""Use cases for reports of concern: draft, complete (never blocked), send, correct, track."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, select

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.errors import ValidationError
from barnearket.domain.language import n_
from barnearket.domain.model import ReportChannel, ReportContent, ReportRecipient, ReportStatus
from barnearket.domain.rules.deadlines import ReportDueDates, report_due_dates
from barnearket.domain.rules.reports import Readiness, report_readiness, require_editable
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.progress import refresh
from barnearket.services.settings import load_rules
from barnearket.storage import versions
from barnearket.storage.audit import AuditAction
from barnearket.storage.mapping import load_child, load_concern, load_consents, report_from_row
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.reports import ReportRow, ReportSectionRow

_CONTENT_FIELDS = ["sections", "parents_told", "parents_not_told_why", "child_told",
                   "child_not_told_why", "interpreter_needed", "interpreter_language",
                   "municipality_number", "municipality_name", "district_number", "district_name"]


def draft_report(ctx: ServiceContext, concern_id: int, recipient: ReportRecipient,
                 content: ReportContent | None = None) -> int:
    """Start a new report (version 1 of a new series) about the concern's child."""
    concern = common.concern_row(ctx, concern_id)
    series = (ctx.session.scalar(select(func.max(ReportRow.series))
                                 .where(ReportRow.concern_id == concern_id)) or 0) + 1
    row = _new_row(ctx, concern, series, 1, recipient)
    _write_content(ctx, row, content or ReportContent())
    common.log(ctx, AuditAction.CREATE, "report", row.id, ["concern_id", "recipient", *_CONTENT_FIELDS])
    return row.id


def update_report(ctx: ServiceContext, report_id: int, content: ReportContent,
                  recipient: ReportRecipient | None = None, *, base: int | None = None) -> None:
    """Replace the text and the told/interpreter answers (and the recipient) of a report not sent.

    `base`: the report's version the person began from; if what she saves differs from what is
    stored and someone stored a newer version since, `EditConflictError` (nothing is kept)."""
    row, concern = _report(ctx, report_id)
    require_editable(report_from_row(row))
    before, current = _state(ctx, row), int(row.row_version)
    stale = base is not None and base != current
    if base is not None and not stale:
        versions.based_on(row, base)
    row.status = ReportStatus.DRAFT
    if recipient is not None:
        row.recipient = str(recipient)
    _write_content(ctx, row, content)
    if base is not None and _state(ctx, row) != before:
        if stale:
            raise EditConflictError("reports", row.id, base=base, current=current)
        if int(row.row_version) == current:  # only the sections changed
            versions.bump(row)
    common.touch(ctx, concern.case_id)
    common.log(ctx, AuditAction.UPDATE, "report", report_id, ["status", "recipient", *_CONTENT_FIELDS])


def complete_report(ctx: ServiceContext, report_id: int) -> Readiness:
    """Mark the report ready to print and send. Nothing missing ever blocks this; notes only inform."""
    row, concern = _report(ctx, report_id)
    require_editable(report_from_row(row))
    common.touch(ctx, concern.case_id)
    row.status = ReportStatus.READY
    row.completed_at, row.completed_by = ctx.clock.now(), ctx.actor.user_id
    common.log(ctx, AuditAction.UPDATE, "report", report_id, ["status", "completed_at", "completed_by"])
    return readiness(ctx, report_id)


def readiness(ctx: ServiceContext, report_id: int) -> Readiness:
    """The informational notes for a report (consent, steps, told, sections)."""
    row, concern = _report(ctx, report_id)
    ctx.session.flush()
    return report_readiness(
        report_from_row(row, _sections(ctx, report_id)), load_concern(ctx.session, concern.id),
        load_consents(ctx.session, concern.case_id), load_child(ctx.session, concern.child_id),
        ctx.clock.today(), load_rules(ctx.session, ctx.forms),
    )


def mark_report_sent(ctx: ServiceContext, report_id: int, *, channel: ReportChannel,
                     sent_on: date | None = None, portal_reference: str = "") -> ReportDueDates:
    """Record that this version was sent; it is locked from now on. Returns the feedback dates."""
    row, concern = _report(ctx, report_id)
    if row.status == ReportStatus.SENT:
        raise ValidationError("Denne versjonen er allerede registrert som sendt.")
    day = common.day(ctx, sent_on, "sent_on")
    due = report_due_dates(day, load_rules(ctx.session, ctx.forms))
    if row.completed_at is None:
        row.completed_at, row.completed_by = ctx.clock.now(), ctx.actor.user_id
    row.status, row.sent_on, row.channel = ReportStatus.SENT, day, str(channel)
    row.portal_reference, row.feedback_due = common.line(portal_reference, 100), due.feedback_by
    refresh(ctx, concern)
    common.touch(ctx, concern.case_id)
    common.log(ctx, AuditAction.UPDATE, "report", report_id,
               ["status", "sent_on", "channel", "portal_reference", "feedback_due"])
    return due


def correct_report(ctx: ServiceContext, report_id: int) -> int:
    """Start a correction of a sent report: a new draft version with the same text; both are kept."""
    row, concern = _report(ctx, report_id)
    if row.status != ReportStatus.SENT:
        raise ValidationError("Bare en sendt melding rettes i en ny versjon. Denne kan endres direkte.")
    version = ctx.session.scalar(select(func.max(ReportRow.version)).where(
        ReportRow.concern_id == row.concern_id, ReportRow.series == row.series)) or row.version
    new = _new_row(ctx, concern, row.series, version + 1, ReportRecipient(row.recipient))
    _write_content(ctx, new, report_from_row(row, _sections(ctx, report_id)).content)
    common.log(ctx, AuditAction.CREATE, "report", new.id, ["concern_id", "series", "version"])
    return new.id


def record_report_tracking(ctx: ServiceContext, report_id: int, *, portal_reference: str | None = None,
                           feedback_on: date | None = None) -> None:
    """Add the portal's reference number or the date child welfare gave feedback to a sent report."""
    row, concern = _report(ctx, report_id)
    if row.status != ReportStatus.SENT:
        raise ValidationError("Referanse og tilbakemelding registreres når meldingen er sendt.")
    values: dict[str, object] = {}
    if portal_reference is not None:
        values["portal_reference"] = common.line(portal_reference, 100)
    if feedback_on is not None:
        values["feedback_on"] = common.day(ctx, feedback_on, "feedback_on")
    names = common.changed(row, values)
    if names:
        common.touch(ctx, concern.case_id)
        common.log(ctx, AuditAction.UPDATE, "report", report_id, names)


def _report(ctx: ServiceContext, report_id: int) -> tuple[ReportRow, ConcernRow]:
    row = common.get(ctx, ReportRow, report_id, "Fant ikke meldingen.")
    return row, common.concern_row(ctx, row.concern_id)


def _new_row(ctx: ServiceContext, concern: ConcernRow, series: int, version: int,
             recipient: ReportRecipient) -> ReportRow:
    row = ReportRow(concern_id=concern.id, series=series, version=version, recipient=str(recipient),
                    status=ReportStatus.DRAFT, created_at=ctx.clock.now(), created_by=ctx.actor.user_id)
    ctx.session.add(row)
    ctx.session.flush()
    common.touch(ctx, concern.case_id)
    return row


def _write_content(ctx: ServiceContext, row: ReportRow, content: ReportContent) -> None:
    row.parents_told, row.child_told = content.parents_told, content.child_told
    row.parents_not_told_why = common.note(content.parents_not_told_why)
    row.child_not_told_why = common.note(content.child_not_told_why)
    row.interpreter_needed = content.interpreter_needed
    row.interpreter_language = common.line(content.interpreter_language, 100)
    row.municipality_number = _digits(content.municipality_number, 4, "municipality_number")
    row.municipality_name = common.line(content.municipality_name, 100)
    row.district_number = _digits(content.district_number, 2, "district_number")
    row.district_name = common.line(content.district_name, 100)
    ctx.session.execute(delete(ReportSectionRow).where(ReportSectionRow.report_id == row.id))
    ctx.session.add_all(
        ReportSectionRow(report_id=row.id, section=str(k), text=common.note(v))
        for k, v in sorted(content.sections.items()) if v.strip()
    )
    ctx.session.flush()


def _digits(text: str, count: int, name: str) -> str:
    """Empty, or exactly `count` digits (municipality 4, district 2), as the portal needs them."""
    value = "".join(text.split())
    if value and not (value.isdigit() and len(value) == count):
        what = (n_("Kommunenummeret skal ha fire sifre.") if count == 4
                else n_("Bydelsnummeret skal ha to sifre."))
        raise ValidationError(what, field=name)
    return value


def _state(ctx: ServiceContext, row: ReportRow) -> tuple[object, ...]:
    """What a person edits in a report: its own columns and the text of each section."""
    sections = sorted((x.section, x.text) for x in _sections(ctx, row.id))
    return (*(getattr(row, c) for c in versions.EDITED["reports"]), tuple(sections))


def _sections(ctx: ServiceContext, report_id: int) -> list[ReportSectionRow]:
    return list(ctx.session.scalars(select(ReportSectionRow).where(ReportSectionRow.report_id == report_id)))
