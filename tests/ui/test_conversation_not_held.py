"""Issue 15: the conversation step asks whether the talk was held; "no" with a reason is stored and shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from barnearket.services import concerns
from barnearket.storage.mapping import load_case
from barnearket.ui.context import UiContext
from tests.ui.test_concern_panel import _fill, _panel

REASON = "Barnevernet rådet oss til å vente med samtalen."


def test_a_conversation_not_held_is_recorded_with_its_reason(
        qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    with ui.unit_of_work() as sctx:
        child = load_case(sctx.session, case_id).children[0].id
        concerns.open_concern(sctx, case_id, child, level=2)
    panel = _panel(qtbot, ui, case_id)
    panel.view.open_step(4)
    page = panel.view.pages.conversations
    form = page.box.form
    participants = form.widget("participants")
    reason = form.widget("not_held_reason")
    _fill(form, {"held": "nei"})
    assert reason.isVisibleTo(panel) and not participants.isVisibleTo(panel)
    page.box.button.click()
    assert page.box.error.isVisible()  # the reason is required
    _fill(form, {"not_held_reason": REASON})
    page.box.button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert row[1:3] == ["Ikke holdt", REASON]
    with ui.reading() as sctx:
        (talk,) = load_case(sctx.session, case_id).concerns[0].conversations
    assert (talk.held, talk.not_held_reason, talk.participants) == (False, REASON, "")
