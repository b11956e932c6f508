"""A server with Kari's cases, a laptop copy of some of them, and exports to compare (checkout tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services import exchange
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.location import StoreLocation
from barnearket.storage.opening import open_case_file
from barnearket.storage.store import Store, open_store
from tests.reports.built import Family, build_family, set_up_sender
from tests.seam.stores import WORKER, WORKER_PASSPHRASE, _server_store
from tests.server.helpers import ADMIN, PASSWORD, Made


@dataclass
class Setting:
    """The server (as Kari), her unit, and the families built there."""

    made: Made
    location: StoreLocation
    unit_id: int
    families: list[Family]

    def kari(self) -> Store:
        """Kari logged in to the server."""
        return open_store(self.location, login=WORKER, passphrase=WORKER_PASSPHRASE)

    def admin(self) -> Store:
        """The administrator logged in to the server."""
        return open_store(self.location, login=ADMIN, passphrase=PASSWORD)

    @property
    def numbers(self) -> list[str]:
        """The case numbers built, in order."""
        return [f.number for f in self.families]


@pytest.fixture
def setting(request: pytest.FixtureRequest) -> Setting:
    """Kari's families on a fresh server: as many as the test module's `FAMILIES` says (two if unsaid)."""
    return build(request, families=getattr(request.module, "FAMILIES", 2))


@pytest.fixture
def fast_copy_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The laptop copy's key derivation is the tests' fast one (the command line calibrates otherwise)."""
    monkeypatch.setattr(kdf, "calibrate", kdf.fast_params_for_tests)


def build(request: pytest.FixtureRequest, families: int = 2) -> Setting:
    """Kari in «Rustjenesten» on a fresh server, with `families` families of her own."""
    location, unit = _server_store(request)
    made: Made = request.getfixturevalue("pg_clone")  # the database _server_store built on
    admin = open_store(location, login=ADMIN, passphrase=PASSWORD)
    try:
        assert admin.user is not None
        with work(admin) as ctx:
            set_up_sender(ctx, admin.user.id)
    finally:
        admin.close()
    kari = open_store(location, login=WORKER, passphrase=WORKER_PASSPHRASE)
    try:
        with work(kari) as ctx:
            built = [build_family(ctx, unit, seed=seed, kids=2, worries=1) for seed in range(3, 3 + families)]
    finally:
        kari.close()
    return Setting(made, location, unit, built)


@contextmanager
def work(store: Store) -> Iterator[ServiceContext]:
    """One committed unit of work as whoever is logged in."""
    user = store.user
    assert user is not None
    with store.session() as session, session.begin():
        yield ServiceContext(session, Actor(user.id, user.login, Role(user.role)), SystemClock())


def cases_of(store: Store, numbers: list[str]) -> list[dict[str, Any]]:
    """The exchange form of these cases (comparable across stores: ids are references)."""
    with work(store) as ctx:
        document = exchange.export_cases(ctx, numbers)
    return sorted(document["cases"], key=lambda c: c["number"])


def open_laptop(path: Path) -> CaseFile:
    """The laptop copy, opened by Kari with her own passphrase."""
    return open_case_file(path, login=WORKER, passphrase=WORKER_PASSPHRASE)


FAST = kdf.fast_params_for_tests()
