"""The highest level means «report now»: on top of «Trenger meg nå», first among the coordinator's
queues, and the concern's header says what to do instead of counting down to a decision."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from barnearket.domain.model import ReportChannel, ReportRecipient
from barnearket.services import reports
from barnearket.services.concerns import open_concern
from barnearket.services.overview.queues import reports_to_send_now
from barnearket.storage.mapping import load_case
from barnearket.ui.context import UiContext
from barnearket.ui.coordinator.panel import OverviewPanel
from barnearket.ui.needs import NeedsPanel
from tests.helpers.needs import reload_needs
from tests.ui.test_concern_panel import _panel


def _two_concerns(ui: UiContext, case_id: int) -> tuple[int, int]:
    """An old level-2 concern whose decision is overdue, and a new one at level 4 with nothing sent."""
    with ui.unit_of_work() as sctx:
        kids = load_case(sctx.session, case_id).children
        late = open_concern(sctx, case_id, kids[0].id, level=2, arose_on=date.today() - timedelta(days=30))
        top = open_concern(sctx, case_id, kids[1].id, level=4, description="Barnet har blåmerker.")
    return late, top


def _needs(qtbot: QtBot, ui: UiContext) -> list[str]:
    panel = NeedsPanel(ui, lambda case: f"sak {case}")
    qtbot.addWidget(panel)
    return reload_needs(qtbot, panel)


def test_report_now_tops_the_lists_until_a_report_is_sent(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    late, top = _two_concerns(ui, case_id)
    shown = _needs(qtbot, ui)
    assert shown[0].startswith("Send bekymringsmelding nå") and "ingen melding sendt" in shown[0]
    assert len(shown) == 2 and shown[1].startswith("Beslutning")
    with ui.reading() as sctx:
        assert [r.concern_id for r in reports_to_send_now(sctx)] == [top]
    overview = OverviewPanel(ui, lambda _: None)
    qtbot.addWidget(overview)
    with qtbot.waitSignals([overview.loaded, overview.queues_loaded], timeout=10_000):
        overview.reload()
    assert overview.tabs.tabText(1) == "Meld nå (1)"
    assert overview.queues["report_now"].model.rowCount() == 1

    with ui.unit_of_work() as sctx:
        report = reports.draft_report(sctx, top, ReportRecipient.BARNEVERN)
        reports.mark_report_sent(sctx, report, channel=ReportChannel.PORTAL)
    assert not any(s.startswith("Send bekymringsmelding") for s in _needs(qtbot, ui))
    with ui.reading() as sctx:
        assert reports_to_send_now(sctx) == []
    assert late


def test_the_header_says_send_now_instead_of_a_countdown(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    _, top = _two_concerns(ui, case_id)
    panel = _panel(qtbot, ui, case_id)
    panel.select(top)
    text = panel.view.deadline.text()
    assert text == "Meld til barnevernet nå · akutt fare: ring 112"
    assert panel.view.deadline.property("overdue") is True
    assert "dager" not in text
