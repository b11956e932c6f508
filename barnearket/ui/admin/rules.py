"""The administrator sets the deadlines the file counts with (decision, chasing, how soon is "soon")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QSpinBox, QWidget

from barnearket.domain.errors import DomainError
from barnearket.services.settings import ADJUSTABLE, change_rules, load_rules
from barnearket.ui.admin.form import FormDialog
from barnearket.ui.widgets import add_row, qtr, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

LABELS = {
    "decision_days": QT_TRANSLATE_NOOP("RulesDialog", "&Beslutning innen:"),
    "chase_days": QT_TRANSLATE_NOOP("RulesDialog", "&Purre på tilbakemelding etter:"),
    "due_soon_days": QT_TRANSLATE_NOOP("RulesDialog", "&Varsle så mange dager før en frist:"),
}


class RulesDialog(FormDialog):
    """One day count per adjustable deadline, stored in the case file for everyone.

    Attributes:
        days: the spin box for each deadline, by rule name.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Frister"), self.tr(
            "Fristene gjelder alle som bruker saksfilen. Standarden er 14 dager fra bekymringen oppsto "
            "til beslutning, og purring når barnevernet ikke har svart etter 21 dager. En endring gjelder "
            "det som registreres fra nå av; frister som alt står på en bekymring, blir stående. "
            "Barnevernets egne frister (én uke til gjennomgang, tre uker til tilbakemelding) og "
            "aldersgrensene følger loven og kan ikke endres her."), parent)
        self._ctx = ctx
        with ctx.reading() as sctx:
            rules = load_rules(sctx.session)
        self.days: dict[str, QSpinBox] = {}
        for name, (low, high) in ADJUSTABLE.items():
            box = QSpinBox(self)
            box.setRange(low, high)
            box.setSuffix(self.tr(" dager"))
            box.setValue(getattr(rules, name))
            self.days[name] = box
            add_row(self.form, qtr("RulesDialog", LABELS[name]), box)
        self.first = self.days["decision_days"]

    def submit(self) -> None:
        """Store the deadlines, or say why not."""
        try:
            with self._ctx.unit_of_work() as sctx:
                change_rules(sctx, {name: box.value() for name, box in self.days.items()})
        except DomainError as exc:
            show_message(self.message, exc.message)
            return
        self.accept()
