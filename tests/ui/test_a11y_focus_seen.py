"""The keyboard focus can be seen on every control Tab reaches, in the program's own style.

For each Tab stop of the unlock window, the main window at start, every dialog and the lock screen,
the control is drawn without and then with the focus; enough of it must change, clearly, for a
person to see where the focus is (a blinking text cursor alone is not enough).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.a11y_names import describe
from tests.ui.a11y_order import tab_targets
from tests.ui.a11y_walk import Walk, admin_states, demo_file, dialog_states, last_states, unlocked
from tests.ui.conftest import MakeRoot

pytestmark = pytest.mark.gui
CONTRAST = 60
"""Smallest change of a colour channel (0-255) that counts as clearly visible."""
ENOUGH = 40
"""Pixels that must change: more than a text cursor (about 1×16)."""


def _pixels(widget: QWidget) -> bytes:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return bytes(image.constBits())


def changed_pixels(before: bytes, after: bytes) -> int:
    """Pixels whose colour changed by at least CONTRAST in some channel."""
    if len(before) != len(after):
        return ENOUGH
    return sum(1 for i in range(0, len(before), 4)
               if max(abs(before[i + k] - after[i + k]) for k in range(3)) >= CONTRAST)


def _has_focus(widget: QWidget) -> bool:
    """Whether `widget` or something inside it has the keyboard focus."""
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def unseen_focus(qtbot: QtBot, window: QWidget) -> list[str]:
    """Tab stops of `window` whose focus cannot be seen."""
    window = window.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    targets = tab_targets(window)
    found = []
    for index, widget in enumerate(targets):
        elsewhere = targets[index - 1] if len(targets) > 1 else window
        elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(partial(_has_focus, elsewhere))
        before = _pixels(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(partial(_has_focus, widget))
        if changed_pixels(before, _pixels(widget)) < ENOUGH:
            found.append(f"{describe(widget)}: focus not visible")
    return found


def test_focus_is_seen_on_every_tab_stop(qtbot: QtBot, make_root: MakeRoot, tmp_path: Path,
                                         focus_style: None) -> None:
    walk = Walk(qtbot, lambda _name, window: unseen_focus(qtbot, window))
    root = unlocked(qtbot, make_root, demo_file(tmp_path), walk=walk)
    assert root.main is not None
    walk.see("main window", root.main)
    for name, dialog in dialog_states(root):
        walk.see(name, dialog)
    for name, window in admin_states(root):
        walk.see(name, window)
    for name, window in last_states(qtbot, root):
        walk.see(name, window)
    assert walk.states > 10
    assert walk.problems == []
