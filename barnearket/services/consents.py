"""Use cases for consents: record one given or refused, withdraw one, and check sharing with services."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import Consent, ConsentForm, ConsentGiver
from barnearket.domain.model.enums import ConsentAnswer
from barnearket.domain.rules.consent import check_consent, sharing_warnings
from barnearket.domain.rules.notes import Note
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.settings import load_rules
from barnearket.storage.audit import AuditAction
from barnearket.storage.mapping import load_child, load_consents
from barnearket.storage.orm.consents import ConsentRecipientRow, ConsentRow


def record_consent(ctx: ServiceContext, case_id: int, *, given_by: ConsentGiver, purpose: str,
                   recipients: Iterable[str], form: ConsentForm, given_on: date | None = None,
                   child_id: int | None = None, expires_on: date | None = None, note: str = "",
                   answer: ConsentAnswer = ConsentAnswer.GIVEN) -> int:
    """Record a consent given or refused on `given_on`; a child answers for itself only from the
    configured age (15). A refusal is kept like a consent and only ever warns."""
    common.case_row(ctx, case_id)
    child = load_child(ctx.session, child_id) if child_id is not None else None
    if child is not None and child.case_id != case_id:
        raise ValidationError("Barnet hører ikke til denne saken.", field="child_id")
    consent = Consent(
        id=0, case_id=case_id, given_by=given_by, purpose=common.line(purpose),
        recipients=common.ids(recipients, "recipients"), form=form,
        given_on=ctx.clock.today() if given_on is None else given_on, child_id=child_id,
        expires_on=expires_on, note=common.note(note), answer=answer,
    )
    check_consent(consent, child, ctx.clock.today(), load_rules(ctx.session, ctx.forms))
    row = ConsentRow(
        case_id=case_id, child_id=child_id, given_by=str(given_by), answer=str(answer),
        purpose=consent.purpose,
        form=str(form), given_on=consent.given_on, expires_on=expires_on, note=consent.note,
        created_at=ctx.clock.now(), created_by=ctx.actor.user_id,
    )
    ctx.session.add(row)
    ctx.session.flush()
    ctx.session.add_all(ConsentRecipientRow(consent_id=row.id, service_id=s)
                        for s in sorted(consent.recipients))
    common.touch(ctx, case_id)
    common.log(ctx, AuditAction.CREATE, "consent", row.id,
               ["answer", "given_by", "child_id", "purpose", "recipients", "form", "given_on",
                "expires_on", "note"])
    return row.id


def withdraw_consent(ctx: ServiceContext, consent_id: int, *, on: date | None = None,
                     note: str = "") -> None:
    """Record that the consent was withdrawn on a date (it stays in the history); `note` is added
    to the consent's note (e.g. who said so, and to whom)."""
    row = common.get(ctx, ConsentRow, consent_id, "Fant ikke samtykket.")
    common.case_row(ctx, row.case_id)
    if row.answer == ConsentAnswer.REFUSED:
        raise ValidationError("Et nektet samtykke kan ikke trekkes tilbake.")
    if row.withdrawn_on is not None:
        raise ValidationError("Samtykket er allerede trukket tilbake.")
    day = common.day(ctx, on, "withdrawn_on")
    if day < row.given_on:
        raise ValidationError("Et samtykke kan ikke trekkes før det ble gitt.", field="withdrawn_on")
    row.withdrawn_on = day
    fields = ["withdrawn_on"]
    if note.strip():
        row.note = common.note(f"{row.note}\n{note}" if row.note.strip() else note)
        fields.append("note")
    common.touch(ctx, row.case_id)
    common.log(ctx, AuditAction.UPDATE, "consent", consent_id, fields)


def check_sharing(ctx: ServiceContext, case_id: int, recipients: Iterable[str], *,
                  child_id: int | None = None, on: date | None = None) -> list[Note]:
    """Warnings (never errors) for each recipient no valid consent covers on the day."""
    common.case_row(ctx, case_id)
    child = load_child(ctx.session, child_id) if child_id is not None else None
    day = ctx.clock.today() if on is None else on
    return sharing_warnings(common.ids(recipients, "recipients"), load_consents(ctx.session, case_id),
                            child, day, load_rules(ctx.session, ctx.forms))
