"""Role and unit changes and the auto-lock time: administrators only, checked and logged."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.roles import Role
from barnearket.services.autolock import auto_lock_minutes, save_auto_lock_minutes
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.staff import list_staff, set_role_and_unit
from barnearket.services.units import add_unit
from barnearket.storage import accounts, kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.orm.audit import AuditEntry


def _kari(case_file: CaseFile) -> int:
    return accounts.add_user(case_file, "kari", "Kari Ođđa", Role.SAKSBEHANDLER, "karis lange frase",
                             kdf.fast_params_for_tests())


@pytest.mark.file_only("adds Kari as a key slot in the file; server people are roles: tests/server")
def test_admin_sets_role_and_unit_and_it_is_logged(case_file: CaseFile, ctx: ServiceContext) -> None:
    kari = _kari(case_file)
    unit = add_unit(ctx, name="Rus Øst", service="rus")
    assert set_role_and_unit(ctx, kari, Role.KOORDINATOR, unit) == ["role", "unit_id"]
    member = next(m for m in list_staff(ctx) if m.id == kari)
    assert (member.role, member.unit_name) == (Role.KOORDINATOR, "Rus Øst")
    assert set_role_and_unit(ctx, kari, Role.KOORDINATOR, unit) == []
    rows = ctx.session.scalars(select(AuditEntry).where(AuditEntry.object_type == "user")).all()
    assert any(r.action == "update" and r.object_id == kari for r in rows)
    with pytest.raises(ValidationError):
        set_role_and_unit(ctx, ctx.actor.user_id, Role.SAKSBEHANDLER, None)


@pytest.mark.file_only("adds Kari as a key slot in the file; server people are roles: tests/server")
def test_others_cannot_change_roles_or_the_auto_lock(case_file: CaseFile, ctx: ServiceContext) -> None:
    kari = _kari(case_file)
    as_kari = ServiceContext(ctx.session, Actor(kari, "kari", Role.SAKSBEHANDLER), ctx.clock)
    with pytest.raises(AccessDeniedError):
        set_role_and_unit(as_kari, kari, Role.ADMIN, None)
    with pytest.raises(AccessDeniedError):
        save_auto_lock_minutes(as_kari, 30)


def test_auto_lock_minutes_are_bounded(ctx: ServiceContext) -> None:
    assert auto_lock_minutes(ctx) is None
    for wrong in (0, 61):
        with pytest.raises(ValidationError):
            save_auto_lock_minutes(ctx, wrong)
    save_auto_lock_minutes(ctx, 10)
    assert auto_lock_minutes(ctx) == 10
