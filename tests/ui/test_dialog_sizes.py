"""Every dialog fits a 1366×768 laptop (and the screen it opens on) and can be resized."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QLayout
from pytestqt.qtbot import QtBot

import barnearket.ui
from barnearket.app import Barnearket
from barnearket.ui.fitting import LAPTOP_HEIGHT, LAPTOP_WIDTH
from tests.ui.dialog_factories import FACTORIES, make_scene

pytestmark = pytest.mark.gui
LAPTOP = QSize(LAPTOP_WIDTH, LAPTOP_HEIGHT)


def _dialog_classes() -> set[str]:
    """Every QDialog class of barnearket.ui that is shown as it is (bases such as FormDialog left out)."""
    classes = set()
    for info in pkgutil.walk_packages(barnearket.ui.__path__, "barnearket.ui."):
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == info.name:
                classes.add(value)
    return {cls.__name__ for cls in classes if not any(sub in classes for sub in cls.__subclasses__())}


def test_every_dialog_of_the_ui_has_a_factory() -> None:
    listed = {name.split(" ")[0] for name in FACTORIES}
    found = _dialog_classes()
    assert found - listed == set(), "add the new dialog to tests/ui/dialog_factories.py"
    assert listed - found == set(), "dialog_factories.py names a class that is no longer there"
    assert {"AddUserDialog", "CorrectionDialog", "WithdrawDialog"} <= found


@pytest.mark.parametrize("name", list(FACTORIES))
def test_dialog_fits_the_screen_and_is_resizable(qtbot: QtBot, workspace: Barnearket, name: str) -> None:
    scene = make_scene(workspace)
    dialog = FACTORIES[name](scene)
    assert type(dialog).__name__ == name.split(" ", maxsplit=1)[0]
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.screen().availableGeometry().size()
    limit = LAPTOP.boundedTo(area)
    size = dialog.frameGeometry().size()
    assert size.width() <= limit.width() and size.height() <= limit.height(), (name, size, limit)
    smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert smallest.width() <= limit.width() and smallest.height() <= limit.height(), (name, smallest)
    largest = dialog.maximumSize()
    assert largest.width() > smallest.width() and largest.height() > smallest.height(), "resizable"
    fixed = QLayout.SizeConstraint.SetFixedSize
    layout = dialog.layout()
    assert layout is None or layout.sizeConstraint() is not fixed
    dialog.close()
