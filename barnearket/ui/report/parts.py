"""Inputs of the report editor: yes/no/unknown answers, free texts and the municipality."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.model import ReportContent, ReportSection
from barnearket.domain.model.organisation import Organisation
from barnearket.ui.widgets import add_row, qtr

SECTION_TITLES = {  # translated where shown (the language can change while the program runs)
    ReportSection.OTHER_SERVICES:
        QT_TRANSLATE_NOOP("ReportParts", "Andre hjelpeinstanser som kjenner barnet"),
    ReportSection.CONCERN: QT_TRANSLATE_NOOP("ReportParts", "Bekymringen: hva du har sett og hørt"),
    ReportSection.HISTORY: QT_TRANSLATE_NOOP("ReportParts", "Bakgrunn og historikk"),
    ReportSection.MEASURES: QT_TRANSLATE_NOOP("ReportParts", "Hva tjenesten allerede har gjort"),
    ReportSection.OTHER_VIEWS:
        QT_TRANSLATE_NOOP("ReportParts", "Andre synspunkter (for eksempel foreldrenes)"),
}
SECTION_ORDER = (ReportSection.OTHER_SERVICES, ReportSection.CONCERN, ReportSection.HISTORY,
                 ReportSection.MEASURES, ReportSection.OTHER_VIEWS)


class Answer(QComboBox):
    """Yes, no or not recorded (None)."""

    def __init__(self, unknown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(unknown, None)
        self.addItem(self.tr("Ja"), True)
        self.addItem(self.tr("Nei"), False)

    def value(self) -> bool | None:
        """The chosen answer."""
        data = self.currentData()
        return None if data is None else bool(data)

    def set_value(self, value: bool | None) -> None:
        """Show an answer."""
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class TextBox(QPlainTextEdit):
    """A text reached with Tab puts the cursor after the text (prefilled text is added to, not typed
    in front of)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.moveCursor(QTextCursor.MoveOperation.End)


def text_box(parent: QWidget, text: str, lines: int = 5) -> QPlainTextEdit:
    """A multi-line text input about `lines` lines high; Tab moves on instead of typing a tab."""
    editor = TextBox(text, parent)
    editor.setTabChangesFocus(True)
    editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * lines + 12)
    return editor


class ToldBox(QGroupBox):
    """Whether the parents (or the child) have been told about the report, and why (not)."""

    edited = Signal()

    def __init__(self, title: str, names: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.answer = Answer(self.tr("Ikke registrert"), self)
        self.why = text_box(self, "", 2)
        self.why.setMaximumHeight(self.why.fontMetrics().lineSpacing() * 4 + 12)
        self.why.setPlaceholderText(self.tr("For eksempel: ikke orientert fordi det er mistanke om vold."))
        form = QFormLayout(self)
        self.who = QLabel(names or self.tr("Ingen er registrert i saken."), self)
        self.who.setWordWrap(True)
        form.addRow(QLabel(self.tr("Gjelder:"), self), self.who)
        add_row(form, question, self.answer)
        add_row(form, self.tr("Hvorfor / hvorfor ikke:"), self.why)
        self.answer.currentIndexChanged.connect(self.edited)
        self.why.textChanged.connect(self.edited)

    def set_values(self, told: bool | None, why: str) -> None:
        """Show the stored answer."""
        self.answer.set_value(told)
        self.why.setPlainText(why)


class PlaceBox(QGroupBox):
    """The municipality (and district) the report goes to; the organisation's own is the default."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(qtr("ReportParts", "Kommunen der barnet bor"), parent)
        self.number, self.name = QLineEdit(self), QLineEdit(self)
        self.district_number, self.district = QLineEdit(self), QLineEdit(self)
        self.number.setInputMask("")
        self.number.setMaxLength(4)
        self.district_number.setMaxLength(2)
        self.number.setPlaceholderText("5022")
        form = QFormLayout(self)
        add_row(form, self.tr("Komm&unenummer:"), self.number)
        add_row(form, self.tr("Kommune&navn:"), self.name)
        add_row(form, self.tr("Bydelsnummer (hvis bydel):"), self.district_number)
        add_row(form, self.tr("Bydel:"), self.district)
        for edit in (self.number, self.name, self.district_number, self.district):
            edit.textEdited.connect(self.edited)

    def show_place(self, org: Organisation) -> None:
        """Fill in the municipality the draft names."""
        self.number.setText(org.municipality_number)
        self.name.setText(org.municipality_name)
        self.district_number.setText(org.district_number)
        self.district.setText(org.district_name)

    def apply(self, content: ReportContent) -> dict[str, str]:
        """The typed municipality as content fields."""
        return {"municipality_number": self.number.text().strip(), "municipality_name": self.name.text(),
                "district_number": self.district_number.text().strip(), "district_name": self.district.text()}


def section_group(parent: QWidget, number: int, section: ReportSection, text: str) -> tuple[QGroupBox,
                                                                                              QPlainTextEdit]:
    """A numbered group with one free-text section."""
    box = QGroupBox(f"{number}. {qtr('ReportParts', SECTION_TITLES[section])}", parent)
    short = section is ReportSection.OTHER_SERVICES
    editor = text_box(box, text, 3 if short else 6)
    if short:
        editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * 4 + 12)
    editor.setAccessibleName(qtr("ReportParts", SECTION_TITLES[section]))
    column = QVBoxLayout(box)
    column.addWidget(editor)
    return box, editor
