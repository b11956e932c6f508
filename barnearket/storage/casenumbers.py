"""The last case number of a year, across every unit, on either store.

On a server row-level security hides other units' cases, so the largest number is read through a
SECURITY DEFINER function that returns only that number (`roles.py`); writers take turns (the
chain lock at the start of a writing session), so two new cases never get the same number.
"""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from barnearket.storage.orm.cases import CaseRow


def last_case_number(session: Session, prefix: str) -> str | None:
    """The largest case number starting with `prefix` (e.g. "2026-"), or None."""
    if session.get_bind().dialect.name == "postgresql":
        found = session.scalar(text("SELECT barnearket_last_case_number(:prefix)"), {"prefix": prefix})
        return None if found is None else str(found)
    return session.scalar(select(func.max(CaseRow.number)).where(CaseRow.number.like(prefix + "%")))
