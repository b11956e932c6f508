"""Tab goes through every window in reading order, never stops on nothing and never gets stuck.

Each window state of the walk (`a11y_walk.py`) is tabbed through from its first control in reading
order until the focus comes back: no control may keep the Tab key (a keyboard trap), every control
that takes Tab must be reached, and the moves must follow the reading order (`a11y_order.py`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.a11y_order import tab_problems
from tests.ui.a11y_walk import Check, Walk, demo_file, unlocked, walk_everything
from tests.ui.conftest import MakeRoot

pytestmark = pytest.mark.gui

# Window states whose Tab order may still stray from the reading order: none. The main window (whose
# panels are built on first use) and the two dialogs that make their fields out of reading order move
# the focus in reading order themselves (`ui/taborder.py`).
ORDER_NOT_YET: tuple[str, ...] = ()
# Controls Tab may still miss (this list may only shrink): in the sheet's fill/talk switch and the
# concern's step path only the button that had the focus policy first takes Tab; the arrow keys and
# Alt+number reach the others.
REACH_NOT_YET: dict[str, str] = {}


def _check(qtbot: QtBot) -> Check:
    def check(name: str, window: QWidget) -> list[str]:
        found = tab_problems(qtbot, window)
        if name.startswith(ORDER_NOT_YET):
            found = [p for p in found if not p.startswith("Tab goes back")]
        known = REACH_NOT_YET.get(name)
        return [p for p in found if not (known and p.startswith("Tab never reaches") and known in p)]
    return check


def test_tab_follows_reading_order_in_every_window(qtbot: QtBot, make_root: MakeRoot, tmp_path: Path) -> None:
    walk = Walk(qtbot, _check(qtbot))
    root = unlocked(qtbot, make_root, demo_file(tmp_path), walk=walk)
    walk_everything(qtbot, root, walk)
    assert walk.states > 40
    assert walk.problems == [], "\n".join(walk.problems)
