"""The domain model: plain frozen dataclasses for cases, children, sheets and concerns."""

from __future__ import annotations

from barnearket.domain.model.actions import Action, Evaluation
from barnearket.domain.model.case import Case, Gate
from barnearket.domain.model.concern import Concern
from barnearket.domain.model.consent import Consent
from barnearket.domain.model.enums import (
    ActionStatus,
    CaseStatus,
    ConcernStatus,
    ConsentForm,
    ConsentGiver,
    ConsultationWith,
    DecisionOutcome,
    GateAnswer,
    Relation,
    ReportChannel,
    ReportRecipient,
    ReportSection,
    ReportStatus,
    Residence,
    Scale,
    SheetStatus,
    StatusChange,
    Step,
    TreatmentPhase,
)
from barnearket.domain.model.labels import label
from barnearket.domain.model.people import Child, ChildDetails, Parent
from barnearket.domain.model.report import Report, ReportContent
from barnearket.domain.model.sheet import Answer, JsonValue, Sheet
from barnearket.domain.model.steps import (
    Consultation,
    Decision,
    FormAnswers,
    LevelChange,
    Observation,
    ParentConversation,
    StatusEvent,
)

__all__ = [
    "Action", "ActionStatus", "Answer", "Case", "CaseStatus", "Child", "ChildDetails",
    "Concern", "ConcernStatus", "Consent", "ConsentForm", "ConsentGiver", "Consultation",
    "ConsultationWith", "Decision", "DecisionOutcome", "Evaluation", "FormAnswers", "Gate",
    "GateAnswer", "JsonValue", "LevelChange", "Observation", "Parent", "ParentConversation", "Relation",
    "Report", "ReportChannel", "ReportContent", "ReportRecipient", "ReportSection",
    "ReportStatus", "Residence", "Scale", "Sheet", "SheetStatus", "StatusChange", "StatusEvent",
    "Step", "TreatmentPhase", "label",
]
