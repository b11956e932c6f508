"""A form saved on an older version, merged with the newer one field by field: what the person changed
stays hers, what she left alone takes the newer value, and only a field both changed needs a choice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from barnearket.ui.conflict.dialog import Choice
from barnearket.ui.conflict.fields import Fields
from barnearket.ui.edit.common import ID_ROLE, CheckList, select_data
from barnearket.ui.formwidgets.dates import OptionalDateEdit
from barnearket.ui.widgets import qtr

Field = tuple[str, QWidget]
"""A field's label as the person reads it, and its widget."""


class FormMerge:
    """Remembers what a form was filled with, so a refused save can be merged with the newer version.

    Attributes:
        overlap: the labels of the fields both changed, after `rebase` (these need the person's choice).
        changed: the labels of the fields the person changed.
    """

    def __init__(self, fields: Sequence[Field]) -> None:
        self._fields = list(fields)
        self._original = self._values()
        self._theirs: list[object] = []
        self.overlap: list[str] = []
        self.changed: list[str] = []

    def rebase(self, show_theirs: Callable[[], None]) -> tuple[Fields, Fields]:
        """Fill the form with the newer version (`show_theirs`), then put back every field the person
        changed; return the fields both changed, as hers and as stored."""
        original, mine, mine_text = self._original, self._values(), self._texts()
        show_theirs()
        self._theirs, theirs_text = self._values(), self._texts()
        pairs = list(zip(self._fields, mine, original, self._theirs, strict=True))
        self.changed = [label for (label, _), m, o, _t in pairs if m != o]
        self.overlap = [label for (label, _), m, o, t in pairs if m != o and t not in (o, m)]
        for (_, widget), m, o, _t in pairs:
            if m != o:
                _set(widget, m)
        self._original = self._theirs
        return ({k: mine_text[k] for k in self.overlap}, {k: theirs_text[k] for k in self.overlap})

    def remember(self) -> None:
        """The form now shows what is stored (after a save or a reload): merge from here on."""
        self._original = self._values()

    def take_theirs(self) -> None:
        """Give the fields both changed the stored value (the person's other changes stay)."""
        for (label, widget), theirs in zip(self._fields, self._theirs, strict=True):
            if label in self.overlap:
                _set(widget, theirs)
        self.changed = [c for c in self.changed if c not in self.overlap]

    def settle(self, choice: Choice) -> bool:
        """Apply the person's choice in the conflict dialog; True while a change of hers is still to be
        stored (keep mine, or the stored value taken where both changed and her other changes remain)."""
        if choice is Choice.THEIRS:
            self.take_theirs()
            return bool(self.changed)
        return True

    def _values(self) -> list[object]:
        return [_get(widget) for _, widget in self._fields]

    def _texts(self) -> dict[str, str]:
        return {label: _text(widget) for label, widget in self._fields}


def _get(widget: QWidget) -> object:
    if isinstance(widget, CheckList):
        return tuple(sorted(widget.checked()))
    if isinstance(widget, OptionalDateEdit):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def _set(widget: QWidget, value: object) -> None:
    if isinstance(widget, CheckList):
        widget.set_checked(str(v) for v in value)  # type: ignore[attr-defined]
    elif isinstance(widget, OptionalDateEdit):
        widget.set_value(value if isinstance(value, date) else None)
    elif isinstance(widget, QComboBox):
        setter = getattr(widget, "set_value", None)  # a yes / no / not known answer
        if setter is not None:
            setter(value)
        else:
            select_data(widget, value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    else:
        assert isinstance(widget, QLineEdit)
        widget.setText(str(value))


def _text(widget: QWidget) -> str:
    """The value as the person reads it in the form."""
    if isinstance(widget, CheckList):
        items = widget.items
        return "\n".join(f"• {items.item(r).text()}" for r in range(items.rowCount())
                          if items.item(r).data(ID_ROLE) in widget.checked())
    if isinstance(widget, OptionalDateEdit):
        day = widget.value()
        return day.strftime("%d.%m.%Y") if day else ""
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QCheckBox):
        return qtr("Conflict", "Ja") if widget.isChecked() else qtr("Conflict", "Nei")
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit)
    return widget.text()
