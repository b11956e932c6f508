"""The notice on a case whose user is herself under 18, with the way to a concern (and a report) about her."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.model import Case
from barnearket.domain.rules.minor import MINOR_NOTE, user_age, user_is_minor
from barnearket.services.minor import user_as_child_id
from barnearket.ui.widgets import WARN_STYLE

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class MinorBanner(QWidget):
    """Hidden unless the case's user is under 18; then says so and offers a concern about her.

    Attributes:
        text, button: the notice and «Bekymring for brukeren selv …» (tests drive them).

    Signals:
        concern_requested(int): the id of the user's own entry among the children, ready for a concern.
    """

    concern_requested = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._case: Case | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setStyleSheet(WARN_STYLE)
        self.button = QPushButton(self.tr("Bekymring for b&rukeren selv …"), self)
        self.button.setToolTip(self.tr("Lag en bekymring om brukeren; derfra skrives meldingen."))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self._start)
        self.hide()

    def show_case(self, case: Case) -> None:
        """Show the notice when the user is under 18 (judged from her birth date or identity number)."""
        self._case = case
        today = self._ctx.clock.today()
        minor = user_is_minor(case, today)
        if minor:
            age = self.tr("Brukeren er %1 år, altså under 18.").replace("%1", str(user_age(case, today)))
            self.text.setText(f"{age} {self.tr(MINOR_NOTE)}")
            self.text.setAccessibleName(self.text.text())
        self.setVisible(minor)

    def _start(self) -> None:
        if self._case is None:
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                child_id = user_as_child_id(sctx, self._case.id)
        except DomainError as error:
            self._ctx.dialogs.message(self, self.tr("Kan ikke lage bekymringen"), error.message, warning=True)
            return
        self.concern_requested.emit(child_id)
