"""Builds the page for each of the seven steps (and consents), all from the step definitions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from barnearket.domain.forms import StepGuide
from barnearket.domain.model import Case, Concern
from barnearket.ui.concern import adapters, columns
from barnearket.ui.concern.actionspage import ActionsPage
from barnearket.ui.concern.closure import ClosurePage
from barnearket.ui.concern.consents import ConsentsPage
from barnearket.ui.concern.entries import EntryPage
from barnearket.ui.concern.first import ArosePage
from barnearket.ui.concern.formbox import Submit
from barnearket.ui.concern.levels import Scales
from barnearket.ui.concern.records import Column
from barnearket.ui.context import UiContext
from barnearket.ui.edit.entries import CorrectButton, attach

_ADD_TEXT = {
    "concretise": QT_TRANSLATE_NOOP("ConcernSteps", "Legg til observasjon"),
    "share": QT_TRANSLATE_NOOP("ConcernSteps", "Legg til drøfting"),
    "conversation": QT_TRANSLATE_NOOP("ConcernSteps", "Legg til samtalen"),
    "decision": QT_TRANSLATE_NOOP("ConcernSteps", "Registrer beslutningen"),
}


def entry_page(ctx: UiContext, guide: StepGuide, step_id: str, parent: QWidget) -> EntryPage:
    """A table of the step's entries and a form rendered from the step's stored questions."""
    step = guide.step(step_id)
    added = [q for q in step.questions if q.id not in adapters.STORED[step_id]]
    kept = list(step.questions)
    table_columns: dict[str, list[Column]] = {
        "concretise": columns.observation_columns(),
        "share": columns.consultation_columns(),
        "conversation": columns.conversation_columns(),
        "decision": columns.decision_columns(ctx.library),
    }
    submit: dict[str, Submit] = {
        "concretise": adapters.observation,
        "share": adapters.consultation,
        "conversation": adapters.conversation,
        "decision": adapters.decision,
    }
    add_text = QCoreApplication.translate("ConcernSteps", str(_ADD_TEXT[step_id]))
    page = EntryPage(
        ctx,
        title=step.label,
        questions=kept,
        columns=table_columns[step_id] + columns.added_columns(ctx.library, added),
        submit=submit[step_id],
        add_text=add_text,
        context=adapters.CONTEXT.get(step_id),
        parent=parent,
        step_id=step_id,
    )
    page.correct = CorrectButton(ctx, step_id, kept, page.table,
                                 QCoreApplication.translate("ConcernSteps", "Rett valgt …"), page.box)
    page.correct.corrected.connect(page.changed)
    attach(page.box, page.correct)
    return page


class StepPages:
    """The eight pages of the concern view: step 1 to 7, then consents."""

    def __init__(self, ctx: UiContext, guide: StepGuide, parent: QWidget) -> None:
        self.arose = ArosePage(ctx, guide, Scales(ctx.library), parent)
        self.observations = entry_page(ctx, guide, "concretise", parent)
        self.consultations = entry_page(ctx, guide, "share", parent)
        self.conversations = entry_page(ctx, guide, "conversation", parent)
        self.decisions = entry_page(ctx, guide, "decision", parent)
        self.actions = ActionsPage(ctx, guide, parent)
        self.closure = ClosurePage(ctx, guide, parent)
        self.consents = ConsentsPage(ctx, parent)

    def all(self) -> list[QWidget]:
        """In path order (step 1 first), consents last."""
        return [
            self.arose,
            self.observations,
            self.consultations,
            self.conversations,
            self.decisions,
            self.actions,
            self.closure,
            self.consents,
        ]

    def show(self, case: Case, concern: Concern) -> None:
        """Fill every page with the concern's entries."""
        is_open = concern.is_open
        self.arose.set_concern(concern)
        self.observations.set_records(concern.id, concern.observations, open_concern=is_open)
        self.consultations.set_records(concern.id, concern.consultations, open_concern=is_open)
        self.conversations.set_records(concern.id, concern.conversations, open_concern=is_open)
        self.decisions.set_records(concern.id, concern.decisions, open_concern=is_open)
        self.actions.set_concern(concern)
        self.closure.set_concern(concern)
        self.consents.set_case(case, concern.child_id)
