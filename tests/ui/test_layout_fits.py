"""The workspace fits a 1366×768 laptop: the action plan needs no side scrolling, entry forms get room,
charts carry their values and levels carry their names."""

from __future__ import annotations

from types import SimpleNamespace

from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.model import Scale
from barnearket.services.search import list_cases
from barnearket.storage.mapping import load_case
from barnearket.ui.concern.levels import Scales
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.concern.split import FORM_MIN_HEIGHT, stacked_sizes
from barnearket.ui.coordinator.chart import BarChart
from barnearket.ui.coordinator.levelnames import level_columns

ACTIONS_STEP = 6


def _case_with_actions(root: Barnearket) -> int:
    with root.ctx.reading() as sctx:
        for summary in list_cases(sctx, status=None, responsible_id=None, limit=100):
            case = load_case(sctx.session, summary.id)
            if any(c.actions for c in case.concerns):
                return case.id
    raise AssertionError("no case with an action plan in the demo file")


def test_the_action_plan_fits_and_the_form_has_room(qtbot: QtBot, larger_demo_root: Barnearket) -> None:
    main = larger_demo_root.main
    assert main is not None
    main.resize(1366, 740)
    case_id = _case_with_actions(larger_demo_root)
    main.open_case(case_id)
    main.case_view.show_case(case_id)
    main.case_view.tabs.setCurrentIndex(2)
    panel = main.case_view.panels[1].build()
    assert isinstance(panel, ConcernPanel)
    with larger_demo_root.ctx.reading() as sctx:
        concern = next(c for c in load_case(sctx.session, case_id).concerns if c.actions)
    panel.select(concern.id)
    panel.view.open_step(ACTIONS_STEP)
    page = panel.view.pages.actions
    qtbot.waitUntil(lambda: page.table.viewport().width() > 200)
    table = page.table
    used = sum(table.columnWidth(c) for c in range(table.model().columnCount()))
    assert used <= table.viewport().width() + 1, "no column hides behind a side scroll bar"
    assert not table.horizontalScrollBar().isVisible()
    assert page.forms.height() >= 250, "stacked under the plan the form still has room (it had 150 px)"
    main.case_list.show_list(False)
    qtbot.waitUntil(lambda: page.splitter.orientation().name == "Horizontal")
    assert page.forms.height() > 400, "with the list hidden the form has the whole height"


def test_stacked_forms_never_get_less_than_room_to_type() -> None:
    assert stacked_sizes(470, (1, 1))[1] >= FORM_MIN_HEIGHT
    assert stacked_sizes(1000, (2, 3)) == [400, 600]
    assert sum(stacked_sizes(300, (1, 1))) == 300


def test_charts_draw_each_value_above_its_bar(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(320, 200)
    chart.set_data("Nye bekymringer", [2, None, 11, 0], ["jan", "feb", "mar", "apr"])
    chart.grab()
    assert chart.drawn == ["2", "11", "0"]


def test_levels_show_their_name_beside_the_number(workspace: Barnearket) -> None:
    scales = Scales(workspace.ctx.library)
    assert scales.short_label(Scale.CHILD, 3) == "3 · Grunn til bekymring"
    assert scales.short_label(Scale.CHILD, 1) == "1 · Vær oppmerksom"
    level = next(c for c in level_columns(workspace.ctx) if c.key == "level")
    assert level.text(SimpleNamespace(level=2)) == "2 · Vær oppmerksom"  # type: ignore[arg-type]
    assert level.choices["4"].startswith("4 · ")
