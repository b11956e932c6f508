"""The columns of the case queues: unanswered gate questions, needs without a plan, pregnancy plans."""

from __future__ import annotations

from barnearket.services.overview.pregnancy import PlanRow
from barnearket.services.overview.queues import GateRow, NeedRow
from barnearket.ui.coordinator.columns import age_text, date_cell, name_key, sized, tr
from barnearket.ui.coordinator.records import Column


def gate_columns() -> list[Column[GateRow]]:
    """Open cases whose gate question is unanswered."""
    return sized([
        Column("case", tr("Sak"), lambda r: r.case_number, lambda r: r.case_number),
        Column("unit", tr("Enhet"), lambda r: r.unit_name, lambda r: name_key(r.unit_name)),
        Column("responsible", tr("Ansvarlig"), lambda r: r.responsible_name,
               lambda r: name_key(r.responsible_name)),
        Column("created", tr("Saken opprettet"), lambda r: date_cell(r.created_at.date()),
               lambda r: r.created_at),
        Column("days", tr("Dager uten svar"), lambda r: str(r.days_waiting), lambda r: r.days_waiting,
               tip=tr("Dager siden saken ble opprettet")),
    ])


def need_columns() -> list[Column[NeedRow]]:
    """Children with a need for information or follow-up but no plan."""
    def missing(r: NeedRow) -> str:
        parts = [tr("informasjon")] * r.information + [tr("oppfølging")] * r.follow_up
        return tr(" og ").join(parts)

    return sized([
        Column("case", tr("Sak"), lambda r: r.case_number, lambda r: r.case_number),
        Column("age", tr("Alder"), lambda r: age_text(r.child_age, False),
               lambda r: -1 if r.child_age is None else r.child_age, centred=True),
        Column("unit", tr("Enhet"), lambda r: r.unit_name, lambda r: name_key(r.unit_name)),
        Column("responsible", tr("Ansvarlig"), lambda r: r.responsible_name,
               lambda r: name_key(r.responsible_name)),
        Column("held", tr("Samtale"), lambda r: date_cell(r.sheet_held_on), lambda r: r.sheet_held_on),
        Column("missing", tr("Mangler plan for"), missing, missing),
    ])


def plan_columns() -> list[Column[PlanRow]]:
    """Unborn children whose plan is due soon or late."""
    def state(r: PlanRow) -> str:
        return tr("forsinket") if r.late else tr("snart")

    return sized([
        Column("case", tr("Sak"), lambda r: r.case_number, lambda r: r.case_number),
        Column("unit", tr("Enhet"), lambda r: r.unit_name, lambda r: name_key(r.unit_name)),
        Column("responsible", tr("Ansvarlig"), lambda r: r.responsible_name,
               lambda r: name_key(r.responsible_name)),
        Column("due", tr("Termin"), lambda r: date_cell(r.due_date), lambda r: r.due_date),
        Column("plan_due", tr("Plan senest"), lambda r: date_cell(r.plan_due), lambda r: r.plan_due),
        Column("state", tr("Plan"), state, state),
    ])
