"""A new entry kept while the server was away is stored exactly once, even when an earlier try of it
reached the server and only the reply was lost (the connection broke after COMMIT).

Before a kept entry is added, the rows of the same step on the same concern (or action), by the same
person, created at or after the entry was first tried, are looked for. Only when there are such rows
is the entry tried inside a savepoint that is always rolled back, and the row it would make is compared
with them field by field (the services' own cleaning applies to both). The same content already stored
counts as stored, as a conditional write counts "the exact value already stored".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select

from barnearket.domain.errors import DomainError
from barnearket.services.context import ServiceContext
from barnearket.storage.orm.actions import ActionRow, EvaluationRow
from barnearket.storage.orm.steps import (
    ConsultationRow,
    DecisionRecipientRow,
    DecisionRow,
    ObservationRow,
    ParentConversationRow,
)

R = TypeVar("R")
Content = tuple[tuple[str, Any], ...]

TABLES: dict[str, tuple[Any, str, str]] = {
    "concretise": (ObservationRow, "concern_id", "by_id"),
    "share": (ConsultationRow, "concern_id", "by_id"),
    "conversation": (ParentConversationRow, "concern_id", "by_id"),
    "decision": (DecisionRow, "concern_id", "by_id"),
    "follow_up": (ActionRow, "concern_id", "created_by"),
    "evaluation": (EvaluationRow, "action_id", "by_id"),
}
"""Each step's table of new entries: the row class, the column naming its target, and its author."""

_NOT_CONTENT = {"id", "created_at", "row_version", "changed_by", "changed_at"}


def append_once(ctx: ServiceContext, step: str, target_id: int, since: datetime,
                add: Callable[[ServiceContext], R]) -> R | None:
    """Add the kept entry with `add`, unless the same entry is already stored; None: it was.

    Args:
        step: the step the entry belongs to (a key of `TABLES`); target_id: its concern (or action).
        since: when the entry was first tried (a row made by that try is created at or after it).
    """
    table = TABLES.get(step)
    if table is None:
        return add(ctx)
    earlier = _contents(ctx, step, target_id, since)
    if earlier and _would_make(ctx, step, target_id, add) in earlier:
        return None
    return add(ctx)


def _rows(ctx: ServiceContext, step: str, target_id: int, since: datetime) -> list[Any]:
    row, target, author = TABLES[step]
    query = (select(row).where(getattr(row, target) == target_id, getattr(row, author) == ctx.actor.user_id,
                               row.created_at >= since).order_by(row.id))
    return list(ctx.session.scalars(query))


def _contents(ctx: ServiceContext, step: str, target_id: int, since: datetime) -> list[Content]:
    return [_content(ctx, step, row) for row in _rows(ctx, step, target_id, since)]


def _content(ctx: ServiceContext, step: str, row: Any) -> Content:
    """What the person wrote in the row (and, for a decision, whom it is shared with)."""
    columns = sorted(c.key for c in row.__table__.columns if c.key not in _NOT_CONTENT)
    values: list[tuple[str, Any]] = [(c, getattr(row, c)) for c in columns]
    if step == "decision":
        shared = ctx.session.scalars(select(DecisionRecipientRow.service_id)
                                     .where(DecisionRecipientRow.decision_id == row.id))
        values.append(("recipients", json.dumps(sorted(shared))))
    return tuple(values)


def _would_make(ctx: ServiceContext, step: str, target_id: int, add: Callable[[ServiceContext], R]
                ) -> Content | None:
    """The content of the row `add` would make now, tried in a savepoint that is rolled back."""
    row_class = TABLES[step][0]
    nested = ctx.session.begin_nested()
    try:
        try:
            add(ctx)
        except DomainError:
            return None  # refused now: the real try says why
        ctx.session.flush()
        newest = ctx.session.scalars(select(row_class).where(
            getattr(row_class, TABLES[step][1]) == target_id).order_by(row_class.id.desc()).limit(1)).first()
        return None if newest is None else _content(ctx, step, newest)
    finally:
        if nested.is_active:
            nested.rollback()
