"""Makes a document for a case: loads the case, sender and author, renders, logs, saves atomically."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from barnearket.domain.errors import NotFoundError
from barnearket.domain.forms import FormError, FormLibrary, load_standard_library
from barnearket.domain.language import active, speaking
from barnearket.domain.model import Case
from barnearket.domain.model.organisation import Worker
from barnearket.files.atomic import atomic_write_bytes
from barnearket.reports.consent import render_consent
from barnearket.reports.context import DocumentContext
from barnearket.reports.names import DocumentKind, default_file_name
from barnearket.reports.plan import render_plan
from barnearket.reports.plan_draft import PlanDraft, build_plan_draft
from barnearket.reports.report import render_report
from barnearket.reports.report_draft import ReportDraft, build_report_draft
from barnearket.reports.summary import render_summary
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.language import load_document_language
from barnearket.services.organisation import load_organisation
from barnearket.services.settings import load_rules
from barnearket.storage.audit import AuditAction
from barnearket.storage.mapping import load_case
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.users import Unit, User


@dataclass(frozen=True)
class Document:
    """A rendered PDF and the default file name to offer (kind and case number only)."""

    kind: DocumentKind
    case_id: int
    data: bytes
    file_name: str


@dataclass(frozen=True)
class DocumentOptions:
    """Choices for one document; drafts are the user's edited versions of the report or plan."""

    child_ids: Sequence[int] = ()
    with_children: bool = True
    consent_id: int | None = None
    report: ReportDraft | None = None
    plan: PlanDraft | None = None


def _shipped_forms() -> FormLibrary | None:
    """For a caller with no library (tests of the services): the shipped forms alone; the window and
    the command line always pass the municipality's (`formsource.py`)."""
    try:
        return load_standard_library()
    except FormError:
        return None


def load_for_documents(ctx: ServiceContext, case_id: int, forms: FormLibrary | None = None,
                       language: str | None = None) -> tuple[Case, DocumentContext]:
    """The case (after the access check) and everything a renderer needs besides it; the document is
    in `language` when given, otherwise in the organisation's language for documents."""
    row = common.case_row(ctx, case_id)
    case = load_case(ctx.session, case_id)
    org = load_organisation(ctx.session)
    user = ctx.session.get(User, ctx.actor.user_id)
    own_unit = user.unit_id if user is not None and user.unit_id is not None else row.unit_id
    unit = ctx.session.get(Unit, own_unit)
    if not org.unit.strip() and unit is not None:
        org = replace(org, unit=unit.name)
    author = (Worker(user.full_name, user.job_title, user.phone, user.email) if user
              else Worker(ctx.actor.login))
    workers = {uid: name for uid, name in ctx.session.execute(select(User.id, User.full_name))}
    written_in = language or load_document_language(ctx.session)
    library = forms or ctx.forms or _shipped_forms()
    if forms is None and library is not None and written_in != active():  # the forms' own texts
        library = library.in_language(written_in)
    doc_ctx = DocumentContext(org, author, ctx.clock.now(), workers, library,
                              load_rules(ctx.session, ctx.forms), written_in)
    return case, doc_ctx


def case_id_for_number(ctx: ServiceContext, number: str) -> int:
    """The id of the case with this number (NotFoundError if none; access is checked on use)."""
    found = ctx.session.scalar(select(CaseRow.id).where(CaseRow.number == number.strip()))
    if found is None:
        raise NotFoundError("Fant ingen sak med nummer {number}.", number=number.strip())
    return int(found)


def report_draft(ctx: ServiceContext, case_id: int, child_ids: Sequence[int] = ()) -> ReportDraft:
    """The report as drawn from the case, for the user to edit before printing."""
    case, doc_ctx = load_for_documents(ctx, case_id)
    with speaking(doc_ctx.language):
        return build_report_draft(case, doc_ctx, child_ids)


def plan_draft(ctx: ServiceContext, case_id: int, child_ids: Sequence[int] = ()) -> PlanDraft:
    """The action plan as drawn from the case, for the user to edit before printing."""
    case, doc_ctx = load_for_documents(ctx, case_id)
    with speaking(doc_ctx.language):
        return build_plan_draft(case, doc_ctx, child_ids)


def generate_document(ctx: ServiceContext, case_id: int, kind: DocumentKind,
                      options: DocumentOptions | None = None,
                      forms: FormLibrary | None = None, language: str | None = None) -> Document:
    """Render one document and log the generation (ids and the kind only); `language` overrides the
    organisation's language for documents."""
    options = options or DocumentOptions()
    case, doc_ctx = load_for_documents(ctx, case_id, forms, language)
    stream = io.BytesIO()
    with speaking(doc_ctx.language):
        _render(case, doc_ctx, kind, options, stream)
    common.log(ctx, AuditAction.PDF, "case", case_id, [kind.value])
    return Document(kind, case_id, stream.getvalue(), default_file_name(kind, case.number))


def _render(case: Case, doc_ctx: DocumentContext, kind: DocumentKind, options: DocumentOptions,
            stream: io.BytesIO) -> None:
    if kind is DocumentKind.SUMMARY:
        render_summary(case, doc_ctx, stream, with_children=options.with_children)
    elif kind is DocumentKind.REPORT:
        draft = options.report or build_report_draft(case, doc_ctx, options.child_ids)
        render_report(draft, doc_ctx, stream)
    elif kind is DocumentKind.CONSENT:
        consent = next((c for c in case.consents if c.id == options.consent_id), None)
        render_consent(case, doc_ctx, stream, consent=consent, child_ids=options.child_ids)
    else:
        render_plan(options.plan or build_plan_draft(case, doc_ctx, options.child_ids), doc_ctx, stream)


def save_document(ctx: ServiceContext, document: Document, path: Path) -> None:
    """Write the PDF atomically where the user chose (owner-only permissions) and log the export."""
    atomic_write_bytes(path, document.data)
    common.log(ctx, AuditAction.EXPORT, "case", document.case_id, [document.kind.value])


def log_printed(ctx: ServiceContext, document: Document) -> None:
    """Log that the document was sent to a printer."""
    common.log(ctx, AuditAction.PRINT, "case", document.case_id, [document.kind.value])
