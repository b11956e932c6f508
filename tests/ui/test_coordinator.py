"""The coordinator's panel: loading off the GUI thread, filter, sort, open a case, queues, figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from barnearket.services.context import ServiceContext
from barnearket.services.overview.queues import gate_unanswered, needs_without_plan
from barnearket.services.overview.rows import open_concerns
from barnearket.ui.coordinator import OverviewPanel
from barnearket.ui.coordinator.model import BATCH, CASE_ROLE, OVERDUE_ROLE, RecordModel
from barnearket.ui.coordinator.proxy import RecordFilter
from barnearket.ui.coordinator.records import Record
from tests.helpers.overduecounts import overdue_counts
from tests.services.support import audit_rows
from tests.ui.coordinator_support import Opened, Seeded, loaded_panel, ui_for


def _column(panel: OverviewPanel, key: str) -> int:
    return [c.key for c in panel.overview.model.columns].index(key)


def _shown(panel: OverviewPanel, key: str) -> list[str]:
    model, column = panel.overview.model, _column(panel, key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _settled(qtbot: QtBot, panel: OverviewPanel, action: Callable[[], object]) -> None:
    """Do something to the filters or the sort and wait until the database's first page is shown."""
    with qtbot.waitSignal(panel.overview.refreshed, timeout=10_000):
        action()


def test_the_panel_shows_every_open_concern_and_the_counts(overview_panel: OverviewPanel,
                                                           seeded: Seeded) -> None:
    with seeded.case_file.read_session() as session:
        ctx = ServiceContext(session, seeded.world.coordinator, seeded.clock)
        rows, counts = open_concerns(ctx), overdue_counts(ctx)
        gates, needs = gate_unanswered(ctx), needs_without_plan(ctx)
    assert overview_panel.overview.model.rowCount() == len(rows)
    assert overview_panel.tabs.tabText(0) == f"Åpne bekymringer ({len(rows)})"
    assert overview_panel.counts.buttons[("decision", "overdue")].text().startswith(f"{counts.decisions} ")
    assert overview_panel.counts.buttons[("report", "late")].text().startswith(f"{counts.reports} ")
    assert overview_panel.queues["gate"].model.rowCount() == len(gates)
    assert overview_panel.queues["needs"].model.rowCount() == len(needs)
    overdue = [overview_panel.overview.model.index(r, 0).data(OVERDUE_ROLE) for r in range(len(rows))]
    assert sum(overdue) == sum(r.overdue for r in rows) > 0


def test_models_pass_the_model_tester(overview_panel: OverviewPanel, qtmodeltester: Any,
                                      qtbot: QtBot) -> None:
    qtmodeltester.check(overview_panel.overview.model)
    for table in overview_panel.queues.values():
        qtmodeltester.check(table.model)
    with qtbot.waitSignal(overview_panel.figures.loaded, timeout=10_000):
        overview_panel.tabs.setCurrentWidget(overview_panel.figures)
    qtmodeltester.check(overview_panel.figures.model)


def test_filter_by_text_and_by_column(overview_panel: OverviewPanel, qtbot: QtBot) -> None:
    overview = overview_panel.overview
    total = overview.model.rowCount()
    _settled(qtbot, overview_panel, lambda: QTest.keyClicks(overview.filters.search, "psykisk"))
    assert 0 < overview.model.rowCount() < total
    assert set(_shown(overview_panel, "unit")) == {"Psykisk helse"}
    shown = overview.model.rowCount()
    assert overview.count.text() == f"Viser {shown} av {total}"
    _settled(qtbot, overview_panel, overview.filters.search.clear)
    combo = overview.filters.combos[_column(overview_panel, "decision")]
    _settled(qtbot, overview_panel, lambda: combo.setCurrentIndex(combo.findData("overdue")))
    assert overview.model.rowCount() > 0
    model = overview.model
    assert all(model.index(r, 0).data(OVERDUE_ROLE) for r in range(model.rowCount()))
    assert all(text.startswith("frist ") for text in _shown(overview_panel, "decision"))


def test_the_overdue_counts_filter_the_overview(overview_panel: OverviewPanel, qtbot: QtBot,
                                                seeded: Seeded) -> None:
    overview_panel.tabs.setCurrentIndex(3)
    _settled(qtbot, overview_panel, overview_panel.counts.buttons[("report", "late")].click)
    assert overview_panel.tabs.currentIndex() == 0
    late = overview_panel.counts.buttons[("report", "late")].text()
    assert overview_panel.overview.model.rowCount() == int(late.split()[0])
    assert all(t.startswith("Ingen svar") for t in _shown(overview_panel, "report"))


def test_sort_by_a_column(overview_panel: OverviewPanel, qtbot: QtBot) -> None:
    column = _column(overview_panel, "days")
    header = overview_panel.overview.view.horizontalHeader()
    _settled(qtbot, overview_panel, lambda: _click(header.viewport(), _section_centre(header, column)))
    days = [int(d) for d in _shown(overview_panel, "days")]
    assert days in (sorted(days), sorted(days, reverse=True)) and days[0] != days[-1]
    _settled(qtbot, overview_panel, lambda: overview_panel.overview.view.sortByColumn(
        _column(overview_panel, "responsible"), Qt.SortOrder.AscendingOrder))
    names = _shown(overview_panel, "responsible")
    assert names.index("Ánte Čeavrris") < names.index("Kari Ødegård")


