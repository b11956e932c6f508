"""Under nynorsk and English, no window shows a text still in bokmål (issue 17, point 3b).

The main window with a case open (each of its tabs, every menu) and every dialog of
`dialog_factories.py` are walked; each text a person sees is checked for words only bokmål uses
(nynorsk) or for Norwegian words at all (English). Names, codes and the synthetic people are allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.ui.language import LanguageSwitch
from barnearket.ui.settings import Settings
from tests.ui.conftest import MakeRoot, unlock, write_settings
from tests.ui.dialog_factories import FACTORIES, Scene, make_scene
from tests.ui.visible_texts import visible_texts

pytestmark = pytest.mark.gui

BOKMAL_ONLY = {
    "ikke", "hva", "hvem", "hvor", "hvis", "hvilke", "hvilket", "hvorfor", "jeg", "ble", "fra", "mangler",
    "bekymringer", "meldinger", "saken", "brukeren", "opplysninger", "opplysningene", "dager", "uten",
    "vises", "lagres", "valgt", "nå", "bare", "noe", "enhet", "enheter", "tjeneste", "tjenester",
    "avsluttet", "lukket", "sikkerhetskopi", "navn", "søsken", "gjelder", "velg", "brukere", "brukernavn",
    "dokumenter", "oversikt", "ukjent", "forrige", "høyeste", "beslutning", "mottaker", "samtykker",
}
NORWEGIAN = BOKMAL_ONLY | {
    "og", "ikkje", "er", "på", "til", "med", "av", "sak", "saker", "barn", "barnet", "bekymring",
    "melding", "dato", "namn", "ny", "nytt", "lagre", "avbryt", "lukk", "vis", "skjul", "hjelp", "fil",
    "eller", "som", "den", "det", "ein", "ei", "eit", "kva", "kven", "kvar", "frå", "berre", "eining",
    "teneste", "brukar", "saka", "rolle", "skriv", "legg", "samtale", "tiltak", "steg", "nivå",
}
ALLOWED = ("Ánne Márjá Guttorm", "Sárá Guttorm", "Psykisk helse og rus Nord", "Bokmål", "Nynorsk",
           "Uro over hjemmet.", "Barnearket", "Ole Admin", "Kari Nordmann")
_WORD = re.compile(r"[A-Za-zÆØÅæøåÁáČčĐđŊŋŠšŦŧŽž]+")


def stray_words(text: str, code: str) -> set[str]:
    """The words of `text` that do not belong in language `code` (after removing allowed names)."""
    for allowed in ALLOWED:
        text = text.replace(allowed, " ")
    words = {w.lower() for w in _WORD.findall(text)}
    if code == "nn":
        return words & BOKMAL_ONLY
    return (words & NORWEGIAN) | ({w for w in words if re.search("[æøå]", w)})


def strays(window: QWidget, code: str) -> dict[str, set[str]]:
    found = {}
    for text in visible_texts(window):
        wrong = stray_words(text, code)
        if wrong:
            found[text] = wrong
    return found


@pytest.fixture(params=["nn", "en"])
def speaking(request: pytest.FixtureRequest, qtbot: QtBot, make_root: MakeRoot,
             closed_file: Path) -> Iterator[tuple[str, Barnearket]]:
    """The real workspace started by a person whose language is nynorsk or English."""
    write_settings(Settings(language=request.param))
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    unlock(qtbot, root)
    yield request.param, root
    LanguageSwitch().apply("nb")


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
