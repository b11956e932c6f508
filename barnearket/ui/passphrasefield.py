"""The one passphrase input every window uses: show/hide, a Caps Lock warning, the rules and the strength.

Caps Lock: Qt has no portable way to read the key's state, so the field infers it from what is
typed (an upper-case letter without Shift, or a lower-case one with Shift) and from presses of the
Caps Lock key itself once the state is known. Until a letter is typed it says nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.passphrase import MIN_LENGTH, PassphraseVerdict, assess_passphrase
from barnearket.ui.fielderrors import grow_to_fit
from barnearket.ui.qtnames import set_named
from barnearket.ui.widgets import MUTED_STYLE, WARN_STYLE, qtr

SCORE_WORDS = (QT_TRANSLATE_NOOP("PassphraseField", "Svært svak"),
               QT_TRANSLATE_NOOP("PassphraseField", "Svak"), QT_TRANSLATE_NOOP("PassphraseField", "Middels"),
               QT_TRANSLATE_NOOP("PassphraseField", "God"), QT_TRANSLATE_NOOP("PassphraseField", "Sterk"))
SCORE_COLOURS = ("#b3261e", "#c8600f", "#b08a00", "#3f7d20", "#1f6b3a")
Context = Callable[[], Mapping[str, str]]


def rules_text() -> str:
    """What a new passphrase must be, said before anything is typed."""
    return qtr("PassphraseField", "Minst %1 tegn. Tre eller fire vanlige ord med mellomrom er lett å "
                                  "huske og vanskelig å gjette. Ikke bruk navnet eller brukernavnet "
                                  "ditt.").replace("%1", str(MIN_LENGTH))


class PassphraseField(QWidget):
    """A password-echo line edit with a "Vis" toggle, a Caps Lock warning and, for new ones, strength.

    Put `edit` in forms as the label's buddy and `self` as the row's container.

    Attributes:
        edit: the line edit itself (text, returnPressed, focus).
        toggle: shows or hides the typed characters (a Tab stop, Space toggles it).
        caps: the Caps Lock warning (hidden unless Caps Lock seems to be on).
        meter, verdict: the strength bar and its words (only for new passphrases).

    Signals:
        textChanged(str): the typed text changed.
    """

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, new: bool = False,
                 context: Context | None = None, server: bool = False) -> None:
        super().__init__(parent)
        self._context = context
        self._server = server  # a password for the municipality's server, not a file's passphrase
        self._caps_on: bool | None = None
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        set_named(self.toggle, "focusPolicy", "StrongFocus")
        self.caps = QLabel(self.tr("Caps Lock ser ut til å være på."), self)
        self.caps.setStyleSheet(WARN_STYLE)
        self.caps.setWordWrap(True)
        self.caps.hide()
        self.rules = QLabel(rules_text() if new else "", self)
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet(MUTED_STYLE)
        self.rules.setVisible(new)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter.setAccessibleName(self.tr("Styrke"))
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.meter.setVisible(new)
        self.verdict.setVisible(new)
        self._new = new
        self._build()
        self._show_toggle(False)
        self.toggle.toggled.connect(self._show_toggle)
        self.edit.textChanged.connect(self._changed)
        self.edit.installEventFilter(self)

    def _build(self) -> None:
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        box.addLayout(row)
        box.addWidget(self.caps)
        box.addWidget(self.rules)
        strength = QHBoxLayout()
        strength.addWidget(self.meter, 1)
        strength.addWidget(self.verdict, 2)
        box.addLayout(strength)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        """The typed passphrase."""
        return self.edit.text()

    def clear(self) -> None:
        """Empty the field (and hide the characters again)."""
        self.edit.clear()
        self.toggle.setChecked(False)

    def set_server(self, server: bool) -> None:
        """Speak of a server password (True) or of a file's passphrase (False) from now on."""
        self._server = server
        self._show_toggle(self.toggle.isChecked())

    def assess(self) -> PassphraseVerdict:
        """The strength verdict for what is typed, with the login, name and municipality of the context."""
        known = dict(self._context()) if self._context else {}
        return assess_passphrase(self.edit.text(), login=known.get("login", ""),
                                 full_name=known.get("full_name", ""),
                                 municipality=known.get("municipality", ""), password=self._server)

    @property
    def caps_lock_on(self) -> bool:
        """True while the typed letters say Caps Lock is on."""
        return bool(self._caps_on)

    def _show_toggle(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.toggle.setText(self.tr("Skjul") if shown else self.tr("Vis"))
        if self._server:
            name = self.tr("Skjul passordet") if shown else self.tr("Vis passordet")
        else:
            name = self.tr("Skjul passordfrasen") if shown else self.tr("Vis passordfrasen")
        self.toggle.setAccessibleName(name)
        self.toggle.setToolTip(name)

    def _changed(self, text: str) -> None:
        self.textChanged.emit(text)
        if self._new:
            self._show_strength(text)

    def _show_strength(self, text: str) -> None:
        if not text:
            self.meter.setValue(0)
            self.verdict.setText("")
            return
        verdict = self.assess()
        self.meter.setValue(verdict.score)
        colour = SCORE_COLOURS[verdict.score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        words = qtr("PassphraseField", SCORE_WORDS[verdict.score])
        self.verdict.setText(words if verdict.acceptable else f"{words}. {verdict.message}")
        self.verdict.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.meter.setAccessibleDescription(self.verdict.text())
        if self.isVisible():  # the advice wraps over several lines: never cut it off
            grow_to_fit(self.window())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Infer Caps Lock from each key typed into the edit."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._note_key(event)
        return False

    def _note_key(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.upper() != text.lower():
            shift = bool(event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier)
            self._set_caps(text.isupper() != shift)
        elif event.key() == QtCore.Qt.Key.Key_CapsLock and self._caps_on is not None:
            self._set_caps(not self._caps_on)

    def _set_caps(self, on: bool) -> None:
        self._caps_on = on
        self.caps.setVisible(on)
        if on:
            grow_to_fit(self.window())
