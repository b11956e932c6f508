"""Every item model of the shell passes pytest-qt's model tester, filled and changed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from barnearket.domain.model import CaseStatus, Child, ChildDetails
from barnearket.domain.rules.agenda import AgendaItem, AgendaKind
from barnearket.services.search import CaseSummary
from barnearket.ui.caselist import CaseFilterProxy, CaseListModel
from barnearket.ui.caseparts import ChildrenModel
from barnearket.ui.context import UiContext
from barnearket.ui.needs import NeedsModel


def _summary(case_id: int, name: str) -> CaseSummary:
    return CaseSummary(case_id, f"2026-{case_id:04d}", 1, CaseStatus.OPEN, name, 1, case_id % 3, case_id % 2)


def test_case_list_model_and_proxy(qtmodeltester: Any) -> None:
    model = CaseListModel(lambda unit_id: "Rus")
    model.set_cases([_summary(1, "Åse"), _summary(2, "Ánde"), _summary(3, "Øyvind")])
    qtmodeltester.check(model)
    model.add_cases([_summary(3, "Øyvind"), _summary(4, "Ŋuvvos")])
    assert model.rowCount() == 4
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(1)
    qtmodeltester.check(proxy)
    proxy.set_query("ø")
    assert proxy.rowCount() == 1
    proxy.set_hits(frozenset({2}))
    assert proxy.rowCount() == 2
    qtmodeltester.check(proxy)


def test_needs_model(qtmodeltester: Any) -> None:
    model = NeedsModel(lambda case_id: f"Kari ({case_id})")
    items = [AgendaItem(AgendaKind.DECISION, 1, 1, date(2026, 1, 5), True),
             AgendaItem(AgendaKind.FOLLOW_UP, 2, 3, date(2026, 2, 1), False, 7)]
    model.set_items(items)
    qtmodeltester.check(model)
    assert model.index(0).data() == "Beslutning – Kari (1)\nforfalt 05.01.2026"


def test_children_model(qtmodeltester: Any, qapp: object) -> None:
    ctx = UiContext(None, None, _Clock(), None, None)
    model = ChildrenModel(ctx)
    model.set_children([Child(1, 1, ChildDetails(name="Lise", birth_date=date(2019, 3, 1))),
                        Child(2, 1, ChildDetails(name="Ufødt", unborn=True, due_date=date(2026, 6, 1)))])
    qtmodeltester.check(model)
    assert model.index(0).data().startswith("Lise – 6 år")
    assert "termin 01.06.2026" in model.index(1).data()


class _Clock:
    def now(self) -> datetime:
        return datetime(2026, 1, 10, 12, tzinfo=UTC)

    def today(self) -> date:
        return date(2026, 1, 10)
