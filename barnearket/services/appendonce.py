"""A new entry kept while the server was away is stored exactly once, even when an earlier try of it
reached the server and only the reply was lost (the connection broke after COMMIT).

Before a kept entry is added, the rows of the same step on the same concern (or action), by the same
person, created at or after the entry was first tried, are looked for. Only when there are such rows
is the entry tried inside a savepoint that is always rolled back, and the row it would make is compared
with them field by field (the services' own cleaning applies to both). The same content already stored
counts as stored, as a conditional write counts "the exact value already stored". A closing or a
reopening is found as the concern's newest event of that kind by the same person since the first try,
and a withdrawal as the consent withdrawn on that day with that note (`stored_once` picks the check by
the kind of kept entry).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select

from barnearket.domain.errors import DomainError
from barnearket.domain.model import StatusChange
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage.localjournal import CLOSE, CONSENT, ENTRY, REOPEN, WITHDRAW, Pending
from barnearket.storage.orm.actions import ActionRow, EvaluationRow
from barnearket.storage.orm.concerns import ConcernEventRow
from barnearket.storage.orm.consents import ConsentRecipientRow, ConsentRow
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
    "consent": (ConsentRow, "case_id", "created_by"),
}
"""Each step's table of new entries: the row class, the column naming its target, and its author."""
SHARED: dict[str, tuple[Any, str]] = {
    "decision": (DecisionRecipientRow, "decision_id"), "consent": (ConsentRecipientRow, "consent_id"),
}
"""The services an entry names, kept in a table of their own (compared as part of the content)."""


def stored_once(ctx: ServiceContext, entry: Pending, store: Callable[[ServiceContext], R]) -> R | None:
    """Store a kept entry with `store`, unless an earlier try of it is already stored; None: it was."""
    since = datetime.fromisoformat(entry.typed_at)
    if entry.kind == ENTRY:
        return append_once(ctx, entry.field.split(":", 1)[0], entry.record_id, since, store)
    if entry.kind == CONSENT:
        return append_once(ctx, "consent", entry.record_id, since, store)
    if entry.kind in (CLOSE, REOPEN) and isinstance(entry.value, dict):
        kind = StatusChange.CLOSED if entry.kind == CLOSE else StatusChange.REOPENED
        return None if _status_changed(ctx, entry.record_id, kind, since, _words(entry)) else store(ctx)
    if entry.kind == WITHDRAW and isinstance(entry.value, dict):
        return None if _withdrawn(ctx, entry.record_id, entry.value) else store(ctx)
    return store(ctx)


def _words(entry: Pending) -> str:
    """What the person wrote as the reason of a kept closing or reopening."""
    value = entry.value
    assert isinstance(value, dict)
    answers = value.get("answers") if entry.kind == CLOSE else value
    key = "closing_note" if entry.kind == CLOSE else "reopen_reason"
    return str(answers.get(key) or "") if isinstance(answers, dict) else ""


def _status_changed(ctx: ServiceContext, concern_id: int, kind: StatusChange, since: datetime,
                    words: str) -> bool:
    """True when the concern's newest event is this change, by this person, since the first try, and
    its recorded reason holds what the person wrote."""
    newest = ctx.session.scalars(select(ConcernEventRow).where(ConcernEventRow.concern_id == concern_id)
                                 .order_by(ConcernEventRow.id.desc()).limit(1)).first()
    return (newest is not None and newest.kind == kind and newest.by_id == ctx.actor.user_id
            and newest.at >= since and common.note(words).strip() in newest.reason)


def _withdrawn(ctx: ServiceContext, consent_id: int, value: dict[str, Any]) -> bool:
    """True when the consent is withdrawn on the kept day, and its note ends with the kept note."""
    row = ctx.session.get(ConsentRow, consent_id)
    note = str(value.get("note") or "").strip()
    return (row is not None and row.withdrawn_on is not None
            and row.withdrawn_on.isoformat() == value.get("on") and row.note.rstrip().endswith(note))

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
    if step in SHARED:
        table, owner = SHARED[step]
        shared = ctx.session.scalars(select(table.service_id).where(getattr(table, owner) == row.id))
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
