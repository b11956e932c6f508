"""Fixtures for the document tests: the services' small municipality, with a family in it."""

from __future__ import annotations

import pytest

from tests.reports.built import Family, build_family, set_up_sender
from tests.services.support import World, world

__all__ = ["family", "world"]


@pytest.fixture
def family(world: World) -> Family:
    """A demo-like family built through the services, with the sender's settings filled in."""
    set_up_sender(world.ctx(world.admin), world.worker.user_id)
    return build_family(world.ctx(), world.rus)
