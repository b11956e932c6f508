"""PySide6 6.12 drops a reference to None or True on every signal; the UI package keeps them alive."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLineEdit

import barnearket.ui  # noqa: F401 - importing the package is what guards the singletons

ROUNDS = 40_000
"""More signals than a long conversation sends; without the guard Python 3.11 aborts well before."""


class _Sender(QObject):
    sent = Signal(object)


def test_many_signals_do_not_use_up_none_or_true(qapp: QApplication) -> None:
    sender = _Sender()
    received: list[object] = []
    sender.sent.connect(received.append)
    field = QLineEdit()
    field.textChanged.connect(lambda _text: None)
    for number in range(ROUNDS):
        sender.sent.emit(None)
        field.setText(str(number))
    assert len(received) == ROUNDS and received[-1] is None
    assert field.text() == str(ROUNDS - 1)
    field.deleteLater()
