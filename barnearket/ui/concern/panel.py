"""The concerns of a case: the list with "Ny bekymring" beside the chosen concern, step by step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.forms import StepGuide
from barnearket.domain.forms.standard import STEPS_ID
from barnearket.domain.model import Case, Concern, label
from barnearket.domain.rules.steps import step_progress
from barnearket.services.cases import view_case
from barnearket.ui.concern.deadline import decision_deadline
from barnearket.ui.concern.listmodel import CONCERN_ROLE, ID_ROLE, ConcernListModel, ConcernProxy
from barnearket.ui.concern.newconcern import NewConcernBox
from barnearket.ui.concern.view import ConcernView
from barnearket.ui.context import UiContext
from barnearket.ui.formwidgets.style import PANEL_STYLE

EMPTY = 0


class ConcernPanel(QWidget):
    """The case's concerns in a drop-down list above the chosen one (or the form for a new one).

    Attributes:
        model, proxy: the concern list; chooser: the combo showing it; view: the chosen concern;
        new_box: the new-concern form.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._guide = ctx.library.latest_as(STEPS_ID, StepGuide)
        self.case: Case | None = None
        self.model = ConcernListModel(self._describe, self)
        self.proxy = ConcernProxy(self.model, self)
        self.chooser = QComboBox(self)
        self.chooser.setModel(self.proxy)
        self.chooser.setAccessibleName(self.tr("Bekymringer på saken"))
        self.chooser.activated.connect(lambda row: self.select(self.proxy.index(row, 0).data(ID_ROLE)))
        self.new_button = QPushButton(self.tr("Ny bekymring"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.start_new)
        self.show_closed = QCheckBox(self.tr("Vis avsluttede"), self)
        self.show_closed.setChecked(True)
        self.show_closed.toggled.connect(self._closed_toggled)
        self.view = ConcernView(ctx, self._guide, self)
        self.view.changed.connect(self.reload)
        self.new_box: NewConcernBox | None = None
        self.stack = QStackedWidget(self)
        self.setStyleSheet(PANEL_STYLE)
        self._lay_out()

    def _lay_out(self) -> None:
        empty = QLabel(self.tr("Ingen bekymring er valgt. Velg en i listen, eller lag en ny."), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.stack.addWidget(empty)
        self.stack.addWidget(self.view)
        caption = QLabel(self.tr("Bekymring:"), self)
        caption.setBuddy(self.chooser)
        bar = QHBoxLayout()
        bar.addWidget(caption)
        bar.addWidget(self.chooser, 1)
        bar.addWidget(self.show_closed)
        bar.addWidget(self.new_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.addLayout(bar)
        column.addWidget(self.stack, 1)

    def show_case(self, case_id: int) -> None:
        """Show the concerns of a case; the newest open one is opened."""
        self.view.concern = None
        self._load(case_id)
        self.select(self._first_id())

    def reload(self) -> None:
        """Read the case again after a change, keeping the chosen concern and step."""
        if self.case is None:
            return
        chosen = self.view.concern.id if self.view.concern else None
        self._load(self.case.id)
        self.select(chosen)

    def _load(self, case_id: int) -> None:
        with self._ctx.reading() as sctx:
            self.case = view_case(sctx, case_id, log_view=False)
        self.model.set_concerns(self.case.concerns)
        self.new_button.setEnabled(bool(self.case.children))
        self.chooser.setEnabled(bool(self.case.concerns))

    def _first_id(self) -> int | None:
        index = self.proxy.index(0, 0)
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def _closed_toggled(self, show: bool) -> None:
        chosen = self.view.concern.id if self.view.concern else None
        self.proxy.set_show_closed(show)
        self.select(chosen if self._row_of(chosen) is not None else self._first_id())

    def _row_of(self, concern_id: int | None) -> int | None:
        rows = [r for r in range(self.proxy.rowCount()) if self.proxy.index(r, 0).data(ID_ROLE) == concern_id]
        return rows[0] if rows else None

    def select(self, concern_id: int | None) -> None:
        """Choose a concern in the list and show it (None shows the empty page)."""
        row = self._row_of(concern_id)
        if row is None:
            self.chooser.setCurrentIndex(-1)
            self.stack.setCurrentIndex(EMPTY)
            return
        self.chooser.setCurrentIndex(row)
        assert self.case is not None
        concern = self.proxy.index(row, 0).data(CONCERN_ROLE)
        self.view.show_concern(self.case, concern, self._ctx.clock.today())
        self.stack.setCurrentWidget(self.view)

    def start_new(self) -> None:
        """Show the form for a new concern about one of the case's children."""
        if self.case is None:
            return
        if self.new_box is not None:
            self.stack.removeWidget(self.new_box)
            self.new_box.deleteLater()
        self.new_box = NewConcernBox(self._ctx, self._guide, self.case, self)
        self.new_box.done.connect(self._opened)
        self.stack.addWidget(self.new_box)
        self.stack.setCurrentWidget(self.new_box)
        self.chooser.setCurrentIndex(-1)
        self.new_box.form.widgets()[0].focus()

    def _opened(self, concern_id: object) -> None:
        assert self.case is not None
        self.view.concern = None
        self._load(self.case.id)
        self.select(int(str(concern_id)))

    def _describe(self, concern: Concern) -> str:
        child = self.case.child(concern.child_id) if self.case else None
        step = step_progress(concern).current
        deadline = decision_deadline(concern, self._ctx.clock.today()).text
        name = child.name if child else "?"
        return f"{name} ({label(concern.status).lower()}) – {step.number}. {label(step)} – {deadline}"
