"""An exclusive group of buttons is one Tab stop, on its checked button, as a radio group is.

Qt moves the Tab focus to whichever button of a group last had the focus, so a group whose first
button is not the checked one sent Tab to the wrong button and the checked one was never reached.
Arrow keys still move within the group (QAbstractButton does that for grouped buttons).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup


def tab_to_checked(group: QButtonGroup) -> Callable[[], None]:
    """Keep Tab on the checked button of `group`; returns the update to call after adding buttons."""
    def update(*_: object) -> None:
        buttons = group.buttons()
        any_checked = any(b.isChecked() for b in buttons)
        for button in buttons:
            tab = button.isChecked() or not any_checked
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab else Qt.FocusPolicy.ClickFocus)

    group.buttonToggled.connect(update)
    update()
    return update
