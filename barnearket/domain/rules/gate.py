"""The gate question ("does the user have children under 18?") and when a case counts as complete."""

from __future__ import annotations

from datetime import date

from barnearket.domain.errors import ValidationError
from barnearket.domain.language import n_, t
from barnearket.domain.model.case import Case
from barnearket.domain.model.enums import CaseStatus, GateAnswer
from barnearket.domain.model.sheet import Sheet
from barnearket.domain.rules.notes import Note, warning

GATE_MISSING = n_("Spørsmålet om brukeren har barn under 18 år er ikke besvart ennå.")


def gate_answered(case: Case) -> bool:
    """True once any answer to the gate question is recorded (also "ukjent")."""
    return case.gate is not None


def require_gate(case: Case) -> None:
    """Raise unless the gate question has been answered."""
    if not gate_answered(case):
        raise ValidationError(GATE_MISSING, field="gate")


def check_gate_date(asked_on: date, today: date) -> None:
    """Raise when the gate question is dated in the future."""
    if asked_on > today:
        raise ValidationError("Datoen for spørsmålet kan ikke ligge fram i tid.", field="asked_on")


def require_sheet_completable(case: Case, sheet: Sheet) -> None:
    """Raise unless the sheet is a draft of this case and the gate question is answered."""
    if sheet.is_completed:
        raise ValidationError("Samtalen er allerede fullført og kan ikke endres.")
    require_gate(case)


def case_completeness(case: Case) -> list[Note]:
    """What is still missing before the case counts as complete (empty when complete)."""
    if case.gate is None:
        return [warning("gate_missing", t(GATE_MISSING))]
    notes: list[Note] = []
    has_children = GateAnswer.JA in (case.gate.answer, case.gate.siblings)
    if has_children and not case.children:
        notes.append(warning("no_children", t("Brukeren har barn, men ingen barn er registrert.")))
    if has_children and case.latest_sheet() is None:
        notes.append(warning("no_sheet", t("Ingen Barnearket-samtale er fullført for saken.")))
    return notes


def is_case_complete(case: Case) -> bool:
    """True when the gate is answered and, if there are children, they and a sheet are recorded."""
    return not case_completeness(case)


def check_case_close(case: Case, open_concerns: int) -> None:
    """Raise unless the case can be closed: gate answered and no concern still open."""
    if case.status is CaseStatus.CLOSED:
        raise ValidationError("Saken er allerede avsluttet.")
    require_gate(case)
    if open_concerns:
        raise ValidationError("Saken har bekymringer som ikke er avsluttet.")
