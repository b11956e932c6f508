"""The case overview's buttons (edit the case, add or edit a child, close or reopen) and the
"Mangler" notes, each with a button that does the missing thing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.model import Case, CaseStatus
from barnearket.domain.rules.notes import Note
from barnearket.services.cases import close_case, reopen_case
from barnearket.storage.errors import CaseFileError
from barnearket.ui.edit.case import CaseDialog
from barnearket.ui.edit.child import ChildDialog
from barnearket.ui.edit.common import EditDialog, hint
from barnearket.ui.formwidgets.dates import OptionalDateEdit
from barnearket.ui.widgets import WARN_STYLE, add_row, qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

D = TypeVar("D", bound=EditDialog)
FIX_TEXT = {
    "gate_missing": QT_TRANSLATE_NOOP("CaseActions", "Svar på spørsmålet om barn …"),
    "no_children": QT_TRANSLATE_NOOP("CaseActions", "Legg til barn …"),
    "no_sheet": QT_TRANSLATE_NOOP("CaseActions", "Gå til samtalen"),
}


class CloseCaseDialog(EditDialog):
    """The day the case is closed (today unless changed); the rules are said before saving."""

    def __init__(self, ctx: UiContext, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(qtr("CaseActions", "Avslutt saken %1").replace("%1", case.number), parent)
        self.setObjectName("closeCaseDialog")
        self._ctx, self._case = ctx, case
        self.save_button.setText(qtr("CaseActions", "A&vslutt saken"))
        self.column.addWidget(hint(qtr(
            "CaseActions", "En sak kan avsluttes når spørsmålet om barn er besvart og alle "
            "bekymringer er avsluttet. Den kan gjenåpnes senere."), self))
        form = QFormLayout()
        self.day = OptionalDateEdit(self)
        self.day.setObjectName("case_closedOn")
        self.day.set_value(ctx.clock.today())
        add_row(form, qtr("CaseActions", "Avsluttet &dato:"), self.day)
        self.column.addLayout(form)
        self.column.addStretch(1)
        self.finish_layout()
        self.resize(460, 240)

    def save(self) -> None:
        """Close the case; the refusal (open concerns, gate not answered) is shown."""
        day: date | None = self.day.value()
        try:
            with self._ctx.unit_of_work() as sctx:
                close_case(sctx, self._case.id, on=day)
        except (DomainError, CaseFileError) as exc:
            self.fail(exc.message, self.day)
            return
        self._ctx.save_status.saved.emit()
        self.accept()


class MissingNotes(QFrame):
    """One line per missing thing, each with its button.

    Signals:
        fix(str): the note's code whose button was pressed.
    """

    fix = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingNotes")
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self._lines: QWidget | None = None

    def set_notes(self, notes: Sequence[Note]) -> None:
        """Show these notes (hidden when there are none)."""
        if self._lines is not None:
            self._box.removeWidget(self._lines)
            self._lines.deleteLater()
        self._lines = QWidget(self)
        lines = QVBoxLayout(self._lines)
        lines.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self._lines)
        self.buttons = {}
        for note in notes:
            line = QHBoxLayout()
            text = QLabel(qtr("CaseView", "Mangler: %1").replace("%1", note.message), self._lines)
            text.setWordWrap(True)
            text.setStyleSheet(WARN_STYLE)
            line.addWidget(text, 1)
            if note.code in FIX_TEXT:
                button = QPushButton(qtr("CaseActions", FIX_TEXT[note.code]), self._lines)
                button.setObjectName(f"fix_{note.code}")
                button.setAccessibleDescription(note.message)
                button.clicked.connect(lambda _=False, c=note.code: self.fix.emit(c))
                self.buttons[note.code] = button
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            lines.addLayout(line)
        self.setVisible(bool(notes))


class CaseActions(QWidget):
    """Buttons under the case summary; the dialogs they open store through the services.

    Signals:
        changed(int): the case changed (the view and the lists reload).
    """

    changed = Signal(int)

    def __init__(self, ctx: UiContext, selected_child: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._selected_child = ctx, selected_child
        self.case: Case | None = None
        self.edit_case = self._button(qtr("CaseActions", "E&ndre saken …"), "caseEditButton", self.open_case)
        self.add_child = self._button(qtr("CaseActions", "Legg til ba&rn …"), "addChildButton",
                                      lambda: self.open_child(None))
        self.edit_child = self._button(qtr("CaseActions", "Red&iger barnet …"), "editChildButton",
                                       lambda: self.open_child(self._selected_child()))
        self.close_case = self._button(qtr("CaseActions", "Avsl&utt saken …"), "closeCaseButton",
                                       self.close_or_reopen)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.edit_case, self.add_child, self.edit_child):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_case)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def set_case(self, case: Case) -> None:
        """The case the buttons act on."""
        self.case = case
        closed = case.status is CaseStatus.CLOSED
        self.close_case.setText(qtr("CaseActions", "&Gjenåpne saken") if closed
                                else qtr("CaseActions", "Avsl&utt saken …"))
        self.edit_child.setEnabled(bool(case.children))

    def open_case(self, focus_gate: bool = False) -> CaseDialog | None:
        """The case dialog (window-modal); with `focus_gate` the cursor starts at the gate question."""
        if self.case is None:
            return None
        dialog = CaseDialog(self._ctx, self.case, self)
        return self._show(dialog, dialog.gate if focus_gate else dialog.name)

    def open_child(self, child_id: int | None) -> ChildDialog | None:
        """The child dialog: a new child (None), or the chosen one to correct."""
        if self.case is None:
            return None
        child = self.case.child(child_id) if child_id is not None else None
        if child_id is not None and child is None and self.case.children:
            child = self.case.children[0]
        dialog = ChildDialog(self._ctx, self.case.id, child, self)
        return self._show(dialog, dialog.name)

    def close_or_reopen(self) -> QWidget | None:
        """Close (with a dialog) an open case, or reopen a closed one at once."""
        if self.case is None:
            return None
        if self.case.status is CaseStatus.CLOSED:
            try:
                with self._ctx.unit_of_work() as sctx:
                    reopen_case(sctx, self.case.id)
            except (DomainError, CaseFileError):
                return None
            self._ctx.save_status.saved.emit()
            self.changed.emit(self.case.id)
            return None
        dialog = CloseCaseDialog(self._ctx, self.case, self)
        return self._show(dialog, dialog.day)

    def _show(self, dialog: D, focus: QWidget) -> D:
        assert self.case is not None
        case_id = self.case.id
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.changed.emit(case_id))
        dialog.open()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog
