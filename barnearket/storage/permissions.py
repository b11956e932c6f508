"""Checks the logged-in person's role for file-wide work and logs every refusal in the audit log.

The checks live here, below the CLI and the windows, so that every way into backup, restore,
user administration and the audit log is held to the same rule. A refusal is logged in a
transaction of its own (who, what, when, outcome "denied"), never with personal data.
"""

from __future__ import annotations

from barnearket.domain.roles import Role
from barnearket.storage import audit
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.store import Store

ADMIN_ONLY = "Bare en administrator kan gjøre dette."


def log_refusal(case_file: Store, action: audit.AuditAction, object_type: str,
                object_id: int | None = None) -> None:
    """Write the refusal row in its own transaction."""
    with case_file.session() as session, session.begin():
        audit.record(session, actor_id=case_file.actor_id, action=action, object_type=object_type,
                     object_id=object_id, outcome=audit.Outcome.DENIED)


def role_of(case_file: Store) -> Role | None:
    """The logged-in person's role; None when the file was opened with the recovery key."""
    return Role(case_file.user.role) if case_file.user is not None else None


def require_admin(case_file: Store, action: audit.AuditAction, object_type: str,
                  object_id: int | None = None, message: str = ADMIN_ONLY) -> None:
    """Refuse (and log) unless an administrator or the recovery key opened the file."""
    role = role_of(case_file)
    if role is None or role.administers_file:
        return
    log_refusal(case_file, action, object_type, object_id)
    raise CaseFileError(Problem.NOT_ALLOWED, message)


def reads_whole_log(case_file: Store) -> bool:
    """Admins, coordinators and the recovery key read every row; others only their own."""
    role = role_of(case_file)
    return role is None or role.reads_whole_audit_log
