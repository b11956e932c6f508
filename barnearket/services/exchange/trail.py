"""Audit rows for exported and imported cases: one per case, ids and field names only."""

from __future__ import annotations

from collections.abc import Sequence

from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.audit import AuditHead


def log_each(ctx: ServiceContext, action: AuditAction, case_ids: Sequence[int],
             fields: Sequence[Sequence[str]] | None = None) -> None:
    """One audit row per case. The chain's head row is held meanwhile, so it is read only once."""
    head = ctx.session.get(AuditHead, 1)
    for n, case_id in enumerate(case_ids):
        common.log(ctx, action, "case", case_id, fields[n] if fields else ())
    del head
