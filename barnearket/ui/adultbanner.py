"""The notice on a case where a child has turned 18: out of the queues; close for the child, or carry on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.model import Case
from barnearket.services.adulthood import GrownUp, carry_on, close_for_grown_up, grown_up_to_decide
from barnearket.ui.formwidgets.dates import format_date
from barnearket.ui.widgets import WARN_STYLE

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class AdultBanner(QWidget):
    """Hidden unless a child of the open case has turned 18 and nobody has decided what happens.

    Attributes:
        text: what happened; close_button and carry_on_button: the two ways on (for the first such child).

    Signals:
        changed(int): concerns were closed or the choice to carry on was stored (the case id).
        close_case_requested(): nothing else is open, so the case itself may be closed now.
    """

    changed = Signal(int)
    close_case_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adultBanner")
        self._ctx = ctx
        self._case: Case | None = None
        self._first: GrownUp | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setStyleSheet(WARN_STYLE)
        self.close_button = QPushButton(self.tr("Avslutt for barnet …"), self)
        self.close_button.setToolTip(self.tr("Avslutt bekymringene for barnet, og deretter saken hvis "
                                             "ingenting annet er åpent"))
        self.carry_on_button = QPushButton(self.tr("Fortsett saken"), self)
        self.carry_on_button.setToolTip(self.tr("Saken fortsetter; meldingen om 18 år vises ikke mer"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.carry_on_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addLayout(buttons)
        self.close_button.clicked.connect(self.close_for_child)
        self.carry_on_button.clicked.connect(self.carry_on)
        self.hide()

    def show_case(self, case: Case) -> None:
        """Show the notice for the first child of the case who has turned 18 without a decision."""
        self._case = case
        with self._ctx.reading() as sctx:
            found = grown_up_to_decide(sctx, case)
        self._first = found[0] if found else None
        if self._first is not None:
            self.text.setText(self._message(self._first))
            self.text.setAccessibleName(self.text.text())
        self.setVisible(self._first is not None)

    def _message(self, grown: GrownUp) -> str:
        text = self.tr("%1 fylte 18 år %2 og er ikke lenger barn i saken. Saken står ikke lenger i køene "
                       "for barnet.").replace("%1", grown.child.name).replace("%2", format_date(grown.since))
        count = len(grown.open_concerns)
        if count:
            text += " " + self.tr("Åpne bekymringer for barnet: %1.").replace("%1", str(count))
        return text + " " + self.tr("Avslutt det som gjaldt barnet, eller fortsett saken (for eksempel med "
                                    "andre barn, eller med barnet som voksen pårørende).")

    def close_for_child(self) -> None:
        """After a confirmation: close the open concerns about the child, then offer to close the case."""
        if self._case is None or self._first is None:
            return
        question = self.tr("Bekymringene for %1 avsluttes med begrunnelsen at barnet har fylt 18 år.")
        if not self._ctx.dialogs.confirm(self, self.tr("Avslutt for barnet"),
                                         question.replace("%1", self._first.child.name),
                                         self.tr("Avslutt"), safe_default=True):
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                still_open = close_for_grown_up(sctx, self._case.id, self._first.child.id)
        except DomainError as error:
            self._ctx.dialogs.message(self, self.tr("Kunne ikke avslutte"), error.message, warning=True)
            return
        self.changed.emit(self._case.id)
        if still_open == 0:
            self.close_case_requested.emit()

    def carry_on(self) -> None:
        """Keep the case going; the notice is not shown again for this child."""
        if self._case is None or self._first is None:
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                carry_on(sctx, self._case.id, self._first.child.id)
        except DomainError as error:
            self._ctx.dialogs.message(self, self.tr("Kunne ikke lagre"), error.message, warning=True)
            return
        self.changed.emit(self._case.id)
