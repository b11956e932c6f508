"""A municipality on the server for the backup tests (tests/seam/test_server_backup.py): two units, a
worker in each with cases of her own; the `municipality` fixture, re-exported from tests/seam/conftest.py."""

from __future__ import annotations

import pytest

from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.units import add_unit, list_units
from barnearket.storage.location import StoreLocation
from barnearket.storage.server.setup import add_person
from barnearket.storage.store import open_store
from tests.reports.built import build_family, set_up_sender
from tests.server.helpers import ADMIN, PASSWORD, Made

PEOPLE = {"kari": ("Rustjenesten", "Kari sitt lange passord æøå"),
          "per": ("Psykisk helse", "Pers eget passord øæå")}
"""Each worker's login → her unit and her server password."""


@pytest.fixture
def municipality(pg_made: Made) -> Made:
    """Two units, a worker in each with cases of her own (the admin is a member of neither)."""
    location = StoreLocation.server(pg_made.db.tcp_url)
    admin = open_store(location, login=ADMIN, passphrase=PASSWORD)
    try:
        assert admin.user is not None
        me = Actor(admin.user.id, ADMIN, Role.ADMIN)
        for unit, _ in PEOPLE.values():
            with admin.session() as session, session.begin():
                add_unit(ServiceContext(session, me, SystemClock()), name=unit, service="rus")
        for login, (unit, password) in PEOPLE.items():
            with admin.session() as session, session.begin():
                add_person(session, login, login.title() + " Ødegård", Role.SAKSBEHANDLER, [unit], password)
        with admin.session() as session, session.begin():
            set_up_sender(ServiceContext(session, me, SystemClock()), admin.user.id)
    finally:
        admin.close()
    kari = open_store(location, login="kari", passphrase=PEOPLE["kari"][1])
    try:
        assert kari.user is not None
        with kari.session() as session, session.begin():
            _families(ServiceContext(session, Actor(kari.user.id, "kari", Role.SAKSBEHANDLER), SystemClock()),
                      "Rustjenesten", seeds=[11])
    finally:
        kari.close()
    per = open_store(location, login="per", passphrase=PEOPLE["per"][1])
    try:
        assert per.user is not None
        with per.session() as session, session.begin():  # numbered past Kari's case, which he cannot see
            _families(ServiceContext(session, Actor(per.user.id, "per", Role.SAKSBEHANDLER), SystemClock()),
                      "Psykisk helse", seeds=[21, 22])
    finally:
        per.close()
    return pg_made


def _families(ctx: ServiceContext, unit: str, seeds: list[int]) -> None:
    unit_id = next(u.id for u in list_units(ctx) if u.name == unit)
    for seed in seeds:
        build_family(ctx, unit_id, seed=seed, kids=2, worries=1)
