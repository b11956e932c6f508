"""One case: the parent, the gate answer and the children, with the conversation and concern tabs."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QListView, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from barnearket.domain.model import Case
from barnearket.domain.rules.gate import case_completeness
from barnearket.services.cases import view_case
from barnearket.ui.adultbanner import AdultBanner
from barnearket.ui.autosave import flush_all
from barnearket.ui.caseparts import CHILD_ROLE, CaseSummaryBox, ChildrenModel
from barnearket.ui.checkout.banner import CheckoutBanner
from barnearket.ui.edit.casebar import CaseActions, MissingNotes
from barnearket.ui.minorbanner import MinorBanner
from barnearket.ui.pregnancy import PregnancySummary
from barnearket.ui.rights.banner import TransferBanner
from barnearket.ui.widgets import MUTED_STYLE, heading

if TYPE_CHECKING:
    from barnearket.ui.casepanels import PanelFactory
    from barnearket.ui.context import UiContext

log = logging.getLogger("barnearket.ui.caseview")


class CasePanel(Protocol):
    """What the shell needs from a tab written elsewhere."""

    def show_case(self, case_id: int) -> None:
        """Show this case."""
        ...


class LazyPanel(QWidget):
    """Builds its panel the first time the tab is shown, so opening the workspace stays fast.

    Attributes:
        panel: the real panel once built (None before).
    """

    def __init__(self, factory: PanelFactory, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory, self._ctx = factory, ctx
        self._case_id: int | None = None
        self.panel: QWidget | None = None
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        """Make the panel now (if not made yet) and show the current case in it."""
        if self.panel is None:
            self.panel = self._factory(self._ctx, self)
            self._box.addWidget(self.panel)
            if self._case_id is not None:
                self._forward(self._case_id)
        return self.panel

    def show_case(self, case_id: int) -> None:
        """Remember the case; pass it on at once if the panel exists."""
        self._case_id = case_id
        if self.panel is not None:
            self._forward(case_id)

    def _forward(self, case_id: int) -> None:
        if self.panel is not None and hasattr(self.panel, "show_case"):
            cast(CasePanel, self.panel).show_case(case_id)

    def showEvent(self, event: QShowEvent) -> None:
        """First shown: build the panel."""
        self.build()
        super().showEvent(event)


class CaseView(QWidget):
    """Shows the case chosen in the list; empty until one is chosen.

    Attributes:
        case: the case shown (None before the first choice).
        tabs: "Oversikt", "Barnearket-samtale" and "Bekymringer".

    Signals:
        child_selected(object): the child id chosen in the overview (or None).
        case_changed(int): the case was edited, closed or reopened here (lists reload).
    """

    child_selected = Signal(object)
    case_changed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.case: Case | None = None
        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self)
        self.summary = CaseSummaryBox(ctx, self)
        self.children_model = ChildrenModel(ctx, self)
        self.children_view = QListView(self)
        self.notes = MissingNotes(self)
        self.minor = MinorBanner(ctx, self)
        self.transferred = TransferBanner(self)
        self.checked_out = CheckoutBanner(ctx, self)
        self.adult = AdultBanner(ctx, self)
        self.case_actions = CaseActions(ctx, self.selected_child_id, self)
        self.no_children = QLabel(self.tr("Ingen barn eller søsken er registrert."), self)
        self.pregnancy = PregnancySummary(ctx, self)
        self.panels: list[LazyPanel] = []
        self._build()

    def _build(self) -> None:
        empty = QLabel(self.tr("Velg en sak i listen til venstre, eller lag en ny sak med Ctrl+N."), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        empty.setStyleSheet(MUTED_STYLE)
        self.stack.addWidget(empty)
        overview = QWidget(self.tabs)
        box = QVBoxLayout(overview)
        box.addWidget(self.summary)
        box.addWidget(self.minor)
        box.addWidget(self.transferred)
        box.addWidget(self.checked_out)
        box.addWidget(self.adult)
        self.adult.changed.connect(self._edited)
        self.adult.close_case_requested.connect(self.case_actions.close_or_reopen)
        box.addWidget(self.case_actions)
        box.addWidget(self.notes)
        self.minor.concern_requested.connect(self.new_concern_about)
        box.addWidget(heading(self.tr("Barn og søsken"), overview, 2))
        self.children_view.setModel(self.children_model)
        self.children_view.setAccessibleName(self.tr("Barn og søsken"))
        self.children_view.setAlternatingRowColors(True)
        self.children_view.selectionModel().currentChanged.connect(self._child_changed)
        self.no_children.setStyleSheet(MUTED_STYLE)
        box.addWidget(self.no_children)
        self.children_view.setMaximumHeight(160)
        box.addWidget(self.children_view)
        box.addWidget(self.pregnancy)
        box.addStretch(1)
        self.tabs.addTab(overview, self.tr("&Oversikt"))
        tabs = ((self._ctx.panels.conversation, self.tr("&Barnearket-samtale")),
                (self._ctx.panels.concerns, self.tr("B&ekymringer")))
        for factory, title in tabs:
            panel = LazyPanel(factory, self._ctx, self.tabs)
            self.panels.append(panel)
            self.tabs.addTab(panel, title)
        self.stack.addWidget(self.tabs)
        QVBoxLayout(self).addWidget(self.stack)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.case_actions.changed.connect(self._edited)
        self.notes.fix.connect(self._fix)
        self.children_view.doubleClicked.connect(
            lambda _: self.case_actions.open_child(self.selected_child_id()))

    def show_case(self, case_id: int, *, log_view: bool = True) -> None:
        """Store pending edits, then show the case and hand it to every tab."""
        flush_all([self])
        with self._ctx.unit_of_work() as sctx:
            self.case = view_case(sctx, case_id, log_view=log_view)
        self.summary.show_case(self.case)
        self.minor.show_case(self.case)
        self.adult.show_case(self.case)
        self.children_model.set_children(self.case.children)
        self.pregnancy.show_case(self.case)
        self.children_view.setVisible(bool(self.case.children))
        self.no_children.setVisible(not self.case.children)
        self.notes.set_notes(case_completeness(self.case))
        self.case_actions.set_case(self.case)
        self.transferred.show_case(self.case)
        away = self.checked_out.show_case(self.case)
        self.case_actions.setEnabled(not self.case.is_transferred and not away)
        self.stack.setCurrentWidget(self.tabs)
        for panel in self.panels:
            panel.show_case(case_id)

    def _edited(self, case_id: int) -> None:
        """A dialog stored a change: show the case again and tell the lists."""
        chosen = self.selected_child_id()
        self.show_case(case_id, log_view=False)
        if chosen is not None:
            self.select_child(chosen)
        self.case_changed.emit(case_id)

    def _fix(self, code: str) -> None:
        """A "Mangler" button: do the missing thing."""
        if code == "gate_missing":
            self.case_actions.open_case(focus_gate=True)
        elif code == "no_children":
            self.case_actions.open_child(None)
        elif code == "no_sheet":
            self.tabs.setCurrentIndex(1)

    def select_child(self, child_id: int) -> None:
        """Choose a child in the overview's list."""
        for row in range(self.children_model.rowCount()):
            index = self.children_model.index(row, 0)
            if index.data(CHILD_ROLE) == child_id:
                self.children_view.setCurrentIndex(index)

    def _tab_changed(self, _index: int) -> None:
        """Children added during the conversation show up in the overview and the concerns too."""
        if self.case is None or not self._ctx.is_open:
            return
        with self._ctx.reading() as sctx:
            children = [c.id for c in view_case(sctx, self.case.id, log_view=False).children]
        if children != [c.id for c in self.case.children]:
            self.show_case(self.case.id, log_view=False)
            self.case_changed.emit(self.case.id)

    def show_concerns(self) -> None:
        """Switch to the concern tab (after a report was started)."""
        self.tabs.setCurrentIndex(2)

    def new_concern_about(self, child_id: int) -> None:
        """Open the concern tab with a new concern about this child (or the user herself) chosen."""
        if self.case is None:
            return
        self.show_case(self.case.id, log_view=False)
        self.show_concerns()
        panel = self.panels[1].build()
        start = getattr(panel, "start_new", None)
        if start is None:
            return
        start()
        box = getattr(panel, "new_box", None)
        if box is not None:
            box.form.set_answers({**box.form.answers(), "child_id": str(child_id)})

    def clear(self) -> None:
        """Show nothing (no case chosen)."""
        self.case = None
        self.stack.setCurrentIndex(0)

    def selected_child_id(self) -> int | None:
        """The child chosen in the overview, if any."""
        index = self.children_view.currentIndex()
        return int(index.data(CHILD_ROLE)) if index.isValid() else None

    def _child_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        self.child_selected.emit(int(current.data(CHILD_ROLE)) if current.isValid() else None)
