"""Correcting a free-text answer of a completed conversation: the sheet stays locked otherwise, and
the answer keeps a note of what it said before, who corrected it, when and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.forms import FormError, QuestionType
from barnearket.domain.forms import Sheet as SheetForm
from barnearket.domain.model import Case
from barnearket.domain.model import Sheet as SheetRecord
from barnearket.services.answer_corrections import correct_answer, split_trail
from barnearket.storage.errors import CaseFileError
from barnearket.ui.edit.common import EditDialog, hint
from barnearket.ui.widgets import add_row, qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

FREE_TEXT = (QuestionType.TEXT, QuestionType.LONG_TEXT)


Found = list[tuple[str, str, int | None, str]]


def free_text_answers(ctx: UiContext, case: Case, sheet: SheetRecord) -> Found:
    """(caption, question id, child id, stored text) of every free-text answer of the sheet."""
    try:
        form = ctx.library.get_as(sheet.form_id, sheet.form_version, SheetForm)
    except (FormError, KeyError, TypeError):
        return []
    names = {c.id: c.name for c in case.children}
    found: Found = []
    for answer in sheet.answers:
        try:
            question = form.question(answer.question_id)
        except KeyError:
            continue
        if question.type in FREE_TEXT and isinstance(answer.value, str) and answer.value.strip():
            about = names.get(answer.child_id) if answer.child_id is not None else None
            caption = f"{about}: {question.label}" if about else question.label
            found.append((caption, answer.question_id, answer.child_id, answer.value))
    return found


class AnswerCorrectionDialog(EditDialog):
    """Which answer, what it says now, the right text, and why.

    Attributes:
        answer, current, text, reason: the fields (tests drive them).
    """

    def __init__(self, ctx: UiContext, case: Case, sheet: SheetRecord, parent: QWidget | None = None) -> None:
        title = qtr("AnswerCorrection", "Rett et svar i samtale %1").replace("%1", str(sheet.version))
        super().__init__(title, parent)
        self.setObjectName("answerCorrectionDialog")
        self._ctx, self._sheet = ctx, sheet
        self._answers = free_text_answers(ctx, case, sheet)
        self.column.addWidget(hint(qtr(
            "AnswerCorrection", "En fullført samtale endres ikke, men et fritekstsvar kan rettes. Det som "
            "stod før, blir stående under svaret med dato, hvem som rettet og hvorfor."), self))
        form = QFormLayout()
        self.answer = QComboBox(self)
        self.answer.setObjectName("correction_answer")
        for caption, question_id, child_id, _ in self._answers:
            self.answer.addItem(caption, (question_id, child_id))
        add_row(form, qtr("AnswerCorrection", "&Svar:"), self.answer)
        self.current = QPlainTextEdit(self)
        self.current.setReadOnly(True)
        self.current.setTabChangesFocus(True)
        add_row(form, qtr("AnswerCorrection", "Står &nå:"), self.current)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("correction_text")
        self.text.setTabChangesFocus(True)
        add_row(form, qtr("AnswerCorrection", "&Riktig tekst:"), self.text)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("correction_reason")
        self.reason.setMaxLength(500)
        add_row(form, qtr("AnswerCorrection", "&Hvorfor rettes det?"), self.reason)
        self.column.addLayout(form, 1)
        self.finish_layout()
        self.answer.currentIndexChanged.connect(self._chosen)
        self._chosen(self.answer.currentIndex())
        self.save_button.setEnabled(bool(self._answers))
        if not self._answers:
            self.fail(qtr("AnswerCorrection", "Samtalen har ingen fritekstsvar som kan rettes."))
        self.resize(680, 520)

    def _chosen(self, row: int) -> None:
        stored = self._answers[row][3] if 0 <= row < len(self._answers) else ""
        self.current.setPlainText(stored)
        self.text.setPlainText(split_trail(stored)[0])

    def save(self) -> None:
        """Store the correction; a refusal (no reason, a locked case) is shown at its field."""
        chosen = self.answer.currentData()
        if chosen is None:
            return
        question_id, child_id = chosen
        try:
            with self._ctx.unit_of_work() as sctx:
                changed = correct_answer(sctx, self._sheet.id, question_id, self.text.toPlainText(),
                                         reason=self.reason.text(), child_id=child_id)
        except (DomainError, CaseFileError) as exc:
            self.fail(exc.message, self.reason if getattr(exc, "field", None) == "reason" else self.text)
            return
        if not changed:
            self.fail(qtr("AnswerCorrection", "Teksten er den samme som før."), self.text)
            return
        self._ctx.save_status.saved.emit()
        self.accept()
