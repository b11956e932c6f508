"""Pieces the edit dialogs share: a resizable dialog that fits a laptop screen, a check list, a tri-state."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barnearket.ui.widgets import heading, message_label, qtr, show_message

ID_ROLE = Qt.ItemDataRole.UserRole
INVALID_STYLE = "border: 2px solid #b3261e; border-radius: 3px;"
MAX_SIZE = (1300, 700)


class EditDialog(QDialog):
    """Heading, a body, the error line and Lagre/Avbryt; never larger than a 1366×768 screen.

    Attributes:
        error: the message line above the buttons; save_button, cancel_button.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self.setMaximumSize(*MAX_SIZE)
        self.column = QVBoxLayout(self)
        self.column.addWidget(heading(title, self, 3))
        self.error = message_label(self)
        self.error.setObjectName("editError")
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(qtr("EditDialog", "&Lagre"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(qtr("EditDialog", "Avbr&yt"), self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def finish_layout(self) -> None:
        """Put the error line and the buttons at the bottom (call after adding the body)."""
        self.column.addWidget(self.error)
        self.column.addWidget(self.buttons)

    def fail(self, message: str, field: QWidget | None = None) -> None:
        """Show why saving was refused, mark the field it concerns and put the cursor there;
        the mark and the message go as soon as that field is changed."""
        show_message(self.error, message)
        if field is None:
            return
        field.setProperty("invalid", True)
        field.setStyleSheet(INVALID_STYLE)
        field.setAccessibleDescription(message)
        changed = _change_signal(field)
        if changed is not None:
            changed.connect(lambda *_: self._clear(field))
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear(self, field: QWidget) -> None:
        if field.property("invalid"):
            field.setProperty("invalid", False)
            field.setStyleSheet("")
            field.setAccessibleDescription("")
            show_message(self.error, "")

    def save(self) -> None:
        """Store the dialog's values (subclasses)."""
        raise NotImplementedError


class CheckList(QListView):
    """Checkable items (id, label); space toggles the current one."""

    def __init__(self, items: Iterable[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = QStandardItemModel(self)
        for item_id, text in items:
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(item_id, ID_ROLE)
            self.items.appendRow(item)
        self.setModel(self.items)
        self.setMinimumHeight(90)

    def set_checked(self, ids: Iterable[str]) -> None:
        """Check exactly these ids."""
        wanted = set(ids)
        for row in range(self.items.rowCount()):
            item = self.items.item(row)
            state = Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
            item.setCheckState(state)

    def checked(self) -> list[str]:
        """The ids that are checked."""
        return [str(self.items.item(r).data(ID_ROLE)) for r in range(self.items.rowCount())
                if self.items.item(r).checkState() == Qt.CheckState.Checked]


def _change_signal(field: QWidget) -> SignalInstance | None:
    """The signal a field sends when the person changes it."""
    for name in ("textEdited", "edited", "currentIndexChanged", "textChanged", "toggled"):
        signal = getattr(field, name, None)
        if isinstance(signal, SignalInstance):
            return signal
    return None


def enter_does_not_save(dialog: QDialog) -> None:
    """Enter in a line stays in the form (it adds a row, moves on) instead of pressing «Lagre»;
    the buttons keep their Alt+letter. Call it from `showEvent` too: the button box makes its
    first button the default when it is shown."""
    for button in dialog.findChildren(QPushButton):
        button.setDefault(False)
        button.setAutoDefault(False)


def choice_box(options: Sequence[tuple[object, str]], parent: QWidget | None = None) -> QComboBox:
    """A drop-down of (value, label) pairs."""
    box = QComboBox(parent)
    for value, text in options:
        box.addItem(text, value)
    return box


def select_data(box: QComboBox, value: object) -> None:
    """Choose the entry whose data is `value` (the first entry if none is)."""
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A muted line that says a rule up front."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { color: #5a5a5a; }")
    return label


def row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side."""
    line = QHBoxLayout()
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return line
