"""One stored report as the editor and the command line see it: its draft, document, JSON and dates."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from barnearket.domain.errors import NotFoundError, ValidationError
from barnearket.domain.model import Case, Report, ReportSection
from barnearket.domain.rules.deadlines import ReportDueDates, report_due_dates
from barnearket.reports.names import DocumentKind, default_file_name
from barnearket.reports.report import render_report
from barnearket.reports.report_draft import ReportDraft, build_report_draft
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.documents import Document, load_for_documents
from barnearket.services.portal import export_report_json, portal_gaps
from barnearket.services.settings import load_rules
from barnearket.storage.audit import AuditAction
from barnearket.storage.mapping import load_case
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.reports import ReportRow


@dataclass(frozen=True)
class ReportView:
    """A report version with its case, its draft (sections prefilled from the case) and its dates."""

    case: Case
    report: Report
    draft: ReportDraft
    due: ReportDueDates | None
    """Child welfare's dates (1 week, 3 weeks, 21-day chase) once a report to barnevernet is sent."""
    portal_missing: tuple[tuple[str, str], ...]
    """What the portal would refuse (field, what to fill in); empty when the JSON can be made."""


def case_of_report(ctx: ServiceContext, report_id: int) -> int:
    """The case id a report belongs to (access is checked)."""
    row = common.get(ctx, ReportRow, report_id, "Fant ikke meldingen.")
    return common.concern_row(ctx, row.concern_id).case_id


def view_report(ctx: ServiceContext, report_id: int) -> ReportView:
    """Everything the report editor shows for one version."""
    case_id = case_of_report(ctx, report_id)
    case, doc_ctx = load_for_documents(ctx, case_id)
    report = next(r for c in case.concerns for r in c.reports if r.id == report_id)
    draft = build_report_draft(case, doc_ctx, report=report)
    due = (report_due_dates(report.sent_on, load_rules(ctx.session, ctx.forms))
           if report.sent_on and report.recipient.has_feedback_deadlines else None)
    gaps = tuple(portal_gaps(draft)) if report.recipient.portal_applies else ()
    return ReportView(case, report, draft, due, gaps)


def reports_of_case(ctx: ServiceContext, case_id: int) -> list[Report]:
    """Every report version of a case, oldest first."""
    common.case_row(ctx, case_id)
    case = load_case(ctx.session, case_id)
    return sorted((r for c in case.concerns for r in c.reports), key=lambda r: r.id)


def latest_report_id(ctx: ServiceContext, case_id: int) -> int:
    """The newest report version of a case (NotFoundError when the case has none)."""
    common.case_row(ctx, case_id)
    found = ctx.session.scalar(select(ReportRow.id).join(ConcernRow, ConcernRow.id == ReportRow.concern_id)
                               .where(ConcernRow.case_id == case_id).order_by(ReportRow.id.desc()))
    if found is None:
        raise NotFoundError("Saken har ingen melding ennå.")
    return int(found)


def report_document(ctx: ServiceContext, report_id: int, draft: ReportDraft | None = None) -> Document:
    """The report's PDF (never held back by anything missing); the generation is logged."""
    view = view_report(ctx, report_id)
    case_id = view.case.id
    _, doc_ctx = load_for_documents(ctx, case_id)
    stream = io.BytesIO()
    render_report(draft or view.draft, doc_ctx, stream)
    common.log(ctx, AuditAction.PDF, "case", case_id, [DocumentKind.REPORT.value])
    return Document(DocumentKind.REPORT, case_id, stream.getvalue(),
                    default_file_name(DocumentKind.REPORT, view.case.number))


def export_report_portal(ctx: ServiceContext, report_id: int, path: Path,
                         draft: ReportDraft | None = None) -> dict[str, Any]:
    """The portal JSON of this report (only for a report to barnevernet, where the portal applies)."""
    view = view_report(ctx, report_id)
    if not view.report.recipient.portal_applies:
        raise ValidationError("Den nasjonale portalen gjelder bare meldinger til barnevernet. "
                              "Skriv ut meldingen og send den som brev, eller ring.")
    return export_report_json(ctx, view.case.id, path, draft=draft or view.draft)


def section_texts(draft: ReportDraft) -> dict[ReportSection, str]:
    """The draft's free-text sections (the prefilled suggestions included) as content to store."""
    return {s: draft.text(s) for s in ReportSection}
