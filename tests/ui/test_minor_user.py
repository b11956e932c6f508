"""A user under 18: the case view says so and one button leads to a new concern about her."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from barnearket.domain.model import Parent, Relation
from barnearket.services.cases import create_case
from barnearket.storage.mapping import load_case
from barnearket.storage.orm.users import Unit
from barnearket.ui.caseview import CaseView
from barnearket.ui.context import UiContext
from tests.ui.sheet_support import show_active
from tests.ui.test_concern_panel import _fill


def _case(ui: UiContext, born: date) -> int:
    with ui.unit_of_work() as sctx:
        unit = Unit(name="Psykisk helse", service="psykisk")
        sctx.session.add(unit)
        sctx.session.flush()
        return create_case(sctx, unit_id=unit.id, parent=Parent("Sunná Ŋuolas", birth_date=born))


def _view(qtbot: QtBot, ui: UiContext, case_id: int) -> CaseView:
    view = CaseView(ui)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    show_active(qtbot, view)
    view.show_case(case_id)
    return view


def test_a_minor_user_is_named_and_offered_a_concern_about_herself(qtbot: QtBot, ui: UiContext) -> None:
    today = ui.clock.today()
    case_id = _case(ui, date(today.year - 16, 1, 2) if today.month > 1 else date(today.year - 17, 1, 2))
    view = _view(qtbot, ui, case_id)
    assert view.minor.isVisible()
    assert "under 18." in view.minor.text.text() and "Meldeplikten" in view.minor.text.text()
    view.minor.button.click()
    qtbot.waitUntil(lambda: view.tabs.currentIndex() == 2)
    with ui.reading() as sctx:
        (me,) = load_case(sctx.session, case_id).children
    assert me.details.relation is Relation.SELF and me.details.name == "Sunná Ŋuolas"
    panel = view.panels[1].panel
    box = panel.new_box  # type: ignore[union-attr]
    assert box is not None and box.form.answers()["child_id"] == str(me.id)
    _fill(box.form, {"first_description": "Sier hun er gravid og ruser seg.", "child_level": "barn_meld"})
    box.button.click()
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.view)  # type: ignore[union-attr]
    qtbot.waitUntil(panel.view.isVisible)  # type: ignore[union-attr]
    assert panel.view.deadline.text().startswith("Meld til barnevernet nå")  # type: ignore[union-attr]


def test_an_adult_user_gets_no_notice(qtbot: QtBot, ui: UiContext) -> None:
    view = _view(qtbot, ui, _case(ui, date(1985, 5, 5)))
    assert not view.minor.isVisible()
