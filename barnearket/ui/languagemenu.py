"""«Språk» in the File menu (the person's language) and the pick-list of the documents' language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from barnearket.domain.language import LANGUAGES, NAMES
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class LanguageMenu(QMenu):
    """One checkable choice per language, each named in its own language.

    Attributes:
        choices: the action of each language code.

    Signals:
        chosen(str): the person picked another language ("nb", "nn" or "en").
    """

    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sp&råk"), parent)
        self.setObjectName("languageMenu")
        group = QActionGroup(self)
        self.choices: dict[str, QAction] = {}
        for code, mnemonic in zip(LANGUAGES, ("&Bokmål", "&Nynorsk", "&English"), strict=True):
            action = QAction(mnemonic, group)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setToolTip(NAMES[code])
            action.triggered.connect(lambda _=False, c=code: self._pick(c, current))
            self.addAction(action)
            self.choices[code] = action

    def _pick(self, code: str, current: str) -> None:
        if code != current:
            self.chosen.emit(code)


def document_language_box(ctx: UiContext, parent: QWidget | None = None) -> QComboBox:
    """A pick-list of the three languages, set to the organisation's language for documents."""
    from barnearket.services.language import document_language

    box = QComboBox(parent)
    for code in LANGUAGES:
        box.addItem(NAMES[code], code)
    with ctx.reading() as sctx:
        box.setCurrentIndex(LANGUAGES.index(document_language(sctx)))
    box.setToolTip(qtr("LanguageMenu", "Meldingen til barnevernet, samtykkeskjemaet, tiltaksplanen og "
                       "journalsammendraget skrives på dette språket."))
    return box
