"""The organisation's auto-lock time: how long the window may stand untouched before it locks itself."""

from __future__ import annotations

from sqlalchemy.orm import Session

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction, Outcome
from barnearket.storage.orm.meta import get_meta, set_meta

KEY = "settings.auto_lock_minutes"
MIN_MINUTES, MAX_MINUTES = 1, 60


def load_auto_lock_minutes(session: Session) -> int | None:
    """The stored minutes, or None when the file has no rule of its own (the machine's setting holds)."""
    raw = get_meta(session, KEY)
    if raw is None or not raw.strip().isdigit():
        return None
    return min(max(int(raw), MIN_MINUTES), MAX_MINUTES)


def auto_lock_minutes(ctx: ServiceContext) -> int | None:
    """The auto-lock time every user of this file gets (any logged-in user may read it)."""
    return load_auto_lock_minutes(ctx.session)


def save_auto_lock_minutes(ctx: ServiceContext, minutes: int) -> None:
    """Store the auto-lock time for everyone (administrators only; 1 to 60 minutes)."""
    if not ctx.actor.role.manages_users:
        common.log(ctx, AuditAction.SETTINGS, "auto_lock", None, outcome=Outcome.DENIED)
        raise AccessDeniedError("Bare en administrator kan endre tiden før automatisk låsing.",
                                action="settings", object_type="auto_lock")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError("Velg mellom {low} og {high} minutter.", field="minutes", low=MIN_MINUTES,
                              high=MAX_MINUTES)
    if load_auto_lock_minutes(ctx.session) != minutes:
        set_meta(ctx.session, KEY, str(minutes))
        common.log(ctx, AuditAction.SETTINGS, "auto_lock", None, ["minutes"])
