"""Two people, Kari and Ola, each in a real main window on one server with the same case open
(the conflict tests)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.clock import SystemClock
from barnearket.domain.model import ChildDetails, GateAnswer, Parent
from barnearket.domain.roles import Role
from barnearket.services import concerns
from barnearket.services.actions import add_action
from barnearket.services.cases import answer_gate, create_case
from barnearket.services.children import add_child
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.sheets import start_sheet
from barnearket.services.units import add_unit
from barnearket.storage.location import StoreLocation
from barnearket.storage.store import open_store
from barnearket.ui.mainwindow import MainWindow
from tests.server.helpers import ADMIN, PASSWORD, Made

if TYPE_CHECKING:  # the conftest imports this module
    from tests.ui.conftest import MakeRoot

UNIT = "Rustjenesten"
KARI, KARI_NAME, KARI_PASS = "kari", "Kari Ødegård-Ŋuolas", "Kari sitt lange passord æøå"
OLA, OLA_NAME, OLA_PASS = "ola", "Ola Ánde Čeavrris", "Ola sitt eget passord øæå"


@dataclass(frozen=True)
class Shared:
    """The server, the case both open, and its parts."""

    location: StoreLocation
    case_id: int
    concern_id: int
    action_id: int
    sheet_id: int


@pytest.fixture
def shared(pg_made: Made) -> Shared:
    """Kari and Ola in one unit on a fresh server, and Kari's case with a concern, an action and a sheet."""
    from barnearket.storage.server.setup import add_person

    location = StoreLocation.server(pg_made.db.tcp_url)
    admin = open_store(location, login=ADMIN, passphrase=PASSWORD)
    try:
        assert admin.user is not None
        me = Actor(admin.user.id, ADMIN, Role.ADMIN)
        with admin.session() as session, session.begin():
            unit = add_unit(ServiceContext(session, me, SystemClock()), name=UNIT, service="rus")
        with admin.session() as session, session.begin():
            add_person(session, KARI, KARI_NAME, Role.SAKSBEHANDLER, [UNIT], KARI_PASS)
            add_person(session, OLA, OLA_NAME, Role.SAKSBEHANDLER, [UNIT], OLA_PASS)
    finally:
        admin.close()
    kari = open_store(location, login=KARI, passphrase=KARI_PASS)
    try:
        assert kari.user is not None
        with kari.session() as session, session.begin():
            ctx = ServiceContext(session, Actor(kari.user.id, KARI, Role.SAKSBEHANDLER), SystemClock())
            case_id = create_case(ctx, unit_id=unit, parent=Parent(name="Áilu Čeavrris-Ødegård"))
            answer_gate(ctx, case_id, GateAnswer.JA)
            child = add_child(ctx, case_id, ChildDetails(name="Máret Ŋuolas", birth_date=date(2015, 4, 9)))
            concern_id = concerns.open_concern(ctx, case_id, child, level=2, description="Uro.")
            action_id = add_action(ctx, concern_id, "Samtale med helsesykepleier hver uke",
                                   responsible="Helsesykepleier",
                                   evaluate_on=date.today() + timedelta(days=30))
            sheet_id = start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    finally:
        kari.close()
    return Shared(location, case_id, concern_id, action_id, sheet_id)


def _window(qtbot: QtBot, make_root: MakeRoot, shared: Shared, login: str, passphrase: str) -> MainWindow:
    root: Barnearket = make_root(LaunchOptions(server=str(shared.location.url)))
    root.start()
    window = root.unlock
    qtbot.waitUntil(window.isVisible)
    window.login.setText(login)
    window.passphrase.setText(passphrase)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible(), timeout=20_000)
    assert root.main is not None
    root.main.open_case(shared.case_id)
    root.main.case_view.show_case(shared.case_id)
    return root.main


@pytest.fixture
def windows(qtbot: QtBot, make_root: MakeRoot, shared: Shared) -> Iterator[tuple[MainWindow, MainWindow]]:
    """Kari's window and Ola's, each with its own login and its own connections."""
    kari = _window(qtbot, make_root, shared, KARI, KARI_PASS)
    yield kari, _window(qtbot, make_root, shared, OLA, OLA_PASS)
