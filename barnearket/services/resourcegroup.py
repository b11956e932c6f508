"""The resource group's meeting notes: date, participants by role, cases discussed by case number
or anonymously, the advice given and the procedures agreed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from barnearket.domain.errors import ValidationError
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.teamwork import ResourceMeetingCaseRow, ResourceMeetingRow


@dataclass(frozen=True)
class DiscussedCase:
    """A case discussed: its number, or none when it was discussed anonymously."""

    case_number: str = ""
    summary: str = ""

    @property
    def anonymous(self) -> bool:
        """Discussed without naming the case."""
        return not self.case_number


@dataclass(frozen=True)
class Meeting:
    """One meeting's notes; `participants` are roles (one per line), never names of users."""

    held_on: date
    participants: tuple[str, ...] = ()
    cases: tuple[DiscussedCase, ...] = ()
    advice: str = ""
    procedures: str = ""
    id: int = 0


def add_meeting(ctx: ServiceContext, meeting: Meeting) -> int:
    """Write a meeting's notes; case numbers must exist in the file (the text is not checked)."""
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
            raise ValidationError(f"Finner ingen sak med nummer {common.line(number, 20)}.",
                                  field="cases")
        ctx.session.add(ResourceMeetingCaseRow(meeting_id=row.id, case_number=number,
                                               anonymous=not number, summary=common.note(case.summary)))
    ctx.session.flush()
    common.log(ctx, AuditAction.CREATE, "resource_meeting", row.id,
               ["held_on", "participants", "cases", "advice", "procedures"])
    return row.id


def list_meetings(ctx: ServiceContext) -> list[Meeting]:
    """Every meeting, newest first."""
    rows = ctx.session.scalars(select(ResourceMeetingRow)
                               .order_by(ResourceMeetingRow.held_on.desc(), ResourceMeetingRow.id.desc()))
    return [_meeting(ctx, r) for r in rows]


def get_meeting(ctx: ServiceContext, meeting_id: int) -> Meeting:
    """One meeting's notes."""
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
