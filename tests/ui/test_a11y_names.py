"""Every interactive widget of every window has an accessible name, and its help as description.

The walk (`a11y_walk.py`) shows the unlock window, the workspace in each page, tab and concern step,
every dialog of `dialog_factories.py`, the administrator's dialogs, the lock screen and the new-file
dialog; the names come from `barnearket/ui/accessibility.py` where no label speaks for a widget.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from barnearket.ui.accessibility import DERIVED
from tests.ui.a11y_names import undescribed, unnamed
from tests.ui.a11y_walk import (
    COORDINATOR_LOGIN,
    OTHER_PASSPHRASE,
    WORKER_LOGIN,
    Walk,
    demo_file,
    unlocked,
    walk_everything,
    walk_workspace,
)
from tests.ui.conftest import MakeRoot

pytestmark = pytest.mark.gui


def _both(_name: str, window: QWidget) -> list[str]:
    return unnamed(window) + undescribed(window)


def test_every_window_names_every_interactive_widget(qtbot: QtBot, make_root: MakeRoot,
                                                     tmp_path: Path) -> None:
    walk = Walk(qtbot, _both)
    root = unlocked(qtbot, make_root, demo_file(tmp_path), walk=walk)
    walk_everything(qtbot, root, walk)
    assert walk.states > 40
    assert walk.problems == []


@pytest.mark.parametrize("login", [WORKER_LOGIN, COORDINATOR_LOGIN])
def test_the_workspace_in_other_roles(qtbot: QtBot, make_root: MakeRoot, tmp_path: Path, login: str) -> None:
    walk = Walk(qtbot, _both)
    root = unlocked(qtbot, make_root, demo_file(tmp_path), login, OTHER_PASSPHRASE)
    walk_workspace(root, walk, f"{login}: ")
    assert walk.problems == []


def test_a_widget_without_label_is_named_from_what_is_read_beside_it(qtbot: QtBot, make_root: MakeRoot,
                                                                      tmp_path: Path) -> None:
    root = unlocked(qtbot, make_root, demo_file(tmp_path))
    dialog = QDialog(root.main)
    dialog.setWindowTitle("Prøvevindu")
    qtbot.addWidget(dialog)
    column = QVBoxLayout(dialog)
    column.addWidget(QLabel("Søk blant barna:", dialog))
    from PySide6.QtWidgets import QLineEdit

    search = QLineEdit(dialog)
    column.addWidget(search)
    hinted = QLineEdit(dialog)
    hinted.setPlaceholderText("Skriv et navn")
    column.addWidget(hinted)
    icon = QToolButton(dialog)
    icon.setToolTip("Vis hjelp")
    column.addWidget(icon)
    area = QScrollArea(dialog)
    column.addWidget(area)
    assert len(unnamed(dialog)) == 4, "nothing named before it is shown"
    dialog.show()
    qtbot.waitExposed(dialog)
    assert search.accessibleName() == "Søk blant barna"
    assert hinted.accessibleName() == "Skriv et navn"
    assert icon.accessibleName() == "Vis hjelp" and area.accessibleName() == "Prøvevindu"
    assert all(w.property(DERIVED) for w in (search, hinted, icon, area))
    assert unnamed(dialog) == []
