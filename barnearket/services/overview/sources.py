"""For each yearly figure, the SQL rows it counts: (what is counted, the day it counts on, value)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, cast, func, literal, or_, select

from barnearket.domain.model import GateAnswer, ReportRecipient, ReportStatus, SheetStatus, StatusChange
from barnearket.domain.model.enums import ConsentAnswer
from barnearket.services.overview.expressions import AnySelect
from barnearket.services.overview.scope import visible_cases
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.concerns import ConcernEventRow, ConcernRow
from barnearket.storage.orm.consents import ConsentRow
from barnearket.storage.orm.reports import ReportRow
from barnearket.storage.orm.sheets import SheetAnswerRow, SheetRow
from barnearket.storage.orm.steps import DecisionRow

ASKED = (GateAnswer.JA.value, GateAnswer.NEI.value, GateAnswer.VIL_IKKE_SVARE.value)
"""Gate answers that mean the user was asked («ukjent» means the question could not be put)."""


class FigureId(StrEnum):
    """The year's figures, in the order they are shown and exported."""

    ASKED = "users_asked"
    WITH_CHILDREN = "users_with_children"
    SHEETS = "sheets_completed"
    INFORMATION_NEED = "children_information_need"
    FOLLOW_UP_NEED = "children_follow_up_need"
    OPENED = "concerns_opened"
    CLOSED = "concerns_closed"
    DAYS_TO_DECISION = "median_days_to_decision"
    REPORTS = "reports_sent"
    REPORTS_BARNEVERN = "reports_sent_barnevern"
    CONSENTS = "consents_given"


def source(figure: FigureId, all_units: bool) -> AnySelect:
    """SELECT key, day[, value] for one figure, limited by `visible_cases` (parameters: scope_params)."""
    return _BUILDERS[figure]().where(visible_cases(all_units))


def _gate(with_children: bool) -> AnySelect:
    yes = GateAnswer.JA.value
    stmt = select(CaseRow.id.label("key"), CaseRow.gate_on.label("day")).where(CaseRow.gate_answer.in_(ASKED))
    if with_children:
        stmt = stmt.where(or_(CaseRow.gate_answer == yes, CaseRow.gate_siblings == yes))
    return stmt


def _sheets() -> AnySelect:
    return (select(SheetRow.id.label("key"), SheetRow.held_on.label("day"))
            .join(CaseRow, CaseRow.id == SheetRow.case_id)
            .where(SheetRow.status == SheetStatus.COMPLETED.value))


def _need(question: str) -> AnySelect:
    """Children answered «ja»: one index seek per sheet, child and question (not a scan of answers)."""
    return (_sheets().with_only_columns(ChildRow.id.label("key"), SheetRow.held_on.label("day"))
            .join(ChildRow, ChildRow.case_id == SheetRow.case_id)
            .where(answer_of(question, SheetRow.id, ChildRow.id) == '"ja"'))


def answer_of(question: str, sheet_id: Any, child_id: Any) -> ColumnElement[str]:
    """The stored answer (JSON text) to a question about a child, looked up by the unique index."""
    a = SheetAnswerRow
    return (select(a.value)
            .where(a.sheet_id == sheet_id, a.child_id == child_id, a.question_id == question)
            .scalar_subquery())


def _opened() -> AnySelect:
    return (select(ConcernRow.id.label("key"), ConcernRow.arose_on.label("day"))
            .join(CaseRow, CaseRow.id == ConcernRow.case_id))


def _closed() -> AnySelect:
    return (select(ConcernEventRow.concern_id.label("key"), ConcernEventRow.occurred_on.label("day"))
            .join(ConcernRow, ConcernRow.id == ConcernEventRow.concern_id)
            .join(CaseRow, CaseRow.id == ConcernRow.case_id)
            .where(ConcernEventRow.kind == StatusChange.CLOSED.value))


def _decided() -> AnySelect:
    first = (select(DecisionRow.concern_id, func.min(DecisionRow.decided_on).label("on"))
             .group_by(DecisionRow.concern_id).subquery())
    days = cast(func.julianday(first.c.on) - func.julianday(ConcernRow.arose_on), Integer)
    return (select(first.c.concern_id.label("key"), first.c.on.label("day"), days.label("value"))
            .join(ConcernRow, ConcernRow.id == first.c.concern_id)
            .join(CaseRow, CaseRow.id == ConcernRow.case_id))


def _reports(barnevern_only: bool) -> AnySelect:
    sent = ReportRow.status == ReportStatus.SENT.value
    if barnevern_only:
        sent &= ReportRow.recipient == ReportRecipient.BARNEVERN.value
    series = (select(ReportRow.concern_id, ReportRow.series, func.min(ReportRow.sent_on).label("on"))
              .where(sent).group_by(ReportRow.concern_id, ReportRow.series).subquery())
    key: ColumnElement[str] = cast(series.c.concern_id, String) + literal("-") + cast(series.c.series, String)
    return (select(key.label("key"), series.c.on.label("day"))
            .join(ConcernRow, ConcernRow.id == series.c.concern_id)
            .join(CaseRow, CaseRow.id == ConcernRow.case_id))


def _consents() -> AnySelect:
    return (select(ConsentRow.id.label("key"), ConsentRow.given_on.label("day"))
            .join(CaseRow, CaseRow.id == ConsentRow.case_id)
            .where(ConsentRow.answer == ConsentAnswer.GIVEN.value))


_BUILDERS = {
    FigureId.ASKED: lambda: _gate(False),
    FigureId.WITH_CHILDREN: lambda: _gate(True),
    FigureId.SHEETS: _sheets,
    FigureId.INFORMATION_NEED: lambda: _need("information_need"),
    FigureId.FOLLOW_UP_NEED: lambda: _need("followup_need"),
    FigureId.OPENED: _opened,
    FigureId.CLOSED: _closed,
    FigureId.DAYS_TO_DECISION: _decided,
    FigureId.REPORTS: lambda: _reports(False),
    FigureId.REPORTS_BARNEVERN: lambda: _reports(True),
    FigureId.CONSENTS: _consents,
}
