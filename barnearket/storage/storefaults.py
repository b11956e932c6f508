"""Names an error met while working on a store as the project's own `CaseFileError`, so the windows
never need the database driver's exceptions (the import contract keeps SQLAlchemy out of `ui`)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from barnearket.domain.conflicts import EditConflictError
from barnearket.storage.engine import classify, diagnose
from barnearket.storage.errors import CaseFileError
from barnearket.storage.faults import blame, os_error_problem

STORE_FAULTS: tuple[type[BaseException], ...] = (DBAPIError, CaseFileError, OSError)
"""What working on a store may raise for a fault of the file, its disk or the server (not a bug)."""


def stale_conflict(session: Session, exc: BaseException) -> EditConflictError | None:
    """The edit conflict behind a write the database refused as stale in a race (the check before the
    write passed, someone committed in between), so the windows show it as any other conflict."""
    from barnearket.storage.versions import conflict_behind

    return conflict_behind(session, exc)


def store_fault(exc: BaseException, path: Path | None, *, server: bool) -> CaseFileError | None:
    """The known problem behind `exc` (on the file at `path`, or on the server), or None for a bug;
    a fault of the disk or folder is named as such, never as damage to the file."""
    if isinstance(exc, CaseFileError):
        return exc
    if isinstance(exc, DBAPIError) and server:
        from barnearket.storage.server.connect import translate  # a server fault is never "damaged"

        return translate(exc)
    if isinstance(exc, DBAPIError):
        return CaseFileError(diagnose(exc, path) if path else classify(exc))
    if isinstance(exc, OSError):
        problem = os_error_problem(exc)
        return CaseFileError(blame(problem, path) if path else problem)
    return None


def is_stale_write(exc: BaseException) -> bool:
    """True when the database refused a write because the row's version had moved on meanwhile."""
    from barnearket.storage.versions import is_stale

    return is_stale(exc)


def server_away(exc: BaseException) -> bool:
    """True when `exc` says the server could not be reached or the connection broke (not a refusal)."""
    from barnearket.storage.server.connect import translate
    from barnearket.storage.server.errors import ServerError, ServerProblem

    if not isinstance(exc, (DBAPIError, ServerError)):
        return False
    known = translate(exc)
    return known is not None and known.kind in (ServerProblem.SERVER_DOWN, ServerProblem.CONNECTION_LOST)
