"""Marking a closed case as «overført til journal»: the summary is in the patient record, so from
then on the case is read-only in Barnearket (every write refuses it through `common.touch`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm.exc import StaleDataError

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.model import CaseStatus
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction

REFERENCE_LIMIT = 60


def transfer_case(ctx: ServiceContext, case_id: int, reference: str, *, on: date | None = None) -> None:
    """Record that the closed case is in the patient record under `reference` (date: today by default)."""
    row = common.writable(common.case_row(ctx, case_id))
    if row.status != CaseStatus.CLOSED:
        raise ValidationError("Avslutt saken før den merkes som overført til journal.")
    ref = common.line(reference, REFERENCE_LIMIT)
    if not ref.strip():
        raise ValidationError("Skriv journalreferansen (for eksempel dokumentnummeret i journalen).",
                              field="reference")
    day = common.day(ctx, on, "transferred_on")
    if row.closed_on is not None and day < row.closed_on:
        raise ValidationError("Datoen for overføringen kan ikke ligge før saken ble avsluttet.",
                              field="transferred_on")
    row.transferred_on, row.transfer_reference, row.transferred_by = day, ref, ctx.actor.user_id
    row.updated_at = ctx.clock.now()
    try:
        ctx.session.flush()
    except StaleDataError:  # the server's row security kept the row from changing
        raise AccessDeniedError(common.NOT_MY_UNIT, action=AuditAction.UPDATE.value, object_type="case",
                                object_id=case_id) from None
    common.log(ctx, AuditAction.UPDATE, "case", case_id,
               ["transfer_reference", "transferred_by", "transferred_on"])
