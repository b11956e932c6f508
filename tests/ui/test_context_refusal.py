"""A refused action is rolled back, but the refusal itself stays in the audit log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import AccessDeniedError
from barnearket.domain.model.people import Parent
from barnearket.domain.roles import Role
from barnearket.services.cases import create_case, view_case
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.units import add_unit
from barnearket.storage import accounts, kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.users import User
from barnearket.ui.context import UiContext


def test_refused_view_is_logged_after_the_rollback(case_file: CaseFile, actor: Actor) -> None:
    worker_id = accounts.add_user(case_file, "kari", "Kari Čeavrris", Role.SAKSBEHANDLER, "karis frase",
                                  kdf.fast_params_for_tests())
    with case_file.session() as session, session.begin():
        ctx = ServiceContext(session, actor, SystemClock())
        unit_a = add_unit(ctx, name="Rus nord", service="rus")
        unit_b = add_unit(ctx, name="Psykisk helse sør", service="psykisk_helse")
        session.get_one(User, worker_id).unit_id = unit_b
        case_id = create_case(ctx, unit_id=unit_a, parent=Parent("Máret Đuolbma"))
    worker = Actor(worker_id, "kari", Role.SAKSBEHANDLER)
    ui = UiContext(case_file, worker, SystemClock(), forms=None, paths=None)
    for unit in (ui.unit_of_work, ui.reading):
        with pytest.raises(AccessDeniedError), unit() as sctx:
            view_case(sctx, case_id)
    with case_file.read_session() as session:
        refused = session.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied")).all()
    assert [(r.actor_id, r.action, r.object_type, r.object_id) for r in refused] == [
        (worker_id, "view", "case", case_id)] * 2
