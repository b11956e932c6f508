"""Closing a concern needs a reason and who closed it; reopening needs a reason too."""

from __future__ import annotations

from datetime import date

from barnearket.domain.errors import ValidationError
from barnearket.domain.model.concern import Concern
from barnearket.domain.rules.notes import Note, info


def check_close(concern: Concern, *, reason: str, by: int | None, on: date, today: date) -> None:
    """Raise unless the open concern can be closed with this reason, person and date."""
    if not concern.is_open:
        raise ValidationError("Bekymringen er allerede avsluttet.")
    _check_reason(reason, "Skriv hvorfor bekymringen avsluttes.")
    if by is None:
        raise ValidationError("Det må gå fram hvem som avslutter bekymringen.", field="by")
    _check_date(concern, on, today)


def check_reopen(concern: Concern, *, reason: str, on: date, today: date) -> None:
    """Raise unless the closed concern can be reopened with this reason and date."""
    if concern.is_open:
        raise ValidationError("Bekymringen er ikke avsluttet.")
    _check_reason(reason, "Skriv hvorfor bekymringen åpnes igjen.")
    _check_date(concern, on, today)


def closing_notes(concern: Concern) -> list[Note]:
    """Reminders when closing (never blocking): no decision yet, or actions never evaluated."""
    notes: list[Note] = []
    if concern.decision is None:
        notes.append(info("no_decision", "Det er ikke registrert noen beslutning."))
    if any(a.status.active and not a.evaluations for a in concern.actions):
        notes.append(info("not_evaluated", "Minst ett tiltak er ikke evaluert."))
    return notes


def _check_reason(reason: str, message: str) -> None:
    if not reason.strip():
        raise ValidationError(message, field="reason")


def _check_date(concern: Concern, on: date, today: date) -> None:
    if on > today:
        raise ValidationError("Datoen kan ikke ligge fram i tid.", field="on")
    if on < concern.arose_on:
        raise ValidationError("Datoen kan ikke ligge før bekymringen oppsto.", field="on")