def test_scrolling_to_the_end_fetches_the_next_page(overview_panel: OverviewPanel, qtbot: QtBot,
                                                    seeded: Seeded) -> None:
    overview = overview_panel.overview
    every = _shown(overview_panel, "case")
    overview.page_size = 4
    _settled(qtbot, overview_panel, lambda: overview.view.sortByColumn(_column(overview_panel, "case"),
                                                                       Qt.SortOrder.DescendingOrder))
    assert overview.model.rowCount() == 4 and overview.model.size == len(every)
    view = overview.view
    view.setFocus()
    while overview.model.rowCount() < len(every):
        before = overview.model.rowCount()
        QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: overview.model.rowCount() > before, timeout=10_000)  # noqa: B023
    assert _shown(overview_panel, "case") == sorted(every, reverse=True)
    assert overview.count.text() == f"{len(every)} i alt"


def _section_centre(header: Any, column: int) -> QPoint:
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def _click(widget: QWidget, at: QPoint, *, double: bool = False) -> None:
    press = QTest.mouseDClick if double else QTest.mouseClick
    press(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def test_double_click_opens_the_case_and_logs_the_view(overview_panel: OverviewPanel, qtbot: QtBot,
                                                       seeded: Seeded, opened: Opened) -> None:
    view = overview_panel.overview.view
    index = overview_panel.overview.model.index(2, 1)
    case_id = index.data(CASE_ROLE)
    rect = view.visualRect(index)
    _click(view.viewport(), rect.center())
    _click(view.viewport(), rect.center(), double=True)
    assert opened.ids == [case_id]
    with seeded.case_file.read_session() as session:
        logged = audit_rows(session)
    assert logged[-1] == ("view", "case", case_id)
    assert ("view", "overview", None) in logged


def test_a_team_leader_sees_only_their_unit(qtbot: QtBot, seeded: Seeded, opened: Opened) -> None:
    panel = loaded_panel(qtbot, ui_for(seeded, seeded.world.colleague), opened)
    assert set(_shown(panel, "unit")) == {"Psykisk helse"}


def test_saved_filters_come_back(overview_panel: OverviewPanel, qtbot: QtBot, seeded: Seeded) -> None:
    dialogs = overview_panel.figures.dialogs
    overview = overview_panel.overview
    combo = overview.filters.combos[_column(overview_panel, "follow_up")]

    def narrow() -> None:
        QTest.keyClicks(overview.filters.search, "rus")
        combo.setCurrentIndex(combo.findData("none"))
    _settled(qtbot, overview_panel, narrow)
    narrowed = overview.model.rowCount()
    dialogs.set_next_answer("Rus uten tiltak")
    overview_panel.saved.save.click()
    _settled(qtbot, overview_panel, overview_panel.saved.reset.click)
    assert overview.filters.query() == "" and overview.model.rowCount() > narrowed
    choice = overview_panel.saved.choice
    choice.setCurrentIndex(choice.findData("Rus uten tiltak"))
    _settled(qtbot, overview_panel, lambda: choice.activated.emit(choice.currentIndex()))
    assert overview.filters.query() == "rus" and overview.model.rowCount() == narrowed
    overview_panel.saved.delete.click()
    assert choice.findData("Rus uten tiltak") < 0


def test_figures_are_counted_drawn_and_exported(overview_panel: OverviewPanel, qtbot: QtBot, seeded: Seeded,
                                                tmp_path: Path) -> None:
    with qtbot.waitSignal(overview_panel.figures.loaded, timeout=10_000):
        overview_panel.tabs.setCurrentWidget(overview_panel.figures)
    figures = overview_panel.figures.figures
    assert figures is not None and len(overview_panel.figures.charts) == len(figures.figures) == 11
    assert overview_panel.figures.charts[0].values == list(figures.figures[0].months)
    assert not overview_panel.figures.charts[5].grab().isNull()
    figures_tab = overview_panel.figures
    for kind, button in (("csv", figures_tab.csv_button), ("pdf", figures_tab.pdf_button)):
        overview_panel.figures.dialogs.set_next_answer(tmp_path / f"tall.{kind}")
        button.click()
        assert (tmp_path / f"tall.{kind}").stat().st_size > 100
    with seeded.case_file.read_session() as session:
        assert audit_rows(session, "figures")[-2:] == [("export", "figures", None), ("pdf", "figures", None)]


def test_the_model_hands_out_rows_in_batches(qtmodeltester: Any) -> None:
    model = RecordModel([])
    records = [Record(i, (), (), (), frozenset(), str(i)) for i in range(BATCH * 2 + 7)]
    model.set_records(records)
    assert model.rowCount() == BATCH and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * BATCH
    proxy = RecordFilter()
    proxy.setSourceModel(model)
    proxy.set_filter("7", {})
    assert model.rowCount() == len(records) and not model.canFetchMore(QModelIndex())
    assert proxy.rowCount() == sum("7" in r.search for r in records)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert QApplication.instance() is not None
