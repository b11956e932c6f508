"""Dialogs open at a size that fits the screen they open on (a 1366×768 laptop included)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 768
"""The smallest screen the program is made for."""
FRAME = 60
"""Room left for the window frame and a task bar (taken from the available height and width)."""


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to `width`×`height`, shrunk to the available screen area; the window stays resizable."""
    owner = window.parentWidget()
    screen = owner.screen() if owner is not None else QGuiApplication.primaryScreen()
    area = screen.availableGeometry().size()
    max_w = min(LAPTOP_WIDTH, area.width()) - FRAME // 3
    max_h = min(LAPTOP_HEIGHT, area.height()) - FRAME
    window.resize(max(320, min(width, max_w)), max(240, min(height, max_h)))
    if isinstance(window, QDialog):
        window.setSizeGripEnabled(True)
