"""The `store` fixture: the same test runs on an encrypted case file and on the PostgreSQL server.

Registered as a pytest plugin in tests/conftest.py. Both stores hold the same small municipality:
an administrator, a unit «Rustjenesten», and Kari, a saksbehandler in it. The test works as Kari,
logged in through the one seam (`open_store`), so on the server row-level security is in force
exactly as for a real person.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.staff import set_role_and_unit
from barnearket.services.units import add_unit
from barnearket.storage import accounts, kdf
from barnearket.storage.location import StoreLocation
from barnearket.storage.opening import create_case_file
from barnearket.storage.store import Store, open_store
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE

STORES = ("file", "server")
WORKER, WORKER_NAME, WORKER_PASSPHRASE = "kari", "Kari Ødegård-Ŋuolas", "Kari sitt lange passord æøå"
UNIT = "Rustjenesten"


@dataclass
class OpenStore:
    """A store logged in as Kari, and how to log in to it again (e.g. from the CLI or the window)."""

    kind: str
    store: Store
    location: StoreLocation
    unit_id: int

    @property
    def where(self) -> str:
        """The command line's FILE argument: a path or the server's URL."""
        return str(self.location.path) if self.location.path else str(self.location.url)

    @property
    def actor(self) -> Actor:
        """Kari, as the services see her."""
        user = self.store.user
        assert user is not None
        return Actor(user.id, user.login, Role(user.role))

    @contextmanager
    def work(self, clock: SystemClock | None = None) -> Iterator[ServiceContext]:
        """One committed unit of work as Kari."""
        with self.store.session() as session, session.begin():
            yield ServiceContext(session, self.actor, clock or SystemClock())

    @contextmanager
    def admin_work(self) -> Iterator[ServiceContext]:
        """One committed unit of work as the administrator (Kari logs out meanwhile: a case file
        opens for one person at a time), then Kari is logged in again."""
        with self.as_admin() as admin:
            assert admin.user is not None
            with admin.session() as session, session.begin():
                yield ServiceContext(session, Actor(admin.user.id, admin.user.login, Role.ADMIN),
                                     SystemClock())

    @contextmanager
    def as_admin(self) -> Iterator[Store]:
        """The store with the administrator logged in instead of Kari; Kari is logged in again after."""
        login, passphrase = _admin_login(self.kind)
        self.store.close()
        admin = open_store(self.location, login=login, passphrase=passphrase)
        try:
            yield admin
        finally:
            admin.close()
            self.store = open_store(self.location, login=WORKER, passphrase=WORKER_PASSPHRASE)

    def relogin(self) -> Store:
        """Log out and in again as Kari (what the next command or window sees); returns the new login."""
        self.store.close()
        self.store = open_store(self.location, login=WORKER, passphrase=WORKER_PASSPHRASE)
        return self.store


def _admin_login(kind: str) -> tuple[str, str]:
    if kind == "file":
        return ADMIN_LOGIN, ADMIN_PASSPHRASE
    from tests.server.helpers import ADMIN, PASSWORD

    return ADMIN, PASSWORD


def _file_store(folder: Path) -> tuple[StoreLocation, int]:
    path = folder / "saker.barnearket"
    params = kdf.fast_params_for_tests()
    admin = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                             kdf_params=params)
    try:
        assert admin.user is not None
        me = Actor(admin.user.id, ADMIN_LOGIN, Role.ADMIN)
        kari = accounts.add_user(admin, WORKER, WORKER_NAME, Role.SAKSBEHANDLER, WORKER_PASSPHRASE, params)
        with admin.session() as session, session.begin():
            ctx = ServiceContext(session, me, SystemClock())
            unit = add_unit(ctx, name=UNIT, service="rus")
            set_role_and_unit(ctx, kari, Role.SAKSBEHANDLER, unit)
    finally:
        admin.close()
    return StoreLocation.file(path), unit


def _server_store(request: pytest.FixtureRequest) -> tuple[StoreLocation, int]:
    from barnearket.storage.server.setup import add_person
    from tests.server.helpers import ADMIN, PASSWORD, Made

    made: Made = request.getfixturevalue("pg_clone")
    location = StoreLocation.server(made.db.tcp_url)
    admin = open_store(location, login=ADMIN, passphrase=PASSWORD)
    try:
        assert admin.user is not None
        with admin.session() as session, session.begin():
            ctx = ServiceContext(session, Actor(admin.user.id, ADMIN, Role.ADMIN), SystemClock())
            unit = add_unit(ctx, name=UNIT, service="rus")
        with admin.session() as session, session.begin():
            add_person(session, WORKER, WORKER_NAME, Role.SAKSBEHANDLER, [UNIT], WORKER_PASSPHRASE)
    finally:
        admin.close()
    return location, unit


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OpenStore]:
    """Kari logged in to a case file, and to the server (each test runs once on each)."""
    kind: str = request.param
    location, unit = _file_store(tmp_path) if kind == "file" else _server_store(request)
    opened = OpenStore(kind, open_store(location, login=WORKER, passphrase=WORKER_PASSPHRASE), location, unit)
    try:
        yield opened
    finally:
        opened.store.close()
