"""A step entry or action as it is stored now, read after a refused correction, so the correction
dialog can compare every field of it with what the person typed (not only the main text)."""

from __future__ import annotations

from typing import Any

from barnearket.domain.model import Concern
from barnearket.services.context import ServiceContext
from barnearket.storage.mapping import load_concerns
from barnearket.storage.orm.actions import ActionRow, EvaluationRow
from barnearket.storage.orm.steps import ConsultationRow, DecisionRow, ObservationRow, ParentConversationRow

ENTRY_TABLES: dict[str, tuple[Any, str]] = {"observations": (ObservationRow, "observations"),
                "consultations": (ConsultationRow, "consultations"),
                "parent_conversations": (ParentConversationRow, "conversations"),
                "decisions": (DecisionRow, "decisions"), "actions": (ActionRow, "actions")}
"""Each entry table: its row, and the concern's tuple of entries holding it."""


def stored_entry(ctx: ServiceContext, table: str, row_id: int) -> object | None:
    """The entry (an Observation, Decision, Action, Evaluation...) as stored now; None when it is
    gone or the table holds no step entry."""
    if table == "evaluations":
        evaluation = ctx.session.get(EvaluationRow, row_id)
        action = ctx.session.get(ActionRow, evaluation.action_id) if evaluation is not None else None
        concern = _concern(ctx, action.concern_id) if action is not None else None
        found = [e for a in (concern.actions if concern else ()) for e in a.evaluations if e.id == row_id]
        return found[0] if found else None
    if table not in ENTRY_TABLES:
        return None
    model, attribute = ENTRY_TABLES[table]
    row = ctx.session.get(model, row_id)
    concern = _concern(ctx, row.concern_id) if row is not None else None
    if concern is None:
        return None
    return next((e for e in getattr(concern, attribute) if e.id == row_id), None)


def _concern(ctx: ServiceContext, concern_id: int) -> Concern | None:
    found = load_concerns(ctx.session, [concern_id])
    return found[0] if found else None
