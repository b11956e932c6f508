"""The names-free case list of the command line: number, unit, status and counts per case."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute

from barnearket.domain.model import CaseStatus, ConcernStatus, GateAnswer
from barnearket.domain.rules.agenda import agenda_for
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.exchange.rows import chunks
from barnearket.services.settings import load_rules
from barnearket.storage.audit import AuditAction
from barnearket.storage.mapping import load_concerns
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.users import Unit


@dataclass(frozen=True)
class CaseLine:
    """One case as the list shows it: nothing in it names or identifies a person."""

    number: str
    unit: str
    service: str
    status: CaseStatus
    children: int
    open_concerns: int
    overdue: int
    gate: GateAnswer | None = None
    """The answer to «har brukeren barn under 18 år?» (None: not asked yet)."""


def case_lines(ctx: ServiceContext, visible: list[int], *, open_only: bool = False) -> list[CaseLine]:
    """Lines for the given cases (ids in number order); `open_only` keeps open cases only."""
    units = {u.id: u for u in ctx.session.scalars(select(Unit))}
    rows = {r.id: r for chunk in chunks(visible) for r in ctx.session.execute(
        select(CaseRow.id, CaseRow.number, CaseRow.unit_id, CaseRow.status, CaseRow.gate_answer)
        .where(CaseRow.id.in_(chunk)))}
    ids = [i for i in visible if not open_only or rows[i].status == CaseStatus.OPEN]
    children = _count(ctx, ChildRow.case_id, ids)
    open_concerns = _count(ctx, ConcernRow.case_id, ids, ConcernRow.status == ConcernStatus.OPEN.value)
    overdue = _overdue(ctx, ids)
    common.log(ctx, AuditAction.VIEW, "case_list", None)
    return [CaseLine(rows[i].number, units[rows[i].unit_id].name, units[rows[i].unit_id].service,
                     CaseStatus(rows[i].status), children[i], open_concerns[i], overdue[i],
                     GateAnswer(rows[i].gate_answer) if rows[i].gate_answer else None) for i in ids]


def _count(ctx: ServiceContext, column: InstrumentedAttribute[int], ids: list[int],
           *extra: ColumnElement[bool]) -> Counter[int]:
    """Rows per case of the table whose case_id column is `column`."""
    found: Counter[int] = Counter()
    for chunk in chunks(ids):
        stmt = select(column, func.count()).where(column.in_(chunk), *extra).group_by(column)
        found.update({case_id: count for case_id, count in ctx.session.execute(stmt)})
    return found


def _overdue(ctx: ServiceContext, ids: list[int]) -> Counter[int]:
    """Overdue decisions, follow-ups and reports awaiting feedback, by the agenda rule."""
    rules, today = load_rules(ctx.session, ctx.forms), ctx.clock.today()
    found: Counter[int] = Counter()
    for chunk in chunks(ids):
        concern_ids = list(ctx.session.scalars(select(ConcernRow.id).where(
            ConcernRow.case_id.in_(chunk), ConcernRow.status == ConcernStatus.OPEN.value)))
        for concern in load_concerns(ctx.session, concern_ids):
            found[concern.case_id] += sum(item.overdue for item in agenda_for(concern, today, rules))
    return found
