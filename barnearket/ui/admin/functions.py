"""The routine's functions on a person (barneansvarlig for a unit, teamleder, tildeling,
barnekoordinator, member of the resource group), set by the administrator apart from the role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.functions import RoutineFunction
from barnearket.services.functions import HeldFunction, functions_of, set_functions
from barnearket.services.staff import StaffMember
from barnearket.services.units import list_units
from barnearket.ui.admin.form import FormDialog
from barnearket.ui.widgets import qtr, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

TEXTS = {
    RoutineFunction.BARNEANSVARLIG: QT_TRANSLATE_NOOP("FunctionsDialog", "&Barneansvarlig for enheten"),
    RoutineFunction.TEAMLEDER: QT_TRANSLATE_NOOP("FunctionsDialog", "&Teamleder for enheten"),
    RoutineFunction.TILDELING: QT_TRANSLATE_NOOP("FunctionsDialog", "T&ildelingskontoret"),
    RoutineFunction.BARNEKOORDINATOR: QT_TRANSLATE_NOOP("FunctionsDialog", "Barne&koordinator"),
    RoutineFunction.RESSURSGRUPPE: QT_TRANSLATE_NOOP("FunctionsDialog", "&Medlem av ressursgruppen"),
}


class FunctionsDialog(FormDialog):
    """Tick the functions a person holds; barneansvarlig and teamleder belong to one unit each.

    Signals:
        changed(): stored.
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(
            qtr("FunctionsDialog", "Funksjoner i rutinen for %1").replace("%1", member.full_name),
            qtr("FunctionsDialog", "Funksjonene sier hvem som gjør hva i rutinen. De endrer ikke "
                                   "tilgangsrollen, men en teamleder eller barneansvarlig ser sakene "
                                   "til enheten sin og får teamlederoversikten."), parent)
        self._ctx, self._member = ctx, member
        with ctx.reading() as sctx:
            units = [(u.id, u.name) for u in list_units(sctx)]
            held = functions_of(sctx, member.id)
        self.boxes: dict[RoutineFunction, QCheckBox] = {}
        self.units: dict[RoutineFunction, QComboBox] = {}
        for function in RoutineFunction:
            box = QCheckBox(qtr("FunctionsDialog", TEXTS[function]), self)
            mine = [h for h in held if h.function is function]
            box.setChecked(bool(mine))
            self.boxes[function] = box
            if not function.per_unit:
                self.form.addRow(box)
                continue
            combo = QComboBox(self)
            combo.setAccessibleName(qtr("FunctionsDialog", "Enhet: %1").replace("%1", function.label))
            for unit_id, name in units:
                combo.addItem(name, unit_id)
            index = combo.findData(mine[0].unit_id if mine else member.unit_id)
            combo.setCurrentIndex(max(index, 0))
            combo.setEnabled(box.isChecked())
            box.toggled.connect(combo.setEnabled)
            self.units[function] = combo
            line = QHBoxLayout()
            line.addWidget(box)
            line.addWidget(combo, 1)
            self.form.addRow(line)
        self.first = self.boxes[RoutineFunction.BARNEANSVARLIG]

    def wanted(self) -> list[HeldFunction]:
        """The ticked functions, with their unit where they have one."""
        return [HeldFunction(f, self.units[f].currentData() if f in self.units else None)
                for f, box in self.boxes.items() if box.isChecked()]

    def submit(self) -> None:
        """Store the functions, or show why not."""
        try:
            with self._ctx.unit_of_work() as sctx:
                set_functions(sctx, self._member.id, self.wanted())
        except DomainError as exc:
            show_message(self.message, exc.message)
            return
        self.changed.emit()
        self.accept()
