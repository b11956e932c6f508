"""Dates as dd.mm.åååå: a Norwegian date input that may be empty, and the date editor for forms."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from barnearket.domain.forms import Option, Question
from barnearket.domain.model import JsonValue
from barnearket.ui.formwidgets.base import AnswerEditor

DATE_FORMAT = "dd.MM.yyyy"
NORWEGIAN = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
_BLANK = QDate(1900, 1, 1)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def format_date(value: date | None) -> str:
    """A date as dd.mm.åååå (empty for None)."""
    return value.strftime("%d.%m.%Y") if value else ""


def parse_iso(value: JsonValue) -> date | None:
    """A stored ISO date string as a date (None when blank or not a date)."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def make_date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A QDateEdit in Norwegian (dd.mm.åååå, Monday first) with a calendar pop-up."""
    edit = QDateEdit(parent)
    style_date_edit(edit)
    return edit


def style_date_edit(edit: QDateEdit) -> None:
    """Norwegian locale, dd.mm.åååå and a calendar pop-up."""
    edit.setLocale(NORWEGIAN)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.calendarWidget().setLocale(NORWEGIAN)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)


class OptionalDateEdit(QDateEdit):
    """A date input that may be empty.

    While an empty field has the focus it shows today's date, so typing changes a sensible
    date and Enter takes today as it is; leaving it untouched keeps it empty.

    Signals:
        edited(): the user changed the date (never emitted by `set_value`).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_date_edit(self)
        self.setMinimumDate(_BLANK)
        self.setSpecialValueText(" ")
        self.setDate(_BLANK)
        self.setToolTip(self.tr("Skriv datoen som dd.mm.åååå, eller trykk Enter for dagens dato"))
        self._primed = False
        self._quiet = False
        self.dateChanged.connect(self._changed)

    def value(self) -> date | None:
        """The chosen date, or None while empty."""
        if self.date() == _BLANK or self._primed:
            return None
        return from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        """Show a date (None: empty) without signalling an edit."""
        self._primed = False
        self._set_quietly(to_qdate(value) if value else _BLANK)

    def _set_quietly(self, day: QDate) -> None:
        self._quiet = True
        try:
            self.setDate(day)
        finally:
            self._quiet = False

    def _changed(self) -> None:
        if not self._quiet:
            self._primed = False
            self.edited.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.date() == _BLANK and not self.isReadOnly():
            self._set_quietly(QDate.currentDate())
            self._primed = True
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._primed:
            self._set_quietly(_BLANK)
            self._primed = False
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and self._primed:
            self._primed = False
            self.edited.emit()
            return
        super().keyPressEvent(event)


class DateEditor(AnswerEditor):
    """A date answer (type `date`), stored as an ISO string; it starts out empty."""

    def __init__(self, question: Question, options: Sequence[Option], parent: QWidget | None = None) -> None:
        super().__init__(question, options, parent)
        self.edit = OptionalDateEdit(self)
        self.edit.edited.connect(self._emit)
        self.box.addWidget(self.edit)
        self.box.addStretch(1)

    def value(self) -> JsonValue:
        day = self.edit.value()
        return day.isoformat() if day else None

    def _show(self, value: JsonValue) -> None:
        self.edit.set_value(parse_iso(value))

    def inputs(self) -> list[QWidget]:
        return [self.edit]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.edit.setReadOnly(read_only)
