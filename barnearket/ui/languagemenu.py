"""«Språk» in the File menu: the person picks bokmål, nynorsk or English for the program."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from barnearket.domain.language import LANGUAGES, NAMES


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
