"""The acute-danger dialog: call the police or barnevernvakten now, and start the report at once."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barnearket.ui.widgets import HINT_STYLE, MUTED_STYLE, add_row, heading, message_label, show_message

DANGER_STYLE = "QLabel { color: #8a1020; }"
CALL_STYLE = ("QFrame#call { background: #fff4f4; border: 2px solid #c0392b; border-radius: 6px; }"
              " QLabel { background: transparent; }")
NEW_CHILD = -1


class AcuteDialog(QDialog):
    """What to do now; reads no case data except the case number and the children's names.

    Signals:
        report_requested(object): the chosen child id, or None for "child not registered".
        phone_change_requested(): the user wants to enter barnevernvakten's number.
    """

    report_requested = Signal(object)
    phone_change_requested = Signal()

    def __init__(self, phone: str, case_number: str | None, children: list[tuple[int, str]],
                 child_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acuteDialog")
        self.setWindowTitle(self.tr("Akutt fare for et barn"))
        self.phone_label = QLabel(self)
        self.child_box = QComboBox(self)
        self.report_button = QPushButton(self.tr("&Skriv bekymringsmelding nå"), self)
        self.result_label = message_label(self, HINT_STYLE)
        layout = QVBoxLayout(self)
        title = heading(self.tr("Akutt fare for et barn"), self)
        title.setStyleSheet(DANGER_STYLE)
        layout.addWidget(title)
        layout.addWidget(self._calls(phone))
        layout.addWidget(self._report_part(case_number, children, child_id))
        layout.addWidget(self.result_label)
        close = QPushButton(self.tr("&Lukk"), self)
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.setMinimumWidth(560)
        for first, second in pairwise([self.change_button, self.child_box, self.report_button, close]):
            QWidget.setTabOrder(first, second)  # reading order: the number first, then the report
        (self.child_box if case_number is not None else close).setFocus()  # straight to the report

    def _calls(self, phone: str) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("call")
        frame.setStyleSheet(CALL_STYLE)
        box = QVBoxLayout(frame)
        police = heading(self.tr("Ved fare for liv eller helse: ring politiet 112"), frame, 5)
        police.setStyleSheet(DANGER_STYLE)
        box.addWidget(police)
        self.phone_label.setWordWrap(True)
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.phone_label)
        self.change_button = change = QPushButton(self.tr("&Endre nummeret …"), frame)
        change.clicked.connect(self.phone_change_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(change)
        box.addLayout(row)
        self.set_phone(phone)
        return frame

    def set_phone(self, phone: str) -> None:
        """Show barnevernvakten's number (or how to reach it when none is entered)."""
        if phone:
            text = self.tr("Ring barnevernvakten: %1").replace("%1", phone)
            self.phone_label.setText(f"<b style='font-size: 15pt'>{text}</b>")
        else:
            self.phone_label.setText(self.tr(
                "<b style='font-size: 15pt'>Ring barnevernvakten.</b><br>Nummeret er ikke lagt inn "
                "her ennå. Politiet (02800, eller 112 ved fare) kan sette deg over."))
        self.phone_label.setAccessibleName(self.phone_label.text())

    def _report_part(self, case_number: str | None, children: list[tuple[int, str]],
                     child_id: int | None) -> QWidget:
        part = QWidget(self)
        box = QVBoxLayout(part)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(heading(self.tr("Meld til barnevernet"), part, 2))
        explain = QLabel(self.tr("Meldeplikten er personlig. Du kan alltid skrive og skrive ut "
                                 "meldingen, selv om samtykke, steg eller godkjenning mangler."), part)
        explain.setWordWrap(True)
        explain.setStyleSheet(MUTED_STYLE)
        box.addWidget(explain)
        if case_number is None:
            none = QLabel(self.tr("Ingen sak er valgt. Velg saken i sakslisten, og trykk "
                                  "Ctrl+Shift+A igjen for å starte meldingen herfra."), part)
            none.setWordWrap(True)
            box.addWidget(none)
            self.report_button.setEnabled(False)
            self.child_box.hide()
        else:
            form = QFormLayout()
            form.addRow(QLabel(self.tr("Sak:"), part), QLabel(case_number, part))
            for ident, name in children:
                self.child_box.addItem(name, ident)
            self.child_box.addItem(self.tr("Barnet er ikke registrert ennå"), NEW_CHILD)
            if child_id is not None:
                self.child_box.setCurrentIndex(max(0, self.child_box.findData(child_id)))
            add_row(form, self.tr("&Gjelder barn:"), self.child_box)
            box.addLayout(form)
        self.report_button.clicked.connect(self._request)
        box.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        return part

    def _request(self) -> None:
        chosen = self.child_box.currentData()
        self.report_requested.emit(None if chosen in (None, NEW_CHILD) else int(chosen))

    def show_result(self, text: str, *, ok: bool = True) -> None:
        """Say what happened to the report; after success the button is not offered again."""
        show_message(self.result_label, text)
        if ok:
            self.report_button.setEnabled(False)
