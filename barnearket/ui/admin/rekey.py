"""Shows a new recovery key once, when an account change has re-keyed the file.

The account functions may return or raise something that carries a new recovery key (when
removing a person or changing a passphrase rotates the file key). `new_recovery_key` is the one
place that knows how to find it, so the shape can be adapted in one spot.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from barnearket.files.recoverykey import format_recovery_key
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.recoverykey import RecoveryKeyPage

if TYPE_CHECKING:
    from barnearket.ui.seams import Dialogs

_NAMES = ("recovery_key", "new_recovery_key")


def new_recovery_key(outcome: object) -> str | None:
    """The new key as "xxxx-xxxx-…" when `outcome` (the new file key itself, as `remove_user` and
    `change_passphrase` return it, or an object carrying one) holds one, else None."""
    if isinstance(outcome, bytes) and len(outcome) == 32:
        return format_recovery_key(outcome)
    for name in _NAMES:
        value = getattr(outcome, name, None)
        if isinstance(value, bytes) and len(value) == 32:
            return format_recovery_key(value)
        if isinstance(value, str) and value:
            return value
    return None


class RecoveryKeyDialog(QDialog):
    """The recovery-key page in a dialog of its own; it closes only when the key is confirmed stored."""

    def __init__(self, dialogs: Dialogs, key_text: str, case_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny gjenopprettingsnøkkel"))
        self.page = RecoveryKeyPage(dialogs, self)
        self.page.show_key(key_text, case_path)
        QVBoxLayout(self).addWidget(self.page)
        self.page.confirmed.connect(self.accept)
        fit_to_screen(self, 640, 440)

    def reject(self) -> None:
        """Not before the key is confirmed stored: the old key no longer opens the file."""
        if self.page.stored.isChecked():
            super().reject()


def offer_recovery_key(parent: QWidget, dialogs: Dialogs, outcome: object,
                       case_path: Path | None) -> RecoveryKeyDialog | None:
    """Show the new recovery key (window-modal) if the account change produced one."""
    key = new_recovery_key(outcome)
    if key is None or case_path is None:
        return None
    dialog = RecoveryKeyDialog(dialogs, key, case_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.page.print_button.setFocus(Qt.FocusReason.OtherFocusReason)
    return dialog
