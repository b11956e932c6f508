"""A resource group meeting's notes: participants by role, cases by number or anonymous, advice and
procedures; never the names of users or children."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DiscussedCase:
    """A case discussed: its number, or none when it was discussed anonymously."""

    case_number: str = ""
    summary: str = ""

    @property
    def anonymous(self) -> bool:
        """Discussed without naming the case."""
        return not self.case_number


@dataclass(frozen=True)
class Meeting:
    """One meeting's notes; `participants` are roles (one per entry), such as «barnevernet»."""

    held_on: date
    participants: tuple[str, ...] = ()
    cases: tuple[DiscussedCase, ...] = ()
    advice: str = ""
    procedures: str = ""
    id: int = 0
