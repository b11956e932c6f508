"""The notice on a case that is transferred to the patient record: it can be read, not changed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from barnearket.domain.model import Case
from barnearket.ui.widgets import HINT_STYLE


class TransferBanner(QLabel):
    """Hidden unless the case is «overført til journal»; then says when, where to, and that it is locked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferBanner")
        self.setWordWrap(True)
        self.setStyleSheet(HINT_STYLE)
        self.hide()

    def show_case(self, case: Case) -> None:
        """Show the notice for a transferred case, hide it for any other."""
        if case.transferred_on is None:
            self.hide()
            return
        text = self.tr("Saken er overført til journal %1 (referanse %2). Den kan leses, men ikke endres. "
                       "Den kan slettes fra Barnearket når oppbevaringstiden er ute.")
        self.setText(text.replace("%1", f"{case.transferred_on:%d.%m.%Y}")
                     .replace("%2", case.transfer_reference or "–"))
        self.setAccessibleName(self.text())
        self.show()
