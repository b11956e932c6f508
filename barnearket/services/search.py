"""Lists and searches cases; both see only what the actor may see and are logged without terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select

from barnearket.domain.collation import LIKE_ESCAPE, like_pattern
from barnearket.domain.model import CaseStatus, ConcernStatus
from barnearket.services.common import log
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.users import User

_DIGITS = re.compile(r"^(?=(?:\D*\d){11}\D*$)[\d\s.\-]{11,20}$")
"""Eleven digits, with the spaces, dots and hyphens people type between them."""
_NUMBER = re.compile(r"^\d{4}-\d+$")


@dataclass(frozen=True)
class CaseSummary:
    """One line of a case list."""

    id: int
    number: str
    unit_id: int
    status: CaseStatus
    parent_name: str
    responsible_id: int | None
    children: int
    open_concerns: int


def list_cases(ctx: ServiceContext, *, status: CaseStatus | None = None, unit_id: int | None = None,
               responsible_id: int | None = None, limit: int = 200, offset: int = 0,
               log_view: bool = True) -> list[CaseSummary]:
    """Cases the actor may see, newest number first, optionally filtered.

    With `log_view=False` the caller logs the view itself with `log_list_view` (the workspace reads
    its list while the file is still checked at unlock, and logs once writing may begin).
    """
    query = _visible(ctx, select(CaseRow.id))
    if status is not None:
        query = query.where(CaseRow.status == status.value)
    if unit_id is not None:
        query = query.where(CaseRow.unit_id == unit_id)
    if responsible_id is not None:
        query = query.where(CaseRow.responsible_id == responsible_id)
    found = _summaries(ctx, query.order_by(CaseRow.number.desc()).limit(limit).offset(offset))
    if log_view:
        log_list_view(ctx)
    return found


def log_list_view(ctx: ServiceContext) -> None:
    """The audit row for having seen the case list."""
    log(ctx, AuditAction.VIEW, "case_list", None)


def search_cases(ctx: ServiceContext, query: str, *, limit: int = 50) -> list[CaseSummary]:
    """Find cases by the parent's or a child's name (any case form), identity number or case number.

    The audit row says that a search happened, never what was searched for.
    """
    text = query.strip()
    if _DIGITS.match(text):
        digits = re.sub(r"\D", "", text)
        children = select(ChildRow.case_id).where(ChildRow.identity_number == digits)
        condition = or_(CaseRow.parent_identity == digits, CaseRow.id.in_(children))
    elif _NUMBER.match(text):
        condition = CaseRow.number == text
    else:
        pattern = like_pattern(text)
        children = select(ChildRow.case_id).where(ChildRow.name_search.like(pattern, escape=LIKE_ESCAPE))
        condition = or_(CaseRow.parent_search.like(pattern, escape=LIKE_ESCAPE), CaseRow.id.in_(children))
    stmt = _visible(ctx, select(CaseRow.id)).where(condition)
    found = _summaries(ctx, stmt.order_by(CaseRow.number.desc()).limit(limit))
    log(ctx, AuditAction.SEARCH, "case", None)
    return found


def _visible(ctx: ServiceContext, stmt: Select[tuple[int]]) -> Select[tuple[int]]:
    if ctx.actor.role.sees_all_units:
        return stmt
    unit = select(User.unit_id).where(User.id == ctx.actor.user_id).scalar_subquery()
    return stmt.where(or_(CaseRow.unit_id == unit, CaseRow.responsible_id == ctx.actor.user_id))


def _summaries(ctx: ServiceContext, ids: Select[tuple[int]]) -> list[CaseSummary]:
    wanted = ids.subquery()
    kids = (select(func.count()).where(ChildRow.case_id == CaseRow.id)
            .correlate(CaseRow).scalar_subquery())
    open_ = (select(func.count()).where(ConcernRow.case_id == CaseRow.id,
                                        ConcernRow.status == ConcernStatus.OPEN.value)
             .correlate(CaseRow).scalar_subquery())
    rows = ctx.session.execute(
        select(CaseRow.id, CaseRow.number, CaseRow.unit_id, CaseRow.status, CaseRow.parent_name,
               CaseRow.responsible_id, kids, open_)
        .join(wanted, wanted.c.id == CaseRow.id).order_by(CaseRow.number.desc())
    ).all()
    return [CaseSummary(r[0], r[1], r[2], CaseStatus(r[3]), r[4], r[5], r[6], r[7]) for r in rows]
