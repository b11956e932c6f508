"""Correcting a step entry or an action: the step's own form, filled with what is stored, in a dialog."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QComboBox, QFormLayout, QLineEdit, QPushButton, QTableView, QWidget

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.forms import Question
from barnearket.domain.model import (
    Action,
    ActionStatus,
    ConsultationWith,
    DecisionOutcome,
    JsonValue,
)
from barnearket.domain.rules.entries import entry_answers
from barnearket.services import corrections
from barnearket.services.context import ServiceContext
from barnearket.services.keptwork import CORRECTION, Pending
from barnearket.ui.concern.adapters import CONTEXT, day, own, text
from barnearket.ui.concern.formbox import FormBox
from barnearket.ui.concern.records import RECORD_ROLE
from barnearket.ui.conflict.fieldsdialog import FieldConflictDialog
from barnearket.ui.edit.child import service_items
from barnearket.ui.edit.common import EditDialog, choice_box, hint, select_data
from barnearket.ui.edit.entryconflict import SERVICE_KEY, EntryMerge
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.widgets import add_row, qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

Answers = Mapping[str, JsonValue]
BASE_KEY = "_row_version"
"""The entry's version the correction is based on (`storage/versions.py`), passed with the answers."""
MAIN_TEXT = {"evaluation": ("evaluation", "text"), "concretise": ("observation", "text"),
             "share": ("summary", "summary"), "conversation": ("shared", "shared"),
             "decision": ("decision_note", "note"), "follow_up": ("action", "measure")}
"""Each step's main free text: its question in the form and its column (the text a correction leaves
its dated note under)."""


def answers_of(record: object) -> dict[str, JsonValue]:
    """The stored entry as the answers of its step's form (the domain reads it the same way)."""
    return entry_answers(record)


def _observation(sctx: ServiceContext, entry_id: int, a: Answers, why: str) -> object:
    return corrections.correct_observation(sctx, entry_id, text(a, "observation"),
                                           observed_on=day(a, "observed_on"),
                                           worried_since=text(a, "worried_since"),
                                           earlier_concerns=text(a, "earlier_concerns"), reason=why,
                                           form_answers=_own("concretise", a), base=_base(a))


def _consultation(sctx: ServiceContext, entry_id: int, a: Answers, why: str) -> object:
    anonymous = a.get("anonymous") == "ja"
    return corrections.correct_consultation(
        sctx, entry_id, with_whom=ConsultationWith(text(a, "consulted_with")), held_on=day(a, "consulted_on"),
        anonymous=anonymous, counterpart="" if anonymous else text(a, "counterpart"),
        summary=text(a, "summary"), reason=why, form_answers=_own("share", a), base=_base(a))


def _conversation(sctx: ServiceContext, entry_id: int, a: Answers, why: str) -> object:
    return corrections.correct_parent_conversation(
        sctx, entry_id, held_on=day(a, "conversation_on"), participants=text(a, "participants"),
        shared=text(a, "shared"), response=text(a, "response"), agreed=text(a, "agreed"),
        held=a.get("held") != "nei", not_held_reason=text(a, "not_held_reason"), reason=why,
        form_answers=_own("conversation", a), base=_base(a))


def _decision(sctx: ServiceContext, entry_id: int, a: Answers, why: str) -> object:
    recipients = a.get("recipients")
    return corrections.correct_decision(
        sctx, entry_id, DecisionOutcome(text(a, "outcome")), decided_on=day(a, "decided_on"),
        anchored_with=text(a, "anchored_with"), note=text(a, "decision_note"),
        recipients=[str(r) for r in recipients] if isinstance(recipients, list) else [], reason=why,
        form_answers=_own("decision", a), base=_base(a))


def _action(sctx: ServiceContext, entry_id: int, a: Answers, why: str) -> object:
    status = text(a, "action_status") or ActionStatus.PLANNED.value
    return corrections.update_action(
        sctx, entry_id, text(a, "action"), responsible=text(a, "responsible"), deadline=day(a, "deadline"),
        evaluate_on=day(a, "evaluate_on"), status=ActionStatus(status),
        service_id=text(a, SERVICE_KEY) or None, reason=why, base=_base(a))


