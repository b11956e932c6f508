"""Fixtures for the coordinator's panel: the seeded municipality, committed, and a panel over it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from barnearket.domain.clock import FixedClock
from barnearket.services.context import Actor
from barnearket.storage.casefile import CaseFile
from barnearket.ui.context import UiContext
from barnearket.ui.coordinator import OverviewPanel
from barnearket.ui.seams import Dialogs
from tests.services.overview_support import Built, build
from tests.services.overview_town import new_file, new_world
from tests.services.support import World


@dataclass
class Seeded:
    """The committed file, who is who in it, and what the builder made."""

    case_file: CaseFile
    world: World
    built: Built
    clock: FixedClock


@dataclass
class Opened:
    """The case ids the panel asked to open, in order."""

    ids: list[int] = field(default_factory=list)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    """The municipality from the service tests, committed so that worker threads can read it."""
    case_file = new_file(tmp_path_factory.mktemp("coord"))
    try:
        with case_file.session() as session:
            session.begin()
            world = new_world(case_file, session)
            built = build(world)
            session.commit()
        yield Seeded(case_file, world, built, FixedClock(world.clock.at))
    finally:
        case_file.close()


def ui_for(seeded: Seeded, actor: Actor) -> UiContext:
    """A UI context for `actor` on the seeded file, with dialogs that never block."""
    return UiContext(case_file=seeded.case_file, actor=actor, clock=seeded.clock, forms=None, paths=None,
                     dialogs=Dialogs(headless=True))


def loaded_panel(qtbot: QtBot, ui: UiContext, opened: Opened) -> OverviewPanel:
    """A shown panel with the overview and the queues loaded."""
    panel = OverviewPanel(ui, opened.ids.append)
    qtbot.addWidget(panel)
    panel.resize(1366, 740)
    panel.show()
    with qtbot.waitSignals([panel.loaded, panel.queues_loaded], timeout=10_000):
        panel.reload()
    return panel


@pytest.fixture
def opened() -> Opened:
    """What the panel asked the window to open."""
    return Opened()


@pytest.fixture
def overview_panel(qtbot: QtBot, seeded: Seeded, opened: Opened) -> OverviewPanel:
    """The coordinator's panel, loaded."""
    return loaded_panel(qtbot, ui_for(seeded, seeded.world.coordinator), opened)
