"""Transfer to the patient record makes a case read-only; purge removes it, refusing open,
untransferred cases and roles without the right, each refusal logged."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from barnearket.domain.errors import ReadOnlyCaseError, ValidationError
from barnearket.domain.model import ChildDetails, GateAnswer
from barnearket.services import common
from barnearket.services.cases import answer_gate, close_case, reopen_case, view_case
from barnearket.services.children import add_child
from barnearket.services.purge import PurgeRefusedError, purge_case
from barnearket.services.retention import Retention, add_months, ready_for_purge
from barnearket.services.transfer import transfer_case
from barnearket.storage import audit
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.children import ChildRow
from tests.services.support import World, assert_audit_clean, new_case, new_child

RULES = Retention(months_after_transfer=3, coordinator_may_purge=True)


def _closed(world: World) -> int:
    case_id = new_case(world, "Ánde Ŋuolas-Ødegård")
    new_child(world, case_id, "Sárá Ŋuolas")
    answer_gate(world.ctx(), case_id, GateAnswer.JA)
    close_case(world.ctx(), case_id)
    return case_id


def test_a_transferred_case_refuses_every_change(world: World) -> None:
    case_id = _closed(world)
    with pytest.raises(ValidationError, match="Avslutt"):
        transfer_case(world.ctx(), new_case(world), "DOK-1")
    with pytest.raises(ValidationError, match="journalreferansen"):
        transfer_case(world.ctx(), case_id, "  ")
    transfer_case(world.ctx(), case_id, "DIPS 2026/118", on=world.today)
    case = view_case(world.ctx(), case_id, log_view=False)
    assert case.is_transferred and case.transfer_reference == "DIPS 2026/118"
    for write in (lambda: reopen_case(world.ctx(), case_id),
                  lambda: add_child(world.ctx(), case_id, ChildDetails(name="Ánte Ŋuolas")),
                  lambda: transfer_case(world.ctx(), case_id, "annen")):
        with pytest.raises(ReadOnlyCaseError, match="overført til journal"):
            write()


def test_purge_refusals_are_explained(world: World) -> None:
    open_case = new_case(world)
    closed = _closed(world)
    with pytest.raises(PurgeRefusedError, match="ikke rett") as refused:
        purge_case(world.ctx(world.worker), closed, RULES)
    assert refused.value.action == "purge"
    with pytest.raises(PurgeRefusedError, match="ikke rett"):
        purge_case(world.ctx(world.coordinator), closed, Retention(coordinator_may_purge=False))
    with pytest.raises(PurgeRefusedError, match="ikke avsluttet"):
        purge_case(world.ctx(world.admin), open_case, RULES)
    with pytest.raises(PurgeRefusedError, match="ikke merket som overført"):
        purge_case(world.ctx(world.admin), closed, RULES)


def test_purge_removes_every_row_and_leaves_one_clean_audit_row(world: World) -> None:
    case_id = _closed(world)
    keep = new_case(world, "Biret Ámmon")
    transfer_case(world.ctx(), case_id, "DOK-7", on=world.today)
    world.commit()
    number = world.session.get(CaseRow, case_id).number  # type: ignore[union-attr]
    assert purge_case(world.ctx(world.coordinator), case_id, RULES) == number
    world.commit()
    assert world.session.get(CaseRow, case_id) is None
    assert world.session.get(CaseRow, keep) is not None
    assert world.session.scalar(select(func.count()).select_from(ChildRow)
                                .where(ChildRow.case_id == case_id)) == 0
    last = world.session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last is not None and (last.action, last.object_id, last.outcome) == ("purge", case_id, "ok")
    assert last.fields == "number." + number.replace("-", "_")
    assert last.actor_id == world.coordinator.user_id
    assert_audit_clean(world.session, ["Ánde Ŋuolas-Ødegård", "Sárá Ŋuolas", "DOK-7"])
    assert audit.verify(world.session).ok


def test_the_queue_lists_cases_whose_time_is_up(world: World) -> None:
    case_id = _closed(world)
    transfer_case(world.ctx(), case_id, "DOK-9", on=world.today)
    assert ready_for_purge(world.ctx(world.coordinator), RULES) == []
    waiting = ready_for_purge(world.ctx(world.coordinator), RULES, include_waiting=True)
    assert [c.case_id for c in waiting] == [case_id]
    assert waiting[0].due_on == add_months(world.today, 3)
    world.advance(95)
    assert [c.reference for c in ready_for_purge(world.ctx(world.coordinator), RULES)] == ["DOK-9"]
    assert common.READ_ONLY.startswith("Saken er overført")


def test_add_months_keeps_the_end_of_month() -> None:
    from datetime import date

    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
