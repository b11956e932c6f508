"""A shown window holding a date field between two line edits, for the date-by-keyboard tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from barnearket.ui.formwidgets.dates import OptionalDateEdit
from tests.ui.sheet_support import show_active

Form = tuple[QWidget, QLineEdit, OptionalDateEdit, QLineEdit]
"""The window, the edit before, the date field, the edit after."""


@pytest.fixture
def date_form(qtbot: QtBot) -> Form:
    """A date field between two line edits, in a shown and active window."""
    window = QWidget()
    qtbot.addWidget(window)
    box = QVBoxLayout(window)
    before, field, after = QLineEdit(window), OptionalDateEdit(window), QLineEdit(window)
    for widget in (before, field, after):
        box.addWidget(widget)
    show_active(qtbot, window)
    return window, before, field, after
