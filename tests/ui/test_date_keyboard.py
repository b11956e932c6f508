"""Date fields by keyboard: typed dd.mm.åååå in any usual form, Tab leaves, the calendar opens near today."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from barnearket.ui.formwidgets.dates import full_year, make_date_edit
from tests.ui.date_form import Form
from tests.ui.sheet_support import focused, show_active


def _type_into(form: Form, keys: str) -> None:
    window, before, field, _ = form
    before.setFocus()
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert focused(window) is field, "Tab reaches the date field"
    QTest.keyClicks(field, keys)
    QTest.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize(("keys", "expected"), [
    ("17.3.2025", date(2025, 3, 17)),
    ("17032025", date(2025, 3, 17)),
    ("17/3-25", date(2025, 3, 17)),
    ("1.11.2024", date(2024, 11, 1)),
])
def test_typed_dates_are_kept_and_tab_leaves(date_form: Form,
                                             keys: str, expected: date) -> None:
    window, _, field, after = date_form
    edits: list[bool] = []
    field.edited.connect(lambda: edits.append(True))
    _type_into(date_form, keys)
    assert focused(window) is after, "one Tab leaves the field"
    assert field.value() == expected
    assert edits, "the change is announced, so autosave stores it"


def test_tab_without_typing_leaves_it_empty(date_form: Form) -> None:
    window, _, field, after = date_form
    _type_into(date_form, "")
    assert focused(window) is after and field.value() is None


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_the_calendar_of_an_empty_field_opens_at_today(
        qtbot: QtBot, date_form: Form) -> None:
    _, before, field, _ = date_form
    before.setFocus()
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 6, field.height() // 2))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    QTest.keyClick(calendar, Qt.Key.Key_Escape)
    before.setFocus()
    assert field.value() is None, "looking at the calendar chooses nothing"


def test_plain_date_fields_also_let_tab_out(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    box = QVBoxLayout(window)
    before, field, after = QLineEdit(window), make_date_edit(window), QLineEdit(window)
    for widget in (before, field, after):
        box.addWidget(widget)
    show_active(qtbot, window)
    before.setFocus()
    QTest.keyClick(before, Qt.Key.Key_Tab)
    QTest.keyClicks(field, "5")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert focused(window) is after
    assert field.date().day() == 5


def test_two_digit_years_mean_this_century_up_to_next_year() -> None:
    today = QDate(2026, 12, 6)
    assert full_year(QDate(25, 3, 17), today) == QDate(2025, 3, 17)
    assert full_year(QDate(99, 1, 1), today) == QDate(1999, 1, 1)
    assert full_year(QDate(2024, 1, 1), today) == QDate(2024, 1, 1)
