"""The resource group's meeting notes in the window: the list, one meeting's notes, a new meeting,
and the notes saved as PDF. Cases are named by case number only, or discussed anonymously."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.domain.model.meeting import DiscussedCase, Meeting
from barnearket.services.resourcegroup import add_meeting, list_meetings, meetings_pdf, save_meetings_pdf
from barnearket.storage.errors import CaseFileError
from barnearket.ui.edit.common import ID_ROLE, EditDialog, enter_does_not_save, hint
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.formwidgets.dates import OptionalDateEdit
from barnearket.ui.widgets import add_row, date_text, heading, message_label, qtr, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

ANONYMOUS = QT_TRANSLATE_NOOP("ResourceGroup", "Anonym drøfting")


def meeting_line(meeting: Meeting) -> str:
    """«12.03.2026 – 3 saker (1 anonym)» for the list."""
    anonymous = sum(c.anonymous for c in meeting.cases)
    count = len(meeting.cases)
    pattern = qtr("ResourceGroup", "%1 – 1 sak") if count == 1 else qtr("ResourceGroup", "%1 – %2 saker")
    text = pattern.replace("%1", date_text(meeting.held_on)).replace("%2", str(count))
    return text + (qtr("ResourceGroup", " (%1 anonymt)").replace("%1", str(anonymous)) if anonymous else "")


def meeting_html(meeting: Meeting) -> str:
    """One meeting's notes as simple rich text (escaped)."""
    from html import escape

    def block(title: str, text: str) -> str:
        body = escape(text).replace("\n", "<br>") or "–"
        return f"<h3>{escape(title)}</h3><p>{body}</p>"

    cases = "".join(f"<li><b>{escape(c.case_number or qtr('ResourceGroup', ANONYMOUS))}</b>: "
                    f"{escape(c.summary) or '–'}</li>" for c in meeting.cases)
    present = escape(", ".join(meeting.participants))
    return (f"<h2>{escape(qtr('ResourceGroup', 'Møte %1').replace('%1', date_text(meeting.held_on)))}</h2>"
            f"<p><b>{escape(qtr('ResourceGroup', 'Til stede:'))}</b> {present}</p>"
            f"<h3>{escape(qtr('ResourceGroup', 'Saker som ble drøftet'))}</h3>"
            f"<ul>{cases or '<li>–</li>'}</ul>"
            + block(qtr("ResourceGroup", "Råd som ble gitt"), meeting.advice)
            + block(qtr("ResourceGroup", "Rutiner som ble avtalt"), meeting.procedures))


