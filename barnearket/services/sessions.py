"""Logs the start and end of a person's work on an open file that the storage layer cannot see."""

from __future__ import annotations

from barnearket.services.common import log
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction


def log_lock(ctx: ServiceContext, *, idle: bool) -> None:
    """The workspace was locked, by the user or after inactivity (the field name says which)."""
    log(ctx, AuditAction.LOCK, "session", None, ["idle" if idle else "manual"])
