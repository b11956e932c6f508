"""A case: one parent in one unit, the gate answer, and everything recorded about the children."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from barnearket.domain.model.concern import Concern
from barnearket.domain.model.consent import Consent
from barnearket.domain.model.enums import CaseStatus, GateAnswer, TreatmentPhase
from barnearket.domain.model.people import Child, Parent
from barnearket.domain.model.sheet import Sheet


@dataclass(frozen=True)
class Gate:
    """The recorded answer to the gate question, with the siblings answer, date and who asked."""

    answer: GateAnswer
    asked_on: date
    asked_by: int
    siblings: GateAnswer | None = None


@dataclass(frozen=True)
class Case:
    """One case with all its parts, as loaded for viewing, documents and rules."""

    id: int
    number: str
    unit_id: int
    responsible_id: int | None
    parent: Parent
    status: CaseStatus
    created_at: datetime
    treatment_phase: TreatmentPhase = TreatmentPhase.NONE
    categories: frozenset[str] = frozenset()
    gate: Gate | None = None
    children: tuple[Child, ...] = ()
    sheets: tuple[Sheet, ...] = ()
    concerns: tuple[Concern, ...] = ()
    consents: tuple[Consent, ...] = ()
    closed_on: date | None = None
    closed_by: int | None = None
    transferred_on: date | None = None
    transfer_reference: str | None = None
    row_version: int = field(default=0, compare=False)
    """The stored version an edit of it is based on; not part of equality."""

    @property
    def is_transferred(self) -> bool:
        """True once the case is marked «overført til journal»: from then on it is read-only."""
        return self.transferred_on is not None

    def child(self, child_id: int) -> Child | None:
        """The child with this id, if it belongs to the case."""
        return next((c for c in self.children if c.id == child_id), None)

    def latest_sheet(self, *, completed_only: bool = True) -> Sheet | None:
        """The newest conversation (by version), by default only among completed ones."""
        sheets = [s for s in self.sheets if s.is_completed or not completed_only]
        return max(sheets, key=lambda s: s.version, default=None)
