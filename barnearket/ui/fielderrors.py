"""Errors shown at the field they are about: the field is marked, the message sits under it, and both
go away as soon as the field is valid again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from barnearket.ui.widgets import ERROR_STYLE

INVALID_STYLE = ('QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"],'
                 ' QPlainTextEdit[invalid="true"] { border: 2px solid #b3261e; border-radius: 3px; }')
Check = Callable[[], str]


@dataclass
class _Watched:
    field: QWidget
    label: QLabel
    check: Check


class FieldErrors(QObject):
    """Checks a form's fields in order; each has its own message label under it.

    Use `slot(field, container)` to build the row's widget, `watch(...)` to register the check and
    the signal that re-runs it, and `check_all()` before storing.
    """

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        owner.setStyleSheet(owner.styleSheet() + INVALID_STYLE)
        self._owner = owner
        self._fields: list[_Watched] = []

    def slot(self, container: QWidget) -> tuple[QWidget, QLabel]:
        """A widget holding `container` with an (initially hidden) error label under it."""
        holder = QWidget(self._owner)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(container)
        label = QLabel(holder)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        box.addWidget(label)
        return holder, label

    def attach_in_form(self, field: QWidget, check: Check, changed: object) -> QLabel:
        """For a field already in a QFormLayout: put its error label on a row of its own just under it."""
        for form in self._owner.findChildren(QFormLayout):
            row = max(_row_of(form, field), _row_of(form, field.parentWidget()))
            if row >= 0:
                label = QLabel(field.parentWidget())
                label.setWordWrap(True)
                label.setStyleSheet(ERROR_STYLE)
                label.hide()
                form.insertRow(row + 1, "", label)
                self.watch(field, label, check, changed)
                return label
        raise ValueError("the field is not in a form layout of this window")

    def watch(self, field: QWidget, label: QLabel, check: Check, changed: object) -> None:
        """Register `check` for `field`; once it has shown an error, `changed` re-checks it on every edit."""
        watched = _Watched(field, label, check)
        self._fields.append(watched)
        changed.connect(lambda *_: self._recheck(watched))  # type: ignore[attr-defined]

    def _recheck(self, watched: _Watched) -> None:
        if watched.label.isVisible() or watched.field.property("invalid"):
            self._show(watched, watched.check())

    def _show(self, watched: _Watched, message: str) -> None:
        watched.field.setProperty("invalid", bool(message))
        watched.field.style().unpolish(watched.field)
        watched.field.style().polish(watched.field)
        watched.label.setText(message)
        watched.label.setVisible(bool(message))
        watched.field.setAccessibleDescription(message)
        if message:
            grow_to_fit(self._owner.window())

    def show_error(self, field: QWidget, message: str) -> None:
        """Put a message (from the service, say) at `field` and move the cursor there."""
        for watched in self._fields:
            if watched.field is field:
                self._show(watched, message)
                field.setFocus()  # Qt.FocusReason.OtherFocusReason

    def check_all(self) -> bool:
        """Run every check; mark each wrong field, focus the first one; True when all are valid."""
        first: QWidget | None = None
        for watched in self._fields:
            message = watched.check()
            self._show(watched, message)
            if message and first is None:
                first = watched.field
        if first is not None:
            first.setFocus()  # Qt.FocusReason.OtherFocusReason
        return first is None

    def invalid_fields(self) -> list[QWidget]:
        """The fields marked wrong now (for tests)."""
        return [w.field for w in self._fields if w.field.property("invalid")]


def grow_to_fit(window: QWidget) -> None:
    """Make a window tall enough for a message that just appeared (never shrink it, never past the screen)."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    wanted = window.sizeHint().height()
    screen = window.screen()
    if screen is not None:
        wanted = min(wanted, screen.availableGeometry().height())
    if window.height() < wanted:
        window.resize(window.width(), wanted)


def _row_of(form: QFormLayout, widget: QWidget | None) -> int:
    """The form row holding `widget` (-1 when it is not in this form)."""
    if widget is None:
        return -1
    position: tuple[int, object] = form.getWidgetPosition(widget)  # type: ignore[assignment]
    return int(position[0])
