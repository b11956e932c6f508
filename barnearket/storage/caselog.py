"""Every audit row about one case and its parts, on either store (for the family's innsyn).

In a case file everyone who may open the case reads the whole log. On the server row-level security
shows a saksbehandler only her own rows, so the rows come through `barnearket_case_log`, which checks
that the caller may see the case (`storage/server/caselog.py`).
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from barnearket.storage.orm.audit import AuditEntry


def case_log(session: Session, case_id: int, objects: Mapping[str, Set[int]]) -> list[AuditEntry]:
    """The rows whose (object type, id) is one of `objects`, oldest first; on the server the case's
    own parts as the server finds them (the same as `objects` for a case the caller can load)."""
    if session.get_bind().dialect.name == "postgresql":
        rows = select(AuditEntry).from_statement(text("SELECT * FROM barnearket_case_log(:case_id)"))
        return list(session.scalars(rows, {"case_id": case_id}))
    matches = [and_(AuditEntry.object_type == kind, AuditEntry.object_id.in_(sorted(ids)))
               for kind, ids in objects.items() if ids]
    return list(session.scalars(select(AuditEntry).where(or_(*matches)).order_by(AuditEntry.seq)))
