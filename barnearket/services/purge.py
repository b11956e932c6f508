"""Purging a case once it is closed and in the patient record: every row of its content goes, and one
audit row keeps only the case number, who and when. Refusals are AccessDeniedError, so whoever
runs the unit of work logs each one in a transaction of its own. After the commit, `clean_up` clears
what the store still holds of the case (`storage/purge.py`)."""

from __future__ import annotations

from sqlalchemy import delete

from barnearket.domain.errors import AccessDeniedError
from barnearket.domain.language import n_
from barnearket.domain.model import CaseStatus
from barnearket.domain.roles import Role
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.retention import Retention
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.purge import Scrubbed, scrub_store
from barnearket.storage.store import Store

NOT_ALLOWED = n_("Du har ikke rett til å slette saker. Be en administrator om hjelp.")
STILL_OPEN = n_("Saken er ikke avsluttet. Bare avsluttede saker som er overført til journal, kan slettes.")
NOT_TRANSFERRED = n_("Saken er ikke merket som overført til journal. Merk den som overført før den "
                      "slettes.")

__all__ = ["PurgeRefusedError", "Scrubbed", "check_purge", "clean_up", "may_purge", "number_field",
           "purge_case", "require_queue_reader"]


class PurgeRefusedError(AccessDeniedError):
    """The purge was refused; the message says why (role, open case, not transferred)."""

    def __init__(self, message: str, case_id: int | None) -> None:
        super().__init__(message, action=AuditAction.PURGE.value, object_type="case", object_id=case_id)


def may_purge(role: Role, rules: Retention) -> bool:
    """Administrators may purge; coordinators too when the municipality's rules say so."""
    return role is Role.ADMIN or (role is Role.KOORDINATOR and rules.coordinator_may_purge)


def check_purge(ctx: ServiceContext, case_id: int, rules: Retention) -> CaseRow:
    """The case row if it may be purged now by this actor; PurgeRefusedError with the reason if not."""
    if not may_purge(ctx.actor.role, rules):
        raise PurgeRefusedError(NOT_ALLOWED, case_id)
    row = common.case_row(ctx, case_id)
    if row.status != CaseStatus.CLOSED:
        raise PurgeRefusedError(STILL_OPEN, case_id)
    if row.transferred_on is None:
        raise PurgeRefusedError(NOT_TRANSFERRED, case_id)
    return row


def purge_case(ctx: ServiceContext, case_id: int, rules: Retention) -> str:
    """Delete the case and everything in it (the tables cascade); returns the case number.

    The caller commits, then has the file's free pages and write-ahead log cleared
    (`storage.purge.scrub`), so no trace is left in the file either.
    """
    row = check_purge(ctx, case_id, rules)
    number = row.number
    ctx.session.expunge_all()
    deleted = ctx.session.execute(delete(CaseRow).where(CaseRow.id == case_id))
    if getattr(deleted, "rowcount", 1) != 1:  # the server's row security kept the row
        raise PurgeRefusedError(common.NOT_MY_UNIT, case_id)
    common.log(ctx, AuditAction.PURGE, "case", case_id, [number_field(number)])
    return number


def number_field(number: str) -> str:
    """The case number as the audit log can hold it: «number.2026_0042» (a number names no one)."""
    return "number." + "".join(c if c.isalnum() else "_" for c in number.lower())


def require_queue_reader(ctx: ServiceContext) -> None:
    """Only coordinators and administrators see the queue «Klar for sletting» across units."""
    if not ctx.actor.role.sees_all_units:
        raise AccessDeniedError(
            "Bare barnekoordinator og administrator ser sakene som er klare for sletting.",
            action=AuditAction.VIEW.value, object_type="retention_queue")


def clean_up(store: Store) -> Scrubbed:
    """Once a purge has committed: rebuild the case file without the case's old pages and empty its
    log, or on the server VACUUM the case tables when the login may; says how far it got."""
    return scrub_store(store)
