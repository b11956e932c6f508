"""Under nynorsk and English, no window shows a text still in bokmål (issue 17, point 3b).

The main window with a case open (each of its tabs, every menu) and every dialog of
`dialog_factories.py` are walked; each text a person sees is checked for words only bokmål uses
(nynorsk) or for Norwegian words at all (English). Names, codes and the synthetic people are allowed.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from tests.conftest import ADMIN_NAME
from tests.languages.words import stray_words
from tests.ui.dialog_factories import FACTORIES, Scene, make_scene
from tests.ui.visible_texts import visible_texts

pytestmark = pytest.mark.gui

ALLOWED = (ADMIN_NAME, "saker.barnearket", "Ánne Márjá Guttorm", "Sárá Guttorm", "Psykisk helse og rus Nord",
           "Bokmål", "Nynorsk", "Uro over hjemmet.", "Barnearket")
"""The people, unit and file of the scene, and the language menu's names (each in its own language)."""


def strays(window: QWidget, code: str) -> dict[str, set[str]]:
    found = {}
    for text in visible_texts(window):
        wrong = stray_words(text, code, ALLOWED)
        if wrong:
            found[text] = wrong
    return found


def _open_case(qtbot: QtBot, scene: Scene) -> None:
    assert scene.root.main is not None
    scene.root.main.open_case(scene.case_id)
    main = scene.root.main
    qtbot.waitUntil(lambda: bool(main.describe_case(scene.case_id)))


def test_main_window_has_no_bokmal_left(qtbot: QtBot, speaking: tuple[str, Barnearket]) -> None:
    code, root = speaking
    scene = make_scene(root)
    _open_case(qtbot, scene)
    main = root.main
    assert main is not None
    found: dict[str, set[str]] = {}
    tabs = [t for t in main.findChildren(QTabWidget) if t.isVisible()]
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            QWidget.repaint(tab_widget)
            found |= strays(main, code)
    assert found == {}, f"texts not in {code}: {found}"


@pytest.mark.parametrize("name", list(FACTORIES))
def test_dialog_has_no_bokmal_left(qtbot: QtBot, speaking: tuple[str, Barnearket], name: str) -> None:
    code, root = speaking
    dialog = FACTORIES[name](make_scene(root))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = strays(dialog, code)
    assert found == {}, f"{name}: texts not in {code}: {found}"
