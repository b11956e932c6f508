"""Run by `test_a11y_scale.py` in a pytest of its own, with QT_SCALE_FACTOR=2 on a 1366×768 screen."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from barnearket.ui.reflow import WRAPPED
from tests.ui.a11y_fit import fit_problems
from tests.ui.a11y_walk import Walk, demo_file, unlocked, walk_everything
from tests.ui.conftest import MakeRoot


def settled_fit_problems(qtbot: QtBot, window: QWidget) -> list[str]:
    """What does not fit once panels built on first use have been laid out (up to a second)."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not fit_problems(window), timeout=1000)
    return fit_problems(window)


def test_every_window_fits_at_double_size(qtbot: QtBot, make_root: MakeRoot, tmp_path: Path) -> None:
    walk = Walk(qtbot, lambda _name, window: settled_fit_problems(qtbot, window))
    root = unlocked(qtbot, make_root, demo_file(tmp_path), walk=walk)
    assert root.unlock.screen().availableGeometry().width() == 683
    walk_everything(qtbot, root, walk)
    assert walk.states > 40
    assert walk.problems == []
    assert root.main is not None and root.main.findChild(QScrollArea, WRAPPED) is not None, "scrolls"

