"""Audit rows for exported and imported cases: one per case, ids and field names only."""

from __future__ import annotations

from collections.abc import Sequence

from barnearket.services.context import ServiceContext
from barnearket.storage import audit
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.audit import AuditHead


def log_each(ctx: ServiceContext, action: AuditAction, case_ids: Sequence[int],
             fields: Sequence[Sequence[str]] | None = None) -> None:
    """One audit row per case. The chain's head row is held meanwhile, so it is read only once."""
    head = ctx.session.get(AuditHead, 1)
    audit.record_each(ctx.session, actor_id=ctx.actor.user_id, action=action, object_type="case",
                      object_ids=case_ids, fields=fields, at=ctx.clock.now())
    del head
