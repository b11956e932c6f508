"""The coordinator's panel: overdue counts, the open concerns, the queues and the year's figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from barnearket.domain.errors import DomainError
from barnearket.services.cases import view_case
from barnearket.services.overview import queues as q
from barnearket.services.overview.paging import OverviewSummary, overview_choices, overview_summary
from barnearket.services.overview.pregnancy import pregnancy_plans_due
from barnearket.services.overview.rows import log_overview_viewed
from barnearket.ui.coordinator.counts import OverdueBar
from barnearket.ui.coordinator.figurestab import FiguresTab
from barnearket.ui.coordinator.levelnames import level_columns
from barnearket.ui.coordinator.overviewtable import OverviewTable
from barnearket.ui.coordinator.queuecolumns import gate_columns, need_columns, plan_columns
from barnearket.ui.coordinator.records import Column, Record, prepare
from barnearket.ui.coordinator.savedfilters import SavedFilters
from barnearket.ui.coordinator.table import RecordTable
from barnearket.ui.readjobs import JobRunner
from barnearket.ui.widgets import MUTED_STYLE, heading

if TYPE_CHECKING:
    from barnearket.services.context import ServiceContext
    from barnearket.ui.context import UiContext


@dataclass(frozen=True)
class _Queue:
    key: str
    title: str
    empty: str
    fetch: Callable[[ServiceContext], list[Any]]
    columns: list[Column[Any]]


class OverviewPanel(QWidget):
    """Every open concern at a glance for coordinators (team leaders: their own unit).

    Attributes:
        counts, tabs, overview, saved, queues, figures, jobs: the parts (tests drive them).

    Signals:
        loaded(): the open concerns and the counts are shown.
        queues_loaded(): every queue is shown.
    """

    loaded = Signal()
    queues_loaded = Signal()

    def __init__(self, ctx: UiContext, open_case: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._open_case = ctx, open_case
        self.jobs = JobRunner(ctx, self)
        self._columns = level_columns(ctx)
        self.counts = OverdueBar(self)
        self.tabs = QTabWidget(self)
        self.overview = OverviewTable(self._columns, self.jobs, self.tr("Åpne bekymringer"),
                                      self.tr("Ingen åpne bekymringer."))
        self.saved = SavedFilters(ctx, self.overview.filters, self)
        self._queues = self._queue_specs()
        self.queues = {s.key: RecordTable(s.columns, s.title, s.empty, self) for s in self._queues}
        self.figures = FiguresTab(ctx, self.jobs, self)
        self.refresh = QPushButton(self.tr("&Oppdater"), self)
        self.status = QLabel(self)
        self.status.setStyleSheet(MUTED_STYLE)
        self._queues_shown = False
        self._awaited: set[str] = set()
        self._build()
        self.counts.chosen.connect(self._choose)
        self.refresh.clicked.connect(self.reload)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.overview.case_activated.connect(self.open_case)
        self.overview.refreshed.connect(lambda: self._arrived("page"))
        self.overview.failed.connect(self._failed)
        for table in self.queues.values():
            table.case_activated.connect(self.open_case)

    def _queue_specs(self) -> list[_Queue]:
        return [
            _Queue("report_now", self.tr("Meld nå"),
                   self.tr("Ingen bekymringer på høyeste nivå venter på melding."),
                   q.reports_to_send_now, self._columns),
            _Queue("decisions", self.tr("Beslutning forfalt"), self.tr("Ingen beslutninger er forfalt."),
                   q.decisions_overdue, self._columns),
            _Queue("follow_ups", self.tr("Oppfølging denne uken"),
                   self.tr("Ingen tiltak skal følges opp nå."), q.follow_ups_due, self._columns),
            _Queue("reports", self.tr("Melding uten svar"),
                   self.tr("Ingen meldinger har ventet på svar i tre uker."),
                   q.reports_waiting, self._columns),
            _Queue("gate", self.tr("Spørsmål om barn ubesvart"),
                   self.tr("Alle åpne saker har svart på spørsmålet."), q.gate_unanswered, gate_columns()),
            _Queue("needs", self.tr("Behov uten plan"), self.tr("Alle behov har en plan."),
                   q.needs_without_plan, need_columns()),
            _Queue("pregnancy", self.tr("Svangerskap uten plan"),
                   self.tr("Ingen planer for svangerskap er forsinket."), pregnancy_plans_due,
                   plan_columns()),
        ]

    def _build(self) -> None:
        top = QHBoxLayout()
        title = heading(self.tr("Oversikt over bekymringer"), self, 4)
        title.setWordWrap(False)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.refresh)
        page = QWidget(self)
        inner = QVBoxLayout(page)
        inner.setContentsMargins(6, 6, 6, 6)
        self.overview.filters.place_beside_search(self.saved)
        inner.addWidget(self.overview, 1)
        self.tabs.addTab(page, "")
        for spec in self._queues:
            self.tabs.addTab(self.queues[spec.key], "")
        self.tabs.addTab(self.figures, self.tr("Årstall"))
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.counts)
        box.addWidget(self.tabs, 1)
        self._titles()
        self._reading_order()

    def _reading_order(self) -> None:
        """Tab as the page reads: «Oppdater», the counts, the tabs; the saved filters beside the search."""
        counts = list(self.counts.buttons.values())
        for first, second in pairwise([self.refresh, *counts, self.tabs]):
            QWidget.setTabOrder(first, second)
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        saved = [w for w in self.saved.findChildren(QWidget, options=direct)
                 if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        for first, second in pairwise([self.overview.filters.search, *saved]):
            QWidget.setTabOrder(first, second)

    def reload(self, *, log_view: bool = True) -> None:
        """Fetch everything again off the GUI thread (the view of the overview is logged, except when
        it follows someone else's change live)."""
        if not self._ctx.is_open:
            return
        if log_view:
            with self._ctx.unit_of_work() as sctx:
                log_overview_viewed(sctx)
        self.saved.reload()
        self.figures.fill_units()
        self.status.setText(self.tr("Henter …"))
        self._awaited = {"page", "summary"}  # both at once: the person waits for the slower one
        self.overview.requery()
        self.jobs.submit("summary", overview_summary, self._show_summary, self._failed)

    def _show_summary(self, summary: OverviewSummary) -> None:
        self.overview.set_total(summary.total)
        self.counts.show_counts(summary.counts)
        self._arrived("summary")

    def _arrived(self, part: str) -> None:
        """When the first page and the counts are both shown: the overview is loaded; then the filter
        choices, the queues and (if shown before) the figures, so they never delay it."""
        if part not in self._awaited:
            return
        self._awaited.discard(part)
        if self._awaited:
            return
        self.status.setText(self.tr("Oppdatert kl. %1").replace("%1", QTime.currentTime().toString("HH:mm")))
        self._titles()
        self.loaded.emit()
        self.jobs.submit("choices", overview_choices, self.overview.show_choices, self._failed)
        specs = self._queues
        self.jobs.submit("queues", lambda sctx: _queues(sctx, specs), self._show_queues, self._failed)
        if self.figures.figures is not None or self.tabs.currentWidget() is self.figures:
            self.figures.reload()

    def _show_queues(self, result: dict[str, list[Record]]) -> None:
        for key, records in result.items():
            self.queues[key].set_records(records)
        self._queues_shown = True
        self._titles()
        self.queues_loaded.emit()

    def _titles(self) -> None:
        """Each tab with its count (the queues' counts once they are loaded)."""
        total = self.overview.total
        self.tabs.setTabText(0, self.tr("Åpne bekymringer (%1)").replace("%1", str(total)))
        for index, spec in enumerate(self._queues, start=1):
            count = len(self.queues[spec.key].model.records)
            self.tabs.setTabText(index, f"{spec.title} ({count})" if self._queues_shown else spec.title)

    def _failed(self, message: str) -> None:
        self.status.setText(message or self.tr("Kunne ikke hente oversikten. Prøv igjen."))

    def _choose(self, key: str, value: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.overview.filters.clear()
        self.overview.filters.choose(key, value)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.figures and self.figures.figures is None and self._ctx.is_open:
            self.figures.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let reads still running finish first: a job must never post to a panel Qt has deleted."""
        self.jobs.wait()
        super().closeEvent(event)

    def open_case(self, case_id: int) -> None:
        """Log the view (and check access) through the services, then show the case."""
        try:
            with self._ctx.unit_of_work() as sctx:
                view_case(sctx, case_id)
        except DomainError as exc:
            self._ctx.dialogs.message(self, self.tr("Kan ikke åpne saken"), exc.message, warning=True)
            return
        self._open_case(case_id)


def _queues(sctx: ServiceContext, specs: list[_Queue]) -> dict[str, list[Record]]:
    """Worker thread: every queue, prepared for its table."""
    return {s.key: prepare(s.fetch(sctx), s.columns, lambda r: r.case_id) for s in specs}
