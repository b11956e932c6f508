"""Dates as dd.mm.åååå: a Norwegian date input that may be empty, and the date editor for forms."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from barnearket.domain.forms import Option, Question
from barnearket.domain.model import JsonValue
from barnearket.ui.formwidgets.base import AnswerEditor

DATE_FORMAT = "dd.MM.yyyy"
NORWEGIAN = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
_BLANK = QDate(1900, 1, 1)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_SEPARATORS = frozenset(".,/- ")
_SHORT_YEAR = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})$")


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
    """A date input in Norwegian (dd.mm.åååå, Monday first) with a calendar pop-up."""
    return DateEdit(parent)


def style_date_edit(edit: QDateEdit) -> None:
    """Norwegian locale, dd.mm.åååå and a calendar pop-up."""
    edit.setLocale(NORWEGIAN)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.calendarWidget().setLocale(NORWEGIAN)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)


def full_year(day: QDate, today: QDate) -> QDate:
    """A two-digit year typed as "25" means 2025 (or 1999 for "99": no later than next year)."""
    if day.year() >= 100:
        return day
    century = 2000 if day.year() <= today.year() % 100 + 1 else 1900
    return QDate(century + day.year(), day.month(), day.day())


class DateEdit(QDateEdit):
    """A QDateEdit that a keyboard user can type into like a text field.

    Tab and Shift+Tab leave the field (Qt's own moves between day, month and year); a typed
    separator (. , / - or space) moves to the next part unless a full part just did so, so
    "17.3.2025", "17032025" and "17/3-25" all give 17.03.2025.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_date_edit(self)
        self._advanced = False

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab leaves the field at once."""
        self._expand_short_year()
        self.interpretText()
        return QWidget.focusNextPrevChild(self, forward)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() is not Qt.FocusReason.MouseFocusReason and not self.isReadOnly():
            self.setSelectedSection(self.sectionAt(0))

    def _expand_short_year(self) -> None:
        """"17.03.25" as typed becomes 17.03.2025 before Qt would throw the short year away."""
        found = _SHORT_YEAR.match(self.lineEdit().text().strip())
        if found is None:
            return
        day, month, year = (int(part) for part in found.groups())
        fixed = full_year(QDate(year, month, day), QDate.currentDate())
        if fixed.isValid():
            self.setDate(fixed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in _SEPARATORS and not self.isReadOnly():
            if not self._advanced:
                self._next_section()
            self._advanced = False
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() != before

    def _next_section(self) -> None:
        index = self.currentSectionIndex()
        if index < self.sectionCount() - 1:
            self.interpretText()
            self.setSelectedSection(self.sectionAt(index + 1))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._expand_short_year()
        super().focusOutEvent(event)
        fixed = full_year(self.date(), QDate.currentDate())
        if fixed != self.date():
            self.setDate(fixed)


class OptionalDateEdit(DateEdit):
    """A date input that may be empty.

    While an empty field has the focus it shows today's date, so typing changes a sensible
    date and Enter takes today as it is; leaving it untouched keeps it empty.

    Signals:
        edited(): the user changed the date (never emitted by `set_value`).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumDate(_BLANK)
        self.setSpecialValueText(" ")
        self.setDate(_BLANK)
        self.setToolTip(self.tr("Skriv datoen som dd.mm.åååå, eller trykk Enter for dagens dato"))
        self._primed = False
        self._quiet = False
        self._typed = False
        self.dateChanged.connect(self._changed)
        self.lineEdit().textEdited.connect(self._text_typed)
        self.calendarWidget().clicked.connect(self._picked)

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

    def _text_typed(self, _text: str) -> None:
        self._typed = True
        self._primed = False

    def _picked(self, _day: QDate) -> None:
        """Choosing today in the calendar changes no date, but it is a choice all the same."""
        if self._primed:
            self._primed = False
            self.edited.emit()

    def _prime(self) -> None:
        """An empty field shows today while it is being edited (and the calendar opens there)."""
        if self.date() == _BLANK and not self.isReadOnly():
            self._set_quietly(QDate.currentDate())
            self._primed = True

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._prime()
        self._typed = False
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._prime()
        super().mousePressEvent(event)
        self._calendar_near_today()

    def _calendar_near_today(self) -> None:
        """The pop-up shows the chosen date, or today for an empty field (never January 1900)."""
        calendar = self.calendarWidget()
        shown = QDate.currentDate() if self.date() == _BLANK else self.date()
        primed, self._quiet = self._primed, True
        try:
            calendar.setSelectedDate(shown)
            calendar.setCurrentPage(shown.year(), shown.month())
        finally:
            self._quiet, self._primed = False, primed

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.calendarWidget().isVisible():  # the pop-up took the focus: still editing
            super().focusOutEvent(event)
            return
        if self._primed:
            self._set_quietly(_BLANK)
            self._primed = False
        super().focusOutEvent(event)
        if self._typed:
            self._typed = False
            self.edited.emit()

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
