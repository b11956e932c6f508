"""The resource group's meeting notes: date, participants by role, cases discussed by case number
or anonymously, the advice given and the procedures agreed."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.language import speaking
from barnearket.domain.model.meeting import DiscussedCase, Meeting
from barnearket.domain.model.organisation import Worker
from barnearket.files.atomic import atomic_write_bytes
from barnearket.reports.context import DocumentContext
from barnearket.reports.meetings import file_name, render_meetings
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.language import load_document_language
from barnearket.services.organisation import load_organisation
from barnearket.storage.audit import AuditAction, Outcome
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.teamwork import ResourceMeetingCaseRow, ResourceMeetingRow, UserFunctionRow
from barnearket.storage.orm.users import User


def require_member(ctx: ServiceContext) -> None:
    """Refuse (and log) unless the actor holds a function of the routine or is coordinator or admin."""
    if ctx.actor.role.sees_all_units:
        return
    if ctx.session.scalar(select(UserFunctionRow.id).where(
            UserFunctionRow.user_id == ctx.actor.user_id).limit(1)) is None:
        common.log(ctx, AuditAction.VIEW, "resource_meeting", None, outcome=Outcome.DENIED)
        raise AccessDeniedError("Ressursgruppens referater er for dem som har en funksjon i rutinen "
                                "(barneansvarlig, teamleder, ressursgruppen …).", action="view",
                                object_type="resource_meeting")


def add_meeting(ctx: ServiceContext, meeting: Meeting) -> int:
    """Write a meeting's notes; case numbers must exist in the file (the text is not checked)."""
    require_member(ctx)
    held = common.day(ctx, meeting.held_on, "held_on")
    roles = [common.line(p) for p in meeting.participants if p.strip()]
    if not roles:
        raise ValidationError("Skriv hvem som var med, med rolle (for eksempel barnevernet).",
                              field="participants")
    row = ResourceMeetingRow(held_on=held, participants="\n".join(roles),
                             advice=common.note(meeting.advice), procedures=common.note(meeting.procedures),
                             created_by=ctx.actor.user_id, created_at=ctx.clock.now())
    ctx.session.add(row)
    ctx.session.flush()
    for case in meeting.cases:
        number = case.case_number.strip()
        if number and ctx.session.scalar(select(CaseRow.id).where(CaseRow.number == number)) is None:
            raise ValidationError("Finner ingen sak med nummer {number}.", field="cases",
                                  number=common.line(number, 20))
        ctx.session.add(ResourceMeetingCaseRow(meeting_id=row.id, case_number=number,
                                               anonymous=not number, summary=common.note(case.summary)))
    ctx.session.flush()
    common.log(ctx, AuditAction.CREATE, "resource_meeting", row.id,
               ["held_on", "participants", "cases", "advice", "procedures"])
    return row.id


def list_meetings(ctx: ServiceContext) -> list[Meeting]:
    """Every meeting, newest first."""
    require_member(ctx)
    rows = ctx.session.scalars(select(ResourceMeetingRow)
                               .order_by(ResourceMeetingRow.held_on.desc(), ResourceMeetingRow.id.desc()))
    return [_meeting(ctx, r) for r in rows]


def get_meeting(ctx: ServiceContext, meeting_id: int) -> Meeting:
    """One meeting's notes."""
    require_member(ctx)
    return _meeting(ctx, common.get(ctx, ResourceMeetingRow, meeting_id, "Fant ikke møtet."))


def meetings_by_id(ctx: ServiceContext, ids: Sequence[int]) -> list[Meeting]:
    """The chosen meetings in the order given."""
    return [get_meeting(ctx, i) for i in ids]


def _meeting(ctx: ServiceContext, row: ResourceMeetingRow) -> Meeting:
    cases = tuple(DiscussedCase(c.case_number, c.summary) for c in ctx.session.scalars(
        select(ResourceMeetingCaseRow).where(ResourceMeetingCaseRow.meeting_id == row.id)
        .order_by(ResourceMeetingCaseRow.id)))
    return Meeting(row.held_on, tuple(p for p in row.participants.splitlines() if p), cases,
                   row.advice, row.procedures, row.id)


def meetings_pdf(ctx: ServiceContext, ids: Sequence[int]) -> tuple[bytes, str]:
    """The notes of the chosen meetings as PDF, and a file name of dates only; the making is logged."""
    if not ids:
        raise ValidationError("Velg minst ett møte.")
    meetings = meetings_by_id(ctx, ids)
    user = ctx.session.get(User, ctx.actor.user_id)
    author = (Worker(user.full_name, user.job_title, user.phone, user.email) if user
              else Worker(ctx.actor.login))
    language = load_document_language(ctx.session)
    doc_ctx = DocumentContext(load_organisation(ctx.session), author, ctx.clock.now(), language=language)
    stream = io.BytesIO()
    with speaking(language):
        render_meetings(meetings, doc_ctx, stream)
    for meeting_id in ids:
        common.log(ctx, AuditAction.PDF, "resource_meeting", meeting_id)
    return stream.getvalue(), file_name(meetings)


def save_meetings_pdf(ctx: ServiceContext, data: bytes, path: Path, ids: Sequence[int]) -> None:
    """Write the PDF atomically (owner-only) and log the export."""
    atomic_write_bytes(path, data)
    for meeting_id in ids:
        common.log(ctx, AuditAction.EXPORT, "resource_meeting", meeting_id)
