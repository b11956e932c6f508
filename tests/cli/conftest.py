"""Fixtures of the CLI suite: `cli` (a case file, then the server) and the data several modules share."""

from __future__ import annotations

import pytest

from tests.cli.demo import demo
from tests.cli.matrix import pristine
from tests.cli.practice import setup
from tests.cli.stores import CliStore, cli
from tests.reports.built import Family, build_family, set_up_sender

__all__ = ["cli", "demo", "family", "pristine", "setup"]  # fixtures kept in the support modules holding them


@pytest.fixture
def family(cli: CliStore) -> Family:
    """The sample family in the unit, the organisation's settings and the administrator's profile."""
    with cli.work() as ctx:
        set_up_sender(ctx, ctx.actor.user_id)
        return build_family(ctx, cli.unit_id)