def _own(step_id: str, a: Answers) -> dict[str, JsonValue]:
    """The answers to the step's added questions (the dialog's own keys, such as the base, left out)."""
    return own(step_id, {k: v for k, v in a.items() if k not in (SERVICE_KEY, BASE_KEY)})


def _base(a: Answers) -> int | None:
    value = a.get(BASE_KEY)
    return value if isinstance(value, int) else None


def replay(sctx: ServiceContext, entry: Pending) -> object:
    """Store a correction kept while the server was away, on the version it was typed on."""
    value = entry.value
    assert isinstance(value, dict) and isinstance(value["answers"], dict)
    answers = {**value["answers"], BASE_KEY: entry.base}
    return CORRECT[entry.field](sctx, entry.record_id, answers, str(value.get("reason") or ""))


def kept_text(entry: Pending) -> JsonValue:
    """The kept correction's main free text (what the conflict dialog sets beside the stored one)."""
    value = entry.value
    answers = value.get("answers") if isinstance(value, dict) else None
    return answers.get(MAIN_TEXT[entry.field][0]) if isinstance(answers, dict) else None


def with_text(entry: Pending, chosen: JsonValue) -> JsonValue:
    """The kept correction with its main free text as the person chose it in the conflict dialog."""
    value = entry.value
    assert isinstance(value, dict) and isinstance(value["answers"], dict)
    return {**value, "answers": {**value["answers"], MAIN_TEXT[entry.field][0]: chosen}}


def _evaluation(sctx: ServiceContext, entry_id: int, a: Answers, why: str) -> object:
    return corrections.correct_evaluation(sctx, entry_id, text(a, "evaluation"),
                                          evaluated_on=day(a, "evaluated_on"), reason=why, base=_base(a))


CORRECT: dict[str, Callable[[ServiceContext, int, Answers, str], object]] = {
    "evaluation": _evaluation,
    "concretise": _observation, "share": _consultation, "conversation": _conversation,
    "decision": _decision, "follow_up": _action,
}


