"""The team leader's view: the cases of the units she leads, parents with children but no completed
Barnearket, and information or follow-up planned in a sheet but not yet recorded as given."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.services.staff import active_people
from barnearket.services.teamleader import (
    PlannedItem,
    TeamCase,
    planned_not_given,
    record_given,
    team_cases,
    without_completed_sheet,
)
from barnearket.storage.errors import CaseFileError
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.formwidgets.dates import OptionalDateEdit
from barnearket.ui.widgets import MUTED_STYLE, add_row, date_text, heading, message_label, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

CASE_ROLE = Qt.ItemDataRole.UserRole


def _table(parent: QWidget, headers: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
    table.setRowCount(0)
    for case_id, cells in rows:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(CASE_ROLE, case_id)
            table.setItem(row, column, item)
    if rows:
        table.selectRow(0)


class TeamLeaderDialog(QDialog):
    """Three lists for the units the team leader leads; a planned item can be recorded as given.

    Attributes:
        tabs, missing, planned, cases: the lists; given_on, given_by, given_button: the «given» form.
    """

    def __init__(self, ctx: UiContext, open_case: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamLeaderDialog")
        self.setWindowTitle(self.tr("Teamleders oversikt"))
        self._ctx, self._open_case = ctx, open_case
        self.items: list[PlannedItem] = []
        self.tabs = QTabWidget(self)
        self.missing = _table(self, [self.tr("Sak"), self.tr("Forelder"), self.tr("Enhet"),
                                     self.tr("Ansvarlig")], self.tr("Foreldre uten ferdig barneark"))
        self.planned = _table(self, [self.tr("Sak"), self.tr("Barn"), self.tr("Hva"), self.tr("Samtale"),
                                     self.tr("Ansvarlig"), self.tr("Planen")],
                              self.tr("Planlagt, ikke registrert som gitt"))
        self.cases = _table(self, [self.tr("Sak"), self.tr("Forelder"), self.tr("Enhet"),
                                   self.tr("Ansvarlig"), self.tr("Ferdige barneark")],
                            self.tr("Enhetenes åpne saker"))
        self.given_on = OptionalDateEdit(self)
        self.given_by = QComboBox(self)
        self.planned.setObjectName("teamLeader_planned")
        self.given_on.setObjectName("teamLeader_givenOn")
        self.given_by.setObjectName("teamLeader_givenBy")
        self.given_button = QPushButton(self.tr("&Registrer som gitt"), self)
        self.open_button = QPushButton(self.tr("&Åpne saken"), self)
        self.close_button = QPushButton(self.tr("&Lukk"), self)
        self.message = message_label(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(MUTED_STYLE)
        self._build()
        self.given_button.clicked.connect(self.record)
        self.open_button.clicked.connect(self.open_current)
        self.close_button.clicked.connect(self.accept)
        for table in (self.missing, self.planned, self.cases):
            table.activated.connect(lambda _index: self.open_current())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.reload()
        fit_to_screen(self, 1100, 640)

    def _build(self) -> None:
        box = QVBoxLayout(self)
        box.addWidget(heading(self.tr("Teamleders oversikt"), self, 3))
        intro = QLabel(self.tr(
            "Her ser du de åpne sakene i enhetene du er teamleder eller barneansvarlig for. Sørg for at "
            "alle foreldre med barn har hatt samtalen, og at informasjon og oppfølging som er planlagt i "
            "barnearket, faktisk blir gitt. Enter åpner saken."), self)
        intro.setWordWrap(True)
        box.addWidget(intro)
        planned_page = QWidget(self)
        column = QVBoxLayout(planned_page)
        column.addWidget(self.planned, 1)
        form = QFormLayout()
        add_row(form, self.tr("Gitt &dato:"), self.given_on)
        add_row(form, self.tr("Gitt a&v:"), self.given_by)
        line = QHBoxLayout()
        line.addLayout(form)
        line.addWidget(self.given_button, 0, Qt.AlignmentFlag.AlignBottom)
        line.addStretch(1)
        column.addLayout(line)
        self.tabs.addTab(self.missing, "")
        self.tabs.addTab(planned_page, "")
        self.tabs.addTab(self.cases, "")
        box.addWidget(self.tabs, 1)
        box.addWidget(self.message)
        box.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        box.addLayout(row)

    def reload(self) -> None:
        """Read the three lists again (a refusal is shown instead)."""
        try:
            with self._ctx.reading() as sctx:
                missing = without_completed_sheet(sctx)
                self.items = planned_not_given(sctx)
                cases = team_cases(sctx)
                people = active_people(sctx)
        except DomainError as exc:
            show_message(self.message, exc.message)
            return
        _fill(self.missing, [(c.case_id, _case_cells(c)) for c in missing])
        _fill(self.planned, [(i.case_id, _planned_cells(i)) for i in self.items])
        _fill(self.cases, [(c.case_id, (*_case_cells(c), str(c.completed_sheets))) for c in cases])
        self.tabs.setTabText(0, self.tr("&Uten ferdig barneark (%1)").replace("%1", str(len(missing))))
        self.tabs.setTabText(1, self.tr("&Planlagt, ikke gitt (%1)").replace("%1", str(len(self.items))))
        self.tabs.setTabText(2, self.tr("&Enhetenes saker (%1)").replace("%1", str(len(cases))))
        me = self._ctx.actor.user_id if self._ctx.actor else None
        self.given_by.clear()
        for user_id, name in people:
            self.given_by.addItem(name, user_id)
        self.given_by.setCurrentIndex(max(self.given_by.findData(me), 0))
        self.given_on.set_value(self._ctx.clock.today())
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        self.given_button.setEnabled(index == 1 and bool(self.items))

    def current_table(self) -> QTableWidget:
        """The list on the tab shown."""
        return [self.missing, self.planned, self.cases][self.tabs.currentIndex()]

    def record(self) -> None:
        """Record the chosen planned item as given (on the date, by the person chosen)."""
        row = self.planned.currentRow()
        if not 0 <= row < len(self.items):
            show_message(self.message, self.tr("Velg en linje i listen først."))
            return
        item = self.items[row]
        try:
            with self._ctx.unit_of_work() as sctx:
                record_given(sctx, item.case_id, item.child_id, item.kind, given_on=self.given_on.value(),
                             given_by=self.given_by.currentData())
        except (DomainError, CaseFileError) as exc:
            show_message(self.message, exc.message)
            return
        done = (self.tr("Registrert: %1 til %2 i sak %3 er gitt %4 av %5.")
                .replace("%1", item.kind.label).replace("%2", item.child_name).replace("%3", item.case_number)
                .replace("%4", date_text(self.given_on.value() or self._ctx.clock.today()))
                .replace("%5", self.given_by.currentText()))
        self._ctx.save_status.saved.emit()
        self.reload()
        show_message(self.message, "")
        self.status.setText(done)
        self.tabs.setCurrentIndex(1)
        self.planned.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_current(self) -> None:
        """Show the chosen case in the main window."""
        table = self.current_table()
        item = table.item(table.currentRow(), 0)
        if item is None:
            return
        self.accept()
        self._open_case(int(item.data(CASE_ROLE)))


def _case_cells(case: TeamCase) -> tuple[str, str, str, str]:
    return case.case_number, case.parent_name, case.unit_name, case.responsible_name or "–"


def _planned_cells(item: PlannedItem) -> tuple[str, ...]:
    return (item.case_number, item.child_name, item.kind.label, date_text(item.sheet_held_on),
            item.responsible_name or "–", item.plan)
