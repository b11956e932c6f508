"""Which case a kept (not yet stored) edit belongs to, by the record it was typed on: for the list of
unsaved work, which names the case number and never the content."""

from __future__ import annotations

from sqlalchemy import select

from barnearket.services.context import ServiceContext
from barnearket.storage.localjournal import (
    CLOSE,
    CONCERN,
    CONSENT,
    CORRECTION,
    ENTRY,
    REOPEN,
    REPORT,
    SHEET,
    WITHDRAW,
)
from barnearket.storage.orm.actions import ActionRow, EvaluationRow
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.consents import ConsentRow
from barnearket.storage.orm.reports import ReportRow
from barnearket.storage.orm.sheets import SheetRow
from barnearket.storage.orm.steps import ConsultationRow, DecisionRow, ObservationRow, ParentConversationRow

StepRow = type[ObservationRow | ConsultationRow | ParentConversationRow | DecisionRow | ActionRow]
STEP_ROWS: dict[str, StepRow] = {
    "concretise": ObservationRow, "share": ConsultationRow, "conversation": ParentConversationRow,
    "decision": DecisionRow, "follow_up": ActionRow,
}
"""The table a correction of each step's entry changes (an evaluation's is found through its action)."""


def case_number(ctx: ServiceContext, kind: str, step: str, record_id: int) -> str | None:
    """The case's number; None when the record is gone or this person may not read it."""
    found = case_id(ctx, kind, step, record_id)
    return None if found is None else ctx.session.scalar(select(CaseRow.number).where(CaseRow.id == found))


def case_id(ctx: ServiceContext, kind: str, step: str, record_id: int) -> int | None:
    """The id of the case the kept edit belongs to; None when the record is gone or not readable."""
    if kind == SHEET:
        return ctx.session.scalar(select(SheetRow.case_id).where(SheetRow.id == record_id))
    if kind == CONSENT:  # a new consent answer is kept on its case
        return ctx.session.scalar(select(CaseRow.id).where(CaseRow.id == record_id))
    if kind == WITHDRAW:
        return ctx.session.scalar(select(ConsentRow.case_id).where(ConsentRow.id == record_id))
    concern_id = _concern(ctx, kind, step, record_id)
    if concern_id is None:
        return None
    return ctx.session.scalar(select(ConcernRow.case_id).where(ConcernRow.id == concern_id))


def _concern(ctx: ServiceContext, kind: str, step: str, record_id: int) -> int | None:
    if kind == ENTRY and step == "evaluation":  # a new evaluation is kept on its action
        return ctx.session.scalar(select(ActionRow.concern_id).where(ActionRow.id == record_id))
    if kind in (CONCERN, ENTRY, CLOSE, REOPEN):
        return record_id
    if kind == REPORT:
        return ctx.session.scalar(select(ReportRow.concern_id).where(ReportRow.id == record_id))
    if kind != CORRECTION:
        return None
    if step == "evaluation":
        return ctx.session.scalar(select(ActionRow.concern_id).join(EvaluationRow, EvaluationRow.action_id
                                                                    == ActionRow.id)
                                  .where(EvaluationRow.id == record_id))
    row = STEP_ROWS.get(step)
    return None if row is None else ctx.session.scalar(select(row.concern_id).where(row.id == record_id))
