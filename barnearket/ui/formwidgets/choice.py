"""Editors whose answers are option ids: yes/no (/unclear), one choice, several choices, services."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from barnearket.domain.forms import Option, Question
from barnearket.domain.model import JsonValue
from barnearket.ui.formwidgets.base import AnswerEditor

_FEW = 8
_VISIBLE_ROWS = 6


class RadioEditor(AnswerEditor):
    """A row of radio buttons (types `yes_no` and `yes_no_unclear`); arrow keys move between them."""

    def __init__(self, question: Question, options: Sequence[Option], parent: QWidget | None = None) -> None:
        super().__init__(question, options, parent)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for option in self.options:
            button = QRadioButton(option.label, self)
            button.setProperty("option_id", option.id)
            self.group.addButton(button)
            self.buttons.append(button)
            self.box.addWidget(button)
        self.box.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._emit()

    def value(self) -> JsonValue:
        button = self.group.checkedButton()
        return None if button is None else str(button.property("option_id"))

    def _show(self, value: JsonValue) -> None:
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(button.property("option_id") == value)
        self.group.setExclusive(True)

    def inputs(self) -> list[QWidget]:
        return list(self.buttons)

    def name_inputs(self, name: str, description: str) -> None:
        for button, option in zip(self.buttons, self.options, strict=True):
            button.setAccessibleName(f"{name}: {option.label}")
            button.setAccessibleDescription(description)

    def focus_input(self) -> QWidget:
        return self.group.checkedButton() or self.buttons[0]


class ComboEditor(AnswerEditor):
    """One choice from a drop-down list (type `choice`); the first row means "not answered"."""

    def __init__(self, question: Question, options: Sequence[Option], parent: QWidget | None = None) -> None:
        super().__init__(question, options, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("Velg …"), None)
        for option in self.options:
            self.combo.addItem(option.label, option.id)
        self.combo.currentIndexChanged.connect(self._emit)
        self.box.addWidget(self.combo)
        self.box.addStretch(1)

    def value(self) -> JsonValue:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def _show(self, value: JsonValue) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def inputs(self) -> list[QWidget]:
        return [self.combo]


class CheckEditor(AnswerEditor):
    """Several choices as check boxes (type `multi_choice`); the answer lists the chosen ids."""

    columns = 2

    def __init__(self, question: Question, options: Sequence[Option], parent: QWidget | None = None) -> None:
        super().__init__(question, options, parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        self.boxes: list[QCheckBox] = []
        rows = -(-len(self.options) // self.columns)
        for index, option in enumerate(self.options):
            box = QCheckBox(option.label, self)
            box.setProperty("option_id", option.id)
            box.toggled.connect(self._emit)
            self.boxes.append(box)
            grid.addWidget(box, index % max(rows, 1), index // max(rows, 1))
        self.box.addLayout(grid)
        self.box.addStretch(1)

    def value(self) -> JsonValue:
        chosen: list[JsonValue] = [str(b.property("option_id")) for b in self.boxes if b.isChecked()]
        return chosen or None

    def _show(self, value: JsonValue) -> None:
        wanted = set(value) if isinstance(value, list) else set()
        for box in self.boxes:
            box.setChecked(box.property("option_id") in wanted)

    def inputs(self) -> list[QWidget]:
        return list(self.boxes)

    def name_inputs(self, name: str, description: str) -> None:
        for box, option in zip(self.boxes, self.options, strict=True):
            box.setAccessibleName(f"{name}: {option.label}")
            box.setAccessibleDescription(description)


class CheckListEditor(AnswerEditor):
    """Many choices as a scrolling list of check boxes (Space ticks the current row)."""

    def __init__(self, question: Question, options: Sequence[Option], parent: QWidget | None = None) -> None:
        super().__init__(question, options, parent)
        self.list = QListWidget(self)
        for option in self.options:
            item = QListWidgetItem(option.label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, option.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = min(len(self.options), _VISIBLE_ROWS)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)
        self.list.itemChanged.connect(self._emit)
        self.box.addWidget(self.list)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def value(self) -> JsonValue:
        chosen: list[JsonValue] = [
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in self._items()
            if i.checkState() == Qt.CheckState.Checked
        ]
        return chosen or None

    def _show(self, value: JsonValue) -> None:
        wanted = set(value) if isinstance(value, list) else set()
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def inputs(self) -> list[QWidget]:
        return [self.list]


def multi_choice_editor(
    question: Question, options: Sequence[Option], parent: QWidget | None = None
) -> AnswerEditor:
    """Check boxes for a few choices, a scrolling check list for many (multi_choice, service_list)."""
    if len(options) > _FEW:
        return CheckListEditor(question, options, parent)
    return CheckEditor(question, options, parent)
