"""The case, concern or draft report a service test starts from, made in the small municipality."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.model import ChildDetails, ReportRecipient
from barnearket.services import children, concerns, reports
from tests.services.support import World, new_case, new_child


@pytest.fixture
def action_concern(world: World) -> int:
    """A level-2 concern about a new child in a new case (the action tests)."""
    case_id = new_case(world)
    return concerns.open_concern(world.ctx(), case_id, new_child(world, case_id), level=2)


@pytest.fixture
def report_concern(world: World) -> int:
    """A level-4 concern about a new child in a new case (the report tests)."""
    case_id = new_case(world)
    return concerns.open_concern(world.ctx(), case_id, new_child(world, case_id), level=4)


@pytest.fixture
def heaika_concern(world: World) -> int:
    """A level-2 concern about Heaika, Risten's son (the correction tests)."""
    case_id = new_case(world, "Risten Ŧoavdda")
    child = children.add_child(world.ctx(), case_id, ChildDetails(name="Heaika Ŧoavdda",
                                                                   birth_date=date(2015, 1, 9)))
    return concerns.open_concern(world.ctx(), case_id, child, level=2)


@pytest.fixture
def step_concern(world: World) -> int:
    """A level-2 concern about Heaika, whose other parent is named (the step tests)."""
    case_id = new_case(world, "Risten Ŧoavdda")
    child = children.add_child(world.ctx(), case_id, ChildDetails(
        name="Heaika Ŧoavdda", birth_date=date(2015, 1, 9), other_parent="Mindaugas Žukauskas"))
    return concerns.open_concern(world.ctx(), case_id, child, level=2)


@pytest.fixture
def case_id(world: World) -> int:
    """A new case in the rus unit (the sheet tests)."""
    return new_case(world)


@pytest.fixture
def report_id(world: World) -> int:
    """A draft report to the child welfare service on a level-4 concern (the view tests)."""
    case_id = new_case(world)
    concern = concerns.open_concern(world.ctx(), case_id, new_child(world, case_id), level=4)
    return reports.draft_report(world.ctx(), concern, ReportRecipient.BARNEVERN)