class CorrectionDialog(EditDialog):
    """The step's form with the stored values; "Lagre" stores the correction.

    Attributes:
        box: the FormBox holding the form.
    """

    def __init__(self, ctx: UiContext, step_id: str, questions: Sequence[Question], record: object,
                 parent: QWidget | None = None) -> None:
        title = (qtr("CorrectionDialog", "Endre tiltaket") if step_id == "follow_up"
                 else qtr("CorrectionDialog", "Rett oppføringen"))
        super().__init__(title, parent)
        self.setObjectName(f"correct_{step_id}_dialog")
        self.column.addWidget(hint(qtr(
            "CorrectionDialog", "Det som sto der før, blir stående i en datert merknad nederst i teksten, "
                                "med hvem som rettet og hvorfor. Påkrevde spørsmål må fortsatt ha "
                                "svar."), self))
        self.service: QComboBox | None = None
        self.box = FormBox(ctx, questions, title="", button_text="", submit=self._store,
                           context=CONTEXT.get(step_id), parent=self)
        self._step = step_id
        self._ctx = ctx
        self._base: int | None = getattr(record, "row_version", 0) or None
        self._conflict: EditConflictError | None = None
        self.conflict_dialog: FieldConflictDialog | None = None
        self.box.button.hide()
        self.box.target_id = int(getattr(record, "id"))  # noqa: B009 - every entry has an id
        self.box.form.set_answers(answers_of(record))
        self.box.done.connect(lambda _: self.accept())
        self.box.keeps = self._kept
        self.box.retry_with = self.save
        self.column.addWidget(self.box, 1)
        if isinstance(record, Action):
            self._add_service(ctx, record)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("correction_reason")
        self.reason.setMaxLength(500)
        why = QFormLayout()
        add_row(why, qtr("CorrectionDialog", "&Hvorfor rettes det?"), self.reason)
        self.column.addLayout(why)
        self._merge = EntryMerge(self.box.form, self.service, MAIN_TEXT[step_id][0])
        self.finish_layout()
        fit_to_screen(self, 640, 620)

    def _add_service(self, ctx: UiContext, action: Action) -> None:
        self.service = choice_box([("", qtr("CorrectionDialog", "Ingen bestemt tjeneste")),
                                   *service_items(ctx.forms)], self)
        self.service.setObjectName("action_service")
        select_data(self.service, action.service_id or "")
        form = QFormLayout()
        add_row(form, qtr("CorrectionDialog", "&Tjeneste som har tiltaket:"), self.service)
        self.column.addLayout(form)

    def _store(self, sctx: ServiceContext, entry_id: int, answers: Answers) -> object:
        extra: dict[str, JsonValue] = {}
        if self.service is not None:
            extra[SERVICE_KEY] = self.service.currentData()
        if self._base is not None:
            extra[BASE_KEY] = self._base
        try:
            return CORRECT[self._step](sctx, entry_id, {**answers, **extra}, self.reason.text())
        except EditConflictError as conflict:
            self._conflict = conflict
            raise

    def _kept(self, entry_id: int, answers: Answers) -> Pending:
        """The correction as the local journal keeps it while the server is away (on its version)."""
        extra = {SERVICE_KEY: self.service.currentData()} if self.service is not None else {}
        value: dict[str, JsonValue] = {"answers": {**answers, **extra}, "reason": self.reason.text()}
        return Pending.typed(CORRECTION, entry_id, self._step, None, value, self._base)

    def save(self) -> None:
        """Store through the FormBox (it names missing answers and refusals itself). A correction based
        on a version someone else has replaced is merged with it field by field; a field both changed
        is shown side by side and the person chooses."""
        self._conflict = None
        self.box.submit()
        if self._conflict is not None:
            dialog = self._merge.ask(self, self._ctx, self._conflict, done=self._resolved)
            self.conflict_dialog = dialog or self.conflict_dialog

    def _resolved(self, store: bool, base: int) -> None:
        """Store what is left of the person's own on the newer version, or close when nothing is (the
        stored entry stands as it is)."""
        self._base = base
        if store:
            self.save()
        else:
            self.reject()


class CorrectButton(QPushButton):
    """Opens the correction dialog for the entry chosen in a table (Enter on a row does the same).

    Signals:
        corrected(): a correction was stored.
    """

    corrected = Signal()

    def __init__(self, ctx: UiContext, step_id: str, questions: Sequence[Question], table: QTableView,
                 text_: str, parent: QWidget | None = None) -> None:
        super().__init__(text_, parent)
        self.setObjectName(f"correct_{step_id}")
        self._ctx, self._step, self._questions, self._table = ctx, step_id, list(questions), table
        self.clicked.connect(lambda _=False: self.open_dialog())
        table.activated.connect(self.open_dialog)

    def open_dialog(self, index: QModelIndex | None = None) -> CorrectionDialog | None:
        """The dialog for the chosen row (None if no row is chosen or the button is off)."""
        if not self.isEnabled():
            return None
        if index is None or not index.isValid():
            rows = self._table.selectionModel().selectedRows()
            index = rows[0] if rows else None
        record = index.siblingAtColumn(0).data(RECORD_ROLE) if index is not None else None
        if record is None:
            return None
        dialog = CorrectionDialog(self._ctx, self._step, self._questions, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.corrected)
        dialog.open()
        return dialog


def attach(box: FormBox, button: CorrectButton) -> None:
    """Put the button beside the form's own store button."""
    column = box.layout()
    assert isinstance(column, QBoxLayout)
    item = column.itemAt(column.count() - 1)
    row = item.layout() if item is not None else None
    assert isinstance(row, QBoxLayout)
    row.insertWidget(0, button)
