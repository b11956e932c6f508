"""Every dialog fits a 1366×768 laptop (and the screen it opens on) and can be resized."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QLayout
from pytestqt.qtbot import QtBot

import barnearket.ui
from barnearket.app import Barnearket
from barnearket.ui.fitting import LAPTOP_HEIGHT, LAPTOP_WIDTH
from tests.ui.dialog_factories import FACTORIES, make_scene

pytestmark = pytest.mark.gui
LAPTOP = QSize(LAPTOP_WIDTH, LAPTOP_HEIGHT)


def _dialog_classes() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(barnearket.ui.__path__, "barnearket.ui."):
        module = importlib.import_module(info.name)
        for name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == info.name:
                found.add(name)
    return found


# Dialogs from work merged in the same session, sized elsewhere (test_mnemonics.py walks the admin
# dialogs and checks they fit 1366×768; test_case_edit.py the case, child and close dialogs) or not
# yet here at all. Each still needs a factory in dialog_factories.py; the list may only shrink.
NOT_YET_LISTED = {
    "AddUserDialog", "AutoLockDialog", "NewPassphraseDialog", "RecoveryKeyDialog", "RestoreDialog",
    "RoleDialog", "UsersDialog", "CaseDialog", "ChildDialog", "CloseCaseDialog", "CorrectionDialog",
    "EditDialog", "FormDialog", "SheetDetailsDialog", "WithdrawDialog",
}


def test_every_dialog_of_the_ui_is_listed() -> None:
    listed = {name.split(" ")[0] for name in FACTORIES} | NOT_YET_LISTED
    assert _dialog_classes() - listed == set(), "add the new dialog to tests/ui/dialog_factories.py"


@pytest.mark.parametrize("name", list(FACTORIES))
def test_dialog_fits_the_screen_and_is_resizable(qtbot: QtBot, workspace: Barnearket, name: str) -> None:
    scene = make_scene(workspace)
    dialog = FACTORIES[name](scene)
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
