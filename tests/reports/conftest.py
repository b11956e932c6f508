"""Fixtures for the document tests: the services' small municipality with a family in it, and the files
the tests start from (starting_files.py)."""

from __future__ import annotations

import pytest

from tests.reports.built import Family, build_family, set_up_sender
from tests.reports.starting_files import demo, demo_file, filled, forms, ui
from tests.services.support import World, world

__all__ = ["demo", "demo_file", "family", "filled", "forms", "ui", "world"]


@pytest.fixture
def family(world: World) -> Family:
    """A demo-like family built through the services, with the sender's settings filled in."""
    set_up_sender(world.ctx(world.admin), world.worker.user_id)
    return build_family(world.ctx(), world.rus)
