"""What a Barnearket sheet plans for a child and can later be recorded as given."""

from __future__ import annotations

from enum import StrEnum


class PlanKind(StrEnum):
    """Information to the child about the parent's illness, or follow-up of the child."""

    INFORMATION = "information"
    FOLLOW_UP = "followup"

    @property
    def question(self) -> str:
        """The sheet question holding the plan."""
        return "information_plan" if self is PlanKind.INFORMATION else "followup_plan"

    @property
    def label(self) -> str:
        """The Norwegian name shown to people."""
        return "Informasjon" if self is PlanKind.INFORMATION else "Oppfølging"
