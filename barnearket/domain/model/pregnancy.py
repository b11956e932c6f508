"""The pregnancy path for an unborn child: screening, the plan and the responsibility group."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class GroupMember:
    """A member of the responsibility group, by role and service (the name is optional)."""

    id: int
    role: str
    service: str = ""
    name: str = ""


@dataclass(frozen=True)
class Pregnancy:
    """What is recorded for an unborn child; `due_date` is the child's, the rest is the path."""

    child_id: int
    case_id: int
    due_date: date | None
    screening_tool: str = ""
    screened_on: date | None = None
    screening_result: str = ""
    plan_made_on: date | None = None
    plan_text: str = ""
    members: tuple[GroupMember, ...] = ()
