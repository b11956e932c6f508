"""«Trenger meg nå» reads few statements however many concerns are due, and leaves out children of 18
(issue 13: it is read on every unlock and after every edit, also over the network)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event

from barnearket.domain.model import ReportChannel, ReportRecipient
from barnearket.domain.rules.agenda import AgendaKind
from barnearket.services import actions, concerns, reports
from barnearket.services.agenda import needs_me_now
from tests.services.support import World, new_case, new_child

MAX_STATEMENTS = 9


def _statements(world: World) -> tuple[list[Any], int]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        seen.append(statement)

    world.session.expire_all()
    engine = world.session.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        items = needs_me_now(world.ctx())
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return items, len(seen)


def _busy_concern(world: World, n: int) -> int:
    """A concern with a decision due, an action to follow up and a report awaiting feedback."""
    case_id = new_case(world, f"Ánde Ŋuolas {n}")
    concern = concerns.open_concern(world.ctx(), case_id, new_child(world, case_id), level=2,
                                    arose_on=date(2026, 1, 1))
    actions.add_action(world.ctx(), concern, "Samtale med barnet", evaluate_on=date(2026, 2, 20))
    report = reports.draft_report(world.ctx(), concern, ReportRecipient.BARNEVERN)
    reports.mark_report_sent(world.ctx(), report, channel=ReportChannel.PORTAL, sent_on=date(2026, 1, 20))
    return concern


def test_the_number_of_statements_does_not_grow_with_the_concerns(world: World) -> None:
    _busy_concern(world, 1)
    few, few_statements = _statements(world)
    for n in range(2, 8):
        _busy_concern(world, n)
    many, many_statements = _statements(world)
    assert len(few) == 3 and len(many) == 21
    assert {i.kind for i in many} == {AgendaKind.DECISION, AgendaKind.FOLLOW_UP, AgendaKind.REPORT_FEEDBACK}
    assert many_statements == few_statements <= MAX_STATEMENTS


def test_a_child_of_18_is_out_of_the_list_and_one_of_17_is_in(world: World) -> None:
    today = world.today
    case_id = new_case(world, "Sárá Ødegård")
    grown = new_child(world, case_id, "Ánte Ødegård", date(today.year - 18, today.month, today.day))
    young = new_child(world, case_id, "Biret Ødegård", date(today.year - 17, today.month, today.day))
    for child in (grown, young):
        concerns.open_concern(world.ctx(), case_id, child, level=2, arose_on=date(2026, 1, 1))
    items, _count = _statements(world)
    assert len(items) == 1 and items[0].kind is AgendaKind.DECISION
    assert items[0].concern_id != 0 and items[0].case_id == case_id
    shown = {c.child_id for c in concerns_of(world, [i.concern_id for i in items])}
    assert shown == {young}


def concerns_of(world: World, ids: list[int]) -> list[Any]:
    from barnearket.storage.mapping import load_concerns

    return load_concerns(world.session, ids)
