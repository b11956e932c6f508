"""Fixtures of the seam tests (the same test on a case file and on the server; moving between them).

The parametrized `store` itself comes from tests/seam/stores.py, registered as a plugin in tests/conftest.py
for the whole suite; the fixtures here are the data a few of these modules build on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage.location import StoreLocation
from barnearket.storage.store import open_store
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.reports.built import Family, build_family, set_up_sender
from tests.seam.municipality import municipality
from tests.seam.stores import WORKER, WORKER_PASSPHRASE, OpenStore, _file_store

__all__ = ["municipality"]  # fixtures kept in support modules named for what they hold (issue 15, point 5)


@pytest.fixture
def family(store: OpenStore) -> Family:
    """The sample family in Kari's unit, the organisation and Kari's profile; then everyone logs out
    (tests/seam/test_cli_on_both.py runs the command line on it)."""
    kari = store.actor.user_id
    with store.admin_work() as admin:
        set_up_sender(admin, kari)
    with store.work() as ctx:
        built = build_family(ctx, store.unit_id)
    store.store.close()
    return built


@pytest.fixture
def source(tmp_path: Path) -> StoreLocation:
    """A case file: the admin, Kari in «Rustjenesten» with two families, the organisation's settings
    (what tests/seam/test_move.py moves onto the server)."""
    location, unit = _file_store(tmp_path)
    admin = open_store(location, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert admin.user is not None
        with admin.session() as session, session.begin():
            me = Actor(admin.user.id, ADMIN_LOGIN, Role.ADMIN)
            set_up_sender(ServiceContext(session, me, SystemClock()), admin.user.id)
    finally:
        admin.close()
    kari = open_store(location, login=WORKER, passphrase=WORKER_PASSPHRASE)
    try:
        assert kari.user is not None
        with kari.session() as session, session.begin():
            ctx = ServiceContext(session, Actor(kari.user.id, WORKER, Role.SAKSBEHANDLER), SystemClock())
            for seed in (3, 4):
                build_family(ctx, unit, seed=seed, kids=2, worries=1)
    finally:
        kari.close()
    return location