class MeetingDialog(EditDialog):
    """A new meeting's notes.

    Signals:
        saved(int): the new meeting's id.
    """

    saved = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(qtr("MeetingDialog", "Nytt møte i ressursgruppen"), parent)
        self.setObjectName("meetingDialog")
        self._ctx = ctx
        self.held_on = OptionalDateEdit(self)
        self.held_on.set_value(ctx.clock.today())
        self.participants = QPlainTextEdit(self)
        self.number = QLineEdit(self)
        self.summary = QLineEdit(self)
        self.add_button = QPushButton(qtr("MeetingDialog", "Legg til s&ak"), self)
        self.remove_button = QPushButton(qtr("MeetingDialog", "&Fjern saken"), self)
        self.cases = QListWidget(self)
        self.advice = QPlainTextEdit(self)
        self.procedures = QPlainTextEdit(self)
        self.discussed: list[DiscussedCase] = []
        self._lay_out()
        self.add_button.clicked.connect(self.add_case)
        self.remove_button.clicked.connect(self.remove_case)
        self.summary.returnPressed.connect(self.add_case)
        self.number.returnPressed.connect(lambda: self.summary.setFocus(Qt.FocusReason.TabFocusReason))
        enter_does_not_save(self)
        fit_to_screen(self, 820, 720)

    def _lay_out(self) -> None:
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(hint(qtr("MeetingDialog", "Skriv ikke navn på brukere, barn eller andre som kan "
                                                    "kjennes igjen. Nevn saker bare med saksnummer, eller "
                                                    "la nummeret stå tomt når saken ble drøftet anonymt."),
                              body))
        form = QFormLayout()
        add_row(form, qtr("MeetingDialog", "&Dato:"), self.held_on)
        add_row(form, qtr("MeetingDialog", "&Til stede (én rolle per linje):"), self.participants,
                qtr("MeetingDialog", "For eksempel barnevernet, helsesykepleier, NAV, teamleder rus"))
        self.participants.setTabChangesFocus(True)
        self.participants.setMaximumHeight(80)
        column.addLayout(form)
        group = QGroupBox(qtr("MeetingDialog", "Saker som ble drøftet"), body)
        inner = QFormLayout(group)
        add_row(inner, qtr("MeetingDialog", "&Saksnummer (tomt: anonymt):"), self.number)
        add_row(inner, qtr("MeetingDialog", "&Hva som ble drøftet:"), self.summary)
        self.number.setPlaceholderText(qtr("MeetingDialog", "f.eks. 2026-0042"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        inner.addRow(buttons)
        self.cases.setAccessibleName(qtr("MeetingDialog", "Saker som ble drøftet"))
        self.cases.setMaximumHeight(100)
        inner.addRow(self.cases)
        column.addWidget(group)
        form = QFormLayout()
        add_row(form, qtr("MeetingDialog", "&Råd som ble gitt:"), self.advice)
        add_row(form, qtr("MeetingDialog", "R&utiner som ble avtalt:"), self.procedures)
        for field in (self.advice, self.procedures):
            field.setTabChangesFocus(True)
            field.setMaximumHeight(90)
        column.addLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.column.addWidget(scroll, 1)
        self.finish_layout()
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: Enter in a line no longer saves (see `enter_does_not_save`)."""
        super().showEvent(event)
        enter_does_not_save(self)

    def add_case(self) -> None:
        """Add the case typed above to the list."""
        number, summary = self.number.text().strip(), self.summary.text().strip()
        if not number and not summary:
            self.fail(qtr("MeetingDialog", "Skriv saksnummeret eller hva som ble drøftet."), self.number)
            return
        self.discussed.append(DiscussedCase(number, summary))
        self.cases.addItem(QListWidgetItem(f"{number or qtr('ResourceGroup', ANONYMOUS)}: {summary or '–'}"))
        self.cases.setCurrentRow(self.cases.count() - 1)
        self.number.clear()
        self.summary.clear()
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()

    def remove_case(self) -> None:
        """Take the chosen case off the list."""
        row = self.cases.currentRow()
        if 0 <= row < len(self.discussed):
            del self.discussed[row]
            self.cases.takeItem(row)
        self._update()

    def _update(self) -> None:
        self.remove_button.setEnabled(bool(self.discussed))
        if self.discussed and self.cases.currentRow() < 0:
            self.cases.setCurrentRow(0)

    def meeting(self) -> Meeting:
        """What the form holds."""
        day = self.held_on.value() or self._ctx.clock.today()
        roles = tuple(p.strip() for p in self.participants.toPlainText().splitlines() if p.strip())
        return Meeting(day, roles, tuple(self.discussed), self.advice.toPlainText(),
                       self.procedures.toPlainText())

    def save(self) -> None:
        """Store the notes; a refusal is shown at the field it concerns."""
        if self.number.text().strip() or self.summary.text().strip():
            self.add_case()
        try:
            with self._ctx.unit_of_work() as sctx:
                meeting_id = add_meeting(sctx, self.meeting())
        except (DomainError, CaseFileError) as exc:
            fields = {"participants": self.participants, "cases": self.cases, "held_on": self.held_on}
            self.fail(exc.message, fields.get(getattr(exc, "field", None) or ""))
            return
        self._ctx.save_status.saved.emit()
        self.saved.emit(meeting_id)
        self.accept()


class ResourceGroupDialog(QDialog):
    """The meetings, newest first, with the chosen one's notes; new meeting and PDF."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourceGroupDialog")
        self.setWindowTitle(self.tr("Ressursgruppen"))
        self._ctx = ctx
        self.meetings: list[Meeting] = []
        self.child: QDialog | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Møter"))
        self.notes = QTextBrowser(self)
        self.notes.setAccessibleName(self.tr("Referatet"))
        self.new_button = QPushButton(self.tr("&Nytt møte …"), self)
        self.pdf_button = QPushButton(self.tr("Lagre møtet som &PDF …"), self)
        self.all_button = QPushButton(self.tr("Lagre &alle som PDF …"), self)
        self.close_button = QPushButton(self.tr("&Lukk"), self)
        self.message = message_label(self)
        self._build()
        self.list.currentRowChanged.connect(self._show)
        self.new_button.clicked.connect(self.new_meeting)
        self.pdf_button.clicked.connect(lambda: self.save_pdf(only_current=True))
        self.all_button.clicked.connect(lambda: self.save_pdf(only_current=False))
        self.close_button.clicked.connect(self.accept)
        self.reload()
        fit_to_screen(self, 1000, 620)

    def _build(self) -> None:
        box = QVBoxLayout(self)
        box.addWidget(heading(self.tr("Ressursgruppen"), self, 3))
        intro = QLabel(self.tr("Referater fra møtene i ressursgruppen: hvem som var med, saker som ble "
                               "drøftet (med saksnummer eller anonymt), råd og rutiner som ble avtalt."),
                       self)
        intro.setWordWrap(True)
        box.addWidget(intro)
        body = QHBoxLayout()
        self.list.setMaximumWidth(300)
        body.addWidget(self.list)
        body.addWidget(self.notes, 1)
        box.addLayout(body, 1)
        box.addWidget(self.message)
        row = QHBoxLayout()
        for button in (self.new_button, self.pdf_button, self.all_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        box.addLayout(row)

    def reload(self, select_id: int | None = None) -> None:
        """Read the meetings again (a refusal is shown instead)."""
        try:
            with self._ctx.reading() as sctx:
                self.meetings = list_meetings(sctx)
        except DomainError as exc:
            show_message(self.message, exc.message)
            self.new_button.setEnabled(False)
            self._update()
            return
        self.list.clear()
        for meeting in self.meetings:
            item = QListWidgetItem(meeting_line(meeting))
            item.setData(ID_ROLE, meeting.id)
            self.list.addItem(item)
        rows = [i for i, m in enumerate(self.meetings) if m.id == select_id]
        if self.meetings:
            self.list.setCurrentRow(rows[0] if rows else 0)
        else:
            self.notes.setPlainText(self.tr("Ingen møter er skrevet ennå. Velg «Nytt møte»."))
        self._update()

    def _update(self) -> None:
        self.pdf_button.setEnabled(self.list.currentRow() >= 0)
        self.all_button.setEnabled(bool(self.meetings))

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.meetings):
            self.notes.setHtml(meeting_html(self.meetings[row]))
        self._update()

    def new_meeting(self) -> MeetingDialog:
        """Open the form for a new meeting (window-modal)."""
        dialog = MeetingDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.reload)
        self.child = dialog
        dialog.open()
        return dialog

    def save_pdf(self, *, only_current: bool) -> Path | None:
        """Save the chosen meeting (or all) as PDF where the user chooses."""
        row = self.list.currentRow()
        ids = ([self.meetings[row].id] if 0 <= row < len(self.meetings) else []) if only_current \
            else [m.id for m in self.meetings]
        if not ids:
            return None
        try:
            with self._ctx.reading() as sctx:
                data, name = meetings_pdf(sctx, ids)
        except DomainError as exc:
            show_message(self.message, exc.message)
            return None
        path = self._ctx.dialogs.save_file(self, self.tr("Lagre som PDF"), Path.home() / name,
                                           self.tr("PDF-dokument (*.pdf)"))
        if path is None:
            return None
        try:
            with self._ctx.unit_of_work() as sctx:
                save_meetings_pdf(sctx, data, path, ids)
        except (DomainError, CaseFileError) as exc:
            show_message(self.message, exc.message)
            return None
        show_message(self.message, self.tr("Lagret. Oppbevar filen trygt."))
        return path
