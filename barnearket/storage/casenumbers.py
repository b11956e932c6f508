"""The last case number of a year, across every unit, on either store.

On a server row-level security hides other units' cases, so the largest number is read through a
SECURITY DEFINER function that returns only that number (`roles.py`), after taking a transaction
lock of its own, so two people creating cases at once never get the same number.
"""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from barnearket.storage.orm.cases import CaseRow

NUMBER_LOCK = 0x6E756D62  # "numb"


def last_case_number(session: Session, prefix: str) -> str | None:
    """The largest case number starting with `prefix` (e.g. "2026-"), or None."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": NUMBER_LOCK})
        found = session.scalar(text("SELECT barnearket_last_case_number(:prefix)"), {"prefix": prefix})
        return None if found is None else str(found)
    return session.scalar(select(func.max(CaseRow.number)).where(CaseRow.number.like(prefix + "%")))
