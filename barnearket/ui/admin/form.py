"""The frame every administrator's form shares: heading, rules up front, errors at the field, Lagre."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from barnearket.ui.fielderrors import FieldErrors
from barnearket.ui.widgets import add_row, heading, message_label, show_message

if TYPE_CHECKING:
    from barnearket.ui.filethread import Known


class FormDialog(QDialog):
    """A heading, the rules up front, a form with errors at the fields, and Lagre / Avbryt."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors(self)
        self.message = message_label(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Lagre"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(heading(title, self, 3))
        text = QLabel(intro, self)
        text.setWordWrap(True)
        box.addWidget(text)
        box.addLayout(self.form)
        box.addWidget(self.message)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.first: QWidget | None = None

    def showEvent(self, event: QShowEvent) -> None:
        """The cursor starts in the first field, never on a button (Space would press it)."""
        super().showEvent(event)
        if self.first is not None:
            self.first.setFocus(Qt.FocusReason.TabFocusReason)

    def row(self, label: str, field: QWidget, check: Callable[[], str], changed: object,
            container: QWidget | None = None) -> None:
        """Add a field with its own error line under it."""
        holder, error = self.errors.slot(container or field)
        add_row(self.form, label, field, container=holder)
        self.errors.watch(field, error, check, changed)
        self.first = self.first or field

    def submit(self) -> None:
        """Check and store (subclasses)."""
        raise NotImplementedError

    def busy(self, busy: bool) -> None:
        """Disable the buttons while the key derivation runs."""
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Lagrer …") if busy else self.tr("&Lagre"))

    def refused(self, error: Known) -> None:
        """Show why the file said no; keep the dialog open."""
        self.busy(False)
        show_message(self.message, error.message)
