"""The functions the routine gives people (barneansvarlig, teamleder, ...), apart from the access role."""

from __future__ import annotations

from enum import StrEnum


class RoutineFunction(StrEnum):
    """A function a person holds in the routine; the first two belong to one unit."""

    BARNEANSVARLIG = "barneansvarlig"
    TEAMLEDER = "teamleder"
    TILDELING = "tildeling"
    BARNEKOORDINATOR = "barnekoordinator"
    RESSURSGRUPPE = "ressursgruppe"

    @property
    def label(self) -> str:
        """The Norwegian name shown to people."""
        return _LABELS[self]

    @property
    def per_unit(self) -> bool:
        """Whether the function is held for one unit (barneansvarlig, teamleder)."""
        return self in (RoutineFunction.BARNEANSVARLIG, RoutineFunction.TEAMLEDER)


_LABELS = {
    RoutineFunction.BARNEANSVARLIG: "Barneansvarlig",
    RoutineFunction.TEAMLEDER: "Teamleder",
    RoutineFunction.TILDELING: "Tildelingskontoret",
    RoutineFunction.BARNEKOORDINATOR: "Barnekoordinator",
    RoutineFunction.RESSURSGRUPPE: "Medlem av ressursgruppen",
}
