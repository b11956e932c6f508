"""The year's figures for a chosen period and unit: a table, bar charts by month, CSV and PDF export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.services.figures_export import export_figures_csv, export_figures_pdf
from barnearket.services.overview.figures import YearFigures, year_figures
from barnearket.storage.errors import CaseFileError
from barnearket.ui.coordinator.chart import BarChart
from barnearket.ui.coordinator.figuresmodel import FiguresModel, figure_label, month_short
from barnearket.ui.formwidgets.dates import make_date_edit
from barnearket.ui.readjobs import JobRunner
from barnearket.ui.units import list_units
from barnearket.ui.widgets import MUTED_STYLE, from_qdate, to_qdate

if TYPE_CHECKING:
    from barnearket.services.context import ServiceContext
    from barnearket.ui.context import UiContext

CHART_COLUMNS = 6
Export = Callable[["ServiceContext", YearFigures, Path], None]


class FiguresTab(QWidget):
    """Period, unit, the figures table and one bar chart per figure.

    Attributes:
        start, end, unit, show_button, csv_button, pdf_button, table, model, charts: the parts.

    Signals:
        loaded(): new figures are shown.
    """

    loaded = Signal()

    def __init__(self, ctx: UiContext, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._jobs = ctx, jobs
        self.dialogs = ctx.dialogs
        self.figures: YearFigures | None = None
        year = ctx.clock.today().year
        self.start, self.end = self._date(date(year, 1, 1)), self._date(date(year, 12, 31))
        self.unit = QComboBox(self)
        self.show_button = QPushButton(self.tr("&Vis tall"), self)
        self.csv_button = QPushButton(self.tr("Eksporter &CSV …"), self)
        self.pdf_button = QPushButton(self.tr("Lag &PDF …"), self)
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(False)
            button.setToolTip(self.tr("Bare antall og medianer, ingen personopplysninger"))
        self.status = QLabel(self)
        self.status.setStyleSheet(MUTED_STYLE)
        self.model = FiguresModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)
        self.charts: list[BarChart] = []
        self._build()
        self.show_button.clicked.connect(self.reload)
        self.csv_button.clicked.connect(lambda: self._export(export_figures_csv, "csv"))
        self.pdf_button.clicked.connect(lambda: self._export(export_figures_pdf, "pdf"))

    def _date(self, day: date) -> QDateEdit:
        edit = make_date_edit(self)
        edit.setDate(to_qdate(day))
        return edit

    def _build(self) -> None:
        controls = QHBoxLayout()
        for text, widget in ((self.tr("F&ra:"), self.start), (self.tr("T&il:"), self.end),
                             (self.tr("&Enhet:"), self.unit)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            controls.addWidget(caption)
            controls.addWidget(widget)
        for button in (self.show_button, self.csv_button, self.pdf_button):
            controls.addWidget(button)
        controls.addWidget(self.status)
        controls.addStretch(1)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Årstall"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        grid = QGridLayout()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.addLayout(controls)
        box.addWidget(self.table, 3)
        box.addLayout(grid, 4)
        self._grid = grid

    def fill_units(self) -> None:
        """Offer «all units» and each unit (the service limits a team leader to their own)."""
        with self._ctx.reading() as sctx:
            units = list_units(sctx)
        chosen = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem(self.tr("Alle enheter"), None)
        for unit_id, name in units:
            self.unit.addItem(name, unit_id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))

    def reload(self) -> None:
        """Count the figures for the chosen period and unit off the GUI thread."""
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        unit_id = self.unit.currentData()
        self.status.setText(self.tr("Teller …"))
        self._jobs.submit("figures", lambda sctx: year_figures(sctx, start, end, unit_id=unit_id),
                          self._show, self._failed)

    def _show(self, figures: YearFigures) -> None:
        self.figures = figures
        self.model.set_figures(figures)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents if column < 2 else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4 + sum(
            self.table.rowHeight(r) for r in range(self.model.rowCount())))
        labels = [month_short(m) for m in figures.months]
        while len(self.charts) < len(figures.figures):
            chart = BarChart(self)
            self._grid.addWidget(chart, len(self.charts) // CHART_COLUMNS, len(self.charts) % CHART_COLUMNS)
            self.charts.append(chart)
        for chart, figure in zip(self.charts, figures.figures, strict=True):
            chart.set_data(figure_label(figure), figure.months, labels)
        self.status.setText("")
        self.csv_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(message or self.tr("Kunne ikke telle. Prøv igjen."))

    def _export(self, export: Export, kind: str) -> None:
        if self.figures is None:
            return
        pattern = self.tr("CSV-fil (*.csv)") if kind == "csv" else self.tr("PDF-dokument (*.pdf)")
        name = f"arstall-{self.figures.start.isoformat()}-{self.figures.end.isoformat()}.{kind}"
        path = self._ctx.dialogs.save_file(self, self.tr("Lagre årstall"), Path.home() / name, pattern)
        if path is None:
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                export(sctx, self.figures, path)
        except (CaseFileError, DomainError) as exc:
            self._ctx.dialogs.message(self, self.tr("Kunne ikke lagre"), exc.message, warning=True)
            return
        self.status.setText(self.tr("Lagret i %1.").replace("%1", path.name))
