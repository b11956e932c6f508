"""Modal questions (file picker, confirm, passphrase, message, print) behind one object tests can answer."""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QPushButton, QWidget

from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument



def confirm_box(parent: QWidget | None, title: str, text: str, yes_text: str, *,
                safe_default: bool = False) -> tuple[QMessageBox, QPushButton]:
    """The question with `yes_text` first and "Avbryt"; with `safe_default` Enter means "Avbryt"."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(qtr("Dialogs", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel if safe_default else yes)
    return box, yes


class NoAnswerQueuedError(AssertionError):
    """A headless test reached a dialog it did not load an answer for."""


class Dialogs:
    """Asks the user; a test queues the next answers instead (KeePassXC's `setNextAnswer`).

    The composition root creates one and hands it down in the UiContext; nothing is global.

    Attributes:
        headless: never show a real dialog; a question without a queued answer fails.
        shown: (kind, title, text) of every dialog asked for, newest last (for tests).
    """

    def __init__(self, *, headless: bool = False) -> None:
        self.headless = headless
        self.shown: list[tuple[str, str, str]] = []
        self._answers: deque[object] = deque()
        self.safe_defaults: list[bool] = []

    def set_next_answer(self, answer: object) -> None:
        """Answer the next question with `answer` instead of showing a dialog."""
        self._answers.append(answer)

    def _queued(self, kind: str, title: str, text: str) -> tuple[bool, object]:
        self.shown.append((kind, title, text))
        if self._answers:
            return True, self._answers.popleft()
        if self.headless:
            raise NoAnswerQueuedError(f"no answer queued for {kind}: {title}")
        return False, None

    def open_file(self, parent: QWidget | None, title: str, pattern: str) -> Path | None:
        """A file to open, or None if cancelled."""
        queued, answer = self._queued("open_file", title, pattern)
        if queued:
            return Path(str(answer)) if answer else None
        name, _ = QFileDialog.getOpenFileName(parent, title, "", pattern)
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, pattern: str) -> Path | None:
        """Where to save a new file, or None if cancelled."""
        queued, answer = self._queued("save_file", title, str(suggested))
        if queued:
            return Path(str(answer)) if answer else None
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
        return Path(name) if name else None

    def confirm(self, parent: QWidget | None, title: str, text: str, yes_text: str, *,
                safe_default: bool = False) -> bool:
        """True if the user chose `yes_text`, False for "Avbryt" (Enter's choice when `safe_default`)."""
        self.safe_defaults.append(safe_default)
        queued, answer = self._queued("confirm", title, text)
        if queued:
            return bool(answer)
        box, _ = confirm_box(parent, title, text, yes_text, safe_default=safe_default)
        box.exec()
        # by role, not identity: the accessibility filter may let go of the button's Python wrapper
        clicked = box.clickedButton()
        return box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole

    def ask_text(self, parent: QWidget | None, title: str, label: str, *, secret: bool = False) -> str | None:
        """One line of text (a passphrase or the recovery key), or None if cancelled."""
        queued, answer = self._queued("ask_text", title, label)
        if queued:
            return None if answer is None else str(answer)
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setOkButtonText(qtr("Dialogs", "OK"))
        dialog.setCancelButtonText(qtr("Dialogs", "Avbryt"))
        if secret:
            dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        return dialog.textValue() if dialog.exec() else None

    def message(self, parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
        """Tell the user something; headless runs only record it."""
        self.shown.append(("message", title, text))
        if self.headless:
            return
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.addButton(qtr("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def print_document(self, parent: QWidget | None, document: QTextDocument) -> bool:
        """Print through the system's print dialog; True if it was sent to a printer."""
        queued, answer = self._queued("print", qtr("Dialogs", "Skriv ut"), document.toPlainText()[:40])
        if queued:
            return bool(answer)
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # not needed to show the unlock window

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        document.print_(printer)
        return True

    def last(self, kind: str) -> tuple[str, str] | None:
        """The (title, text) of the newest dialog of this kind (for tests)."""
        for shown_kind, title, text in reversed(self.shown):
            if shown_kind == kind:
                return title, text
        return None
