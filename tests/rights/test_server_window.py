"""The queue «Klar for sletting» on the server, as the administrator in the window: she sees the
transferred case only once she is a member of its unit (and is told so), and the purge runs off the GUI
thread and says that the server clears the rest of the rows later."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from barnearket.domain.clock import SystemClock
from barnearket.domain.forms import load_standard_library
from barnearket.domain.roles import Role
from barnearket.services.cases import close_case
from barnearket.services.concerns import close_concern
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.staff import set_role_and_unit
from barnearket.services.transfer import transfer_case
from barnearket.services.units import add_unit
from barnearket.storage.location import StoreLocation
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.server.setup import add_person
from barnearket.storage.store import open_store
from barnearket.ui.context import UiContext
from barnearket.ui.rights.purge import PurgeQueueDialog
from barnearket.ui.seams import Dialogs
from tests.rights.family import allow_synthetic_ids, write_family
from tests.server.helpers import ADMIN, PASSWORD, Made

UNIT = "Rustjenesten"


def test_the_admin_purges_from_the_queue_on_the_server(qtbot: QtBot, pg_made: Made) -> None:
    location = StoreLocation.server(pg_made.db.tcp_url)
    admin = open_store(location, login=ADMIN, passphrase=PASSWORD)
    assert admin.user is not None
    me = Actor(admin.user.id, ADMIN, Role.ADMIN)
    try:
        with admin.session() as session, session.begin():
            ctx = ServiceContext(session, me, SystemClock())
            unit = add_unit(ctx, name=UNIT, service="rus")
            allow_synthetic_ids(ctx)
        with admin.session() as session, session.begin():
            add_person(session, "kari", "Kari Ødegård", Role.SAKSBEHANDLER, [UNIT], PASSWORD)
        kari = open_store(location, login="kari", passphrase=PASSWORD)
        assert kari.user is not None
        try:
            with kari.session() as session, session.begin():
                ctx = ServiceContext(session, Actor(kari.user.id, "kari", Role.SAKSBEHANDLER), SystemClock())
                family = write_family(ctx, unit)
                close_concern(ctx, family.concern_id, "Bekymringen er borte")
                close_case(ctx, family.case_id)
                transfer_case(ctx, family.case_id, "DIPS 2026/77")
        finally:
            kari.close()

        dialogs = Dialogs(headless=True)
        ui = UiContext(case_file=admin, actor=me, clock=SystemClock(), forms=load_standard_library(),
                       paths=None, dialogs=dialogs)
        purged: list[int] = []
        queue = PurgeQueueDialog(ui, purged.append)
        qtbot.addWidget(queue)
        queue.show_waiting.setChecked(True)
        assert queue.table.rowCount() == 0
        assert "Ingen saker" in queue.status.text() and "bare saker i enhetene" in queue.status.text()

        with admin.session() as session, session.begin():
            set_role_and_unit(ServiceContext(session, me, SystemClock()), me.user_id, Role.ADMIN, unit)
        queue.reload()
        assert queue.table.rowCount() == 1 and queue.table.item(0, 2).text() == "DIPS 2026/77"  # type: ignore[union-attr]
        dialogs.set_next_answer(True)
        job = queue.purge_selected()
        assert job is not None and job.indicator is not None
        qtbot.waitUntil(lambda: purged == [family.case_id], timeout=20_000)
        title, text = dialogs.last("message") or ("", "")
        assert title == "Slettet" and "Serveren rydder bort restene" in text
        assert queue.table.rowCount() == 0
        with admin.read_session() as session:
            assert session.get(CaseRow, family.case_id) is None
    finally:
        admin.close()
